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

/* Is place (an id) named in sentence s only inside span, the speaker's
 * title ("محافظ جنين")? Then the statement is not about it. */
static gboolean
only_in_span (const MarsadEventRun *run,
              const char           *place_id,
              guint                 s,
              MarsadSpan            span)
{
  gboolean inside = FALSE;

  if (place_id == NULL || span.end <= span.start)
    return FALSE;
  for (guint k = run->sentence_places[s]; k < run->sentence_places[s + 1]; k++)
    {
      const MarsadPlaceRef *ref = &g_array_index (run->places, MarsadPlaceRef, run->by_sentence[k]);
      const MarsadPlace *place = g_ptr_array_index (run->doc->places, ref->place);
      guint at;

      if (strcmp (place->id, place_id) != 0)
        continue;
      at = run->view->words[ref->w_first].start;
      if (at < span.start || at >= span.end)
        return FALSE;
      inside = TRUE;
    }
  return inside;
}

/* Statements speak of the events of their sentence; else of the latest
 * news told in the six sentences before them, and of the events told with
 * it that share its dates. Statements come in text order, so one walk over
 * the (sentence, event) pairs serves them all. */
void
marsad_statements_link (MarsadEventRun *run)
{
  g_autoptr(GArray) told = g_array_new (FALSE, FALSE, sizeof (Told));
  guint next = 0;
  const Told *latest = NULL;

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
      for (guint k = next; k < told->len && g_array_index (told, Told, k).sentence == st->sentence; k++)
        add_unique (st->event_ids, g_array_index (told, Told, k).draft->event->id);

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

      for (guint k = next; k < told->len && g_array_index (told, Told, k).sentence == st->sentence; k++)
        {
          const char *id = g_array_index (told, Told, k).draft->event->place_id;

          if (!only_in_span (run, id, st->sentence, st->speaker_span))
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
}
