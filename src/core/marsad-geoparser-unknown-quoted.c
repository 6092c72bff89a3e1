/* marsad-geoparser-unknown-quoted.c: names in quotation marks
 *
 * Arabic news puts the names of villages in guillemets as often as it
 * quotes speech: "بلدة «الدبيبات»", "القرى والبلدات، بينها «قبتان الجبل»
 * و«الشيخ عقيل»". After a settlement word, or after "بينها" following a
 * plural one, a short quoted span is a name, whatever its words are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "marsad-geoparser-unknown-private.h"

static const char * const among[] = { "بينها", "منها", "ابرزها", "اخرها", NULL };
/* the plural settlement words a quoted list follows, with the article or
 * not; not "المناطق", which are also a conflict's terms ("شروط لوقف
 * القتال في المناطق، بينها «انسحاب القوات»") */
static const char * const quoted_list_heads[] = {
  "قري", "بلدات", "مدن", "احياء", "مخيمات", "القري", "البلدات", "المدن", "الاحياء", "المخيمات", "قريتين", "بلدتين", "القريتين", "البلدتين", NULL
};

void
marsad_geoparser_init_quoted_words (MarsadGeoparser *self)
{
  self->among_words = marsad_word_set_new (among);
  self->quoted_list_heads = marsad_word_set_new (quoted_list_heads);
}

/* a quoted name is short: "«قبتان الجبل»", not a quoted sentence */
#define QUOTED_NAME_WORDS 3
/* how many words before "بينها" the plural settlement word may stand */
#define AMONG_REACH 6

static gboolean
is_opening_quote (gunichar c)
{
  return c == 0x00AB || c == 0x201C || c == '"';
}

static gboolean
is_closing_quote (gunichar c)
{
  return c == 0x00BB || c == 0x201D || c == '"';
}

/* the gap between two folded offsets: white space and exactly one quote
 * mark that passes test */
static gboolean
gap_is_one_quote (const MarsadNormalized *norm,
                  gsize                   from,
                  gsize                   to,
                  gboolean              (*test) (gunichar))
{
  guint quotes = 0;

  for (gsize k = from; k < to; k++)
    {
      gunichar c = norm->chars[k];

      if (test (c))
        quotes++;
      else if (!g_unichar_isspace (c))
        return FALSE;
    }
  return quotes == 1;
}

/* after the closing mark of a name: white space, then the closing mark */
static gboolean
closes_after (const MarsadNormalized *norm,
              guint                   last)
{
  gsize k = g_array_index (norm->words, MarsadWord, last).norm_end;
  gsize end = last + 1 < norm->words->len ? g_array_index (norm->words, MarsadWord, last + 1).norm_start
                                          : norm->n_chars;

  while (k < end && g_unichar_isspace (norm->chars[k]))
    k++;
  return k < end && is_closing_quote (norm->chars[k]);
}

guint
marsad_unknown_closing_mark_end (const MarsadNormalized *norm,
                                 guint                   last)
{
  /* the mark is there: marsad_unknown_quoted_after found it */
  guint k = g_array_index (norm->words, MarsadWord, last).end;

  while (!is_closing_quote (norm->orig[k]))
    k++;
  return k + 1;
}

gboolean
marsad_unknown_quoted_after (const MarsadNormalized *norm,
                             guint                   w,
                             const guint8           *known,
                             Mention                *m)
{
  const MarsadWord *a, *b;

  if (w + 1 >= norm->words->len)
    return FALSE;
  a = &g_array_index (norm->words, MarsadWord, w);
  b = &g_array_index (norm->words, MarsadWord, w + 1);
  if (a->sentence != b->sentence || !gap_is_one_quote (norm, a->norm_end, b->norm_start, is_opening_quote))
    return FALSE;
  for (guint last = w + 1; last <= w + QUOTED_NAME_WORDS && last < norm->words->len; last++)
    {
      const MarsadWord *cur = &g_array_index (norm->words, MarsadWord, last);
      gunichar first = norm->chars[cur->norm_start];

      /* a known place in quotation marks is found as any other */
      if (known[last] || !(first >= 0x0621 && first <= 0x064A))
        return FALSE;
      if (last > w + 1 && !marsad_words_adjacent (norm, &g_array_index (norm->words, MarsadWord, last - 1), cur))
        return FALSE;
      if (closes_after (norm, last))
        {
          m->first_word = w + 1;
          m->last_word = last;
          m->prefix = 0;
          m->head_start = 0;
          m->tail_end = 0;
          return TRUE;
        }
    }
  return FALSE;
}

/* "و«الشيخ عقيل»" (و apart, as the word breaker leaves it) or "، «…»":
 * the word before the next quoted name of a list, else G_MAXUINT */
static guint
next_item_opener (const MarsadNormalized *norm,
                  guint                   last)
{
  const MarsadWord *cur, *next;

  if (last + 1 >= norm->words->len)
    return G_MAXUINT;
  cur = &g_array_index (norm->words, MarsadWord, last);
  next = &g_array_index (norm->words, MarsadWord, last + 1);
  if (next->sentence != cur->sentence)
    return G_MAXUINT;
  /* a lone و */
  if (next->norm_end - next->norm_start == 1 && norm->chars[next->norm_start] == 0x0648)
    return last + 1;
  /* "«أ»، «ب»": the comma stands in the gap after the closing mark */
  for (gsize k = cur->norm_end; k < next->norm_start; k++)
    if (norm->chars[k] == 0x060C || norm->chars[k] == ',')
      return last;
  return G_MAXUINT;
}

guint
marsad_unknown_quoted_list (const MarsadGeoparser  *self,
                            const MarsadNormalized *norm,
                            guint                   w,
                            const guint8           *known,
                            Mention                *items,
                            guint                   max_items)
{
  gboolean plural_before = FALSE;
  guint n = 0, opener = w;

  /* cheap first: the word must be followed by a quote mark */
  if (w + 1 >= norm->words->len ||
      !gap_is_one_quote (norm, g_array_index (norm->words, MarsadWord, w).norm_end,
                         g_array_index (norm->words, MarsadWord, w + 1).norm_start, is_opening_quote))
    return 0;
  if (marsad_word_set_lookup (self->among_words, norm, w, NULL) < 0)
    return 0;
  for (guint d = 1; d <= AMONG_REACH && d <= w && !plural_before; d++)
    {
      guint v = w - d;

      if (g_array_index (norm->words, MarsadWord, v).sentence != g_array_index (norm->words, MarsadWord, w).sentence)
        break;
      plural_before = marsad_word_set_lookup (self->quoted_list_heads, norm, v, NULL) >= 0;
    }
  if (!plural_before)
    return 0;
  while (n < max_items && opener != G_MAXUINT)
    {
      Mention m = { 0 };

      if (!marsad_unknown_quoted_after (norm, opener, known, &m))
        {
          /* a known place among them: step over it to the next item */
          if (opener + 1 < norm->words->len && known[opener + 1])
            {
              guint last = opener + 1;

              while (last + 1 < norm->words->len && known[last + 1])
                last++;
              opener = next_item_opener (norm, last);
              continue;
            }
          break;
        }
      m.kind = "village";
      items[n++] = m;
      opener = next_item_opener (norm, m.last_word);
    }
  return n;
}
