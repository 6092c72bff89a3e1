/* marsad-event-lexicon.h: word views and phrase tables for event extraction
 *
 * A MarsadWordView gives every word of a normalised text as a folded UTF-8
 * string together with its proclitic-free stems ("والضربات" → "الضربات",
 * "ضربات"), computed once per document. A MarsadPhraseTable holds the
 * multi-word lexicons (triggers, actors, titles, speech verbs, date words)
 * keyed by their first word, so one pass over the words finds every entry
 * with a hash lookup per stem: no regular expressions, nothing quadratic.
 * The same lookup tells what classes a word may be of (a number, a date…),
 * so the passes over every word reject most words with a bit test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "marsad-normalize.h"

G_BEGIN_DECLS

/* how many stems a word may have: the word itself, its proclitic splits and
 * each of those without the article */
#define MARSAD_WORD_STEMS 8

/* What a word may be, for the passes that look at every word: a clear bit
 * means the word certainly is not one, a set bit that it may be. A view
 * built with a phrase table knows the classes the table was given
 * (marsad_phrase_table_add_class); every other bit stays set. */
typedef enum
{
  MARSAD_WORD_DIGITS      = 1 << 0,   /* a stem starts with a digit */
  MARSAD_WORD_NUMBER      = 1 << 1,   /* a stem may start a number in words */
  MARSAD_WORD_CASUALTY    = 1 << 2,   /* a casualty word that counts on its own */
  MARSAD_WORD_DATE        = 1 << 3,   /* a stem may start a time expression */
  MARSAD_WORD_PUBLICATION = 1 << 4,   /* "نشر", "تحديث": a publication date follows */
  MARSAD_WORD_SERIES      = 1 << 5,   /* "سلسلة": an event word, never a site */
  MARSAD_WORD_PHRASE      = 1 << 6,   /* a stem starts a phrase of the view's table */
  MARSAD_WORD_STOP        = 1 << 7,   /* "أن", "في", "خلال": ends a speaker's phrase */
} MarsadWordClass;

#define MARSAD_WORD_ANY_CLASS 0xffffu

typedef struct _MarsadPhraseTable MarsadPhraseTable;

/* The words [first, first + n) of a normalised text. A word's stems are
 * stored back to back, each NUL-terminated: a view costs a few bytes a
 * word, and is built with one pass and one hash lookup a stem. */
typedef struct
{
  const gunichar          *chars;      /* the original text */
  gsize                    n_chars;
  const MarsadWord        *words;      /* the view's first word is words[0] */
  guint                    n;
  char                    *buf;        /* the stems */
  guint32                 *stems;      /* n + 1: where word i's stems start in buf */
  guint8                  *n_stems;    /* how many stems each word has */
  guint16                 *classes;    /* MarsadWordClass bits of each word */
  const MarsadPhraseTable *table;      /* the stems were looked up in it; may be NULL */
} MarsadWordView;

/* table may be NULL: then every class bit is set */
MarsadWordView *marsad_word_view_new       (const gunichar          *chars,
                                            gsize                    n_chars,
                                            const MarsadNormalized  *norm,
                                            const MarsadPhraseTable *table);
/* the words [first, end) of norm only */
MarsadWordView *marsad_word_view_new_range (const gunichar          *chars,
                                            gsize                    n_chars,
                                            const MarsadNormalized  *norm,
                                            const MarsadPhraseTable *table,
                                            guint                    first,
                                            guint                    end);
void            marsad_word_view_free      (MarsadWordView *view);
/* the folded word itself */
const char     *marsad_word_view_form      (const MarsadWordView *view,
                                            guint                 i);
/* stem k of word i, or NULL; stem 0 is the form */
const char     *marsad_word_view_stem      (const MarsadWordView *view,
                                            guint                 i,
                                            guint                 k);
/* TRUE when any stem of word i is one of the NULL-terminated strings */
gboolean        marsad_word_view_is        (const MarsadWordView *view,
                                            guint                 i,
                                            const char * const   *any);
/* TRUE when word i may be of any of the classes (MarsadWordClass) */
static inline gboolean
marsad_word_view_may_be (const MarsadWordView *view,
                         guint                 i,
                         guint32               classes)
{
  return i < view->n && (view->classes[i] & classes) != 0;
}
/* the index of the word containing or following original offset, or n */
guint           marsad_word_view_word_at   (const MarsadWordView *view,
                                            guint                 offset);
/* the same, searched forward from word from (a hint: a word before it
 * that ends past offset makes it search from the start) */
guint           marsad_word_view_word_at_from (const MarsadWordView *view,
                                               guint                 from,
                                               guint                 offset);
/* TRUE when the original text between words i and i+1 contains c */
gboolean        marsad_word_view_gap_has   (const MarsadWordView *view,
                                            guint                 i,
                                            gunichar              c);
/* TRUE when the gap holds only white space (no punctuation) */
gboolean        marsad_word_view_gap_plain (const MarsadWordView *view,
                                            guint                 i);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadWordView, marsad_word_view_free)

typedef enum
{
  MARSAD_LEX_TRIGGER,
  MARSAD_LEX_ACTOR,
  MARSAD_LEX_SPEECH,
  MARSAD_LEX_TITLE,
  MARSAD_LEX_CUE,
  MARSAD_LEX_N_KINDS
} MarsadLexKind;

/* a pattern's word that stands for a few words of the sentence: «أطلق … النار» */
#define MARSAD_PHRASE_GAP "…"
#define MARSAD_PHRASE_GAP_WORDS 3

typedef struct
{
  MarsadLexKind kind;
  char        **words;        /* folded, or MARSAD_PHRASE_GAP */
  guint         n_words;
  gpointer      data;         /* owned by whoever added the entry */
} MarsadPhrase;

typedef struct
{
  guint               word;   /* first word */
  guint               n_words;   /* the words it covers, a gap's included */
  const MarsadPhrase *phrase;
} MarsadPhraseMatch;

MarsadPhraseTable *marsad_phrase_table_new  (void);
void               marsad_phrase_table_free (MarsadPhraseTable *table);
/* pattern is written as in the lexicon; it is folded here */
void               marsad_phrase_table_add  (MarsadPhraseTable *table,
                                             MarsadLexKind      kind,
                                             const char        *pattern,
                                             gpointer           data);
/* Marks the first word of pattern (written as in the lexicon) as being of
 * the classes, for the views built with the table. */
void               marsad_phrase_table_add_class (MarsadPhraseTable *table,
                                                  const char        *pattern,
                                                  MarsadWordClass    classes);
/* Appends to matches (MarsadPhraseMatch) the longest entry of each kind that
 * starts at each word. Multi-word entries stay within one sentence. */
void               marsad_phrase_table_scan (const MarsadPhraseTable *table,
                                             const MarsadWordView    *view,
                                             GArray                  *matches);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadPhraseTable, marsad_phrase_table_free)

/* The longest entry of any kind starting at word i, or NULL. */
const MarsadPhrase *marsad_phrase_table_match_at (const MarsadPhraseTable *table,
                                                  const MarsadWordView    *view,
                                                  guint                    i);

/* Reads a tab-separated lexicon from the data directory ("lexicon/x.tsv"):
 * returns its rows (GStrv each), skipping blank lines and # comments. */
GPtrArray         *marsad_lexicon_load_tsv  (const char  *basename,
                                             guint        min_columns,
                                             GError     **error);

G_END_DECLS
