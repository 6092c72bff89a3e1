/* marsad-date-parse.c: reading the words of a time expression, and the
 * calendar dates written in full — day, month (Gregorian names in three
 * naming systems, or Hijri) and year, or digits with separators; Hijri
 * dates convert through ICU's Umm al-Qura calendar
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ucal.h>

#include "marsad-date-private.h"

gboolean
marsad_date_in_sentence (const MarsadDateCtx *c,
                         guint                i)
{
  return i < c->view->n && c->view->words[i].sentence == c->sentence;
}

int
marsad_date_kind_at (const MarsadDateCtx *c,
                     guint                i,
                     int                 *value,
                     guint               *n_words)
{
  const MarsadPhrase *p;
  const MarsadDateVocab *v;

  if (!marsad_date_in_sentence (c, i))
    return K_NONE;
  p = marsad_phrase_table_match_at (c->parser->table, c->view, i);
  if (p == NULL)
    return K_NONE;
  v = p->data;
  if (value != NULL)
    *value = v->value;
  if (n_words != NULL)
    *n_words = p->n_words;
  return v->kind;
}

int
marsad_date_digits_at (const MarsadDateCtx *c,
                       guint                i)
{
  const char *w;
  gsize len;

  if (!marsad_date_in_sentence (c, i))
    return -1;
  w = marsad_word_view_form (c->view, i);
  len = strlen (w);
  if (len == 0 || len > 4)
    return -1;
  for (gsize k = 0; k < len; k++)
    if (!g_ascii_isdigit (w[k]))
      return -1;
  return atoi (w);
}

void
marsad_date_set_range (MarsadDateMatch       *m,
                       const GDate           *from,
                       const GDate           *to,
                       MarsadDateGranularity  gran,
                       MarsadTimePrecision    precision)
{
  m->from = *from;
  m->to = *to;
  m->from_gran = m->to_gran = gran;
  m->precision = precision;
  m->resolved = TRUE;
}

void
marsad_date_set_day (MarsadDateMatch *m,
                     const GDate     *day)
{
  marsad_date_set_range (m, day, day, MARSAD_DATE_DAY, MARSAD_TIME_PRECISION_DAY);
}

void
marsad_date_whole_month (int              year,
                         int              month,
                         MarsadDateMatch *m)
{
  GDate from, to;

  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  g_date_set_dmy (&from, 1, month, year);
  g_date_set_dmy (&to, g_date_get_days_in_month (month, year), month, year);
  marsad_date_set_range (m, &from, &to, MARSAD_DATE_MONTH, MARSAD_TIME_PRECISION_MONTH);
}

gboolean
marsad_date_valid_year (int y)
{
  return y >= 1900 && y <= 2100;
}

/* "24 يناير 2024", "24 كانون الثاني", "12 رجب 1445 هـ", "24/1/2024" */
guint
marsad_date_parse_explicit (const MarsadDateCtx *c,
                            guint                i,
                            MarsadDateMatch     *m)
{
  int d = marsad_date_digits_at (c, i), value = 0, y;
  guint n = 0, j;
  int kind;

  if (d < 1)
    return 0;

  kind = marsad_date_kind_at (c, i + 1, &value, &n);
  if ((kind == K_MONTH || kind == K_HIJRI) && d <= 31)
    {
      int month = value, alt;
      guint n2 = 0;

      j = i + 1 + n;
      guint ny;

      /* "أكتوبر (تشرين الأول)": the same month in another naming system */
      if (marsad_date_kind_at (c, j, &alt, &n2) == kind)
        j += n2;
      ny = marsad_date_year_after (c, j, &y);
      if (kind == K_HIJRI)
        {
          GDate g;

          if (ny == 0 || y < 1300 || y > 1500 || !marsad_date_from_hijri (y, month, d, &g))
            return 0;
          j += ny;
          /* هـ: the era mark */
          if (marsad_date_in_sentence (c, j) && strcmp (marsad_word_view_form (c->view, j), "ه") == 0)
            j++;
          marsad_date_set_day (m, &g);
          m->absolute = TRUE;
          return j - i;
        }
      if (!g_date_valid_dmy (d, month, marsad_date_valid_year (y) ? y : 2000))
        return 0;
      if (marsad_date_valid_year (y))
        {
          GDate g;

          g_date_clear (&g, 1);
          g_date_set_dmy (&g, d, month, y);
          marsad_date_set_day (m, &g);
          m->absolute = TRUE;
          return j + ny - i;
        }
      if (c->pub != NULL)
        {
          /* no year: the latest such day on or before publication */
          GDate g;
          int year = g_date_get_year (c->pub);

          if (!g_date_valid_dmy (d, month, year))
            return 0;
          g_date_clear (&g, 1);
          g_date_set_dmy (&g, d, month, year);
          if (g_date_compare (&g, c->pub) > 0 && g_date_valid_dmy (d, month, year - 1))
            g_date_set_dmy (&g, d, month, year - 1);
          marsad_date_set_day (m, &g);
        }
      return j - i;
    }

  /* digits with / - or . between them: day first, or year first */
  if (marsad_date_in_sentence (c, i + 2))
    {
      int b = marsad_date_digits_at (c, i + 1), e = marsad_date_digits_at (c, i + 2);
      const gunichar seps[] = { '/', '-', '.' };

      for (guint s = 0; s < G_N_ELEMENTS (seps); s++)
        {
          int day = d, month = b, year = e;
          GDate g;

          if (b < 1 || e < 1 || !marsad_word_view_gap_has (c->view, i, seps[s]) ||
              !marsad_word_view_gap_has (c->view, i + 1, seps[s]))
            continue;
          if (marsad_date_valid_year (d))
            {
              year = d;
              day = e;
            }
          if (!marsad_date_valid_year (year) || !g_date_valid_dmy (day, month, year))
            return 0;
          g_date_clear (&g, 1);
          g_date_set_dmy (&g, day, month, year);
          marsad_date_set_day (m, &g);
          m->absolute = TRUE;
          return 3;
        }
    }
  return 0;
}

