/* marsad-event-draft.c: events while they are assembled — created from a
 * trigger, a site and a date; given the sentence's actors; merged when told
 * again. A territory trigger ("سيطر على") takes its sub_type from who
 * takes the place: a state force regains it, anyone else overtakes it.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "marsad-event-private.h"

/* ACLED inter code 1: state forces */
#define INTER_STATE_FORCES 1

const MarsadPlace *
marsad_event_run_ref_place (const MarsadEventRun *run,
                            gint                  ref)
{
  if (ref < 0)
    return NULL;
  return g_ptr_array_index (run->doc->places,
                            g_array_index (run->places, MarsadPlaceRef, ref).place);
}

MarsadMention *
marsad_event_run_ref_mention (const MarsadEventRun *run,
                              gint                  ref)
{
  const MarsadPlaceRef *r = &g_array_index (run->places, MarsadPlaceRef, ref);
  const MarsadPlace *p = g_ptr_array_index (run->doc->places, r->place);

  return &g_array_index (p->mentions, MarsadMention, r->mention);
}

void
marsad_event_add_actor (MarsadEvent *ev,
                        const char  *name)
{
  for (guint i = 0; i < ev->actors->len; i++)
    if (strcmp (g_ptr_array_index (ev->actors, i), name) == 0)
      return;
  g_ptr_array_add (ev->actors, g_strdup (name));
}

/* the actors a sentence names, each once, in the order first named; a
 * capital counts only as the geoparser's actor */
GPtrArray *
marsad_event_sentence_actors (const MarsadEventRun *run,
                              guint                 s)
{
  GPtrArray *names = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint w = run->sentence_words[s]; w < run->sentence_words[s + 1]; w++)
    {
      const MarsadPhrase *p = marsad_event_run_match (run, MARSAD_LEX_ACTOR, w);
      const MarsadActor *a;
      gint at;

      if (run->work != NULL)
        run->work->actor_words++;
      if (p == NULL)
        continue;
      a = p->data;
      /* "كتائب حزب الله" is not also "حزب الله" */
      w += p->n_words - 1;
      at = marsad_event_run_place_at (run, w);
      if (a->metonym && (at < 0 || marsad_event_run_ref_mention (run, at)->role != MARSAD_ROLE_ACTOR))
        continue;
      if (g_hash_table_add (seen, a->canonical))
        g_ptr_array_add (names, a->canonical);
    }
  return names;
}

gint
marsad_event_nearest_date (const MarsadEventRun *run,
                           guint                 s,
                           guint                 w,
                           guint                 w2)
{
  guint from = run->sentence_dates[s], end = run->sentence_dates[s + 1];
  guint around[2] = { w, w2 };
  gint best = -1;
  guint best_dist = G_MAXUINT;

  /* the dates come in word order, one per word at most: the nearest to w
   * or to w2 stands right before or after it, so two searches find it
   * where walking every date of the sentence for each event was
   * quadratic in a sentence that never ends; the first of equals wins */
  for (guint a = 0; a < 2; a++)
    {
      guint lo = from, hi = end;

      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (run->work != NULL)
            run->work->sentence_steps++;
          if (g_array_index (run->dates, MarsadDateMatch, mid).first_word < around[a])
            lo = mid + 1;
          else
            hi = mid;
        }
      for (guint i = lo > from ? lo - 1 : lo; i < end && i <= lo; i++)
        {
          const MarsadDateMatch *d = &g_array_index (run->dates, MarsadDateMatch, i);
          guint dist = MIN ((guint) ABS ((int) d->first_word - (int) w), (guint) ABS ((int) d->first_word - (int) w2));

          if (run->work != NULL)
            run->work->sentence_steps++;

          if (dist < best_dist || (dist == best_dist && (gint) i < best))
            {
              best = (gint) i;
              best_dist = dist;
            }
        }
    }
  return best;
}

gboolean
marsad_event_draft_overlap (const MarsadEventDraft *a,
                            const MarsadEventDraft *b)
{
  if (!g_date_valid (&a->from) || !g_date_valid (&b->from))
    return TRUE;
  return g_date_compare (&a->from, &b->to) <= 0 && g_date_compare (&b->from, &a->to) <= 0;
}

void
marsad_event_draft_free (MarsadEventDraft *d)
{
  if (!d->handed)
    g_clear_pointer (&d->event, marsad_event_free);
  g_array_unref (d->sentences);
  g_free (d);
}

