/* test-collection-window.c: the collection window under Xvfb
 *
 * Builds a collection of 300 generated articles (tests/gen-collection-fixtures.py:
 * six countries, three months, five event types, several outlets a story),
 * opens it and checks that what the window shows is what the collection
 * library answers for the same filters: every event, a week of the
 * histogram, one event type, both, a text search; that a click on a
 * marker lists the events drawn there; that an article opens its own
 * analysis; that the events export follows the filters; that the play
 * button steps through the days; and that a file that is no collection
 * says so. With MARSAD_SCREENSHOT_DIR set, it takes
 * screenshots (import -window root) of the collection view.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "marsad-application.h"
#include "marsad-collection-import.h"
#include "marsad-collection-window.h"

static char *collection_path;

typedef struct
{
  MarsadApplication      *app;
  MarsadCollectionWindow *window;
  MarsadCollection       *collection;   /* the same file, read directly for the expected answers */
} Fixture;

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
wait_idle (MarsadCollectionWindow *window)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  /* a request's answer may start another (the first one does) */
  do
    {
      while (marsad_collection_window_is_busy (window) && g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, TRUE);
      spin (150);
    }
  while (marsad_collection_window_is_busy (window) && g_get_monotonic_time () < end);
  return !marsad_collection_window_is_busy (window);
}

static void
screenshot (const char *name)
{
  const char *dir = g_getenv ("MARSAD_SCREENSHOT_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (dir == NULL)
    return;
  spin (1500);
  path = g_build_filename (dir, name, NULL);
  {
    const char *argv[] = { "import", "-window", "root", path, NULL };

    if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error))
      g_test_message ("no screenshot: %s", error->message);
  }
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (collection_path);
  g_autoptr(GError) error = NULL;

  gint64 start = g_get_monotonic_time ();

  fixture->app = g_object_ref ((MarsadApplication *) data);
  fixture->window = marsad_collection_window_new (fixture->app, file);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  while (marsad_collection_window_is_busy (fixture->window))
    g_main_context_iteration (NULL, TRUE);
  g_test_message ("opened in %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_true (wait_idle (fixture->window));
  fixture->collection = marsad_collection_open (collection_path, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  spin (50);
  g_clear_pointer (&fixture->collection, marsad_collection_close);
  g_clear_object (&fixture->app);
}

static GPtrArray *
expected_events (Fixture                      *fixture,
                 const MarsadCollectionFilter *filter)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *events = marsad_collection_query_events (fixture->collection, filter, &error);

  g_assert_no_error (error);
  return events;
}

/* The window's events are the library's, one for one, in the same order. */
static void
assert_shows (Fixture                      *fixture,
              const MarsadCollectionFilter *filter)
{
  g_autoptr(GPtrArray) expected = expected_events (fixture, filter);
  GPtrArray *shown = marsad_collection_window_get_events (fixture->window);
  MarsadEventList *timeline = marsad_collection_window_get_timeline (fixture->window);
  g_autofree char *count = g_strdup_printf ("%u", expected->len);

  g_assert_nonnull (shown);
  g_assert_cmpuint (shown->len, ==, expected->len);
  for (guint i = 0; i < shown->len; i++)
    g_assert_cmpint (((MarsadCollectionEvent *) g_ptr_array_index (shown, i))->id, ==,
                     ((MarsadCollectionEvent *) g_ptr_array_index (expected, i))->id);
  g_assert_cmpuint (marsad_event_list_get_n_rows (timeline), ==, expected->len);
  /* the line above the timeline says how many */
  g_assert_nonnull (strstr (marsad_collection_window_get_summary (fixture->window), count));
}

static guint
histogram_total (Fixture *fixture)
{
  MarsadDateHistogram *histogram =
    marsad_collection_filters_get_histogram (marsad_collection_window_get_filters (fixture->window));
  guint sum = 0;

  for (guint d = 0; d < marsad_date_histogram_get_n_days (histogram); d++)
    sum += marsad_date_histogram_get_count (histogram, d);
  return sum;
}

