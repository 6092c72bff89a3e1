/* test-map-clusters.c: the cluster hierarchy the map and exports share
 *
 * Points in crowded patches (the way a collection's events crowd into
 * towns), then, at every zoom from 3 to 12 and the half steps between:
 * every point is drawn once, on its spot or in a badge within 30 px;
 * touching markers are merged; clusters nest from zoom to zoom; picking at
 * a badge finds it; clusters of one spot never expand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "marsad-map-clusters.h"
#include "marsad-map-marker-set.h"
#include "marsad-map-renderer.h"

#define N_POINTS 3000

static MarsadMapClusterPoint *
crowded_points (guint n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (12);
  MarsadMapClusterPoint *points = g_new0 (MarsadMapClusterPoint, n);

  for (guint i = 0; i < n; i++)
    {
      /* forty patches over Iraq, Syria and the Levant; some points share a spot */
      guint patch = g_rand_int_range (rand, 0, 40);
      double spread = (patch % 4 + 1) * 0.05;

      points[i].lat = 30 + (patch * 7 % 40) * 0.2 + g_rand_double_range (rand, -spread, spread);
      points[i].lon = 35 + (patch * 13 % 40) * 0.3 + g_rand_double_range (rand, -spread, spread);
      if (i % 50 == 1)
        {
          points[i].lat = points[i - 1].lat;
          points[i].lon = points[i - 1].lon;
        }
      points[i].radius = i % 10 == 0 ? 3.5 : 7 + i % 5;
      points[i].n_events = i % 10 == 0 ? 0 : 1 + i % 3;
      if (points[i].n_events > 0)
        points[i].type_counts[i % MARSAD_N_EVENT_TYPES] = points[i].n_events;
    }
  return points;
}

/* A view of the whole patch area at a zoom. */
static void
view_at (MarsadMapView *view,
         double         zoom)
{
  double x0, y0, x1, y1, w = 256 * exp2 (zoom);

  marsad_map_view_mercator (38.5, 34.0, &x0, &y0);
  marsad_map_view_mercator (29.5, 48.0, &x1, &y1);
  marsad_map_view_init (view, 34, 41, zoom, (x1 - x0) * w + 200, (y1 - y0) * w + 200);
  view->x0 = x0 * w - 100;
  view->y0 = y0 * w - 100;
}

static void
test_every_point_near_its_badge (void)
{
  g_autofree MarsadMapClusterPoint *points = crowded_points (N_POINTS);
  g_autoptr(MarsadMapClusters) clusters = marsad_map_clusters_new (points, N_POINTS);
  g_autofree guint *seen = g_new0 (guint, N_POINTS);

  for (double zoom = 3; zoom <= 12.5; zoom += 0.5)
    {
      g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (MarsadMapClusterItem));
      g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (guint));
      double worst = 0, worst_touch = G_MAXDOUBLE;
      MarsadMapView view;

      /* just below the next half step: the farthest a level is stretched */
      view_at (&view, zoom + 0.49);
      marsad_map_clusters_layout (clusters, &view, 0, items);
      memset (seen, 0, N_POINTS * sizeof *seen);
      for (guint i = 0; i < items->len; i++)
        {
          const MarsadMapClusterItem *item = &g_array_index (items, MarsadMapClusterItem, i);

          g_array_set_size (members, 0);
          marsad_map_clusters_collect_points (clusters, item->cluster, members);
          g_assert_cmpuint (members->len, ==, marsad_map_clusters_get (clusters, item->cluster)->n_points);
          for (guint k = 0; k < members->len; k++)
            {
              guint p = g_array_index (members, guint, k);
              double x, y;

              marsad_map_view_project (&view, points[p].lat, points[p].lon, &x, &y);
              worst = MAX (worst, hypot (x - item->x, y - item->y));
              seen[p]++;
            }
        }
      for (guint p = 0; p < N_POINTS; p++)
        g_assert_cmpuint (seen[p], ==, 1);
      g_test_message ("zoom %.2f: %u items, farthest member %.1f px", view.zoom, items->len, worst);
      g_assert_cmpfloat (worst, <=, MARSAD_MAP_CLUSTERS_MAX_OFFSET);

      /* at the level's own zoom, two small markers that touch are merged */
      view_at (&view, zoom);
      g_array_set_size (items, 0);
      marsad_map_clusters_layout (clusters, &view, 0, items);
      for (guint i = 0; i < items->len; i++)
        for (guint j = i + 1; j < items->len; j++)
          {
            const MarsadMapClusterItem *a = &g_array_index (items, MarsadMapClusterItem, i);
            const MarsadMapClusterItem *b = &g_array_index (items, MarsadMapClusterItem, j);
            const MarsadMapCluster *ca = marsad_map_clusters_get (clusters, a->cluster);
            const MarsadMapCluster *cb = marsad_map_clusters_get (clusters, b->cluster);

            if (ca->n_points == 1 && cb->n_points == 1)
              worst_touch = MIN (worst_touch, hypot (a->x - b->x, a->y - b->y) - ca->radius - cb->radius);
          }
      g_assert_cmpfloat (worst_touch, >=, 0);
    }
}

