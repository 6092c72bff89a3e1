/* marsad-map-clusters.c: markers that would touch become one cluster badge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "marsad-map-clusters.h"

#define N_LEVELS     (2 * MARSAD_MAP_CLUSTERS_MAX_ZOOM + 1)
#define CELL_PX      64.0
/* Markers closer than their radii plus this touch. */
#define TOUCH_SLACK  2.0
#define BADGE_MIN    10.0
#define BADGE_MAX    16.0
/* the largest anything is drawn: a site with many killed (marsad-map-markers.c) */
#define MAX_RADIUS   20.0

/* A level's grid: its clusters sorted by cell (row major), so that a box in
 * view is a binary search per row. */
typedef struct
{
  guint64 key;
  guint   cluster;
} Entry;

typedef struct
{
  double  zoom;
  double  cols;    /* cells per row */
  Entry  *entries;
  guint   n_entries;
} Level;

struct _MarsadMapClusters
{
  GArray *points;     /* MarsadMapClusterPoint */
  GArray *clusters;   /* MarsadMapCluster: one per point first, then merges */
  GArray *children;   /* guint: cluster indices, by first_child/n_children */
  Level   levels[N_LEVELS];
};

double
marsad_map_clusters_badge_radius (guint n_points)
{
  return MIN (BADGE_MIN + 2.0 * log2 (MAX (n_points, 1)), BADGE_MAX);
}

static double
world_px (double zoom)
{
  return 256.0 * exp2 (zoom);
}

static guint64
cell_key (double cols,
          gint64 cx,
          gint64 cy)
{
  return (guint64) CLAMP (cy, 0, (gint64) cols) * ((guint64) cols + 1) + (guint64) CLAMP (cx, 0, (gint64) cols);
}

static int
compare_entries (const void *a,
                 const void *b)
{
  const Entry *ea = a, *eb = b;

  if (ea->key != eb->key)
    return ea->key < eb->key ? -1 : 1;
  return ea->cluster < eb->cluster ? -1 : ea->cluster > eb->cluster;
}

static void
level_index (MarsadMapClusters *self,
             Level             *level,
             double             zoom,
             const GArray      *members)
{
  double cells = world_px (zoom) / CELL_PX;

  g_free (level->entries);
  level->zoom = zoom;
  level->cols = ceil (cells);
  level->n_entries = members->len;
  level->entries = g_new (Entry, MAX (members->len, 1));
  for (guint i = 0; i < members->len; i++)
    {
      guint c = g_array_index (members, guint, i);
      const MarsadMapCluster *cl = &g_array_index (self->clusters, MarsadMapCluster, c);

      level->entries[i].cluster = c;
      level->entries[i].key = cell_key (level->cols, (gint64) floor (cl->mx * cells),
                                        (gint64) floor (cl->my * cells));
    }
  qsort (level->entries, level->n_entries, sizeof (Entry), compare_entries);
}