static void
set_dates (MarsadEventRun   *run,
           MarsadEventDraft *d,
           gint              date)
{
  MarsadEvent *ev = d->event;
  const MarsadDateMatch *m;

  g_clear_pointer (&ev->date_start, g_free);
  g_clear_pointer (&ev->date_end, g_free);
  g_clear_pointer (&ev->date_text, g_free);
  g_date_clear (&d->from, 1);
  g_date_clear (&d->to, 1);
  if (date < 0)
    return;
  m = &g_array_index (run->dates, MarsadDateMatch, date);
  d->dated = TRUE;
  ev->date_text = marsad_document_dup_span (run->doc, m->start, m->end);
  ev->date_span = (MarsadSpan) { m->start, m->end };
  ev->time_precision = m->precision;
  if (!m->resolved)
    return;
  d->from = m->from;
  d->to = m->to;
  ev->date_start = marsad_date_format (&m->from, m->from_gran);
  ev->date_end = marsad_date_format (&m->to, m->to_gran);
}

/* Who takes the place a territory trigger names: the subject right after
 * the verb ("سيطرت القوات الحكومية على"), else the nearest actor before it
 * in the sentence ("الجيش السوري سيطر على"). */
static const MarsadActor *
territory_taker (const MarsadEventRun    *run,
                 guint                    s,
                 const MarsadPhraseMatch *trig)
{
  guint first = run->sentence_words[s], after = trig->word + trig->n_words;
  const MarsadPhrase *p = marsad_event_run_match (run, MARSAD_LEX_ACTOR, after);

  if (p != NULL && after < run->sentence_words[s + 1] && !((const MarsadActor *) p->data)->metonym)
    return p->data;
  for (guint w = trig->word; w > first; w--)
    {
      p = marsad_event_run_match (run, MARSAD_LEX_ACTOR, w - 1);
      /* an actor's name ends before the verb */
      if (p != NULL && w - 1 + p->n_words <= trig->word && !((const MarsadActor *) p->data)->metonym)
        return p->data;
    }
  return NULL;
}

static const char *
sub_type_for (const MarsadEventRun    *run,
              guint                    s,
              const MarsadPhraseMatch *trig)
{
  const MarsadTrigger *t = trig->phrase->data;
  const MarsadActor *taker;

  if (!(t->flags & MARSAD_TRIGGER_TERRITORY))
    return t->sub_type;
  taker = territory_taker (run, s, trig);
  if (taker != NULL && taker->inter == INTER_STATE_FORCES)
    return "Government regains territory";
  return t->sub_type;
}

/* Whom a bare attack hit ("هاجمت قوة من الدعم قرية… مما أسفر عن مقتل 11
 * شخصاً", "هجوم على حاجز للجيش"): people and villages make it violence
 * against civilians, soldiers and posts a battle; with neither, or both,
 * the row's type stands (a weapon word, when there is one, outranks the
 * bare attack anyway). */
static const char * const civilian_words[] = {
  "اشخاص", "شخصا", "شخص", "مدنيين", "مدنيا", "مدني", "مدنيون", "مدنيان", "سكان", "اهالي", "قريه",
  "قري", "اطفال", "اطفالا", "طفلا", "طفل", "طفلين", "نساء", "عايلات", "عايله", "مزارعين", "نازحين",
  "مصلين", "مواطنين", "مواطنا", NULL,
};
/* (not "موقع": "على موقع تويتر" as often as a military position; not
 * "مسلحين": "هجوم لمسلحين على قرية" names who attacked) */
static const char * const armed_target_words[] = {
  "حاجز", "حواجز", "دوريه", "ثكنه", "جنود", "جنديا", "جندي", "جنديان", "جنديين", "ضابط", "ضابطا",
  "ضباط", "عسكريين", "عسكريا", "كتيبه", "معسكر", "نقطه", "نقاط", "مقر", "مقرات", "عناصر", "شرطه",
  NULL,
};
#define ATTACK_REACH 25   /* words either side of the trigger, in its sentence */

static void
attack_type (const MarsadEventRun    *run,
             guint                    s,
             const MarsadPhraseMatch *trig,
             const char             **type,
             const char             **sub_type)
{
  guint from = trig->word > ATTACK_REACH ? trig->word - ATTACK_REACH : 0;
  guint to = MIN (trig->word + ATTACK_REACH, run->view->n);
  gboolean civilians = FALSE, armed = FALSE;

  for (guint w = from; w < to; w++)
    {
      if (run->view->words[w].sentence != s)
        continue;
      civilians |= marsad_event_run_form_is (run, w, civilian_words);
      armed |= marsad_event_run_form_is (run, w, armed_target_words);
    }
  if (civilians && !armed)
    {
      *type = "Violence against civilians";
      *sub_type = "Attack";
    }
  else if (armed && !civilians)
    {
      *type = "Battles";
      *sub_type = "Armed clash";
    }
}

