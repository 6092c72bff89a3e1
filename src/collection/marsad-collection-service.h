/* marsad-collection-service.h: a collection for the UI, off the main loop
 *
 * Like Epiphany's history service: one worker thread owns the SQLite
 * connection and runs the requests it is sent, one at a time, in the order
 * they were made; each result (and each import progress report) comes back
 * on the main context that was the thread-default where the request was
 * made. The main loop never waits for the database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "marsad-collection.h"
#include "marsad-collection-import.h"

G_BEGIN_DECLS

#define MARSAD_TYPE_COLLECTION_SERVICE (marsad_collection_service_get_type ())
G_DECLARE_FINAL_TYPE (MarsadCollectionService, marsad_collection_service,
                      MARSAD, COLLECTION_SERVICE, GObject)

/* Nothing is opened yet: the first request opens path (creating it when
 * create is TRUE and it does not exist) and reports any failure. */
MarsadCollectionService *marsad_collection_service_new (const char *path,
                                                        gboolean    create);
const char *marsad_collection_service_get_path (MarsadCollectionService *self);

void        marsad_collection_service_list_articles_async  (MarsadCollectionService *self,
                                                            const char              *text,
                                                            GCancellable            *cancellable,
                                                            GAsyncReadyCallback      callback,
                                                            gpointer                 user_data);
/* MarsadArticleInfo * */
GPtrArray  *marsad_collection_service_list_articles_finish (MarsadCollectionService *self,
                                                            GAsyncResult            *result,
                                                            GError                 **error);

void        marsad_collection_service_query_events_async   (MarsadCollectionService      *self,
                                                            const MarsadCollectionFilter *filter,
                                                            GCancellable                 *cancellable,
                                                            GAsyncReadyCallback           callback,
                                                            gpointer                      user_data);
/* MarsadCollectionEvent * */
GPtrArray  *marsad_collection_service_query_events_finish  (MarsadCollectionService *self,
                                                            GAsyncResult            *result,
                                                            GError                 **error);

void        marsad_collection_service_load_document_async  (MarsadCollectionService *self,
                                                            gint64                   article_id,
                                                            GCancellable            *cancellable,
                                                            GAsyncReadyCallback      callback,
                                                            gpointer                 user_data);
MarsadDocument *marsad_collection_service_load_document_finish (MarsadCollectionService *self,
                                                                GAsyncResult            *result,
                                                                GError                 **error);

/* Files and folders; progress (may be NULL) is called on the caller's main
 * context after each article. Cancelling stops between articles: what was
 * stored stays, and is fused. */
void        marsad_collection_service_import_async         (MarsadCollectionService *self,
                                                            const char *const       *paths,
                                                            MarsadExtractor         *extractor,
                                                            MarsadImportFunc         progress,
                                                            gpointer                 progress_data,
                                                            GCancellable            *cancellable,
                                                            GAsyncReadyCallback      callback,
                                                            gpointer                 user_data);
/* One article's text (as pasted), named name in the progress reports;
 * finished with marsad_collection_service_import_finish(). */
void        marsad_collection_service_import_text_async    (MarsadCollectionService *self,
                                                            const char              *text,
                                                            const char              *name,
                                                            MarsadExtractor         *extractor,
                                                            MarsadImportFunc         progress,
                                                            gpointer                 progress_data,
                                                            GCancellable            *cancellable,
                                                            GAsyncReadyCallback      callback,
                                                            gpointer                 user_data);
gboolean    marsad_collection_service_import_finish        (MarsadCollectionService *self,
                                                            GAsyncResult            *result,
                                                            MarsadImportStats       *stats,
                                                            GError                 **error);

/* The user's fusion choices (see marsad_collection_split_event()). */
void        marsad_collection_service_split_event_async    (MarsadCollectionService *self,
                                                            gint64                   article_id,
                                                            const char              *event_id,
                                                            GCancellable            *cancellable,
                                                            GAsyncReadyCallback      callback,
                                                            gpointer                 user_data);
void        marsad_collection_service_merge_events_async   (MarsadCollectionService *self,
                                                            gint64                   event_a,
                                                            gint64                   event_b,
                                                            GCancellable            *cancellable,
                                                            GAsyncReadyCallback      callback,
                                                            gpointer                 user_data);
/* For split and merge. */
gboolean    marsad_collection_service_change_finish        (MarsadCollectionService *self,
                                                            GAsyncResult            *result,
                                                            GError                 **error);

G_END_DECLS
