/* marsad-event-lexicon.c: word views and phrase tables for event extraction
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "marsad-data.h"
#include "marsad-event-lexicon.h"

#define ALEF 0x0627
#define LAM  0x0644

typedef struct
{
  guint32    hash;     /* lex_hash () of word */
  char      *word;     /* folded */
  GPtrArray *phrases;  /* MarsadPhrase * that start with word, or NULL */
  guint32    classes;  /* MarsadWordClass */
} MarsadLexEntry;

/* a bit per hash value modulo 2^16: 8 KiB that stay in cache, and most
 * words of a text, in no lexicon, are turned away by one bit */
#define FILTER_BITS 16

struct _MarsadPhraseTable
{
  GHashTable *entries;   /* set of MarsadLexEntry, by word */
  GPtrArray  *phrases;   /* owns the MarsadPhrase */
  guint32     known;     /* the classes add_class () was given */
  guint64     filter[(1u << FILTER_BITS) / 64];  /* the entries' hashes */
};

/* FNV-1a: the view hashes every stem once while storing it, so a lookup
 * costs no second pass over the string */
static inline guint32
lex_hash (const char *s,
          gsize       len)
{
  guint32 h = 2166136261u;

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) s[i]) * 16777619u;
  return h;
}

static guint
entry_hash (gconstpointer key)
{
  return ((const MarsadLexEntry *) key)->hash;
}

static gboolean
entry_equal (gconstpointer a,
             gconstpointer b)
{
  return strcmp (((const MarsadLexEntry *) a)->word, ((const MarsadLexEntry *) b)->word) == 0;
}

static const MarsadLexEntry *
table_find (const MarsadPhraseTable *table,
            const char              *word,
            guint32                  hash)
{
  MarsadLexEntry probe = { hash, (char *) word, NULL, 0 };
  guint32 bit = hash & ((1u << FILTER_BITS) - 1);

  if (!(table->filter[bit / 64] & (G_GUINT64_CONSTANT (1) << (bit % 64))))
    return NULL;
  return g_hash_table_lookup (table->entries, &probe);
}

/* ------------------------------------------------------------ word views */

typedef struct
{
  MarsadWordView *view;
  gsize           len;     /* bytes used in view->buf */
  gsize           cap;
  gsize           stem_len[MARSAD_WORD_STEMS];  /* of the word being built */
} ViewBuilder;

/* Appends one stem to the word being built (its stems start at
 * view->stems[i]), written as UTF-8 straight into the buffer. */
static void
add_stem (ViewBuilder    *b,
          guint           i,
          const gunichar *s,
          guint           len)
{
  MarsadWordView *view = b->view;
  const char *prev;
  gsize n = 0;
  char *out;

  if (view->n_stems[i] >= MARSAD_WORD_STEMS || len == 0)
    return;
  if (b->len + (gsize) len * 4 + 1 > b->cap)
    {
      b->cap = MAX (b->cap * 2, b->len + (gsize) len * 4 + 1);
      view->buf = g_realloc (view->buf, b->cap);
    }
  out = view->buf + b->len;
  for (guint k = 0; k < len; k++)
    {
      gunichar c = s[k];

      /* folded text is nearly all Arabic letters and ASCII digits */
      if (c < 0x80)
        out[n++] = (char) c;
      else if (c < 0x800)
        {
          out[n++] = (char) (0xC0 | (c >> 6));
          out[n++] = (char) (0x80 | (c & 0x3F));
        }
      else
        n += g_unichar_to_utf8 (c, out + n);
    }
  out[n] = '\0';

  /* splits may repeat a stem (ل + article restored and plain); keep one */
  prev = view->buf + view->stems[i];
  for (guint k = 0; k < view->n_stems[i]; prev += b->stem_len[k] + 1, k++)
    if (b->stem_len[k] == n && memcmp (prev, out, n) == 0)
      return;

  if (g_ascii_isdigit (out[0]))
    view->classes[i] |= MARSAD_WORD_DIGITS;    /* "و200" too */
  if (view->table != NULL)
    {
      const MarsadLexEntry *e = table_find (view->table, out, lex_hash (out, n));

      if (e != NULL)
        view->classes[i] |= e->classes | (e->phrases != NULL ? MARSAD_WORD_PHRASE : 0);
    }
  b->stem_len[view->n_stems[i]++] = n;
  b->len += n + 1;
}

