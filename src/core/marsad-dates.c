/* marsad-dates.c: Arabic time expressions → date ranges
 *
 * The vocabulary is grammar rather than domain knowledge, so it is compiled
 * in: a phrase table of folded words, each with a kind and a value. Parsing
 * is a small recursive descent from the word where a keyword or a number
 * stands; nothing is compiled per sentence. This file holds the vocabulary
 * and the relative expressions (اليوم، أمس، منذ ثلاثة أيام، الشهر الماضي);
 * marsad-date-parse.c the calendar dates written in full.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "marsad-date-private.h"
#include "marsad-numbers.h"

static const MarsadDateVocab vocab[] = {
  { "اليوم", K_TODAY, 0 },
  { "امس", K_YESTERDAY, 0 }, { "الامس", K_YESTERDAY, 0 }, { "البارحه", K_YESTERDAY, 0 },
  /* the night before publication: a report of day D covers the night D-1/D */
  { "ليلا", K_NIGHT, 0 }, { "الليله", K_NIGHT, 0 }, { "الليله الماضيه", K_NIGHT, 0 },
  { "خلال الليل", K_NIGHT, 0 }, { "منتصف الليل", K_NIGHT, 0 },
  { "فجر", K_DAYPART, 0 }, { "صباح", K_DAYPART, 0 }, { "صبيحه", K_DAYPART, 0 },
  { "ظهر", K_DAYPART, 0 }, { "ظهيره", K_DAYPART, 0 }, { "عصر", K_DAYPART, 0 },
  { "مساء", K_DAYPART, 0 },
  { "ليله", K_NIGHTPART, 0 }, { "ليل", K_NIGHTPART, 0 },
  { "يوم", K_DAYWORD, 0 },
  /* GDateWeekday values */
  { "الاثنين", K_WEEKDAY, G_DATE_MONDAY }, { "الثلاثاء", K_WEEKDAY, G_DATE_TUESDAY },
  { "الاربعاء", K_WEEKDAY, G_DATE_WEDNESDAY }, { "الخميس", K_WEEKDAY, G_DATE_THURSDAY },
  { "الجمعه", K_WEEKDAY, G_DATE_FRIDAY }, { "السبت", K_WEEKDAY, G_DATE_SATURDAY },
  { "الاحد", K_WEEKDAY, G_DATE_SUNDAY },
  /* Gregorian months: Egyptian/Gulf, Levantine/Iraqi and Maghrebi names */
  { "يناير", K_MONTH, 1 }, { "فبراير", K_MONTH, 2 }, { "مارس", K_MONTH, 3 },
  { "ابريل", K_MONTH, 4 }, { "مايو", K_MONTH, 5 }, { "يونيو", K_MONTH, 6 },
  { "يونيه", K_MONTH, 6 }, { "يوليو", K_MONTH, 7 }, { "يوليه", K_MONTH, 7 },
  { "اغسطس", K_MONTH, 8 }, { "سبتمبر", K_MONTH, 9 }, { "اكتوبر", K_MONTH, 10 },
  { "نوفمبر", K_MONTH, 11 }, { "ديسمبر", K_MONTH, 12 },
  { "كانون الثاني", K_MONTH, 1 }, { "شباط", K_MONTH, 2 }, { "اذار", K_MONTH, 3 },
  { "نيسان", K_MONTH, 4 }, { "ايار", K_MONTH, 5 }, { "حزيران", K_MONTH, 6 },
  { "تموز", K_MONTH, 7 }, { "اب", K_MONTH, 8 }, { "ايلول", K_MONTH, 9 },
  { "تشرين الاول", K_MONTH, 10 }, { "تشرين الثاني", K_MONTH, 11 }, { "كانون الاول", K_MONTH, 12 },
  { "جانفي", K_MONTH, 1 }, { "فيفري", K_MONTH, 2 }, { "افريل", K_MONTH, 4 },
  { "ماي", K_MONTH, 5 }, { "جوان", K_MONTH, 6 }, { "جويليه", K_MONTH, 7 },
  { "اوت", K_MONTH, 8 },
  /* Hijri months */
  { "محرم", K_HIJRI, 1 }, { "صفر", K_HIJRI, 2 }, { "ربيع الاول", K_HIJRI, 3 },
  { "ربيع الثاني", K_HIJRI, 4 }, { "ربيع الاخر", K_HIJRI, 4 }, { "جمادي الاولي", K_HIJRI, 5 },
  { "جمادي الاول", K_HIJRI, 5 }, { "جمادي الاخره", K_HIJRI, 6 }, { "جمادي الثانيه", K_HIJRI, 6 },
  { "جمادي الاخر", K_HIJRI, 6 }, { "رجب", K_HIJRI, 7 }, { "شعبان", K_HIJRI, 8 },
  { "رمضان", K_HIJRI, 9 }, { "شوال", K_HIJRI, 10 }, { "ذو القعده", K_HIJRI, 11 },
  { "ذي القعده", K_HIJRI, 11 }, { "ذو الحجه", K_HIJRI, 12 }, { "ذي الحجه", K_HIJRI, 12 },
  { "عام", K_YEARWORD, 0 }, { "العام", K_YEARWORD, 0 }, { "سنه", K_YEARWORD, 0 },
  { "السنه", K_YEARWORD, 0 },
  { "منذ", K_SINCE, 0 }, { "قبل", K_AGO, 0 },
  { "مطلع", K_PART, PART_EARLY }, { "اوايل", K_PART, PART_EARLY }, { "بدايه", K_PART, PART_EARLY },
  { "منتصف", K_PART, PART_MID }, { "اواسط", K_PART, PART_MID },
  { "اواخر", K_PART, PART_LATE }, { "نهايه", K_PART, PART_LATE }, { "اخر", K_PART, PART_LATE },
  { "الماضي", K_LAST, 0 }, { "الماضيه", K_LAST, 0 }, { "المنصرم", K_LAST, 0 },
  { "المنصرمه", K_LAST, 0 }, { "الفايت", K_LAST, 0 },
  { "الاسبوع", K_WEEK, 0 }, { "الشهر", K_MONTHNOUN, 0 },
  /* units, in days */
  { "ايام", K_UNIT, 1 }, { "اسبوع", K_UNIT, 7 }, { "اسابيع", K_UNIT, 7 }, { "شهر", K_UNIT, 30 },
  { "اشهر", K_UNIT, 30 }, { "شهور", K_UNIT, 30 }, { "سنوات", K_UNIT, 365 },
  { "اعوام", K_UNIT, 365 }, { "ساعات", K_UNIT, 0 }, { "ساعه", K_UNIT, 0 },
  { "هذا", K_THIS, 0 }, { "هذه", K_THIS, 0 },
  { "الحالي", K_CURRENT, 0 }, { "الجاري", K_CURRENT, 0 }, { "الحاليه", K_CURRENT, 0 },
  /* "اليوم التالي" is the day after some other day, not publication day */
  { "التالي", K_NOT_TODAY, 0 }, { "نفسه", K_NOT_TODAY, 0 }, { "ذاته", K_NOT_TODAY, 0 },
  { "السابق", K_NOT_TODAY, 0 },
  /* "الأيام الأولى للحملة": the start of something the text tells, not a
   * time from publication — kept, never resolved by a guess */
  { "الايام الاولي", K_ANCHORED, 0 }, { "الساعات الاولي", K_ANCHORED, 0 },
  { "الاسابيع الاولي", K_ANCHORED, 0 }, { "الاشهر الاولي", K_ANCHORED, 0 },
  { "الشهور الاولي", K_ANCHORED, 0 },
  /* ordinal days: a date only before "من" and a month name */
  { "الاول", K_ORDINAL, 1 }, { "الحادي", K_ORDINAL, 1 }, { "الثاني", K_ORDINAL, 2 },
  { "الثالث", K_ORDINAL, 3 }, { "الرابع", K_ORDINAL, 4 }, { "الخامس", K_ORDINAL, 5 },
  { "السادس", K_ORDINAL, 6 }, { "السابع", K_ORDINAL, 7 }, { "الثامن", K_ORDINAL, 8 },
  { "التاسع", K_ORDINAL, 9 }, { "العاشر", K_ORDINAL, 10 }, { "العشرين", K_ORDINAL, 20 },
  { "الثلاثين", K_ORDINAL, 30 },
};

