/* marsad-collection-import.h: many articles into a collection, on every core
 *
 * Inputs are queued in order: files, folders (recursive: .txt, .html,
 * .htm and .marsad.json files), and JSON Lines streams, one article a line:
 * {"text"|"html", "published", "outlet", "url", "title"}; with `analysed`,
 * each line is instead an analysis that `marsad extract --jsonl` printed.
 * A pool of threads reads and analyses them; the thread that calls
 * marsad_importer_run() writes each article, in input order, in its own
 * transaction. A bad input is reported and skipped; the rest goes in.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-collection.h"

G_BEGIN_DECLS

typedef struct _MarsadImporter MarsadImporter;

typedef enum
{
  MARSAD_IMPORT_ADDED,
  MARSAD_IMPORT_DUPLICATE,   /* the same text is already in the collection */
  MARSAD_IMPORT_FAILED,      /* error says why */
} MarsadImportOutcome;

/* Called on the importing thread after each input is written (or failed):
 * `name` is the file or "FILE:LINE". */
typedef void (*MarsadImportFunc) (const char          *name,
                                  MarsadImportOutcome  outcome,
                                  gint64               article_id,
                                  const GError        *error,
                                  guint                done,
                                  gpointer             user_data);

typedef struct
{
  guint added;
  guint duplicates;
  guint failed;
} MarsadImportStats;

/* extractor may be NULL when every input is an analysis; n_threads 0 means
 * one per core. */
MarsadImporter *marsad_importer_new          (MarsadCollection *collection,
                                              MarsadExtractor  *extractor,
                                              guint             n_threads);
void            marsad_importer_free         (MarsadImporter   *self);
/* Applied to inputs that do not give their own. */
void            marsad_importer_set_defaults (MarsadImporter   *self,
                                              const GDate      *published,
                                              const char       *outlet,
                                              const char       *url);
/* A file or a folder; "-" is JSON Lines on standard input. */
void            marsad_importer_add_path     (MarsadImporter   *self,
                                              const char       *path);
/* One article's plain text (as pasted); name is used in messages. */
void            marsad_importer_add_text     (MarsadImporter   *self,
                                              const char       *text,
                                              const char       *name);
/* Lines are read while the import runs; name is used in messages. */
void            marsad_importer_add_jsonl    (MarsadImporter   *self,
                                              GInputStream     *stream,
                                              const char       *name,
                                              gboolean          analysed);
/* Imports everything queued, then fuses the collection's events. FALSE
 * only when the collection cannot be written or on cancellation; inputs
 * that fail are counted in stats and reported to func. */
gboolean        marsad_importer_run          (MarsadImporter    *self,
                                              MarsadImportFunc   func,
                                              gpointer           user_data,
                                              GCancellable      *cancellable,
                                              MarsadImportStats *stats,
                                              GError           **error);

/* How many inputs importing path would read (for a progress bar): a
 * named file counts once, a folder what it holds that looks like an
 * article (the same rules as marsad_importer_add_path()), a .jsonl file
 * its lines that are not blank. Stops early when cancelled. */
guint           marsad_import_count_path      (const char   *path,
                                               GCancellable *cancellable);

/* One JSON Lines article, not yet analysed (its publication date set), or
 * with `analysed` one analysis; *outlet, *url and *title (may be NULL)
 * receive what the line gives. The error names `name`. */
MarsadDocument *marsad_article_from_json_line (const char  *name,
                                               const char  *line,
                                               gboolean     analysed,
                                               char       **outlet,
                                               char       **url,
                                               char       **title,
                                               GError     **error);

/* The longest JSON Lines line read: an article, its HTML or its analysis
 * is far shorter; a longer line is skipped without being held in memory. */
#define MARSAD_JSONL_MAX_LINE (32 * 1024 * 1024)

/* Reads the next line of `lines` (without its "\n" or "\r\n"), at most
 * max_bytes long. NULL at the end of the stream (error unset), or with
 * error: MARSAD_COLLECTION_ERROR_INPUT for a line too long or not UTF-8,
 * which is skipped (the next call reads the line after it); any other
 * error is a failure to read, which ends the stream. */
char           *marsad_jsonl_read_line        (GDataInputStream *lines,
                                               gsize             max_bytes,
                                               GCancellable     *cancellable,
                                               GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadImporter, marsad_importer_free)

G_END_DECLS
