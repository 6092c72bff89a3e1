/* marsad-export-geojson.c: events as GeoJSON (RFC 7946)
 *
 * One Point Feature per event, as ACLED's users expect ("feature_type":
 * "event"). An event on a border («الحدود الأردنية-السورية») keeps its
 * point, names the two countries in "border", and the border itself
 * follows the events as one MultiLineString Feature of its own
 * ("feature_type": "border"), so that a count of events counts only those.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "marsad-event-types.h"
#include "marsad-export-private.h"
#include "marsad-json-writer.h"

static void
add_string_member (MarsadJsonWriter *w,
                   const char       *name,
                   const char       *value)
{
  marsad_json_writer_key (w, name);
  marsad_json_writer_string (w, value);
}

static void
add_int_member (MarsadJsonWriter *w,
                const char       *name,
                gboolean          known,
                int               value)
{
  marsad_json_writer_key (w, name);
  if (known)
    marsad_json_writer_int (w, value);
  else
    marsad_json_writer_null (w);
}

static void
add_boolean_member (MarsadJsonWriter *w,
                    const char       *name,
                    gboolean          value)
{
  marsad_json_writer_key (w, name);
  marsad_json_writer_boolean (w, value);
}

static void
add_reports_member (MarsadJsonWriter *w,
                    const char       *name,
                    const GPtrArray  *reports)
{
  marsad_json_writer_key (w, name);
  marsad_json_writer_begin_array (w);
  for (guint i = 0; reports != NULL && i < reports->len; i++)
    {
      const MarsadCasualtyReport *r = g_ptr_array_index (reports, i);

      marsad_json_writer_begin_object (w);
      add_int_member (w, "count", r->count >= 0, r->count);
      add_string_member (w, "source", r->source);
      marsad_json_writer_end_object (w);
    }
  marsad_json_writer_end_array (w);
}

/* "border": ["JO", "SY"], or null off a border */
static void
add_border_member (MarsadJsonWriter   *w,
                   const MarsadBorder *border)
{
  const char *a, *b;

  marsad_json_writer_key (w, "border");
  if (border == NULL)
    {
      marsad_json_writer_null (w);
      return;
    }
  marsad_border_get_countries (border, &a, &b);
  marsad_json_writer_begin_array (w);
  marsad_json_writer_string (w, a);
  marsad_json_writer_string (w, b);
  marsad_json_writer_end_array (w);
}

static void
add_geojson_feature (MarsadJsonWriter       *w,
                     const MarsadEventFacts *f)
{
  const MarsadEvent *e = f->event;
  const MarsadPlace *p = f->place;

  marsad_json_writer_begin_object (w);
  add_string_member (w, "type", "Feature");
  add_string_member (w, "id", e->id);

  marsad_json_writer_key (w, "geometry");
  if (p != NULL)
    {
      marsad_json_writer_begin_object (w);
      add_string_member (w, "type", "Point");
      marsad_json_writer_key (w, "coordinates");
      /* RFC 7946 §3.1.1: longitude first; §11.2: six decimals (about
       * 10 cm) are more than any gazetteer point holds. */
      marsad_json_writer_begin_array (w);
      marsad_json_writer_double_fixed (w, p->lon, 6);
      marsad_json_writer_double_fixed (w, p->lat, 6);
      marsad_json_writer_end_array (w);
      marsad_json_writer_end_object (w);
    }
  else
    marsad_json_writer_null (w);

  marsad_json_writer_key (w, "properties");
  marsad_json_writer_begin_object (w);
  add_string_member (w, "feature_type", "event");
  add_string_member (w, "event_type", e->type);
  add_string_member (w, "sub_event_type", e->sub_type);
  add_string_member (w, "disorder_type",
                     marsad_event_type_get_disorder_type (e->type, e->sub_type));
  add_string_member (w, "date_start", e->date_start);
  add_string_member (w, "date_end", e->date_end);
  add_string_member (w, "date_text", e->date_text);
  add_int_member (w, "time_precision",
                  e->time_precision != MARSAD_TIME_PRECISION_UNKNOWN, e->time_precision);
  add_string_member (w, "place_id", e->place_id);
  add_string_member (w, "place_name", p != NULL ? p->name : NULL);
  add_string_member (w, "place_name_en", p != NULL ? p->name_en : NULL);
  add_string_member (w, "place_kind", p != NULL ? p->kind : NULL);
  add_boolean_member (w, "place_approximate", p != NULL && p->approximate);
  add_string_member (w, "country", p != NULL ? p->country : NULL);
  add_string_member (w, "admin1", p != NULL ? p->admin1 : NULL);
  add_string_member (w, "source_id", p != NULL ? p->source_id : NULL);
  add_border_member (w, f->border);

  marsad_json_writer_key (w, "actors");
  marsad_json_writer_begin_array (w);
  for (guint i = 0; e->actors != NULL && i < e->actors->len; i++)
    marsad_json_writer_string (w, g_ptr_array_index (e->actors, i));
  marsad_json_writer_end_array (w);

  add_int_member (w, "fatalities_min", f->has_fatalities, f->fatalities_min);
  add_int_member (w, "fatalities_max", f->has_fatalities, f->fatalities_max);
  add_reports_member (w, "fatality_reports", e->fatality_reports);
  add_reports_member (w, "injury_reports", e->injury_reports);
  add_boolean_member (w, "background", e->background);
  add_string_member (w, "notes", f->sentence);
  marsad_json_writer_end_object (w);

  marsad_json_writer_end_object (w);
}

