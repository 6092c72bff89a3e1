/* test-basemap.c: the offline basemap and its renderer
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-svg.h>
#include <math.h>
#include <glib/gstdio.h>
#include <string.h>

#include "marsad-basemap-private.h"
#include "marsad-map-renderer.h"

static MarsadBasemap *
load_basemap (void)
{
  g_autoptr(GError) error = NULL;
  MarsadBasemap *basemap = marsad_basemap_load_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (basemap);
  return basemap;
}

static cairo_surface_t *
render_tile (MarsadMapRenderer *renderer, int z, int x, int y)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 256, 256);
  cairo_t *cr = cairo_create (surface);

  marsad_map_renderer_draw_tile (renderer, cr, z, x, y, 256);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint32
pixel_at (cairo_surface_t *surface, int x, int y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint32 v;

  memcpy (&v, data + y * cairo_image_surface_get_stride (surface) + 4 * x, 4);
  return v & 0xffffff;
}

static void
test_tiles_not_blank (void)
{
  g_autoptr(MarsadBasemap) basemap = load_basemap ();
  g_autoptr(MarsadMapRenderer) renderer = marsad_map_renderer_new (basemap);
  /* Baghdad at zooms 5, 8 and 11, and the Levant coast at 7. */
  const int tiles[][3] = { { 5, 19, 12 }, { 8, 159, 103 }, { 11, 1276, 828 }, { 7, 76, 51 } };

  for (guint t = 0; t < G_N_ELEMENTS (tiles); t++)
    {
      cairo_surface_t *s = render_tile (renderer, tiles[t][0], tiles[t][1], tiles[t][2]);
      g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);

      for (int y = 0; y < 256; y += 4)
        for (int x = 0; x < 256; x += 4)
          g_hash_table_add (colours, GUINT_TO_POINTER (pixel_at (s, x, y)));
      g_test_message ("tile %d/%d/%d: %u colours", tiles[t][0], tiles[t][1], tiles[t][2],
                      g_hash_table_size (colours));
      g_assert_cmpuint (g_hash_table_size (colours), >, 3);
      cairo_surface_destroy (s);
    }
}

static void
test_land_and_water (void)
{
  g_autoptr(MarsadBasemap) basemap = load_basemap ();

  g_assert_true (marsad_basemap_is_land (basemap, 33.31, 44.37));    /* Baghdad */
  g_assert_true (marsad_basemap_is_land (basemap, 33.51, 36.29));    /* Damascus */
  g_assert_true (marsad_basemap_is_land (basemap, 24.71, 46.68));    /* Riyadh */
  g_assert_true (marsad_basemap_is_land (basemap, 48.85, 2.35));     /* Paris, coarse data */
  g_assert_false (marsad_basemap_is_land (basemap, 27.0, 51.0));     /* the Gulf */
  g_assert_false (marsad_basemap_is_land (basemap, 34.0, 18.0));     /* Mediterranean */
  g_assert_false (marsad_basemap_is_land (basemap, 20.0, 38.5));     /* Red Sea */
  g_assert_false (marsad_basemap_is_land (basemap, 42.0, 50.5));     /* Caspian */
  g_assert_false (marsad_basemap_is_land (basemap, 31.5, 35.5));     /* Dead Sea (a lake) */
  g_assert_false (marsad_basemap_is_land (basemap, 0.0, -30.0));     /* Atlantic */
}

/* The renderer paints what is_land says: sample the tile pixels. */
static void
test_tile_colours_match_geography (void)
{
  g_autoptr(MarsadBasemap) basemap = load_basemap ();
  g_autoptr(MarsadMapRenderer) renderer = marsad_map_renderer_new (basemap);
  MarsadMapView view;
  double x, y;
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 300);
  cairo_t *cr = cairo_create (s);
  guint32 land, water;

  marsad_map_view_init (&view, 29.0, 48.0, 6, 400, 300);
  marsad_map_renderer_draw (renderer, cr, &view);
  cairo_destroy (cr);
  cairo_surface_flush (s);

  marsad_map_view_project (&view, 30.2, 46.2, &x, &y);   /* desert south-west of Basra */
  land = pixel_at (s, (int) x, (int) y);
  marsad_map_view_project (&view, 28.2, 49.8, &x, &y);   /* open Gulf water */
  water = pixel_at (s, (int) x, (int) y);
  g_assert_cmphex (land, ==, 0xf2efe9);
  g_assert_cmphex (water, ==, 0xaad3df);
  cairo_surface_destroy (s);
}

