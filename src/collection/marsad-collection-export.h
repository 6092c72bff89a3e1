/* marsad-collection-export.h: a collection's fused events for GIS and maps
 *
 * JSON and GeoJSON give each event its `sources`: [{article, outlet, url,
 * published, fatalities}], every report's own figure. ACLED CSV codes the
 * lowest figure, joins the outlets in `source` and lists each report's
 * figure in `notes`. The formats are the single-article exports' own
 * (marsad-export.h), fed with one record per fused event.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-collection.h"
#include "marsad-export.h"

G_BEGIN_DECLS

/* {"events": [...]} */
char           *marsad_collection_events_to_json   (GPtrArray  *events,
                                                    gboolean    pretty);
char           *marsad_collection_events_export    (GPtrArray          *events,
                                                    MarsadEventFormat   format,
                                                    gsize              *length,
                                                    GError            **error);
/* One document whose places and events are the fused events (for the map
 * export); each report is a fatality report named by its outlet. */
MarsadDocument *marsad_collection_events_to_document (GPtrArray  *events,
                                                      const char *title);

G_END_DECLS
