/* marsad-event-lexicon.c: word views and phrase tables for event extraction
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "marsad-data.h"
#include "marsad-event-lexicon.h"

#define ALEF 0x0627
#define LAM  0x0644

static void
add_stem (MarsadWordView *view,
          guint           i,
          guint          *k,
          const gunichar *s,
          guint           len)
{
  g_autofree char *utf8 = NULL;

  if (*k >= MARSAD_WORD_STEMS || len == 0)
    return;
  utf8 = g_ucs4_to_utf8 (s, len, NULL, NULL, NULL);
  if (utf8 == NULL)
    return;
  /* splits may repeat a stem (ل + article restored and plain); keep one */
  for (guint j = 0; j < *k; j++)
    if (strcmp (view->buf->str + view->stem_off[i * MARSAD_WORD_STEMS + j], utf8) == 0)
      return;
  view->stem_off[i * MARSAD_WORD_STEMS + (*k)++] = (guint32) view->buf->len;
  g_string_append_len (view->buf, utf8, strlen (utf8) + 1);
}

MarsadWordView *
marsad_word_view_new (const gunichar         *chars,
                      gsize                   n_chars,
                      const MarsadNormalized *norm)
{
  MarsadWordView *view = g_new0 (MarsadWordView, 1);

  view->chars = chars;
  view->n_chars = n_chars;
  view->words = (const MarsadWord *) norm->words->data;
  view->n = norm->words->len;
  view->buf = g_string_sized_new (norm->n_chars * 4 + 16);
  view->stem_off = g_new (guint32, (gsize) view->n * MARSAD_WORD_STEMS + 1);
  memset (view->stem_off, 0xff, sizeof (guint32) * ((gsize) view->n * MARSAD_WORD_STEMS + 1));

  for (guint i = 0; i < view->n; i++)
    {
      const MarsadWord *w = &view->words[i];
      const gunichar *s = norm->chars + w->norm_start;
      guint len = w->norm_end - w->norm_start;
      MarsadCliticSplit splits[8];
      guint n_splits, k = 0;

      add_stem (view, i, &k, s, len);
      n_splits = marsad_split_proclitics (s, len, splits, G_N_ELEMENTS (splits));
      for (guint j = 0; j < n_splits; j++)
        {
          const MarsadCliticSplit *sp = &splits[j];

          if (j > 0)
            add_stem (view, i, &k, sp->stem, sp->stem_len);
          /* lexicons list triggers without the article: الضربات → ضربات */
          if (sp->stem_len > 4 && sp->stem[0] == ALEF && sp->stem[1] == LAM)
            add_stem (view, i, &k, sp->stem + 2, sp->stem_len - 2);
        }
    }
  return view;
}

void
marsad_word_view_free (MarsadWordView *view)
{
  if (view == NULL)
    return;
  g_string_free (view->buf, TRUE);
  g_free (view->stem_off);
  g_free (view);
}

const char *
marsad_word_view_stem (const MarsadWordView *view,
                       guint                 i,
                       guint                 k)
{
  guint32 off;

  if (i >= view->n || k >= MARSAD_WORD_STEMS)
    return NULL;
  off = view->stem_off[i * MARSAD_WORD_STEMS + k];
  return off == G_MAXUINT32 ? NULL : view->buf->str + off;
}

const char *
marsad_word_view_form (const MarsadWordView *view,
                       guint                 i)
{
  const char *s = marsad_word_view_stem (view, i, 0);

  return s != NULL ? s : "";
}

gboolean
marsad_word_view_is (const MarsadWordView *view,
                     guint                 i,
                     const char * const   *any)
{
  for (guint k = 0; k < MARSAD_WORD_STEMS; k++)
    {
      const char *s = marsad_word_view_stem (view, i, k);

      if (s == NULL)
        break;
      for (guint j = 0; any[j] != NULL; j++)
        if (strcmp (s, any[j]) == 0)
          return TRUE;
    }
  return FALSE;
}

