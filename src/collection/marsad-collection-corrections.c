/* marsad-collection-corrections.c: the user's corrections, kept apart
 *
 * A correction is recorded against the text, not against the analysis's
 * ids (which a new extractor may number differently): a place by the
 * offset of one of its mentions, an event by the offset of its trigger.
 * After a re-analysis each correction finds its place or event again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"
#include "marsad-collection-private.h"
#include "marsad-dates.h"

#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "marsad-document-json.h"

static MarsadPlace *
find_place_at (MarsadDocument *doc,
               guint           offset)
{
  for (guint i = 0; i < doc->places->len; i++)
    {
      MarsadPlace *p = g_ptr_array_index (doc->places, i);

      for (guint m = 0; p->mentions != NULL && m < p->mentions->len; m++)
        if (g_array_index (p->mentions, MarsadMention, m).start == offset)
          return p;
    }
  return NULL;
}

static guint
find_event_at (MarsadDocument *doc,
               guint           trigger)
{
  for (guint i = 0; i < doc->events->len; i++)
    if (((MarsadEvent *) g_ptr_array_index (doc->events, i))->trigger.start == trigger)
      return i;
  return G_MAXUINT;
}

/* The members of a correction, read without trusting the file: a member
 * of another type is as good as absent (json-glib's _with_default getters
 * would emit a critical). */
static JsonNode *
value_member (JsonObject *c,
              const char *member,
              GType       type)
{
  JsonNode *node = json_object_get_member (c, member);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type ? node : NULL;
}

static const char *
string_member (JsonObject *c,
               const char *member)
{
  JsonNode *node = value_member (c, member, G_TYPE_STRING);

  return node != NULL ? json_node_get_string (node) : NULL;
}

static double
double_member (JsonObject *c,
               const char *member,
               double      fallback)
{
  JsonNode *node = value_member (c, member, G_TYPE_DOUBLE);

  if (node == NULL)
    node = value_member (c, member, G_TYPE_INT64);
  return node != NULL ? json_node_get_double (node) : fallback;
}

/* Applies one correction; FALSE when its place or event is gone, or when
 * it is not a correction. */
static gboolean
apply (MarsadDocument *doc,
       JsonObject     *c)
{
  const char *kind = string_member (c, "kind");
  JsonNode *at_node = value_member (c, "at", G_TYPE_INT64);
  gint64 at64 = at_node != NULL ? json_node_get_int (at_node) : -1;
  guint at;

  if (kind == NULL || at64 < 0 || at64 > G_MAXUINT - 1)
    return FALSE;
  at = (guint) at64;

  if (g_str_equal (kind, "place"))
    {
      MarsadPlace *p = find_place_at (doc, at);

      if (p == NULL)
        return FALSE;
      p->lat = double_member (c, "lat", p->lat);
      p->lon = double_member (c, "lon", p->lon);
      p->approximate = FALSE;
      return TRUE;
    }
  if (g_str_equal (kind, "event"))
    {
      guint i = find_event_at (doc, at);
      JsonNode *type_node = json_object_get_member (c, "type");
      const char *type = string_member (c, "type");
      MarsadEvent *e;

      /* no type (null) removes the event; a type of another shape is no correction */
      if (i == G_MAXUINT || (type == NULL && type_node != NULL && !JSON_NODE_HOLDS_NULL (type_node)))
        return FALSE;
      if (type == NULL)
        {
          g_ptr_array_remove_index (doc->events, i);
          return TRUE;
        }
      e = g_ptr_array_index (doc->events, i);
      g_free (e->type);
      g_free (e->sub_type);
      e->type = g_strdup (type);
      e->sub_type = g_strdup (string_member (c, "sub_type"));
      return TRUE;
    }
  return FALSE;
}

guint
marsad_collection_apply_corrections (MarsadCollection *self,
                                     gint64            article_id,
                                     MarsadDocument   *doc,
                                     GError          **error)
{
  g_autoptr(MarsadStmt) stmt = marsad_collection_prepare (self,
    "SELECT correction FROM corrections WHERE article_id = ? ORDER BY id;", error);
  guint applied = 0;
  int rc;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, article_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      const char *json = (const char *) sqlite3_column_text (stmt, 0);
      JsonNode *root;

      if (json != NULL && marsad_json_depth_ok (json, -1, MARSAD_JSON_MAX_DEPTH) &&
          json_parser_load_from_data (parser, json, -1, NULL) &&
          (root = json_parser_get_root (parser)) != NULL && JSON_NODE_HOLDS_OBJECT (root) &&
          apply (doc, json_node_get_object (root)))
        applied++;
    }
  /* busy or damaged: not the same as no corrections */
  if (rc != SQLITE_DONE)
    {
      marsad_collection_fail (self, error);
      return 0;
    }
  return applied;
}

static char *
article_hash (MarsadCollection *self,
              gint64            article_id)
{
  g_autoptr(MarsadStmt) stmt = marsad_collection_prepare (self,
    "SELECT hash FROM articles WHERE id = ?;", NULL);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, article_id);
  return sqlite3_step (stmt) == SQLITE_ROW ? marsad_stmt_dup_text (stmt, 0) : NULL;
}

/* Stores doc as the article's analysis and its events (in the caller's
 * transaction). */
