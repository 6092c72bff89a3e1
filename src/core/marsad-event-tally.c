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
#include "marsad-event-private.h"
#include "marsad-gazetteer.h"

gboolean
marsad_event_is_violent (const MarsadEvent *event)
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

gboolean
marsad_place_filed_under (const MarsadPlace *region,
                          const MarsadPlace *place)
{
  g_autofree char *name = NULL, *admin = NULL;

  if (region->name_en == NULL || place->admin1 == NULL)
    return FALSE;
  name = g_utf8_casefold (region->name_en, -1);
  admin = g_utf8_casefold (place->admin1, -1);
  return strstr (admin, name) != NULL || strstr (name, admin) != NULL;
}

gboolean
marsad_event_place_holds (const MarsadPlace *tally,
                          const MarsadPlace *part)
{
  if (tally == part || !finer_than (part, tally))
    return FALSE;
  if (tally->country != NULL && part->country != NULL && strcmp (tally->country, part->country) != 0 &&
      g_strcmp0 (tally->kind, "border") != 0)
    return FALSE;
  if (g_strcmp0 (tally->kind, "country") == 0)
    return g_strcmp0 (tally->country, part->country) == 0;
  /* a province holds the towns the gazetteer files under it */
  if (marsad_place_filed_under (tally, part))
    return TRUE;
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

/* An event that could be a tally's part: violent, placed, with its dead */
typedef struct
{
  const MarsadEvent *event;
  guint              index;  /* in doc->events */
  int                min;
  int                max;
} Candidate;

/* The candidates at one place with the same days, by toll: a tally's
 * dates are weighed once per group, and only the parts no larger than
 * its toll are walked */
typedef struct
{
  gboolean  dated;
  char      from[11];
  char      to[11];
  GArray   *candidates;  /* Candidate, by max then index */
} DayGroup;

typedef struct PlaceEntry PlaceEntry;
struct PlaceEntry
{
  const MarsadPlace *place;
  GPtrArray         *groups;  /* DayGroup * */
  GPtrArray         *held;    /* PlaceEntry * this place holds; NULL until a tally asks */
};

typedef struct
{
  const MarsadDocument *doc;
  GHashTable *places;         /* id → first MarsadPlace of that id, as find_place */
  GHashTable *entries;        /* MarsadPlace * → PlaceEntry *, places with candidates */
  GPtrArray  *entry_list;     /* PlaceEntry *, owned */
  guint64    *steps;
} TallyIndex;

static void
day_group_free (gpointer data)
{
  DayGroup *group = data;

  g_array_unref (group->candidates);
  g_free (group);
}

static void
place_entry_free (gpointer data)
{
  PlaceEntry *entry = data;

  g_ptr_array_unref (entry->groups);
  g_clear_pointer (&entry->held, g_ptr_array_unref);
  g_free (entry);
}

static PlaceEntry *
place_entry_new (const MarsadPlace *place)
{
  PlaceEntry *entry = g_new0 (PlaceEntry, 1);

  entry->place = place;
  entry->groups = g_ptr_array_new_with_free_func (day_group_free);
  return entry;
}

static void
tally_index_clear (TallyIndex *idx)
{
  g_clear_pointer (&idx->places, g_hash_table_unref);
  g_clear_pointer (&idx->entries, g_hash_table_unref);
  g_clear_pointer (&idx->entry_list, g_ptr_array_unref);
}

static void
count (const TallyIndex *idx,
       guint64           n)
{
  if (idx->steps != NULL)
    *idx->steps += n;
}

/* the place a tally or a part stands at, with its dead; FALSE when it can
 * be neither */
static gboolean
candidate_of (const TallyIndex   *idx,
              const MarsadEvent  *e,
              const MarsadPlace **place,
              int                *min,
              int                *max)
{
  if (e->background || !marsad_event_is_violent (e) || e->place_id == NULL || !marsad_event_get_fatalities (e, min, max))
    return FALSE;
  *place = g_hash_table_lookup (idx->places, e->place_id);
  return *place != NULL;
}

static gint
by_toll (gconstpointer a,
         gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->max != y->max)
    return x->max < y->max ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

static void
tally_index_init (TallyIndex           *idx,
                  const MarsadDocument *doc,
                  guint64              *steps)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  idx->doc = doc;
  idx->steps = steps;
  idx->places = g_hash_table_new (g_str_hash, g_str_equal);
  idx->entries = g_hash_table_new (g_direct_hash, g_direct_equal);
  idx->entry_list = g_ptr_array_new_with_free_func (place_entry_free);
  for (guint i = doc->places->len; i > 0; i--)
    {
      MarsadPlace *place = g_ptr_array_index (doc->places, i - 1);

      /* the first of an id wins, as in marsad_document_find_place */
      if (place->id != NULL)
        g_hash_table_insert (idx->places, place->id, place);
    }

  for (guint i = 0; i < doc->events->len; i++)
    {
      const MarsadEvent *e = g_ptr_array_index (doc->events, i);
      const MarsadPlace *place;
      Candidate c = { e, i, 0, 0 };
      char from[11], to[11];
      gboolean dated = date_bounds (e->date_start, e->date_end, from, to);
      g_autofree char *key = NULL;
      PlaceEntry *entry;
      DayGroup *group;

      if (!candidate_of (idx, e, &place, &c.min, &c.max))
        continue;
      entry = g_hash_table_lookup (idx->entries, place);
      if (entry == NULL)
        {
          entry = place_entry_new (place);
          g_hash_table_insert (idx->entries, (gpointer) place, entry);
          g_ptr_array_add (idx->entry_list, entry);
        }
      key = g_strdup_printf ("%p %s %s", (const void *) place, dated ? from : "-", dated ? to : "-");
      group = g_hash_table_lookup (groups, key);
      if (group == NULL)
        {
          group = g_new0 (DayGroup, 1);
          group->dated = dated;
          memcpy (group->from, from, sizeof from);
          memcpy (group->to, to, sizeof to);
          group->candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
          g_ptr_array_add (entry->groups, group);
          g_hash_table_insert (groups, g_steal_pointer (&key), group);
        }
      g_array_append_val (group->candidates, c);
    }
  for (guint i = 0; i < idx->entry_list->len; i++)
    {
      PlaceEntry *entry = g_ptr_array_index (idx->entry_list, i);

      for (guint j = 0; j < entry->groups->len; j++)
        g_array_sort (((DayGroup *) g_ptr_array_index (entry->groups, j))->candidates, by_toll);
    }
}

