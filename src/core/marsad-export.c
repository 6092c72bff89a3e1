/* marsad-export.c: events for GIS and spreadsheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"
#include "marsad-export.h"

#include <string.h>

#include <glib/gi18n.h>

#include "marsad-atomic-file.h"
#include "marsad-event-types.h"
#include "marsad-export-private.h"

static const char *const acled_columns[] = {
  "event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
  "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
  "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
  "iso", "region", "country", "admin1", "admin2", "admin3", "location",
  "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
  "fatalities", "tags", "timestamp",
  NULL,
};

enum
{
  COL_EVENT_ID_CNTY, COL_EVENT_DATE, COL_YEAR, COL_TIME_PRECISION,
  COL_DISORDER_TYPE, COL_EVENT_TYPE, COL_SUB_EVENT_TYPE, COL_ACTOR1,
  COL_ASSOC_ACTOR_1, COL_INTER1, COL_ACTOR2, COL_ASSOC_ACTOR_2, COL_INTER2,
  COL_INTERACTION, COL_CIVILIAN_TARGETING, COL_ISO, COL_REGION, COL_COUNTRY,
  COL_ADMIN1, COL_ADMIN2, COL_ADMIN3, COL_LOCATION, COL_LATITUDE,
  COL_LONGITUDE, COL_GEO_PRECISION, COL_SOURCE, COL_SOURCE_SCALE, COL_NOTES,
  COL_FATALITIES, COL_TAGS, COL_TIMESTAMP,
  N_COLUMNS
};

G_STATIC_ASSERT (G_N_ELEMENTS (acled_columns) == N_COLUMNS + 1);

/* ACLED identifies countries by ISO 3166 numeric code and English name and
 * groups them in its own regions. Enough for the region Marsad covers; any
 * other country keeps those columns empty rather than guessed. */
typedef struct
{
  const char *iso2;
  const char *iso3;
  int         numeric;
  const char *name;
  const char *region;
} CountryInfo;

static const CountryInfo countries[] = {
  { "AE", "ARE", 784, "United Arab Emirates", "Middle East" },
  { "AF", "AFG",   4, "Afghanistan", "South Asia" },
  { "BH", "BHR",  48, "Bahrain", "Middle East" },
  { "DZ", "DZA",  12, "Algeria", "Northern Africa" },
  { "EG", "EGY", 818, "Egypt", "Middle East" },
  { "IL", "ISR", 376, "Israel", "Middle East" },
  { "IQ", "IRQ", 368, "Iraq", "Middle East" },
  { "IR", "IRN", 364, "Iran", "Middle East" },
  { "JO", "JOR", 400, "Jordan", "Middle East" },
  { "KW", "KWT", 414, "Kuwait", "Middle East" },
  { "LB", "LBN", 422, "Lebanon", "Middle East" },
  { "LY", "LBY", 434, "Libya", "Northern Africa" },
  { "MA", "MAR", 504, "Morocco", "Northern Africa" },
  { "OM", "OMN", 512, "Oman", "Middle East" },
  { "PS", "PSE", 275, "Palestine", "Middle East" },
  { "QA", "QAT", 634, "Qatar", "Middle East" },
  { "SA", "SAU", 682, "Saudi Arabia", "Middle East" },
  { "SD", "SDN", 729, "Sudan", "Northern Africa" },
  { "SY", "SYR", 760, "Syria", "Middle East" },
  { "TN", "TUN", 788, "Tunisia", "Northern Africa" },
  { "TR", "TUR", 792, "Turkey", "Middle East" },
  { "US", "USA", 840, "United States", "North America" },
  { "YE", "YEM", 887, "Yemen", "Middle East" },
};

static const CountryInfo *
find_country (const char *iso2)
{
  if (iso2 == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (countries); i++)
    if (g_ascii_strcasecmp (countries[i].iso2, iso2) == 0)
      return &countries[i];
  return NULL;
}

gboolean
marsad_event_format_from_string (const char        *str,
                                 MarsadEventFormat *format)
{
  static const struct { const char *name; MarsadEventFormat format; } names[] = {
    { "geojson", MARSAD_EVENT_FORMAT_GEOJSON },
    { "csv", MARSAD_EVENT_FORMAT_CSV },
    { "acled", MARSAD_EVENT_FORMAT_CSV },
    { "kml", MARSAD_EVENT_FORMAT_KML },
  };

  g_return_val_if_fail (format != NULL, FALSE);

  for (guint i = 0; str != NULL && i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (str, names[i].name) == 0)
      {
        *format = names[i].format;
        return TRUE;
      }
  return FALSE;
}

