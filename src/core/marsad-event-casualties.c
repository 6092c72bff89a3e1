/* marsad-event-casualties.c: casualty figures given to the events built
 * (split from marsad-event-build.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "marsad-event-private.h"

/* "قُتل فيه شخصان بضربة لطائرة مسيّرة قرب القامشلي", "قتل ثلاثة جراء قصف",
 * "…، فيما قُتل مدنيان في غارة أخرى استهدفت بلدة سرمدا": the figure names
 * what killed them right after it, an event word after ب, في or a word of
 * cause; that event's site follows. */
static gboolean
cause_follows (const MarsadEventRun   *run,
               const MarsadCasualty   *c)
{
  static const char * const causes[] = { "جراء", "اثر", "بسبب", "بفعل", "في", NULL };

  for (guint w = c->w + 1; w <= c->w + 6 && w < run->view->n && marsad_event_run_same_sentence (run, c->w, w); w++)
    {
      g_autofree char *form = NULL;

      if (marsad_event_run_match (run, MARSAD_LEX_TRIGGER, w) == NULL)
        continue;
      form = marsad_event_run_dup_words (run, w, w + 1);
      return (form != NULL && g_str_has_prefix (form, "ب")) ||
             (w > 0 && marsad_event_run_form_is (run, w - 1, causes));
    }
  return FALSE;
}

/* "قُتل مدنيان بغارة قرب ديرلوك، في حين طال قصف قرى … من دون أن يسفر عن
 * إصابات": a toll and a "nobody killed" of one sentence, given to one event
 * by no two sources (and no speech verb between), belong to two clauses,
 * one of whose events went unbuilt; the figure nearer the event's site is
 * its own, the other goes. (Two sources, or two sentences, are conflicting
 * reports: both stay.) */
#define ZERO_TOLL_REACH 8

static guint
distance_to_site (const MarsadEventRun     *run,
                  const MarsadEventDraft   *d,
                  const MarsadCasualty     *c)
{
  if (d->site < 0)
    return G_MAXUINT;
  return (guint) ABS ((int) g_array_index (run->places, MarsadPlaceRef, d->site).w_first - (int) c->w);
}

/* "…، فيما تحدثت «الوكالة الوطنية» عن إصابة شخصين من دون سقوط قتلى": a
 * speech verb between two figures makes the later another's report */
static gboolean
told_between (const MarsadEventRun *run,
              const MarsadCasualty *a,
              const MarsadCasualty *b)
{
  guint from = MIN (a->w, b->w), to = MAX (a->w, b->w);

  for (guint w = from + 1; w < to; w++)
    if (marsad_event_run_match (run, MARSAD_LEX_SPEECH, w) != NULL)
      return TRUE;
  return FALSE;
}

static void
drop_zeros_beside_tolls (MarsadEventRun         *run,
                         GPtrArray              *drafts,
                         MarsadCasualtyReport  **given,
                         const guint            *owner)
{
  for (guint i = 0; i < run->casualties->len; i++)
    {
      const MarsadCasualty *z = &g_array_index (run->casualties, MarsadCasualty, i);
      guint from = i > ZERO_TOLL_REACH ? i - ZERO_TOLL_REACH : 0;

      if (given[i] == NULL || z->count != 0)
        continue;
      for (guint j = from; j < run->casualties->len && j <= i + ZERO_TOLL_REACH && given[i] != NULL; j++)
        {
          const MarsadCasualty *t = &g_array_index (run->casualties, MarsadCasualty, j);
          const MarsadEventDraft *d;
          GPtrArray *reports;
          guint gone;

          if (given[j] == NULL || owner[j] != owner[i] || t->fatal != z->fatal || t->count == 0 ||
              t->sentence != z->sentence ||
              (t->source != NULL && z->source != NULL && g_strcmp0 (t->source, z->source) != 0) ||
              told_between (run, t, z))
            continue;
          d = g_ptr_array_index (drafts, owner[i]);
          reports = z->fatal ? d->event->fatality_reports : d->event->injury_reports;
          gone = distance_to_site (run, d, z) < distance_to_site (run, d, t) ? j : i;
          g_ptr_array_remove (reports, given[gone]);
          given[gone] = NULL;
        }
    }
}

/* "وبذلك ارتفعت حصيلة الحرب المستمرة منذ السابع من أكتوبر إلى 44 ألفاً":
 * a running total since a date counts a war, not the event told before it.
 * (Told in the event's own sentence, it may be a tally of its own.) */
