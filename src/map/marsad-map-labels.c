/* marsad-map-labels.c: placing and drawing map labels without collisions
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Placement is a greedy pass in the file's label order (which is the global
 * priority order) over every candidate near the view. A label's fate thus
 * depends only on its neighbours, not on where the view starts: adjacent
 * tiles take the same decisions and each draws its part of a label that
 * straddles their edge, so tiles join without seams.
 *
 * Stroking the halo around the glyph outlines was most of a tile's time, so
 * on image surfaces each label is rendered once per style and pixel density
 * into premultiplied pixels that later drawings only composite, at a whole
 * device pixel (adjacent tiles round alike). SVG and PDF keep real text. */
#include "config.h"

#include <math.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "marsad-basemap-private.h"
#include "marsad-map-labels.h"

/* Candidates are gathered this far (logical px) outside the view, so that
 * the labels that could push a visible one away are known. */
#define GATHER_MARGIN 320.0
#define WRAP_WIDTH    130.0
#define LABEL_GAP     3.0
#define HALO_WIDTH    3.0
/* Rendered labels kept per renderer: enough for every label of a few
 * screens at HiDPI; the oldest go first beyond it. */
#define IMAGE_BUDGET  (24 * 1024 * 1024)

typedef struct {
  float w, h;           /* the box placed, in pixels; w < 0: not measured */
  PangoRectangle logical;  /* the layout's logical extents, in pixels */
} Extents;

/* One label's halo and text at one style and scale. Immutable once made
 * and reference-counted (g_atomic_rc_box), so a drawing can keep using an
 * image that another thread has just evicted. */
typedef struct {
  guint64 key;
  int     width, height, stride;
  int     ox, oy;           /* device pixel of the layout's origin */
  guint8  pixels[];
} LabelImage;

struct _MarsadLabelCache {
  MarsadBasemap *basemap;
  GMutex         lock;
  Extents       *extents;
  guint          n_labels;
  GHashTable    *images;     /* guint64 key -> LabelImage (a reference) */
  GQueue         order;      /* of LabelImage, oldest first */
  gsize          image_bytes;
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
  MarsadMapStyleKind    kind;
  const MarsadMapStyle *style;
  cairo_t              *cr;
  PangoContext         *rtl, *ltr;   /* made on first use */
  GHashTable           *avoid_names; /* folded names, or NULL */
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
  cache->images = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_queue_init (&cache->order);
  return cache;
}

static void
label_image_unref (gpointer image)
{
  g_atomic_rc_box_release (image);
}

