/* marsad-marker-layer.c: all places of an article drawn in one layer
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "marsad-map-markers.h"
#include "marsad-marker-layer-private.h"

#define MIN_HIT_RADIUS 10.0
#define LABEL_GAP 4.0
/* Markers closer than this (beyond touching) are spread apart. */
#define SPREAD_SLACK 2.0
/* Room for a label's line when spread markers stack their labels. */
#define SPREAD_LABEL_HEIGHT 22.0

G_DEFINE_FINAL_TYPE (MarsadMarkerLayer, marsad_marker_layer, SHUMATE_TYPE_LAYER)

enum { PLACE_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

void
marsad_marker_clear (Marker *marker)
{
  g_free (marker->place_id);
  g_free (marker->name);
  g_free (marker->name_en);
  g_free (marker->event_type);
}

static void
marker_style (MarsadMarkerLayer *self,
              const Marker      *marker,
              MarsadMarkerStyle *style)
{
  marsad_marker_style_init (style, marker->role);
  style->event_type = marker->event_type;
  style->fatalities = marker->fatalities;
  style->selected = g_strcmp0 (marker->place_id, self->selected) == 0;
  style->highlighted = g_strcmp0 (marker->place_id, self->hovered) == 0;
  style->dark = self->dark;
}

static double
hit_radius (MarsadMarkerLayer *self,
            const Marker      *marker)
{
  MarsadMarkerStyle style;

  marker_style (self, marker, &style);
  return MAX (marsad_marker_get_radius (&style) + 2, MIN_HIT_RADIUS);
}

/* Places a few kilometres apart (القائم and البوكمال) fall on one spot at
 * the zoom that fits a country: each cluster of touching markers is spread
 * on a small circle around its centre, with a leader line to the true spot,
 * so that every marker can be seen and clicked and every label read. The
 * positions are worked out again for each viewport, by drawing and hit
 * testing alike, so what is clicked is what is drawn. */
static void
layout_markers (MarsadMarkerLayer *self)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  guint n = self->markers->len;
  g_autofree guint *cluster = g_new (guint, MAX (n, 1));
  g_autofree double *radius = g_new (double, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      Marker *m = &g_array_index (self->markers, Marker, i);
      MarsadMarkerStyle style;

      shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (self), m->lat, m->lon,
                                                  &m->true_x, &m->true_y);
      m->x = m->true_x;
      m->y = m->true_y;
      m->spread = FALSE;
      marker_style (self, m, &style);
      radius[i] = marsad_marker_get_radius (&style);
      cluster[i] = i;
    }

  /* union-find over touching pairs: tens of markers, so pairs are cheap */
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        const Marker *a = &g_array_index (self->markers, Marker, i);
        const Marker *b = &g_array_index (self->markers, Marker, j);
        double reach = radius[i] + radius[j] + SPREAD_SLACK;
        guint ri = i, rj = j;

        if (radius[i] <= 0 || radius[j] <= 0 ||
            hypot (a->true_x - b->true_x, a->true_y - b->true_y) >= reach)
          continue;
        while (cluster[ri] != ri)
          ri = cluster[ri];
        while (cluster[rj] != rj)
          rj = cluster[rj];
        cluster[MAX (ri, rj)] = MIN (ri, rj);
      }

  for (guint root = 0; root < n; root++)
    {
      g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (guint));
      double cx = 0, cy = 0, max_r = 0, ring;

      for (guint i = 0; i < n; i++)
        {
          guint r = i;

          while (cluster[r] != r)
            r = cluster[r];
          if (r == root)
            g_array_append_val (members, i);
        }
      if (members->len < 2)
        continue;

      for (guint k = 0; k < members->len; k++)
        {
          guint i = g_array_index (members, guint, k);
          const Marker *m = &g_array_index (self->markers, Marker, i);

          cx += m->true_x / members->len;
          cy += m->true_y / members->len;
          max_r = MAX (max_r, radius[i]);
        }
      /* neighbours on the ring keep a marker's width and a label's height apart */
      ring = MAX (max_r + SPREAD_SLACK, SPREAD_LABEL_HEIGHT / 2) /
             (members->len == 2 ? 1.0 : sin (G_PI / members->len));

      /* north first, from the top clockwise: the spread keeps the places'
       * order as the reader knows it */
      for (guint k = 0; k < members->len; k++)
        for (guint l = k + 1; l < members->len; l++)
          {
            guint *a = &g_array_index (members, guint, k);
            guint *b = &g_array_index (members, guint, l);

            if (g_array_index (self->markers, Marker, *b).lat > g_array_index (self->markers, Marker, *a).lat)
              {
                guint tmp = *a;

                *a = *b;
                *b = tmp;
              }
          }
      for (guint k = 0; k < members->len; k++)
        {
          Marker *m = &g_array_index (self->markers, Marker, g_array_index (members, guint, k));
          double angle = -G_PI / 2 + 2 * G_PI * k / members->len;

          m->x = cx + ring * cos (angle);
          m->y = cy + ring * sin (angle);
          m->spread = TRUE;
        }
    }
}

