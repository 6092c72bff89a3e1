/* test-map-frames.c: what a frame of the map draws, and that it draws it
 * from what was made once (under Xvfb, with the cairo renderer)
 *
 * - With GTK 4.8's cairo renderer, a texture node is downloaded into a new
 *   cairo surface at every frame, each pixel converted to floats and back:
 *   the basemap's tiles and the markers' sprites must reach the frame as
 *   cairo nodes painting their kept images, never as texture nodes.
 * - That way of drawing gives the same pixels as the texture would, at a
 *   fraction of a pixel and scaled (while zooming), the partly covered
 *   pixels its edges cross (tiles' seams) included; only while it shrinks
 *   do a few pixels differ, by one level in 255.
 * - With other renderers each image is one texture, made once, whose
 *   pixels are the image's own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "map-test-support.h"
#include "marsad-map-widget.h"
#include "marsad-tile-paintable.h"


static void
count_nodes (GskRenderNode *node,
             guint         *textures,
             guint         *cairo)
{
  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_TEXTURE_NODE:
      {
        GdkTexture *texture = gsk_texture_node_get_texture (node);

        /* GTK's own 16-px icons (the zoom buttons) aside */
        if (gdk_texture_get_width (texture) > 16 || gdk_texture_get_height (texture) > 16)
          (*textures)++;
      }
      break;
    case GSK_CAIRO_NODE:
      (*cairo)++;
      break;
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        count_nodes (gsk_container_node_get_child (node, i), textures, cairo);
      break;
    case GSK_TRANSFORM_NODE:
      count_nodes (gsk_transform_node_get_child (node), textures, cairo);
      break;
    case GSK_CLIP_NODE:
      count_nodes (gsk_clip_node_get_child (node), textures, cairo);
      break;
    case GSK_ROUNDED_CLIP_NODE:
      count_nodes (gsk_rounded_clip_node_get_child (node), textures, cairo);
      break;
    case GSK_OPACITY_NODE:
      count_nodes (gsk_opacity_node_get_child (node), textures, cairo);
      break;
    case GSK_COLOR_MATRIX_NODE:
      count_nodes (gsk_color_matrix_node_get_child (node), textures, cairo);
      break;
    case GSK_DEBUG_NODE:
      count_nodes (gsk_debug_node_get_child (node), textures, cairo);
      break;
    default:
      break;
    }
}

static GskRenderNode *
snapshot_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget),
                          gtk_widget_get_height (widget));
  return gtk_snapshot_free_to_node (snapshot);
}

/* Markers in a few towns of Iraq, some crowded into badges. */
static MarsadMapMarkerSet *
towns_set (void)
{
  const char *const *types = marsad_event_types ();
  MarsadMapMarkerSet *set = marsad_map_marker_set_new ();

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);
      MarsadMapMarker m = { 0 };
      guint type = i % MARSAD_N_EVENT_TYPES;

      m.place_id = id;
      m.name = (char *) "حي";
      m.kind = (char *) "neighbourhood";
      m.lat = 31.0 + (i % 6) * 1.1 + (i / 6) * 0.01;
      m.lon = 40.0 + (i % 5) * 1.3 + (i / 6) * 0.01;
      m.role = MARSAD_MARKER_ROLE_EVENT_SITE;
      m.event_type = types[type];
      m.type_counts[type] = 1;
      m.n_events = 1;
      m.fatalities = (int) (i % 7);
      marsad_map_marker_set_add (set, &m);
    }
  return set;
}

static void
test_tiles_painted_not_converted (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadBasemap) basemap = marsad_basemap_load_default (&error);
  g_autoptr(GskRenderNode) node = NULL;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  MarsadMapWidget *map = MARSAD_MAP_WIDGET (marsad_map_widget_new ());
  MarsadMarkerLayer *layer = marsad_map_widget_get_marker_layer (map);
  guint textures = 0, cairo = 0;

  g_assert_no_error (error);
  gtk_window_set_default_size (window, 900, 600);
  gtk_window_set_child (window, GTK_WIDGET (map));
  marsad_map_widget_set_basemap (map, basemap);
  marsad_marker_layer_set_markers (layer, towns_set ());
  gtk_window_present (window);
  for (int i = 0; i < 500 && (marsad_map_widget_has_fallback (map) ||
                              marsad_marker_layer_get_n_markers (layer) == 0); i++)
    iterate (10);
  g_assert_false (marsad_map_widget_has_fallback (map));
  g_assert_true (GSK_IS_CAIRO_RENDERER (gtk_native_get_renderer (GTK_NATIVE (window))));
  iterate (100);

  node = snapshot_widget (GTK_WIDGET (map));
  count_nodes (node, &textures, &cairo);
  g_test_message ("a frame of the map: %u texture nodes, %u cairo nodes", textures, cairo);
  /* a 900×600 map shows at least 4×3 tiles, and some markers */
  g_assert_cmpuint (cairo, >=, 12 + 5);
  g_assert_cmpuint (textures, ==, 0);

  gtk_widget_set_has_tooltip (GTK_WIDGET (layer), FALSE);
  destroy_window (window);
}

/* Land, sea, a coast and fine lines: what bilinear filtering would blur. */
static cairo_surface_t *
tile_image (int size)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cairo_t *cr = cairo_create (image);
  cairo_pattern_t *gradient = cairo_pattern_create_linear (0, 0, size, size);

  cairo_pattern_add_color_stop_rgba (gradient, 0, 0.95, 0.93, 0.89, 1);
  cairo_pattern_add_color_stop_rgba (gradient, 1, 0.67, 0.83, 0.92, 0.8);
  cairo_set_source (cr, gradient);
  cairo_paint (cr);
  cairo_pattern_destroy (gradient);
  cairo_set_source_rgb (cr, 0.2, 0.2, 0.3);
  cairo_set_line_width (cr, 1);
  for (int i = 0; i < 12; i++)
    {
      cairo_move_to (cr, 0, i * 21.5);
      cairo_curve_to (cr, size * 0.3, i * 7.0, size * 0.6, size - i * 9.0, size, i * 19.0);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
  return image;
}

