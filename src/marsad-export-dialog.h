/* marsad-export-dialog.h: the Export Map dialog
 *
 * Format, size, pixel density, light or dark, and which overlays to draw,
 * with a live preview drawn by the same code as the export itself
 * (marsad_map_export_draw). The choices are remembered in the
 * last-export-* settings after each export.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "marsad-analysis.h"
#include "marsad-basemap.h"
#include "marsad-map-export.h"

G_BEGIN_DECLS

#define MARSAD_TYPE_EXPORT_DIALOG (marsad_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MarsadExportDialog, marsad_export_dialog, MARSAD, EXPORT_DIALOG, AdwWindow)

/* basemap may be NULL (the map is then drawn on a plain background);
 * settings may be NULL (nothing is remembered). */
MarsadExportDialog *marsad_export_dialog_new          (GtkWindow              *parent,
                                                       MarsadAnalysis         *analysis,
                                                       MarsadBasemap          *basemap,
                                                       GSettings              *settings);
/* The file name offered in the file chooser; its extension follows the format. */
void                marsad_export_dialog_set_suggested_name (MarsadExportDialog *self,
                                                             const char         *name);
/* Whether the window shows background events. The export leaves them
 * out unless its "Background Events" switch is turned on. */
void                marsad_export_dialog_set_show_background (MarsadExportDialog *self,
                                                              gboolean            show_background);
void                marsad_export_dialog_set_format   (MarsadExportDialog     *self,
                                                       MarsadMapFormat         format);
/* Logical pixels; scale multiplies a PNG's pixels. */
void                marsad_export_dialog_set_size     (MarsadExportDialog     *self,
                                                       int                     width,
                                                       int                     height,
                                                       double                  scale);
/* The options as the dialog's controls set them now. */
void                marsad_export_dialog_get_options  (MarsadExportDialog     *self,
                                                       MarsadMapExportOptions *opts);
/* Writes the map to path (what choosing a file in the dialog does),
 * remembers the choices and emits ::exported. On failure the error names
 * the file and is also shown in the dialog. */
gboolean            marsad_export_dialog_export_to_path (MarsadExportDialog   *self,
                                                         const char           *path,
                                                         GError              **error);

/* The window's view (lon/lat): offers the "As on screen" extent. */
void                marsad_export_dialog_set_screen_extent (MarsadExportDialog *self,
                                                            double              west,
                                                            double              south,
                                                            double              east,
                                                            double              north);
void                marsad_export_dialog_set_extent_on_screen (MarsadExportDialog *self,
                                                               gboolean            on_screen);
void                marsad_export_dialog_set_show_background_events (MarsadExportDialog *self,
                                                                     gboolean            show);
/* What choosing a file does: writes in a worker thread, the dialog shows
 * progress and a Stop button; finish reports (and shows) any error, and a
 * stop as G_IO_ERROR_CANCELLED. */
void                marsad_export_dialog_export_async  (MarsadExportDialog   *self,
                                                        const char           *path,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean            marsad_export_dialog_export_finish (MarsadExportDialog   *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
/* Stops the export or copy under way (no file is left). */
void                marsad_export_dialog_cancel        (MarsadExportDialog   *self);
/* Puts the map, as the options draw it, on the clipboard as an image
 * (in a worker thread; emits ::copied). */
void                marsad_export_dialog_copy          (MarsadExportDialog   *self);

G_END_DECLS
