/* marsad-basemap.h: the compiled offline basemap (data/basemap.bin)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MARSAD_BASEMAP_ERROR (marsad_basemap_error_quark ())

typedef enum {
  MARSAD_BASEMAP_ERROR_NOT_FOUND,
  MARSAD_BASEMAP_ERROR_INVALID,
} MarsadBasemapError;

typedef struct _MarsadBasemap MarsadBasemap;

GQuark         marsad_basemap_error_quark   (void);

MarsadBasemap *marsad_basemap_load          (const char    *path,
                                             GError       **error);
MarsadBasemap *marsad_basemap_load_default  (GError       **error);
MarsadBasemap *marsad_basemap_ref           (MarsadBasemap *basemap);
void           marsad_basemap_unref         (MarsadBasemap *basemap);

/* TRUE where the finest available data has land (lakes count as water). */
gboolean       marsad_basemap_is_land       (MarsadBasemap *basemap,
                                             double         lat,
                                             double         lon);
guint          marsad_basemap_get_n_labels  (MarsadBasemap *basemap);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadBasemap, marsad_basemap_unref)

G_END_DECLS
