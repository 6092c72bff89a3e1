/* marsad-collection-sidebar.h: the articles of a collection
 *
 * One row an article (title, outlet, date, number of events), a search
 * entry (the collection's full-text search: the window runs it) and a sort.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "marsad-collection.h"

G_BEGIN_DECLS

typedef enum
{
  MARSAD_ARTICLE_SORT_NEWEST,
  MARSAD_ARTICLE_SORT_OLDEST,
  MARSAD_ARTICLE_SORT_EVENTS,
  MARSAD_ARTICLE_SORT_OUTLET,
} MarsadArticleSort;

#define MARSAD_TYPE_COLLECTION_SIDEBAR (marsad_collection_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (MarsadCollectionSidebar, marsad_collection_sidebar, MARSAD, COLLECTION_SIDEBAR, GtkWidget)

GtkWidget  *marsad_collection_sidebar_new           (void);
/* articles: MarsadArticleInfo *; the sidebar keeps a reference. The
 * selection stays when its article is still listed. */
void        marsad_collection_sidebar_set_articles  (MarsadCollectionSidebar *self,
                                                     GPtrArray               *articles);
guint       marsad_collection_sidebar_get_n_articles (MarsadCollectionSidebar *self);
/* The search text (NULL when empty), as ::search-changed reports it. */
const char *marsad_collection_sidebar_get_search    (MarsadCollectionSidebar *self);
void        marsad_collection_sidebar_set_search    (MarsadCollectionSidebar *self,
                                                     const char              *text);
void        marsad_collection_sidebar_set_sort      (MarsadCollectionSidebar *self,
                                                     MarsadArticleSort        sort);
/* The article ids in display order; free with g_free(). */
gint64     *marsad_collection_sidebar_dup_order     (MarsadCollectionSidebar *self,
                                                     guint                   *n);
/* -1 when none is selected. Selecting emits ::article-selected (id or -1). */
gint64      marsad_collection_sidebar_get_selected  (MarsadCollectionSidebar *self);
gboolean    marsad_collection_sidebar_select        (MarsadCollectionSidebar *self,
                                                     gint64                   article_id);

G_END_DECLS
