/* marsad-window-actions.c: what the window's menu, buttons and drops do
 *
 * win.save-analysis, win.export-map, win.export-events, win.fit-events,
 * win.paste, Find, zoom, stepping through the timeline, closing the place
 * panel and the window, the shortcuts window, and dropping files or text on
 * the window. File choosers are GtkFileChooserNative: GTK 4.8 has no
 * GtkFileDialog, and the native one goes through the portal inside Flatpak.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "marsad-collection-window.h"
#include "marsad-document-json.h"
#include "marsad-export-dialog.h"
#include "marsad-export.h"
#include "marsad-focus.h"
#include "marsad-window-private.h"

/* A file name for what is exported from the open article: its own name
 * without the extension, else a translated default. */
static char *
suggest_name (MarsadWindow *self,
              const char   *fallback,
              const char   *extension)
{
  MarsadDocument *doc = marsad_window_get_document (self);
  g_autofree char *base = NULL;
  char *dot;

  if (doc == NULL || doc->path == NULL)
    return g_strconcat (fallback, ".", extension, NULL);
  base = g_path_get_basename (doc->path);
  /* "article.marsad.json" and "article.txt" both give "article" */
  if (g_str_has_suffix (base, ".marsad.json"))
    base[strlen (base) - strlen (".marsad.json")] = '\0';
  else if ((dot = strrchr (base, '.')) != NULL && dot != base)
    *dot = '\0';
  return g_strconcat (base, ".", extension, NULL);
}

/* Save analysis ----------------------------------------------------------- */

gboolean
marsad_window_save_analysis (MarsadWindow  *self,
                             const char    *path,
                             GError       **error)
{
  MarsadDocument *doc = marsad_window_get_document (self);

  g_return_val_if_fail (doc != NULL, FALSE);
  if (!marsad_document_save (doc, path, error))
    return FALSE;
  marsad_window_mark_saved (self, path);
  return TRUE;
}

static void
save_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  MarsadWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT && marsad_window_get_document (self) != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;

      if (path == NULL || !marsad_window_save_analysis (self, path, &error))
        marsad_window_show_error (self, error != NULL ? error->message : _("Only local files can be saved"));
      else
        {
          g_autofree char *uri = g_file_get_uri (file);

          gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
          marsad_window_show_info (self, _("Analysis saved"));
          if (self->close_after_save)
            gtk_window_close (GTK_WINDOW (self));
        }
    }
  self->close_after_save = FALSE;
  g_object_unref (dialog);
  g_object_unref (self);
}

/* A modal "save as" chooser over the window; shown by save_chooser_show (). */
static GtkFileChooserNative *
save_chooser_new (MarsadWindow *self,
                  const char   *title,
                  const char   *accept)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                                               accept, _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  return chooser;
}

/* Offers "<article>-<what>.<extension>" and hands the response to
 * on_response with a reference to the window. */
static void
save_chooser_show (MarsadWindow         *self,
                   GtkFileChooserNative *chooser,
                   const char           *what,
                   const char           *extension,
                   GCallback             on_response)
{
  g_autofree char *name = suggest_name (self, what, extension);

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", on_response, g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save_analysis_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  MarsadWindow *self = MARSAD_WINDOW (widget);
  GtkFileChooserNative *chooser;

  if (marsad_window_get_document (self) == NULL)
    return;
  chooser = save_chooser_new (self, _("Save Analysis"), _("_Save"));
  /* TRANSLATORS: the file name offered when saving an analysis; keep it
   * short and without spaces */
  save_chooser_show (self, chooser, _("analysis"), "marsad.json", G_CALLBACK (save_response_cb));
}

/* Export map -------------------------------------------------------------- */

static void
map_exported_cb (MarsadWindow *self,
                 const char   *path)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *message = g_strdup_printf (_("Map exported to “%s”"), base);

  marsad_window_show_info (self, message);
}

