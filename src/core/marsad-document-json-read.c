/* marsad-document-json-read.c: reading a saved analysis back, checking
 * every member's type, every offset against the text and every reference
 * against the ids, so that a damaged file is refused with one line naming
 * the member, never trusted (and never a GLib critical)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "marsad-dates.h"
#include "marsad-document-json.h"
#include "marsad-document-json-private.h"

/* A saved analysis nests six levels deep; json-glib's parser recurses once
 * per level, and 100,000 levels overflow the stack. */

/* No figure in any article comes near this; beyond it a count is damage. */
#define MAX_COUNT 10000000

static guint
member_sentence (MarsadJsonReader *r,
                 const char       *where,
                 JsonObject       *o)
{
  /* an analysis with no sentences (another tool's) still reads */
  gint64 max = MAX ((gint64) r->n_sentences, 1) - 1;

  return (guint) marsad_json_member_int (r, where, o, "sentence", 0, 0, max);
}

static void
read_reports (MarsadJsonReader *r,
              const char       *where,
              JsonObject       *holder,
              GPtrArray        *reports)
{
  g_autofree char *at = g_strdup_printf ("%s.reports", where);
  JsonArray *a = marsad_json_member_array (r, where, holder, "reports");

  for (guint i = 0; a != NULL && !r->failed && i < json_array_get_length (a); i++)
    {
      JsonObject *ro = marsad_json_element_object (r, a, i, at);
      MarsadCasualtyReport *report;
      g_autofree char *source = NULL;
      gint64 start, end, count;

      if (ro == NULL)
        return;
      source = marsad_json_dup_member_string (r, at, ro, "source");
      start = marsad_json_member_int (r, at, ro, "start", 0, 0, (gint64) r->n_chars);
      end = marsad_json_member_int (r, at, ro, "end", 0, 0, (gint64) r->n_chars);
      count = marsad_json_member_int (r, at, ro, "count", -1, -1, MAX_COUNT);
      if (r->failed)
        return;
      if (end < start)
        {
          marsad_json_reader_fail_member (r, at, "end", "before start");
          return;
        }
      report = marsad_casualty_report_new ((int) count, source, start, end);
      /* absent: an exact figure */
      report->vague = marsad_json_member_bool (r, at, ro, "vague");
      if (r->failed || !marsad_json_read_offset_span (r, at, ro, "source_span", &report->source_span))
        {
          marsad_casualty_report_free (report);
          return;
        }
      g_ptr_array_add (reports, report);
    }
}

static gpointer
read_place (MarsadJsonReader *r,
            JsonObject       *o,
            guint             index)
{
  g_autofree char *where = g_strdup_printf ("places[%u]", index);
  g_autofree char *mentions_where = g_strdup_printf ("places[%u].mentions", index);
  g_autoptr(MarsadPlace) place = marsad_place_new ();
  JsonArray *mentions;

  place->id = marsad_json_dup_member_string (r, where, o, "id");
  place->name = marsad_json_dup_member_string (r, where, o, "name");
  place->name_en = marsad_json_dup_member_string (r, where, o, "name_en");
  place->kind = marsad_json_dup_member_string (r, where, o, "kind");
  place->country = marsad_json_dup_member_string (r, where, o, "country");
  place->admin1 = marsad_json_dup_member_string (r, where, o, "admin1");
  place->source_id = marsad_json_dup_member_string (r, where, o, "source_id");
  place->approximate = marsad_json_member_bool (r, where, o, "approximate");
  place->lat = marsad_json_member_coordinate (r, where, o, "lat", 90);
  place->lon = marsad_json_member_coordinate (r, where, o, "lon", 180);
  if (!r->failed && (place->id == NULL || place->name == NULL))
    marsad_json_reader_fail_member (r, where, place->id == NULL ? "id" : "name", "missing");

  mentions = marsad_json_member_array (r, where, o, "mentions");
  for (guint i = 0; mentions != NULL && !r->failed && i < json_array_get_length (mentions); i++)
    {
      JsonObject *mo = marsad_json_element_object (r, mentions, i, mentions_where);
      MarsadMention m = { 0 };
      g_autofree char *role = NULL;
      gint64 start, end;

      if (mo == NULL)
        break;
      start = marsad_json_member_int (r, mentions_where, mo, "start", -1, 0, (gint64) r->n_chars);
      end = marsad_json_member_int (r, mentions_where, mo, "end", -1, 0, (gint64) r->n_chars);
      role = marsad_json_dup_member_string (r, mentions_where, mo, "role");
      m.sentence = member_sentence (r, mentions_where, mo);
      if (r->failed)
        break;
      if (start < 0 || end <= start)
        {
          marsad_json_reader_fail_member (r, mentions_where, "start", "missing, or not before end");
          break;
        }
      if (!marsad_mention_role_from_string (role, &m.role))
        {
          marsad_json_reader_fail_member (r, mentions_where, "role", "unknown");
          break;
        }
      m.start = start;
      m.end = end;
      g_array_append_val (place->mentions, m);
    }

  return r->failed ? NULL : g_steal_pointer (&place);
}