/* "2019", or "عام 2019" after a bracketed other name of the month: the
 * year word is part of the date, not the start of another */
guint
marsad_date_year_after (const MarsadDateCtx *c,
                        guint                j,
                        int                 *year)
{
  guint n = 0;

  *year = marsad_date_digits_at (c, j);
  if (*year >= 0)
    return 1;
  if (marsad_date_kind_at (c, j, NULL, &n) == K_YEARWORD &&
      marsad_date_valid_year (*year = marsad_date_digits_at (c, j + n)))
    return n + 1;
  *year = -1;
  return 0;
}

/* The ordinal day numbers as written: "السابع" 7, "الحادي عشر" 11,
 * "الثالث والعشرين" 23. The first word's value comes from the vocabulary
 * (K_ORDINAL); a teen or a tens word may follow. */
static int
ordinal_tens (const MarsadDateCtx *c,
              guint                j,
              guint               *n)
{
  static const char * const teen[] = { "عشر", NULL };
  static const char * const twenty[] = { "العشرين", NULL };
  static const char * const thirty[] = { "الثلاثين", NULL };
  const char *form;

  if (!marsad_date_in_sentence (c, j))
    return 0;
  form = marsad_word_view_form (c->view, j);
  *n = 1;
  if (marsad_word_view_is (c->view, j, teen) && strcmp (form, "عشر") == 0)
    return 10;
  /* the tens come after "و": "والعشرين" */
  if (g_str_has_prefix (form, "و") && marsad_word_view_is (c->view, j, twenty))
    return 20;
  if (g_str_has_prefix (form, "و") && marsad_word_view_is (c->view, j, thirty))
    return 30;
  *n = 0;
  return 0;
}

guint
marsad_date_parse_ordinal (const MarsadDateCtx *c,
                           guint                i,
                           int                  unit,
                           MarsadDateMatch     *m)
{
  static const char * const of[] = { "من", NULL };
  int day = unit, month = 0, y, dummy;
  guint j = i + 1, n = 0, ny;
  GDate g;

  /* "العشرين" and "الثلاثين" stand alone; units take a teen or tens word */
  if (unit < 20)
    {
      int tens = ordinal_tens (c, j, &n);

      day = unit + tens;
      j += n;
    }
  if (day < 1 || day > 31 || !marsad_date_in_sentence (c, j) ||
      !marsad_word_view_is (c->view, j, of) || strcmp (marsad_word_view_form (c->view, j), "من") != 0)
    return 0;
  j++;
  if (marsad_date_kind_at (c, j, &month, &n) != K_MONTH)
    return 0;
  j += n;
  if (marsad_date_kind_at (c, j, &dummy, &n) == K_MONTH)
    j += n;
  if (!g_date_valid_dmy (day, month, 2000))
    return 0;
  g_date_clear (&g, 1);
  if ((ny = marsad_date_year_after (c, j, &y)) > 0 && marsad_date_valid_year (y))
    {
      if (!g_date_valid_dmy (day, month, y))
        return 0;
      g_date_set_dmy (&g, day, month, y);
      marsad_date_set_day (m, &g);
      m->absolute = TRUE;
      return j + ny - i;
    }
  /* "الماضي": the latest such day before publication, as without a year */
  if (marsad_date_kind_at (c, j, &dummy, &n) == K_LAST)
    j += n;
  if (c->pub != NULL)
    {
      int year = g_date_get_year (c->pub);

      if (!g_date_valid_dmy (day, month, year))
        year--;
      g_date_set_dmy (&g, day, month, year);
      if (g_date_compare (&g, c->pub) > 0 && g_date_valid_dmy (day, month, year - 1))
        g_date_set_dmy (&g, day, month, year - 1);
      marsad_date_set_day (m, &g);
    }
  return j - i;
}

