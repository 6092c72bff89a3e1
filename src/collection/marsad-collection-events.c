/* marsad-collection-events.c: fused events, filtered; fusion over the file
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"
#include "marsad-collection-private.h"

#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "marsad-document-json.h"
#include "marsad-fusion.h"

static void
event_source_free (MarsadEventSource *source)
{
  g_free (source->title);
  g_free (source->outlet);
  g_free (source->url);
  g_free (source->published);
  g_free (source->event_id);
  g_free (source);
}

void
marsad_collection_event_free (MarsadCollectionEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->type);
  g_free (event->sub_type);
  g_free (event->date_start);
  g_free (event->date_end);
  g_free (event->place_name);
  g_free (event->place_name_en);
  g_free (event->place_kind);
  g_free (event->country);
  g_free (event->admin1);
  g_free (event->source_id);
  g_free (event->reason);
  g_free (event->sentence);
  g_clear_pointer (&event->actors, g_ptr_array_unref);
  g_clear_pointer (&event->sources, g_ptr_array_unref);
  g_free (event);
}

gboolean
marsad_collection_event_get_fatalities (const MarsadCollectionEvent *event,
                                        int                         *lowest)
{
  gboolean any = FALSE;

  for (guint i = 0; i < event->sources->len; i++)
    {
      const MarsadEventSource *s = g_ptr_array_index (event->sources, i);

      if (s->fatalities >= 0 && (!any || s->fatalities < *lowest))
        {
          *lowest = s->fatalities;
          any = TRUE;
        }
    }
  return any;
}

static GStrv
parse_actors (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) out = g_ptr_array_new ();
  JsonNode *root;

  /* the file may come from elsewhere: no recursion into a hostile column */
  if (json != NULL && marsad_json_depth_ok (json, -1, MARSAD_JSON_MAX_DEPTH) &&
      json_parser_load_from_data (parser, json, -1, NULL) &&
      (root = json_parser_get_root (parser)) != NULL && JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *a = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          const char *s = json_node_get_string (json_array_get_element (a, i));

          if (s != NULL)
            g_ptr_array_add (out, g_strdup (s));
        }
    }
  g_ptr_array_add (out, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&out), FALSE);
}

/* The columns both queries read, in this order. */
#define EVENT_COLUMNS \
  "e.id, e.type, e.sub_type, e.date_start, e.date_end, e.time_precision, e.place_name," \
  " e.place_name_en, e.place_kind, e.country, e.admin1, e.source_id, e.approximate, e.lat, e.lon," \
  " e.actors, e.fatalities, e.background, e.sentence, e.article_id, e.event_id, e.anchor," \
  " a.title, a.outlet, a.url, a.published, COALESCE (e.fused_id, e.id), e.fusion_reason"

enum
{
  C_ID, C_TYPE, C_SUB_TYPE, C_DATE_START, C_DATE_END, C_PRECISION, C_PLACE_NAME,
  C_PLACE_NAME_EN, C_PLACE_KIND, C_COUNTRY, C_ADMIN1, C_SOURCE_ID, C_APPROXIMATE, C_LAT, C_LON,
  C_ACTORS, C_FATALITIES, C_BACKGROUND, C_SENTENCE, C_ARTICLE, C_EVENT_ID, C_ANCHOR,
  C_TITLE, C_OUTLET, C_URL, C_PUBLISHED, C_FUSED, C_REASON
};

static void
take_place (MarsadCollectionEvent *e,
            MarsadStmt            *stmt)
{
  g_free (e->place_name);
  g_free (e->place_name_en);
  g_free (e->place_kind);
  g_free (e->country);
  g_free (e->admin1);
  g_free (e->source_id);
  e->has_place = sqlite3_column_type (stmt, C_LAT) != SQLITE_NULL;
  e->place_name = marsad_stmt_dup_text (stmt, C_PLACE_NAME);
  e->place_name_en = marsad_stmt_dup_text (stmt, C_PLACE_NAME_EN);
  e->place_kind = marsad_stmt_dup_text (stmt, C_PLACE_KIND);
  e->country = marsad_stmt_dup_text (stmt, C_COUNTRY);
  e->admin1 = marsad_stmt_dup_text (stmt, C_ADMIN1);
  e->source_id = marsad_stmt_dup_text (stmt, C_SOURCE_ID);
  e->approximate = sqlite3_column_int (stmt, C_APPROXIMATE);
  e->lat = sqlite3_column_double (stmt, C_LAT);
  e->lon = sqlite3_column_double (stmt, C_LON);
}

static void
take_date (MarsadCollectionEvent *e,
           MarsadStmt            *stmt)
{
  g_free (e->date_start);
  g_free (e->date_end);
  e->date_start = marsad_stmt_dup_text (stmt, C_DATE_START);
  e->date_end = marsad_stmt_dup_text (stmt, C_DATE_END);
  e->time_precision = sqlite3_column_int (stmt, C_PRECISION);
}

