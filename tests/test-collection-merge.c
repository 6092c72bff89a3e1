/* test-collection-merge.c: splitting and merging fused events in the
 * collection window, under Xvfb
 *
 * A fused event (three outlets report one strike, with their own
 * figures) is shown with its reports and the reason of fusion; one report
 * is separated, then the others; then they are merged back with Merge
 * With… (Escape giving up a first try); the choices are kept in the file. The sentences were written for this test. With
 * MARSAD_SCREENSHOT_DIR set, it takes screenshots of the fusion panel.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "collection-edit-support.h"
#include "marsad-collection-import.h"

/* Three outlets report one strike (each with its own figure); a fourth
 * story is a protest elsewhere. Written for this test. */
static const char *const strike_lines[] = {
  "{\"text\": \"حلب - شنّت طائرات حربية غارة جوية على مستودع للوقود في حي الشيخ مقصود بمدينة حلب يوم الاثنين، "
  "ما أسفر عن مقتل خمسة أشخاص.\", \"published\": \"2024-06-04\", \"outlet\": \"وكالة النهار للأنباء\"}",
  "{\"text\": \"قُتل ثلاثة أشخاص في غارة جوية استهدفت مستودعا للوقود في مدينة حلب يوم الاثنين، بحسب مصادر محلية.\", "
  "\"published\": \"2024-06-04\", \"outlet\": \"North Wire\"}",
  "{\"text\": \"تظاهر مئات المحتجين في شوارع مدينة تعز يوم الجمعة للمطالبة بصرف الرواتب المتأخرة.\", "
  "\"published\": \"2024-06-08\", \"outlet\": \"صحيفة الوادي\"}",
  "{\"text\": \"أفادت مصادر طبية بمقتل أربعة أشخاص جراء غارة جوية على مستودع للوقود في مدينة حلب يوم الاثنين.\", "
  "\"published\": \"2024-06-04\", \"outlet\": \"إذاعة السلام\"}",
};
#define STRIKE "Explosions/Remote violence"

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
  g_assert_cmpuint (stats.added, ==, G_N_ELEMENTS (strike_lines));
}

static GPtrArray *
shown (Fixture *fixture)
{
  return marsad_collection_window_get_events (fixture->window);
}

/* The strike told by n_sources reports, or NULL; *n_strikes: how many
 * strikes are shown. */
static MarsadCollectionEvent *
strike_with (Fixture *fixture,
             guint    n_sources,
             guint   *n_strikes)
{
  MarsadCollectionEvent *found = NULL;
  guint n = 0;

  for (guint i = 0; i < shown (fixture)->len; i++)
    {
      MarsadCollectionEvent *e = g_ptr_array_index (shown (fixture), i);

      if (g_strcmp0 (e->type, STRIKE) != 0)
        continue;
      n++;
      if (e->sources->len == n_sources && found == NULL)
        found = e;
    }
  if (n_strikes != NULL)
    *n_strikes = n;
  return found;
}

static MarsadCollectionEvent *
selected (Fixture *fixture)
{
  gint64 id = marsad_collection_window_get_selected_event (fixture->window);

  for (guint i = 0; i < shown (fixture)->len; i++)
    if (((MarsadCollectionEvent *) g_ptr_array_index (shown (fixture), i))->id == id)
      return g_ptr_array_index (shown (fixture), i);
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
activate (Fixture    *fixture,
          const char *action,
          GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->window), action, parameter));
  g_assert_true (edit_test_wait_idle (fixture->window));
}

