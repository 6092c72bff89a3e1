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
