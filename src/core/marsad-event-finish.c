/* marsad-event-finish.c: the last pass over the events of a document —
 * fallback dates, country-level retellings folded into precise events,
 * background, event-site roles, chronological order and ids
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "marsad-event-private.h"

/* history and context: older than a month, or a span of weeks */
#define BACKGROUND_AGE_DAYS 30

static const MarsadPlace *
draft_place (const MarsadEventRun   *run,
             const MarsadEventDraft *d)
{
  if (d->site < 0)
    return NULL;
  return g_ptr_array_index (run->doc->places,
                            g_array_index (run->places, MarsadPlaceRef, d->site).place);
}

/* An undated report of the day: the article covers the day before
 * publication and the day itself (ACLED's week precision). */
static void
fallback_date (const MarsadEventRun *run,
               MarsadEventDraft     *d)
{
  if (d->dated || run->pub == NULL)
    return;
  d->to = *run->pub;
  d->from = *run->pub;
  g_date_subtract_days (&d->from, 1);
  g_free (d->event->date_start);
  g_free (d->event->date_end);
  d->event->date_start = marsad_date_format (&d->from, MARSAD_DATE_DAY);
  d->event->date_end = marsad_date_format (&d->to, MARSAD_DATE_DAY);
  d->event->time_precision = MARSAD_TIME_PRECISION_WEEK;
}

static guint
sentence_gap (const MarsadEventDraft *a,
              const MarsadEventDraft *b)
{
  guint sa = g_array_index (a->sentences, guint, 0), sb = g_array_index (b->sentences, guint, 0);

  return sa > sb ? sa - sb : sb - sa;
}

/* A province's event folds only into one of its own towns told in the same
 * sentence ("محافظة البصرة" is not الناصرية, nor a town three sentences on);
 * a country's, or a side the text derived, into any of its places. */
static gboolean
region_holds (const MarsadPlace *region,
              const MarsadPlace *place)
{
  g_autofree char *name = NULL, *admin = NULL;

  /* a side of a place the text derived ("شمال غربي الحديدة") is near it */
  if (region == NULL || marsad_event_place_rank (region) == 0 || region->source_id == NULL)
    return TRUE;
  if (region->name_en == NULL || place->admin1 == NULL)
    return FALSE;
  name = g_utf8_casefold (region->name_en, -1);
  admin = g_utf8_casefold (place->admin1, -1);
  return strstr (admin, name) != NULL || strstr (name, admin) != NULL;
}

/* "القوات الأميركية استهدفت منشآت في العراق" retells, at country level,
 * the strikes told precisely elsewhere: fold it into the nearest of them. */
static void
fold_coarse (const MarsadEventRun *run,
             GPtrArray            *drafts)
{
  for (guint i = 0; i < drafts->len;)
    {
      MarsadEventDraft *a = g_ptr_array_index (drafts, i);
      const MarsadPlace *pa = draft_place (run, a);
      MarsadEventDraft *into = NULL;

      /* a coarse report with a toll of its own beside a precise one with
       * another toll tells more than a retelling: both stay */
      if (a->political || a->event->background || (pa != NULL && marsad_event_place_rank (pa) >= 2))
        {
          i++;
          continue;
        }
      for (guint j = 0; j < drafts->len; j++)
        {
          MarsadEventDraft *b = g_ptr_array_index (drafts, j);
          const MarsadPlace *pb = draft_place (run, b);

          if (b == a || b->political || b->event->background || pb == NULL ||
              marsad_event_place_rank (pb) < 2 ||
              (strcmp (a->event->type, b->event->type) != 0 && a->priority > 2) ||
              (pa != NULL && pa->country != NULL && pb->country != NULL &&
               strcmp (pa->country, pb->country) != 0) ||
              !marsad_event_draft_overlap (a, b) ||
              (a->event->fatality_reports->len > 0 && b->event->fatality_reports->len > 0) ||
              !region_holds (pa, pb) ||
              (pa != NULL && pa->source_id != NULL && marsad_event_place_rank (pa) > 0 && sentence_gap (a, b) > 0))
            continue;
          if (into == NULL || sentence_gap (a, b) < sentence_gap (a, into))
            into = b;
        }
      if (into == NULL)
        {
          i++;
          continue;
        }
      marsad_event_draft_merge (into, a);
      g_ptr_array_remove_index (drafts, i);
    }
}

static void
mark_background (const MarsadEventRun *run,
                 MarsadEventDraft     *d)
{
  GDate old;

  if (run->pub == NULL || !d->dated || !g_date_valid (&d->from))
    return;
  old = *run->pub;
  g_date_subtract_days (&old, BACKGROUND_AGE_DAYS);
  if (g_date_days_between (&d->from, &d->to) > MARSAD_EVENT_SPAN_DAYS ||
      g_date_compare (&d->to, &old) < 0)
    d->event->background = TRUE;
}

/* every mention of the event's place in the sentences that tell it */
static void
mark_sites (MarsadEventRun         *run,
            const MarsadEventDraft *d)
{
  const MarsadPlaceRef *site;

  if (d->site < 0 || d->political)
    return;
  site = &g_array_index (run->places, MarsadPlaceRef, d->site);
  for (guint k = 0; k < d->sentences->len; k++)
    {
      guint s = g_array_index (d->sentences, guint, k);

      for (guint j = s < run->n_sentences ? run->sentence_places[s] : 0;
           s < run->n_sentences && j < run->sentence_places[s + 1]; j++)
        {
          guint i = run->by_sentence[j];
          const MarsadPlaceRef *ref = &g_array_index (run->places, MarsadPlaceRef, i);
          MarsadMention *mn;

          if (ref->place != site->place)
            continue;
          mn = &g_array_index (((MarsadPlace *) g_ptr_array_index (run->doc->places, ref->place))->mentions,
                               MarsadMention, ref->mention);
          if (mn->role == MARSAD_ROLE_CONTEXT && ((gint) i == d->site || ref->sentence != site->sentence))
            mn->role = MARSAD_ROLE_EVENT_SITE;
        }
    }
}

static int
compare_drafts (gconstpointer a,
                gconstpointer b)
{
  const MarsadEventDraft *da = *(MarsadEventDraft * const *) a;
  const MarsadEventDraft *db = *(MarsadEventDraft * const *) b;
  const char *sa = da->event->date_start, *sb = db->event->date_start;
  int c;

  if ((sa == NULL) != (sb == NULL))
    return sa == NULL ? 1 : -1;
  if (sa != NULL && (c = strcmp (sa, sb)) != 0)
    return c;
  if (da->event->sentence != db->event->sentence)
    return da->event->sentence < db->event->sentence ? -1 : 1;
  return da->event->trigger.start < db->event->trigger.start ? -1 :
         da->event->trigger.start > db->event->trigger.start;
}

void
marsad_events_finish (MarsadEventRun *run,
                      GPtrArray      *drafts)
{
  for (guint i = 0; i < drafts->len; i++)
    {
      MarsadEventDraft *d = g_ptr_array_index (drafts, i);

      fallback_date (run, d);
      mark_background (run, d);
    }
  fold_coarse (run, drafts);
  g_ptr_array_sort (drafts, compare_drafts);
  for (guint i = 0; i < drafts->len; i++)
    {
      MarsadEventDraft *d = g_ptr_array_index (drafts, i);

      mark_sites (run, d);
      d->event->id = g_strdup_printf ("e%u", i + 1);
      g_ptr_array_add (run->doc->events, d->event);
      d->handed = TRUE;
    }
}