/* the places with candidates that a tally's place holds: weighed once per
 * place, however many tallies stand there */
static GPtrArray *
held_by (TallyIndex        *idx,
         const MarsadPlace *place)
{
  /* a tally is a candidate too, so its place has an entry */
  PlaceEntry *entry = g_hash_table_lookup (idx->entries, place);

  if (entry->held == NULL)
    {
      entry->held = g_ptr_array_new ();
      for (guint i = 0; i < idx->entry_list->len; i++)
        {
          PlaceEntry *other = g_ptr_array_index (idx->entry_list, i);

          if (marsad_event_place_holds (place, other->place))
            g_ptr_array_add (entry->held, other);
        }
      count (idx, idx->entry_list->len);
    }
  return entry->held;
}

static gint
by_index (gconstpointer a,
          gconstpointer b)
{
  const Candidate *x = *(const Candidate * const *) a, *y = *(const Candidate * const *) b;

  return x->index < y->index ? -1 : x->index > y->index;
}

static GPtrArray *
tally_parts (TallyIndex        *idx,
             const MarsadEvent *event)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  GPtrArray *parts = g_ptr_array_new ();
  const MarsadPlace *place;
  GPtrArray *held;
  char tf[11], tt[11];
  gboolean dated;
  int min, max;
  gint64 sum = 0;

  if (!candidate_of (idx, event, &place, &min, &max) || min < 2)
    return parts;
  dated = date_bounds (event->date_start, event->date_end, tf, tt);
  held = held_by (idx, place);
  for (guint i = 0; i < held->len && sum <= max; i++)
    {
      const PlaceEntry *entry = g_ptr_array_index (held, i);

      for (guint j = 0; j < entry->groups->len && sum <= max; j++)
        {
          const DayGroup *group = g_ptr_array_index (entry->groups, j);

          count (idx, 1);
          /* the part's days fall within the tally's, or either is undated */
          if (dated && group->dated && (strcmp (group->from, tf) < 0 || strcmp (group->to, tt) > 0))
            continue;
          /* by toll: the rest are larger than the tally; and once the parts
           * add up to more than it, they are no parts of it whatever else
           * is found, so the walk stops there */
          for (guint k = 0; k < group->candidates->len && sum <= max; k++)
            {
              const Candidate *c = &g_array_index (group->candidates, Candidate, k);

              count (idx, 1);
              if (c->max > max)
                break;
              if (c->event == event)
                continue;
              g_ptr_array_add (found, (gpointer) c);
              sum += c->min;
            }
        }
    }
  /* more dead in the parts than in the tally: separate events, not its
   * parts; one part with the tally's own figure retells it */
  if (sum > max || (found->len == 1 && sum >= min))
    return parts;
  g_ptr_array_sort (found, by_index);
  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (parts, (gpointer) ((const Candidate *) g_ptr_array_index (found, i))->event);
  return parts;
}

GPtrArray *
marsad_document_dup_all_tally_parts_counted (const MarsadDocument *doc,
                                             guint64              *steps)
{
  GPtrArray *all;
  TallyIndex idx = { 0 };

  g_return_val_if_fail (doc != NULL, NULL);

  all = g_ptr_array_new_full (doc->events->len, (GDestroyNotify) g_ptr_array_unref);
  tally_index_init (&idx, doc, steps);
  for (guint i = 0; i < doc->events->len; i++)
    g_ptr_array_add (all, tally_parts (&idx, g_ptr_array_index (doc->events, i)));
  tally_index_clear (&idx);
  return all;
}

GPtrArray *
marsad_document_dup_all_tally_parts (const MarsadDocument *doc)
{
  return marsad_document_dup_all_tally_parts_counted (doc, NULL);
}

GPtrArray *
marsad_document_dup_tally_parts (const MarsadDocument *doc,
                                 const MarsadEvent    *event)
{
  GPtrArray *parts;
  TallyIndex idx = { 0 };

  g_return_val_if_fail (doc != NULL && event != NULL, NULL);

  tally_index_init (&idx, doc, NULL);
  parts = tally_parts (&idx, event);
  tally_index_clear (&idx);
  return parts;
}
