/* marsad-fusion.h: which reports tell the same event
 *
 * Two reports are of one event when they come from different articles,
 * have the same ACLED event type, overlapping dates, compatible actors and
 * the same place: the same gazetteer record, or name within 5 km, points under 1 km
 * apart, a facility (base, airport, camp, quarter) within 6 km of a town,
 * or a point inside a province the other names. Country-wide reports fuse
 * only with country-wide reports, background events never.
 *
 * Groups are complete: every two reports in a group are compatible (no
 * chains A–B–C where A and C differ), and a report that fits two groups
 * that do not fit each other joins neither. The user's choices (keep two
 * reports apart, put two together) win over the rules.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char        *article;      /* reports of one article never fuse */
  const char        *key;          /* stable identity, for the user's choices */
  const char        *type;         /* ACLED event_type */
  const char        *date_start;   /* "YYYY-MM-DD", "YYYY-MM", "YYYY" or NULL */
  const char        *date_end;     /* NULL: date_start's own span */
  gboolean           has_place;
  double             lat, lon;
  const char        *place_name;
  const char        *place_kind;   /* contract kind: town, region, country, ... */
  const char        *country;
  const char        *admin1;
  const char        *source_id;
  const char *const *actors;       /* NULL-terminated, may be NULL */
  gboolean           background;
} MarsadFusionItem;

typedef struct
{
  const char *key_a;
  const char *key_b;
  gboolean    together;            /* FALSE: keep apart */
} MarsadFusionChoice;

/* TRUE when a and b may be one event; *reason (may be NULL) receives why,
 * in English ("same place, same day, same type"). */
gboolean  marsad_fusion_compatible (const MarsadFusionItem *a,
                                    const MarsadFusionItem *b,
                                    const char            **reason);

/* Groups n items: returns group[i], the index of the first item of i's
 * group (group[i] == i for a report alone or first). reasons[i] (may be
 * NULL), for a group's first item, says why its group was formed. */
guint    *marsad_fusion_group      (const MarsadFusionItem   *items,
                                    guint                     n,
                                    const MarsadFusionChoice *choices,
                                    guint                     n_choices,
                                    const char             ***reasons);

G_END_DECLS
