/* test-collection-service.c: the UI's collection requests run on one worker
 * thread, in order, and come back on the main loop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "marsad-collection-service.h"

typedef struct
{
  GMainLoop *loop;
  GThread   *main_thread;
  GPtrArray *order;        /* which callbacks ran, in order */
  guint      progress;
  gboolean   progress_on_main;
  gboolean   results_on_main;
  guint      pending;
  MarsadImportStats stats;
  GPtrArray *articles;
  GPtrArray *events;
  GError    *error;
} Fixture;

/* the collection's file and SQLite's write-ahead log and index beside it */
static void
remove_collection_files (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
}

static void
done (Fixture    *f,
      const char *what)
{
  f->results_on_main = f->results_on_main && g_thread_self () == f->main_thread;
  g_ptr_array_add (f->order, (gpointer) what);
  if (--f->pending == 0)
    g_main_loop_quit (f->loop);
}

static void
on_progress (const char          *name,
             MarsadImportOutcome  outcome,
             gint64               article_id,
             const GError        *error,
             guint                n,
             gpointer             user_data)
{
  Fixture *f = user_data;

  f->progress_on_main = f->progress_on_main && g_thread_self () == f->main_thread;
  g_assert_cmpint (outcome, ==, MARSAD_IMPORT_ADDED);
  f->progress++;
}

static void
on_imported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Fixture *f = user_data;

  g_assert_true (marsad_collection_service_import_finish (MARSAD_COLLECTION_SERVICE (source), result,
                                                          &f->stats, &f->error));
  done (f, "import");
}

static void
on_listed (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Fixture *f = user_data;

  f->articles = marsad_collection_service_list_articles_finish (MARSAD_COLLECTION_SERVICE (source),
                                                                result, &f->error);
  done (f, "list");
}

static void
on_queried (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Fixture *f = user_data;

  f->events = marsad_collection_service_query_events_finish (MARSAD_COLLECTION_SERVICE (source),
                                                             result, &f->error);
  done (f, "events");
}

static void
on_cancelled (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Fixture *f = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) none = marsad_collection_service_list_articles_finish (MARSAD_COLLECTION_SERVICE (source),
                                                                              result, &error);

  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  done (f, "cancelled");
}

