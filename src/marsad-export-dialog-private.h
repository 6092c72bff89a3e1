/* marsad-export-dialog-private.h: what the Export Map dialog's files share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-export-dialog.h"

G_BEGIN_DECLS

enum
{
  MARSAD_EXPORT_DIALOG_EXPORTED,
  MARSAD_EXPORT_DIALOG_COPIED,
  MARSAD_EXPORT_DIALOG_N_SIGNALS
};

struct _MarsadExportDialog
{
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkDrawingArea  *preview;
  GtkLabel        *size_label;
  AdwComboRow     *format_row;
  GtkSpinButton   *width_spin;
  GtkSpinButton   *height_spin;
  AdwActionRow    *scale_row;
  GtkSpinButton   *scale_spin;
  GtkSwitch       *dark_switch;
  GtkSwitch       *title_switch;
  GtkSwitch       *legend_switch;
  GtkSwitch       *scale_bar_switch;
  AdwComboRow     *extent_row;
  GtkSwitch       *background_switch;
  GtkRevealer     *progress_revealer;
  GtkProgressBar  *progress_bar;
  GtkWidget       *options_page;

  MarsadAnalysis  *analysis;
  MarsadBasemap   *basemap;
  GSettings       *settings;
  char            *suggested_name;
  gboolean         show_background;

  cairo_surface_t *preview_surface;
  guint            preview_source;

  gboolean         has_screen_extent;
  double           screen_west, screen_south, screen_east, screen_north;

  /* an export or copy under way, in a worker thread */
  GCancellable    *cancellable;
  int              progress;      /* thousandths, written by the worker */
  guint            progress_source;
};

/* marsad-export-dialog.c */
void marsad_export_dialog_save_settings (MarsadExportDialog *self,
                                         const char         *path);
/* path only for ::exported */
void marsad_export_dialog_emit          (MarsadExportDialog *self,
                                         guint               signal,
                                         const char         *path);

/* marsad-export-dialog-jobs.c: the export.copy and export.cancel actions */
void marsad_export_dialog_copy_action   (GtkWidget          *widget,
                                         const char         *action_name,
                                         GVariant           *param);
void marsad_export_dialog_cancel_action (GtkWidget          *widget,
                                         const char         *action_name,
                                         GVariant           *param);

G_END_DECLS
