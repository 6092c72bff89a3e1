/* test-window-quit.c: closing while the basemap is drawn or an article analysed
 *
 * Tiles are drawn by worker threads. Closing a window, or quitting, while
 * some are still being drawn must wait for them: a worker left running
 * would draw while the program exits (harfbuzz and fontconfig being torn
 * down under it) or drop the source's last reference in its own thread.
 * So as soon as the map is gone, every tile asked for has come back, with
 * nothing left to wait for but the main loop's own queue.
 *
 * An article is read and analysed in a thread too: quitting while that
 * runs cancels it and waits for it, so that when the application's
 * shutdown returns no extraction is left running.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "gui-test-support.h"
#include "marsad-basemap-source.h"
#include "marsad-workers.h"

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

/* ---- the application's workers ---- */

typedef struct
{
  gint started;
  gint finished;
  gint ran;       /* the late task's: never */
} Worker;

static void
work_until_cancelled (GTask        *task,
                      gpointer      source,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  Worker *worker = task_data;
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  g_atomic_int_set (&worker->started, 1);
  /* as an extraction does: its cancellable checked between stages */
  while (g_get_monotonic_time () < end && !g_cancellable_is_cancelled (cancellable))
    g_usleep (2000);
  /* the rest of a stage, after the check */
  g_usleep (50 * 1000);
  g_atomic_int_set (&worker->finished, 1);
  if (!g_task_return_error_if_cancelled (task))
    g_task_return_boolean (task, TRUE);
}

static void
never_run (GTask        *task,
           gpointer      source,
           gpointer      task_data,
           GCancellable *cancellable)
{
  Worker *worker = task_data;

  g_atomic_int_set (&worker->ran, 1);
  g_task_return_boolean (task, TRUE);
}

static void
worker_back_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  guint *n_cancelled = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_false (g_task_propagate_boolean (G_TASK (result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  (*n_cancelled)++;
}

static void
test_workers_shutdown_joins (void)
{
  g_autoptr(MarsadWorkers) workers = marsad_workers_new ();
  Worker jobs[3] = { { 0 } };
  Worker late = { 0 };
  guint n_cancelled = 0;
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  gint64 start;

  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GTask) task = g_task_new (NULL, cancellable, worker_back_cb, &n_cancelled);

      g_task_set_task_data (task, &jobs[i], NULL);
      marsad_workers_run_in_thread (workers, task, work_until_cancelled);
    }
  g_assert_cmpuint (marsad_workers_get_n_running (workers), ==, G_N_ELEMENTS (jobs));
  /* two at least run at once; the third may wait for a thread */
  while ((!g_atomic_int_get (&jobs[0].started) || !g_atomic_int_get (&jobs[1].started)) &&
         g_get_monotonic_time () < end)
    g_usleep (1000);

  start = g_get_monotonic_time ();
  marsad_workers_shutdown (workers);
  /* cancelled, not waited for to the end of their 30 s */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
  /* joined: every worker's thread function has returned, and its task
   * has come back to the main thread */
  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    g_assert_cmpint (g_atomic_int_get (&jobs[i].finished), ==, g_atomic_int_get (&jobs[i].started));
  g_assert_cmpint (jobs[0].finished, ==, 1);
  g_assert_cmpuint (marsad_workers_get_n_running (workers), ==, 0);
  drain ();
  g_assert_cmpuint (n_cancelled, ==, G_N_ELEMENTS (jobs));

  /* and a task given afterwards is refused, not run */
  {
    g_autoptr(GTask) task = g_task_new (NULL, NULL, worker_back_cb, &n_cancelled);

    g_task_set_task_data (task, &late, NULL);
    marsad_workers_run_in_thread (workers, task, never_run);
    drain ();
    g_assert_cmpuint (n_cancelled, ==, G_N_ELEMENTS (jobs) + 1);
    g_assert_cmpint (g_atomic_int_get (&late.ran), ==, 0);
    g_assert_cmpuint (marsad_workers_get_n_running (workers), ==, 0);
  }
}

/* Several megabytes of news in our own words: seconds of extraction. */
static char *
large_article (void)
{
  static const char *const sentences[] = {
    "قصفت طائرات مسيرة مواقع لفصيل مسلح في بلدة جرف الصخر جنوب بغداد فجر الأربعاء.",
    "وقالت واشنطن إن الضربة جاءت ردا على هجمات استهدفت قواتها في المنطقة.",
    "وأفاد مصدر في الشرطة بمقتل أربعة عناصر وإصابة سبعة آخرين بجروح.",
    "وسقطت قذائف هاون قرب قاعدة عين الأسد الجوية في محافظة الأنبار دون خسائر.",
    "ونقل مراسلون عن سكان في القائم أنهم سمعوا دوي انفجارات متتالية ليلا.",
    "واتهمت بغداد جماعات خارجة عن القانون بالسعي إلى جر البلاد إلى حرب.",
  };
  GString *text = g_string_new ("هجمات متبادلة في غرب العراق\n\n");
  guint32 seed = 7;

  while (text->len < 3 * 1024 * 1024)
    {
      for (guint i = 0; i < 6; i++)
        {
          seed = seed * 1103515245 + 12345;
          g_string_append (text, sentences[(seed >> 16) % G_N_ELEMENTS (sentences)]);
          g_string_append_c (text, ' ');
        }
      g_string_append (text, "\n\n");
    }
  return g_string_free (text, FALSE);
}

