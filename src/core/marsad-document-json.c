/* marsad-document-json.c: the extraction contract's JSON, and saved analyses
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "marsad-atomic-file.h"
#include "marsad-document-json.h"
#include "marsad-json-writer.h"

static void
add_string_or_null (MarsadJsonWriter *b,
                    const char  *member,
                    const char  *value)
{
  marsad_json_writer_key (b, member);
  if (value != NULL)
    marsad_json_writer_string (b, value);
  else
    marsad_json_writer_null (b);
}

static void
add_span (MarsadJsonWriter *b,
          const char       *member,
          const MarsadSpan *span)
{
  marsad_json_writer_key (b, member);
  if (span->end <= span->start)
    {
      marsad_json_writer_null (b);
      return;
    }
  marsad_json_writer_begin_array (b);
  marsad_json_writer_int (b, span->start);
  marsad_json_writer_int (b, span->end);
  marsad_json_writer_end_array (b);
}

static void
add_string_array (MarsadJsonWriter *b,
                  const char      *member,
                  const GPtrArray *strings)
{
  marsad_json_writer_key (b, member);
  marsad_json_writer_begin_array (b);
  for (guint i = 0; i < strings->len; i++)
    marsad_json_writer_string (b, g_ptr_array_index (strings, i));
  marsad_json_writer_end_array (b);
}

static void
add_reports (MarsadJsonWriter *b,
             const GPtrArray *reports)
{
  marsad_json_writer_key (b, "reports");
  marsad_json_writer_begin_array (b);
  for (guint i = 0; i < reports->len; i++)
    {
      const MarsadCasualtyReport *r = g_ptr_array_index (reports, i);

      marsad_json_writer_begin_object (b);
      marsad_json_writer_key (b, "count");
      if (r->count >= 0)
        marsad_json_writer_int (b, r->count);
      else
        marsad_json_writer_null (b);
      add_string_or_null (b, "source", r->source);
      marsad_json_writer_key (b, "start");
      marsad_json_writer_int (b, r->start);
      marsad_json_writer_key (b, "end");
      marsad_json_writer_int (b, r->end);
      add_span (b, "source_span", &r->source_span);
      /* only when true: most figures are exact */
      if (r->vague)
        {
          marsad_json_writer_key (b, "vague");
          marsad_json_writer_boolean (b, TRUE);
        }
      marsad_json_writer_end_object (b);
    }
  marsad_json_writer_end_array (b);
}

static void
add_place (MarsadJsonWriter     *b,
           const MarsadDocument *doc,
           const MarsadPlace    *place)
{
  marsad_json_writer_begin_object (b);
  add_string_or_null (b, "id", place->id);
  add_string_or_null (b, "name", place->name);
  add_string_or_null (b, "name_en", place->name_en);
  marsad_json_writer_key (b, "lat");
  marsad_json_writer_double (b, place->lat);
  marsad_json_writer_key (b, "lon");
  marsad_json_writer_double (b, place->lon);
  add_string_or_null (b, "kind", place->kind);
  add_string_or_null (b, "country", place->country);
  add_string_or_null (b, "admin1", place->admin1);
  add_string_or_null (b, "source_id", place->source_id);
  marsad_json_writer_key (b, "approximate");
  marsad_json_writer_boolean (b, place->approximate);
  marsad_json_writer_key (b, "mentions");
  marsad_json_writer_begin_array (b);
  for (guint i = 0; i < place->mentions->len; i++)
    {
      const MarsadMention *m = &g_array_index (place->mentions, MarsadMention, i);
      guint end = MIN (m->end, doc->n_chars);

      marsad_json_writer_begin_object (b);
      marsad_json_writer_key (b, "start");
      marsad_json_writer_int (b, m->start);
      marsad_json_writer_key (b, "end");
      marsad_json_writer_int (b, m->end);
      marsad_json_writer_key (b, "text");
      marsad_json_writer_ucs4 (b, doc->chars + m->start, end > m->start ? end - m->start : 0);
      marsad_json_writer_key (b, "role");
      marsad_json_writer_string (b, marsad_mention_role_to_string (m->role));
      marsad_json_writer_key (b, "sentence");
      marsad_json_writer_int (b, m->sentence);
      marsad_json_writer_end_object (b);
    }
  marsad_json_writer_end_array (b);
  marsad_json_writer_end_object (b);
}

