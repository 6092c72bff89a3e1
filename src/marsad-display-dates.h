/* marsad-display-dates.h: dates as the interface writes them
 *
 * Month and weekday names come from Marsad's own translations, not from
 * the C library's locale: one set of Arabic month names (يناير، فبراير…,
 * those of the map exports) whatever LC_TIME says, and no space-padded day
 * numbers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "March" (month 1..12). */
const char *marsad_display_month_name  (guint month);
/* "Tuesday 5 March 2024": a publication date. */
char       *marsad_display_long_date   (const GDate *date);
/* "5 Mar 2024": an event's day. */
char       *marsad_display_short_date  (guint year,
                                        guint month,
                                        guint day);
/* "22–23 May 2024", "30 Apr – 2 May 2024", "30 Dec 2023 – 2 Jan 2024":
 * the days from start to end, both valid. */
char       *marsad_display_short_range (const GDate *start,
                                        const GDate *end);
/* "March 2024". */
char       *marsad_display_month_year  (guint year,
                                        guint month);

G_END_DECLS
