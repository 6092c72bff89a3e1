/* marsad-map-widget.h: the offline map with the article's places
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <shumate/shumate.h>

#include "marsad-basemap.h"
#include "marsad-document.h"
#include "marsad-marker-layer.h"

G_BEGIN_DECLS

/* The values of the basemap-style setting, in its order. */
typedef enum
{
  MARSAD_MAP_COLOR_SCHEME_FOLLOW_SYSTEM,
  MARSAD_MAP_COLOR_SCHEME_LIGHT,
  MARSAD_MAP_COLOR_SCHEME_DARK,
} MarsadMapColorScheme;

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
/* Marks the place (a place with no marker, named only as an actor, gets a
 * selection mark at its point until the selection changes); when the map
 * does not show it, flies there. */
void               marsad_map_widget_select_place     (MarsadMapWidget        *self,
                                                     const char           *place_id);
/* Flies to the place, zooming in when the map is far out. */
void               marsad_map_widget_fly_to_place     (MarsadMapWidget        *self,
                                                     const MarsadPlace    *place);
void               marsad_map_widget_get_center       (MarsadMapWidget        *self,
                                                     double               *lat,
                                                     double               *lon);
/* The lon/lat box the map shows now (for "export as on screen"); FALSE
 * before it has a size. */
gboolean           marsad_map_widget_get_view_bounds  (MarsadMapWidget        *self,
                                                     double               *west,
                                                     double               *south,
                                                     double               *east,
                                                     double               *north);
/* The offline basemap to draw tiles from (shared, not copied). The map
 * shows no tiles until it has one, unless online tiles are on. */
void               marsad_map_widget_set_basemap      (MarsadMapWidget        *self,
                                                     MarsadBasemap        *basemap);
/* OpenStreetMap's tiles instead of the offline basemap (needs the network);
 * their license is then shown on the map. */
void               marsad_map_widget_set_online       (MarsadMapWidget        *self,
                                                     gboolean              online);
gboolean           marsad_map_widget_get_online       (MarsadMapWidget        *self);
/* Light, dark, or following the desktop's style (the default). */
void               marsad_map_widget_set_color_scheme (MarsadMapWidget        *self,
                                                     MarsadMapColorScheme  scheme);
gboolean           marsad_map_widget_get_dark         (MarsadMapWidget        *self);
/* TRUE while the first tiles of the basemap are drawn and a coarse copy,
 * drawn at once, stands in under the markers. */
gboolean           marsad_map_widget_has_fallback     (MarsadMapWidget        *self);
/* The tiles' source now on the map, or NULL before there is one. */
ShumateMapSource  *marsad_map_widget_get_map_source   (MarsadMapWidget        *self);
MarsadMarkerLayer *marsad_map_widget_get_marker_layer (MarsadMapWidget        *self);
GtkWidget         *marsad_map_widget_get_map          (MarsadMapWidget        *self);
/* The legend over the map (property "show-legend", off by default; the
 * widget's own action "map.show-legend" toggles it). */
void               marsad_map_widget_set_show_legend  (MarsadMapWidget        *self,
                                                     gboolean              show);
gboolean           marsad_map_widget_get_show_legend  (MarsadMapWidget        *self);
/* A stateful "show-legend" action bound to the property, for a window's
 * action group (a header-bar toggle: win.show-legend). */
GAction           *marsad_map_widget_create_legend_action (MarsadMapWidget    *self);

G_END_DECLS