static void
add_event (MarsadJsonWriter     *b,
           const MarsadEvent    *event,
           const GPtrArray      *parts)
{
  int min, max;

  marsad_json_writer_begin_object (b);
  add_string_or_null (b, "id", event->id);
  add_string_or_null (b, "type", event->type);
  add_string_or_null (b, "sub_type", event->sub_type);
  add_string_or_null (b, "date_start", event->date_start);
  add_string_or_null (b, "date_end", event->date_end);
  marsad_json_writer_key (b, "time_precision");
  if (event->time_precision != MARSAD_TIME_PRECISION_UNKNOWN)
    marsad_json_writer_int (b, event->time_precision);
  else
    marsad_json_writer_null (b);
  add_string_or_null (b, "date_text", event->date_text);
  add_span (b, "date_span", &event->date_span);
  add_string_or_null (b, "place", event->place_id);
  add_string_array (b, "actors", event->actors);

  marsad_json_writer_key (b, "fatalities");
  if (marsad_event_get_fatalities (event, &min, &max))
    {
      marsad_json_writer_begin_object (b);
      marsad_json_writer_key (b, "min");
      marsad_json_writer_int (b, min);
      marsad_json_writer_key (b, "max");
      marsad_json_writer_int (b, max);
      add_reports (b, event->fatality_reports);
      marsad_json_writer_end_object (b);
    }
  else
    marsad_json_writer_null (b);

  marsad_json_writer_key (b, "injuries");
  if (event->injury_reports->len > 0)
    {
      marsad_json_writer_begin_object (b);
      add_reports (b, event->injury_reports);
      marsad_json_writer_end_object (b);
    }
  else
    marsad_json_writer_null (b);

  /* a tally's parts: worked out, not read back (see marsad-event-tally.c) */
  marsad_json_writer_key (b, "sums");
  marsad_json_writer_begin_array (b);
  for (guint i = 0; i < parts->len; i++)
    marsad_json_writer_string (b, ((const MarsadEvent *) g_ptr_array_index (parts, i))->id);
  marsad_json_writer_end_array (b);

  marsad_json_writer_key (b, "sentence");
  marsad_json_writer_int (b, event->sentence);
  add_span (b, "trigger", &event->trigger);
  marsad_json_writer_key (b, "background");
  marsad_json_writer_boolean (b, event->background);
  marsad_json_writer_end_object (b);
}

static void
add_statement (MarsadJsonWriter      *b,
               const MarsadStatement *s)
{
  marsad_json_writer_begin_object (b);
  add_string_or_null (b, "speaker", s->speaker);
  add_span (b, "speaker_span", &s->speaker_span);
  marsad_json_writer_key (b, "start");
  marsad_json_writer_int (b, s->start);
  marsad_json_writer_key (b, "end");
  marsad_json_writer_int (b, s->end);
  add_string_or_null (b, "text", s->text);
  marsad_json_writer_key (b, "sentence");
  marsad_json_writer_int (b, s->sentence);
  add_string_array (b, "events", s->event_ids);
  add_string_array (b, "places", s->place_ids);
  marsad_json_writer_end_object (b);
}