/* The image drawn by a paintable in a cairo renderer's frame, at x, y and
 * size wide, rendered by that renderer. */
static GdkTexture *
render_paintable (GskRenderer  *renderer,
                  GdkPaintable *paintable,
                  double        x,
                  double        y,
                  double        size)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gdk_paintable_snapshot (paintable, snapshot, size, size);
  node = gtk_snapshot_free_to_node (snapshot);
  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, 400, 400));
}

static void
test_same_pixels (void)
{
  static const double places[][3] = {
    { 0, 0, 256 },               /* at rest */
    { 13.37, 7.61, 256 },        /* a fraction of a pixel into a pan */
    { -20.5, 31.25, 371.3 },     /* half-way through a zoom in */
    { 40.2, 40.7, 181.9 },       /* and out */
  };
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  g_autoptr(MarsadPaintTarget) target = marsad_paint_target_new ();
  cairo_surface_t *image = tile_image (256);
  g_autoptr(MarsadTilePaintable) painted = NULL, textured = NULL;
  GskRenderer *renderer;

  gtk_window_set_default_size (window, 400, 400);
  gtk_window_present (window);
  iterate (100);
  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  g_assert_true (GSK_IS_CAIRO_RENDERER (renderer));
  marsad_paint_target_update (target, GTK_WIDGET (window));
  g_assert_true (marsad_paint_target_uses_cairo (target));
  painted = marsad_tile_paintable_new (image, target);
  textured = marsad_tile_paintable_new (image, NULL);
  cairo_surface_destroy (image);

  for (guint p = 0; p < G_N_ELEMENTS (places); p++)
    {
      g_autoptr(GdkTexture) a = render_paintable (renderer, GDK_PAINTABLE (painted), places[p][0],
                                                  places[p][1], places[p][2]);
      g_autoptr(GdkTexture) b = render_paintable (renderer, GDK_PAINTABLE (textured), places[p][0],
                                                  places[p][1], places[p][2]);
      g_autofree guchar *pa = g_malloc (400 * 400 * 4);
      g_autofree guchar *pb = g_malloc (400 * 400 * 4);
      double x0 = places[p][0], y0 = places[p][1], x1 = x0 + places[p][2], y1 = y0 + places[p][2];
      guint differ = 0, worst = 0, edge_worst = 0;

      gdk_texture_download (a, pa, 400 * 4);
      gdk_texture_download (b, pb, 400 * 4);
      for (guint i = 0; i < 400 * 400 * 4; i++)
        {
          guint x = i / 4 % 400, y = i / 4 / 400;
          /* the pixels the image's edges cross, partly covered */
          gboolean edge = (x == (guint) MAX (floor (x0), 0) || x == (guint) floor (x1) ||
                           y == (guint) MAX (floor (y0), 0) || y == (guint) floor (y1));
          guint d = (guint) ABS (pa[i] - pb[i]);

          if (d == 0)
            continue;
          if (edge)
            edge_worst = MAX (edge_worst, d);
          else
            {
              differ++;
              worst = MAX (worst, d);
            }
        }
      g_test_message ("at %.2f, %.2f, %.1f px wide: %u bytes differ inside, by at most %u; "
                      "on the edges by at most %u", x0, y0, places[p][2], differ, worst, edge_worst);
      /* at rest and panning, the same; scaled down (zooming out), the
       * recorded pattern's matrix is rounded otherwise, by a level */
      g_assert_cmpuint (worst, <=, places[p][2] < 256 ? 1 : 0);
      g_assert_cmpuint (differ, <, 400 * 400 * 4 / 1000);
      g_assert_cmpuint (edge_worst, ==, 0);
    }
  destroy_window (window);
}

static void
test_texture_made_once (void)
{
  cairo_surface_t *image = tile_image (64);
  g_autoptr(MarsadTilePaintable) paintable = marsad_tile_paintable_new (image, NULL);
  GdkTexture *texture = marsad_tile_paintable_get_texture (paintable);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autofree guchar *pixels = g_malloc (64 * 64 * 4);

  /* the same texture at every frame: a GL renderer uploads it once */
  g_assert_true (marsad_tile_paintable_get_texture (paintable) == texture);
  gdk_paintable_snapshot (GDK_PAINTABLE (paintable), snapshot, 64, 64);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_cmpint (gsk_render_node_get_node_type (node), ==, GSK_TEXTURE_NODE);
  g_assert_true (gsk_texture_node_get_texture (node) == texture);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (GDK_PAINTABLE (paintable)), ==, 64);

  /* its pixels are the image's */
  gdk_texture_download (texture, pixels, 64 * 4);
  cairo_surface_flush (image);
  for (int row = 0; row < 64; row++)
    g_assert_cmpmem (pixels + row * 64 * 4, 64 * 4,
                     cairo_image_surface_get_data (image) + row * cairo_image_surface_get_stride (image),
                     64 * 4);
  cairo_surface_destroy (image);
}

int
main (int    argc,
      char **argv)
{
  /* the renderer whose frames this is about (the suite sets it too) */
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/map-frames/tiles-and-sprites-painted-not-converted", test_tiles_painted_not_converted);
  g_test_add_func ("/map-frames/painted-as-the-texture-would-be", test_same_pixels);
  g_test_add_func ("/map-frames/one-texture-for-gl", test_texture_made_once);
  return g_test_run ();
}
