/* marsad-article-view.c: the article text with its entities highlighted
 *
 * Each kind of entity has its own style that does not depend on colour
 * alone: event sites are bold and underlined, context places only
 * underlined, actors double-underlined, dates wavy-underlined, quotes
 * shaded and casualty figures bold.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "marsad-article-view.h"

struct _MarsadArticleView
{
  GtkWidget             parent_instance;

  GtkWidget            *scroller;
  GtkTextView          *text_view;
  GtkTextBuffer        *buffer;
  const MarsadDocument *doc;

  GtkTextTag           *title_tag;
  GtkTextTag           *event_tag;
  GtkTextTag           *context_tag;
  GtkTextTag           *actor_tag;
  GtkTextTag           *date_tag;
  GtkTextTag           *quote_tag;
  GtkTextTag           *casualty_tag;
  GtkTextTag           *sentence_tag;
  GtkTextTag           *selected_tag;
  /* set while a click in the text is handled: the text stays where it is */
  gboolean              clicked;
};

G_DEFINE_FINAL_TYPE (MarsadArticleView, marsad_article_view, GTK_TYPE_WIDGET)

enum { PLACE_ACTIVATED, EVENT_ACTIVATED, STATEMENT_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
set_tag_colors (GtkTextTag *tag,
                const char *fg,
                const char *bg)
{
  GdkRGBA rgba;

  if (fg != NULL && gdk_rgba_parse (&rgba, fg))
    g_object_set (tag, "foreground-rgba", &rgba, "underline-rgba", &rgba, NULL);
  else
    g_object_set (tag, "foreground-set", FALSE, NULL);
  if (bg != NULL && gdk_rgba_parse (&rgba, bg))
    g_object_set (tag, "background-rgba", &rgba, NULL);
  else
    g_object_set (tag, "background-set", FALSE, NULL);
}

static void
update_colors (MarsadArticleView *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  /* GNOME palette; each pair keeps at least 4.5:1 against the view. */
  set_tag_colors (self->event_tag, dark ? "#ff7b63" : "#a51d2d", NULL);
  set_tag_colors (self->context_tag, dark ? "#99c1f1" : "#1a5fb4", NULL);
  set_tag_colors (self->actor_tag, dark ? "#dc8add" : "#613583", NULL);
  set_tag_colors (self->date_tag, dark ? "#f8e45c" : "#865e3c", NULL);
  /* quotes are long: a faint shade, the text colour left alone so that
   * the entities inside stay readable */
  set_tag_colors (self->quote_tag, NULL,
                  dark ? "rgba(143,240,164,0.07)" : "rgba(38,162,105,0.07)");
  set_tag_colors (self->casualty_tag, dark ? "#f66151" : "#a51d2d", NULL);
  set_tag_colors (self->sentence_tag, NULL,
                  dark ? "rgba(98,160,234,0.25)" : "rgba(53,132,228,0.16)");
  set_tag_colors (self->selected_tag, "#000000", dark ? "#e5a50a" : "#f6d32d");
}

static void
create_tags (MarsadArticleView *self)
{
  self->title_tag = gtk_text_buffer_create_tag (self->buffer, "title",
                                                "weight", PANGO_WEIGHT_BOLD,
                                                "scale", 1.4,
                                                "pixels-below-lines", 12, NULL);
  self->quote_tag = gtk_text_buffer_create_tag (self->buffer, "quote", NULL);
  self->sentence_tag = gtk_text_buffer_create_tag (self->buffer, "sentence", NULL);
  self->context_tag = gtk_text_buffer_create_tag (self->buffer, "place-context",
                                                  "underline", PANGO_UNDERLINE_SINGLE, NULL);
  self->event_tag = gtk_text_buffer_create_tag (self->buffer, "place-event",
                                                "weight", PANGO_WEIGHT_BOLD,
                                                "underline", PANGO_UNDERLINE_SINGLE, NULL);
  self->actor_tag = gtk_text_buffer_create_tag (self->buffer, "actor",
                                                "underline", PANGO_UNDERLINE_DOUBLE, NULL);
  self->date_tag = gtk_text_buffer_create_tag (self->buffer, "date",
                                               "underline", PANGO_UNDERLINE_ERROR, NULL);
  self->casualty_tag = gtk_text_buffer_create_tag (self->buffer, "casualty",
                                                   "weight", PANGO_WEIGHT_BOLD, NULL);
  self->selected_tag = gtk_text_buffer_create_tag (self->buffer, "place-selected", NULL);
  update_colors (self);
}

static void
apply_tag (MarsadArticleView *self,
           GtkTextTag        *tag,
           guint              start,
           guint              end)
{
  GtkTextIter s, e;

  if (end <= start || self->doc == NULL || end > self->doc->n_chars)
    return;
  gtk_text_buffer_get_iter_at_offset (self->buffer, &s, (int) start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &e, (int) end);
  gtk_text_buffer_apply_tag (self->buffer, tag, &s, &e);
}

/* Actors are kept as strings: mark where they stand in their sentence. */
static void
tag_actors (MarsadArticleView    *self,
            const MarsadDocument *doc,
            const MarsadEvent    *event)
{
  const MarsadSpan *sentence;
  g_autofree char *text = NULL;

  if (event->actors == NULL || doc->sentences == NULL || event->sentence >= doc->sentences->len)
    return;
  sentence = &g_array_index (doc->sentences, MarsadSpan, event->sentence);
  text = marsad_document_dup_span (doc, sentence->start, sentence->end);
  for (guint i = 0; i < event->actors->len; i++)
    {
      const char *actor = g_ptr_array_index (event->actors, i);
      const char *found = actor != NULL && actor[0] != '\0' ? strstr (text, actor) : NULL;

      if (found != NULL)
        {
          guint start = sentence->start + (guint) g_utf8_pointer_to_offset (text, found);

          apply_tag (self, self->actor_tag, start, start + (guint) g_utf8_strlen (actor, -1));
        }
    }
}

void
marsad_article_view_set_document (MarsadArticleView    *self,
                                  const MarsadDocument *doc)
{
  GtkTextIter start;

  g_return_if_fail (MARSAD_IS_ARTICLE_VIEW (self));

  self->doc = doc;
  gtk_text_buffer_set_text (self->buffer, doc != NULL ? doc->text : "", -1);
  if (doc == NULL)
    return;

  if (doc->title != NULL && g_str_has_prefix (doc->text, doc->title))
    apply_tag (self, self->title_tag, 0, (guint) g_utf8_strlen (doc->title, -1));

  for (guint i = 0; i < doc->statements->len; i++)
    {
      const MarsadStatement *st = g_ptr_array_index (doc->statements, i);

      apply_tag (self, self->quote_tag, st->start, st->end);
    }

  for (guint i = 0; i < doc->places->len; i++)
    {
      const MarsadPlace *place = g_ptr_array_index (doc->places, i);

      for (guint j = 0; place->mentions != NULL && j < place->mentions->len; j++)
        {
          const MarsadMention *m = &g_array_index (place->mentions, MarsadMention, j);
          GtkTextTag *tag = m->role == MARSAD_ROLE_EVENT_SITE ? self->event_tag :
                            m->role == MARSAD_ROLE_ACTOR ? self->actor_tag : self->context_tag;

          apply_tag (self, tag, m->start, m->end);
        }
    }

  for (guint i = 0; i < doc->events->len; i++)
    {
      const MarsadEvent *event = g_ptr_array_index (doc->events, i);

      apply_tag (self, self->date_tag, event->date_span.start, event->date_span.end);
      tag_actors (self, doc, event);
      for (guint j = 0; event->fatality_reports != NULL && j < event->fatality_reports->len; j++)
        {
          const MarsadCasualtyReport *r = g_ptr_array_index (event->fatality_reports, j);

          apply_tag (self, self->casualty_tag, r->start, r->end);
        }
      for (guint j = 0; event->injury_reports != NULL && j < event->injury_reports->len; j++)
        {
          const MarsadCasualtyReport *r = g_ptr_array_index (event->injury_reports, j);

          apply_tag (self, self->casualty_tag, r->start, r->end);
        }
    }

  gtk_text_buffer_get_start_iter (self->buffer, &start);
  gtk_text_buffer_place_cursor (self->buffer, &start);
}

const char *
marsad_article_view_place_at (MarsadArticleView *self,
                              guint              offset)
{
  g_return_val_if_fail (MARSAD_IS_ARTICLE_VIEW (self), NULL);

  if (self->doc == NULL)
    return NULL;
  for (guint i = 0; i < self->doc->places->len; i++)
    {
      const MarsadPlace *place = g_ptr_array_index (self->doc->places, i);

      for (guint j = 0; place->mentions != NULL && j < place->mentions->len; j++)
        {
          const MarsadMention *m = &g_array_index (place->mentions, MarsadMention, j);

          if (offset >= m->start && offset < m->end)
            return place->id;
        }
    }
  return NULL;
}

const char *
marsad_article_view_event_at (MarsadArticleView *self,
                              guint              offset)
{
  const MarsadEvent *in_sentence = NULL;

  g_return_val_if_fail (MARSAD_IS_ARTICLE_VIEW (self), NULL);

  if (self->doc == NULL)
    return NULL;
  /* the event whose trigger words these are, else the first of the sentence */
  for (guint i = 0; i < self->doc->events->len; i++)
    {
      const MarsadEvent *event = g_ptr_array_index (self->doc->events, i);
      const MarsadSpan *span;

      if (offset >= event->trigger.start && offset < event->trigger.end)
        return event->id;
      if (in_sentence != NULL || self->doc->sentences == NULL || event->sentence >= self->doc->sentences->len)
        continue;
      span = &g_array_index (self->doc->sentences, MarsadSpan, event->sentence);
      if (offset >= span->start && offset < span->end)
        in_sentence = event;
    }
  return in_sentence != NULL ? in_sentence->id : NULL;
}

int
marsad_article_view_statement_at (MarsadArticleView *self,
                                  guint              offset)
{
  g_return_val_if_fail (MARSAD_IS_ARTICLE_VIEW (self), -1);

  if (self->doc == NULL)
    return -1;
  for (guint i = 0; i < self->doc->statements->len; i++)
    {
      const MarsadStatement *st = g_ptr_array_index (self->doc->statements, i);

      if (offset >= st->start && offset < st->end)
        return (int) i;
    }
  return -1;
}

static void
scroll_to_offset (MarsadArticleView *self,
                  guint              offset)
{
  GtkTextIter iter;
  GtkTextMark *mark;

  if (self->clicked)
    return;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &iter, (int) offset);
  mark = gtk_text_buffer_get_mark (self->buffer, "marsad-scroll");
  if (mark == NULL)
    mark = gtk_text_buffer_create_mark (self->buffer, "marsad-scroll", &iter, TRUE);
  else
    gtk_text_buffer_move_mark (self->buffer, mark, &iter);
  gtk_text_view_scroll_to_mark (self->text_view, mark, 0.05, TRUE, 0.0, 0.3);
}

