/* marsad-map-marker-set-private.h: what the marker set and its drawing share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-map-marker-set.h"

G_BEGIN_DECLS

struct _MarsadMapMarkerSet
{
  GArray            *markers;   /* MarsadMapMarker */
  MarsadMapClusters *clusters;  /* built on first use */
  /* label sizes at scale 1, measured once (0: not yet) */
  double            *label_w;
  double            *label_h;
  /* drawn markers, badges and labels kept as images (the app's map only:
   * exports stay vector); key: what decides their pixels */
  GHashTable        *sprites;
  GArray            *lines;     /* MarsadMapBorderLine, one per border */
};

/* A border's line, for every marker that stands on it. */
typedef struct
{
  const MarsadBorder *border;
  guint               type_counts[MARSAD_N_EVENT_TYPES];
  gboolean            event_site;  /* a marker is one */
  gboolean            current;     /* a site with events of the day */
} MarsadMapBorderLine;

/* The marker's own style, with no selection, hover or dark set. */
void marsad_map_marker_set_style (MarsadMapMarkerSet *self,
                                  guint               i,
                                  MarsadMarkerStyle  *style);

/* marsad-map-border-lines.c: draws the set's border lines the view
 * crosses into cr (NULL: only measures), the selected one on top; FALSE
 * when it crosses none. box: their extent in the view's px, their widest
 * stroke included, within the view. */
gboolean marsad_map_border_lines_draw (MarsadMapMarkerSet  *set,
                                       cairo_t             *cr,
                                       const MarsadMapView *view,
                                       const MarsadBorder  *selected,
                                       const MarsadBorder  *hovered,
                                       gboolean             dark,
                                       MarsadMapBox        *box);

G_END_DECLS
