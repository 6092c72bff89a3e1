/* marsad-collection-window-private.h: shared by the collection window's files
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-article-view.h"
#include "marsad-collection-service.h"
#include "marsad-collection-window.h"
#include "marsad-fused-event-panel.h"

typedef struct _MarsadImportJob MarsadImportJob;

G_BEGIN_DECLS

struct _MarsadCollectionWindow
{
  AdwApplicationWindow     parent_instance;

  /* template */
  AdwToastOverlay         *toast_overlay;
  AdwWindowTitle          *window_title;
  GtkWidget               *back_button;
  MarsadCollectionSidebar *sidebar;
  GtkStack                *content_stack;
  AdwStatusPage           *error_page;
  MarsadCollectionFilters *filters;
  MarsadMapWidget         *map;
  GtkLabel                *events_label;
  GtkWidget               *show_all_button;
  MarsadEventList         *timeline;
  GtkRevealer             *event_revealer;
  MarsadFusedEventPanel   *event_panel;
  GtkActionBar            *import_bar;
  GtkLabel                *import_label;
  GtkProgressBar          *import_progress;
  GtkWidget               *import_cancel_button;
  MarsadArticleView       *article_view;
  MarsadMapWidget         *article_map;
  MarsadEventList         *article_events;

  MarsadApplication       *app;
  GFile                   *file;
  MarsadCollectionService *service;

  /* requests in flight; a newer one of a kind cancels the older */
  guint                    pending;
  GCancellable            *events_cancellable;
  GCancellable            *histogram_cancellable;
  GCancellable            *articles_cancellable;
  GCancellable            *article_cancellable;
  gboolean                 opened;          /* the first answer came */

  guint                    n_total;         /* events under no filter */
  GPtrArray               *events;          /* MarsadCollectionEvent *: filtered */
  MarsadDocument          *events_doc;      /* events as one document: map */
  MarsadDocument          *timeline_doc;    /* NULL: the timeline shows events_doc */
  char                    *summary;
  gint64                   selected_event;

  gint64                   article_id;      /* -1: the collection view */
  MarsadDocument          *article_doc;

  /* import (marsad-collection-window-import.c) */
  MarsadImportJob         *import;          /* NULL: none running */
  guint                    import_done;     /* the last import's progress */
  guint                    import_total;
  char                    *import_report;   /* the last import's toast */
  char                    *import_details;  /* its unreadable files, one a line */
  gboolean                 closing;         /* disposed: answers change nothing */

  /* split and merge (marsad-collection-window-fusion.c) */
  gint64                   merging;         /* the event to merge, or -1 */
  gint64                   follow_article;  /* after a change, select the event */
  char                    *follow_event;    /* reported as this one (or NULL) */
  guint                    changes;         /* split or merge requests unanswered */
};

/* marsad-collection-window-queries.c */
void marsad_collection_window_open         (MarsadCollectionWindow *self);
/* Asks again for what the filters and the search let through; with
 * dates_only, the histogram's counts stay. */
void marsad_collection_window_refresh      (MarsadCollectionWindow *self,
                                            gboolean                dates_only);
void marsad_collection_window_list_articles (MarsadCollectionWindow *self);
/* After the collection changed: the articles, the days and the events. */
void marsad_collection_window_reload       (MarsadCollectionWindow *self);
void marsad_collection_window_show_error   (MarsadCollectionWindow *self,
                                            const char             *message);
/* The timeline: every filtered event, or only those at one place */
void marsad_collection_window_show_timeline (MarsadCollectionWindow *self,
                                             const MarsadPlace      *at);

/* marsad-collection-window-import.c: an import, its progress and report */
void marsad_collection_window_init_import  (MarsadCollectionWindow *self);
void marsad_collection_window_cancel_import (MarsadCollectionWindow *self);
void marsad_collection_window_clear_import (MarsadCollectionWindow *self);

/* marsad-collection-window-sources.c: Open, folders, drops, paste */
void marsad_collection_window_init_sources (MarsadCollectionWindow *self);
void marsad_collection_window_class_init_sources (GtkWidgetClass   *widget_class);

/* marsad-collection-window-fusion.c: split and merge */
void marsad_collection_window_class_init_fusion (GtkWidgetClass    *widget_class);
/* The event chosen (event-activated on the timeline or the map): TRUE when
 * it was taken as the other event of a merge. */
gboolean marsad_collection_window_choose_event (MarsadCollectionWindow *self,
                                                gint64                  event_id);
/* The events changed or the selection did: the panel follows. */
void marsad_collection_window_update_event_panel (MarsadCollectionWindow *self);

/* marsad-collection-window-export.c: exports follow the filters */
void     marsad_collection_window_export_events_action (GtkWidget  *widget,
                                                        const char *action_name,
                                                        GVariant   *parameter);
void     marsad_collection_window_export_map_action    (GtkWidget  *widget,
                                                        const char *action_name,
                                                        GVariant   *parameter);

G_END_DECLS
