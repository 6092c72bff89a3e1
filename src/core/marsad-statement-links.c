/* marsad-statement-links.c: what each statement is about — the events
 * and places it comments on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "marsad-event-private.h"

static void
add_unique (GPtrArray  *ids,
            const char *id)
{
  if (id == NULL)
    return;
  for (guint i = 0; i < ids->len; i++)
    if (strcmp (g_ptr_array_index (ids, i), id) == 0)
      return;
  g_ptr_array_add (ids, g_strdup (id));
}

typedef struct
{
  guint                   sentence;
  const MarsadEventDraft *draft;
} Told;

static int
compare_told (gconstpointer a,
              gconstpointer b)
{
  const Told *ta = a, *tb = b;

  return ta->sentence < tb->sentence ? -1 : ta->sentence > tb->sentence;
}

static gboolean
dates_meet (const MarsadEventDraft *a,
            const MarsadEventDraft *b)
{
  return a->dated && b->dated && g_date_valid (&a->from) && g_date_valid (&b->from) &&
         g_date_compare (&a->from, &b->to) <= 0 && g_date_compare (&b->from, &a->to) <= 0;
}

/* The place mentions by place, sentence and first word, so that the
 * mentions of one place in one sentence are found by a search: a text
 * with no full stop is one sentence with every statement and every
 * mention in it, and walking its mentions for each statement was
 * quadratic. */
typedef struct
{
  const MarsadEventRun *run;
  guint                *order;   /* indexes in run->places */
  GHashTable           *index;   /* place id → index in doc->places + 1 */
} Mentions;

static gint
compare_mentions (gconstpointer a,
                  gconstpointer b,
                  gpointer      places)
{
  guint ia = *(const guint *) a, ib = *(const guint *) b;
  const MarsadPlaceRef *ra = &g_array_index ((GArray *) places, MarsadPlaceRef, ia);
  const MarsadPlaceRef *rb = &g_array_index ((GArray *) places, MarsadPlaceRef, ib);

  if (ra->place != rb->place)
    return ra->place < rb->place ? -1 : 1;
  if (ra->sentence != rb->sentence)
    return ra->sentence < rb->sentence ? -1 : 1;
  if (ra->w_first != rb->w_first)
    return ra->w_first < rb->w_first ? -1 : 1;
  return ia < ib ? -1 : ia > ib;
}

static void
mentions_init (Mentions             *m,
               const MarsadEventRun *run)
{
  m->run = run;
  m->order = g_new (guint, run->places->len + 1);
  for (guint i = 0; i < run->places->len; i++)
    m->order[i] = i;
  g_qsort_with_data (m->order, (gint) run->places->len, sizeof (guint), compare_mentions, run->places);
  m->index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint p = 0; p < run->doc->places->len; p++)
    g_hash_table_insert (m->index, ((MarsadPlace *) g_ptr_array_index (run->doc->places, p))->id,
                         GUINT_TO_POINTER (p + 1));
}

static void
mentions_clear (Mentions *m)
{
  g_clear_pointer (&m->order, g_free);
  g_clear_pointer (&m->index, g_hash_table_unref);
}

/* where the mentions of place p in sentence s or later begin in m->order */
static guint
mentions_from (const Mentions *m,
               guint           p,
               guint           s)
{
  guint lo = 0, hi = m->run->places->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const MarsadPlaceRef *ref = &g_array_index (m->run->places, MarsadPlaceRef, m->order[mid]);

      if (m->run->work != NULL)
        m->run->work->mention_steps++;
      if (ref->place < p || (ref->place == p && ref->sentence < s))
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Is place (an id) named in sentence s only inside span, the speaker's
 * title ("محافظ جنين")? Then the statement is not about it. */
static gboolean
only_in_span (const Mentions *m,
              const char     *place_id,
              guint           s,
              MarsadSpan      span)
{
  const MarsadEventRun *run = m->run;
  gpointer found;
  guint p, first, end, at_first, at_last;

  if (place_id == NULL || span.end <= span.start || s >= run->n_sentences ||
      !g_hash_table_lookup_extended (m->index, place_id, NULL, &found))
    return FALSE;
  p = GPOINTER_TO_UINT (found) - 1;
  first = mentions_from (m, p, s);
  end = mentions_from (m, p, s + 1);
  if (first == end)
    return FALSE;
  /* word starts grow with the words: the first and the last mention
   * inside the span means all of them are */
  at_first = run->view->words[g_array_index (run->places, MarsadPlaceRef, m->order[first]).w_first].start;
  at_last = run->view->words[g_array_index (run->places, MarsadPlaceRef, m->order[end - 1]).w_first].start;
  return at_first >= span.start && at_first < span.end && at_last >= span.start && at_last < span.end;
}

/* A sentence this long is no sentence but a text with no full stop (a real
 * one is under 500 characters): its statements speak of the events told
 * within NEAR_CHARS of them, not of every event of the text; linking each
 * to all of them was quadratic, and their ids most of the memory. */
#define LONG_SENTENCE_CHARS 2000
#define NEAR_CHARS 600

/* The events told in one long sentence, by where their trigger stands */
typedef struct
{
  guint   sentence;   /* G_MAXUINT until one is met */
  GArray *near;       /* guint, indexes in told */
} LongSentence;

static guint
told_at (const GArray *told,
         guint         k)
{
  return g_array_index (told, Told, k).draft->event->trigger.start;
}

static gint
compare_trigger (gconstpointer a,
                 gconstpointer b,
                 gpointer      told)
{
  guint ka = *(const guint *) a, kb = *(const guint *) b;
  guint pa = told_at (told, ka), pb = told_at (told, kb);

  if (pa != pb)
    return pa < pb ? -1 : 1;
  return ka < kb ? -1 : ka > kb;
}

static gboolean
sentence_is_long (const MarsadDocument *doc,
                  guint                 s)
{
  const MarsadSpan *span;

  if (s >= doc->sentences->len)
    return FALSE;
  span = &g_array_index (doc->sentences, MarsadSpan, s);
  return span->end - span->start > LONG_SENTENCE_CHARS;
}

/* The told entries of the statement's sentence it speaks of, in told
 * order, into chosen: all of them, or in a long sentence the near ones */
static void
choose_told (MarsadEventRun        *run,
             const GArray          *told,
             guint                  next,
             const MarsadStatement *st,
             LongSentence          *ls,
             GArray                *chosen)
{
  guint lo, hi, from;

  g_array_set_size (chosen, 0);
  if (!sentence_is_long (run->doc, st->sentence))
    {
      for (guint k = next; k < told->len && g_array_index (told, Told, k).sentence == st->sentence; k++)
        g_array_append_val (chosen, k);
      if (run->work != NULL)
        run->work->statement_events += chosen->len;
      return;
    }
  if (ls->sentence != st->sentence)
    {
      ls->sentence = st->sentence;
      g_array_set_size (ls->near, 0);
      for (guint k = next; k < told->len && g_array_index (told, Told, k).sentence == st->sentence; k++)
        g_array_append_val (ls->near, k);
      g_array_sort_with_data (ls->near, compare_trigger, (gpointer) told);
    }
  from = st->start > NEAR_CHARS ? st->start - NEAR_CHARS : 0;
  lo = 0;
  hi = ls->near->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (run->work != NULL)
        run->work->statement_events++;
      if (told_at (told, g_array_index (ls->near, guint, mid)) < from)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i < ls->near->len && told_at (told, g_array_index (ls->near, guint, i)) < st->end + NEAR_CHARS; i++)
    g_array_append_val (chosen, g_array_index (ls->near, guint, i));
  if (run->work != NULL)
    run->work->statement_events += chosen->len;
  g_array_sort (chosen, marsad_event_compare_guint);
}

