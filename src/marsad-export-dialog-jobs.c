/* marsad-export-dialog-jobs.c: the Export Map dialog's work in a worker
 * thread — writing the file, or an image for the clipboard — with progress
 * and Stop
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "marsad-document-json.h"
#include "marsad-export-dialog-private.h"


typedef struct
{
  MarsadDocument         *doc;       /* a copy: the window may change its own */
  MarsadBasemap          *basemap;
  MarsadMapExportOptions  opts;
  char                   *path;      /* NULL: an image for the clipboard */
  int                    *progress;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_pointer (&job->doc, marsad_document_free);
  g_clear_pointer (&job->basemap, marsad_basemap_unref);
  g_free (job->path);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  if (job->path != NULL)
    {
      if (marsad_map_export_full (job->doc, job->basemap, &job->opts, job->path, cancellable,
                                  job->progress, &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, error);
    }
  else
    {
      cairo_surface_t *image = marsad_map_export_render_image (job->doc, job->basemap, &job->opts, &error);

      if (image == NULL)
        g_task_return_error (task, error);
      else if (g_task_return_error_if_cancelled (task))
        cairo_surface_destroy (image);
      else
        g_task_return_pointer (task, image, (GDestroyNotify) cairo_surface_destroy);
    }
}

static gboolean
update_progress_cb (gpointer data)
{
  MarsadExportDialog *self = data;
  int done = g_atomic_int_get (&self->progress);

  if (done <= 0)
    gtk_progress_bar_pulse (self->progress_bar);
  else
    gtk_progress_bar_set_fraction (self->progress_bar, done / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
set_busy (MarsadExportDialog *self,
          gboolean            busy)
{
  gtk_widget_set_sensitive (self->options_page, !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose-file", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.copy", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.cancel", busy);
  gtk_revealer_set_reveal_child (self->progress_revealer, busy);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  if (busy)
    {
      g_atomic_int_set (&self->progress, 0);
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      self->progress_source = g_timeout_add (100, update_progress_cb, self);
    }
  else
    g_clear_object (&self->cancellable);
}

static void
start_job (MarsadExportDialog  *self,
           const char          *path,
           GAsyncReadyCallback  callback,
           gpointer             user_data)
{
  MarsadDocument *doc = marsad_analysis_get_document (self->analysis);
  g_autofree char *json = marsad_document_to_json_string (doc, MARSAD_JSON_SAVED_ANALYSIS, FALSE);
  g_autoptr(GTask) task = NULL;
  ExportJob *job = g_new0 (ExportJob, 1);

  job->doc = marsad_document_from_json_data (doc->path != NULL ? doc->path : "", json, strlen (json), NULL);
  job->basemap = self->basemap != NULL ? marsad_basemap_ref (self->basemap) : NULL;
  marsad_export_dialog_get_options (self, &job->opts);
  job->path = g_strdup (path);
  job->progress = &self->progress;

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  task = g_task_new (self, self->cancellable, callback, user_data);
  g_task_set_source_tag (task, start_job);
  if (job->doc == NULL)
    {
      export_job_free (job);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot copy the analysis to export it"));
      return;
    }
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

static void
show_toast (MarsadExportDialog *self,
            const char         *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
marsad_export_dialog_export_async (MarsadExportDialog  *self,
                                   const char          *path,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (MARSAD_IS_EXPORT_DIALOG (self));
  g_return_if_fail (path != NULL);
  start_job (self, path, callback, user_data);
}

gboolean
marsad_export_dialog_export_finish (MarsadExportDialog  *self,
                                    GAsyncResult        *result,
                                    GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  GTask *task = G_TASK (result);
  ExportJob *job = g_task_get_task_data (task);

  set_busy (self, FALSE);
  if (!g_task_propagate_boolean (task, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_toast (self, _("Export stopped: no file was written"));
      else
        show_toast (self, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  marsad_export_dialog_save_settings (self, job->path);
  marsad_export_dialog_emit (self, MARSAD_EXPORT_DIALOG_EXPORTED, job->path);
  return TRUE;
}

void
marsad_export_dialog_cancel (MarsadExportDialog *self)
{
  g_return_if_fail (MARSAD_IS_EXPORT_DIALOG (self));
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

void
marsad_export_dialog_cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  marsad_export_dialog_cancel (MARSAD_EXPORT_DIALOG (widget));
}

static void
copied_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  MarsadExportDialog *self = MARSAD_EXPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *image;

  set_busy (self, FALSE);
  image = g_task_propagate_pointer (G_TASK (result), &error);
  if (image == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_toast (self, error->message);
      return;
    }
  {
    int height = cairo_image_surface_get_height (image);
    int stride = cairo_image_surface_get_stride (image);
    g_autoptr(GBytes) bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (image),
                                                          (gsize) stride * height,
                                                          (GDestroyNotify) cairo_surface_destroy, image);
    g_autoptr(GdkTexture) texture = gdk_memory_texture_new (cairo_image_surface_get_width (image), height,
                                                            GDK_MEMORY_DEFAULT, bytes, stride);

    gdk_clipboard_set_texture (gtk_widget_get_clipboard (GTK_WIDGET (self)), texture);
  }
  show_toast (self, _("Map copied as an image"));
  marsad_export_dialog_emit (self, MARSAD_EXPORT_DIALOG_COPIED, NULL);
}

void
marsad_export_dialog_copy (MarsadExportDialog *self)
{
  g_return_if_fail (MARSAD_IS_EXPORT_DIALOG (self));
  start_job (self, NULL, copied_cb, NULL);
}

void
marsad_export_dialog_copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  marsad_export_dialog_copy (MARSAD_EXPORT_DIALOG (widget));
}
