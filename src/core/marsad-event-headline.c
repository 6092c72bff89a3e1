/* marsad-event-headline.c: a headline retells the lead
 *
 * "مقتل ضابطين بهجوم لداعش في صحراء الأنبار" above "قُتل ضابطان … في وادي
 * حوران غرب محافظة الأنبار" is one attack told twice. An event told only in
 * the headline folds into the one body event it can be: at its place or in
 * it, on the same days, of a kind that agrees, with the same toll (or of
 * the same type, when the headline gives none). When the body tells
 * several such events the headline sums them (a tally,
 * marsad-event-tally.c) and stays.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "marsad-event-private.h"
#include "marsad-gazetteer.h"

/* a headline is one short line */
#define HEADLINE_MAX_CHARS 200

/* the end of the headline: the first line, when it is short, ends without a
 * full stop and text follows it; else 0 */
static guint
headline_end (const MarsadDocument *doc)
{
  guint end = 0, last = 0;

  while (end < doc->n_chars && doc->chars[end] != '\n')
    {
      if (!g_unichar_isspace (doc->chars[end]))
        last = end;
      end++;
    }
  if (end == 0 || end >= doc->n_chars || end > HEADLINE_MAX_CHARS)
    return 0;
  if (doc->chars[last] == '.' || doc->chars[last] == ':' || doc->chars[last] == 0x061B)   /* ؛ */
    return 0;
  return end;
}

/* an event is the headline's when its trigger is there (a figure told
 * again in the body may have joined it) */
static gboolean
in_headline (const MarsadEventDraft *d,
             guint                   end)
{
  return d->event->trigger.start < end;
}

static const MarsadPlace *
site_of (const MarsadEventRun   *run,
         const MarsadEventDraft *d)
{
  if (d->site < 0)
    return NULL;
  return g_ptr_array_index (run->doc->places, g_array_index (run->places, MarsadPlaceRef, d->site).place);
}

/* of one family: fighting and strikes; else of one type */
static gboolean
kinds_agree (const MarsadEvent *a,
             const MarsadEvent *b)
{
  return strcmp (a->type, b->type) == 0 || (marsad_event_is_violent (a) && marsad_event_is_violent (b));
}

static gboolean
has_count (GPtrArray *reports,
           int        count)
{
  for (guint i = 0; i < reports->len; i++)
    if (((MarsadCasualtyReport *) g_ptr_array_index (reports, i))->count == count)
      return TRUE;
  return FALSE;
}

/* a figure in common */
static gboolean
same_toll (const MarsadEvent *a,
           const MarsadEvent *b)
{
  for (guint i = 0; i < a->fatality_reports->len; i++)
    if (has_count (b->fatality_reports, ((MarsadCasualtyReport *) g_ptr_array_index (a->fatality_reports, i))->count))
      return TRUE;
  return FALSE;
}

/* one region under two names ("إقليم كردستان", "كردستان"); two quarters
 * of a city are two places however near */
#define SAME_REGION_KM 25.0

static gboolean
same_place (const MarsadPlace *a,
            const MarsadPlace *b)
{
  return a == b ||
         (marsad_event_place_rank (a) <= 1 && g_strcmp0 (a->kind, b->kind) == 0 &&
          g_strcmp0 (a->country, b->country) == 0 &&
          marsad_gazetteer_distance_km (a->lat, a->lon, b->lat, b->lon) <= SAME_REGION_KM);
}

/* the headline's place holds the body's: a country its places, a province
 * the towns the gazetteer files under it, a region a place the gazetteer
 * lacks that the text put in it. Not by distance: "الغوطة الشرقية" does
 * not hold Damascus, though it lies at its gates. */
static gboolean
headline_holds (const MarsadPlace *ph,
                const MarsadPlace *pb)
{
  if (same_place (ph, pb))
    return TRUE;
  if (g_strcmp0 (ph->country, pb->country) != 0)
    return FALSE;
  if (pb->approximate && marsad_event_place_rank (ph) <= 1)
    return TRUE;
  if (marsad_event_place_rank (ph) >= marsad_event_place_rank (pb))
    return FALSE;
  if (marsad_event_place_rank (ph) == 0)
    return TRUE;
  return marsad_place_filed_under (ph, pb);
}

static gboolean
may_retell (const MarsadEventRun   *run,
            const MarsadEventDraft *head,
            const MarsadEventDraft *body)
{
  const MarsadPlace *ph = site_of (run, head), *pb = site_of (run, body);

  if (body->political || body->event->background || pb == NULL || ph == NULL)
    return FALSE;
  if (!headline_holds (ph, pb))
    return FALSE;
  return kinds_agree (head->event, body->event) && marsad_event_draft_overlap (head, body);
}

/* every report is kept with its source: the headline's figures that the
 * body's event does not give go to it (marsad_event_draft_merge takes them
 * only into an event with none) */
static void
take_other_figures (GPtrArray *into,
                    GPtrArray *from)
{
  for (guint i = 0; i < from->len; )
    {
      MarsadCasualtyReport *r = g_ptr_array_index (from, i);

      /* ("عشرات" is a figure only where no other is told) */
      if (into->len > 0 && !r->vague && !has_count (into, r->count))
        g_ptr_array_add (into, g_ptr_array_steal_index (from, i));
      else
        i++;
    }
}

void
marsad_events_fold_headline (const MarsadEventRun *run,
                             GPtrArray            *drafts)
{
  guint end = headline_end (run->doc);

  if (end == 0)
    return;
  for (guint i = 0; i < drafts->len; i++)
    {
      MarsadEventDraft *head = g_ptr_array_index (drafts, i), *into = NULL, *toll_into = NULL;
      guint n_into = 0, n_toll = 0;

      if (head->political || head->event->background || !in_headline (head, end))
        continue;
      for (guint j = 0; j < drafts->len; j++)
        {
          MarsadEventDraft *body = g_ptr_array_index (drafts, j);

          if (j == i || in_headline (body, end) || !may_retell (run, head, body))
            continue;
          if (n_into++ == 0)
            into = body;
          if (same_toll (head->event, body->event) && n_toll++ == 0)
            toll_into = body;
        }
      /* a headline with a toll retells the one body event with that toll;
       * one without, the one body event of its kind. Several: the headline
       * sums them. */
      if (head->event->fatality_reports->len > 0 ? n_toll != 1
                                                 : n_into != 1 || strcmp (head->event->type, into->event->type) != 0)
        continue;
      if (n_toll == 1)
        into = toll_into;
      take_other_figures (into->event->fatality_reports, head->event->fatality_reports);
      take_other_figures (into->event->injury_reports, head->event->injury_reports);
      marsad_event_draft_merge (into, head);
      g_ptr_array_remove_index (drafts, i);
      i--;
    }
}
