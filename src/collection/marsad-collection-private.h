/* marsad-collection-private.h: what the collection's files share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "marsad-collection.h"

G_BEGIN_DECLS

struct _MarsadCollection
{
  sqlite3 *db;
  char    *path;
};

typedef sqlite3_stmt MarsadStmt;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadStmt, sqlite3_finalize)

/* Sets error from the connection's last failure, naming the file. */
gboolean    marsad_collection_fail     (MarsadCollection *self,
                                        GError          **error);
gboolean    marsad_collection_exec     (MarsadCollection *self,
                                        const char       *sql,
                                        GError          **error);
MarsadStmt *marsad_collection_prepare  (MarsadCollection *self,
                                        const char       *sql,
                                        GError          **error);
/* Binds a UTF-8 string, NULL as SQL NULL. */
void        marsad_stmt_bind_text      (MarsadStmt       *stmt,
                                        int               column,
                                        const char       *value);
char       *marsad_stmt_dup_text       (MarsadStmt       *stmt,
                                        int               column);

/* For the migration tests: a new collection at an older schema version. */
MarsadCollection *marsad_collection_create_at_version (const char  *path,
                                                       int          version,
                                                       GError     **error);

/* marsad-collection-store.c: the events table rows of one analysis. */
gboolean    marsad_collection_store_events (MarsadCollection     *self,
                                            gint64                article_id,
                                            const char           *hash,
                                            const MarsadDocument *doc,
                                            GError              **error);
/* marsad-collection-events.c: fuses the file's events again, in the
 * caller's transaction. */
gboolean    marsad_collection_fuse_locked (MarsadCollection *self,
                                           GError          **error);
/* The SQL condition on `column` (an article id) for a text search, bound
 * to parameter `param`; *value receives what to bind. */
char       *marsad_collection_text_condition (const char  *column,
                                              const char  *param,
                                              const char  *text,
                                              char       **value);
/* marsad-collection-corrections.c: applies an article's recorded corrections
 * to doc; returns how many still applied. */
guint       marsad_collection_apply_corrections (MarsadCollection *self,
                                                 gint64            article_id,
                                                 MarsadDocument   *doc,
                                                 GError          **error);

G_END_DECLS
