/* marsad-marker-layer.h: all places of an article drawn in one layer
 *
 * A ShumateLayer that draws every marker in one cairo node with the shared
 * marker style (src/map/marsad-map-markers.h) and does its own hit-testing:
 * clicks and tooltips reach it only over a marker, so dragging the map
 * anywhere else works as usual.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <shumate/shumate.h>

#include "marsad-document.h"
#include "marsad-map-marker-set.h"

G_BEGIN_DECLS

#define MARSAD_TYPE_MARKER_LAYER (marsad_marker_layer_get_type ())

G_DECLARE_FINAL_TYPE (MarsadMarkerLayer, marsad_marker_layer, MARSAD, MARKER_LAYER, ShumateLayer)

MarsadMarkerLayer *marsad_marker_layer_new           (ShumateViewport      *viewport);
/* doc must outlive the layer's use of it; call again (or with NULL) when it changes. */
void               marsad_marker_layer_set_document  (MarsadMarkerLayer    *self,
                                                      const MarsadDocument *doc,
                                                      gboolean              show_background);
void               marsad_marker_layer_set_dark      (MarsadMarkerLayer    *self,
                                                      gboolean              dark);
void               marsad_marker_layer_set_selected  (MarsadMarkerLayer    *self,
                                                      const char           *place_id);
const char        *marsad_marker_layer_get_selected  (MarsadMarkerLayer    *self);
/* Takes the set: any markers (a collection's events), clustered as an
 * article's places are. A large set's clusters are built in a worker
 * thread while the old set stays on the map; ::markers-ready says when
 * the new one is shown. */
void               marsad_marker_layer_set_markers   (MarsadMarkerLayer    *self,
                                                      MarsadMapMarkerSet   *set);
MarsadMapMarkerSet *marsad_marker_layer_get_marker_set (MarsadMarkerLayer  *self);
gboolean           marsad_marker_layer_is_building   (MarsadMarkerLayer    *self);
/* The cluster (badge or single marker) at (x, y), or -1. */
int                marsad_marker_layer_pick_cluster  (MarsadMarkerLayer    *self,
                                                      double                x,
                                                      double                y);
/* The place ids a cluster holds. */
GPtrArray         *marsad_marker_layer_dup_cluster_places (MarsadMarkerLayer *self,
                                                           guint              cluster);
/* Where to zoom to see the cluster split; FALSE when its places sit on one
 * spot (list them instead). */
gboolean           marsad_marker_layer_get_cluster_expansion (MarsadMarkerLayer *self,
                                                              guint              cluster,
                                                              double            *lat,
                                                              double            *lon,
                                                              double            *zoom);
/* The place drawn at (x, y) in the layer's coordinates: its marker's, or
 * for a cluster badge the place that leads it (the most events); or NULL. */
const char        *marsad_marker_layer_pick          (MarsadMarkerLayer    *self,
                                                      double                x,
                                                      double                y);
/* Number of drawn markers, and how many of them are event sites. */
guint              marsad_marker_layer_get_n_markers (MarsadMarkerLayer    *self);
gboolean           marsad_marker_layer_is_event_site (MarsadMarkerLayer    *self,
                                                      const char           *place_id);
/* The box to frame (marsad_map_marker_set_get_frame()): the event sites
 * finer than a country, else finer places, else all. FALSE when nothing
 * is drawn. */
gboolean           marsad_marker_layer_get_bounds    (MarsadMarkerLayer    *self,
                                                      double               *min_lat,
                                                      double               *min_lon,
                                                      double               *max_lat,
                                                      double               *max_lon);
/* Where the place is drawn, in the layer's coordinates: its marker, or
 * the badge of the cluster that holds it. */
gboolean           marsad_marker_layer_get_marker_position (MarsadMarkerLayer *self,
                                                            const char        *place_id,
                                                            double            *x,
                                                            double            *y);

/* A selected place that has no marker (a capital named only as an actor)
 * still shows where it is: a muted selection ring at its point, with its
 * name. NULL name: no mark. */
void               marsad_marker_layer_set_selection_mark  (MarsadMarkerLayer *self,
                                                            const char        *name,
                                                            double             lat,
                                                            double             lon);
/* Where the mark's ring is centred, in the layer's coordinates; FALSE when
 * there is no mark. */
gboolean           marsad_marker_layer_get_selection_mark  (MarsadMarkerLayer *self,
                                                            double            *x,
                                                            double            *y);

GStrv              marsad_marker_layer_dup_names           (MarsadMarkerLayer *self);

G_END_DECLS
