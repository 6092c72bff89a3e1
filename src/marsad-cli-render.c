/* marsad-cli-render.c: `marsad render`, an article's map with no display
 *
 * Uses no GTK at all, so it runs in a pipeline or on a server: the map is
 * drawn with cairo straight into PNG, SVG or PDF (marsad-map-export.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "marsad-atomic-file.h"
#include "marsad-cli-render.h"
#include "marsad-cli.h"
#include "marsad-document-json.h"
#include "marsad-document-load.h"
#include "marsad-extract.h"
#include "marsad-map-export.h"
#include "marsad-text.h"

static gboolean
parse_size (const char  *value,
            int         *width,
            int         *height,
            GError     **error)
{
  int w = 0, h = 0;
  char tail;

  /* "1600x1200"; the multiplication sign too, as people paste it. */
  if (value != NULL &&
      (sscanf (value, "%dx%d%c", &w, &h, &tail) == 2 ||
       sscanf (value, "%d×%d%c", &w, &h, &tail) == 2) &&
      w > 0 && h > 0)
    {
      *width = w;
      *height = h;
      return TRUE;
    }
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("“%s” is not a size of the form WIDTHxHEIGHT, such as 1600x1200"),
               value ? value : "");
  return FALSE;
}

static gboolean
parse_bbox (const char              *value,
            MarsadMapExportOptions  *opts,
            GError                 **error)
{
  g_auto(GStrv) parts = g_strsplit (value, ",", -1);
  double v[4];
  char *end;

  if (g_strv_length (parts) != 4)
    goto bad;
  for (guint i = 0; i < 4; i++)
    {
      v[i] = g_ascii_strtod (g_strstrip (parts[i]), &end);
      if (end == parts[i] || *end != '\0')
        goto bad;
    }
  if (v[0] < -180 || v[2] > 180 || v[0] >= v[2] || v[1] < -85 || v[3] > 85 || v[1] >= v[3])
    goto bad;

  opts->has_bbox = TRUE;
  opts->west = v[0];
  opts->south = v[1];
  opts->east = v[2];
  opts->north = v[3];
  return TRUE;

bad:
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("“%s” is not a box WEST,SOUTH,EAST,NORTH in degrees, such as 38.5,29,48.6,37.4"),
               value);
  return FALSE;
}

int
marsad_cli_render (int    argc,
                   char **argv)
{
  g_autofree char *published = NULL;
  g_autofree char *size = NULL;
  g_autofree char *bbox = NULL;
  g_autofree char *output = NULL;
  g_autofree char *title = NULL;
  g_auto(GStrv) files = NULL;
  double scale = 1.0;
  gboolean dark = FALSE, no_title = FALSE, no_legend = FALSE, no_scale_bar = FALSE;
  gboolean no_attribution = FALSE, background = FALSE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the map to FILE; .png, .svg or .pdf picks the format"), N_("FILE") },
    { "published", 'p', 0, G_OPTION_ARG_STRING, &published,
      N_("The article’s publication date, which relative dates resolve against"), N_("YYYY-MM-DD") },
    { "size", 's', 0, G_OPTION_ARG_STRING, &size,
      N_("Size in logical pixels (default 1600x1200)"), N_("WxH") },
    { "bbox", 'b', 0, G_OPTION_ARG_STRING, &bbox,
      N_("Show this box instead of fitting the event sites"), N_("W,S,E,N") },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale,
      N_("Pixel density of a PNG: 2 doubles its pixels for HiDPI screens"), N_("FACTOR") },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, N_("Use the dark map style"), NULL },
    { "title", 't', 0, G_OPTION_ARG_STRING, &title,
      N_("Title over the map (default: the article’s title)"), N_("TEXT") },
    { "background", 0, 0, G_OPTION_ARG_NONE, &background,
      N_("Also mark background (historical) events"), NULL },
    { "no-title", 0, 0, G_OPTION_ARG_NONE, &no_title, N_("Leave out the title and dates"), NULL },
    { "no-legend", 0, 0, G_OPTION_ARG_NONE, &no_legend, N_("Leave out the legend"), NULL },
    { "no-scale-bar", 0, 0, G_OPTION_ARG_NONE, &no_scale_bar, N_("Leave out the scale bar"), NULL },
    { "no-attribution", 0, 0, G_OPTION_ARG_NONE, &no_attribution,
      N_("Leave out the data credits (only where you credit them elsewhere)"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— draw an article’s map as PNG, SVG or PDF"));
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadDocument) doc = NULL;
  g_autoptr(MarsadBasemap) basemap = NULL;
  g_autoptr(GDate) date = NULL;
  MarsadMapExportOptions opts;

  marsad_map_export_options_init (&opts);

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Finds the article’s places and events and draws them on the offline basemap, "
      "with a legend, a scale bar and the data credits. Needs no display. "
      "FILE may also be a saved analysis (.marsad.json); “-” reads standard input."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    goto fail;

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      g_set_error_literal (&error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("give exactly one FILE (or “-” for standard input)"));
      goto fail;
    }
  if (output == NULL)
    {
      g_set_error_literal (&error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("say where to write the map with -o FILE.png, .svg or .pdf"));
      goto fail;
    }
  if (!marsad_map_format_from_path (output, &opts.format))
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” does not end in .png, .svg or .pdf"), output);
      goto fail;
    }
  if (size != NULL && !parse_size (size, &opts.width, &opts.height, &error))
    goto fail;
  if (bbox != NULL && !parse_bbox (bbox, &opts, &error))
    goto fail;
  if (!(scale >= 0.25 && scale <= 8))
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("the scale must be between 0.25 and 8, not %g"), scale);
      goto fail;
    }
  if (published != NULL && (date = marsad_cli_parse_date (published, &error)) == NULL)
    goto fail;

  opts.scale = scale;
  opts.dark = dark;
  opts.title = title;
  opts.show_title = !no_title;
  opts.show_legend = !no_legend;
  opts.show_scale_bar = !no_scale_bar;
  opts.show_attribution = !no_attribution;
  opts.show_background = background;

  doc = marsad_cli_load_analysed (files[0], date, &error);
  if (doc == NULL)
    goto fail;

  /* Without the basemap the events still draw on a plain ground: say so,
   * but a map of the sites beats no map. */
  basemap = marsad_basemap_load_default (&error);
  if (basemap == NULL)
    {
      g_printerr ("marsad render: %s: %s\n", _("warning"), error->message);
      g_clear_error (&error);
    }

  /* an interrupted export leaves no temporary file beside OUT */
  marsad_atomic_file_remove_on_signals ();
  if (!marsad_map_export (doc, basemap, &opts, output, &error))
    goto fail;
  return 0;

fail:
  g_printerr ("marsad render: %s\n", error->message);
  return error->domain == G_OPTION_ERROR ? 2 : 1;
}
