/* marsad-event-place.c: where a new event goes — into an event already
 * told (the same place and days, the event a placeless retelling refers
 * back to) or into the list as an event of its own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "marsad-event-builder-private.h"

static gboolean
same_kind (const MarsadEventDraft *a,
           const MarsadEventDraft *b)
{
  return strcmp (a->event->type, b->event->type) == 0 || a->priority <= 2 || b->priority <= 2;
}

/* an undated retelling joins a dated event told at most this many
 * sentences before or after */
#define MERGE_UNDATED_GAP 3

/* fighting, attacks and strikes: the shooting told after a clash is its own */
static gboolean
is_violent (const MarsadEventDraft *d)
{
  return marsad_event_is_violent (d->event);
}

/* how many sentences back a dated event with no place looks for its own */
#define PLACELESS_REACH 8
#define PLACELESS_DRAFTS 32

/* "اشتباكات في طرابلس" … "وبدأ إطلاق النار يوم الخميس": a dated event told
 * with no place, on the days of an event of its kind told with one a few
 * sentences before, is that event. */
static MarsadEventDraft *
sited_event_before (MarsadEventBuilder     *b,
                    const MarsadEventDraft *c,
                    guint                   s)
{
  /* a text that never ends its sentence keeps every draft within reach:
   * the nearest few only, or it grows quadratic */
  for (guint i = b->drafts->len, seen = 0; i > 0 && seen < PLACELESS_DRAFTS; i--, seen++)
    {
      MarsadEventDraft *d = g_ptr_array_index (b->drafts, i - 1);

      if (d->last_sentence + PLACELESS_REACH < s)
        break;
      if (d->site >= 0 && !d->political && d->dated && (same_kind (d, c) || (is_violent (d) && is_violent (c))) &&
          marsad_event_draft_overlap (d, c))
        return d;
    }
  return NULL;
}

/* how many sentences back a definite event noun ("الضربة") looks for the
 * same noun told indefinitely ("في ضربة جديدة") */
#define ANAPHOR_REACH 3

/* "الضربه" → "ضربه": the noun of a definite word, or NULL */
static const char *
definite_noun (const MarsadEventRun *run,
               guint                 w)
{
  for (guint k = 0; k < MARSAD_WORD_STEMS; k++)
    {
      const char *stem = marsad_word_view_stem (run->view, w, k);

      if (stem == NULL)
        break;
      if (g_str_has_prefix (stem, "ال") && stem[strlen ("ال")] != '\0')
        return stem + strlen ("ال");
    }
  return NULL;
}

static gboolean
word_is_noun (const MarsadEventRun *run,
              guint                 w,
              const char           *noun)
{
  for (guint k = 0; k < MARSAD_WORD_STEMS; k++)
    {
      const char *stem = marsad_word_view_stem (run->view, w, k);

      if (stem == NULL)
        break;
      if (strcmp (stem, noun) == 0 ||
          (g_str_has_prefix (stem, "ال") && strcmp (stem + strlen ("ال"), noun) == 0))
        return TRUE;
    }
  return FALSE;
}

static gboolean
tells_sentence (const MarsadEventDraft *d,
                guint                   s)
{
  for (guint k = 0; k < d->sentences->len; k++)
    if (g_array_index (d->sentences, guint, k) == s)
      return TRUE;
  return FALSE;
}

/* "دوّت انفجارات قرب أصفهان، في ضربة جديدة …، بعد إطلاق صواريخ اعترضت فوق
 * إيلات … وقُتل أربعة في الضربة": a definite event noun refers to the event
 * told with that noun, not to whichever was told last. The nearest earlier
 * occurrence of the noun is found, then the event of its sentence whose
 * triggers stand nearest to it (the noun among them, best). */
static MarsadEventDraft *
event_named_before (MarsadEventBuilder     *b,
                    const MarsadEventDraft *c,
                    guint                   s)
{
  const MarsadEventRun *run = b->run;
  const char *noun = definite_noun (run, c->trigger_word);
  guint first = run->sentence_words[s > ANAPHOR_REACH ? s - ANAPHOR_REACH : 0];
  MarsadEventDraft *host = NULL;
  guint w0 = 0, s0, best = G_MAXUINT;
  gboolean found = FALSE;

  if (noun == NULL)
    return NULL;
  for (guint w = c->trigger_word; w > first && !found; w--)
    if ((found = word_is_noun (run, w - 1, noun)))
      w0 = w - 1;
  if (!found)
    return NULL;
  s0 = run->view->words[w0].sentence;
  for (guint i = b->drafts->len, seen = 0; i > 0 && seen < PLACELESS_DRAFTS; i--, seen++)
    {
      MarsadEventDraft *d = g_ptr_array_index (b->drafts, i - 1);
      guint gap = w0 < d->trigger_first ? d->trigger_first - w0 :
                  w0 > d->trigger_last ? w0 - d->trigger_last : 0;

      if (d->last_sentence < s0 || d->site < 0 || d->political || !same_kind (d, c) ||
          !tells_sentence (d, s0))
        continue;
      if (gap < best)
        {
          best = gap;
          host = d;
        }
    }
  return host;
}

