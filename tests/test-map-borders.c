/* test-map-borders.c: a border place on the app's map (under Xvfb)
 *
 * «اشتباكات على الحدود الأردنية-السورية» is drawn as the line between the
 * two countries, where libshumate puts its points, with the place's marker
 * kept at its own point; selecting the place lays the selection accent
 * along the line, as far from the marker as the line runs.
 *
 * MARSAD_TEST_SCREENSHOTS=DIR writes what the map shows as PNGs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "export-test-document.h"
#include "map-test-support.h"
#include "marsad-borders.h"
#include "marsad-map-widget.h"

typedef struct
{
  GtkWindow       *window;
  MarsadMapWidget *map;
  MarsadDocument  *doc;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadBasemap) basemap = marsad_basemap_load_default (&error);

  g_assert_no_error (error);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 900, 600);
  fixture->map = MARSAD_MAP_WIDGET (marsad_map_widget_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->map));
  marsad_map_widget_set_basemap (fixture->map, basemap);
  fixture->doc = export_test_border_document_new ();
  marsad_map_widget_set_document (fixture->map, fixture->doc, FALSE, TRUE);
  gtk_window_present (fixture->window);
  for (int i = 0; i < 500 && marsad_map_widget_has_fallback (fixture->map); i++)
    iterate (10);
  iterate (200);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (marsad_map_widget_get_marker_layer (fixture->map)), FALSE);
  destroy_window (fixture->window);
  marsad_document_free (fixture->doc);
  iterate (50);
}

/* What the widget draws, premultiplied ARGB, width × height of them. */
static guint32 *
render_widget (GtkWidget *widget,
               int       *width,
               int       *height)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guint32 *pixels;

  *width = gtk_widget_get_width (widget);
  *height = gtk_widget_get_height (widget);
  pixels = g_new0 (guint32, (gsize) *width * *height);
  gdk_paintable_snapshot (paintable, snapshot, *width, *height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return pixels;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, *width, *height));
  gdk_texture_download (texture, (guchar *) pixels, *width * 4);
  return pixels;
}

static void
screenshot (Fixture    *fixture,
            const char *name)
{
  const char *dir = g_getenv ("MARSAD_TEST_SCREENSHOTS");
  g_autofree guint32 *pixels = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width, height;

  if (dir == NULL)
    return;
  pixels = render_widget (GTK_WIDGET (fixture->window), &width, &height);
  bytes = g_bytes_new (pixels, (gsize) width * height * 4);
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, width * 4);
  path = g_strdup_printf ("%s/%s.png", dir, name);
  gdk_texture_save_to_png (texture, path);
  g_test_message ("screenshot %s", path);
}

typedef struct
{
  double x, y;
} Point;

/* The points of the border's line on screen, farther than 40 px from
 * (mx, my) (the marker and its label) and 12 px from the edges, where
 * libshumate puts them. */
static GArray *
line_points_on_screen (Fixture    *fixture,
                       const char *cc_a,
                       const char *cc_b,
                       double      mx,
                       double      my)
{
  const MarsadBorder *border = marsad_borders_lookup (marsad_borders_get_default (), cc_a, cc_b);
  MarsadMarkerLayer *layer = marsad_map_widget_get_marker_layer (fixture->map);
  ShumateViewport *viewport = shumate_map_get_viewport (SHUMATE_MAP (marsad_map_widget_get_map (fixture->map)));
  int width = gtk_widget_get_width (GTK_WIDGET (layer)), height = gtk_widget_get_height (GTK_WIDGET (layer));
  GArray *on_screen = g_array_new (FALSE, FALSE, sizeof (Point));

  for (guint s = 0; s < marsad_border_get_n_segments (border); s++)
    {
      guint n = 0;
      const double *points = marsad_border_get_segment (border, s, &n);

      for (guint i = 0; i < n; i++)
        {
          Point p;

          shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (layer), points[2 * i],
                                                      points[2 * i + 1], &p.x, &p.y);
          if (p.x > 12 && p.y > 12 && p.x < width - 12 && p.y < height - 12 &&
              hypot (p.x - mx, p.y - my) > 40)
            g_array_append_val (on_screen, p);
        }
    }
  return on_screen;
}

