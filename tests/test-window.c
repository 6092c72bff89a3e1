/* test-window.c: the main window under Xvfb
 *
 * Opens the bundled sample article and checks the linking the user relies
 * on: a marker for each event site, a marker's statements, an event moving
 * the map, a saved analysis reopening identical, a bad file leaving the
 * open work in place, the offline basemap on the map, the Export Map
 * dialog and the events export writing files, and a new publication date
 * keeping the user's corrections.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "marsad-application.h"
#include "marsad-article-view.h"
#include "marsad-basemap-source.h"
#include "marsad-correction-dialogs.h"
#include "marsad-document-json.h"
#include "marsad-event-list.h"
#include "marsad-export-dialog.h"
#include "marsad-map-widget.h"
#include "marsad-place-panel.h"
#include "marsad-window.h"

#include "gui-test-support.h"

typedef struct
{
  MarsadApplication *app;
  MarsadWindow      *window;
} Fixture;

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
wait_loaded (MarsadWindow *window)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (marsad_window_is_busy (window) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  /* let the window lay out, fit the map and draw */
  gui_test_wait_map_drawn (window);
  spin (300);
  return !marsad_window_is_busy (window);
}

static char *
sample_path (void)
{
  const char *dir = g_getenv ("MARSAD_DATA_DIR");

  return g_build_filename (dir != NULL ? dir : SOURCE_DATADIR, "sample-article.txt", NULL);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GDate date;

  fixture->app = g_object_ref ((MarsadApplication *) data);
  fixture->window = marsad_window_new (fixture->app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 12, G_DATE_MARCH, 2024);
  marsad_window_load_file (fixture->window, file, &date);
  g_assert_true (wait_loaded (fixture->window));
  g_assert_nonnull (marsad_window_get_analysis (fixture->window));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gui_test_destroy_window (fixture->window);
  g_clear_object (&fixture->app);
}

static MarsadDocument *
fixture_doc (Fixture *fixture)
{
  return marsad_analysis_get_document (marsad_window_get_analysis (fixture->window));
}

static MarsadMarkerLayer *
fixture_layer (Fixture *fixture)
{
  return marsad_map_widget_get_marker_layer (MARSAD_MAP_WIDGET (marsad_window_get_map_view (fixture->window)));
}

static gboolean
has_role (const MarsadPlace *place,
          MarsadMentionRole  role)
{
  for (guint i = 0; i < place->mentions->len; i++)
    if (g_array_index (place->mentions, MarsadMention, i).role == role)
      return TRUE;
  return FALSE;
}

/* Where the text says something happened: a site mention and an event of
 * the day placed there. */