static char *
format_date (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

static void
write_document (MarsadJsonWriter     *b,
                const MarsadDocument *doc,
                MarsadJsonKind        kind)
{
  g_autofree char *published = format_date (doc->published);
  g_autoptr(GPtrArray) tally_parts = NULL;

  marsad_json_writer_begin_object (b);

  if (kind == MARSAD_JSON_SAVED_ANALYSIS)
    {
      marsad_json_writer_key (b, "format");
      marsad_json_writer_string (b, MARSAD_ANALYSIS_FORMAT);
      marsad_json_writer_key (b, "version");
      marsad_json_writer_int (b, MARSAD_ANALYSIS_VERSION);
      add_string_or_null (b, "path", doc->path);
      add_string_or_null (b, "title", doc->title);
    }

  add_string_or_null (b, "published", published);
  marsad_json_writer_key (b, "published_from_text");
  marsad_json_writer_boolean (b, doc->published_from_text);

  marsad_json_writer_key (b, "sentences");
  marsad_json_writer_begin_array (b);
  for (guint i = 0; i < doc->sentences->len; i++)
    {
      const MarsadSpan *span = &g_array_index (doc->sentences, MarsadSpan, i);

      marsad_json_writer_begin_object (b);
      marsad_json_writer_key (b, "start");
      marsad_json_writer_int (b, span->start);
      marsad_json_writer_key (b, "end");
      marsad_json_writer_int (b, span->end);
      marsad_json_writer_end_object (b);
    }
  marsad_json_writer_end_array (b);

  marsad_json_writer_key (b, "places");
  marsad_json_writer_begin_array (b);
  for (guint i = 0; i < doc->places->len; i++)
    add_place (b, doc, g_ptr_array_index (doc->places, i));
  marsad_json_writer_end_array (b);

  /* worked out for all events at once: one event at a time walks them
   * all for each */
  tally_parts = marsad_document_dup_all_tally_parts (doc);
  marsad_json_writer_key (b, "events");
  marsad_json_writer_begin_array (b);
  for (guint i = 0; i < doc->events->len; i++)
    add_event (b, g_ptr_array_index (doc->events, i), g_ptr_array_index (tally_parts, i));
  marsad_json_writer_end_array (b);

  marsad_json_writer_key (b, "statements");
  marsad_json_writer_begin_array (b);
  for (guint i = 0; i < doc->statements->len; i++)
    add_statement (b, g_ptr_array_index (doc->statements, i));
  marsad_json_writer_end_array (b);

  marsad_json_writer_key (b, "warnings");
  marsad_json_writer_begin_array (b);
  for (guint i = 0; i < doc->warnings->len; i++)
    marsad_json_writer_string (b, g_ptr_array_index (doc->warnings, i));
  marsad_json_writer_end_array (b);

  if (kind == MARSAD_JSON_SAVED_ANALYSIS)
    {
      marsad_json_writer_key (b, "text");
      marsad_json_writer_string (b, doc->text);
    }

  marsad_json_writer_end_object (b);
}

char *
marsad_document_to_json_string (const MarsadDocument *doc,
                                MarsadJsonKind        kind,
                                gboolean              pretty)
{
  MarsadJsonWriter *b = marsad_json_writer_new (pretty);

  write_document (b, doc, kind);
  return marsad_json_writer_free_to_string (b);
}

gboolean
marsad_document_write_json (const MarsadDocument *doc,
                            MarsadJsonKind        kind,
                            gboolean              pretty,
                            MarsadJsonSink        sink,
                            gpointer              user_data,
                            GError              **error)
{
  MarsadJsonWriter *b = marsad_json_writer_new_to_sink (pretty, sink, user_data);

  write_document (b, doc, kind);
  return marsad_json_writer_finish (b, error);
}

gboolean
marsad_document_save (const MarsadDocument *doc,
                      const char           *path,
                      GError              **error)
{
  g_autofree char *data = marsad_document_to_json_string (doc, MARSAD_JSON_SAVED_ANALYSIS, TRUE);

  /* a temporary file, fsync, then rename — never a half-written analysis
   * in place of the user's earlier one, and never a device or a FIFO
   * replaced by a file; a symlink keeps pointing at the saved file */
  return marsad_write_file_atomically (path, data, strlen (data), error);
}