static void
write_file (const char *dir,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

static void
test_in_order_on_main_loop (void)
{
  g_autofree char *dir = g_dir_make_tmp ("marsad-service-XXXXXX", NULL);
  g_autofree char *folder = g_build_filename (dir, "news", NULL);
  g_autofree char *path = g_build_filename (dir, "c.marsad", NULL);
  g_autoptr(MarsadExtractor) extractor = marsad_extractor_new (NULL);
  g_autoptr(MarsadCollectionService) service = marsad_collection_service_new (path, TRUE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  const char *paths[] = { folder, NULL };
  char type[64];
  MarsadCollectionFilter filter = { 0 };
  Fixture f = { 0 };

  g_assert_nonnull (extractor);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  write_file (folder, "1.txt", "الرمادي - قصفت طائرة مسيّرة موقعاً في الرمادي يوم الأحد.");
  write_file (folder, "2.txt", "الموصل - تظاهر المئات في الموصل يوم الأحد.");
  write_file (folder, "3.txt", "حلب - اندلعت اشتباكات بين فصيلين مسلحين في حلب يوم الأحد.");

  f.loop = g_main_loop_new (NULL, FALSE);
  f.main_thread = g_thread_self ();
  f.order = g_ptr_array_new ();
  f.progress_on_main = f.results_on_main = TRUE;

  marsad_collection_service_import_async (service, paths, extractor, on_progress, &f, NULL, on_imported, &f);
  marsad_collection_service_list_articles_async (service, NULL, NULL, on_listed, &f);
  /* the filter's strings are the caller's: the service copies them */
  g_strlcpy (type, "Protests", sizeof type);
  filter.type = type;
  marsad_collection_service_query_events_async (service, &filter, NULL, on_queried, &f);
  memset (type, 0, sizeof type);
  g_cancellable_cancel (cancellable);
  marsad_collection_service_list_articles_async (service, NULL, cancellable, on_cancelled, &f);
  f.pending = 4;
  g_main_loop_run (f.loop);

  g_assert_no_error (f.error);
  g_assert_true (f.results_on_main);
  g_assert_true (f.progress_on_main);
  g_assert_cmpuint (f.progress, ==, 3);
  g_assert_cmpuint (f.stats.added, ==, 3);
  /* one worker, in the order asked: the list sees the whole import */
  g_assert_cmpstr (f.order->pdata[0], ==, "import");
  g_assert_cmpstr (f.order->pdata[1], ==, "list");
  g_assert_cmpstr (f.order->pdata[2], ==, "events");
  g_assert_cmpuint (f.articles->len, ==, 3);
  for (guint i = 0; i < f.events->len; i++)
    g_assert_cmpstr (((MarsadCollectionEvent *) f.events->pdata[i])->type, ==, "Protests");
  g_assert_cmpuint (f.events->len, >=, 1);

  g_ptr_array_unref (f.articles);
  g_ptr_array_unref (f.events);
  g_ptr_array_unref (f.order);
  g_main_loop_unref (f.loop);
  /* the worker closes the file before the service is gone */
  g_clear_object (&service);
  {
    g_autoptr(MarsadCollection) c = marsad_collection_open (path, NULL);

    g_assert_nonnull (c);
    g_assert_cmpuint (marsad_collection_count_articles (c), ==, 3);
  }
  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("%u.txt", i);
      g_autofree char *file = g_build_filename (folder, name, NULL);

      g_unlink (file);
    }
  g_rmdir (folder);
  remove_collection_files (path);
  g_rmdir (dir);
}

/* What a progress bar counts before an import: the same rules as the
 * import's own walk of the folder. */
static void
test_count (void)
{
  g_autofree char *dir = g_dir_make_tmp ("marsad-service-XXXXXX", NULL);
  g_autofree char *sub = g_build_filename (dir, "sub", NULL);
  g_autofree char *notes = g_build_filename (dir, "notes.csv", NULL);
  g_autofree char *lines = g_build_filename (dir, "more.jsonl", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.txt", NULL);
  static const char *const names[] = { "1.txt", "2.html", "notes.csv", ".hidden.txt", "more.jsonl", NULL };

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  write_file (dir, "1.txt", "نص");
  write_file (dir, "2.html", "<p>نص</p>");
  write_file (dir, "notes.csv", "a,b");
  write_file (dir, ".hidden.txt", "نص");
  write_file (dir, "more.jsonl", "{\"text\": \"أ\"}\n\n  \n{\"text\": \"ب\"}\n");
  write_file (sub, "3.htm", "<p>نص</p>");
  /* 1.txt, 2.html, sub/3.htm and the two lines; not the CSV nor the hidden file */
  g_assert_cmpuint (marsad_import_count_path (dir, NULL), ==, 5);
  /* a file named is read whatever it is; a .jsonl is its lines */
  g_assert_cmpuint (marsad_import_count_path (notes, NULL), ==, 1);
  g_assert_cmpuint (marsad_import_count_path (lines, NULL), ==, 2);
  /* one that cannot be read is one failure */
  g_assert_cmpuint (marsad_import_count_path (missing, NULL), ==, 1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *file = g_build_filename (dir, names[i], NULL);

      g_unlink (file);
    }
  {
    g_autofree char *file = g_build_filename (sub, "3.htm", NULL);

    g_unlink (file);
  }
  g_rmdir (sub);
  g_rmdir (dir);
}

typedef struct
{
  GMainLoop        *loop;
  char             *name;
  MarsadImportStats stats;
} TextImport;

static void
on_text_progress (const char          *name,
                  MarsadImportOutcome  outcome,
                  gint64               article_id,
                  const GError        *error,
                  guint                n,
                  gpointer             user_data)
{
  TextImport *t = user_data;

  g_free (t->name);
  t->name = g_strdup (name);
}

static void
on_text_imported (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  TextImport *t = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (marsad_collection_service_import_finish (MARSAD_COLLECTION_SERVICE (source), result,
                                                          &t->stats, &error));
  g_assert_no_error (error);
  g_main_loop_quit (t->loop);
}

/* A pasted text is one article, named as the caller says; twice is once. */
static void
test_import_text (void)
{
  g_autofree char *dir = g_dir_make_tmp ("marsad-service-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "c.marsad", NULL);
  g_autoptr(MarsadExtractor) extractor = marsad_extractor_new (NULL);
  g_autoptr(MarsadCollectionService) service = marsad_collection_service_new (path, TRUE);
  const char *text = "الموصل - تظاهر المئات في الموصل يوم الأحد.\nوطالبوا بإصلاح شبكة الكهرباء.";
  TextImport t = { g_main_loop_new (NULL, FALSE), NULL, { 0 } };

  for (guint round = 0; round < 2; round++)
    {
      marsad_collection_service_import_text_async (service, text, "pasted", extractor, on_text_progress, &t,
                                                   NULL, on_text_imported, &t);
      g_main_loop_run (t.loop);
      g_assert_cmpstr (t.name, ==, "pasted");
      g_assert_cmpuint (t.stats.added, ==, round == 0 ? 1 : 0);
      g_assert_cmpuint (t.stats.duplicates, ==, round == 0 ? 0 : 1);
    }
  g_clear_object (&service);
  {
    g_autoptr(MarsadCollection) c = marsad_collection_open (path, NULL);
    g_autoptr(GPtrArray) articles = marsad_collection_list_articles (c, NULL, NULL);
    g_autoptr(MarsadDocument) doc = marsad_collection_load_document (c, ((MarsadArticleInfo *) articles->pdata[0])->id, NULL);

    g_assert_cmpuint (articles->len, ==, 1);
    /* the text as it was, its line break kept */
    g_assert_cmpstr (doc->text, ==, text);
  }
  g_free (t.name);
  g_main_loop_unref (t.loop);
  remove_collection_files (path);
  g_rmdir (dir);
}

static void
on_open_failed (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Fixture *f = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) none = marsad_collection_service_list_articles_finish (MARSAD_COLLECTION_SERVICE (source),
                                                                              result, &error);

  g_assert_null (none);
  g_assert_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_NOT_COLLECTION);
  done (f, "failed");
}

static void
test_not_a_collection (void)
{
  g_autofree char *dir = g_dir_make_tmp ("marsad-service-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "article.txt", NULL);
  g_autoptr(MarsadCollectionService) service = NULL;
  Fixture f = { 0 };

  g_assert_true (g_file_set_contents (path, "مقال عادي، لا مجموعة.", -1, NULL));
  service = marsad_collection_service_new (path, TRUE);
  f.loop = g_main_loop_new (NULL, FALSE);
  f.main_thread = g_thread_self ();
  f.order = g_ptr_array_new ();
  f.results_on_main = TRUE;
  /* every request says why, not only the first */
  marsad_collection_service_list_articles_async (service, NULL, NULL, on_open_failed, &f);
  marsad_collection_service_list_articles_async (service, NULL, NULL, on_open_failed, &f);
  f.pending = 2;
  g_main_loop_run (f.loop);
  g_assert_true (f.results_on_main);
  g_clear_object (&service);
  g_ptr_array_unref (f.order);
  g_main_loop_unref (f.loop);
  g_unlink (path);
  g_rmdir (dir);
}

typedef struct
{
  GMainLoop    *loop;
  GCancellable *cancellable;
  guint         progress;
  GError       *error;
} CancelFixture;

static void
cancel_on_first (const char          *name,
                 MarsadImportOutcome  outcome,
                 gint64               article_id,
                 const GError        *error,
                 guint                n,
                 gpointer             user_data)
{
  CancelFixture *f = user_data;

  if (f->progress++ == 0)
    g_cancellable_cancel (f->cancellable);
}

static void
on_import_cancelled (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  CancelFixture *f = user_data;

  g_assert_false (marsad_collection_service_import_finish (MARSAD_COLLECTION_SERVICE (source), result,
                                                           NULL, &f->error));
  g_main_loop_quit (f->loop);
}

/* The window's Cancel: the import stops between articles, what was stored stays. */
static void
test_cancel_import (void)
{
  g_autofree char *dir = g_dir_make_tmp ("marsad-service-XXXXXX", NULL);
  g_autofree char *folder = g_build_filename (dir, "news", NULL);
  g_autofree char *path = g_build_filename (dir, "c.marsad", NULL);
  g_autoptr(MarsadExtractor) extractor = marsad_extractor_new (NULL);
  g_autoptr(MarsadCollectionService) service = marsad_collection_service_new (path, TRUE);
  g_autoptr(MarsadCollection) c = NULL;
  const char *paths[] = { folder, NULL };
  CancelFixture f = { 0 };
  guint stored;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *name = g_strdup_printf ("%03u.txt", i);
      g_autofree char *text = g_strdup_printf ("الرمادي - قصفت طائرة مسيّرة موقعاً في الرمادي يوم الأحد، "
                                               "وهذا الخبر رقم %u.", i);

      write_file (folder, name, text);
    }
  f.loop = g_main_loop_new (NULL, FALSE);
  f.cancellable = g_cancellable_new ();
  marsad_collection_service_import_async (service, paths, extractor, cancel_on_first, &f,
                                          f.cancellable, on_import_cancelled, &f);
  g_main_loop_run (f.loop);
  g_assert_error (f.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_object (&service);

  /* what was stored is fused (the window shows it at once), read before
   * marsad_collection_open() would fuse it */
  {
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;

    /* only read, but not opened read-only: a WAL file with no -shm beside
     * it then answers SQLITE_BUSY */
    g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
    sqlite3_busy_timeout (db, 10000);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT COUNT (*) FROM events WHERE fused_id IS NULL;", -1, &stmt, NULL),
                     ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
    sqlite3_finalize (stmt);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT COUNT (*) FROM events;", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), >, 0);
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }

  c = marsad_collection_open (path, NULL);
  stored = marsad_collection_count_articles (c);
  g_test_message ("stored %u of 200 before the cancel took effect", stored);
  g_assert_cmpuint (stored, >=, 1);
  g_assert_cmpuint (stored, <, 200);
  g_clear_pointer (&c, marsad_collection_close);

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *name = g_strdup_printf ("%03u.txt", i);
      g_autofree char *file = g_build_filename (folder, name, NULL);

      g_unlink (file);
    }
  g_rmdir (folder);
  remove_collection_files (path);
  g_rmdir (dir);
  g_clear_error (&f.error);
  g_object_unref (f.cancellable);
  g_main_loop_unref (f.loop);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/collection-service/in-order-on-main-loop", test_in_order_on_main_loop);
  g_test_add_func ("/collection-service/not-a-collection", test_not_a_collection);
  g_test_add_func ("/collection-service/cancel-import", test_cancel_import);
  g_test_add_func ("/collection-service/count", test_count);
  g_test_add_func ("/collection-service/import-text", test_import_text);
  return g_test_run ();
}