const char *
marsad_event_format_to_string (MarsadEventFormat format)
{
  return marsad_event_format_get_extension (format);
}

const char *
marsad_event_format_get_extension (MarsadEventFormat format)
{
  switch (format)
    {
    case MARSAD_EVENT_FORMAT_GEOJSON: return "geojson";
    case MARSAD_EVENT_FORMAT_CSV:     return "csv";
    case MARSAD_EVENT_FORMAT_KML:     return "kml";
    default:                          g_return_val_if_reached (NULL);
    }
}

const char *
marsad_event_format_get_mime_type (MarsadEventFormat format)
{
  switch (format)
    {
    case MARSAD_EVENT_FORMAT_GEOJSON: return "application/geo+json";
    case MARSAD_EVENT_FORMAT_CSV:     return "text/csv";
    case MARSAD_EVENT_FORMAT_KML:     return "application/vnd.google-earth.kml+xml";
    default:                          g_return_val_if_reached (NULL);
    }
}

const char *const *
marsad_export_acled_columns (void)
{
  return acled_columns;
}

/* ---- what every format says about one event ---- */

void
marsad_event_facts_clear (MarsadEventFacts *facts)
{
  g_clear_pointer (&facts->sentence, g_free);
}

void
marsad_event_facts_init (MarsadEventFacts     *facts,
                         const MarsadDocument *doc,
                         const MarsadEvent    *event)
{
  facts->event = event;
  facts->place = event->place_id != NULL ?
                 marsad_document_find_place (doc, event->place_id) : NULL;
  /* the table is loaded only for a border place */
  facts->border = facts->place != NULL && g_strcmp0 (facts->place->kind, "border") == 0
                  ? marsad_borders_find_place (marsad_borders_get_default (), facts->place) : NULL;
  facts->has_fatalities = marsad_event_get_fatalities (event,
                                                       &facts->fatalities_min,
                                                       &facts->fatalities_max);
  facts->sentence = NULL;
  if (doc->sentences != NULL && event->sentence < doc->sentences->len)
    {
      const MarsadSpan *span = &g_array_index (doc->sentences, MarsadSpan, event->sentence);

      facts->sentence = g_strstrip (marsad_document_dup_span (doc, span->start, span->end));
    }
}

static void
export_border_free (MarsadExportBorder *b)
{
  g_ptr_array_unref (b->event_ids);
  g_free (b);
}

GPtrArray *
marsad_export_borders_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) export_border_free);
}

void
marsad_export_borders_add (GPtrArray              *borders,
                           const MarsadEventFacts *facts)
{
  MarsadExportBorder *b = NULL;
  int t, best;

  if (facts->border == NULL)
    return;
  for (guint k = 0; k < borders->len && b == NULL; k++)
    if (((MarsadExportBorder *) g_ptr_array_index (borders, k))->border == facts->border)
      b = g_ptr_array_index (borders, k);
  if (b == NULL)
    {
      b = g_new0 (MarsadExportBorder, 1);
      b->border = facts->border;
      b->place = facts->place;
      b->event_ids = g_ptr_array_new ();
      g_ptr_array_add (borders, b);
    }
  g_ptr_array_add (b->event_ids, facts->event->id);
  if ((t = marsad_event_type_get_index (facts->event->type)) < 0)
    return;
  b->type_counts[t]++;
  /* the type most of its events have, ties in the legend's order */
  best = marsad_event_type_get_index (b->event_type);
  if (best < 0 || b->type_counts[t] > b->type_counts[best] ||
      (b->type_counts[t] == b->type_counts[best] && t < best))
    b->event_type = marsad_event_types ()[t];
}

char *
marsad_export_border_codes (const MarsadBorder *border)
{
  const char *a, *b;

  marsad_border_get_countries (border, &a, &b);
  return g_strconcat (a, ",", b, NULL);
}

char *
marsad_export_border_id (const MarsadBorder *border)
{
  const char *a, *b;

  marsad_border_get_countries (border, &a, &b);
  return g_strconcat ("border-", a, "-", b, NULL);
}