/* Statements speak of the events of their sentence; else of the latest
 * news told in the six sentences before them, and of the events told with
 * it that share its dates. Statements come in text order, so one walk over
 * the (sentence, event) pairs serves them all. */
void
marsad_statements_link (MarsadEventRun *run)
{
  g_autoptr(GArray) told = g_array_new (FALSE, FALSE, sizeof (Told));
  g_autoptr(GArray) chosen = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) near = g_array_new (FALSE, FALSE, sizeof (guint));
  LongSentence ls = { G_MAXUINT, near };
  guint next = 0;
  const Told *latest = NULL;
  Mentions mentions = { run, NULL, NULL };

  for (guint e = 0; e < run->events->len; e++)
    {
      const MarsadEventDraft *d = g_ptr_array_index (run->events, e);

      for (guint k = 0; k < d->sentences->len; k++)
        {
          Told t = { g_array_index (d->sentences, guint, k), d };

          g_array_append_val (told, t);
        }
    }
  g_array_sort (told, compare_told);
  if (run->doc->statements->len > 0)
    mentions_init (&mentions, run);

  for (guint i = 0; i < run->doc->statements->len; i++)
    {
      MarsadStatement *st = g_ptr_array_index (run->doc->statements, i);
      guint w_first, w_end;

      for (; next < told->len && g_array_index (told, Told, next).sentence < st->sentence; next++)
        {
          const Told *t = &g_array_index (told, Told, next);

          if (!t->draft->event->background && !t->draft->political)
            latest = t;
        }
      choose_told (run, told, next, st, &ls, chosen);
      for (guint c = 0; c < chosen->len; c++)
        add_unique (st->event_ids, g_array_index (told, Told, g_array_index (chosen, guint, c)).draft->event->id);

      if (st->event_ids->len == 0 && latest != NULL && st->sentence - latest->sentence <= 6)
        {
          add_unique (st->event_ids, latest->draft->event->id);
          for (guint k = next; k > 0; k--)
            {
              const Told *t = &g_array_index (told, Told, k - 1);

              if (latest->sentence - t->sentence > 6)
                break;
              if (!t->draft->event->background && !t->draft->political && dates_meet (t->draft, latest->draft))
                add_unique (st->event_ids, t->draft->event->id);
            }
        }

      for (guint c = 0; c < chosen->len; c++)
        {
          const char *id = g_array_index (told, Told, g_array_index (chosen, guint, c)).draft->event->place_id;

          if (!only_in_span (&mentions, id, st->sentence, st->speaker_span))
            add_unique (st->place_ids, id);
        }
      if (st->event_ids->len > 0 && latest != NULL)
        for (guint k = next; k > 0 && latest->sentence - g_array_index (told, Told, k - 1).sentence <= 6; k--)
          {
            const MarsadEvent *ev = g_array_index (told, Told, k - 1).draft->event;

            for (guint j = 0; j < st->event_ids->len; j++)
              if (strcmp (g_ptr_array_index (st->event_ids, j), ev->id) == 0)
                add_unique (st->place_ids, ev->place_id);
          }
      /* places named inside the statement */
      w_first = marsad_word_view_word_at (run->view, st->start);
      w_end = marsad_word_view_word_at (run->view, st->end);
      for (guint w = w_first; w < w_end; w++)
        {
          gint at = marsad_event_run_place_at (run, w);
          const MarsadPlaceRef *ref;

          if (at < 0)
            continue;
          ref = &g_array_index (run->places, MarsadPlaceRef, at);
          add_unique (st->place_ids, ((MarsadPlace *) g_ptr_array_index (run->doc->places, ref->place))->id);
        }
    }
  mentions_clear (&mentions);
}
