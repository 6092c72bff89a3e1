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

#include <math.h>

#include <string.h>

#include "marsad-event-builder-private.h"
#include "marsad-numbers.h"

static const char * const demonstratives[] = { "هذه", "هذا", "تلك", "ذلك", "ذات", "نفس", NULL };
static const char * const site_nouns[] = {
  "القاعده", "المدينه", "البلده", "القريه", "المنطقه", "المخيم", "المطار", "الموقع", "الميناء",
  "السفينه", "المنشاه", "الحي", "البلد", NULL,
};

/* 0 country, 1 region, territory, sea or side of a country, 2 district,
 * 3 a settlement or a site */
int
marsad_event_place_rank (const MarsadPlace *p)
{
  if (p == NULL || p->kind == NULL)
    return 3;
  if (strcmp (p->kind, "country") == 0)
    return 0;
  if (strcmp (p->kind, "region") == 0 || strcmp (p->kind, "territory") == 0 ||
      strcmp (p->kind, "water") == 0 || strcmp (p->kind, "georegion") == 0)
    return 1;
  if (strcmp (p->kind, "district") == 0)
    return 2;
  return 3;
}

/* The sentence's actors are read once for all its events: a sentence
 * that never ends tells many events, and reading it for each of them was
 * quadratic. */
static void
add_sentence_actors (MarsadEventBuilder *b,
                     guint               s,
                     MarsadEvent        *ev)
{
  if (b->actors == NULL || b->actors_s != s)
    {
      g_clear_pointer (&b->actors, g_ptr_array_unref);
      b->actors = marsad_event_sentence_actors (b->run, s);
      b->actors_s = s;
    }
  for (guint k = 0; k < b->actors->len; k++)
    marsad_event_add_actor (ev, g_ptr_array_index (b->actors, k));
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
political_event (MarsadEventBuilder      *b,
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
  marsad_event_builder_place (b, d, FALSE, FALSE);
}

/* is any of words (sorted) after after and before before? */
static gboolean
word_between (const GArray *words,
              guint         after,
              guint         before,
              guint64      *steps)
{
  guint lo = 0, hi = words->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      (*steps)++;
      if (g_array_index (words, guint, mid) <= after)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < words->len && g_array_index (words, guint, lo) < before;
}

/* One clause of a sentence: the triggers told together and the sites
 * that belong to them. A sentence naming two attacks on two places at two
 * times ("غارات على الجنوب فجر اليوم، بعد ساعات من غارة على بعلبك مساء
 * الاثنين") makes two clusters; the triggers of one clause stand side by
 * side with no place between them ("غارة جوية استهدفت"). */
typedef struct
{
  guint  first_w;         /* the first and last trigger word */
  guint  last_w;
  GArray *trigs;          /* const MarsadPhraseMatch * */
  GArray *sites;          /* gint, indexes in run->places */
  gboolean sequel;        /* told as what came before or after the cluster before */
} Cluster;

static void
cluster_clear (Cluster *c)
{
  g_clear_pointer (&c->trigs, g_array_unref);
  g_clear_pointer (&c->sites, g_array_unref);
}

/* the last cluster opened at or before word w, else the first; clusters
 * open in word order */
static guint
cluster_at (const GArray *clusters,
            guint         w,
            guint64      *steps)
{
  guint lo = 1, hi = clusters->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      (*steps)++;
      if (g_array_index (clusters, Cluster, mid).first_w <= w)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo - 1;
}

/* Where a sentence's clauses turn, counted once for the sentence: a test
 * between two words is then a subtraction. Walking the words between them
 * for every site was quadratic on a sentence that never ends. */
typedef struct
{
  guint  first;        /* the sentence's first word */
  guint *commas;       /* [i]: comma gaps after words first … first + i - 1 */
  guint *openers;      /* [i]: "فيما", "بينما" among those words */
  guint *sequels;      /* [i]: those and "بعد", "عقب", "قبل" (not "على بعد") */
} ClauseMarks;

static void
clause_marks_init (ClauseMarks          *marks,
                   const MarsadEventRun *run,
                   guint                 first,
                   guint                 end)
{
  static const char * const openers[] = { "فيما", "بينما", NULL };
  static const char * const sequence_words[] = { "بعد", "عقب", "قبل", NULL };
  static const char * const distance_words[] = { "علي", NULL };   /* "على بعد 20 كم" */
  guint n = end - first;

  marks->first = first;
  marks->commas = g_new (guint, 3 * (n + 1));
  marks->openers = marks->commas + n + 1;
  marks->sequels = marks->openers + n + 1;
  marks->commas[0] = marks->openers[0] = marks->sequels[0] = 0;
  for (guint i = 0; i < n; i++)
    {
      guint w = first + i;
      gboolean opener = marsad_event_run_form_is (run, w, openers);

      marks->commas[i + 1] = marks->commas[i] +
        (marsad_word_view_gap_has (run->view, w, 0x060C) || marsad_word_view_gap_has (run->view, w, ','));
      marks->openers[i + 1] = marks->openers[i] + opener;
      marks->sequels[i + 1] = marks->sequels[i] +
        (opener || (marsad_event_run_form_is (run, w, sequence_words) &&
                    !(w > 0 && marsad_event_run_form_is (run, w - 1, distance_words))));
    }
}

static void
clause_marks_clear (ClauseMarks *marks)
{
  g_clear_pointer (&marks->commas, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ClauseMarks, clause_marks_clear)

/* how many of counts' words stand in [a, b) */
static guint
marks_in (const ClauseMarks *marks,
          const guint       *counts,
          guint              a,
          guint              b)
{
  return b > a ? counts[b - marks->first] - counts[a - marks->first] : 0;
}

/* a comma after one of the words [a, b) */
static gboolean
comma_between (const ClauseMarks *marks,
               guint              a,
               guint              b)
{
  return marks_in (marks, marks->commas, a, b) > 0;
}

/* "…، بعد ساعات من إطلاق إيران صواريخ اعترضت فوق إيلات", "…، فيما أفادت
 * وسائل إعلام بهجوم على قاعدة قرب تبريز": an event told as what came
 * before, after or beside the one at word prev is another one, though no
 * place stands between their words */
static gboolean
tells_other_event (const ClauseMarks *marks,
                   guint              prev,
                   guint              w)
{
  return marks_in (marks, marks->sequels, prev + 1, w) > 0;
}

/* "…، فيما تعرضت مدينة الفاشر لقصف": a place after "فيما" is the next
 * clause's, whatever commas stand after it */
static gboolean
clause_opens_between (const ClauseMarks *marks,
                      guint              a,
                      guint              b)
{
  return marks_in (marks, marks->openers, a + 1, b) > 0;
}

/* protesters clashing with the police, throwing stones: a riot; fired on
 * or killed by the forces, they stay a protest (ACLED's "excessive force
 * against protesters", "protest with intervention") */
static gboolean
cluster_is_riot (const Cluster *c)
{
  gboolean protest = FALSE, violence = FALSE;

  for (guint k = 0; k < c->trigs->len; k++)
    {
      const MarsadTrigger *t = g_array_index (c->trigs, const MarsadPhraseMatch *, k)->phrase->data;

      protest |= strcmp (t->type, "Protests") == 0;
      violence |= strcmp (t->type, "Battles") == 0;
    }
  return protest && violence;
}

/* "فوق هضبة الجولان ومدينة إيلات": a site joined by و to another site of
 * the clause is a site of its own, whatever the other's rank */
static gboolean
coordinated_site (const MarsadEventRun *run,
                  const Cluster        *c,
                  guint                 k)
{
  const MarsadPlaceRef *ref = &g_array_index (run->places, MarsadPlaceRef, g_array_index (c->sites, gint, k));

  for (guint j = 0; j < c->sites->len; j++)
    {
      const MarsadPlaceRef *o = &g_array_index (run->places, MarsadPlaceRef, g_array_index (c->sites, gint, j));
      const MarsadPlaceRef *second = o->w_first > ref->w_first ? o : ref;
      const MarsadPlaceRef *first = second == o ? ref : o;

      /* "ومدينة إيلات": the و may open the feature word before the name */
      if (j != k && first->w_end <= second->w_first && second->w_first - first->w_end <= 1 &&
          g_str_has_prefix (marsad_word_view_form (run->view, first->w_end), "و"))
        return TRUE;
    }
  return FALSE;
}

/* "وفي طولكرم، قالت الوزارة إن خمسة قُتلوا في غارة على مخيم نور شمس": a
 * place fronted at the head of the sentence, set off by a comma, says where
 * the paragraph is; the site the clause names is where it happened. */
static gboolean
is_fronted_setting (const MarsadEventRun *run,
                    const MarsadPlaceRef *ref)
{
  static const char * const fronting[] = { "في", "وفي", NULL };
  guint first = run->sentence_words[ref->sentence];

  if (ref->w_first == first || ref->w_first > first + 2 || ref->w_end == 0 ||
      !marsad_event_run_form_is (run, first, fronting))
    return FALSE;
  return marsad_word_view_gap_has (run->view, ref->w_end - 1, 0x060C) ||
         marsad_word_view_gap_has (run->view, ref->w_end - 1, ',');
}

/* "وفي عدن، … في مديرية كريتر": a district whose point lies in a town the
 * cluster names is a district of that town, as fine a site as its quarters
 * (elsewhere a district is coarser than a town). A few sites a cluster at
 * most are compared. */
#define DISTRICT_OF_TOWN_KM 12.0
#define DISTRICT_OF_TOWN_SITES 16

static int
cluster_site_rank (const MarsadEventRun *run,
                   const Cluster        *c,
                   guint                 k)
{
  const MarsadPlace *place = marsad_event_run_ref_place (run, g_array_index (c->sites, gint, k));
  int rank = marsad_event_place_rank (place);

  if (rank != 2)
    return rank;
  for (guint j = 0; j < c->sites->len && j < DISTRICT_OF_TOWN_SITES; j++)
    {
      const MarsadPlace *other = marsad_event_run_ref_place (run, g_array_index (c->sites, gint, j));
      double dlat, dlon;

      if (j == k || other == place || other->kind == NULL ||
          (strcmp (other->kind, "city") != 0 && strcmp (other->kind, "town") != 0))
        continue;
      dlat = (other->lat - place->lat) * 111.0;
      dlon = (other->lon - place->lon) * 111.0 * cos (place->lat * G_PI / 180.0);
      if (dlat * dlat + dlon * dlon < DISTRICT_OF_TOWN_KM * DISTRICT_OF_TOWN_KM)
        return 3;
    }
  return rank;
}

static void
build_cluster (MarsadEventBuilder *b,
               guint               s,
               const Cluster      *c,
               gboolean            strong,
               gboolean            has_date)
{
  MarsadEventRun *run = b->run;
  const MarsadPhraseMatch *best = NULL;
  gboolean aggregate = FALSE, anaphoric, any_plain = FALSE, any_unfronted = FALSE, riot = cluster_is_riot (c);
  gboolean fine_unfronted = FALSE;
  int top_rank = -1;
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  guint made = 0;

  for (guint k = 0; k < c->trigs->len; k++)
    {
      const MarsadPhraseMatch *m = g_array_index (c->trigs, const MarsadPhraseMatch *, k);
      const MarsadTrigger *t = m->phrase->data;

      if ((!strong || !(t->flags & MARSAD_TRIGGER_WEAK)) &&
          (best == NULL || t->priority > ((const MarsadTrigger *) best->phrase->data)->priority))
        best = m;
      /* "150 هجوما" counts attacks; "آلاف المحتجين" counts people at one protest */
      aggregate |= strcmp (t->type, "Protests") != 0 && strcmp (t->type, "Riots") != 0 &&
                   marsad_event_word_is_aggregate (run, t, m->word);
    }
  if (best == NULL)
    return;
  /* a bomb set off in ground fighting ("فجّروا عبوة … واشتبكوا"): the
   * fighting is the event */
  if (strcmp (((const MarsadTrigger *) best->phrase->data)->sub_type, "Remote explosive/landmine/IED") == 0)
    for (guint k = 0; k < c->trigs->len; k++)
      {
        const MarsadPhraseMatch *m = g_array_index (c->trigs, const MarsadPhraseMatch *, k);
        const MarsadTrigger *t = m->phrase->data;

        if (strcmp (t->type, "Battles") == 0 && t->priority >= 6)
          best = m;
      }
  anaphoric = !has_date && marsad_event_word_is_definite (run, best->word);

  /* "وفي الحديدة، … بقصف منازل في مديرية حيس": a district or finer the
   * clause names is where it happened, though the place fronted is a town */
  for (guint k = 0; k < c->sites->len && !fine_unfronted; k++)
    {
      const MarsadPlaceRef *ref = &g_array_index (run->places, MarsadPlaceRef, g_array_index (c->sites, gint, k));

      fine_unfronted = !(anaphoric && marsad_event_site_far_from_told (run, ref, best->word)) &&
                       !marsad_event_site_is_reference (run, ref) && !is_fronted_setting (run, ref) &&
                       cluster_site_rank (run, c, k) >= 2;
    }
  for (guint k = 0; k < c->sites->len; k++)
    {
      gint i = g_array_index (c->sites, gint, k);
      const MarsadPlaceRef *ref = &g_array_index (run->places, MarsadPlaceRef, i);

      if ((anaphoric && marsad_event_site_far_from_told (run, ref, best->word)) ||
          (fine_unfronted && is_fronted_setting (run, ref)))
        continue;
      if (!marsad_event_site_is_reference (run, ref))
        {
          any_plain = TRUE;
          top_rank = MAX (top_rank, cluster_site_rank (run, c, k));
        }
    }
  /* a fronted place yields to a site of its rank the clause names */
  for (guint k = 0; k < c->sites->len && any_plain; k++)
    {
      gint i = g_array_index (c->sites, gint, k);
      const MarsadPlaceRef *ref = &g_array_index (run->places, MarsadPlaceRef, i);

      any_unfronted |= !(anaphoric && marsad_event_site_far_from_told (run, ref, best->word)) && !marsad_event_site_is_reference (run, ref) &&
                       cluster_site_rank (run, c, k) == top_rank &&
                       !is_fronted_setting (run, ref);
    }
  /* the plain sites of the finest rank; one event per distinct place */
  for (guint k = 0; k < c->sites->len; k++)
    {
      gint idx = g_array_index (c->sites, gint, k);
      const MarsadPlaceRef *ref = &g_array_index (run->places, MarsadPlaceRef, idx);
      const MarsadPlace *place = marsad_event_run_ref_place (run, idx);
      MarsadEventDraft *d;

      if ((any_plain && marsad_event_site_is_reference (run, ref)) ||
          (any_unfronted && is_fronted_setting (run, ref)) ||
          (cluster_site_rank (run, c, k) < top_rank && !coordinated_site (run, c, k)) ||
          g_ptr_array_find (seen, place, NULL) || (anaphoric && marsad_event_site_far_from_told (run, ref, best->word)))
        continue;
      g_ptr_array_add (seen, (gpointer) place);
      d = marsad_event_draft_new (run, s, best, idx, marsad_event_nearest_date (run, s, best->word, ref->w_first));
      d->event->background = aggregate;
      d->trigger_first = c->first_w;
      d->trigger_last = c->last_w;
      if (riot)
        marsad_event_set_type (d, "Riots", "Violent demonstration");
      add_sentence_actors (b, s, d->event);
      marsad_event_builder_place (b, d, anaphoric, FALSE);
      made++;
    }
  if (made == 0)
    {
      gint date = marsad_event_nearest_date (run, s, best->word, best->word);
      MarsadEventDraft *d = marsad_event_draft_new (run, s, best, -1, date);

      d->event->background = aggregate;
      d->trigger_first = c->first_w;
      d->trigger_last = c->last_w;
      if (riot)
        marsad_event_set_type (d, "Riots", "Violent demonstration");
      add_sentence_actors (b, s, d->event);
      marsad_event_builder_place (b, d, anaphoric, sentence_has_demonstrative_site (run, s));
    }
}

static void
build_sentence (MarsadEventBuilder *b,
                guint               s)
{
  MarsadEventRun *run = b->run;
  guint first = run->sentence_words[s], end = run->sentence_words[s + 1];
  gboolean strong = FALSE, has_date;
  g_autoptr(GArray) trigs = g_array_new (FALSE, FALSE, sizeof (const MarsadPhraseMatch *));
  g_autoptr(GArray) clusters = NULL;
  g_auto(ClauseMarks) marks = { 0, NULL, NULL, NULL };

  has_date = run->sentence_dates[s] < run->sentence_dates[s + 1];
  for (guint w = first, covered = first; w < end; w++)
    {
      gint idx = marsad_event_run_match_index (run, MARSAD_LEX_TRIGGER, w);
      const MarsadPhraseMatch *m;
      const MarsadTrigger *t;
      gboolean inside;

      if (idx < 0)
        continue;
      m = &g_array_index (run->matches, MarsadPhraseMatch, idx);
      t = m->phrase->data;
      /* "وقف إطلاق النار": a trigger inside a longer one is a word of it
       * (a ceasefire is no shooting), whether or not the longer one
       * makes an event */
      inside = w < covered;
      covered = MAX (covered, w + m->n_words);
      if (inside || run->in_date[w] || marsad_event_word_is_cause (run, w) ||
          marsad_event_word_is_unreal (run, w))
        continue;
      if ((t->flags & MARSAD_TRIGGER_DATED) && !has_date)
        continue;
      if (t->flags & MARSAD_TRIGGER_POLITICAL)
        {
          political_event (b, s, m);
          continue;
        }
      strong |= !(t->flags & MARSAD_TRIGGER_WEAK);
      g_array_append_val (trigs, m);
    }
  if (trigs->len == 0)
    return;

  /* clusters: a trigger opens a new one when a site stands between it and
   * the one before; weak triggers beside strong ones only join */
  clause_marks_init (&marks, run, first, end);
  clusters = g_array_new (FALSE, TRUE, sizeof (Cluster));
  g_array_set_clear_func (clusters, (GDestroyNotify) cluster_clear);
  {
    g_autoptr(GArray) sites = g_array_new (FALSE, FALSE, sizeof (gint));
    /* the sites' words, in order: a sentence that never ends has many
     * sites, and looking at each of them for every trigger and every
     * cluster was quadratic */
    g_autoptr(GArray) site_words = g_array_new (FALSE, FALSE, sizeof (guint));
    guint64 steps = 0;

    for (guint k = run->sentence_places[s]; k < run->sentence_places[s + 1]; k++)
      {
        gint i = (gint) run->by_sentence[k];

        if (marsad_event_site_eligible (run, (guint) i))
          {
            guint w = g_array_index (run->places, MarsadPlaceRef, i).w_first;

            g_array_append_val (sites, i);
            g_array_append_val (site_words, w);
          }
      }
    g_array_sort (site_words, marsad_event_compare_guint);
    for (guint k = 0; k < trigs->len; k++)
      {
        const MarsadPhraseMatch *m = g_array_index (trigs, const MarsadPhraseMatch *, k);
        Cluster *cur = clusters->len > 0 ? &g_array_index (clusters, Cluster, clusters->len - 1) : NULL;
        gboolean site_between, sequel;

        if (strong && (((const MarsadTrigger *) m->phrase->data)->flags & MARSAD_TRIGGER_WEAK) && cur != NULL)
          {
            g_array_append_val (cur->trigs, m);
            continue;
          }
        site_between = cur != NULL && word_between (site_words, cur->last_w, m->word, &steps);
        sequel = cur != NULL && tells_other_event (&marks, cur->last_w, m->word);
        if (cur == NULL || site_between || sequel)
          {
            Cluster c = { m->word, m->word, g_array_new (FALSE, FALSE, sizeof (const MarsadPhraseMatch *)),
                          g_array_new (FALSE, FALSE, sizeof (gint)), sequel };

            g_array_append_val (clusters, c);
            cur = &g_array_index (clusters, Cluster, clusters->len - 1);
          }
        g_array_append_val (cur->trigs, m);
        cur->last_w = m->word;
      }
    /* each site to the clause it stands in: before the first trigger, to
     * the first; between two clusters, to the earlier unless a comma
     * closes that clause before it ("وفي بلدة الخيام، استهدفت…" opens
     * the next) */
    for (guint j = 0; j < sites->len; j++)
      {
        gint i = g_array_index (sites, gint, j);
        guint w = g_array_index (run->places, MarsadPlaceRef, i).w_first;
        guint k = cluster_at (clusters, w, &steps);

        if (k + 1 < clusters->len && w > g_array_index (clusters, Cluster, k).last_w &&
            ((comma_between (&marks, g_array_index (clusters, Cluster, k).last_w, w) &&
              !comma_between (&marks, w, g_array_index (clusters, Cluster, k + 1).first_w)) ||
             clause_opens_between (&marks, g_array_index (clusters, Cluster, k).last_w, w)))
          k++;
        g_array_append_val (g_array_index (clusters, Cluster, k).sites, i);
      }
    if (run->work != NULL)
      run->work->sentence_steps += steps;
  }
  /* a clause without a site of its own tells more of its neighbour's event */
  for (guint k = clusters->len; k > 1; k--)
    {
      Cluster *c = &g_array_index (clusters, Cluster, k - 1), *prev = &g_array_index (clusters, Cluster, k - 2);

      /* …but an event told as the one before or after another stays its own */
      if (c->sites->len > 0 && (prev->sites->len > 0 || c->sequel))
        continue;
      g_array_append_vals (prev->trigs, c->trigs->data, c->trigs->len);
      g_array_append_vals (prev->sites, c->sites->data, c->sites->len);
      prev->last_w = c->last_w;
      g_array_remove_index (clusters, k - 1);
    }
  for (guint k = 0; k < clusters->len; k++)
    {
      const Cluster *c = &g_array_index (clusters, Cluster, k);

      /* a sequel is a clause of its own: its weak triggers make its event */
      build_cluster (b, s, c, strong && !c->sequel, has_date);
    }
}

void
marsad_events_build (MarsadEventRun *run)
{
  MarsadEventBuilder b = { run, NULL, NULL, 0, NULL, 0, NULL };

  b.drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) marsad_event_draft_free);
  b.by_place = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  for (guint s = 0; s < run->n_sentences; s++)
    build_sentence (&b, s);
  g_clear_pointer (&b.actors, g_ptr_array_unref);
  g_clear_pointer (&b.by_place, g_hash_table_unref);
  marsad_events_attach_casualties (run, b.drafts);
  marsad_events_finish (run, b.drafts);
  run->events = b.drafts;
}
