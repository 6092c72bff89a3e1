/* marsad-event-list.h: the timeline of the article's events
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "marsad-document.h"

G_BEGIN_DECLS

#define MARSAD_TYPE_EVENT_LIST (marsad_event_list_get_type ())

G_DECLARE_FINAL_TYPE (MarsadEventList, marsad_event_list, MARSAD, EVENT_LIST, GtkWidget)

GtkWidget *marsad_event_list_new            (void);
void       marsad_event_list_set_document   (MarsadEventList      *self,
                                             const MarsadDocument *doc,
                                             gboolean              show_background);
/* Selects the row without emitting ::event-activated. */
void       marsad_event_list_select_event   (MarsadEventList      *self,
                                             const char           *event_id);
/* Marks the rows of the place's events (NULL clears), selects the first and
 * scrolls it into view; returns how many. */
guint      marsad_event_list_mark_place       (MarsadEventList *self,
                                               const char      *place_id);
/* How many rows are marked (for tests). */
guint      marsad_event_list_count_marked     (MarsadEventList *self);
/* The selected event's id, or NULL. */
const char *marsad_event_list_get_selected_event (MarsadEventList *self);
/* The event step rows after the selected one (before it when negative),
 * stopping at either end; the first or last when none is selected. */
const char *marsad_event_list_get_adjacent_event (MarsadEventList *self,
                                                  int              step);
/* Whether the event's row is wholly inside the scrolled page (for tests). */
gboolean   marsad_event_list_get_row_in_view (MarsadEventList *self,
                                              const char      *event_id);
/* As if the user activated the row: emits ::event-activated. */
gboolean   marsad_event_list_activate_event (MarsadEventList      *self,
                                             const char           *event_id);
/* The statements and sources the event's row shows, one a line; NULL
 * when the event has no row (for tests). */
char      *marsad_event_list_dup_event_details (MarsadEventList *self,
                                                const char      *event_id);
guint      marsad_event_list_get_n_rows     (MarsadEventList      *self);
/* What the list says when it has no event (under "No Events"). */
void       marsad_event_list_set_empty_text (MarsadEventList      *self,
                                             const char           *description);
/* The event ids in display order (for tests); free with g_strfreev(). */
char     **marsad_event_list_dup_order      (MarsadEventList      *self);

/* Shared by the timeline and the place panel. */
/* The translated name of an ACLED event type. */
const char *marsad_event_type_label         (const char           *event_type);
char      *marsad_format_event_date         (const MarsadEvent    *event);
char      *marsad_format_casualties         (const MarsadEvent    *event);
GtkWidget *marsad_event_type_icon_new       (const char           *event_type,
                                             gboolean              background);

G_END_DECLS