/* The large article on disk, and what its whole extraction takes on this
 * machine now: made once. */
static char *large_dir;
static char *large_path;
static gint64 large_full_us;

static const char *
large_article_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(MarsadExtractor) extractor = NULL;
  g_autoptr(MarsadDocument) doc = NULL;
  gint64 start;

  if (large_path != NULL)
    return large_path;
  text = large_article ();
  large_dir = g_dir_make_tmp ("marsad-quit-XXXXXX", &error);
  g_assert_no_error (error);
  large_path = g_build_filename (large_dir, "large.txt", NULL);
  g_file_set_contents (large_path, text, -1, &error);
  g_assert_no_error (error);

  extractor = marsad_application_dup_extractor (app, &error);
  g_assert_no_error (error);
  doc = marsad_document_new_from_text (text, -1, &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  g_assert_true (marsad_extractor_run (extractor, doc, NULL, NULL, NULL, &error));
  large_full_us = g_get_monotonic_time () - start;
  g_test_message ("the whole extraction: %.0f ms", large_full_us / 1000.0);
  return large_path;
}

typedef struct
{
  gboolean quit;
  guint    n_running;   /* when quitting */
  gint64   quit_time;
  gint64   give_up;
} QuitRun;

static gboolean
quit_while_extracting_cb (gpointer user_data)
{
  QuitRun *run = user_data;
  GList *windows;

  if (run->quit)
    {
      /* the quit never took: leave, and let the test fail */
      if (g_get_monotonic_time () > run->give_up)
        g_application_quit (G_APPLICATION (app));
      return G_SOURCE_CONTINUE;
    }
  /* the command line has opened the article, and its window shows the
   * progress of the extraction: Ctrl+Q */
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  if (windows == NULL || !gtk_widget_get_mapped (windows->data) || !marsad_window_is_busy (windows->data))
    return G_SOURCE_CONTINUE;
  run->n_running = marsad_workers_get_n_running (marsad_application_get_workers (app));
  run->quit_time = g_get_monotonic_time ();
  run->quit = TRUE;
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  return G_SOURCE_CONTINUE;
}

/* A window that waits for its article is not shown yet (GTK closes only
 * realized windows): quitting then still takes it, and its load, which
 * holds it past its destruction, is cancelled rather than run to its end. */
static void
test_quit_before_shown (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (large_article_path ());
  MarsadWindow *window = marsad_window_new_for_file (app, file, NULL);
  gint64 start = g_get_monotonic_time ();
  gint64 end = start + 60 * G_USEC_PER_SEC;

  marsad_window_present_when_loaded (window);
  g_assert_false (gtk_widget_get_realized (GTK_WIDGET (window)));
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  /* the load it cancelled still holds it until its thread is back */
  while ((window != NULL || marsad_workers_get_n_running (marsad_application_get_workers (app)) > 0) &&
         g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (window);
  g_assert_cmpuint (marsad_workers_get_n_running (marsad_application_get_workers (app)), ==, 0);
  g_test_message ("quit to the load's end: %.0f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpint (g_get_monotonic_time () - start, <, large_full_us);
}

/* Last: the application has shut down after it. */
static void
test_quit_while_extracting (void)
{
  char *argv[] = { (char *) "marsad", NULL, NULL };
  QuitRun run = { 0 };
  guint source;
  int status;

  run.give_up = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  source = g_timeout_add (5, quit_while_extracting_cb, &run);
  argv[1] = (char *) large_article_path ();
  status = g_application_run (G_APPLICATION (app), 2, argv);
  g_source_remove (source);

  g_assert_cmpint (status, ==, 0);
  g_assert_true (run.quit);
  g_assert_cmpint (g_get_monotonic_time (), <, run.give_up);
  g_assert_cmpuint (run.n_running, >=, 1);
  /* joined: when the shutdown is over, no worker is left */
  g_assert_cmpuint (marsad_workers_get_n_running (marsad_application_get_workers (app)), ==, 0);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  /* and cancelled at a stage's end, not waited for to the last */
  g_test_message ("quit to shutdown: %.0f ms", (g_get_monotonic_time () - run.quit_time) / 1000.0);
  g_assert_cmpint (g_get_monotonic_time () - run.quit_time, <, large_full_us);
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
  g_test_add_func ("/window-quit/workers-shutdown-joins", test_workers_shutdown_joins);
  g_test_add_func ("/window-quit/quit-before-shown", test_quit_before_shown);
  g_test_add_func ("/window-quit/quit-while-extracting", test_quit_while_extracting);
  status = g_test_run ();
  if (large_path != NULL)
    {
      g_unlink (large_path);
      g_rmdir (large_dir);
      g_free (large_path);
      g_free (large_dir);
    }
  g_object_unref (app);
  return status;
}
