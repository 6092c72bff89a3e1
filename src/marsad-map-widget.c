/* marsad-map-widget.c: the offline map with the article's places
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <shumate/shumate.h>

#include "marsad-basemap-source.h"
#include "marsad-map-renderer.h"
#include "marsad-map-widget-private.h"
#include "marsad-marker-layer-private.h"

#define TILE_SIZE 256.0
#define FIT_PADDING 64.0
#define MIN_FIT_ZOOM 3.0
#define MAX_FIT_ZOOM 10.0


G_DEFINE_FINAL_TYPE (MarsadMapWidget, marsad_map_widget, GTK_TYPE_WIDGET)

enum { PLACE_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

enum { PROP_0, PROP_SHOW_LEGEND, N_PROPS };
static GParamSpec *properties[N_PROPS];

static gboolean
want_dark (MarsadMapWidget *self)
{
  switch (self->color_scheme)
    {
    case MARSAD_MAP_COLOR_SCHEME_LIGHT:
      return FALSE;
    case MARSAD_MAP_COLOR_SCHEME_DARK:
      return TRUE;
    case MARSAD_MAP_COLOR_SCHEME_FOLLOW_SYSTEM:
    default:
      return adw_style_manager_get_dark (adw_style_manager_get_default ());
    }
}

/* The offline basemap drawn by src/map, or OpenStreetMap when asked for;
 * NULL until the window hands over the shared basemap. */
static ShumateMapSource *
create_source (MarsadMapWidget *self)
{
  MarsadBasemapSource *source;

  if (self->online)
    return marsad_osm_source_new ();
  if (self->basemap == NULL)
    return NULL;
  source = marsad_basemap_source_new (self->basemap);
  marsad_basemap_source_set_dark (source, self->dark);
  marsad_basemap_source_set_avoid_names (source, (const char * const *) self->marker_names);
  {
    GWeakRef *ref = g_new0 (GWeakRef, 1);

    g_weak_ref_init (ref, self);
    marsad_basemap_source_set_keep_clear (source, marsad_map_widget_keep_clear, ref,
                                          (GDestroyNotify) marsad_map_widget_weak_ref_free);
  }
  marsad_basemap_source_set_scale_factor (source, gtk_widget_get_scale_factor (GTK_WIDGET (self)));
  marsad_basemap_source_set_paint_target (source, self->paint_target);
  return SHUMATE_MAP_SOURCE (source);
}

/* Our own credits (the gazetteer places the markers whatever the tiles)
 * stay on screen; OpenStreetMap's come with its source's license. */
static void
update_license (MarsadMapWidget *self)
{
  ShumateLicense *license = shumate_simple_map_get_license (self->simple_map);

  shumate_license_set_extra_text (license, self->online ? MARSAD_MAP_ATTRIBUTION : NULL);
}

/* libshumate keeps drawn tiles: a new style needs a new source, which
 * shumate_simple_map_set_map_source() puts in a new base layer. */
static void
tiles_idle_cb (MarsadMapWidget *self)
{
  self->want_fallback = FALSE;
  g_clear_object (&self->fallback);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The source's workers are joined before it goes (see
 * marsad_basemap_source_shutdown): none may draw for a map that is gone. */
static void
drop_source (MarsadMapWidget *self)
{
  if (MARSAD_IS_BASEMAP_SOURCE (self->source))
    {
      /* its given-up tiles still come back: not as the new source's */
      g_signal_handlers_disconnect_by_data (self->source, self);
      marsad_basemap_source_shutdown (MARSAD_BASEMAP_SOURCE (self->source));
    }
  g_clear_object (&self->source);
}

