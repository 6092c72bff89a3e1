/* marsad-map-labels.c: placing and drawing map labels without collisions
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Placement is a greedy pass in the file's label order (which is the global
 * priority order) over every candidate near the view. A label's fate thus
 * depends only on its neighbours, not on where the view starts: adjacent
 * tiles take the same decisions and each draws its part of a label that
 * straddles their edge, so tiles join without seams. */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "marsad-basemap-private.h"
#include "marsad-map-labels.h"

/* Candidates are gathered this far (logical px) outside the view, so that
 * the labels that could push a visible one away are known. */
#define GATHER_MARGIN 320.0
#define WRAP_WIDTH    130.0
#define LABEL_GAP     3.0

typedef struct {
  float w, h;           /* logical extents in pixels; w < 0: not measured */
} Extents;

struct _MarsadLabelCache {
  MarsadBasemap *basemap;
  GMutex         lock;
  Extents       *extents;
  guint          n_labels;
};

typedef struct {
  double x0, y0, x1, y1;
} Box;

typedef struct {
  const MarsadLabel *label;
  double ax, ay;        /* anchor in view pixels */
  Box    text;          /* chosen text box */
  double dot;           /* dot radius, 0 for none */
} Placed;

typedef struct {
  MarsadLabelCache     *cache;
  const MarsadMapStyle *style;
  PangoContext         *rtl, *ltr;
} LabelContext;

MarsadLabelCache *
marsad_label_cache_new (MarsadBasemap *basemap)
{
  MarsadLabelCache *cache = g_new0 (MarsadLabelCache, 1);

  cache->basemap = marsad_basemap_ref (basemap);
  g_mutex_init (&cache->lock);
  cache->n_labels = marsad_basemap_get_n_labels (basemap);
  cache->extents = g_new (Extents, MAX (1, cache->n_labels));
  for (guint i = 0; i < cache->n_labels; i++)
    cache->extents[i].w = -1;
  return cache;
}

void
marsad_label_cache_free (MarsadLabelCache *cache)
{
  if (cache == NULL)
    return;
  g_mutex_clear (&cache->lock);
  g_free (cache->extents);
  marsad_basemap_unref (cache->basemap);
  g_free (cache);
}

static gboolean
has_arabic (const char *s)
{
  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
          (c >= 0x08A0 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFEFF))
        return TRUE;
    }
  return FALSE;
}

/* Arabic when we have it, English otherwise. */
static const char *
label_text (MarsadBasemap *bm, const MarsadLabel *label)
{
  const char *ar = marsad_basemap_get_string (bm, label->name_ar);

  return ar[0] ? ar : marsad_basemap_get_string (bm, label->name_en);
}

static gboolean
has_dot (const MarsadLabel *label)
{
  return label->klass == MARSAD_LABEL_CAPITAL || label->klass == MARSAD_LABEL_CITY ||
         label->klass == MARSAD_LABEL_TOWN;
}

static double
dot_radius (const MarsadLabel *label)
{
  return label->klass == MARSAD_LABEL_CAPITAL ? 3.5 : label->klass == MARSAD_LABEL_CITY ? 2.8 : 2.2;
}

