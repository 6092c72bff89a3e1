/* marsad-date-private.h: what the date parser's files share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-dates.h"

G_BEGIN_DECLS

enum
{
  K_NONE,
  K_TODAY, K_YESTERDAY, K_NIGHT, K_DAYPART, K_NIGHTPART, K_WEEKDAY, K_MONTH, K_HIJRI,
  K_YEARWORD, K_SINCE, K_AGO, K_PART, K_LAST, K_WEEK, K_MONTHNOUN, K_UNIT, K_THIS,
  K_CURRENT, K_DAYWORD, K_NOT_TODAY, K_ORDINAL, K_ANCHORED,
};

/* month parts */
enum { PART_EARLY = 1, PART_MID, PART_LATE };

typedef struct
{
  const char *pattern;
  int         kind;
  int         value;
} MarsadDateVocab;

struct _MarsadDateParser
{
  MarsadPhraseTable *table;
};

/* parsing state: the word view and the publication date */
typedef struct
{
  const MarsadDateParser *parser;
  const MarsadWordView   *view;
  const GDate            *pub;
  guint                   sentence;
  /* the last month named earlier in the text (its first day), for "الشهر
   * نفسه"; invalid when none */
  GDate                   named_month;
} MarsadDateCtx;

/* marsad-date-parse.c: the parser's reading helpers and calendar dates */
gboolean marsad_date_in_sentence    (const MarsadDateCtx   *c,
                                     guint                  i);
/* the kind (K_*) of the date word at i, its value and length in words */
int      marsad_date_kind_at        (const MarsadDateCtx   *c,
                                     guint                  i,
                                     int                   *value,
                                     guint                 *n_words);
/* the number written in digits at i (at most four), or -1 */
int      marsad_date_digits_at      (const MarsadDateCtx   *c,
                                     guint                  i);
void     marsad_date_set_range      (MarsadDateMatch       *m,
                                     const GDate           *from,
                                     const GDate           *to,
                                     MarsadDateGranularity  gran,
                                     MarsadTimePrecision    precision);
void     marsad_date_set_day        (MarsadDateMatch       *m,
                                     const GDate           *day);
void     marsad_date_whole_month    (int                    year,
                                     int                    month,
                                     MarsadDateMatch       *m);
gboolean marsad_date_valid_year     (int                    y);
/* "24 يناير 2024", "12 رجب 1445 هـ", "24/1/2024": words taken, or 0 */
guint    marsad_date_parse_explicit (const MarsadDateCtx   *c,
                                     guint                  i,
                                     MarsadDateMatch       *m);
/* a month name, another system's name for it and a year; *nw = words */
gboolean marsad_date_parse_month    (const MarsadDateCtx   *c,
                                     guint                  i,
                                     MarsadDateMatch       *m,
                                     guint                 *nw);

/* "السابع من أكتوبر (تشرين الأول) الماضي": an ordinal day of a month */
guint    marsad_date_parse_ordinal  (const MarsadDateCtx   *c,
                                     guint                  i,
                                     int                    unit,
                                     MarsadDateMatch       *m);
/* the year after a month name, "2019" or "عام 2019": words taken, or 0 */
guint    marsad_date_year_after     (const MarsadDateCtx   *c,
                                     guint                  j,
                                     int                   *year);

/* marsad-date-relative.c: dates counted from publication */
void     marsad_date_day_offset     (const GDate           *pub,
                                     int                    days,
                                     GDate                 *out);
/* the latest given weekday on or before pub (strictly before for "الماضي") */
void     marsad_date_latest_weekday (const GDate           *pub,
                                     GDateWeekday           weekday,
                                     gboolean               strictly_before,
                                     GDate                 *out);
guint    marsad_date_parse_weekday  (const MarsadDateCtx   *c,
                                     guint                  i,
                                     MarsadDateMatch       *m,
                                     gboolean               anchored);
guint    marsad_date_parse_relative_day (const MarsadDateCtx *c,
                                     guint                  i,
                                     int                    kind,
                                     MarsadDateMatch       *m);
guint    marsad_date_parse_duration (const MarsadDateCtx   *c,
                                     guint                  i,
                                     gboolean               since,
                                     MarsadDateMatch       *m);

G_END_DECLS