MarsadDateParser *
marsad_date_parser_new (void)
{
  MarsadDateParser *parser = g_new0 (MarsadDateParser, 1);

  parser->table = marsad_phrase_table_new ();
  for (gsize i = 0; i < G_N_ELEMENTS (vocab); i++)
    marsad_phrase_table_add (parser->table, MARSAD_LEX_CUE, vocab[i].pattern, (gpointer) &vocab[i]);
  return parser;
}

void
marsad_date_parser_mark_words (const MarsadDateParser *parser,
                               MarsadPhraseTable      *table)
{
  (void) parser;
  for (gsize i = 0; i < G_N_ELEMENTS (vocab); i++)
    marsad_phrase_table_add_class (table, vocab[i].pattern, MARSAD_WORD_DATE);
}

void
marsad_date_parser_free (MarsadDateParser *parser)
{
  if (parser == NULL)
    return;
  marsad_phrase_table_free (parser->table);
  g_free (parser);
}

/* "الشهر نفسه", "الشهر ذاته": the month named last, earlier in the text */
static gboolean
same_month (const MarsadDateCtx *c,
            MarsadDateMatch     *m)
{
  if (!g_date_valid (&c->named_month))
    return FALSE;
  marsad_date_whole_month (g_date_get_year (&c->named_month), g_date_get_month (&c->named_month), m);
  return TRUE;
}