static PangoLayout *
make_layout (LabelContext *lc, const MarsadLabel *label)
{
  MarsadBasemap *bm = lc->cache->basemap;
  const MarsadLabelStyle *ls = &lc->style->labels[MIN (label->klass, G_N_ELEMENTS (lc->style->labels) - 1)];
  const char *text = label_text (bm, label);
  gboolean rtl = has_arabic (text);
  /* Pango guesses direction from the first strong character; a label is
   * either Arabic or English, so say which (PLATFORM.md, bidi). */
  PangoLayout *layout = pango_layout_new (rtl ? lc->rtl : lc->ltr);
  g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (MARSAD_MAP_FONT_FAMILY);

  pango_font_description_set_absolute_size (desc, ls->font_px[MIN (label->size, 2)] * PANGO_SCALE);
  pango_font_description_set_weight (desc, ls->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  if (ls->italic && !rtl)
    pango_font_description_set_style (desc, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_auto_dir (layout, FALSE);
  if (!has_dot (label))
    {
      pango_layout_set_width (layout, (int) (WRAP_WIDTH * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
    }
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static Extents
measure (LabelContext *lc, const MarsadLabel *label)
{
  MarsadLabelCache *cache = lc->cache;
  guint i = label->priority;
  Extents e = { 0, 0 };

  if (i >= cache->n_labels)
    return e;
  g_mutex_lock (&cache->lock);
  e = cache->extents[i];
  g_mutex_unlock (&cache->lock);
  if (e.w < 0)
    {
      g_autoptr(PangoLayout) layout = make_layout (lc, label);
      PangoRectangle ink, logical;

      pango_layout_get_pixel_extents (layout, &ink, &logical);
      /* Wrapped layouts are WRAP_WIDTH wide; keep the text's own width. */
      e.w = has_dot (label) ? logical.width : MIN (logical.width, ink.width + 2);
      e.h = logical.height;
      g_mutex_lock (&cache->lock);
      cache->extents[i] = e;
      g_mutex_unlock (&cache->lock);
    }
  return e;
}

static gboolean
boxes_meet (const Box *a, const Box *b)
{
  return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

static gboolean
box_inside (const Box *b, const MarsadMapView *view)
{
  return b->x0 >= 0 && b->y0 >= 0 && b->x1 <= view->width && b->y1 <= view->height;
}

static Box
inflate (const Box *b, double d)
{
  return (Box) { b->x0 - d, b->y0 - d, b->x1 + d, b->y1 + d };
}

static gboolean
collides (GArray *taken, const Box *b)
{
  for (guint i = 0; i < taken->len; i++)
    if (boxes_meet (&g_array_index (taken, Box, i), b))
      return TRUE;
  return FALSE;
}

/* Candidate text boxes: beside the dot (right, left, above, below) for
 * places, centred on the anchor for areas, seas and rivers. */
static guint
candidate_boxes (const MarsadLabel *label, double ax, double ay, Extents e, Box out[4])
{
  double w = e.w, h = e.h;

  if (!has_dot (label))
    {
      out[0] = (Box) { ax - w / 2, ay - h / 2, ax + w / 2, ay + h / 2 };
      return 1;
    }
  else
    {
      double r = dot_radius (label) + LABEL_GAP;

      out[0] = (Box) { ax + r, ay - h / 2, ax + r + w, ay + h / 2 };
      out[1] = (Box) { ax - r - w, ay - h / 2, ax - r, ay + h / 2 };
      out[2] = (Box) { ax - w / 2, ay - r - h + 2, ax + w / 2, ay - r + 2 };
      out[3] = (Box) { ax - w / 2, ay + r - 2, ax + w / 2, ay + r + h - 2 };
      return 4;
    }
}

static void
place_labels (LabelContext *lc, const MarsadMapView *view, GArray *placed)
{
  MarsadBasemap *bm = lc->cache->basemap;
  guint n_labels;
  const MarsadLabel *labels = marsad_basemap_get_labels (bm, &n_labels);
  int zoom10 = (int) floor (view->zoom * 10 + 1e-6);
  double k = 256.0 * exp2 (view->zoom) / MARSAD_BASEMAP_WORLD;
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (Box));

  /* Labels are sorted by priority: a linear scan of a few thousand is
   * cheaper than any index. */
  for (guint i = 0; i < n_labels; i++)
    {
      const MarsadLabel *label = &labels[i];
      double ax = label->x * k - view->x0, ay = label->y * k - view->y0;
      Box boxes[4], dot_box;
      Extents e;
      guint n;
      double r;

      if (zoom10 < label->min_zoom10 || zoom10 >= label->max_zoom10 ||
          ax < -GATHER_MARGIN || ay < -GATHER_MARGIN ||
          ax > view->width + GATHER_MARGIN || ay > view->height + GATHER_MARGIN)
        continue;

      e = measure (lc, label);
      if (e.w <= 0)
        continue;
      n = candidate_boxes (label, ax, ay, e, boxes);
      r = has_dot (label) ? dot_radius (label) : 0;
      dot_box = (Box) { ax - r - 1, ay - r - 1, ax + r + 1, ay + r + 1 };
      if (r > 0 && (collides (taken, &dot_box) || (view->clip_labels && !box_inside (&dot_box, view))))
        continue;

      for (guint c = 0; c < n; c++)
        {
          /* Country and sea names want more room around them. */
          double pad = label->klass == MARSAD_LABEL_COUNTRY || label->klass == MARSAD_LABEL_SEA ? 8 : LABEL_GAP;
          Box padded = inflate (&boxes[c], pad);
          Placed p;

          if (view->clip_labels && !box_inside (&boxes[c], view))
            continue;
          if (collides (taken, &padded))
            continue;
          g_array_append_val (taken, padded);
          if (r > 0)
            g_array_append_val (taken, dot_box);
          p = (Placed) { label, ax, ay, boxes[c], r };
          g_array_append_val (placed, p);
          break;
        }
    }
}

static void
set_rgb (cairo_t *cr, const MarsadRgb *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

static void
draw_label (LabelContext *lc, cairo_t *cr, const Placed *p)
{
  const MarsadMapStyle *style = lc->style;
  const MarsadLabelStyle *ls = &style->labels[MIN (p->label->klass, G_N_ELEMENTS (style->labels) - 1)];
  g_autoptr(PangoLayout) layout = make_layout (lc, p->label);
  PangoRectangle ink, logical;
  double x;

  if (p->dot > 0)
    {
      cairo_new_path (cr);
      cairo_arc (cr, p->ax, p->ay, p->dot, 0, 2 * G_PI);
      set_rgb (cr, &style->dot_fill);
      cairo_fill_preserve (cr);
      set_rgb (cr, &style->dot_line);
      cairo_set_line_width (cr, p->label->klass == MARSAD_LABEL_CAPITAL ? 1.6 : 1.1);
      cairo_stroke (cr);
      if (p->label->klass == MARSAD_LABEL_CAPITAL)
        {
          cairo_arc (cr, p->ax, p->ay, 1.2, 0, 2 * G_PI);
          cairo_fill (cr);
        }
    }

  pango_layout_get_pixel_extents (layout, &ink, &logical);
  /* Centre wrapped layouts on their text, not on the wrap width. */
  x = p->dot > 0 ? p->text.x0 - logical.x
                 : (p->text.x0 + p->text.x1) / 2 - (logical.x + logical.width / 2.0);
  cairo_move_to (cr, x, p->text.y0 - logical.y);
  pango_cairo_layout_path (cr, layout);
  set_rgb (cr, &style->halo);
  cairo_set_line_width (cr, 3.0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
  cairo_move_to (cr, x, p->text.y0 - logical.y);
  set_rgb (cr, &ls->color);
  pango_cairo_show_layout (cr, layout);
}

static PangoContext *
make_context (cairo_t *cr, PangoDirection dir)
{
  PangoContext *ctx = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *opts = cairo_font_options_create ();

  /* Unhinted metrics: the same sizes on image, SVG and PDF surfaces, so
   * that placement does not depend on the output. */
  cairo_font_options_set_hint_metrics (opts, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (opts, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (ctx, opts);
  cairo_font_options_destroy (opts);
  pango_cairo_update_context (cr, ctx);
  pango_context_set_base_dir (ctx, dir);
  return ctx;
}

void
marsad_map_labels_draw (MarsadLabelCache *cache, const MarsadMapStyle *style,
                        cairo_t *cr, const MarsadMapView *view)
{
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (Placed));
  /* Pango 1.50 has no autoptr for PangoContext. */
  PangoContext *rtl = make_context (cr, PANGO_DIRECTION_RTL);
  PangoContext *ltr = make_context (cr, PANGO_DIRECTION_LTR);
  LabelContext lc = { cache, style, rtl, ltr };
  Box view_box = { -2, -2, view->width + 2, view->height + 2 };

  place_labels (&lc, view, placed);

  cairo_save (cr);
  for (guint i = 0; i < placed->len; i++)
    {
      const Placed *p = &g_array_index (placed, Placed, i);
      Box dot_box = { p->ax - p->dot - 2, p->ay - p->dot - 2, p->ax + p->dot + 2, p->ay + p->dot + 2 };
      Box text_box = inflate (&p->text, 3);

      if (boxes_meet (&text_box, &view_box) || (p->dot > 0 && boxes_meet (&dot_box, &view_box)))
        draw_label (&lc, cr, p);
    }
  cairo_restore (cr);
  g_object_unref (rtl);
  g_object_unref (ltr);
}
