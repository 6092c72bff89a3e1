/* marsad-date-histogram.c: events per day as a strip of bars
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "marsad-date-histogram.h"

#define BAR_GAP 1.0
#define MIN_HEIGHT 44

struct _MarsadDateHistogram
{
  GtkWidget  parent_instance;

  GDate      first;          /* invalid when there are no days */
  GArray    *counts;         /* guint, one a day */
  guint      max_count;

  gboolean   has_range;
  guint      from, to;

  guint      drag_anchor;
  double     drag_x;
};

G_DEFINE_FINAL_TYPE (MarsadDateHistogram, marsad_date_histogram, GTK_TYPE_WIDGET)

enum { RANGE_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static gboolean
is_rtl (MarsadDateHistogram *self)
{
  return gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
}

guint
marsad_date_histogram_day_at (MarsadDateHistogram *self,
                              double               x)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  guint n = self->counts->len;
  double pos;
  guint day;

  if (n == 0 || width <= 0)
    return 0;
  pos = CLAMP (x / width, 0.0, 1.0);
  if (is_rtl (self))
    pos = 1.0 - pos;
  day = (guint) (pos * n);
  return MIN (day, n - 1);
}

static void
marsad_date_histogram_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  MarsadDateHistogram *self = MARSAD_DATE_HISTOGRAM (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guint n = self->counts->len;
  GdkRGBA fg, bar, selected, band;
  double slot;

  if (n == 0 || width <= 0 || height <= 0)
    return;

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
G_GNUC_END_IGNORE_DEPRECATIONS
  bar = fg;
  bar.alpha = self->has_range ? 0.25 : 0.55;
  gdk_rgba_parse (&selected, "#3584e4");
  band = selected;
  band.alpha = 0.18;

  slot = (double) width / n;
  if (self->has_range)
    {
      double x0 = slot * self->from, x1 = slot * (self->to + 1);

      if (is_rtl (self))
        {
          double t = width - x1;

          x1 = width - x0;
          x0 = t;
        }
      gtk_snapshot_append_color (snapshot, &band, &GRAPHENE_RECT_INIT (x0, 0, x1 - x0, height));
    }
  /* a base line, so that empty days still show the strip */
  {
    GdkRGBA line = fg;

    line.alpha = 0.3;
    gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (0, height - 1, width, 1));
  }
  for (guint i = 0; i < n; i++)
    {
      guint c = g_array_index (self->counts, guint, i);
      gboolean in = self->has_range && i >= self->from && i <= self->to;
      double h, x, w;

      if (c == 0 || self->max_count == 0)
        continue;
      h = MAX (2.0, (height - 4.0) * c / self->max_count);
      w = MAX (1.0, slot - (slot > 3 ? BAR_GAP : 0));
      x = slot * i;
      if (is_rtl (self))
        x = width - x - w;
      gtk_snapshot_append_color (snapshot, in ? &selected : &bar,
                                 &GRAPHENE_RECT_INIT (x, height - h, w, h));
    }
}

static void
marsad_date_histogram_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 480;
    }
  else
    *minimum = *natural = MIN_HEIGHT;
}

static void
update_range (MarsadDateHistogram *self,
              gboolean             has_range,
              guint                from,
              guint                to)
{
  if (has_range == self->has_range && (!has_range || (from == self->from && to == self->to)))
    return;
  self->has_range = has_range;
  self->from = has_range ? from : 0;
  self->to = has_range ? to : 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[RANGE_CHANGED], 0);
}

static void
drag_begin_cb (GtkGestureDrag      *gesture,
               double               x,
               double               y,
               MarsadDateHistogram *self)
{
  if (self->counts->len == 0)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  self->drag_x = x;
  self->drag_anchor = marsad_date_histogram_day_at (self, x);
  update_range (self, TRUE, self->drag_anchor, self->drag_anchor);
}

static void
drag_update_cb (GtkGestureDrag      *gesture,
                double               dx,
                double               dy,
                MarsadDateHistogram *self)
{
  guint day;

  if (self->counts->len == 0)
    return;
  day = marsad_date_histogram_day_at (self, self->drag_x + dx);
  update_range (self, TRUE, MIN (day, self->drag_anchor), MAX (day, self->drag_anchor));
}

