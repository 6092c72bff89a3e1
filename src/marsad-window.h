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
