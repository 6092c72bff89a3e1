/* test-export-borders.c: border places in exported maps and events
 *
 * A border place is drawn as its line (dashed, in its event type's colour,
 * faint with only background events) as well as its marker, in PNG and
 * SVG alike, and the legend gets a row for it. In GeoJSON its events stay
 * Points and name the two countries; the border follows them as a
 * MultiLineString Feature flagged "border" (valid RFC 7946 throughout);
 * in KML, a Placemark of LineStrings in a folder of its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <math.h>
#include <string.h>

#include <cairo.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libxml/parser.h>

#include "marsad-borders.h"
#include "marsad-export.h"
#include "marsad-map-export.h"
#include "marsad-map-marker-set.h"
#include "marsad-map-markers.h"
#include "marsad-map-overlays.h"

#include "export-test-document.h"

/* a map of the line alone: no basemap (a plain sea), no furniture */
static void
plain_options (MarsadMapExportOptions *opts,
               double                  west,
               double                  south,
               double                  east,
               double                  north)
{
  marsad_map_export_options_init (opts);
  opts->width = 800;
  opts->height = 600;
  opts->has_bbox = TRUE;
  opts->west = west;
  opts->south = south;
  opts->east = east;
  opts->north = north;
  opts->show_title = opts->show_legend = opts->show_scale_bar = opts->show_attribution = FALSE;
}

static guint32
pixel (cairo_surface_t *image,
       int              x,
       int              y)
{
  const guchar *data = cairo_image_surface_get_data (image);

  return ((const guint32 *) (data + y * cairo_image_surface_get_stride (image)))[x] & 0xffffff;
}

static guint
count_pixels (cairo_surface_t *image,
              guint32          rgb)
{
  guint n = 0;

  for (int y = 0; y < cairo_image_surface_get_height (image); y++)
    for (int x = 0; x < cairo_image_surface_get_width (image); x++)
      n += pixel (image, x, y) == rgb;
  return n;
}

/* Of the points of the border's line inside the image and away from its
 * marker, how many have something other than the sea within 2 px. */
static void
check_line_drawn (const MarsadDocument         *doc,
                  const MarsadMapExportOptions *opts,
                  cairo_surface_t              *image,
                  const char                   *cc_a,
                  const char                   *cc_b,
                  const MarsadPlace            *place)
{
  /* the corner: no line runs there */
  guint32 sea = pixel (image, 0, 0);
  const MarsadBorder *border = marsad_borders_lookup (marsad_borders_get_default (), cc_a, cc_b);
  double west, south, east, north, mx, my;
  guint seen = 0, drawn = 0;
  MarsadMapView view;

  marsad_map_export_get_bounds (doc, opts, &west, &south, &east, &north);
  marsad_map_view_init_fit (&view, west, south, east, north, opts->width, opts->height, 0);
  marsad_map_view_project (&view, place->lat, place->lon, &mx, &my);
  for (guint s = 0; s < marsad_border_get_n_segments (border); s++)
    {
      guint n = 0;
      const double *points = marsad_border_get_segment (border, s, &n);

      for (guint i = 0; i < n; i++)
        {
          double x, y;
          gboolean found = FALSE;

          marsad_map_view_project (&view, points[2 * i], points[2 * i + 1], &x, &y);
          if (x < 3 || y < 3 || x > opts->width - 4 || y > opts->height - 4 ||
              (x - mx) * (x - mx) + (y - my) * (y - my) < 30 * 30)
            continue;
          seen++;
          for (int dy = -2; dy <= 2 && !found; dy++)
            for (int dx = -2; dx <= 2 && !found; dx++)
              found = pixel (image, (int) x + dx, (int) y + dy) != sea;
          drawn += found;
        }
    }
  g_test_message ("%s–%s: %u of %u points of the line drawn", cc_a, cc_b, drawn, seen);
  g_assert_cmpuint (seen, >=, 5);
  g_assert_cmpuint (drawn, ==, seen);
}

static cairo_surface_t *
render (const MarsadDocument         *doc,
        const MarsadMapExportOptions *opts)
{
  g_autoptr(GError) error = NULL;
  cairo_surface_t *image = marsad_map_export_render_image (doc, NULL, opts, &error);

  g_assert_no_error (error);
  g_assert_nonnull (image);
  return image;
}

/* The line of a border with an event of the day: drawn along its whole
 * length in the view, its dashes in the type's own colour. */
