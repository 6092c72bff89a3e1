/* collection-edit-support.c: what the tests that change a collection
 * through its window share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "collection-edit-support.h"


/* The interface's words are checked in English; the screenshots may be
 * taken in Arabic (LANGUAGE=ar), where only the numbers are. */
gboolean
edit_test_english (void)
{
  return g_str_equal (g_dgettext (GETTEXT_PACKAGE, "Reported once"), "Reported once");
}

gboolean
edit_test_wait_idle (MarsadCollectionWindow *window)
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

void
edit_test_open_window (Fixture *fixture)
{
  g_autoptr(GFile) file = g_file_new_for_path (fixture->path);

  fixture->window = marsad_collection_window_new (fixture->app, file);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (edit_test_wait_idle (fixture->window));
  g_assert_null (marsad_collection_window_get_error (fixture->window));
}

/* An empty collection in a folder of its own. */
void
edit_test_setup (Fixture       *fixture,
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

void
edit_test_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (fixture->window != NULL)
    gui_test_destroy_window ((MarsadWindow *) fixture->window);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_clear_object (&fixture->app);
}

guint
edit_test_count_articles (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadCollection) c = marsad_collection_open (path, &error);

  g_assert_no_error (error);
  return marsad_collection_count_articles (c);
}

void
edit_test_assert_integrity (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  /* only read, but not opened read-only: a WAL file with no -shm beside it
   * then answers SQLITE_BUSY */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 10000);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check;", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}
