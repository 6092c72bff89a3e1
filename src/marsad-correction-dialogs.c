/* marsad-correction-dialogs.c: fixing what the extraction got wrong
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "marsad-correction-dialogs.h"
#include "marsad-map-markers.h"

#define MAX_RESULTS 30

/* Move a place --------------------------------------------------------------- */

typedef struct
{
  GtkWindow           *window;
  MarsadGazetteer     *gazetteer;
  char                *place_id;
  GtkListBox          *results;
  MarsadMovePlaceFunc  func;
  gpointer             user_data;
} MoveDialog;

static void
move_dialog_free (MoveDialog *dialog)
{
  marsad_gazetteer_unref (dialog->gazetteer);
  g_free (dialog->place_id);
  g_free (dialog);
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   MoveDialog     *dialog)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autoptr(GArray) hits = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (dialog->results))) != NULL)
    gtk_list_box_remove (dialog->results, child);
  if (query[0] == '\0')
    return;
  hits = marsad_gazetteer_search (dialog->gazetteer, query, MAX_RESULTS);
  for (guint i = 0; hits != NULL && i < hits->len; i++)
    {
      MarsadGazetteerRecord record;
      GtkWidget *row;
      g_autofree char *subtitle = NULL;

      if (!marsad_gazetteer_get_record (dialog->gazetteer, g_array_index (hits, guint32, i), &record))
        continue;
      row = adw_action_row_new ();
      subtitle = g_strdup_printf ("%s · %s%s%s · %.3f, %.3f", record.name_en,
                                  marsad_place_kind_to_string (record.kind),
                                  record.country[0] != '\0' ? " · " : "", record.country,
                                  record.lat, record.lon);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), record.name_ar);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "record", GUINT_TO_POINTER (record.index));
      gtk_list_box_append (dialog->results, row);
    }
}

static void
result_activated_cb (GtkListBox    *list,
                     GtkListBoxRow *row,
                     MoveDialog    *dialog)
{
  MarsadGazetteerRecord record;
  guint32 index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "record"));

  if (marsad_gazetteer_get_record (dialog->gazetteer, index, &record))
    dialog->func (dialog->place_id, &record, dialog->user_data);
  gtk_window_destroy (dialog->window);
}

static GtkWidget *
dialog_shell (GtkWindow  *parent,
              const char *title,
              GtkWidget **content)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 460, 520);
  gtk_box_append (GTK_BOX (box), header);
  *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_start (*content, 12);
  gtk_widget_set_margin_end (*content, 12);
  gtk_widget_set_margin_top (*content, 12);
  gtk_widget_set_margin_bottom (*content, 12);
  gtk_widget_set_vexpand (*content, TRUE);
  gtk_box_append (GTK_BOX (box), *content);
  adw_window_set_content (ADW_WINDOW (window), box);
  g_object_set_data (G_OBJECT (window), "header", header);
  return window;
}

static void
add_escape_closes (GtkWidget *window)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, shortcuts);
}

GtkWindow *
marsad_move_place_dialog_new (GtkWindow           *parent,
                              MarsadGazetteer     *gazetteer,
                              const MarsadPlace   *place,
                              MarsadMovePlaceFunc  func,
                              gpointer             user_data)
{
  MoveDialog *dialog = g_new0 (MoveDialog, 1);
  GtkWidget *content;
  GtkWidget *window;
  g_autofree char *title = g_strdup_printf (_("Move “%s”"), place->name);
  GtkWidget *entry = gtk_search_entry_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *hint = gtk_label_new (_("Search the gazetteer by Arabic or English name, then pick the right place."));

  window = dialog_shell (parent, title, &content);
  dialog->window = GTK_WINDOW (window);
  dialog->gazetteer = marsad_gazetteer_ref (gazetteer);
  dialog->place_id = g_strdup (place->id);
  dialog->func = func;
  dialog->user_data = user_data;
  g_object_set_data_full (G_OBJECT (window), "marsad-dialog", dialog, (GDestroyNotify) move_dialog_free);

  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (content), hint);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Place name"), -1);
  gtk_box_append (GTK_BOX (content), entry);

  dialog->results = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (dialog->results, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (dialog->results), "boxed-list");
  gtk_widget_set_valign (GTK_WIDGET (dialog->results), GTK_ALIGN_START);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (dialog->results));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (content), scroller);

  g_signal_connect (entry, "search-changed", G_CALLBACK (search_changed_cb), dialog);
  g_signal_connect (dialog->results, "row-activated", G_CALLBACK (result_activated_cb), dialog);
  gtk_search_entry_set_key_capture_widget (GTK_SEARCH_ENTRY (entry), window);
  add_escape_closes (window);

  gtk_editable_set_text (GTK_EDITABLE (entry), place->name);
  gtk_widget_grab_focus (entry);
  return GTK_WINDOW (window);
}

