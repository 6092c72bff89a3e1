/* marsad-marker-layer-private.h: what the layer's drawing and its markers share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-map-markers.h"
#include "marsad-marker-layer.h"

G_BEGIN_DECLS

typedef struct
{
  char             *place_id;
  char             *name;
  char             *name_en;
  double            lat;
  double            lon;
  MarsadMarkerRole  role;
  char             *event_type;
  int               fatalities;
  guint             n_events;
  /* Where it is drawn, in the layer's coordinates, and where the place
   * really is; they differ when the marker is spread from a neighbour. */
  double            x, y;
  double            true_x, true_y;
  gboolean          spread;
  gboolean          area;   /* a country or sea: the basemap names it better */
} Marker;

struct _MarsadMarkerLayer
{
  ShumateLayer  parent_instance;

  GArray       *markers;       /* Marker, in drawing order: context first */
  char         *selected;
  char         *hovered;
  gboolean      dark;
};

void marsad_marker_clear (Marker *marker);

G_END_DECLS
