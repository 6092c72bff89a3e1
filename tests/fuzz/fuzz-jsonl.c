/* fuzz-jsonl.c: the collection's JSON Lines import, as `marsad collection
 * add FILE.marsad -` reads standard input (articles, analysed here), or for
 * an input that opens with byte 0x01 as `--analysed` reads it (analyses),
 * into a fresh collection; then the listing, a search, the fused events and
 * their exports. Criticals are fatal (fuzz_init).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "fuzz-common.h"

#include "marsad-collection.h"
#include "marsad-collection-export.h"
#include "marsad-collection-import.h"

static char *scratch_dir;

static void
remove_scratch_dir (void)
{
  g_rmdir (scratch_dir);
}

static void
remove_collection (const char *path)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static void
check_import (const char          *name,
              MarsadImportOutcome  outcome,
              gint64               article_id,
              const GError        *error,
              guint                done,
              gpointer             user_data)
{
  /* a failure always says why, naming where; an article stored has its id */
  if (outcome == MARSAD_IMPORT_FAILED)
    g_assert (error != NULL && error->message[0] != '\0');
  else
    g_assert (article_id > 0);
  g_assert (name != NULL && g_utf8_validate (name, -1, NULL));
}

static void
check_events (MarsadCollection *collection)
{
  static const MarsadEventFormat formats[] = {
    MARSAD_EVENT_FORMAT_GEOJSON, MARSAD_EVENT_FORMAT_CSV, MARSAD_EVENT_FORMAT_KML,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = marsad_collection_query_events (collection, NULL, &error);
  g_autofree char *json = NULL;
  g_autoptr(MarsadDocument) map = NULL;

  g_assert_no_error (error);
  json = marsad_collection_events_to_json (events, FALSE);
  g_assert (json != NULL && g_utf8_validate (json, -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GError) export_error = NULL;
      gsize len = 0;
      g_autofree char *out = marsad_collection_events_export (events, formats[i], &len, &export_error);

      g_assert (out != NULL || export_error != NULL);
      g_assert (out == NULL || g_utf8_validate (out, (gssize) len, NULL));
    }
  map = marsad_collection_events_to_document (events, "fuzz");
  g_assert (map != NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static MarsadExtractor *extractor;
  static guint serial;
  g_autoptr(MarsadCollection) collection = NULL;
  g_autoptr(MarsadImporter) importer = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  MarsadImportStats stats = { 0 };
  gboolean analysed;

  if (extractor == NULL)
    {
      fuzz_init ();
      extractor = marsad_extractor_new (NULL);
      g_assert (extractor != NULL);
      /* a collection a run: in memory when the system has a tmpfs, or
       * SQLite's syncs make the target wait on the disk */
      if (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) && g_access ("/dev/shm", W_OK) == 0)
        {
          scratch_dir = g_build_filename ("/dev/shm", "fuzz-jsonl-XXXXXX", NULL);
          if (g_mkdtemp (scratch_dir) == NULL)
            g_clear_pointer (&scratch_dir, g_free);
        }
      if (scratch_dir == NULL)
        scratch_dir = g_dir_make_tmp ("fuzz-jsonl-XXXXXX", NULL);
      g_assert (scratch_dir != NULL);
      atexit (remove_scratch_dir);
    }
  if (size > 64 * 1024)
    return 0;

  /* a leading 0x01 (never in JSON text) picks --analysed */
  analysed = size > 0 && data[0] == 0x01;
  if (analysed)
    {
      data++;
      size--;
    }

  path = g_strdup_printf ("%s/fuzz-%u.marsad", scratch_dir, serial++);
  remove_collection (path);
  collection = marsad_collection_create (path, &error);
  g_assert_no_error (error);

  stream = size > 0 ? g_memory_input_stream_new_from_data (g_memdup2 (data, size), (gssize) size, g_free)
                    : g_memory_input_stream_new ();
  /* one worker: the same input always imports the same way */
  importer = marsad_importer_new (collection, analysed ? NULL : extractor, 1);
  marsad_importer_add_jsonl (importer, stream, "fuzz", analysed);
  if (!marsad_importer_run (importer, check_import, NULL, NULL, &stats, &error))
    g_error ("the import failed on the collection itself: %s", error->message);
  g_assert (stats.added + stats.duplicates <= size);

  articles = marsad_collection_list_articles (collection, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, ==, stats.added);
  for (guint i = 0; i < articles->len; i++)
    {
      MarsadArticleInfo *info = g_ptr_array_index (articles, i);
      g_autoptr(MarsadDocument) doc = marsad_collection_load_document (collection, info->id, &error);

      g_assert_no_error (error);
      g_assert (doc != NULL);
    }
  /* a search of one, two and three letters (LIKE and FTS5 trigram) */
  found = marsad_collection_list_articles (collection, "في", &error);
  g_assert_no_error (error);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = marsad_collection_list_articles (collection, "غارة", &error);
  g_assert_no_error (error);
  check_events (collection);

  g_clear_pointer (&collection, marsad_collection_close);
  remove_collection (path);
  return 0;
}
