/* marsad-export-dialog.c: the Export Map dialog
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "marsad-export-dialog-private.h"

/* Typing a width digit by digit should not redraw the preview each time. */
#define PREVIEW_DELAY_MS 120
#define PREVIEW_MARGIN 8


G_DEFINE_FINAL_TYPE (MarsadExportDialog, marsad_export_dialog, ADW_TYPE_WINDOW)

static guint signals[MARSAD_EXPORT_DIALOG_N_SIGNALS];

void
marsad_export_dialog_get_options (MarsadExportDialog     *self,
                                  MarsadMapExportOptions *opts)
{
  g_return_if_fail (MARSAD_IS_EXPORT_DIALOG (self));

  marsad_map_export_options_init (opts);
  opts->format = (MarsadMapFormat) adw_combo_row_get_selected (self->format_row);
  opts->width = gtk_spin_button_get_value_as_int (self->width_spin);
  opts->height = gtk_spin_button_get_value_as_int (self->height_spin);
  opts->scale = gtk_spin_button_get_value (self->scale_spin);
  opts->dark = gtk_switch_get_active (self->dark_switch);
  opts->show_title = gtk_switch_get_active (self->title_switch);
  opts->show_legend = gtk_switch_get_active (self->legend_switch);
  opts->show_scale_bar = gtk_switch_get_active (self->scale_bar_switch);
  /* history is left out unless asked for, whatever the window shows */
  opts->show_background = gtk_switch_get_active (self->background_switch);
  if (self->has_screen_extent && adw_combo_row_get_selected (self->extent_row) == 1)
    {
      opts->has_bbox = TRUE;
      opts->west = self->screen_west;
      opts->south = self->screen_south;
      opts->east = self->screen_east;
      opts->north = self->screen_north;
    }
  /* The export always draws the offline basemap, even when the window
   * shows OpenStreetMap's tiles, so it credits only the offline data. */
  opts->online_tiles = FALSE;
}

/* Preview ----------------------------------------------------------------- */

/* The export drawn at the preview's size into a cached image, so that the
 * drawing area only paints it: the whole map takes tens of milliseconds. */
static gboolean
render_preview_cb (gpointer user_data)
{
  MarsadExportDialog *self = user_data;
  GtkWidget *area = GTK_WIDGET (self->preview);
  int scale_factor = gtk_widget_get_scale_factor (area);
  int aw = gtk_widget_get_width (area);
  int ah = gtk_widget_get_height (area);
  MarsadMapExportOptions opts;
  double fit;
  cairo_t *cr;

  self->preview_source = 0;
  g_clear_pointer (&self->preview_surface, cairo_surface_destroy);
  marsad_export_dialog_get_options (self, &opts);
  if (aw <= 2 * PREVIEW_MARGIN || ah <= 2 * PREVIEW_MARGIN || self->analysis == NULL)
    return G_SOURCE_REMOVE;

  fit = MIN ((aw - 2.0 * PREVIEW_MARGIN) / opts.width, (ah - 2.0 * PREVIEW_MARGIN) / opts.height);
  self->preview_surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                      MAX (1, (int) (opts.width * fit * scale_factor)),
                                                      MAX (1, (int) (opts.height * fit * scale_factor)));
  cairo_surface_set_device_scale (self->preview_surface, scale_factor, scale_factor);
  cr = cairo_create (self->preview_surface);
  cairo_scale (cr, fit, fit);
  marsad_map_export_draw (cr, marsad_analysis_get_document (self->analysis), self->basemap, &opts);
  cairo_destroy (cr);
  gtk_widget_queue_draw (area);
  return G_SOURCE_REMOVE;
}

static void
queue_preview (MarsadExportDialog *self)
{
  g_clear_handle_id (&self->preview_source, g_source_remove);
  self->preview_source = g_timeout_add (PREVIEW_DELAY_MS, render_preview_cb, self);
}

static void
draw_preview (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  MarsadExportDialog *self = user_data;
  int scale_factor = gtk_widget_get_scale_factor (GTK_WIDGET (area));
  double w, h, x, y;

  if (self->preview_surface == NULL)
    return;
  w = (double) cairo_image_surface_get_width (self->preview_surface) / scale_factor;
  h = (double) cairo_image_surface_get_height (self->preview_surface) / scale_factor;
  x = floor ((width - w) / 2);
  y = floor ((height - h) / 2);

  /* a hairline so that a light map stands out from a light window */
  cairo_rectangle (cr, x - 0.5, y - 0.5, w + 1, h + 1);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  cairo_set_source_surface (cr, self->preview_surface, x, y);
  cairo_paint (cr);
}

