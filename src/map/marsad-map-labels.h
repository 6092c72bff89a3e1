/* marsad-map-labels.h: placing and drawing map labels without collisions
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "marsad-basemap.h"
#include "marsad-map-renderer.h"
#include "marsad-map-style.h"
#include "marsad-map-view.h"

G_BEGIN_DECLS

/* Text measurements and rendered label images shared by every drawing of
 * one basemap; thread-safe. */
typedef struct _MarsadLabelCache MarsadLabelCache;

MarsadLabelCache *marsad_label_cache_new  (MarsadBasemap    *basemap);
void              marsad_label_cache_free (MarsadLabelCache *cache);

/* avoid may be NULL. */
void              marsad_map_labels_draw  (MarsadLabelCache     *cache,
                                           MarsadMapStyleKind    style,
                                           cairo_t              *cr,
                                           const MarsadMapView  *view,
                                           const MarsadMapAvoid *avoid);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadLabelCache, marsad_label_cache_free)

G_END_DECLS
