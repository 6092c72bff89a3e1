/* marsad-basemap.c: loading and querying the compiled offline basemap
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include <math.h>
#include <string.h>

#include "marsad-basemap-private.h"
#include "marsad-data.h"

#define HEADER_SIZE   64
#define VERSION       2
#define MAX_LODS      16
#define LOD_DIR_SIZE  (4 + MARSAD_N_LAYERS * 24)

struct _MarsadBasemap {
  gatomicrefcount    ref_count;
  GMappedFile       *mapped;
  const guint8      *data;
  gsize              size;
  guint              n_lods;
  MarsadLod          lods[MAX_LODS];
  const MarsadLabel *labels;
  guint              n_labels;
  const char        *strings;
  guint32            strings_size;
  double             detail[4];
};

G_DEFINE_QUARK (marsad-basemap-error-quark, marsad_basemap_error)

static guint32
read_u32 (const guint8 *p)
{
  guint32 v;

  memcpy (&v, p, 4);
  return GUINT32_FROM_LE (v);
}

/* TRUE if [off, off + count * elem) lies in the file and is 4-aligned. */
static gboolean
range_ok (gsize file_size, guint64 off, guint64 count, guint64 elem)
{
  return off % 4 == 0 && off <= file_size && count * elem <= file_size - off;
}

static gboolean
invalid (GError **error, const char *path, const char *what)
{
  g_set_error (error, MARSAD_BASEMAP_ERROR, MARSAD_BASEMAP_ERROR_INVALID,
               "Basemap “%s” is corrupt or of another version: %s", path, what);
  return FALSE;
}

static gboolean
parse_layer (MarsadBasemap *bm, const guint8 *dir, MarsadLayerData *layer,
             guint cell_level, const char *path, GError **error)
{
  guint32 n_cells = read_u32 (dir), cells_off = read_u32 (dir + 4);
  guint32 n_pieces = read_u32 (dir + 8), pieces_off = read_u32 (dir + 12);
  guint32 n_points = read_u32 (dir + 16), points_off = read_u32 (dir + 20);
  guint32 prev_id = 0, prev_first = 0;

  if (n_cells < 1 ||
      !range_ok (bm->size, cells_off, n_cells, sizeof (MarsadCell)) ||
      !range_ok (bm->size, pieces_off, n_pieces, sizeof (MarsadPiece)) ||
      !range_ok (bm->size, points_off, n_points, sizeof (MarsadPoint)))
    return invalid (error, path, "layer out of bounds");

  layer->n_cells = n_cells;
  layer->cells = (const MarsadCell *) (bm->data + cells_off);
  layer->n_pieces = n_pieces;
  layer->pieces = (const MarsadPiece *) (bm->data + pieces_off);
  layer->n_points = n_points;
  layer->points = (const MarsadPoint *) (bm->data + points_off);

  /* Cells sorted, piece ranges increasing, ending with the sentinel. */
  for (guint32 i = 0; i < n_cells; i++)
    {
      const MarsadCell *c = &layer->cells[i];
      gboolean last = i == n_cells - 1;

      if ((i > 0 && (c->cell_id <= prev_id || c->first_piece <= prev_first)) ||
          c->first_piece > n_pieces ||
          (last && (c->cell_id != G_MAXUINT32 || c->first_piece != n_pieces)) ||
          (!last && (c->cell_id >> (2 * cell_level)) != 0))
        return invalid (error, path, "bad cell index");
      prev_id = c->cell_id;
      prev_first = c->first_piece;
    }
  for (guint32 i = 0; i < n_pieces; i++)
    {
      const MarsadPiece *p = &layer->pieces[i];

      if ((guint64) p->first_point + p->n_points > n_points || p->n_points < 2)
        return invalid (error, path, "bad piece");
    }
  return TRUE;
}