static void
reload_source (MarsadMapWidget *self)
{
  g_autoptr(ShumateMapSource) source = create_source (self);

  update_license (self);
  if (source == NULL)
    return;
  g_clear_object (&self->fallback);
  self->want_fallback = MARSAD_IS_BASEMAP_SOURCE (source);
  if (self->want_fallback)
    g_signal_connect_object (source, "tiles-idle", G_CALLBACK (tiles_idle_cb), self, G_CONNECT_SWAPPED);
  drop_source (self);
  self->source = g_object_ref (source);
  shumate_simple_map_set_map_source (self->simple_map, source);
  /* the new base layer goes under the markers */
  g_object_ref (self->markers);
  shumate_map_remove_layer (self->map, SHUMATE_LAYER (self->markers));
  shumate_map_add_layer (self->map, SHUMATE_LAYER (self->markers));
  g_object_unref (self->markers);
}

void
marsad_map_widget_set_basemap (MarsadMapWidget *self,
                               MarsadBasemap   *basemap)
{
  g_return_if_fail (MARSAD_IS_MAP_WIDGET (self));

  if (self->basemap == basemap)
    return;
  g_clear_pointer (&self->basemap, marsad_basemap_unref);
  self->basemap = basemap != NULL ? marsad_basemap_ref (basemap) : NULL;
  if (!self->online)
    reload_source (self);
}

void
marsad_map_widget_set_online (MarsadMapWidget *self,
                              gboolean         online)
{
  g_return_if_fail (MARSAD_IS_MAP_WIDGET (self));
  if (self->online == online)
    return;
  self->online = online;
  reload_source (self);
}

gboolean
marsad_map_widget_get_online (MarsadMapWidget *self)
{
  g_return_val_if_fail (MARSAD_IS_MAP_WIDGET (self), FALSE);
  return self->online;
}

ShumateMapSource *
marsad_map_widget_get_map_source (MarsadMapWidget *self)
{
  g_return_val_if_fail (MARSAD_IS_MAP_WIDGET (self), NULL);
  return self->source;
}

gboolean
marsad_map_widget_get_dark (MarsadMapWidget *self)
{
  g_return_val_if_fail (MARSAD_IS_MAP_WIDGET (self), FALSE);
  return self->dark;
}

static void
update_dark (MarsadMapWidget *self)
{
  gboolean dark = want_dark (self);

  marsad_marker_layer_set_dark (self->markers, dark);
  if (dark == self->dark)
    return;
  self->dark = dark;
  if (!self->online)
    reload_source (self);
}

void
marsad_map_widget_set_color_scheme (MarsadMapWidget      *self,
                                    MarsadMapColorScheme  scheme)
{
  g_return_if_fail (MARSAD_IS_MAP_WIDGET (self));
  self->color_scheme = scheme;
  update_dark (self);
}

static double
mercator_y (double lat)
{
  double rad = CLAMP (lat, -85.0, 85.0) * G_PI / 180.0;

  return log (tan (G_PI / 4 + rad / 2));
}

static double
inverse_mercator_y (double y)
{
  return (2 * atan (exp (y)) - G_PI / 2) * 180.0 / G_PI;
}

static gboolean
fit_in (MarsadMapWidget *self,
        int              width,
        int              height,
        gboolean         animate)
{
  double min_lat, min_lon, max_lat, max_lon;
  double lat, lon, zoom, dx, dy;

  if (width <= 0 || height <= 0)
    return FALSE;

  if (!marsad_marker_layer_get_bounds (self->markers, &min_lat, &min_lon, &max_lat, &max_lon))
    {
      /* Iraq and Syria */
      lat = 34.0;
      lon = 42.0;
      zoom = 5.0;
    }
  else
    {
      lat = inverse_mercator_y ((mercator_y (min_lat) + mercator_y (max_lat)) / 2);
      lon = (min_lon + max_lon) / 2;
      dx = (max_lon - min_lon) / 360.0;
      dy = (mercator_y (max_lat) - mercator_y (min_lat)) / (2 * G_PI);
      zoom = MAX_FIT_ZOOM;
      if (dx > 0)
        zoom = MIN (zoom, log2 (MAX (width - 2 * FIT_PADDING, 64) / (TILE_SIZE * dx)));
      if (dy > 0)
        zoom = MIN (zoom, log2 (MAX (height - 2 * FIT_PADDING, 64) / (TILE_SIZE * dy)));
      zoom = CLAMP (zoom, MIN_FIT_ZOOM, dx > 0 || dy > 0 ? MAX_FIT_ZOOM : FLY_ZOOM);
    }

  if (animate)
    shumate_map_go_to_full_with_duration (self->map, lat, lon, zoom, FLY_DURATION_MS);
  else
    {
      shumate_viewport_set_zoom_level (self->viewport, zoom);
      shumate_map_center_on (self->map, lat, lon);
    }
  self->fitted = TRUE;
  self->fit_lat = lat;
  self->fit_lon = lon;
  self->fit_zoom = zoom;
  self->fit_width = width;
  self->fit_height = height;
  return TRUE;
}