static void
test_png_line (void)
{
  g_autoptr(MarsadDocument) doc = export_test_border_document_new ();
  const MarsadPlace *place = marsad_document_find_place (doc, "p1");
  MarsadMapExportOptions opts;
  cairo_surface_t *image;
  guint dashes;

  plain_options (&opts, 35.3, 31.5, 39.6, 34.2);
  image = render (doc, &opts);
  check_line_drawn (doc, &opts, image, "JO", "SY", place);
  dashes = count_pixels (image, marsad_event_type_get_rgb ("Battles", FALSE));
  g_test_message ("%u pixels in the battles' colour", dashes);
  /* far more than the marker's own (a 7 px diamond) */
  g_assert_cmpuint (dashes, >, 600);
  cairo_surface_destroy (image);
}

/* Only background events: the line is there, faint (never the type's full
 * colour); with news of the day there, it is not faint any more. */
static void
test_png_muted (void)
{
  g_autoptr(MarsadDocument) doc = export_test_border_document_new ();
  guint32 shelling = marsad_event_type_get_rgb ("Explosions/Remote violence", FALSE);
  MarsadMapExportOptions opts;
  cairo_surface_t *image;

  plain_options (&opts, 20.5, 9.5, 25.5, 20.5);
  image = render (doc, &opts);
  check_line_drawn (doc, &opts, image, "SD", "TD", marsad_document_find_place (doc, "p2"));
  g_assert_cmpuint (count_pixels (image, shelling), ==, 0);
  cairo_surface_destroy (image);

  ((MarsadEvent *) g_ptr_array_index (doc->events, 1))->background = FALSE;
  image = render (doc, &opts);
  g_assert_cmpuint (count_pixels (image, shelling), >, 600);
  cairo_surface_destroy (image);
}

/* SVG stays vector: the line is a dashed path (with no basemap, whose
 * disputed lines are dashed too, nothing else is), not pixels. */
