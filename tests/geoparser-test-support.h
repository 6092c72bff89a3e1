/* geoparser-test-support.h: see geoparser-test-support.c
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-geoparser.h"

typedef struct
{
  MarsadGazetteer *gazetteer;
  MarsadGeoparser *geoparser;
} GeoparserFixture;

void            geoparser_fixture_set_up    (GeoparserFixture *f,
                                             gconstpointer     data);
void            geoparser_fixture_tear_down (GeoparserFixture *f,
                                             gconstpointer     data);
/* the sentence split and geoparsed */
MarsadDocument *geoparser_fixture_parse     (GeoparserFixture *f,
                                             const char       *text);
/* the place one of whose mentions reads exactly surface, or NULL */
MarsadPlace    *place_mentioned_as          (MarsadDocument   *doc,
                                             const char       *surface,
                                             MarsadMention   **mention_out);
