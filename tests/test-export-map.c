/* test-export-map.c: PNG, SVG and PDF maps drawn with no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>

#include <cairo.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "marsad-map-export.h"
#include "marsad-map-markers.h"

#include "export-test-document.h"

typedef struct
{
  MarsadDocument *doc;
  MarsadBasemap  *basemap;   /* NULL when data/basemap.bin is not built */
  char           *dir;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->doc = export_test_document_new ();
  f->basemap = marsad_basemap_load_default (&error);
  if (f->basemap == NULL)
    g_test_message ("no basemap (%s): drawing on a plain ground", error->message);
  f->dir = g_dir_make_tmp ("marsad-map-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) d = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_clear_pointer (&f->basemap, marsad_basemap_unref);
  marsad_document_free (f->doc);
}

static char *
export_to (Fixture                *f,
           MarsadMapExportOptions *opts,
           const char             *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (marsad_map_format_from_path (name, &opts->format));
  g_assert_true (marsad_map_export (f->doc, f->basemap, opts, path, &error));
  g_assert_no_error (error);
  return path;
}

static guint
count_colors (cairo_surface_t *surface,
              guint32          wanted,
              guint           *n_wanted)
{
  g_autoptr(GHashTable) colors = g_hash_table_new (NULL, NULL);
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  *n_wanted = 0;
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        guint32 px = ((const guint32 *) (data + y * stride))[x] & 0xffffff;

        g_hash_table_add (colors, GUINT_TO_POINTER (px));
        if (px == wanted)
          (*n_wanted)++;
      }
  return g_hash_table_size (colors);
}

static void
test_png (Fixture       *f,
          gconstpointer  data)
{
  MarsadMapExportOptions opts;
  g_autofree char *path = NULL;
  cairo_surface_t *png;
  guint n_colors, n_strike;

  marsad_map_export_options_init (&opts);
  opts.width = 400;
  opts.height = 300;
  opts.scale = 2;
  path = export_to (f, &opts, "map.png");

  /* Exactly the size asked for, times the HiDPI factor. */
  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 800);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 600);

  /* Not blank: a map, anti-aliased text and markers give many colours, and
   * the air strike's marker shows in its type's colour. */
  n_colors = count_colors (png, marsad_event_type_get_rgb ("Explosions/Remote violence", FALSE),
                           &n_strike);
  g_test_message ("%u colours, %u pixels of the strike marker", n_colors, n_strike);
  g_assert_cmpuint (n_colors, >, 200);
  g_assert_cmpuint (n_strike, >, 50);
  cairo_surface_destroy (png);

  g_assert_cmpuint (count_entries (f->dir), ==, 1);
}

static void
test_png_dark (Fixture       *f,
               gconstpointer  data)
{
  MarsadMapExportOptions opts;
  g_autofree char *path = NULL;
  cairo_surface_t *png;
  guint n_colors, n_strike;

  marsad_map_export_options_init (&opts);
  opts.width = 320;
  opts.height = 240;
  opts.dark = TRUE;
  path = export_to (f, &opts, "dark.png");

  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 320);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 240);
  n_colors = count_colors (png, marsad_event_type_get_rgb ("Explosions/Remote violence", TRUE),
                           &n_strike);
  g_assert_cmpuint (n_colors, >, 100);
  g_assert_cmpuint (n_strike, >, 10);
  cairo_surface_destroy (png);
}

static void
test_svg (Fixture       *f,
          gconstpointer  data)
{
  MarsadMapExportOptions opts;
  g_autofree char *path = NULL;
  g_autofree char *svg = NULL;

  marsad_map_export_options_init (&opts);
  opts.width = 800;
  opts.height = 600;
  path = export_to (f, &opts, "map.svg");
  g_assert_true (g_file_get_contents (path, &svg, NULL, NULL));

  g_assert_nonnull (strstr (svg, "<svg"));
  g_assert_nonnull (strstr (svg, "width=\"800"));
  g_assert_nonnull (strstr (svg, "height=\"600"));
  /* Vector: paths, and text as glyph outlines or <text>, never a bitmap. */
  g_assert_nonnull (strstr (svg, "<path"));
  g_assert_true (strstr (svg, "<text") != NULL || strstr (svg, "glyph") != NULL);
  g_assert_null (strstr (svg, "<image"));
}

