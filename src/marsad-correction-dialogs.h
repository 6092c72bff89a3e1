/* marsad-correction-dialogs.h: fixing what the extraction got wrong
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "marsad-document.h"
#include "marsad-gazetteer.h"

G_BEGIN_DECLS

/* Called with the chosen gazetteer record when the user confirms. */
typedef void (*MarsadMovePlaceFunc) (const char                  *place_id,
                                     const MarsadGazetteerRecord *record,
                                     gpointer                     user_data);

/* Called with the new values when the user saves; date is "YYYY-MM-DD",
 * "YYYY-MM" or "YYYY"; place_id may be NULL (no place). */
typedef void (*MarsadEditEventFunc) (const char *event_id,
                                     const char *type,
                                     const char *date,
                                     const char *place_id,
                                     gpointer    user_data);

/* user_data must outlive the dialog (the parent window does: the dialog is
 * modal and destroyed with it). */
GtkWindow *marsad_move_place_dialog_new (GtkWindow           *parent,
                                         MarsadGazetteer     *gazetteer,
                                         const MarsadPlace   *place,
                                         MarsadMovePlaceFunc  func,
                                         gpointer             user_data);
GtkWindow *marsad_edit_event_dialog_new (GtkWindow            *parent,
                                         const MarsadDocument *doc,
                                         const MarsadEvent    *event,
                                         MarsadEditEventFunc   func,
                                         gpointer              user_data);

/* Applies a gazetteer record to a place (name, coordinates, kind, ...). */
void       marsad_correction_move_place (MarsadPlace                 *place,
                                         const MarsadGazetteerRecord *record);
/* Removes a place: its events lose their place, statements forget it. */
void       marsad_correction_remove_place (MarsadDocument *doc,
                                           const char     *place_id);
/* TRUE for "YYYY-MM-DD", "YYYY-MM" and "YYYY" with a real date. */
gboolean   marsad_date_string_is_valid  (const char *date);

G_END_DECLS
