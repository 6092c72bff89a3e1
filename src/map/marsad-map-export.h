/* marsad-map-export.h: an article's map as PNG, SVG or PDF, without a display
 *
 * Draws with cairo directly (basemap, event markers and labels, title and
 * date range, legend, scale bar, credits), so `marsad render` runs on a
 * server with no display and SVG and PDF stay vector: paths for the map,
 * real text for the words. The app's Export Map dialog calls the same code.
 *
 * Sizes are logical pixels (CSS px, 96 per inch). A PNG has exactly
 * width × scale by height × scale pixels; an SVG is width × height px; a
 * PDF page is the same physical size (0.75 pt per px).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "marsad-basemap.h"
#include "marsad-document.h"

G_BEGIN_DECLS

typedef enum
{
  MARSAD_MAP_FORMAT_PNG,
  MARSAD_MAP_FORMAT_SVG,
  MARSAD_MAP_FORMAT_PDF,
} MarsadMapFormat;

/* From a file name's extension (case-insensitive). */
gboolean    marsad_map_format_from_path     (const char      *path,
                                             MarsadMapFormat *format);
const char *marsad_map_format_get_extension (MarsadMapFormat  format);

typedef struct
{
  MarsadMapFormat  format;
  int              width;             /* logical px, > 0 */
  int              height;
  double           scale;             /* PNG pixel density (2 for HiDPI); ignored by SVG and PDF */
  gboolean         has_bbox;          /* else fit the event sites */
  double           west, south, east, north;  /* degrees, when has_bbox */
  double           padding;           /* px kept around fitted sites */
  gboolean         dark;              /* dark basemap and overlays */
  const char      *title;             /* NULL: the article's title */
  gboolean         show_title;        /* title and date range band */
  gboolean         show_legend;
  gboolean         show_scale_bar;
  gboolean         show_attribution;  /* basemap and gazetteer credits */
  gboolean         show_background;   /* also mark background (historical) events */
  gboolean         online_tiles;      /* OpenStreetMap tiles were used: credit them */
} MarsadMapExportOptions;

/* 1600 × 1200 PNG at scale 1, fitted to the event sites, light, with every
 * overlay shown. */
void      marsad_map_export_options_init (MarsadMapExportOptions       *opts);

/* Draws the whole map into cr, in logical px from (0, 0) to
 * (opts->width, opts->height); the caller's transformation applies. The
 * preview in the Export dialog uses this too. basemap may be NULL (plain
 * background: a bare export still shows the events). */
void      marsad_map_export_draw         (cairo_t                      *cr,
                                          const MarsadDocument         *doc,
                                          MarsadBasemap                *basemap,
                                          const MarsadMapExportOptions *opts);

/* The lon/lat box the map shows with these options (after fitting), e.g.
 * to repeat an export with --bbox or to draw the basemap alone. */
void      marsad_map_export_get_bounds   (const MarsadDocument         *doc,
                                          const MarsadMapExportOptions *opts,
                                          double                       *west,
                                          double                       *south,
                                          double                       *east,
                                          double                       *north);

/* Renders and writes `path` atomically: a failure leaves no file behind and
 * an existing file untouched; the error names the path. */
gboolean  marsad_map_export              (const MarsadDocument         *doc,
                                          MarsadBasemap                *basemap,
                                          const MarsadMapExportOptions *opts,
                                          const char                   *path,
                                          GError                      **error);

/* The same, cancellable, from any thread. progress (may be NULL) is set
 * with g_atomic_int_set to how much is done, in thousandths: a dialog reads
 * it from the main loop. Cancelled, it fails with G_IO_ERROR_CANCELLED and
 * leaves no file. */
gboolean  marsad_map_export_full         (const MarsadDocument         *doc,
                                          MarsadBasemap                *basemap,
                                          const MarsadMapExportOptions *opts,
                                          const char                   *path,
                                          GCancellable                 *cancellable,
                                          int                          *progress,
                                          GError                      **error);

/* The map as an opaque ARGB32 image (opts->format is ignored), e.g. for the clipboard;
 * NULL with error when the size is out of range. */
cairo_surface_t *marsad_map_export_render_image (const MarsadDocument         *doc,
                                                 MarsadBasemap                *basemap,
                                                 const MarsadMapExportOptions *opts,
                                                 GError                      **error);

/* The subtitle the export prints: the dates of the events it shows. */
char     *marsad_map_export_dup_subtitle (const MarsadDocument         *doc,
                                          const MarsadMapExportOptions *opts);

G_END_DECLS
