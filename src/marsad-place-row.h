/* marsad-place-row.h: one place of the article's list of places
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "marsad-document.h"

G_BEGIN_DECLS

#define MARSAD_TYPE_PLACE_ROW (marsad_place_row_get_type ())

G_DECLARE_FINAL_TYPE (MarsadPlaceRow, marsad_place_row, MARSAD, PLACE_ROW, GtkListBoxRow)

/* Shows place of doc: its Arabic name over its English name and role. */
GtkWidget  *marsad_place_row_new          (const MarsadDocument *doc,
                                           const MarsadPlace    *place);
const char *marsad_place_row_get_place_id (MarsadPlaceRow *self);

G_END_DECLS
