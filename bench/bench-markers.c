/* bench-markers.c: frames of the app's map with 1,000 to 100,000 events
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A 1600×1000 MarsadMapWidget over Iraq, Syria and the Levant, its offline
 * basemap's tiles loaded, showing N events crowded into towns as a
 * collection's are (the same marker layer, clusters and drawing as the
 * app). A frame is what GTK's frame clock does for one redraw after the
 * map moves by a pixel, from its update phase to the end of its paint
 * (layout, every layer's snapshot, rendering to the window) and until the
 * display server has done what the frame asked of it. The baseline is the same frame with no markers (the
 * basemap alone), measured in the same run, alternating with the marker
 * frames so both see the same machine. Prints, one line per count:
 *
 *     markers=N frame_ms=X baseline_ms=Y
 *
 * (medians), and on standard error the time to build the cluster
 * hierarchy once. First it prints the floor of any frame here,
 *
 *     empty_window_ms=Z
 *
 * an empty 1600×1000 window whose whole background is painted again (the
 * renderer's fixed cost: clearing, compositing and presenting the window),
 * and
 *
 *     textures_window_ms=T
 *
 * the same window covered by 256-pixel textures, made once, that move by
 * a fraction of a pixel at each frame as the map's tiles do: what any map
 * of tiles costs this renderer, whoever draws them.
 * 1,000 events are measured twice: the second time a tenth of them stand
 * on ten borders, whose lines are drawn too ("borders=10").
 * Needs a display: run under xvfb-run (bench/README.md). */
#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "marsad-borders.h"
#include "marsad-map-widget.h"

#define WIDTH   1600
#define HEIGHT  1000
#define ROUNDS  21

static void
iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

/* Borders of Iraq, Syria and the Levant, for the events at a border */
static const char *const borders[][2] = {
  { "IQ", "SY" }, { "JO", "SY" }, { "IL", "SY" }, { "LB", "SY" }, { "SY", "TR" },
  { "IQ", "TR" }, { "IQ", "JO" }, { "IQ", "IR" }, { "IQ", "SA" }, { "JO", "SA" },
};

/* N events in 300 towns, with the heavy tail of real reporting: a few
 * towns get most of them; with_borders, one in ten is on one of ten
 * borders (their lines drawn as well). */
static MarsadMapMarkerSet *
events_set (guint    n,
            gboolean with_borders)
{
  const char *const *types = marsad_event_types ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (2024);
  MarsadMapMarkerSet *set = marsad_map_marker_set_new ();
  double town_lat[300], town_lon[300];

  for (guint t = 0; t < G_N_ELEMENTS (town_lat); t++)
    {
      town_lat[t] = g_rand_double_range (rand, 29.5, 37.5);
      town_lon[t] = g_rand_double_range (rand, 34.0, 48.5);
    }
  for (guint i = 0; i < n; i++)
    {
      guint t = (guint) (300 * pow (g_rand_double (rand), 2.5));
      guint type = g_rand_int_range (rand, 0, MARSAD_N_EVENT_TYPES);
      g_autofree char *id = g_strdup_printf ("e%u", i);
      MarsadMapMarker m = { 0 };

      m.place_id = id;
      m.name = (char *) "حي";
      m.kind = (char *) "neighbourhood";
      m.lat = town_lat[MIN (t, 299)] + g_rand_double_range (rand, -0.08, 0.08);
      m.lon = town_lon[MIN (t, 299)] + g_rand_double_range (rand, -0.08, 0.08);
      m.role = MARSAD_MARKER_ROLE_EVENT_SITE;
      m.event_type = types[type];
      m.type_counts[type] = 1;
      m.n_events = 1;
      m.fatalities = g_rand_int_range (rand, -1, 12);
      if (with_borders && i % 10 == 0)
        {
          m.border = marsad_borders_lookup (marsad_borders_get_default (), borders[i / 10 % 10][0],
                                            borders[i / 10 % 10][1]);
          marsad_border_midpoint (m.border, &m.lat, &m.lon);
        }
      marsad_map_marker_set_add (set, &m);
    }
  return set;
}

/* One frame as the frame clock runs it: from its update phase to the end
 * of its paint (layout, snapshot of every layer, rendering). */
typedef struct
{
  gint64   update;
  gint64   painted;
  gboolean done;
} Frame;

