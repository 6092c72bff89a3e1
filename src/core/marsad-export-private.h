/* marsad-export-private.h: what the event formats share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-borders.h"
#include "marsad-event-types.h"
#include "marsad-export.h"

G_BEGIN_DECLS

/* What every format says about one event. */
typedef struct
{
  const MarsadEvent *event;
  const MarsadPlace *place;         /* NULL when the event has none */
  const MarsadBorder *border;       /* the line its border place is on, or NULL */
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

/* A border some events stand on: the formats give its line besides their
 * points (which stay points: an event is counted where it is placed). */
typedef struct
{
  const MarsadBorder *border;
  const MarsadPlace  *place;        /* the first border place on it: its names */
  const char         *event_type;   /* its events' most frequent type, or NULL */
  guint               type_counts[MARSAD_N_EVENT_TYPES];
  GPtrArray          *event_ids;    /* const char *, the events' own */
} MarsadExportBorder;

/* Each border the events stand on once, in the order of their first
 * event: a MarsadExportBorder array to which each event's facts are added
 * as the format goes through them (free with g_ptr_array_unref). */
GPtrArray  *marsad_export_borders_new     (void);
void        marsad_export_borders_add     (GPtrArray              *borders,
                                           const MarsadEventFacts *facts);
/* "JO,SY": the two ISO 3166-1 codes, alphabetical (free it) */
char       *marsad_export_border_codes    (const MarsadBorder   *border);
/* "border-JO-SY": its feature's id, which no event's is ("e1") */
char       *marsad_export_border_id       (const MarsadBorder   *border);

/* marsad-export-geojson.c */
char       *marsad_export_events_to_geojson (const MarsadDocument *doc,
                                             gsize                *length);

/* marsad-export-kml.c */
char       *marsad_export_events_to_kml (const MarsadDocument *doc,
                                         gsize                *length,
                                         GError              **error);

G_END_DECLS