static void
test_clusters_nest (void)
{
  g_autofree MarsadMapClusterPoint *points = crowded_points (N_POINTS);
  g_autoptr(MarsadMapClusters) clusters = marsad_map_clusters_new (points, N_POINTS);
  guint last = 0;

  /* zooming out never shows more items; each coarse cluster's points are
   * the points of finer clusters, whole */
  for (double zoom = 12; zoom >= 3; zoom -= 0.5)
    {
      g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (MarsadMapClusterItem));
      MarsadMapView view;

      view_at (&view, zoom);
      marsad_map_clusters_layout (clusters, &view, 0, items);
      if (last != 0)
        g_assert_cmpuint (items->len, <=, last);
      last = items->len;
    }
  g_assert_cmpuint (last, <, N_POINTS / 10);
}

static void
test_pick_and_expand (void)
{
  g_autofree MarsadMapClusterPoint *points = crowded_points (N_POINTS);
  g_autoptr(MarsadMapClusters) clusters = marsad_map_clusters_new (points, N_POINTS);
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (MarsadMapClusterItem));
  guint n_expanding = 0, n_one_spot = 0;
  MarsadMapView view;

  view_at (&view, 6);
  marsad_map_clusters_layout (clusters, &view, 0, items);
  for (guint i = 0; i < items->len; i++)
    {
      const MarsadMapClusterItem *item = &g_array_index (items, MarsadMapClusterItem, i);
      int picked = marsad_map_clusters_pick (clusters, &view, item->x + 1, item->y - 1, 10);
      const MarsadMapCluster *c = marsad_map_clusters_get (clusters, item->cluster);

      g_assert_cmpint (picked, >=, 0);
      /* a neighbour may be nearer the clicked pixel, never farther than its own disc */
      {
        const MarsadMapCluster *p = marsad_map_clusters_get (clusters, picked);
        double w = 256 * exp2 (view.zoom);

        g_assert_cmpfloat (hypot (p->mx * w - view.x0 - item->x - 1, p->my * w - view.y0 - item->y + 1),
                           <=, MAX (p->radius + 2, 10));
      }
      if (c->n_points > 1)
        {
          double z = marsad_map_clusters_get_expansion_zoom (clusters, item->cluster);

          if (z >= 0)
            {
              g_assert_cmpfloat (z, >, 6);
              n_expanding++;
            }
        }
    }
  g_assert_cmpuint (n_expanding, >, 0);
  g_assert_cmpint (marsad_map_clusters_pick (clusters, &view, -500, -500, 10), ==, -1);

  /* at the finest level, only points on one spot still share a badge */
  view_at (&view, MARSAD_MAP_CLUSTERS_MAX_ZOOM);
  view.width = view.height = 1e7;   /* no matter: layout reads the grid */
  g_array_set_size (items, 0);
  marsad_map_clusters_layout (clusters, &view, 0, items);
  for (guint i = 0; i < items->len; i++)
    {
      guint c = g_array_index (items, MarsadMapClusterItem, i).cluster;

      if (marsad_map_clusters_get (clusters, c)->n_points > 1)
        {
          g_assert_cmpfloat (marsad_map_clusters_get_expansion_zoom (clusters, c), <, 0);
          n_one_spot++;
        }
    }
  g_assert_cmpuint (n_one_spot, >, 0);
}

