/* marsad-word-set.c: a set of folded words, matched through proclitics
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "marsad-word-set.h"

struct _MarsadWordSet
{
  GHashTable *words;    /* folded word → index + 1 */
  guint       max_len;  /* longest word, in bytes: longer stems can't match */
};

MarsadWordSet *
marsad_word_set_new (const char * const *words)
{
  MarsadWordSet *self = g_new0 (MarsadWordSet, 1);

  self->words = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint k = 0; words[k] != NULL; k++)
    {
      /* the first of two equal words keeps its index */
      if (!g_hash_table_contains (self->words, words[k]))
        g_hash_table_insert (self->words, (gpointer) words[k], GUINT_TO_POINTER (k + 1));
      self->max_len = MAX (self->max_len, strlen (words[k]));
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
  MarsadCliticSplit splits[12];
  guint n_splits;

  /* a proclitic takes at most two letters; a stem longer than the longest
   * word (in bytes, at least one a letter) cannot be in the set */
  if (w->norm_end - w->norm_start > self->max_len + 2)
    return -1;

  n_splits = marsad_split_proclitics (norm->chars + w->norm_start, w->norm_end - w->norm_start,
                                      splits, G_N_ELEMENTS (splits));
  for (guint s = 0; s < n_splits; s++)
    {
      char buf[64 * 6 + 1];
      gsize len = 0;
      gpointer found;

      for (guint k = 0; k < splits[s].stem_len; k++)
        len += g_unichar_to_utf8 (splits[s].stem[k], buf + len);
      buf[len] = '\0';
      if (len > self->max_len)
        continue;

      found = g_hash_table_lookup (self->words, buf);
      if (found != NULL)
        {
          if (prefix_out != NULL)
            *prefix_out = splits[s].prefix_len;
          return (int) GPOINTER_TO_UINT (found) - 1;
        }
    }
  return -1;
}
