/* marsad-basemap-source.h: libshumate tiles drawn from the offline basemap
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <shumate/shumate.h>

#include "marsad-basemap.h"
#include "marsad-tile-paintable.h"

G_BEGIN_DECLS

#define MARSAD_BASEMAP_SOURCE_ID "marsad-basemap"
#define MARSAD_BASEMAP_SOURCE_MIN_ZOOM 2
#define MARSAD_BASEMAP_SOURCE_MAX_ZOOM 14

#define MARSAD_TYPE_BASEMAP_SOURCE (marsad_basemap_source_get_type ())
G_DECLARE_FINAL_TYPE (MarsadBasemapSource, marsad_basemap_source, MARSAD, BASEMAP_SOURCE, ShumateMapSource)

/* Tiles of 256 logical pixels, zooms 2-14, drawn in worker threads by the
 * same renderer as the exports. :dark picks the dark style; libshumate 1.0
 * keeps drawn tiles, so after changing it give the map layer a new source
 * (or a new layer) to redraw. :scale-factor draws HiDPI tiles. */
MarsadBasemapSource *marsad_basemap_source_new          (MarsadBasemap       *basemap);
void                 marsad_basemap_source_set_dark     (MarsadBasemapSource *self,
                                                         gboolean             dark);
gboolean             marsad_basemap_source_get_dark     (MarsadBasemapSource *self);
void                 marsad_basemap_source_set_scale_factor (MarsadBasemapSource *self,
                                                             int                  scale_factor);

/* ::tiles-idle is emitted when every tile asked for is drawn. */

/* Stops drawing for good: tiles queued or asked for later come back
 * cancelled, the ones being drawn are finished and the worker threads
 * joined before it returns. Call it before dropping the source, so that
 * no worker outlives the map (or the program). */
void                 marsad_basemap_source_shutdown     (MarsadBasemapSource *self);

/* The online OpenStreetMap raster tiles, only for when the user turns them
 * on. The license text ("© OpenStreetMap contributors") must be shown. */
ShumateMapSource    *marsad_osm_source_new              (void);

void                 marsad_basemap_source_set_avoid_names (MarsadBasemapSource *self,
                                                            const char * const  *names);

/* Fills boxes (MarsadMapBox, in the tile's 256 logical px) with what the
 * tile's labels must keep clear of: the app's markers and their labels,
 * so that the basemap yields to them. Called on the main thread. */
typedef void (*MarsadBasemapKeepClearFunc) (int       z,
                                            int       x,
                                            int       y,
                                            GArray   *boxes,
                                            gpointer  data);

/* Set before the first tile is drawn (libshumate keeps drawn tiles). */
void                 marsad_basemap_source_set_keep_clear (MarsadBasemapSource        *self,
                                                           MarsadBasemapKeepClearFunc  func,
                                                           gpointer                    data,
                                                           GDestroyNotify              destroy);

void                 marsad_basemap_source_set_paint_target (MarsadBasemapSource *self,
                                                             MarsadPaintTarget   *target);

G_END_DECLS
