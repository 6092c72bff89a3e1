/* event-fixture.h: documents built by hand for the event extractor tests
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-document.h"
#include "marsad-events.h"

typedef struct
{
  const char *surface;    /* every occurrence in the text is a mention */
  const char *kind;       /* "town", "country", "military_base"… */
  const char *country;
  MarsadMentionRole role;
  double      lat, lon;   /* where it lies, when a test needs it (else 0, 0) */
  gboolean    unknown;    /* not in the gazetteer: approximate, no source id */
} FixturePlace;

/* Splits sentences, normalises, adds the places (ids p1…) and sets the
 * publication date when published is not NULL ("2024-01-24"). */
MarsadDocument *fixture_document (const char         *text,
                                  const char         *published,
                                  const FixturePlace *places,
                                  guint               n_places);
MarsadEventExtractor *fixture_extractor (void);
/* the first event whose place is the one named surface, from index *from */
const MarsadEvent *fixture_event_at (const MarsadDocument *doc,
                                     const char           *surface,
                                     guint                 nth);

/* One sentence or a few and the event they must give. */
#define FIXTURE_NO_FIGURE (-2)

typedef struct
{
  const char  *text;
  FixturePlace places[4];
  const char  *site;       /* an event must stand here (NULL: only not_site is checked) */
  int          killed;     /* with this figure (-1: not checked, FIXTURE_NO_FIGURE: none) */
  const char  *not_site;   /* and none here (NULL: not checked) */
  const char  *type;       /* the event's ACLED type (NULL: not checked) */
  int          background; /* 1: the event is background, -1: it is not, 0: not checked */
} EventCase;

/* Runs each case on a document published 2024-03-06 and checks it. */
void fixture_check_event_cases (const EventCase *cases,
                                guint            n);
