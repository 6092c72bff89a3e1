/* marsad-place-panel.c: one place, its events and what was said about them
 *
 * The panel's frame is ui/marsad-place-panel.ui; the rows of events and
 * the statements are made here, for each place shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "marsad-event-list.h"
#include "marsad-place-list.h"
#include "marsad-place-panel.h"

struct _MarsadPlacePanel
{
  GtkWidget   parent_instance;

  /* Template widgets */
  GtkWidget  *scroller;
  GtkWidget  *name_label;
  GtkWidget  *subtitle_label;
  GtkWidget  *events_heading;
  GtkListBox *events;
  GtkWidget  *statements_heading;
  GtkWidget  *statements;
  GtkWidget  *no_statements;

  char       *place_id;
  guint       n_events;
  GString    *statement_text;
  guint       n_statements;
};

G_DEFINE_FINAL_TYPE (MarsadPlacePanel, marsad_place_panel, GTK_TYPE_WIDGET)

enum { EVENT_ACTIVATED, MOVE_PLACE, REMOVE_PLACE, CLOSED, N_SIGNALS };
static guint signals[N_SIGNALS];

static gboolean
strv_contains (GPtrArray  *ids,
               const char *id)
{
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (ids, i), id) == 0)
      return TRUE;
  return FALSE;
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_LIST_BOX (box))
        gtk_list_box_remove (GTK_LIST_BOX (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

/* The gazetteer's kinds (marsad-gazetteer.c) for display; an unknown one
 * shows as it is. */
static const char *
place_kind_label (const char *kind)
{
  static const struct { const char *kind; const char *label; } labels[] = {
    { "country", NC_("place kind", "country") },
    { "region", NC_("place kind", "province") },
    { "district", NC_("place kind", "district") },
    { "city", NC_("place kind", "city") },
    { "town", NC_("place kind", "town") },
    { "village", NC_("place kind", "village") },
    { "neighbourhood", NC_("place kind", "neighbourhood") },
    { "military_base", NC_("place kind", "military base") },
    { "airport", NC_("place kind", "airport") },
    { "camp", NC_("place kind", "camp") },
    { "facility", NC_("place kind", "facility") },
    { "water", NC_("place kind", "body of water") },
    { "georegion", NC_("place kind", "geographic region") },
    { "border", NC_("place kind", "border") },
    { "road", NC_("place kind", "road") },
  };

  for (guint i = 0; kind != NULL && i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (kind, labels[i].kind))
      return g_dpgettext2 (NULL, "place kind", labels[i].label);
  return kind != NULL ? kind : "";
}

static GtkWidget *
event_row (const MarsadEvent *event)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *date = marsad_format_event_date (event);
  g_autofree char *casualties = marsad_format_casualties (event);
  g_autofree char *line = NULL;
  GtkWidget *label;

  line = g_strdup_printf ("%s%s%s", date, event->background ? " · " : "",
                          event->background ? _("background") : "");
  label = gtk_label_new (event->type != NULL ? g_dpgettext2 (NULL, "event type", event->type) : _("Event"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (text), label);
  label = gtk_label_new (line);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (text), label);
  if (casualties != NULL)
    {
      label = gtk_label_new (casualties);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "casualties");
      gtk_box_append (GTK_BOX (text), label);
    }
  gtk_box_append (GTK_BOX (box), marsad_event_type_icon_new (event->type, event->background));
  gtk_box_append (GTK_BOX (box), text);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "event-id", g_strdup (event->id), g_free);
  return row;
}

static GtkWidget *
statement_widget (const MarsadStatement *st)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *speaker = gtk_label_new (st->speaker != NULL ? st->speaker : _("Unattributed"));
  g_autofree char *quoted = g_strdup_printf ("«%s»", st->text != NULL ? st->text : "");
  GtkWidget *quote = gtk_label_new (quoted);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "statement");
  gtk_widget_set_direction (box, GTK_TEXT_DIR_RTL);
  gtk_label_set_wrap (GTK_LABEL (speaker), TRUE);
  gtk_label_set_xalign (GTK_LABEL (speaker), 0);
  gtk_widget_add_css_class (speaker, "heading");
  gtk_widget_add_css_class (speaker, "arabic");
  gtk_label_set_wrap (GTK_LABEL (quote), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (quote), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (quote), 0);
  gtk_label_set_selectable (GTK_LABEL (quote), TRUE);
  gtk_widget_add_css_class (quote, "arabic");
  gtk_widget_add_css_class (quote, "quote");
  gtk_box_append (GTK_BOX (box), speaker);
  gtk_box_append (GTK_BOX (box), quote);
  return box;
}