/* The file ends with the trailer's %%EOF (then an optional line break).
 * Binary streams come before it, so no string function can search it. */
static gboolean
ends_with_eof_marker (const char *data,
                      gsize       len)
{
  while (len > 0 && (data[len - 1] == '\n' || data[len - 1] == '\r'))
    len--;
  return len >= 5 && memcmp (data + len - 5, "%%EOF", 5) == 0;
}

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  MarsadMapExportOptions opts;
  g_autofree char *path = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;
  g_autoptr(GError) error = NULL;
  gsize len = 0;
  int status = 0;

  marsad_map_export_options_init (&opts);
  opts.width = 800;
  opts.height = 600;
  path = export_to (f, &opts, "map.pdf");
  g_assert_true (g_file_get_contents (path, &pdf, &len, NULL));
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  g_assert_true (ends_with_eof_marker (pdf, len));

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed: text extraction not checked");
      return;
    }

  {
    const char *argv[] = { pdftotext, "-enc", "UTF-8", path, "-", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &text, NULL, &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }

  /* Text, not outlines: the place names and the credits come back out.
   * NFKC folds any presentation forms the extractor returns. */
  folded = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  g_test_message ("pdftotext: %s", folded);
  g_assert_nonnull (strstr (folded, "بغداد"));
  g_assert_nonnull (strstr (folded, "Natural Earth"));
}

