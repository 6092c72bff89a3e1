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
  /* a side of a place the text derived ("شمال غربي الحديدة") is near it;
   * a region the gazetteer lacks ("وادي حوران") holds what its sentence
   * names (may_fold looks no further for it) */
  if (region == NULL || marsad_event_place_rank (region) == 0 || region->source_id == NULL)
    return TRUE;
  return marsad_place_filed_under (region, place);
}

/* How far from a coarse report a precise event may be told to take it:
 * five times the longest article of the corpus. A text of many articles,
 * or of one long sentence, weighs each coarse report against the events
 * told near it only (every one against every one was quadratic). */
#define FOLD_REACH_CHARS 20000

/* where a precise event is told: the start of each of its sentences and
 * its trigger (one sentence may be the whole text), as the folding began */
typedef struct
{
  guint at;
  guint precise;          /* index in the precise events */
} Telling;

typedef struct
{
  guint position;         /* in drafts: the first of equally near wins */
  guint seen;             /* the coarse report last weighed against, + 1 */
} PreciseDraft;

static gboolean
is_precise (const MarsadEventRun   *run,
            const MarsadEventDraft *d)
{
  const MarsadPlace *p = draft_place (run, d);

  return !d->political && !d->event->background && p != NULL && marsad_event_place_rank (p) >= 2;
}

static int
compare_tellings (gconstpointer a,
                  gconstpointer b)
{
  const Telling *ta = a, *tb = b;

  if (ta->at != tb->at)
    return ta->at < tb->at ? -1 : 1;
  return ta->precise < tb->precise ? -1 : ta->precise > tb->precise;
}

/* can coarse report a (at pa) fold into precise event b (at pb) */
static gboolean
may_fold (const MarsadEventDraft *a,
          const MarsadPlace      *pa,
          const MarsadEventDraft *b,
          const MarsadPlace      *pb)
{
  return !((strcmp (a->event->type, b->event->type) != 0 && a->priority > 2) ||
           (pa != NULL && pa->country != NULL && pb->country != NULL && strcmp (pa->country, pb->country) != 0) ||
           !marsad_event_draft_overlap (a, b) ||
           (a->event->fatality_reports->len > 0 && b->event->fatality_reports->len > 0) ||
           (pa != NULL && (pa->source_id != NULL || pa->approximate) && marsad_event_place_rank (pa) > 0 &&
            sentence_gap (a, b) > 0) ||
           !region_holds (pa, pb));
}

/* the first telling at or after offset */
static guint
first_telling (const GArray *tellings,
               guint         offset)
{
  guint lo = 0, hi = tellings->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (tellings, Telling, mid).at < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* "القوات الأميركية استهدفت منشآت في العراق" retells, at country level,
 * the strikes told precisely elsewhere: fold it into the nearest of them
 * by sentence, among those told within FOLD_REACH_CHARS of it. */
static void
fold_coarse (const MarsadEventRun *run,
             GPtrArray            *drafts)
{
  g_autoptr(GArray) precise = g_array_new (FALSE, FALSE, sizeof (PreciseDraft));
  g_autoptr(GArray) tellings = g_array_new (FALSE, FALSE, sizeof (Telling));
  g_autofree guint8 *folded = g_new0 (guint8, drafts->len);
  g_autofree gpointer *gone = g_new (gpointer, drafts->len);
  guint kept = 0, n_gone = 0;

  for (guint j = 0; j < drafts->len; j++)
    {
      const MarsadEventDraft *b = g_ptr_array_index (drafts, j);

      if (!is_precise (run, b))
        continue;
      for (guint k = 0; k < b->sentences->len; k++)
        {
          guint s = g_array_index (b->sentences, guint, k);

          if (s < run->doc->sentences->len)
            g_array_append_val (tellings, ((Telling) { g_array_index (run->doc->sentences, MarsadSpan, s).start,
                                                       precise->len }));
        }
      g_array_append_val (tellings, ((Telling) { b->event->trigger.start, precise->len }));
      g_array_append_val (precise, ((PreciseDraft) { j, 0 }));
    }
  g_array_sort (tellings, compare_tellings);

  for (guint i = 0; i < drafts->len; i++)
    {
      MarsadEventDraft *a = g_ptr_array_index (drafts, i);
      const MarsadPlace *pa = draft_place (run, a);
      guint at = a->event->trigger.start, into_gap = G_MAXUINT, into_position = G_MAXUINT;
      MarsadEventDraft *into = NULL;

      /* a coarse report with a toll of its own beside a precise one with
       * another toll tells more than a retelling: both stay */
      if (a->political || a->event->background || (pa != NULL && marsad_event_place_rank (pa) >= 2))
        continue;
      for (guint k = first_telling (tellings, at > FOLD_REACH_CHARS ? at - FOLD_REACH_CHARS : 0);
           k < tellings->len; k++)
        {
          const Telling *t = &g_array_index (tellings, Telling, k);
          PreciseDraft *cand = &g_array_index (precise, PreciseDraft, t->precise);
          MarsadEventDraft *b = g_ptr_array_index (drafts, cand->position);
          guint gap;

          if (t->at > at && t->at - at > FOLD_REACH_CHARS)
            break;
          if (cand->seen == i + 1)
            continue;
          cand->seen = i + 1;
          if (run->work != NULL)
            run->work->coarse_steps++;
          if (!may_fold (a, pa, b, draft_place (run, b)))
            continue;
          gap = sentence_gap (a, b);
          if (gap < into_gap || (gap == into_gap && cand->position < into_position))
            {
              into = b;
              into_gap = gap;
              into_position = cand->position;
            }
        }
      if (into == NULL)
        continue;
      marsad_event_draft_merge (into, a);
      folded[i] = TRUE;
    }

  /* the others keep their order; the reports folded go last, where
   * shrinking the array frees them (one at a time was quadratic too) */
  for (guint i = 0; i < drafts->len; i++)
    {
      gpointer d = g_ptr_array_index (drafts, i);

      if (folded[i])
        gone[n_gone++] = d;
      else
        g_ptr_array_index (drafts, kept++) = d;
    }
  if (n_gone > 0)
    memcpy (drafts->pdata + kept, gone, n_gone * sizeof (gpointer));
  g_ptr_array_set_size (drafts, kept);
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
  marsad_events_fold_headline (run, drafts);
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
