/* marsad-geoparser.h: finds and places every location an article names
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-document.h"
#include "marsad-gazetteer.h"

G_BEGIN_DECLS

typedef struct _MarsadGeoparser MarsadGeoparser;

MarsadGeoparser *marsad_geoparser_new  (MarsadGazetteer *gazetteer);
void             marsad_geoparser_free (MarsadGeoparser *self);
/* Needs doc->norm; fills doc->places (ids p1…, by first mention) with
 * mentions whose roles are context, actor or dateline. */
void             marsad_geoparser_run  (const MarsadGeoparser *self,
                                        MarsadDocument        *doc);
MarsadGazetteer *marsad_geoparser_get_gazetteer (const MarsadGeoparser *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadGeoparser, marsad_geoparser_free)

G_END_DECLS
