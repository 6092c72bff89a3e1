/* test-dates.c: time expression × publication date → range and precision
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "event-fixture.h"
#include "marsad-dates.h"

typedef struct
{
  const char *text;
  const char *published;      /* NULL: none given */
  const char *from;           /* NULL: no expression found */
  const char *to;
  MarsadTimePrecision precision;
  gboolean    mismatch;
} DateCase;

#define D MARSAD_TIME_PRECISION_DAY
#define W MARSAD_TIME_PRECISION_WEEK
#define M MARSAD_TIME_PRECISION_MONTH
#define Y MARSAD_TIME_PRECISION_YEAR

/* 2024-01-24 is a Wednesday */
static const DateCase cases[] = {
  { "قالت الوزارة اليوم", "2024-01-24", "2024-01-24", "2024-01-24", D, FALSE },
  { "وصل الوفد أمس", "2024-01-24", "2024-01-23", "2024-01-23", D, FALSE },
  { "وقع الانفجار بالأمس", "2024-01-24", "2024-01-23", "2024-01-23", D, FALSE },
  { "جرى ذلك أمس الأول", "2024-01-24", "2024-01-22", "2024-01-22", D, FALSE },
  { "سمعت انفجارات الليلة الماضية", "2024-01-24", "2024-01-23", "2024-01-24", D, FALSE },
  { "قصفت الطائرات ليلاً", "2024-01-24", "2024-01-23", "2024-01-24", D, FALSE },
  { "هاجموا الموقع فجر اليوم", "2024-01-24", "2024-01-24", "2024-01-24", D, FALSE },
  { "صباح أمس", "2024-01-24", "2024-01-23", "2024-01-23", D, FALSE },
  { "مساء الثلاثاء", "2024-01-24", "2024-01-23", "2024-01-23", D, FALSE },
  { "ليلة الثلاثاء", "2024-01-24", "2024-01-22", "2024-01-23", D, FALSE },
  { "استهدفت القاعدة السبت أيضا", "2024-01-24", "2024-01-20", "2024-01-20", D, FALSE },
  { "يوم الأربعاء", "2024-01-24", "2024-01-24", "2024-01-24", D, FALSE },
  { "الأربعاء الماضي", "2024-01-24", "2024-01-17", "2024-01-17", D, FALSE },
  { "يوم الاثنين", "2024-01-24", "2024-01-22", "2024-01-22", D, FALSE },
  /* a night named by two days, told on the first: that night (2024-01-25
   * is a Thursday); "ليل" a day's night, "ليلة" its eve */
  { "ليل الخميس-الجمعة", "2024-01-25", "2024-01-25", "2024-01-26", D, FALSE },
  { "ليل الأربعاء-الخميس", "2024-01-25", "2024-01-24", "2024-01-25", D, FALSE },
  { "ليل الأربعاء", "2024-01-25", "2024-01-24", "2024-01-25", D, FALSE },
  { "بعد منتصف ليل الأربعاء", "2024-01-25", "2024-01-25", "2024-01-25", D, FALSE },
  /* "باب" is a door, not "in August" */
  { "اشتباكات في باب التبانة", "2024-01-24", NULL, NULL, 0, FALSE },
  { "قصف في آب", "2024-01-24", "2023-08", "2023-08", M, FALSE },
  { "قال الاثنان", "2024-01-24", NULL, NULL, 0, FALSE },
  /* a weekday after سوق/حي/شارع names a place */
  { "اشتباكات في منطقة سوق الجمعة شرق المدينة", "2024-01-24", NULL, NULL, 0, FALSE },
  { "تظاهر العشرات في شارع السبت", "2024-01-24", NULL, NULL, 0, FALSE },
  { "قصف حي الأحد مساء الثلاثاء", "2024-01-24", "2024-01-23", "2024-01-23", D, FALSE },
  { "اليوم الخميس", "2024-01-24", "2024-01-24", "2024-01-24", D, TRUE },
  { "اليوم الأربعاء", "2024-01-24", "2024-01-24", "2024-01-24", D, FALSE },
  { "في اليوم التالي", "2024-01-24", NULL, NULL, 0, FALSE },
  { "منذ منتصف أكتوبر (تشرين الأول)", "2024-01-24", "2023-10-11", "2024-01-24", M, FALSE },
  { "منذ منتصف تشرين الأول", "2024-01-24", "2023-10-11", "2024-01-24", M, FALSE },
  { "أواخر ديسمبر", "2024-01-24", "2023-12-21", "2023-12-31", W, FALSE },
  { "في 5 كانون الثاني", "2024-01-24", "2024-01-05", "2024-01-05", D, FALSE },
  { "في ٣ جانفي ٢٠٢٣", "2024-01-24", "2023-01-03", "2023-01-03", D, FALSE },
  { "في 12 فيفري", "2024-01-24", "2023-02-12", "2023-02-12", D, FALSE },
  { "في 12 فيفري 2024", NULL, "2024-02-12", "2024-02-12", D, FALSE },
  { "الأحد 7/1/2024", NULL, "2024-01-07", "2024-01-07", D, FALSE },
  { "الاثنين 2024-01-07", NULL, "2024-01-07", "2024-01-07", D, TRUE },
  { "في عام 2014", "2024-01-24", "2014", "2014", Y, FALSE },
  { "العام الماضي", "2024-01-24", "2023", "2023", Y, FALSE },
  { "في أكتوبر", "2024-01-24", "2023-10", "2023-10", M, FALSE },
  { "في يناير", "2024-01-24", "2024-01", "2024-01", M, FALSE },
  { "نيسان 2023", NULL, "2023-04", "2023-04", M, FALSE },
  { "ذهب مع أبيه في آب", "2024-01-24", "2023-08", "2023-08", M, FALSE },
  { "الشهر الماضي", "2024-01-24", "2023-12", "2023-12", M, FALSE },
  { "الأسبوع الماضي", "2024-01-24", "2024-01-13", "2024-01-19", W, FALSE },
  { "هذا الأسبوع", "2024-01-24", "2024-01-20", "2024-01-24", W, FALSE },
  { "منذ ثلاثة أيام", "2024-01-24", "2024-01-21", "2024-01-24", W, FALSE },
  { "منذ يومين", "2024-01-24", "2024-01-22", "2024-01-24", W, FALSE },
  { "قبل يومين", "2024-01-24", "2024-01-22", "2024-01-22", W, FALSE },
  { "قبل أسبوعين", "2024-01-24", "2024-01-10", "2024-01-10", W, FALSE },
  { "12 رجب 1445 هـ", NULL, "2024-01-24", "2024-01-24", D, FALSE },
  { "نشرت في 2500 نسخة", "2024-01-24", NULL, NULL, 0, FALSE },
  { "قبل أن يغادر", "2024-01-24", NULL, NULL, 0, FALSE },
  /* a night named by the two days it joins; published on the Sunday */
  { "دوت انفجارات ليل السبت - الأحد", "2024-01-21", "2024-01-20", "2024-01-21", D, FALSE },
  { "ليلة الجمعة إلى السبت", "2024-01-21", "2024-01-19", "2024-01-20", D, FALSE },
  { "ليلة السبت", "2024-01-21", "2024-01-19", "2024-01-20", D, FALSE },
  /* a year after the bracketed other name of the month */
  { "انطلقت في مارس (آذار) عام 2011", "2024-01-24", "2011-03", "2011-03", M, FALSE },
  { "في 15 مارس (آذار) عام 2011", "2024-01-24", "2011-03-15", "2011-03-15", D, FALSE },
  /* ordinal days */
  { "منذ السابع من أكتوبر (تشرين الأول) الماضي", "2024-05-20", "2023-10-07", "2024-05-20", M, FALSE },
  { "في الثالث من يناير", "2024-01-24", "2024-01-03", "2024-01-03", D, FALSE },
  { "في الحادي والعشرين من مارس 2020", NULL, "2020-03-21", "2020-03-21", D, FALSE },
  { "الخامس عشر من آب الماضي", "2024-01-24", "2023-08-15", "2023-08-15", D, FALSE },
  { "الفصل الثالث من الكتاب", "2024-01-24", NULL, NULL, 0, FALSE },
  { "الشهر نفسه", "2024-01-24", NULL, NULL, 0, FALSE },
};

