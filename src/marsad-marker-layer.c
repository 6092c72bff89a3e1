/* marsad-marker-layer.c: all markers of a map drawn in one layer
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "marsad-marker-layer-private.h"

#define MIN_HIT_RADIUS 10.0
/* the selection mark: a ring the size of a small marker's selection ring */
#define MARK_RADIUS 9.0
#define MARK_LABEL_GAP 5.0
/* muted: a point to look at, not a place where something happened */
#define MARK_ALPHA 0.65

G_DEFINE_FINAL_TYPE (MarsadMarkerLayer, marsad_marker_layer, SHUMATE_TYPE_LAYER)

enum { PLACE_ACTIVATED, CLUSTER_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

void
marsad_marker_layer_get_view (MarsadMarkerLayer *self,
                              MarsadMapView     *view)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));

  /* The same projection as ShumateViewport's 256-px tiles (no rotation). */
  marsad_map_view_init (view, shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
                        shumate_location_get_longitude (SHUMATE_LOCATION (viewport)),
                        shumate_viewport_get_zoom_level (viewport),
                        gtk_widget_get_width (GTK_WIDGET (self)),
                        gtk_widget_get_height (GTK_WIDGET (self)));
  view->clip_labels = FALSE;
}

static void
draw_options (MarsadMarkerLayer          *self,
              MarsadMapMarkerDrawOptions *opts)
{
  marsad_map_marker_draw_options_init (opts);
  opts->dark = self->dark;
  opts->selected = self->selected;
  opts->hovered = self->hovered;
  opts->hovered_cluster = self->hovered_cluster;
  opts->sprite_scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
}

gboolean
marsad_marker_layer_get_marker_position (MarsadMarkerLayer *self,
                                         const char        *place_id,
                                         double            *x,
                                         double            *y)
{
  int i = marsad_map_marker_set_find (self->set, place_id);
  MarsadMapView view;
  double px, py;

  if (i < 0)
    return FALSE;
  marsad_marker_layer_get_view (self, &view);
  if (!marsad_map_marker_set_locate (self->set, &view, i, &px, &py, NULL))
    {
      /* off screen: where it would be */
      const MarsadMapMarker *m = marsad_map_marker_set_get (self->set, i);

      marsad_map_view_project (&view, m->lat, m->lon, &px, &py);
    }
  if (x != NULL)
    *x = px;
  if (y != NULL)
    *y = py;
  return TRUE;
}

int
marsad_marker_layer_pick_cluster (MarsadMarkerLayer *self,
                                  double             x,
                                  double             y)
{
  MarsadMapView view;

  if (marsad_map_marker_set_get_n (self->set) == 0)
    return -1;
  marsad_marker_layer_get_view (self, &view);
  return marsad_map_clusters_pick (marsad_map_marker_set_get_clusters (self->set), &view, x, y,
                                   MIN_HIT_RADIUS);
}

const char *
marsad_marker_layer_pick (MarsadMarkerLayer *self,
                          double             x,
                          double             y)
{
  int c = marsad_marker_layer_pick_cluster (self, x, y);
  const MarsadMapCluster *cluster;

  if (c < 0)
    return NULL;
  cluster = marsad_map_clusters_get (marsad_map_marker_set_get_clusters (self->set), c);
  if (cluster->n_points != 1)
    {
      /* a badge: the place that leads it (its first point is the seed,
       * the one with the most events) */
      g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (guint));

      marsad_map_clusters_collect_points (marsad_map_marker_set_get_clusters (self->set), c, points);
      return marsad_map_marker_set_get (self->set, g_array_index (points, guint, 0))->place_id;
    }
  return marsad_map_marker_set_get (self->set, cluster->point)->place_id;
}

static gboolean
marsad_marker_layer_contains (GtkWidget *widget,
                              double     x,
                              double     y)
{
  return marsad_marker_layer_pick_cluster (MARSAD_MARKER_LAYER (widget), x, y) >= 0;
}

static const cairo_user_data_key_t paintable_key;

typedef struct
{
  GtkSnapshot       *snapshot;
  MarsadPaintTarget *target;
} SpriteSink;

/* Each kept sprite becomes one paintable, made once: GL renderers draw it
 * as a texture uploaded once, the cairo renderer paints its pixels as they
 * are (marsad-tile-paintable.c), instead of a full-size image drawn by the
 * CPU each frame. */
