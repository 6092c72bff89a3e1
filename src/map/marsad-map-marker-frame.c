/* marsad-map-marker-frame.c: one view's markers, badges and labels
 *
 * Everything is placed before anything is drawn, so that the basemap's
 * labels can keep clear of the markers and of their labels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "marsad-map-marker-set-private.h"

#define LABEL_GAP         4.0
/* Past this, labels cost more than they tell (10,000 events in view). */
#define MAX_LABELS        80
#define CONTEXT_LABEL_ZOOM 6.0
#define MARGIN            40.0
#define MAX_SPRITES       4096

typedef struct
{
  guint  marker;
  double x, y;     /* right edge, vertical centre */
} Label;

struct _MarsadMapMarkerFrame
{
  MarsadMapMarkerSet         *set;
  MarsadMapMarkerDrawOptions  opts;
  MarsadMapView               view;
  GArray                     *items;    /* MarsadMapClusterItem */
  GArray                     *labels;   /* Label */
  GArray                     *boxes;    /* MarsadMapBox: markers, badges, labels */
  GPtrArray                  *names;    /* labelled names, borrowed */
  int                         selected_marker;
  guint                       selected_cluster;   /* G_MAXUINT: none */
};

void
marsad_map_marker_draw_options_init (MarsadMapMarkerDrawOptions *opts)
{
  *opts = (MarsadMapMarkerDrawOptions) { .hovered_cluster = -1 };
}

static gboolean
box_free (const GArray       *boxes,
          const MarsadMapBox *keep_clear,
          guint               n_keep_clear,
          const MarsadMapBox *b)
{
  for (guint i = 0; i < boxes->len + n_keep_clear; i++)
    {
      const MarsadMapBox *o = i < boxes->len ? &g_array_index (boxes, MarsadMapBox, i)
                                             : &keep_clear[i - boxes->len];

      if (b->x0 < o->x1 && o->x0 < b->x1 && b->y0 < o->y1 && o->y0 < b->y1)
        return FALSE;
    }
  return TRUE;
}

static double
item_radius (MarsadMapMarkerFrame       *frame,
             const MarsadMapClusterItem *item)
{
  const MarsadMapCluster *c = marsad_map_clusters_get (frame->set->clusters, item->cluster);

  return c->radius;
}

static int
label_rank (MarsadMapMarkerFrame *frame,
            guint                 marker)
{
  const MarsadMapMarker *m = &g_array_index (frame->set->markers, MarsadMapMarker, marker);

  if ((int) marker == frame->selected_marker)
    return G_MAXINT;
  if (m->role != MARSAD_MARKER_ROLE_EVENT_SITE || m->muted)
    return 0;
  return 1 + MAX (m->fatalities, 0) * 16 + (int) MIN (m->n_events, 15);
}

