/* test-export-events.c: GeoJSON, ACLED CSV and KML exports, atomic writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "marsad-atomic-file.h"
#include "marsad-export.h"

#include "export-test-document.h"

/* Spelled out here rather than taken from the exporter, so a slip in its
 * table fails the test. ACLED's order, from its export tool. */
static const char *const expected_acled_columns[] = {
  "event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
  "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
  "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
  "iso", "region", "country", "admin1", "admin2", "admin3", "location",
  "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
  "fatalities", "tags", "timestamp",
};

static char *
export_document_string (MarsadDocument    *doc,
                        MarsadEventFormat  format)
{
  g_autoptr(GError) error = NULL;
  char *data;
  gsize len = 0;

  data = marsad_export_events_to_string (doc, format, &len, &error);
  g_assert_no_error (error);
  g_assert_nonnull (data);
  g_assert_cmpuint (len, ==, strlen (data));
  g_assert_true (g_utf8_validate (data, len, NULL));
  return data;
}

static char *
export_string (MarsadEventFormat format)
{
  g_autoptr(MarsadDocument) doc = export_test_document_new ();

  return export_document_string (doc, format);
}

static void
test_geojson (void)
{
  g_autofree char *data = export_string (MARSAD_EVENT_FORMAT_GEOJSON);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *feature, *geometry, *props;
  JsonArray *features, *coords;

  json_parser_load_from_data (parser, data, -1, &error);
  g_assert_no_error (error);

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "type"), ==, "FeatureCollection");
  /* RFC 7946 §4: no "crs" member; WGS 84 is implied. */
  g_assert_false (json_object_has_member (root, "crs"));
  features = json_object_get_array_member (root, "features");
  g_assert_cmpuint (json_array_get_length (features), ==, 3);

  for (guint i = 0; i < json_array_get_length (features); i++)
    {
      feature = json_array_get_object_element (features, i);
      g_assert_cmpstr (json_object_get_string_member (feature, "type"), ==, "Feature");
      geometry = json_object_get_object_member (feature, "geometry");
      g_assert_cmpstr (json_object_get_string_member (geometry, "type"), ==, "Point");
      coords = json_object_get_array_member (geometry, "coordinates");
      g_assert_cmpuint (json_array_get_length (coords), ==, 2);
    }

  /* Longitude first (§3.1.1): Jurf al-Sakhar is at 44.19 E, 32.87 N. */
  feature = json_array_get_object_element (features, 0);
  coords = json_object_get_array_member (json_object_get_object_member (feature, "geometry"),
                                         "coordinates");
  g_assert_cmpfloat_with_epsilon (json_array_get_double_element (coords, 0), 44.19, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_array_get_double_element (coords, 1), 32.87, 1e-9);

  props = json_object_get_object_member (feature, "properties");
  g_assert_cmpstr (json_object_get_string_member (feature, "id"), ==, "e1");
  g_assert_cmpstr (json_object_get_string_member (props, "event_type"), ==, "Explosions/Remote violence");
  g_assert_cmpstr (json_object_get_string_member (props, "sub_event_type"), ==, "Air/drone strike");
  g_assert_cmpstr (json_object_get_string_member (props, "date_start"), ==, "2024-01-23");
  g_assert_cmpstr (json_object_get_string_member (props, "place_name"), ==, "جرف الصخر");
  g_assert_cmpint (json_object_get_int_member (props, "fatalities_min"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (props, "fatalities_max"), ==, 3);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (props, "actors")), ==, 2);
  g_assert_false (json_object_get_boolean_member (props, "background"));

  feature = json_array_get_object_element (features, 2);
  props = json_object_get_object_member (feature, "properties");
  g_assert_true (json_object_get_boolean_member (props, "background"));
  g_assert_true (json_object_get_null_member (props, "fatalities_min"));
}

