/* marsad-map-clusters.h: markers that would touch become one cluster badge
 *
 * A hierarchy of clusters, built once for a set of points and kept: one
 * level every half zoom step from 0 to MARSAD_MAP_CLUSTERS_MAX_ZOOM, each
 * level made by merging the clusters of the next finer level (as
 * Leaflet.markercluster and supercluster do), so clusters nest from zoom to
 * zoom. At a level's zoom no member point is more than
 * MARSAD_MAP_CLUSTERS_LEVEL_REACH px from its cluster's badge, which keeps
 * every member within 30 px at any zoom the level serves (up to half a step
 * finer). Each level has a grid index: drawing and hit-testing read only
 * the cells in view. The app's marker layer, the exports and
 * bench/bench-markers all use this code.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "marsad-event-types.h"
#include "marsad-map-view.h"

G_BEGIN_DECLS

#define MARSAD_MAP_CLUSTERS_MAX_ZOOM    14
/* 30 px / √2: a level serves zooms up to half a step finer than its own. */
#define MARSAD_MAP_CLUSTERS_LEVEL_REACH 21.0
/* Where every drawn marker stays, at any zoom: its point or its cluster's. */
#define MARSAD_MAP_CLUSTERS_MAX_OFFSET  30.0

typedef struct
{
  double lat, lon;
  double radius;                              /* its own marker's, design px */
  guint  n_events;                            /* 0 for a place only mentioned */
  guint  type_counts[MARSAD_N_EVENT_TYPES];   /* its events by ACLED type */
} MarsadMapClusterPoint;

typedef struct
{
  double mx, my;                   /* badge position, normalised Mercator */
  double min_mx, min_my, max_mx, max_my;   /* the member points' extent */
  double radius;                   /* as drawn, design px */
  guint  n_points;
  guint  n_events;
  guint  point;                    /* the point's index when n_points == 1 */
  guint  first_child, n_children;  /* internal */
  guint  split_level;              /* internal: the finer level it splits at */
  guint  type_counts[MARSAD_N_EVENT_TYPES];
} MarsadMapCluster;

/* One drawn item: a cluster (or single point) and where it is in a view. */
typedef struct
{
  guint  cluster;
  double x, y;
} MarsadMapClusterItem;

typedef struct _MarsadMapClusters MarsadMapClusters;

/* Copies the points and builds every level. */
MarsadMapClusters      *marsad_map_clusters_new        (const MarsadMapClusterPoint *points,
                                                        guint                        n_points);
void                    marsad_map_clusters_free       (MarsadMapClusters           *self);
guint                   marsad_map_clusters_get_n_points (MarsadMapClusters         *self);
const MarsadMapCluster *marsad_map_clusters_get        (MarsadMapClusters           *self,
                                                        guint                        cluster);
/* The radius of a badge for n points, design px. */
double                  marsad_map_clusters_badge_radius (guint                      n_points);

/* Fills items (MarsadMapClusterItem) with what the view shows at its zoom,
 * within margin px of its edges, in drawing order (small before large). */
void                    marsad_map_clusters_layout     (MarsadMapClusters           *self,
                                                        const MarsadMapView         *view,
                                                        double                       margin,
                                                        GArray                      *items);
/* The item under (x, y) in the view (the nearest whose drawn disc holds
 * it, at least min_radius px round), from the level's grid; or -1. */
int                     marsad_map_clusters_pick       (MarsadMapClusters           *self,
                                                        const MarsadMapView         *view,
                                                        double                       x,
                                                        double                       y,
                                                        double                       min_radius);
/* Appends the indices (guint) of the points a cluster holds. */
void                    marsad_map_clusters_collect_points (MarsadMapClusters       *self,
                                                            guint                    cluster,
                                                            GArray                  *points);
/* The zoom at which the cluster splits into smaller ones, or -1 when its
 * points sit on one spot and it never does. */
double                  marsad_map_clusters_get_expansion_zoom (MarsadMapClusters   *self,
                                                                guint                cluster);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadMapClusters, marsad_map_clusters_free)

G_END_DECLS
