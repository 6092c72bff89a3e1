/* test-export-borders.c: border places in exported maps
 *
 * A border place is drawn as its line (dashed, in its event type's colour,
 * faint with only background events) as well as its marker, in PNG and
 * SVG alike, and the legend gets a row for it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>

#include <cairo.h>
#include <glib/gstdio.h>

#include "marsad-borders.h"
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

/* SVG stays vector: the line is a dashed path (nothing else on a map is
 * dashed), not pixels. */
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
  return g_test_run ();
}
