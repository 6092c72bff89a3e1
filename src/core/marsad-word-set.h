/* marsad-word-set.h: a set of folded words, matched through proclitics
 *
 * The geoparser's small lexicons (feature words, directions, verbs whose
 * subject is a government, function words) are asked about almost every
 * word of a text: a hash of folded words, and no allocation per question.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-normalize.h"

G_BEGIN_DECLS

typedef struct _MarsadWordSet MarsadWordSet;

/* words: NULL-terminated, spelt as in text or folded; folded here by
 * marsad-normalize.h's rules */
MarsadWordSet *marsad_word_set_new    (const char * const *words);
void           marsad_word_set_free   (MarsadWordSet *self);
/* The index in the original list of word i of norm, read whole or with a
 * proclitic removed (then *prefix_out says how many code points it took);
 * -1 when the word is not in the set. */
int            marsad_word_set_lookup (const MarsadWordSet    *self,
                                       const MarsadNormalized *norm,
                                       guint                   i,
                                       guint                  *prefix_out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadWordSet, marsad_word_set_free)

G_END_DECLS