static void
append_sprite (cairo_surface_t *sprite,
               double           x,
               double           y,
               gpointer         data)
{
  SpriteSink *sink = data;
  GdkPaintable *paintable = cairo_surface_get_user_data (sprite, &paintable_key);
  double sx = 1, sy = 1;

  cairo_surface_get_device_scale (sprite, &sx, &sy);
  if (paintable == NULL)
    {
      /* a copy: a paintable of the sprite itself, kept on the sprite,
       * would keep it alive */
      cairo_surface_t *copy = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                          cairo_image_surface_get_width (sprite),
                                                          cairo_image_surface_get_height (sprite));
      cairo_t *cr;

      /* the same device scale first: pixel for pixel */
      cairo_surface_set_device_scale (copy, sx, sy);
      cr = cairo_create (copy);
      cairo_set_source_surface (cr, sprite, 0, 0);
      cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
      cairo_paint (cr);
      cairo_destroy (cr);
      paintable = GDK_PAINTABLE (marsad_tile_paintable_new (copy, sink->target));
      cairo_surface_destroy (copy);
      cairo_surface_set_user_data (sprite, &paintable_key, paintable, g_object_unref);
    }
  gtk_snapshot_save (sink->snapshot);
  gtk_snapshot_translate (sink->snapshot, &GRAPHENE_POINT_INIT (x, y));
  gdk_paintable_snapshot (paintable, sink->snapshot, cairo_image_surface_get_width (sprite) / sx,
                          cairo_image_surface_get_height (sprite) / sy);
  gtk_snapshot_restore (sink->snapshot);
}

static void
append_selection_mark (MarsadMarkerLayer   *self,
                       GtkSnapshot         *snapshot,
                       cairo_t             *measure,
                       const MarsadMapView *view)
{
  double x, y, label_w = 0, label_h = 0, half;
  cairo_t *cr;

  marsad_map_view_project (view, self->mark_lat, self->mark_lon, &x, &y);
  marsad_marker_measure_label (measure, self->mark_name, 1.0, &label_w, &label_h);
  half = MAX (MARK_RADIUS + 3, label_h / 2 + 1);
  /* the label on the ring's left, as Arabic reads from the point outwards */
  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (x - MARK_RADIUS - MARK_LABEL_GAP - label_w - 2, y - half,
                                                       label_w + MARK_LABEL_GAP + 2 * MARK_RADIUS + 5, 2 * half));
  cairo_push_group (cr);
  /* the selected marker's ring and accent (marsad_marker_draw), round a dot */
  if (self->dark)
    cairo_set_source_rgb (cr, 0x78 / 255.0, 0xae / 255.0, 0xed / 255.0);
  else
    cairo_set_source_rgb (cr, 0x1c / 255.0, 0x71 / 255.0, 0xd8 / 255.0);
  cairo_set_line_width (cr, 2.5);
  cairo_arc (cr, x, y, MARK_RADIUS, 0, 2 * G_PI);
  cairo_stroke (cr);
  cairo_arc (cr, x, y, 2.5, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_pop_group_to_source (cr);
  cairo_paint_with_alpha (cr, MARK_ALPHA);
  marsad_marker_draw_label (cr, x - MARK_RADIUS - MARK_LABEL_GAP, y, self->mark_name, 1.0, self->dark);
  cairo_destroy (cr);
}

static void
marsad_marker_layer_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  MarsadMarkerLayer *self = MARSAD_MARKER_LAYER (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(MarsadMapMarkerFrame) frame = NULL;
  SpriteSink sink = { snapshot, self->paint_target };
  MarsadMapMarkerDrawOptions opts;
  MarsadMapView view;
  MarsadMapBox box;
  cairo_surface_t *surface;
  cairo_t *cr;

  if ((marsad_map_marker_set_get_n (self->set) == 0 && self->mark_name == NULL) || width <= 0 || height <= 0)
    return;
  /* only to measure labels: everything drawn is a texture */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  marsad_marker_layer_get_view (self, &view);
  if (marsad_map_marker_set_get_n (self->set) > 0)
    {
      draw_options (self, &opts);
      marsad_paint_target_update (self->paint_target, widget);
      opts.paint_sprite = append_sprite;
      opts.paint_data = &sink;
      frame = marsad_map_marker_set_prepare (self->set, cr, &view, &opts);
      if (marsad_map_marker_frame_get_borders_box (frame, &box))
        {
          /* lines under the markers; vector, as they cross the whole view */
          cairo_t *lines = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (box.x0, box.y0,
                                                                                     box.x1 - box.x0,
                                                                                     box.y1 - box.y0));

          marsad_map_marker_frame_draw_borders (frame, lines);
          cairo_destroy (lines);
        }
      marsad_map_marker_frame_draw (frame, cr);
    }
  /* over the markers: it is what the user picked */
  if (self->mark_name != NULL)
    append_selection_mark (self, snapshot, cr, &view);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

