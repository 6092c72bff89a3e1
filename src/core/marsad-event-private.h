/* marsad-event-private.h: what the event extractor's files share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-dates.h"
#include "marsad-document.h"
#include "marsad-event-lexicon.h"
#include "marsad-events.h"

G_BEGIN_DECLS

typedef enum
{
  MARSAD_TRIGGER_WEAK = 1 << 0,      /* only when nothing stronger is said */
  MARSAD_TRIGGER_POLITICAL = 1 << 1, /* a state's act, placed at its capital */
  MARSAD_TRIGGER_DATED = 1 << 2,     /* only in a dated sentence */
  MARSAD_TRIGGER_TERRITORY = 1 << 3, /* who takes it decides the sub_type */
  MARSAD_TRIGGER_ATTACK = 1 << 4,    /* a bare attack: whom it hit decides the type */
  MARSAD_TRIGGER_VERB = 1 << 5,      /* a verb: a number before it counts its subject */
} MarsadTriggerFlags;

typedef struct
{
  char              *type;
  char              *sub_type;
  int                priority;
  MarsadTriggerFlags flags;
} MarsadTrigger;

typedef struct
{
  char    *canonical;
  char    *name_en;
  int      inter;         /* ACLED inter code */
  gboolean metonym;       /* a capital or country standing for its state */
} MarsadActor;

typedef enum
{
  MARSAD_SPEECH_SAY,
  MARSAD_SPEECH_ATTRIB,
  MARSAD_SPEECH_SAY_BACK,  /* "عن مصادر قولها": the speaker stands before */
} MarsadSpeechKind;

typedef struct
{
  MarsadSpeechKind kind;
} MarsadSpeech;

typedef struct
{
  gboolean rank;          /* kept with the name */
  char    *key;           /* folded office, without the article */
} MarsadTitle;

struct _MarsadEventExtractor
{
  gatomicrefcount    ref_count;
  MarsadPhraseTable *table;     /* triggers, actors, speech, titles */
  MarsadDateParser  *dates;
  GPtrArray         *owned;     /* the entries' data, freed with the extractor */
  MarsadSpeech       say;
  MarsadSpeech       attrib;
  MarsadSpeech       say_back;
};

typedef struct
{
  guint    start;         /* the quoted text, without the marks */
  guint    end;
  guint    w_first;       /* words inside */
  guint    w_end;
  guint    sentence;
  gboolean statement;     /* FALSE: a name or a term in quotation marks */
} MarsadQuote;

typedef struct
{
  guint place;            /* index in doc->places */
  guint mention;          /* index in that place's mentions */
  guint w_first;
  guint w_end;
  guint sentence;
} MarsadPlaceRef;

typedef struct
{
  guint    sentence;
  guint    w;             /* the figure's first word */
  gboolean fatal;         /* else injured */
  int      count;         /* -1: "some" */
  gboolean vague;         /* "عشرات": ACLED's conventional figure, only
                           * when no exact one is told for the event */
  guint    start;
  guint    end;
  char    *source;        /* who says so, or NULL */
  MarsadSpan source_span; /* where source is written; 0,0 when none */
} MarsadCasualty;

/* An event while it is being assembled from one or more sentences. */
typedef struct
{
  MarsadEvent *event;     /* owned by the draft until handed to the document */
  GArray      *sentences; /* guint: every sentence that tells it */
  guint        last_sentence; /* the largest of them */
  int          priority;  /* of the trigger that set the sub_type */
  gint         site;      /* index in run->places of the site mention, or -1 */
  guint        trigger_word; /* the word of the trigger that made it */
  guint        trigger_first; /* the first and last words of its sentence's */
  guint        trigger_last;  /* triggers that told it (its cluster) */
  gboolean     dated;     /* a date expression of its own (not the fallback) */
  gboolean     political;
  GDate        from;      /* the resolved range, when dated */
  GDate        to;
  gboolean     handed;    /* the document owns event now */
} MarsadEventDraft;

/* What the passes that could grow faster than the text did, counted for
 * the tests that keep them linear (marsad_event_extractor_run_counted) */
