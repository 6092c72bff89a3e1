/* test-collection-edit.c: adding articles through the collection window,
 * under Xvfb
 *
 * A folder of articles (its sub-folder too, a copy of one of them, an
 * empty and a binary file, and a file that is no article) dropped on the
 * window: its progress reaching the end, the sidebar, the events, the
 * toast and its details following; a paste of text as one article, and
 * Ctrl+V in the search entry pasting there; a Cancel in the middle of an
 * import, and closing the window in the middle of one, leaving fewer
 * articles in a file that SQLite's integrity check passes. The articles
 * are those of tests/gen-collection-fixtures.py and sentences written for
 * this test. With MARSAD_SCREENSHOT_DIR set, it takes screenshots of the
 * empty window, the import bar, the toasts and the details.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "collection-edit-support.h"
#include "marsad-collection-import.h"

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

  edit_test_open_window (fixture);
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
  g_assert_true (edit_test_wait_idle (fixture->window));

  g_assert_cmpuint (edit_test_count_articles (fixture->path), ==, 24);
  g_assert_cmpuint (marsad_collection_sidebar_get_n_articles (sidebar), ==, 24);
  g_assert_cmpuint (marsad_collection_window_get_n_total (fixture->window), >, 0);
  g_assert_cmpuint (marsad_collection_window_get_events (fixture->window)->len, ==,
                    marsad_collection_window_get_n_total (fixture->window));
  report = marsad_collection_window_get_import_report (fixture->window);
  details = marsad_collection_window_get_import_details (fixture->window);
  g_assert_nonnull (report);
  g_assert_nonnull (details);
  if (edit_test_english ())
    g_assert_cmpstr (report, ==, "Added 24 articles (1 already in the collection, 2 unreadable)");
  /* in plain words, by file name, in the folder's order */
  if (edit_test_english ())
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
  g_assert_true (edit_test_wait_idle (fixture->window));
  g_assert_cmpuint (marsad_collection_sidebar_get_n_articles (sidebar), ==, 24);
  if (edit_test_english ())
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
  g_assert_true (edit_test_wait_idle (fixture->window));
  if (edit_test_english ())
    g_assert_cmpstr (marsad_collection_window_get_import_report (fixture->window), ==, "Added 1 article");
  g_assert_null (marsad_collection_window_get_import_details (fixture->window));
  g_assert_cmpuint (marsad_collection_sidebar_get_n_articles (sidebar), ==, 25);
  edit_test_assert_integrity (fixture->path);
}

static void
test_import_cancel (Fixture       *fixture,
                    gconstpointer  data)
{
  /* the screenshot of the bar needs an import that lasts */
  guint n = g_getenv ("MARSAD_SCREENSHOT_DIR") != NULL ? 3000 : 90;
  g_autofree char *folder = write_folder (fixture, n);
  const char *paths[] = { folder, NULL };
  gint64 end = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  guint done = 0, total = 0, stored;
  const char *report;

  edit_test_open_window (fixture);
  marsad_collection_window_import (fixture->window, paths);
  while (marsad_collection_window_get_import_progress (fixture->window, &done, &total) && done < 3 &&
         g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (done, >=, 3);
  g_assert_cmpuint (total, ==, n);
  gui_test_screenshot ("collection-import-progress.png");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.cancel-import", NULL));
  wait_import (fixture->window, NULL);
  g_assert_true (edit_test_wait_idle (fixture->window));

  gui_test_screenshot ("collection-import-cancelled.png");
  report = marsad_collection_window_get_import_report (fixture->window);
  g_assert_nonnull (report);
  if (edit_test_english ())
    g_assert_true (g_str_has_prefix (report, "Import cancelled. Added "));
  stored = edit_test_count_articles (fixture->path);
  g_test_message ("cancelled after %u articles: %u stored", done, stored);
  g_assert_cmpuint (stored, >=, done);
  g_assert_cmpuint (stored, <, n);
  g_assert_cmpuint (marsad_collection_sidebar_get_n_articles (marsad_collection_window_get_sidebar (fixture->window)),
                    ==, stored);
  edit_test_assert_integrity (fixture->path);
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
  /* far more articles than can be imported while the window closes, even
   * on a loaded machine (90 once all went in before the close took hold) */
  const guint n_articles = 600;
  g_autofree char *folder = write_folder (fixture, n_articles);
  const char *paths[] = { folder, NULL };
  gint64 end = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  MarsadCollectionWindow *window;
  guint done = 0;

  edit_test_open_window (fixture);
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
  g_assert_cmpuint (edit_test_count_articles (fixture->path), <, n_articles);
  edit_test_assert_integrity (fixture->path);
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type,
             const char *icon_name)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (icon_name == NULL || g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)), icon_name) == 0))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, icon_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_search_entry (GtkWidget *widget)
{
  return find_widget (widget, GTK_TYPE_SEARCH_ENTRY, NULL);
}

