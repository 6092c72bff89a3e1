/* marsad-fused-event-panel.h: the reports of one event of a collection
 *
 * Under the collection's timeline: who reported the chosen event (each
 * outlet with its own figure, "2 killed (Reuters) · 3 killed (AFP)"), why
 * the reports were fused, and the Split and Merge With… buttons, which
 * activate the window's win.split-event and win.merge-event; with three
 * reports or more, each has a button of its own (win.split-report, with
 * its article and event: "(xs)").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "marsad-collection.h"

G_BEGIN_DECLS

#define MARSAD_TYPE_FUSED_EVENT_PANEL (marsad_fused_event_panel_get_type ())

G_DECLARE_FINAL_TYPE (MarsadFusedEventPanel, marsad_fused_event_panel, MARSAD, FUSED_EVENT_PANEL, GtkWidget)

GtkWidget  *marsad_fused_event_panel_new         (void);
/* Shows event (copied from; NULL shows nothing). */
void        marsad_fused_event_panel_set_event   (MarsadFusedEventPanel       *self,
                                                  const MarsadCollectionEvent *event);
/* While the user chooses the event to merge with: says so. */
void        marsad_fused_event_panel_set_merging (MarsadFusedEventPanel       *self,
                                                  gboolean                     merging);
/* The figures line and the reason, as shown (for tests). */
const char *marsad_fused_event_panel_get_figures (MarsadFusedEventPanel       *self);
const char *marsad_fused_event_panel_get_reason  (MarsadFusedEventPanel       *self);

/* "2 killed (Reuters) · 3 killed (AFP)": each report's own figure, named
 * by its outlet (the title when it has none); NULL when none gives one. */
char       *marsad_format_source_figures         (const MarsadCollectionEvent *event);
/* The translated reason of a fusion (the library stores it in English). */
const char *marsad_fusion_reason_label           (const char                  *reason);

G_END_DECLS