/* a month name with an optional other-system name and year; *nw = words */
gboolean
marsad_date_parse_month (const MarsadDateCtx *c,
                         guint                i,
                         MarsadDateMatch     *m,
                         guint               *nw)
{
  int month = 0, alt, y;
  guint n = 0, n2 = 0, j;

  if (marsad_date_kind_at (c, i, &month, &n) != K_MONTH)
    return FALSE;
  j = i + n;
  if (marsad_date_kind_at (c, j, &alt, &n2) == K_MONTH)
    j += n2;
  if ((n2 = marsad_date_year_after (c, j, &y)) > 0 && marsad_date_valid_year (y))
    {
      marsad_date_whole_month (y, month, m);
      *nw = j + n2 - i;
      return TRUE;
    }
  /* "باب" is a door, "بآب" in August: a bare آب glued to a proclitic is
   * read as the word, since folding took its madda */
  if (month == 8 && n == 1 && strcmp (marsad_word_view_form (c->view, i), "اب") != 0)
    return FALSE;
  *nw = j - i;
  if (c->pub != NULL)
    {
      int year = g_date_get_year (c->pub);

      marsad_date_whole_month (month > (int) g_date_get_month (c->pub) ? year - 1 : year, month, m);
    }
  return TRUE;
}

gboolean
marsad_date_parse_iso (const char *value,
                       GDate      *date)
{
  guint y, m, d;

  if (value == NULL || strlen (value) != 10 || value[4] != '-' || value[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (value[i]))
      return FALSE;
  y = (guint) g_ascii_strtoull (value, NULL, 10);
  m = (guint) g_ascii_strtoull (value + 5, NULL, 10);
  d = (guint) g_ascii_strtoull (value + 8, NULL, 10);
  /* GDate reaches year 1, where day arithmetic underflows */
  if (y < 1900 || y > 2199 || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

char *
marsad_date_format (const GDate           *date,
                    MarsadDateGranularity  granularity)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;
  switch (granularity)
    {
    case MARSAD_DATE_YEAR:
      return g_strdup_printf ("%04d", g_date_get_year (date));
    case MARSAD_DATE_MONTH:
      return g_strdup_printf ("%04d-%02d", g_date_get_year (date), g_date_get_month (date));
    case MARSAD_DATE_DAY:
    default:
      return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                              g_date_get_month (date), g_date_get_day (date));
    }
}

gboolean
marsad_date_from_hijri (int    year,
                        int    month,
                        int    day,
                        GDate *out)
{
  static const UChar utc[] = { 'U', 'T', 'C', 0 };
  UErrorCode err = U_ZERO_ERROR;
  UCalendar *hijri, *greg;
  UDate when;
  int y, m, d;

  if (month < 1 || month > 12 || day < 1 || day > 30)
    return FALSE;
  hijri = ucal_open (utc, -1, "ar@calendar=islamic-umalqura", UCAL_DEFAULT, &err);
  greg = ucal_open (utc, -1, "en@calendar=gregorian", UCAL_GREGORIAN, &err);
  if (U_FAILURE (err))
    {
      if (hijri != NULL)
        ucal_close (hijri);
      if (greg != NULL)
        ucal_close (greg);
      return FALSE;
    }
  ucal_clear (hijri);
  ucal_setDate (hijri, year, month - 1, day, &err);
  when = ucal_getMillis (hijri, &err);
  ucal_setMillis (greg, when, &err);
  y = ucal_get (greg, UCAL_YEAR, &err);
  m = ucal_get (greg, UCAL_MONTH, &err) + 1;
  d = ucal_get (greg, UCAL_DATE, &err);
  ucal_close (hijri);
  ucal_close (greg);
  if (U_FAILURE (err) || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_clear (out, 1);
  g_date_set_dmy (out, d, m, y);
  return TRUE;
}