/* "الشهر نفسه" is the month named last before it in the text */
typedef struct
{
  const char *text;
  const char *from;           /* of the last expression found */
  const char *to;
} SameMonthCase;

static const SameMonthCase same_month[] = {
  { "قتل جنديان في أواخر يناير (كانون الثاني). ثم قصفت القاعدة منتصف الشهر نفسه.", "2024-01-11", "2024-01-20" },
  { "وقعت الغارة في 3 مارس 2022، وتكررت في الشهر ذاته", "2022-03", "2022-03" },
};

static void
test_same_month (void)
{
  g_autoptr(MarsadEventExtractor) ex = fixture_extractor ();
  g_autoptr(MarsadDateParser) parser = marsad_date_parser_new ();
  GDate pub;

  g_date_clear (&pub, 1);
  g_date_set_dmy (&pub, 28, 7, 2024);
  for (gsize i = 0; i < G_N_ELEMENTS (same_month); i++)
    {
      g_autoptr(MarsadDocument) doc = fixture_document (same_month[i].text, NULL, NULL, 0);
      g_autoptr(MarsadWordView) view = marsad_word_view_new (doc->chars, doc->n_chars, doc->norm, NULL);
      g_autoptr(GArray) found = marsad_date_parser_scan (parser, view, &pub);
      const MarsadDateMatch *m;
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;

      g_test_message ("%s", same_month[i].text);
      g_assert_cmpuint (found->len, ==, 2);
      m = &g_array_index (found, MarsadDateMatch, 1);
      from = marsad_date_format (&m->from, m->from_gran);
      to = marsad_date_format (&m->to, m->to_gran);
      g_assert_cmpstr (from, ==, same_month[i].from);
      g_assert_cmpstr (to, ==, same_month[i].to);
    }
}