/* "الأسبوع الماضي", "الشهر الماضي", "العام الماضي", "هذا الأسبوع" */
static guint
parse_period (const MarsadDateCtx *c,
              guint                i,
              int                  kind,
              gboolean             this_,
              MarsadDateMatch     *m)
{
  int next = marsad_date_kind_at (c, i + 1, NULL, NULL);
  gboolean last = next == K_LAST;
  GDate from, to;
  int year, month;

  if (kind == K_MONTHNOUN && next == K_NOT_TODAY)
    return same_month (c, m) ? 2 : 0;
  if (!this_ && !last && next != K_CURRENT)
    return 0;
  if (c->pub == NULL)
    return this_ ? 1 : 2;
  year = g_date_get_year (c->pub);
  month = g_date_get_month (c->pub);
  if (kind == K_WEEK)
    {
      /* weeks start on Saturday in most of the Arab world */
      marsad_date_latest_weekday (c->pub, G_DATE_SATURDAY, FALSE, &from);
      to = *c->pub;
      if (last)
        {
          to = from;
          g_date_subtract_days (&to, 1);
          g_date_subtract_days (&from, 7);
        }
      marsad_date_set_range (m, &from, &to, MARSAD_DATE_DAY, MARSAD_TIME_PRECISION_WEEK);
    }
  else if (kind == K_MONTHNOUN)
    {
      if (last && --month == 0)
        {
          month = 12;
          year--;
        }
      marsad_date_whole_month (year, month, m);
    }
  else
    {
      g_date_clear (&from, 1);
      g_date_clear (&to, 1);
      g_date_set_dmy (&from, 1, 1, last ? year - 1 : year);
      g_date_set_dmy (&to, 31, 12, last ? year - 1 : year);
      marsad_date_set_range (m, &from, &to, MARSAD_DATE_YEAR, MARSAD_TIME_PRECISION_YEAR);
    }
  return this_ ? 1 : 2;
}

/* "منتصف أكتوبر", "أواخر شهر كانون الأول 2023" */
static guint
parse_month_part (const MarsadDateCtx *c,
                  guint                i,
                  int                  part,
                  MarsadDateMatch     *m)
{
  guint j = i + 1, n = 0;
  int last_day;
  GDate from, to;

  if (marsad_date_kind_at (c, j, NULL, NULL) == K_MONTHNOUN &&
      marsad_date_kind_at (c, j + 1, NULL, NULL) == K_NOT_TODAY)
    {
      /* "منتصف الشهر نفسه" */
      if (!same_month (c, m))
        return 0;
      n = 2;
    }
  else
    {
      if (marsad_date_kind_at (c, j, NULL, NULL) == K_UNIT || marsad_date_kind_at (c, j, NULL, NULL) == K_MONTHNOUN)
        j++;
      if (!marsad_date_parse_month (c, j, m, &n))
        return 0;
    }
  if (m->resolved)
    {
      from = to = m->from;
      last_day = g_date_get_day (&m->to);
      g_date_set_day (&from, part == PART_EARLY ? 1 : part == PART_MID ? 11 : 21);
      g_date_set_day (&to, part == PART_EARLY ? 10 : part == PART_MID ? 20 : last_day);
      marsad_date_set_range (m, &from, &to, MARSAD_DATE_DAY, MARSAD_TIME_PRECISION_WEEK);
    }
  return j + n - i;
}