static void
update_cb (GdkFrameClock *clock,
           Frame         *frame)
{
  frame->update = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Frame         *frame)
{
  /* The display server composites what the frame sent (with the cairo
   * renderer under X11 that is every drawing operation; with GL, the
   * swap): the frame is done when it has, not when GTK has queued it. */
  gdk_display_sync (gdk_display_get_default ());
  frame->painted = g_get_monotonic_time ();
  frame->done = TRUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

/* The next frame of the widget's clock, after change() has made it draw. */
static double
time_frame (GtkWidget *widget,
            void     (*change) (GtkWidget *widget, int round),
            int        round)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  Frame frame = { 0 };
  gulong update_id = g_signal_connect (clock, "update", G_CALLBACK (update_cb), &frame);
  gulong paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &frame);

  change (widget, round);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_UPDATE);
  while (!frame.done || frame.update == 0)
    {
      if (frame.done)
        {
          /* a frame that began before the request: wait for ours */
          frame.done = FALSE;
          gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_UPDATE);
        }
      g_main_context_iteration (NULL, TRUE);
    }
  g_signal_handler_disconnect (clock, update_id);
  g_signal_handler_disconnect (clock, paint_id);
  return (frame.painted - frame.update) / 1000.0;
}

/* a pixel's move: every layer draws again, as while panning */
static void
move_map (GtkWidget *widget,
          int        round)
{
  ShumateMap *map = SHUMATE_MAP (marsad_map_widget_get_map (MARSAD_MAP_WIDGET (widget)));

  shumate_map_center_on (map, 33.5, 41.0 + (round % 2) * 0.01);
}

static double
frame_ms (GtkWidget *widget,
          int        round)
{
  return time_frame (widget, move_map, round);
}

/* An empty window's only content: one colour over all of it, another at
 * each frame, so that the whole window is painted again. */
#define BENCH_TYPE_FILL (bench_fill_get_type ())
G_DECLARE_FINAL_TYPE (BenchFill, bench_fill, BENCH, FILL, GtkWidget)

struct _BenchFill
{
  GtkWidget   parent_instance;
  int         round;
  GdkTexture *tiles[4];   /* NULL: the colour alone */
};

G_DEFINE_FINAL_TYPE (BenchFill, bench_fill, GTK_TYPE_WIDGET)

static void
bench_fill_snapshot (GtkWidget   *widget,
                     GtkSnapshot *snapshot)
{
  BenchFill *self = BENCH_FILL (widget);
  GdkRGBA color = { 0.95, 0.94, self->round % 2 ? 0.91 : 0.92, 1 };

  gtk_snapshot_append_color (snapshot, &color,
                             &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                  gtk_widget_get_height (widget)));
  if (self->tiles[0] == NULL)
    return;
  /* a grid one tile wider than the window, as libshumate's is */
  for (int row = -1; row <= HEIGHT / 256 + 1; row++)
    for (int col = -1; col <= WIDTH / 256 + 1; col++)
      gtk_snapshot_append_texture (snapshot, self->tiles[(row + col) & 3],
                                   &GRAPHENE_RECT_INIT (col * 256 - 42.41 + (self->round % 2) * 0.46,
                                                        row * 256 + 71.74, 256, 256));
}

static void
bench_fill_dispose (GObject *object)
{
  BenchFill *self = BENCH_FILL (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->tiles); i++)
    g_clear_object (&self->tiles[i]);
  G_OBJECT_CLASS (bench_fill_parent_class)->dispose (object);
}

/* tiles with the basemap's kind of content: land, sea, a few lines */
static GdkTexture *
bench_tile_new (int seed)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 256, 256);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;

  cairo_set_source_rgb (cr, 0.95, 0.93, 0.89);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.67, 0.83, 0.92);
  cairo_arc (cr, 40 * seed, 200, 90, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0.5, 0.5, 0.5);
  cairo_move_to (cr, 0, 30 * seed);
  cairo_curve_to (cr, 80, 200, 160, 20, 256, 128);
  cairo_stroke (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * 256);
  texture = gdk_memory_texture_new (256, 256, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);
  return texture;
}

static void
bench_fill_class_init (BenchFillClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bench_fill_dispose;
  GTK_WIDGET_CLASS (klass)->snapshot = bench_fill_snapshot;
}

static void
bench_fill_init (BenchFill *self)
{
}