GPtrArray *
marsad_marker_layer_dup_cluster_places (MarsadMarkerLayer *self,
                                        guint              cluster)
{
  MarsadMapClusters *clusters = marsad_map_marker_set_get_clusters (self->set);
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (guint));
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  marsad_map_clusters_collect_points (clusters, cluster, points);
  for (guint i = 0; i < points->len; i++)
    g_ptr_array_add (ids, g_strdup (marsad_map_marker_set_get (self->set, g_array_index (points, guint, i))->place_id));
  return ids;
}

gboolean
marsad_marker_layer_get_cluster_expansion (MarsadMarkerLayer *self,
                                           guint              cluster,
                                           double            *lat,
                                           double            *lon,
                                           double            *zoom)
{
  MarsadMapClusters *clusters = marsad_map_marker_set_get_clusters (self->set);
  const MarsadMapCluster *c = marsad_map_clusters_get (clusters, cluster);
  MarsadMapView view;

  *zoom = marsad_map_clusters_get_expansion_zoom (clusters, cluster);
  /* the middle of the members, as a 1-px world view unprojects it */
  marsad_map_view_init (&view, 0, 0, 0, 1, 1);
  view.x0 = view.y0 = 0;
  view.width = view.height = 256;
  marsad_map_view_unproject (&view, (c->min_mx + c->max_mx) / 2 * 256, (c->min_my + c->max_my) / 2 * 256,
                             lat, lon);
  return *zoom >= 0;
}