static int
compare_label_rank (gconstpointer a,
                    gconstpointer b,
                    gpointer      data)
{
  int ra = label_rank (data, *(const guint *) a), rb = label_rank (data, *(const guint *) b);

  if (ra != rb)
    return ra > rb ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

/* Greedy, most important first: left of the marker (where an Arabic name
 * reads away from it), then right, above, below. A label that fits
 * nowhere is left out: the tooltip and the place list still name it. */
static void
place_labels (MarsadMapMarkerFrame *frame,
              cairo_t              *cr,
              const MarsadMapView  *view,
              const double         *item_x,
              const double         *item_y)
{
  MarsadMapMarkerSet *set = frame->set;
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < frame->items->len; i++)
    {
      const MarsadMapClusterItem *item = &g_array_index (frame->items, MarsadMapClusterItem, i);
      const MarsadMapCluster *c = marsad_map_clusters_get (set->clusters, item->cluster);
      const MarsadMapMarker *m;

      if (c->n_points != 1)
        continue;
      m = &g_array_index (set->markers, MarsadMapMarker, c->point);
      if (m->name == NULL || *m->name == '\0' ||
          item->x < 0 || item->y < 0 || item->x > view->width || item->y > view->height)
        continue;
      /* the basemap names countries and seas already, larger */
      if (m->area && (int) c->point != frame->selected_marker)
        continue;
      if (label_rank (frame, c->point) == 0 && view->zoom < CONTEXT_LABEL_ZOOM)
        continue;
      g_array_append_val (order, i);
    }
  {
    g_autoptr(GArray) markers = g_array_sized_new (FALSE, FALSE, sizeof (guint), order->len);

    for (guint k = 0; k < order->len; k++)
      {
        const MarsadMapClusterItem *item = &g_array_index (frame->items, MarsadMapClusterItem,
                                                           g_array_index (order, guint, k));

        g_array_append_val (markers, marsad_map_clusters_get (set->clusters, item->cluster)->point);
      }
    g_array_sort_with_data (markers, compare_label_rank, frame);

    for (guint k = 0; k < markers->len && frame->labels->len < MAX_LABELS; k++)
      {
        guint i = g_array_index (markers, guint, k);
        const MarsadMapMarker *m = &g_array_index (set->markers, MarsadMapMarker, i);
        MarsadMarkerStyle style;
        double x = item_x[i], y = item_y[i], r, w, h;
        double cand[4][2];

        if (set->label_w[i] == 0)
          marsad_marker_measure_label (cr, m->name, 1.0, &set->label_w[i], &set->label_h[i]);
        w = set->label_w[i];
        h = set->label_h[i];
        marsad_map_marker_set_style (set, i, &style);
        r = marsad_marker_get_radius (&style) + LABEL_GAP;
        cand[0][0] = x - r;      cand[0][1] = y;
        cand[1][0] = x + r + w;  cand[1][1] = y;
        cand[2][0] = x + w / 2;  cand[2][1] = y - r - h / 2;
        cand[3][0] = x + w / 2;  cand[3][1] = y + r + h / 2;

        for (guint c = 0; c < G_N_ELEMENTS (cand); c++)
          {
            MarsadMapBox b = { cand[c][0] - w, cand[c][1] - h / 2, cand[c][0], cand[c][1] + h / 2 };
            Label label = { i, cand[c][0], cand[c][1] };

            if (frame->opts.labels_inside &&
                (b.x0 < 0 || b.y0 < 0 || b.x1 > view->width || b.y1 > view->height))
              continue;
            if (!box_free (frame->boxes, frame->opts.keep_clear, frame->opts.n_keep_clear, &b))
              continue;
            g_array_append_val (frame->boxes, b);
            g_array_append_val (frame->labels, label);
            g_ptr_array_add (frame->names, m->name);
            break;
          }
      }
  }
}

MarsadMapMarkerFrame *
marsad_map_marker_set_prepare (MarsadMapMarkerSet               *self,
                               cairo_t                          *cr,
                               const MarsadMapView              *view,
                               const MarsadMapMarkerDrawOptions *opts)
{
  MarsadMapMarkerFrame *frame = g_new0 (MarsadMapMarkerFrame, 1);
  MarsadMapClusters *clusters = marsad_map_marker_set_get_clusters (self);
  g_autofree double *item_x = NULL;
  g_autofree double *item_y = NULL;

  frame->set = self;
  frame->opts = *opts;
  frame->view = *view;
  frame->items = g_array_new (FALSE, FALSE, sizeof (MarsadMapClusterItem));
  frame->labels = g_array_new (FALSE, FALSE, sizeof (Label));
  frame->boxes = g_array_new (FALSE, FALSE, sizeof (MarsadMapBox));
  frame->names = g_ptr_array_new ();
  frame->selected_marker = marsad_map_marker_set_find (self, opts->selected);
  frame->selected_cluster = G_MAXUINT;

  marsad_map_clusters_layout (clusters, view, MARGIN, frame->items);
  item_x = g_new (double, MAX (self->markers->len, 1));
  item_y = g_new (double, MAX (self->markers->len, 1));
  for (guint i = 0; i < frame->items->len; i++)
    {
      const MarsadMapClusterItem *item = &g_array_index (frame->items, MarsadMapClusterItem, i);
      const MarsadMapCluster *c = marsad_map_clusters_get (clusters, item->cluster);
      double r = item_radius (frame, item) + 1;
      MarsadMapBox b = { item->x - r, item->y - r, item->x + r, item->y + r };

      g_array_append_val (frame->boxes, b);
      if (c->n_points == 1)
        {
          item_x[c->point] = item->x;
          item_y[c->point] = item->y;
        }
    }
  if (frame->selected_marker >= 0)
    {
      guint cluster;

      if (marsad_map_marker_set_locate (self, view, frame->selected_marker, NULL, NULL, &cluster) &&
          marsad_map_clusters_get (clusters, cluster)->n_points > 1)
        frame->selected_cluster = cluster;
    }
  place_labels (frame, cr, view, item_x, item_y);
  return frame;
}

