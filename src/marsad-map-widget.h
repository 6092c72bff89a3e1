/* marsad-map-widget.h: the offline map with the article's places
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "marsad-document.h"
#include "marsad-marker-layer.h"

G_BEGIN_DECLS

#define MARSAD_TYPE_MAP_WIDGET (marsad_map_widget_get_type ())

G_DECLARE_FINAL_TYPE (MarsadMapWidget, marsad_map_widget, MARSAD, MAP_WIDGET, GtkWidget)

GtkWidget         *marsad_map_widget_new              (void);
void               marsad_map_widget_set_document     (MarsadMapWidget        *self,
                                                     const MarsadDocument *doc,
                                                     gboolean              show_background,
                                                     gboolean              fit);
/* Shows every event site (all places when there are none). */
void               marsad_map_widget_fit_events       (MarsadMapWidget        *self,
                                                     gboolean              animate);
void               marsad_map_widget_select_place     (MarsadMapWidget        *self,
                                                     const char           *place_id);
/* Flies to the place, zooming in when the map is far out. */
void               marsad_map_widget_fly_to_place     (MarsadMapWidget        *self,
                                                     const MarsadPlace    *place);
void               marsad_map_widget_get_center       (MarsadMapWidget        *self,
                                                     double               *lat,
                                                     double               *lon);
/* OpenStreetMap's tiles instead of the offline basemap (needs the network). */
void               marsad_map_widget_set_online     (MarsadMapWidget      *self,
                                                     gboolean              online);
MarsadMarkerLayer *marsad_map_widget_get_marker_layer (MarsadMapWidget        *self);
GtkWidget         *marsad_map_widget_get_map          (MarsadMapWidget        *self);

G_END_DECLS
