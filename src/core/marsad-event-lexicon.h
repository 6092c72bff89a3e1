/* marsad-event-lexicon.h: word views and phrase tables for event extraction
 *
 * A MarsadWordView gives every word of a normalised text as a folded UTF-8
 * string together with its proclitic-free stems ("والضربات" → "الضربات",
 * "ضربات"), computed once per document. A MarsadPhraseTable holds the
 * multi-word lexicons (triggers, actors, titles, speech verbs, date words)
 * keyed by their first word, so one pass over the words finds every entry
 * with a hash lookup per stem: no regular expressions, nothing quadratic.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "marsad-normalize.h"

G_BEGIN_DECLS

/* how many stems a word may have: the word itself, its proclitic splits and
 * each of those without the article */
#define MARSAD_WORD_STEMS 8

typedef struct
{
  const gunichar   *chars;      /* the original text */
  gsize             n_chars;
  const MarsadWord *words;
  guint             n;
  GString          *buf;        /* every stem, NUL-separated */
  guint32          *stem_off;   /* n * MARSAD_WORD_STEMS offsets into buf, G_MAXUINT32 = none */
} MarsadWordView;

MarsadWordView *marsad_word_view_new       (const gunichar         *chars,
                                            gsize                   n_chars,
                                            const MarsadNormalized *norm);
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
/* the index of the word containing or following original offset, or n */
guint           marsad_word_view_word_at   (const MarsadWordView *view,
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

typedef struct
{
  MarsadLexKind kind;
  char        **words;        /* folded */
  guint         n_words;
  gpointer      data;         /* owned by whoever added the entry */
} MarsadPhrase;

typedef struct
{
  guint               word;   /* first word */
  guint               n_words;
  const MarsadPhrase *phrase;
} MarsadPhraseMatch;

typedef struct _MarsadPhraseTable MarsadPhraseTable;

MarsadPhraseTable *marsad_phrase_table_new  (void);
void               marsad_phrase_table_free (MarsadPhraseTable *table);
/* pattern is written as in the lexicon; it is folded here */
void               marsad_phrase_table_add  (MarsadPhraseTable *table,
                                             MarsadLexKind      kind,
                                             const char        *pattern,
                                             gpointer           data);
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
