/* marsad-dates.h: Arabic time expressions → date ranges
 *
 * Recognises the expressions news use to date events and resolves them
 * against the publication date only (never the clock): اليوم، أمس، أمس
 * الأول، الليلة الماضية، ليلاً، فجر/صباح/مساء + day, weekdays (the latest
 * such day on or before publication), explicit dates in the three month-name
 * systems (يناير، كانون الثاني، جانفي) and in digits, Hijri dates, "منذ
 * منتصف أكتوبر", "في عام 2014", الأسبوع/الشهر الماضي، منذ ثلاثة أيام.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "marsad-document.h"
#include "marsad-event-lexicon.h"

G_BEGIN_DECLS

typedef enum
{
  MARSAD_DATE_DAY,
  MARSAD_DATE_MONTH,
  MARSAD_DATE_YEAR,
} MarsadDateGranularity;

typedef struct
{
  guint                 first_word;   /* in the word view */
  guint                 n_words;
  guint                 start;        /* original code points */
  guint                 end;
  gboolean              resolved;     /* FALSE: relative, and no publication date */
  GDate                 from;         /* inclusive range, valid when resolved */
  GDate                 to;
  MarsadDateGranularity from_gran;
  MarsadDateGranularity to_gran;
  MarsadTimePrecision   precision;
  gboolean              absolute;     /* a full day-month-year is written (a dateline) */
  GDateWeekday          said_weekday; /* a weekday named with it, or G_DATE_BAD_WEEKDAY */
  gboolean              weekday_mismatch; /* "اليوم الأربعاء" on a Thursday */
} MarsadDateMatch;

typedef struct _MarsadDateParser MarsadDateParser;

MarsadDateParser *marsad_date_parser_new      (void);
void              marsad_date_parser_free     (MarsadDateParser *parser);
/* Marks the words a time expression may start with as MARSAD_WORD_DATE in
 * table, so the views built with it let the parser skip every other word. */
void              marsad_date_parser_mark_words (const MarsadDateParser *parser,
                                                 MarsadPhraseTable      *table);
/* A time expression starting at word i, resolved against published (may be
 * NULL). */
gboolean          marsad_date_parser_match    (const MarsadDateParser *parser,
                                               const MarsadWordView   *view,
                                               guint                   i,
                                               const GDate            *published,
                                               MarsadDateMatch        *out);
/* Every expression of the view, left to right, not overlapping. */
GArray           *marsad_date_parser_scan     (const MarsadDateParser *parser,
                                               const MarsadWordView   *view,
                                               const GDate            *published);
/* The first expression in a UTF-8 string (tests, the command line). */
gboolean          marsad_date_resolve_string  (const MarsadDateParser *parser,
                                               const char             *utf8,
                                               const GDate            *published,
                                               MarsadDateMatch        *out);
/* "YYYY-MM-DD", "YYYY-MM" or "YYYY" */
/* "YYYY-MM-DD" exactly — no sign, space or short form — and a real day of
 * a year news can carry (1900–2199); FALSE otherwise, *date untouched.
 * Every reader of a date a user or a file gives goes through it. */
gboolean          marsad_date_parse_iso       (const char             *value,
                                               GDate                  *date);
char             *marsad_date_format          (const GDate            *date,
                                               MarsadDateGranularity   granularity);
/* Hijri (Umm al-Qura) to Gregorian through ICU; FALSE when out of range. */
gboolean          marsad_date_from_hijri      (int                     year,
                                               int                     month,
                                               int                     day,
                                               GDate                  *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadDateParser, marsad_date_parser_free)

G_END_DECLS
