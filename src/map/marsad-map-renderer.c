/* marsad-map-renderer.c: drawing the basemap with cairo
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "marsad-basemap-private.h"
#include "marsad-map-labels.h"
#include "marsad-map-renderer.h"

struct _MarsadMapRenderer {
  gatomicrefcount   ref_count;
  MarsadBasemap    *basemap;
  MarsadLabelCache *labels;
  int               style;   /* MarsadMapStyleKind, read atomically */
};

/* What one drawing needs: the view in world units and the geometry level. */
typedef struct {
  MarsadBasemap        *basemap;
  const MarsadMapStyle *style;
  const MarsadMapView  *view;
  cairo_t              *cr;
  double                k;        /* view pixels per world unit */
  double                wx0, wy0, wx1, wy1;
  double                margin;   /* pixels drawn outside the view */
  guint                 lod;
  GArray               *buf;      /* scratch for append_piece */
} DrawContext;

typedef struct {
  cairo_t *cr;
  double   k, x0, y0;
  int      kind_min, kind_max;
  gboolean close;
  gboolean cull_segments;
  double   rx0, ry0, rx1, ry1;   /* view rectangle plus margin, pixels */
  GArray  *buf;                  /* of double x, y */
} PathData;

MarsadMapRenderer *
marsad_map_renderer_new (MarsadBasemap *basemap)
{
  MarsadMapRenderer *r;

  g_return_val_if_fail (basemap != NULL, NULL);

  r = g_new0 (MarsadMapRenderer, 1);
  g_atomic_ref_count_init (&r->ref_count);
  r->basemap = marsad_basemap_ref (basemap);
  r->labels = marsad_label_cache_new (basemap);
  r->style = MARSAD_MAP_STYLE_LIGHT;
  return r;
}

MarsadMapRenderer *
marsad_map_renderer_ref (MarsadMapRenderer *renderer)
{
  g_return_val_if_fail (renderer != NULL, NULL);
  g_atomic_ref_count_inc (&renderer->ref_count);
  return renderer;
}

void
marsad_map_renderer_unref (MarsadMapRenderer *renderer)
{
  g_return_if_fail (renderer != NULL);
  if (!g_atomic_ref_count_dec (&renderer->ref_count))
    return;
  marsad_label_cache_free (renderer->labels);
  marsad_basemap_unref (renderer->basemap);
  g_free (renderer);
}

MarsadBasemap *
marsad_map_renderer_get_basemap (MarsadMapRenderer *renderer)
{
  return renderer->basemap;
}

void
marsad_map_renderer_set_style (MarsadMapRenderer *renderer, MarsadMapStyleKind style)
{
  g_atomic_int_set (&renderer->style, style);
}

MarsadMapStyleKind
marsad_map_renderer_get_style (MarsadMapRenderer *renderer)
{
  return g_atomic_int_get (&renderer->style);
}