/* The second day of a night named by two weekdays: "ليل السبت - الأحد",
 * "ليلة السبت إلى الأحد", "ليل السبت على الأحد". The day after first must
 * follow, at word j; *day is its latest date on or before publication.
 * Returns the words taken, or 0. */
static guint
night_second_day (const MarsadDateCtx *c,
                  guint                j,
                  GDateWeekday         first,
                  GDate               *day)
{
  static const char * const joins[] = { "الي", "علي", "حتي", NULL };
  int wd = 0;
  guint n = 0, k = j;

  if (c->pub == NULL || j == 0 || first == G_DATE_BAD_WEEKDAY)
    return 0;
  if (!marsad_word_view_gap_has (c->view, j - 1, '-') && !marsad_word_view_gap_has (c->view, j - 1, '/'))
    {
      if (!marsad_date_in_sentence (c, k) || !marsad_word_view_is (c->view, k, joins))
        return 0;
      k++;
    }
  if (marsad_date_kind_at (c, k, &wd, &n) != K_WEEKDAY || wd != (int) first % 7 + 1)
    return 0;
  /* the night that began on the latest such first day: told on the
   * Thursday, "ليل الخميس-الجمعة" is the night to come, not last week's */
  marsad_date_latest_weekday (c->pub, first, FALSE, day);
  g_date_add_days (day, 1);
  return k + n - j;
}

/* "بعد منتصف ليل …" */
static gboolean
after_midnight (const MarsadDateCtx *c,
                guint                i)
{
  return i >= 2 && marsad_date_in_sentence (c, i - 2) &&
         marsad_word_view_is (c->view, i - 1, (const char *[]) { "منتصف", NULL }) &&
         marsad_word_view_is (c->view, i - 2, (const char *[]) { "بعد", NULL });
}