guint
marsad_word_view_word_at (const MarsadWordView *view,
                          guint                 offset)
{
  guint lo = 0, hi = view->n;

  /* the first word whose end is past offset */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (view->words[mid].end <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

gboolean
marsad_word_view_gap_has (const MarsadWordView *view,
                          guint                 i,
                          gunichar              c)
{
  guint from, to;

  if (i + 1 >= view->n)
    return FALSE;
  from = view->words[i].end;
  to = view->words[i + 1].start;
  for (guint j = from; j < to && j < view->n_chars; j++)
    if (view->chars[j] == c)
      return TRUE;
  return FALSE;
}

gboolean
marsad_word_view_gap_plain (const MarsadWordView *view,
                            guint                 i)
{
  guint from, to;

  if (i + 1 >= view->n)
    return FALSE;
  from = view->words[i].end;
  to = view->words[i + 1].start;
  for (guint j = from; j < to && j < view->n_chars; j++)
    {
      gunichar c = view->chars[j];

      /* tatweel and harakat sit between a glued proclitic and its word */
      if (!g_unichar_isspace (c) && c != 0x0640 && !(c >= 0x064B && c <= 0x065F))
        return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------ phrase tables */

struct _MarsadPhraseTable
{
  GHashTable *by_first;   /* first folded word → GPtrArray of MarsadPhrase * */
  GPtrArray  *phrases;    /* owns the MarsadPhrase */
};

static void
phrase_free (MarsadPhrase *phrase)
{
  g_strfreev (phrase->words);
  g_free (phrase);
}

MarsadPhraseTable *
marsad_phrase_table_new (void)
{
  MarsadPhraseTable *table = g_new0 (MarsadPhraseTable, 1);

  table->by_first = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                           (GDestroyNotify) g_ptr_array_unref);
  table->phrases = g_ptr_array_new_with_free_func ((GDestroyNotify) phrase_free);
  return table;
}

void
marsad_phrase_table_free (MarsadPhraseTable *table)
{
  if (table == NULL)
    return;
  g_hash_table_unref (table->by_first);
  g_ptr_array_unref (table->phrases);
  g_free (table);
}

void
marsad_phrase_table_add (MarsadPhraseTable *table,
                         MarsadLexKind      kind,
                         const char        *pattern,
                         gpointer           data)
{
  g_autofree char *folded = marsad_normalize_string (pattern);
  MarsadPhrase *phrase;
  GPtrArray *bucket;

  if (folded == NULL || folded[0] == '\0')
    return;
  phrase = g_new0 (MarsadPhrase, 1);
  phrase->kind = kind;
  phrase->words = g_strsplit (folded, " ", -1);
  phrase->n_words = g_strv_length (phrase->words);
  phrase->data = data;
  g_ptr_array_add (table->phrases, phrase);

  bucket = g_hash_table_lookup (table->by_first, phrase->words[0]);
  if (bucket == NULL)
    {
      bucket = g_ptr_array_new ();
      g_hash_table_insert (table->by_first, phrase->words[0], bucket);
    }
  g_ptr_array_add (bucket, phrase);
}

static gboolean
phrase_continues (const MarsadPhrase   *phrase,
                  const MarsadWordView *view,
                  guint                 i)
{
  if (i + phrase->n_words > view->n)
    return FALSE;
  for (guint k = 1; k < phrase->n_words; k++)
    {
      if (view->words[i + k].sentence != view->words[i].sentence)
        return FALSE;
      if (strcmp (marsad_word_view_form (view, i + k), phrase->words[k]) != 0)
        return FALSE;
    }
  return TRUE;
}

void
marsad_phrase_table_scan (const MarsadPhraseTable *table,
                          const MarsadWordView    *view,
                          GArray                  *matches)
{
  for (guint i = 0; i < view->n; i++)
    {
      const MarsadPhrase *best[MARSAD_LEX_N_KINDS] = { NULL };

      for (guint k = 0; k < MARSAD_WORD_STEMS; k++)
        {
          const char *stem = marsad_word_view_stem (view, i, k);
          GPtrArray *bucket;

          if (stem == NULL)
            break;
          bucket = g_hash_table_lookup (table->by_first, stem);
          if (bucket == NULL)
            continue;
          for (guint j = 0; j < bucket->len; j++)
            {
              const MarsadPhrase *p = g_ptr_array_index (bucket, j);

              if ((best[p->kind] == NULL || best[p->kind]->n_words < p->n_words) &&
                  phrase_continues (p, view, i))
                best[p->kind] = p;
            }
        }
      for (guint kind = 0; kind < MARSAD_LEX_N_KINDS; kind++)
        if (best[kind] != NULL)
          {
            MarsadPhraseMatch m = { i, best[kind]->n_words, best[kind] };

            g_array_append_val (matches, m);
          }
    }
}

const MarsadPhrase *
marsad_phrase_table_match_at (const MarsadPhraseTable *table,
                              const MarsadWordView    *view,
                              guint                    i)
{
  const MarsadPhrase *best = NULL;

  for (guint k = 0; k < MARSAD_WORD_STEMS; k++)
    {
      const char *stem = marsad_word_view_stem (view, i, k);
      GPtrArray *bucket;

      if (stem == NULL)
        break;
      bucket = g_hash_table_lookup (table->by_first, stem);
      for (guint j = 0; bucket != NULL && j < bucket->len; j++)
        {
          const MarsadPhrase *p = g_ptr_array_index (bucket, j);

          if ((best == NULL || best->n_words < p->n_words) && phrase_continues (p, view, i))
            best = p;
        }
    }
  return best;
}

GPtrArray *
marsad_lexicon_load_tsv (const char  *basename,
                         guint        min_columns,
                         GError     **error)
{
  g_autofree char *path = marsad_data_find_file (basename);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   "lexicon %s not found (set MARSAD_DATA_DIR)", basename);
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, NULL, error))
    return NULL;

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      g_auto(GStrv) cols = NULL;

      if (line[0] == '\0' || line[0] == '#')
        continue;
      cols = g_strsplit (line, "\t", -1);
      if (g_strv_length (cols) < min_columns)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "%s:%u: expected %u tab-separated columns", path, i + 1, min_columns);
          return NULL;
        }
      for (guint c = 0; cols[c] != NULL; c++)
        g_strstrip (cols[c]);
      g_ptr_array_add (rows, g_steal_pointer (&cols));
    }
  return g_steal_pointer (&rows);
}