static void
set_rgb (cairo_t *cr, const MarsadRgb *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

/* Adds one piece to the path, skipping what cannot show: whole pieces
 * outside the view, and for solid lines the segments outside it (cairo
 * would stroke them all before clipping). */
static void
append_piece (const MarsadPiece *piece, const MarsadPoint *pts,
              double ox, double oy, double size, gpointer user_data)
{
  PathData *pd = user_data;
  double step = size / 65535.0;
  double bx0 = G_MAXDOUBLE, by0 = G_MAXDOUBLE, bx1 = -G_MAXDOUBLE, by1 = -G_MAXDOUBLE;
  double *xy;
  guint n = piece->n_points;
  gboolean pen_down = FALSE;

  if (piece->kind < pd->kind_min || piece->kind > pd->kind_max)
    return;
  g_array_set_size (pd->buf, 2 * n);
  xy = (double *) (void *) pd->buf->data;
  for (guint i = 0; i < n; i++)
    {
      double x = (ox + pts[i].x * step) * pd->k - pd->x0;
      double y = (oy + pts[i].y * step) * pd->k - pd->y0;

      xy[2 * i] = x;
      xy[2 * i + 1] = y;
      bx0 = MIN (bx0, x), bx1 = MAX (bx1, x);
      by0 = MIN (by0, y), by1 = MAX (by1, y);
    }
  if (bx1 < pd->rx0 || bx0 > pd->rx1 || by1 < pd->ry0 || by0 > pd->ry1)
    return;

  if (!pd->cull_segments)
    {
      cairo_move_to (pd->cr, xy[0], xy[1]);
      for (guint i = 1; i < n; i++)
        cairo_line_to (pd->cr, xy[2 * i], xy[2 * i + 1]);
      if (pd->close)
        cairo_close_path (pd->cr);
      return;
    }

  for (guint i = 0; i + 1 < n; i++)
    {
      double ax = xy[2 * i], ay = xy[2 * i + 1], cx = xy[2 * i + 2], cy = xy[2 * i + 3];

      if (MAX (ax, cx) < pd->rx0 || MIN (ax, cx) > pd->rx1 ||
          MAX (ay, cy) < pd->ry0 || MIN (ay, cy) > pd->ry1)
        {
          pen_down = FALSE;
          continue;
        }
      if (!pen_down)
        cairo_move_to (pd->cr, ax, ay);
      cairo_line_to (pd->cr, cx, cy);
      pen_down = TRUE;
    }
}

/* Puts one layer's pieces (of kinds kind_min..kind_max) into cr's path. */
static void
layer_path (DrawContext *dc, MarsadLayer layer, int kind_min, int kind_max, gboolean dashed)
{
  gboolean polygon = layer == MARSAD_LAYER_LAND || layer == MARSAD_LAYER_LAKES;
  PathData pd = {
    dc->cr, dc->k, dc->view->x0, dc->view->y0, kind_min, kind_max,
    polygon,
    /* Cutting a dashed line would restart its dashes where the view
     * starts: neighbouring tiles would disagree. */
    !polygon && !dashed,
    -dc->margin, -dc->margin, dc->view->width + dc->margin, dc->view->height + dc->margin,
    dc->buf,
  };

  cairo_new_path (dc->cr);
  marsad_basemap_foreach_piece (dc->basemap, dc->lod, layer,
                                dc->wx0, dc->wy0, dc->wx1, dc->wy1, append_piece, &pd);
}

static void
fill_layer (DrawContext *dc, MarsadLayer layer, const MarsadRgb *color)
{
  layer_path (dc, layer, 0, 255, FALSE);
  set_rgb (dc->cr, color);
  /* Rings are oriented (outer positive, holes negative) and clipped to
   * cells; one nonzero fill joins the cell pieces without hairline seams. */
  cairo_set_fill_rule (dc->cr, CAIRO_FILL_RULE_WINDING);
  cairo_fill (dc->cr);
}

static void
stroke_layer (DrawContext *dc, MarsadLayer layer, int kind_min, int kind_max,
              const MarsadRgb *color, double width, double dash)
{
  if (width <= 0)
    return;
  layer_path (dc, layer, kind_min, kind_max, dash > 0);
  set_rgb (dc->cr, color);
  cairo_set_line_width (dc->cr, width);
  /* Round joins cost an arc per vertex; below 2 px a bevel looks the same. */
  cairo_set_line_join (dc->cr, width >= 2.0 ? CAIRO_LINE_JOIN_ROUND : CAIRO_LINE_JOIN_BEVEL);
  cairo_set_line_cap (dc->cr, dash > 0 || width < 2.0 ? CAIRO_LINE_CAP_BUTT : CAIRO_LINE_CAP_ROUND);
  if (dash > 0)
    {
      double pattern[2] = { dash, dash * 0.6 };

      cairo_set_dash (dc->cr, pattern, 2, 0);
    }
  cairo_stroke (dc->cr);
  cairo_set_dash (dc->cr, NULL, 0, 0);
}

/* Land, water, rivers and boundaries at one level of detail. */
static void
draw_geometry (DrawContext *dc)
{
  const MarsadMapStyle *s = dc->style;
  double z = dc->view->zoom;
  double bw = marsad_map_style_border_width (z);

  fill_layer (dc, MARSAD_LAYER_LAND, &s->land);
  fill_layer (dc, MARSAD_LAYER_LAKES, &s->water);
  stroke_layer (dc, MARSAD_LAYER_COAST, 0, 255, &s->coast, marsad_map_style_coast_width (z), 0);

  /* Thin rivers first, so that the big ones run over their tributaries. */
  stroke_layer (dc, MARSAD_LAYER_RIVERS, 7, 255, &s->river, marsad_map_style_river_width (z, 7), 0);
  stroke_layer (dc, MARSAD_LAYER_RIVERS, 4, 6, &s->river, marsad_map_style_river_width (z, 4), 0);
  stroke_layer (dc, MARSAD_LAYER_RIVERS, 0, 3, &s->river, marsad_map_style_river_width (z, 0), 0);

  /* Solid and thin: dashes would make the many governorate lines busy
   * (and cost far more to draw). */
  stroke_layer (dc, MARSAD_LAYER_ADMIN1, 0, 255, &s->admin1, marsad_map_style_admin1_width (z), 0);

  if (z >= 5)
    {
      stroke_layer (dc, MARSAD_LAYER_BORDERS, 0, 255, &s->border_casing, bw * 3.5, 0);
      stroke_layer (dc, MARSAD_LAYER_DISPUTED, 0, 255, &s->border_casing, bw * 3.5, 0);
    }
  stroke_layer (dc, MARSAD_LAYER_BORDERS, 0, 255, &s->border, bw, 0);
  stroke_layer (dc, MARSAD_LAYER_DISPUTED, 0, 255, &s->border, bw, 4.0 * bw + 1);
}

static void
draw_geometry_at (DrawContext *dc, guint lod)
{
  dc->lod = lod;
  draw_geometry (dc);
}

void
marsad_map_renderer_draw (MarsadMapRenderer *renderer, cairo_t *cr, const MarsadMapView *view)
{
  marsad_map_renderer_draw_full (renderer, cr, view, NULL);
}

void
marsad_map_renderer_draw_full (MarsadMapRenderer *renderer, cairo_t *cr,
                               const MarsadMapView *view, const MarsadMapAvoid *avoid)
{
  DrawContext dc = { 0 };
  double margin = 8.0;  /* pixels: wide strokes just outside still show */
  double dx0, dy0, dx1, dy1;
  MarsadMapStyleKind kind;
  guint lod;

  g_return_if_fail (renderer != NULL && cr != NULL && view != NULL);

  dc.basemap = renderer->basemap;
  /* Read once: another thread may switch the style while we draw. */
  kind = marsad_map_renderer_get_style (renderer);
  dc.style = marsad_map_style_get (kind);
  dc.view = view;
  dc.cr = cr;
  dc.margin = margin;
  dc.buf = g_array_new (FALSE, FALSE, sizeof (double));
  dc.k = 256.0 * exp2 (view->zoom) / MARSAD_BASEMAP_WORLD;
  dc.wx0 = (view->x0 - margin) / dc.k;
  dc.wy0 = (view->y0 - margin) / dc.k;
  dc.wx1 = (view->x0 + view->width + margin) / dc.k;
  dc.wy1 = (view->y0 + view->height + margin) / dc.k;
  lod = marsad_basemap_lod_for_zoom (renderer->basemap, view->zoom + log2 (MAX (view->scale, 1.0)));

  cairo_save (cr);
  /* Curves are only in text halos: a coarser flattening is invisible. */
  cairo_set_tolerance (cr, 0.25);
  cairo_rectangle (cr, 0, 0, view->width, view->height);
  cairo_clip (cr);
  set_rgb (cr, &dc.style->water);
  cairo_paint (cr);

  marsad_basemap_get_detail_box (renderer->basemap, &dx0, &dy0, &dx1, &dy1);
  if (lod <= MARSAD_BASEMAP_COARSE_LOD || dc.wx1 <= dx0 || dc.wx0 >= dx1 || dc.wy1 <= dy0 || dc.wy0 >= dy1)
    {
      draw_geometry_at (&dc, MIN (lod, MARSAD_BASEMAP_COARSE_LOD));
    }
  else if (dc.wx0 >= dx0 && dc.wx1 <= dx1 && dc.wy0 >= dy0 && dc.wy1 <= dy1)
    {
      draw_geometry_at (&dc, lod);
    }
  else
    {
      /* The view leaves the detailed area: coarse data around it. */
      double bx = dx0 * dc.k - view->x0, by = dy0 * dc.k - view->y0;
      double bw = (dx1 - dx0) * dc.k, bh = (dy1 - dy0) * dc.k;

      cairo_save (cr);
      cairo_rectangle (cr, -margin, -margin, view->width + 2 * margin, view->height + 2 * margin);
      cairo_rectangle (cr, bx, by, bw, bh);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      cairo_clip (cr);
      draw_geometry_at (&dc, MARSAD_BASEMAP_COARSE_LOD);
      cairo_restore (cr);

      cairo_save (cr);
      cairo_rectangle (cr, bx, by, bw, bh);
      cairo_clip (cr);
      draw_geometry_at (&dc, lod);
      cairo_restore (cr);
    }

  marsad_map_labels_draw (renderer->labels, kind, cr, view, avoid);
  cairo_restore (cr);
  /* cairo_restore() keeps the path: a stray current point would join the
   * caller's next arc to our last label by a long straight line. */
  cairo_new_path (cr);
  g_array_unref (dc.buf);
}

void
marsad_map_renderer_draw_tile (MarsadMapRenderer *renderer, cairo_t *cr,
                               int z, int x, int y, int tile_size)
{
  marsad_map_renderer_draw_tile_full (renderer, cr, z, x, y, tile_size, NULL);
}

void
marsad_map_renderer_draw_tile_full (MarsadMapRenderer *renderer, cairo_t *cr,
                                    int z, int x, int y, int tile_size,
                                    const MarsadMapAvoid *avoid)
{
  MarsadMapView view;

  g_return_if_fail (tile_size > 0);

  marsad_map_view_init_tile (&view, z, x, y, tile_size);
  cairo_save (cr);
  cairo_scale (cr, view.scale, view.scale);
  marsad_map_renderer_draw_full (renderer, cr, &view, avoid);
  cairo_restore (cr);
}
