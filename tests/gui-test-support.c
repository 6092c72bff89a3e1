/* gui-test-support.c: what the window's GUI tests share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "gui-test-support.h"
#include "marsad-basemap-source.h"
#include "marsad-map-widget.h"

MarsadApplication *
gui_test_init (int    *argc,
               char ***argv)
{
  g_autoptr(GError) error = NULL;
  MarsadApplication *app;

  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  /* never the user's own settings */
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  /* screenshots in Arabic need the build's catalogue, not the installed one */
  if (g_getenv ("MARSAD_SCREENSHOT_DIR") != NULL && g_getenv ("G_TEST_BUILDDIR") != NULL)
    {
      g_autofree char *locale_dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "po", NULL);

      bindtextdomain (GETTEXT_PACKAGE, locale_dir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  gtk_test_init (argc, argv, NULL);
  /* gtk_test_init sets a fixed locale: screenshots take the user's
   * (LANG=ar_EG.UTF-8 LANGUAGE=ar for the Arabic interface), direction too */
  if (g_getenv ("MARSAD_SCREENSHOT_DIR") != NULL)
    {
      setlocale (LC_ALL, "");
      gtk_widget_set_default_direction (gtk_get_locale_direction ());
    }
  adw_init ();
  app = marsad_application_new (G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  return app;
}

void
gui_test_spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

void
gui_test_screenshot (const char *name)
{
  const char *dir = g_getenv ("MARSAD_SCREENSHOT_DIR");
  g_autofree char *path = NULL;
  g_autofree char *command = NULL;

  if (dir == NULL)
    return;
  gui_test_spin (400);
  path = g_build_filename (dir, name, NULL);
  command = g_strdup_printf ("import -window root '%s'", path);
  g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
}

MarsadWindow *
gui_test_open_sample (MarsadApplication *app)
{
  const char *dir = g_getenv ("MARSAD_DATA_DIR");
  g_autofree char *path = g_build_filename (dir != NULL ? dir : SOURCE_DATADIR, "sample-article.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  MarsadWindow *window = marsad_window_new (app);
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  GDate date;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 12, G_DATE_MARCH, 2024);
  marsad_window_load_file (window, file, &date);
  while (marsad_window_is_busy (window) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  gui_test_spin (300);
  g_assert_nonnull (marsad_window_get_analysis (window));
  return window;
}

static gboolean
count_frame (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  guint *frames = user_data;

  (*frames)++;
  return G_SOURCE_CONTINUE;
}

void
gui_test_wait_map_drawn (MarsadWindow *window)
{
  GtkWidget *map = marsad_window_get_map_view (window);
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  guint frames = 0, tick;

  while ((gtk_widget_get_width (map) <= 0 || gtk_widget_get_height (map) <= 0 || !gtk_widget_get_mapped (map)) &&
         g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  /* allocated: the fit is queued for the next frame, the markers placed in
   * the one after; a tick callback keeps the frame clock running */
  tick = gtk_widget_add_tick_callback (map, count_frame, &frames, NULL);
  while (frames < 4 && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  gtk_widget_remove_tick_callback (map, tick);
  g_assert_cmpuint (frames, >=, 4);
}

/* ---- tiles in flight ---- */

static guint tiles_in_flight;
static void (*real_fill_tile_async) (ShumateMapSource    *source,
                                     ShumateTile         *tile,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);

typedef struct
{
  GAsyncReadyCallback callback;
  gpointer            user_data;
} TileWait;

static void
tile_filled (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  TileWait *wait = data;

  tiles_in_flight--;
  wait->callback (source, result, wait->user_data);
  g_free (wait);
}

static void
counting_fill_tile_async (ShumateMapSource    *source,
                          ShumateTile         *tile,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  TileWait *wait = g_new (TileWait, 1);

  wait->callback = callback;
  wait->user_data = user_data;
  tiles_in_flight++;
  real_fill_tile_async (source, tile, cancellable, tile_filled, wait);
}

void
gui_test_track_tiles (void)
{
  ShumateMapSourceClass *klass = g_type_class_ref (MARSAD_TYPE_BASEMAP_SOURCE);

  if (real_fill_tile_async == NULL)
    {
      real_fill_tile_async = klass->fill_tile_async;
      klass->fill_tile_async = counting_fill_tile_async;
    }
  g_type_class_unref (klass);
}

void
gui_test_destroy_window (MarsadWindow *window)
{
  gint64 end = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;

  g_assert_nonnull (real_fill_tile_async);
  gtk_window_destroy (GTK_WINDOW (window));
  /* a tile is drawn by a worker thread: when the program exits with one
   * still drawing, its text shaping meets the libraries' exit (ASan:
   * heap-use-after-free in harfbuzz, then a deadlock in the leak check) */
  while (tiles_in_flight > 0 && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (tiles_in_flight, ==, 0);
  gui_test_spin (50);
}

guint
gui_test_get_tiles_in_flight (void)
{
  return tiles_in_flight;
}