static gboolean
is_running_total (const MarsadEventRun *run,
                  guint                 sentence)
{
  static const char * const since[] = { "منذ", NULL };
  static const char * const total[] = {
    "حصيله", "الحصيله", "اجمالي", "ارتفعت", "ارتفع", "بلغت", "بلغ", "يرتفع", "ترتفع", NULL
  };
  gboolean has_since = FALSE, has_total = FALSE;

  for (guint w = run->sentence_words[sentence]; w < run->sentence_words[sentence + 1] && !(has_since && has_total); w++)
    {
      has_since |= marsad_event_run_form_is (run, w, since);
      has_total |= marsad_event_run_form_is (run, w, total);
    }
  return has_since && has_total;
}

/* "حصيلة القتلى في المخيم بلغت 18": the figure names its place by a
 * definite head a few words on; the kind of place that head is, or NULL */
static const char *
place_named_by_head (const MarsadEventRun *run,
                     const MarsadCasualty *c)
{
  static const char * const heads[] = { "المخيم", "المدينه", "البلده", "القريه", "الحي", NULL };
  static const char * const kinds[] = { "camp", "city", "town", "village", "neighbourhood" };
  static const char * const fi[] = { "في", NULL };

  for (guint w = c->w > 3 ? c->w - 3 : 0; w + 1 < run->view->n && w <= c->w + 3; w++)
    {
      if (!marsad_event_run_same_sentence (run, c->w, w + 1) || !marsad_event_run_form_is (run, w, fi))
        continue;
      for (guint k = 0; heads[k] != NULL; k++)
        if (strcmp (marsad_word_view_form (run->view, w + 1), heads[k]) == 0)
          return kinds[k];
    }
  return NULL;
}

#define HEAD_REACH 6   /* sentences back a head's place may be told */
#define SIBLING_REACH 16   /* drafts either side a cluster's others are made */

static gboolean
site_is_kind (const MarsadEventRun   *run,
              const MarsadEventDraft *d,
              const char             *kind)
{
  const MarsadPlace *place = d->site >= 0 ? marsad_event_run_ref_place (run, d->site) : NULL;

  /* a town is often called a city and a city a town */
  return place != NULL && (g_strcmp0 (place->kind, kind) == 0 ||
                           (g_strcmp0 (kind, "city") == 0 && g_strcmp0 (place->kind, "town") == 0) ||
                           (g_strcmp0 (kind, "town") == 0 && g_strcmp0 (place->kind, "city") == 0));
}

