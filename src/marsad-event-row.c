/* marsad-event-row.c: one event of the timeline
 *
 * What the article says happened (type, date, place, who, casualties) and,
 * behind an expander, what was said about it and who gave its figures.
 * Arabic content lines are right-aligned whatever the interface's direction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "marsad-event-list.h"
#include "marsad-event-row.h"
#include "marsad-place-list.h"

struct _MarsadEventRow
{
  GtkListBoxRow  parent_instance;

  char          *event_id;
  char          *place_id;
  gboolean       background;

  /* Template widgets */
  GtkBox        *icon_box;
  GtkLabel      *type_label;
  GtkLabel      *when_label;
  GtkLabel      *place_label;
  GtkLabel      *actors_label;
  GtkLabel      *casualties_label;
  GtkExpander   *details_expander;
  GtkBox        *details_box;
};

G_DEFINE_FINAL_TYPE (MarsadEventRow, marsad_event_row, GTK_TYPE_LIST_BOX_ROW)

enum { EDIT, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
edit_clicked_cb (MarsadEventRow *self)
{
  g_signal_emit (self, signals[EDIT], 0);
}

static void
set_optional (GtkLabel   *label,
              const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

static void
add_detail (MarsadEventRow *self,
            const char     *text,
            gboolean        arabic)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (arabic)
    {
      /* right to left, so the start (xalign 0) is the right */
      gtk_widget_set_direction (label, GTK_TEXT_DIR_RTL);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "arabic");
    }
  else
    gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (self->details_box, label);
}

static gboolean
statement_is_about (const MarsadStatement *st,
                    const char            *event_id)
{
  for (guint i = 0; st->event_ids != NULL && i < st->event_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (st->event_ids, i), event_id) == 0)
      return TRUE;
  return FALSE;
}

/* The statements about the event, then each source of its figures once. */
static void
fill_details (MarsadEventRow       *self,
              const MarsadDocument *doc,
              const MarsadEvent    *event)
{
  g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *reports[] = { event->fatality_reports, event->injury_reports };
  guint n = 0;

  for (guint i = 0; i < doc->statements->len; i++)
    {
      const MarsadStatement *st = g_ptr_array_index (doc->statements, i);
      g_autofree char *line = NULL;

      if (!statement_is_about (st, event->id))
        continue;
      line = st->speaker != NULL ? g_strdup_printf ("%s: «%s»", st->speaker, st->text)
                                 : g_strdup_printf ("«%s»", st->text);
      add_detail (self, line, TRUE);
      n++;
    }
  for (guint r = 0; r < G_N_ELEMENTS (reports); r++)
    for (guint i = 0; reports[r] != NULL && i < reports[r]->len; i++)
      {
        const MarsadCasualtyReport *report = g_ptr_array_index (reports[r], i);
        g_autofree char *line = NULL;

        if (report->source == NULL || g_hash_table_contains (sources, report->source))
          continue;
        g_hash_table_add (sources, report->source);
        /* the source as the article writes it, isolated in the sentence */
        line = g_strdup_printf (_("Figures from \u2068%s\u2069"), report->source);
        add_detail (self, line, FALSE);
        n++;
      }
  gtk_widget_set_visible (GTK_WIDGET (self->details_expander), n > 0);
}