static void
test_cases (void)
{
  g_autoptr(MarsadDateParser) parser = marsad_date_parser_new ();

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const DateCase *c = &cases[i];
      MarsadDateMatch m;
      GDate pub;
      gboolean found;

      g_test_message ("%s (published %s)", c->text, c->published ? c->published : "—");
      g_date_clear (&pub, 1);
      if (c->published != NULL)
        g_date_set_parse (&pub, c->published);
      found = marsad_date_resolve_string (parser, c->text, c->published ? &pub : NULL, &m);
      if (c->from == NULL)
        {
          g_assert_false (found);
          continue;
        }
      g_assert_true (found);
      g_assert_true (m.resolved);
      {
        g_autofree char *from = marsad_date_format (&m.from, m.from_gran);
        g_autofree char *to = marsad_date_format (&m.to, m.to_gran);

        g_assert_cmpstr (from, ==, c->from);
        g_assert_cmpstr (to, ==, c->to);
      }
      g_assert_cmpint (m.precision, ==, c->precision);
      g_assert_cmpint (m.weekday_mismatch, ==, c->mismatch);
    }
}

/* Without a publication date relative expressions are found but never
 * resolved (no clock). */
static void
test_unresolved (void)
{
  g_autoptr(MarsadDateParser) parser = marsad_date_parser_new ();
  const char *relative[] = { "أمس", "مساء الثلاثاء", "منذ منتصف أكتوبر", "الأسبوع الماضي", "ليلاً" };

  for (gsize i = 0; i < G_N_ELEMENTS (relative); i++)
    {
      MarsadDateMatch m;

      g_assert_true (marsad_date_resolve_string (parser, relative[i], NULL, &m));
      g_assert_false (m.resolved);
    }
  /* the start of something the text tells is found and kept, but never
   * resolved from publication, whatever the publication date */
  {
    GDate pub;
    MarsadDateMatch m;

    g_date_clear (&pub, 1);
    g_date_set_dmy (&pub, 24, G_DATE_JANUARY, 2024);
    g_assert_true (marsad_date_resolve_string (parser, "في الأيام الأولى للحملة", &pub, &m));
    g_assert_false (m.resolved);
    /* ... but "الساعات الأولى من يوم الاثنين" is a Monday */
    g_assert_true (marsad_date_resolve_string (parser, "في الساعات الأولى من يوم الاثنين", &pub, &m));
    g_assert_true (m.resolved);
    g_assert_cmpint (g_date_get_day (&m.from), ==, 22);
  }
}

