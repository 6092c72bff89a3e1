/* marsad-collection-choices.c: the user's split and merge choices, kept
 * in the file and applied by every fusion after
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"
#include "marsad-collection-private.h"

#include <glib/gi18n.h>

static gboolean
record_choice (MarsadCollection *self,
               const char       *a,
               const char       *b,
               gboolean          together,
               GError          **error)
{
  g_autoptr(MarsadStmt) stmt = marsad_collection_prepare (self,
    "INSERT OR REPLACE INTO fusion_choices (key_a, key_b, together) VALUES (?, ?, ?);", error);

  if (stmt == NULL)
    return FALSE;
  /* one row per pair, whichever way it was chosen */
  marsad_stmt_bind_text (stmt, 1, g_strcmp0 (a, b) < 0 ? a : b);
  marsad_stmt_bind_text (stmt, 2, g_strcmp0 (a, b) < 0 ? b : a);
  sqlite3_bind_int (stmt, 3, together);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return marsad_collection_fail (self, error);
  return TRUE;
}

/* The anchors of the reports fused as `fused_id`. */
static GPtrArray *
group_anchors (MarsadCollection *self,
               gint64            fused_id,
               GError          **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(MarsadStmt) stmt = marsad_collection_prepare (self,
    "SELECT anchor FROM events WHERE COALESCE (fused_id, id) = ? ORDER BY id;", error);

  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, fused_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (out, marsad_stmt_dup_text (stmt, 0));
  if (rc != SQLITE_DONE)
    {
      marsad_collection_fail (self, error);
      return NULL;
    }
  if (out->len == 0)
    {
      g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_NOT_FOUND,
                   _("%s: no event %lld"), self->path, (long long) fused_id);
      return NULL;
    }
  return g_steal_pointer (&out);
}

static gboolean
finish_choice (MarsadCollection *self,
               gboolean          ok,
               GError          **error)
{
  if (!ok || !marsad_collection_fuse_locked (self, error) || !marsad_collection_exec (self, "COMMIT;", error))
    {
      sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

gboolean
marsad_collection_split_event (MarsadCollection *self,
                               gint64            article_id,
                               const char       *event_id,
                               GError          **error)
{
  g_autoptr(MarsadStmt) stmt = NULL;
  g_autoptr(GPtrArray) others = NULL;
  g_autofree char *anchor = NULL;
  gint64 fused_id;
  gboolean ok = TRUE;

  if (!marsad_collection_exec (self, "BEGIN IMMEDIATE;", error))
    return FALSE;
  stmt = marsad_collection_prepare (self,
    "SELECT anchor, COALESCE (fused_id, id) FROM events WHERE article_id = ? AND event_id = ?;", error);
  if (stmt == NULL)
    return finish_choice (self, FALSE, error);
  sqlite3_bind_int64 (stmt, 1, article_id);
  marsad_stmt_bind_text (stmt, 2, event_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_NOT_FOUND,
                   _("%s: article %lld has no event %s"), self->path, (long long) article_id, event_id);
      return finish_choice (self, FALSE, error);
    }
  anchor = marsad_stmt_dup_text (stmt, 0);
  fused_id = sqlite3_column_int64 (stmt, 1);
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* apart from every other report it was fused with */
  if ((others = group_anchors (self, fused_id, error)) == NULL)
    return finish_choice (self, FALSE, error);
  for (guint i = 0; i < others->len && ok; i++)
    if (!g_str_equal (others->pdata[i], anchor))
      ok = record_choice (self, anchor, others->pdata[i], FALSE, error);
  return finish_choice (self, ok, error);
}

gboolean
marsad_collection_merge_events (MarsadCollection *self,
                                gint64            event_a,
                                gint64            event_b,
                                GError          **error)
{
  g_autoptr(GPtrArray) a = NULL;
  g_autoptr(GPtrArray) b = NULL;
  gboolean ok = TRUE;

  if (!marsad_collection_exec (self, "BEGIN IMMEDIATE;", error))
    return FALSE;
  if ((a = group_anchors (self, event_a, error)) == NULL ||
      (b = group_anchors (self, event_b, error)) == NULL)
    return finish_choice (self, FALSE, error);
  /* every pair, so that the merge holds even if one report is split off later */
  for (guint i = 0; i < a->len && ok; i++)
    for (guint j = 0; j < b->len && ok; j++)
      ok = record_choice (self, a->pdata[i], b->pdata[j], TRUE, error);
  return finish_choice (self, ok, error);
}
