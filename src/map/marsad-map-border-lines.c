/* marsad-map-border-lines.c: border places drawn as their lines
 *
 * «اشتباكات على الحدود الأردنية-السورية» happened somewhere along a line
 * hundreds of kilometres long: the marker stands where the text puts it,
 * and the line says how far the place reaches. A collection may hold a
 * thousand events on one border: they share one line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "marsad-map-marker-set-private.h"

/* the widest stroke's half (the selection's glow), rounded up */
#define LINE_MARGIN 10.0

static void
line_style (const MarsadMapBorderLine *line,
            gboolean                   dark,
            MarsadMarkerStyle         *style)
{
  const char *const *types = marsad_event_types ();
  guint best = 0;

  marsad_marker_style_init (style, line->event_site ? MARSAD_MARKER_ROLE_EVENT_SITE
                                                    : MARSAD_MARKER_ROLE_CONTEXT);
  style->type_counts = line->type_counts;
  style->dark = dark;
  style->muted = line->event_site && !line->current;
  /* the dominant type, ties in the legend's order, as a marker's */
  for (guint t = 0; t < MARSAD_N_EVENT_TYPES; t++)
    if (line->type_counts[t] > best)
      {
        best = line->type_counts[t];
        style->event_type = types[t];
      }
}

/* box grown to hold b (box is b when it holds nothing yet) */
static void
box_add (MarsadMapBox       *box,
         const MarsadMapBox *b,
         gboolean            empty)
{
  if (empty)
    *box = *b;
  box->x0 = MIN (box->x0, b->x0);
  box->y0 = MIN (box->y0, b->y0);
  box->x1 = MAX (box->x1, b->x1);
  box->y1 = MAX (box->y1, b->y1);
}

/* The segments of the line that come into the view (a border runs far
 * past it), as cr's path when cr is not NULL; FALSE when none does. */
static gboolean
line_path (cairo_t             *cr,
           const MarsadBorder  *border,
           const MarsadMapView *view,
           MarsadMapBox        *box)
{
  g_autoptr(GArray) xy = g_array_new (FALSE, FALSE, sizeof (double));
  gboolean any = FALSE;

  for (guint s = 0; s < marsad_border_get_n_segments (border); s++)
    {
      guint n = 0;
      const double *points = marsad_border_get_segment (border, s, &n);
      MarsadMapBox seg = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };

      g_array_set_size (xy, 2 * n);
      for (guint i = 0; i < n; i++)
        {
          double *x = &g_array_index (xy, double, 2 * i), *y = x + 1;

          marsad_map_view_project (view, points[2 * i], points[2 * i + 1], x, y);
          seg.x0 = MIN (seg.x0, *x);
          seg.y0 = MIN (seg.y0, *y);
          seg.x1 = MAX (seg.x1, *x);
          seg.y1 = MAX (seg.y1, *y);
        }
      if (seg.x1 < -LINE_MARGIN || seg.y1 < -LINE_MARGIN ||
          seg.x0 > view->width + LINE_MARGIN || seg.y0 > view->height + LINE_MARGIN)
        continue;
      box_add (box, &seg, !any);
      any = TRUE;
      if (cr == NULL)
        continue;
      cairo_move_to (cr, g_array_index (xy, double, 0), g_array_index (xy, double, 1));
      for (guint i = 1; i < n; i++)
        cairo_line_to (cr, g_array_index (xy, double, 2 * i), g_array_index (xy, double, 2 * i + 1));
    }
  return any;
}

gboolean
marsad_map_border_lines_draw (MarsadMapMarkerSet  *set,
                              cairo_t             *cr,
                              const MarsadMapView *view,
                              const MarsadBorder  *selected,
                              const MarsadBorder  *hovered,
                              gboolean             dark,
                              MarsadMapBox        *box)
{
  MarsadMapBox all = { 0 }, one = { 0 };
  gboolean any = FALSE;

  /* the selected line last, over those it crosses */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < set->lines->len; i++)
      {
        const MarsadMapBorderLine *line = &g_array_index (set->lines, MarsadMapBorderLine, i);
        MarsadMarkerStyle style;

        if ((line->border == selected) != (pass == 1))
          continue;
        if (cr != NULL)
          cairo_new_path (cr);
        if (!line_path (cr, line->border, view, &one))
          continue;
        box_add (&all, &one, !any);
        any = TRUE;
        if (cr == NULL)
          continue;
        line_style (line, dark, &style);
        style.selected = line->border == selected;
        style.highlighted = line->border == hovered;
        marsad_border_line_draw (cr, &style, 1.0);
      }
  /* within the view: a line just outside it leaves nothing to show */
  all.x0 = MAX (floor (all.x0 - LINE_MARGIN), 0);
  all.y0 = MAX (floor (all.y0 - LINE_MARGIN), 0);
  all.x1 = MIN (ceil (all.x1 + LINE_MARGIN), view->width);
  all.y1 = MIN (ceil (all.y1 + LINE_MARGIN), view->height);
  if (!any || all.x1 <= all.x0 || all.y1 <= all.y0)
    return FALSE;
  if (box != NULL)
    *box = all;
  return TRUE;
}
