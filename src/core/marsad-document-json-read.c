/* marsad-document-json-read.c: reading a saved analysis back, checking
 * every offset against the text so that a damaged file is refused, never
 * trusted
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "marsad-document-json.h"

typedef struct
{
  const char *name;
  GError    **error;
  gboolean    failed;
} Reader;

static void
reader_fail (Reader     *r,
             const char *what)
{
  if (r->failed)
    return;
  r->failed = TRUE;
  g_set_error (r->error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
               _("%s: not a valid Marsad analysis (%s)"), r->name, what);
}

static char *
dup_member_string (JsonObject *o,
                   const char *member)
{
  JsonNode *node = json_object_get_member (o, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return g_strdup (json_node_get_string (node));
}

static gint64
member_int (JsonObject *o,
            const char *member,
            gint64      fallback)
{
  JsonNode *node = json_object_get_member (o, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return fallback;
  return json_node_get_int (node);
}

/* A number member, or fallback when it is missing or not a number. */
static double
member_double (JsonObject *o,
               const char *member,
               double      fallback)
{
  JsonNode *node = json_object_get_member (o, member);
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return fallback;
  type = json_node_get_value_type (node);
  return type == G_TYPE_DOUBLE || type == G_TYPE_INT64 ? json_node_get_double (node) : fallback;
}

/* A boolean member, or FALSE when it is missing or not a boolean. */
static gboolean
member_boolean (JsonObject *o,
                const char *member)
{
  JsonNode *node = json_object_get_member (o, member);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN &&
         json_node_get_boolean (node);
}

/* An array member, or NULL when it is missing or of another type: a
 * damaged file gets a message from the caller, never a critical. */
static JsonArray *
member_array (JsonObject *o,
              const char *member)
{
  JsonNode *node = json_object_get_member (o, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* Element i as an object, or NULL when it is something else. */
static JsonObject *
element_object (JsonArray *a,
                guint      i)
{
  JsonNode *node = json_array_get_element (a, i);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* Element i as an integer, or -1 when it is not a number. */
static gint64
element_int (JsonArray *a,
             guint      i)
{
  JsonNode *node = json_array_get_element (a, i);

  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64 ?
         json_node_get_int (node) : -1;
}

static gboolean
read_offset_span (Reader     *r,
                  JsonObject *o,
                  const char *member,
                  gsize       n_chars,
                  MarsadSpan *span)
{
  JsonNode *node = json_object_get_member (o, member);
  JsonArray *a;
  gint64 start, end;

  span->start = span->end = 0;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (a = json_node_get_array (node)) != 2)
    {
      reader_fail (r, member);
      return FALSE;
    }
  start = element_int (a, 0);
  end = element_int (a, 1);
  if (start < 0 || end < start || (guint64) end > n_chars)
    {
      reader_fail (r, member);
      return FALSE;
    }
  span->start = start;
  span->end = end;
  return TRUE;
}

static GPtrArray *
read_string_array (JsonObject *o,
                   const char *member)
{
  GPtrArray *strings = g_ptr_array_new_with_free_func (g_free);
  JsonNode *node = json_object_get_member (o, member);

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          JsonNode *e = json_array_get_element (a, i);

          if (JSON_NODE_HOLDS_VALUE (e) && json_node_get_value_type (e) == G_TYPE_STRING)
            g_ptr_array_add (strings, g_strdup (json_node_get_string (e)));
        }
    }
  return strings;
}

static void
read_reports (Reader     *r,
              JsonObject *holder,
              gsize       n_chars,
              GPtrArray  *reports)
{
  JsonArray *a;

  if (holder == NULL || !json_object_has_member (holder, "reports"))
    return;
  if ((a = member_array (holder, "reports")) == NULL)
    {
      reader_fail (r, "casualty reports");
      return;
    }
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonObject *ro = element_object (a, i);
      MarsadCasualtyReport *report;
      g_autofree char *source = NULL;
      gint64 start, end, count;

      if (ro == NULL)
        {
          reader_fail (r, "casualty report");
          return;
        }
      source = dup_member_string (ro, "source");
      start = member_int (ro, "start", 0);
      end = member_int (ro, "end", 0);
      if (start < 0 || end < start || (gsize) end > n_chars)
        {
          reader_fail (r, "casualty report offsets");
          return;
        }
      /* a figure past int would wrap (to 0, say) and be coded as the lowest */
      count = member_int (ro, "count", -1);
      if (count < -1 || count > G_MAXINT)
        {
          reader_fail (r, "casualty report count");
          return;
        }
      report = marsad_casualty_report_new ((int) count, source, start, end);
      if (!read_offset_span (r, ro, "source_span", n_chars, &report->source_span))
        {
          marsad_casualty_report_free (report);
          return;
        }
      g_ptr_array_add (reports, report);
    }
}