void
marsad_article_view_highlight_place (MarsadArticleView *self,
                                     const char        *place_id)
{
  GtkTextIter start, end;
  const MarsadPlace *place;

  g_return_if_fail (MARSAD_IS_ARTICLE_VIEW (self));

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->selected_tag, &start, &end);
  if (self->doc == NULL || place_id == NULL)
    return;
  place = marsad_document_find_place (self->doc, place_id);
  if (place == NULL || place->mentions == NULL)
    return;
  for (guint j = 0; j < place->mentions->len; j++)
    {
      const MarsadMention *m = &g_array_index (place->mentions, MarsadMention, j);

      apply_tag (self, self->selected_tag, m->start, m->end);
    }
  if (place->mentions->len > 0)
    scroll_to_offset (self, g_array_index (place->mentions, MarsadMention, 0).start);
}

void
marsad_article_view_highlight_sentence (MarsadArticleView *self,
                                        guint              sentence)
{
  GtkTextIter start, end;
  const MarsadSpan *span;

  g_return_if_fail (MARSAD_IS_ARTICLE_VIEW (self));

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->sentence_tag, &start, &end);
  if (self->doc == NULL || self->doc->sentences == NULL || sentence >= self->doc->sentences->len)
    return;
  span = &g_array_index (self->doc->sentences, MarsadSpan, sentence);
  apply_tag (self, self->sentence_tag, span->start, span->end);
  scroll_to_offset (self, span->start);
}

