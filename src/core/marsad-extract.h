/* marsad-extract.h: the whole extraction pipeline
 *
 * A MarsadExtractor holds the loaded gazetteer and lexicons. It is immutable
 * once made, so one extractor may serve several threads at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "marsad-document.h"
#include "marsad-gazetteer.h"

G_BEGIN_DECLS

typedef struct _MarsadExtractor MarsadExtractor;

/* fraction in [0, 1]; called from the thread that runs the extraction */
typedef void (*MarsadProgressFunc) (double fraction, gpointer user_data);

MarsadExtractor *marsad_extractor_new   (GError **error);
MarsadExtractor *marsad_extractor_ref   (MarsadExtractor *self);
void             marsad_extractor_unref (MarsadExtractor *self);
/* The gazetteer the extractor places names with (for corrections). */
MarsadGazetteer *marsad_extractor_get_gazetteer (MarsadExtractor *self);
/* Fills doc's sentences, places, events and statements, replacing any
 * earlier analysis. Returns FALSE only when cancelled. */
gboolean         marsad_extractor_run   (MarsadExtractor    *self,
                                         MarsadDocument     *doc,
                                         MarsadProgressFunc  progress,
                                         gpointer            user_data,
                                         GCancellable       *cancellable,
                                         GError            **error);

/* A new publication date: events and statements are extracted again
 * (their dates hang on it), the places and the user's corrections to them
 * stay. doc must have been through marsad_extractor_run() (or be a saved
 * analysis, whose folded text is then made again). */
void             marsad_extractor_set_published (MarsadExtractor *self,
                                                 MarsadDocument  *doc,
                                                 const GDate     *published);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadExtractor, marsad_extractor_unref)

G_END_DECLS
