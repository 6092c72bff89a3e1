/* marsad-window-private.h: what the window's source files share
 *
 * MarsadWindow is one widget written in four files, each doing one thing:
 *
 *  - marsad-window.c: the object, its template, and keeping the text, the
 *    map and the lists in agreement (refresh, selection);
 *  - marsad-window-loading.c: reading and analysing an article off the
 *    main thread, with a progress bar, and a new publication date;
 *  - marsad-window-actions.c: the window's actions (save, export, paste,
 *    fit) and drag and drop;
 *  - marsad-window-corrections.c: the user's fixes to places and events;
 *  - marsad-window-search.c: Find over the places and events;
 *  - marsad-window-history.c: undo, redo and unsaved corrections;
 *  - marsad-window-settings.c: the size and the application's settings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-article-view.h"
#include "marsad-event-list.h"
#include "marsad-map-widget.h"
#include "marsad-place-list.h"
#include "marsad-place-panel.h"
#include "marsad-window.h"

G_BEGIN_DECLS

struct _MarsadWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwHeaderBar         *header_bar;
  GtkLabel             *title_label;
  GtkMenuButton        *date_button;
  GtkLabel             *date_label;
  GtkPopover           *date_popover;
  GtkCalendar          *calendar;
  GtkProgressBar       *progress_bar;
  GtkStack             *main_stack;
  MarsadArticleView    *article_view;
  MarsadMapWidget      *map_view;
  AdwFlap              *side_flap;
  GtkWidget            *side_button;
  guint                 side_button_source;
  GtkStack             *side_stack;
  MarsadEventList      *event_list;
  MarsadPlaceList      *place_list;
  MarsadPlacePanel     *place_panel;
  GMenu                *recent_submenu;
  GMenuModel           *primary_menu;
  GtkMenuButton        *menu_button;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkLabel             *search_empty;
  GtkWidget            *search_scroller;
  GtkListBox           *search_results;

  GSettings            *settings;
  gboolean              joined_application;
  MarsadAnalysis       *analysis;
  GCancellable         *cancellable;
  MarsadProgress       *progress;
  guint                 progress_source;
  guint                 present_source;
  gint64                load_started;
  gboolean              updating_calendar;
  gboolean              show_background;
  char                 *last_error;
  char                 *error_summary;
  char                 *loading_name;   /* what is being opened, for messages */
  AdwToast             *last_toast;     /* weak */

  /* marsad-window-history.c */
  GPtrArray            *undo_stack;
  GPtrArray            *redo_stack;
  guint                 serial;
  guint                 next_serial;
  guint                 saved_serial;
  char                 *save_path;
  GtkWindow            *close_dialog;
  gboolean              discard_on_close;
  gboolean              close_after_save;
};

/* marsad-window.c */
MarsadApplication *marsad_window_get_app       (MarsadWindow   *self);
/* The open document, or NULL. */
MarsadDocument    *marsad_window_get_document  (MarsadWindow   *self);
void               marsad_window_show_info     (MarsadWindow   *self,
                                                const char     *message);
/* Shows a new analysis (NULL: none), fitting the map to it. */
void               marsad_window_set_analysis  (MarsadWindow   *self,
                                                MarsadAnalysis *analysis);
void               marsad_window_refresh       (MarsadWindow   *self,
                                                gboolean        fit);

void               marsad_window_update_title  (MarsadWindow   *self);
/* A toast in plain words; details, when given, behind its Details button. */
void               marsad_window_show_error_details (MarsadWindow *self,
                                                     const char   *summary,
                                                     const char   *details);
/* Shows a toast and keeps it as the last one (for tests). */
void               marsad_window_add_toast     (MarsadWindow   *self,
                                                AdwToast       *toast);

/* marsad-window-history.c */
void               marsad_window_reset_history (MarsadWindow   *self);
void               marsad_window_free_history  (MarsadWindow   *self);
/* Keeps the document as it is, for undo: call before each correction. */
void               marsad_window_begin_change  (MarsadWindow   *self);
void               marsad_window_mark_saved    (MarsadWindow   *self,
                                                const char     *path);
gboolean           marsad_window_can_undo      (MarsadWindow   *self);
gboolean           marsad_window_can_redo      (MarsadWindow   *self);
/* TRUE when the window may close now; otherwise asks, and closes later. */
gboolean           marsad_window_confirm_close (MarsadWindow   *self);

/* marsad-window-loading.c */
void               marsad_window_stop_progress (MarsadWindow   *self);
void               marsad_window_stop_present  (MarsadWindow   *self);
void               marsad_window_calendar_day_selected_cb (MarsadWindow *self);

/* marsad-window-actions.c */
void               marsad_window_class_add_actions (GtkWidgetClass *widget_class);
void               marsad_window_init_actions      (MarsadWindow   *self);
/* Enables the actions that need an open document. */
void               marsad_window_update_actions    (MarsadWindow   *self);

/* marsad-window-settings.c */
void               marsad_window_save_state            (MarsadWindow  *self);
/* notify::application */
void               marsad_window_application_changed_cb (MarsadWindow *self);

/* marsad-window-search.c */
void               marsad_window_start_search          (MarsadWindow  *self);
void               marsad_window_search_changed_cb     (MarsadWindow  *self);
void               marsad_window_search_activate_cb    (MarsadWindow  *self);
void               marsad_window_search_stop_cb        (MarsadWindow  *self);
void               marsad_window_search_row_activated_cb (MarsadWindow  *self,
                                                          GtkListBoxRow *row);

/* marsad-window-corrections.c: template callbacks */
void               marsad_window_move_place_cb   (MarsadWindow *self,
                                                  const char   *place_id);
void               marsad_window_remove_place_cb (MarsadWindow *self,
                                                  const char   *place_id);
void               marsad_window_edit_event_cb   (MarsadWindow *self,
                                                  const char   *event_id);

G_END_DECLS
