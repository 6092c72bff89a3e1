/* test-collection-edit.c: changing a collection from its window, under Xvfb
 *
 * Import: a folder of articles (its sub-folder too, a copy of one of them
 * and a file that is no article) through the window, its progress reaching
 * the end, the sidebar, the events and the toast following; a paste of
 * text as one article; a Cancel in the middle of an import leaving fewer
 * articles in a file that SQLite's integrity check passes. Fusion: a fused
 * event shown with its reports and the reason, split, then merged back,
 * the choice kept in the file. The articles are those of
 * tests/gen-collection-fixtures.py and sentences written for this test.
 * With MARSAD_SCREENSHOT_DIR set, it takes screenshots of the import bar
 * and of the fusion panel.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>

#include "gui-test-support.h"
#include "marsad-collection-import.h"
#include "marsad-collection-window.h"

typedef struct
{
  MarsadApplication      *app;
  char                   *dir;
  char                   *path;     /* the collection */
  MarsadCollectionWindow *window;
} Fixture;

/* The interface's words are checked in English; the screenshots may be
 * taken in Arabic (LANGUAGE=ar), where only the numbers are. */
static gboolean
english (void)
{
  return g_str_equal (g_dgettext (GETTEXT_PACKAGE, "Reported once"), "Reported once");
}

static gboolean
wait_idle (MarsadCollectionWindow *window)
{
  gint64 end = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;

  do
    {
      while (marsad_collection_window_is_busy (window) && g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, TRUE);
      gui_test_spin (150);
    }
  while (marsad_collection_window_is_busy (window) && g_get_monotonic_time () < end);
  return !marsad_collection_window_is_busy (window);
}

static void
open_window (Fixture *fixture)
{
  g_autoptr(GFile) file = g_file_new_for_path (fixture->path);

  fixture->window = marsad_collection_window_new (fixture->app, file);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (wait_idle (fixture->window));
  g_assert_null (marsad_collection_window_get_error (fixture->window));
}

/* An empty collection in a folder of its own. */
static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadCollection) c = NULL;

  fixture->app = g_object_ref ((MarsadApplication *) data);
  fixture->dir = g_dir_make_tmp ("marsad-collection-edit-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "news.marsad", NULL);
  c = marsad_collection_create (fixture->path, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
      return;
    }
  g_unlink (path);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (fixture->window != NULL)
    gui_test_destroy_window ((MarsadWindow *) fixture->window);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_clear_object (&fixture->app);
}

/* The generated articles' texts, the first n of them (past the 300
 * generated, again with a number). */
static GPtrArray *
fixture_texts (guint n)
{
  g_autofree char *jsonl = g_test_build_filename (G_TEST_BUILT, "collection-fixtures.jsonl", NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (g_file_get_contents (jsonl, &data, NULL, &error));
  g_assert_no_error (error);
  lines = g_strsplit (data, "\n", -1);
  for (guint round = 0; texts->len < n; round++)
    for (guint i = 0; lines[i] != NULL && texts->len < n; i++)
      {
        g_autoptr(JsonNode) node = NULL;
        const char *text;

        if (lines[i][0] == '\0')
          continue;
        node = json_from_string (lines[i], &error);
        g_assert_no_error (error);
        text = json_object_get_string_member (json_node_get_object (node), "text");
        g_ptr_array_add (texts, round == 0 ? g_strdup (text) : g_strdup_printf ("%s (%u)", text, round));
      }
  g_assert_cmpuint (texts->len, ==, n);
  return texts;
}

/* n articles as .txt files, the last third in a sub-folder. */
static char *
write_folder (Fixture *fixture,
              guint    n)
{
  g_autoptr(GPtrArray) texts = fixture_texts (n);
  char *folder = g_build_filename (fixture->dir, "articles", NULL);
  g_autofree char *sub = g_build_filename (folder, "later", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (sub, 0700), ==, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("article-%03u.txt", i);
      g_autofree char *path = g_build_filename (i < n * 2 / 3 ? folder : sub, name, NULL);

      g_assert_true (g_file_set_contents (path, texts->pdata[i], -1, &error));
      g_assert_no_error (error);
    }
  return folder;
}

static guint
count_articles (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadCollection) c = marsad_collection_open (path, &error);

  g_assert_no_error (error);
  return marsad_collection_count_articles (c);
}

