/* marsad-normalize.c: Arabic normalisation for matching, with offsets kept
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <unicode/unorm2.h>
#include <unicode/uchar.h>

#include "marsad-normalize.h"
#include "marsad-document.h"

static inline gboolean
is_dropped (gunichar c)
{
  return (c >= 0x0610 && c <= 0x061A) ||
         (c >= 0x064B && c <= 0x065F) ||
         c == 0x0670 ||
         (c >= 0x06D6 && c <= 0x06ED) ||
         c == 0x0640 ||
         (c >= 0x200B && c <= 0x200F) ||
         (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) ||
         c == 0xFEFF;
}

static inline gunichar
fold_letter (gunichar c)
{
  switch (c)
    {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671:
      return 0x0627;                        /* alef forms → ا */
    case 0x0649: case 0x06CC:
      return 0x064A;                        /* ى ی → ي */
    case 0x0629:
      return 0x0647;                        /* ة → ه */
    case 0x0624:
      return 0x0648;                        /* ؤ → و */
    case 0x0626:
      return 0x064A;                        /* ئ → ي */
    case 0x06A9:
      return 0x0643;                        /* ک → ك */
    default:
      break;
    }

  if (c >= 0x0660 && c <= 0x0669)
    return '0' + (c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9)
    return '0' + (c - 0x06F0);
  if (c < 0x80)
    return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
  if (c < 0x0600 || c > 0x06FF)
    return g_unichar_tolower (c);

  return c;
}

guint
marsad_normalize_char (gunichar  c,
                       gunichar *out)
{
  if (is_dropped (c))
    return 0;

  /* Presentation forms: one NFKC step, then fold what it yields. The
   * lam-alef ligatures expand to two letters. */
  if ((c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF))
    {
      UErrorCode status = U_ZERO_ERROR;
      const UNormalizer2 *nfkc = unorm2_getNFKCInstance (&status);
      UChar buf[8];
      int32_t len;
      guint n = 0;

      if (U_FAILURE (status))
        goto plain;
      len = unorm2_getDecomposition (nfkc, (UChar32) c, buf, G_N_ELEMENTS (buf), &status);
      if (U_FAILURE (status) || len <= 0)
        goto plain;
      for (int32_t i = 0; i < len && n < 3; )
        {
          UChar32 d;

          U16_NEXT (buf, i, len, d);
          if (d == ' ' || is_dropped ((gunichar) d))
            continue;
          out[n++] = fold_letter ((gunichar) d);
        }
      return n;
    }

plain:
  out[0] = fold_letter (c);
  return 1;
}

gboolean
marsad_is_word_char (gunichar c)
{
  /* Fast path for the two scripts that matter; ICU for the rest. */
  if (c < 0x80)
    return g_ascii_isalnum ((int) c);
  if (c >= 0x0621 && c <= 0x064A)
    return TRUE;
  if (c >= 0x0660 && c <= 0x0669)
    return TRUE;
  return u_isalnum ((UChar32) c) || u_getCombiningClass ((UChar32) c) != 0;
}

/* The word that ends at original offset end, with the harakat written
 * after its last letter ("غزّةَ") counted in, up to limit. */
static guint
extend_over_marks (const gunichar *chars,
                   guint           end,
                   gsize           limit)
{
  while (end < limit && is_dropped (chars[end]) && chars[end] >= 0x0610 && chars[end] < 0x0700)
    end++;
  return end;
}

MarsadNormalized *
marsad_normalized_new (const gunichar *chars,
                       gsize           n_chars,
                       const GArray   *sentences)
{
  g_autoptr(MarsadNormalized) norm = g_new0 (MarsadNormalized, 1);
  gsize cap = n_chars + 16;
  gsize n = 0;
  guint sentence = 0;
  guint last_orig = 0;
  gboolean in_word = FALSE;
  MarsadWord word = { 0 };

  /* no folded→original map: on a large corpus it doubled the memory this
   * stage touches, and only word starts need it (marsad_normalized_orig_offset) */
  norm->orig = chars;
  norm->chars = g_new (gunichar, cap + 1);
  norm->words = g_array_sized_new (FALSE, FALSE, sizeof (MarsadWord), n_chars / 5 + 1);

  for (gsize i = 0; i < n_chars; i++)
    {
      gunichar folded[3];
      guint k = marsad_normalize_char (chars[i], folded);

      if (n + k >= cap)
        {
          cap = cap * 2 + 8;
          norm->chars = g_renew (gunichar, norm->chars, cap + 1);
        }

      /* A dropped mark inside a word (غزّة) belongs to the word: the word's
       * original span then runs through it. */
      for (guint j = 0; j < k; j++)
        {
          gboolean w = marsad_is_word_char (folded[j]);

          if (w && !in_word)
            {
              while (sentences != NULL && sentence + 1 < sentences->len &&
                     g_array_index (sentences, MarsadSpan, sentence).end <= i)
                sentence++;
              word.start = i;
              word.norm_start = n;
              word.sentence = sentence;
              in_word = TRUE;
            }
          else if (!w && in_word)
            {
              word.end = extend_over_marks (chars, last_orig + 1, i);
              word.norm_end = n;
              g_array_append_val (norm->words, word);
              in_word = FALSE;
            }
          norm->chars[n++] = folded[j];
          last_orig = i;
        }
    }

  if (in_word)
    {
      word.end = extend_over_marks (chars, last_orig + 1, n_chars);
      word.norm_end = n;
      g_array_append_val (norm->words, word);
    }

  norm->chars[n] = 0;
  norm->n_chars = n;
  return g_steal_pointer (&norm);
}

