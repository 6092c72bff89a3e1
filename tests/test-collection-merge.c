/* test-collection-merge.c: splitting and merging fused events in the
 * collection window, under Xvfb
 *
 * A fused event (two outlets report one strike, with their own figures)
 * is shown with its reports and the reason of fusion, split, then merged
 * back with Merge With… (Escape giving up a first try); the choice is
 * kept in the file. The sentences were written for this test. With
 * MARSAD_SCREENSHOT_DIR set, it takes screenshots of the fusion panel.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "collection-edit-support.h"
#include "marsad-collection-import.h"

/* Two outlets report one strike (with their own figures); a third story
 * is a protest elsewhere. Written for this test. */
static const char *const strike_lines[] = {
  "{\"text\": \"حلب - شنّت طائرات حربية غارة جوية على مستودع للوقود في حي الشيخ مقصود بمدينة حلب يوم الاثنين، "
  "ما أسفر عن مقتل خمسة أشخاص.\", \"published\": \"2024-06-04\", \"outlet\": \"وكالة النهار للأنباء\"}",
  "{\"text\": \"قُتل ثلاثة أشخاص في غارة جوية استهدفت مستودعا للوقود في مدينة حلب يوم الاثنين، بحسب مصادر محلية.\", "
  "\"published\": \"2024-06-04\", \"outlet\": \"North Wire\"}",
  "{\"text\": \"تظاهر مئات المحتجين في شوارع مدينة تعز يوم الجمعة للمطالبة بصرف الرواتب المتأخرة.\", "
  "\"published\": \"2024-06-08\", \"outlet\": \"صحيفة الوادي\"}",
};

static void
fill_strikes (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadExtractor) extractor = marsad_extractor_new (&error);
  g_autoptr(MarsadCollection) c = marsad_collection_open (fixture->path, &error);
  g_autoptr(MarsadImporter) importer = NULL;
  g_autofree char *joined = g_strjoinv ("\n", (char **) strike_lines);
  g_autoptr(GInputStream) in = g_memory_input_stream_new_from_data (joined, -1, NULL);
  MarsadImportStats stats;

  g_assert_no_error (error);
  importer = marsad_importer_new (c, extractor, 0);
  marsad_importer_add_jsonl (importer, in, "strikes", FALSE);
  g_assert_true (marsad_importer_run (importer, NULL, NULL, NULL, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added, ==, 3);
}

static MarsadCollectionEvent *
shown_with_sources (Fixture *fixture,
                    guint    n_sources)
{
  GPtrArray *events = marsad_collection_window_get_events (fixture->window);

  for (guint i = 0; i < events->len; i++)
    {
      MarsadCollectionEvent *e = g_ptr_array_index (events, i);

      if (e->sources->len == n_sources && g_strcmp0 (e->type, "Explosions/Remote violence") == 0)
        return e;
    }
  return NULL;
}

static void
choose (Fixture *fixture,
        gint64   id)
{
  g_autofree char *event_id = g_strdup_printf ("e%" G_GINT64_FORMAT, id);

  g_assert_true (marsad_event_list_activate_event (marsad_collection_window_get_timeline (fixture->window),
                                                   event_id));
}

