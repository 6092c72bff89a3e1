/* bench-tiles.c: time the offline basemap's tiles over Iraq and the Levant
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Renders every 256-pixel tile at zooms 4-10 that meets the box
 * lon 34..49, lat 29..37.5 (capped per zoom), once to warm the caches and
 * once timed, and prints the median and worst time per tile. The baseline
 * is the same loop filling each tile with a plain cairo_paint, so figures
 * can be compared across machines as ratios. */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "marsad-map-renderer.h"

#define MAX_TILES_PER_ZOOM 150

typedef struct {
  int z, x, y;
} TileId;

static int
compare_doubles (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
tile_of (double lat, double lon, int z, int *tx, int *ty)
{
  double n = exp2 (z), s = sin (lat * G_PI / 180.0);

  *tx = (int) floor ((lon + 180.0) / 360.0 * n);
  *ty = (int) floor ((0.5 - log ((1 + s) / (1 - s)) / (4 * G_PI)) * n);
}

/* Tiles of the box at zooms 4..10, a centred window of at most
 * MAX_TILES_PER_ZOOM at the deep zooms. */
static GArray *
tile_grid (void)
{
  GArray *tiles = g_array_new (FALSE, FALSE, sizeof (TileId));

  for (int z = 4; z <= 10; z++)
    {
      int x0, y0, x1, y1, side = (int) sqrt (MAX_TILES_PER_ZOOM);
      int cx, cy;

      tile_of (37.5, 34.0, z, &x0, &y0);
      tile_of (29.0, 49.0, z, &x1, &y1);
      cx = (x0 + x1) / 2;
      cy = (y0 + y1) / 2;
      if (x1 - x0 + 1 > side)
        x0 = cx - side / 2, x1 = x0 + side - 1;
      if (y1 - y0 + 1 > side)
        y0 = cy - side / 2, y1 = y0 + side - 1;
      for (int y = y0; y <= y1; y++)
        for (int x = x0; x <= x1; x++)
          {
            TileId t = { z, x, y };
            g_array_append_val (tiles, t);
          }
    }
  return tiles;
}

static double
time_tile (MarsadMapRenderer *renderer, cairo_surface_t *surface, const TileId *t)
{
  cairo_t *cr = cairo_create (surface);
  gint64 start = g_get_monotonic_time ();

  if (renderer != NULL)
    marsad_map_renderer_draw_tile (renderer, cr, t->z, t->x, t->y, 256);
  else
    {
      cairo_set_source_rgb (cr, 0.95, 0.94, 0.91);
      cairo_paint (cr);
    }
  cairo_surface_flush (surface);
  cairo_destroy (cr);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
run (const char *name, MarsadMapRenderer *renderer, GArray *tiles, double *median_out)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 256, 256);
  g_autofree double *ms = g_new (double, tiles->len);
  double total = 0;
  guint worst = 0;

  for (guint i = 0; i < tiles->len; i++)   /* warm fonts and caches */
    time_tile (renderer, surface, &g_array_index (tiles, TileId, i));
  for (guint i = 0; i < tiles->len; i++)
    {
      ms[i] = time_tile (renderer, surface, &g_array_index (tiles, TileId, i));
      total += ms[i];
      if (ms[i] > ms[worst])
        worst = i;
    }
  {
    const TileId *w = &g_array_index (tiles, TileId, worst);
    double worst_ms = ms[worst];

    if (renderer != NULL)
      {
        printf ("%-10s", name);
        for (int z = 4; z <= 10; z++)
          {
            g_autoptr(GArray) zms = g_array_new (FALSE, FALSE, sizeof (double));

            for (guint i = 0; i < tiles->len; i++)
              if (g_array_index (tiles, TileId, i).z == z)
                g_array_append_val (zms, ms[i]);
            g_array_sort (zms, compare_doubles);
            printf (" z%d %.2f", z, zms->len ? g_array_index (zms, double, zms->len / 2) : 0.0);
          }
        printf ("  (median ms per zoom)\n");
      }
    qsort (ms, tiles->len, sizeof (double), compare_doubles);
    *median_out = ms[tiles->len / 2];
    printf ("%-10s tiles %u  median %.3f ms  worst %.3f ms (%d/%d/%d)  mean %.3f ms\n",
            name, tiles->len, *median_out, worst_ms, w->z, w->x, w->y, total / tiles->len);
  }
  cairo_surface_destroy (surface);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadBasemap) basemap = NULL;
  g_autoptr(MarsadMapRenderer) renderer = NULL;
  g_autoptr(GArray) tiles = NULL;
  double median, median_dark, baseline;

  setlocale (LC_ALL, "");
  basemap = argc > 1 ? marsad_basemap_load (argv[1], &error) : marsad_basemap_load_default (&error);
  if (basemap == NULL)
    {
      fprintf (stderr, "bench-tiles: %s\n", error->message);
      return 1;
    }
  renderer = marsad_map_renderer_new (basemap);
  tiles = tile_grid ();

  printf ("Offline basemap tiles, zooms 4-10, Iraq and the Levant (lon 34..49, lat 29..37.5)\n");
  run ("baseline", NULL, tiles, &baseline);
  run ("light", renderer, tiles, &median);
  marsad_map_renderer_set_style (renderer, MARSAD_MAP_STYLE_DARK);
  run ("dark", renderer, tiles, &median_dark);
  median = MAX (median, median_dark);
  printf ("median per tile (worse style): %.3f ms = %.0f× the plain-paint baseline; target ≤ 5 ms: %s\n",
          median, median / MAX (baseline, 1e-6), median <= 5.0 ? "met" : "NOT met");
  return median <= 5.0 ? 0 : 2;
}