void
marsad_map_marker_set_get_keep_clear (MarsadMapMarkerSet  *self,
                                      const MarsadMapView *view,
                                      GArray              *boxes)
{
  g_autoptr(MarsadMapMarkerFrame) frame = NULL;
  MarsadMapMarkerDrawOptions opts;
  MarsadMapView wide = *view;
  cairo_surface_t *surface;
  cairo_t *cr;

  if (self->markers->len == 0)
    return;
  /* only to measure labels */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  wide.x0 -= 2 * MARGIN;
  wide.y0 -= 2 * MARGIN;
  wide.width += 4 * MARGIN;
  wide.height += 4 * MARGIN;
  marsad_map_marker_draw_options_init (&opts);
  frame = marsad_map_marker_set_prepare (self, cr, &wide, &opts);
  for (guint i = 0; i < frame->boxes->len; i++)
    {
      MarsadMapBox b = g_array_index (frame->boxes, MarsadMapBox, i);

      b.x0 -= 2 * MARGIN;
      b.x1 -= 2 * MARGIN;
      b.y0 -= 2 * MARGIN;
      b.y1 -= 2 * MARGIN;
      /* those beyond the view too: a basemap label there may reach in */
      g_array_append_val (boxes, b);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

void
marsad_map_marker_frame_get_avoid (MarsadMapMarkerFrame *frame,
                                   MarsadMapAvoid       *avoid)
{
  avoid->boxes = (const MarsadMapBox *) (void *) frame->boxes->data;
  avoid->n_boxes = frame->boxes->len;
  avoid->names = (const char * const *) frame->names->pdata;
  avoid->n_names = frame->names->len;
}

void
marsad_map_marker_frame_get_legend (MarsadMapMarkerFrame *frame,
                                    MarsadMapLegend      *legend)
{
  memset (legend, 0, sizeof *legend);
  for (guint i = 0; i < frame->items->len; i++)
    {
      const MarsadMapClusterItem *item = &g_array_index (frame->items, MarsadMapClusterItem, i);
      const MarsadMapCluster *c = marsad_map_clusters_get (frame->set->clusters, item->cluster);

      for (guint t = 0; t < MARSAD_N_EVENT_TYPES; t++)
        legend->types[t] |= c->type_counts[t] > 0;
      if (c->n_points == 1)
        {
          const MarsadMapMarker *m = &g_array_index (frame->set->markers, MarsadMapMarker, c->point);

          legend->context |= m->role == MARSAD_MARKER_ROLE_CONTEXT;
          legend->fatalities |= m->fatalities > 0;
        }
      else
        legend->context |= c->n_events == 0;
    }
  legend->borders = marsad_map_marker_frame_get_borders_box (frame, NULL);
}

/* the border of the marker picked by id, or NULL */
static const MarsadBorder *
border_of (MarsadMapMarkerFrame *frame,
           int                   marker)
{
  return marker >= 0 ? g_array_index (frame->set->markers, MarsadMapMarker, marker).border : NULL;
}

gboolean
marsad_map_marker_frame_get_borders_box (MarsadMapMarkerFrame *frame,
                                         MarsadMapBox         *box)
{
  return marsad_map_border_lines_draw (frame->set, NULL, &frame->view, NULL, NULL, FALSE, box);
}

void
marsad_map_marker_frame_draw_borders (MarsadMapMarkerFrame *frame,
                                      cairo_t              *cr)
{
  const MarsadBorder *hovered = border_of (frame, marsad_map_marker_set_find (frame->set, frame->opts.hovered));

  marsad_map_border_lines_draw (frame->set, cr, &frame->view, border_of (frame, frame->selected_marker),
                                hovered, frame->opts.dark, NULL);
}

guint
marsad_map_marker_frame_get_n_items (MarsadMapMarkerFrame *frame)
{
  return frame->items->len;
}

/* The kept image for key, drawn by draw_fn into a surface of 2·extent
 * logical px (w × h for labels) the first time. */
typedef void (*SpriteDraw) (cairo_t *cr, gpointer data);

static void
paint_sprite (MarsadMapMarkerFrame *frame,
              cairo_t              *cr,
              char                 *key,       /* taken */
              double                x,         /* top-left, logical px */
              double                y,
              double                width,
              double                height,
              SpriteDraw            draw_fn,
              gpointer              data)
{
  MarsadMapMarkerSet *set = frame->set;
  double scale = frame->opts.sprite_scale;
  cairo_surface_t *sprite;

  if (set->sprites == NULL || g_hash_table_size (set->sprites) > MAX_SPRITES)
    {
      g_clear_pointer (&set->sprites, g_hash_table_unref);
      set->sprites = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) cairo_surface_destroy);
    }
  sprite = g_hash_table_lookup (set->sprites, key);
  if (sprite == NULL)
    {
      cairo_t *sprite_cr;

      sprite = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale),
                                           (int) ceil (height * scale));
      cairo_surface_set_device_scale (sprite, scale, scale);
      sprite_cr = cairo_create (sprite);
      draw_fn (sprite_cr, data);
      cairo_destroy (sprite_cr);
      g_hash_table_insert (set->sprites, g_steal_pointer (&key), sprite);
    }
  g_free (key);

  /* on whole device pixels: a sprite between them would blur */
  x = round (x * scale) / scale;
  y = round (y * scale) / scale;
  if (frame->opts.paint_sprite != NULL)
    frame->opts.paint_sprite (sprite, x, y, frame->opts.paint_data);
  else
    {
      cairo_set_source_surface (cr, sprite, x, y);
      cairo_paint (cr);
    }
}

