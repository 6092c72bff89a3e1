/* marsad-fusion.c: which reports tell the same event
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"
#include "marsad-fusion.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "marsad-normalize.h"

/* A date span longer than this (a year, "last spring") says too little to
 * tell two events apart: such reports are never fused. */
#define MAX_SPAN_DAYS 31
#define SAME_POINT_KM 1.0
#define SITE_IN_TOWN_KM 6.0
#define SITE_IN_DISTRICT_KM 10.0
/* two records of one town or site: their points may differ this much */
#define SAME_NAME_KM 5.0

typedef enum
{
  PLACE_SAME,
  PLACE_NEARBY,
  PLACE_SITE_IN_TOWN,
  PLACE_IN_AREA,
  N_PLACE_MATCHES
} PlaceMatch;

/* Static, so that callers may keep them: [place match][same day?] */
static const char *const reasons[N_PLACE_MATCHES][2] = {
  { "same place, overlapping dates, same type", "same place, same day, same type" },
  { "places under 1 km apart, overlapping dates, same type",
    "places under 1 km apart, same day, same type" },
  { "a site in the town, overlapping dates, same type", "a site in the town, same day, same type" },
  { "one place inside the other, overlapping dates, same type",
    "one place inside the other, same day, same type" },
};

static const char *const user_reason = "put together by the user";

