/* marsad-collection-window-import.c: adding articles to the open collection
 *
 * Open (several files), a folder (recursive), a drop of files or of text,
 * and a paste (Ctrl+V where no text entry takes it) all end in one import:
 * a thread loads the extractor and counts the inputs (for the progress
 * bar), then the collection's worker imports them with the collection
 * library's importer (marsad-collection-import.h: every core analyses,
 * one transaction an article, the same text twice is one article). Cancel
 * stops after the article being written; what was written stays.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "marsad-collection-window-private.h"

struct _MarsadImportJob
{
  MarsadCollectionWindow *window;     /* a reference, until the job ends */
  GStrv                   paths;
  char                   *text;       /* or one article's text */
  GCancellable           *cancellable;
  MarsadExtractor        *extractor;
  guint                   total;      /* 0 while counting */
  guint                   done;
  guint                   added, duplicates, failed;
  GString                *problems;   /* "name: problem" a line */
};

static void
job_free (MarsadImportJob *job)
{
  g_clear_object (&job->window);
  g_strfreev (job->paths);
  g_free (job->text);
  g_clear_object (&job->cancellable);
  g_clear_pointer (&job->extractor, marsad_extractor_unref);
  g_string_free (job->problems, TRUE);
  g_free (job);
}

static void
set_actions (MarsadCollectionWindow *self,
             gboolean                importing)
{
  static const char *const starts[] = { "win.add-files", "win.add-folder", "win.paste-article" };

  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), starts[i], !importing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-import", importing);
}

static void
update_bar (MarsadImportJob *job)
{
  MarsadCollectionWindow *self = job->window;
  g_autofree char *text = NULL;

  if (self->closing)
    return;
  if (g_cancellable_is_cancelled (job->cancellable))
    text = g_strdup (_("Cancelling…"));
  else if (job->total == 0)
    {
      text = g_strdup (_("Counting the articles…"));
      gtk_progress_bar_pulse (self->import_progress);
    }
  else
    {
      guint total = MAX (job->total, job->done);

      /* TRANSLATORS: the import's progress: "Importing 12 of 40…" */
      text = g_strdup_printf (ngettext ("Importing %u of %u…", "Importing %u of %u…", total), job->done, total);
      gtk_progress_bar_set_fraction (self->import_progress, (double) job->done / total);
    }
  gtk_label_set_text (self->import_label, text);
}

/* "name: problem", the name without its folders, the problem in the
 * importer's words without the path it starts with. */
static void
add_problem (MarsadImportJob *job,
             const char      *name,
             const GError    *error)
{
  g_autofree char *base = g_path_get_basename (name);
  const char *problem = error != NULL ? error->message : _("could not be read");
  size_t len = strlen (name);

  if (strncmp (problem, name, len) == 0 && strncmp (problem + len, ": ", 2) == 0)
    problem += len + 2;
  if (job->problems->len > 0)
    g_string_append_c (job->problems, '\n');
  /* TRANSLATORS: a file that could not be added, and why */
  g_string_append_printf (job->problems, _("%s: %s"), base, problem);
}

static void
progress_cb (const char          *name,
             MarsadImportOutcome  outcome,
             gint64               article_id,
             const GError        *error,
             guint                done,
             gpointer             user_data)
{
  MarsadImportJob *job = user_data;

  job->done++;
  switch (outcome)
    {
    case MARSAD_IMPORT_ADDED:
      job->added++;
      break;
    case MARSAD_IMPORT_DUPLICATE:
      job->duplicates++;
      break;
    case MARSAD_IMPORT_FAILED:
    default:
      job->failed++;
      add_problem (job, name, error);
      break;
    }
  update_bar (job);
}

static char *
format_report (MarsadImportJob *job,
               gboolean         cancelled)
{
  g_autofree char *added = g_strdup_printf (ngettext ("Added %u article", "Added %u articles", job->added),
                                            job->added);
  g_autoptr(GPtrArray) extras = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *line = NULL;

  if (job->duplicates > 0)
    g_ptr_array_add (extras, g_strdup_printf (ngettext ("%u already in the collection",
                                                        "%u already in the collection", job->duplicates),
                                              job->duplicates));
  if (job->failed > 0)
    g_ptr_array_add (extras, g_strdup_printf (ngettext ("%u unreadable", "%u unreadable", job->failed),
                                              job->failed));
  if (extras->len > 0)
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (extras, NULL);
      /* TRANSLATORS: the separator of the import's counts */
      joined = g_strjoinv (_(", "), (char **) extras->pdata);
      /* TRANSLATORS: "Added 3 articles (1 already in the collection, 1 unreadable)" */
      line = g_strdup_printf (_("%s (%s)"), added, joined);
    }
  else
    line = g_steal_pointer (&added);
  if (cancelled)
    /* TRANSLATORS: the import's summary after Cancel */
    return g_strdup_printf (_("Import cancelled. %s"), line);
  return g_steal_pointer (&line);
}

static void
finish (MarsadImportJob *job,
        const GError    *error)
{
  MarsadCollectionWindow *self = job->window;
  gboolean cancelled = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  self->pending--;
  self->import = NULL;
  self->import_done = job->done;
  self->import_total = job->total;
  if (!self->closing)
    {
      AdwToast *toast;

      g_free (self->import_report);
      g_free (self->import_details);
      self->import_details = job->problems->len > 0 ? g_strdup (job->problems->str) : NULL;
      self->import_report = error != NULL && !cancelled ? g_strdup (error->message) : format_report (job, cancelled);
      {
        g_autofree char *markup = g_markup_escape_text (self->import_report, -1);

        toast = adw_toast_new (markup);
      }
      if (self->import_details != NULL)
        {
          adw_toast_set_button_label (toast, _("_Details"));
          adw_toast_set_action_name (toast, "win.import-details");
        }
      adw_toast_set_timeout (toast, 8);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      gtk_action_bar_set_revealed (self->import_bar, FALSE);
      set_actions (self, FALSE);
      if (job->done > 0)
        marsad_collection_window_reload (self);
    }
  job_free (job);
}