typedef struct
{
  const MarsadMarkerStyle *style;
  const MarsadMapCluster  *cluster;
  gboolean                 dark, highlighted;
  double                   extent;
  const char              *name;
  double                   width, height;
} SpriteData;

static void
draw_marker_sprite (cairo_t  *cr,
                    gpointer  data)
{
  SpriteData *d = data;

  marsad_marker_draw (cr, d->extent, d->extent, d->style, 1.0);
}

static void
draw_badge_sprite (cairo_t  *cr,
                   gpointer  data)
{
  SpriteData *d = data;

  marsad_cluster_badge_draw (cr, d->extent, d->extent, d->cluster->radius, d->cluster->n_points,
                             d->cluster->type_counts, d->dark, d->highlighted, 1.0);
}

static void
draw_label_sprite (cairo_t  *cr,
                   gpointer  data)
{
  SpriteData *d = data;

  marsad_marker_draw_label (cr, d->width - 2, d->height / 2, d->name, 1.0, d->dark);
}

/* What decides a mix's pixels: each type's share, in 36ths. */
static char *
type_mix (const guint *counts)
{
  guint total = 0;
  GString *mix = g_string_new (NULL);

  for (guint t = 0; t < MARSAD_N_EVENT_TYPES; t++)
    total += counts[t];
  for (guint t = 0; t < MARSAD_N_EVENT_TYPES; t++)
    g_string_append_printf (mix, "%u,", total > 0 ? (guint) round (36.0 * counts[t] / total) : 0);
  return g_string_free (mix, FALSE);
}

