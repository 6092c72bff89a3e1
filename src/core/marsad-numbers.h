/* marsad-numbers.h: cardinal numbers written in Arabic words or digits
 *
 * Works on folded words (marsad-normalize.h): "ثلاثة" → "ثلاثه", "مائة" →
 * "مايه", Arabic-Indic digits already ASCII. Understands units, teens, tens
 * with "و" (خمسة وعشرين), hundreds and thousands, dual nouns (شخصين = 2)
 * and the vague quantities news use (عشرات، مئات).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  MARSAD_NUMBER_EXACT,
  MARSAD_NUMBER_DUAL,         /* a dual noun: شخصين */
  MARSAD_NUMBER_APPROXIMATE,  /* عشرات، مئات، بضعة: ACLED's conventional figures */
} MarsadNumberKind;

typedef struct
{
  gint64           value;
  guint            n_words;   /* words consumed */
  MarsadNumberKind kind;
  const char      *noun;      /* for duals: the singular noun ("شخص"), folded */
} MarsadNumber;

/* Parses a number starting at words[0] (folded words, any proclitic already
 * removed from the first); words[1..n_words-1] may continue it. */
gboolean marsad_number_parse        (const char * const *words,
                                     guint               n_words,
                                     MarsadNumber       *out);
/* Every word a number written in words may start with (folded; the strings
 * are static, the array is the caller's): a word that is none of these and
 * starts with no digit is no number. */
GPtrArray *marsad_number_words      (void);
/* Convenience for tests and lexicon keys: the whole UTF-8 string. */
gboolean marsad_number_parse_string (const char         *utf8,
                                     MarsadNumber       *out);

G_END_DECLS