/* casualty figures go to the event of their sentence, else to the one just told */
void
marsad_events_attach_casualties (MarsadEventRun *run,
                                 GPtrArray      *drafts)
{
  /* a figure only looks at the drafts telling its sentence or the two
   * before: drafts indexed by sentence (a counting sort that keeps draft
   * order within a sentence) make that a look at three short lists rather
   * than at every draft of the document, which was quadratic on a long
   * text where one event is told again and again */
  g_autofree guint *first = g_new0 (guint, run->n_sentences + 1);
  g_autofree guint *fill = NULL;
  g_autofree guint *by_sentence = NULL;
  g_autofree MarsadCasualtyReport **given = NULL;
  g_autofree guint *owner = NULL;           /* the draft each figure went to, when given */
  g_autofree guint8 *running_total = NULL;   /* per sentence: 0 not looked at, 1 no, 2 yes */

  for (guint e = 0; e < drafts->len; e++)
    {
      const MarsadEventDraft *d = g_ptr_array_index (drafts, e);

      for (guint k = 0; k < d->sentences->len && !d->political; k++)
        if (g_array_index (d->sentences, guint, k) < run->n_sentences)
          first[g_array_index (d->sentences, guint, k) + 1]++;
    }
  for (guint s = 0; s < run->n_sentences; s++)
    first[s + 1] += first[s];
  fill = g_memdup2 (first, sizeof (guint) * (run->n_sentences + 1));
  by_sentence = g_new (guint, first[run->n_sentences] + 1);
  for (guint e = 0; e < drafts->len; e++)
    {
      const MarsadEventDraft *d = g_ptr_array_index (drafts, e);

      for (guint k = 0; k < d->sentences->len && !d->political; k++)
        if (g_array_index (d->sentences, guint, k) < run->n_sentences)
          by_sentence[fill[g_array_index (d->sentences, guint, k)]++] = e;
    }

  running_total = g_new0 (guint8, run->n_sentences + 1);
  given = g_new0 (MarsadCasualtyReport *, run->casualties->len + 1);
  owner = g_new0 (guint, run->casualties->len + 1);

  /* exact figures first: a vague one ("عشرات القتلى") only goes to an
   * event that has no figure of that kind yet */
  for (guint pass = 0; pass < 2 * run->casualties->len; pass++)
    {
      guint i = pass % run->casualties->len;
      MarsadCasualty *c = &g_array_index (run->casualties, MarsadCasualty, i);
      MarsadEventDraft *best = NULL;
      guint best_score = G_MAXUINT, best_e = G_MAXUINT;

      gboolean forward;
      const char *head_kind;
      guint reach;

      if (c->vague != (pass >= run->casualties->len))
        continue;
      forward = cause_follows (run, c);
      head_kind = place_named_by_head (run, c);
      if (running_total[c->sentence] == 0)
        running_total[c->sentence] = is_running_total (run, c->sentence) ? 2 : 1;

      reach = head_kind != NULL ? HEAD_REACH : 2;
      for (guint s = c->sentence >= reach ? c->sentence - reach : 0; s <= c->sentence && s < run->n_sentences; s++)
        for (guint j = first[s]; j < first[s + 1]; j++)
          {
            guint e = by_sentence[j];
            MarsadEventDraft *d = g_ptr_array_index (drafts, e);
            gboolean named = head_kind != NULL && site_is_kind (run, d, head_kind);
            guint score;

            /* past the two sentences before, only the place the head names */
            if (s + 2 < c->sentence && !named)
              continue;

            if (run->work != NULL)
              run->work->casualty_drafts++;
            /* "أوامر بإخلاء قرى…" then "…حرب أودت بحياة عشرات الآلاف":
             * nobody is killed by an order, an arrest or a curfew told in
             * another sentence */
            if (s != c->sentence && (strcmp (d->event->type, "Strategic developments") == 0 ||
                                     running_total[c->sentence] == 2))
              continue;
            /* same sentence first, then by the site's distance */
            score = (c->sentence - s) * 100000;
            if (d->site >= 0 && s == c->sentence)
              {
                score += distance_to_site (run, d, c);
                /* the cause told after the figure: not an event told before */
                if (forward && g_array_index (run->places, MarsadPlaceRef, d->site).w_first < c->w)
                  score += 50000;
              }
            /* the camp or the city the figure names goes first, of its
             * sentence or the two before, the latest first */
            if (named)
              score = c->sentence - s;
            /* ties go to the draft told first, as when every draft was
             * looked at in order */
            if (score < best_score || (score == best_score && e < best_e))
              {
                best = d;
                best_score = score;
                best_e = e;
              }
          }
      if (best == NULL || (c->vague && (c->fatal ? best->event->fatality_reports
                                                 : best->event->injury_reports)->len > 0))
        continue;
      {
        MarsadCasualtyReport *r = marsad_casualty_report_new (c->count, c->source, c->start, c->end);

        r->source_span = c->source_span;
        r->vague = c->vague;
        g_ptr_array_add (c->fatal ? best->event->fatality_reports : best->event->injury_reports, r);
        given[i] = r;
        owner[i] = best_e;
      }
    }
  drop_zeros_beside_tolls (run, drafts, given, owner);

  /* "قصفت المدفعية بلدتي عبسان الكبيرة وخزاعة… من دون ورود أنباء عن
   * قتلى": nobody killed holds for every place the same words struck —
   * the drafts of one cluster, made one after the other (looked at a few
   * on either side, so a sentence of a thousand events stays linear) */
  for (guint i = 0; i < run->casualties->len; i++)
    {
      const MarsadCasualty *z = &g_array_index (run->casualties, MarsadCasualty, i);
      guint e = owner[i];
      const MarsadEventDraft *told;

      /* owner[i] means something only for a figure given to a draft (with
       * no draft at all, drafts has no array to index) */
      if (given[i] == NULL || z->count != 0 || !z->fatal)
        continue;
      told = g_ptr_array_index (drafts, e);
      for (guint k = e > SIBLING_REACH ? e - SIBLING_REACH : 0; k < drafts->len && k <= e + SIBLING_REACH; k++)
        {
          MarsadEventDraft *d = g_ptr_array_index (drafts, k);
          MarsadCasualtyReport *r;

          if (d == told || d->political || d->trigger_first != told->trigger_first ||
              d->trigger_last != told->trigger_last || d->event->fatality_reports->len > 0)
            continue;
          r = marsad_casualty_report_new (0, z->source, z->start, z->end);
          r->source_span = z->source_span;
          g_ptr_array_add (d->event->fatality_reports, r);
        }
    }
}