static gboolean
is_proclitic (gunichar c)
{
  /* و ف ب ل ك: marsad_split_proclitics () splits nothing else */
  return c == 0x0648 || c == 0x0641 || c == 0x0628 || c == LAM || c == 0x0643;
}

MarsadWordView *
marsad_word_view_new_range (const gunichar          *chars,
                            gsize                    n_chars,
                            const MarsadNormalized  *norm,
                            const MarsadPhraseTable *table,
                            guint                    first,
                            guint                    end)
{
  MarsadWordView *view = g_new0 (MarsadWordView, 1);
  const MarsadWord *all = (const MarsadWord *) norm->words->data;
  ViewBuilder b = { view, 0, 0, { 0 } };
  guint16 unknown;

  end = MIN (end, norm->words->len);
  first = MIN (first, end);
  view->chars = chars;
  view->n_chars = n_chars;
  view->words = all + first;
  view->n = end - first;
  view->table = table;
  /* the view sets MARSAD_WORD_DIGITS itself; the table knows its classes */
  unknown = table != NULL ? (guint16) ~(table->known | MARSAD_WORD_DIGITS | MARSAD_WORD_PHRASE)
                          : (guint16) MARSAD_WORD_ANY_CLASS;

  /* two bytes a letter, and most words have one or two stems */
  b.cap = (view->n > 0 ? all[end - 1].norm_end - all[first].norm_start : 0) * 3 + 64;
  view->buf = g_malloc (b.cap);
  view->stems = g_new (guint32, view->n + 1);
  view->n_stems = g_new0 (guint8, view->n + 1);
  view->classes = g_new0 (guint16, view->n + 1);

  for (guint i = 0; i < view->n; i++)
    {
      const MarsadWord *w = &view->words[i];
      const gunichar *s = norm->chars + w->norm_start;
      guint len = w->norm_end - w->norm_start;

      view->stems[i] = (guint32) b.len;
      view->classes[i] = unknown;
      add_stem (&b, i, s, len);
      /* a word that starts with no proclitic splits only into itself */
      if (len >= 3 && is_proclitic (s[0]))
        {
          MarsadCliticSplit splits[8];
          guint n_splits = marsad_split_proclitics (s, len, splits, G_N_ELEMENTS (splits));

          /* split 0 is the word itself */
          for (guint j = 0; j < n_splits; j++)
            {
              const MarsadCliticSplit *sp = &splits[j];

              if (j > 0)
                add_stem (&b, i, sp->stem, sp->stem_len);
              /* lexicons list triggers without the article: الضربات → ضربات */
              if (sp->stem_len > 4 && sp->stem[0] == ALEF && sp->stem[1] == LAM)
                add_stem (&b, i, sp->stem + 2, sp->stem_len - 2);
            }
        }
      else if (len > 4 && s[0] == ALEF && s[1] == LAM)
        add_stem (&b, i, s + 2, len - 2);
    }
  view->stems[view->n] = (guint32) b.len;
  return view;
}

MarsadWordView *
marsad_word_view_new (const gunichar          *chars,
                      gsize                    n_chars,
                      const MarsadNormalized  *norm,
                      const MarsadPhraseTable *table)
{
  return marsad_word_view_new_range (chars, n_chars, norm, table, 0, norm->words->len);
}

void
marsad_word_view_free (MarsadWordView *view)
{
  if (view == NULL)
    return;
  g_free (view->buf);
  g_free (view->stems);
  g_free (view->n_stems);
  g_free (view->classes);
  g_free (view);
}

const char *
marsad_word_view_stem (const MarsadWordView *view,
                       guint                 i,
                       guint                 k)
{
  const char *s;

  if (i >= view->n || k >= view->n_stems[i])
    return NULL;
  s = view->buf + view->stems[i];
  while (k-- > 0)
    s += strlen (s) + 1;
  return s;
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
  const char *s;

  if (i >= view->n)
    return FALSE;
  s = view->buf + view->stems[i];
  for (guint k = 0; k < view->n_stems[i]; k++, s += strlen (s) + 1)
    for (guint j = 0; any[j] != NULL; j++)
      if (strcmp (s, any[j]) == 0)
        return TRUE;
  return FALSE;
}

