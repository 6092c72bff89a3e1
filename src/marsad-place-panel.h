/* marsad-place-panel.h: one place, its events and what was said about them
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "marsad-document.h"

G_BEGIN_DECLS

#define MARSAD_TYPE_PLACE_PANEL (marsad_place_panel_get_type ())

G_DECLARE_FINAL_TYPE (MarsadPlacePanel, marsad_place_panel, MARSAD, PLACE_PANEL, GtkWidget)

GtkWidget  *marsad_place_panel_new             (void);
/* Shows place_id of doc; NULL shows nothing. */
void        marsad_place_panel_set_place       (MarsadPlacePanel     *self,
                                                const MarsadDocument *doc,
                                                const char           *place_id);
const char *marsad_place_panel_get_place_id    (MarsadPlacePanel     *self);
guint       marsad_place_panel_get_n_events    (MarsadPlacePanel     *self);
guint       marsad_place_panel_get_n_statements (MarsadPlacePanel    *self);
/* The line under the name: English name, kind, role (for tests). */
const char *marsad_place_panel_get_summary     (MarsadPlacePanel     *self);
/* The statements shown, "speaker: quote" one per line (for tests). */
char       *marsad_place_panel_dup_statements  (MarsadPlacePanel     *self);

G_END_DECLS