static gboolean
parse (MarsadBasemap *bm, const char *path, GError **error)
{
  const guint8 *d = bm->data;
  guint32 n_layers, lods_off, labels_off, strings_off;

  if (G_BYTE_ORDER != G_LITTLE_ENDIAN)
    return invalid (error, path, "big-endian hosts are not supported");
  if (bm->size < HEADER_SIZE || memcmp (d, "MRSDBMAP", 8) != 0)
    return invalid (error, path, "bad magic");
  if (read_u32 (d + 8) != VERSION)
    return invalid (error, path, "unknown version");
  if (read_u32 (d + 40) != bm->size)
    return invalid (error, path, "truncated");
  if (read_u32 (d + 44) != MARSAD_BASEMAP_WORLD_BITS)
    return invalid (error, path, "unknown coordinate range");

  bm->n_lods = read_u32 (d + 12);
  n_layers = read_u32 (d + 16);
  bm->n_labels = read_u32 (d + 20);
  lods_off = read_u32 (d + 24);
  labels_off = read_u32 (d + 28);
  strings_off = read_u32 (d + 32);
  bm->strings_size = read_u32 (d + 36);

  if (bm->n_lods < 1 || bm->n_lods > MAX_LODS || n_layers != MARSAD_N_LAYERS ||
      !range_ok (bm->size, lods_off, bm->n_lods, LOD_DIR_SIZE) ||
      !range_ok (bm->size, labels_off, bm->n_labels, sizeof (MarsadLabel)) ||
      strings_off > bm->size || bm->strings_size > bm->size - strings_off ||
      bm->strings_size < 1 || d[strings_off + bm->strings_size - 1] != '\0')
    return invalid (error, path, "bad header");

  for (guint i = 0; i < 4; i++)
    bm->detail[i] = read_u32 (d + 48 + 4 * i);

  for (guint i = 0; i < bm->n_lods; i++)
    {
      const guint8 *dir = d + lods_off + i * LOD_DIR_SIZE;
      MarsadLod *lod = &bm->lods[i];

      lod->min_zoom = dir[0];
      lod->max_zoom = dir[1];
      lod->cell_level = dir[2];
      if (lod->cell_level > 15 || lod->min_zoom > lod->max_zoom)
        return invalid (error, path, "bad level of detail");
      for (guint l = 0; l < MARSAD_N_LAYERS; l++)
        if (!parse_layer (bm, dir + 4 + l * 24, &lod->layers[l], lod->cell_level, path, error))
          return FALSE;
    }

  bm->labels = (const MarsadLabel *) (d + labels_off);
  bm->strings = (const char *) (d + strings_off);
  for (guint i = 0; i < bm->n_labels; i++)
    if (bm->labels[i].name_ar >= bm->strings_size || bm->labels[i].name_en >= bm->strings_size ||
        bm->labels[i].klass >= MARSAD_N_LABEL_CLASSES)
      return invalid (error, path, "bad label");
  return TRUE;
}

MarsadBasemap *
marsad_basemap_load (const char *path, GError **error)
{
  g_autoptr(MarsadBasemap) bm = NULL;
  GMappedFile *mapped;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  mapped = g_mapped_file_new (path, FALSE, error);
  if (mapped == NULL)
    return NULL;

  bm = g_new0 (MarsadBasemap, 1);
  g_atomic_ref_count_init (&bm->ref_count);
  bm->mapped = mapped;
  bm->data = (const guint8 *) g_mapped_file_get_contents (mapped);
  bm->size = g_mapped_file_get_length (mapped);
  if (!parse (bm, path, error))
    return NULL;
  return g_steal_pointer (&bm);
}

MarsadBasemap *
marsad_basemap_load_default (GError **error)
{
  g_autofree char *path = marsad_data_find_file ("basemap.bin");

  if (path == NULL)
    {
      g_set_error_literal (error, MARSAD_BASEMAP_ERROR, MARSAD_BASEMAP_ERROR_NOT_FOUND,
                           _("The offline basemap (basemap.bin) is not installed"));
      return NULL;
    }
  return marsad_basemap_load (path, error);
}

MarsadBasemap *
marsad_basemap_ref (MarsadBasemap *basemap)
{
  g_return_val_if_fail (basemap != NULL, NULL);
  g_atomic_ref_count_inc (&basemap->ref_count);
  return basemap;
}

void
marsad_basemap_unref (MarsadBasemap *basemap)
{
  g_return_if_fail (basemap != NULL);
  if (!g_atomic_ref_count_dec (&basemap->ref_count))
    return;
  g_clear_pointer (&basemap->mapped, g_mapped_file_unref);
  g_free (basemap);
}

guint
marsad_basemap_get_n_lods (MarsadBasemap *basemap)
{
  return basemap->n_lods;
}

const MarsadLod *
marsad_basemap_get_lod (MarsadBasemap *basemap, guint lod)
{
  g_return_val_if_fail (lod < basemap->n_lods, NULL);
  return &basemap->lods[lod];
}

guint
marsad_basemap_lod_for_zoom (MarsadBasemap *basemap, double zoom)
{
  for (guint i = 0; i < basemap->n_lods; i++)
    if (zoom < basemap->lods[i].max_zoom + 1)
      return i;
  return basemap->n_lods - 1;
}

const MarsadLabel *
marsad_basemap_get_labels (MarsadBasemap *basemap, guint *n_labels)
{
  *n_labels = basemap->n_labels;
  return basemap->labels;
}

guint
marsad_basemap_get_n_labels (MarsadBasemap *basemap)
{
  return basemap->n_labels;
}

const char *
marsad_basemap_get_string (MarsadBasemap *basemap, guint32 offset)
{
  return offset < basemap->strings_size ? basemap->strings + offset : "";
}

void
marsad_basemap_get_detail_box (MarsadBasemap *basemap,
                               double *x0, double *y0, double *x1, double *y1)
{
  *x0 = basemap->detail[0];
  *y0 = basemap->detail[1];
  *x1 = basemap->detail[2];
  *y1 = basemap->detail[3];
}