static gboolean
is_current_event_site (MarsadDocument    *doc,
                       const MarsadPlace *place)
{
  if (!has_role (place, MARSAD_ROLE_EVENT_SITE))
    return FALSE;
  for (guint i = 0; i < doc->events->len; i++)
    {
      const MarsadEvent *event = g_ptr_array_index (doc->events, i);

      if (!event->background && g_strcmp0 (event->place_id, place->id) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
test_markers (Fixture       *fixture,
              gconstpointer  data)
{
  MarsadDocument *doc = fixture_doc (fixture);
  MarsadMarkerLayer *layer = fixture_layer (fixture);
  GtkWidget *map = marsad_window_get_map_view (fixture->window);
  guint n_sites = 0;

  g_assert_cmpuint (doc->events->len, >, 0);
  for (guint i = 0; i < doc->places->len; i++)
    {
      const MarsadPlace *place = g_ptr_array_index (doc->places, i);
      double x, y;

      if (!is_current_event_site (doc, place))
        continue;
      n_sites++;
      g_test_message ("event site %s (%s)", place->name, place->name_en);
      g_assert_true (marsad_marker_layer_is_event_site (layer, place->id));
      /* the map fits every event site on open */
      g_assert_true (marsad_marker_layer_get_marker_position (layer, place->id, &x, &y));
      g_assert_cmpfloat (x, >=, 0);
      g_assert_cmpfloat (y, >=, 0);
      g_assert_cmpfloat (x, <=, gtk_widget_get_width (map));
      g_assert_cmpfloat (y, <=, gtk_widget_get_height (map));
      /* and the marker can be hit where it is drawn */
      g_assert_cmpstr (marsad_marker_layer_pick (layer, x, y), !=, NULL);
    }
  g_assert_cmpuint (n_sites, >=, 2);

  /* a place that only acts (a capital condemning) is not an event site */
  for (guint i = 0; i < doc->places->len; i++)
    {
      const MarsadPlace *place = g_ptr_array_index (doc->places, i);

      if (has_role (place, MARSAD_ROLE_ACTOR) && !has_role (place, MARSAD_ROLE_EVENT_SITE))
        g_assert_false (marsad_marker_layer_is_event_site (layer, place->id));
    }

  /* the timeline lists every event, current ones first in date order */
  {
    MarsadEventList *list = MARSAD_EVENT_LIST (marsad_window_get_event_list (fixture->window));
    g_auto(GStrv) order = marsad_event_list_dup_order (list);
    gboolean seen_background = FALSE;
    const char *last_date = NULL;

    g_assert_cmpuint (g_strv_length (order), ==, doc->events->len);
    for (guint i = 0; order[i] != NULL; i++)
      {
        const MarsadEvent *event = marsad_document_find_event (doc, order[i]);

        if (event->background)
          seen_background = TRUE;
        else
          {
            g_assert_false (seen_background);
            if (last_date != NULL && event->date_start != NULL)
              g_assert_cmpstr (last_date, <=, event->date_start);
            if (event->date_start != NULL)
              last_date = event->date_start;
          }
      }
  }
}

static void
test_marker_statements (Fixture       *fixture,
                        gconstpointer  data)
{
  MarsadDocument *doc = fixture_doc (fixture);
  MarsadMarkerLayer *layer = fixture_layer (fixture);
  MarsadPlacePanel *panel = MARSAD_PLACE_PANEL (marsad_window_get_place_panel (fixture->window));
  MarsadArticleView *article = MARSAD_ARTICLE_VIEW (marsad_window_get_article_view (fixture->window));
  const MarsadStatement *st = NULL;
  const char *place_id = NULL;
  double x, y;

  /* a statement tied to a drawn place, directly or through its event */
  for (guint i = 0; i < doc->statements->len && place_id == NULL; i++)
    {
      st = g_ptr_array_index (doc->statements, i);
      for (guint j = 0; st->place_ids != NULL && j < st->place_ids->len && place_id == NULL; j++)
        if (marsad_marker_layer_get_marker_position (layer, g_ptr_array_index (st->place_ids, j), NULL, NULL))
          place_id = g_ptr_array_index (st->place_ids, j);
      for (guint j = 0; st->event_ids != NULL && j < st->event_ids->len && place_id == NULL; j++)
        {
          const MarsadEvent *event = marsad_document_find_event (doc, g_ptr_array_index (st->event_ids, j));

          if (event != NULL && event->place_id != NULL &&
              marsad_marker_layer_get_marker_position (layer, event->place_id, NULL, NULL))
            place_id = event->place_id;
        }
    }
  if (place_id == NULL)
    {
      g_test_skip ("the extraction tied no statement to a place on the map");
      return;
    }

  /* click where the marker is drawn; close neighbours (القائم and
   * البوكمال) overlap at the fitted zoom, so zoom in on it first */
  g_assert_true (marsad_marker_layer_get_marker_position (layer, place_id, &x, &y));
  if (g_strcmp0 (marsad_marker_layer_pick (layer, x, y), place_id) != 0)
    {
      const MarsadPlace *place = marsad_document_find_place (doc, place_id);
      GtkWidget *map = marsad_map_widget_get_map (MARSAD_MAP_WIDGET (marsad_window_get_map_view (fixture->window)));

      shumate_viewport_set_zoom_level (shumate_layer_get_viewport (SHUMATE_LAYER (layer)), 12);
      shumate_map_center_on (SHUMATE_MAP (map), place->lat, place->lon);
      spin (200);
      g_assert_true (marsad_marker_layer_get_marker_position (layer, place_id, &x, &y));
    }
  g_assert_cmpstr (marsad_marker_layer_pick (layer, x, y), ==, place_id);
  g_signal_emit_by_name (layer, "place-activated", marsad_marker_layer_pick (layer, x, y));
  spin (200);

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (panel)));
  g_assert_cmpstr (marsad_place_panel_get_place_id (panel), ==, place_id);
  g_assert_cmpuint (marsad_place_panel_get_n_statements (panel), >, 0);
  {
    g_autofree char *shown = marsad_place_panel_dup_statements (panel);

    g_test_message ("statements: %s", shown);
    g_assert_nonnull (strstr (shown, st->text));
  }
  g_assert_cmpstr (marsad_marker_layer_get_selected (layer), ==, place_id);
  /* its mentions are highlighted in the text */
  g_assert_cmpuint (marsad_article_view_count_highlighted (article), >, 0);

  /* clicking a place in the text selects its marker */
  {
    const MarsadPlace *other = NULL;

    for (guint i = 0; i < doc->places->len && other == NULL; i++)
      {
        const MarsadPlace *p = g_ptr_array_index (doc->places, i);

        if (g_strcmp0 (p->id, place_id) != 0 && p->mentions->len > 0)
          other = p;
      }
    if (other != NULL)
      {
        guint offset = g_array_index (other->mentions, MarsadMention, 0).start;

        g_assert_cmpstr (marsad_article_view_place_at (article, offset), ==, other->id);
        g_signal_emit_by_name (article, "place-activated", other->id);
        spin (100);
        g_assert_cmpstr (marsad_place_panel_get_place_id (panel), ==, other->id);
        g_assert_cmpstr (marsad_marker_layer_get_selected (layer),
                         ==, marsad_marker_layer_get_marker_position (layer, other->id, NULL, NULL) ? other->id : NULL);
      }
  }
}

static void
test_event_moves_map (Fixture       *fixture,
                      gconstpointer  data)
{
  MarsadDocument *doc = fixture_doc (fixture);
  MarsadMapWidget *map = MARSAD_MAP_WIDGET (marsad_window_get_map_view (fixture->window));
  MarsadEventList *list = MARSAD_EVENT_LIST (marsad_window_get_event_list (fixture->window));
  const MarsadEvent *target = NULL;
  const MarsadPlace *place = NULL;
  double lat, lon;

  /* the event farthest from the current centre */
  marsad_map_widget_get_center (map, &lat, &lon);
  for (guint i = 0; i < doc->events->len; i++)
    {
      const MarsadEvent *event = g_ptr_array_index (doc->events, i);
      const MarsadPlace *p = event->place_id != NULL ? marsad_document_find_place (doc, event->place_id) : NULL;

      if (p != NULL && (place == NULL ||
                        hypot (p->lat - lat, p->lon - lon) > hypot (place->lat - lat, place->lon - lon)))
        {
          target = event;
          place = p;
        }
    }
  g_assert_nonnull (target);
  g_assert_cmpfloat (hypot (place->lat - lat, place->lon - lon), >, 0.05);

  g_assert_true (marsad_event_list_activate_event (list, target->id));
  spin (1500);
  marsad_map_widget_get_center (map, &lat, &lon);
  g_test_message ("centre %f,%f; %s at %f,%f", lat, lon, place->name_en, place->lat, place->lon);
  g_assert_cmpfloat (fabs (lat - place->lat), <, 0.02);
  g_assert_cmpfloat (fabs (lon - place->lon), <, 0.02);
  g_assert_cmpstr (marsad_marker_layer_get_selected (marsad_map_widget_get_marker_layer (map)), ==,
                   marsad_marker_layer_get_marker_position (marsad_map_widget_get_marker_layer (map), place->id, NULL, NULL)
                   ? place->id : NULL);
}

static void
test_save_reopen (Fixture       *fixture,
                  gconstpointer  data)
{
  MarsadDocument *doc = fixture_doc (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("marsad-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "saved.marsad.json", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  MarsadWindow *second;

  g_assert_no_error (error);
  g_assert_true (marsad_window_save_analysis (fixture->window, path, &error));
  g_assert_no_error (error);
  before = marsad_document_to_json_string (doc, MARSAD_JSON_SAVED_ANALYSIS, TRUE);

  second = marsad_window_new (fixture->app);
  gtk_window_present (GTK_WINDOW (second));
  marsad_window_load_file (second, file, NULL);
  g_assert_true (wait_loaded (second));
  g_assert_nonnull (marsad_window_get_analysis (second));
  after = marsad_document_to_json_string (marsad_analysis_get_document (marsad_window_get_analysis (second)),
                                          MARSAD_JSON_SAVED_ANALYSIS, TRUE);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (marsad_marker_layer_get_n_markers (marsad_map_widget_get_marker_layer (
                      MARSAD_MAP_WIDGET (marsad_window_get_map_view (second)))), ==,
                    marsad_marker_layer_get_n_markers (fixture_layer (fixture)));
  gui_test_destroy_window (second);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_bad_file_keeps_work (Fixture       *fixture,
                          gconstpointer  data)
{
  MarsadAnalysis *open = marsad_window_get_analysis (fixture->window);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("marsad-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "broken.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/marsad/article.txt");

  g_assert_true (g_file_set_contents (path, "\xff\xfe\x00\x01 not text \x80\x81", 16, &error));
  marsad_window_load_file (fixture->window, file, NULL);
  g_assert_true (wait_loaded (fixture->window));
  g_assert_true (marsad_window_get_analysis (fixture->window) == open);
  g_assert_nonnull (marsad_window_get_last_error (fixture->window));
  g_test_message ("error: %s", marsad_window_get_last_error (fixture->window));
  g_assert_nonnull (strstr (marsad_window_get_last_error (fixture->window), "broken.txt"));

  marsad_window_load_file (fixture->window, missing, NULL);
  g_assert_true (wait_loaded (fixture->window));
  g_assert_true (marsad_window_get_analysis (fixture->window) == open);
  g_assert_nonnull (strstr (marsad_window_get_last_error (fixture->window), "article.txt"));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_basemap (Fixture       *fixture,
              gconstpointer  data)
{
  MarsadMapWidget *map = MARSAD_MAP_WIDGET (marsad_window_get_map_view (fixture->window));
  ShumateMapSource *source = marsad_map_widget_get_map_source (map);

  /* offline by default: the tiles come from the bundled basemap */
  g_assert_nonnull (source);
  g_assert_true (MARSAD_IS_BASEMAP_SOURCE (source));
  g_assert_cmpstr (shumate_map_source_get_id (source), ==, MARSAD_BASEMAP_SOURCE_ID);

  /* a new style is a new source: libshumate keeps the tiles it drew */
  marsad_map_widget_set_color_scheme (map, MARSAD_MAP_COLOR_SCHEME_DARK);
  g_assert_true (marsad_map_widget_get_dark (map));
  g_assert_true (marsad_map_widget_get_map_source (map) != source);
  g_assert_true (marsad_basemap_source_get_dark (MARSAD_BASEMAP_SOURCE (marsad_map_widget_get_map_source (map))));
  marsad_map_widget_set_color_scheme (map, MARSAD_MAP_COLOR_SCHEME_LIGHT);
  g_assert_false (marsad_basemap_source_get_dark (MARSAD_BASEMAP_SOURCE (marsad_map_widget_get_map_source (map))));
}

static GtkWindow *
find_export_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      /* GTK keeps its toplevels alive: the borrowed pointer stays valid */
      if (MARSAD_IS_EXPORT_DIALOG (window))
        return window;
    }
  return NULL;
}

static void
test_export_map (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("marsad-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "map.png", NULL);
  g_autofree char *bad = g_build_filename (dir, "missing", "map.png", NULL);
  GSettings *settings = marsad_application_get_settings (fixture->app);
  MarsadExportDialog *dialog;
  cairo_surface_t *png;

  g_assert_no_error (error);
  /* Ctrl+E opens the dialog */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export-map", NULL));
  spin (300);
  dialog = MARSAD_EXPORT_DIALOG (find_export_dialog ());
  g_assert_nonnull (dialog);

  marsad_export_dialog_set_format (dialog, MARSAD_MAP_FORMAT_PNG);
  marsad_export_dialog_set_size (dialog, 640, 400, 2.0);
  g_assert_true (marsad_export_dialog_export_to_path (dialog, path, &error));
  g_assert_no_error (error);

  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1280);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 800);
  cairo_surface_destroy (png);

  /* the choices are remembered for the next export */
  if (settings != NULL)
    {
      g_assert_cmpint (g_settings_get_int (settings, "last-export-width"), ==, 640);
      g_assert_cmpint (g_settings_get_int (settings, "last-export-height"), ==, 400);
      g_assert_cmpfloat (g_settings_get_double (settings, "last-export-scale"), ==, 2.0);
    }

  /* a failure names the file and writes nothing */
  g_assert_false (marsad_export_dialog_export_to_path (dialog, bad, &error));
  g_assert_nonnull (error);
  g_test_message ("error: %s", error->message);
  g_assert_nonnull (strstr (error->message, "map.png"));
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_export_events (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("marsad-test-XXXXXX", &error);
  const char *names[] = { "events.geojson", "events.csv", "events.kml" };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autofree char *contents = NULL;

      g_assert_true (marsad_window_export_events (fixture->window, path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpuint (strlen (contents), >, 0);
      g_unlink (path);
    }

  /* an unknown extension is refused with the file's name */
  {
    g_autofree char *path = g_build_filename (dir, "events.txt", NULL);

    g_assert_false (marsad_window_export_events (fixture->window, path, &error));
    g_assert_nonnull (strstr (error->message, "events.txt"));
    g_clear_error (&error);
  }
  g_rmdir (dir);
}

static void
test_published_keeps_corrections (Fixture       *fixture,
                                  gconstpointer  data)
{
  MarsadDocument *doc = fixture_doc (fixture);
  g_autoptr(GError) error = NULL;
  MarsadGazetteer *gazetteer = marsad_application_get_gazetteer (fixture->app, &error);
  MarsadGazetteerRecord record;
  g_autofree char *place_id = NULL;
  MarsadPlace *place = NULL;
  GDate date;

  g_assert_no_error (error);
  g_assert_nonnull (gazetteer);
  g_assert_true (marsad_gazetteer_get_country (gazetteer, "JO", &record));

  /* the user moves an event site somewhere else */
  for (guint i = 0; i < doc->places->len && place == NULL; i++)
    if (marsad_marker_layer_is_event_site (fixture_layer (fixture),
                                           ((MarsadPlace *) g_ptr_array_index (doc->places, i))->id))
      place = g_ptr_array_index (doc->places, i);
  g_assert_nonnull (place);
  place_id = g_strdup (place->id);
  marsad_correction_move_place (place, &record);
  marsad_analysis_changed (marsad_window_get_analysis (fixture->window));

  /* then a new publication date: events are extracted again */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 20, G_DATE_MARCH, 2024);
  marsad_window_set_published (fixture->window, &date);
  spin (100);

  doc = fixture_doc (fixture);
  g_assert_nonnull (doc->published);
  g_assert_cmpint (g_date_compare (doc->published, &date), ==, 0);
  g_assert_cmpuint (doc->events->len, >, 0);
  place = marsad_document_find_place (doc, place_id);
  g_assert_nonnull (place);
  g_assert_cmpstr (place->name, ==, record.name_ar);
  g_assert_cmpfloat (fabs (place->lat - record.lat), <, 1e-6);
  g_assert_cmpfloat (fabs (place->lon - record.lon), <, 1e-6);
  /* and the map shows it where the user put it */
  g_assert_true (marsad_marker_layer_get_marker_position (fixture_layer (fixture), place_id, NULL, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MarsadApplication) app = NULL;
  g_autoptr(GError) error = NULL;

  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  gui_test_track_tiles ();
  /* one application for all tests: it stays registered on the bus */
  app = marsad_application_new (G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add ("/window/markers", Fixture, app, fixture_setup, test_markers, fixture_teardown);
  g_test_add ("/window/marker-statements", Fixture, app, fixture_setup, test_marker_statements, fixture_teardown);
  g_test_add ("/window/event-moves-map", Fixture, app, fixture_setup, test_event_moves_map, fixture_teardown);
  g_test_add ("/window/save-reopen", Fixture, app, fixture_setup, test_save_reopen, fixture_teardown);
  g_test_add ("/window/bad-file-keeps-work", Fixture, app, fixture_setup, test_bad_file_keeps_work, fixture_teardown);
  g_test_add ("/window/basemap", Fixture, app, fixture_setup, test_basemap, fixture_teardown);
  g_test_add ("/window/export-map", Fixture, app, fixture_setup, test_export_map, fixture_teardown);
  g_test_add ("/window/export-events", Fixture, app, fixture_setup, test_export_events, fixture_teardown);
  g_test_add ("/window/published-keeps-corrections", Fixture, app, fixture_setup, test_published_keeps_corrections, fixture_teardown);
  return g_test_run ();
}