const char *
marsad_event_actor (const MarsadEvent *event,
                    guint              i)
{
  if (event->actors == NULL || i >= event->actors->len)
    return NULL;
  return g_ptr_array_index (event->actors, i);
}

/* ACLED's geo_precision: 1 the place itself, 2 near it or part of a
 * district, 3 only the province or country is known. */
static int
geo_precision_for_place (const MarsadPlace *place)
{
  static const char *const exact[] = {
    "city", "town", "village", "neighbourhood", "military_base", "airport",
    "camp", "facility",
  };
  const char *kind = place->kind;

  if (kind == NULL)
    return 0;
  /* placed where a nearby place the text names lies: "near" in ACLED's terms */
  if (place->approximate)
    return 2;
  for (guint i = 0; i < G_N_ELEMENTS (exact); i++)
    if (g_str_equal (kind, exact[i]))
      return 1;
  if (g_str_equal (kind, "district"))
    return 2;
  return 3;
}

/* ---- CSV (RFC 4180) ---- */

static void
csv_append_field (GString    *out,
                  const char *value)
{
  if (value == NULL)
    return;

  /* Quote only when needed, as RFC 4180 allows; a quote inside a quoted
   * field is doubled. */
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

static void
csv_append_row (GString           *out,
                const char *const *fields)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      csv_append_field (out, fields[i]);
    }
  g_string_append (out, "\r\n");
}

static char *
format_coordinate (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  /* Five decimals are about a metre: finer than any gazetteer point. */
  return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.5f", value));
}

static char *
csv_notes (const MarsadEventFacts *f)
{
  const GPtrArray *reports = f->event->fatality_reports;
  GString *notes = g_string_new (f->sentence);

  /* ACLED codes the lowest figure; keep the others where a reader sees them. */
  if (reports != NULL && reports->len > 1)
    {
      g_string_append (notes, notes->len > 0 ? " [fatality reports: " : "[fatality reports: ");
      for (guint i = 0; i < reports->len; i++)
        {
          const MarsadCasualtyReport *r = g_ptr_array_index (reports, i);

          if (i > 0)
            g_string_append (notes, "; ");
          g_string_append_printf (notes, "%d", r->count);
          if (r->source != NULL)
            g_string_append_printf (notes, " (%s)", r->source);
        }
      g_string_append_c (notes, ']');
    }

  return g_string_free (notes, FALSE);
}

static void
csv_append_event (GString          *out,
                  const MarsadEventFacts *f)
{
  const MarsadEvent *e = f->event;
  const MarsadPlace *p = f->place;
  const CountryInfo *country = p != NULL ? find_country (p->country) : NULL;
  const char *fields[N_COLUMNS] = { NULL };
  g_autofree char *id = NULL;
  g_autofree char *year = NULL;
  g_autofree char *precision = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *lat = NULL;
  g_autofree char *lon = NULL;
  g_autofree char *geo_precision = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *fatalities = NULL;

  /* Not an ACLED number: prefixed like ACLED's ids, but with the article's
   * own event id, so it cannot collide with a real ACLED event. */
  id = country != NULL ? g_strconcat (country->iso3, "-", e->id, NULL) : g_strdup (e->id);
  fields[COL_EVENT_ID_CNTY] = id;
  fields[COL_EVENT_DATE] = e->date_start;
  /* four digits, never the first bytes of whatever a hand-edited analysis
   * holds (cutting a UTF-8 character in two) */
  if (e->date_start != NULL && g_ascii_isdigit (e->date_start[0]) && g_ascii_isdigit (e->date_start[1]) &&
      g_ascii_isdigit (e->date_start[2]) && g_ascii_isdigit (e->date_start[3]))
    year = g_strndup (e->date_start, 4);
  fields[COL_YEAR] = year;
  /* ACLED's scale stops at a month; coarser dates stay empty. */
  if (e->time_precision >= MARSAD_TIME_PRECISION_DAY &&
      e->time_precision <= MARSAD_TIME_PRECISION_MONTH)
    precision = g_strdup_printf ("%d", (int) e->time_precision);
  fields[COL_TIME_PRECISION] = precision;
  fields[COL_DISORDER_TYPE] = marsad_event_type_get_disorder_type (e->type, e->sub_type);
  fields[COL_EVENT_TYPE] = e->type;
  fields[COL_SUB_EVENT_TYPE] = e->sub_type;
  fields[COL_ACTOR1] = marsad_event_actor (e, 0);
  fields[COL_ACTOR2] = marsad_event_actor (e, 1);
  if (marsad_event_type_get_index (e->type) == 2)
    fields[COL_CIVILIAN_TARGETING] = "Civilian targeting";
  if (country != NULL)
    {
      iso = g_strdup_printf ("%d", country->numeric);
      fields[COL_ISO] = iso;
      fields[COL_REGION] = country->region;
      fields[COL_COUNTRY] = country->name;
    }
  if (p != NULL)
    {
      int place_precision = geo_precision_for_place (p);

      fields[COL_ADMIN1] = p->admin1;
      /* ACLED's locations are romanised; fall back to Arabic over nothing. */
      fields[COL_LOCATION] = p->name_en != NULL && *p->name_en != '\0' ? p->name_en : p->name;
      lat = format_coordinate (p->lat);
      lon = format_coordinate (p->lon);
      fields[COL_LATITUDE] = lat;
      fields[COL_LONGITUDE] = lon;
      if (place_precision > 0)
        geo_precision = g_strdup_printf ("%d", place_precision);
      fields[COL_GEO_PRECISION] = geo_precision;
    }
  notes = csv_notes (f);
  fields[COL_NOTES] = notes;
  if (f->has_fatalities)
    fatalities = g_strdup_printf ("%d", f->fatalities_min);
  fields[COL_FATALITIES] = fatalities;
  fields[COL_TAGS] = e->background ? "background" : NULL;

  csv_append_row (out, fields);
}

