/* marsad-collection-export.c: a collection's fused events for GIS and maps
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"
#include "marsad-collection-export.h"

#include <string.h>
#include <json-glib/json-glib.h>

static void
add_string (JsonBuilder *b,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (b, name);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_count (JsonBuilder *b,
           const char  *name,
           int          value)
{
  json_builder_set_member_name (b, name);
  if (value >= 0)
    json_builder_add_int_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_sources (JsonBuilder                 *b,
             const MarsadCollectionEvent *e)
{
  json_builder_set_member_name (b, "sources");
  json_builder_begin_array (b);
  for (guint i = 0; i < e->sources->len; i++)
    {
      const MarsadEventSource *s = g_ptr_array_index (e->sources, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "article");
      json_builder_add_int_value (b, s->article_id);
      add_string (b, "outlet", s->outlet);
      add_string (b, "url", s->url);
      add_string (b, "published", s->published);
      add_count (b, "fatalities", s->fatalities);
      add_string (b, "title", s->title);
      add_string (b, "event", s->event_id);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static int
lowest_fatalities (const MarsadCollectionEvent *e)
{
  int lowest;

  return marsad_collection_event_get_fatalities (e, &lowest) ? lowest : -1;
}

static char *
node_to_string (JsonNode *root,
                gboolean  pretty,
                gsize    *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, pretty);
  return json_generator_to_data (generator, length);
}

char *
marsad_collection_events_to_json (GPtrArray *events,
                                  gboolean   pretty)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "events");
  json_builder_begin_array (b);
  for (guint i = 0; i < events->len; i++)
    {
      const MarsadCollectionEvent *e = g_ptr_array_index (events, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_int_value (b, e->id);
      add_string (b, "event_type", e->type);
      add_string (b, "sub_event_type", e->sub_type);
      add_string (b, "date_start", e->date_start);
      add_string (b, "date_end", e->date_end);
      json_builder_set_member_name (b, "place");
      if (e->has_place)
        {
          json_builder_begin_object (b);
          add_string (b, "name", e->place_name);
          add_string (b, "name_en", e->place_name_en);
          add_string (b, "kind", e->place_kind);
          add_string (b, "country", e->country);
          add_string (b, "admin1", e->admin1);
          json_builder_set_member_name (b, "lat");
          json_builder_add_double_value (b, e->lat);
          json_builder_set_member_name (b, "lon");
          json_builder_add_double_value (b, e->lon);
          json_builder_end_object (b);
        }
      else
        json_builder_add_null_value (b);
      json_builder_set_member_name (b, "actors");
      json_builder_begin_array (b);
      for (guint a = 0; a < e->actors->len; a++)
        json_builder_add_string_value (b, g_ptr_array_index (e->actors, a));
      json_builder_end_array (b);
      add_count (b, "fatalities", lowest_fatalities (e));
      json_builder_set_member_name (b, "background");
      json_builder_add_boolean_value (b, e->background);
      add_string (b, "fusion_reason", e->reason);
      add_string (b, "notes", e->sentence);
      add_sources (b, e);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  return node_to_string (root, pretty, NULL);
}

MarsadDocument *
marsad_collection_events_to_document (GPtrArray  *events,
                                      const char *title)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (MarsadSpan));
  MarsadDocument *doc;
  guint offset = 0;

  /* the text is the events' sentences, one a line: the exports quote them */
  for (guint i = 0; i < events->len; i++)
    {
      const MarsadCollectionEvent *e = g_ptr_array_index (events, i);
      const char *sentence = e->sentence != NULL ? e->sentence : "";
      MarsadSpan span = { offset, offset + (guint) g_utf8_strlen (sentence, -1) };

      g_string_append (text, sentence);
      g_string_append_c (text, '\n');
      g_array_append_val (spans, span);
      offset = span.end + 1;
    }
  doc = marsad_document_new_take_text (g_strdup (text->str), text->len);
  doc->title = g_strdup (title);
  g_array_append_vals (doc->sentences, spans->data, spans->len);

  for (guint i = 0; i < events->len; i++)
    {
      const MarsadCollectionEvent *e = g_ptr_array_index (events, i);
      MarsadEvent *event = marsad_event_new ();

      event->id = g_strdup_printf ("e%" G_GINT64_FORMAT, e->id);
      event->type = g_strdup (e->type);
      event->sub_type = g_strdup (e->sub_type);
      event->date_start = g_strdup (e->date_start);
      event->date_end = g_strdup (e->date_end);
      event->time_precision = e->time_precision;
      event->sentence = i;
      event->background = e->background;
      for (guint a = 0; a < e->actors->len; a++)
        g_ptr_array_add (event->actors, g_strdup (g_ptr_array_index (e->actors, a)));
      /* each report's own figure, named by its outlet */
      for (guint s = 0; s < e->sources->len; s++)
        {
          const MarsadEventSource *src = g_ptr_array_index (e->sources, s);

          if (src->fatalities >= 0)
            g_ptr_array_add (event->fatality_reports,
                             marsad_casualty_report_new (src->fatalities,
                                                         src->outlet != NULL ? src->outlet : src->title,
                                                         0, 0));
        }
      if (e->has_place)
        {
          MarsadPlace *p = marsad_place_new ();

          p->id = g_strdup_printf ("p%" G_GINT64_FORMAT, e->id);
          p->name = g_strdup (e->place_name);
          p->name_en = g_strdup (e->place_name_en);
          p->kind = g_strdup (e->place_kind);
          p->country = g_strdup (e->country);
          p->admin1 = g_strdup (e->admin1);
          p->source_id = g_strdup (e->source_id);
          p->lat = e->lat;
          p->lon = e->lon;
          p->approximate = e->approximate;
          event->place_id = g_strdup (p->id);
          g_ptr_array_add (doc->places, p);
        }
      g_ptr_array_add (doc->events, event);
    }
  return doc;
}