typedef struct
{
  guint64 casualty_drafts;   /* drafts a casualty figure was weighed against */
  guint64 actor_words;       /* words read for the actors of a sentence */
  guint64 mention_steps;     /* place mentions looked at to find the one at a
                              * word, or a place's in a sentence */
  guint64 statement_events;  /* events of its sentence weighed for a statement */
  guint64 place_drafts;      /* earlier events weighed for a new one at their place */
  guint64 sentence_steps;    /* a sentence's dates, sites, clusters and quotes
                              * looked at to find the one near a word */
  guint64 coarse_steps;      /* precise events weighed for a coarse report to fold into */
} MarsadEventWork;

typedef struct
{
  const MarsadEventExtractor *ex;
  MarsadDocument *doc;
  const GDate    *pub;
  MarsadWordView *view;
  GArray         *matches;               /* MarsadPhraseMatch, in word order */
  GArray         *dates;                 /* MarsadDateMatch */
  guint8         *in_date;               /* word is inside a date expression */
  guint          *sentence_dates;        /* first date of each sentence; n_sentences + 1 */
  GArray         *quotes;                /* MarsadQuote, in text order */
  guint          *sentence_quotes;       /* first quote of each sentence; n_sentences + 1 */
  GArray         *places;                /* MarsadPlaceRef, place by place */
  guint          *by_sentence;           /* indexes in places, sentence by sentence */
  guint          *sentence_places;       /* where each sentence starts in by_sentence;
                                          * n_sentences + 1 */
  guint          *by_word;               /* indexes in places, by first word */
  guint           place_words_max;       /* the longest mention, in words */
  GArray         *casualties;            /* MarsadCasualty */
  guint8         *not_site;              /* word in a speaker's name or an event word */
  guint           n_sentences;
  guint          *sentence_words;        /* first word of each sentence; n_sentences + 1 */
  GPtrArray      *events;                /* MarsadEventDraft *, see marsad-event-build.c */
  MarsadEventWork *work;                 /* NULL unless counted */
} MarsadEventRun;

/* marsad_document_dup_all_tally_parts, adding to steps the place pairs,
 * day groups and candidate parts it looked at (marsad-event-tally.c) */
GPtrArray          *marsad_document_dup_all_tally_parts_counted (const MarsadDocument *doc,
                                                                 guint64              *steps);

/* marsad_event_extractor_run, counting into work */
void                marsad_event_extractor_run_counted (const MarsadEventExtractor *self,
                                                        MarsadDocument             *doc,
                                                        MarsadEventWork            *work);

/* for g_array_sort of guint arrays (word and entry indexes) */
gint                marsad_event_compare_guint  (gconstpointer a,
                                                 gconstpointer b);
const MarsadPhrase *marsad_event_run_match      (const MarsadEventRun *run,
                                                 MarsadLexKind         kind,
                                                 guint                 w);
/* the same, as an index in run->matches, or -1 */
gint                marsad_event_run_match_index (const MarsadEventRun *run,
                                                 MarsadLexKind         kind,
                                                 guint                 w);
/* The quotation (index in run->quotes) or place mention (in run->places)
 * word w is part of, or -1. Searched rather than kept per word: arrays the
 * size of the text cost more to fault in than the searches do. */
gint                marsad_event_run_quote_at   (const MarsadEventRun *run,
                                                 guint                 w);
gint                marsad_event_run_place_at   (const MarsadEventRun *run,
                                                 guint                 w);
gboolean            marsad_event_run_form_is    (const MarsadEventRun *run,
                                                 guint                 w,
                                                 const char * const   *any);
gboolean            marsad_event_run_same_sentence (const MarsadEventRun *run,
                                                 guint                 a,
                                                 guint                 b);
char               *marsad_event_run_dup_words  (const MarsadEventRun *run,
                                                 guint                 first,
                                                 guint                 end);

/* marsad-statements.c */
void   marsad_statements_mark_words (MarsadPhraseTable    *table);
guint  marsad_speaker_phrase        (const MarsadEventRun *run,
                                     guint                 w,
                                     gboolean              after_office_in);
void   marsad_quotes_find           (MarsadEventRun *run);
void   marsad_statements_extract    (MarsadEventRun *run);
void   marsad_statements_link       (MarsadEventRun *run);

/* marsad-casualties.c */
char  *marsad_casualty_source       (const MarsadEventRun *run,
                                     guint                 w,
                                     MarsadSpan           *span_out);
void   marsad_casualties_mark_words (MarsadPhraseTable    *table);
void   marsad_casualties_extract    (MarsadEventRun *run);
void   marsad_casualty_clear        (MarsadCasualty *c);