static gboolean
store_analysis (MarsadCollection     *self,
                gint64                article_id,
                const MarsadDocument *doc,
                GError              **error)
{
  g_autofree char *hash = article_hash (self, article_id);
  g_autofree char *analysis = marsad_document_to_json_string (doc, MARSAD_JSON_SAVED_ANALYSIS, FALSE);
  g_autoptr(MarsadStmt) stmt = marsad_collection_prepare (self,
    "UPDATE articles SET analysis = ? WHERE id = ?;", error);

  if (stmt == NULL)
    return FALSE;
  marsad_stmt_bind_text (stmt, 1, analysis);
  sqlite3_bind_int64 (stmt, 2, article_id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return marsad_collection_fail (self, error);
  return marsad_collection_store_events (self, article_id, hash, doc, error);
}

static gboolean
record (MarsadCollection *self,
        gint64            article_id,
        JsonBuilder      *builder,
        GError          **error)
{
  g_autoptr(MarsadDocument) doc = NULL;
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *json = json_to_string (root, FALSE);
  g_autoptr(MarsadStmt) stmt = NULL;

  /* the analysis is read under the write lock: another process correcting
   * the same article at once waits, and neither correction is lost */
  if (!marsad_collection_exec (self, "BEGIN IMMEDIATE;", error))
    return FALSE;
  if ((doc = marsad_collection_load_document (self, article_id, error)) == NULL)
    goto fail;
  apply (doc, json_node_get_object (root));

  stmt = marsad_collection_prepare (self,
    "INSERT INTO corrections (article_id, correction) VALUES (?, ?);", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, article_id);
  marsad_stmt_bind_text (stmt, 2, json);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      marsad_collection_fail (self, error);
      goto fail;
    }
  /* the events fused again in the same transaction: a correction is kept
   * whole with its fusion, or not at all */
  if (!store_analysis (self, article_id, doc, error) ||
      !marsad_collection_fuse_locked (self, error) ||
      !marsad_collection_exec (self, "COMMIT;", error))
    goto fail;
  return TRUE;

fail:
  g_clear_pointer (&stmt, sqlite3_finalize);
  sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
  return FALSE;
}

gboolean
marsad_collection_correct_place (MarsadCollection *self,
                                 gint64            article_id,
                                 const char       *place_id,
                                 double            lat,
                                 double            lon,
                                 GError          **error)
{
  g_autoptr(MarsadDocument) doc = marsad_collection_load_document (self, article_id, error);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  MarsadPlace *place;

  if (doc == NULL)
    return FALSE;
  place = marsad_document_find_place (doc, place_id);
  if (place == NULL || place->mentions == NULL || place->mentions->len == 0)
    {
      g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_NOT_FOUND,
                   _("%s: article %lld has no place %s"), self->path, (long long) article_id, place_id);
      return FALSE;
    }
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, "place");
  json_builder_set_member_name (builder, "at");
  json_builder_add_int_value (builder, g_array_index (place->mentions, MarsadMention, 0).start);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, place->name);
  json_builder_set_member_name (builder, "lat");
  json_builder_add_double_value (builder, lat);
  json_builder_set_member_name (builder, "lon");
  json_builder_add_double_value (builder, lon);
  json_builder_end_object (builder);
  return record (self, article_id, builder, error);
}

gboolean
marsad_collection_correct_event (MarsadCollection *self,
                                 gint64            article_id,
                                 const char       *event_id,
                                 const char       *type,
                                 const char       *sub_type,
                                 GError          **error)
{
  g_autoptr(MarsadDocument) doc = marsad_collection_load_document (self, article_id, error);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  MarsadEvent *event;

  if (doc == NULL)
    return FALSE;
  if ((event = marsad_document_find_event (doc, event_id)) == NULL)
    {
      g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_NOT_FOUND,
                   _("%s: article %lld has no event %s"), self->path, (long long) article_id, event_id);
      return FALSE;
    }
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, "event");
  json_builder_set_member_name (builder, "at");
  json_builder_add_int_value (builder, event->trigger.start);
  json_builder_set_member_name (builder, "type");
  if (type != NULL)
    json_builder_add_string_value (builder, type);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "sub_type");
  if (sub_type != NULL)
    json_builder_add_string_value (builder, sub_type);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);
  return record (self, article_id, builder, error);
}

gboolean
marsad_collection_reanalyse (MarsadCollection *self,
                             MarsadExtractor  *extractor,
                             GError          **error)
{
  g_autoptr(MarsadStmt) list = marsad_collection_prepare (self,
    "SELECT id, text, title, published FROM articles ORDER BY id;", error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  if (list == NULL)
    return FALSE;
  while ((rc = sqlite3_step (list)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (list, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    return marsad_collection_fail (self, error);
  g_clear_pointer (&list, sqlite3_finalize);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(MarsadStmt) stmt = marsad_collection_prepare (self,
        "SELECT text, title, published FROM articles WHERE id = ?;", error);
      g_autoptr(MarsadDocument) doc = NULL;
      g_autoptr(GError) read_error = NULL;
      const char *published;
      g_autoptr(GDate) date = g_date_new ();

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        continue;
      doc = marsad_document_new_from_text ((const char *) sqlite3_column_text (stmt, 0), -1, error);
      if (doc == NULL)
        return FALSE;
      doc->title = marsad_stmt_dup_text (stmt, 1);
      published = (const char *) sqlite3_column_text (stmt, 2);
      if (marsad_date_parse_iso (published, date))
        marsad_document_set_published (doc, date);
      g_clear_pointer (&stmt, sqlite3_finalize);

      if (!marsad_extractor_run (extractor, doc, NULL, NULL, NULL, error))
        return FALSE;
      if (!marsad_collection_exec (self, "BEGIN IMMEDIATE;", error))
        return FALSE;
      /* a failure to read the corrections, even with error NULL, stops here:
       * never a new analysis stored without them */
      marsad_collection_apply_corrections (self, id, doc, &read_error);
      if (read_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&read_error));
          goto fail;
        }
      if (!store_analysis (self, id, doc, error) || !marsad_collection_exec (self, "COMMIT;", error))
        goto fail;
      continue;
    fail:
      sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
      return FALSE;
    }
  return marsad_collection_fuse (self, error);
}
