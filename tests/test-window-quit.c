/* test-window-quit.c: closing while the basemap is being drawn
 *
 * Tiles are drawn by worker threads. Closing a window, or quitting, while
 * some are still being drawn must wait for them: a worker left running
 * would draw while the program exits (harfbuzz and fontconfig being torn
 * down under it) or drop the source's last reference in its own thread.
 * So as soon as the map is gone, every tile asked for has come back, with
 * nothing left to wait for but the main loop's own queue.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "gui-test-support.h"
#include "marsad-basemap-source.h"

static MarsadApplication *app;

/* Every event already queued, without waiting for any. */
static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
tile_back_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  guint *n_back = user_data;
  g_autoptr(GError) error = NULL;

  /* drawn, or given up at the shutdown */
  if (!shumate_map_source_fill_tile_finish (SHUMATE_MAP_SOURCE (source), result, &error))
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  (*n_back)++;
}

static void
test_source_shutdown_joins (void)
{
  g_autoptr(GError) error = NULL;
  MarsadBasemap *basemap = marsad_application_get_basemap (app, &error);
  g_autoptr(MarsadBasemapSource) source = NULL;
  g_autoptr(GPtrArray) tiles = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_back = 0;

  g_assert_no_error (error);
  source = marsad_basemap_source_new (basemap);
  /* a screenful at zoom 9 around Baghdad: towns, roads and labels */
  for (guint x = 316; x < 322; x++)
    for (guint y = 202; y < 207; y++)
      {
        ShumateTile *tile = shumate_tile_new_full (x, y, 256, 9);

        g_ptr_array_add (tiles, tile);
        shumate_map_source_fill_tile_async (SHUMATE_MAP_SOURCE (source), tile, NULL,
                                            tile_back_cb, &n_back);
      }
  g_assert_cmpuint (n_back, ==, 0);
  marsad_basemap_source_shutdown (MARSAD_BASEMAP_SOURCE (source));
  drain ();
  g_assert_cmpuint (n_back, ==, tiles->len);

  /* and a tile asked for afterwards is refused, not drawn */
  {
    g_autoptr(ShumateTile) late = shumate_tile_new_full (318, 204, 256, 9);

    shumate_map_source_fill_tile_async (SHUMATE_MAP_SOURCE (source), late, NULL,
                                        tile_back_cb, &n_back);
    drain ();
    g_assert_cmpuint (n_back, ==, tiles->len + 1);
    g_assert_cmpint (shumate_tile_get_state (late), !=, SHUMATE_STATE_DONE);
  }
}

static MarsadWindow *
open_without_waiting_for_tiles (void)
{
  const char *dir = g_getenv ("MARSAD_DATA_DIR");
  g_autofree char *path = g_build_filename (dir != NULL ? dir : SOURCE_DATADIR, "sample-article.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  MarsadWindow *window = marsad_window_new (app);
  GDate date;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 12, G_DATE_MARCH, 2024);
  marsad_window_load_file (window, file, &date);
  marsad_window_present_when_loaded (window);
  return window;
}

static void
test_open_and_quit (void)
{
  for (guint round = 0; round < 4; round++)
    {
      MarsadWindow *window = open_without_waiting_for_tiles ();
      GtkWidget *map = marsad_window_get_map_view (window);
      gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

      /* closed while the first screenful is being drawn */
      while (gui_test_get_tiles_in_flight () < 2 && g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, TRUE);
      g_assert_cmpuint (gui_test_get_tiles_in_flight (), >=, 2);
      g_object_add_weak_pointer (G_OBJECT (map), (gpointer *) &map);
      gtk_window_destroy (GTK_WINDOW (window));
      drain ();
      /* gone with its window: nothing holds it (the legend's action did) */
      g_assert_null (map);
      g_assert_cmpuint (gui_test_get_tiles_in_flight (), ==, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = gui_test_init (&argc, &argv);
  gui_test_track_tiles ();
  g_test_add_func ("/window-quit/source-shutdown-joins", test_source_shutdown_joins);
  g_test_add_func ("/window-quit/open-and-quit", test_open_and_quit);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
