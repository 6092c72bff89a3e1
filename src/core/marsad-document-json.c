/* marsad-document-json.c: the extraction contract's JSON, and saved analyses
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "marsad-document-json.h"
#include "marsad-text.h"

static void
add_string_or_null (JsonBuilder *b,
                    const char  *member,
                    const char  *value)
{
  json_builder_set_member_name (b, member);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_span (JsonBuilder      *b,
          const char       *member,
          const MarsadSpan *span)
{
  json_builder_set_member_name (b, member);
  if (span->end <= span->start)
    {
      json_builder_add_null_value (b);
      return;
    }
  json_builder_begin_array (b);
  json_builder_add_int_value (b, span->start);
  json_builder_add_int_value (b, span->end);
  json_builder_end_array (b);
}

static void
add_string_array (JsonBuilder     *b,
                  const char      *member,
                  const GPtrArray *strings)
{
  json_builder_set_member_name (b, member);
  json_builder_begin_array (b);
  for (guint i = 0; i < strings->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (strings, i));
  json_builder_end_array (b);
}

static void
add_reports (JsonBuilder     *b,
             const GPtrArray *reports)
{
  json_builder_set_member_name (b, "reports");
  json_builder_begin_array (b);
  for (guint i = 0; i < reports->len; i++)
    {
      const MarsadCasualtyReport *r = g_ptr_array_index (reports, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "count");
      if (r->count >= 0)
        json_builder_add_int_value (b, r->count);
      else
        json_builder_add_null_value (b);
      add_string_or_null (b, "source", r->source);
      json_builder_set_member_name (b, "start");
      json_builder_add_int_value (b, r->start);
      json_builder_set_member_name (b, "end");
      json_builder_add_int_value (b, r->end);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_place (JsonBuilder          *b,
           const MarsadDocument *doc,
           const MarsadPlace    *place)
{
  json_builder_begin_object (b);
  add_string_or_null (b, "id", place->id);
  add_string_or_null (b, "name", place->name);
  add_string_or_null (b, "name_en", place->name_en);
  json_builder_set_member_name (b, "lat");
  json_builder_add_double_value (b, place->lat);
  json_builder_set_member_name (b, "lon");
  json_builder_add_double_value (b, place->lon);
  add_string_or_null (b, "kind", place->kind);
  add_string_or_null (b, "country", place->country);
  add_string_or_null (b, "admin1", place->admin1);
  add_string_or_null (b, "source_id", place->source_id);
  json_builder_set_member_name (b, "mentions");
  json_builder_begin_array (b);
  for (guint i = 0; i < place->mentions->len; i++)
    {
      const MarsadMention *m = &g_array_index (place->mentions, MarsadMention, i);
      g_autofree char *text = marsad_document_dup_span (doc, m->start, m->end);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "start");
      json_builder_add_int_value (b, m->start);
      json_builder_set_member_name (b, "end");
      json_builder_add_int_value (b, m->end);
      json_builder_set_member_name (b, "text");
      json_builder_add_string_value (b, text);
      json_builder_set_member_name (b, "role");
      json_builder_add_string_value (b, marsad_mention_role_to_string (m->role));
      json_builder_set_member_name (b, "sentence");
      json_builder_add_int_value (b, m->sentence);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
add_event (JsonBuilder       *b,
           const MarsadEvent *event)
{
  int min, max;

  json_builder_begin_object (b);
  add_string_or_null (b, "id", event->id);
  add_string_or_null (b, "type", event->type);
  add_string_or_null (b, "sub_type", event->sub_type);
  add_string_or_null (b, "date_start", event->date_start);
  add_string_or_null (b, "date_end", event->date_end);
  json_builder_set_member_name (b, "time_precision");
  if (event->time_precision != MARSAD_TIME_PRECISION_UNKNOWN)
    json_builder_add_int_value (b, event->time_precision);
  else
    json_builder_add_null_value (b);
  add_string_or_null (b, "date_text", event->date_text);
  add_span (b, "date_span", &event->date_span);
  add_string_or_null (b, "place", event->place_id);
  add_string_array (b, "actors", event->actors);

  json_builder_set_member_name (b, "fatalities");
  if (marsad_event_get_fatalities (event, &min, &max))
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "min");
      json_builder_add_int_value (b, min);
      json_builder_set_member_name (b, "max");
      json_builder_add_int_value (b, max);
      add_reports (b, event->fatality_reports);
      json_builder_end_object (b);
    }
  else
    json_builder_add_null_value (b);

  json_builder_set_member_name (b, "injuries");
  if (event->injury_reports->len > 0)
    {
      json_builder_begin_object (b);
      add_reports (b, event->injury_reports);
      json_builder_end_object (b);
    }
  else
    json_builder_add_null_value (b);

  json_builder_set_member_name (b, "sentence");
  json_builder_add_int_value (b, event->sentence);
  add_span (b, "trigger", &event->trigger);
  json_builder_set_member_name (b, "background");
  json_builder_add_boolean_value (b, event->background);
  json_builder_end_object (b);
}

static void
add_statement (JsonBuilder           *b,
               const MarsadStatement *s)
{
  json_builder_begin_object (b);
  add_string_or_null (b, "speaker", s->speaker);
  add_span (b, "speaker_span", &s->speaker_span);
  json_builder_set_member_name (b, "start");
  json_builder_add_int_value (b, s->start);
  json_builder_set_member_name (b, "end");
  json_builder_add_int_value (b, s->end);
  add_string_or_null (b, "text", s->text);
  json_builder_set_member_name (b, "sentence");
  json_builder_add_int_value (b, s->sentence);
  add_string_array (b, "events", s->event_ids);
  add_string_array (b, "places", s->place_ids);
  json_builder_end_object (b);
}

static char *
format_date (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

JsonNode *
marsad_document_to_json (const MarsadDocument *doc,
                         MarsadJsonKind        kind)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *published = format_date (doc->published);

  json_builder_begin_object (b);

  if (kind == MARSAD_JSON_SAVED_ANALYSIS)
    {
      json_builder_set_member_name (b, "format");
      json_builder_add_string_value (b, MARSAD_ANALYSIS_FORMAT);
      json_builder_set_member_name (b, "version");
      json_builder_add_int_value (b, MARSAD_ANALYSIS_VERSION);
      add_string_or_null (b, "path", doc->path);
      add_string_or_null (b, "title", doc->title);
    }

  add_string_or_null (b, "published", published);
  json_builder_set_member_name (b, "published_from_text");
  json_builder_add_boolean_value (b, doc->published_from_text);

  json_builder_set_member_name (b, "sentences");
  json_builder_begin_array (b);
  for (guint i = 0; i < doc->sentences->len; i++)
    {
      const MarsadSpan *span = &g_array_index (doc->sentences, MarsadSpan, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "start");
      json_builder_add_int_value (b, span->start);
      json_builder_set_member_name (b, "end");
      json_builder_add_int_value (b, span->end);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "places");
  json_builder_begin_array (b);
  for (guint i = 0; i < doc->places->len; i++)
    add_place (b, doc, g_ptr_array_index (doc->places, i));
  json_builder_end_array (b);

  json_builder_set_member_name (b, "events");
  json_builder_begin_array (b);
  for (guint i = 0; i < doc->events->len; i++)
    add_event (b, g_ptr_array_index (doc->events, i));
  json_builder_end_array (b);

  json_builder_set_member_name (b, "statements");
  json_builder_begin_array (b);
  for (guint i = 0; i < doc->statements->len; i++)
    add_statement (b, g_ptr_array_index (doc->statements, i));
  json_builder_end_array (b);

  json_builder_set_member_name (b, "warnings");
  json_builder_begin_array (b);
  for (guint i = 0; i < doc->warnings->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (doc->warnings, i));
  json_builder_end_array (b);

  if (kind == MARSAD_JSON_SAVED_ANALYSIS)
    {
      json_builder_set_member_name (b, "text");
      json_builder_add_string_value (b, doc->text);
    }

  json_builder_end_object (b);
  return json_builder_get_root (b);
}

char *
marsad_document_to_json_string (const MarsadDocument *doc,
                                MarsadJsonKind        kind,
                                gboolean              pretty)
{
  g_autoptr(JsonNode) root = marsad_document_to_json (doc, kind);
  g_autoptr(JsonGenerator) gen = json_generator_new ();

  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, pretty);
  return json_generator_to_data (gen, NULL);
}

/* ------------------------------------------------------------------ reading */

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

