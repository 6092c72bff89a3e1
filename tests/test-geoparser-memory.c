/* test-geoparser-memory.c: what the geoparser holds per name found, the
 * structure, not the bytes of a run (those are bench/bench-hostile.py's)
 *
 * A text of nothing but place names holds a candidate for every word:
 * the candidate stays 48 bytes and derives what the words already say.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "marsad-geoparser-private.h"

static void
test_candidate_size (void)
{
  /* 80 bytes before the end, the sentence and the cues' starts were
   * derived from the words; 136 before that */
  if (sizeof (void *) == 8)
    g_assert_cmpuint (sizeof (MarsadCandidate), ==, 48);
  else
    g_assert_cmpuint (sizeof (MarsadCandidate), <=, 48);
}

/* the derived fields read back what was stored before: ends from the
 * words, starts as a word a few before and its proclitic */
static void
test_candidate_accessors (void)
{
  /* ريف | شمال | وبمدينة | الموصل | الشرقي . | بغداد */
  const char *text = "ريف شمال وبمدينة الموصل الشرقي. بغداد";
  g_autofree gunichar *chars = NULL;
  glong n_chars = 0;
  g_autoptr(GArray) sentences = g_array_new (FALSE, FALSE, sizeof (MarsadSpan));
  g_autoptr(MarsadNormalized) norm = NULL;
  MarsadSpan s0 = { 0, 32 }, s1 = { 32, 0 };
  MarsadCandidate c = { 0 };
  const MarsadWord *w;

  chars = g_utf8_to_ucs4_fast (text, -1, &n_chars);
  s1.end = (guint) n_chars;
  g_array_append_val (sentences, s0);
  g_array_append_val (sentences, s1);
  norm = marsad_normalized_new (chars, (gsize) n_chars, sentences);
  g_assert_cmpuint (norm->words->len, ==, 6);

  c.first_word = c.last_word = 3;   /* الموصل */
  c.start = g_array_index (norm->words, MarsadWord, 3).start;
  w = &g_array_index (norm->words, MarsadWord, 3);
  g_assert_cmpuint (marsad_candidate_end (norm, &c), ==, w->end);
  g_assert_cmpuint (marsad_candidate_sentence (norm, &c), ==, 0);
  g_assert_cmpuint (marsad_candidate_tail_end (norm, &c), ==, w->end);
  c.tail = TRUE;
  g_assert_cmpuint (marsad_candidate_tail_end (norm, &c), ==,
                    g_array_index (norm->words, MarsadWord, 4).end);

  /* unset starts read 0, as the fields they replace did */
  g_assert_cmpuint (marsad_candidate_cue_start (norm, &c), ==, 0);
  g_assert_cmpuint (marsad_candidate_direction_start (norm, &c), ==, 0);
  g_assert_cmpuint (marsad_candidate_countryside_start (norm, &c), ==, 0);
  g_assert_cmpuint (marsad_candidate_countryside_end (norm, &c), ==, 0);

  /* "وبمدينة": the cue starts after its two letters of proclitic */
  c.cue_at = marsad_candidate_at (1, 2);
  g_assert_cmpuint (marsad_candidate_cue_start (norm, &c), ==, marsad_normalized_orig_offset (norm, 2, 2));
  g_assert_cmpuint (marsad_candidate_cue_start (norm, &c), ==,
                    g_array_index (norm->words, MarsadWord, 2).start + 2);
  c.cue_at = MARSAD_AT_START;
  g_assert_cmpuint (marsad_candidate_cue_start (norm, &c), ==, c.start);
  c.direction_at = marsad_candidate_at (2, 0);
  g_assert_cmpuint (marsad_candidate_direction_start (norm, &c), ==,
                    g_array_index (norm->words, MarsadWord, 1).start);
  c.countryside = TRUE;
  c.countryside_at = marsad_candidate_at (3, 0);
  g_assert_cmpuint (marsad_candidate_countryside_start (norm, &c), ==, 0);   /* word 0 starts at 0 */
  g_assert_cmpuint (marsad_candidate_countryside_end (norm, &c), ==, w->end);
  c.countryside_tail = TRUE;
  g_assert_cmpuint (marsad_candidate_countryside_end (norm, &c), ==,
                    g_array_index (norm->words, MarsadWord, 4).end);

  c.first_word = c.last_word = 5;   /* بغداد, the second sentence */
  g_assert_cmpuint (marsad_candidate_sentence (norm, &c), ==, 1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/geoparser-memory/candidate-size", test_candidate_size);
  g_test_add_func ("/geoparser-memory/candidate-accessors", test_candidate_accessors);
  return g_test_run ();
}
