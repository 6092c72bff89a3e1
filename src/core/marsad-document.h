/* marsad-document.h: the result of analysing one article
 *
 * A MarsadDocument owns the article text and everything extracted from it:
 * sentences, places with their mentions, events and statements. Offsets are
 * code-point offsets into the text (after removal of a leading BOM), as the
 * extraction contract requires.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "marsad-normalize.h"

G_BEGIN_DECLS

typedef struct
{
  guint start;
  guint end;
} MarsadSpan;

typedef enum
{
  MARSAD_ROLE_CONTEXT,
  MARSAD_ROLE_EVENT_SITE,
  MARSAD_ROLE_ACTOR,
  MARSAD_ROLE_DATELINE,
} MarsadMentionRole;

const char        *marsad_mention_role_to_string   (MarsadMentionRole role);
gboolean           marsad_mention_role_from_string (const char        *str,
                                                    MarsadMentionRole *role);

typedef struct
{
  guint             start;
  guint             end;
  guint             sentence;
  MarsadMentionRole role;
} MarsadMention;

typedef struct
{
  char   *id;           /* "p1", unique in the document */
  char   *name;         /* canonical Arabic name */
  char   *name_en;
  double  lat;
  double  lon;
  char   *kind;         /* contract kind: country, region, city, town, military_base, ... */
  char   *country;      /* ISO 3166-1 alpha-2 or NULL */
  char   *admin1;       /* English name of the first-level division, or NULL */
  char   *source_id;    /* gazetteer record ("wof:1276225131") or NULL */
  GArray *mentions;     /* MarsadMention, in text order */
  gboolean approximate; /* not in the gazetteer: put where a nearby place is */
} MarsadPlace;

typedef enum
{
  MARSAD_TIME_PRECISION_UNKNOWN = 0,
  MARSAD_TIME_PRECISION_DAY = 1,    /* ACLED time_precision 1 */
  MARSAD_TIME_PRECISION_WEEK = 2,   /* ACLED 2: within a week or so */
  MARSAD_TIME_PRECISION_MONTH = 3,  /* ACLED 3: within a month */
  MARSAD_TIME_PRECISION_YEAR = 5,   /* coarser than ACLED's scale; kept for history */
} MarsadTimePrecision;

typedef struct
{
  int    count;
  char  *source;        /* who reported it, as written ("بيان لـ«الحشد الشعبي»"), or NULL */
  guint  start;         /* the figure's span in the text */
  guint  end;
  MarsadSpan source_span;  /* where the source is named; 0,0 when not */
  gboolean vague;       /* "عشرات": count is ACLED's lowest figure for it */
} MarsadCasualtyReport;

typedef struct
{
  char       *id;           /* "e1" */
  char       *type;         /* ACLED event_type */
  char       *sub_type;     /* ACLED sub_event_type */
  char       *date_start;   /* "YYYY-MM-DD", "YYYY-MM", "YYYY" or NULL */
  char       *date_end;
  MarsadTimePrecision time_precision;
  char       *date_text;    /* the expression as written, or NULL */
  MarsadSpan  date_span;    /* where date_text stands; 0,0 when none */
  char       *place_id;     /* a MarsadPlace id or NULL */
  GPtrArray  *actors;       /* char *, as written or canonical Arabic */
  GPtrArray  *fatality_reports;  /* MarsadCasualtyReport *, every report kept */
  GPtrArray  *injury_reports;    /* MarsadCasualtyReport *; count -1 = "some" */
  guint       sentence;
  MarsadSpan  trigger;      /* the words that announce the event */
  gboolean    background;   /* history or context, not news of the day */
} MarsadEvent;

typedef struct
{
  char       *speaker;      /* resolved speaker, as written in the text */
  MarsadSpan  speaker_span; /* 0,0 when resolved through a back-reference only */
  guint       start;        /* the quote */
  guint       end;
  char       *text;
  guint       sentence;
  GPtrArray  *event_ids;    /* char * */
  GPtrArray  *place_ids;    /* char * */
} MarsadStatement;

typedef struct
{
  char      *path;          /* where the text came from, or NULL */
  char      *title;         /* first line or HTML <title>, or NULL */
  char      *text;          /* UTF-8, BOM removed */
  gunichar  *chars;         /* the same text as code points */
  gsize      n_chars;
  GDate     *published;     /* NULL when unknown */
  gboolean   published_from_text; /* found in a dateline rather than given */
  GArray    *sentences;     /* MarsadSpan */
  MarsadNormalized *norm;   /* folded text and words; made by the extractor */
  GPtrArray *places;        /* MarsadPlace * */
  GPtrArray *events;        /* MarsadEvent * */
  GPtrArray *statements;    /* MarsadStatement * */
  GPtrArray *warnings;      /* char *, human-readable notes (e.g. weekday mismatch) */
} MarsadDocument;

MarsadDocument  *marsad_document_new_from_text (const char  *utf8,
                                                gssize       len,
                                                GError     **error);
/* Takes utf8 (valid UTF-8 of len bytes, NUL-terminated, no BOM). */
MarsadDocument  *marsad_document_new_take_text (char        *utf8,
                                                gsize        len);
void             marsad_document_free          (MarsadDocument *doc);
void             marsad_document_set_published (MarsadDocument *doc,
                                                const GDate    *date);
char            *marsad_document_dup_span      (const MarsadDocument *doc,
                                                guint                 start,
                                                guint                 end);
/* end, or past the ")" right after it when [start, end) leaves one open:
 * "«قوات سوريا الديموقراطية» (قسد" reads on to "(قسد)" */
guint            marsad_document_close_parenthesis (const MarsadDocument *doc,
                                                    guint                 start,
                                                    guint                 end);
guint            marsad_document_sentence_at   (const MarsadDocument *doc,
                                                guint                 offset);
MarsadPlace     *marsad_document_find_place    (const MarsadDocument *doc,
                                                const char           *id);
MarsadEvent     *marsad_document_find_event    (const MarsadDocument *doc,
                                                const char           *id);
void             marsad_document_clear_analysis (MarsadDocument *doc);

MarsadPlace     *marsad_place_new              (void);
void             marsad_place_free             (MarsadPlace *place);
MarsadMentionRole marsad_place_strongest_role  (const MarsadPlace *place);

MarsadEvent     *marsad_event_new              (void);
void             marsad_event_free             (MarsadEvent *event);
gboolean         marsad_event_get_fatalities   (const MarsadEvent *event,
                                                int               *min,
                                                int               *max);
/* the events of doc whose dead event's toll sums ("مقتل 20 في هجمات
 * بولاية الجزيرة" sums the attacks told village by village), in document
 * order; empty when it is no tally. (marsad-event-tally.c) */
GPtrArray       *marsad_document_dup_tally_parts (const MarsadDocument *doc,
                                                  const MarsadEvent    *event);
/* the same for every event at once, in time linear in the events: element
 * i holds the parts of event i (GPtrArray of const MarsadEvent *) */
GPtrArray       *marsad_document_dup_all_tally_parts (const MarsadDocument *doc);

MarsadCasualtyReport *marsad_casualty_report_new  (int         count,
                                                   const char *source,
                                                   guint       start,
                                                   guint       end);
void                  marsad_casualty_report_free (MarsadCasualtyReport *report);

MarsadStatement *marsad_statement_new          (void);
void             marsad_statement_free         (MarsadStatement *statement);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadDocument, marsad_document_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadPlace, marsad_place_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadEvent, marsad_event_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadStatement, marsad_statement_free)

G_END_DECLS