static void
test_svg_line (void)
{
  g_autoptr(MarsadDocument) doc = export_test_border_document_new ();
  g_autoptr(MarsadDocument) plain = export_test_document_new ();
  g_autofree char *dir = g_dir_make_tmp ("marsad-borders-XXXXXX", NULL);
  g_autofree char *with = g_build_filename (dir, "border.svg", NULL);
  g_autofree char *without = g_build_filename (dir, "plain.svg", NULL);
  g_autofree char *svg = NULL;
  g_autofree char *plain_svg = NULL;
  g_autoptr(GError) error = NULL;
  MarsadMapExportOptions opts;

  plain_options (&opts, 35.3, 31.5, 39.6, 34.2);
  opts.format = MARSAD_MAP_FORMAT_SVG;
  g_assert_true (marsad_map_export (doc, NULL, &opts, with, &error));
  g_assert_no_error (error);
  opts.has_bbox = FALSE;
  g_assert_true (marsad_map_export (plain, NULL, &opts, without, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (with, &svg, NULL, NULL));
  g_assert_true (g_file_get_contents (without, &plain_svg, NULL, NULL));

  g_assert_nonnull (strstr (svg, "stroke-dasharray"));
  g_assert_null (strstr (plain_svg, "stroke-dasharray"));
  g_assert_null (strstr (svg, "<image"));
  g_unlink (with);
  g_unlink (without);
  g_rmdir (dir);
}

/* The legend lists border lines when there are some, one row more. */
static void
test_legend (void)
{
  g_autoptr(MarsadDocument) doc = export_test_border_document_new ();
  g_autoptr(MarsadDocument) plain = export_test_document_new ();
  g_autoptr(MarsadMapMarkerSet) set = marsad_map_marker_set_new_for_document (doc, FALSE);
  g_autoptr(MarsadMapMarkerSet) plain_set = marsad_map_marker_set_new_for_document (plain, FALSE);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  MarsadMapLegend legend, without;
  double x0, with_bottom, without_bottom;

  marsad_map_marker_set_get_legend (set, &legend);
  marsad_map_marker_set_get_legend (plain_set, &without);
  g_assert_true (legend.borders);
  g_assert_false (without.borders);
  /* each border place keeps its marker */
  g_assert_cmpuint (marsad_map_marker_set_get_n (set), ==, 2);
  g_assert_nonnull (marsad_map_marker_set_get (set, 0)->border);

  without = legend;
  without.borders = FALSE;
  marsad_map_overlay_measure_legend (cr, 800, 0, &legend, &x0, &with_bottom);
  marsad_map_overlay_measure_legend (cr, 800, 0, &without, &x0, &without_bottom);
  g_assert_cmpfloat (with_bottom, >, without_bottom + 15);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* RFC 7946 §3.1.1: [longitude, latitude], numbers, in range */
static void
check_position (JsonNode *node)
{
  JsonArray *pos = json_node_get_array (node);

  g_assert_nonnull (pos);
  g_assert_cmpuint (json_array_get_length (pos), >=, 2);
  g_assert_cmpuint (json_array_get_length (pos), <=, 3);
  for (guint i = 0; i < json_array_get_length (pos); i++)
    g_assert_true (JSON_NODE_HOLDS_VALUE (json_array_get_element (pos, i)) &&
                   json_node_get_value_type (json_array_get_element (pos, i)) == G_TYPE_DOUBLE);
  g_assert_cmpfloat (fabs (json_array_get_double_element (pos, 0)), <=, 180);
  g_assert_cmpfloat (fabs (json_array_get_double_element (pos, 1)), <=, 90);
}

/* What RFC 7946 asks of a FeatureCollection of Points and MultiLineStrings. */
static JsonArray *
check_geojson (JsonNode *root)
{
  JsonObject *collection = json_node_get_object (root);
  JsonArray *features;

  g_assert_cmpstr (json_object_get_string_member (collection, "type"), ==, "FeatureCollection");
  g_assert_false (json_object_has_member (collection, "crs"));   /* §4: removed */
  features = json_object_get_array_member (collection, "features");
  for (guint i = 0; i < json_array_get_length (features); i++)
    {
      JsonObject *feature = json_array_get_object_element (features, i);
      JsonNode *id = json_object_get_member (feature, "id");
      JsonObject *geometry;
      const char *type;

      g_assert_cmpstr (json_object_get_string_member (feature, "type"), ==, "Feature");
      /* §3.2: the id, when there is one, is a string or a number */
      g_assert_true (id == NULL || json_node_get_value_type (id) == G_TYPE_STRING ||
                     json_node_get_value_type (id) == G_TYPE_INT64);
      g_assert_true (JSON_NODE_HOLDS_OBJECT (json_object_get_member (feature, "properties")));
      if (json_object_get_null_member (feature, "geometry"))
        continue;
      geometry = json_object_get_object_member (feature, "geometry");
      type = json_object_get_string_member (geometry, "type");
      if (g_strcmp0 (type, "Point") == 0)
        check_position (json_object_get_member (geometry, "coordinates"));
      else
        {
          JsonArray *lines = json_object_get_array_member (geometry, "coordinates");

          /* §3.1.5: an array of LineString coordinate arrays, each of two
           * positions or more */
          g_assert_cmpstr (type, ==, "MultiLineString");
          g_assert_cmpuint (json_array_get_length (lines), >=, 1);
          for (guint l = 0; l < json_array_get_length (lines); l++)
            {
              JsonArray *line = json_array_get_array_element (lines, l);

              g_assert_cmpuint (json_array_get_length (line), >=, 2);
              for (guint p = 0; p < json_array_get_length (line); p++)
                check_position (json_array_get_element (line, p));
            }
        }
    }
  return features;
}

static JsonObject *
feature_by_id (JsonArray  *features,
               const char *id)
{
  for (guint i = 0; i < json_array_get_length (features); i++)
    {
      JsonObject *feature = json_array_get_object_element (features, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (feature, "id", NULL), id) == 0)
        return feature;
    }
  return NULL;
}

static void
test_geojson (void)
{
  g_autoptr(MarsadDocument) doc = export_test_border_document_new ();
  g_autoptr(MarsadDocument) plain = export_test_document_new ();
  g_autofree char *data = marsad_export_events_to_string (doc, MARSAD_EVENT_FORMAT_GEOJSON, NULL, NULL);
  g_autofree char *plain_data = marsad_export_events_to_string (plain, MARSAD_EVENT_FORMAT_GEOJSON, NULL, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) plain_parser = json_parser_new ();
  const MarsadBorder *jo_sy = marsad_borders_lookup (marsad_borders_get_default (), "JO", "SY");
  g_autoptr(GError) error = NULL;
  JsonArray *features, *coords, *first;
  JsonObject *event, *border, *props;
  const double *points;
  guint n = 0, n_events = 0;

  json_parser_load_from_data (parser, data, -1, &error);
  g_assert_no_error (error);
  features = check_geojson (json_parser_get_root (parser));
  /* two events, two borders */
  g_assert_cmpuint (json_array_get_length (features), ==, 4);
  for (guint i = 0; i < json_array_get_length (features); i++)
    {
      props = json_object_get_object_member (json_array_get_object_element (features, i), "properties");
      n_events += g_strcmp0 (json_object_get_string_member (props, "feature_type"), "event") == 0;
    }
  g_assert_cmpuint (n_events, ==, doc->events->len);

  /* the event keeps its point, on its place, and names the border */
  event = feature_by_id (features, "e1");
  g_assert_nonnull (event);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (event, "geometry"), "type"),
                   ==, "Point");
  props = json_object_get_object_member (event, "properties");
  g_assert_cmpstr (json_object_get_string_member (props, "feature_type"), ==, "event");
  g_assert_cmpstr (json_object_get_string_member (props, "place_kind"), ==, "border");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (props, "border")), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (props, "border"), 0), ==, "JO");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (props, "border"), 1), ==, "SY");

  /* the border: the table's line, longitude first, and its events */
  border = feature_by_id (features, "border-JO-SY");
  g_assert_nonnull (border);
  props = json_object_get_object_member (border, "properties");
  g_assert_cmpstr (json_object_get_string_member (props, "feature_type"), ==, "border");
  g_assert_cmpstr (json_object_get_string_member (props, "place_id"), ==, "p1");
  g_assert_cmpstr (json_object_get_string_member (props, "event_type"), ==, "Battles");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (props, "event_ids")), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (props, "event_ids"), 0), ==, "e1");
  coords = json_object_get_array_member (json_object_get_object_member (border, "geometry"), "coordinates");
  g_assert_cmpuint (json_array_get_length (coords), ==, marsad_border_get_n_segments (jo_sy));
  points = marsad_border_get_segment (jo_sy, 0, &n);
  first = json_array_get_array_element (json_array_get_array_element (coords, 0), 0);
  g_assert_cmpuint (json_array_get_length (json_array_get_array_element (coords, 0)), ==, n);
  g_assert_cmpfloat_with_epsilon (json_array_get_double_element (first, 0), points[1], 1e-4);
  g_assert_cmpfloat_with_epsilon (json_array_get_double_element (first, 1), points[0], 1e-4);
  /* a background event's border too: every event is exported */
  g_assert_nonnull (feature_by_id (features, "border-SD-TD"));

  /* no border, no line: the features are the events */
  json_parser_load_from_data (plain_parser, plain_data, -1, &error);
  g_assert_no_error (error);
  features = check_geojson (json_parser_get_root (plain_parser));
  g_assert_cmpuint (json_array_get_length (features), ==, plain->events->len);
  props = json_object_get_object_member (json_array_get_object_element (features, 0), "properties");
  g_assert_true (json_object_get_null_member (props, "border"));
}

