/* marsad-geoparser-candidates.c: the candidates of a text, held in pieces
 *
 * A text of nothing but place names holds a candidate for every word: one
 * array grown by doubling moved them all at each step (and, below glibc's
 * mmap threshold, held the old copy beside the new one), and the last pass
 * held every candidate until the last mention was made. In pieces of a
 * fixed size, appending never moves what is held, another thread's pieces
 * are freed as soon as they are appended, and the last pass frees each
 * piece once it has made its mentions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>   /* defines __GLIBC__ on glibc */
#if defined (__GLIBC__)
#include <malloc.h>
#endif

#include "marsad-geoparser-private.h"

/* the last piece starts small (a short article has a few dozen names) and
 * doubles up to MARSAD_CANDIDATE_PIECE */
#define FIRST_CAPACITY 64
/* a store of more pieces than this gives its memory back when freed */
#define TRIM_MIN_PIECES 4

MarsadCandidates *
marsad_candidates_new (void)
{
  MarsadCandidates *self = g_new0 (MarsadCandidates, 1);

  self->pieces = g_ptr_array_new_with_free_func (g_free);
  return self;
}

/* Pieces freed lie in the heap among the mentions made meanwhile, where
 * glibc keeps them resident: a large store gives their pages back, or the
 * events' arrays, which do not fit in the holes, would come on top. */
void
marsad_candidates_free (MarsadCandidates *self)
{
  gboolean large;

  if (self == NULL)
    return;
  large = self->pieces->len > TRIM_MIN_PIECES;
  g_ptr_array_unref (self->pieces);
  g_free (self);
#if defined (__GLIBC__)
  if (large)
    malloc_trim (0);
#endif
}

MarsadCandidate *
marsad_candidates_append (MarsadCandidates      *self,
                          const MarsadCandidate *c)
{
  guint slot = self->len & (MARSAD_CANDIDATE_PIECE - 1);
  MarsadCandidate *piece;

  if (slot == 0)
    {
      self->last_capacity = self->pieces->len == 0 ? FIRST_CAPACITY : MARSAD_CANDIDATE_PIECE;
      g_ptr_array_add (self->pieces, g_new (MarsadCandidate, self->last_capacity));
    }
  else if (slot == self->last_capacity)
    {
      gpointer *last = &self->pieces->pdata[self->pieces->len - 1];

      self->last_capacity = MIN (self->last_capacity * 2, MARSAD_CANDIDATE_PIECE);
      *last = g_renew (MarsadCandidate, *last, self->last_capacity);
    }
  piece = g_ptr_array_index (self->pieces, self->pieces->len - 1);
  piece[slot] = *c;
  self->len++;
  return &piece[slot];
}

void
marsad_candidates_release_before (MarsadCandidates *self,
                                  guint             i)
{
  guint whole = i >= self->len ? self->pieces->len : i >> MARSAD_CANDIDATE_PIECE_BITS;

  for (; self->released < whole; self->released++)
    g_clear_pointer (&self->pieces->pdata[self->released], g_free);
}