/* First cell with an id >= id (binary search; the sentinel is the largest). */
static guint32
lower_bound (const MarsadLayerData *layer, guint32 id)
{
  guint32 lo = 0, hi = layer->n_cells - 1;

  while (lo < hi)
    {
      guint32 mid = lo + (hi - lo) / 2;

      if (layer->cells[mid].cell_id < id)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

void
marsad_basemap_foreach_piece (MarsadBasemap *basemap, guint lod_index, MarsadLayer layer_index,
                              double wx0, double wy0, double wx1, double wy1,
                              MarsadPieceFunc func, gpointer user_data)
{
  const MarsadLod *lod;
  const MarsadLayerData *layer;
  guint32 n, cx0, cy0, cx1, cy1;
  double size;

  g_return_if_fail (lod_index < basemap->n_lods && layer_index < MARSAD_N_LAYERS);

  lod = &basemap->lods[lod_index];
  layer = &lod->layers[layer_index];
  n = 1u << lod->cell_level;
  size = MARSAD_BASEMAP_WORLD / n;
  if (wx1 < 0 || wy1 < 0 || wx0 >= MARSAD_BASEMAP_WORLD || wy0 >= MARSAD_BASEMAP_WORLD)
    return;
  cx0 = (guint32) CLAMP (floor (wx0 / size), 0, n - 1);
  cy0 = (guint32) CLAMP (floor (wy0 / size), 0, n - 1);
  cx1 = (guint32) CLAMP (floor (wx1 / size), 0, n - 1);
  cy1 = (guint32) CLAMP (floor (wy1 / size), 0, n - 1);

  for (guint32 cy = cy0; cy <= cy1; cy++)
    {
      guint32 row = cy << lod->cell_level;
      guint32 ci = lower_bound (layer, row | cx0);

      for (; ci + 1 < layer->n_cells && layer->cells[ci].cell_id <= (row | cx1); ci++)
        {
          const MarsadCell *cell = &layer->cells[ci];
          guint32 cx = cell->cell_id & (n - 1);
          guint32 end = layer->cells[ci + 1].first_piece;

          for (guint32 p = cell->first_piece; p < end; p++)
            func (&layer->pieces[p], layer->points + layer->pieces[p].first_point,
                  cx * size, cy * size, size, user_data);
        }
    }
}

void
marsad_basemap_project (double lat, double lon, double *wx, double *wy)
{
  double s;

  lat = CLAMP (lat, -85.05112878, 85.05112878);
  s = sin (lat * G_PI / 180.0);
  *wx = (lon + 180.0) / 360.0 * MARSAD_BASEMAP_WORLD;
  *wy = (0.5 - log ((1 + s) / (1 - s)) / (4 * G_PI)) * MARSAD_BASEMAP_WORLD;
}

void
marsad_basemap_unproject (double wx, double wy, double *lat, double *lon)
{
  double n = G_PI - 2.0 * G_PI * wy / MARSAD_BASEMAP_WORLD;

  *lon = wx / MARSAD_BASEMAP_WORLD * 360.0 - 180.0;
  *lat = 180.0 / G_PI * atan (sinh (n));
}

typedef struct {
  double x, y;
  int    winding;
} WindingData;

/* Nonzero winding of the point over one cell's rings: the pieces of a cell
 * are closed rings clipped to it, so their windings add up exactly. */
static void
winding_cb (const MarsadPiece *piece, const MarsadPoint *pts,
            double ox, double oy, double size, gpointer user_data)
{
  WindingData *w = user_data;
  double k = size / 65535.0;

  for (guint i = 0; i < piece->n_points; i++)
    {
      const MarsadPoint *a = &pts[i], *b = &pts[(i + 1) % piece->n_points];
      double ax = ox + a->x * k, ay = oy + a->y * k;
      double bx = ox + b->x * k, by = oy + b->y * k;
      double cross = (bx - ax) * (w->y - ay) - (w->x - ax) * (by - ay);

      if (ay <= w->y && by > w->y && cross > 0)
        w->winding++;
      else if (ay > w->y && by <= w->y && cross < 0)
        w->winding--;
    }
}

static gboolean
inside_layer (MarsadBasemap *bm, guint lod, MarsadLayer layer, double wx, double wy)
{
  WindingData w = { wx, wy, 0 };

  marsad_basemap_foreach_piece (bm, lod, layer, wx, wy, wx, wy, winding_cb, &w);
  return w.winding != 0;
}

gboolean
marsad_basemap_is_land (MarsadBasemap *basemap, double lat, double lon)
{
  double wx, wy;
  guint lod = basemap->n_lods - 1;

  g_return_val_if_fail (basemap != NULL, FALSE);

  marsad_basemap_project (lat, lon, &wx, &wy);
  if (wx < basemap->detail[0] || wx >= basemap->detail[2] ||
      wy < basemap->detail[1] || wy >= basemap->detail[3])
    lod = MIN (lod, MARSAD_BASEMAP_COARSE_LOD);
  return inside_layer (basemap, lod, MARSAD_LAYER_LAND, wx, wy) &&
         !inside_layer (basemap, lod, MARSAD_LAYER_LAKES, wx, wy);
}