guint
marsad_article_view_count_highlighted (MarsadArticleView *self)
{
  GtkTextIter iter;
  guint count = 0;

  gtk_text_buffer_get_start_iter (self->buffer, &iter);
  do
    if (gtk_text_iter_has_tag (&iter, self->selected_tag))
      count++;
  while (gtk_text_iter_forward_char (&iter));
  return count;
}

GtkTextView *
marsad_article_view_get_text_view (MarsadArticleView *self)
{
  return self->text_view;
}

/* The character offset under a point of the view, or -1. */
static int
offset_at_coords (MarsadArticleView *self,
                  double             x,
                  double             y)
{
  GtkTextIter iter;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         (int) x, (int) y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    return -1;
  return gtk_text_iter_get_offset (&iter);
}

static const char *
place_at_coords (MarsadArticleView *self,
                 double             x,
                 double             y)
{
  int offset = offset_at_coords (self, x, y);

  return offset >= 0 ? marsad_article_view_place_at (self, (guint) offset) : NULL;
}

/* A place, else a quote, else an event's sentence: what a click at offset
 * selects. Returns FALSE when there is nothing there. */
gboolean
marsad_article_view_activate_at (MarsadArticleView *self,
                                 guint              offset)
{
  g_autofree char *place_id = g_strdup (marsad_article_view_place_at (self, offset));
  g_autofree char *event_id = NULL;
  int statement = -1;

  g_return_val_if_fail (MARSAD_IS_ARTICLE_VIEW (self), FALSE);

  self->clicked = TRUE;
  if (place_id != NULL)
    g_signal_emit (self, signals[PLACE_ACTIVATED], 0, place_id);
  else if ((statement = marsad_article_view_statement_at (self, offset)) >= 0)
    g_signal_emit (self, signals[STATEMENT_ACTIVATED], 0, (guint) statement);
  else if ((event_id = g_strdup (marsad_article_view_event_at (self, offset))) != NULL)
    g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event_id);
  self->clicked = FALSE;
  return place_id != NULL || statement >= 0 || event_id != NULL;
}