static void
test_open (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) all = expected_events (fixture, NULL);
  MarsadCollectionSidebar *sidebar = marsad_collection_window_get_sidebar (fixture->window);
  MarsadDateHistogram *histogram =
    marsad_collection_filters_get_histogram (marsad_collection_window_get_filters (fixture->window));
  g_autofree gint64 *order = NULL;
  guint n = 0;

  g_assert_null (marsad_collection_window_get_error (fixture->window));
  g_assert_cmpuint (marsad_collection_count_articles (fixture->collection), ==, 300);
  g_assert_cmpuint (marsad_collection_sidebar_get_n_articles (sidebar), ==, 300);
  g_assert_cmpuint (all->len, >, 60);
  g_assert_cmpuint (marsad_collection_window_get_n_total (fixture->window), ==, all->len);
  assert_shows (fixture, NULL);
  /* about three months, every dated event in a bar */
  g_assert_cmpuint (marsad_date_histogram_get_n_days (histogram), >=, 60);
  g_assert_cmpuint (marsad_date_histogram_get_n_days (histogram), <=, 100);
  g_assert_cmpuint (histogram_total (fixture), ==, all->len);
  g_assert_false (marsad_date_histogram_get_range (histogram, NULL, NULL));

  /* newest first, then oldest first */
  order = marsad_collection_sidebar_dup_order (sidebar, &n);
  g_assert_cmpuint (n, ==, 300);
  marsad_collection_sidebar_set_sort (sidebar, MARSAD_ARTICLE_SORT_OLDEST);
  {
    g_autofree gint64 *oldest = marsad_collection_sidebar_dup_order (sidebar, &n);

    g_assert_cmpint (oldest[0], !=, order[0]);
  }
  screenshot ("collection-all.png");
}

static void
test_filter_dates (Fixture       *fixture,
                   gconstpointer  data)
{
  MarsadCollectionFilters *filters = marsad_collection_window_get_filters (fixture->window);
  MarsadDateHistogram *histogram = marsad_collection_filters_get_histogram (filters);
  g_autofree char *from = NULL, *to = NULL;
  MarsadCollectionFilter filter = { 0 };
  guint a, b;

  gint64 start;

  /* a week from the tenth day, as a drag across the strip selects it */
  start = g_get_monotonic_time ();
  marsad_date_histogram_set_range (histogram, 10, 16);
  while (marsad_collection_window_is_busy (fixture->window))
    g_main_context_iteration (NULL, TRUE);
  g_test_message ("a new date range on the map and timeline in %.1f ms",
                  (g_get_monotonic_time () - start) / 1000.0);
  g_assert_true (wait_idle (fixture->window));
  g_assert_true (marsad_date_histogram_get_range (histogram, &a, &b));
  g_assert_cmpuint (a, ==, 10);
  g_assert_cmpuint (b, ==, 16);
  from = marsad_date_histogram_dup_day (histogram, 10);
  to = marsad_date_histogram_dup_day (histogram, 16);
  filter.from = from;
  filter.to = to;
  assert_shows (fixture, &filter);
  g_assert_cmpuint (marsad_collection_window_get_events (fixture->window)->len, >, 0);
  g_assert_cmpuint (marsad_collection_window_get_events (fixture->window)->len, <,
                    marsad_collection_window_get_n_total (fixture->window));
  /* the strip keeps counting every day: its bars are the other filters' */
  g_assert_cmpuint (histogram_total (fixture), ==, marsad_collection_window_get_n_total (fixture->window));
  screenshot ("collection-week.png");

  /* All Dates */
  gtk_widget_activate_action (GTK_WIDGET (filters), "filters.all-dates", NULL);
  g_assert_true (wait_idle (fixture->window));
  assert_shows (fixture, NULL);
}

