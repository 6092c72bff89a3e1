/* marsad-map-export.c: an article's map as PNG, SVG or PDF, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "marsad-map-export.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "marsad-event-types.h"
#include "marsad-map-marker-set.h"
#include "marsad-map-markers.h"
#include "marsad-map-overlays.h"
#include "marsad-map-renderer.h"
#include "marsad-map-view.h"

/* A single site, or sites a few hundred metres apart, would otherwise zoom
 * in past what the Natural Earth basemap can show. */
#define MAX_FIT_ZOOM   9.0
#define MIN_FIT_ZOOM   3.0

gboolean
marsad_map_format_from_path (const char      *path,
                             MarsadMapFormat *format)
{
  const char *dot = path != NULL ? strrchr (path, '.') : NULL;

  g_return_val_if_fail (format != NULL, FALSE);

  if (dot == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (dot, ".png") == 0)
    *format = MARSAD_MAP_FORMAT_PNG;
  else if (g_ascii_strcasecmp (dot, ".svg") == 0)
    *format = MARSAD_MAP_FORMAT_SVG;
  else if (g_ascii_strcasecmp (dot, ".pdf") == 0)
    *format = MARSAD_MAP_FORMAT_PDF;
  else
    return FALSE;
  return TRUE;
}

const char *
marsad_map_format_get_extension (MarsadMapFormat format)
{
  switch (format)
    {
    case MARSAD_MAP_FORMAT_PNG: return "png";
    case MARSAD_MAP_FORMAT_SVG: return "svg";
    case MARSAD_MAP_FORMAT_PDF: return "pdf";
    default:                    g_return_val_if_reached (NULL);
    }
}

void
marsad_map_export_options_init (MarsadMapExportOptions *opts)
{
  g_return_if_fail (opts != NULL);

  memset (opts, 0, sizeof *opts);
  opts->format = MARSAD_MAP_FORMAT_PNG;
  opts->width = 1600;
  opts->height = 1200;
  opts->scale = 1.0;
  opts->padding = 64;
  opts->show_title = TRUE;
  opts->show_legend = TRUE;
  opts->show_scale_bar = TRUE;
  opts->show_attribution = TRUE;
}

static void
init_view (MarsadMapView                *view,
           MarsadMapMarkerSet           *set,
           const MarsadMapExportOptions *opts,
           double                        top)
{
  double west, east, south, north;
  double map_height = opts->height - top;

  if (opts->has_bbox)
    {
      marsad_map_view_init_fit (view, opts->west, opts->south, opts->east, opts->north,
                                opts->width, map_height, 0);
    }
  else
    {
      /* the app's rule: fine event sites first, countries last */
      if (!marsad_map_marker_set_get_frame (set, &west, &south, &east, &north))
        {
          /* Nothing to show: the Middle East, Marsad's home ground. */
          west = 25; east = 63; south = 12; north = 42;
        }

      if (east - west < 1e-6 && north - south < 1e-6)
        marsad_map_view_init (view, north, west, MAX_FIT_ZOOM, opts->width, map_height);
      else
        marsad_map_view_init_fit (view, west, south, east, north,
                                  opts->width, map_height, opts->padding);

      if (view->zoom > MAX_FIT_ZOOM || view->zoom < MIN_FIT_ZOOM)
        {
          double lat, lon;

          marsad_map_view_unproject (view, opts->width / 2.0, map_height / 2.0, &lat, &lon);
          marsad_map_view_init (view, lat, lon, CLAMP (view->zoom, MIN_FIT_ZOOM, MAX_FIT_ZOOM),
                                opts->width, map_height);
        }
    }

  /* The title band covers the top: fit below it, then draw the map under
   * the band as well so the page has no blank strip. */
  view->height = opts->height;
  view->y0 -= top;
  view->scale = opts->format == MARSAD_MAP_FORMAT_PNG ? opts->scale : 2.0;
  view->clip_labels = TRUE;
}

/* The basemap must not name a place the export names already (Baghdad's
 * marker label beside the basemap's Baghdad), nor put labels under the
 * markers, their labels, the title band or the legend. */