static guint
count_of (const char *haystack,
          const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
test_kml (void)
{
  g_autoptr(MarsadDocument) doc = export_test_border_document_new ();
  g_autofree char *kml = marsad_export_events_to_string (doc, MARSAD_EVENT_FORMAT_KML, NULL, NULL);
  xmlDocPtr xml = xmlReadMemory (kml, (int) strlen (kml), "events.kml", NULL, XML_PARSE_NONET);
  const char *folder;

  g_assert_nonnull (xml);
  xmlFreeDoc (xml);
  /* the events keep their points; the borders are LineStrings apart */
  g_assert_cmpuint (count_of (kml, "<Point>"), ==, 2);
  folder = strstr (kml, "<Folder>");
  g_assert_nonnull (folder);
  g_assert_null (strstr (folder, "<Point>"));
  g_assert_nonnull (strstr (folder, "<Placemark id=\"border-JO-SY\">"));
  g_assert_nonnull (strstr (folder, "<Placemark id=\"border-SD-TD\">"));
  g_assert_cmpuint (count_of (folder, "<LineString>"), ==,
                    marsad_border_get_n_segments (marsad_borders_lookup (marsad_borders_get_default (), "JO", "SY")) +
                    marsad_border_get_n_segments (marsad_borders_lookup (marsad_borders_get_default (), "SD", "TD")));
  g_assert_nonnull (strstr (kml, "<value>JO,SY</value>"));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/export/borders/png-line", test_png_line);
  g_test_add_func ("/export/borders/png-muted", test_png_muted);
  g_test_add_func ("/export/borders/svg-line", test_svg_line);
  g_test_add_func ("/export/borders/legend", test_legend);
  g_test_add_func ("/export/borders/geojson", test_geojson);
  g_test_add_func ("/export/borders/kml", test_kml);
  return g_test_run ();
}
