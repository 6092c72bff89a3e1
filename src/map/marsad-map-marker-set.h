/* marsad-map-marker-set.h: the markers of a map, clustered, framed, drawn
 *
 * What the app's map and every export draw: one marker per place (or per
 * event of a collection), the cluster hierarchy over them, the rule that
 * picks what the first view frames, and the drawing of markers, cluster
 * badges and labels into cairo for a MarsadMapView. No GTK: the marker
 * layer builds a view from the ShumateViewport and calls the same code, so a
 * screenshot and an export never disagree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "marsad-borders.h"
#include "marsad-document.h"
#include "marsad-map-clusters.h"
#include "marsad-map-markers.h"
#include "marsad-map-renderer.h"

G_BEGIN_DECLS

typedef struct
{
  char             *place_id;
  char             *name;       /* Arabic, drawn as the label */
  char             *name_en;
  char             *kind;       /* the contract's kind: country, city, ... */
  double            lat, lon;
  MarsadMarkerRole  role;
  const char       *event_type; /* the dominant type (static string) or NULL */
  guint             type_counts[MARSAD_N_EVENT_TYPES];
  int               fatalities; /* highest figure, -1 unknown */
  guint             n_events;
  gboolean          muted;      /* only background events */
  gboolean          area;       /* a country or a sea: the basemap names it */
  /* a border place: its line is drawn too (marsad_borders_get_default's,
   * or any table that outlives the set), under every marker */
  const MarsadBorder *border;
} MarsadMapMarker;

typedef struct _MarsadMapMarkerSet MarsadMapMarkerSet;

MarsadMapMarkerSet    *marsad_map_marker_set_new          (void);
/* One marker per place drawn: event sites, and context places; a place
 * only named as an actor is left out. Background events count only when
 * show_background. A border place keeps its marker at its point and has
 * its line drawn as well. */
MarsadMapMarkerSet    *marsad_map_marker_set_new_for_document (const MarsadDocument *doc,
                                                               gboolean              show_background);
void                   marsad_map_marker_set_free         (MarsadMapMarkerSet    *self);
/* Copies the marker's strings. Call before the first layout. */
void                   marsad_map_marker_set_add          (MarsadMapMarkerSet    *self,
                                                           const MarsadMapMarker *marker);
guint                  marsad_map_marker_set_get_n        (MarsadMapMarkerSet    *self);
const MarsadMapMarker *marsad_map_marker_set_get          (MarsadMapMarkerSet    *self,
                                                           guint                  i);
int                    marsad_map_marker_set_find         (MarsadMapMarkerSet    *self,
                                                           const char            *place_id);
/* What the legend lists for every marker of the set (the app's map). */
void                   marsad_map_marker_set_get_legend   (MarsadMapMarkerSet    *self,
                                                           MarsadMapLegend       *legend);
/* Built on first use, then kept. */
MarsadMapClusters     *marsad_map_marker_set_get_clusters (MarsadMapMarkerSet    *self);
/* To build the clusters in another thread: the points to build them from
 * (g_free them), then the clusters made of them. */
MarsadMapClusterPoint *marsad_map_marker_set_dup_points   (MarsadMapMarkerSet    *self);
void                   marsad_map_marker_set_take_clusters (MarsadMapMarkerSet   *self,
                                                            MarsadMapClusters    *clusters);
gboolean               marsad_map_marker_set_has_clusters (MarsadMapMarkerSet    *self);

/* The box the first view and Fit to Events frame: the event sites finer
 * than a country; else every place finer than a country; else all. Places
 * thousands of kilometres from the rest (Washington beside Gaza) are left
 * out while the rest can be framed alone. FALSE when there is no marker. */
gboolean               marsad_map_marker_set_get_frame    (MarsadMapMarkerSet    *self,
                                                           double                *west,
                                                           double                *south,
                                                           double                *east,
                                                           double                *north);

/* Where marker i is drawn in the view (its own spot or its cluster's
 * badge), and the cluster index; FALSE when outside the view. */
gboolean               marsad_map_marker_set_locate       (MarsadMapMarkerSet    *self,
                                                           const MarsadMapView   *view,
                                                           guint                  i,
                                                           double                *x,
                                                           double                *y,
                                                           guint                 *cluster);

typedef struct
{
  gboolean            dark;
  const char         *selected;        /* place id, or NULL */
  const char         *hovered;         /* place id, or NULL */
  int                 hovered_cluster; /* -1 for none */
  const MarsadMapBox *keep_clear;      /* where no label goes (a title band) */
  guint               n_keep_clear;
  gboolean            labels_inside;   /* no label cut by the view's edge */
  /* > 0: draw each marker, badge and label from an image kept at this
   * pixel density (the app's map: thousands a frame). 0: vector drawing,
   * for SVG and PDF. */
  double              sprite_scale;
  /* With sprites: hand each one over instead of painting it into cr (the
   * app's map makes GPU textures of them). x, y: its top-left corner. */
  void              (*paint_sprite) (cairo_surface_t *sprite,
                                     double           x,
                                     double           y,
                                     gpointer         data);
  gpointer            paint_data;
} MarsadMapMarkerDrawOptions;

void                   marsad_map_marker_draw_options_init (MarsadMapMarkerDrawOptions *opts);

/* Lays out what the view shows: markers and badges (items), the labels
 * that fit (boxes for the basemap to keep clear of, in the view's px). */
typedef struct _MarsadMapMarkerFrame MarsadMapMarkerFrame;

/* The boxes (MarsadMapBox, view px) of the markers, badges and labels the
 * view would show, laid out with room round it so that neighbouring
 * views (a map's tiles) agree at their edges: what a basemap drawn under
 * them keeps its labels out of. */
void                   marsad_map_marker_set_get_keep_clear (MarsadMapMarkerSet  *self,
                                                             const MarsadMapView *view,
                                                             GArray              *boxes);

MarsadMapMarkerFrame  *marsad_map_marker_set_prepare      (MarsadMapMarkerSet               *self,
                                                           cairo_t                          *cr,
                                                           const MarsadMapView              *view,
                                                           const MarsadMapMarkerDrawOptions *opts);
/* Boxes of everything drawn (markers, badges, labels), and the names
 * labelled, for MarsadMapAvoid. */
void                   marsad_map_marker_frame_get_avoid  (MarsadMapMarkerFrame             *frame,
                                                           MarsadMapAvoid                   *avoid);
/* What the legend lists for what the view shows. */
void                   marsad_map_marker_frame_get_legend (MarsadMapMarkerFrame             *frame,
                                                           MarsadMapLegend                  *legend);
guint                  marsad_map_marker_frame_get_n_items (MarsadMapMarkerFrame            *frame);
void                   marsad_map_marker_frame_draw       (MarsadMapMarkerFrame             *frame,
                                                           cairo_t                          *cr);
/* The border places' lines, one per border however many markers stand on
 * it (a collection's events), the selected one on top: drawn before the
 * markers, under them. FALSE, and nothing drawn, when the view crosses
 * none. box (may be NULL): where they are drawn, in the view's px, glow
 * included, within the view. */
gboolean               marsad_map_marker_frame_get_borders_box (MarsadMapMarkerFrame        *frame,
                                                                MarsadMapBox                *box);
void                   marsad_map_marker_frame_draw_borders (MarsadMapMarkerFrame           *frame,
                                                             cairo_t                        *cr);
void                   marsad_map_marker_frame_free       (MarsadMapMarkerFrame             *frame);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadMapMarkerSet, marsad_map_marker_set_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadMapMarkerFrame, marsad_map_marker_frame_free)

G_END_DECLS