/* The first view frames fine event sites: not a country, not a far capital. */
static void
test_frame (void)
{
  g_autoptr(MarsadMapMarkerSet) set = marsad_map_marker_set_new ();
  MarsadMapMarker sites[] = {
    { .place_id = "p1", .name = "جباليا", .lat = 31.53, .lon = 34.48, .role = MARSAD_MARKER_ROLE_EVENT_SITE, .n_events = 1 },
    { .place_id = "p2", .name = "رفح", .lat = 31.30, .lon = 34.25, .role = MARSAD_MARKER_ROLE_EVENT_SITE, .n_events = 1 },
    { .place_id = "p3", .name = "واشنطن", .lat = 38.9, .lon = -77.0, .role = MARSAD_MARKER_ROLE_EVENT_SITE, .n_events = 1 },
    { .place_id = "p4", .name = "مصر", .lat = 26.5, .lon = 30.0, .role = MARSAD_MARKER_ROLE_EVENT_SITE, .area = TRUE, .n_events = 1 },
    { .place_id = "p5", .name = "القاهرة", .lat = 30.04, .lon = 31.24, .role = MARSAD_MARKER_ROLE_CONTEXT },
  };
  double w, s, e, n;

  for (guint i = 0; i < G_N_ELEMENTS (sites); i++)
    marsad_map_marker_set_add (set, &sites[i]);
  g_assert_true (marsad_map_marker_set_get_frame (set, &w, &s, &e, &n));
  g_assert_cmpfloat (w, ==, 34.25);
  g_assert_cmpfloat (e, ==, 34.48);
  g_assert_cmpfloat (s, ==, 31.30);
  g_assert_cmpfloat (n, ==, 31.53);
}

static void
test_frame_fallbacks (void)
{
  g_autoptr(MarsadMapMarkerSet) set = marsad_map_marker_set_new ();
  MarsadMapMarker country = { .place_id = "p1", .name = "مصر", .lat = 26.5, .lon = 30.0,
                              .role = MARSAD_MARKER_ROLE_EVENT_SITE, .area = TRUE, .n_events = 1 };
  MarsadMapMarker town = { .place_id = "p2", .name = "القاهرة", .lat = 30.04, .lon = 31.24,
                           .role = MARSAD_MARKER_ROLE_CONTEXT };
  g_autoptr(MarsadMapMarkerSet) only_country = marsad_map_marker_set_new ();
  double w, s, e, n;

  /* a finer place only mentioned comes before a country */
  marsad_map_marker_set_add (set, &country);
  marsad_map_marker_set_add (set, &town);
  g_assert_true (marsad_map_marker_set_get_frame (set, &w, &s, &e, &n));
  g_assert_cmpfloat (w, ==, 31.24);
  g_assert_cmpfloat (n, ==, 30.04);

  /* and the country when nothing finer exists */
  marsad_map_marker_set_add (only_country, &country);
  g_assert_true (marsad_map_marker_set_get_frame (only_country, &w, &s, &e, &n));
  g_assert_cmpfloat (w, ==, 30.0);
}

/* Ink of the basemap's labels (dark text) inside the boxes. */
static guint
dark_pixels_in (cairo_surface_t *surface,
                GArray          *boxes)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint n = 0;

  for (int y = 0; y < 256; y++)
    for (int x = 0; x < 256; x++)
      {
        guint32 v;
        double lum;
        gboolean inside = FALSE;

        for (guint b = 0; b < boxes->len && !inside; b++)
          {
            const MarsadMapBox *box = &g_array_index (boxes, MarsadMapBox, b);

            inside = x >= box->x0 && x < box->x1 && y >= box->y0 && y < box->y1;
          }
        if (!inside)
          continue;
        memcpy (&v, data + y * stride + 4 * x, 4);
        lum = (0.3 * ((v >> 16) & 0xff) + 0.59 * ((v >> 8) & 0xff) + 0.11 * (v & 0xff)) / 255;
        n += lum < 0.45;
      }
  return n;
}