static void
draw_basemap (cairo_t              *cr,
              MarsadBasemap        *basemap,
              const MarsadMapView  *view,
              MarsadMapMarkerFrame *frame,
              const MarsadMapBox   *keep_clear,
              guint                 n_keep_clear,
              gboolean              dark)
{
  MarsadMapStyleKind kind = dark ? MARSAD_MAP_STYLE_DARK : MARSAD_MAP_STYLE_LIGHT;
  g_autoptr(MarsadMapRenderer) renderer = NULL;
  g_autoptr(GArray) boxes = NULL;
  MarsadMapAvoid avoid;

  if (basemap == NULL)
    {
      const MarsadRgb *water = &marsad_map_style_get (kind)->water;

      cairo_set_source_rgb (cr, water->r, water->g, water->b);
      cairo_paint (cr);
      return;
    }

  marsad_map_marker_frame_get_avoid (frame, &avoid);
  boxes = g_array_new (FALSE, FALSE, sizeof (MarsadMapBox));
  /* the title band and the legend, then the markers and their labels */
  g_array_append_vals (boxes, keep_clear, n_keep_clear);
  g_array_append_vals (boxes, avoid.boxes, avoid.n_boxes);
  avoid.boxes = (const MarsadMapBox *) (void *) boxes->data;
  avoid.n_boxes = boxes->len;

  /* A renderer of our own: its style is ours to set, and it measures only
   * the labels this view shows. The app's renderer stays in its own style. */
  renderer = marsad_map_renderer_new (basemap);
  marsad_map_renderer_set_style (renderer, kind);
  marsad_map_renderer_draw_full (renderer, cr, view, &avoid);
}

/* "23 يناير 2024" for "2024-01-23" (or "يناير 2024", "2024"): ISO dates
 * inside right-to-left Arabic are reordered by the bidi algorithm into
 * nonsense ("24-01-2024"); words and numbers are not. */
static char *
format_date_ar (const char *iso)
{
  static const char * const months[] = {
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
  };
  guint y = 0, m = 0, d = 0;
  int n = sscanf (iso, "%4u-%2u-%2u", &y, &m, &d);

  if (n >= 2 && m >= 1 && m <= 12)
    return n == 3 ? g_strdup_printf ("%u %s %u", d, months[m - 1], y)
                  : g_strdup_printf ("%s %u", months[m - 1], y);
  return g_strdup (iso);
}

/* An event the map shows: not in the background (unless asked for), and
 * at a place inside the view; with no view, any event with a place. */
static gboolean
event_shown (const MarsadDocument         *doc,
             const MarsadEvent            *e,
             const MarsadMapExportOptions *opts,
             const MarsadMapView          *view)
{
  const MarsadPlace *place;
  double x, y;

  if (e->background && !opts->show_background)
    return FALSE;
  place = e->place_id != NULL ? marsad_document_find_place (doc, e->place_id) : NULL;
  if (place == NULL)
    return FALSE;
  if (view == NULL)
    return TRUE;
  marsad_map_view_project (view, place->lat, place->lon, &x, &y);
  return x >= 0 && y >= 0 && x <= view->width && y <= view->height;
}

/* "الأحداث من 23 يناير 2024 إلى 24 يناير 2024", from the events on the map. */
static char *
date_range_text (const MarsadDocument         *doc,
                 const MarsadMapExportOptions *opts,
                 const MarsadMapView          *view)
{
  const char *first = NULL, *last = NULL;

  for (guint i = 0; i < doc->events->len; i++)
    {
      const MarsadEvent *e = g_ptr_array_index (doc->events, i);
      const char *end = e->date_end != NULL ? e->date_end : e->date_start;

      if (!event_shown (doc, e, opts, view))
        continue;
      /* ISO dates of any precision sort as strings. */
      if (e->date_start != NULL && (first == NULL || strcmp (e->date_start, first) < 0))
        first = e->date_start;
      if (end != NULL && (last == NULL || strcmp (end, last) > 0))
        last = end;
    }

  if (first != NULL && last != NULL && strcmp (first, last) != 0)
    {
      g_autofree char *from = format_date_ar (first);
      g_autofree char *to = format_date_ar (last);

      return g_strdup_printf ("الأحداث من %s إلى %s", from, to);
    }
  if (first != NULL)
    {
      g_autofree char *on = format_date_ar (first);

      return g_strdup_printf ("الأحداث في %s", on);
    }
  if (doc->published != NULL)
    {
      char buf[16];

      g_autofree char *on = NULL;

      g_date_strftime (buf, sizeof buf, "%Y-%m-%d", doc->published);
      on = format_date_ar (buf);
      return g_strdup_printf ("نُشر في %s", on);
    }
  return NULL;
}

/* Fits the view below the title band; returns the markers, the title,
 * the subtitle (the dates of the events the view shows) and the band's
 * height. */
static MarsadMapMarkerSet *
prepare (cairo_t                      *cr,
         const MarsadDocument         *doc,
         const MarsadMapExportOptions *opts,
         MarsadMapView                *view,
         const char                  **title,
         char                        **subtitle,
         double                       *top)
{
  MarsadMapMarkerSet *set = marsad_map_marker_set_new_for_document (doc, opts->show_background);
  g_autofree char *provisional = NULL;

  *title = opts->title != NULL ? opts->title : doc->title;
  if (*title == NULL)
    *title = "خريطة الأحداث";
  /* the band's height before the view is known, then the dates of what
   * the view holds (one line either way) */
  provisional = date_range_text (doc, opts, NULL);
  *top = 0;
  if (opts->show_title)
    *top = marsad_map_overlay_draw_title (cr, opts->width, *title, provisional, opts->dark, FALSE);

  init_view (view, set, opts, *top);
  *subtitle = date_range_text (doc, opts, view);
  if (*subtitle == NULL)
    *subtitle = g_steal_pointer (&provisional);
  return set;
}

