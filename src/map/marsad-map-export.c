/* marsad-map-export.c: an article's map as PNG, SVG or PDF, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "marsad-map-export.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "marsad-event-types.h"
#include "marsad-map-markers.h"
#include "marsad-map-overlays.h"
#include "marsad-map-renderer.h"
#include "marsad-map-view.h"

/* A single site, or sites a few hundred metres apart, would otherwise zoom
 * in past what the Natural Earth basemap can show. */
#define MAX_FIT_ZOOM   9.0
#define MIN_FIT_ZOOM   3.0
#define LABEL_GAP      4.0

typedef struct
{
  const MarsadPlace *place;
  MarsadMarkerStyle  style;
  double             x, y;
} Site;

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

/* The same choice of role, type and size as the app's marker layer, so an
 * export shows what the window shows. */
static GArray *
collect_sites (const MarsadDocument         *doc,
               const MarsadMapExportOptions *opts)
{
  GArray *sites = g_array_new (FALSE, TRUE, sizeof (Site));

  for (guint i = 0; i < doc->places->len; i++)
    {
      const MarsadPlace *place = g_ptr_array_index (doc->places, i);
      MarsadMentionRole strongest = marsad_place_strongest_role (place);
      const MarsadEvent *main_event = NULL;
      gboolean current = FALSE;
      guint n_events = 0;
      Site site = { place, { 0 }, 0, 0 };

      marsad_marker_style_init (&site.style, MARSAD_MARKER_ROLE_CONTEXT);
      for (guint j = 0; j < doc->events->len; j++)
        {
          const MarsadEvent *event = g_ptr_array_index (doc->events, j);
          int min = 0, max = 0;

          if (g_strcmp0 (event->place_id, place->id) != 0)
            continue;
          if (event->background && !opts->show_background)
            continue;
          n_events++;
          current |= !event->background;
          if (marsad_event_get_fatalities (event, &min, &max) && max > site.style.fatalities)
            {
              site.style.fatalities = max;
              main_event = event;
            }
          if (main_event == NULL || (main_event->background && !event->background))
            main_event = event;
        }

      if (current || (strongest == MARSAD_ROLE_EVENT_SITE && n_events > 0))
        site.style.role = MARSAD_MARKER_ROLE_EVENT_SITE;
      else if (strongest == MARSAD_ROLE_ACTOR && n_events == 0)
        continue;  /* a country named as an actor is not a place on this map */
      else
        site.style.role = MARSAD_MARKER_ROLE_CONTEXT;

      site.style.event_type = main_event != NULL ? main_event->type : NULL;
      site.style.dark = opts->dark;
      g_array_append_val (sites, site);
    }

  return sites;
}

static int
site_rank (const Site *s)
{
  /* Context below event sites; small event sites below big ones. */
  return (s->style.role == MARSAD_MARKER_ROLE_EVENT_SITE ? 100000 : 0) + MAX (s->style.fatalities, 0);
}

static int
compare_sites (gconstpointer a,
               gconstpointer b)
{
  return site_rank (a) - site_rank (b);
}