MarsadEventDraft *
marsad_event_draft_new (MarsadEventRun          *run,
                        guint                    s,
                        const MarsadPhraseMatch *trig,
                        gint                     site,
                        gint                     date)
{
  MarsadEventDraft *d = g_new0 (MarsadEventDraft, 1);
  const MarsadTrigger *t = trig->phrase->data;
  MarsadEvent *ev = marsad_event_new ();

  d->event = ev;
  d->sentences = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (d->sentences, s);
  d->last_sentence = s;
  d->priority = t->priority;
  d->site = site;
  d->trigger_word = d->trigger_first = d->trigger_last = trig->word;
  d->political = (t->flags & MARSAD_TRIGGER_POLITICAL) != 0;
  g_date_clear (&d->from, 1);
  g_date_clear (&d->to, 1);
  ev->type = g_strdup (t->type);
  ev->sub_type = g_strdup (sub_type_for (run, s, trig));
  if (t->flags & MARSAD_TRIGGER_ATTACK)
    {
      const char *type = t->type, *sub_type = t->sub_type;

      attack_type (run, s, trig, &type, &sub_type);
      g_free (ev->type);
      g_free (ev->sub_type);
      ev->type = g_strdup (type);
      ev->sub_type = g_strdup (sub_type);
    }
  ev->sentence = s;
  ev->trigger.start = run->view->words[trig->word].start;
  ev->trigger.end = run->view->words[trig->word + trig->n_words - 1].end;
  if (site >= 0)
    ev->place_id = g_strdup (marsad_event_run_ref_place (run, site)->id);
  set_dates (run, d, date);
  return d;
}

static void
draft_add_sentence (MarsadEventDraft *d,
                    guint             s)
{
  /* told sentence by sentence, a sentence is nearly always new: past the
   * last one it cannot be in the list (walking the list each time was
   * quadratic in the tellings of an event told again and again) */
  if (s > d->last_sentence)
    {
      g_array_append_val (d->sentences, s);
      d->last_sentence = s;
      return;
    }
  for (guint i = 0; i < d->sentences->len; i++)
    if (g_array_index (d->sentences, guint, i) == s)
      return;
  g_array_append_val (d->sentences, s);
}

/* c is told again by d: keep one event with the best of both */
void
marsad_event_draft_merge (MarsadEventDraft *into,
                          MarsadEventDraft *c)
{
  for (guint i = 0; i < c->sentences->len; i++)
    draft_add_sentence (into, g_array_index (c->sentences, guint, i));
  for (guint i = 0; i < c->event->actors->len; i++)
    marsad_event_add_actor (into->event, g_ptr_array_index (c->event->actors, i));
  if (c->priority > into->priority && strcmp (c->event->type, into->event->type) == 0)
    {
      g_free (into->event->sub_type);
      into->event->sub_type = g_strdup (c->event->sub_type);
      into->priority = c->priority;
      into->event->trigger = c->event->trigger;
    }
  if (!into->dated && c->dated)
    {
      MarsadEvent *a = into->event, *b = c->event;

      into->dated = TRUE;
      into->from = c->from;
      into->to = c->to;
      g_free (a->date_start);
      g_free (a->date_end);
      g_free (a->date_text);
      a->date_start = g_steal_pointer (&b->date_start);
      a->date_end = g_steal_pointer (&b->date_end);
      a->date_text = g_steal_pointer (&b->date_text);
      a->date_span = b->date_span;
      a->time_precision = b->time_precision;
    }
  if (into->event->fatality_reports->len == 0)
    g_ptr_array_extend_and_steal (into->event->fatality_reports,
                                  g_steal_pointer (&c->event->fatality_reports));
  if (into->event->injury_reports->len == 0)
    g_ptr_array_extend_and_steal (into->event->injury_reports,
                                  g_steal_pointer (&c->event->injury_reports));
  if (c->event->fatality_reports == NULL)
    c->event->fatality_reports = g_ptr_array_new ();
  if (c->event->injury_reports == NULL)
    c->event->injury_reports = g_ptr_array_new ();
}

/* a riot told with protest and fighting words */
void
marsad_event_set_type (MarsadEventDraft *d,
                       const char       *type,
                       const char       *sub_type)
{
  g_free (d->event->type);
  g_free (d->event->sub_type);
  d->event->type = g_strdup (type);
  d->event->sub_type = g_strdup (sub_type);
}

/* an anaphoric retelling at a new place happened when the event it
 * refers to did */
void
marsad_event_draft_take_date (MarsadEventDraft       *d,
                              const MarsadEventDraft *from)
{
  MarsadEvent *a = d->event;
  const MarsadEvent *b = from->event;

  if (d->dated || !from->dated)
    return;
  d->dated = TRUE;
  d->from = from->from;
  d->to = from->to;
  g_free (a->date_start);
  g_free (a->date_end);
  g_free (a->date_text);
  a->date_start = g_strdup (b->date_start);
  a->date_end = g_strdup (b->date_end);
  a->date_text = g_strdup (b->date_text);
  a->date_span = b->date_span;
  a->time_precision = b->time_precision;
}
