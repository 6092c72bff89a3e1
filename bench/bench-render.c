/* bench-render.c: time to export the sample article's map as a 1600×1200 PNG
 *
 *   bench-render [ARTICLE] [ROUNDS]
 *
 * Extracts the article once (timed apart: that is the extractor's
 * benchmark), then renders, each round, in the same process and on the
 * same disk:
 *
 *   blank    a white 1600×1200 PNG written atomically: what any PNG export
 *            costs before anything is drawn (compression, fsync, rename);
 *   basemap  the basemap alone, written the same way;
 *   export   marsad_map_export(): basemap, markers, labels, title, legend,
 *            scale bar and credits.
 *
 * Prints the median of each and the ratios export/blank and
 * export/basemap, so runs on different machines compare. Target: export
 * ≤ 0.5 s.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "marsad-atomic-file.h"
#include "marsad-data.h"
#include "marsad-extract.h"
#include "marsad-map-export.h"
#include "marsad-map-renderer.h"
#include "marsad-text.h"

#define WIDTH  1600
#define HEIGHT 1200

static cairo_status_t
write_chunk (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  return marsad_atomic_file_write (closure, data, length, NULL) ?
         CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

/* The baselines write exactly as the export does: RGB24, atomically. */
static void
write_png (cairo_surface_t *surface,
           const char      *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadAtomicFile) file = marsad_atomic_file_new (path, &error);

  if (file == NULL ||
      cairo_surface_write_to_png_stream (surface, write_chunk, file) != CAIRO_STATUS_SUCCESS ||
      !marsad_atomic_file_commit (file, &error))
    g_error ("bench-render: cannot write %s: %s", path, error ? error->message : "write failed");
}

static void
render_blank (const char *path)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_destroy (cr);
  write_png (surface, path);
  cairo_surface_destroy (surface);
}

static void
render_basemap (MarsadBasemap *basemap,
                const double   bounds[4],
                const char    *path)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(MarsadMapRenderer) renderer = marsad_map_renderer_new (basemap);
  MarsadMapView view;

  /* The very area the export shows, so only markers and overlays differ. */
  marsad_map_view_init_fit (&view, bounds[0], bounds[1], bounds[2], bounds[3], WIDTH, HEIGHT, 0);
  marsad_map_renderer_draw (renderer, cr, &view);
  cairo_destroy (cr);
  write_png (surface, path);
  cairo_surface_destroy (surface);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *v,
        guint   n)
{
  qsort (v, n, sizeof *v, compare_doubles);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *article = argc > 1 ? g_strdup (argv[1]) : marsad_data_find_file ("sample-article.txt");
  guint rounds = argc > 2 ? (guint) MAX (1, atoi (argv[2])) : 7;
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadDocument) doc = NULL;
  g_autoptr(MarsadExtractor) extractor = NULL;
  g_autoptr(MarsadBasemap) basemap = NULL;
  g_autofree char *dir = g_dir_make_tmp ("marsad-bench-render-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "map.png", NULL);
  g_autofree double *blank = g_new (double, rounds);
  g_autofree double *base = g_new (double, rounds);
  g_autofree double *full = g_new (double, rounds);
  MarsadMapExportOptions opts;
  double bounds[4];
  double t0, t_blank, t_base, t_full;

  setlocale (LC_ALL, "");

  if (article == NULL || (doc = marsad_document_new_from_file (article, &error)) == NULL ||
      (extractor = marsad_extractor_new (&error)) == NULL ||
      (basemap = marsad_basemap_load_default (&error)) == NULL)
    {
      g_printerr ("bench-render: %s\n", error != NULL ? error->message : "no sample article");
      return 1;
    }

  t0 = g_get_monotonic_time ();
  if (!marsad_extractor_run (extractor, doc, NULL, NULL, NULL, &error))
    {
      g_printerr ("bench-render: %s\n", error->message);
      return 1;
    }
  g_print ("article      %s: %u places, %u events (extracted in %.1f ms, not counted)\n",
           article, doc->places->len, doc->events->len, (g_get_monotonic_time () - t0) / 1000.0);

  marsad_map_export_options_init (&opts);
  opts.width = WIDTH;
  opts.height = HEIGHT;
  marsad_map_export_get_bounds (doc, &opts, &bounds[0], &bounds[1], &bounds[2], &bounds[3]);

  /* One warm-up of each: font loading and the basemap's first page-ins are
   * start-up costs, not rendering. */
  render_blank (path);
  render_basemap (basemap, bounds, path);
  if (!marsad_map_export (doc, basemap, &opts, path, &error))
    {
      g_printerr ("bench-render: %s\n", error->message);
      return 1;
    }

  for (guint i = 0; i < rounds; i++)
    {
      t0 = g_get_monotonic_time ();
      render_blank (path);
      blank[i] = (g_get_monotonic_time () - t0) / 1e6;

      t0 = g_get_monotonic_time ();
      render_basemap (basemap, bounds, path);
      base[i] = (g_get_monotonic_time () - t0) / 1e6;

      t0 = g_get_monotonic_time ();
      if (!marsad_map_export (doc, basemap, &opts, path, &error))
        {
          g_printerr ("bench-render: %s\n", error->message);
          return 1;
        }
      full[i] = (g_get_monotonic_time () - t0) / 1e6;
    }

  t_blank = median (blank, rounds);
  t_base = median (base, rounds);
  t_full = median (full, rounds);
  g_print ("rounds       %u (medians)\n", rounds);
  g_print ("blank PNG    %.3f s   (1600×1200 white, written atomically)\n", t_blank);
  g_print ("basemap PNG  %.3f s   (basemap alone)\n", t_base);
  g_print ("export PNG   %.3f s   (the sample's full map; target ≤ 0.5 s: %s)\n",
           t_full, t_full <= 0.5 ? "met" : "NOT met");
  g_print ("ratio        export/blank %.2f, export/basemap %.2f\n",
           t_full / t_blank, t_full / t_base);

  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