void
marsad_label_cache_free (MarsadLabelCache *cache)
{
  if (cache == NULL)
    return;
  g_mutex_clear (&cache->lock);
  g_hash_table_unref (cache->images);
  g_queue_clear_full (&cache->order, label_image_unref);
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

/* Made on first use: a tile whose labels are all measured and rendered
 * already never touches Pango. */
static PangoContext *
get_context (LabelContext *lc, gboolean rtl)
{
  PangoContext **ctx = rtl ? &lc->rtl : &lc->ltr;

  if (*ctx == NULL)
    *ctx = make_context (lc->cr, rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
  return *ctx;
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
  PangoLayout *layout = pango_layout_new (get_context (lc, rtl));
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
  Extents e = { 0, 0, { 0, 0, 0, 0 } };

  if (i >= cache->n_labels)
    return e;
  g_mutex_lock (&cache->lock);
  e = cache->extents[i];
  g_mutex_unlock (&cache->lock);
  if (e.w < 0)
    {
      g_autoptr(PangoLayout) layout = make_layout (lc, label);
      PangoRectangle ink;

      pango_layout_get_pixel_extents (layout, &ink, &e.logical);
      /* Wrapped layouts are WRAP_WIDTH wide; keep the text's own width. */
      e.w = has_dot (label) ? e.logical.width : MIN (e.logical.width, ink.width + 2);
      e.h = e.logical.height;
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

/* A loose key for "the same name": alef and hamza forms, tā' marbūṭa
 * and alif maqṣūra folded; diacritics, tatweel, spaces and punctuation
 * dropped; Latin lower-cased. "البو كمال" and "البوكمال" meet. */
static char *
fold_name (const char *name)
{
  GString *out = g_string_sized_new (strlen (name));

  for (const char *p = name; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x0640 || !g_unichar_isalnum (c))
        continue;
      switch (c)
        {
        case 0x0622: case 0x0623: case 0x0625: case 0x0671:
          c = 0x0627;
          break;
        case 0x0629:
          c = 0x0647;
          break;
        case 0x0649:
          c = 0x064A;
          break;
        default:
          c = g_unichar_tolower (c);
        }
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
name_avoided (LabelContext *lc, const MarsadLabel *label)
{
  MarsadBasemap *bm = lc->cache->basemap;
  const char *names[2] = { marsad_basemap_get_string (bm, label->name_ar),
                           marsad_basemap_get_string (bm, label->name_en) };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *key = NULL;

      if (names[i][0] == '\0')
        continue;
      key = fold_name (names[i]);
      if (key[0] != '\0' && g_hash_table_contains (lc->avoid_names, key))
        return TRUE;
    }
  return FALSE;
}

static void
place_labels (LabelContext *lc, const MarsadMapView *view, const MarsadMapAvoid *avoid, GArray *placed)
{
  MarsadBasemap *bm = lc->cache->basemap;
  guint n_labels;
  const MarsadLabel *labels = marsad_basemap_get_labels (bm, &n_labels);
  int zoom10 = (int) floor (view->zoom * 10 + 1e-6);
  double k = 256.0 * exp2 (view->zoom) / MARSAD_BASEMAP_WORLD;
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (Box));

  /* The caller's boxes are taken before any label: they always win. */
  for (guint i = 0; avoid != NULL && i < avoid->n_boxes; i++)
    {
      Box b = { avoid->boxes[i].x0, avoid->boxes[i].y0, avoid->boxes[i].x1, avoid->boxes[i].y1 };

      g_array_append_val (taken, b);
    }

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
      if (lc->avoid_names != NULL && name_avoided (lc, label))
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
draw_dot (LabelContext *lc, cairo_t *cr, const Placed *p)
{
  cairo_new_path (cr);
  cairo_arc (cr, p->ax, p->ay, p->dot, 0, 2 * G_PI);
  set_rgb (cr, &lc->style->dot_fill);
  cairo_fill_preserve (cr);
  set_rgb (cr, &lc->style->dot_line);
  cairo_set_line_width (cr, p->label->klass == MARSAD_LABEL_CAPITAL ? 1.6 : 1.1);
  cairo_stroke (cr);
  if (p->label->klass == MARSAD_LABEL_CAPITAL)
    {
      cairo_arc (cr, p->ax, p->ay, 1.2, 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

/* Halo and text with the layout's origin at (x, y). The halo is the glyph
 * outlines stroked wide, so it follows the letters; the text itself is
 * shown as text, so SVG and PDF keep it. */
static void
paint_text (LabelContext *lc, cairo_t *cr, PangoLayout *layout, const MarsadLabel *label,
            double x, double y)
{
  const MarsadLabelStyle *ls = &lc->style->labels[MIN (label->klass, G_N_ELEMENTS (lc->style->labels) - 1)];

  cairo_move_to (cr, x, y);
  pango_cairo_layout_path (cr, layout);
  set_rgb (cr, &lc->style->halo);
  cairo_set_line_width (cr, HALO_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
  cairo_move_to (cr, x, y);
  set_rgb (cr, &ls->color);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
}

/* Where the layout's origin goes for a placed label, in user space. */
static void
text_origin (const Placed *p, const PangoRectangle *logical, double *x, double *y)
{
  /* Centre wrapped layouts on their text, not on the wrap width. */
  *x = p->dot > 0 ? p->text.x0 - logical->x
                  : (p->text.x0 + p->text.x1) / 2 - (logical->x + logical->width / 2.0);
  *y = p->text.y0 - logical->y;
}

/* The pixel density of an image target drawn at a uniform scale, or 0 when
 * the label must be drawn as text (vector surfaces, rotations). */
static double
image_scale (cairo_t *cr)
{
  cairo_matrix_t m;

  if (cairo_surface_get_type (cairo_get_group_target (cr)) != CAIRO_SURFACE_TYPE_IMAGE)
    return 0;
  cairo_get_matrix (cr, &m);
  if (m.xy != 0 || m.yx != 0 || m.xx != m.yy || !(m.xx > 0.1 && m.xx <= 8))
    return 0;
  return m.xx;
}

static gsize
image_size (const LabelImage *img)
{
  return sizeof (LabelImage) + (gsize) img->stride * img->height;
}

static LabelImage *
render_image (LabelContext *lc, const MarsadLabel *label, guint64 key, double scale)
{
  g_autoptr(PangoLayout) layout = make_layout (lc, label);
  PangoRectangle ink, logical;
  double pad = HALO_WIDTH / 2 + 1;
  int x0, y0, x1, y1, stride;
  cairo_surface_t *surface;
  cairo_t *cr;
  LabelImage *img;

  pango_layout_get_pixel_extents (layout, &ink, &logical);
  x0 = (int) floor ((ink.x - pad) * scale);
  y0 = (int) floor ((ink.y - pad) * scale);
  x1 = (int) ceil ((ink.x + ink.width + pad) * scale);
  y1 = (int) ceil ((ink.y + ink.height + pad) * scale);
  stride = cairo_format_stride_for_width (CAIRO_FORMAT_ARGB32, x1 - x0);
  img = g_atomic_rc_box_alloc0 (sizeof (LabelImage) + (gsize) stride * (y1 - y0));
  img->key = key;
  img->width = x1 - x0;
  img->height = y1 - y0;
  img->stride = stride;
  img->ox = -x0;
  img->oy = -y0;

  surface = cairo_image_surface_create_for_data (img->pixels, CAIRO_FORMAT_ARGB32,
                                                 img->width, img->height, stride);
  cr = cairo_create (surface);
  cairo_set_tolerance (cr, 0.25);   /* as the renderer draws */
  cairo_translate (cr, img->ox, img->oy);
  cairo_scale (cr, scale, scale);
  paint_text (lc, cr, layout, label, 0, 0);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return img;
}

/* The label's image, rendered on first use; a new reference. Rendering
 * happens outside the lock: two threads may both render a label, and the
 * second simply keeps the first one's (identical) image. */
static LabelImage *
lookup_image (LabelContext *lc, const MarsadLabel *label, double scale)
{
  MarsadLabelCache *cache = lc->cache;
  guint64 key = (guint64) label->priority | (guint64) lc->kind << 32 |
                (guint64) lround (scale * 64) << 33;
  LabelImage *img, *made;

  g_mutex_lock (&cache->lock);
  img = g_hash_table_lookup (cache->images, &key);
  if (img != NULL)
    g_atomic_rc_box_acquire (img);
  g_mutex_unlock (&cache->lock);
  if (img != NULL)
    return img;

  made = render_image (lc, label, key, lround (scale * 64) / 64.0);

  g_mutex_lock (&cache->lock);
  img = g_hash_table_lookup (cache->images, &key);
  if (img == NULL)
    {
      img = made;
      made = NULL;
      g_hash_table_insert (cache->images, &img->key, img);
      g_queue_push_tail (&cache->order, img);   /* the cache's reference */
      cache->image_bytes += image_size (img);
      while (cache->image_bytes > IMAGE_BUDGET && cache->order.length > 1)
        {
          LabelImage *old = g_queue_pop_head (&cache->order);

          g_hash_table_remove (cache->images, &old->key);
          cache->image_bytes -= image_size (old);
          g_atomic_rc_box_release (old);
        }
    }
  g_atomic_rc_box_acquire (img);
  g_mutex_unlock (&cache->lock);
  if (made != NULL)
    g_atomic_rc_box_release (made);
  return img;
}

/* Composites the image with the layout origin at (x, y) in user space,
 * rounded to a whole device pixel: a label straddling two tiles lands on
 * the same pixel grid in both. */
static void
paint_image (cairo_t *cr, const LabelImage *img, double x, double y)
{
  /* A surface of our own over the shared, read-only pixels: cairo image
   * surfaces are not safe to share between threads, their bytes are. */
  cairo_surface_t *surface =
    cairo_image_surface_create_for_data ((guint8 *) img->pixels, CAIRO_FORMAT_ARGB32,
                                         img->width, img->height, img->stride);
  int ix, iy;

  cairo_user_to_device (cr, &x, &y);
  ix = (int) floor (x + 0.5) - img->ox;
  iy = (int) floor (y + 0.5) - img->oy;
  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_set_source_surface (cr, surface, ix, iy);
  cairo_rectangle (cr, ix, iy, img->width, img->height);
  cairo_fill (cr);
  cairo_restore (cr);
  cairo_surface_destroy (surface);
}

static void
draw_label (LabelContext *lc, cairo_t *cr, const Placed *p, double scale)
{
  Extents e = measure (lc, p->label);
  double x, y;

  if (p->dot > 0)
    draw_dot (lc, cr, p);
  text_origin (p, &e.logical, &x, &y);

  if (scale > 0)
    {
      LabelImage *img = lookup_image (lc, p->label, scale);

      paint_image (cr, img, x, y);
      g_atomic_rc_box_release (img);
    }
  else
    {
      g_autoptr(PangoLayout) layout = make_layout (lc, p->label);

      paint_text (lc, cr, layout, p->label, x, y);
    }
}

void
marsad_map_labels_draw (MarsadLabelCache *cache, MarsadMapStyleKind kind,
                        cairo_t *cr, const MarsadMapView *view, const MarsadMapAvoid *avoid)
{
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (Placed));
  g_autoptr(GHashTable) avoid_names = NULL;
  LabelContext lc = { cache, kind, marsad_map_style_get (kind), cr, NULL, NULL, NULL };
  Box view_box = { -2, -2, view->width + 2, view->height + 2 };
  double scale = image_scale (cr);

  if (avoid != NULL && avoid->n_names > 0)
    {
      avoid_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < avoid->n_names; i++)
        if (avoid->names[i] != NULL)
          g_hash_table_add (avoid_names, fold_name (avoid->names[i]));
      lc.avoid_names = avoid_names;
    }

  place_labels (&lc, view, avoid, placed);

  cairo_save (cr);
  for (guint i = 0; i < placed->len; i++)
    {
      const Placed *p = &g_array_index (placed, Placed, i);
      Box dot_box = { p->ax - p->dot - 2, p->ay - p->dot - 2, p->ax + p->dot + 2, p->ay + p->dot + 2 };
      Box text_box = inflate (&p->text, 3);

      if (boxes_meet (&text_box, &view_box) || (p->dot > 0 && boxes_meet (&dot_box, &view_box)))
        draw_label (&lc, cr, p, scale);
    }
  cairo_restore (cr);
  cairo_new_path (cr);
  /* Pango 1.50 has no autoptr for PangoContext. */
  g_clear_object (&lc.rtl);
  g_clear_object (&lc.ltr);
}
