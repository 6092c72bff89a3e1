/* marsad-collection-filters.h: which events of a collection are shown
 *
 * A strip of events per day to choose dates (with a play button that steps
 * through them), an event type, a country and an actor. The window's map,
 * timeline and exports all follow the same MarsadCollectionFilter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "marsad-collection.h"
#include "marsad-date-histogram.h"

G_BEGIN_DECLS

#define MARSAD_TYPE_COLLECTION_FILTERS (marsad_collection_filters_get_type ())

G_DECLARE_FINAL_TYPE (MarsadCollectionFilters, marsad_collection_filters, MARSAD, COLLECTION_FILTERS, GtkWidget)

GtkWidget           *marsad_collection_filters_new           (void);
/* The collection's span of days; clears the date range. */
void                 marsad_collection_filters_set_days      (MarsadCollectionFilters *self,
                                                              const GDate             *first,
                                                              guint                    n_days);
/* Events per day under the other filters. */
void                 marsad_collection_filters_set_counts    (MarsadCollectionFilters *self,
                                                              const guint             *counts,
                                                              guint                    n);
/* The countries to offer (ISO codes); the chosen one stays if listed. */
void                 marsad_collection_filters_set_countries (MarsadCollectionFilters *self,
                                                              const char * const      *codes);
/* Fills the filter's from, to, type, actor and country (the strings are
 * the widget's, valid until it changes); with_dates FALSE leaves the
 * dates out (for the histogram itself). Other fields are left alone. */
void                 marsad_collection_filters_apply         (MarsadCollectionFilters *self,
                                                              MarsadCollectionFilter  *filter,
                                                              gboolean                 with_dates);
/* type NULL: every type. FALSE when the type is not offered. */
gboolean             marsad_collection_filters_set_event_type (MarsadCollectionFilters *self,
                                                               const char              *type);
gboolean             marsad_collection_filters_get_playing   (MarsadCollectionFilters *self);
MarsadDateHistogram *marsad_collection_filters_get_histogram (MarsadCollectionFilters *self);

G_END_DECLS