/* something drawn (opaque enough) within 2 px of each point */
static guint
count_drawn (const guint32 *pixels,
             int            width,
             const GArray  *points)
{
  guint drawn = 0;

  for (guint i = 0; i < points->len; i++)
    {
      const Point *p = &g_array_index (points, Point, i);
      gboolean found = FALSE;

      for (int dy = -2; dy <= 2 && !found; dy++)
        for (int dx = -2; dx <= 2 && !found; dx++)
          found = (pixels[((int) p->y + dy) * width + (int) p->x + dx] >> 24) > 100;
      drawn += found;
    }
  return drawn;
}

static void
test_line_drawn (Fixture       *fixture,
                 gconstpointer  data)
{
  MarsadMarkerLayer *layer = marsad_map_widget_get_marker_layer (fixture->map);
  ShumateMap *map = SHUMATE_MAP (marsad_map_widget_get_map (fixture->map));
  ShumateViewport *viewport = shumate_map_get_viewport (map);
  const MarsadPlace *place = marsad_document_find_place (fixture->doc, "p1");
  g_autoptr(GArray) points = NULL;
  g_autofree guint32 *pixels = NULL;
  double x, y, px, py;
  int width, height;

  /* the whole line, with room round it */
  shumate_viewport_set_zoom_level (viewport, 6.5);
  shumate_map_center_on (map, 32.9, 37.3);
  iterate (300);
  screenshot (fixture, "border-line");

  /* the marker stays on the place's own point */
  g_assert_true (marsad_marker_layer_get_marker_position (layer, "p1", &x, &y));
  shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (layer), place->lat, place->lon, &px, &py);
  g_assert_cmpfloat (hypot (x - px, y - py), <, 1.0);

  /* the layer alone: nothing of the basemap */
  pixels = render_widget (GTK_WIDGET (layer), &width, &height);
  points = line_points_on_screen (fixture, "JO", "SY", x, y);
  g_test_message ("%u of %u points of the line drawn", count_drawn (pixels, width, points), points->len);
  g_assert_cmpuint (points->len, >=, 10);
  g_assert_cmpuint (count_drawn (pixels, width, points), ==, points->len);
}

/* The accent along the line once the place is selected, and not before. */
static void
test_selection_highlights_line (Fixture       *fixture,
                                gconstpointer  data)
{
  MarsadMarkerLayer *layer = marsad_map_widget_get_marker_layer (fixture->map);
  ShumateMap *map = SHUMATE_MAP (marsad_map_widget_get_map (fixture->map));
  g_autoptr(GArray) points = NULL;
  guint before = 0, after = 0;
  double x, y, cx, cy;

  shumate_viewport_set_zoom_level (shumate_map_get_viewport (map), 6.5);
  shumate_map_center_on (map, 32.9, 37.3);
  iterate (300);
  g_assert_true (marsad_marker_layer_get_marker_position (layer, "p1", &x, &y));
  points = line_points_on_screen (fixture, "JO", "SY", x, y);
  g_assert_cmpuint (points->len, >=, 10);

  for (guint i = 0; i < points->len; i++)
    before += count_accent_pixels (layer, g_array_index (points, Point, i).x,
                                   g_array_index (points, Point, i).y, &cx, &cy) > 0;
  marsad_map_widget_select_place (fixture->map, "p1");
  iterate (300);
  g_assert_cmpstr (marsad_marker_layer_get_selected (layer), ==, "p1");
  g_assert_true (marsad_marker_layer_get_marker_position (layer, "p1", &cx, &cy));
  /* on screen already: the map stays where it was */
  g_assert_cmpfloat (hypot (cx - x, cy - y), <, 1.0);
  screenshot (fixture, "border-line-selected");
  for (guint i = 0; i < points->len; i++)
    after += count_accent_pixels (layer, g_array_index (points, Point, i).x,
                                  g_array_index (points, Point, i).y, &cx, &cy) > 0;
  g_test_message ("accent near %u of %u points before selecting, %u after", before, points->len, after);
  g_assert_cmpuint (before, ==, 0);
  g_assert_cmpuint (after, ==, points->len);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add ("/map-borders/line-drawn", Fixture, NULL, fixture_setup, test_line_drawn, fixture_teardown);
  g_test_add ("/map-borders/selection-highlights-line", Fixture, NULL, fixture_setup,
              test_selection_highlights_line, fixture_teardown);
  return g_test_run ();
}