static void
init_view (MarsadMapView                *view,
           const GArray                 *sites,
           const MarsadMapExportOptions *opts,
           double                        top)
{
  double west = 180, east = -180, south = 90, north = -90;
  double map_height = opts->height - top;
  gboolean only_sites = FALSE;

  if (opts->has_bbox)
    {
      marsad_map_view_init_fit (view, opts->west, opts->south, opts->east, opts->north,
                                opts->width, map_height, 0);
    }
  else
    {
      /* Fit the event sites; context places only when there are none. */
      for (guint i = 0; i < sites->len; i++)
        only_sites |= g_array_index (sites, Site, i).style.role == MARSAD_MARKER_ROLE_EVENT_SITE;
      for (guint i = 0; i < sites->len; i++)
        {
          const Site *s = &g_array_index (sites, Site, i);

          if (only_sites && s->style.role != MARSAD_MARKER_ROLE_EVENT_SITE)
            continue;
          west = MIN (west, s->place->lon);
          east = MAX (east, s->place->lon);
          south = MIN (south, s->place->lat);
          north = MAX (north, s->place->lat);
        }
      if (west > east)
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

typedef struct
{
  double x0, y0, x1, y1;
} Box;

static gboolean
box_overlaps (const GArray *boxes,
              const Box    *b)
{
  for (guint i = 0; i < boxes->len; i++)
    {
      const Box *o = &g_array_index (boxes, Box, i);

      if (b->x0 < o->x1 && o->x0 < b->x1 && b->y0 < o->y1 && o->y0 < b->y1)
        return TRUE;
    }
  return FALSE;
}

/* A site's label, placed before anything is drawn so that the basemap's
 * own labels can keep clear of it. x is the label's right edge. */
typedef struct
{
  const Site *site;
  double      x, y;
  Box         box;
} SiteLabel;

/* Greedy placement, most important site first: left of the marker (where
 * an Arabic name reads away from it), then right, above, below. A context
 * label that fits nowhere is dropped; an event site's always shows. */
static GArray *
place_site_labels (cairo_t                      *cr,
                   GArray                       *sites,
                   const MarsadMapExportOptions *opts,
                   double                        top)
{
  GArray *labels = g_array_new (FALSE, FALSE, sizeof (SiteLabel));
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (Box));

  for (guint i = 0; i < sites->len; i++)
    {
      const Site *s = &g_array_index (sites, Site, i);
      double r = marsad_marker_get_radius (&s->style);
      Box b = { s->x - r, s->y - r, s->x + r, s->y + r };

      g_array_append_val (taken, b);
    }

  for (guint n = sites->len; n > 0; n--)
    {
      const Site *s = &g_array_index (sites, Site, n - 1);
      double r = marsad_marker_get_radius (&s->style) + LABEL_GAP;
      double w, h;
      /* Right edge and vertical centre of each candidate position. */
      double cand[4][2];
      gboolean placed = FALSE;

      if (s->place->name == NULL)
        continue;
      marsad_marker_measure_label (cr, s->place->name, 1.0, &w, &h);
      cand[0][0] = s->x - r;          cand[0][1] = s->y;
      cand[1][0] = s->x + r + w;      cand[1][1] = s->y;
      cand[2][0] = s->x + w / 2;      cand[2][1] = s->y - r - h / 2;
      cand[3][0] = s->x + w / 2;      cand[3][1] = s->y + r + h / 2;

      for (guint c = 0; c < G_N_ELEMENTS (cand) && !placed; c++)
        {
          Box b = { cand[c][0] - w, cand[c][1] - h / 2, cand[c][0], cand[c][1] + h / 2 };
          SiteLabel l = { s, cand[c][0], cand[c][1], b };

          if (b.x0 < 0 || b.x1 > opts->width || b.y0 < top || b.y1 > opts->height)
            continue;
          if (box_overlaps (taken, &b))
            continue;
          g_array_append_val (taken, b);
          g_array_append_val (labels, l);
          placed = TRUE;
        }

      if (!placed && s->style.role == MARSAD_MARKER_ROLE_EVENT_SITE)
        {
          /* Crowded: overlap a neighbour rather than run off the page. */
          guint c = 0;

          for (guint k = G_N_ELEMENTS (cand); k > 0; k--)
            if (cand[k - 1][0] - w >= 0 && cand[k - 1][0] <= opts->width &&
                cand[k - 1][1] - h / 2 >= top && cand[k - 1][1] + h / 2 <= opts->height)
              c = k - 1;

          {
            SiteLabel l = { s, cand[c][0], cand[c][1],
                            { cand[c][0] - w, cand[c][1] - h / 2, cand[c][0], cand[c][1] + h / 2 } };

            g_array_append_val (labels, l);
          }
        }
    }
  return labels;
}

/* The basemap must not name a place the export names already (Baghdad's
 * marker label beside the basemap's Baghdad), nor put labels under the
 * markers, their labels or the title band. */
static void
draw_basemap (cairo_t             *cr,
              MarsadBasemap       *basemap,
              const MarsadMapView *view,
              GArray              *sites,
              GArray              *labels,
              double               top,
              gboolean             dark)
{
  MarsadMapStyleKind kind = dark ? MARSAD_MAP_STYLE_DARK : MARSAD_MAP_STYLE_LIGHT;
  g_autoptr(MarsadMapRenderer) renderer = NULL;
  g_autoptr(GArray) boxes = NULL;
  g_autofree const char **names = NULL;
  MarsadMapAvoid avoid = { NULL, 0, NULL, 0 };
  MarsadMapBox band = { 0, 0, view->width, top };

  if (basemap == NULL)
    {
      const MarsadRgb *water = &marsad_map_style_get (kind)->water;

      cairo_set_source_rgb (cr, water->r, water->g, water->b);
      cairo_paint (cr);
      return;
    }

  boxes = g_array_new (FALSE, FALSE, sizeof (MarsadMapBox));
  names = g_new0 (const char *, labels->len + 1);
  g_array_append_val (boxes, band);
  for (guint i = 0; i < sites->len; i++)
    {
      const Site *s = &g_array_index (sites, Site, i);
      double r = marsad_marker_get_radius (&s->style) + 2;
      MarsadMapBox b = { s->x - r, s->y - r, s->x + r, s->y + r };

      g_array_append_val (boxes, b);
    }
  for (guint i = 0; i < labels->len; i++)
    {
      const SiteLabel *l = &g_array_index (labels, SiteLabel, i);
      MarsadMapBox b = { l->box.x0, l->box.y0, l->box.x1, l->box.y1 };

      g_array_append_val (boxes, b);
      names[avoid.n_names++] = l->site->place->name;
    }
  avoid.boxes = (const MarsadMapBox *) (void *) boxes->data;
  avoid.n_boxes = boxes->len;
  avoid.names = names;

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

/* "الأحداث من 23 يناير 2024 إلى 24 يناير 2024", from the events on the map. */
static char *
date_range_text (const MarsadDocument         *doc,
                 const MarsadMapExportOptions *opts)
{
  const char *first = NULL, *last = NULL;

  for (guint i = 0; i < doc->events->len; i++)
    {
      const MarsadEvent *e = g_ptr_array_index (doc->events, i);
      const char *end = e->date_end != NULL ? e->date_end : e->date_start;

      if (e->background && !opts->show_background)
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

/* Fits the view below the title band; returns the sites (sorted for
 * drawing), the title and the band's height. */
static GArray *
prepare (cairo_t                      *cr,
         const MarsadDocument         *doc,
         const MarsadMapExportOptions *opts,
         MarsadMapView                *view,
         const char                  **title,
         char                        **subtitle,
         double                       *top)
{
  GArray *sites;

  *title = opts->title != NULL ? opts->title : doc->title;
  if (*title == NULL)
    *title = "خريطة الأحداث";
  *subtitle = date_range_text (doc, opts);
  *top = 0;
  if (opts->show_title)
    *top = marsad_map_overlay_draw_title (cr, opts->width, *title, *subtitle, opts->dark, FALSE);

  sites = collect_sites (doc, opts);
  g_array_sort (sites, compare_sites);
  init_view (view, sites, opts, *top);
  return sites;
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
  g_autoptr(GArray) sites = NULL;
  g_autofree char *subtitle = NULL;
  const char *title;
  MarsadMapView view;
  double top;

  g_return_if_fail (doc != NULL && opts != NULL);

  /* Only to measure the title: any cairo context will do. */
  sites = prepare (cr, doc, opts, &view, &title, &subtitle, &top);
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
  g_autoptr(GArray) sites = NULL;
  g_autoptr(GArray) labels = NULL;
  gboolean types_present[MARSAD_N_EVENT_TYPES] = { FALSE };
  gboolean has_context = FALSE, has_fatalities = FALSE;
  g_autofree char *subtitle = NULL;
  const char *title;
  MarsadMapView view;
  double top;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (doc != NULL);
  g_return_if_fail (opts != NULL && opts->width > 0 && opts->height > 0);

  sites = prepare (cr, doc, opts, &view, &title, &subtitle, &top);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, opts->width, opts->height);
  cairo_clip (cr);

  for (guint i = 0; i < sites->len; i++)
    {
      Site *s = &g_array_index (sites, Site, i);

      marsad_map_view_project (&view, s->place->lat, s->place->lon, &s->x, &s->y);
    }
  labels = place_site_labels (cr, sites, opts, top);
  draw_basemap (cr, basemap, &view, sites, labels, top, opts->dark);

  for (guint i = 0; i < sites->len; i++)
    {
      const Site *s = &g_array_index (sites, Site, i);
      int t = marsad_event_type_get_index (s->style.event_type);

      marsad_marker_draw (cr, s->x, s->y, &s->style, 1.0);
      if (s->style.role == MARSAD_MARKER_ROLE_CONTEXT)
        has_context = TRUE;
      else if (t >= 0)
        types_present[t] = TRUE;
      has_fatalities |= s->style.fatalities > 0;
    }
  for (guint i = 0; i < labels->len; i++)
    {
      const SiteLabel *l = &g_array_index (labels, SiteLabel, i);

      marsad_marker_draw_label (cr, l->x, l->y, l->site->place->name, 1.0, opts->dark);
    }

  if (opts->show_title)
    marsad_map_overlay_draw_title (cr, opts->width, title, subtitle, opts->dark, TRUE);
  if (opts->show_legend)
    marsad_map_overlay_draw_legend (cr, opts->width, top + 12, types_present, has_context,
                                    has_fatalities, opts->dark);
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