void
marsad_normalized_set_sentences (MarsadNormalized *norm,
                                 const GArray     *sentences)
{
  guint sentence = 0;

  g_return_if_fail (norm != NULL && sentences != NULL);

  for (guint w = 0; w < norm->words->len; w++)
    {
      MarsadWord *mw = &g_array_index (norm->words, MarsadWord, w);

      while (sentence + 1 < sentences->len &&
             g_array_index (sentences, MarsadSpan, sentence).end <= mw->start)
        sentence++;
      mw->sentence = sentence;
    }
}

guint
marsad_normalized_orig_offset (const MarsadNormalized *norm,
                               guint                   word,
                               guint                   prefix)
{
  const MarsadWord *w;
  guint consumed = 0;
  guint i;

  g_return_val_if_fail (norm != NULL && word < norm->words->len, 0);

  w = &g_array_index (norm->words, MarsadWord, word);
  i = w->start;
  while (consumed < prefix && i < w->end)
    {
      gunichar f[3];

      consumed += marsad_normalize_char (norm->orig[i++], f);
    }
  /* marks between the proclitic and the stem belong to the stem */
  while (i < w->end)
    {
      gunichar f[3];

      if (marsad_normalize_char (norm->orig[i], f) > 0)
        break;
      i++;
    }
  return i;
}

void
marsad_normalized_free (MarsadNormalized *norm)
{
  if (norm == NULL)
    return;
  g_free (norm->chars);
  if (norm->words != NULL)
    g_array_unref (norm->words);
  g_free (norm);
}

char *
marsad_normalize_string (const char *utf8)
{
  GString *out;
  gboolean pending_space = FALSE;

  g_return_val_if_fail (utf8 != NULL, NULL);

  out = g_string_sized_new (strlen (utf8));
  for (const char *p = utf8; *p; p = g_utf8_next_char (p))
    {
      gunichar folded[3];
      guint k = marsad_normalize_char (g_utf8_get_char (p), folded);

      for (guint j = 0; j < k; j++)
        {
          if (!marsad_is_word_char (folded[j]))
            {
              pending_space = out->len > 0;
              continue;
            }
          if (pending_space)
            g_string_append_c (out, ' ');
          pending_space = FALSE;
          g_string_append_unichar (out, folded[j]);
        }
    }

  return g_string_free (out, FALSE);
}

char *
marsad_normalized_dup_word (const MarsadNormalized *norm,
                            guint                   i)
{
  const MarsadWord *w;

  g_return_val_if_fail (norm != NULL && i < norm->words->len, NULL);

  w = &g_array_index (norm->words, MarsadWord, i);
  return g_ucs4_to_utf8 (norm->chars + w->norm_start, w->norm_end - w->norm_start,
                         NULL, NULL, NULL);
}

#define ALEF 0x0627
#define LAM  0x0644

guint
marsad_proclitic_readings (const gunichar      *word,
                           guint                len,
                           MarsadCliticReading *out,
                           guint                max_out)
{
  /* و/ف (conjunctions) may precede ب/ل/ك (prepositions); at most one of each,
   * in that order. Stems shorter than two letters are not words. */
  static const gunichar prep[] = { 0x0628, LAM, 0x0643 };      /* ب ل ك */
  guint n = 0;

#define ADD(prefix, restore) \
  G_STMT_START { if (n < max_out) { out[n].prefix_len = (prefix); out[n].restore_alef = (restore); n++; } } G_STMT_END

  ADD (0, FALSE);
  for (guint pos = 0; pos <= 1; pos++)
    {
      if (pos == 1)
        {
          if (len < 3 || (word[0] != 0x0648 && word[0] != 0x0641))   /* و ف */
            break;
          ADD (1, FALSE);
        }
      if (len - pos < 3)
        continue;
      for (guint p = 0; p < G_N_ELEMENTS (prep); p++)
        {
          guint rest_len = len - pos - 1;

          if (word[pos] != prep[p])
            continue;
          /* لل: ل + the article whose alef is not written (للعراق) */
          if (prep[p] == LAM && rest_len >= 3 && word[pos + 1] == LAM)
            ADD (pos + 1, TRUE);
          if (rest_len >= 2)
            ADD (pos + 1, FALSE);
        }
    }
#undef ADD

  return n;
}

guint
marsad_split_proclitics (const gunichar    *word,
                         guint              len,
                         MarsadCliticSplit *out,
                         guint              max_out)
{
  MarsadCliticReading readings[12];
  guint n = marsad_proclitic_readings (word, len, readings, MIN (max_out, G_N_ELEMENTS (readings)));
  guint kept = 0;

  for (guint i = 0; i < n; i++)
    {
      guint rest_len = len - readings[i].prefix_len;
      guint head = readings[i].restore_alef ? 1 : 0;
      MarsadCliticSplit *s = &out[kept];

      if (head + rest_len > G_N_ELEMENTS (s->stem))
        continue;
      s->prefix_len = readings[i].prefix_len;
      if (head)
        s->stem[0] = ALEF;
      memcpy (s->stem + head, word + readings[i].prefix_len, rest_len * sizeof (gunichar));
      s->stem_len = head + rest_len;
      kept++;
    }
  return kept;
}
