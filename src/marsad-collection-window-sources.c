/* marsad-collection-window-sources.c: where added articles come from
 *
 * Open (several files), a folder (or several), a drop of files or of
 * text on the window, and win.paste (the application's Ctrl+V, which
 * pastes into a focused entry instead): each one ends in
 * marsad_collection_window_import() or _import_text(). The toast's
 * Details show the files that could not be added.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "marsad-collection-window-private.h"
#include "marsad-focus.h"

static GStrv
local_paths (GListModel *files)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = files != NULL ? g_list_model_get_n_items (files) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        g_strv_builder_add (builder, path);
    }
  return g_strv_builder_end (builder);
}

static void
chooser_response_cb (GtkNativeDialog        *chooser,
                     int                     response,
                     MarsadCollectionWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      g_auto(GStrv) paths = local_paths (files);

      if (paths[0] != NULL)
        marsad_collection_window_import (self, (const char *const *) paths);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
choose (MarsadCollectionWindow *self,
        gboolean                folder)
{
  GtkFileChooserNative *chooser;

  if (self->import != NULL)
    return;

  chooser = gtk_file_chooser_native_new (folder ? _("Add Folders of Articles") : _("Add Articles"),
                                         GTK_WINDOW (self),
                                         folder ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER : GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Add"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  if (!folder)
    {
      g_autoptr(GtkFileFilter) articles = gtk_file_filter_new ();
      g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
      static const char *const patterns[] = { "*.txt", "*.html", "*.htm", "*.json", "*.jsonl" };

      gtk_file_filter_set_name (articles, _("Articles (text, HTML, JSON Lines, analyses)"));
      for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
        gtk_file_filter_add_pattern (articles, patterns[i]);
      gtk_file_filter_set_name (all, _("All Files"));
      gtk_file_filter_add_pattern (all, "*");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), articles);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
    }
  /* a window closed meanwhile hears no answer */
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
add_files_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  choose (MARSAD_COLLECTION_WINDOW (widget), FALSE);
}

static void
add_folder_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  choose (MARSAD_COLLECTION_WINDOW (widget), TRUE);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static void
text_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(MarsadCollectionWindow) self = user_data;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);

  if (self->closing)
    return;
  if (is_blank (text))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("The clipboard holds no text to add")));
      return;
    }
  marsad_collection_window_import_text (self, text);
}

static void
paste_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  /* the search, the actor filter, a dialog's field */
  if (marsad_focus_take_action (widget, "clipboard.paste"))
    return;
  if (MARSAD_COLLECTION_WINDOW (widget)->import != NULL)
    return;
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, text_read_cb, g_object_ref (widget));
}

static void
cancel_import_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  marsad_collection_window_cancel_import (MARSAD_COLLECTION_WINDOW (widget));
}

static void
import_details_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MarsadCollectionWindow *self = MARSAD_COLLECTION_WINDOW (widget);
  /* a line starts with a file name, often Latin: each line in the
   * interface's direction (PLATFORM.md: a leading mark sets it) */
  const char *mark = gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL ? "\u200f" : "\u200e";
  g_autofree char *separator = g_strconcat ("\n", mark, NULL);
  g_auto(GStrv) lines = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *text = NULL;
  GtkWidget *dialog, *label, *scrolled;

  if (self->import_details == NULL)
    return;
  lines = g_strsplit (self->import_details, "\n", -1);
  joined = g_strjoinv (separator, lines);
  text = g_strconcat (mark, joined, NULL);
  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 64);
  gtk_widget_add_css_class (label, "arabic");
  /* a long list scrolls (a wrapped label's natural height is not the
   * height it takes in the dialog: a few lines go as they are) */
  if (g_strv_length (lines) > 8)
    {
      scrolled = gtk_scrolled_window_new ();
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 280);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
      label = scrolled;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Files That Could Not Be Added"), NULL);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), label);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
drop_cb (GtkDropTarget          *target,
         const GValue           *value,
         double                  x,
         double                  y,
         MarsadCollectionWindow *self)
{
  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) paths = NULL;

      for (GSList *l = g_value_get_boxed (value); l != NULL; l = l->next)
        {
          g_autofree char *path = g_file_get_path (l->data);

          if (path != NULL)
            g_strv_builder_add (builder, path);
        }
      paths = g_strv_builder_end (builder);
      if (paths[0] == NULL)
        return FALSE;
      marsad_collection_window_import (self, (const char *const *) paths);
      return TRUE;
    }
  if (G_VALUE_HOLDS_STRING (value) && !is_blank (g_value_get_string (value)))
    {
      marsad_collection_window_import_text (self, g_value_get_string (value));
      return TRUE;
    }
  return FALSE;
}

void
marsad_collection_window_class_init_sources (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.add-files", NULL, add_files_action);
  gtk_widget_class_install_action (widget_class, "win.add-folder", NULL, add_folder_action);
  /* Ctrl+V: the application's accelerator of win.paste, as in an article's window */
  gtk_widget_class_install_action (widget_class, "win.paste", NULL, paste_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-import", NULL, cancel_import_action);
  gtk_widget_class_install_action (widget_class, "win.import-details", NULL, import_details_action);
}

void
marsad_collection_window_init_sources (MarsadCollectionWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_STRING };

  gtk_drop_target_set_gtypes (drop, types, G_N_ELEMENTS (types));
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}