static gboolean
fit_now (MarsadMapWidget *self,
         gboolean         animate)
{
  return fit_in (self, gtk_widget_get_width (GTK_WIDGET (self)),
                 gtk_widget_get_height (GTK_WIDGET (self)), animate);
}

void
marsad_map_widget_fit_events (MarsadMapWidget *self,
                            gboolean       animate)
{
  g_return_if_fail (MARSAD_IS_MAP_WIDGET (self));

  self->fit_pending = !fit_now (self, animate);
}

/* The tiles leave out the markers' names and keep clear of where they
 * stand: drawn again only when either changes. */
static char *
markers_key (MarsadMapWidget *self)
{
  MarsadMapMarkerSet *set = marsad_marker_layer_get_marker_set (self->markers);
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < marsad_map_marker_set_get_n (set); i++)
    {
      const MarsadMapMarker *m = marsad_map_marker_set_get (set, i);

      g_string_append_printf (key, "%s|%.5f|%.5f|%d|%d|%u;", m->name, m->lat, m->lon,
                              m->role, m->fatalities, m->n_events);
    }
  return g_string_free (key, FALSE);
}

void
marsad_map_widget_set_document (MarsadMapWidget        *self,
                              const MarsadDocument *doc,
                              gboolean              show_background,
                              gboolean              fit)
{
  g_return_if_fail (MARSAD_IS_MAP_WIDGET (self));

  g_auto(GStrv) names = NULL;
  g_autofree char *key = NULL;

  self->doc = doc;
  marsad_marker_layer_set_document (self->markers, doc, show_background);
  /* the selection stays; its mark follows the new document */
  marsad_map_widget_update_selection_mark (self);
  /* each place named once: the tiles leave out what the markers label */
  names = marsad_marker_layer_dup_names (self->markers);
  key = markers_key (self);
  if (g_strcmp0 (key, self->tiles_key) != 0)
    {
      g_strfreev (self->marker_names);
      self->marker_names = g_steal_pointer (&names);
      g_free (self->tiles_key);
      self->tiles_key = g_steal_pointer (&key);
      if (!self->online && self->source != NULL)
        reload_source (self);
    }
  gtk_widget_queue_draw (self->legend);
  if (fit)
    marsad_map_widget_fit_events (self, FALSE);
}

void
marsad_map_widget_get_center (MarsadMapWidget *self,
                            double        *lat,
                            double        *lon)
{
  *lat = shumate_location_get_latitude (SHUMATE_LOCATION (self->viewport));
  *lon = shumate_location_get_longitude (SHUMATE_LOCATION (self->viewport));
}

gboolean
marsad_map_widget_get_view_bounds (MarsadMapWidget *self,
                                   double          *west,
                                   double          *south,
                                   double          *east,
                                   double          *north)
{
  MarsadMapView view;

  g_return_val_if_fail (MARSAD_IS_MAP_WIDGET (self), FALSE);
  if (gtk_widget_get_width (GTK_WIDGET (self->markers)) <= 0)
    return FALSE;
  marsad_marker_layer_get_view (self->markers, &view);
  marsad_map_view_get_bounds (&view, west, south, east, north);
  return TRUE;
}

MarsadMarkerLayer *
marsad_map_widget_get_marker_layer (MarsadMapWidget *self)
{
  return self->markers;
}

GtkWidget *
marsad_map_widget_get_map (MarsadMapWidget *self)
{
  return GTK_WIDGET (self->map);
}

