/* marsad-window.h: the main window: article, map and timeline, linked
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "marsad-analysis.h"
#include "marsad-application.h"

G_BEGIN_DECLS

#define MARSAD_TYPE_WINDOW (marsad_window_get_type ())

G_DECLARE_FINAL_TYPE (MarsadWindow, marsad_window, MARSAD, WINDOW, AdwApplicationWindow)

MarsadWindow   *marsad_window_new            (MarsadApplication *app);
/* A new window on file, read and analysed while the window is built. */
MarsadWindow   *marsad_window_new_for_file   (MarsadApplication *app,
                                              GFile             *file,
                                              const GDate       *published);
gboolean        marsad_window_is_empty       (MarsadWindow      *self);
/* TRUE while an article is being read or analysed. */
gboolean        marsad_window_is_busy        (MarsadWindow      *self);
/* published may be NULL (a dateline or today then). The open work stays
 * until the new file is ready; a failure shows a toast and keeps it. */
void            marsad_window_load_file      (MarsadWindow      *self,
                                              GFile             *file,
                                              const GDate       *published);
void            marsad_window_load_text      (MarsadWindow      *self,
                                              const char        *text,
                                              const GDate       *published);
/* Gives up the article being read or analysed, if any (the window being
 * destroyed: see marsad-application.c). */
void            marsad_window_cancel_load    (MarsadWindow      *self);
/* Presents the window once the article being loaded is shown (or after a
 * short while when that takes long): a new window then never shows its
 * empty page first. */
void            marsad_window_present_when_loaded (MarsadWindow *self);
void            marsad_window_set_published  (MarsadWindow      *self,
                                              const GDate       *published);
void            marsad_window_show_error     (MarsadWindow      *self,
                                              const char        *message);
MarsadAnalysis *marsad_window_get_analysis   (MarsadWindow      *self);
gboolean        marsad_window_save_analysis  (MarsadWindow      *self,
                                              const char        *path,
                                              GError           **error);
/* The events as GeoJSON, CSV or KML, after path's extension. */
gboolean        marsad_window_export_events  (MarsadWindow      *self,
                                              const char        *path,
                                              GError           **error);

/* Linking, as the user's clicks do it. */
void            marsad_window_select_place   (MarsadWindow      *self,
                                              const char        *place_id);
void            marsad_window_select_event   (MarsadWindow      *self,
                                              const char        *event_id);

/* Corrections, as the panel's buttons and the dialogs make them; each can
 * be undone. */
void            marsad_window_move_place     (MarsadWindow      *self,
                                              const char        *place_id,
                                              const MarsadGazetteerRecord *record);
void            marsad_window_remove_place   (MarsadWindow      *self,
                                              const char        *place_id);
/* date: "YYYY-MM-DD", "YYYY-MM", "YYYY" or NULL; place_id may be NULL */
void            marsad_window_edit_event     (MarsadWindow      *self,
                                              const char        *event_id,
                                              const char        *type,
                                              const char        *date,
                                              const char        *place_id);
gboolean        marsad_window_undo           (MarsadWindow      *self);
gboolean        marsad_window_redo           (MarsadWindow      *self);
/* Whether there are corrections since the analysis was opened or saved. */
gboolean        marsad_window_has_unsaved_changes (MarsadWindow *self);
/* The Save/Discard/Cancel question shown while closing, or NULL. */
GtkWindow      *marsad_window_get_close_dialog (MarsadWindow   *self);
/* The last toast shown, while it is shown (for tests). */
AdwToast       *marsad_window_get_last_toast (MarsadWindow      *self);

/* The Keyboard Shortcuts window, built the first time it is asked for. */
GtkShortcutsWindow *marsad_window_ensure_help_overlay (MarsadWindow *self);

/* Opens Find with query typed in; returns the number of hits listed. */
guint           marsad_window_search         (MarsadWindow      *self,
                                              const char        *query);

/* For tests. */
GtkWidget      *marsad_window_get_map_view     (MarsadWindow *self);
GtkWidget      *marsad_window_get_article_view (MarsadWindow *self);
GtkWidget      *marsad_window_get_event_list   (MarsadWindow *self);
GtkWidget      *marsad_window_get_place_panel  (MarsadWindow *self);
/* The last message shown in a toast, or NULL. */
const char     *marsad_window_get_last_error   (MarsadWindow *self);

G_END_DECLS