static void
test_filter_type (Fixture       *fixture,
                  gconstpointer  data)
{
  MarsadCollectionFilters *filters = marsad_collection_window_get_filters (fixture->window);
  MarsadDateHistogram *histogram = marsad_collection_filters_get_histogram (filters);
  MarsadCollectionFilter filter = { .type = "Battles" };
  g_autofree char *from = NULL, *to = NULL;
  GPtrArray *shown;

  g_assert_true (marsad_collection_filters_set_event_type (filters, "Battles"));
  g_assert_true (wait_idle (fixture->window));
  assert_shows (fixture, &filter);
  shown = marsad_collection_window_get_events (fixture->window);
  g_assert_cmpuint (shown->len, >, 5);
  for (guint i = 0; i < shown->len; i++)
    g_assert_cmpstr (((MarsadCollectionEvent *) g_ptr_array_index (shown, i))->type, ==, "Battles");
  /* the histogram follows the type */
  g_assert_cmpuint (histogram_total (fixture), ==, shown->len);

  /* and a month of battles */
  marsad_date_histogram_set_range (histogram, 0, 29);
  g_assert_true (wait_idle (fixture->window));
  filter.from = from = marsad_date_histogram_dup_day (histogram, 0);
  filter.to = to = marsad_date_histogram_dup_day (histogram, 29);
  assert_shows (fixture, &filter);
  g_assert_cmpuint (marsad_collection_window_get_events (fixture->window)->len, <, histogram_total (fixture));
  screenshot ("collection-battles.png");
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  MarsadCollectionSidebar *sidebar = marsad_collection_window_get_sidebar (fixture->window);
  MarsadCollectionFilter filter = { .text = "حلب" };
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GError) error = NULL;

  marsad_collection_sidebar_set_search (sidebar, "حلب");
  g_assert_true (wait_idle (fixture->window));
  articles = marsad_collection_list_articles (fixture->collection, "حلب", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, >, 0);
  g_assert_cmpuint (articles->len, <, 300);
  g_assert_cmpuint (marsad_collection_sidebar_get_n_articles (sidebar), ==, articles->len);
  assert_shows (fixture, &filter);
}

static void
test_click_marker (Fixture       *fixture,
                   gconstpointer  data)
{
  MarsadMapWidget *map = marsad_collection_window_get_map (fixture->window);
  MarsadMarkerLayer *layer = marsad_map_widget_get_marker_layer (map);
  MarsadEventList *timeline = marsad_collection_window_get_timeline (fixture->window);
  GPtrArray *shown = marsad_collection_window_get_events (fixture->window);
  const MarsadCollectionEvent *target = NULL;
  g_autofree char *place_id = NULL;
  const char *picked;
  guint here = 0;
  double x, y;

  /* the spot with the most events */
  for (guint i = 0; i < shown->len; i++)
    {
      const MarsadCollectionEvent *e = g_ptr_array_index (shown, i);
      guint n = 0;

      if (!e->has_place)
        continue;
      for (guint j = 0; j < shown->len; j++)
        {
          const MarsadCollectionEvent *o = g_ptr_array_index (shown, j);

          n += o->has_place && o->lat == e->lat && o->lon == e->lon;
        }
      if (n > here)
        {
          here = n;
          target = e;
        }
    }
  g_assert_nonnull (target);
  g_assert_cmpuint (here, >, 1);

  /* click where it is drawn: one marker for the spot, named after one of its events */
  for (guint j = 0; j < shown->len && place_id == NULL; j++)
    {
      const MarsadCollectionEvent *o = g_ptr_array_index (shown, j);
      g_autofree char *id = g_strdup_printf ("p%" G_GINT64_FORMAT, o->id);

      if (o->has_place && o->lat == target->lat && o->lon == target->lon &&
          marsad_marker_layer_get_marker_position (layer, id, &x, &y))
        place_id = g_steal_pointer (&id);
    }
  g_assert_nonnull (place_id);
  /* fewer markers than events: the events of a spot share one */
  g_assert_cmpuint (marsad_marker_layer_get_n_markers (layer), <, shown->len);
  picked = marsad_marker_layer_pick (layer, x, y);
  g_assert_nonnull (picked);
  g_signal_emit_by_name (layer, "place-activated", picked);
  spin (200);

  /* the timeline lists what happened on that spot, and only that */
  g_assert_cmpuint (marsad_event_list_get_n_rows (timeline), ==, here);
  g_assert_cmpint (marsad_collection_window_get_selected_event (fixture->window), >, 0);
  {
    g_autofree char *count = g_strdup_printf ("%u", here);

    g_assert_nonnull (strstr (marsad_collection_window_get_summary (fixture->window), count));
    g_assert_nonnull (strstr (marsad_collection_window_get_summary (fixture->window), target->place_name));
  }
  screenshot ("collection-marker.png");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-all-events", NULL);
  g_assert_cmpuint (marsad_event_list_get_n_rows (timeline), ==, shown->len);
}