static void
test_unwritable (Fixture       *f,
                 gconstpointer  data)
{
  MarsadMapExportOptions opts;
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "no-such-dir", "map.png", NULL);

  marsad_map_export_options_init (&opts);
  opts.width = 200;
  opts.height = 100;

  g_assert_false (marsad_map_export (f->doc, f->basemap, &opts, missing, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  /* A directory in the way: an error naming it, and nothing left behind. */
  opts.format = MARSAD_MAP_FORMAT_PDF;
  g_assert_false (marsad_map_export (f->doc, f->basemap, &opts, f->dir, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, f->dir));
  g_assert_cmpuint (count_entries (f->dir), ==, 0);
  g_clear_error (&error);

  /* An absurd size is refused before anything is written. */
  {
    g_autofree char *path = g_build_filename (f->dir, "huge.png", NULL);

    opts.format = MARSAD_MAP_FORMAT_PNG;
    opts.width = 100000;
    g_assert_false (marsad_map_export (f->doc, f->basemap, &opts, path, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
    g_assert_cmpuint (count_entries (f->dir), ==, 0);
  }
}

static void
test_format_from_path (void)
{
  MarsadMapFormat format;

  g_assert_true (marsad_map_format_from_path ("/tmp/Map.PNG", &format));
  g_assert_cmpint (format, ==, MARSAD_MAP_FORMAT_PNG);
  g_assert_true (marsad_map_format_from_path ("map.svg", &format));
  g_assert_cmpint (format, ==, MARSAD_MAP_FORMAT_SVG);
  g_assert_true (marsad_map_format_from_path ("a.b/map.pdf", &format));
  g_assert_cmpint (format, ==, MARSAD_MAP_FORMAT_PDF);
  g_assert_false (marsad_map_format_from_path ("map.jpeg", &format));
  g_assert_false (marsad_map_format_from_path ("map", &format));
}

static void
test_marker_radius (void)
{
  MarsadMarkerStyle style;
  double r0, r5, r500;

  marsad_marker_style_init (&style, MARSAD_MARKER_ROLE_ACTOR_ONLY);
  g_assert_cmpfloat (marsad_marker_get_radius (&style), ==, 0);

  marsad_marker_style_init (&style, MARSAD_MARKER_ROLE_EVENT_SITE);
  style.fatalities = 0;
  r0 = marsad_marker_get_radius (&style);
  style.fatalities = 5;
  r5 = marsad_marker_get_radius (&style);
  style.fatalities = 500;
  r500 = marsad_marker_get_radius (&style);
  g_assert_cmpfloat (r0, <, r5);
  g_assert_cmpfloat (r5, <, r500);
  g_assert_cmpfloat (r500, <=, 20);

  marsad_marker_style_init (&style, MARSAD_MARKER_ROLE_CONTEXT);
  g_assert_cmpfloat (marsad_marker_get_radius (&style), <, r0);
}

/* The subtitle dates the events the map shows: those in the extent, and
 * background events only when asked for. */
static void
test_subtitle_dates (Fixture       *f,
                     gconstpointer  data)
{
  MarsadMapExportOptions opts;
  MarsadEvent *protest = marsad_document_find_event (f->doc, "e2");
  g_autofree char *all = NULL;
  g_autofree char *jurf = NULL;
  g_autofree char *with_background = NULL;

  /* the protest in Baghdad two days after the strike */
  g_free (protest->date_start);
  g_free (protest->date_end);
  protest->date_start = g_strdup ("2024-01-25");
  protest->date_end = g_strdup ("2024-01-25");

  marsad_map_export_options_init (&opts);
  g_assert_false (opts.show_background);
  all = marsad_map_export_dup_subtitle (f->doc, &opts);
  g_assert_cmpstr (all, ==, "الأحداث من 23 يناير 2024 إلى 25 يناير 2024");

  /* as on screen: a box round Jurf al-Sakhar alone */
  opts.has_bbox = TRUE;
  opts.west = 44.0;
  opts.east = 44.3;
  opts.south = 32.7;
  opts.north = 33.0;
  jurf = marsad_map_export_dup_subtitle (f->doc, &opts);
  g_assert_cmpstr (jurf, ==, "الأحداث في 23 يناير 2024");

  opts.has_bbox = FALSE;
  opts.show_background = TRUE;
  with_background = marsad_map_export_dup_subtitle (f->doc, &opts);
  g_assert_cmpstr (with_background, ==, "الأحداث من 2014 إلى 25 يناير 2024");
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *path = g_build_filename (f->dir, "cancelled.png", NULL);
  g_autofree char *done = g_build_filename (f->dir, "done.png", NULL);
  g_autoptr(GError) error = NULL;
  MarsadMapExportOptions opts;
  int progress = -1;

  marsad_map_export_options_init (&opts);
  opts.width = 400;
  opts.height = 300;
  g_cancellable_cancel (cancellable);
  g_assert_false (marsad_map_export_full (f->doc, f->basemap, &opts, path, cancellable, &progress, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (f->dir), ==, 0);

  g_assert_true (marsad_map_export_full (f->doc, f->basemap, &opts, done, NULL, &progress, NULL));
  g_assert_cmpint (progress, ==, 1000);
  g_assert_true (g_file_test (done, G_FILE_TEST_EXISTS));
}

static void
test_render_image (Fixture       *f,
                   gconstpointer  data)
{
  MarsadMapExportOptions opts;
  cairo_surface_t *image;
  g_autoptr(GError) error = NULL;

  marsad_map_export_options_init (&opts);
  opts.width = 320;
  opts.height = 200;
  opts.scale = 2;
  image = marsad_map_export_render_image (f->doc, f->basemap, &opts, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 640);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 400);
  cairo_surface_destroy (image);

  opts.width = 20000;
  g_assert_null (marsad_map_export_render_image (f->doc, f->basemap, &opts, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/export/map/png", Fixture, NULL, fixture_setup, test_png, fixture_teardown);
  g_test_add ("/export/map/png-dark", Fixture, NULL, fixture_setup, test_png_dark, fixture_teardown);
  g_test_add ("/export/map/svg", Fixture, NULL, fixture_setup, test_svg, fixture_teardown);
  g_test_add ("/export/map/pdf", Fixture, NULL, fixture_setup, test_pdf, fixture_teardown);
  g_test_add ("/export/map/unwritable", Fixture, NULL, fixture_setup, test_unwritable,
              fixture_teardown);
  g_test_add ("/export/map/subtitle-dates-events-shown", Fixture, NULL, fixture_setup, test_subtitle_dates, fixture_teardown);
  g_test_add ("/export/map/cancel", Fixture, NULL, fixture_setup, test_cancel, fixture_teardown);
  g_test_add ("/export/map/render-image", Fixture, NULL, fixture_setup, test_render_image, fixture_teardown);
  g_test_add_func ("/export/map/format-from-path", test_format_from_path);
  g_test_add_func ("/export/map/marker-radius", test_marker_radius);

  return g_test_run ();
}