static void
assert_integrity (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check;", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* Runs the main loop until the import ends; returns the most progress seen. */
static guint
wait_import (MarsadCollectionWindow *window,
             guint                  *total)
{
  gint64 end = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  guint done = 0, most = 0;

  while (marsad_collection_window_get_import_progress (window, &done, total) && g_get_monotonic_time () < end)
    {
      most = MAX (most, done);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_false (marsad_collection_window_get_import_progress (window, &done, total));
  return MAX (most, done);
}

/* As if the files were dropped on the window. */
static void
drop_files (MarsadCollectionWindow *window,
            const char *const      *paths)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GtkDropTarget *target = NULL;
  GSList *files = NULL;
  GValue value = G_VALUE_INIT;
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (c))
        target = GTK_DROP_TARGET (c);
    }
  g_assert_nonnull (target);
  for (guint i = 0; paths[i] != NULL; i++)
    files = g_slist_append (files, g_file_new_for_path (paths[i]));
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, files);
  g_signal_emit_by_name (target, "drop", &value, 20.0, 20.0, &handled);
  g_assert_true (handled);
  g_value_unset (&value);
}

static void
test_import_folder (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *folder = write_folder (fixture, 24);
  g_autofree char *copy = g_build_filename (folder, "later", "copy-of-first.txt", NULL);
  g_autofree char *first = g_build_filename (folder, "article-000.txt", NULL);
  g_autofree char *empty = g_build_filename (folder, "empty.txt", NULL);
  g_autofree char *scan = g_build_filename (folder, "scan.txt", NULL);
  g_autofree char *notes = g_build_filename (folder, "notes.csv", NULL);
  g_autofree char *text = NULL;
  const char *paths[] = { folder, NULL };
  MarsadCollectionSidebar *sidebar;
  guint done, total = 0;
  const char *report, *details;

  /* the same text twice is one article; an empty file and a binary one are
   * unreadable; a file that is no article is left alone */
  g_assert_true (g_file_get_contents (first, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (copy, text, -1, NULL));
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  g_assert_true (g_file_set_contents (scan, "\0\1\2\xff\xfe scan", 10, NULL));
  g_assert_true (g_file_set_contents (notes, "a,b\n", -1, NULL));

  open_window (fixture);
  sidebar = marsad_collection_window_get_sidebar (fixture->window);
  g_assert_cmpuint (marsad_collection_sidebar_get_n_articles (sidebar), ==, 0);
  g_assert_cmpuint (marsad_collection_window_get_n_total (fixture->window), ==, 0);
  gui_test_screenshot ("collection-empty.png");

  /* the folder dropped on the window */
  drop_files (fixture->window, paths);
  g_assert_true (marsad_collection_window_get_import_progress (fixture->window, NULL, NULL));
  done = wait_import (fixture->window, &total);
  g_assert_cmpuint (total, ==, 27);
  g_assert_cmpuint (done, ==, total);
  g_assert_true (wait_idle (fixture->window));

  g_assert_cmpuint (count_articles (fixture->path), ==, 24);
  g_assert_cmpuint (marsad_collection_sidebar_get_n_articles (sidebar), ==, 24);
  g_assert_cmpuint (marsad_collection_window_get_n_total (fixture->window), >, 0);
  g_assert_cmpuint (marsad_collection_window_get_events (fixture->window)->len, ==,
                    marsad_collection_window_get_n_total (fixture->window));
  report = marsad_collection_window_get_import_report (fixture->window);
  details = marsad_collection_window_get_import_details (fixture->window);
  g_assert_nonnull (report);
  g_assert_nonnull (details);
  if (english ())
    g_assert_cmpstr (report, ==, "Added 24 articles (1 already in the collection, 2 unreadable)");
  /* in plain words, by file name, in the folder's order */
  if (english ())
    g_assert_cmpstr (details, ==, "empty.txt: the file is empty\n"
                                "scan.txt: this is a binary file, not text (control byte 0x00 at byte 0)");
  gui_test_screenshot ("collection-import-done.png");
  /* the toast's Details: the problems, in a dialog */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.import-details", NULL));
  gui_test_screenshot ("collection-import-details.png");
  {
    g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
    guint found = 0;

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (ADW_IS_MESSAGE_DIALOG (l->data))
        {
          /* two lines: no need to scroll */
          GtkWidget *label = adw_message_dialog_get_extra_child (l->data);
          g_autofree char *shown = NULL;

          /* each line with a direction mark first */
          g_assert_true (GTK_IS_LABEL (label));
          shown = g_strdup (gtk_label_get_text (GTK_LABEL (label)));
          g_assert_nonnull (strstr (shown, "empty.txt: "));
          g_assert_nonnull (strstr (shown, "scan.txt: "));
          gtk_window_destroy (l->data);
          found++;
        }
    g_assert_cmpuint (found, ==, 1);
  }

  /* the same folder again: every article is there already */
  marsad_collection_window_import (fixture->window, paths);
  wait_import (fixture->window, NULL);
  g_assert_true (wait_idle (fixture->window));
  g_assert_cmpuint (marsad_collection_sidebar_get_n_articles (sidebar), ==, 24);
  if (english ())
    g_assert_cmpstr (marsad_collection_window_get_import_report (fixture->window), ==,
                     "Added 0 articles (25 already in the collection, 2 unreadable)");

  /* Ctrl+V: the clipboard's text is an article */
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (fixture->window)),
                          "تعز - أغلق محتجون الطريق الرئيسي المؤدي إلى ميناء المدينة يوم الأحد احتجاجا على انقطاع المياه.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.paste", NULL));
  {
    gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    /* the clipboard is read first, then the import starts */
    guint total = 0;

    while (!marsad_collection_window_get_import_progress (fixture->window, NULL, &total) && total != 1 &&
           g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, FALSE);
  }
  wait_import (fixture->window, NULL);
  g_assert_true (wait_idle (fixture->window));
  if (english ())
    g_assert_cmpstr (marsad_collection_window_get_import_report (fixture->window), ==, "Added 1 article");
  g_assert_null (marsad_collection_window_get_import_details (fixture->window));
  g_assert_cmpuint (marsad_collection_sidebar_get_n_articles (sidebar), ==, 25);
  assert_integrity (fixture->path);
}