static gpointer
read_event (MarsadJsonReader *r,
            JsonObject       *o,
            guint             index)
{
  g_autofree char *where = g_strdup_printf ("events[%u]", index);
  g_autoptr(MarsadEvent) event = marsad_event_new ();
  gint64 precision;
  JsonObject *fo, *io;

  event->id = marsad_json_dup_member_string (r, where, o, "id");
  event->type = marsad_json_dup_member_string (r, where, o, "type");
  event->sub_type = marsad_json_dup_member_string (r, where, o, "sub_type");
  event->date_start = marsad_json_dup_member_string (r, where, o, "date_start");
  event->date_end = marsad_json_dup_member_string (r, where, o, "date_end");
  precision = marsad_json_member_int (r, where, o, "time_precision", 0, 0, MARSAD_TIME_PRECISION_YEAR);
  event->time_precision = (MarsadTimePrecision) precision;
  event->date_text = marsad_json_dup_member_string (r, where, o, "date_text");
  event->place_id = marsad_json_dup_member_string (r, where, o, "place");
  event->sentence = member_sentence (r, where, o);
  event->background = marsad_json_member_bool (r, where, o, "background");
  g_clear_pointer (&event->actors, g_ptr_array_unref);
  event->actors = marsad_json_read_string_array (r, where, o, "actors");
  if (!r->failed && event->id == NULL)
    marsad_json_reader_fail_member (r, where, "id", "missing");
  if (r->failed ||
      !marsad_json_read_offset_span (r, where, o, "date_span", &event->date_span) ||
      !marsad_json_read_offset_span (r, where, o, "trigger", &event->trigger))
    return NULL;

  if ((fo = marsad_json_member_object (r, where, o, "fatalities")) != NULL)
    {
      g_autofree char *at = g_strdup_printf ("%s.fatalities", where);

      read_reports (r, at, fo, event->fatality_reports);
      /* an analysis written by another tool may carry only min and max */
      if (!r->failed && event->fatality_reports->len == 0)
        {
          gint64 min = marsad_json_member_int (r, at, fo, "min", -1, -1, MAX_COUNT);
          gint64 max = marsad_json_member_int (r, at, fo, "max", -1, -1, MAX_COUNT);

          if (min >= 0)
            g_ptr_array_add (event->fatality_reports, marsad_casualty_report_new (min, NULL, 0, 0));
          if (max >= 0 && max != min)
            g_ptr_array_add (event->fatality_reports, marsad_casualty_report_new (max, NULL, 0, 0));
        }
    }
  if ((io = marsad_json_member_object (r, where, o, "injuries")) != NULL)
    {
      g_autofree char *at = g_strdup_printf ("%s.injuries", where);

      read_reports (r, at, io, event->injury_reports);
    }

  return r->failed ? NULL : g_steal_pointer (&event);
}