static guint
lower_bound (const Level *level,
             guint64      key)
{
  guint lo = 0, hi = level->n_entries;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (level->entries[mid].key < key)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Appends the clusters of the level whose cell meets the box (normalised
 * Mercator): a superset of those inside it. */
static void
level_query (const Level *level,
             double       mx0,
             double       my0,
             double       mx1,
             double       my1,
             GArray      *out)
{
  double cells = world_px (level->zoom) / CELL_PX;
  gint64 cx0 = (gint64) floor (CLAMP (mx0, 0, 1) * cells), cx1 = (gint64) floor (CLAMP (mx1, 0, 1) * cells);
  gint64 cy0 = (gint64) floor (CLAMP (my0, 0, 1) * cells), cy1 = (gint64) floor (CLAMP (my1, 0, 1) * cells);

  for (gint64 cy = cy0; cy <= cy1; cy++)
    {
      guint64 last = cell_key (level->cols, cx1, cy);

      for (guint i = lower_bound (level, cell_key (level->cols, cx0, cy));
           i < level->n_entries && level->entries[i].key <= last; i++)
        g_array_append_val (out, level->entries[i].cluster);
    }
}

/* How far, in px at world size w, the farthest corner of the extent is
 * from (mx, my): a bound on every member's distance from the badge. */
static double
reach (double mx, double my,
       double x0, double y0, double x1, double y1,
       double w)
{
  double dx = MAX (fabs (mx - x0), fabs (mx - x1)) * w;
  double dy = MAX (fabs (my - y0), fabs (my - y1)) * w;

  return hypot (dx, dy);
}

typedef struct
{
  double d2;
  guint  cluster;
} Near;

static int
compare_weight (const void *a,
                const void *b,
                void       *data)
{
  MarsadMapClusters *self = data;
  const MarsadMapCluster *ca = &g_array_index (self->clusters, MarsadMapCluster, *(const guint *) a);
  const MarsadMapCluster *cb = &g_array_index (self->clusters, MarsadMapCluster, *(const guint *) b);

  /* the heaviest seeds first; ties in index order, so runs agree */
  if (ca->n_events != cb->n_events)
    return ca->n_events > cb->n_events ? -1 : 1;
  if (ca->n_points != cb->n_points)
    return ca->n_points > cb->n_points ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

static int
compare_near (const void *a,
              const void *b)
{
  const Near *na = a, *nb = b;

  if (na->d2 != nb->d2)
    return na->d2 < nb->d2 ? -1 : 1;
  return na->cluster < nb->cluster ? -1 : na->cluster > nb->cluster;
}

/* Greedy, heaviest first: a seed takes every touching neighbour that keeps
 * all members within the level's reach of the merged badge. */
static GArray *
merge_level (MarsadMapClusters *self,
             const GArray      *finer,
             guint              level_no)
{
  double zoom = level_no / 2.0, w = world_px (zoom);
  double search = 2 * MARSAD_MAP_CLUSTERS_LEVEL_REACH / w;
  GArray *coarser = g_array_sized_new (FALSE, FALSE, sizeof (guint), finer->len);
  g_autoptr(GArray) order = g_array_copy ((GArray *) finer);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) near = g_array_new (FALSE, FALSE, sizeof (Near));
  g_autofree guint8 *taken = g_malloc0 (self->clusters->len);
  Level grid = { 0 };

  level_index (self, &grid, zoom, finer);
  g_qsort_with_data (order->data, order->len, sizeof (guint), compare_weight, self);

  for (guint i = 0; i < order->len; i++)
    {
      guint seed = g_array_index (order, guint, i);
      MarsadMapCluster merged = g_array_index (self->clusters, MarsadMapCluster, seed);
      guint first_child = self->children->len;
      double seed_mx = merged.mx, seed_my = merged.my;
      double reach2 = 0;

      if (taken[seed])
        continue;
      taken[seed] = TRUE;

      g_array_set_size (found, 0);
      g_array_set_size (near, 0);
      level_query (&grid, merged.mx - search, merged.my - search,
                   merged.mx + search, merged.my + search, found);
      /* nearest first; those already taken or beyond touching never count */
      reach2 = (merged.radius + MAX_RADIUS + TOUCH_SLACK) / w;
      reach2 *= reach2;
      for (guint j = 0; j < found->len; j++)
        {
          guint other = g_array_index (found, guint, j);
          const MarsadMapCluster *o = &g_array_index (self->clusters, MarsadMapCluster, other);
          Near n = { (o->mx - seed_mx) * (o->mx - seed_mx) + (o->my - seed_my) * (o->my - seed_my), other };

          if (!taken[other] && n.d2 <= reach2)
            g_array_append_val (near, n);
        }
      /* an empty GArray has no data, and qsort's is never NULL (UBSan) */
      if (near->len > 1)
        qsort (near->data, near->len, sizeof (Near), compare_near);

      for (guint j = 0; j < near->len; j++)
        {
          guint other = g_array_index (near, Near, j).cluster;
          const MarsadMapCluster *o = &g_array_index (self->clusters, MarsadMapCluster, other);
          double total = merged.n_points + o->n_points;
          double mx = (merged.mx * merged.n_points + o->mx * o->n_points) / total;
          double my = (merged.my * merged.n_points + o->my * o->n_points) / total;
          double x0 = MIN (merged.min_mx, o->min_mx), y0 = MIN (merged.min_my, o->min_my);
          double x1 = MAX (merged.max_mx, o->max_mx), y1 = MAX (merged.max_my, o->max_my);
          double seed_radius = g_array_index (self->clusters, MarsadMapCluster, seed).radius;

          if (taken[other])
            continue;
          if (sqrt (g_array_index (near, Near, j).d2) * w > seed_radius + o->radius + TOUCH_SLACK)
            continue;
          if (reach (mx, my, x0, y0, x1, y1, w) > MARSAD_MAP_CLUSTERS_LEVEL_REACH)
            continue;

          taken[other] = TRUE;
          if (self->children->len == first_child)
            g_array_append_val (self->children, seed);
          g_array_append_val (self->children, other);
          merged.mx = mx;
          merged.my = my;
          merged.min_mx = x0;
          merged.min_my = y0;
          merged.max_mx = x1;
          merged.max_my = y1;
          merged.n_points += o->n_points;
          merged.n_events += o->n_events;
          for (guint t = 0; t < MARSAD_N_EVENT_TYPES; t++)
            merged.type_counts[t] += o->type_counts[t];
        }

      if (self->children->len == first_child)
        {
          g_array_append_val (coarser, seed);   /* alone: the same cluster goes on */
          continue;
        }
      merged.first_child = first_child;
      merged.n_children = self->children->len - first_child;
      merged.radius = marsad_map_clusters_badge_radius (merged.n_points);
      merged.split_level = level_no + 1;
      merged.point = G_MAXUINT;
      g_array_append_val (self->clusters, merged);
      {
        guint index = self->clusters->len - 1;

        g_array_append_val (coarser, index);
      }
    }

  g_free (grid.entries);
  return coarser;
}

MarsadMapClusters *
marsad_map_clusters_new (const MarsadMapClusterPoint *points,
                         guint                        n_points)
{
  MarsadMapClusters *self = g_new0 (MarsadMapClusters, 1);
  g_autoptr(GArray) current = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_points);

  self->points = g_array_sized_new (FALSE, FALSE, sizeof (MarsadMapClusterPoint), n_points);
  g_array_append_vals (self->points, points, n_points);
  self->clusters = g_array_sized_new (FALSE, TRUE, sizeof (MarsadMapCluster), 2 * n_points + 1);
  self->children = g_array_sized_new (FALSE, FALSE, sizeof (guint), 2 * n_points + 1);

  for (guint i = 0; i < n_points; i++)
    {
      const MarsadMapClusterPoint *p = &points[i];
      MarsadMapCluster c = { 0 };

      marsad_map_view_mercator (p->lat, p->lon, &c.mx, &c.my);
      c.min_mx = c.max_mx = c.mx;
      c.min_my = c.max_my = c.my;
      c.radius = p->radius;
      c.n_points = 1;
      c.n_events = p->n_events;
      c.point = i;
      c.split_level = N_LEVELS;
      for (guint t = 0; t < MARSAD_N_EVENT_TYPES; t++)
        c.type_counts[t] = p->type_counts[t];
      g_array_append_val (self->clusters, c);
      g_array_append_val (current, i);
    }

  /* finest first: each level merges the clusters of the one below it */
  for (guint k = N_LEVELS; k > 0; k--)
    {
      GArray *coarser = merge_level (self, current, k - 1);

      level_index (self, &self->levels[k - 1], (k - 1) / 2.0, coarser);
      g_array_unref (current);
      current = coarser;
    }
  return self;
}

