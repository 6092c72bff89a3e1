/* marsad-collection-store.c: articles in, articles out
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"
#include "marsad-collection-private.h"

#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "marsad-document-json.h"

static char *
hash_text (const char *text)
{
  const char *start = text, *end = text + strlen (text);

  /* the same text with another trailing newline is the same article */
  while (start < end && g_ascii_isspace (*start))
    start++;
  while (end > start && g_ascii_isspace (end[-1]))
    end--;
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) start, end - start);
}

static char *
format_date (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

/* A plain text has no title: its first line stands in, as in the window. */
static char *
first_line (const char *text)
{
  const char *start = text, *end;

  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  end = start;
  while (*end != '\0' && *end != '\n' && end - start < 400)
    end = g_utf8_next_char (end);
  return end > start ? g_strstrip (g_strndup (start, end - start)) : NULL;
}

static char *
actors_to_json (const MarsadEvent *event)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; event->actors != NULL && i < event->actors->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (event->actors, i));
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

gboolean
marsad_collection_store_events (MarsadCollection     *self,
                                gint64                article_id,
                                const char           *hash,
                                const MarsadDocument *doc,
                                GError              **error)
{
  g_autoptr(MarsadStmt) clear = NULL;
  g_autoptr(MarsadStmt) insert = NULL;
  g_autoptr(MarsadStmt) point = NULL;

  /* the map index first (no trigger keeps it: see migration 2 → 3) */
  clear = marsad_collection_prepare (self,
    "DELETE FROM event_points WHERE id IN (SELECT id FROM events WHERE article_id = ?1);", error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, article_id);
  if (sqlite3_step (clear) != SQLITE_DONE)
    return marsad_collection_fail (self, error);
  g_clear_pointer (&clear, sqlite3_finalize);

  clear = marsad_collection_prepare (self, "DELETE FROM events WHERE article_id = ?;", error);
  insert = clear == NULL ? NULL : marsad_collection_prepare (self,
    "INSERT INTO events (article_id, event_id, anchor, type, sub_type, date_start, date_end,"
    " time_precision, place_name, place_name_en, place_kind, country, admin1, source_id,"
    " approximate, lat, lon, actors, fatalities, background, sentence)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21);",
    error);
  point = insert == NULL ? NULL : marsad_collection_prepare (self,
    "INSERT INTO event_points (id, min_lon, max_lon, min_lat, max_lat) VALUES (?1, ?2, ?2, ?3, ?3);",
    error);
  if (point == NULL)
    return FALSE;

  sqlite3_bind_int64 (clear, 1, article_id);
  if (sqlite3_step (clear) != SQLITE_DONE)
    return marsad_collection_fail (self, error);

  for (guint i = 0; i < doc->events->len; i++)
    {
      const MarsadEvent *e = g_ptr_array_index (doc->events, i);
      const MarsadPlace *p = e->place_id != NULL ? marsad_document_find_place (doc, e->place_id) : NULL;
      g_autofree char *anchor = g_strdup_printf ("%.16s:%u", hash, e->trigger.start);
      g_autofree char *actors = actors_to_json (e);
      g_autofree char *sentence = NULL;
      int lowest, highest;

      if (doc->sentences != NULL && e->sentence < doc->sentences->len)
        {
          const MarsadSpan *span = &g_array_index (doc->sentences, MarsadSpan, e->sentence);

          sentence = g_strstrip (marsad_document_dup_span (doc, span->start, span->end));
        }

      sqlite3_reset (insert);
      sqlite3_clear_bindings (insert);
      sqlite3_bind_int64 (insert, 1, article_id);
      marsad_stmt_bind_text (insert, 2, e->id);
      marsad_stmt_bind_text (insert, 3, anchor);
      marsad_stmt_bind_text (insert, 4, e->type);
      marsad_stmt_bind_text (insert, 5, e->sub_type);
      marsad_stmt_bind_text (insert, 6, e->date_start);
      marsad_stmt_bind_text (insert, 7, e->date_end);
      sqlite3_bind_int (insert, 8, e->time_precision);
      if (p != NULL)
        {
          marsad_stmt_bind_text (insert, 9, p->name);
          marsad_stmt_bind_text (insert, 10, p->name_en);
          marsad_stmt_bind_text (insert, 11, p->kind);
          marsad_stmt_bind_text (insert, 12, p->country);
          marsad_stmt_bind_text (insert, 13, p->admin1);
          marsad_stmt_bind_text (insert, 14, p->source_id);
          sqlite3_bind_int (insert, 15, p->approximate);
          sqlite3_bind_double (insert, 16, p->lat);
          sqlite3_bind_double (insert, 17, p->lon);
        }
      else
        sqlite3_bind_int (insert, 15, 0);
      marsad_stmt_bind_text (insert, 18, actors);
      if (marsad_event_get_fatalities (e, &lowest, &highest))
        sqlite3_bind_int (insert, 19, lowest);
      sqlite3_bind_int (insert, 20, e->background);
      marsad_stmt_bind_text (insert, 21, sentence);
      if (sqlite3_step (insert) != SQLITE_DONE)
        return marsad_collection_fail (self, error);

      if (p != NULL)
        {
          sqlite3_reset (point);
          sqlite3_bind_int64 (point, 1, sqlite3_last_insert_rowid (self->db));
          sqlite3_bind_double (point, 2, p->lon);
          sqlite3_bind_double (point, 3, p->lat);
          if (sqlite3_step (point) != SQLITE_DONE)
            return marsad_collection_fail (self, error);
        }
    }
  return TRUE;
}

