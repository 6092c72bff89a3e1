/* marsad-event-build.c: triggers + sites + dates + actors → events
 *
 * Sentence by sentence: the triggers of a sentence make one event cluster
 * (the most specific trigger sets the sub_type); each event-site mention of
 * the sentence gets its own event, as ACLED codes one event per location and
 * day. A cluster without a site that only refers back ("الضربات" with no
 * date) joins the event just told; one with "هذه القاعدة" takes that event's
 * place. A new event at a place already hit merges with the earlier one when
 * their dates agree (the lead, then the casualties), and stays separate when
 * they differ (two attacks on one base on different days). Country-level
 * mentions of an event told precisely elsewhere fold into it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "marsad-event-private.h"
#include "marsad-numbers.h"

static const char * const distance_words[] = {
  "كيلومتر", "كيلومترا", "كيلومترات", "كلم", "كم", "ميل", "اميال", "متر", "مترا", "امتار", NULL,
};
static const char * const reference_words[] = {
  "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي", "قرب", "بالقرب", "مقربه",
  "الحدود", "حدود", "محاذاه", "مشارف", NULL,
};
/* "مدعومة من إيران", "موالية لإيران", "حليفة واشنطن": a backer, never a site */
static const char * const affiliation_words[] = {
  "مدعوم", "مدعومه", "المدعوم", "المدعومه", "موالي", "مواليه", "الموالي", "المواليه", "حليف",
  "حليفه", "الحليف", "الحليفه", "التابع", "التابعه", "تابع", "تابعه", "المقرب", "المقربه",
  "الداعم", "الداعمه", "مواليه", "المدعومين", "الموالين", NULL,
};
static const char * const demonstratives[] = { "هذه", "هذا", "تلك", "ذلك", "ذات", "نفس", NULL };
static const char * const site_nouns[] = {
  "القاعده", "المدينه", "البلده", "القريه", "المنطقه", "المخيم", "المطار", "الموقع", "الميناء",
  "السفينه", "المنشاه", "الحي", "البلد", NULL,
};

/* 0 country, 1 region or territory, 2 district, 3 a settlement or a site */
int
marsad_event_place_rank (const MarsadPlace *p)
{
  if (p == NULL || p->kind == NULL)
    return 3;
  if (strcmp (p->kind, "country") == 0)
    return 0;
  if (strcmp (p->kind, "region") == 0 || strcmp (p->kind, "territory") == 0 ||
      strcmp (p->kind, "water") == 0)
    return 1;
  if (strcmp (p->kind, "district") == 0)
    return 2;
  return 3;
}