void
marsad_map_clusters_free (MarsadMapClusters *self)
{
  if (self == NULL)
    return;
  for (guint k = 0; k < N_LEVELS; k++)
    g_free (self->levels[k].entries);
  g_array_unref (self->points);
  g_array_unref (self->clusters);
  g_array_unref (self->children);
  g_free (self);
}

guint
marsad_map_clusters_get_n_points (MarsadMapClusters *self)
{
  return self->points->len;
}

const MarsadMapCluster *
marsad_map_clusters_get (MarsadMapClusters *self,
                         guint              cluster)
{
  g_return_val_if_fail (cluster < self->clusters->len, NULL);
  return &g_array_index (self->clusters, MarsadMapCluster, cluster);
}

/* The level made for the view's zoom or the half step below it. */
static const Level *
level_for (MarsadMapClusters *self,
           double             zoom)
{
  int k = (int) floor (zoom * 2 + 1e-9);

  return &self->levels[CLAMP (k, 0, N_LEVELS - 1)];
}

static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  MarsadMapClusters *self = data;
  const MarsadMapClusterItem *ia = a, *ib = b;
  const MarsadMapCluster *ca = &g_array_index (self->clusters, MarsadMapCluster, ia->cluster);
  const MarsadMapCluster *cb = &g_array_index (self->clusters, MarsadMapCluster, ib->cluster);

  /* context places and small sites under big ones; ties by index */
  if ((ca->n_events > 0) != (cb->n_events > 0))
    return ca->n_events > 0 ? 1 : -1;
  if (ca->radius != cb->radius)
    return ca->radius < cb->radius ? -1 : 1;
  return ia->cluster < ib->cluster ? -1 : ia->cluster > ib->cluster;
}

