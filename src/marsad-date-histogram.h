/* marsad-date-histogram.h: events per day as a strip of bars
 *
 * One bar a day from the first day of the collection to its last; dragging
 * across the strip selects a range of days (a click selects one day).
 * Drawn in one snapshot; in a right-to-left locale time runs from the right.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MARSAD_TYPE_DATE_HISTOGRAM (marsad_date_histogram_get_type ())

G_DECLARE_FINAL_TYPE (MarsadDateHistogram, marsad_date_histogram, MARSAD, DATE_HISTOGRAM, GtkWidget)

GtkWidget *marsad_date_histogram_new          (void);
/* The days shown: n_days from first (NULL or 0 days: none). Clears the
 * selection and the counts. */
void       marsad_date_histogram_set_days     (MarsadDateHistogram *self,
                                               const GDate         *first,
                                               guint                n_days);
guint      marsad_date_histogram_get_n_days   (MarsadDateHistogram *self);
/* counts[i] events on day i; n may be shorter than the days shown. */
void       marsad_date_histogram_set_counts   (MarsadDateHistogram *self,
                                               const guint         *counts,
                                               guint                n);
guint      marsad_date_histogram_get_count    (MarsadDateHistogram *self,
                                               guint                day);
/* The selected days, first and last included; FALSE when none is
 * selected (every day counts). */
gboolean   marsad_date_histogram_get_range    (MarsadDateHistogram *self,
                                               guint               *from,
                                               guint               *to);
/* Emits ::range-changed when the range differs. */
void       marsad_date_histogram_set_range    (MarsadDateHistogram *self,
                                               guint                from,
                                               guint                to);
void       marsad_date_histogram_clear_range  (MarsadDateHistogram *self);
/* Day index → "YYYY-MM-DD" (NULL out of range); date → index (-1 outside). */
char      *marsad_date_histogram_dup_day      (MarsadDateHistogram *self,
                                               guint                day);
int        marsad_date_histogram_day_of       (MarsadDateHistogram *self,
                                               const char          *iso_date);
/* The day drawn under x (widget coordinates), clamped to the strip. */
guint      marsad_date_histogram_day_at       (MarsadDateHistogram *self,
                                               double               x);

G_END_DECLS
