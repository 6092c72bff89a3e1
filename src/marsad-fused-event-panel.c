/* marsad-fused-event-panel.c: the reports of one event of a collection
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "marsad-display-dates.h"
#include "marsad-fused-event-panel.h"

struct _MarsadFusedEventPanel
{
  GtkWidget  parent_instance;

  GtkLabel  *heading_label;
  GtkLabel  *figures_label;
  GtkBox    *sources_box;
  GtkLabel  *reason_label;
  GtkLabel  *merge_label;
  GtkButton *split_button;
  GtkButton *merge_button;
};

G_DEFINE_FINAL_TYPE (MarsadFusedEventPanel, marsad_fused_event_panel, GTK_TYPE_WIDGET)

/* The reasons marsad-fusion.c gives, for the translators. */
static const char *const reasons[] = {
  N_("same place, overlapping dates, same type"),
  N_("same place, same day, same type"),
  N_("places under 1 km apart, overlapping dates, same type"),
  N_("places under 1 km apart, same day, same type"),
  N_("a site in the town, overlapping dates, same type"),
  N_("a site in the town, same day, same type"),
  N_("one place inside the other, overlapping dates, same type"),
  N_("one place inside the other, same day, same type"),
  N_("put together by the user"),
};

const char *
marsad_fusion_reason_label (const char *reason)
{
  for (guint i = 0; reason != NULL && i < G_N_ELEMENTS (reasons); i++)
    if (g_str_equal (reason, reasons[i]))
      return _(reasons[i]);
  return reason;
}

/* The interface's direction for a line that may start with a name in the
 * other script: Pango takes a paragraph's direction from its first strong
 * character (a leading mark sets it; PLATFORM.md). */
static const char *
direction_mark (void)
{
  return gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL ? "\u200f" : "\u200e";
}

/* A name of either script inside a line of the other, isolated so that
 * its neighbours (the parentheses) stay where the line's direction puts them. */
static char *
isolate (const char *name)
{
  return g_strconcat ("\u2068", name, "\u2069", direction_mark (), NULL);
}

static const char *
source_name (const MarsadEventSource *src)
{
  if (src->outlet != NULL && src->outlet[0] != '\0')
    return src->outlet;
  if (src->title != NULL && src->title[0] != '\0')
    return src->title;
  return _("unnamed source");
}

char *
marsad_format_source_figures (const MarsadCollectionEvent *event)
{
  g_autoptr(GString) out = g_string_new (direction_mark ());
  gboolean any = FALSE;

  g_return_val_if_fail (event != NULL, NULL);
  for (guint i = 0; i < event->sources->len; i++)
    {
      const MarsadEventSource *src = g_ptr_array_index (event->sources, i);
      g_autofree char *name = NULL;
      g_autofree char *item = NULL;

      if (src->fatalities < 0)
        continue;
      name = isolate (source_name (src));
      if (any)
        g_string_append (out, " · ");
      /* TRANSLATORS: one report's figure and its outlet: "2 killed (Reuters)" */
      item = g_strdup_printf (ngettext ("%d killed (%s)", "%d killed (%s)", src->fatalities),
                              src->fatalities, name);
      /* a line breaks between the reports, not inside one */
      for (const char *p = item; *p != '\0'; p++)
        {
          if (*p == ' ')
            g_string_append (out, "\u00a0");
          else
            g_string_append_c (out, *p);
        }
      any = TRUE;
    }
  return any ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

static char *
format_published (const char *published)
{
  unsigned y, m, d;

  if (published == NULL || sscanf (published, "%u-%u-%u", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return NULL;
  return marsad_display_short_date (y, m, d);
}

static GtkWidget *
source_row (const MarsadEventSource *src,
            gboolean                 separable)
{
  g_autofree char *date = format_published (src->published);
  g_autofree char *name = isolate (source_name (src));
  g_autofree char *line = NULL;
  GtkWidget *label;

  if (date != NULL)
    {
      /* TRANSLATORS: a report of the event: its outlet and publication date */
      g_autofree char *text = g_strdup_printf (_("%s, %s"), name, date);

      line = g_strconcat (direction_mark (), text, NULL);
    }
  else
    line = g_strconcat (direction_mark (), name, NULL);
  label = gtk_label_new (line);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* one line each (a scrolled list measures them right): the title and
   * the whole name in the tooltip */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "arabic");
  if (src->title != NULL && src->outlet != NULL)
    {
      g_autofree char *tooltip = g_strconcat (line, "\n", src->title, NULL);

      gtk_widget_set_tooltip_text (label, tooltip);
    }
  else
    gtk_widget_set_tooltip_text (label, line);
  if (separable)
    {
      /* one report of three or more leaves the others */
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *button = gtk_button_new_from_icon_name ("edit-cut-symbolic");

      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "circular");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Separate this report from the others"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.split-report");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(xs)", src->article_id,
                                        src->event_id != NULL ? src->event_id : "");
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), button);
      return box;
    }
  return label;
}