void
marsad_place_panel_set_place (MarsadPlacePanel     *self,
                              const MarsadDocument *doc,
                              const char           *place_id)
{
  const MarsadPlace *place = doc != NULL && place_id != NULL ? marsad_document_find_place (doc, place_id) : NULL;
  g_autoptr(GPtrArray) event_ids = g_ptr_array_new ();
  g_autofree char *subtitle = NULL;

  g_return_if_fail (MARSAD_IS_PLACE_PANEL (self));

  g_free (self->place_id);
  self->place_id = place != NULL ? g_strdup (place->id) : NULL;
  self->n_events = 0;
  self->n_statements = 0;
  g_string_truncate (self->statement_text, 0);
  clear_box (GTK_WIDGET (self->events));
  clear_box (self->statements);
  if (place == NULL)
    return;

  gtk_label_set_label (GTK_LABEL (self->name_label), place->name);
  {
    g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
    g_auto(GStrv) strv = NULL;

    if (marsad_place_english_name (place) != NULL)
      g_strv_builder_add (parts, marsad_place_english_name (place));
    g_strv_builder_add (parts, place_kind_label (place->kind));
    g_strv_builder_add (parts, marsad_place_role_label (doc, place));
    /* not in the gazetteer: put where a place the sentence names lies */
    if (place->approximate)
      g_strv_builder_add (parts, _("approximate location"));
    strv = g_strv_builder_end (parts);
    subtitle = g_strjoinv (" · ", strv);
  }
  gtk_label_set_label (GTK_LABEL (self->subtitle_label), subtitle);

  for (guint i = 0; i < doc->events->len; i++)
    {
      const MarsadEvent *event = g_ptr_array_index (doc->events, i);

      if (g_strcmp0 (event->place_id, place->id) != 0)
        continue;
      gtk_list_box_append (self->events, event_row (event));
      g_ptr_array_add (event_ids, event->id);
      self->n_events++;
    }

  for (guint i = 0; i < doc->statements->len; i++)
    {
      const MarsadStatement *st = g_ptr_array_index (doc->statements, i);
      gboolean about = strv_contains (st->place_ids, place->id);

      for (guint j = 0; !about && j < event_ids->len; j++)
        about = strv_contains (st->event_ids, g_ptr_array_index (event_ids, j));
      if (!about)
        continue;
      gtk_box_append (GTK_BOX (self->statements), statement_widget (st));
      g_string_append_printf (self->statement_text, "%s: %s\n",
                              st->speaker != NULL ? st->speaker : "", st->text != NULL ? st->text : "");
      self->n_statements++;
    }

  gtk_widget_set_visible (self->events_heading, self->n_events > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->events), self->n_events > 0);
  gtk_widget_set_visible (self->no_statements, self->n_statements == 0);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
}

const char *
marsad_place_panel_get_place_id (MarsadPlacePanel *self)
{
  return self->place_id;
}

guint
marsad_place_panel_get_n_events (MarsadPlacePanel *self)
{
  return self->n_events;
}

guint
marsad_place_panel_get_n_statements (MarsadPlacePanel *self)
{
  return self->n_statements;
}

char *
marsad_place_panel_dup_statements (MarsadPlacePanel *self)
{
  return g_strdup (self->statement_text->str);
}

static void
event_activated_cb (GtkListBox       *list,
                    GtkListBoxRow    *row,
                    MarsadPlacePanel *self)
{
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, g_object_get_data (G_OBJECT (row), "event-id"));
}

static void
move_clicked_cb (MarsadPlacePanel *self)
{
  if (self->place_id != NULL)
    g_signal_emit (self, signals[MOVE_PLACE], 0, self->place_id);
}

static void
remove_clicked_cb (MarsadPlacePanel *self)
{
  if (self->place_id != NULL)
    g_signal_emit (self, signals[REMOVE_PLACE], 0, self->place_id);
}

static void
close_clicked_cb (MarsadPlacePanel *self)
{
  g_signal_emit (self, signals[CLOSED], 0);
}

static void
marsad_place_panel_dispose (GObject *object)
{
  MarsadPlacePanel *self = MARSAD_PLACE_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MARSAD_TYPE_PLACE_PANEL);
  G_OBJECT_CLASS (marsad_place_panel_parent_class)->dispose (object);
}

static void
marsad_place_panel_finalize (GObject *object)
{
  MarsadPlacePanel *self = MARSAD_PLACE_PANEL (object);

  g_free (self->place_id);
  g_string_free (self->statement_text, TRUE);
  G_OBJECT_CLASS (marsad_place_panel_parent_class)->finalize (object);
}

static void
marsad_place_panel_class_init (MarsadPlacePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = marsad_place_panel_dispose;
  object_class->finalize = marsad_place_panel_finalize;

  signals[EVENT_ACTIVATED] = g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[MOVE_PLACE] = g_signal_new ("move-place", G_TYPE_FROM_CLASS (klass),
                                      G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                      G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[REMOVE_PLACE] = g_signal_new ("remove-place", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass),
                                  G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "marsad-place-panel");

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/marsad/Marsad/marsad-place-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, MarsadPlacePanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, MarsadPlacePanel, name_label);
  gtk_widget_class_bind_template_child (widget_class, MarsadPlacePanel, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, MarsadPlacePanel, events_heading);
  gtk_widget_class_bind_template_child (widget_class, MarsadPlacePanel, events);
  gtk_widget_class_bind_template_child (widget_class, MarsadPlacePanel, statements_heading);
  gtk_widget_class_bind_template_child (widget_class, MarsadPlacePanel, statements);
  gtk_widget_class_bind_template_child (widget_class, MarsadPlacePanel, no_statements);
  gtk_widget_class_bind_template_callback (widget_class, event_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, move_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_clicked_cb);
}

static void
marsad_place_panel_init (MarsadPlacePanel *self)
{
  self->statement_text = g_string_new (NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  /* the Arabic name: a widget's direction is no property a template sets */
  gtk_widget_set_direction (self->name_label, GTK_TEXT_DIR_RTL);
}

GtkWidget *
marsad_place_panel_new (void)
{
  return g_object_new (MARSAD_TYPE_PLACE_PANEL, NULL);
}

const char *
marsad_place_panel_get_summary (MarsadPlacePanel *self)
{
  g_return_val_if_fail (MARSAD_IS_PLACE_PANEL (self), NULL);
  return gtk_label_get_label (GTK_LABEL (self->subtitle_label));
}
