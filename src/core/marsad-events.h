/* marsad-events.h: events, dates, actors, casualties and statements
 *
 * The second half of extraction. A MarsadEventExtractor loads and compiles
 * the lexicons of data/lexicon/ once; it is immutable afterwards, so one
 * extractor may serve several threads.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "marsad-document.h"

G_BEGIN_DECLS

typedef struct _MarsadEventExtractor MarsadEventExtractor;

MarsadEventExtractor *marsad_event_extractor_new   (GError **error);
MarsadEventExtractor *marsad_event_extractor_ref   (MarsadEventExtractor *self);
void                  marsad_event_extractor_unref (MarsadEventExtractor *self);

/* Sets doc->published (and published_from_text) from a dateline or an
 * explicit publication date near the top of the text; leaves it NULL when
 * none is found. Needs doc->norm. */
void marsad_event_extractor_detect_published (const MarsadEventExtractor *self,
                                              MarsadDocument             *doc);

/* Fills doc->events (ids e1…, in chronological order where dated) and
 * doc->statements, appends doc->warnings and marks the event-site mentions
 * of doc->places. Needs doc->norm; relative dates resolve against
 * doc->published only. */
void marsad_event_extractor_run (const MarsadEventExtractor *self,
                                 MarsadDocument             *doc);

/* The same in two steps: prepare needs only the text (folded, with its
 * sentences and publication date) and may run on another thread while the
 * geoparser fills the places; run_prepared finishes and frees prep, and
 * marsad_event_prep_free drops a prep that will not be run. */
typedef struct _MarsadEventPrep MarsadEventPrep;

MarsadEventPrep *marsad_event_extractor_prepare      (const MarsadEventExtractor *self,
                                                      const MarsadDocument       *doc);
void             marsad_event_extractor_run_prepared (const MarsadEventExtractor *self,
                                                      MarsadDocument             *doc,
                                                      MarsadEventPrep            *prep);
void             marsad_event_prep_free              (MarsadEventPrep            *prep);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadEventExtractor, marsad_event_extractor_unref)

G_END_DECLS