/* How exactly a report places its event: a town or a site beats a
 * district, a district a province, a province a country. */
static int
place_rank (const char *kind,
            gboolean    has_place,
            gboolean    approximate)
{
  static const char *const points[] = {
    "city", "town", "village", "neighbourhood", "military_base", "airport", "camp", "facility",
  };

  if (!has_place || kind == NULL)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    if (g_str_equal (kind, points[i]))
      return approximate ? 4 : 5;
  if (g_str_equal (kind, "district"))
    return 3;
  if (g_str_equal (kind, "region"))
    return 2;
  return 1;
}

static MarsadCollectionEvent *
event_from_row (MarsadStmt *stmt)
{
  MarsadCollectionEvent *e = g_new0 (MarsadCollectionEvent, 1);

  e->id = sqlite3_column_int64 (stmt, C_FUSED);
  e->type = marsad_stmt_dup_text (stmt, C_TYPE);
  e->sub_type = marsad_stmt_dup_text (stmt, C_SUB_TYPE);
  take_date (e, stmt);
  take_place (e, stmt);
  e->background = sqlite3_column_int (stmt, C_BACKGROUND);
  e->sentence = marsad_stmt_dup_text (stmt, C_SENTENCE);
  e->actors = g_ptr_array_new_with_free_func (g_free);
  e->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) event_source_free);
  return e;
}

/* A fused event shows its most exact place and date among its reports
 * (the first report's when they are alike). */
static void
refine (MarsadCollectionEvent *e,
        MarsadStmt            *stmt)
{
  int precision = sqlite3_column_int (stmt, C_PRECISION);

  if (place_rank ((const char *) sqlite3_column_text (stmt, C_PLACE_KIND),
                  sqlite3_column_type (stmt, C_LAT) != SQLITE_NULL,
                  sqlite3_column_int (stmt, C_APPROXIMATE)) >
      place_rank (e->place_kind, e->has_place, e->approximate))
    take_place (e, stmt);
  if (precision != MARSAD_TIME_PRECISION_UNKNOWN &&
      (e->time_precision == MARSAD_TIME_PRECISION_UNKNOWN || precision < e->time_precision))
    take_date (e, stmt);
}

static void
add_source (MarsadCollectionEvent *e,
            MarsadStmt            *stmt)
{
  MarsadEventSource *s = g_new0 (MarsadEventSource, 1);
  g_auto(GStrv) actors = parse_actors ((const char *) sqlite3_column_text (stmt, C_ACTORS));

  s->article_id = sqlite3_column_int64 (stmt, C_ARTICLE);
  s->title = marsad_stmt_dup_text (stmt, C_TITLE);
  s->outlet = marsad_stmt_dup_text (stmt, C_OUTLET);
  s->url = marsad_stmt_dup_text (stmt, C_URL);
  s->published = marsad_stmt_dup_text (stmt, C_PUBLISHED);
  s->event_id = marsad_stmt_dup_text (stmt, C_EVENT_ID);
  s->fatalities = sqlite3_column_type (stmt, C_FATALITIES) != SQLITE_NULL ?
                  sqlite3_column_int (stmt, C_FATALITIES) : -1;
  g_ptr_array_add (e->sources, s);

  for (guint i = 0; actors[i] != NULL; i++)
    if (!g_ptr_array_find_with_equal_func (e->actors, actors[i], g_str_equal, NULL))
      g_ptr_array_add (e->actors, g_strdup (actors[i]));
  if (e->reason == NULL && e->sources->len > 1)
    e->reason = marsad_stmt_dup_text (stmt, C_REASON);
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const MarsadCollectionEvent *ea = *(MarsadCollectionEvent *const *) a;
  const MarsadCollectionEvent *eb = *(MarsadCollectionEvent *const *) b;
  int c = g_strcmp0 (ea->date_start, eb->date_start);

  if (c != 0)
    return c;
  return ea->id < eb->id ? -1 : ea->id > eb->id;
}

