/* marsad-map-widget-private.h: what the map widget's files share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-map-view.h"
#include "marsad-map-widget.h"
#include "marsad-tile-paintable.h"

G_BEGIN_DECLS

#define FLY_DURATION_MS 700
#define FLY_ZOOM 9.0

struct _MarsadMapWidget
{
  GtkWidget             parent_instance;

  ShumateSimpleMap     *simple_map;
  ShumateMap           *map;
  ShumateViewport      *viewport;
  MarsadMarkerLayer    *markers;
  const MarsadDocument *doc;            /* the last set_document's, for places with no marker */
  ShumateMapSource     *source;
  MarsadBasemap        *basemap;
  MarsadPaintTarget    *paint_target;   /* how this window renders the tiles */
  MarsadMapColorScheme  color_scheme;
  gboolean              online;
  gboolean              dark;
  GStrv                 marker_names;   /* left out of the basemap's labels */
  char                 *tiles_key;      /* what the tiles were drawn around */
  GtkWidget            *legend;         /* drawn over the map, not clickable */
  GtkWidget            *cluster_popover;
  gboolean              show_legend;
  /* Until a new source's first tiles are drawn: the basemap drawn at once,
   * coarser and without labels, so markers never sit on a blank map. */
  gboolean              want_fallback;
  GdkTexture           *fallback;
  MarsadMapView         fallback_view;
  MarsadMapRenderer    *fallback_renderer;

  gboolean              fit_pending;
  guint                 refit_tick;     /* a fit waiting for the next frame */
  /* The view the last fit chose: while the user leaves it alone, a new
   * size fits again. */
  gboolean              fitted;
  double                fit_lat, fit_lon, fit_zoom;
  int                   fit_width, fit_height;
};

/* marsad-map-widget-overlays.c: the legend, the list of places on one
 * spot, the basemap drawn at once while the first tiles come */
void marsad_map_widget_draw_legend          (GtkDrawingArea      *area,
                                             cairo_t             *cr,
                                             int                  width,
                                             int                  height,
                                             gpointer             data);
void marsad_map_widget_cluster_activated    (MarsadMarkerLayer   *layer,
                                             guint                cluster,
                                             double               x,
                                             double               y,
                                             MarsadMapWidget     *self);
void marsad_map_widget_render_fallback      (MarsadMapWidget     *self,
                                             const MarsadMapView *view);
void marsad_map_widget_emit_place_activated (MarsadMapWidget     *self,
                                             const char          *place_id);
/* A MarsadBasemapKeepClearFunc; data is a GWeakRef to the widget. */
void marsad_map_widget_keep_clear           (int                  z,
                                             int                  x,
                                             int                  y,
                                             GArray              *boxes,
                                             gpointer             data);
void marsad_map_widget_weak_ref_free        (GWeakRef            *ref);

/* marsad-map-widget-selection.c: marks the selected place when it has no
 * marker (or clears the mark); returns that place, or NULL. */
const MarsadPlace *marsad_map_widget_update_selection_mark (MarsadMapWidget *self);

G_END_DECLS
