/* marsad-map-renderer.h: the offline reference map, for tiles and exports
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "marsad-basemap.h"
#include "marsad-map-style.h"
#include "marsad-map-view.h"

G_BEGIN_DECLS

/* Credit line for maps drawn from basemap.bin (on screen and on exports). */
#define MARSAD_MAP_ATTRIBUTION "Natural Earth; Who’s On First; GeoNames"
/* Credit line required when the online OpenStreetMap tiles are shown. */
#define MARSAD_MAP_OSM_ATTRIBUTION "© OpenStreetMap contributors"

typedef struct _MarsadMapRenderer MarsadMapRenderer;

/* A rectangle in the view's logical pixels. */
typedef struct {
  double x0, y0, x1, y1;
} MarsadMapBox;

/* What the basemap's own labels must leave alone when something else is
 * drawn over the map (an export's markers, their labels, its legend):
 * no basemap label or place dot is put in one of the boxes, and no place
 * is labelled whose name is one of names (compared loosely: Arabic hamza
 * forms, tā' marbūṭa, diacritics and spaces do not count), so that each
 * place is named once. */
typedef struct {
  const MarsadMapBox *boxes;
  guint               n_boxes;
  const char * const *names;
  guint               n_names;
} MarsadMapAvoid;

MarsadMapRenderer *marsad_map_renderer_new        (MarsadBasemap      *basemap);
MarsadMapRenderer *marsad_map_renderer_ref        (MarsadMapRenderer  *renderer);
void               marsad_map_renderer_unref      (MarsadMapRenderer  *renderer);
MarsadBasemap     *marsad_map_renderer_get_basemap (MarsadMapRenderer *renderer);

void               marsad_map_renderer_set_style  (MarsadMapRenderer  *renderer,
                                                   MarsadMapStyleKind  style);
MarsadMapStyleKind marsad_map_renderer_get_style  (MarsadMapRenderer  *renderer);

/* Draws the view into cr, whose user space is the view's logical pixels
 * (0,0)-(width,height); works on image, SVG and PDF surfaces (vector
 * output stays paths and text). Safe to call from several threads. */
void               marsad_map_renderer_draw       (MarsadMapRenderer   *renderer,
                                                   cairo_t             *cr,
                                                   const MarsadMapView *view);
/* The same, with areas and names the labels avoid (avoid may be NULL).
 * Leaves cr with no current path, so the caller's next shape starts clean. */
void               marsad_map_renderer_draw_full  (MarsadMapRenderer    *renderer,
                                                   cairo_t              *cr,
                                                   const MarsadMapView  *view,
                                                   const MarsadMapAvoid *avoid);
/* One slippy-map tile: cr's user space is tile_size device pixels; the tile
 * covers 256 logical pixels, so tile_size 512 is a HiDPI tile. Same code
 * path as marsad_map_renderer_draw. */
void               marsad_map_renderer_draw_tile  (MarsadMapRenderer   *renderer,
                                                   cairo_t             *cr,
                                                   int                  z,
                                                   int                  x,
                                                   int                  y,
                                                   int                  tile_size);
/* The same tile leaving out the names given (boxes are not used for
 * tiles: a tile's pixels do not depend on what lies beyond it). */
void               marsad_map_renderer_draw_tile_full (MarsadMapRenderer    *renderer,
                                                       cairo_t              *cr,
                                                       int                   z,
                                                       int                   x,
                                                       int                   y,
                                                       int                   tile_size,
                                                       const MarsadMapAvoid *avoid);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadMapRenderer, marsad_map_renderer_unref)

G_END_DECLS
