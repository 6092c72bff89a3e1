/* export-test-document.h: a small analysed article built by hand
 *
 * The export tests check the writers, not the extractor, so they build
 * their document directly: three sentences, three places (two event sites,
 * one context place), two news events with fatalities and one background
 * event. Fields carry commas, quotes and a line break on purpose.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-document.h"

G_BEGIN_DECLS

MarsadDocument *export_test_document_new (void);

/* Two border places, each halfway along its line (data/borders.tsv): the
 * Jordan–Syria border with a battle of the day (3 killed, e1 at p1), the
 * Sudan–Chad border with only a background shelling (e2 at p2). */
MarsadDocument *export_test_border_document_new (void);

G_END_DECLS
