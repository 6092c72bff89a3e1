/* marsad-collection-window-private.h: shared by the collection window's files
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-article-view.h"
#include "marsad-collection-service.h"
#include "marsad-collection-window.h"

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
};

/* marsad-collection-window-queries.c */
void marsad_collection_window_open         (MarsadCollectionWindow *self);
/* Asks again for what the filters and the search let through; with
 * dates_only, the histogram's counts stay. */
void marsad_collection_window_refresh      (MarsadCollectionWindow *self,
                                            gboolean                dates_only);
void marsad_collection_window_list_articles (MarsadCollectionWindow *self);
void marsad_collection_window_show_error   (MarsadCollectionWindow *self,
                                            const char             *message);
/* The timeline: every filtered event, or only those at one place */
void marsad_collection_window_show_timeline (MarsadCollectionWindow *self,
                                             const MarsadPlace      *at);

/* marsad-collection-window-export.c: exports follow the filters */
void     marsad_collection_window_export_events_action (GtkWidget  *widget,
                                                        const char *action_name,
                                                        GVariant   *parameter);
void     marsad_collection_window_export_map_action    (GtkWidget  *widget,
                                                        const char *action_name,
                                                        GVariant   *parameter);

G_END_DECLS