static void
test_article (Fixture       *fixture,
              gconstpointer  data)
{
  MarsadCollectionSidebar *sidebar = marsad_collection_window_get_sidebar (fixture->window);
  g_autoptr(GPtrArray) articles = marsad_collection_list_articles (fixture->collection, NULL, NULL);
  const MarsadArticleInfo *info = NULL;

  for (guint i = 0; i < articles->len && info == NULL; i++)
    if (((MarsadArticleInfo *) g_ptr_array_index (articles, i))->n_events > 0)
      info = g_ptr_array_index (articles, i);
  g_assert_nonnull (info);

  g_assert_true (marsad_collection_sidebar_select (sidebar, info->id));
  g_assert_true (wait_idle (fixture->window));
  g_assert_cmpint (marsad_collection_window_get_article (fixture->window), ==, info->id);
  screenshot ("collection-article.png");

  /* Escape (win.escape) goes back */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.escape", NULL);
  g_assert_true (wait_idle (fixture->window));
  g_assert_cmpint (marsad_collection_window_get_article (fixture->window), ==, -1);
  g_assert_cmpint (marsad_collection_sidebar_get_selected (sidebar), ==, -1);
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  MarsadCollectionFilters *filters = marsad_collection_window_get_filters (fixture->window);
  g_autofree char *dir = g_dir_make_tmp ("marsad-collection-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "riots.geojson", NULL);
  g_autofree char *bad = g_build_filename (dir, "riots.txt", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *features;

  g_assert_true (marsad_collection_filters_set_event_type (filters, "Riots"));
  g_assert_true (wait_idle (fixture->window));
  g_assert_true (marsad_collection_window_export_events (fixture->window, path, &error));
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  features = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "features");
  /* every exported event is a riot; events without a place have no feature */
  for (guint i = 0; i < json_array_get_length (features); i++)
    {
      JsonObject *props = json_object_get_object_member (json_array_get_object_element (features, i), "properties");

      g_assert_cmpstr (json_object_get_string_member (props, "event_type"), ==, "Riots");
    }
  g_assert_cmpuint (json_array_get_length (features), >, 0);
  g_assert_cmpuint (json_array_get_length (features), <=, marsad_collection_window_get_events (fixture->window)->len);

  g_assert_false (marsad_collection_window_export_events (fixture->window, bad, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_play (Fixture       *fixture,
           gconstpointer  data)
{
  MarsadCollectionFilters *filters = marsad_collection_window_get_filters (fixture->window);
  MarsadDateHistogram *histogram = marsad_collection_filters_get_histogram (filters);
  guint from, to, later;

  gtk_widget_activate_action (GTK_WIDGET (filters), "filters.playing", NULL);
  g_assert_true (marsad_collection_filters_get_playing (filters));
  g_assert_true (marsad_date_histogram_get_range (histogram, &from, &to));
  g_assert_cmpuint (from, ==, 0);
  g_assert_cmpuint (to, ==, 0);
  spin (1600);
  g_assert_true (marsad_date_histogram_get_range (histogram, &later, &to));
  g_assert_cmpuint (later, >, 0);
  g_assert_cmpuint (later, ==, to);
  /* each step is one day that has events */
  g_assert_cmpuint (marsad_date_histogram_get_count (histogram, later), >, 0);
  gtk_widget_activate_action (GTK_WIDGET (filters), "filters.playing", NULL);
  g_assert_false (marsad_collection_filters_get_playing (filters));
  g_assert_true (wait_idle (fixture->window));
  {
    g_autofree char *day = marsad_date_histogram_dup_day (histogram, later);
    MarsadCollectionFilter filter = { .from = day, .to = day };

    assert_shows (fixture, &filter);
  }
}

static void
test_histogram_direction (void)
{
  GtkWidget *histogram = g_object_ref_sink (marsad_date_histogram_new ());
  GtkWidget *window = gtk_window_new ();
  GDate first;

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, G_DATE_MAY, 2024);
  gtk_window_set_child (GTK_WINDOW (window), histogram);
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 60);
  gtk_window_present (GTK_WINDOW (window));
  marsad_date_histogram_set_days (MARSAD_DATE_HISTOGRAM (histogram), &first, 10);
  gtk_widget_set_direction (histogram, GTK_TEXT_DIR_LTR);
  spin (200);
  g_assert_cmpint (gtk_widget_get_width (histogram), ==, 400);
  g_assert_cmpuint (marsad_date_histogram_day_at (MARSAD_DATE_HISTOGRAM (histogram), 5), ==, 0);
  g_assert_cmpuint (marsad_date_histogram_day_at (MARSAD_DATE_HISTOGRAM (histogram), 395), ==, 9);
  /* a drag from the third bar to the sixth selects them, whichever way */
  {
    GtkEventController *drag = NULL;
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (histogram);
    guint from, to;

    for (guint i = 0; i < g_list_model_get_n_items (controllers) && drag == NULL; i++)
      {
        g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

        if (GTK_IS_GESTURE_DRAG (c))
          drag = c;
      }
    g_assert_nonnull (drag);
    g_signal_emit_by_name (drag, "drag-begin", 100.0, 20.0);
    g_assert_true (marsad_date_histogram_get_range (MARSAD_DATE_HISTOGRAM (histogram), &from, &to));
    g_assert_cmpuint (from, ==, 2);
    g_assert_cmpuint (to, ==, 2);
    g_signal_emit_by_name (drag, "drag-update", 140.0, 0.0);
    g_assert_true (marsad_date_histogram_get_range (MARSAD_DATE_HISTOGRAM (histogram), &from, &to));
    g_assert_cmpuint (from, ==, 2);
    g_assert_cmpuint (to, ==, 6);
    g_signal_emit_by_name (drag, "drag-update", -90.0, 0.0);
    g_assert_true (marsad_date_histogram_get_range (MARSAD_DATE_HISTOGRAM (histogram), &from, &to));
    g_assert_cmpuint (from, ==, 0);
    g_assert_cmpuint (to, ==, 2);
    marsad_date_histogram_clear_range (MARSAD_DATE_HISTOGRAM (histogram));
    g_assert_false (marsad_date_histogram_get_range (MARSAD_DATE_HISTOGRAM (histogram), NULL, NULL));
  }
  /* right to left: time runs from the right */
  gtk_widget_set_direction (histogram, GTK_TEXT_DIR_RTL);
  g_assert_cmpuint (marsad_date_histogram_day_at (MARSAD_DATE_HISTOGRAM (histogram), 5), ==, 9);
  g_assert_cmpint (marsad_date_histogram_day_of (MARSAD_DATE_HISTOGRAM (histogram), "2024-05-10"), ==, 9);
  g_assert_cmpint (marsad_date_histogram_day_of (MARSAD_DATE_HISTOGRAM (histogram), "2024-05-11"), ==, -1);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (histogram);
}

/* A file that is no collection says so in the window, which stays usable. */
static void
test_not_collection (gconstpointer data)
{
  MarsadApplication *app = (MarsadApplication *) data;
  g_autofree char *dir = g_dir_make_tmp ("marsad-not-collection-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "notes.marsad", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  MarsadCollectionWindow *window;
  const char *message;

  g_assert_true (g_file_set_contents (path, "plain text, not SQLite\n", -1, &error));
  g_assert_no_error (error);
  window = marsad_collection_window_new (app, file);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_idle (window));
  message = marsad_collection_window_get_error (window);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "notes.marsad"));
  g_assert_null (marsad_collection_window_get_events (window));
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
  g_unlink (path);
  g_rmdir (dir);
}

