/* marsad-window-search.c: Find (Ctrl+F) over the article's places and events
 *
 * The search bar under the header bar lists the places whose Arabic or
 * English name, and the events whose sentence, actors or place, hold what
 * is typed. Both sides are folded as the extractor folds (hamza forms, taa
 * marbuta, harakat, case), so «الفلوجة» finds الفلّوجه. Enter takes the first
 * hit; a hit is selected everywhere and the map flies to it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "marsad-normalize.h"
#include "marsad-window-private.h"

#define MAX_RESULTS 30

static gboolean
folded_contains (const char *haystack,
                 const char *needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;
  folded = marsad_normalize_string (haystack);
  return folded != NULL && strstr (folded, needle) != NULL;
}

static char *
sentence_text (const MarsadDocument *doc,
               guint                 index)
{
  const MarsadSpan *span;
  const char *start;

  if (doc->sentences == NULL || index >= doc->sentences->len)
    return NULL;
  span = &g_array_index (doc->sentences, MarsadSpan, index);
  start = g_utf8_offset_to_pointer (doc->text, span->start);
  return g_strndup (start, g_utf8_offset_to_pointer (start, span->end - span->start) - start);
}

static gboolean
event_matches (const MarsadDocument *doc,
               const MarsadEvent    *event,
               const char           *needle)
{
  g_autofree char *sentence = sentence_text (doc, event->sentence);
  const MarsadPlace *place = event->place_id != NULL ? marsad_document_find_place (doc, event->place_id) : NULL;

  if (folded_contains (sentence, needle))
    return TRUE;
  if (place != NULL && (folded_contains (place->name, needle) || folded_contains (place->name_en, needle)))
    return TRUE;
  for (guint i = 0; event->actors != NULL && i < event->actors->len; i++)
    if (folded_contains (g_ptr_array_index (event->actors, i), needle))
      return TRUE;
  return FALSE;
}

static GtkWidget *
result_row_new (const char *icon_name,
                const char *title,
                const char *subtitle)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label;

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (icon_name));
  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (labels), label);
  if (subtitle != NULL)
    {
      label = gtk_label_new (subtitle);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (labels), label);
    }
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static GtkWidget *
place_row_new (const MarsadDocument *doc,
               const MarsadPlace    *place)
{
  const char *role = marsad_place_role_label (doc, place);
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  /* the English name is isolated so that it keeps its place beside the role */
  if (marsad_place_english_name (place) != NULL && g_strcmp0 (place->name_en, place->name) != 0)
    subtitle = g_strdup_printf ("\u2068%s\u2069 \u00b7 %s", place->name_en, role);
  else
    subtitle = g_strdup (role);
  row = result_row_new ("mark-location-symbolic", place->name, subtitle);
  g_object_set_data_full (G_OBJECT (row), "place-id", g_strdup (place->id), g_free);
  return row;
}

static GtkWidget *
event_row_new (const MarsadDocument *doc,
               const MarsadEvent    *event)
{
  const MarsadPlace *place = event->place_id != NULL ? marsad_document_find_place (doc, event->place_id) : NULL;
  g_autofree char *date = marsad_format_event_date (event);
  g_autofree char *sentence = sentence_text (doc, event->sentence);
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  if (place != NULL)
    subtitle = g_strdup_printf ("%s \u00b7 \u2068%s\u2069", date, place->name);
  else
    subtitle = g_strdup (date);
  row = result_row_new ("x-office-calendar-symbolic", sentence != NULL ? g_strstrip (sentence) : event->id,
                        subtitle);
  g_object_set_data_full (G_OBJECT (row), "event-id", g_strdup (event->id), g_free);
  return row;
}

/* Fills the result list; returns how many hits. */
static guint
update_results (MarsadWindow *self)
{
  MarsadDocument *doc = marsad_window_get_document (self);
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = marsad_normalize_string (query);
  GtkWidget *child;
  guint n = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->search_results))) != NULL)
    gtk_list_box_remove (self->search_results, child);

  if (doc != NULL && needle != NULL && needle[0] != '\0')
    {
      for (guint i = 0; i < doc->places->len && n < MAX_RESULTS; i++)
        {
          const MarsadPlace *place = g_ptr_array_index (doc->places, i);

          if (folded_contains (place->name, needle) || folded_contains (place->name_en, needle))
            {
              gtk_list_box_append (self->search_results, place_row_new (doc, place));
              n++;
            }
        }
      for (guint i = 0; i < doc->events->len && n < MAX_RESULTS; i++)
        {
          const MarsadEvent *event = g_ptr_array_index (doc->events, i);

          if ((self->show_background || !event->background) && event_matches (doc, event, needle))
            {
              gtk_list_box_append (self->search_results, event_row_new (doc, event));
              n++;
            }
        }
    }
  gtk_widget_set_visible (self->search_scroller, n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->search_empty), n == 0 && needle != NULL && needle[0] != '\0');
  return n;
}

static void
activate_result (MarsadWindow  *self,
                 GtkListBoxRow *row)
{
  const char *place_id = g_object_get_data (G_OBJECT (row), "place-id");
  g_autofree char *event_id = g_strdup (g_object_get_data (G_OBJECT (row), "event-id"));
  MarsadDocument *doc = marsad_window_get_document (self);

  if (doc == NULL)
    return;
  if (place_id != NULL)
    {
      const MarsadPlace *place = marsad_document_find_place (doc, place_id);
      g_autofree char *id = g_strdup (place_id);

      gtk_search_bar_set_search_mode (self->search_bar, FALSE);
      marsad_window_select_place (self, id);
      if (place != NULL)
        marsad_map_widget_fly_to_place (self->map_view, place);
    }
  else if (event_id != NULL)
    {
      gtk_search_bar_set_search_mode (self->search_bar, FALSE);
      marsad_window_select_event (self, event_id);
    }
}

void
marsad_window_search_changed_cb (MarsadWindow *self)
{
  update_results (self);
}

void
marsad_window_search_activate_cb (MarsadWindow *self)
{
  GtkListBoxRow *first;

  update_results (self);
  first = gtk_list_box_get_row_at_index (self->search_results, 0);
  if (first != NULL)
    activate_result (self, first);
}

void
marsad_window_search_row_activated_cb (MarsadWindow  *self,
                                       GtkListBoxRow *row)
{
  activate_result (self, row);
}

void
marsad_window_search_stop_cb (MarsadWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

void
marsad_window_start_search (MarsadWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  update_results (self);
}

guint
marsad_window_search (MarsadWindow *self,
                      const char   *query)
{
  g_return_val_if_fail (MARSAD_IS_WINDOW (self), 0);

  marsad_window_start_search (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query);
  return update_results (self);
}