/* "ستين كيلومترا جنوب بغداد", "على الحدود مع سوريا": a reference point */
static gboolean
is_reference (const MarsadEventRun *run,
              const MarsadPlaceRef *ref)
{
  for (guint d = 1; d <= 3 && d <= ref->w_first; d++)
    {
      guint w = ref->w_first - d;

      if (!marsad_event_run_same_sentence (run, w, ref->w_first))
        break;
      if (marsad_event_run_form_is (run, w, distance_words) ||
          marsad_event_run_form_is (run, w, reference_words))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_affiliation (const MarsadEventRun *run,
                const MarsadPlaceRef *ref)
{
  for (guint d = 1; d <= 2 && d <= ref->w_first; d++)
    if (marsad_event_run_same_sentence (run, ref->w_first - d, ref->w_first) &&
        marsad_event_run_form_is (run, ref->w_first - d, affiliation_words))
      return TRUE;
  return FALSE;
}

/* "ردا على هجمات …": the cause being answered, not the news */
static gboolean
is_cause (const MarsadEventRun *run,
          guint                 w)
{
  for (guint d = 1; d <= 4 && d <= w; d++)
    if (marsad_event_run_same_sentence (run, w, w - d) &&
        marsad_event_run_form_is (run, w - d, (const char *[]) { "ردا", "رد", NULL }))
      return TRUE;
  return FALSE;
}

/* "150 هجوما", "سلسلة من الهجمات": many events told as one figure */
static gboolean
is_aggregate (const MarsadEventRun *run,
              guint                 w)
{
  for (guint d = 1; d <= 3 && d <= w; d++)
    {
      const char *form = marsad_word_view_form (run->view, w - d);
      MarsadNumber num;

      if (!marsad_event_run_same_sentence (run, w, w - d))
        break;
      if (marsad_event_run_form_is (run, w - d, (const char *[]) { "سلسله", "عشرات", "ميات", NULL }))
        return TRUE;
      if (d <= 2 && !run->in_date[w - d] && marsad_number_parse (&form, 1, &num) && num.value >= 2)
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_definite (const MarsadEventRun *run,
             guint                 w)
{
  for (guint k = 0; k < 3; k++)
    {
      const char *stem = marsad_word_view_stem (run->view, w, k);

      if (stem != NULL && g_str_has_prefix (stem, "ال"))
        return TRUE;
    }
  return w > 0 && marsad_event_run_form_is (run, w - 1, demonstratives);
}

static gboolean
same_kind (const MarsadEventDraft *a,
           const MarsadEventDraft *b)
{
  return strcmp (a->event->type, b->event->type) == 0 || a->priority <= 2 || b->priority <= 2;
}

typedef struct
{
  MarsadEventRun   *run;
  GPtrArray        *drafts;
  MarsadEventDraft *last;       /* the event told most recently */
  guint             last_s;
} Builder;

/* c either joins an event already told or becomes a new one */
static void
place_draft (Builder          *b,
             MarsadEventDraft *c,
             gboolean          anaphoric,
             gboolean          demonstrative)
{
  guint s = g_array_index (c->sentences, guint, 0);

  if (c->site < 0 && demonstrative && b->last != NULL && b->last->site >= 0 && s - b->last_s <= 3)
    {
      /* "وكانت هذه القاعدة قد استهدفت…": the place just named */
      c->site = b->last->site;
      c->event->place_id = g_strdup (b->last->event->place_id);
    }
  if (c->site < 0 && (anaphoric || !c->dated) && !c->political)
    {
      if (b->last != NULL && s - b->last_s <= 2 && same_kind (b->last, c))
        {
          marsad_event_draft_merge (b->last, c);
          b->last_s = s;
        }
      marsad_event_draft_free (c);
      return;
    }
  if (c->site >= 0)
    {
      for (guint i = b->drafts->len; i > 0; i--)
        {
          MarsadEventDraft *e = g_ptr_array_index (b->drafts, i - 1);

          if (e->event->place_id == NULL || strcmp (e->event->place_id, c->event->place_id) != 0 ||
              e->political != c->political || !same_kind (e, c))
            continue;
          if (c->dated && e->dated && !marsad_event_draft_overlap (e, c))
            continue;
          marsad_event_draft_merge (e, c);
          marsad_event_draft_free (c);
          b->last = e;
          b->last_s = s;
          return;
        }
    }
  /* "وتأتي الضربات الأميركية … الحرب في غزة": a reference to strikes
   * already told, whatever place the sentence names */
  if (anaphoric && b->last != NULL)
    {
      marsad_event_draft_free (c);
      return;
    }
  g_ptr_array_add (b->drafts, c);
  b->last = c;
  b->last_s = s;
}

static gboolean
sentence_has_demonstrative_site (const MarsadEventRun *run,
                                 guint                 s)
{
  for (guint w = run->sentence_words[s]; w + 1 < run->sentence_words[s + 1]; w++)
    if (marsad_event_run_form_is (run, w, demonstratives) &&
        marsad_event_run_form_is (run, w + 1, site_nouns))
      return TRUE;
  return FALSE;
}

/* "واستنكرت بغداد": a state acting, placed at its seat */
static void
political_event (Builder                 *b,
                 guint                    s,
                 const MarsadPhraseMatch *m)
{
  MarsadEventRun *run = b->run;
  guint w = m->word + m->n_words;
  const MarsadPhrase *actor = marsad_event_run_match (run, MARSAD_LEX_ACTOR, w);
  gint ref = marsad_event_run_place_at (run, w);
  MarsadEventDraft *d;

  if (ref < 0 || g_array_index (run->places, MarsadPlaceRef, ref).w_first != w ||
      marsad_event_run_ref_mention (run, ref)->role == MARSAD_ROLE_DATELINE)
    return;
  d = marsad_event_draft_new (run, s, m, -1, marsad_event_nearest_date (run, s, m->word, m->word));
  d->site = ref;
  d->event->place_id = g_strdup (marsad_event_run_ref_place (run, ref)->id);
  marsad_event_add_actor (d->event, actor != NULL ? ((const MarsadActor *) actor->data)->canonical
                                                  : marsad_event_run_ref_place (run, ref)->name);
  place_draft (b, d, FALSE, FALSE);
}

static void
build_sentence (Builder *b,
                guint    s)
{
  MarsadEventRun *run = b->run;
  guint first = run->sentence_words[s], end = run->sentence_words[s + 1];
  const MarsadPhraseMatch *best = NULL;
  gboolean strong = FALSE, has_date = FALSE, aggregate = FALSE, anaphoric;
  g_autoptr(GArray) sites = NULL;
  gboolean any_plain = FALSE;
  int top_rank = -1;

  has_date = run->sentence_dates[s] < run->sentence_dates[s + 1];

  for (int pass = 0; pass < 2; pass++)
    for (guint w = first; w < end; w++)
      {
        gint idx = marsad_event_run_match_index (run, MARSAD_LEX_TRIGGER, w);
        const MarsadPhraseMatch *m;
        const MarsadTrigger *t;

        if (idx < 0 || marsad_event_run_in_statement (run, w) || run->in_date[w] || is_cause (run, w))
          continue;
        m = &g_array_index (run->matches, MarsadPhraseMatch, idx);
        t = m->phrase->data;
        if ((t->flags & MARSAD_TRIGGER_DATED) && !has_date)
          continue;
        if (t->flags & MARSAD_TRIGGER_POLITICAL)
          {
            if (pass == 0)
              political_event (b, s, m);
            continue;
          }
        if (pass == 0)
          strong |= !(t->flags & MARSAD_TRIGGER_WEAK);
        else if ((!strong || !(t->flags & MARSAD_TRIGGER_WEAK)) &&
                 (best == NULL || t->priority > ((const MarsadTrigger *) best->phrase->data)->priority))
          best = m;
        if (pass == 1)
          aggregate |= is_aggregate (run, w);
      }
  if (best == NULL)
    return;
  anaphoric = !has_date && is_definite (run, best->word);
  sites = g_array_new (FALSE, FALSE, sizeof (gint));

  /* the event sites: not actors, dateline, names of groups, quotes */
  for (guint k = run->sentence_places[s]; k < run->sentence_places[s + 1]; k++)
    {
      guint i = run->by_sentence[k];
      const MarsadPlaceRef *ref = &g_array_index (run->places, MarsadPlaceRef, i);
      const MarsadMention *mn;
      const MarsadPhrase *actor;
      gint r;

      mn = marsad_event_run_ref_mention (run, (gint) i);
      if (mn->role == MARSAD_ROLE_ACTOR || mn->role == MARSAD_ROLE_DATELINE ||
          marsad_event_run_in_statement (run, ref->w_first) || is_affiliation (run, ref) ||
          run->not_site[ref->w_first])
        continue;
      /* inside an actor's name ("المقاومة الإسلامية في العراق") */
      for (guint w = ref->w_first > 4 ? ref->w_first - 4 : 0, inside = 0; w <= ref->w_first && !inside; w++)
        {
          actor = marsad_event_run_match (run, MARSAD_LEX_ACTOR, w);
          inside = actor != NULL && !((const MarsadActor *) actor->data)->metonym &&
                   w + actor->n_words > ref->w_first;
          if (inside)
            goto next;
        }
      r = marsad_event_place_rank (marsad_event_run_ref_place (run, (gint) i));
      if (!is_reference (run, ref))
        {
          any_plain = TRUE;
          top_rank = MAX (top_rank, r);
        }
      {
        gint idx = (gint) i;

        g_array_append_val (sites, idx);
      }
    next:
      ;
    }

  /* keep the plain sites of the finest rank; one event per distinct place */
  {
    g_autoptr(GPtrArray) seen = g_ptr_array_new ();
    guint made = 0;

    for (guint k = 0; k < sites->len; k++)
      {
        gint idx = g_array_index (sites, gint, k);
        const MarsadPlaceRef *ref = &g_array_index (run->places, MarsadPlaceRef, idx);
        const MarsadPlace *place = marsad_event_run_ref_place (run, idx);
        MarsadEventDraft *d;

        if ((any_plain && is_reference (run, ref)) || marsad_event_place_rank (place) < top_rank ||
            g_ptr_array_find (seen, place, NULL))
          continue;
        g_ptr_array_add (seen, (gpointer) place);
        d = marsad_event_draft_new (run, s, best, idx,
                                    marsad_event_nearest_date (run, s, best->word, ref->w_first));
        d->event->background = aggregate;
        marsad_event_add_sentence_actors (run, s, d->event);
        place_draft (b, d, anaphoric, FALSE);
        made++;
      }
    if (made == 0)
      {
        gint date = marsad_event_nearest_date (run, s, best->word, best->word);
        MarsadEventDraft *d = marsad_event_draft_new (run, s, best, -1, date);

        d->event->background = aggregate;
        marsad_event_add_sentence_actors (run, s, d->event);
        place_draft (b, d, anaphoric, sentence_has_demonstrative_site (run, s));
      }
  }
}

/* casualty figures go to the event of their sentence, else to the one just told */
static void
attach_casualties (MarsadEventRun *run,
                   GPtrArray      *drafts)
{
  for (guint i = 0; i < run->casualties->len; i++)
    {
      MarsadCasualty *c = &g_array_index (run->casualties, MarsadCasualty, i);
      MarsadEventDraft *best = NULL;
      guint best_score = G_MAXUINT;

      for (guint e = 0; e < drafts->len; e++)
        {
          MarsadEventDraft *d = g_ptr_array_index (drafts, e);

          for (guint k = 0; k < d->sentences->len; k++)
            {
              guint s = g_array_index (d->sentences, guint, k);
              guint score;

              if (s > c->sentence || c->sentence - s > 2 || d->political)
                continue;
              /* same sentence first, then by the site's distance */
              score = (c->sentence - s) * 100000;
              if (d->site >= 0 && s == c->sentence)
                score += (guint) ABS ((int) g_array_index (run->places, MarsadPlaceRef, d->site).w_first - (int) c->w);
              if (score < best_score)
                {
                  best = d;
                  best_score = score;
                }
            }
        }
      if (best == NULL)
        continue;
      {
        MarsadCasualtyReport *r = marsad_casualty_report_new (c->count, c->source, c->start, c->end);

        r->source_span = c->source_span;
        g_ptr_array_add (c->fatal ? best->event->fatality_reports : best->event->injury_reports, r);
      }
    }
}

void
marsad_events_build (MarsadEventRun *run)
{
  Builder b = { run, NULL, NULL, 0 };

  b.drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) marsad_event_draft_free);
  for (guint s = 0; s < run->n_sentences; s++)
    build_sentence (&b, s);
  attach_casualties (run, b.drafts);
  marsad_events_finish (run, b.drafts);
  run->events = b.drafts;
}