/* The line as data/borders.tsv has it: four decimals (about 10 m), each
 * segment a LineString of two positions or more. */
static void
add_border_feature (MarsadJsonWriter         *w,
                    const MarsadExportBorder *b)
{
  g_autofree char *id = marsad_export_border_id (b->border);

  marsad_json_writer_begin_object (w);
  add_string_member (w, "type", "Feature");
  add_string_member (w, "id", id);
  marsad_json_writer_key (w, "geometry");
  marsad_json_writer_begin_object (w);
  add_string_member (w, "type", "MultiLineString");
  marsad_json_writer_key (w, "coordinates");
  marsad_json_writer_begin_array (w);
  for (guint s = 0; s < marsad_border_get_n_segments (b->border); s++)
    {
      guint n = 0;
      const double *points = marsad_border_get_segment (b->border, s, &n);

      marsad_json_writer_begin_array (w);
      for (guint i = 0; i < n; i++)
        {
          marsad_json_writer_begin_array (w);
          marsad_json_writer_double_fixed (w, points[2 * i + 1], 4);
          marsad_json_writer_double_fixed (w, points[2 * i], 4);
          marsad_json_writer_end_array (w);
        }
      marsad_json_writer_end_array (w);
    }
  marsad_json_writer_end_array (w);
  marsad_json_writer_end_object (w);

  marsad_json_writer_key (w, "properties");
  marsad_json_writer_begin_object (w);
  add_string_member (w, "feature_type", "border");
  add_border_member (w, b->border);
  add_string_member (w, "place_id", b->place->id);
  add_string_member (w, "place_name", b->place->name);
  add_string_member (w, "place_name_en", b->place->name_en);
  add_string_member (w, "event_type", b->event_type);
  marsad_json_writer_key (w, "event_ids");
  marsad_json_writer_begin_array (w);
  for (guint i = 0; i < b->event_ids->len; i++)
    marsad_json_writer_string (w, g_ptr_array_index (b->event_ids, i));
  marsad_json_writer_end_array (w);
  marsad_json_writer_end_object (w);

  marsad_json_writer_end_object (w);
}

char *
marsad_export_events_to_geojson (const MarsadDocument *doc,
                                 gsize                *length)
{
  MarsadJsonWriter *w = marsad_json_writer_new (TRUE);
  g_autoptr(GPtrArray) borders = marsad_export_borders_new ();
  char *out;

  marsad_json_writer_begin_object (w);
  add_string_member (w, "type", "FeatureCollection");
  marsad_json_writer_key (w, "features");
  marsad_json_writer_begin_array (w);
  for (guint i = 0; i < doc->events->len; i++)
    {
      g_auto(MarsadEventFacts) facts = { 0 };

      marsad_event_facts_init (&facts, doc, g_ptr_array_index (doc->events, i));
      add_geojson_feature (w, &facts);
      marsad_export_borders_add (borders, &facts);
    }
  for (guint i = 0; i < borders->len; i++)
    add_border_feature (w, g_ptr_array_index (borders, i));
  marsad_json_writer_end_array (w);
  marsad_json_writer_end_object (w);

  out = marsad_json_writer_free_to_string (w);
  if (length != NULL)
    *length = strlen (out);
  return out;
}