static void
released_cb (GtkGestureClick   *gesture,
             int                n_press,
             double             x,
             double             y,
             MarsadArticleView *self)
{
  int offset;

  if (n_press != 1 || gtk_text_buffer_get_has_selection (self->buffer))
    return;
  offset = offset_at_coords (self, x, y);
  if (offset >= 0)
    marsad_article_view_activate_at (self, (guint) offset);
}

static void
motion_cb (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           MarsadArticleView        *self)
{
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->text_view),
                                   place_at_coords (self, x, y) != NULL ? "pointer" : "text");
}

static gboolean
key_pressed_cb (GtkEventControllerKey *key,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                MarsadArticleView     *self)
{
  GtkTextIter iter;
  const char *id;

  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_space)
    return FALSE;
  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  id = marsad_article_view_place_at (self, (guint) gtk_text_iter_get_offset (&iter));
  if (id == NULL)
    return FALSE;
  {
    g_autofree char *copy = g_strdup (id);

    g_signal_emit (self, signals[PLACE_ACTIVATED], 0, copy);
  }
  return TRUE;
}

static void
marsad_article_view_dispose (GObject *object)
{
  MarsadArticleView *self = MARSAD_ARTICLE_VIEW (object);

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  G_OBJECT_CLASS (marsad_article_view_parent_class)->dispose (object);
}

static void
marsad_article_view_class_init (MarsadArticleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = marsad_article_view_dispose;

  /* A place in the text was clicked or activated with Enter: its id. */
  signals[PLACE_ACTIVATED] = g_signal_new ("place-activated", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, G_TYPE_STRING);
  /* An event's sentence was clicked (outside its places and quotes): its id. */
  signals[EVENT_ACTIVATED] = g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, G_TYPE_STRING);
  /* A quote was clicked: the statement's index in the document. */
  signals[STATEMENT_ACTIVATED] = g_signal_new ("statement-activated", G_TYPE_FROM_CLASS (klass),
                                               G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                               G_TYPE_NONE, 1, G_TYPE_UINT);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "marsad-article");
}

static void
marsad_article_view_init (MarsadArticleView *self)
{
  GtkGesture *click;
  GtkEventController *controller;

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  self->text_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  self->buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_view_set_editable (self->text_view, FALSE);
  gtk_text_view_set_cursor_visible (self->text_view, TRUE);
  gtk_text_view_set_wrap_mode (self->text_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (self->text_view, 24);
  gtk_text_view_set_right_margin (self->text_view, 24);
  gtk_text_view_set_top_margin (self->text_view, 18);
  gtk_text_view_set_bottom_margin (self->text_view, 24);
  gtk_text_view_set_pixels_below_lines (self->text_view, 10);
  gtk_text_view_set_pixels_inside_wrap (self->text_view, 4);
  gtk_widget_set_direction (GTK_WIDGET (self->text_view), GTK_TEXT_DIR_RTL);
  gtk_widget_add_css_class (GTK_WIDGET (self->text_view), "article-text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Article text"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->text_view));

  create_tags (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_colors), self, G_CONNECT_SWAPPED);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), controller);
}

GtkWidget *
marsad_article_view_new (void)
{
  return g_object_new (MARSAD_TYPE_ARTICLE_VIEW, NULL);
}
