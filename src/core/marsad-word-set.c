/* marsad-word-set.c: a set of folded words, matched through proclitics
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "marsad-word-set.h"

/* Letters a word in the set may start with, as bits from hamza (U+0621);
 * a word starting elsewhere turns the filter off. */
#define INITIAL_FIRST 0x0621
#define INITIAL_LAST  (INITIAL_FIRST + 63)
#define ALEF          0x0627
#define LAM           0x0644

struct _MarsadWordSet
{
  GHashTable *words;           /* folded word → index + 1 */
  guint       max_len;         /* longest word, in bytes: longer stems can't match */
  guint64     initials;        /* first letters of the words */
  gboolean    other_initials;  /* some word starts outside the bits */
};

static gboolean
is_initial (const MarsadWordSet *self,
            gunichar             c)
{
  return c >= INITIAL_FIRST && c <= INITIAL_LAST &&
         (self->initials & (G_GUINT64_CONSTANT (1) << (c - INITIAL_FIRST))) != 0;
}

/* Every reading's stem starts at one of the first three letters (a
 * proclitic takes at most two), or with an alef restored after لل: a word
 * with none of the set's first letters there is turned away before any
 * UTF-8 is made or hashed. Most words of a text are. */
static gboolean
may_contain (const MarsadWordSet *self,
             const gunichar      *word,
             guint                len)
{
  if (self->other_initials)
    return TRUE;
  for (guint k = 0; k < 3 && k < len; k++)
    if (is_initial (self, word[k]) ||
        (word[k] == LAM && is_initial (self, ALEF)))
      return TRUE;
  return FALSE;
}

MarsadWordSet *
marsad_word_set_new (const char * const *words)
{
  MarsadWordSet *self = g_new0 (MarsadWordSet, 1);
  gunichar c;

  self->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint k = 0; words[k] != NULL; k++)
    {
      /* folded here, so that a table may spell "الرئيس" as the text does
       * (the text's "الرئيس" reads "الرييس" once folded) */
      char *word = marsad_normalize_string (words[k]);

      /* the first of two equal words keeps its index */
      if (word[0] == '\0' || g_hash_table_contains (self->words, word))
        {
          g_free (word);
          continue;
        }
      g_hash_table_insert (self->words, word, GUINT_TO_POINTER (k + 1));
      self->max_len = MAX (self->max_len, strlen (word));
      c = g_utf8_get_char (word);
      if (c >= INITIAL_FIRST && c <= INITIAL_LAST)
        self->initials |= G_GUINT64_CONSTANT (1) << (c - INITIAL_FIRST);
      else
        self->other_initials = TRUE;
    }
  return self;
}

void
marsad_word_set_free (MarsadWordSet *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->words, g_hash_table_unref);
  g_free (self);
}

int
marsad_word_set_lookup (const MarsadWordSet    *self,
                        const MarsadNormalized *norm,
                        guint                   i,
                        guint                  *prefix_out)
{
  const MarsadWord *w = &g_array_index (norm->words, MarsadWord, i);
  guint len = w->norm_end - w->norm_start;
  MarsadCliticReading readings[12];
  char buf[2 + 64 * 4 + 1];
  guint offsets[65];
  gsize n_bytes = 2;   /* room for an alef in front */
  guint n;

  /* a proclitic takes at most two letters; a stem longer than the longest
   * word (in bytes, at least one a letter) cannot be in the set */
  if (len == 0 || len > self->max_len + 2 || len > 64 ||
      !may_contain (self, norm->chars + w->norm_start, len))
    return -1;

  /* the word in UTF-8 once: each reading's stem is a suffix of it */
  for (guint k = 0; k < len; k++)
    {
      offsets[k] = n_bytes;
      n_bytes += g_unichar_to_utf8 (norm->chars[w->norm_start + k], buf + n_bytes);
    }
  offsets[len] = n_bytes;
  buf[n_bytes] = '\0';

  n = marsad_proclitic_readings (norm->chars + w->norm_start, len, readings, G_N_ELEMENTS (readings));
  for (guint r = 0; r < n; r++)
    {
      char *stem = buf + offsets[readings[r].prefix_len];
      gpointer found;

      if (readings[r].restore_alef)
        {
          /* ا is two bytes, and the two bytes before the stem are free:
           * the proclitic's own letter, or the spare room at the start */
          stem -= 2;
          memcpy (stem, "ا", 2);
        }
      if ((gsize) (buf + n_bytes - stem) <= self->max_len)
        found = g_hash_table_lookup (self->words, stem);
      else
        found = NULL;
      if (readings[r].restore_alef)
        g_unichar_to_utf8 (norm->chars[w->norm_start + readings[r].prefix_len - 1], stem);
      if (found != NULL)
        {
          if (prefix_out != NULL)
            *prefix_out = readings[r].prefix_len;
          return (int) GPOINTER_TO_UINT (found) - 1;
        }
    }
  return -1;
}