static void
recolor (GtkWidget *widget,
         int        round)
{
  BENCH_FILL (widget)->round = round;
  gtk_widget_queue_draw (widget);
}

static double
empty_window_ms (gboolean with_textures)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *fill = g_object_new (BENCH_TYPE_FILL, NULL);

  for (guint i = 0; with_textures && i < G_N_ELEMENTS (BENCH_FILL (fill)->tiles); i++)
    BENCH_FILL (fill)->tiles[i] = bench_tile_new ((int) i + 1);
  gtk_window_set_default_size (window, WIDTH, HEIGHT);
  gtk_window_set_decorated (window, FALSE);
  gtk_widget_set_size_request (fill, WIDTH, HEIGHT);
  gtk_window_set_child (window, fill);
  gtk_window_present (window);
  iterate (1500);
  time_frame (fill, recolor, 0);   /* warm-up */
  for (int r = 0; r < ROUNDS; r++)
    {
      double ms = time_frame (fill, recolor, r + 1);

      g_array_append_val (times, ms);
    }
  gtk_window_destroy (window);
  iterate (200);
  return median (times);
}

int
main (int    argc,
      char **argv)
{
  /* 1000 again with a tenth of them on borders */
  static const guint counts[] = { 1000, 1000, 10000, 100000 };
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadBasemap) basemap = NULL;
  MarsadMarkerLayer *layer;
  GtkWindow *window;
  GtkWidget *map;

  setlocale (LC_ALL, "");
  gtk_init ();
  adw_init ();
  basemap = marsad_basemap_load_default (&error);
  if (basemap == NULL)
    {
      fprintf (stderr, "bench-markers: %s\n", error->message);
      return 1;
    }
  printf ("empty_window_ms=%.2f\n", empty_window_ms (FALSE));
  printf ("textures_window_ms=%.2f\n", empty_window_ms (TRUE));
  fflush (stdout);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, WIDTH, HEIGHT);
  gtk_window_set_decorated (window, FALSE);
  map = marsad_map_widget_new ();
  gtk_widget_set_size_request (map, WIDTH, HEIGHT);
  gtk_window_set_child (window, map);
  marsad_map_widget_set_basemap (MARSAD_MAP_WIDGET (map), basemap);
  layer = marsad_map_widget_get_marker_layer (MARSAD_MAP_WIDGET (map));
  gtk_window_present (window);
  shumate_viewport_set_zoom_level (shumate_map_get_viewport (SHUMATE_MAP (marsad_map_widget_get_map (MARSAD_MAP_WIDGET (map)))), 6);
  shumate_map_center_on (SHUMATE_MAP (marsad_map_widget_get_map (MARSAD_MAP_WIDGET (map))), 33.5, 41.0);
  /* the tiles of both positions drawn and kept */
  for (int i = 0; i < 2; i++)
    {
      frame_ms (map, i);
      iterate (1500);
    }

  for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
    {
      g_autoptr(GArray) with = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) without = g_array_new (FALSE, FALSE, sizeof (double));
      gboolean with_borders = c == 1;
      MarsadMapMarkerSet *set = events_set (counts[c], with_borders);
      gint64 start = g_get_monotonic_time ();

      marsad_map_marker_set_get_clusters (set);
      fprintf (stderr, "markers=%u clusters_build_ms=%.1f\n", counts[c],
               (g_get_monotonic_time () - start) / 1000.0);

      marsad_marker_layer_set_markers (layer, set);
      frame_ms (map, 0);   /* warm-up */
      for (int r = 0; r < ROUNDS; r++)
        {
          double ms;

          /* alternately with the markers and without (the basemap alone),
           * each frame a move from where the last one was: a frame that
           * only hid the markers would redraw only where they were */
          gtk_widget_set_visible (GTK_WIDGET (layer), TRUE);
          ms = frame_ms (map, 2 * r + 1);
          g_array_append_val (with, ms);
          gtk_widget_set_visible (GTK_WIDGET (layer), FALSE);
          ms = frame_ms (map, 2 * r);
          g_array_append_val (without, ms);
        }
      gtk_widget_set_visible (GTK_WIDGET (layer), TRUE);
      printf ("markers=%u%s frame_ms=%.2f baseline_ms=%.2f\n", counts[c],
              with_borders ? " borders=10" : "", median (with), median (without));
      fflush (stdout);
    }

  gtk_window_destroy (window);
  return 0;
}
