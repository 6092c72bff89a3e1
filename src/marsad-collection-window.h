/* marsad-collection-window.h: a collection's articles, map and timeline
 *
 * The sidebar lists the articles; the collection view shows every event of
 * the filtered articles on one map and one timeline, and selecting an
 * article shows its own analysis. Every database request goes through a
 * MarsadCollectionService: the main loop never waits for SQLite.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "marsad-application.h"
#include "marsad-collection.h"
#include "marsad-collection-filters.h"
#include "marsad-collection-sidebar.h"
#include "marsad-event-list.h"
#include "marsad-fused-event-panel.h"
#include "marsad-map-widget.h"

G_BEGIN_DECLS

#define MARSAD_TYPE_COLLECTION_WINDOW (marsad_collection_window_get_type ())

G_DECLARE_FINAL_TYPE (MarsadCollectionWindow, marsad_collection_window, MARSAD, COLLECTION_WINDOW, AdwApplicationWindow)

/* TRUE for a collection (FILE.marsad), which opens in this window. */
gboolean                 marsad_collection_window_handles      (GFile                  *file);
/* Opens file (FILE.marsad) at once; the window fills in as answers come. */
MarsadCollectionWindow  *marsad_collection_window_new          (MarsadApplication      *app,
                                                                GFile                  *file);
/* The collection's file. */
GFile                   *marsad_collection_window_get_file     (MarsadCollectionWindow *self);
/* TRUE while a request to the collection is unanswered. */
gboolean                 marsad_collection_window_is_busy      (MarsadCollectionWindow *self);
/* The events the filters let through (MarsadCollectionEvent *), as the map,
 * the timeline and the exports show them; NULL before the first answer. */
GPtrArray               *marsad_collection_window_get_events   (MarsadCollectionWindow *self);
/* Events of the collection under no filter. */
guint                    marsad_collection_window_get_n_total  (MarsadCollectionWindow *self);
/* The line above the timeline ("12 of 340 events"). */
const char              *marsad_collection_window_get_summary  (MarsadCollectionWindow *self);
/* The article shown on its own, or -1 for the collection view. */
gint64                   marsad_collection_window_get_article  (MarsadCollectionWindow *self);
/* The fused event last chosen on the map or the timeline, or -1. */
gint64                   marsad_collection_window_get_selected_event (MarsadCollectionWindow *self);
/* Writes the filtered events to path; the format from its extension
 * (.json, .geojson, .csv, .kml). */
gboolean                 marsad_collection_window_export_events (MarsadCollectionWindow *self,
                                                                 const char             *path,
                                                                 GError                **error);
/* Adds the files and folders (recursively) at paths, off the main loop,
 * with a progress bar and a Cancel button; the sidebar, the map and the
 * timeline follow when it is done, and a toast tells how it went. The
 * window's Open, folder, drop and paste all come here. A collection among
 * the paths (.marsad) is opened in its own window, not added. */
void                     marsad_collection_window_import       (MarsadCollectionWindow *self,
                                                                const char *const      *paths);
/* One article from text (pasted or dropped). */
void                     marsad_collection_window_import_text  (MarsadCollectionWindow *self,
                                                                const char             *text);
/* TRUE while an import runs; *done of *total inputs (total 0 while
 * counting); once it ended, where the last import got to. */
gboolean                 marsad_collection_window_get_import_progress (MarsadCollectionWindow *self,
                                                                       guint                  *done,
                                                                       guint                  *total);
/* The last import's summary ("Added 3 articles (1 already in the
 * collection, 1 unreadable)") and its unreadable files ("name: problem",
 * one a line), or NULL. */
const char              *marsad_collection_window_get_import_report  (MarsadCollectionWindow *self);
const char              *marsad_collection_window_get_import_details (MarsadCollectionWindow *self);
/* The event the fusion panel shows (-1: none), and while a merge waits
 * for its other event, that event's id (-1: none). */
gint64                   marsad_collection_window_get_merging  (MarsadCollectionWindow *self);
MarsadFusedEventPanel   *marsad_collection_window_get_event_panel (MarsadCollectionWindow *self);
/* Why the collection could not be opened (shown instead of it), or NULL. */
const char              *marsad_collection_window_get_error    (MarsadCollectionWindow *self);
MarsadCollectionFilters *marsad_collection_window_get_filters  (MarsadCollectionWindow *self);
MarsadCollectionSidebar *marsad_collection_window_get_sidebar  (MarsadCollectionWindow *self);
MarsadMapWidget         *marsad_collection_window_get_map      (MarsadCollectionWindow *self);
MarsadEventList         *marsad_collection_window_get_timeline (MarsadCollectionWindow *self);

G_END_DECLS