static gboolean
query_tooltip_cb (GtkWidget         *widget,
                  int                x,
                  int                y,
                  gboolean           keyboard,
                  GtkTooltip        *tooltip,
                  MarsadMarkerLayer *self)
{
  int c = marsad_marker_layer_pick_cluster (self, x, y);
  const MarsadMapCluster *cluster;
  g_autofree char *text = NULL;

  if (c < 0)
    return FALSE;
  cluster = marsad_map_clusters_get (marsad_map_marker_set_get_clusters (self->set), c);
  if (cluster->n_points == 1)
    {
      const MarsadMapMarker *m = marsad_map_marker_set_get (self->set, cluster->point);

      if (m->n_events > 0)
        text = g_strdup_printf (ngettext ("%s (%s) — %u event", "%s (%s) — %u events", m->n_events),
                                m->name_en != NULL ? m->name_en : m->name, m->name, m->n_events);
      else
        text = g_strdup_printf (_("%s (%s) — mentioned"),
                                m->name_en != NULL ? m->name_en : m->name, m->name);
    }
  else
    text = g_strdup_printf (ngettext ("%u place — click to see them", "%u places — click to see them",
                                      cluster->n_points), cluster->n_points);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
released_cb (GtkGestureClick   *gesture,
             int                n_press,
             double             x,
             double             y,
             MarsadMarkerLayer *self)
{
  int c = marsad_marker_layer_pick_cluster (self, x, y);
  const MarsadMapCluster *cluster;

  if (c < 0)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  cluster = marsad_map_clusters_get (marsad_map_marker_set_get_clusters (self->set), c);
  if (cluster->n_points == 1)
    {
      g_autofree char *copy = g_strdup (marsad_map_marker_set_get (self->set, cluster->point)->place_id);

      g_signal_emit (self, signals[PLACE_ACTIVATED], 0, copy);
    }
  else
    g_signal_emit (self, signals[CLUSTER_ACTIVATED], 0, (guint) c, x, y);
}

static void
motion_cb (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           MarsadMarkerLayer        *self)
{
  int c = marsad_marker_layer_pick_cluster (self, x, y);
  const char *id = c >= 0 && marsad_map_clusters_get (marsad_map_marker_set_get_clusters (self->set), c)->n_points == 1
                   ? marsad_marker_layer_pick (self, x, y) : NULL;

  if (g_strcmp0 (id, self->hovered) == 0 && c == self->hovered_cluster)
    return;
  g_free (self->hovered);
  self->hovered = g_strdup (id);
  self->hovered_cluster = c;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), c >= 0 ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
leave_cb (GtkEventControllerMotion *motion,
          MarsadMarkerLayer        *self)
{
  motion_cb (motion, -1000, -1000, self);
}

static void
marsad_marker_layer_constructed (GObject *object)
{
  MarsadMarkerLayer *self = MARSAD_MARKER_LAYER (object);
  ShumateViewport *viewport;

  G_OBJECT_CLASS (marsad_marker_layer_parent_class)->constructed (object);

  viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  g_signal_connect_object (viewport, "notify", G_CALLBACK (gtk_widget_queue_draw),
                           self, G_CONNECT_SWAPPED);
}

static void
marsad_marker_layer_dispose (GObject *object)
{
  MarsadMarkerLayer *self = MARSAD_MARKER_LAYER (object);

  if (self->building != NULL)
    g_cancellable_cancel (self->building);
  G_OBJECT_CLASS (marsad_marker_layer_parent_class)->dispose (object);
}

static void
marsad_marker_layer_finalize (GObject *object)
{
  MarsadMarkerLayer *self = MARSAD_MARKER_LAYER (object);

  marsad_map_marker_set_free (self->set);
  g_clear_pointer (&self->pending, marsad_map_marker_set_free);
  g_clear_object (&self->building);
  g_free (self->selected);
  g_free (self->mark_name);
  g_free (self->hovered);
  marsad_paint_target_unref (self->paint_target);
  G_OBJECT_CLASS (marsad_marker_layer_parent_class)->finalize (object);
}

static void
marsad_marker_layer_class_init (MarsadMarkerLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = marsad_marker_layer_constructed;
  object_class->dispose = marsad_marker_layer_dispose;
  object_class->finalize = marsad_marker_layer_finalize;
  widget_class->snapshot = marsad_marker_layer_snapshot;
  widget_class->contains = marsad_marker_layer_contains;

  /* A marker was clicked: the place's id. */
  signals[PLACE_ACTIVATED] = g_signal_new ("place-activated", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, G_TYPE_STRING);
  /* The markers last given are shown (their clusters built). */
  g_signal_new ("markers-ready", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* A cluster badge was clicked: its index, and where (layer coordinates). */
  signals[CLUSTER_ACTIVATED] = g_signal_new ("cluster-activated", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_DOUBLE, G_TYPE_DOUBLE);
}

static void
marsad_marker_layer_init (MarsadMarkerLayer *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->set = marsad_map_marker_set_new ();
  self->hovered_cluster = -1;
  self->paint_target = marsad_paint_target_new ();

  g_signal_connect (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
}

MarsadMarkerLayer *
marsad_marker_layer_new (ShumateViewport *viewport)
{
  return g_object_new (MARSAD_TYPE_MARKER_LAYER, "viewport", viewport, NULL);
}

void
marsad_marker_layer_set_dark (MarsadMarkerLayer *self,
                              gboolean           dark)
{
  g_return_if_fail (MARSAD_IS_MARKER_LAYER (self));
  self->dark = dark;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
marsad_marker_layer_set_selected (MarsadMarkerLayer *self,
                                  const char        *place_id)
{
  g_return_if_fail (MARSAD_IS_MARKER_LAYER (self));
  if (g_strcmp0 (place_id, self->selected) == 0)
    return;
  g_free (self->selected);
  self->selected = g_strdup (place_id);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
marsad_marker_layer_set_selection_mark (MarsadMarkerLayer *self,
                                        const char        *name,
                                        double             lat,
                                        double             lon)
{
  g_return_if_fail (MARSAD_IS_MARKER_LAYER (self));

  if (g_strcmp0 (name, self->mark_name) == 0 && (name == NULL || (lat == self->mark_lat && lon == self->mark_lon)))
    return;
  g_free (self->mark_name);
  self->mark_name = g_strdup (name);
  self->mark_lat = lat;
  self->mark_lon = lon;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
marsad_marker_layer_get_selection_mark (MarsadMarkerLayer *self,
                                        double            *x,
                                        double            *y)
{
  MarsadMapView view;
  double px, py;

  g_return_val_if_fail (MARSAD_IS_MARKER_LAYER (self), FALSE);

  if (self->mark_name == NULL)
    return FALSE;
  marsad_marker_layer_get_view (self, &view);
  marsad_map_view_project (&view, self->mark_lat, self->mark_lon, &px, &py);
  if (x != NULL)
    *x = px;
  if (y != NULL)
    *y = py;
  return TRUE;
}

const char *
marsad_marker_layer_get_selected (MarsadMarkerLayer *self)
{
  g_return_val_if_fail (MARSAD_IS_MARKER_LAYER (self), NULL);
  return self->selected;
}

guint
marsad_marker_layer_get_n_markers (MarsadMarkerLayer *self)
{
  g_return_val_if_fail (MARSAD_IS_MARKER_LAYER (self), 0);
  return marsad_map_marker_set_get_n (self->set);
}

gboolean
marsad_marker_layer_is_event_site (MarsadMarkerLayer *self,
                                   const char        *place_id)
{
  int i = marsad_map_marker_set_find (self->set, place_id);

  return i >= 0 && marsad_map_marker_set_get (self->set, i)->role == MARSAD_MARKER_ROLE_EVENT_SITE;
}

gboolean
marsad_marker_layer_get_bounds (MarsadMarkerLayer *self,
                                double            *min_lat,
                                double            *min_lon,
                                double            *max_lat,
                                double            *max_lon)
{
  return marsad_map_marker_set_get_frame (self->set, min_lon, min_lat, max_lon, max_lat);
}

MarsadMapMarkerSet *
marsad_marker_layer_get_marker_set (MarsadMarkerLayer *self)
{
  return self->set;
}
