/* marsad-article-view.h: the article text with its entities highlighted
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "marsad-document.h"

G_BEGIN_DECLS

#define MARSAD_TYPE_ARTICLE_VIEW (marsad_article_view_get_type ())

G_DECLARE_FINAL_TYPE (MarsadArticleView, marsad_article_view, MARSAD, ARTICLE_VIEW, GtkWidget)

GtkWidget *marsad_article_view_new                (void);
/* doc must stay alive while shown; call again after it changes. */
void       marsad_article_view_set_document       (MarsadArticleView    *self,
                                                   const MarsadDocument *doc);
/* Marks every mention of the place (NULL clears) and scrolls to the first. */
void       marsad_article_view_highlight_place    (MarsadArticleView    *self,
                                                   const char           *place_id);
/* Marks the sentence (G_MAXUINT clears) and scrolls to it. */
void       marsad_article_view_highlight_sentence (MarsadArticleView    *self,
                                                   guint                 sentence);
/* The place mentioned at a character offset, or NULL. */
const char *marsad_article_view_place_at          (MarsadArticleView    *self,
                                                   guint                 offset);
/* The event whose trigger, else whose sentence, holds offset, or NULL. */
const char *marsad_article_view_event_at          (MarsadArticleView    *self,
                                                   guint                 offset);
/* The index of the statement quoted at offset, or -1. */
int        marsad_article_view_statement_at       (MarsadArticleView    *self,
                                                   guint                 offset);
/* What a click at offset does: emits ::place-activated for a place,
 * ::statement-activated for a quote, else ::event-activated for an event's
 * sentence, without scrolling the text. FALSE when nothing is there. */
gboolean   marsad_article_view_activate_at        (MarsadArticleView    *self,
                                                   guint                 offset);
/* How many characters carry the place highlight (for tests). */
guint      marsad_article_view_count_highlighted  (MarsadArticleView    *self);
GtkTextView *marsad_article_view_get_text_view    (MarsadArticleView    *self);

G_END_DECLS