static const Marker *
find_marker (MarsadMarkerLayer *self,
             const char        *place_id)
{
  for (guint i = 0; place_id != NULL && i < self->markers->len; i++)
    {
      const Marker *m = &g_array_index (self->markers, Marker, i);

      if (g_strcmp0 (m->place_id, place_id) == 0)
        return m;
    }
  return NULL;
}

gboolean
marsad_marker_layer_get_marker_position (MarsadMarkerLayer *self,
                                         const char        *place_id,
                                         double            *x,
                                         double            *y)
{
  const Marker *m = find_marker (self, place_id);

  if (m == NULL)
    return FALSE;
  layout_markers (self);
  if (x != NULL)
    *x = m->x;
  if (y != NULL)
    *y = m->y;
  return TRUE;
}

const char *
marsad_marker_layer_pick (MarsadMarkerLayer *self,
                          double             x,
                          double             y)
{
  const char *best = NULL;
  double best_d = G_MAXDOUBLE;

  layout_markers (self);
  /* the nearest marker whose hit area holds the point: a spread marker's
   * generous hit area may reach into its neighbour's */
  for (guint i = self->markers->len; i > 0; i--)
    {
      const Marker *m = &g_array_index (self->markers, Marker, i - 1);
      double r = hit_radius (self, m);
      double d = (x - m->x) * (x - m->x) + (y - m->y) * (y - m->y);

      if (d <= r * r && d < best_d)
        {
          best = m->place_id;
          best_d = d;
        }
    }
  return best;
}

static gboolean
marsad_marker_layer_contains (GtkWidget *widget,
                              double     x,
                              double     y)
{
  return marsad_marker_layer_pick (MARSAD_MARKER_LAYER (widget), x, y) != NULL;
}

/* A spread marker's true spot: a dot, and a line to where it is drawn. */
static void
draw_leader (cairo_t      *cr,
             const Marker *m,
             gboolean      dark)
{
  double shade = dark ? 1.0 : 0.15;

  cairo_save (cr);
  cairo_set_source_rgba (cr, shade, shade, shade, 0.7);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, m->true_x, m->true_y);
  cairo_line_to (cr, m->x, m->y);
  cairo_stroke (cr);
  cairo_arc (cr, m->true_x, m->true_y, 2.0, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_restore (cr);
}

static gboolean
rect_is_free (GArray                *taken,
              const graphene_rect_t *rect)
{
  for (guint k = 0; k < taken->len; k++)
    if (graphene_rect_intersection (rect, &g_array_index (taken, graphene_rect_t, k), NULL))
      return FALSE;
  return TRUE;
}

static void
draw_markers (MarsadMarkerLayer *self,
              cairo_t           *cr,
              int                width,
              int                height)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  double zoom = shumate_viewport_get_zoom_level (viewport);
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  const Marker *selected = NULL;

  layout_markers (self);
  for (guint i = 0; i < self->markers->len; i++)
    {
      const Marker *m = &g_array_index (self->markers, Marker, i);

      if (m->spread)
        draw_leader (cr, m, self->dark);
    }
  for (guint i = 0; i < self->markers->len; i++)
    {
      const Marker *m = &g_array_index (self->markers, Marker, i);
      MarsadMarkerStyle style;

      if (m->x < -50 || m->y < -50 || m->x > width + 50 || m->y > height + 50)
        continue;
      marker_style (self, m, &style);
      if (style.selected)
        selected = m;
      marsad_marker_draw (cr, m->x, m->y, &style, 1.0);
    }

  /* Labels: the selected place, then event sites from the biggest, then
   * context places when zoomed in. Each goes left of its marker (Arabic
   * reads from the marker outwards), else right of it; a label that would
   * overlap either way is left out. */
  for (int pass = 0; pass < 3; pass++)
    for (guint i = self->markers->len; i > 0; i--)
      {
        const Marker *m = &g_array_index (self->markers, Marker, i - 1);
        MarsadMarkerStyle style;
        graphene_rect_t left, right;
        double w, h, r;

        if ((pass == 0 && m != selected) ||
            (pass == 1 && (m == selected || m->role != MARSAD_MARKER_ROLE_EVENT_SITE)) ||
            (pass == 2 && (m == selected || m->role == MARSAD_MARKER_ROLE_EVENT_SITE || zoom < 6)))
          continue;
        if (m->x < 0 || m->y < 0 || m->x > width || m->y > height)
          continue;
        /* the basemap names countries and seas already, larger (the
         * tooltip and the place list still give the marker's name) */
        if (m->area && m != selected)
          continue;
        marker_style (self, m, &style);
        r = marsad_marker_get_radius (&style);
        marsad_marker_measure_label (cr, m->name, 1.0, &w, &h);
        graphene_rect_init (&left, m->x - r - LABEL_GAP - w, m->y - h / 2, w, h);
        graphene_rect_init (&right, m->x + r + LABEL_GAP, m->y - h / 2, w, h);
        if (rect_is_free (taken, &left))
          {
            g_array_append_val (taken, left);
            marsad_marker_draw_label (cr, m->x - r - LABEL_GAP, m->y, m->name, 1.0, self->dark);
          }
        else if (rect_is_free (taken, &right))
          {
            g_array_append_val (taken, right);
            marsad_marker_draw_label (cr, m->x + r + LABEL_GAP + w, m->y, m->name, 1.0, self->dark);
          }
      }
}