guint
marsad_word_view_word_at_from (const MarsadWordView *view,
                               guint                 from,
                               guint                 offset)
{
  guint lo = MIN (from, view->n), hi, step = 1;

  /* no word before from may end past offset: else search it all */
  if (lo > 0 && view->words[lo - 1].end > offset)
    lo = 0;
  /* gallop from lo, then halve: the word is usually a few words on */
  hi = lo;
  while (hi < view->n && view->words[hi].end <= offset)
    {
      lo = hi + 1;
      hi = MIN (view->n, hi + step);
      step *= 2;
    }
  /* the first word whose end is past offset is in [lo, hi] */
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

guint
marsad_word_view_word_at (const MarsadWordView *view,
                          guint                 offset)
{
  return marsad_word_view_word_at_from (view, 0, offset);
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

static void
phrase_free (MarsadPhrase *phrase)
{
  g_strfreev (phrase->words);
  g_free (phrase);
}

static void
entry_free (MarsadLexEntry *e)
{
  g_free (e->word);
  g_clear_pointer (&e->phrases, g_ptr_array_unref);
  g_free (e);
}

MarsadPhraseTable *
marsad_phrase_table_new (void)
{
  MarsadPhraseTable *table = g_new0 (MarsadPhraseTable, 1);

  table->entries = g_hash_table_new_full (entry_hash, entry_equal, (GDestroyNotify) entry_free, NULL);
  table->phrases = g_ptr_array_new_with_free_func ((GDestroyNotify) phrase_free);
  return table;
}

void
marsad_phrase_table_free (MarsadPhraseTable *table)
{
  if (table == NULL)
    return;
  g_hash_table_unref (table->entries);
  g_ptr_array_unref (table->phrases);
  g_free (table);
}

static MarsadLexEntry *
table_ensure (MarsadPhraseTable *table,
              const char        *word)
{
  guint32 hash = lex_hash (word, strlen (word));
  MarsadLexEntry *e = (MarsadLexEntry *) table_find (table, word, hash);

  if (e == NULL)
    {
      guint32 bit = hash & ((1u << FILTER_BITS) - 1);

      e = g_new0 (MarsadLexEntry, 1);
      e->hash = hash;
      e->word = g_strdup (word);
      g_hash_table_add (table->entries, e);
      table->filter[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
    }
  return e;
}

void
marsad_phrase_table_add (MarsadPhraseTable *table,
                         MarsadLexKind      kind,
                         const char        *pattern,
                         gpointer           data)
{
  g_auto(GStrv) raw = g_strsplit (pattern, " ", -1);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  MarsadPhrase *phrase;
  MarsadLexEntry *e;

  /* each word folded on its own, so that the gap mark stays itself (what
   * folds to nothing is no word; what folds to several is each of them) */
  for (guint k = 0; raw[k] != NULL; k++)
    {
      g_autofree char *folded = NULL;
      g_auto(GStrv) parts = NULL;

      if (strcmp (raw[k], MARSAD_PHRASE_GAP) == 0)
        {
          g_ptr_array_add (words, g_strdup (MARSAD_PHRASE_GAP));
          continue;
        }
      if ((folded = marsad_normalize_string (raw[k])) == NULL)
        continue;
      parts = g_strsplit (folded, " ", -1);
      for (guint j = 0; parts[j] != NULL; j++)
        if (parts[j][0] != '\0')
          g_ptr_array_add (words, g_strdup (parts[j]));
    }
  if (words->len == 0 || strcmp (g_ptr_array_index (words, 0), MARSAD_PHRASE_GAP) == 0)
    return;
  g_ptr_array_add (words, NULL);
  phrase = g_new0 (MarsadPhrase, 1);
  phrase->kind = kind;
  phrase->n_words = words->len - 1;
  phrase->words = (char **) g_ptr_array_steal (words, NULL);
  phrase->data = data;
  g_ptr_array_add (table->phrases, phrase);

  e = table_ensure (table, phrase->words[0]);
  if (e->phrases == NULL)
    e->phrases = g_ptr_array_new ();
  g_ptr_array_add (e->phrases, phrase);
}

void
marsad_phrase_table_add_class (MarsadPhraseTable *table,
                               const char        *pattern,
                               MarsadWordClass    classes)
{
  g_autofree char *folded = marsad_normalize_string (pattern);
  char *space;

  table->known |= classes;
  if (folded == NULL || folded[0] == '\0')
    return;
  if ((space = strchr (folded, ' ')) != NULL)
    *space = '\0';
  table_ensure (table, folded)->classes |= classes;
}

/* the number of words phrase covers when its word k stands at word w of
 * view (the phrase started at word i), or 0 when it does not continue
 * there; a gap («أطلق … النار») takes up to MARSAD_PHRASE_GAP_WORDS words
 * of the sentence, as few as it can */
static guint
phrase_span_from (const MarsadPhrase   *phrase,
                  const MarsadWordView *view,
                  guint                 i,
                  guint                 k,
                  guint                 w)
{
  for (; k < phrase->n_words; k++, w++)
    {
      if (strcmp (phrase->words[k], MARSAD_PHRASE_GAP) == 0)
        {
          for (guint skip = 0; skip <= MARSAD_PHRASE_GAP_WORDS; skip++)
            {
              guint span;

              if (w + skip >= view->n || view->words[w + skip].sentence != view->words[i].sentence)
                return 0;
              span = phrase_span_from (phrase, view, i, k + 1, w + skip);
              if (span > 0)
                return span;
            }
          return 0;
        }
      if (w >= view->n || view->words[w].sentence != view->words[i].sentence ||
          strcmp (marsad_word_view_form (view, w), phrase->words[k]) != 0)
        return 0;
    }
  return w - i;
}

static guint
phrase_span (const MarsadPhrase   *phrase,
             const MarsadWordView *view,
             guint                 i)
{
  return phrase_span_from (phrase, view, i, 1, i + 1);
}

/* the longest phrase of table (of the kind, or of any when kind < 0)
 * starting at word i of view, and the words it covers */
static const MarsadPhrase *
longest_at (const MarsadPhraseTable *table,
            const MarsadWordView    *view,
            guint                    i,
            const MarsadPhrase     **best_by_kind,
            guint                   *span_by_kind)
{
  const MarsadPhrase *best = NULL;
  guint best_span = 0;
  const char *s = view->buf + view->stems[i];

  for (guint k = 0; k < view->n_stems[i]; k++)
    {
      gsize len = strlen (s);
      const MarsadLexEntry *e = table_find (table, s, lex_hash (s, len));

      for (guint j = 0; e != NULL && e->phrases != NULL && j < e->phrases->len; j++)
        {
          const MarsadPhrase *p = g_ptr_array_index (e->phrases, j);
          const MarsadPhrase **slot = best_by_kind != NULL ? &best_by_kind[p->kind] : &best;
          guint *slot_span = span_by_kind != NULL ? &span_by_kind[p->kind] : &best_span;
          guint span;

          if (*slot != NULL && (*slot)->n_words >= p->n_words)
            continue;
          span = phrase_span (p, view, i);
          if (span > 0)
            {
              *slot = p;
              *slot_span = span;
            }
        }
      s += len + 1;
    }
  return best;
}

void
marsad_phrase_table_scan (const MarsadPhraseTable *table,
                          const MarsadWordView    *view,
                          GArray                  *matches)
{
  for (guint i = 0; i < view->n; i++)
    {
      const MarsadPhrase *best[MARSAD_LEX_N_KINDS] = { NULL };
      guint span[MARSAD_LEX_N_KINDS] = { 0 };

      /* a view built with this table knows which words start a phrase */
      if (view->table == table && !(view->classes[i] & MARSAD_WORD_PHRASE))
        continue;
      longest_at (table, view, i, best, span);
      for (guint kind = 0; kind < MARSAD_LEX_N_KINDS; kind++)
        if (best[kind] != NULL)
          {
            MarsadPhraseMatch m = { i, span[kind], best[kind] };

            g_array_append_val (matches, m);
          }
    }
}

const MarsadPhrase *
marsad_phrase_table_match_at (const MarsadPhraseTable *table,
                              const MarsadWordView    *view,
                              guint                    i)
{
  if (i >= view->n || (view->table == table && !(view->classes[i] & MARSAD_WORD_PHRASE)))
    return NULL;
  return longest_at (table, view, i, NULL, NULL);
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