void
marsad_fused_event_panel_set_event (MarsadFusedEventPanel       *self,
                                    const MarsadCollectionEvent *event)
{
  GtkWidget *child;
  g_autofree char *heading = NULL;
  g_autofree char *figures = NULL;
  guint n;

  g_return_if_fail (MARSAD_IS_FUSED_EVENT_PANEL (self));
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sources_box))) != NULL)
    gtk_box_remove (self->sources_box, child);
  gtk_label_set_text (self->figures_label, "");
  gtk_label_set_text (self->reason_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->figures_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), FALSE);
  if (event == NULL)
    return;

  n = event->sources->len;
  heading = n > 1 ? g_strdup_printf (ngettext ("Reported by %u source", "Reported by %u sources", n), n)
                  : g_strdup (_("Reported once"));
  gtk_label_set_text (self->heading_label, heading);
  for (guint i = 0; i < n; i++)
    gtk_box_append (self->sources_box, source_row (g_ptr_array_index (event->sources, i), n > 2));
  if ((figures = marsad_format_source_figures (event)) != NULL)
    {
      gtk_label_set_text (self->figures_label, figures);
      gtk_widget_set_visible (GTK_WIDGET (self->figures_label), TRUE);
    }
  if (n > 1 && event->reason != NULL)
    {
      /* TRANSLATORS: why several reports were made one event */
      g_autofree char *reason = g_strdup_printf (_("Fused: %s"), marsad_fusion_reason_label (event->reason));

      gtk_label_set_text (self->reason_label, reason);
      gtk_widget_set_visible (GTK_WIDGET (self->reason_label), TRUE);
    }
}

void
marsad_fused_event_panel_set_merging (MarsadFusedEventPanel *self,
                                      gboolean               merging)
{
  g_return_if_fail (MARSAD_IS_FUSED_EVENT_PANEL (self));
  gtk_widget_set_visible (GTK_WIDGET (self->merge_label), merging);
  gtk_button_set_label (self->merge_button, merging ? _("_Cancel Merge") : _("_Merge With…"));
}

const char *
marsad_fused_event_panel_get_figures (MarsadFusedEventPanel *self)
{
  g_return_val_if_fail (MARSAD_IS_FUSED_EVENT_PANEL (self), NULL);
  return gtk_label_get_text (self->figures_label);
}

const char *
marsad_fused_event_panel_get_reason (MarsadFusedEventPanel *self)
{
  g_return_val_if_fail (MARSAD_IS_FUSED_EVENT_PANEL (self), NULL);
  return gtk_label_get_text (self->reason_label);
}

GtkWidget *
marsad_fused_event_panel_new (void)
{
  return g_object_new (MARSAD_TYPE_FUSED_EVENT_PANEL, NULL);
}

static void
marsad_fused_event_panel_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), MARSAD_TYPE_FUSED_EVENT_PANEL);
  /* the template's unnamed top box */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (marsad_fused_event_panel_parent_class)->dispose (object);
}

static void
marsad_fused_event_panel_class_init (MarsadFusedEventPanelClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = marsad_fused_event_panel_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/marsad/Marsad/marsad-fused-event-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, MarsadFusedEventPanel, heading_label);
  gtk_widget_class_bind_template_child (widget_class, MarsadFusedEventPanel, figures_label);
  gtk_widget_class_bind_template_child (widget_class, MarsadFusedEventPanel, sources_box);
  gtk_widget_class_bind_template_child (widget_class, MarsadFusedEventPanel, reason_label);
  gtk_widget_class_bind_template_child (widget_class, MarsadFusedEventPanel, merge_label);
  gtk_widget_class_bind_template_child (widget_class, MarsadFusedEventPanel, split_button);
  gtk_widget_class_bind_template_child (widget_class, MarsadFusedEventPanel, merge_button);
}

static void
marsad_fused_event_panel_init (MarsadFusedEventPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
