/* marsad-event-row.h: one event of the timeline
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "marsad-document.h"

G_BEGIN_DECLS

#define MARSAD_TYPE_EVENT_ROW (marsad_event_row_get_type ())

G_DECLARE_FINAL_TYPE (MarsadEventRow, marsad_event_row, MARSAD, EVENT_ROW, GtkListBoxRow)

/* Shows event of doc: type, date, place, actors, casualties, and what was
 * said about it and who reported its casualties behind an expander.
 * Emits ::edit when its edit button is clicked. */
GtkWidget  *marsad_event_row_new            (const MarsadDocument *doc,
                                             const MarsadEvent    *event);
const char *marsad_event_row_get_event_id   (MarsadEventRow *self);
const char *marsad_event_row_get_place_id   (MarsadEventRow *self);
gboolean    marsad_event_row_is_background  (MarsadEventRow *self);
/* The statements and sources shown, one a line (for tests). */
char       *marsad_event_row_dup_details    (MarsadEventRow *self);

G_END_DECLS
