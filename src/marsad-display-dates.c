/* marsad-display-dates.c: dates as the interface writes them
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "marsad-display-dates.h"

static const char * const month_names[] = {
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
  NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
  NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
  NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
};

static const char * const month_abbreviations[] = {
  NC_("month abbreviation", "Jan"), NC_("month abbreviation", "Feb"), NC_("month abbreviation", "Mar"),
  NC_("month abbreviation", "Apr"), NC_("month abbreviation", "May"), NC_("month abbreviation", "Jun"),
  NC_("month abbreviation", "Jul"), NC_("month abbreviation", "Aug"), NC_("month abbreviation", "Sep"),
  NC_("month abbreviation", "Oct"), NC_("month abbreviation", "Nov"), NC_("month abbreviation", "Dec"),
};

/* In GDateWeekday's order, Monday first. */
static const char * const weekday_names[] = {
  NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
  NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday"),
  NC_("weekday", "Sunday"),
};

const char *
marsad_display_month_name (guint month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, "");
  return g_dpgettext2 (NULL, "month", month_names[month - 1]);
}

char *
marsad_display_long_date (const GDate *date)
{
  GDateWeekday weekday;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  weekday = g_date_get_weekday (date);
  /* TRANSLATORS: a publication date: weekday, day, month, year, e.g.
   * "Tuesday 5 March 2024"; reorder with %1$s…%4$d */
  return g_strdup_printf (C_("long date", "%1$s %2$d %3$s %4$d"),
                          g_dpgettext2 (NULL, "weekday", weekday_names[weekday - 1]),
                          g_date_get_day (date),
                          marsad_display_month_name (g_date_get_month (date)),
                          g_date_get_year (date));
}

char *
marsad_display_short_date (guint year,
                           guint month,
                           guint day)
{
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);
  /* TRANSLATORS: an event's day: day, abbreviated month, year, e.g.
   * "5 Mar 2024"; reorder with %1$d…%3$d */
  return g_strdup_printf (C_("short date", "%1$d %2$s %3$d"), day,
                          g_dpgettext2 (NULL, "month abbreviation", month_abbreviations[month - 1]),
                          year);
}

char *
marsad_display_short_range (const GDate *start,
                            const GDate *end)
{
  guint y1, m1, y2, m2;

  g_return_val_if_fail (start != NULL && g_date_valid (start), NULL);
  g_return_val_if_fail (end != NULL && g_date_valid (end), NULL);
  y1 = g_date_get_year (start);
  m1 = g_date_get_month (start);
  y2 = g_date_get_year (end);
  m2 = g_date_get_month (end);
  if (y1 == y2 && m1 == m2)
    /* TRANSLATORS: days of one month, e.g. "22–23 May 2024": first day,
     * last day, abbreviated month, year; reorder with %1$d…%4$d */
    return g_strdup_printf (C_("short date range", "%1$d–%2$d %3$s %4$d"),
                            g_date_get_day (start), g_date_get_day (end),
                            g_dpgettext2 (NULL, "month abbreviation", month_abbreviations[m1 - 1]), y1);
  if (y1 == y2)
    /* TRANSLATORS: days of two months of one year, e.g. "30 Apr – 2 May
     * 2024"; reorder with %1$d…%5$d */
    return g_strdup_printf (C_("short date range", "%1$d %2$s – %3$d %4$s %5$d"),
                            g_date_get_day (start),
                            g_dpgettext2 (NULL, "month abbreviation", month_abbreviations[m1 - 1]),
                            g_date_get_day (end),
                            g_dpgettext2 (NULL, "month abbreviation", month_abbreviations[m2 - 1]), y1);
  {
    g_autofree char *from = marsad_display_short_date (y1, m1, g_date_get_day (start));
    g_autofree char *to = marsad_display_short_date (y2, m2, g_date_get_day (end));

    /* TRANSLATORS: two short dates, e.g. "30 Dec 2023 – 2 Jan 2024" */
    return g_strdup_printf (C_("short date range", "%1$s – %2$s"), from, to);
  }
}

char *
marsad_display_month_year (guint year,
                           guint month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);
  /* TRANSLATORS: a month and its year, e.g. "March 2024" */
  return g_strdup_printf (C_("month and year", "%1$s %2$d"), marsad_display_month_name (month), year);
}