static void
preview_resized_cb (MarsadExportDialog *self)
{
  queue_preview (self);
}

static void
update_size_label (MarsadExportDialog *self)
{
  MarsadMapExportOptions opts;
  g_autofree char *text = NULL;

  marsad_export_dialog_get_options (self, &opts);
  if (opts.format == MARSAD_MAP_FORMAT_PNG)
    /* TRANSLATORS: the size of the exported image in pixels, width × height */
    text = g_strdup_printf (_("%d × %d pixels"), (int) (opts.width * opts.scale + 0.5),
                            (int) (opts.height * opts.scale + 0.5));
  else
    /* TRANSLATORS: a drawing's page size in CSS pixels (96 a inch), then in centimetres */
    text = g_strdup_printf (_("%d × %d px (%.1f × %.1f cm)"), opts.width, opts.height,
                            opts.width * 2.54 / 96, opts.height * 2.54 / 96);
  gtk_label_set_label (self->size_label, text);
  /* SVG and PDF are vectors: only a PNG has a pixel density */
  gtk_widget_set_sensitive (GTK_WIDGET (self->scale_row), opts.format == MARSAD_MAP_FORMAT_PNG);
}

static void
options_changed_cb (MarsadExportDialog *self)
{
  update_size_label (self);
  queue_preview (self);
}

/* Settings ---------------------------------------------------------------- */

static void
load_settings (MarsadExportDialog *self)
{
  if (self->settings == NULL)
    return;
  adw_combo_row_set_selected (self->format_row, g_settings_get_enum (self->settings, "last-export-format"));
  gtk_spin_button_set_value (self->width_spin, g_settings_get_int (self->settings, "last-export-width"));
  gtk_spin_button_set_value (self->height_spin, g_settings_get_int (self->settings, "last-export-height"));
  gtk_spin_button_set_value (self->scale_spin, g_settings_get_double (self->settings, "last-export-scale"));
  gtk_switch_set_active (self->dark_switch, g_settings_get_boolean (self->settings, "last-export-dark"));
  gtk_switch_set_active (self->title_switch, g_settings_get_boolean (self->settings, "last-export-title"));
  gtk_switch_set_active (self->legend_switch, g_settings_get_boolean (self->settings, "last-export-legend"));
  gtk_switch_set_active (self->scale_bar_switch, g_settings_get_boolean (self->settings, "last-export-scale-bar"));
}

void
marsad_export_dialog_emit (MarsadExportDialog *self,
                           guint               signal,
                           const char         *path)
{
  if (signal == MARSAD_EXPORT_DIALOG_EXPORTED)
    g_signal_emit (self, signals[signal], 0, path);
  else
    g_signal_emit (self, signals[signal], 0);
}

void
marsad_export_dialog_save_settings (MarsadExportDialog *self,
               const char         *path)
{
  MarsadMapExportOptions opts;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;

  if (self->settings == NULL)
    return;
  marsad_export_dialog_get_options (self, &opts);
  /* one change notification for all the keys */
  g_settings_delay (self->settings);
  g_settings_set_enum (self->settings, "last-export-format", opts.format);
  g_settings_set_int (self->settings, "last-export-width", opts.width);
  g_settings_set_int (self->settings, "last-export-height", opts.height);
  g_settings_set_double (self->settings, "last-export-scale", opts.scale);
  g_settings_set_boolean (self->settings, "last-export-dark", opts.dark);
  g_settings_set_boolean (self->settings, "last-export-title", opts.show_title);
  g_settings_set_boolean (self->settings, "last-export-legend", opts.show_legend);
  g_settings_set_boolean (self->settings, "last-export-scale-bar", opts.show_scale_bar);
  file = g_file_new_for_path (path);
  folder = g_file_get_parent (file);
  if (folder != NULL)
    {
      g_autofree char *uri = g_file_get_uri (folder);

      g_settings_set_string (self->settings, "last-export-folder", uri);
    }
  g_settings_apply (self->settings);
}

/* Exporting --------------------------------------------------------------- */