void
marsad_map_widget_emit_place_activated (MarsadMapWidget *self,
                                        const char      *place_id)
{
  g_signal_emit (self, signals[PLACE_ACTIVATED], 0, place_id);
}

static void
place_activated_cb (MarsadMarkerLayer *layer,
                    const char        *place_id,
                    MarsadMapWidget     *self)
{
  g_signal_emit (self, signals[PLACE_ACTIVATED], 0, place_id);
}

static void
marsad_map_widget_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  MarsadMapWidget *self = MARSAD_MAP_WIDGET (widget);

  /* before the tiles are drawn: the window's renderer, which can change */
  marsad_paint_target_update (self->paint_target, widget);
  if (self->want_fallback && self->basemap != NULL && gtk_widget_get_width (widget) > 0)
    {
      MarsadMapView view;
      double k;

      marsad_marker_layer_get_view (self->markers, &view);
      if (self->fallback == NULL)
        marsad_map_widget_render_fallback (self, &view);
      /* where the fallback's world pixels fall at the zoom shown now */
      k = exp2 (view.zoom - self->fallback_view.zoom);
      gtk_snapshot_append_texture (snapshot, self->fallback,
                                   &GRAPHENE_RECT_INIT (self->fallback_view.x0 * k - view.x0,
                                                        self->fallback_view.y0 * k - view.y0,
                                                        self->fallback_view.width * k,
                                                        self->fallback_view.height * k));
    }
  gtk_widget_snapshot_child (widget, GTK_WIDGET (self->simple_map), snapshot);
  gtk_widget_snapshot_child (widget, self->legend, snapshot);
}

/* Still where the last fit put it: the user has not panned or zoomed. */
static gboolean
still_fitted (MarsadMapWidget *self)
{
  double lat = shumate_location_get_latitude (SHUMATE_LOCATION (self->viewport));
  double lon = shumate_location_get_longitude (SHUMATE_LOCATION (self->viewport));

  return self->fitted &&
         fabs (shumate_viewport_get_zoom_level (self->viewport) - self->fit_zoom) < 1e-6 &&
         fabs (lat - self->fit_lat) < 1e-6 && fabs (lon - self->fit_lon) < 1e-6;
}

static void
marsad_map_widget_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MarsadMapWidget *self = MARSAD_MAP_WIDGET (object);

  switch (prop_id)
    {
    case PROP_SHOW_LEGEND:
      g_value_set_boolean (value, self->show_legend);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
marsad_map_widget_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MarsadMapWidget *self = MARSAD_MAP_WIDGET (object);

  switch (prop_id)
    {
    case PROP_SHOW_LEGEND:
      marsad_map_widget_set_show_legend (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
refit_on_tick (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  MarsadMapWidget *self = MARSAD_MAP_WIDGET (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);

  self->refit_tick = 0;
  if (self->fit_pending || still_fitted (self))
    {
      self->fit_pending = FALSE;
      fit_in (self, width, height, FALSE);
    }
  return G_SOURCE_REMOVE;
}

static void
marsad_map_widget_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  MarsadMapWidget *self = MARSAD_MAP_WIDGET (widget);

  /* The viewport moves at the start of the next frame, not here: a new
   * zoom resizes the map's scale, and a resize queued while the window is
   * being allocated leaves its containers without an allocation to draw. */
  if (width > 0 && height > 0 && self->refit_tick == 0 &&
      (self->fit_pending || ((width != self->fit_width || height != self->fit_height) && still_fitted (self))))
    self->refit_tick = gtk_widget_add_tick_callback (widget, refit_on_tick, NULL, NULL);
  gtk_widget_allocate (GTK_WIDGET (self->simple_map), width, height, baseline, NULL);
  gtk_widget_allocate (self->legend, width, height, baseline, NULL);
  if (self->cluster_popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->cluster_popover));
}

static void
marsad_map_widget_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  MarsadMapWidget *self = MARSAD_MAP_WIDGET (widget);

  gtk_widget_measure (GTK_WIDGET (self->simple_map), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
  *natural = MAX (*natural, orientation == GTK_ORIENTATION_HORIZONTAL ? 480 : 360);
}

static void
marsad_map_widget_dispose (GObject *object)
{
  MarsadMapWidget *self = MARSAD_MAP_WIDGET (object);

  if (self->refit_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->refit_tick);
      self->refit_tick = 0;
    }

  g_clear_pointer (&self->marker_names, g_strfreev);
  g_clear_pointer (&self->tiles_key, g_free);
  if (self->cluster_popover != NULL)
    {
      gtk_widget_unparent (self->cluster_popover);
      self->cluster_popover = NULL;
    }
  if (self->legend != NULL)
    {
      gtk_widget_unparent (self->legend);
      self->legend = NULL;
    }
  if (self->simple_map != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->simple_map));
      self->simple_map = NULL;
    }
  drop_source (self);
  g_clear_object (&self->fallback);
  g_clear_pointer (&self->fallback_renderer, marsad_map_renderer_unref);
  g_clear_pointer (&self->basemap, marsad_basemap_unref);
  g_clear_pointer (&self->paint_target, marsad_paint_target_unref);
  G_OBJECT_CLASS (marsad_map_widget_parent_class)->dispose (object);
}