/* A strict RFC 4180 reader: rows of fields, CRLF between records. */
static GPtrArray *
parse_csv (const char *data)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  const char *p = data;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          g_assert_cmpuint (field->len, ==, 0);
          for (p++; !(*p == '"' && p[1] != '"'); p++)
            {
              g_assert_true (*p != '\0');
              if (*p == '"')
                p++;
              g_string_append_c (field, *p);
            }
          p++;
          g_assert_true (*p == ',' || *p == '\r');
        }
      else if (*p == ',')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          p++;
        }
      else if (*p == '\r')
        {
          g_assert_cmpint (p[1], ==, '\n');
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
          p += 2;
        }
      else
        {
          /* A bare quote or line break outside quotes breaks RFC 4180. */
          g_assert_cmpint (*p, !=, '\n');
          g_string_append_c (field, *p++);
        }
    }
  /* Every record, the last included, ends with CRLF. */
  g_assert_cmpuint (row->len, ==, 0);
  g_assert_cmpuint (field->len, ==, 0);
  g_ptr_array_unref (row);
  g_string_free (field, TRUE);
  return rows;
}

#define CELL(row, col) ((const char *) g_ptr_array_index ((row), (col)))

static void
test_csv (void)
{
  g_autofree char *data = export_string (MARSAD_EVENT_FORMAT_CSV);
  g_autoptr(GPtrArray) rows = parse_csv (data);
  GPtrArray *header, *row;
  g_autofree char *header_line = NULL;

  /* The header line verbatim: what ACLED tools and QGIS match on. */
  header_line = g_strjoinv (",", (char **) expected_acled_columns);
  g_assert_true (g_str_has_prefix (data, header_line));
  g_assert_true (g_str_has_prefix (data + strlen (header_line), "\r\n"));

  g_assert_cmpuint (rows->len, ==, 4);
  header = g_ptr_array_index (rows, 0);
  g_assert_cmpuint (header->len, ==, G_N_ELEMENTS (expected_acled_columns));
  for (guint i = 0; i < header->len; i++)
    g_assert_cmpstr (CELL (header, i), ==, expected_acled_columns[i]);
  for (guint i = 1; i < rows->len; i++)
    g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (rows, i))->len, ==, header->len);

  row = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (CELL (row, 0), ==, "IRQ-e1");
  g_assert_cmpstr (CELL (row, 1), ==, "2024-01-23");
  g_assert_cmpstr (CELL (row, 2), ==, "2024");
  g_assert_cmpstr (CELL (row, 3), ==, "1");
  g_assert_cmpstr (CELL (row, 4), ==, "Political violence");
  g_assert_cmpstr (CELL (row, 5), ==, "Explosions/Remote violence");
  g_assert_cmpstr (CELL (row, 6), ==, "Air/drone strike");
  g_assert_cmpstr (CELL (row, 7), ==, "القوات الأميركية");
  /* Comma and quotes survive the round trip. */
  g_assert_cmpstr (CELL (row, 10), ==, "كتائب \"حزب الله\", الفرع الثاني");
  g_assert_cmpstr (CELL (row, 9), ==, "");   /* inter1: not told, left empty */
  g_assert_cmpstr (CELL (row, 15), ==, "368");
  g_assert_cmpstr (CELL (row, 16), ==, "Middle East");
  g_assert_cmpstr (CELL (row, 17), ==, "Iraq");
  g_assert_cmpstr (CELL (row, 18), ==, "Babil");
  g_assert_cmpstr (CELL (row, 21), ==, "Jurf al-Sakhar");
  g_assert_cmpstr (CELL (row, 22), ==, "32.87000");
  g_assert_cmpstr (CELL (row, 23), ==, "44.19000");
  g_assert_cmpstr (CELL (row, 24), ==, "1");
  /* The sentence, line break and all, in notes. */
  g_assert_nonnull (strstr (CELL (row, 27), "\"مجهولة\""));
  g_assert_nonnull (strchr (CELL (row, 27), '\n'));
  /* ACLED's rule: the lowest reported figure. */
  g_assert_cmpstr (CELL (row, 28), ==, "2");
  g_assert_cmpstr (CELL (row, 30), ==, "");

  row = g_ptr_array_index (rows, 2);
  g_assert_cmpstr (CELL (row, 4), ==, "Political violence; Demonstrations");
  g_assert_cmpstr (CELL (row, 28), ==, "1");

  row = g_ptr_array_index (rows, 3);
  g_assert_cmpstr (CELL (row, 2), ==, "2014");
  g_assert_cmpstr (CELL (row, 3), ==, "");  /* coarser than ACLED's scale */
  g_assert_cmpstr (CELL (row, 28), ==, ""); /* not reported: not zero */
  g_assert_cmpstr (CELL (row, 29), ==, "background");
}

