/* marsad-event-tally.c: which events a report's tally sums
 *
 * A lead often gives the toll of several attacks at once ("مقتل 20 على
 * الأقل في هجمات للدعم السريع بولاية الجزيرة") before telling each one
 * ("11 قتيلا في قرية تابعة لمحلية أم قرى", "ستة من قرية ود الفضل"). The
 * tally stays an event, as the report gives it, but it is no further
 * event: the analyst sees what it sums, and a count of the dead must not
 * add both. The relation is worked out from the events as they are, never
 * stored, so an edit (a removed event, a moved place) can leave it stale.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "marsad-document.h"
#include "marsad-gazetteer.h"

static gboolean
is_violent (const MarsadEvent *event)
{
  return g_strcmp0 (event->type, "Battles") == 0 || g_strcmp0 (event->type, "Explosions/Remote violence") == 0 ||
         g_strcmp0 (event->type, "Violence against civilians") == 0;
}

/* how far from a tally's place its parts may lie, by the tally's kind;
 * 0 when no place of that kind holds others */
static double
reach_km (const MarsadPlace *tally)
{
  static const struct { const char *kind; double km; } reach[] = {
    { "region", 250.0 }, { "georegion", 350.0 }, { "water", 350.0 }, { "district", 60.0 },
    { "city", 15.0 }, { "town", 8.0 }, { "camp", 3.0 }, { "border", 150.0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (reach); i++)
    if (g_strcmp0 (tally->kind, reach[i].kind) == 0)
      return reach[i].km;
  return 0.0;
}

/* a city holds its quarters and sites, not other towns */
static gboolean
finer_than (const MarsadPlace *part,
            const MarsadPlace *tally)
{
  static const char * const sites[] = { "neighbourhood", "camp", "facility", "military_base", "airport", NULL };

  if (g_strcmp0 (tally->kind, "city") == 0 || g_strcmp0 (tally->kind, "town") == 0 ||
      g_strcmp0 (tally->kind, "camp") == 0)
    return part->kind != NULL && g_strv_contains (sites, part->kind);
  return g_strcmp0 (part->kind, "country") != 0 && g_strcmp0 (part->kind, tally->kind) != 0;
}

static gboolean
place_holds (const MarsadPlace *tally,
             const MarsadPlace *part)
{
  g_autofree char *name = NULL, *admin = NULL;

  if (tally == part || !finer_than (part, tally))
    return FALSE;
  if (tally->country != NULL && part->country != NULL && strcmp (tally->country, part->country) != 0 &&
      g_strcmp0 (tally->kind, "border") != 0)
    return FALSE;
  if (g_strcmp0 (tally->kind, "country") == 0)
    return g_strcmp0 (tally->country, part->country) == 0;
  /* a province holds the towns the gazetteer files under it */
  if (tally->name_en != NULL && part->admin1 != NULL)
    {
      name = g_utf8_casefold (tally->name_en, -1);
      admin = g_utf8_casefold (part->admin1, -1);
      if (strstr (admin, name) != NULL || strstr (name, admin) != NULL)
        return TRUE;
    }
  return marsad_gazetteer_distance_km (tally->lat, tally->lon, part->lat, part->lon) <= reach_km (tally);
}

/* "YYYY-MM-DD", "YYYY-MM" or "YYYY" as the first and last day it covers */
static gboolean
date_bounds (const char *start,
             const char *end,
             char        from[11],
             char        to[11])
{
  const char *last = end != NULL ? end : start;
  gsize n;

  if (start == NULL)
    return FALSE;
  n = strlen (start);
  g_snprintf (from, 11, "%s%s", start, n == 4 ? "-01-01" : n == 7 ? "-01" : "");
  n = strlen (last);
  g_snprintf (to, 11, "%s%s", last, n == 4 ? "-12-31" : n == 7 ? "-31" : "");
  return TRUE;
}

/* the part's days fall within the tally's, or either is undated */
static gboolean
dates_within (const MarsadEvent *tally,
              const MarsadEvent *part)
{
  char tf[11], tt[11], pf[11], pt[11];

  if (!date_bounds (tally->date_start, tally->date_end, tf, tt) ||
      !date_bounds (part->date_start, part->date_end, pf, pt))
    return TRUE;
  return strcmp (pf, tf) >= 0 && strcmp (pt, tt) <= 0;
}

GPtrArray *
marsad_document_dup_tally_parts (const MarsadDocument *doc,
                                 const MarsadEvent    *event)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const MarsadPlace *place;
  int min, max, sum = 0;

  g_return_val_if_fail (doc != NULL && event != NULL, NULL);

  if (event->background || !is_violent (event) || event->place_id == NULL ||
      !marsad_event_get_fatalities (event, &min, &max) || min < 2 ||
      (place = marsad_document_find_place (doc, event->place_id)) == NULL)
    return g_steal_pointer (&parts);

  for (guint i = 0; i < doc->events->len; i++)
    {
      const MarsadEvent *e = g_ptr_array_index (doc->events, i);
      const MarsadPlace *p;
      int emin, emax;

      if (e == event || e->background || !is_violent (e) || e->place_id == NULL ||
          !marsad_event_get_fatalities (e, &emin, &emax) || emax > max ||
          (p = marsad_document_find_place (doc, e->place_id)) == NULL ||
          !place_holds (place, p) || !dates_within (event, e))
        continue;
      g_ptr_array_add (parts, (gpointer) e);
      sum += emin;
    }
  /* more dead in the parts than in the tally: separate events, not its
   * parts; one part with the tally's own figure retells it */
  if (sum > max || (parts->len == 1 && sum >= min))
    g_ptr_array_set_size (parts, 0);
  return g_steal_pointer (&parts);
}