/* The one reader of dates given by users and files: exactly YYYY-MM-DD. */
static void
test_parse_iso (void)
{
  static const struct { const char *text; gboolean ok; } cases[] = {
    { "2024-03-05", TRUE }, { "2024-02-29", TRUE }, { "1900-01-01", TRUE }, { "2199-12-31", TRUE },
    { "2023-02-29", FALSE }, { "2024-1-5", FALSE }, { "2024-+1-01", FALSE }, { " 2024-03-05", FALSE },
    { "2024-03-05 ", FALSE }, { "0001-01-01", FALSE }, { "2200-01-01", FALSE }, { "", FALSE },
    { "05-03-2024", FALSE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate date;

      g_date_clear (&date, 1);
      g_assert_cmpint (marsad_date_parse_iso (cases[i].text, &date), ==, cases[i].ok);
      g_assert_cmpint (g_date_valid (&date), ==, cases[i].ok);
    }
  g_assert_false (marsad_date_parse_iso (NULL, NULL));
}

static void
test_hijri (void)
{
  GDate d;

  /* 1 Ramadan 1445 (Umm al-Qura) was 11 March 2024 */
  g_assert_true (marsad_date_from_hijri (1445, 9, 1, &d));
  g_assert_cmpint (g_date_get_year (&d), ==, 2024);
  g_assert_cmpint (g_date_get_month (&d), ==, 3);
  g_assert_cmpint (g_date_get_day (&d), ==, 11);
  g_assert_false (marsad_date_from_hijri (1445, 13, 1, &d));
}

typedef struct
{
  const char *text;
  const char *published;      /* expected, or NULL */
} DatelineCase;

static const DatelineCase datelines[] = {
  { "بغداد - الأربعاء 24/1/2024\nقصفت طائرات مسيرة موقعا.", "2024-01-24" },
  { "دمشق، 3 شباط 2023 — أعلن الجيش السوري...", "2023-02-03" },
  { "صنعاء في 12 رجب 1445 هـ: قال الحوثيون إنهم استهدفوا سفينة.", "2024-01-24" },
  { "قالت الوزارة أمس إن الغارات توقفت.", NULL },
};

static void
test_detect_published (void)
{
  g_autoptr(MarsadEventExtractor) ex = fixture_extractor ();

  for (gsize i = 0; i < G_N_ELEMENTS (datelines); i++)
    {
      g_autoptr(MarsadDocument) doc = fixture_document (datelines[i].text, NULL, NULL, 0);

      marsad_event_extractor_detect_published (ex, doc);
      if (datelines[i].published == NULL)
        {
          g_assert_null (doc->published);
          continue;
        }
      g_assert_nonnull (doc->published);
      g_assert_true (doc->published_from_text);
      {
        g_autofree char *iso = marsad_date_format (doc->published, MARSAD_DATE_DAY);

        g_assert_cmpstr (iso, ==, datelines[i].published);
      }
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dates/table", test_cases);
  g_test_add_func ("/dates/unresolved", test_unresolved);
  g_test_add_func ("/dates/parse-iso", test_parse_iso);
  g_test_add_func ("/dates/hijri", test_hijri);
  g_test_add_func ("/dates/same-month", test_same_month);
  g_test_add_func ("/dates/dateline", test_detect_published);
  return g_test_run ();
}