/* the latest event of c's kind told at most two sentences before s */
static const MarsadEventDraft *
kind_told_last (MarsadEventBuilder     *b,
                const MarsadEventDraft *c,
                guint                   s)
{
  for (guint i = b->drafts->len, seen = 0; i > 0 && seen < PLACELESS_DRAFTS; i--, seen++)
    {
      const MarsadEventDraft *d = g_ptr_array_index (b->drafts, i - 1);

      if (d->last_sentence + 2 >= s && !d->political && same_kind (d, c))
        return d;
    }
  return NULL;
}

/* c either joins an event already told or becomes a new one */
void
marsad_event_builder_place (MarsadEventBuilder *b,
                            MarsadEventDraft   *c,
                            gboolean            anaphoric,
                            gboolean            demonstrative)
{
  guint s = g_array_index (c->sentences, guint, 0);

  if (c->site < 0 && demonstrative && b->last != NULL && b->last->site >= 0 && s - b->last_s <= 3)
    {
      /* "وكانت هذه القاعدة قد استهدفت…": the place just named */
      c->site = b->last->site;
      c->event->place_id = g_strdup (b->last->event->place_id);
    }
  if (c->site < 0 && c->dated && !c->political)
    {
      MarsadEventDraft *host = sited_event_before (b, c, s);

      if (host != NULL)
        {
          marsad_event_draft_merge (host, c);
          marsad_event_draft_free (c);
          b->last = host;
          b->last_s = s;
          return;
        }
    }
  if (c->site < 0 && (anaphoric || !c->dated) && !c->political)
    {
      MarsadEventDraft *host = anaphoric ? event_named_before (b, c, s) : NULL;

      if (host != NULL)
        {
          marsad_event_draft_merge (host, c);
          b->last = host;
          b->last_s = s;
        }
      else if (b->last != NULL && s - b->last_s <= 2 && same_kind (b->last, c))
        {
          marsad_event_draft_merge (b->last, c);
          b->last_s = s;
        }
      marsad_event_draft_free (c);
      return;
    }
  if (c->site >= 0)
    {
      GPtrArray *there = c->event->place_id != NULL ? g_hash_table_lookup (b->by_place, c->event->place_id) : NULL;

      for (guint i = there != NULL ? there->len : 0; i > 0; i--)
        {
          MarsadEventDraft *e = g_ptr_array_index (there, i - 1);

          if (b->run->work != NULL)
            b->run->work->place_drafts++;
          if (e->political != c->political || !same_kind (e, c))
            continue;
          if (c->dated && e->dated && !marsad_event_draft_overlap (e, c))
            continue;
          /* "the fiercest since August 2022, when 32 were killed": a span
           * of months is history, not a retelling of the day's event */
          if (c->dated && e->dated && g_date_valid (&c->from) && g_date_valid (&e->from) &&
              (g_date_days_between (&c->from, &c->to) > MARSAD_EVENT_SPAN_DAYS) !=
              (g_date_days_between (&e->from, &e->to) > MARSAD_EVENT_SPAN_DAYS))
            continue;
          /* a date told far from an undated mention of the place is
           * another event there ("… الأسبوع الماضي في البلدة نفسها") */
          if (c->dated != e->dated && s - e->last_sentence > MERGE_UNDATED_GAP)
            continue;
          marsad_event_draft_merge (e, c);
          marsad_event_draft_free (c);
          b->last = e;
          b->last_s = s;
          return;
        }
    }
  /* "وتأتي الضربات الأميركية … الحرب في غزة": a reference to strikes
   * already told, whatever place the sentence names; but "المواجهات
   * تركزت في بلدة ذيبان" names the town where the event just told took
   * place: an event there, on that event's date */
  if (anaphoric && b->last != NULL)
    {
      /* the event of its kind told last: "الاشتباكات … في وقت قُتل فيه
       * شخصان بضربة … وقال المرصد إن المواجهات تركزت في بلدة ذيبان" */
      const MarsadEventDraft *told = same_kind (b->last, c) ? b->last : kind_told_last (b, c, s);

      if (c->site < 0 || marsad_event_place_rank (marsad_event_run_ref_place (b->run, c->site)) < 3 ||
          s - b->last_s > 2 || told == NULL)
        {
          marsad_event_draft_free (c);
          return;
        }
      marsad_event_draft_take_date (c, told);
    }
  g_ptr_array_add (b->drafts, c);
  if (c->event->place_id != NULL)
    {
      GPtrArray *there = g_hash_table_lookup (b->by_place, c->event->place_id);

      if (there == NULL)
        {
          there = g_ptr_array_new ();
          g_hash_table_insert (b->by_place, g_strdup (c->event->place_id), there);
        }
      g_ptr_array_add (there, c);
    }
  b->last = c;
  b->last_s = s;
}