char *
marsad_map_export_dup_subtitle (const MarsadDocument         *doc,
                                const MarsadMapExportOptions *opts)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(MarsadMapMarkerSet) set = NULL;
  char *subtitle = NULL;
  const char *title;
  MarsadMapView view;
  double top;

  g_return_val_if_fail (doc != NULL && opts != NULL, NULL);

  set = prepare (cr, doc, opts, &view, &title, &subtitle, &top);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return subtitle;
}

void
marsad_map_export_get_bounds (const MarsadDocument         *doc,
                              const MarsadMapExportOptions *opts,
                              double                       *west,
                              double                       *south,
                              double                       *east,
                              double                       *north)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(MarsadMapMarkerSet) set = NULL;
  g_autofree char *subtitle = NULL;
  const char *title;
  MarsadMapView view;
  double top;

  g_return_if_fail (doc != NULL && opts != NULL);

  /* Only to measure the title: any cairo context will do. */
  set = prepare (cr, doc, opts, &view, &title, &subtitle, &top);
  marsad_map_view_get_bounds (&view, west, south, east, north);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

void
marsad_map_export_draw (cairo_t                      *cr,
                        const MarsadDocument         *doc,
                        MarsadBasemap                *basemap,
                        const MarsadMapExportOptions *opts)
{
  g_autoptr(MarsadMapMarkerSet) set = NULL;
  g_autoptr(MarsadMapMarkerFrame) frame = NULL;
  MarsadMapLegend legend;
  g_autofree char *subtitle = NULL;
  MarsadMapMarkerDrawOptions draw;
  const char *title;
  MarsadMapView view;
  MarsadMapBox keep_clear[2];
  double top;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (doc != NULL);
  g_return_if_fail (opts != NULL && opts->width > 0 && opts->height > 0);

  set = prepare (cr, doc, opts, &view, &title, &subtitle, &top);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, opts->width, opts->height);
  cairo_clip (cr);

  /* the app's markers, clusters and labels, for this view; then again
   * with the legend (which lists what they show) kept clear */
  keep_clear[0] = (MarsadMapBox) { 0, 0, opts->width, top };
  marsad_map_marker_draw_options_init (&draw);
  draw.dark = opts->dark;
  draw.keep_clear = keep_clear;
  draw.n_keep_clear = 1;
  draw.labels_inside = TRUE;
  frame = marsad_map_marker_set_prepare (set, cr, &view, &draw);
  marsad_map_marker_frame_get_legend (frame, &legend);
  if (opts->show_legend)
    {
      double x0, y1;

      marsad_map_overlay_measure_legend (cr, opts->width, top + 12, &legend, &x0, &y1);
      keep_clear[1] = (MarsadMapBox) { x0, top, opts->width, y1 };
      draw.n_keep_clear = 2;
      g_clear_pointer (&frame, marsad_map_marker_frame_free);
      frame = marsad_map_marker_set_prepare (set, cr, &view, &draw);
    }
  draw_basemap (cr, basemap, &view, frame, keep_clear, draw.n_keep_clear, opts->dark);
  marsad_map_marker_frame_draw_borders (frame, cr);
  marsad_map_marker_frame_draw (frame, cr);

  if (opts->show_title)
    marsad_map_overlay_draw_title (cr, opts->width, title, subtitle, opts->dark, TRUE);
  if (opts->show_legend)
    marsad_map_overlay_draw_legend (cr, opts->width, top + 12, &legend, opts->dark);
  if (opts->show_scale_bar)
    {
      double lat, lon;

      marsad_map_view_unproject (&view, opts->width / 2.0, (top + opts->height) / 2.0, &lat, &lon);
      marsad_map_overlay_draw_scale_bar (cr, opts->height,
                                         marsad_map_view_meters_per_pixel (&view, lat),
                                         opts->dark);
    }
  if (opts->show_attribution)
    {
      /* The basemap is Natural Earth; place names and points come from the
       * gazetteer's Who's On First and GeoNames records. OpenStreetMap's
       * licence asks for its credit wherever its tiles appear. */
      g_autofree char *credits =
        g_strconcat (MARSAD_MAP_ATTRIBUTION,
                     opts->online_tiles ? " · " MARSAD_MAP_OSM_ATTRIBUTION : "",
                     NULL);

      marsad_map_overlay_draw_credits (cr, opts->width, opts->height, credits, opts->dark);
    }

  cairo_restore (cr);
}
