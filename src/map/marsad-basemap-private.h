/* marsad-basemap-private.h: the file layout, shared by the renderer files
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The layout is written by tools/build-basemap.py; see its header comment. */
#pragma once

#include "marsad-basemap.h"

G_BEGIN_DECLS

#define MARSAD_BASEMAP_WORLD_BITS 28
#define MARSAD_BASEMAP_WORLD      ((double) (1u << MARSAD_BASEMAP_WORLD_BITS))
#define MARSAD_BASEMAP_COARSE_LOD 3

typedef enum {
  MARSAD_LAYER_LAND,
  MARSAD_LAYER_LAKES,
  MARSAD_LAYER_RIVERS,
  MARSAD_LAYER_ADMIN1,
  MARSAD_LAYER_BORDERS,
  MARSAD_LAYER_DISPUTED,
  MARSAD_LAYER_COAST,
  MARSAD_N_LAYERS
} MarsadLayer;

typedef enum {
  MARSAD_LABEL_COUNTRY,
  MARSAD_LABEL_ADMIN1,
  MARSAD_LABEL_SEA,
  MARSAD_LABEL_LAKE,
  MARSAD_LABEL_RIVER,
  MARSAD_LABEL_CAPITAL,
  MARSAD_LABEL_CITY,
  MARSAD_LABEL_TOWN,
  MARSAD_LABEL_CAPE,
  MARSAD_LABEL_DISTRICT,
  MARSAD_N_LABEL_CLASSES
} MarsadLabelClass;

typedef struct {
  guint32 cell_id;      /* (y << level) | x */
  guint32 first_piece;
} MarsadCell;

typedef struct {
  guint32 first_point;
  guint16 n_points;
  guint8  kind;
  guint8  flags;
} MarsadPiece;

typedef struct {
  guint16 x, y;         /* cell_origin + v * cell_size / 65535 */
} MarsadPoint;

typedef struct {
  guint32 x, y;         /* world units */
  guint32 name_ar, name_en;
  guint32 priority;     /* lower wins; also the index in the file */
  guint8  klass;
  guint8  min_zoom10, max_zoom10;
  guint8  size;
} MarsadLabel;

typedef struct {
  guint32           n_cells;  /* including the sentinel */
  const MarsadCell *cells;
  guint32           n_pieces;
  const MarsadPiece *pieces;
  guint32           n_points;
  const MarsadPoint *points;
} MarsadLayerData;

typedef struct {
  guint min_zoom, max_zoom, cell_level;
  MarsadLayerData layers[MARSAD_N_LAYERS];
} MarsadLod;

guint                  marsad_basemap_get_n_lods   (MarsadBasemap *basemap);
const MarsadLod       *marsad_basemap_get_lod      (MarsadBasemap *basemap,
                                                    guint          lod);
guint                  marsad_basemap_lod_for_zoom (MarsadBasemap *basemap,
                                                    double         zoom);
const MarsadLabel     *marsad_basemap_get_labels   (MarsadBasemap *basemap,
                                                    guint         *n_labels);
const char            *marsad_basemap_get_string   (MarsadBasemap *basemap,
                                                    guint32        offset);
/* Where LODs above MARSAD_BASEMAP_COARSE_LOD have data, in world units. */
void                   marsad_basemap_get_detail_box (MarsadBasemap *basemap,
                                                      double        *x0,
                                                      double        *y0,
                                                      double        *x1,
                                                      double        *y1);

/* Calls func for every piece of one layer in the cells that meet the world
 * rectangle; pts are that piece's points; origin/size give its cell. */
typedef void (*MarsadPieceFunc) (const MarsadPiece *piece,
                                 const MarsadPoint *pts,
                                 double             origin_x,
                                 double             origin_y,
                                 double             cell_size,
                                 gpointer           user_data);

void marsad_basemap_foreach_piece (MarsadBasemap *basemap,
                                   guint          lod,
                                   MarsadLayer    layer,
                                   double         wx0,
                                   double         wy0,
                                   double         wx1,
                                   double         wy1,
                                   MarsadPieceFunc func,
                                   gpointer       user_data);

/* Web-Mercator world units (2^28 across) from latitude/longitude. */
void marsad_basemap_project   (double lat, double lon, double *wx, double *wy);
void marsad_basemap_unproject (double wx, double wy, double *lat, double *lon);

G_END_DECLS