static gboolean
read_offset_span (Reader     *r,
                  JsonObject *o,
                  const char *member,
                  gsize       n_chars,
                  MarsadSpan *span)
{
  JsonNode *node = json_object_get_member (o, member);
  JsonArray *a;

  span->start = span->end = 0;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (a = json_node_get_array (node)) != 2)
    {
      reader_fail (r, member);
      return FALSE;
    }
  span->start = json_array_get_int_element (a, 0);
  span->end = json_array_get_int_element (a, 1);
  if (span->start > span->end || span->end > n_chars)
    {
      reader_fail (r, member);
      return FALSE;
    }
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
  a = json_object_get_array_member (holder, "reports");
  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    {
      JsonObject *ro = json_array_get_object_element (a, i);
      g_autofree char *source = NULL;
      gint64 start, end;

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
      g_ptr_array_add (reports, marsad_casualty_report_new ((int) member_int (ro, "count", -1),
                                                            source, start, end));
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
  place->lat = json_object_get_double_member_with_default (o, "lat", G_MAXDOUBLE);
  place->lon = json_object_get_double_member_with_default (o, "lon", G_MAXDOUBLE);
  if (place->id == NULL || place->name == NULL ||
      place->lat < -90 || place->lat > 90 || place->lon < -180 || place->lon > 180)
    {
      reader_fail (r, "a place lacks an id, a name or valid coordinates");
      return NULL;
    }

  mentions = json_object_has_member (o, "mentions") ? json_object_get_array_member (o, "mentions") : NULL;
  for (guint i = 0; mentions != NULL && i < json_array_get_length (mentions); i++)
    {
      JsonObject *mo = json_array_get_object_element (mentions, i);
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
  event->background = json_object_get_boolean_member_with_default (o, "background", FALSE);
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
      JsonObject *o = json_array_get_object_element (a, i);
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
  return i < len && data[i] == '{' &&
         g_strstr_len (data, MIN (len, 4096), "\"" MARSAD_ANALYSIS_FORMAT "\"") != NULL;
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
  Reader r = { name, error, FALSE };
  JsonObject *root;
  JsonArray *sentences;

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
  if (g_strcmp0 (json_object_get_string_member_with_default (root, "format", ""), MARSAD_ANALYSIS_FORMAT) != 0 ||
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
  doc->published_from_text = json_object_get_boolean_member_with_default (root, "published_from_text", FALSE);

  sentences = json_object_has_member (root, "sentences") ? json_object_get_array_member (root, "sentences") : NULL;
  for (guint i = 0; sentences != NULL && i < json_array_get_length (sentences); i++)
    {
      JsonObject *so = json_array_get_object_element (sentences, i);
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

gboolean
marsad_document_save (const MarsadDocument *doc,
                      const char           *path,
                      GError              **error)
{
  g_autofree char *data = marsad_document_to_json_string (doc, MARSAD_JSON_SAVED_ANALYSIS, TRUE);
  g_autoptr(GError) local_error = NULL;

  /* CONSISTENT: a temporary file, fsync, then rename — never a half-written
   * analysis in place of the user's earlier one. */
  if (!g_file_set_contents_full (path, data, -1,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0644, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code, "%s", local_error->message);
      return FALSE;
    }
  return TRUE;
}