static void
test_kml (void)
{
  g_autofree char *data = export_string (MARSAD_EVENT_FORMAT_KML);
  xmlDocPtr doc;
  xmlXPathContextPtr ctx;
  xmlXPathObjectPtr result;
  xmlNodePtr root;

  doc = xmlReadMemory (data, (int) strlen (data), "events.kml", "UTF-8",
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  g_assert_nonnull (doc);
  root = xmlDocGetRootElement (doc);
  g_assert_cmpstr ((const char *) root->name, ==, "kml");
  g_assert_nonnull (root->ns);
  g_assert_cmpstr ((const char *) root->ns->href, ==, "http://www.opengis.net/kml/2.2");

  ctx = xmlXPathNewContext (doc);
  xmlXPathRegisterNs (ctx, BAD_CAST "k", BAD_CAST "http://www.opengis.net/kml/2.2");

  result = xmlXPathEvalExpression (BAD_CAST "//k:Document/k:Placemark", ctx);
  g_assert_cmpint (xmlXPathNodeSetGetLength (result->nodesetval), ==, 3);
  xmlXPathFreeObject (result);

  result = xmlXPathEvalExpression (BAD_CAST "string(//k:Placemark[@id='e1']/k:Point/k:coordinates)", ctx);
  g_assert_cmpstr ((const char *) result->stringval, ==, "44.190000,32.870000");
  xmlXPathFreeObject (result);

  result = xmlXPathEvalExpression (BAD_CAST "string(//k:Placemark[@id='e1']/k:name)", ctx);
  g_assert_nonnull (strstr ((const char *) result->stringval, "جرف الصخر"));
  xmlXPathFreeObject (result);

  result = xmlXPathEvalExpression (BAD_CAST "string(//k:Placemark[@id='e1']/k:TimeStamp/k:when)", ctx);
  g_assert_cmpstr ((const char *) result->stringval, ==, "2024-01-23");
  xmlXPathFreeObject (result);

  /* Quotes in the description come back unharmed from the escaping. */
  result = xmlXPathEvalExpression (BAD_CAST "string(//k:Placemark[@id='e1']/k:description)", ctx);
  g_assert_nonnull (strstr ((const char *) result->stringval, "\"مجهولة\""));
  xmlXPathFreeObject (result);

  result = xmlXPathEvalExpression (BAD_CAST "count(//k:Style)", ctx);
  g_assert_cmpfloat (result->floatval, ==, 3);
  xmlXPathFreeObject (result);

  xmlXPathFreeContext (ctx);
  xmlFreeDoc (doc);
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_write_file (void)
{
  g_autoptr(MarsadDocument) doc = export_test_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("marsad-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "events.csv", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *written = NULL;
  g_autofree char *missing = NULL;

  g_assert_nonnull (dir);

  /* Replaces an older file, leaves nothing else behind. */
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (marsad_export_events_to_file (doc, MARSAD_EVENT_FORMAT_CSV, path, &error));
  g_assert_no_error (error);
  expected = marsad_export_events_to_string (doc, MARSAD_EVENT_FORMAT_CSV, NULL, NULL);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);
  g_assert_cmpuint (count_entries (dir), ==, 1);

  /* A missing directory: a clear error that names the path. */
  missing = g_build_filename (dir, "no-such-dir", "events.geojson", NULL);
  g_assert_false (marsad_export_events_to_file (doc, MARSAD_EVENT_FORMAT_GEOJSON, missing, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  /* A directory where the file should be: refused, and nothing left. */
  g_assert_false (marsad_export_events_to_file (doc, MARSAD_EVENT_FORMAT_KML, dir, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, dir));
  g_clear_error (&error);
  g_assert_cmpuint (count_entries (dir), ==, 1);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_atomic_abort (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("marsad-atomic-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "map.png", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "previous", -1, NULL));

  /* A writer that fails half-way (cairo running out of memory, say) frees
   * the file without committing: the previous file stays, no temp left. */
  {
    g_autoptr(MarsadAtomicFile) file = marsad_atomic_file_new (path, &error);

    g_assert_no_error (error);
    g_assert_true (marsad_atomic_file_write (file, "half", 4, &error));
    g_assert_cmpuint (count_entries (dir), ==, 2);
  }
  g_assert_cmpuint (count_entries (dir), ==, 1);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "previous");

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A place set where a nearby named place lies is "near" it in ACLED's
 * terms, whatever its kind: a town placed so is precision 2, not 1. */
static void
test_approximate_place (void)
{
  g_autoptr(MarsadDocument) doc = export_test_document_new ();
  MarsadPlace *jurf = g_ptr_array_index (doc->places, 0);
  g_autofree char *exact_csv = export_document_string (doc, MARSAD_EVENT_FORMAT_CSV);
  g_autofree char *csv = NULL;
  g_autofree char *geojson = NULL;
  g_autoptr(GPtrArray) exact_rows = parse_csv (exact_csv);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *features;
  JsonObject *props;

  g_assert_cmpstr (CELL ((GPtrArray *) g_ptr_array_index (exact_rows, 1), 24), ==, "1");

  jurf->approximate = TRUE;
  csv = export_document_string (doc, MARSAD_EVENT_FORMAT_CSV);
  rows = parse_csv (csv);
  g_assert_cmpstr (CELL ((GPtrArray *) g_ptr_array_index (rows, 1), 24), ==, "2");
  /* Baghdad, placed exactly, keeps 1. */
  g_assert_cmpstr (CELL ((GPtrArray *) g_ptr_array_index (rows, 2), 24), ==, "1");

  geojson = export_document_string (doc, MARSAD_EVENT_FORMAT_GEOJSON);
  json_parser_load_from_data (parser, geojson, -1, &error);
  g_assert_no_error (error);
  features = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                           "features");
  props = json_object_get_object_member (json_array_get_object_element (features, 0), "properties");
  g_assert_true (json_object_get_boolean_member (props, "place_approximate"));
  props = json_object_get_object_member (json_array_get_object_element (features, 1), "properties");
  g_assert_false (json_object_get_boolean_member (props, "place_approximate"));
}

static void
test_format_names (void)
{
  MarsadEventFormat format;

  g_assert_true (marsad_event_format_from_string ("GeoJSON", &format));
  g_assert_cmpint (format, ==, MARSAD_EVENT_FORMAT_GEOJSON);
  g_assert_true (marsad_event_format_from_string ("csv", &format));
  g_assert_cmpint (format, ==, MARSAD_EVENT_FORMAT_CSV);
  g_assert_true (marsad_event_format_from_string ("kml", &format));
  g_assert_cmpint (format, ==, MARSAD_EVENT_FORMAT_KML);
  g_assert_false (marsad_event_format_from_string ("shp", &format));
  g_assert_cmpstr (marsad_event_format_get_mime_type (MARSAD_EVENT_FORMAT_GEOJSON), ==,
                   "application/geo+json");
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/events/geojson", test_geojson);
  g_test_add_func ("/export/events/csv", test_csv);
  g_test_add_func ("/export/events/kml", test_kml);
  g_test_add_func ("/export/events/approximate-place", test_approximate_place);
  g_test_add_func ("/export/events/write-file", test_write_file);
  g_test_add_func ("/export/events/atomic-abort", test_atomic_abort);
  g_test_add_func ("/export/events/format-names", test_format_names);

  return g_test_run ();
}