gboolean
marsad_collection_add_document (MarsadCollection          *self,
                                const MarsadDocument      *doc,
                                const MarsadArticleSource *source,
                                gint64                    *article_id,
                                gboolean                  *added,
                                GError                   **error)
{
  g_autofree char *hash = hash_text (doc->text);
  g_autofree char *published = format_date (doc->published);
  g_autofree char *analysis = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *added_at = g_date_time_format_iso8601 (now);
  g_autoptr(MarsadStmt) find = NULL;
  g_autoptr(MarsadStmt) insert = NULL;
  g_autofree char *line = NULL;
  const char *title = source != NULL && source->title != NULL ? source->title : doc->title;
  gint64 id;

  if (title == NULL)
    title = line = first_line (doc->text);
  if (added != NULL)
    *added = FALSE;
  if (!marsad_collection_exec (self, "BEGIN IMMEDIATE;", error))
    return FALSE;

  find = marsad_collection_prepare (self, "SELECT id FROM articles WHERE hash = ?;", error);
  if (find == NULL)
    goto fail;
  marsad_stmt_bind_text (find, 1, hash);
  switch (sqlite3_step (find))
    {
    case SQLITE_ROW:
      if (article_id != NULL)
        *article_id = sqlite3_column_int64 (find, 0);
      g_clear_pointer (&find, sqlite3_finalize);
      return marsad_collection_exec (self, "COMMIT;", error);
    case SQLITE_DONE:
      break;
    default:
      marsad_collection_fail (self, error);
      goto fail;
    }

  analysis = marsad_document_to_json_string (doc, MARSAD_JSON_SAVED_ANALYSIS, FALSE);
  insert = marsad_collection_prepare (self,
    "INSERT INTO articles (hash, title, outlet, url, published, text, analysis, added)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?);", error);
  if (insert == NULL)
    goto fail;
  marsad_stmt_bind_text (insert, 1, hash);
  marsad_stmt_bind_text (insert, 2, title);
  marsad_stmt_bind_text (insert, 3, source != NULL ? source->outlet : NULL);
  marsad_stmt_bind_text (insert, 4, source != NULL ? source->url : NULL);
  marsad_stmt_bind_text (insert, 5, published);
  marsad_stmt_bind_text (insert, 6, doc->text);
  marsad_stmt_bind_text (insert, 7, analysis);
  marsad_stmt_bind_text (insert, 8, added_at);
  if (sqlite3_step (insert) != SQLITE_DONE)
    {
      marsad_collection_fail (self, error);
      goto fail;
    }
  id = sqlite3_last_insert_rowid (self->db);
  /* the search index, in the same transaction (no trigger keeps it: see
   * migration 2 → 3) */
  g_clear_pointer (&insert, sqlite3_finalize);
  insert = marsad_collection_prepare (self,
    "INSERT INTO article_search (rowid, title, text) VALUES (?, ?, ?);", error);
  if (insert == NULL)
    goto fail;
  sqlite3_bind_int64 (insert, 1, id);
  marsad_stmt_bind_text (insert, 2, title);
  marsad_stmt_bind_text (insert, 3, doc->text);
  if (sqlite3_step (insert) != SQLITE_DONE)
    {
      marsad_collection_fail (self, error);
      goto fail;
    }
  if (!marsad_collection_store_events (self, id, hash, doc, error) ||
      !marsad_collection_exec (self, "COMMIT;", error))
    goto fail;

  if (article_id != NULL)
    *article_id = id;
  if (added != NULL)
    *added = TRUE;
  return TRUE;

fail:
  g_clear_pointer (&find, sqlite3_finalize);
  g_clear_pointer (&insert, sqlite3_finalize);
  sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
  return FALSE;
}