GtkWidget *
marsad_event_row_new (const MarsadDocument *doc,
                      const MarsadEvent    *event)
{
  MarsadEventRow *self = g_object_new (MARSAD_TYPE_EVENT_ROW, NULL);
  const MarsadPlace *place = event->place_id != NULL ? marsad_document_find_place (doc, event->place_id) : NULL;
  g_autofree char *date = marsad_format_event_date (event);
  g_autofree char *when = NULL;
  g_autofree char *where = NULL;
  g_autofree char *actors = NULL;
  g_autofree char *casualties = marsad_format_casualties (event);
  g_autofree char *accessible = NULL;

  self->event_id = g_strdup (event->id);
  self->place_id = g_strdup (event->place_id);
  self->background = event->background;

  gtk_box_append (self->icon_box, marsad_event_type_icon_new (event->type, event->background));
  gtk_label_set_label (self->type_label, marsad_event_type_label (event->type));
  when = event->date_text != NULL ? g_strdup_printf ("%s · \u200F%s", date, event->date_text)
                                  : g_strdup (date);
  gtk_label_set_label (self->when_label, when);
  if (place != NULL)
    where = marsad_place_english_name (place) != NULL
            ? g_strdup_printf ("%s · %s", place->name, marsad_place_english_name (place))
            : g_strdup (place->name);
  set_optional (self->place_label, where);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->place_label), where);
  if (event->actors != NULL && event->actors->len > 0)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) names = NULL;

      for (guint i = 0; i < event->actors->len; i++)
        g_strv_builder_add (builder, g_ptr_array_index (event->actors, i));
      names = g_strv_builder_end (builder);
      actors = g_strjoinv ("، ", names);
    }
  set_optional (self->actors_label, actors);
  set_optional (self->casualties_label, casualties);
  fill_details (self, doc, event);
  if (event->background)
    gtk_widget_add_css_class (GTK_WIDGET (self), "background-event");

  accessible = g_strdup_printf ("%s, %s, %s%s%s", marsad_event_type_label (event->type), date,
                                place != NULL ? place->name : "", casualties != NULL ? ", " : "",
                                casualties != NULL ? casualties : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  return GTK_WIDGET (self);
}

const char *
marsad_event_row_get_event_id (MarsadEventRow *self)
{
  g_return_val_if_fail (MARSAD_IS_EVENT_ROW (self), NULL);
  return self->event_id;
}

const char *
marsad_event_row_get_place_id (MarsadEventRow *self)
{
  g_return_val_if_fail (MARSAD_IS_EVENT_ROW (self), NULL);
  return self->place_id;
}

gboolean
marsad_event_row_is_background (MarsadEventRow *self)
{
  g_return_val_if_fail (MARSAD_IS_EVENT_ROW (self), FALSE);
  return self->background;
}

char *
marsad_event_row_dup_details (MarsadEventRow *self)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (MARSAD_IS_EVENT_ROW (self), NULL);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->details_expander)))
    return g_strdup ("");
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->details_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_string_append (out, gtk_label_get_label (GTK_LABEL (child)));
      g_string_append_c (out, '\n');
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
marsad_event_row_finalize (GObject *object)
{
  MarsadEventRow *self = MARSAD_EVENT_ROW (object);

  g_free (self->event_id);
  g_free (self->place_id);
  G_OBJECT_CLASS (marsad_event_row_parent_class)->finalize (object);
}

static void
marsad_event_row_class_init (MarsadEventRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = marsad_event_row_finalize;

  signals[EDIT] = g_signal_new ("edit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/marsad/Marsad/marsad-event-row.ui");
  gtk_widget_class_bind_template_child (widget_class, MarsadEventRow, icon_box);
  gtk_widget_class_bind_template_child (widget_class, MarsadEventRow, type_label);
  gtk_widget_class_bind_template_child (widget_class, MarsadEventRow, when_label);
  gtk_widget_class_bind_template_child (widget_class, MarsadEventRow, place_label);
  gtk_widget_class_bind_template_child (widget_class, MarsadEventRow, actors_label);
  gtk_widget_class_bind_template_child (widget_class, MarsadEventRow, casualties_label);
  gtk_widget_class_bind_template_child (widget_class, MarsadEventRow, details_expander);
  gtk_widget_class_bind_template_child (widget_class, MarsadEventRow, details_box);
  gtk_widget_class_bind_template_callback (widget_class, edit_clicked_cb);
}

static void
marsad_event_row_init (MarsadEventRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Arabic content: right-aligned whatever the interface's direction */
  gtk_widget_set_direction (GTK_WIDGET (self->place_label), GTK_TEXT_DIR_RTL);
  gtk_widget_set_direction (GTK_WIDGET (self->actors_label), GTK_TEXT_DIR_RTL);
}