static gboolean
parse_span (const char *start,
            const char *end,
            guint32    *first,
            guint32    *last)
{
  guint y, m = 0, d = 0;
  int n;
  GDate date;

  if (start == NULL)
    return FALSE;
  n = sscanf (start, "%4u-%2u-%2u", &y, &m, &d);
  if (n < 1 || y < 1 || y > 9999 || (n >= 2 && (m < 1 || m > 12)))
    return FALSE;
  if (n == 1)
    {
      m = 1;
      d = 1;
    }
  else if (n == 2)
    d = 1;
  if (!g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  *first = g_date_get_julian (&date);
  /* the end of a month or a year written alone */
  if (n == 1)
    g_date_add_years (&date, 1);
  else if (n == 2)
    g_date_add_months (&date, 1);
  if (n < 3)
    g_date_subtract_days (&date, 1);
  *last = g_date_get_julian (&date);

  if (end != NULL && g_strcmp0 (end, start) != 0)
    {
      guint32 end_first, end_last;

      if (!parse_span (end, NULL, &end_first, &end_last) || end_last < *first)
        return FALSE;
      *last = end_last;
    }
  return *last - *first < MAX_SPAN_DAYS;
}

static double
distance_km (double lat1, double lon1, double lat2, double lon2)
{
  const double r = 6371.0, rad = G_PI / 180.0;
  double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
  double h = sin (dlat / 2) * sin (dlat / 2) +
             cos (lat1 * rad) * cos (lat2 * rad) * sin (dlon / 2) * sin (dlon / 2);

  return 2 * r * asin (MIN (1.0, sqrt (h)));
}

static gboolean
kind_is (const char        *kind,
         const char *const *kinds)
{
  for (guint i = 0; kind != NULL && kinds[i] != NULL; i++)
    if (g_str_equal (kind, kinds[i]))
      return TRUE;
  return FALSE;
}

static const char *const settlement_kinds[] = { "city", "town", "village", NULL };
static const char *const site_kinds[] = {
  "neighbourhood", "military_base", "airport", "camp", "facility", NULL
};

/* An item with what every comparison needs worked out once: a group of
 * thousands of reports compares each with every report of its month. */
typedef struct
{
  const MarsadFusionItem *item;
  const char             *type;         /* interned: compared as pointers */
  gboolean                dated;
  guint32                 first, last;  /* Julian days */
  gboolean                settlement, site, region, district, country;
  char                   *name;         /* folded */
  GStrv                   actors;       /* folded */
} Prepared;

static void
prepare (Prepared               *p,
         const MarsadFusionItem *item)
{
  guint n = 0;

  p->item = item;
  p->type = item->type != NULL ? g_intern_string (item->type) : NULL;
  p->dated = parse_span (item->date_start, item->date_end, &p->first, &p->last);
  p->settlement = kind_is (item->place_kind, settlement_kinds);
  p->site = kind_is (item->place_kind, site_kinds);
  p->region = g_strcmp0 (item->place_kind, "region") == 0;
  p->district = g_strcmp0 (item->place_kind, "district") == 0;
  p->country = g_strcmp0 (item->place_kind, "country") == 0;
  p->name = item->place_name != NULL ? marsad_normalize_string (item->place_name) : NULL;
  while (item->actors != NULL && item->actors[n] != NULL)
    n++;
  p->actors = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    p->actors[i] = marsad_normalize_string (item->actors[i]);
}

static void
prepared_clear (Prepared *p)
{
  g_clear_pointer (&p->name, g_free);
  g_clear_pointer (&p->actors, g_strfreev);
}

static gboolean
is_point (const Prepared *p)
{
  return p->settlement || p->site;
}

/* a point inside the province or district `area` names */
static gboolean
point_in_area (const Prepared *point,
               const Prepared *area)
{
  const MarsadFusionItem *pi = point->item, *ai = area->item;

  if (!is_point (point) || g_strcmp0 (pi->country, ai->country) != 0)
    return FALSE;
  if (area->region)
    return pi->admin1 != NULL && ai->admin1 != NULL && g_ascii_strcasecmp (pi->admin1, ai->admin1) == 0;
  if (area->district)
    return distance_km (pi->lat, pi->lon, ai->lat, ai->lon) <= SITE_IN_DISTRICT_KM;
  return FALSE;
}

/* One place under two gazetteer records: the same name and kind, in one
 * country and, for a town or a site, close by. Places share names (many
 * villages do): a namesake farther off is another place. */
static gboolean
same_name (const Prepared *a,
           const Prepared *b)
{
  const MarsadFusionItem *ai = a->item, *bi = b->item;

  if (a->name == NULL || *a->name == '\0' || g_strcmp0 (a->name, b->name) != 0 ||
      g_strcmp0 (ai->place_kind, bi->place_kind) != 0 || g_strcmp0 (ai->country, bi->country) != 0)
    return FALSE;
  if (is_point (a))
    return distance_km (ai->lat, ai->lon, bi->lat, bi->lon) <= SAME_NAME_KM;
  /* a province or district: one of that name in a province */
  return ai->admin1 == NULL || bi->admin1 == NULL || g_ascii_strcasecmp (ai->admin1, bi->admin1) == 0;
}

static gboolean
match_places (const Prepared *a,
              const Prepared *b,
              PlaceMatch     *match)
{
  const MarsadFusionItem *ai = a->item, *bi = b->item;
  double km;

  if (!ai->has_place || !bi->has_place)
    return FALSE;
  if ((ai->source_id != NULL && g_strcmp0 (ai->source_id, bi->source_id) == 0) ||
      same_name (a, b))
    {
      *match = PLACE_SAME;
      return TRUE;
    }
  /* "in Syria" may be any of its strikes: it stays apart */
  if (a->country || b->country)
    return FALSE;
  if (point_in_area (a, b) || point_in_area (b, a))
    {
      *match = PLACE_IN_AREA;
      return TRUE;
    }
  if (!is_point (a) || !is_point (b))
    return FALSE;

  km = distance_km (ai->lat, ai->lon, bi->lat, bi->lon);
  /* two gazetteer records of one place; a village 2 km from a town is another place */
  if (km <= SAME_POINT_KM)
    {
      *match = PLACE_NEARBY;
      return TRUE;
    }
  /* a base, an airport or a quarter of the town the other report names;
   * two towns stay two towns however near */
  if (km <= SITE_IN_TOWN_KM && ((a->site && b->settlement) || (b->site && a->settlement)))
    {
      *match = PLACE_SITE_IN_TOWN;
      return TRUE;
    }
  return FALSE;
}

/* Actors as written differ ("الجيش الإسرائيلي", "إسرائيل"): compatible when
 * either report names none, or one name holds the other. */
static gboolean
actors_compatible (const Prepared *a,
                   const Prepared *b)
{
  if (a->actors[0] == NULL || b->actors[0] == NULL)
    return TRUE;
  for (guint i = 0; a->actors[i] != NULL; i++)
    for (guint j = 0; b->actors[j] != NULL; j++)
      {
        const char *fa = a->actors[i], *fb = b->actors[j];

        if (*fa != '\0' && *fb != '\0' && (strstr (fa, fb) != NULL || strstr (fb, fa) != NULL))
          return TRUE;
      }
  return FALSE;
}

/* Cheapest tests first: most pairs differ in type or dates. */
static gboolean
compatible (const Prepared *a,
            const Prepared *b,
            const char    **reason)
{
  PlaceMatch match;
  gboolean same_day;

  if (a->type == NULL || a->type != b->type || !a->dated || !b->dated ||
      a->last < b->first || b->last < a->first)
    return FALSE;
  if (a->item->background || b->item->background)
    return FALSE;
  if (a->item->article != NULL && g_strcmp0 (a->item->article, b->item->article) == 0)
    return FALSE;
  if (!match_places (a, b, &match) || !actors_compatible (a, b))
    return FALSE;

  same_day = a->first == a->last && b->first == b->last && a->first == b->first;
  if (reason != NULL)
    *reason = reasons[match][same_day];
  return TRUE;
}

gboolean
marsad_fusion_compatible (const MarsadFusionItem *a,
                          const MarsadFusionItem *b,
                          const char            **reason)
{
  Prepared pa, pb;
  gboolean ok;

  prepare (&pa, a);
  prepare (&pb, b);
  ok = compatible (&pa, &pb, reason);
  prepared_clear (&pa);
  prepared_clear (&pb);
  return ok;
}

/* ---- grouping ---- */

typedef struct
{
  const MarsadFusionItem   *items;
  Prepared                 *prep;
  guint                     n;
  guint                    *root;        /* union-find, root = lowest index */
  GPtrArray                *members;     /* per root: GArray of guint */
  GHashTable               *choices;     /* "i:j" (i < j) → GINT_TO_POINTER (1 together, 2 apart) */
  const char              **reasons;
} Grouping;

static guint
find_root (Grouping *g,
           guint     i)
{
  while (g->root[i] != i)
    i = g->root[i] = g->root[g->root[i]];
  return i;
}

static char *
pair_key (guint i,
          guint j)
{
  return g_strdup_printf ("%u:%u", MIN (i, j), MAX (i, j));
}

static int
choice_between (Grouping *g,
                guint     i,
                guint     j)
{
  g_autofree char *key = pair_key (i, j);

  return GPOINTER_TO_INT (g_hash_table_lookup (g->choices, key));
}

static void
join (Grouping   *g,
      guint       a,
      guint       b,
      const char *reason)
{
  guint ra = find_root (g, a), rb = find_root (g, b);
  guint keep = MIN (ra, rb), gone = MAX (ra, rb);
  GArray *kept, *moved;

  if (ra == rb)
    return;
  kept = g_ptr_array_index (g->members, keep);
  moved = g_ptr_array_index (g->members, gone);
  g_array_append_vals (kept, moved->data, moved->len);
  g_array_set_size (moved, 0);
  g->root[gone] = keep;
  if (g->reasons[keep] == NULL || g->reasons[gone] == user_reason)
    g->reasons[keep] = g->reasons[gone] != NULL ? g->reasons[gone] : reason;
  g->reasons[gone] = NULL;
}

/* Every member of one group fits every member of the other. */
static gboolean
groups_fit (Grouping *g,
            guint     ra,
            guint     rb)
{
  GArray *ma = g_ptr_array_index (g->members, ra);
  GArray *mb = g_ptr_array_index (g->members, rb);

  for (guint x = 0; x < ma->len; x++)
    for (guint y = 0; y < mb->len; y++)
      {
        guint i = g_array_index (ma, guint, x), j = g_array_index (mb, guint, y);
        int choice = choice_between (g, i, j);

        if (choice == 2)
          return FALSE;
        if (choice != 1 && !compatible (&g->prep[i], &g->prep[j], NULL))
          return FALSE;
      }
  return TRUE;
}

/* By date, then by key: the reports' content, not the order they were
 * imported in, decides the order they are grouped in, so that the same
 * articles give the same events whatever order they came in (GNU parallel
 * hands them over in any order). */
static int
compare_by_start (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const Prepared *prep = user_data;
  guint ia = *(const guint *) a, ib = *(const guint *) b;
  guint32 da = prep[ia].dated ? prep[ia].first : 0, db = prep[ib].dated ? prep[ib].first : 0;
  int c;

  if (da != db)
    return da < db ? -1 : 1;
  if ((c = g_strcmp0 (prep[ia].item->key, prep[ib].item->key)) != 0)
    return c;
  return ia < ib ? -1 : ia > ib;
}

static void
apply_choices (Grouping                 *g,
               const MarsadFusionChoice *choices,
               guint                     n_choices)
{
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g->n; i++)
    if (g->items[i].key != NULL)
      g_hash_table_insert (index, (gpointer) g->items[i].key, GUINT_TO_POINTER (i + 1));

  for (guint c = 0; c < n_choices; c++)
    {
      guint a = GPOINTER_TO_UINT (g_hash_table_lookup (index, choices[c].key_a));
      guint b = GPOINTER_TO_UINT (g_hash_table_lookup (index, choices[c].key_b));

      if (a == 0 || b == 0 || a == b)
        continue;  /* a report that is no longer there */
      g_hash_table_insert (g->choices, pair_key (a - 1, b - 1),
                           GINT_TO_POINTER (choices[c].together ? 1 : 2));
    }

  /* the user's "together" first, unless it contradicts their "apart" */
  for (guint c = 0; c < n_choices; c++)
    {
      guint a = GPOINTER_TO_UINT (g_hash_table_lookup (index, choices[c].key_a));
      guint b = GPOINTER_TO_UINT (g_hash_table_lookup (index, choices[c].key_b));
      guint ra, rb;

      if (!choices[c].together || a == 0 || b == 0 || a == b)
        continue;
      ra = find_root (g, a - 1);
      rb = find_root (g, b - 1);
      if (ra == rb)
        continue;
      {
        GArray *ma = g_ptr_array_index (g->members, ra);
        GArray *mb = g_ptr_array_index (g->members, rb);
        gboolean apart = FALSE;

        for (guint x = 0; x < ma->len && !apart; x++)
          for (guint y = 0; y < mb->len && !apart; y++)
            apart = choice_between (g, g_array_index (ma, guint, x), g_array_index (mb, guint, y)) == 2;
        if (!apart)
          join (g, ra, rb, user_reason);
      }
    }
}