static gpointer
read_place (Reader     *r,
            JsonObject *o,
            gsize       n_chars)
{
  g_autoptr(MarsadPlace) place = marsad_place_new ();
  JsonArray *mentions;

  place->id = dup_member_string (o, "id");
  place->name = dup_member_string (o, "name");
  place->name_en = dup_member_string (o, "name_en");
  place->kind = dup_member_string (o, "kind");
  place->country = dup_member_string (o, "country");
  place->admin1 = dup_member_string (o, "admin1");
  place->source_id = dup_member_string (o, "source_id");
  place->approximate = member_boolean (o, "approximate");
  place->lat = member_double (o, "lat", G_MAXDOUBLE);
  place->lon = member_double (o, "lon", G_MAXDOUBLE);
  if (place->id == NULL || place->name == NULL ||
      place->lat < -90 || place->lat > 90 || place->lon < -180 || place->lon > 180)
    {
      reader_fail (r, "a place lacks an id, a name or valid coordinates");
      return NULL;
    }

  mentions = member_array (o, "mentions");
  for (guint i = 0; mentions != NULL && i < json_array_get_length (mentions); i++)
    {
      JsonObject *mo = element_object (mentions, i);
      MarsadMention m = { 0 };
      g_autofree char *role = NULL;
      gint64 start, end;

      if (mo == NULL)
        continue;
      start = member_int (mo, "start", -1);
      end = member_int (mo, "end", -1);
      role = dup_member_string (mo, "role");
      if (start < 0 || end <= start || (gsize) end > n_chars ||
          !marsad_mention_role_from_string (role, &m.role))
        {
          reader_fail (r, "a mention's offsets or role");
          return NULL;
        }
      m.start = start;
      m.end = end;
      m.sentence = member_int (mo, "sentence", 0);
      g_array_append_val (place->mentions, m);
    }

  return g_steal_pointer (&place);
}

static gpointer
read_event (Reader     *r,
            JsonObject *o,
            gsize       n_chars)
{
  g_autoptr(MarsadEvent) event = marsad_event_new ();
  JsonNode *fat, *inj;

  event->id = dup_member_string (o, "id");
  event->type = dup_member_string (o, "type");
  event->sub_type = dup_member_string (o, "sub_type");
  event->date_start = dup_member_string (o, "date_start");
  event->date_end = dup_member_string (o, "date_end");
  event->time_precision = member_int (o, "time_precision", 0);
  event->date_text = dup_member_string (o, "date_text");
  event->place_id = dup_member_string (o, "place");
  event->sentence = member_int (o, "sentence", 0);
  event->background = member_boolean (o, "background");
  g_clear_pointer (&event->actors, g_ptr_array_unref);
  event->actors = read_string_array (o, "actors");
  if (event->id == NULL ||
      !read_offset_span (r, o, "date_span", n_chars, &event->date_span) ||
      !read_offset_span (r, o, "trigger", n_chars, &event->trigger))
    {
      reader_fail (r, "an event lacks an id");
      return NULL;
    }

  fat = json_object_get_member (o, "fatalities");
  if (fat != NULL && JSON_NODE_HOLDS_OBJECT (fat))
    {
      JsonObject *fo = json_node_get_object (fat);

      read_reports (r, fo, n_chars, event->fatality_reports);
      /* an analysis written by another tool may carry only min and max */
      if (event->fatality_reports->len == 0)
        {
          gint64 min = member_int (fo, "min", -1), max = member_int (fo, "max", -1);

          if (min > G_MAXINT || max > G_MAXINT)
            {
              reader_fail (r, "casualty figures");
              return NULL;
            }
          if (min >= 0)
            g_ptr_array_add (event->fatality_reports, marsad_casualty_report_new (min, NULL, 0, 0));
          if (max >= 0 && max != min)
            g_ptr_array_add (event->fatality_reports, marsad_casualty_report_new (max, NULL, 0, 0));
        }
    }
  inj = json_object_get_member (o, "injuries");
  if (inj != NULL && JSON_NODE_HOLDS_OBJECT (inj))
    read_reports (r, json_node_get_object (inj), n_chars, event->injury_reports);

  return r->failed ? NULL : g_steal_pointer (&event);
}

static gpointer
read_statement (Reader     *r,
                JsonObject *o,
                gsize       n_chars)
{
  g_autoptr(MarsadStatement) s = marsad_statement_new ();
  gint64 start = member_int (o, "start", -1);
  gint64 end = member_int (o, "end", -1);

  if (start < 0 || end < start || (gsize) end > n_chars ||
      !read_offset_span (r, o, "speaker_span", n_chars, &s->speaker_span))
    {
      reader_fail (r, "a statement's offsets");
      return NULL;
    }
  s->start = start;
  s->end = end;
  s->speaker = dup_member_string (o, "speaker");
  s->text = dup_member_string (o, "text");
  s->sentence = member_int (o, "sentence", 0);
  g_clear_pointer (&s->event_ids, g_ptr_array_unref);
  g_clear_pointer (&s->place_ids, g_ptr_array_unref);
  s->event_ids = read_string_array (o, "events");
  s->place_ids = read_string_array (o, "places");
  return g_steal_pointer (&s);
}