GPtrArray *
marsad_collection_query_events (MarsadCollection             *self,
                                const MarsadCollectionFilter *filter,
                                GError                      **error)
{
  static const MarsadCollectionFilter all = { 0 };
  g_autoptr(GString) where = g_string_new ("1");
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) marsad_collection_event_free);
  g_autoptr(MarsadStmt) stmt = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *text_value = NULL;
  MarsadCollectionEvent *current = NULL;
  int rc;

  if (filter == NULL)
    filter = &all;

  /* Named parameters: each condition binds its own. A date of the form
   * "2024-03" (a month) compares with the same length of the filter's date. */
  if (!filter->background)
    g_string_append (where, " AND h.background = 0");
  if (filter->from != NULL)
    g_string_append (where, " AND COALESCE (h.date_end, h.date_start)"
                            " >= substr (:from, 1, length (COALESCE (h.date_end, h.date_start)))");
  if (filter->to != NULL)
    g_string_append (where, " AND h.date_start <= :to");
  if (filter->type != NULL)
    g_string_append (where, " AND h.type = :type");
  if (filter->actor != NULL)
    g_string_append (where, " AND instr (h.actors, :actor) > 0");
  if (filter->country != NULL)
    g_string_append (where, " AND h.country = :country");
  /* an overlap, not a containment: the R*Tree stores each point as a box of
   * 32-bit floats rounded outwards, a little wider than the point */
  if (filter->has_bbox)
    g_string_append (where, " AND h.id IN (SELECT id FROM event_points WHERE max_lon >= :west"
                            " AND min_lon <= :east AND max_lat >= :south AND min_lat <= :north)"
                            " AND h.lon BETWEEN :west AND :east AND h.lat BETWEEN :south AND :north");
  if (filter->text != NULL && *filter->text != '\0')
    {
      g_autofree char *condition = marsad_collection_text_condition ("h.article_id", ":text",
                                                                     filter->text, &text_value);
      g_string_append_printf (where, " AND %s", condition);
    }

  sql = g_strdup_printf ("SELECT " EVENT_COLUMNS " FROM events e JOIN articles a ON a.id = e.article_id"
                         " WHERE COALESCE (e.fused_id, e.id) IN"
                         " (SELECT COALESCE (h.fused_id, h.id) FROM events h WHERE %s)"
                         " ORDER BY COALESCE (e.fused_id, e.id), a.published, e.id;", where->str);
  if ((stmt = marsad_collection_prepare (self, sql, error)) == NULL)
    return NULL;

#define BIND_TEXT(name, value) \
  if ((value) != NULL) marsad_stmt_bind_text (stmt, sqlite3_bind_parameter_index (stmt, name), value)
#define BIND_DOUBLE(name, value) \
  sqlite3_bind_double (stmt, sqlite3_bind_parameter_index (stmt, name), value)
  BIND_TEXT (":from", filter->from);
  BIND_TEXT (":to", filter->to);
  BIND_TEXT (":type", filter->type);
  BIND_TEXT (":actor", filter->actor);
  BIND_TEXT (":country", filter->country);
  BIND_TEXT (":text", text_value);
  if (filter->has_bbox)
    {
      BIND_DOUBLE (":west", filter->west);
      BIND_DOUBLE (":east", filter->east);
      BIND_DOUBLE (":south", filter->south);
      BIND_DOUBLE (":north", filter->north);
    }
#undef BIND_TEXT
#undef BIND_DOUBLE

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* a fused event is named by its first report's row */
      if (current == NULL || current->id != sqlite3_column_int64 (stmt, C_FUSED))
        {
          current = event_from_row (stmt);
          g_ptr_array_add (out, current);
        }
      else
        refine (current, stmt);
      add_source (current, stmt);
    }
  if (rc != SQLITE_DONE)
    {
      marsad_collection_fail (self, error);
      return NULL;
    }
  g_ptr_array_sort (out, compare_events);
  return g_steal_pointer (&out);
}

/* ---- fusion over the whole file ---- */

typedef struct
{
  gint64 id;
  char  *article;
  char  *key;
  char  *type, *date_start, *date_end, *place_name, *place_kind, *country, *admin1, *source_id;
  GStrv  actors;
} FusionRow;

static void
fusion_row_clear (gpointer data)
{
  FusionRow *r = data;

  g_free (r->article);
  g_free (r->key);
  g_free (r->type);
  g_free (r->date_start);
  g_free (r->date_end);
  g_free (r->place_name);
  g_free (r->place_kind);
  g_free (r->country);
  g_free (r->admin1);
  g_free (r->source_id);
  g_strfreev (r->actors);
}

static GArray *
read_choices (MarsadCollection *self,
              GPtrArray        *strings,
              GError          **error)
{
  g_autoptr(GArray) choices = g_array_new (FALSE, FALSE, sizeof (MarsadFusionChoice));
  g_autoptr(MarsadStmt) stmt = marsad_collection_prepare (self,
    "SELECT key_a, key_b, together FROM fusion_choices ORDER BY rowid;", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MarsadFusionChoice c;

      c.key_a = marsad_stmt_dup_text (stmt, 0);
      c.key_b = marsad_stmt_dup_text (stmt, 1);
      c.together = sqlite3_column_int (stmt, 2);
      g_ptr_array_add (strings, (char *) c.key_a);
      g_ptr_array_add (strings, (char *) c.key_b);
      g_array_append_val (choices, c);
    }
  if (rc != SQLITE_DONE)
    {
      marsad_collection_fail (self, error);
      return NULL;
    }
  return g_steal_pointer (&choices);
}

