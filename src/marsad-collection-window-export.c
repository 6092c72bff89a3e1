/* marsad-collection-window-export.c: exports follow the filters
 *
 * Export Events writes the fused events the filters let through, with
 * every report as a source (marsad-collection-export.h); Export Map opens
 * the single-article map export on the same events.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "marsad-analysis.h"
#include "marsad-collection-export.h"
#include "marsad-collection-window-private.h"
#include "marsad-export-dialog.h"

static gboolean
format_of (const char        *path,
           MarsadEventFormat *format)
{
  const char *dot = strrchr (path, '.');

  return dot != NULL && marsad_event_format_from_string (dot + 1, format);
}

gboolean
marsad_collection_window_export_events (MarsadCollectionWindow *self,
                                        const char             *path,
                                        GError                **error)
{
  MarsadEventFormat format;
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (MARSAD_IS_COLLECTION_WINDOW (self), FALSE);
  g_return_val_if_fail (self->events != NULL, FALSE);

  if (!format_of (path, &format))
    {
      g_autofree char *base = g_path_get_basename (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                   _("Could not export to “%s”: name the file .json, .geojson, .csv or .kml"), base);
      return FALSE;
    }
  data = marsad_collection_events_export (self->events, format, &length, error);
  if (data == NULL)
    return FALSE;
  if (!g_file_set_contents_full (path, data, (gssize) length, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error))
    return FALSE;
  return TRUE;
}

static char *
suggested_name (MarsadCollectionWindow *self,
                const char             *what,
                const char             *extension)
{
  g_autofree char *base = g_file_get_basename (self->file);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_strdup_printf ("%s-%s.%s", base, what, extension);
}

static void
export_response_cb (GtkNativeDialog        *dialog,
                    int                     response,
                    MarsadCollectionWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->events != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      MarsadEventFormat format;
      g_autoptr(GError) error = NULL;

      if (path != NULL && !format_of (path, &format))
        {
          /* a name typed without an extension: GeoJSON, the GIS default */
          char *with = g_strconcat (path, ".geojson", NULL);

          g_free (path);
          path = with;
        }
      if (path == NULL)
        marsad_collection_window_show_error (self, _("Only local files can be exported to"));
      else if (!marsad_collection_window_export_events (self, path, &error))
        marsad_collection_window_show_error (self, error->message);
      else
        {
          g_autofree char *base = g_path_get_basename (path);
          g_autofree char *message = g_strdup_printf (_("Events exported to “%s”"), base);

          adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
        }
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

void
marsad_collection_window_export_events_action (GtkWidget  *widget,
                                               const char *action_name,
                                               GVariant   *parameter)
{
  MarsadCollectionWindow *self = MARSAD_COLLECTION_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *name = suggested_name (self, "events", "geojson");

  chooser = gtk_file_chooser_native_new (_("Export Events"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
marsad_collection_window_export_map_action (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *parameter)
{
  MarsadCollectionWindow *self = MARSAD_COLLECTION_WINDOW (widget);
  g_autoptr(MarsadAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = g_file_get_basename (self->file);
  g_autofree char *name = NULL;
  MarsadBasemap *basemap;
  MarsadExportDialog *dialog;

  if (self->events == NULL)
    return;
  basemap = marsad_application_get_basemap (self->app, &error);
  analysis = marsad_analysis_new_take (marsad_collection_events_to_document (self->events, title), NULL, FALSE);
  dialog = marsad_export_dialog_new (GTK_WINDOW (self), analysis, basemap,
                                     marsad_application_get_settings (self->app));
  name = suggested_name (self, "map", "png");
  marsad_export_dialog_set_suggested_name (dialog, name);
  gtk_window_present (GTK_WINDOW (dialog));
}