gboolean
marsad_export_dialog_export_to_path (MarsadExportDialog  *self,
                                     const char          *path,
                                     GError             **error)
{
  MarsadMapExportOptions opts;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (MARSAD_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  marsad_export_dialog_get_options (self, &opts);
  if (!marsad_map_export (marsad_analysis_get_document (self->analysis), self->basemap,
                          &opts, path, &local_error))
    {
      /* The message names the file (marsad_map_export() says which). */
      AdwToast *toast = adw_toast_new (local_error->message);

      adw_toast_set_timeout (toast, 8);
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  marsad_export_dialog_save_settings (self, path);
  g_signal_emit (self, signals[MARSAD_EXPORT_DIALOG_EXPORTED], 0, path);
  return TRUE;
}

/* path with the format's extension, unless it already has it */
static char *
with_extension (const char      *path,
                MarsadMapFormat  format)
{
  MarsadMapFormat named;

  if (marsad_map_format_from_path (path, &named) && named == format)
    return g_strdup (path);
  return g_strconcat (path, ".", marsad_map_format_get_extension (format), NULL);
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  MarsadExportDialog *self = MARSAD_EXPORT_DIALOG (source);

  if (marsad_export_dialog_export_finish (self, result, NULL))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
chooser_response_cb (GtkNativeDialog    *chooser,
                     int                 response,
                     MarsadExportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *chosen = g_file_get_path (file);
      g_autofree char *path = NULL;
      MarsadMapExportOptions opts;

      marsad_export_dialog_get_options (self, &opts);
      if (chosen == NULL)
        adw_toast_overlay_add_toast (self->toast_overlay,
                                     adw_toast_new (_("Only local files can be exported to")));
      else
        {
          /* in a thread: a 3200×12000 map must not freeze the window */
          path = with_extension (chosen, opts.format);
          marsad_export_dialog_export_async (self, path, exported_cb, NULL);
        }
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static GFile *
default_folder (MarsadExportDialog *self)
{
  g_autofree char *uri = self->settings != NULL
                         ? g_settings_get_string (self->settings, "last-export-folder") : NULL;
  const char *pictures;

  if (uri != NULL && uri[0] != '\0')
    return g_file_new_for_uri (uri);
  pictures = g_get_user_special_dir (G_USER_DIRECTORY_PICTURES);
  return pictures != NULL ? g_file_new_for_path (pictures) : NULL;
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  MarsadExportDialog *self = MARSAD_EXPORT_DIALOG (widget);
  g_autoptr(GFile) folder = default_folder (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;
  MarsadMapExportOptions opts;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  const char *extension;
  char *dot;

  marsad_export_dialog_get_options (self, &opts);
  extension = marsad_map_format_get_extension (opts.format);
  chooser = gtk_file_chooser_native_new (_("Export Map"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (filter, adw_combo_row_get_selected_item (self->format_row) != NULL
                            ? gtk_string_object_get_string (adw_combo_row_get_selected_item (self->format_row))
                            : extension);
  gtk_file_filter_add_suffix (filter, extension);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  /* a missing folder is no reason not to export: the chooser starts elsewhere */
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  base = g_strdup (self->suggested_name != NULL ? self->suggested_name : _("map"));
  if ((dot = strrchr (base, '.')) != NULL && dot != base)
    *dot = '\0';
  name = g_strconcat (base, ".", extension, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Object ------------------------------------------------------------------- */

static void
marsad_export_dialog_dispose (GObject *object)
{
  MarsadExportDialog *self = MARSAD_EXPORT_DIALOG (object);

  g_clear_handle_id (&self->preview_source, g_source_remove);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->analysis != NULL)
    g_signal_handlers_disconnect_by_func (self->analysis, queue_preview, self);
  g_clear_object (&self->analysis);
  g_clear_pointer (&self->basemap, marsad_basemap_unref);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->preview_surface, cairo_surface_destroy);
  gtk_widget_dispose_template (GTK_WIDGET (self), MARSAD_TYPE_EXPORT_DIALOG);
  G_OBJECT_CLASS (marsad_export_dialog_parent_class)->dispose (object);
}

static void
marsad_export_dialog_finalize (GObject *object)
{
  g_free (MARSAD_EXPORT_DIALOG (object)->suggested_name);
  G_OBJECT_CLASS (marsad_export_dialog_parent_class)->finalize (object);
}

static void
marsad_export_dialog_class_init (MarsadExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = marsad_export_dialog_dispose;
  object_class->finalize = marsad_export_dialog_finalize;

  /* The map was written to the path (a string). */
  signals[MARSAD_EXPORT_DIALOG_EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 1, G_TYPE_STRING);
  /* The map was put on the clipboard as an image. */
  signals[MARSAD_EXPORT_DIALOG_COPIED] = g_signal_new ("copied", G_TYPE_FROM_CLASS (klass),
                                  G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/marsad/Marsad/marsad-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MarsadExportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MarsadExportDialog, preview);
  gtk_widget_class_bind_template_child (widget_class, MarsadExportDialog, size_label);
  gtk_widget_class_bind_template_child (widget_class, MarsadExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, MarsadExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, MarsadExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, MarsadExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, MarsadExportDialog, scale_spin);
  gtk_widget_class_bind_template_child (widget_class, MarsadExportDialog, dark_switch);
  gtk_widget_class_bind_template_child (widget_class, MarsadExportDialog, title_switch);
  gtk_widget_class_bind_template_child (widget_class, MarsadExportDialog, legend_switch);
  gtk_widget_class_bind_template_child (widget_class, MarsadExportDialog, scale_bar_switch);
  gtk_widget_class_bind_template_child (widget_class, MarsadExportDialog, extent_row);
  gtk_widget_class_bind_template_child (widget_class, MarsadExportDialog, background_switch);
  gtk_widget_class_bind_template_child (widget_class, MarsadExportDialog, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, MarsadExportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, MarsadExportDialog, options_page);
  gtk_widget_class_bind_template_callback (widget_class, options_changed_cb);

  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL, choose_file_action);
  gtk_widget_class_install_action (widget_class, "export.copy", NULL, marsad_export_dialog_copy_action);
  gtk_widget_class_install_action (widget_class, "export.cancel", NULL, marsad_export_dialog_cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
marsad_export_dialog_init (MarsadExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->preview, draw_preview, self, NULL);
  g_signal_connect_swapped (self->preview, "resize", G_CALLBACK (preview_resized_cb), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.cancel", FALSE);
  /* "as on screen" needs the window's view */
  gtk_widget_set_sensitive (GTK_WIDGET (self->extent_row), FALSE);
}

MarsadExportDialog *
marsad_export_dialog_new (GtkWindow      *parent,
                          MarsadAnalysis *analysis,
                          MarsadBasemap  *basemap,
                          GSettings      *settings)
{
  MarsadExportDialog *self;

  g_return_val_if_fail (MARSAD_IS_ANALYSIS (analysis), NULL);

  self = g_object_new (MARSAD_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->analysis = g_object_ref (analysis);
  self->basemap = basemap != NULL ? marsad_basemap_ref (basemap) : NULL;
  self->settings = settings != NULL ? g_object_ref (settings) : NULL;
  /* a correction made while the dialog is open shows in the preview */
  g_signal_connect_swapped (analysis, "changed", G_CALLBACK (queue_preview), self);
  load_settings (self);
  update_size_label (self);
  return self;
}

void
marsad_export_dialog_set_suggested_name (MarsadExportDialog *self,
                                         const char         *name)
{
  g_return_if_fail (MARSAD_IS_EXPORT_DIALOG (self));
  g_free (self->suggested_name);
  self->suggested_name = g_strdup (name);
}

void
marsad_export_dialog_set_show_background (MarsadExportDialog *self,
                                          gboolean            show_background)
{
  g_return_if_fail (MARSAD_IS_EXPORT_DIALOG (self));
  /* only noted: an export leaves history out unless its own switch is on */
  self->show_background = show_background;
}

void
marsad_export_dialog_set_screen_extent (MarsadExportDialog *self,
                                        double              west,
                                        double              south,
                                        double              east,
                                        double              north)
{
  g_return_if_fail (MARSAD_IS_EXPORT_DIALOG (self));
  self->has_screen_extent = west < east && south < north;
  self->screen_west = west;
  self->screen_south = south;
  self->screen_east = east;
  self->screen_north = north;
  gtk_widget_set_sensitive (GTK_WIDGET (self->extent_row), self->has_screen_extent);
  queue_preview (self);
}

void
marsad_export_dialog_set_extent_on_screen (MarsadExportDialog *self,
                                           gboolean            on_screen)
{
  g_return_if_fail (MARSAD_IS_EXPORT_DIALOG (self));
  adw_combo_row_set_selected (self->extent_row, on_screen ? 1 : 0);
}

void
marsad_export_dialog_set_show_background_events (MarsadExportDialog *self,
                                                 gboolean            show)
{
  g_return_if_fail (MARSAD_IS_EXPORT_DIALOG (self));
  gtk_switch_set_active (self->background_switch, show);
}

void
marsad_export_dialog_set_format (MarsadExportDialog *self,
                                 MarsadMapFormat     format)
{
  g_return_if_fail (MARSAD_IS_EXPORT_DIALOG (self));
  adw_combo_row_set_selected (self->format_row, format);
}

void
marsad_export_dialog_set_size (MarsadExportDialog *self,
                               int                 width,
                               int                 height,
                               double              scale)
{
  g_return_if_fail (MARSAD_IS_EXPORT_DIALOG (self));
  gtk_spin_button_set_value (self->width_spin, width);
  gtk_spin_button_set_value (self->height_spin, height);
  gtk_spin_button_set_value (self->scale_spin, scale);
}