static cairo_surface_t *
tile (MarsadMapRenderer    *renderer,
      const MarsadMapAvoid *avoid)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 256, 256);
  cairo_t *cr = cairo_create (surface);

  marsad_map_renderer_draw_tile_full (renderer, cr, 5, 19, 12, 256, avoid);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* The basemap yields to the markers: a tile drawn around the keep-clear
 * boxes puts no label ink under a marker or its label, and a country's
 * marker does not sit on the country's own name. */
static void
test_basemap_yields (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadBasemap) basemap = marsad_basemap_load_default (&error);
  g_autoptr(MarsadMapRenderer) renderer = NULL;
  g_autoptr(MarsadMapMarkerSet) set = marsad_map_marker_set_new ();
  g_autoptr(GArray) boxes = g_array_new (FALSE, FALSE, sizeof (MarsadMapBox));
  MarsadMapMarker iraq = { .place_id = "p1", .name = "العراق", .kind = "country", .lat = 33.0, .lon = 43.7,
                           .role = MARSAD_MARKER_ROLE_EVENT_SITE, .area = TRUE, .n_events = 1,
                           .fatalities = -1, .type_counts = { 0, 1 } };
  MarsadMapMarker karbala = { .place_id = "p2", .name = "الموصل", .kind = "city", .lat = 36.34, .lon = 43.13,
                              .role = MARSAD_MARKER_ROLE_EVENT_SITE, .n_events = 1,
                              .fatalities = 4, .type_counts = { 1 } };
  MarsadMapMarker ramadi = { .place_id = "p3", .name = "الرقة", .kind = "city", .lat = 35.95, .lon = 39.01,
                             .role = MARSAD_MARKER_ROLE_EVENT_SITE, .n_events = 1,
                             .fatalities = -1, .type_counts = { 0, 0, 1 } };
  MarsadMapView view;
  MarsadMapAvoid avoid = { NULL, 0, NULL, 0 };
  cairo_surface_t *plain, *yielding;
  guint before, after;

  g_assert_no_error (error);
  renderer = marsad_map_renderer_new (basemap);
  marsad_map_marker_set_add (set, &iraq);
  marsad_map_marker_set_add (set, &karbala);
  marsad_map_marker_set_add (set, &ramadi);
  marsad_map_view_init_tile (&view, 5, 19, 12, 256);
  view.scale = 1;
  marsad_map_marker_set_get_keep_clear (set, &view, boxes);
  g_assert_cmpuint (boxes->len, >=, 3);

  plain = tile (renderer, NULL);
  avoid.boxes = (const MarsadMapBox *) (void *) boxes->data;
  avoid.n_boxes = boxes->len;
  yielding = tile (renderer, &avoid);
  before = dark_pixels_in (plain, boxes);
  after = dark_pixels_in (yielding, boxes);
  g_test_message ("label ink under the markers: %u px before, %u after", before, after);
  g_assert_cmpuint (before, >, 20);
  g_assert_cmpuint (after, ==, 0);
  cairo_surface_destroy (plain);
  cairo_surface_destroy (yielding);
}

/* At every zoom, the labels drawn overlap neither each other nor any
 * marker or badge. */
