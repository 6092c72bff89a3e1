/* marsad-normalize.h: Arabic normalisation for matching, with offsets kept
 *
 * Matching works on a folded copy of the text; every folded character
 * remembers the code point of the original it came from, so spans found in
 * the folded text map back exactly (the contract's offsets).
 *
 * The folding (the gazetteer build script applies the same rules):
 *  - presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) through NFKC (ﻻ → لا);
 *  - dropped: harakat and Quranic marks (U+0610–U+061A, U+064B–U+065F, U+0670,
 *    U+06D6–U+06ED), tatweel U+0640, and format characters (U+200B–U+200F,
 *    U+202A–U+202E, U+2066–U+2069, U+FEFF);
 *  - آ أ إ ٱ → ا; ى ی → ي; ة → ه; ؤ → و; ئ → ي; ک → ك;
 *  - Arabic-Indic and Persian digits → ASCII digits;
 *  - letters lower-cased.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint start;        /* code points in the original text */
  guint end;
  guint norm_start;   /* code points in the folded text */
  guint norm_end;
  guint sentence;
} MarsadWord;

typedef struct
{
  gunichar       *chars;    /* folded text */
  gsize           n_chars;
  const gunichar *orig;     /* the original text (not owned: the document's) */
  GArray         *words;    /* MarsadWord: letter/digit runs, in order */
} MarsadNormalized;

/* Folds one character into out (at most 3 code points); returns how many
 * were written, 0 when the character is dropped. */
guint             marsad_normalize_char      (gunichar  c,
                                              gunichar *out);
MarsadNormalized *marsad_normalized_new      (const gunichar *chars,
                                              gsize           n_chars,
                                              const GArray   *sentences);
void              marsad_normalized_free     (MarsadNormalized *norm);
/* Gives each word its sentence, for a text folded before its sentences were
 * known (the two are made at once on different threads). */
void              marsad_normalized_set_sentences (MarsadNormalized *norm,
                                                   const GArray     *sentences);
/* The original offset of word's folded character number prefix: where a
 * stem begins once a proclitic of prefix folded letters is left out. */
guint             marsad_normalized_orig_offset (const MarsadNormalized *norm,
                                                 guint                   word,
                                                 guint                   prefix);
/* The folded form of a UTF-8 string, as UTF-8, with runs of non-word
 * characters collapsed to one space and trimmed. For lexicon keys. */
char             *marsad_normalize_string    (const char *utf8);
/* The folded text of word i as UTF-8 (for debugging and lexicon lookups). */
char             *marsad_normalized_dup_word (const MarsadNormalized *norm,
                                              guint                   i);
gboolean          marsad_is_word_char        (gunichar c);

/* Proclitic analysis: the ways a folded word can be split into a glued
 * proclitic (و ف ب ل ك and their combinations) and a stem. Each stem is
 * reported with how many leading code points the proclitic takes; when the
 * proclitic ends in ل and swallowed the article's alef (للعراق), the stem is
 * reported with the article restored (العراق). The unsplit word is always the
 * first candidate, with prefix 0. */
typedef struct
{
  guint    prefix_len;    /* code points of the proclitic in the folded word */
  gunichar stem[64];
  guint    stem_len;
} MarsadCliticSplit;

/* The same readings without copying the stems: the proclitic's length and
 * whether an alef goes in front of the rest. */
typedef struct
{
  guint8 prefix_len;
  guint8 restore_alef;
} MarsadCliticReading;

guint             marsad_proclitic_readings  (const gunichar      *word,
                                              guint                len,
                                              MarsadCliticReading *out,
                                              guint                max_out);
guint             marsad_split_proclitics    (const gunichar     *word,
                                              guint               len,
                                              MarsadCliticSplit  *out,
                                              guint               max_out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadNormalized, marsad_normalized_free)

G_END_DECLS