static void
export_map_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  MarsadWindow *self = MARSAD_WINDOW (widget);
  MarsadApplication *app = marsad_window_get_app (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  MarsadExportDialog *dialog;
  MarsadBasemap *basemap;

  if (self->analysis == NULL)
    return;
  /* Without the basemap the export still shows the events on a plain
   * background: say why rather than refuse. */
  basemap = marsad_application_get_basemap (app, &error);
  if (basemap == NULL)
    marsad_window_show_error (self, error->message);

  /* TRANSLATORS: the file name offered when exporting a map, without the extension */
  name = suggest_name (self, _("map"), "png");
  dialog = marsad_export_dialog_new (GTK_WINDOW (self), self->analysis, basemap,
                                     marsad_application_get_settings (app));
  marsad_export_dialog_set_suggested_name (dialog, name);
  marsad_export_dialog_set_show_background (dialog, self->show_background);
  {
    double west, south, east, north;

    /* the map's view, for "as on screen" */
    if (marsad_map_widget_get_view_bounds (self->map_view, &west, &south, &east, &north))
      marsad_export_dialog_set_screen_extent (dialog, west, south, east, north);
  }
  g_signal_connect_object (dialog, "exported", G_CALLBACK (map_exported_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Export events ----------------------------------------------------------- */

gboolean
marsad_window_export_events (MarsadWindow  *self,
                             const char    *path,
                             GError       **error)
{
  MarsadDocument *doc = marsad_window_get_document (self);
  const char *dot = strrchr (path, '.');
  MarsadEventFormat format;

  g_return_val_if_fail (MARSAD_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (doc != NULL, FALSE);

  if (dot == NULL || !marsad_event_format_from_string (dot + 1, &format))
    {
      g_autofree char *base = g_path_get_basename (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                   _("Could not export to “%s”: name the file .geojson, .csv or .kml"), base);
      return FALSE;
    }
  return marsad_export_events_to_file (doc, format, path, error);
}

static void
export_events_response_cb (GtkNativeDialog *dialog,
                           int              response,
                           MarsadWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT && marsad_window_get_document (self) != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog));
      const char *extension = filter != NULL ? g_object_get_data (G_OBJECT (filter), "extension") : NULL;
      const char *dot = path != NULL ? strrchr (path, '.') : NULL;
      MarsadEventFormat format;
      g_autoptr(GError) error = NULL;

      if (path == NULL)
        {
          marsad_window_show_error (self, _("Only local files can be exported to"));
          goto out;
        }
      /* A name typed without a known extension gets the chosen filter's. */
      if ((dot == NULL || !marsad_event_format_from_string (dot + 1, &format)) && extension != NULL)
        {
          char *with_extension = g_strconcat (path, ".", extension, NULL);

          g_free (path);
          path = with_extension;
        }
      if (!marsad_window_export_events (self, path, &error))
        marsad_window_show_error (self, error->message);
      else
        {
          g_autofree char *base = g_path_get_basename (path);
          g_autofree char *message = g_strdup_printf (_("Events exported to “%s”"), base);

          marsad_window_show_info (self, message);
        }
    }
out:
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
add_events_filter (GtkFileChooser    *chooser,
                   const char        *name,
                   MarsadEventFormat  format)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *extension = marsad_event_format_get_extension (format);

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, marsad_event_format_get_mime_type (format));
  gtk_file_filter_add_suffix (filter, extension);
  g_object_set_data (G_OBJECT (filter), "extension", (gpointer) extension);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
export_events_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  MarsadWindow *self = MARSAD_WINDOW (widget);
  GtkFileChooserNative *chooser;

  if (marsad_window_get_document (self) == NULL)
    return;
  chooser = save_chooser_new (self, _("Export Events"), _("_Export"));
  add_events_filter (GTK_FILE_CHOOSER (chooser), _("GeoJSON (GIS)"), MARSAD_EVENT_FORMAT_GEOJSON);
  add_events_filter (GTK_FILE_CHOOSER (chooser), _("CSV in ACLED’s columns"), MARSAD_EVENT_FORMAT_CSV);
  add_events_filter (GTK_FILE_CHOOSER (chooser), _("KML (Google Earth)"), MARSAD_EVENT_FORMAT_KML);
  /* TRANSLATORS: the file name offered when exporting events, without the extension */
  save_chooser_show (self, chooser, _("events"), "geojson", G_CALLBACK (export_events_response_cb));
}

/* Map and clipboard ------------------------------------------------------- */

static void
fit_events_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  marsad_map_widget_fit_events (MARSAD_WINDOW (widget)->map_view, TRUE);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  ShumateMap *map = SHUMATE_MAP (marsad_map_widget_get_map (MARSAD_WINDOW (widget)->map_view));
  ShumateViewport *viewport = shumate_map_get_viewport (map);
  ShumateLocation *centre = SHUMATE_LOCATION (viewport);
  double zoom = shumate_viewport_get_zoom_level (viewport);

  /* a whole level about the centre (libshumate's own step is a fifth) */
  zoom = g_str_equal (action_name, "win.zoom-in") ? floor (zoom + 1.0) : ceil (zoom - 1.0);
  zoom = CLAMP (zoom, shumate_viewport_get_min_zoom_level (viewport),
                shumate_viewport_get_max_zoom_level (viewport));
  shumate_map_go_to_full_with_duration (map, shumate_location_get_latitude (centre),
                                        shumate_location_get_longitude (centre), zoom, 150);
}

/* Alt+Down and Alt+Up walk the timeline in its order. */
static void
step_event_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  MarsadWindow *self = MARSAD_WINDOW (widget);
  int step = g_str_equal (action_name, "win.next-event") ? 1 : -1;
  g_autofree char *event_id = g_strdup (marsad_event_list_get_adjacent_event (self->event_list, step));

  if (event_id != NULL)
    marsad_window_select_event (self, event_id);
}

static void
close_place_panel_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  marsad_window_select_place (MARSAD_WINDOW (widget), NULL);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  marsad_window_start_search (MARSAD_WINDOW (widget));
}