static void
test_deterministic (void)
{
  g_autoptr(MarsadBasemap) basemap = load_basemap ();
  g_autoptr(MarsadMapRenderer) first = marsad_map_renderer_new (basemap);
  g_autoptr(MarsadMapRenderer) second = marsad_map_renderer_new (basemap);
  cairo_surface_t *a = render_tile (first, 8, 159, 103);
  cairo_surface_t *b = render_tile (second, 8, 159, 103);
  cairo_surface_t *c = render_tile (first, 8, 159, 103);
  gsize n = (gsize) cairo_image_surface_get_stride (a) * 256;

  g_assert_cmpmem (cairo_image_surface_get_data (a), n, cairo_image_surface_get_data (b), n);
  g_assert_cmpmem (cairo_image_surface_get_data (a), n, cairo_image_surface_get_data (c), n);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
  cairo_surface_destroy (c);
}

/* The renderer must leave no current point: the export's first marker arc
 * used to start with a straight line from the last basemap label (the
 * stray diagonals near Tharthar and Habbaniyah). */
static void
test_no_stray_path (void)
{
  g_autoptr(MarsadBasemap) basemap = load_basemap ();
  g_autoptr(MarsadMapRenderer) renderer = marsad_map_renderer_new (basemap);
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, 600);
  cairo_t *cr = cairo_create (s);
  MarsadMapView view;
  double mx, my;
  guint stray = 0;

  for (int style = 0; style < 2; style++)
    {
      marsad_map_renderer_set_style (renderer, style);
      marsad_map_view_init (&view, 33.6, 43.3, 8, 800, 600);
      marsad_map_renderer_draw (renderer, cr, &view);
      g_assert_false (cairo_has_current_point (cr));

      /* What the export does next: a marker far from the last label. */
      marsad_map_view_project (&view, 32.9, 44.2, &mx, &my);
      cairo_arc (cr, mx, my, 4, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 1, 0, 0);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
      cairo_surface_flush (s);
      for (int y = 0; y < 600; y++)
        for (int x = 0; x < 800; x++)
          if (pixel_at (s, x, y) == 0xff0000 && (x - mx) * (x - mx) + (y - my) * (y - my) > 8 * 8)
            stray++;
      g_assert_cmpuint (stray, ==, 0);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (s);
}

/* Where the basemap puts Baghdad's dot in the view. */
static void
baghdad_xy (MarsadBasemap *basemap, const MarsadMapView *view, double *x, double *y)
{
  guint n;
  const MarsadLabel *labels = marsad_basemap_get_labels (basemap, &n);
  double k = 256.0 * exp2 (view->zoom) / MARSAD_BASEMAP_WORLD;

  for (guint i = 0; i < n; i++)
    if (labels[i].klass == MARSAD_LABEL_CAPITAL &&
        strcmp (marsad_basemap_get_string (basemap, labels[i].name_ar), "بغداد") == 0)
      {
        *x = labels[i].x * k - view->x0;
        *y = labels[i].y * k - view->y0;
        return;
      }
  g_assert_not_reached ();
}

/* The centre of Baghdad's capital dot (a dark point) at zoom 8. */
static guint32
baghdad_centre (MarsadMapRenderer *renderer, const MarsadMapAvoid *avoid)
{
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 300);
  cairo_t *cr = cairo_create (s);
  MarsadMapView view;
  double x, y;
  guint32 v;

  marsad_map_view_init (&view, 33.3, 44.0, 8, 400, 300);
  marsad_map_renderer_draw_full (renderer, cr, &view, avoid);
  cairo_destroy (cr);
  cairo_surface_flush (s);
  baghdad_xy (marsad_map_renderer_get_basemap (renderer), &view, &x, &y);
  v = pixel_at (s, (int) x, (int) y);
  cairo_surface_destroy (s);
  return v;
}

static void
test_avoid (void)
{
  g_autoptr(MarsadBasemap) basemap = load_basemap ();
  g_autoptr(MarsadMapRenderer) renderer = marsad_map_renderer_new (basemap);
  /* Diacritics and another alef do not make another name. */
  const char *names[] = { "بَغداد" };
  MarsadMapAvoid by_name = { NULL, 0, names, 1 };
  MarsadMapView view;
  MarsadMapBox box;
  MarsadMapAvoid by_box = { &box, 1, NULL, 0 };
  double x, y;
  guint32 plain = baghdad_centre (renderer, NULL);

  marsad_map_view_init (&view, 33.3, 44.0, 8, 400, 300);
  baghdad_xy (basemap, &view, &x, &y);
  box = (MarsadMapBox) { x - 2, y - 2, x + 2, y + 2 };

  g_test_message ("Baghdad's centre: %06x", plain);
  g_assert_cmphex (baghdad_centre (renderer, &by_name), !=, plain);
  g_assert_cmphex (baghdad_centre (renderer, &by_box), !=, plain);
  /* And nothing sticks: the plain drawing is as before. */
  g_assert_cmphex (baghdad_centre (renderer, NULL), ==, plain);
}