static gpointer
read_statement (MarsadJsonReader *r,
                JsonObject       *o,
                guint             index)
{
  g_autofree char *where = g_strdup_printf ("statements[%u]", index);
  g_autoptr(MarsadStatement) s = marsad_statement_new ();
  gint64 start = marsad_json_member_int (r, where, o, "start", -1, 0, (gint64) r->n_chars);
  gint64 end = marsad_json_member_int (r, where, o, "end", -1, 0, (gint64) r->n_chars);

  if (!r->failed && (start < 0 || end < start))
    marsad_json_reader_fail_member (r, where, "start", "missing, or after end");
  if (r->failed || !marsad_json_read_offset_span (r, where, o, "speaker_span", &s->speaker_span))
    return NULL;
  s->start = start;
  s->end = end;
  s->speaker = marsad_json_dup_member_string (r, where, o, "speaker");
  s->text = marsad_json_dup_member_string (r, where, o, "text");
  s->sentence = member_sentence (r, where, o);
  g_clear_pointer (&s->event_ids, g_ptr_array_unref);
  g_clear_pointer (&s->place_ids, g_ptr_array_unref);
  s->event_ids = marsad_json_read_string_array (r, where, o, "events");
  s->place_ids = marsad_json_read_string_array (r, where, o, "places");
  return r->failed ? NULL : g_steal_pointer (&s);
}

/* Reads every element of an array member with fn, appending to out. */
static gboolean
read_array (MarsadJsonReader *r,
            JsonObject *root,
            const char *member,
            gpointer  (*fn) (MarsadJsonReader *, JsonObject *, guint),
            GPtrArray  *out)
{
  JsonArray *a = marsad_json_member_array (r, NULL, root, member);

  for (guint i = 0; a != NULL && !r->failed && i < json_array_get_length (a); i++)
    {
      JsonObject *o = marsad_json_element_object (r, a, i, member);
      gpointer item;

      if (o == NULL || (item = fn (r, o, i)) == NULL)
        {
          marsad_json_reader_fail (r, member);
          return FALSE;
        }
      g_ptr_array_add (out, item);
    }
  return !r->failed;
}

/* Ids unique, and every reference to one resolves. */
static gboolean
check_references (MarsadJsonReader *r,
                  MarsadDocument   *doc)
{
  g_autoptr(GHashTable) places = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) events = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *what = NULL;

  for (guint i = 0; i < doc->places->len; i++)
    {
      MarsadPlace *p = g_ptr_array_index (doc->places, i);

      if (!g_hash_table_add (places, p->id))
        {
          what = g_strdup_printf ("places[%u].id: “%s” is not unique", i, p->id);
          goto fail;
        }
    }
  for (guint i = 0; i < doc->events->len; i++)
    {
      MarsadEvent *e = g_ptr_array_index (doc->events, i);

      if (!g_hash_table_add (events, e->id))
        {
          what = g_strdup_printf ("events[%u].id: “%s” is not unique", i, e->id);
          goto fail;
        }
      if (e->place_id != NULL && !g_hash_table_contains (places, e->place_id))
        {
          what = g_strdup_printf ("events[%u].place: no place “%s”", i, e->place_id);
          goto fail;
        }
    }
  for (guint i = 0; i < doc->statements->len; i++)
    {
      MarsadStatement *s = g_ptr_array_index (doc->statements, i);

      for (guint k = 0; k < s->event_ids->len; k++)
        if (!g_hash_table_contains (events, g_ptr_array_index (s->event_ids, k)))
          {
            what = g_strdup_printf ("statements[%u].events: no event “%s”", i,
                                    (char *) g_ptr_array_index (s->event_ids, k));
            goto fail;
          }
      for (guint k = 0; k < s->place_ids->len; k++)
        if (!g_hash_table_contains (places, g_ptr_array_index (s->place_ids, k)))
          {
            what = g_strdup_printf ("statements[%u].places: no place “%s”", i,
                                    (char *) g_ptr_array_index (s->place_ids, k));
            goto fail;
          }
    }
  return TRUE;

fail:
  marsad_json_reader_fail (r, what);
  return FALSE;
}

/* How deeply arrays and objects nest, counted on the bytes before any
 * parsing (strings skipped); stops counting past the limit. */
