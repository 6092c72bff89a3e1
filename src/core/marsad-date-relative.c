/* marsad-date-relative.c: dates told relative to publication — weekdays,
 * اليوم and أمس, "منذ ثلاثة أيام". Split from marsad-dates.c, which keeps
 * the vocabulary and the descent that calls these.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "marsad-date-private.h"
#include "marsad-numbers.h"

void
marsad_date_day_offset (const GDate *pub,
            int          days,
            GDate       *out)
{
  *out = *pub;
  if (days > 0)
    g_date_add_days (out, days);
  else if (days < 0)
    g_date_subtract_days (out, -days);
}

/* the latest given weekday on or before pub (strictly before for "الماضي") */
void
marsad_date_latest_weekday (const GDate  *pub,
                GDateWeekday  weekday,
                gboolean      strictly_before,
                GDate        *out)
{
  int diff = ((int) g_date_get_weekday (pub) - (int) weekday + 7) % 7;

  if (diff == 0 && strictly_before)
    diff = 7;
  marsad_date_day_offset (pub, -diff, out);
}

/* a weekday, possibly "الماضي", possibly followed by its explicit date */
guint
marsad_date_parse_weekday (const MarsadDateCtx *c,
               guint                i,
               MarsadDateMatch     *m,
               gboolean             anchored)
{
  int wd = 0, dummy;
  guint n = 0, j, ne;
  gboolean last;

  if (marsad_date_kind_at (c, i, &wd, &n) != K_WEEKDAY)
    return 0;
  /* "سوق الجمعة", "حي الأحد", "جامع الجمعة": a weekday after such a
   * noun is part of a place's name, not a day */
  if (i > 0 && marsad_date_in_sentence (c, i - 1))
    {
      static const char * const name_heads[] = {
        "سوق", "حي", "شارع", "ساحه", "جامع", "مسجد", "منطقه", "بسوق", "وسوق", "بحي", "وحي",
        "بشارع", "وشارع", "بساحه", "وساحه", "بجامع", "بمسجد", "ومنطقه", "بمنطقه", NULL,
      };
      const char *prev = marsad_word_view_form (c->view, i - 1);

      for (guint k = 0; name_heads[k] != NULL; k++)
        if (strcmp (prev, name_heads[k]) == 0)
          return 0;
    }
  j = i + n;
  last = marsad_date_kind_at (c, j, &dummy, NULL) == K_LAST;
  /* "الاثنين" is also "the two": a weekday only where a day is expected */
  if (wd == G_DATE_MONDAY && !anchored && !last && marsad_date_digits_at (c, j) < 0)
    return 0;
  if ((ne = marsad_date_parse_explicit (c, j, m)) > 0)
    {
      m->said_weekday = (GDateWeekday) wd;
      m->weekday_mismatch = m->resolved && g_date_get_weekday (&m->from) != (GDateWeekday) wd;
      return j + ne - i;
    }
  m->said_weekday = (GDateWeekday) wd;
  if (c->pub != NULL)
    {
      GDate d;

      marsad_date_latest_weekday (c->pub, (GDateWeekday) wd, last, &d);
      marsad_date_set_day (m, &d);
    }
  return j + (last ? 1 : 0) - i;
}

/* اليوم or أمس (أمس الأول), with an optional weekday in apposition */
guint
marsad_date_parse_relative_day (const MarsadDateCtx *c,
                    guint                i,
                    int                  kind,
                    MarsadDateMatch     *m)
{
  int back = kind == K_YESTERDAY ? 1 : 0, wd = 0;
  guint j = i + 1, n = 0;

  if (kind == K_TODAY && marsad_date_kind_at (c, j, NULL, NULL) == K_NOT_TODAY)
    return 0;
  if (kind == K_YESTERDAY && marsad_date_in_sentence (c, j) &&
      strcmp (marsad_word_view_form (c->view, j), "الاول") == 0)
    {
      back = 2;
      j++;
    }
  if (c->pub != NULL)
    {
      GDate d;

      marsad_date_day_offset (c->pub, -back, &d);
      marsad_date_set_day (m, &d);
    }
  if (marsad_date_kind_at (c, j, &wd, &n) == K_WEEKDAY)
    {
      m->said_weekday = (GDateWeekday) wd;
      m->weekday_mismatch = m->resolved && g_date_get_weekday (&m->from) != (GDateWeekday) wd;
      j += n;
    }
  return j - i;
}

/* N units back from publication, for "منذ" and "قبل" */
guint
marsad_date_parse_duration (const MarsadDateCtx *c,
                guint                i,
                gboolean             since,
                MarsadDateMatch     *m)
{
  const char *words[4];
  guint nw = 0, j = i;
  MarsadNumber num;
  int unit = -1, value = 0, kind;
  gint64 count = 1;
  GDate from, to;

  for (guint k = 0; k < G_N_ELEMENTS (words) && marsad_date_in_sentence (c, i + k); k++, nw++)
    words[k] = marsad_word_view_form (c->view, i + k);
  if (nw > 0 && marsad_number_parse (words, nw, &num))
    {
      count = num.value;
      j += num.n_words;
      if (num.kind == MARSAD_NUMBER_DUAL)
        {
          /* يومين، أسبوعين، شهرين، عامين، ساعتين */
          static const struct { const char *noun; int days; } dual_units[] = {
            { "يوم", 1 }, { "اسبوع", 7 }, { "شهر", 30 }, { "عام", 365 }, { "سنه", 365 }, { "ساعه", 0 },
          };
          for (guint k = 0; k < G_N_ELEMENTS (dual_units); k++)
            if (strcmp (num.noun, dual_units[k].noun) == 0)
              unit = dual_units[k].days;
          if (unit < 0)
            return 0;
        }
    }
  if (unit < 0)
    {
      kind = marsad_date_kind_at (c, j, &value, NULL);
      if (kind == K_UNIT)
        unit = value;
      else if (kind == K_DAYWORD)
        unit = 1;
      else if (kind == K_YEARWORD && marsad_date_digits_at (c, j + 1) < 0)
        unit = 365;
      else
        return 0;
      /* "منذ أيام": a few days */
      if (j == i && strcmp (marsad_word_view_form (c->view, j), "ايام") == 0)
        count = 3;
      j++;
    }
  if (c->pub == NULL)
    return j - i;

  marsad_date_day_offset (c->pub, -(int) MIN (count * unit, 36500), &from);
  to = *c->pub;
  if (!since)
    to = from;
  marsad_date_set_range (m, &from, &to, unit >= 365 ? MARSAD_DATE_YEAR : MARSAD_DATE_DAY,
             unit >= 365 ? MARSAD_TIME_PRECISION_YEAR :
             unit >= 30 ? MARSAD_TIME_PRECISION_MONTH :
             count * unit <= 1 && !since ? MARSAD_TIME_PRECISION_DAY : MARSAD_TIME_PRECISION_WEEK);
  if (unit >= 365)
    m->to_gran = since ? MARSAD_DATE_DAY : MARSAD_DATE_YEAR;
  return j - i;
}