/* ---- CSV: the single-article export, with the outlets in `source` ---- */

/* Splits RFC 4180 text into rows of unquoted fields. */
static GPtrArray *
csv_parse (const char *csv)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *c = csv; *c != '\0'; c++)
    {
      if (quoted)
        {
          if (*c == '"' && c[1] == '"')
            g_string_append_c (field, *c++);
          else if (*c == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *c);
        }
      else if (*c == '"')
        quoted = TRUE;
      else if (*c == ',')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
        }
      else if (*c == '\r' && c[1] == '\n')
        {
          c++;
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
        }
      else
        g_string_append_c (field, *c);
    }
  g_ptr_array_unref (row);
  return rows;
}

static void
csv_append (GString    *out,
            const char *value)
{
  if (strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (out, value);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *c = value; *c != '\0'; c++)
    {
      if (*c == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *c);
    }
  g_string_append_c (out, '"');
}

static char *
join_outlets (const MarsadCollectionEvent *e)
{
  g_autoptr(GPtrArray) outlets = g_ptr_array_new ();

  for (guint i = 0; i < e->sources->len; i++)
    {
      const MarsadEventSource *s = g_ptr_array_index (e->sources, i);

      if (s->outlet != NULL &&
          !g_ptr_array_find_with_equal_func (outlets, s->outlet, g_str_equal, NULL))
        g_ptr_array_add (outlets, s->outlet);
    }
  g_ptr_array_add (outlets, NULL);
  /* ACLED separates its sources with "; " */
  return g_strjoinv ("; ", (char **) outlets->pdata);
}

static char *
csv_with_sources (const char *csv,
                  GPtrArray  *events,
                  gsize      *length)
{
  g_autoptr(GPtrArray) rows = csv_parse (csv);
  const char *const *columns = marsad_export_acled_columns ();
  GString *out = g_string_new (NULL);
  guint source_column = 0;

  while (columns[source_column] != NULL && !g_str_equal (columns[source_column], "source"))
    source_column++;
  for (guint r = 0; r < rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (rows, r);

      if (r > 0 && r - 1 < events->len && source_column < row->len)
        {
          g_free (row->pdata[source_column]);
          row->pdata[source_column] = join_outlets (g_ptr_array_index (events, r - 1));
        }
      for (guint f = 0; f < row->len; f++)
        {
          if (f > 0)
            g_string_append_c (out, ',');
          csv_append (out, row->pdata[f]);
        }
      g_string_append (out, "\r\n");
    }
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

/* ---- GeoJSON: the single-article export, with `sources` ---- */

static char *
geojson_with_sources (const char *geojson,
                      GPtrArray  *events,
                      gsize      *length,
                      GError    **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *features;

  if (!json_parser_load_from_data (parser, geojson, -1, error))
    return NULL;
  features = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                           "features");
  for (guint i = 0; i < json_array_get_length (features) && i < events->len; i++)
    {
      const MarsadCollectionEvent *e = g_ptr_array_index (events, i);
      JsonObject *properties = json_object_get_object_member (json_array_get_object_element (features, i),
                                                              "properties");
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) extra = NULL;
      JsonObject *o;

      json_builder_begin_object (b);
      add_count (b, "fatalities", lowest_fatalities (e));
      add_string (b, "fusion_reason", e->reason);
      add_sources (b, e);
      json_builder_end_object (b);
      extra = json_builder_get_root (b);
      o = json_node_get_object (extra);
      json_object_set_member (properties, "fatalities", json_object_dup_member (o, "fatalities"));
      json_object_set_member (properties, "fusion_reason", json_object_dup_member (o, "fusion_reason"));
      json_object_set_member (properties, "sources", json_object_dup_member (o, "sources"));
    }
  return node_to_string (json_parser_get_root (parser), TRUE, length);
}

char *
marsad_collection_events_export (GPtrArray          *events,
                                 MarsadEventFormat   format,
                                 gsize              *length,
                                 GError            **error)
{
  g_autoptr(MarsadDocument) doc = marsad_collection_events_to_document (events, NULL);
  g_autofree char *plain = marsad_export_events_to_string (doc, format, length, error);

  if (plain == NULL)
    return NULL;
  switch (format)
    {
    case MARSAD_EVENT_FORMAT_CSV:
      return csv_with_sources (plain, events, length);
    case MARSAD_EVENT_FORMAT_GEOJSON:
      return geojson_with_sources (plain, events, length, error);
    case MARSAD_EVENT_FORMAT_KML:
    default:
      return g_steal_pointer (&plain);
    }
}