static void
build_collection (const char *dir)
{
  g_autofree char *jsonl = g_test_build_filename (G_TEST_BUILT, "collection-fixtures.jsonl", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadExtractor) extractor = marsad_extractor_new (&error);
  g_autoptr(MarsadCollection) collection = NULL;
  g_autoptr(MarsadImporter) importer = NULL;
  MarsadImportStats stats = { 0 };

  g_assert_no_error (error);
  collection_path = g_build_filename (dir, "news.marsad", NULL);
  collection = marsad_collection_create (collection_path, &error);
  g_assert_no_error (error);
  importer = marsad_importer_new (collection, extractor, 0);
  {
    g_autoptr(GFile) file = g_file_new_for_path (jsonl);
    g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, &error);

    g_assert_no_error (error);
    marsad_importer_add_jsonl (importer, G_INPUT_STREAM (stream), jsonl, FALSE);
  }
  {
    gint64 start = g_get_monotonic_time ();

    g_assert_true (marsad_importer_run (importer, NULL, NULL, NULL, &stats, &error));
    g_test_message ("300 articles imported in %.1f s", (g_get_monotonic_time () - start) / 1e6);
  }
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added, ==, 300);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MarsadApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  const char *localedir = g_getenv ("MARSAD_TEST_LOCALEDIR");
  int status;

  /* for the Arabic screenshots: LANGUAGE=ar with the build's catalogue */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  app = marsad_application_new (G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  dir = g_dir_make_tmp ("marsad-collection-XXXXXX", &error);
  g_assert_no_error (error);
  build_collection (dir);

  g_test_add_func ("/collection-window/histogram-direction", test_histogram_direction);
  g_test_add_data_func ("/collection-window/not-collection", app, test_not_collection);
  g_test_add ("/collection-window/open", Fixture, app, fixture_setup, test_open, fixture_teardown);
  g_test_add ("/collection-window/filter-dates", Fixture, app, fixture_setup, test_filter_dates, fixture_teardown);
  g_test_add ("/collection-window/filter-type", Fixture, app, fixture_setup, test_filter_type, fixture_teardown);
  g_test_add ("/collection-window/search", Fixture, app, fixture_setup, test_search, fixture_teardown);
  g_test_add ("/collection-window/click-marker", Fixture, app, fixture_setup, test_click_marker, fixture_teardown);
  g_test_add ("/collection-window/article", Fixture, app, fixture_setup, test_article, fixture_teardown);
  g_test_add ("/collection-window/export", Fixture, app, fixture_setup, test_export, fixture_teardown);
  g_test_add ("/collection-window/play", Fixture, app, fixture_setup, test_play, fixture_teardown);
  status = g_test_run ();

  {
    g_autofree char *wal = g_strconcat (collection_path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (collection_path, "-shm", NULL);

    g_unlink (collection_path);
    g_unlink (wal);
    g_unlink (shm);
    g_rmdir (dir);
    g_free (collection_path);
  }
  return status;
}