gboolean
marsad_collection_fuse_locked (MarsadCollection *self,
                               GError          **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (FusionRow));
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) choices = NULL;
  g_autofree MarsadFusionItem *items = NULL;
  g_autofree guint *group = NULL;
  g_autofree guint *sizes = NULL;
  g_autofree const char **reasons = NULL;
  g_autoptr(MarsadStmt) read = NULL;
  g_autoptr(MarsadStmt) write = NULL;
  int rc;

  g_array_set_clear_func (rows, fusion_row_clear);
  read = marsad_collection_prepare (self,
    "SELECT id, article_id, anchor, type, date_start, date_end, place_name, place_kind,"
    " country, admin1, source_id, actors, lat, lon, background, lat IS NOT NULL"
    " FROM events ORDER BY id;", error);
  if (read == NULL || (choices = read_choices (self, strings, error)) == NULL)
    return FALSE;

  items = g_new0 (MarsadFusionItem, 1);
  while ((rc = sqlite3_step (read)) == SQLITE_ROW)
    {
      FusionRow r = { 0 };

      r.id = sqlite3_column_int64 (read, 0);
      r.article = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (read, 1));
      r.key = marsad_stmt_dup_text (read, 2);
      r.type = marsad_stmt_dup_text (read, 3);
      r.date_start = marsad_stmt_dup_text (read, 4);
      r.date_end = marsad_stmt_dup_text (read, 5);
      r.place_name = marsad_stmt_dup_text (read, 6);
      r.place_kind = marsad_stmt_dup_text (read, 7);
      r.country = marsad_stmt_dup_text (read, 8);
      r.admin1 = marsad_stmt_dup_text (read, 9);
      r.source_id = marsad_stmt_dup_text (read, 10);
      r.actors = parse_actors ((const char *) sqlite3_column_text (read, 11));
      g_array_append_val (rows, r);

      items = g_renew (MarsadFusionItem, items, rows->len);
      items[rows->len - 1] = (MarsadFusionItem) {
        .lat = sqlite3_column_double (read, 12),
        .lon = sqlite3_column_double (read, 13),
        .background = sqlite3_column_int (read, 14),
        .has_place = sqlite3_column_int (read, 15),
      };
    }
  if (rc != SQLITE_DONE)
    return marsad_collection_fail (self, error);
  /* the strings live in rows, which no longer moves */
  for (guint i = 0; i < rows->len; i++)
    {
      FusionRow *r = &g_array_index (rows, FusionRow, i);
      MarsadFusionItem *it = &items[i];

      it->article = r->article;
      it->key = r->key;
      it->type = r->type;
      it->date_start = r->date_start;
      it->date_end = r->date_end;
      it->place_name = r->place_name;
      it->place_kind = r->place_kind;
      it->country = r->country;
      it->admin1 = r->admin1;
      it->source_id = r->source_id;
      it->actors = (const char *const *) r->actors;
    }

  group = marsad_fusion_group (items, rows->len, (const MarsadFusionChoice *) choices->data,
                               choices->len, &reasons);

  write = marsad_collection_prepare (self,
    /* only the rows that change: a re-fusion rewrites little of a large file */
    "UPDATE events SET fused_id = ?2, fusion_reason = ?3"
    " WHERE id = ?1 AND (fused_id IS NOT ?2 OR fusion_reason IS NOT ?3);", error);
  if (write == NULL)
    return FALSE;
  sizes = g_new0 (guint, MAX (rows->len, 1));
  for (guint i = 0; i < rows->len; i++)
    sizes[group[i]]++;
  for (guint i = 0; i < rows->len; i++)
    {
      guint root = group[i];
      /* a group of one has no reason to show */
      gboolean alone = sizes[root] == 1;

      sqlite3_reset (write);
      sqlite3_bind_int64 (write, 1, g_array_index (rows, FusionRow, i).id);
      sqlite3_bind_int64 (write, 2, g_array_index (rows, FusionRow, root).id);
      marsad_stmt_bind_text (write, 3, alone ? NULL : reasons[root]);
      if (sqlite3_step (write) != SQLITE_DONE)
        return marsad_collection_fail (self, error);
    }
  return TRUE;
}

gboolean
marsad_collection_fuse (MarsadCollection *self,
                        GError          **error)
{
  if (!marsad_collection_exec (self, "BEGIN IMMEDIATE;", error))
    return FALSE;
  if (!marsad_collection_fuse_locked (self, error) || !marsad_collection_exec (self, "COMMIT;", error))
    {
      sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}