static void
show_error_details_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  MarsadWindow *self = MARSAD_WINDOW (widget);
  AdwMessageDialog *dialog;

  if (self->last_error == NULL)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), self->error_summary,
                                                       self->last_error));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* The shortcuts window is built the first time it is asked for, not with
 * every window: start-up does not wait for it. */
GtkShortcutsWindow *
marsad_window_ensure_help_overlay (MarsadWindow *self)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (self);

  g_return_val_if_fail (MARSAD_IS_WINDOW (self), NULL);

  if (gtk_application_window_get_help_overlay (window) == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/marsad/Marsad/help-overlay.ui");

      gtk_application_window_set_help_overlay (window,
                                               GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder,
                                                                                             "help_overlay")));
    }
  return gtk_application_window_get_help_overlay (window);
}

static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  gtk_window_present (GTK_WINDOW (marsad_window_ensure_help_overlay (MARSAD_WINDOW (widget))));
}

/* A second article goes to a window of its own: the open work stays. */
static void
load_text_somewhere (MarsadWindow *self,
                     const char   *text)
{
  MarsadWindow *target = self;

  if (!marsad_window_is_empty (self))
    {
      target = marsad_window_new (marsad_window_get_app (self));
      gtk_window_present (GTK_WINDOW (target));
    }
  marsad_window_load_text (target, text, NULL);
}

static void
paste_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(MarsadWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (text == NULL || g_strstrip (text)[0] == '\0')
    {
      marsad_window_show_error (self, _("The clipboard holds no text to analyse"));
      return;
    }
  load_text_somewhere (self, text);
}

/* Ctrl+Z in an entry undoes the typing there, not a correction. */
static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  MarsadWindow *self = MARSAD_WINDOW (widget);
  gboolean undo = g_str_equal (action_name, "win.undo");

  if (marsad_focus_take_action (widget, undo ? "text.undo" : "text.redo"))
    return;
  if (undo)
    marsad_window_undo (self);
  else
    marsad_window_redo (self);
}

static void
paste_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  /* the Find entry, a dialog's field */
  if (marsad_focus_take_action (widget, "clipboard.paste"))
    return;
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL,
                                 paste_done_cb, g_object_ref (widget));
}

/* Drag and drop ----------------------------------------------------------- */

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         MarsadWindow  *self)
{
  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = g_value_get_boxed (value);

      for (GSList *l = files; l != NULL; l = l->next)
        {
          /* a collection opens in a window of its own */
          if (l == files && marsad_window_is_empty (self) && !marsad_collection_window_handles (l->data))
            marsad_window_load_file (self, l->data, NULL);
          else
            marsad_application_open_file (marsad_window_get_app (self), l->data, NULL);
        }
      return files != NULL;
    }
  if (G_VALUE_HOLDS_STRING (value) && g_value_get_string (value) != NULL)
    {
      load_text_somewhere (self, g_value_get_string (value));
      return TRUE;
    }
  return FALSE;
}

/* Set-up ------------------------------------------------------------------ */

void
marsad_window_update_actions (MarsadWindow *self)
{
  MarsadDocument *doc = marsad_window_get_document (self);
  gboolean have_doc = doc != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-analysis", have_doc);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-map", have_doc);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-events", have_doc);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.fit-events", have_doc);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find", have_doc);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", marsad_window_can_undo (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", marsad_window_can_redo (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in", have_doc);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out", have_doc);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-event", have_doc && doc->events->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-event", have_doc && doc->events->len > 0);
  /* disabled, Escape goes on to whatever else wants it */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close-place-panel",
                                 gtk_widget_get_visible (GTK_WIDGET (self->place_panel)));
}

void
marsad_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.save-analysis", NULL, save_analysis_action);
  gtk_widget_class_install_action (widget_class, "win.export-map", NULL, export_map_action);
  gtk_widget_class_install_action (widget_class, "win.export-events", NULL, export_events_action);
  gtk_widget_class_install_action (widget_class, "win.fit-events", NULL, fit_events_action);
  gtk_widget_class_install_action (widget_class, "win.paste", NULL, paste_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.next-event", NULL, step_event_action);
  gtk_widget_class_install_action (widget_class, "win.previous-event", NULL, step_event_action);
  gtk_widget_class_install_action (widget_class, "win.close-place-panel", NULL, close_place_panel_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.show-error-details", NULL, show_error_details_action);
  /* a binding, not an application accelerator: those run before the focused
   * widget, and Escape belongs first to entries, popovers and the search bar */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.close-place-panel", NULL);
  gtk_widget_class_install_property_action (widget_class, "win.show-background", "show-background");
}

void
marsad_window_init_actions (MarsadWindow *self)
{
  GtkDropTarget *drop;
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_STRING };

  drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (drop, types, G_N_ELEMENTS (types));
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  {
    /* win.show-legend: the map's legend, for a header-bar toggle */
    g_autoptr(GAction) legend = marsad_map_widget_create_legend_action (self->map_view);

    g_action_map_add_action (G_ACTION_MAP (self), legend);
  }
  marsad_window_update_actions (self);
}
