/* marsad-export-kml.c: events as KML 2.2, for Google Earth and QGIS
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <libxml/xmlwriter.h>

#include "marsad-event-types.h"
#include "marsad-export-private.h"

#define KML_NS "http://www.opengis.net/kml/2.2"

/* XML 1.0 forbids the C0 controls but tab, newline and carriage return (and
 * U+FFFE, U+FFFF): libxml2's writer passes them through, making the file
 * unreadable, so they are dropped here. JSON escapes them instead. */
static gboolean
xml_char_allowed (gunichar c)
{
  return c == '\t' || c == '\n' || c == '\r' ||
         (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
}

/* value itself when it is all allowed characters, else a cleaned copy kept
 * in *copy; NULL stays NULL. */
static const char *
xml_text (const char  *value,
          char       **copy)
{
  GString *clean;

  *copy = NULL;
  if (value == NULL)
    return NULL;
  for (const char *p = value; *p != '\0'; p = g_utf8_next_char (p))
    if (!xml_char_allowed (g_utf8_get_char (p)))
      goto dirty;
  return value;

dirty:
  clean = g_string_sized_new (strlen (value));
  for (const char *p = value; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (xml_char_allowed (c))
        g_string_append_unichar (clean, c);
    }
  *copy = g_string_free (clean, FALSE);
  return *copy;
}

static void
write_element (xmlTextWriterPtr  w,
               const char       *name,
               const char       *value)
{
  g_autofree char *copy = NULL;

  xmlTextWriterWriteElement (w, BAD_CAST name, BAD_CAST xml_text (value, &copy));
}

static void
write_attribute (xmlTextWriterPtr  w,
                 const char       *name,
                 const char       *value)
{
  g_autofree char *copy = NULL;

  xmlTextWriterWriteAttribute (w, BAD_CAST name, BAD_CAST xml_text (value, &copy));
}

static const char *
kml_style_id (const char *type)
{
  static const char *const ids[MARSAD_N_EVENT_TYPES] = {
    "battles", "explosions", "violence-against-civilians", "protests", "riots",
    "strategic-developments",
  };
  int i = marsad_event_type_get_index (type);

  return i < 0 ? "other" : ids[i];
}

static void
kml_write_style (xmlTextWriterPtr w,
                 const char      *type)
{
  guint32 rgb = marsad_event_type_get_rgb (type, FALSE);
  g_autofree char *color = NULL;

  /* KML colours are aabbggrr. */
  color = g_strdup_printf ("ff%02x%02x%02x", rgb & 0xff, (rgb >> 8) & 0xff, (rgb >> 16) & 0xff);
  xmlTextWriterStartElement (w, BAD_CAST "Style");
  xmlTextWriterWriteAttribute (w, BAD_CAST "id", BAD_CAST kml_style_id (type));
  xmlTextWriterStartElement (w, BAD_CAST "IconStyle");
  xmlTextWriterWriteElement (w, BAD_CAST "color", BAD_CAST color);
  xmlTextWriterStartElement (w, BAD_CAST "Icon");
  xmlTextWriterWriteElement (w, BAD_CAST "href",
                             BAD_CAST "http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png");
  xmlTextWriterEndElement (w); /* Icon */
  xmlTextWriterEndElement (w); /* IconStyle */
  /* a border's line, in its events' type's colour */
  xmlTextWriterStartElement (w, BAD_CAST "LineStyle");
  xmlTextWriterWriteElement (w, BAD_CAST "color", BAD_CAST color);
  xmlTextWriterWriteElement (w, BAD_CAST "width", BAD_CAST "3");
  xmlTextWriterEndElement (w); /* LineStyle */
  xmlTextWriterEndElement (w); /* Style */
}

static void
kml_write_data (xmlTextWriterPtr w,
                const char      *name,
                const char      *value)
{
  if (value == NULL)
    return;
  xmlTextWriterStartElement (w, BAD_CAST "Data");
  xmlTextWriterWriteAttribute (w, BAD_CAST "name", BAD_CAST name);
  write_element (w, "value", value);
  xmlTextWriterEndElement (w);
}

/* NULL when there are none; the Arabic semicolon separates Arabic names. */
static char *
join_actors (const GPtrArray *actors)
{
  GString *joined;

  if (actors == NULL || actors->len == 0)
    return NULL;

  joined = g_string_new (g_ptr_array_index (actors, 0));
  for (guint i = 1; i < actors->len; i++)
    {
      g_string_append (joined, "؛ ");
      g_string_append (joined, g_ptr_array_index (actors, i));
    }
  return g_string_free (joined, FALSE);
}

static void
kml_write_placemark (xmlTextWriterPtr  w,
                     const MarsadEventFacts *f)
{
  const MarsadEvent *e = f->event;
  const MarsadPlace *p = f->place;
  g_autofree char *name = NULL;
  g_autofree char *style = NULL;
  g_autofree char *actors = NULL;
  g_autofree char *fatalities = NULL;

  /* an event the text gives no place is still listed (Google Earth shows
   * it in the sidebar, with no point on the globe): say so in its name */
  if (p != NULL)
    name = g_strdup_printf ("%s — %s", p->name, e->type != NULL ? e->type : "Event");
  else
    name = g_strdup_printf ("%s (no place)", e->type != NULL ? e->type : "Event");
  style = g_strconcat ("#", kml_style_id (e->type), NULL);

  xmlTextWriterStartElement (w, BAD_CAST "Placemark");
  write_attribute (w, "id", e->id);
  write_element (w, "name", name);
  if (f->sentence != NULL)
    write_element (w, "description", f->sentence);

  /* kml:dateTimeType takes a year, a year-month or a date, like ours. */
  if (e->date_start != NULL && e->date_end != NULL && !g_str_equal (e->date_start, e->date_end))
    {
      xmlTextWriterStartElement (w, BAD_CAST "TimeSpan");
      write_element (w, "begin", e->date_start);
      write_element (w, "end", e->date_end);
      xmlTextWriterEndElement (w);
    }
  else if (e->date_start != NULL)
    {
      xmlTextWriterStartElement (w, BAD_CAST "TimeStamp");
      write_element (w, "when", e->date_start);
      xmlTextWriterEndElement (w);
    }

  xmlTextWriterWriteElement (w, BAD_CAST "styleUrl", BAD_CAST style);

  xmlTextWriterStartElement (w, BAD_CAST "ExtendedData");
  kml_write_data (w, "event_type", e->type);
  kml_write_data (w, "sub_event_type", e->sub_type);
  kml_write_data (w, "date_text", e->date_text);
  actors = join_actors (e->actors);
  kml_write_data (w, "actors", actors);
  if (f->has_fatalities)
    fatalities = f->fatalities_min == f->fatalities_max ?
                 g_strdup_printf ("%d", f->fatalities_min) :
                 g_strdup_printf ("%d–%d", f->fatalities_min, f->fatalities_max);
  kml_write_data (w, "fatalities", fatalities);
  kml_write_data (w, "background", e->background ? "true" : "false");
  if (p != NULL)
    {
      g_autofree char *border = f->border != NULL ? marsad_export_border_codes (f->border) : NULL;

      kml_write_data (w, "place_name_en", p->name_en);
      kml_write_data (w, "country", p->country);
      kml_write_data (w, "admin1", p->admin1);
      kml_write_data (w, "border", border);
    }
  xmlTextWriterEndElement (w); /* ExtendedData */

  if (p != NULL)
    {
      char lon[G_ASCII_DTOSTR_BUF_SIZE], lat[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *coords = NULL;

      coords = g_strdup_printf ("%s,%s",
                                g_ascii_formatd (lon, sizeof lon, "%.6f", p->lon),
                                g_ascii_formatd (lat, sizeof lat, "%.6f", p->lat));
      xmlTextWriterStartElement (w, BAD_CAST "Point");
      xmlTextWriterWriteElement (w, BAD_CAST "coordinates", BAD_CAST coords);
      xmlTextWriterEndElement (w);
    }

  xmlTextWriterEndElement (w); /* Placemark */
}

/* The border itself, besides its events' points: a LineString per
 * segment of data/borders.tsv, in the style of its events' type. */
static void
kml_write_border (xmlTextWriterPtr          w,
                  const MarsadExportBorder *b)
{
  g_autofree char *codes = marsad_export_border_codes (b->border);
  g_autofree char *id = marsad_export_border_id (b->border);
  g_autofree char *style = g_strconcat ("#", kml_style_id (b->event_type), NULL);
  g_autoptr(GString) event_ids = g_string_new (NULL);

  for (guint i = 0; i < b->event_ids->len; i++)
    g_string_append_printf (event_ids, "%s%s", i > 0 ? " " : "", (const char *) b->event_ids->pdata[i]);

  xmlTextWriterStartElement (w, BAD_CAST "Placemark");
  write_attribute (w, "id", id);
  write_element (w, "name", b->place->name);
  write_element (w, "description", b->place->name_en);
  xmlTextWriterWriteElement (w, BAD_CAST "styleUrl", BAD_CAST style);
  xmlTextWriterStartElement (w, BAD_CAST "ExtendedData");
  kml_write_data (w, "feature_type", "border");
  kml_write_data (w, "border", codes);
  kml_write_data (w, "event_ids", event_ids->str);
  xmlTextWriterEndElement (w); /* ExtendedData */

  xmlTextWriterStartElement (w, BAD_CAST "MultiGeometry");
  for (guint s = 0; s < marsad_border_get_n_segments (b->border); s++)
    {
      g_autoptr(GString) coords = g_string_new (NULL);
      guint n = 0;
      const double *points = marsad_border_get_segment (b->border, s, &n);

      for (guint i = 0; i < n; i++)
        {
          char lon[G_ASCII_DTOSTR_BUF_SIZE], lat[G_ASCII_DTOSTR_BUF_SIZE];

          g_string_append_printf (coords, "%s%s,%s", i > 0 ? " " : "",
                                  g_ascii_formatd (lon, sizeof lon, "%.4f", points[2 * i + 1]),
                                  g_ascii_formatd (lat, sizeof lat, "%.4f", points[2 * i]));
        }
      xmlTextWriterStartElement (w, BAD_CAST "LineString");
      /* along the ground, not a straight chord through the globe */
      xmlTextWriterWriteElement (w, BAD_CAST "tessellate", BAD_CAST "1");
      xmlTextWriterWriteElement (w, BAD_CAST "coordinates", BAD_CAST coords->str);
      xmlTextWriterEndElement (w); /* LineString */
    }
  xmlTextWriterEndElement (w); /* MultiGeometry */
  xmlTextWriterEndElement (w); /* Placemark */
}

char *
marsad_export_events_to_kml (const MarsadDocument *doc,
               gsize                *length,
               GError              **error)
{
  xmlBufferPtr buffer = xmlBufferCreate ();
  xmlTextWriterPtr w = xmlNewTextWriterMemory (buffer, 0);
  gboolean used[MARSAD_N_EVENT_TYPES + 1] = { FALSE };
  g_autoptr(GPtrArray) borders = marsad_export_borders_new ();
  char *result = NULL;
  int rc;

  xmlTextWriterSetIndent (w, 1);
  xmlTextWriterSetIndentString (w, BAD_CAST "  ");
  xmlTextWriterStartDocument (w, NULL, "UTF-8", NULL);
  xmlTextWriterStartElementNS (w, NULL, BAD_CAST "kml", BAD_CAST KML_NS);
  xmlTextWriterStartElement (w, BAD_CAST "Document");
  write_element (w, "name", doc->title != NULL ? doc->title : "Marsad");

  /* One style per type that occurs, so Google Earth and QGIS colour the
   * placemarks as the map does. */
  for (guint i = 0; i < doc->events->len; i++)
    {
      const MarsadEvent *e = g_ptr_array_index (doc->events, i);
      int t = marsad_event_type_get_index (e->type);

      if (!used[t + 1])
        kml_write_style (w, e->type);
      used[t + 1] = TRUE;
    }

  for (guint i = 0; i < doc->events->len; i++)
    {
      g_auto(MarsadEventFacts) facts = { 0 };

      marsad_event_facts_init (&facts, doc, g_ptr_array_index (doc->events, i));
      kml_write_placemark (w, &facts);
      marsad_export_borders_add (borders, &facts);
    }
  if (borders->len > 0)
    {
      /* apart from the events, so that counting placemarks counts them */
      xmlTextWriterStartElement (w, BAD_CAST "Folder");
      xmlTextWriterWriteElement (w, BAD_CAST "name", BAD_CAST "Borders");
      for (guint i = 0; i < borders->len; i++)
        kml_write_border (w, g_ptr_array_index (borders, i));
      xmlTextWriterEndElement (w); /* Folder */
    }

  /* Only the end tells whether the writer failed on the way (invalid UTF-8
   * in a hand-edited analysis, say). */
  rc = xmlTextWriterEndDocument (w);
  xmlFreeTextWriter (w);
  if (rc < 0)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                 _("Cannot write the events as KML"));
  else
    {
      result = g_strndup ((const char *) xmlBufferContent (buffer), xmlBufferLength (buffer));
      if (length != NULL)
        *length = xmlBufferLength (buffer);
    }
  xmlBufferFree (buffer);
  return result;
}

