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
};

/* The marker's own style, with no selection, hover or dark set. */
void marsad_map_marker_set_style (MarsadMapMarkerSet *self,
                                  guint               i,
                                  MarsadMarkerStyle  *style);

G_END_DECLS