static gboolean
query_tooltip_cb (GtkWidget           *widget,
                  int                  x,
                  int                  y,
                  gboolean             keyboard,
                  GtkTooltip          *tooltip,
                  MarsadDateHistogram *self)
{
  guint day;
  GDate date;
  char buf[64];
  g_autofree char *text = NULL;
  guint count;

  if (self->counts->len == 0 || keyboard)
    return FALSE;
  day = marsad_date_histogram_day_at (self, x);
  date = self->first;
  g_date_add_days (&date, day);
  /* TRANSLATORS: a day in the histogram's tooltip, a strftime() format */
  if (g_date_strftime (buf, sizeof buf, C_("histogram day", "%e %B %Y"), &date) == 0)
    return FALSE;
  count = g_array_index (self->counts, guint, day);
  /* TRANSLATORS: a day, then how many events it has */
  text = g_strdup_printf (ngettext ("%s: %u event", "%s: %u events", count), g_strstrip (buf), count);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
marsad_date_histogram_set_days (MarsadDateHistogram *self,
                                const GDate         *first,
                                guint                n_days)
{
  g_return_if_fail (MARSAD_IS_DATE_HISTOGRAM (self));

  g_date_clear (&self->first, 1);
  if (first == NULL || !g_date_valid (first))
    n_days = 0;
  else
    self->first = *first;
  g_array_set_size (self->counts, n_days);
  /* an empty collection has no days: data is NULL (UBSan) */
  if (n_days > 0)
    memset (self->counts->data, 0, n_days * sizeof (guint));
  self->max_count = 0;
  update_range (self, FALSE, 0, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
marsad_date_histogram_get_n_days (MarsadDateHistogram *self)
{
  g_return_val_if_fail (MARSAD_IS_DATE_HISTOGRAM (self), 0);
  return self->counts->len;
}

void
marsad_date_histogram_set_counts (MarsadDateHistogram *self,
                                  const guint         *counts,
                                  guint                n)
{
  g_return_if_fail (MARSAD_IS_DATE_HISTOGRAM (self));

  self->max_count = 0;
  for (guint i = 0; i < self->counts->len; i++)
    {
      guint c = i < n ? counts[i] : 0;

      g_array_index (self->counts, guint, i) = c;
      self->max_count = MAX (self->max_count, c);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
marsad_date_histogram_get_count (MarsadDateHistogram *self,
                                 guint                day)
{
  g_return_val_if_fail (MARSAD_IS_DATE_HISTOGRAM (self), 0);
  return day < self->counts->len ? g_array_index (self->counts, guint, day) : 0;
}

gboolean
marsad_date_histogram_get_range (MarsadDateHistogram *self,
                                 guint               *from,
                                 guint               *to)
{
  g_return_val_if_fail (MARSAD_IS_DATE_HISTOGRAM (self), FALSE);
  if (from != NULL)
    *from = self->from;
  if (to != NULL)
    *to = self->to;
  return self->has_range;
}

void
marsad_date_histogram_set_range (MarsadDateHistogram *self,
                                 guint                from,
                                 guint                to)
{
  guint n;

  g_return_if_fail (MARSAD_IS_DATE_HISTOGRAM (self));
  n = self->counts->len;
  if (n == 0)
    return;
  from = MIN (from, n - 1);
  to = CLAMP (to, from, n - 1);
  update_range (self, TRUE, from, to);
}

void
marsad_date_histogram_clear_range (MarsadDateHistogram *self)
{
  g_return_if_fail (MARSAD_IS_DATE_HISTOGRAM (self));
  update_range (self, FALSE, 0, 0);
}

char *
marsad_date_histogram_dup_day (MarsadDateHistogram *self,
                               guint                day)
{
  GDate date;

  g_return_val_if_fail (MARSAD_IS_DATE_HISTOGRAM (self), NULL);
  if (day >= self->counts->len)
    return NULL;
  date = self->first;
  g_date_add_days (&date, day);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date),
                          (guint) g_date_get_month (&date), g_date_get_day (&date));
}

int
marsad_date_histogram_day_of (MarsadDateHistogram *self,
                              const char          *iso_date)
{
  unsigned y, m, d;
  GDate date;
  int day;

  g_return_val_if_fail (MARSAD_IS_DATE_HISTOGRAM (self), -1);
  if (iso_date == NULL || self->counts->len == 0 ||
      sscanf (iso_date, "%4u-%2u-%2u", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return -1;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  day = g_date_days_between (&self->first, &date);
  return day >= 0 && (guint) day < self->counts->len ? day : -1;
}

static void
marsad_date_histogram_finalize (GObject *object)
{
  g_array_unref (MARSAD_DATE_HISTOGRAM (object)->counts);
  G_OBJECT_CLASS (marsad_date_histogram_parent_class)->finalize (object);
}

static void
marsad_date_histogram_class_init (MarsadDateHistogramClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = marsad_date_histogram_finalize;
  widget_class->snapshot = marsad_date_histogram_snapshot;
  widget_class->measure = marsad_date_histogram_measure;

  signals[RANGE_CHANGED] = g_signal_new ("range-changed", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);
  gtk_widget_class_set_css_name (widget_class, "marsad-date-histogram");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
marsad_date_histogram_init (MarsadDateHistogram *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();

  self->counts = g_array_new (FALSE, TRUE, sizeof (guint));
  g_date_clear (&self->first, 1);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "col-resize");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Events per day: drag to choose dates"), -1);
}

GtkWidget *
marsad_date_histogram_new (void)
{
  return g_object_new (MARSAD_TYPE_DATE_HISTOGRAM, NULL);
}