/* Ctrl+V (win.paste) in the search entry pastes there: no article. */
static void
test_paste_in_entry (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *entry;

  edit_test_open_window (fixture);
  /* the + button's menu: the ways to add articles */
  if (g_getenv ("MARSAD_SCREENSHOT_DIR") != NULL)
    {
      GtkWidget *add = find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_MENU_BUTTON, "list-add-symbolic");

      g_assert_nonnull (add);
      gtk_menu_button_popup (GTK_MENU_BUTTON (add));
      gui_test_screenshot ("collection-add-menu.png");
      gtk_menu_button_popdown (GTK_MENU_BUTTON (add));
    }
  entry = find_search_entry (GTK_WIDGET (marsad_collection_window_get_sidebar (fixture->window)));
  g_assert_nonnull (entry);
  gtk_widget_grab_focus (entry);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (fixture->window)), "حلب");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.paste", NULL));
  gui_test_spin (300);
  g_assert_true (edit_test_wait_idle (fixture->window));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "حلب");
  g_assert_null (marsad_collection_window_get_import_report (fixture->window));
  g_assert_cmpuint (edit_test_count_articles (fixture->path), ==, 0);
}

static guint
count_collection_windows (GFile *file)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  guint n = 0;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (MARSAD_IS_COLLECTION_WINDOW (l->data) && g_file_equal (marsad_collection_window_get_file (l->data), file))
      n++;
  return n;
}

/* A collection dropped with an article opens in its own window, once; the
 * article is added; the window's own collection dropped on it adds nothing. */
static void
test_drop_collection (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) texts = fixture_texts (1);
  g_autofree char *other = g_build_filename (fixture->dir, "other.marsad", NULL);
  g_autofree char *article = g_build_filename (fixture->dir, "article.txt", NULL);
  g_autoptr(GFile) other_file = g_file_new_for_path (other);
  g_autoptr(GFile) own_file = g_file_new_for_path (fixture->path);
  const char *both[] = { other, article, NULL };
  const char *own[] = { fixture->path, NULL };
  g_autoptr(GError) error = NULL;
  MarsadCollection *collection = marsad_collection_create (other, &error);

  g_assert_no_error (error);
  marsad_collection_close (collection);
  g_assert_true (g_file_set_contents (article, texts->pdata[0], -1, &error));
  g_assert_no_error (error);
  edit_test_open_window (fixture);

  drop_files (fixture->window, both);
  wait_import (fixture->window, NULL);
  g_assert_true (edit_test_wait_idle (fixture->window));
  g_assert_cmpuint (count_collection_windows (other_file), ==, 1);
  g_assert_cmpuint (edit_test_count_articles (fixture->path), ==, 1);
  g_assert_null (marsad_collection_window_get_import_details (fixture->window));

  /* again: the open window comes to the front, no second one */
  drop_files (fixture->window, both);
  wait_import (fixture->window, NULL);
  g_assert_true (edit_test_wait_idle (fixture->window));
  g_assert_cmpuint (count_collection_windows (other_file), ==, 1);

  drop_files (fixture->window, own);
  gui_test_spin (100);
  g_assert_cmpuint (count_collection_windows (own_file), ==, 1);
  g_assert_cmpuint (edit_test_count_articles (fixture->path), ==, 1);
  {
    g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (MARSAD_IS_COLLECTION_WINDOW (l->data) && l->data != (gpointer) fixture->window)
        gtk_window_destroy (l->data);
    gui_test_spin (100);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MarsadApplication) app = gui_test_init (&argc, &argv);

  gui_test_track_tiles ();
  g_test_add ("/collection-edit/import-folder", Fixture, app, edit_test_setup, test_import_folder, edit_test_teardown);
  g_test_add ("/collection-edit/import-cancel", Fixture, app, edit_test_setup, test_import_cancel, edit_test_teardown);
  g_test_add ("/collection-edit/close-mid-import", Fixture, app, edit_test_setup, test_close_mid_import,
              edit_test_teardown);
  g_test_add ("/collection-edit/drop-collection", Fixture, app, edit_test_setup, test_drop_collection,
              edit_test_teardown);
  g_test_add ("/collection-edit/paste-in-entry", Fixture, app, edit_test_setup, test_paste_in_entry,
              edit_test_teardown);
  return g_test_run ();
}