static guint
parse_at (const MarsadDateCtx *c,
          guint                i,
          MarsadDateMatch     *m,
          gboolean             anchored)
{
  int value = 0, kind, k2, y;
  guint n = 0, n2 = 0, r;

  if (marsad_date_digits_at (c, i) >= 0)
    return marsad_date_parse_explicit (c, i, m);

  kind = marsad_date_kind_at (c, i, &value, &n);
  switch (kind)
    {
    case K_TODAY:
    case K_YESTERDAY:
      return marsad_date_parse_relative_day (c, i, kind, m);

    case K_NIGHT:
      if (c->pub != NULL)
        {
          GDate from;

          marsad_date_day_offset (c->pub, -1, &from);
          marsad_date_set_range (m, &from, c->pub, MARSAD_DATE_DAY, MARSAD_TIME_PRECISION_DAY);
        }
      return n;

    case K_DAYPART:
    case K_NIGHTPART:
    case K_DAYWORD:
      k2 = marsad_date_kind_at (c, i + n, NULL, &n2);
      if (k2 == K_TODAY || k2 == K_YESTERDAY)
        r = marsad_date_parse_relative_day (c, i + n, k2, m);
      else if (k2 == K_WEEKDAY)
        r = marsad_date_parse_weekday (c, i + n, m, TRUE);
      else if (marsad_date_digits_at (c, i + n) >= 0 && kind == K_DAYWORD)
        r = marsad_date_parse_explicit (c, i + n, m);
      else
        r = 0;
      if (r == 0)
        return 0;
      if (kind == K_NIGHTPART && m->resolved)
        {
          /* "ليلة الثلاثاء" is the night leading into Tuesday; "ليل أمس"
           * the night just gone */
          GDate from = m->from, to = m->from;
          guint nn = 0;

          if (k2 == K_YESTERDAY)
            to = *c->pub;
          else if (k2 == K_WEEKDAY && (nn = night_second_day (c, i + n + r, m->said_weekday, &to)) > 0)
            {
              /* "ليل السبت - الأحد": from Saturday into Sunday */
              from = to;
              g_date_subtract_days (&from, 1);
              r += nn;
            }
          else if (k2 == K_WEEKDAY && after_midnight (c, i))
            {
              /* "بعد منتصف ليل الأربعاء": the small hours of Thursday */
              g_date_add_days (&from, 1);
              to = from;
            }
          else if (k2 == K_WEEKDAY && strcmp (marsad_word_view_form (c->view, i), "ليل") == 0)
            g_date_add_days (&to, 1);   /* "ليل الأربعاء": Wednesday night */
          else
            g_date_subtract_days (&from, 1);
          marsad_date_set_range (m, &from, &to, MARSAD_DATE_DAY, MARSAD_TIME_PRECISION_DAY);
        }
      return n + r;

    case K_WEEKDAY:
      return marsad_date_parse_weekday (c, i, m, anchored);

    case K_YEARWORD:
      y = marsad_date_digits_at (c, i + n);
      if (marsad_date_valid_year (y))
        {
          GDate from, to;

          g_date_clear (&from, 1);
          g_date_clear (&to, 1);
          g_date_set_dmy (&from, 1, 1, y);
          g_date_set_dmy (&to, 31, 12, y);
          marsad_date_set_range (m, &from, &to, MARSAD_DATE_YEAR, MARSAD_TIME_PRECISION_YEAR);
          m->absolute = TRUE;
          return n + 1;
        }
      return parse_period (c, i, kind, FALSE, m);

    case K_WEEK:
    case K_MONTHNOUN:
      return parse_period (c, i, kind, FALSE, m);

    case K_ANCHORED:
      /* "الساعات الأولى من يوم الاثنين" is the start of a day told */
      if (marsad_date_in_sentence (c, i + n) && marsad_word_view_is (c->view, i + n, (const char *[]) { "من", NULL }) &&
          (r = parse_at (c, i + n + 1, m, TRUE)) > 0)
        return n + 1 + r;
      /* "الأيام الأولى للحملة": anchored to the campaign, left unresolved */
      return marsad_date_in_sentence (c, i + n) ? n + 1 : 0;

    case K_THIS:
      k2 = marsad_date_kind_at (c, i + 1, NULL, NULL);
      if (k2 == K_WEEK || k2 == K_MONTHNOUN || k2 == K_YEARWORD)
        return 1 + parse_period (c, i + 1, k2, TRUE, m);
      return 0;

    case K_PART:
      return parse_month_part (c, i, value, m);

    case K_ORDINAL:
      return marsad_date_parse_ordinal (c, i, value, m);

    case K_UNIT:
      /* "في شهر أكتوبر" */
      if (value == 30 && marsad_date_parse_month (c, i + 1, m, &n2))
        return 1 + n2;
      return 0;

    case K_MONTH:
      /* a bare month name needs a year or a preposition before it:
       * "آب" and "أيار" are also ordinary words */
      y = marsad_date_digits_at (c, i + n);
      if (anchored || marsad_date_valid_year (y))
        return marsad_date_parse_month (c, i, m, &n2) ? n2 : 0;
      return 0;

    case K_SINCE:
    case K_AGO:
      if ((r = marsad_date_parse_duration (c, i + 1, kind == K_SINCE, m)) > 0)
        return 1 + r;
      if (kind == K_AGO)
        return 0;
      y = marsad_date_digits_at (c, i + 1);
      if (marsad_date_valid_year (y))
        {
          GDate from;

          g_date_clear (&from, 1);
          g_date_set_dmy (&from, 1, 1, y);
          if (c->pub != NULL)
            marsad_date_set_range (m, &from, c->pub, MARSAD_DATE_YEAR, MARSAD_TIME_PRECISION_YEAR);
          m->to_gran = MARSAD_DATE_DAY;
          return 2;
        }
      if ((r = parse_at (c, i + 1, m, TRUE)) == 0)
        return 0;
      if (m->resolved && c->pub != NULL)
        {
          /* a span running from then up to publication */
          MarsadTimePrecision p = m->from_gran == MARSAD_DATE_YEAR ? MARSAD_TIME_PRECISION_YEAR :
                                  g_date_days_between (&m->from, c->pub) > 7 ? MARSAD_TIME_PRECISION_MONTH :
                                  MARSAD_TIME_PRECISION_WEEK;
          MarsadDateGranularity g = m->from_gran;

          marsad_date_set_range (m, &m->from, c->pub, MARSAD_DATE_DAY, p);
          m->from_gran = g;
        }
      return 1 + r;

    default:
      return 0;
    }
}