static void
imported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  MarsadImportJob *job = user_data;
  g_autoptr(GError) error = NULL;
  MarsadImportStats stats;

  if (marsad_collection_service_import_finish (MARSAD_COLLECTION_SERVICE (source), result, &stats, &error))
    {
      /* the importer's own count has the last word */
      job->added = stats.added;
      job->duplicates = stats.duplicates;
      job->failed = stats.failed;
    }
  finish (job, error);
}

static void
prepare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  MarsadImportJob *job = task_data;
  g_autoptr(GError) error = NULL;
  guint total = job->text != NULL ? 1 : 0;

  /* the first import loads the gazetteer: seconds, not on the main loop */
  job->extractor = marsad_application_dup_extractor (job->window->app, &error);
  if (job->extractor == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  for (guint i = 0; job->paths != NULL && job->paths[i] != NULL; i++)
    total += marsad_import_count_path (job->paths[i], cancellable);
  job->total = MAX (total, 1);
  g_task_return_boolean (task, TRUE);
}

static void
prepared_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  MarsadImportJob *job = user_data;
  MarsadCollectionWindow *self = job->window;
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error) ||
      g_cancellable_set_error_if_cancelled (job->cancellable, &error))
    {
      finish (job, error);
      return;
    }
  update_bar (job);
  if (job->text != NULL)
    marsad_collection_service_import_text_async (self->service, job->text, _("pasted text"), job->extractor,
                                                 progress_cb, job, job->cancellable, imported_cb, job);
  else
    marsad_collection_service_import_async (self->service, (const char *const *) job->paths, job->extractor,
                                            progress_cb, job, job->cancellable, imported_cb, job);
}

static void
start (MarsadCollectionWindow *self,
       GStrv                   paths,
       char                   *text)
{
  MarsadImportJob *job;
  g_autoptr(GTask) task = NULL;

  if (self->import != NULL)
    {
      g_strfreev (paths);
      g_free (text);
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Articles are being added: wait for them, or cancel")));
      return;
    }
  job = g_new0 (MarsadImportJob, 1);
  job->window = g_object_ref (self);
  job->paths = paths;
  job->text = text;
  job->cancellable = g_cancellable_new ();
  job->problems = g_string_new (NULL);
  self->import = job;
  self->pending++;
  set_actions (self, TRUE);
  gtk_progress_bar_set_fraction (self->import_progress, 0);
  gtk_action_bar_set_revealed (self->import_bar, TRUE);
  update_bar (job);

  task = g_task_new (self, job->cancellable, prepared_cb, job);
  g_task_set_source_tag (task, start);
  g_task_set_task_data (task, job, NULL);
  g_task_run_in_thread (task, prepare_thread);
}

void
marsad_collection_window_import (MarsadCollectionWindow *self,
                                 const char *const      *paths)
{
  g_return_if_fail (MARSAD_IS_COLLECTION_WINDOW (self));
  g_return_if_fail (paths != NULL && paths[0] != NULL);
  start (self, g_strdupv ((char **) paths), NULL);
}

void
marsad_collection_window_import_text (MarsadCollectionWindow *self,
                                      const char             *text)
{
  g_return_if_fail (MARSAD_IS_COLLECTION_WINDOW (self));
  g_return_if_fail (text != NULL);
  start (self, NULL, g_strdup (text));
}

void
marsad_collection_window_cancel_import (MarsadCollectionWindow *self)
{
  if (self->import == NULL)
    return;
  g_cancellable_cancel (self->import->cancellable);
  update_bar (self->import);
}

void
marsad_collection_window_clear_import (MarsadCollectionWindow *self)
{
  g_clear_pointer (&self->import_report, g_free);
  g_clear_pointer (&self->import_details, g_free);
}

gboolean
marsad_collection_window_get_import_progress (MarsadCollectionWindow *self,
                                              guint                  *done,
                                              guint                  *total)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_WINDOW (self), FALSE);
  if (done != NULL)
    *done = self->import != NULL ? self->import->done : self->import_done;
  if (total != NULL)
    *total = self->import != NULL ? self->import->total : self->import_total;
  return self->import != NULL;
}

const char *
marsad_collection_window_get_import_report (MarsadCollectionWindow *self)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_WINDOW (self), NULL);
  return self->import_report;
}

const char *
marsad_collection_window_get_import_details (MarsadCollectionWindow *self)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_WINDOW (self), NULL);
  return self->import_details;
}

/* ---- where the articles come from ---- */

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
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
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
paste_article_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
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
marsad_collection_window_init_import (MarsadCollectionWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_STRING };

  gtk_drop_target_set_gtypes (drop, types, G_N_ELEMENTS (types));
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  set_actions (self, FALSE);
}

void
marsad_collection_window_class_init_import (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.add-files", NULL, add_files_action);
  gtk_widget_class_install_action (widget_class, "win.add-folder", NULL, add_folder_action);
  gtk_widget_class_install_action (widget_class, "win.paste-article", NULL, paste_article_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-import", NULL, cancel_import_action);
  gtk_widget_class_install_action (widget_class, "win.import-details", NULL, import_details_action);
  /* a binding of the window: a focused entry takes its own Ctrl+V first */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "win.paste-article", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.add-files", NULL);
}