typedef struct {
  MarsadMapRenderer *renderer;
  guint8            *pixels;
} ThreadTile;

static gpointer
render_in_thread (gpointer data)
{
  ThreadTile *t = data;

  for (int z = 5; z <= 8; z++)
    {
      cairo_surface_t *s = render_tile (t->renderer, z, 19 << (z - 5), 12 << (z - 5));

      if (z == 8)
        t->pixels = g_memdup2 (cairo_image_surface_get_data (s),
                               (gsize) cairo_image_surface_get_stride (s) * 256);
      cairo_surface_destroy (s);
    }
  return NULL;
}

/* Tiles are drawn on worker threads sharing one renderer and its label
 * images: every thread must get the same pixels. */
static void
test_threads (void)
{
  g_autoptr(MarsadBasemap) basemap = load_basemap ();
  g_autoptr(MarsadMapRenderer) renderer = marsad_map_renderer_new (basemap);
  ThreadTile tiles[4];
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      tiles[i] = (ThreadTile) { renderer, NULL };
      threads[i] = g_thread_new ("tile", render_in_thread, &tiles[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
  for (guint i = 1; i < G_N_ELEMENTS (threads); i++)
    g_assert_cmpmem (tiles[0].pixels, 256 * 4 * 256, tiles[i].pixels, 256 * 4 * 256);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_free (tiles[i].pixels);
}

static cairo_status_t
append_bytes (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
test_svg_is_vector (void)
{
  g_autoptr(MarsadBasemap) basemap = load_basemap ();
  g_autoptr(MarsadMapRenderer) renderer = marsad_map_renderer_new (basemap);
  g_autoptr(GByteArray) svg = g_byte_array_new ();
  g_autofree char *text = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  MarsadMapView view;

  marsad_map_view_init_fit (&view, 38.0, 29.0, 49.0, 37.5, 800, 600, 20);
  surface = cairo_svg_surface_create_for_stream (append_bytes, svg, 800, 600);
  cr = cairo_create (surface);
  marsad_map_renderer_draw (renderer, cr, &view);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  text = g_strndup ((const char *) svg->data, svg->len);
  g_assert_nonnull (strstr (text, "<path"));
  g_assert_nonnull (strstr (text, "glyph"));   /* text, as cairo's glyph symbols */
  g_assert_null (strstr (text, "<image"));
}

static void
expect_invalid (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadBasemap) basemap = marsad_basemap_load (path, &error);

  g_assert_null (basemap);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
}

static void
test_corrupt_files (void)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *dir = g_dir_make_tmp ("marsad-basemap-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.bin", NULL);
  g_autoptr(GError) error = NULL;
  gsize length;

  path = g_build_filename (g_getenv ("MARSAD_DATA_DIR"), "basemap.bin", NULL);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);

  /* Truncated, at the header and in the middle. */
  g_assert_true (g_file_set_contents (bad, contents, 40, NULL));
  expect_invalid (bad);
  g_assert_true (g_file_set_contents (bad, contents, length / 2, NULL));
  expect_invalid (bad);
  /* Empty, and garbage. */
  g_assert_true (g_file_set_contents (bad, "", 0, NULL));
  expect_invalid (bad);
  memset (contents + 8, 0xff, 64);
  g_assert_true (g_file_set_contents (bad, contents, length, NULL));
  expect_invalid (bad);
  /* A piece pointing past its points: correct header, broken body. */
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  memset (contents + 64 + 4, 0xee, 24);   /* the first layer directory entry */
  g_assert_true (g_file_set_contents (bad, contents, length, NULL));
  expect_invalid (bad);
  /* Missing. */
  g_remove (bad);
  expect_invalid (bad);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("MARSAD_DATA_DIR") == NULL)
    g_setenv ("MARSAD_DATA_DIR", SOURCE_DATADIR, FALSE);

  g_test_add_func ("/basemap/tiles-not-blank", test_tiles_not_blank);
  g_test_add_func ("/basemap/land-and-water", test_land_and_water);
  g_test_add_func ("/basemap/tile-colours", test_tile_colours_match_geography);
  g_test_add_func ("/basemap/deterministic", test_deterministic);
  g_test_add_func ("/basemap/svg-is-vector", test_svg_is_vector);
  g_test_add_func ("/basemap/no-stray-path", test_no_stray_path);
  g_test_add_func ("/basemap/avoid", test_avoid);
  g_test_add_func ("/basemap/threads", test_threads);
  g_test_add_func ("/basemap/corrupt-files", test_corrupt_files);
  return g_test_run ();
}
