/* marsad-marker-layer-private.h: what the layer's drawing and its markers share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-map-marker-set.h"
#include "marsad-marker-layer.h"
#include "marsad-tile-paintable.h"

G_BEGIN_DECLS

struct _MarsadMarkerLayer
{
  ShumateLayer        parent_instance;

  MarsadMapMarkerSet *set;          /* never NULL */
  MarsadMapMarkerSet *pending;      /* its clusters building in a thread */
  GCancellable       *building;
  char               *selected;
  /* the selected place when it has no marker (named only as an actor) */
  char               *mark_name;    /* NULL: no mark */
  double              mark_lat, mark_lon;
  char               *hovered;      /* a place id */
  int                 hovered_cluster;
  gboolean            dark;
  MarsadPaintTarget  *paint_target; /* how the window renders the sprites */
};

/* The view the layer shows now, as src/map draws it. */
void marsad_marker_layer_get_view (MarsadMarkerLayer *self,
                                   MarsadMapView     *view);

G_END_DECLS
