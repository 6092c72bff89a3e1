/* marsad-map-widget-overlays.c: what the map widget draws or shows over
 * its tiles — the legend, the list of places that sit on one spot, the
 * basemap drawn at once while the first tiles come — and what the tiles'
 * labels keep clear of
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "marsad-map-overlays.h"
#include "marsad-map-renderer.h"
#include "marsad-map-widget-private.h"
#include "marsad-marker-layer-private.h"

/* Half the resolution, a margin for small pans, no labels: a few
 * milliseconds, once per new source. */
void
marsad_map_widget_render_fallback (MarsadMapWidget     *self,
                 const MarsadMapView *view)
{
  MarsadMapRenderer *renderer;
  MarsadMapBox everything = { -1e6, -1e6, 1e6, 1e6 };
  MarsadMapAvoid no_labels = { &everything, 1, NULL, 0 };
  MarsadMapView *fb = &self->fallback_view;
  cairo_surface_t *surface;
  g_autoptr(GBytes) bytes = NULL;
  cairo_t *cr;
  double lat, lon;

  /* kept: its caches make the next reload's stand-in quicker */
  if (self->fallback_renderer == NULL ||
      marsad_map_renderer_get_basemap (self->fallback_renderer) != self->basemap)
    {
      g_clear_pointer (&self->fallback_renderer, marsad_map_renderer_unref);
      self->fallback_renderer = marsad_map_renderer_new (self->basemap);
    }
  renderer = self->fallback_renderer;
  marsad_map_view_unproject (view, view->width / 2, view->height / 2, &lat, &lon);
  marsad_map_view_init (fb, lat, lon, MAX (view->zoom - 1, 0), ceil (view->width * 0.75),
                        ceil (view->height * 0.75));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) fb->width, (int) fb->height);
  cr = cairo_create (surface);
  marsad_map_renderer_set_style (renderer, self->dark ? MARSAD_MAP_STYLE_DARK : MARSAD_MAP_STYLE_LIGHT);
  marsad_map_renderer_draw_full (renderer, cr, fb, &no_labels);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * (gsize) fb->height);
  self->fallback = gdk_memory_texture_new ((int) fb->width, (int) fb->height, GDK_MEMORY_DEFAULT,
                                           bytes, cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);
}

/* The export's legend, for the types this map shows, in the top right
 * corner as on exports. */
void
marsad_map_widget_draw_legend (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  MarsadMapWidget *self = data;
  MarsadMapLegend legend;

  marsad_map_marker_set_get_legend (marsad_marker_layer_get_marker_set (self->markers), &legend);
  /* clear of the zoom buttons, which sit on the right (the left in RTL) */
  marsad_map_overlay_draw_legend (cr, gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL
                                      ? width : width - 56,
                                  12, &legend, self->dark);
}

static void
cluster_row_activated_cb (GtkListBox      *list,
                          GtkListBoxRow   *row,
                          MarsadMapWidget *self)
{
  const char *place_id = g_object_get_data (G_OBJECT (row), "place-id");
  g_autofree char *copy = g_strdup (place_id);

  gtk_popover_popdown (GTK_POPOVER (self->cluster_popover));
  marsad_map_widget_emit_place_activated (self, copy);
}

/* Places on one spot (a town and its base, or one town named twice):
 * zooming in never parts them, so list them. */
static void
list_cluster (MarsadMapWidget *self,
              guint            cluster,
              double           x,
              double           y)
{
  g_autoptr(GPtrArray) ids = marsad_marker_layer_dup_cluster_places (self->markers, cluster);
  MarsadMapMarkerSet *set = marsad_marker_layer_get_marker_set (self->markers);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (list), TRUE);
  gtk_widget_add_css_class (list, "navigation-sidebar");
  for (guint i = 0; i < ids->len; i++)
    {
      const MarsadMapMarker *m = marsad_map_marker_set_get (set, marsad_map_marker_set_find (set, ids->pdata[i]));
      g_autofree char *text = m->name_en != NULL && g_strcmp0 (m->name_en, m->name) != 0
                              ? g_strdup_printf ("%s — %s", m->name, m->name_en)
                              : g_strdup (m->name);
      GtkWidget *label = gtk_label_new (text);
      GtkWidget *row = gtk_list_box_row_new ();

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      g_object_set_data_full (G_OBJECT (row), "place-id", g_strdup (ids->pdata[i]), g_free);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  g_signal_connect (list, "row-activated", G_CALLBACK (cluster_row_activated_cb), self);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);

  if (self->cluster_popover == NULL)
    {
      self->cluster_popover = gtk_popover_new ();
      gtk_widget_set_parent (self->cluster_popover, GTK_WIDGET (self));
    }
  gtk_popover_set_child (GTK_POPOVER (self->cluster_popover), scrolled);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->cluster_popover),
                               &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->cluster_popover));
}

void
marsad_map_widget_cluster_activated (MarsadMarkerLayer *layer,
                      guint              cluster,
                      double             x,
                      double             y,
                      MarsadMapWidget   *self)
{
  double lat, lon, zoom;

  if (marsad_marker_layer_get_cluster_expansion (layer, cluster, &lat, &lon, &zoom))
    {
      zoom = MAX (zoom, shumate_viewport_get_zoom_level (self->viewport) + 1);
      shumate_map_go_to_full_with_duration (self->map, lat, lon,
                                            MIN (zoom, shumate_viewport_get_max_zoom_level (self->viewport)),
                                            FLY_DURATION_MS);
    }
  else
    list_cluster (self, cluster, x, y);
}

/* A tile's labels keep clear of the markers and their labels, as laid out
 * at the tile's zoom: the basemap yields to them. */
void
marsad_map_widget_keep_clear (int       z,
               int       x,
               int       y,
               GArray   *boxes,
               gpointer  data)
{
  g_autoptr(MarsadMapWidget) self = g_weak_ref_get (data);
  MarsadMapView view;

  if (self == NULL)
    return;
  marsad_map_view_init_tile (&view, z, x, y, 256);
  view.scale = 1;
  marsad_map_marker_set_get_keep_clear (marsad_marker_layer_get_marker_set (self->markers), &view, boxes);
}

void
marsad_map_widget_weak_ref_free (GWeakRef *ref)
{
  g_weak_ref_clear (ref);
  g_free (ref);
}

gboolean
marsad_map_widget_has_fallback (MarsadMapWidget *self)
{
  g_return_val_if_fail (MARSAD_IS_MAP_WIDGET (self), FALSE);
  return self->want_fallback;
}

void
marsad_map_widget_set_show_legend (MarsadMapWidget *self,
                                   gboolean         show)
{
  g_return_if_fail (MARSAD_IS_MAP_WIDGET (self));
  show = !!show;
  if (self->show_legend == show)
    return;
  self->show_legend = show;
  gtk_widget_set_visible (self->legend, show);
  g_object_notify (G_OBJECT (self), "show-legend");
}

gboolean
marsad_map_widget_get_show_legend (MarsadMapWidget *self)
{
  g_return_val_if_fail (MARSAD_IS_MAP_WIDGET (self), FALSE);
  return self->show_legend;
}

GAction *
marsad_map_widget_create_legend_action (MarsadMapWidget *self)
{
  return G_ACTION (g_property_action_new ("show-legend", self, "show-legend"));
}