gboolean
marsad_json_depth_ok (const char *data,
                      gssize      len,
                      guint       max_depth)
{
  gsize n = len < 0 ? strlen (data) : (gsize) len;
  guint depth = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < n; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if ((c == '[' || c == '{') && ++depth > max_depth)
        return FALSE;
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
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

MarsadDocument *
marsad_document_from_json_data (const char  *name,
                                const char  *data,
                                gsize        len,
                                GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(MarsadDocument) doc = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *published = NULL;
  g_autofree char *format = NULL;
  gint64 version;
  MarsadJsonReader r = { name, error, FALSE, 0, 0 };
  JsonObject *root;
  JsonArray *sentences;

  if (!marsad_json_depth_ok (data, len, MARSAD_JSON_MAX_DEPTH))
    {
      g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_PARSE,
                   _("%s: malformed JSON: nested deeper than %d levels"), name, MARSAD_JSON_MAX_DEPTH);
      return NULL;
    }
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, len, &parse_error))
    {
      /* json-glib quotes the bad bytes: keep the message printable */
      g_autofree char *message = g_utf8_make_valid (parse_error->message, -1);

      g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_PARSE,
                   _("%s: malformed JSON: %s"), name, message);
      return NULL;
    }

  /* an empty or all-blank input parses, to no root at all */
  if (json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      marsad_json_reader_fail (&r, _("the top level is not an object"));
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));
  format = marsad_json_dup_member_string (&r, NULL, root, "format");
  version = marsad_json_member_int (&r, NULL, root, "version", 0, 0, G_MAXINT);
  /* a wrong type is already named; only one error is ever set */
  if (r.failed)
    return NULL;
  if (g_strcmp0 (format, MARSAD_ANALYSIS_FORMAT) != 0 || version > MARSAD_ANALYSIS_VERSION)
    {
      marsad_json_reader_fail (&r, _("unknown format or a newer version"));
      return NULL;
    }

  text = marsad_json_dup_member_string (&r, NULL, root, "text");
  if (text == NULL)
    {
      marsad_json_reader_fail (&r, _("no article text"));
      return NULL;
    }
  doc = marsad_document_new_from_text (text, -1, error);
  if (doc == NULL)
    return NULL;
  r.n_chars = doc->n_chars;

  doc->path = marsad_json_dup_member_string (&r, NULL, root, "path");
  doc->title = marsad_json_dup_member_string (&r, NULL, root, "title");
  published = marsad_json_dup_member_string (&r, NULL, root, "published");
  if (published != NULL)
    {
      g_autoptr(GDate) date = g_date_new ();

      if (!marsad_date_parse_iso (published, date))
        {
          marsad_json_reader_fail (&r, "published: not a date of the form YYYY-MM-DD");
          return NULL;
        }
      marsad_document_set_published (doc, date);
    }
  doc->published_from_text = marsad_json_member_bool (&r, NULL, root, "published_from_text");

  sentences = marsad_json_member_array (&r, NULL, root, "sentences");
  for (guint i = 0; sentences != NULL && !r.failed && i < json_array_get_length (sentences); i++)
    {
      JsonObject *so = marsad_json_element_object (&r, sentences, i, "sentences");
      MarsadSpan span;

      if (so == NULL)
        break;
      span.start = marsad_json_member_int (&r, "sentences", so, "start", 0, 0, (gint64) doc->n_chars);
      span.end = marsad_json_member_int (&r, "sentences", so, "end", 0, 0, (gint64) doc->n_chars);
      if (!r.failed && span.start > span.end)
        marsad_json_reader_fail (&r, "sentences: a start after its end");
      g_array_append_val (doc->sentences, span);
    }
  r.n_sentences = doc->sentences->len;

  if (r.failed ||
      !read_array (&r, root, "places", read_place, doc->places) ||
      !read_array (&r, root, "events", read_event, doc->events) ||
      !read_array (&r, root, "statements", read_statement, doc->statements) ||
      !check_references (&r, doc))
    return NULL;

  g_clear_pointer (&doc->warnings, g_ptr_array_unref);
  doc->warnings = marsad_json_read_string_array (&r, NULL, root, "warnings");
  if (r.failed)
    return NULL;

  return g_steal_pointer (&doc);
}
