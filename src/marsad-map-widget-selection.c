/* marsad-map-widget-selection.c: the selected place on the map
 *
 * A selected marker gets its ring (marsad-marker-layer.c); a selected place
 * with no marker, a selection mark at its point. Either is flown to when
 * the map does not show it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "marsad-map-widget-private.h"
#include "marsad-marker-layer-private.h"

/* A place with no marker (named only as an actor, «قالت واشنطن إن…»): the
 * map would otherwise fly to an empty spot. It gets a selection mark while
 * it is selected. */
static const MarsadPlace *
unmarked_place (MarsadMapWidget *self,
                const char      *place_id)
{
  const MarsadPlace *place;

  if (place_id == NULL || self->doc == NULL ||
      marsad_map_marker_set_find (marsad_marker_layer_get_marker_set (self->markers), place_id) >= 0)
    return NULL;
  place = marsad_document_find_place (self->doc, place_id);
  /* 0,0 is where a place without coordinates would sit */
  if (place == NULL || (place->lat == 0 && place->lon == 0))
    return NULL;
  return place;
}

const MarsadPlace *
marsad_map_widget_update_selection_mark (MarsadMapWidget *self)
{
  const MarsadPlace *unmarked = unmarked_place (self, marsad_marker_layer_get_selected (self->markers));

  marsad_marker_layer_set_selection_mark (self->markers, unmarked != NULL ? unmarked->name : NULL,
                                          unmarked != NULL ? unmarked->lat : 0,
                                          unmarked != NULL ? unmarked->lon : 0);
  return unmarked;
}

void
marsad_map_widget_select_place (MarsadMapWidget *self,
                              const char    *place_id)
{
  MarsadMapMarkerSet *set;
  const MarsadPlace *unmarked;
  double x, y;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  int i;

  g_return_if_fail (MARSAD_IS_MAP_WIDGET (self));
  marsad_marker_layer_set_selected (self->markers, place_id);
  unmarked = marsad_map_widget_update_selection_mark (self);

  /* a place picked in the article or a list that the map does not show
   * now: go and show it */
  set = marsad_marker_layer_get_marker_set (self->markers);
  i = marsad_map_marker_set_find (set, place_id);
  if (unmarked != NULL && width > 0 && height > 0 &&
      marsad_marker_layer_get_selection_mark (self->markers, &x, &y) &&
      (x < 0 || y < 0 || x > width || y > height))
    {
      shumate_map_go_to_full_with_duration (self->map, unmarked->lat, unmarked->lon,
                                            shumate_viewport_get_zoom_level (self->viewport),
                                            FLY_DURATION_MS);
      return;
    }
  if (i < 0 || width <= 0 || height <= 0 ||
      !marsad_marker_layer_get_marker_position (self->markers, place_id, &x, &y))
    return;
  if (x < 0 || y < 0 || x > width || y > height)
    {
      const MarsadMapMarker *m = marsad_map_marker_set_get (set, i);
      double zoom = shumate_viewport_get_zoom_level (self->viewport);

      shumate_map_go_to_full_with_duration (self->map, m->lat, m->lon,
                                            m->area ? MIN (zoom, 5) : zoom, FLY_DURATION_MS);
    }
}

void
marsad_map_widget_fly_to_place (MarsadMapWidget     *self,
                              const MarsadPlace *place)
{
  double zoom;

  g_return_if_fail (MARSAD_IS_MAP_WIDGET (self));
  g_return_if_fail (place != NULL);

  zoom = MAX (shumate_viewport_get_zoom_level (self->viewport), FLY_ZOOM - 2);
  if (g_strcmp0 (place->kind, "country") == 0)
    zoom = MIN (zoom, 5);
  shumate_map_go_to_full_with_duration (self->map, place->lat, place->lon, zoom, FLY_DURATION_MS);
}
