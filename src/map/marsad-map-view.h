/* marsad-map-view.h: what part of the Web-Mercator world a drawing shows
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A view maps the world onto width×height logical pixels: at zoom z the
 * world is 256·2^z pixels across (the tile convention), and (x0, y0) is the
 * view's top-left corner in those world pixels. scale is device pixels per
 * logical pixel (HiDPI): it picks finer data, it does not resize the map. */
typedef struct {
  double zoom;
  double x0, y0;
  double width, height;
  double scale;
  /* Exports hide labels that would be cut by the edge; tiles must draw
   * them, since the neighbouring tile draws the rest. */
  gboolean clip_labels;
} MarsadMapView;

void   marsad_map_view_init        (MarsadMapView *view,
                                    double         lat,
                                    double         lon,
                                    double         zoom,
                                    double         width,
                                    double         height);
/* Fits the lon/lat box (plus padding pixels on each side) into width×height;
 * the box is centred and the zoom is fractional. */
void   marsad_map_view_init_fit    (MarsadMapView *view,
                                    double         west,
                                    double         south,
                                    double         east,
                                    double         north,
                                    double         width,
                                    double         height,
                                    double         padding);
void   marsad_map_view_init_tile   (MarsadMapView *view,
                                    int            z,
                                    int            x,
                                    int            y,
                                    int            tile_size);

/* Web Mercator normalised to the unit square: (0, 0) is the north-west
 * corner of the world, (1, 1) the south-east; multiply by 256·2^zoom for
 * world pixels. */
void   marsad_map_view_mercator    (double               lat,
                                    double               lon,
                                    double              *mx,
                                    double              *my);
/* lat/lon <-> logical pixels of the view. */
void   marsad_map_view_project     (const MarsadMapView *view,
                                    double               lat,
                                    double               lon,
                                    double              *x,
                                    double              *y);
void   marsad_map_view_unproject   (const MarsadMapView *view,
                                    double               x,
                                    double               y,
                                    double              *lat,
                                    double              *lon);
/* Ground metres per logical pixel at a latitude (for scale bars). */
double marsad_map_view_meters_per_pixel (const MarsadMapView *view,
                                         double               lat);
/* lon/lat bounds of the view. */
void   marsad_map_view_get_bounds  (const MarsadMapView *view,
                                    double              *west,
                                    double              *south,
                                    double              *east,
                                    double              *north);

G_END_DECLS