void
marsad_article_info_free (MarsadArticleInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->title);
  g_free (info->outlet);
  g_free (info->url);
  g_free (info->published);
  g_free (info);
}

/* An FTS5 string: the whole term, quotes doubled, so that no word of it
 * is read as FTS5 syntax (AND, NEAR, a column filter). */
static char *
fts_phrase (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "\"", -1);
  g_autofree char *joined = g_strjoinv ("\"\"", parts);

  return g_strconcat ("\"", joined, "\"", NULL);
}

char *
marsad_collection_text_condition (const char  *column,
                                  const char  *param,
                                  const char  *text,
                                  char       **value)
{
  /* trigram needs three characters; shorter terms scan the texts */
  if (g_utf8_strlen (text, -1) >= 3)
    {
      *value = fts_phrase (text);
      return g_strdup_printf ("%s IN (SELECT rowid FROM article_search WHERE article_search MATCH %s)",
                              column, param);
    }
  *value = g_strdup (text);
  return g_strdup_printf ("%s IN (SELECT id FROM articles WHERE instr (text, %s) > 0 OR instr (title, %s) > 0)",
                          column, param, param);
}

GPtrArray *
marsad_collection_list_articles (MarsadCollection *self,
                                 const char       *text,
                                 GError          **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) marsad_article_info_free);
  g_autoptr(MarsadStmt) stmt = NULL;
  g_autofree char *condition = NULL;
  g_autofree char *value = NULL;
  g_autofree char *sql = NULL;
  int rc;

  if (text != NULL && *text != '\0')
    condition = marsad_collection_text_condition ("a.id", "?1", text, &value);
  sql = g_strdup_printf ("SELECT a.id, a.title, a.outlet, a.url, a.published,"
                         " (SELECT count(*) FROM events e WHERE e.article_id = a.id AND e.background = 0)"
                         " FROM articles a %s%s ORDER BY a.id;",
                         condition != NULL ? "WHERE " : "", condition != NULL ? condition : "");
  if ((stmt = marsad_collection_prepare (self, sql, error)) == NULL)
    return NULL;
  if (value != NULL)
    marsad_stmt_bind_text (stmt, 1, value);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MarsadArticleInfo *info = g_new0 (MarsadArticleInfo, 1);

      info->id = sqlite3_column_int64 (stmt, 0);
      info->title = marsad_stmt_dup_text (stmt, 1);
      info->outlet = marsad_stmt_dup_text (stmt, 2);
      info->url = marsad_stmt_dup_text (stmt, 3);
      info->published = marsad_stmt_dup_text (stmt, 4);
      info->n_events = (guint) sqlite3_column_int (stmt, 5);
      g_ptr_array_add (out, info);
    }
  if (rc != SQLITE_DONE)
    {
      marsad_collection_fail (self, error);
      return NULL;
    }
  return g_steal_pointer (&out);
}

guint
marsad_collection_count_articles (MarsadCollection *self)
{
  g_autoptr(MarsadStmt) stmt = marsad_collection_prepare (self, "SELECT count(*) FROM articles;", NULL);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  return (guint) sqlite3_column_int (stmt, 0);
}

MarsadDocument *
marsad_collection_load_document (MarsadCollection *self,
                                 gint64            article_id,
                                 GError          **error)
{
  g_autoptr(MarsadStmt) stmt = NULL;
  g_autofree char *name = NULL;
  const char *analysis;

  stmt = marsad_collection_prepare (self, "SELECT analysis FROM articles WHERE id = ?;", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, article_id);
  switch (sqlite3_step (stmt))
    {
    case SQLITE_ROW:
      break;
    case SQLITE_DONE:
      g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_NOT_FOUND,
                   _("%s: no article %lld"), self->path, (long long) article_id);
      return NULL;
    default:
      /* busy, damaged: not the same as no such article */
      marsad_collection_fail (self, error);
      return NULL;
    }
  name = g_strdup_printf ("%s#%" G_GINT64_FORMAT, self->path, article_id);
  /* NOT NULL in the schema, but the file may be forged */
  if ((analysis = (const char *) sqlite3_column_text (stmt, 0)) == NULL)
    {
      g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_DATABASE,
                   _("%s: the article has no analysis"), name);
      return NULL;
    }
  return marsad_document_from_json_data (name, analysis, strlen (analysis), error);
}