void
marsad_map_clusters_layout (MarsadMapClusters   *self,
                            const MarsadMapView *view,
                            double               margin,
                            GArray              *items)
{
  const Level *level = level_for (self, view->zoom);
  double w = world_px (view->zoom);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_if_fail (g_array_get_element_size (items) == sizeof (MarsadMapClusterItem));

  level_query (level, (view->x0 - margin) / w, (view->y0 - margin) / w,
               (view->x0 + view->width + margin) / w, (view->y0 + view->height + margin) / w, found);
  for (guint i = 0; i < found->len; i++)
    {
      guint c = g_array_index (found, guint, i);
      const MarsadMapCluster *cl = &g_array_index (self->clusters, MarsadMapCluster, c);
      MarsadMapClusterItem item = { c, cl->mx * w - view->x0, cl->my * w - view->y0 };

      if (item.x < -margin || item.y < -margin ||
          item.x > view->width + margin || item.y > view->height + margin)
        continue;
      g_array_append_val (items, item);
    }
  g_array_sort_with_data (items, compare_items, self);
}

int
marsad_map_clusters_pick (MarsadMapClusters   *self,
                          const MarsadMapView *view,
                          double               x,
                          double               y,
                          double               min_radius)
{
  const Level *level = level_for (self, view->zoom);
  double w = world_px (view->zoom);
  double mx = (view->x0 + x) / w, my = (view->y0 + y) / w;
  double r = MAX (MAX_RADIUS + 2, min_radius) / w;
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (guint));
  int best = -1;
  double best_d = G_MAXDOUBLE;

  level_query (level, mx - r, my - r, mx + r, my + r, found);
  for (guint i = 0; i < found->len; i++)
    {
      guint c = g_array_index (found, guint, i);
      const MarsadMapCluster *cl = &g_array_index (self->clusters, MarsadMapCluster, c);
      double d = hypot (cl->mx - mx, cl->my - my) * w;

      if (d <= MAX (cl->radius + 2, min_radius) && d < best_d)
        {
          best = (int) c;
          best_d = d;
        }
    }
  return best;
}

void
marsad_map_clusters_collect_points (MarsadMapClusters *self,
                                    guint              cluster,
                                    GArray            *points)
{
  const MarsadMapCluster *cl = &g_array_index (self->clusters, MarsadMapCluster, cluster);

  if (cl->n_children == 0)
    {
      g_array_append_val (points, cl->point);
      return;
    }
  for (guint i = 0; i < cl->n_children; i++)
    marsad_map_clusters_collect_points (self, g_array_index (self->children, guint,
                                                             cl->first_child + i), points);
}

double
marsad_map_clusters_get_expansion_zoom (MarsadMapClusters *self,
                                        guint              cluster)
{
  const MarsadMapCluster *cl = &g_array_index (self->clusters, MarsadMapCluster, cluster);

  if (cl->n_children == 0 || cl->split_level >= N_LEVELS ||
      (cl->max_mx - cl->min_mx < 1e-12 && cl->max_my - cl->min_my < 1e-12))
    return -1;
  return cl->split_level / 2.0;
}