static const char * const month_prepositions[] = { "في", "خلال", "منذ", "حتي", "من", "الي", NULL };

static gboolean match_with (const MarsadDateCtx *ctx, guint i, MarsadDateMatch *out);

gboolean
marsad_date_parser_match (const MarsadDateParser *parser,
                          const MarsadWordView   *view,
                          guint                   i,
                          const GDate            *published,
                          MarsadDateMatch        *out)
{
  MarsadDateCtx c = { parser, view, published, 0, { 0 } };

  g_return_val_if_fail (out != NULL, FALSE);
  g_date_clear (&c.named_month, 1);
  return match_with (&c, i, out);
}

/* the expression at word i; c->named_month is the month named last */
static gboolean
match_with (const MarsadDateCtx *ctx,
            guint                i,
            MarsadDateMatch     *out)
{
  MarsadDateCtx c = *ctx;
  const MarsadWordView *view = c.view;
  const GDate *published = c.pub;
  gboolean anchored;
  guint n;

  memset (out, 0, sizeof *out);
  if (i >= view->n)
    return FALSE;
  /* an expression starts with a number or a date word: most words are
   * neither, and the view knows it without a lookup */
  if (!marsad_word_view_may_be (view, i, MARSAD_WORD_DIGITS | MARSAD_WORD_DATE))
    return FALSE;
  if (published != NULL && !g_date_valid (published))
    c.pub = NULL;
  c.sentence = view->words[i].sentence;
  out->said_weekday = G_DATE_BAD_WEEKDAY;
  g_date_clear (&out->from, 1);
  g_date_clear (&out->to, 1);

  anchored = i > 0 && view->words[i - 1].sentence == c.sentence &&
             marsad_word_view_is (view, i - 1, month_prepositions);
  n = parse_at (&c, i, out, anchored);
  if (n == 0)
    return FALSE;
  out->first_word = i;
  out->n_words = n;
  out->start = view->words[i].start;
  out->end = view->words[i + n - 1].end;
  /* "أكتوبر (تشرين الأول)": the bracket opened inside is closed inside */
  if (view->chars != NULL && out->end < view->n_chars && view->chars[out->end] == ')')
    {
      for (guint k = out->start; k < out->end; k++)
        if (view->chars[k] == '(')
          {
            out->end++;
            break;
          }
    }
  return TRUE;
}

GArray *
marsad_date_parser_scan (const MarsadDateParser *parser,
                         const MarsadWordView   *view,
                         const GDate            *published)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (MarsadDateMatch));
  MarsadDateCtx c = { parser, view, published, 0, { 0 } };

  g_date_clear (&c.named_month, 1);
  for (guint i = 0; i < view->n; i++)
    {
      MarsadDateMatch m;

      /* match_with () would say no, after clearing m */
      if (!marsad_word_view_may_be (view, i, MARSAD_WORD_DIGITS | MARSAD_WORD_DATE))
        continue;
      if (match_with (&c, i, &m))
        {
          g_array_append_val (out, m);
          i += m.n_words - 1;
          /* a month or a day of one: what "الشهر نفسه" refers back to */
          if (m.resolved && m.from_gran != MARSAD_DATE_YEAR &&
              g_date_get_month (&m.from) == g_date_get_month (&m.to) &&
              g_date_get_year (&m.from) == g_date_get_year (&m.to))
            c.named_month = m.from;
        }
    }
  return out;
}

gboolean
marsad_date_resolve_string (const MarsadDateParser *parser,
                            const char             *utf8,
                            const GDate            *published,
                            MarsadDateMatch        *out)
{
  glong n_chars = 0;
  g_autofree gunichar *chars = g_utf8_to_ucs4 (utf8, -1, NULL, &n_chars, NULL);
  g_autoptr(MarsadNormalized) norm = NULL;
  g_autoptr(MarsadWordView) view = NULL;

  if (chars == NULL)
    return FALSE;
  norm = marsad_normalized_new (chars, n_chars, NULL);
  view = marsad_word_view_new (chars, n_chars, norm, NULL);
  for (guint i = 0; i < view->n; i++)
    if (marsad_date_parser_match (parser, view, i, published, out))
      return TRUE;
  return FALSE;
}