/* Merges the chosen event with the first other strike. */
static void
merge_with_another (Fixture *fixture)
{
  MarsadCollectionEvent *e = selected (fixture);
  gint64 other = -1;

  g_assert_nonnull (e);
  for (guint i = 0; i < shown (fixture)->len && other < 0; i++)
    {
      MarsadCollectionEvent *x = g_ptr_array_index (shown (fixture), i);

      if (x->id != e->id && g_strcmp0 (x->type, STRIKE) == 0)
        other = x->id;
    }
  g_assert_cmpint (other, >=, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.merge-event", NULL));
  g_assert_cmpint (marsad_collection_window_get_merging (fixture->window), ==, e->id);
  choose (fixture, other);
  g_assert_true (edit_test_wait_idle (fixture->window));
  g_assert_cmpint (marsad_collection_window_get_merging (fixture->window), ==, -1);
}

static void
test_split_merge (Fixture       *fixture,
                  gconstpointer  data)
{
  MarsadFusedEventPanel *panel;
  MarsadCollectionEvent *fused, *e;
  const MarsadEventSource *radio = NULL;
  guint n, strikes;
  gint64 first_article;

  fill_strikes (fixture);
  edit_test_open_window (fixture);
  panel = marsad_collection_window_get_event_panel (fixture->window);
  n = shown (fixture)->len;
  fused = strike_with (fixture, 3, &strikes);
  g_assert_nonnull (fused);
  g_assert_cmpuint (strikes, ==, 1);
  first_article = ((MarsadEventSource *) g_ptr_array_index (fused->sources, 0))->article_id;

  /* no event chosen: nothing to split */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.split-event", NULL);
  g_assert_false (marsad_collection_window_is_busy (fixture->window));
  choose (fixture, fused->id);
  g_assert_cmpint (marsad_collection_window_get_selected_event (fixture->window), ==, fused->id);
  /* each outlet's own figure (a report's words held together), and why
   * the reports are one */
  g_assert_nonnull (strstr (marsad_fused_event_panel_get_figures (panel), "\u2068وكالة\u00a0النهار\u00a0للأنباء\u2069"));
  g_assert_nonnull (strstr (marsad_fused_event_panel_get_figures (panel), "\u2068North\u00a0Wire\u2069"));
  if (edit_test_english ())
    {
      g_assert_nonnull (strstr (marsad_fused_event_panel_get_figures (panel), "5\u00a0killed\u00a0(\u2068وكالة"));
      g_assert_nonnull (strstr (marsad_fused_event_panel_get_figures (panel), "3\u00a0killed\u00a0(\u2068North"));
      g_assert_nonnull (strstr (marsad_fused_event_panel_get_figures (panel), "4\u00a0killed\u00a0(\u2068إذاعة"));
      g_assert_cmpstr (marsad_fused_event_panel_get_reason (panel), ==, "Fused: same place, same day, same type");
    }
  else
    g_assert_cmpstr (marsad_fused_event_panel_get_reason (panel), !=, "");
  gui_test_screenshot ("collection-fused-event.png");

  /* one report leaves the others, which stay one event, still chosen */
  for (guint i = 0; i < fused->sources->len; i++)
    if (g_strcmp0 (((MarsadEventSource *) g_ptr_array_index (fused->sources, i))->outlet, "إذاعة السلام") == 0)
      radio = g_ptr_array_index (fused->sources, i);
  g_assert_nonnull (radio);
  activate (fixture, "win.split-report", g_variant_new ("(xs)", radio->article_id, radio->event_id));
  g_assert_cmpuint (shown (fixture)->len, ==, n + 1);
  e = strike_with (fixture, 2, &strikes);
  g_assert_nonnull (e);
  g_assert_cmpuint (strikes, ==, 2);
  g_assert_true (selected (fixture) == e);

  /* split: every report apart, the panel on the first one's event */
  activate (fixture, "win.split-event", NULL);
  g_assert_cmpuint (shown (fixture)->len, ==, n + 2);
  g_assert_null (strike_with (fixture, 2, &strikes));
  g_assert_cmpuint (strikes, ==, 3);
  e = selected (fixture);
  g_assert_nonnull (e);
  g_assert_cmpint (((MarsadEventSource *) g_ptr_array_index (e->sources, 0))->article_id, ==, first_article);
  /* one report: nothing to split */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.split-event", NULL);
  g_assert_false (marsad_collection_window_is_busy (fixture->window));

  /* merge with…: the next event chosen is the other one; Escape gives it up */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.merge-event", NULL));
  g_assert_cmpint (marsad_collection_window_get_merging (fixture->window), ==, e->id);
  gui_test_screenshot ("collection-merge-choose.png");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.escape", NULL));
  g_assert_cmpint (marsad_collection_window_get_merging (fixture->window), ==, -1);
  merge_with_another (fixture);
  g_assert_cmpuint (shown (fixture)->len, ==, n + 1);
  g_assert_true (selected (fixture) == strike_with (fixture, 2, NULL));
  merge_with_another (fixture);
  g_assert_cmpuint (shown (fixture)->len, ==, n);
  g_assert_true (selected (fixture) == strike_with (fixture, 3, &strikes));
  g_assert_cmpuint (strikes, ==, 1);

  /* kept in the file: a fusion from scratch keeps the user's choices */
  gui_test_destroy_window ((MarsadWindow *) fixture->window);
  fixture->window = NULL;
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(MarsadCollection) c = marsad_collection_open (fixture->path, &error);
    g_autoptr(GPtrArray) events = NULL;
    guint with_three = 0;

    g_assert_no_error (error);
    g_assert_true (marsad_collection_fuse (c, &error));
    events = marsad_collection_query_events (c, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (events->len, ==, n);
    for (guint i = 0; i < events->len; i++)
      with_three += ((MarsadCollectionEvent *) g_ptr_array_index (events, i))->sources->len == 3;
    g_assert_cmpuint (with_three, ==, 1);
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