/* Reads every element of an array member with fn, appending to out. */
static gboolean
read_array (Reader     *r,
            JsonObject *root,
            const char *member,
            gsize       n_chars,
            gpointer  (*fn) (Reader *, JsonObject *, gsize),
            GPtrArray  *out)
{
  JsonNode *node = json_object_get_member (root, member);
  JsonArray *a;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      reader_fail (r, member);
      return FALSE;
    }
  a = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonObject *o = element_object (a, i);
      gpointer item;

      if (o == NULL || (item = fn (r, o, n_chars)) == NULL)
        {
          reader_fail (r, member);
          return FALSE;
        }
      g_ptr_array_add (out, item);
    }
  return TRUE;
}

gboolean
marsad_document_json_sniff (const char *data,
                            gsize       len)
{
  gsize i = 0;

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < len && g_ascii_isspace (data[i]))
    i++;
  /* an article does not open with "{"; a JSON file that does may carry its
   * format marker anywhere (another tool may order the members its way) */
  return i < len && data[i] == '{' &&
         g_strstr_len (data + i, len - i, "\"" MARSAD_ANALYSIS_FORMAT "\"") != NULL;
}

gboolean
marsad_json_depth_ok (const char *data,
                      gssize      len,
                      guint       max_depth)
{
  const char *end = len < 0 ? data + strlen (data) : data + len;
  gboolean in_string = FALSE;
  guint depth = 0;

  for (const char *c = data; c < end; c++)
    {
      if (in_string)
        {
          if (*c == '\\' && c + 1 < end)
            c++;
          else if (*c == '"')
            in_string = FALSE;
        }
      else if (*c == '"')
        in_string = TRUE;
      else if ((*c == '[' || *c == '{') && ++depth > max_depth)
        return FALSE;
      else if ((*c == ']' || *c == '}') && depth > 0)
        depth--;
    }
  return TRUE;
}

MarsadDocument *
marsad_document_from_json_data (const char  *name,
                                const char  *data,
                                gsize        len,
                                GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(MarsadDocument) doc = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *published = NULL;
  g_autofree char *format = NULL;
  Reader r = { name, error, FALSE };
  JsonObject *root;
  JsonArray *sentences;

  if (!marsad_json_depth_ok (data, len, MARSAD_JSON_MAX_DEPTH))
    {
      g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_PARSE,
                   _("%s: nested more than %d levels deep"), name, MARSAD_JSON_MAX_DEPTH);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, len, &parse_error))
    {
      g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_PARSE,
                   _("%s: malformed JSON: %s"), name, parse_error->message);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      reader_fail (&r, _("the top level is not an object"));
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));
  format = dup_member_string (root, "format");
  if (g_strcmp0 (format, MARSAD_ANALYSIS_FORMAT) != 0 ||
      member_int (root, "version", 0) > MARSAD_ANALYSIS_VERSION)
    {
      reader_fail (&r, _("unknown format or a newer version"));
      return NULL;
    }

  text = dup_member_string (root, "text");
  if (text == NULL)
    {
      reader_fail (&r, _("no article text"));
      return NULL;
    }
  doc = marsad_document_new_from_text (text, -1, error);
  if (doc == NULL)
    return NULL;

  doc->path = dup_member_string (root, "path");
  doc->title = dup_member_string (root, "title");
  published = dup_member_string (root, "published");
  if (published != NULL)
    {
      g_autoptr(GDate) date = g_date_new ();

      g_date_set_parse (date, published);
      if (!g_date_valid (date))
        {
          reader_fail (&r, "published");
          return NULL;
        }
      marsad_document_set_published (doc, date);
    }
  doc->published_from_text = member_boolean (root, "published_from_text");

  sentences = member_array (root, "sentences");
  for (guint i = 0; sentences != NULL && i < json_array_get_length (sentences); i++)
    {
      JsonObject *so = element_object (sentences, i);
      MarsadSpan span;

      if (so == NULL)
        continue;
      span.start = member_int (so, "start", 0);
      span.end = member_int (so, "end", 0);
      if (span.start > span.end || span.end > doc->n_chars)
        {
          reader_fail (&r, "sentences");
          return NULL;
        }
      g_array_append_val (doc->sentences, span);
    }

  if (!read_array (&r, root, "places", doc->n_chars, read_place, doc->places) ||
      !read_array (&r, root, "events", doc->n_chars, read_event, doc->events) ||
      !read_array (&r, root, "statements", doc->n_chars, read_statement, doc->statements))
    return NULL;

  g_clear_pointer (&doc->warnings, g_ptr_array_unref);
  doc->warnings = read_string_array (root, "warnings");

  return g_steal_pointer (&doc);
}