static void
test_import_cancel (Fixture       *fixture,
                    gconstpointer  data)
{
  /* the screenshot of the bar needs an import that lasts */
  guint n = g_getenv ("MARSAD_SCREENSHOT_DIR") != NULL ? 900 : 90;
  g_autofree char *folder = write_folder (fixture, n);
  const char *paths[] = { folder, NULL };
  gint64 end = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  guint done = 0, total = 0, stored;
  const char *report;

  open_window (fixture);
  marsad_collection_window_import (fixture->window, paths);
  while (marsad_collection_window_get_import_progress (fixture->window, &done, &total) && done < 3 &&
         g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (done, >=, 3);
  g_assert_cmpuint (total, ==, n);
  gui_test_screenshot ("collection-import-progress.png");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.cancel-import", NULL));
  wait_import (fixture->window, NULL);
  g_assert_true (wait_idle (fixture->window));

  gui_test_screenshot ("collection-import-cancelled.png");
  report = marsad_collection_window_get_import_report (fixture->window);
  g_assert_nonnull (report);
  if (english ())
    g_assert_true (g_str_has_prefix (report, "Import cancelled. Added "));
  stored = count_articles (fixture->path);
  g_test_message ("cancelled after %u articles: %u stored", done, stored);
  g_assert_cmpuint (stored, >=, done);
  g_assert_cmpuint (stored, <, n);
  g_assert_cmpuint (marsad_collection_sidebar_get_n_articles (marsad_collection_window_get_sidebar (fixture->window)),
                    ==, stored);
  assert_integrity (fixture->path);
  /* the window shows what the file holds: every event, fused */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(MarsadCollection) c = marsad_collection_open (fixture->path, &error);
    g_autoptr(GPtrArray) events = marsad_collection_query_events (c, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (marsad_collection_window_get_n_total (fixture->window), ==, events->len);
  }
}

/* Closing the window in the middle of an import stops it after the
 * article being written, with no warning from the window's widgets. */
static void
test_close_mid_import (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *folder = write_folder (fixture, 90);
  const char *paths[] = { folder, NULL };
  gint64 end = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  MarsadCollectionWindow *window;
  guint done = 0;

  open_window (fixture);
  window = g_object_ref (fixture->window);
  marsad_collection_window_import (window, paths);
  while (marsad_collection_window_get_import_progress (window, &done, NULL) && done < 2 &&
         g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  /* the import holds the window until it ends */
  while (marsad_collection_window_get_import_progress (window, NULL, NULL) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (marsad_collection_window_get_import_progress (window, NULL, NULL));
  g_object_unref (window);
  /* no basemap tile may still be drawn when the program exits */
  gui_test_spin (500);
  g_assert_cmpuint (count_articles (fixture->path), <, 90);
  assert_integrity (fixture->path);
}

static GtkWidget *
find_search_entry (GtkWidget *widget)
{
  if (GTK_IS_SEARCH_ENTRY (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_search_entry (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Ctrl+V (win.paste) in the search entry pastes there: no article. */
static void
test_paste_in_entry (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *entry;

  open_window (fixture);
  entry = find_search_entry (GTK_WIDGET (marsad_collection_window_get_sidebar (fixture->window)));
  g_assert_nonnull (entry);
  gtk_widget_grab_focus (entry);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (fixture->window)), "حلب");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.paste", NULL));
  gui_test_spin (300);
  g_assert_true (wait_idle (fixture->window));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "حلب");
  g_assert_null (marsad_collection_window_get_import_report (fixture->window));
  g_assert_cmpuint (count_articles (fixture->path), ==, 0);
}

/* ---- split and merge ---- */

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
  open_window (fixture);
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
  if (english ())
    {
      g_assert_nonnull (strstr (marsad_fused_event_panel_get_figures (panel), "5 killed (\u2068وكالة"));
      g_assert_nonnull (strstr (marsad_fused_event_panel_get_figures (panel), "3 killed (\u2068North"));
    }
  if (english ())
    g_assert_cmpstr (marsad_fused_event_panel_get_reason (panel), ==, "Fused: same place, same day, same type");
  else
    g_assert_cmpstr (marsad_fused_event_panel_get_reason (panel), !=, "");
  gui_test_screenshot ("collection-fused-event.png");

  /* split: two events of one report each */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.split-event", NULL));
  g_assert_true (wait_idle (fixture->window));
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
  g_assert_true (wait_idle (fixture->window));
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
  assert_integrity (fixture->path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MarsadApplication) app = gui_test_init (&argc, &argv);

  gui_test_track_tiles ();
  g_test_add ("/collection-edit/import-folder", Fixture, app, fixture_setup, test_import_folder, fixture_teardown);
  g_test_add ("/collection-edit/import-cancel", Fixture, app, fixture_setup, test_import_cancel, fixture_teardown);
  g_test_add ("/collection-edit/close-mid-import", Fixture, app, fixture_setup, test_close_mid_import, fixture_teardown);
  g_test_add ("/collection-edit/paste-in-entry", Fixture, app, fixture_setup, test_paste_in_entry, fixture_teardown);
  g_test_add ("/collection-edit/split-merge", Fixture, app, fixture_setup, test_split_merge, fixture_teardown);
  return g_test_run ();
}