/* Edit an event ---------------------------------------------------------------- */

typedef struct
{
  GtkWindow           *window;
  char                *event_id;
  GtkDropDown         *type;
  GtkEntry            *date;
  GtkDropDown         *place;
  GPtrArray           *place_ids;   /* index i+1 of the drop-down; 0 = none */
  MarsadEditEventFunc  func;
  gpointer             user_data;
} EditDialog;

static void
edit_dialog_free (EditDialog *dialog)
{
  g_free (dialog->event_id);
  g_ptr_array_unref (dialog->place_ids);
  g_free (dialog);
}

gboolean
marsad_date_string_is_valid (const char *date)
{
  unsigned y = 0, m = 1, d = 1;
  int n;
  char extra;
  gsize len;

  if (date == NULL)
    return FALSE;
  len = strlen (date);
  if (len != 4 && len != 7 && len != 10)
    return FALSE;
  n = sscanf (date, "%4u-%2u-%2u%c", &y, &m, &d, &extra);
  if ((len == 4 && n != 1) || (len == 7 && n != 2) || (len == 10 && n != 3))
    return FALSE;
  return y >= 1 && g_date_valid_dmy (d, m, y);
}

static void
date_changed_cb (GtkEditable *entry,
                 EditDialog  *dialog)
{
  const char *text = gtk_editable_get_text (entry);

  if (text[0] == '\0' || marsad_date_string_is_valid (text))
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
}

static void
save_clicked_cb (GtkButton  *button,
                 EditDialog *dialog)
{
  const char *const *types = marsad_event_types ();
  guint type = gtk_drop_down_get_selected (dialog->type);
  guint place = gtk_drop_down_get_selected (dialog->place);
  const char *date = gtk_editable_get_text (GTK_EDITABLE (dialog->date));

  if (date[0] != '\0' && !marsad_date_string_is_valid (date))
    {
      gtk_widget_grab_focus (GTK_WIDGET (dialog->date));
      return;
    }
  dialog->func (dialog->event_id, type < MARSAD_N_EVENT_TYPES ? types[type] : NULL,
                date[0] != '\0' ? date : NULL,
                place > 0 && place <= dialog->place_ids->len ? g_ptr_array_index (dialog->place_ids, place - 1) : NULL,
                dialog->user_data);
  gtk_window_destroy (dialog->window);
}

static GtkWidget *
labelled (GtkWidget  *box,
          const char *text,
          GtkWidget  *widget)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), widget);
  return widget;
}