static void
marsad_marker_layer_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  MarsadMarkerLayer *self = MARSAD_MARKER_LAYER (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->markers->len == 0 || width <= 0 || height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_markers (self, cr, width, height);
  cairo_destroy (cr);
}

static gboolean
query_tooltip_cb (GtkWidget         *widget,
                  int                x,
                  int                y,
                  gboolean           keyboard,
                  GtkTooltip        *tooltip,
                  MarsadMarkerLayer *self)
{
  const Marker *m = find_marker (self, marsad_marker_layer_pick (self, x, y));
  g_autofree char *text = NULL;

  if (m == NULL)
    return FALSE;
  if (m->n_events > 0)
    text = g_strdup_printf (ngettext ("%s (%s) — %u event", "%s (%s) — %u events", m->n_events),
                            m->name_en != NULL ? m->name_en : m->name, m->name, m->n_events);
  else
    text = g_strdup_printf (_("%s (%s) — mentioned"),
                            m->name_en != NULL ? m->name_en : m->name, m->name);
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
  const char *id = marsad_marker_layer_pick (self, x, y);

  if (id != NULL)
    {
      g_autofree char *copy = g_strdup (id);

      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      g_signal_emit (self, signals[PLACE_ACTIVATED], 0, copy);
    }
}

static void
motion_cb (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           MarsadMarkerLayer        *self)
{
  const char *id = marsad_marker_layer_pick (self, x, y);

  if (g_strcmp0 (id, self->hovered) == 0)
    return;
  g_free (self->hovered);
  self->hovered = g_strdup (id);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), id != NULL ? "pointer" : NULL);
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
marsad_marker_layer_finalize (GObject *object)
{
  MarsadMarkerLayer *self = MARSAD_MARKER_LAYER (object);

  g_array_unref (self->markers);
  g_free (self->selected);
  g_free (self->hovered);
  G_OBJECT_CLASS (marsad_marker_layer_parent_class)->finalize (object);
}

static void
marsad_marker_layer_class_init (MarsadMarkerLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = marsad_marker_layer_constructed;
  object_class->finalize = marsad_marker_layer_finalize;
  widget_class->snapshot = marsad_marker_layer_snapshot;
  widget_class->contains = marsad_marker_layer_contains;

  /* A marker was clicked: the place's id. */
  signals[PLACE_ACTIVATED] = g_signal_new ("place-activated", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
marsad_marker_layer_init (MarsadMarkerLayer *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->markers = g_array_new (FALSE, TRUE, sizeof (Marker));
  g_array_set_clear_func (self->markers, (GDestroyNotify) marsad_marker_clear);

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
  return self->markers->len;
}

gboolean
marsad_marker_layer_is_event_site (MarsadMarkerLayer *self,
                                   const char        *place_id)
{
  const Marker *m = find_marker (self, place_id);

  return m != NULL && m->role == MARSAD_MARKER_ROLE_EVENT_SITE;
}

gboolean
marsad_marker_layer_get_bounds (MarsadMarkerLayer *self,
                                double            *min_lat,
                                double            *min_lon,
                                double            *max_lat,
                                double            *max_lon)
{
  gboolean found = FALSE;

  for (int pass = 0; pass < 2 && !found; pass++)
    for (guint i = 0; i < self->markers->len; i++)
      {
        const Marker *m = &g_array_index (self->markers, Marker, i);

        if (pass == 0 && m->role != MARSAD_MARKER_ROLE_EVENT_SITE)
          continue;
        if (!found)
          {
            *min_lat = *max_lat = m->lat;
            *min_lon = *max_lon = m->lon;
            found = TRUE;
          }
        *min_lat = MIN (*min_lat, m->lat);
        *max_lat = MAX (*max_lat, m->lat);
        *min_lon = MIN (*min_lon, m->lon);
        *max_lon = MAX (*max_lon, m->lon);
      }
  return found;
}
