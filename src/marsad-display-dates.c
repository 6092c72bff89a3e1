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
marsad_display_month_year (guint year,
                           guint month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);
  /* TRANSLATORS: a month and its year, e.g. "March 2024" */
  return g_strdup_printf (C_("month and year", "%1$s %2$d"), marsad_display_month_name (month), year);
}
