/* marsad-place-list.h: every place of the article, the keyboard path to the markers
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "marsad-document.h"

G_BEGIN_DECLS

#define MARSAD_TYPE_PLACE_LIST (marsad_place_list_get_type ())

G_DECLARE_FINAL_TYPE (MarsadPlaceList, marsad_place_list, MARSAD, PLACE_LIST, GtkWidget)

GtkWidget  *marsad_place_list_new          (void);
void        marsad_place_list_set_document (MarsadPlaceList      *self,
                                            const MarsadDocument *doc);
void        marsad_place_list_select_place (MarsadPlaceList      *self,
                                            const char           *place_id);
/* The place's English name to show, or NULL: a name the extractor
 * romanised itself (a place it did not find in the gazetteer) reads as
 * nonsense ("Am alshwyjat"), so such a place shows its Arabic name alone. */
const char *marsad_place_english_name      (const MarsadPlace    *place);
/* A translated word for a place's role ("Event site", "Context", "Actor"). */
const char *marsad_place_role_label        (const MarsadDocument *doc,
                                            const MarsadPlace    *place);

G_END_DECLS