/* marsad-event-draft.c: the place and mention of run->places[ref] */
const MarsadPlace *marsad_event_run_ref_place    (const MarsadEventRun *run,
                                                  gint                  ref);
MarsadMention     *marsad_event_run_ref_mention  (const MarsadEventRun *run,
                                                  gint                  ref);
/* the date of sentence s nearest to word w or w2 (index in run->dates), or -1 */
gint               marsad_event_nearest_date     (const MarsadEventRun *run,
                                                  guint                 s,
                                                  guint                 w,
                                                  guint                 w2);
void               marsad_event_add_actor        (MarsadEvent          *ev,
                                                  const char           *name);
/* the canonical names of the actors sentence s names, each once (owned
 * by the extractor) */
GPtrArray         *marsad_event_sentence_actors  (const MarsadEventRun *run,
                                                  guint                 s);
MarsadEventDraft  *marsad_event_draft_new        (MarsadEventRun          *run,
                                                  guint                    s,
                                                  const MarsadPhraseMatch *trig,
                                                  gint                     site,
                                                  gint                     date);
void               marsad_event_draft_free       (MarsadEventDraft *d);
/* c is told again: into keeps the best of both; c is left to be freed */
void               marsad_event_draft_merge      (MarsadEventDraft *into,
                                                  MarsadEventDraft *c);
void               marsad_event_set_type         (MarsadEventDraft       *d,
                                                  const char             *type,
                                                  const char             *sub_type);
/* d, undated, takes the date of from */
void               marsad_event_draft_take_date  (MarsadEventDraft       *d,
                                                  const MarsadEventDraft *from);
/* TRUE when the date ranges meet, or either is unknown */
gboolean           marsad_event_draft_overlap    (const MarsadEventDraft *a,
                                                  const MarsadEventDraft *b);

/* a date range longer than this is a period (history, a campaign), not
 * the day of an event */
#define MARSAD_EVENT_SPAN_DAYS 14

/* marsad-event-sites.c */
gboolean marsad_event_site_is_reference (const MarsadEventRun *run,
                                         const MarsadPlaceRef *ref);
/* is place mention i (in run->places) an event site at all */
gboolean marsad_event_site_eligible     (const MarsadEventRun *run,
                                         guint                 i);
gboolean marsad_event_word_is_unreal      (const MarsadEventRun *run,
                                          guint                 w);
gboolean marsad_event_word_is_cause     (const MarsadEventRun *run,
                                         guint                 w);
/* a place too far from a definite event word ("الضربات") told again to be
 * its site */
gboolean marsad_event_site_far_from_told (const MarsadEventRun *run,
                                          const MarsadPlaceRef *ref,
                                          guint                 w);
gboolean marsad_event_word_is_aggregate (const MarsadEventRun *run,
                                         const MarsadTrigger  *trigger,
                                         guint                 w);
gboolean marsad_event_word_is_definite  (const MarsadEventRun *run,
                                         guint                 w);

/* marsad-event-build.c */
void   marsad_events_build          (MarsadEventRun *run);
/* casualty figures to the drafts telling their sentence or the two before
 * (marsad-event-casualties.c) */
void   marsad_events_attach_casualties (MarsadEventRun *run,
                                        GPtrArray      *drafts);
int    marsad_event_place_rank      (const MarsadPlace *place);

/* marsad-event-tally.c: fighting, attacks and strikes */
gboolean marsad_event_is_violent   (const MarsadEvent *event);
/* the gazetteer files place under region (its English name in place's
 * first-level division) */
gboolean marsad_place_filed_under  (const MarsadPlace *region,
                                    const MarsadPlace *place);
/* a tally's place holds part's: a province its towns, a city its quarters
 * and sites, a country its places */
gboolean marsad_event_place_holds  (const MarsadPlace *tally,
                                    const MarsadPlace *part);

/* marsad-event-headline.c: an event told only in the headline folds into
 * the one body event that it retells */
void   marsad_events_fold_headline  (const MarsadEventRun *run,
                                     GPtrArray            *drafts);

/* marsad-event-finish.c: fallback dates, folding, background, order, ids;
 * hands the events to the document (the drafts keep pointers to them) */
void   marsad_events_finish         (MarsadEventRun *run,
                                     GPtrArray      *drafts);

/* words that announce a publication date further down the text
 * ("نشر في", "تاريخ النشر"), NULL-terminated */
extern const char * const marsad_publication_words[5];

G_END_DECLS
