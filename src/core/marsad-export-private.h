/* marsad-export-private.h: what the event formats share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-export.h"

G_BEGIN_DECLS

/* What every format says about one event. */
typedef struct
{
  const MarsadEvent *event;
  const MarsadPlace *place;         /* NULL when the event has none */
  gboolean           has_fatalities;
  int                fatalities_min;
  int                fatalities_max;
  char              *sentence;      /* the sentence that reports it, trimmed */
} MarsadEventFacts;

void        marsad_event_facts_clear (MarsadEventFacts     *facts);
void        marsad_event_facts_init  (MarsadEventFacts     *facts,
                                      const MarsadDocument *doc,
                                      const MarsadEvent    *event);
const char *marsad_event_actor       (const MarsadEvent    *event,
                                      guint                 i);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MarsadEventFacts, marsad_event_facts_clear)

/* marsad-export-geojson.c */
char       *marsad_export_events_to_geojson (const MarsadDocument *doc,
                                             gsize                *length);

/* marsad-export-kml.c */
char       *marsad_export_events_to_kml (const MarsadDocument *doc,
                                         gsize                *length,
                                         GError              **error);

G_END_DECLS