static void
draw_item (MarsadMapMarkerFrame       *frame,
           cairo_t                    *cr,
           const MarsadMapClusterItem *item)
{
  const MarsadMapCluster *c = marsad_map_clusters_get (frame->set->clusters, item->cluster);
  gboolean sprites = frame->opts.sprite_scale > 0;

  if (c->n_points == 1)
    {
      const MarsadMapMarker *m = &g_array_index (frame->set->markers, MarsadMapMarker, c->point);
      MarsadMarkerStyle style;

      marsad_map_marker_set_style (frame->set, c->point, &style);
      style.dark = frame->opts.dark;
      style.selected = (int) c->point == frame->selected_marker;
      style.highlighted = g_strcmp0 (m->place_id, frame->opts.hovered) == 0 ||
                          frame->opts.hovered_cluster == (int) item->cluster;
      if (sprites)
        {
          double r = marsad_marker_get_radius (&style);
          SpriteData d = { .style = &style, .extent = ceil (1.6 * r + 9) };
          g_autofree char *mix = type_mix (m->type_counts);

          paint_sprite (frame, cr,
                        g_strdup_printf ("m%d:%d:%d:%s:%d%d%d%d", (int) (r * 8), style.role,
                                         marsad_event_type_get_index (style.event_type), mix,
                                         style.muted, style.dark, style.selected, style.highlighted),
                        item->x - d.extent, item->y - d.extent, 2 * d.extent, 2 * d.extent,
                        draw_marker_sprite, &d);
        }
      else
        marsad_marker_draw (cr, item->x, item->y, &style, 1.0);
    }
  else
    {
      gboolean highlighted = frame->opts.hovered_cluster == (int) item->cluster ||
                             item->cluster == frame->selected_cluster;

      if (sprites)
        {
          SpriteData d = { .cluster = c, .dark = frame->opts.dark, .highlighted = highlighted,
                           .extent = ceil (c->radius + 8) };
          g_autofree char *mix = type_mix (c->type_counts);

          paint_sprite (frame, cr,
                        g_strdup_printf ("b%d:%u:%s:%d%d", (int) (c->radius * 8), c->n_points, mix,
                                         d.dark, d.highlighted),
                        item->x - d.extent, item->y - d.extent, 2 * d.extent, 2 * d.extent,
                        draw_badge_sprite, &d);
        }
      else
        marsad_cluster_badge_draw (cr, item->x, item->y, c->radius, c->n_points, c->type_counts,
                                   frame->opts.dark, highlighted, 1.0);
    }
}

void
marsad_map_marker_frame_draw (MarsadMapMarkerFrame *frame,
                              cairo_t              *cr)
{
  const MarsadMapClusterItem *on_top = NULL;

  for (guint i = 0; i < frame->items->len; i++)
    {
      const MarsadMapClusterItem *item = &g_array_index (frame->items, MarsadMapClusterItem, i);
      const MarsadMapCluster *c = marsad_map_clusters_get (frame->set->clusters, item->cluster);

      if ((c->n_points == 1 && (int) c->point == frame->selected_marker) ||
          item->cluster == frame->selected_cluster)
        on_top = item;
      else
        draw_item (frame, cr, item);
    }
  if (on_top != NULL)
    draw_item (frame, cr, on_top);

  for (guint i = 0; i < frame->labels->len; i++)
    {
      const Label *l = &g_array_index (frame->labels, Label, i);
      const MarsadMapMarker *m = &g_array_index (frame->set->markers, MarsadMapMarker, l->marker);

      if (frame->opts.sprite_scale > 0)
        {
          SpriteData d = { .name = m->name, .dark = frame->opts.dark,
                           .width = ceil (frame->set->label_w[l->marker]) + 4,
                           .height = ceil (frame->set->label_h[l->marker]) + 4 };

          paint_sprite (frame, cr, g_strdup_printf ("l%u:%d", l->marker, d.dark),
                        l->x + 2 - d.width, l->y - d.height / 2, d.width, d.height,
                        draw_label_sprite, &d);
        }
      else
        marsad_marker_draw_label (cr, l->x, l->y, m->name, 1.0, frame->opts.dark);
    }
}

void
marsad_map_marker_frame_free (MarsadMapMarkerFrame *frame)
{
  if (frame == NULL)
    return;
  g_array_unref (frame->items);
  g_array_unref (frame->labels);
  g_array_unref (frame->boxes);
  g_ptr_array_unref (frame->names);
  g_free (frame);
}
