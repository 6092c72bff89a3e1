/* marsad-map-view.c: Web-Mercator views
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "marsad-map-view.h"

#define EARTH_CIRCUMFERENCE 40075016.686

static double
world_pixels (double zoom)
{
  return 256.0 * exp2 (zoom);
}

/* Normalised Mercator: x, y in [0, 1]. */
void
marsad_map_view_mercator (double lat, double lon, double *mx, double *my)
{
  double s;

  lat = CLAMP (lat, -85.05112878, 85.05112878);
  s = sin (lat * G_PI / 180.0);
  *mx = (lon + 180.0) / 360.0;
  *my = 0.5 - log ((1 + s) / (1 - s)) / (4 * G_PI);
}

void
marsad_map_view_init (MarsadMapView *view, double lat, double lon, double zoom,
                      double width, double height)
{
  double mx, my, wp = world_pixels (zoom);

  marsad_map_view_mercator (lat, lon, &mx, &my);
  *view = (MarsadMapView) {
    .zoom = zoom,
    .x0 = mx * wp - width / 2.0,
    .y0 = my * wp - height / 2.0,
    .width = width,
    .height = height,
    .scale = 1.0,
    .clip_labels = TRUE,
  };
}

void
marsad_map_view_init_fit (MarsadMapView *view, double west, double south,
                          double east, double north, double width, double height,
                          double padding)
{
  double x0, y0, x1, y1, zx, zy, zoom;
  double inner_w = MAX (1.0, width - 2 * padding), inner_h = MAX (1.0, height - 2 * padding);

  marsad_map_view_mercator (north, west, &x0, &y0);
  marsad_map_view_mercator (south, east, &x1, &y1);
  zx = log2 (inner_w / (256.0 * MAX (1e-12, x1 - x0)));
  zy = log2 (inner_h / (256.0 * MAX (1e-12, y1 - y0)));
  zoom = CLAMP (MIN (zx, zy), 0.0, 20.0);
  marsad_map_view_init (view, 0, 0, zoom, width, height);
  view->x0 = (x0 + x1) / 2.0 * world_pixels (zoom) - width / 2.0;
  view->y0 = (y0 + y1) / 2.0 * world_pixels (zoom) - height / 2.0;
}

void
marsad_map_view_init_tile (MarsadMapView *view, int z, int x, int y, int tile_size)
{
  *view = (MarsadMapView) {
    .zoom = z,
    .x0 = x * 256.0,
    .y0 = y * 256.0,
    .width = 256.0,
    .height = 256.0,
    .scale = tile_size / 256.0,
    .clip_labels = FALSE,
  };
}

void
marsad_map_view_project (const MarsadMapView *view, double lat, double lon,
                         double *x, double *y)
{
  double mx, my, wp = world_pixels (view->zoom);

  marsad_map_view_mercator (lat, lon, &mx, &my);
  *x = mx * wp - view->x0;
  *y = my * wp - view->y0;
}

void
marsad_map_view_unproject (const MarsadMapView *view, double x, double y,
                           double *lat, double *lon)
{
  double wp = world_pixels (view->zoom);
  double mx = (x + view->x0) / wp, my = (y + view->y0) / wp;

  *lon = mx * 360.0 - 180.0;
  *lat = 180.0 / G_PI * atan (sinh (G_PI * (1.0 - 2.0 * my)));
}

double
marsad_map_view_meters_per_pixel (const MarsadMapView *view, double lat)
{
  return EARTH_CIRCUMFERENCE * cos (lat * G_PI / 180.0) / world_pixels (view->zoom);
}

void
marsad_map_view_get_bounds (const MarsadMapView *view, double *west, double *south,
                            double *east, double *north)
{
  marsad_map_view_unproject (view, 0, 0, north, west);
  marsad_map_view_unproject (view, view->width, view->height, south, east);
}