GtkWindow *
marsad_edit_event_dialog_new (GtkWindow            *parent,
                              const MarsadDocument *doc,
                              const MarsadEvent    *event,
                              MarsadEditEventFunc   func,
                              gpointer              user_data)
{
  EditDialog *dialog = g_new0 (EditDialog, 1);
  const char *const *types = marsad_event_types ();
  g_autoptr(GtkStringList) type_model = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) place_model = gtk_string_list_new (NULL);
  GtkWidget *content, *window, *save, *cancel;
  guint selected_type = GTK_INVALID_LIST_POSITION;
  guint selected_place = 0;

  window = dialog_shell (parent, _("Edit Event"), &content);
  gtk_window_set_default_size (GTK_WINDOW (window), 420, -1);
  dialog->window = GTK_WINDOW (window);
  dialog->event_id = g_strdup (event->id);
  dialog->func = func;
  dialog->user_data = user_data;
  dialog->place_ids = g_ptr_array_new_with_free_func (g_free);
  g_object_set_data_full (G_OBJECT (window), "marsad-dialog", dialog, (GDestroyNotify) edit_dialog_free);

  for (guint i = 0; i < MARSAD_N_EVENT_TYPES; i++)
    {
      gtk_string_list_append (type_model, g_dpgettext2 (NULL, "event type", types[i]));
      if (g_strcmp0 (types[i], event->type) == 0)
        selected_type = i;
    }
  dialog->type = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (type_model)), NULL));
  if (selected_type != GTK_INVALID_LIST_POSITION)
    gtk_drop_down_set_selected (dialog->type, selected_type);
  labelled (content, _("_Type"), GTK_WIDGET (dialog->type));

  dialog->date = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (dialog->date, _("YYYY-MM-DD, YYYY-MM or YYYY"));
  gtk_editable_set_text (GTK_EDITABLE (dialog->date), event->date_start != NULL ? event->date_start : "");
  g_signal_connect (dialog->date, "changed", G_CALLBACK (date_changed_cb), dialog);
  labelled (content, _("_Date"), GTK_WIDGET (dialog->date));

  gtk_string_list_append (place_model, _("No place"));
  for (guint i = 0; i < doc->places->len; i++)
    {
      const MarsadPlace *place = g_ptr_array_index (doc->places, i);
      g_autofree char *label = g_strdup_printf ("%s — %s", place->name, place->name_en != NULL ? place->name_en : "");

      gtk_string_list_append (place_model, label);
      g_ptr_array_add (dialog->place_ids, g_strdup (place->id));
      if (g_strcmp0 (place->id, event->place_id) == 0)
        selected_place = i + 1;
    }
  dialog->place = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (place_model)), NULL));
  gtk_drop_down_set_selected (dialog->place, selected_place);
  labelled (content, _("_Place"), GTK_WIDGET (dialog->place));

  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), window);
  save = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect (save, "clicked", G_CALLBACK (save_clicked_cb), dialog);
  adw_header_bar_set_show_end_title_buttons (g_object_get_data (G_OBJECT (window), "header"), FALSE);
  adw_header_bar_set_show_start_title_buttons (g_object_get_data (G_OBJECT (window), "header"), FALSE);
  adw_header_bar_pack_start (g_object_get_data (G_OBJECT (window), "header"), cancel);
  adw_header_bar_pack_end (g_object_get_data (G_OBJECT (window), "header"), save);
  gtk_window_set_default_widget (GTK_WINDOW (window), save);
  gtk_entry_set_activates_default (dialog->date, TRUE);
  add_escape_closes (window);
  return GTK_WINDOW (window);
}

/* Applying corrections ------------------------------------------------------- */

void
marsad_correction_move_place (MarsadPlace                 *place,
                              const MarsadGazetteerRecord *record)
{
  g_free (place->name);
  place->name = g_strdup (record->name_ar);
  g_free (place->name_en);
  place->name_en = g_strdup (record->name_en);
  place->lat = record->lat;
  place->lon = record->lon;
  g_free (place->kind);
  place->kind = g_strdup (marsad_place_kind_to_string (record->kind));
  g_free (place->country);
  place->country = record->country[0] != '\0' ? g_strdup (record->country) : NULL;
  g_free (place->admin1);
  place->admin1 = record->admin1_en != NULL && record->admin1_en[0] != '\0' ? g_strdup (record->admin1_en) : NULL;
  g_free (place->source_id);
  place->source_id = g_strdup (record->source_id);
}

static void
remove_id (GPtrArray  *ids,
           const char *id)
{
  for (guint i = 0; ids != NULL && i < ids->len;)
    {
      if (g_strcmp0 (g_ptr_array_index (ids, i), id) == 0)
        g_ptr_array_remove_index (ids, i);
      else
        i++;
    }
}

void
marsad_correction_remove_place (MarsadDocument *doc,
                                const char     *place_id)
{
  g_autofree char *id = g_strdup (place_id);

  for (guint i = 0; i < doc->events->len; i++)
    {
      MarsadEvent *event = g_ptr_array_index (doc->events, i);

      if (g_strcmp0 (event->place_id, id) == 0)
        g_clear_pointer (&event->place_id, g_free);
    }
  for (guint i = 0; i < doc->statements->len; i++)
    remove_id (((MarsadStatement *) g_ptr_array_index (doc->statements, i))->place_ids, id);
  for (guint i = 0; i < doc->places->len; i++)
    if (g_strcmp0 (((MarsadPlace *) g_ptr_array_index (doc->places, i))->id, id) == 0)
      {
        g_ptr_array_remove_index (doc->places, i);
        break;
      }
}
