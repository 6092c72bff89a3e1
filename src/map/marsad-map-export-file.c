/* marsad-map-export-file.c: writing an article's map to PNG, SVG or PDF
 *
 * The drawing is marsad-map-export.c's; this file picks the cairo surface
 * for the format and writes through an atomic file, so that a failed export
 * leaves nothing behind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"
#include "marsad-map-export.h"

#include <math.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <cairo-svg.h>
#include <gio/gio.h>

#include "marsad-atomic-file.h"

/* cairo's image surfaces stop at 32767 px a side; well below that, a
 * mistyped size would exhaust memory first. */
#define MAX_DEVICE_PX  16384

typedef struct
{
  MarsadAtomicFile *file;
  GError           *error;  /* the first write error */
  GCancellable     *cancellable;
  int              *progress;
  gsize             written;
  gsize             expected;   /* a guess at the file's size, for progress */
} WriteClosure;

/* Thousandths: drawing the map is most of the work before the writing. */
#define PROGRESS_PREPARED  100
#define PROGRESS_DRAWN     600
#define PROGRESS_WRITTEN   990

static void
set_progress (int *progress,
              int  value)
{
  if (progress != NULL)
    g_atomic_int_set (progress, value);
}

static cairo_status_t
write_to_atomic_file (void                *closure,
                      const unsigned char *data,
                      unsigned int         length)
{
  WriteClosure *wc = closure;

  if (wc->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (g_cancellable_set_error_if_cancelled (wc->cancellable, &wc->error))
    return CAIRO_STATUS_WRITE_ERROR;
  if (!marsad_atomic_file_write (wc->file, data, length, &wc->error))
    return CAIRO_STATUS_WRITE_ERROR;
  wc->written += length;
  if (wc->expected > 0)
    set_progress (wc->progress, PROGRESS_DRAWN + (int) ((PROGRESS_WRITTEN - PROGRESS_DRAWN) *
                                                        MIN (1.0, (double) wc->written / wc->expected)));
  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
create_surface (const MarsadMapExportOptions *opts,
                WriteClosure                 *wc)
{
  switch (opts->format)
    {
    case MARSAD_MAP_FORMAT_PNG:
      /* Opaque: RGB24 writes a smaller PNG, faster. */
      return cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                         (int) ceil (opts->width * opts->scale),
                                         (int) ceil (opts->height * opts->scale));
    case MARSAD_MAP_FORMAT_SVG:
      {
        cairo_surface_t *surface =
          cairo_svg_surface_create_for_stream (write_to_atomic_file, wc, opts->width, opts->height);

        /* Pixels, so the SVG's size is the one asked for. */
        cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
        return surface;
      }
    case MARSAD_MAP_FORMAT_PDF:
      {
        cairo_surface_t *surface =
          cairo_pdf_surface_create_for_stream (write_to_atomic_file, wc,
                                               opts->width * 0.75, opts->height * 0.75);

        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Marsad");
        return surface;
      }
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
size_in_range (const MarsadMapExportOptions *opts,
               const char                   *path,
               GError                      **error)
{
  if (opts->width <= 0 || opts->height <= 0 || !(opts->scale > 0) ||
      opts->width * opts->scale > MAX_DEVICE_PX || opts->height * opts->scale > MAX_DEVICE_PX)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Cannot write “%s”: a map of %d×%d at scale %g is out of range "
                     "(at most %d pixels a side)"),
                   path, opts->width, opts->height, opts->scale, MAX_DEVICE_PX);
      return FALSE;
    }
  return TRUE;
}

cairo_surface_t *
marsad_map_export_render_image (const MarsadDocument         *doc,
                                MarsadBasemap                *basemap,
                                const MarsadMapExportOptions *opts,
                                GError                      **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (doc != NULL && opts != NULL, NULL);

  if (!size_in_range (opts, _("the clipboard"), error))
    return NULL;
  /* opaque ARGB32: what GDK and clipboards take as it is */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        (int) ceil (opts->width * opts->scale),
                                        (int) ceil (opts->height * opts->scale));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, opts->scale, opts->scale);
  marsad_map_export_draw (cr, doc, basemap, opts);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

gboolean
marsad_map_export (const MarsadDocument         *doc,
                   MarsadBasemap                *basemap,
                   const MarsadMapExportOptions *opts,
                   const char                   *path,
                   GError                      **error)
{
  return marsad_map_export_full (doc, basemap, opts, path, NULL, NULL, error);
}

gboolean
marsad_map_export_full (const MarsadDocument         *doc,
                        MarsadBasemap                *basemap,
                        const MarsadMapExportOptions *opts,
                        const char                   *path,
                        GCancellable                 *cancellable,
                        int                          *progress,
                        GError                      **error)
{
  g_autoptr(MarsadAtomicFile) file = NULL;
  WriteClosure wc = { NULL, NULL, cancellable, progress, 0, 0 };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (opts != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!size_in_range (opts, path, error))
    return FALSE;
  set_progress (progress, 0);

  file = marsad_atomic_file_new (path, error);
  if (file == NULL)
    return FALSE;
  wc.file = file;

  surface = create_surface (opts, &wc);
  cr = cairo_create (surface);
  if (opts->format == MARSAD_MAP_FORMAT_PNG)
    cairo_scale (cr, opts->scale, opts->scale);
  else if (opts->format == MARSAD_MAP_FORMAT_PDF)
    cairo_scale (cr, 0.75, 0.75);  /* 96 px to the inch, 72 pt */

  set_progress (progress, PROGRESS_PREPARED);
  if (!g_cancellable_is_cancelled (cancellable))
    marsad_map_export_draw (cr, doc, basemap, opts);
  cairo_destroy (cr);
  set_progress (progress, PROGRESS_DRAWN);
  /* a map PNG compresses to about a byte a pixel; vectors to less */
  wc.expected = (gsize) (opts->width * opts->scale * opts->height * opts->scale *
                         (opts->format == MARSAD_MAP_FORMAT_PNG ? 1.0 : 0.2));

  if (g_cancellable_set_error_if_cancelled (cancellable, &wc.error))
    status = CAIRO_STATUS_WRITE_ERROR;
  else if (opts->format == MARSAD_MAP_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_to_atomic_file, &wc);
  else
    {
      /* Vector surfaces stream their output when finished. */
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (wc.error != NULL)
    {
      g_propagate_error (error, wc.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write “%s”: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }

  if (!marsad_atomic_file_commit (file, error))
    return FALSE;
  set_progress (progress, 1000);
  return TRUE;
}
