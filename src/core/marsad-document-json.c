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