static void
marsad_map_widget_class_init (MarsadMapWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = marsad_map_widget_dispose;
  object_class->get_property = marsad_map_widget_get_property;
  object_class->set_property = marsad_map_widget_set_property;
  widget_class->size_allocate = marsad_map_widget_size_allocate;
  widget_class->snapshot = marsad_map_widget_snapshot;

  /* The map's legend (the export's, in its corner); a window binds a
   * stateful action to it with marsad_map_widget_create_legend_action(). */
  properties[PROP_SHOW_LEGEND] =
    g_param_spec_boolean ("show-legend", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_install_property_action (widget_class, "map.show-legend", "show-legend");
  widget_class->measure = marsad_map_widget_measure;

  signals[PLACE_ACTIVATED] = g_signal_new ("place-activated", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_set_css_name (widget_class, "marsad-map");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
marsad_map_widget_init (MarsadMapWidget *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  self->paint_target = marsad_paint_target_new ();
  self->simple_map = shumate_simple_map_new ();
  gtk_widget_set_parent (GTK_WIDGET (self->simple_map), GTK_WIDGET (self));
  /* while it zooms, the map scales its tiles past its edges: over the
   * timeline beside it, whose background is see-through */
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  self->map = shumate_simple_map_get_map (self->simple_map);
  self->viewport = shumate_simple_map_get_viewport (self->simple_map);

  /* No source yet: the window hands over the shared basemap once it has
   * one, so that building a window never waits on it. */
  self->dark = want_dark (self);
  shumate_viewport_set_min_zoom_level (self->viewport, 2);
  shumate_viewport_set_max_zoom_level (self->viewport, 14);

  self->markers = marsad_marker_layer_new (self->viewport);
  shumate_map_add_layer (self->map, SHUMATE_LAYER (self->markers));
  g_signal_connect (self->markers, "place-activated", G_CALLBACK (place_activated_cb), self);
  g_signal_connect (self->markers, "cluster-activated", G_CALLBACK (marsad_map_widget_cluster_activated), self);

  self->legend = gtk_drawing_area_new ();
  gtk_widget_set_can_target (self->legend, FALSE);
  gtk_widget_set_visible (self->legend, FALSE);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->legend), marsad_map_widget_draw_legend, self, NULL);
  gtk_widget_set_parent (self->legend, GTK_WIDGET (self));

  g_signal_connect_object (style, "notify::dark", G_CALLBACK (update_dark), self, G_CONNECT_SWAPPED);
  update_dark (self);

  shumate_viewport_set_zoom_level (self->viewport, 5);
  shumate_map_center_on (self->map, 34.0, 42.0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Map of the places in the article"), -1);
}

GtkWidget *
marsad_map_widget_new (void)
{
  return g_object_new (MARSAD_TYPE_MAP_WIDGET, NULL);
}