static void
test_split_merge (Fixture       *fixture,
                  gconstpointer  data)
{
  MarsadFusedEventPanel *panel;
  MarsadCollectionEvent *fused, *e;
  guint n;
  gint64 first_article, other;

  fill_strikes (fixture);
  edit_test_open_window (fixture);
  panel = marsad_collection_window_get_event_panel (fixture->window);
  n = marsad_collection_window_get_events (fixture->window)->len;
  fused = shown_with_sources (fixture, 2);
  g_assert_nonnull (fused);
  first_article = ((MarsadEventSource *) g_ptr_array_index (fused->sources, 0))->article_id;

  /* no event chosen: nothing to split */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.split-event", NULL);
  g_assert_false (marsad_collection_window_is_busy (fixture->window));
  choose (fixture, fused->id);
  g_assert_cmpint (marsad_collection_window_get_selected_event (fixture->window), ==, fused->id);
  /* each outlet's own figure, and why the reports are one */
  g_assert_nonnull (strstr (marsad_fused_event_panel_get_figures (panel), "\u2068وكالة النهار للأنباء\u2069"));
  g_assert_nonnull (strstr (marsad_fused_event_panel_get_figures (panel), "\u2068North Wire\u2069"));
  if (edit_test_english ())
    {
      g_assert_nonnull (strstr (marsad_fused_event_panel_get_figures (panel), "5 killed (\u2068وكالة"));
      g_assert_nonnull (strstr (marsad_fused_event_panel_get_figures (panel), "3 killed (\u2068North"));
    }
  if (edit_test_english ())
    g_assert_cmpstr (marsad_fused_event_panel_get_reason (panel), ==, "Fused: same place, same day, same type");
  else
    g_assert_cmpstr (marsad_fused_event_panel_get_reason (panel), !=, "");
  gui_test_screenshot ("collection-fused-event.png");

  /* split: two events of one report each */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.split-event", NULL));
  g_assert_true (edit_test_wait_idle (fixture->window));
  g_assert_cmpuint (marsad_collection_window_get_events (fixture->window)->len, ==, n + 1);
  g_assert_null (shown_with_sources (fixture, 2));
  /* the panel stays on the first report's event */
  e = NULL;
  for (guint i = 0; i < marsad_collection_window_get_events (fixture->window)->len; i++)
    {
      MarsadCollectionEvent *x = g_ptr_array_index (marsad_collection_window_get_events (fixture->window), i);

      if (x->id == marsad_collection_window_get_selected_event (fixture->window))
        e = x;
    }
  g_assert_nonnull (e);
  g_assert_cmpint (((MarsadEventSource *) g_ptr_array_index (e->sources, 0))->article_id, ==, first_article);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.split-event", NULL);
  g_assert_false (marsad_collection_window_is_busy (fixture->window));
  other = -1;
  for (guint i = 0; i < marsad_collection_window_get_events (fixture->window)->len; i++)
    {
      MarsadCollectionEvent *x = g_ptr_array_index (marsad_collection_window_get_events (fixture->window), i);

      if (x->id != e->id && g_strcmp0 (x->type, e->type) == 0)
        other = x->id;
    }
  g_assert_cmpint (other, >=, 0);

  /* merge with…: the next event chosen is the other one; Escape gives it up */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.merge-event", NULL));
  g_assert_cmpint (marsad_collection_window_get_merging (fixture->window), ==, e->id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.escape", NULL));
  g_assert_cmpint (marsad_collection_window_get_merging (fixture->window), ==, -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.merge-event", NULL));
  g_assert_cmpint (marsad_collection_window_get_merging (fixture->window), ==, e->id);
  gui_test_screenshot ("collection-merge-choose.png");
  choose (fixture, other);
  g_assert_true (edit_test_wait_idle (fixture->window));
  g_assert_cmpint (marsad_collection_window_get_merging (fixture->window), ==, -1);
  g_assert_cmpuint (marsad_collection_window_get_events (fixture->window)->len, ==, n);
  fused = shown_with_sources (fixture, 2);
  g_assert_nonnull (fused);
  g_assert_cmpint (marsad_collection_window_get_selected_event (fixture->window), ==, fused->id);

  /* kept in the file: a fusion from scratch keeps the user's choice */
  gui_test_destroy_window ((MarsadWindow *) fixture->window);
  fixture->window = NULL;
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(MarsadCollection) c = marsad_collection_open (fixture->path, &error);
    g_autoptr(GPtrArray) events = NULL;
    guint with_two = 0;

    g_assert_no_error (error);
    g_assert_true (marsad_collection_fuse (c, &error));
    events = marsad_collection_query_events (c, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (events->len, ==, n);
    for (guint i = 0; i < events->len; i++)
      with_two += ((MarsadCollectionEvent *) g_ptr_array_index (events, i))->sources->len == 2;
    g_assert_cmpuint (with_two, ==, 1);
  }
  edit_test_assert_integrity (fixture->path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MarsadApplication) app = gui_test_init (&argc, &argv);

  gui_test_track_tiles ();
  g_test_add ("/collection-merge/split-merge", Fixture, app, edit_test_setup, test_split_merge, edit_test_teardown);
  return g_test_run ();
}