guint *
marsad_fusion_group (const MarsadFusionItem   *items,
                     guint                     n,
                     const MarsadFusionChoice *choices,
                     guint                     n_choices,
                     const char             ***reasons_out)
{
  Grouping g = { items, NULL, n, NULL, NULL, NULL, NULL };
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (guint));
  guint *group;

  g.root = g_new (guint, MAX (n, 1));
  g.prep = g_new0 (Prepared, MAX (n, 1));
  g.members = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g.choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g.reasons = g_new0 (const char *, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      GArray *m = g_array_new (FALSE, FALSE, sizeof (guint));

      g_array_append_val (m, i);
      g_ptr_array_add (g.members, m);
      g.root[i] = i;
      order[i] = i;
      prepare (&g.prep[i], &items[i]);
    }

  apply_choices (&g, choices, n_choices);

  /* In date order, each report looks back over the reports that started at
   * most MAX_SPAN_DAYS before it (any that overlap it). */
  g_qsort_with_data (order, n, sizeof (guint), compare_by_start, g.prep);
  for (guint k = 0; k < n; k++)
    {
      guint i = order[k];
      const char *reason = NULL;

      if (!g.prep[i].dated)
        continue;
      g_array_set_size (candidates, 0);
      for (guint back = k; back-- > 0;)
        {
          guint j = order[back], rj;
          const char *pair_reason;
          gboolean seen = FALSE;

          if (!g.prep[j].dated)
            continue;
          if (g.prep[j].first + MAX_SPAN_DAYS < g.prep[i].first)
            break;
          if (!compatible (&g.prep[i], &g.prep[j], &pair_reason))
            continue;
          rj = find_root (&g, j);
          if (rj == find_root (&g, i))
            continue;
          for (guint c = 0; c < candidates->len; c++)
            seen = seen || g_array_index (candidates, guint, c) == rj;
          if (!seen && groups_fit (&g, find_root (&g, i), rj))
            {
              g_array_append_val (candidates, rj);
              if (reason == NULL)
                reason = pair_reason;
            }
        }
      if (candidates->len == 0)
        continue;
      /* fitting two groups that do not fit each other: it could be either
       * event, so it joins neither */
      for (guint x = 0; x < candidates->len; x++)
        for (guint y = x + 1; y < candidates->len; y++)
          if (!groups_fit (&g, g_array_index (candidates, guint, x), g_array_index (candidates, guint, y)))
            goto next;
      for (guint c = 0; c < candidates->len; c++)
        join (&g, i, g_array_index (candidates, guint, c), reason);
    next:
      ;
    }

  group = g_new (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    group[i] = find_root (&g, i);
  if (reasons_out != NULL)
    *reasons_out = g_steal_pointer (&g.reasons);
  g_free (g.reasons);
  for (guint i = 0; i < n; i++)
    prepared_clear (&g.prep[i]);
  g_free (g.prep);
  g_free (g.root);
  g_ptr_array_unref (g.members);
  g_hash_table_unref (g.choices);
  return group;
}