static void
test_labels_apart (void)
{
  g_autofree MarsadMapClusterPoint *points = crowded_points (400);
  g_autoptr(MarsadMapMarkerSet) set = marsad_map_marker_set_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  const char *const names[] = { "الحي الشرقي", "تل الزيتون", "قرية العين", "السوق القديم", "المطار" };

  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      MarsadMapMarker m = { .place_id = id, .name = (char *) names[i % G_N_ELEMENTS (names)],
                            .lat = points[i].lat, .lon = points[i].lon, .n_events = points[i].n_events,
                            .fatalities = (int) (i % 7) - 1,
                            .role = points[i].n_events > 0 ? MARSAD_MARKER_ROLE_EVENT_SITE : MARSAD_MARKER_ROLE_CONTEXT };

      memcpy (m.type_counts, points[i].type_counts, sizeof m.type_counts);
      marsad_map_marker_set_add (set, &m);
    }

  for (double zoom = 3; zoom <= 12; zoom += 0.5)
    {
      g_autoptr(MarsadMapMarkerFrame) frame = NULL;
      MarsadMapMarkerDrawOptions opts;
      MarsadMapAvoid avoid;
      MarsadMapView view;

      view_at (&view, zoom);
      marsad_map_marker_draw_options_init (&opts);
      frame = marsad_map_marker_set_prepare (set, cr, &view, &opts);
      marsad_map_marker_frame_get_avoid (frame, &avoid);
      /* the labels are the last boxes, one per name */
      for (guint l = avoid.n_boxes - avoid.n_names; l < avoid.n_boxes; l++)
        for (guint o = 0; o < avoid.n_boxes; o++)
          {
            const MarsadMapBox *a = &avoid.boxes[l], *b = &avoid.boxes[o];

            if (o == l)
              continue;
            g_assert_false (a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1);
          }
      g_test_message ("zoom %.1f: %u labels, %u boxes", zoom, avoid.n_names, avoid.n_boxes);
      if (zoom >= 9)
        g_assert_cmpuint (avoid.n_names, >, 0);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static guint32
centre_after_drawing (const MarsadMarkerStyle *style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 40, 40);
  cairo_t *cr = cairo_create (surface);
  guint32 v;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  marsad_marker_draw (cr, 20, 20, style, 1.0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  memcpy (&v, cairo_image_surface_get_data (surface) + 20 * cairo_image_surface_get_stride (surface) + 4 * 20, 4);
  cairo_surface_destroy (surface);
  return v & 0xffffff;
}

/* The map draws a place's events in the timeline's glyphs: a capital
 * where a strategic development is placed is not a grey dot. */
static void
test_glyphs (void)
{
  const char *strategic = "Strategic developments";
  guint counts[MARSAD_N_EVENT_TYPES] = { 0 };
  MarsadMarkerStyle style;

  counts[marsad_event_type_get_index (strategic)] = 1;
  marsad_marker_style_init (&style, MARSAD_MARKER_ROLE_CONTEXT);
  style.event_type = strategic;
  style.type_counts = counts;
  g_assert_cmphex (centre_after_drawing (&style), ==, marsad_event_type_get_rgb (strategic, FALSE) & 0xffffff);

  /* without events: the quiet grey dot */
  style.type_counts = NULL;
  style.event_type = NULL;
  g_assert_cmphex (centre_after_drawing (&style), !=, marsad_event_type_get_rgb (strategic, FALSE) & 0xffffff);

  /* two types at one place: both colours show */
  counts[0] = 1;
  marsad_marker_style_init (&style, MARSAD_MARKER_ROLE_EVENT_SITE);
  style.event_type = strategic;
  style.type_counts = counts;
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 40, 40);
    cairo_t *cr = cairo_create (surface);
    const guint8 *data;
    int stride;
    guint32 left, right;

    cairo_set_source_rgb (cr, 1, 1, 1);
    cairo_paint (cr);
    marsad_marker_draw (cr, 20, 20, &style, 1.0);
    cairo_destroy (cr);
    cairo_surface_flush (surface);
    data = cairo_image_surface_get_data (surface);
    stride = cairo_image_surface_get_stride (surface);
    memcpy (&right, data + 20 * stride + 4 * 24, 4);
    memcpy (&left, data + 20 * stride + 4 * 16, 4);
    g_assert_cmphex (right & 0xffffff, ==, marsad_event_type_get_rgb (marsad_event_types ()[0], FALSE) & 0xffffff);
    g_assert_cmphex (left & 0xffffff, ==, marsad_event_type_get_rgb (strategic, FALSE) & 0xffffff);
    cairo_surface_destroy (surface);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map/clusters/every-point-near-its-badge", test_every_point_near_its_badge);
  g_test_add_func ("/map/clusters/nest", test_clusters_nest);
  g_test_add_func ("/map/clusters/pick-and-expand", test_pick_and_expand);
  g_test_add_func ("/map/frame/fine-sites-first", test_frame);
  g_test_add_func ("/map/frame/fallbacks", test_frame_fallbacks);
  g_test_add_func ("/map/basemap-yields-to-markers", test_basemap_yields);
  g_test_add_func ("/map/markers/timeline-glyphs-and-pies", test_glyphs);
  g_test_add_func ("/map/labels/apart", test_labels_apart);
  return g_test_run ();
}