static char *
events_to_csv (const MarsadDocument *doc,
               MarsadExportFlags     flags,
               gsize                *length)
{
  GString *out = g_string_new (NULL);

  if (flags & MARSAD_EXPORT_CSV_BOM)
    g_string_append (out, "\xEF\xBB\xBF");
  csv_append_row (out, acled_columns);
  for (guint i = 0; i < doc->events->len; i++)
    {
      g_auto(MarsadEventFacts) facts = { 0 };

      marsad_event_facts_init (&facts, doc, g_ptr_array_index (doc->events, i));
      csv_append_event (out, &facts);
    }

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

/* ---- entry points ---- */

char *
marsad_export_events_to_string (const MarsadDocument *doc,
                                MarsadEventFormat     format,
                                gsize                *length,
                                GError              **error)
{
  return marsad_export_events_to_string_full (doc, format, MARSAD_EXPORT_NONE, length, error);
}

char *
marsad_export_events_to_string_full (const MarsadDocument *doc,
                                     MarsadEventFormat     format,
                                     MarsadExportFlags     flags,
                                     gsize                *length,
                                     GError              **error)
{
  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  switch (format)
    {
    case MARSAD_EVENT_FORMAT_GEOJSON:
      return marsad_export_events_to_geojson (doc, length);
    case MARSAD_EVENT_FORMAT_CSV:
      return events_to_csv (doc, flags, length);
    case MARSAD_EVENT_FORMAT_KML:
      return marsad_export_events_to_kml (doc, length, error);
    default:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "Unknown event export format %d", (int) format);
      return NULL;
    }
}

gboolean
marsad_export_events (const MarsadDocument *doc,
                      MarsadEventFormat     format,
                      GOutputStream        *out,
                      GCancellable         *cancellable,
                      GError              **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  data = marsad_export_events_to_string (doc, format, &len, error);
  if (data == NULL)
    return FALSE;
  return g_output_stream_write_all (out, data, len, NULL, cancellable, error);
}

gboolean
marsad_export_events_to_file (const MarsadDocument *doc,
                              MarsadEventFormat     format,
                              const char           *path,
                              GError              **error)
{
  return marsad_export_events_to_file_full (doc, format, MARSAD_EXPORT_NONE, path, error);
}

gboolean
marsad_export_events_to_file_full (const MarsadDocument *doc,
                                   MarsadEventFormat     format,
                                   MarsadExportFlags     flags,
                                   const char           *path,
                                   GError              **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  g_return_val_if_fail (path != NULL, FALSE);

  data = marsad_export_events_to_string_full (doc, format, flags, &len, error);
  if (data == NULL)
    return FALSE;
  return marsad_write_file_atomically (path, data, len, error);
}
