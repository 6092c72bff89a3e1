/* marsad-events.c: the event extractor's run — per-document indexes,
 * publication date detection and the order of the passes (its lexicons:
 * marsad-event-extractor.c)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <stdlib.h>
#include <string.h>

#include "marsad-event-private.h"
#include "marsad-inflect.h"
#include "marsad-numbers.h"

/* ------------------------------------------------------------ run helpers */

gint
marsad_event_compare_guint (gconstpointer a,
                            gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

gint
marsad_event_run_match_index (const MarsadEventRun *run,
                              MarsadLexKind         kind,
                              guint                 w)
{
  const GArray *matches = run->matches;
  guint lo = 0, hi = matches->len;

  /* the view knows the words no phrase starts at: nearly all */
  if (!marsad_word_view_may_be (run->view, w, MARSAD_WORD_PHRASE))
    return -1;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (matches, MarsadPhraseMatch, mid).word < w)
        lo = mid + 1;
      else
        hi = mid;
    }
  /* at most one match of each kind starts at a word */
  for (; lo < matches->len && g_array_index (matches, MarsadPhraseMatch, lo).word == w; lo++)
    if (g_array_index (matches, MarsadPhraseMatch, lo).phrase->kind == kind)
      return (gint) lo;
  return -1;
}

gint
marsad_event_run_quote_at (const MarsadEventRun *run,
                           guint                 w)
{
  const GArray *quotes = run->quotes;
  guint lo = 0, hi = quotes->len;

  /* the last quotation starting at or before w; they do not overlap */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (quotes, MarsadQuote, mid).w_first <= w)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo > 0 && w < g_array_index (quotes, MarsadQuote, lo - 1).w_end ? (gint) lo - 1 : -1;
}

gint
marsad_event_run_place_at (const MarsadEventRun *run,
                           guint                 w)
{
  guint s, lo = 0, hi = run->places->len;
  gint best = -1;

  if (w >= run->view->n)
    return -1;
  s = run->view->words[w].sentence;
  /* the mentions starting at or before w, back to the length of the
   * longest: a search, not a walk through the sentence's mentions, which
   * was quadratic on a text with no full stop */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (run->work != NULL)
        run->work->mention_steps++;
      if (g_array_index (run->places, MarsadPlaceRef, run->by_word[mid]).w_first <= w)
        lo = mid + 1;
      else
        hi = mid;
    }
  /* the first mention covering w, among those of its sentence and, for a
   * name running over a sentence break, of the one before */
  for (guint k = lo; k > 0; k--)
    {
      guint i = run->by_word[k - 1];
      const MarsadPlaceRef *ref = &g_array_index (run->places, MarsadPlaceRef, i);

      if (run->work != NULL)
        run->work->mention_steps++;
      if (w - ref->w_first >= run->place_words_max)
        break;
      if (w < ref->w_end && ref->sentence <= s && ref->sentence + 1 >= s && ref->sentence < run->n_sentences &&
          (best < 0 || i < (guint) best))
        best = (gint) i;
    }
  return best;
}

const MarsadPhrase *
marsad_event_run_match (const MarsadEventRun *run,
                        MarsadLexKind         kind,
                        guint                 w)
{
  gint i = marsad_event_run_match_index (run, kind, w);

  return i < 0 ? NULL : g_array_index (run->matches, MarsadPhraseMatch, i).phrase;
}

gboolean
marsad_event_run_form_is (const MarsadEventRun *run,
                          guint                 w,
                          const char * const   *any)
{
  return w < run->view->n && marsad_word_view_is (run->view, w, any);
}

gboolean
marsad_event_run_same_sentence (const MarsadEventRun *run,
                                guint                 a,
                                guint                 b)
{
  return a < run->view->n && b < run->view->n &&
         run->view->words[a].sentence == run->view->words[b].sentence;
}

char *
marsad_event_run_dup_words (const MarsadEventRun *run,
                            guint                 first,
                            guint                 end)
{
  if (first >= end || end > run->view->n)
    return NULL;
  return marsad_document_dup_span (run->doc, run->view->words[first].start,
                                   run->view->words[end - 1].end);
}

/* What needs only the text: the word view, lexicon matches, dates and the
 * sentences' word ranges. It reads the document's text, folded words,
 * sentences and publication date, and nothing the geoparser writes, so it
 * may run beside it. */
static void
run_prepare (MarsadEventRun             *run,
             const MarsadEventExtractor *self,
             const MarsadDocument       *doc)
{
  guint n;

  memset (run, 0, sizeof *run);
  run->ex = self;
  run->pub = doc->published;
  run->view = marsad_word_view_new (doc->chars, doc->n_chars, doc->norm, self->table);
  n = run->view->n;

  run->matches = g_array_new (FALSE, FALSE, sizeof (MarsadPhraseMatch));
  marsad_phrase_table_scan (self->table, run->view, run->matches);

  run->dates = marsad_date_parser_scan (self->dates, run->view, run->pub);
  run->in_date = g_new0 (guint8, n + 1);
  for (guint i = 0; i < run->dates->len; i++)
    {
      const MarsadDateMatch *d = &g_array_index (run->dates, MarsadDateMatch, i);

      for (guint w = d->first_word; w < d->first_word + d->n_words; w++)
        run->in_date[w] = TRUE;
    }

  run->n_sentences = doc->sentences->len;
  run->sentence_words = g_new0 (guint, run->n_sentences + 2);
  for (guint s = 0, w = 0; s <= run->n_sentences; s++)
    {
      while (w < n && run->view->words[w].sentence < s)
        w++;
      run->sentence_words[s] = w;
    }
  run->sentence_dates = g_new0 (guint, run->n_sentences + 2);
  for (guint s = 0, i = 0; s <= run->n_sentences; s++)
    {
      while (i < run->dates->len &&
             run->view->words[g_array_index (run->dates, MarsadDateMatch, i).first_word].sentence < s)
        i++;
      run->sentence_dates[s] = i;
    }
}

static gint
compare_first_word (gconstpointer a,
                    gconstpointer b,
                    gpointer      places)
{
  const MarsadPlaceRef *ra = &g_array_index ((GArray *) places, MarsadPlaceRef, *(const guint *) a);
  const MarsadPlaceRef *rb = &g_array_index ((GArray *) places, MarsadPlaceRef, *(const guint *) b);

  if (ra->w_first != rb->w_first)
    return ra->w_first < rb->w_first ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : *(const guint *) a > *(const guint *) b;
}

/* What needs the places the geoparser found. */
static void
run_init (MarsadEventRun *run,
          MarsadDocument *doc)
{
  guint n = run->view->n;
  guint n_mentions = 0;

  run->doc = doc;

  /* place mentions, mapped onto words, in text order */
  /* sized once: grown by doubling, a text of names held the old and the
   * new array at once */
  for (guint p = 0; p < doc->places->len; p++)
    {
      const MarsadPlace *place = g_ptr_array_index (doc->places, p);

      n_mentions += place->mentions != NULL ? place->mentions->len : 0;
    }
  run->places = g_array_sized_new (FALSE, FALSE, sizeof (MarsadPlaceRef), n_mentions);
  for (guint p = 0; p < doc->places->len; p++)
    {
      const MarsadPlace *place = g_ptr_array_index (doc->places, p);

      for (guint m = 0; place->mentions != NULL && m < place->mentions->len; m++)
        {
          const MarsadMention *mn = &g_array_index (place->mentions, MarsadMention, m);
          MarsadPlaceRef ref = { p, m, 0, 0, mn->sentence };

          /* the mention's sentence says where to look */
          ref.w_first = marsad_word_view_word_at_from (run->view,
                                                       mn->sentence < run->n_sentences ?
                                                       run->sentence_words[mn->sentence] : 0,
                                                       mn->start);
          ref.w_end = marsad_word_view_word_at_from (run->view, ref.w_first,
                                                     mn->end > 0 ? mn->end - 1 : 0) + 1;
          if (ref.w_first >= n || ref.w_end <= ref.w_first)
            continue;
          ref.sentence = run->view->words[ref.w_first].sentence;
          g_array_append_val (run->places, ref);
        }
    }
  /* the passes read the places of one sentence at a time: a counting sort
   * by sentence that keeps their order within each */
  run->sentence_places = g_new0 (guint, run->n_sentences + 1);
  run->by_sentence = g_new (guint, run->places->len + 1);
  for (guint i = 0; i < run->places->len; i++)
    {
      guint s = g_array_index (run->places, MarsadPlaceRef, i).sentence;

      if (s < run->n_sentences)
        run->sentence_places[s + 1]++;
    }
  for (guint s = 0; s < run->n_sentences; s++)
    run->sentence_places[s + 1] += run->sentence_places[s];
  {
    g_autofree guint *fill = g_memdup2 (run->sentence_places, sizeof (guint) * (run->n_sentences + 1));

    for (guint i = 0; i < run->places->len; i++)
      {
        guint s = g_array_index (run->places, MarsadPlaceRef, i).sentence;

        if (s < run->n_sentences)
          run->by_sentence[fill[s]++] = i;
      }
  }

  /* for marsad_event_run_place_at: the mentions by first word, and the
   * longest of them */
  run->by_word = g_new (guint, run->places->len + 1);
  for (guint i = 0; i < run->places->len; i++)
    {
      const MarsadPlaceRef *ref = &g_array_index (run->places, MarsadPlaceRef, i);

      run->by_word[i] = i;
      run->place_words_max = MAX (run->place_words_max, ref->w_end - ref->w_first);
    }
  g_qsort_with_data (run->by_word, (gint) run->places->len, sizeof (guint), compare_first_word, run->places);

  /* a place name that is also an event word ("سلسلة من الهجمات") is the
   * event word; speakers' names are added by the statements pass */
  run->not_site = g_new0 (guint8, n + 1);
  for (guint i = 0; i < run->matches->len; i++)
    {
      const MarsadPhraseMatch *m = &g_array_index (run->matches, MarsadPhraseMatch, i);

      if (m->phrase->kind == MARSAD_LEX_TRIGGER || m->phrase->kind == MARSAD_LEX_TITLE)
        for (guint w = m->word; w < m->word + m->n_words && w < n; w++)
          run->not_site[w] = TRUE;
    }
  {
    /* "سلسلة" is an event word, but "سلسلة جبال حمرين" a mountain range:
     * the word opens a name there */
    g_autofree guint8 *opens_name = g_new0 (guint8, n + 1);

    for (guint i = 0; i < run->places->len; i++)
      {
        const MarsadPlaceRef *ref = &g_array_index (run->places, MarsadPlaceRef, i);

        if (ref->w_end > ref->w_first + 1 && ref->w_first < n)
          opens_name[ref->w_first] = TRUE;
      }
    for (guint w = 0; w < n; w++)
      if (marsad_word_view_may_be (run->view, w, MARSAD_WORD_SERIES) && !opens_name[w])
        run->not_site[w] = TRUE;
  }
  /* "الطريق الرابط بين مدينتي أفجوي وونلاوين": the road is where it
   * happened, not the towns it is named by */
  for (guint i = 0; i < run->places->len; i++)
    {
      const MarsadPlaceRef *ref = &g_array_index (run->places, MarsadPlaceRef, i);
      const MarsadPlace *place = g_ptr_array_index (doc->places, ref->place);

      if (g_strcmp0 (place->kind, "road") == 0)
        for (guint w = ref->w_first + 1; w < ref->w_end && w < n; w++)
          run->not_site[w] = TRUE;
    }
  /* "ريف حلب الغربي": the countryside is where it happened, not the city
   * whose name it holds (the geoparser names the countryside so) */
  for (guint i = 0; i < run->places->len; i++)
    {
      const MarsadPlaceRef *ref = &g_array_index (run->places, MarsadPlaceRef, i);
      const MarsadPlace *place = g_ptr_array_index (doc->places, ref->place);

      if (place->source_id == NULL && !place->approximate && g_str_has_prefix (place->name, "ريف "))
        for (guint w = ref->w_first + 1; w < ref->w_end && w < n; w++)
          run->not_site[w] = TRUE;
    }

  run->quotes = g_array_new (FALSE, FALSE, sizeof (MarsadQuote));
  run->casualties = g_array_new (FALSE, FALSE, sizeof (MarsadCasualty));
  g_array_set_clear_func (run->casualties, (GDestroyNotify) marsad_casualty_clear);
}

static void
run_clear (MarsadEventRun *run)
{
  g_clear_pointer (&run->matches, g_array_unref);
  g_clear_pointer (&run->dates, g_array_unref);
  g_free (run->sentence_dates);
  g_free (run->sentence_quotes);
  g_free (run->sentence_places);
  g_free (run->by_sentence);
  g_free (run->by_word);
  g_free (run->in_date);
  g_free (run->not_site);
  g_clear_pointer (&run->quotes, g_array_unref);
  g_clear_pointer (&run->places, g_array_unref);
  g_clear_pointer (&run->casualties, g_array_unref);
  g_free (run->sentence_words);
  g_clear_pointer (&run->events, g_ptr_array_unref);
  g_clear_pointer (&run->view, marsad_word_view_free);
}

static void
warn_weekdays (MarsadEventRun *run)
{
  static const char *const names[] = { "?", "Monday", "Tuesday", "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday" };

  for (guint i = 0; i < run->dates->len; i++)
    {
      const MarsadDateMatch *d = &g_array_index (run->dates, MarsadDateMatch, i);
      g_autofree char *text = NULL;
      g_autofree char *iso = NULL;

      if (!d->weekday_mismatch)
        continue;
      text = marsad_document_dup_span (run->doc, d->start, d->end);
      iso = marsad_date_format (&d->from, MARSAD_DATE_DAY);
      g_ptr_array_add (run->doc->warnings,
                       g_strdup_printf ("«%s» (offset %u) names %s, but it resolves to %s, a %s",
                                        text, d->start, names[d->said_weekday], iso,
                                        names[g_date_get_weekday (&d->from)]));
    }
}

static void run_places_and_finish (MarsadEventRun *run,
                                   MarsadDocument *doc);

void
marsad_event_extractor_run (const MarsadEventExtractor *self,
                            MarsadDocument             *doc)
{
  MarsadEventRun run;

  g_return_if_fail (self != NULL);
  g_return_if_fail (doc != NULL && doc->norm != NULL);

  run_prepare (&run, self, doc);
  run_places_and_finish (&run, doc);
}

void
marsad_event_extractor_run_counted (const MarsadEventExtractor *self,
                                    MarsadDocument             *doc,
                                    MarsadEventWork            *work)
{
  MarsadEventRun run;

  g_return_if_fail (self != NULL);
  g_return_if_fail (doc != NULL && doc->norm != NULL);

  run_prepare (&run, self, doc);
  run.work = work;
  run_places_and_finish (&run, doc);
}

MarsadEventPrep *
marsad_event_extractor_prepare (const MarsadEventExtractor *self,
                                const MarsadDocument       *doc)
{
  MarsadEventRun *run = g_new (MarsadEventRun, 1);

  g_return_val_if_fail (self != NULL && doc != NULL && doc->norm != NULL, NULL);

  run_prepare (run, self, doc);
  return (MarsadEventPrep *) run;
}

void
marsad_event_extractor_run_prepared (const MarsadEventExtractor *self,
                                     MarsadDocument             *doc,
                                     MarsadEventPrep            *prep)
{
  g_autofree MarsadEventRun *run = (MarsadEventRun *) prep;

  g_return_if_fail (self != NULL && doc != NULL && prep != NULL && run->ex == self);

  run_places_and_finish (run, doc);
}

void
marsad_event_prep_free (MarsadEventPrep *prep)
{
  MarsadEventRun *run = (MarsadEventRun *) prep;

  if (run == NULL)
    return;
  run_clear (run);
  g_free (run);
}

static void
run_places_and_finish (MarsadEventRun *run,
                       MarsadDocument *doc)
{
  run_init (run, doc);
  warn_weekdays (run);
  marsad_quotes_find (run);
  marsad_statements_extract (run);
  marsad_casualties_extract (run);
  marsad_events_build (run);
  marsad_statements_link (run);
  run_clear (run);
}

/* ------------------------------------------------------------ publication date */

/* A dateline stands near the top; further down an explicit full date is
 * usually an event's, unless a word says it is the publication's. */
#define DATELINE_REACH 400
/* how far a publication word reaches, and the longest time expression: a
 * window of the text holds both */
#define ANNOUNCE_REACH 3
#define DATE_MAX_WORDS 12

/* The first full date among words [from, to) of view, near the top or
 * announced by a publication word at most ANNOUNCE_REACH words before. */
static gboolean
find_published (const MarsadEventExtractor *self,
                MarsadDocument             *doc,
                const MarsadWordView       *view,
                guint                       from,
                guint                       to,
                gboolean                    near_top)
{
  for (guint i = from; i < to && i < view->n; i++)
    {
      MarsadDateMatch m;
      gboolean announced = FALSE;

      for (guint k = i >= ANNOUNCE_REACH ? i - ANNOUNCE_REACH : 0; k < i; k++)
        announced |= marsad_word_view_may_be (view, k, MARSAD_WORD_PUBLICATION);
      if (!near_top && !announced)
        continue;
      if (!marsad_date_parser_match (self->dates, view, i, NULL, &m))
        continue;
      if (m.absolute && m.resolved && m.from_gran == MARSAD_DATE_DAY)
        {
          marsad_document_set_published (doc, &m.from);
          doc->published_from_text = TRUE;
          return TRUE;
        }
      i += m.n_words - 1;
    }
  return FALSE;
}

/* Only the top of the text and the few words after a publication word are
 * read: a word view of the whole text would cost as much as the rest of
 * the event extraction. */
void
marsad_event_extractor_detect_published (const MarsadEventExtractor *self,
                                         MarsadDocument             *doc)
{
  const MarsadNormalized *norm;
  const MarsadWord *words;
  gunichar ends[G_N_ELEMENTS (marsad_publication_words)];
  guint n, top = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (doc != NULL && doc->norm != NULL);

  if (doc->published != NULL)
    return;
  norm = doc->norm;
  words = (const MarsadWord *) norm->words->data;
  n = norm->words->len;
  while (top < n && words[top].start < DATELINE_REACH)
    top++;
  {
    g_autoptr(MarsadWordView) view = marsad_word_view_new_range (doc->chars, doc->n_chars, norm, self->table,
                                                                  0, top + DATE_MAX_WORDS);

    if (find_published (self, doc, view, 0, top, TRUE))
      return;
  }

  /* a publication word ends in one of a few letters (a proclitic or the
   * article only comes before): that rejects nearly every word unread */
  for (guint k = 0; marsad_publication_words[k] != NULL; k++)
    {
      const char *w = marsad_publication_words[k];

      ends[k] = g_utf8_get_char (g_utf8_prev_char (w + strlen (w)));
    }
  for (guint k = top >= ANNOUNCE_REACH ? top - ANNOUNCE_REACH : 0; k < n; k++)
    {
      gunichar last;
      gboolean maybe = FALSE;
      g_autoptr(MarsadWordView) view = NULL;

      if (words[k].norm_end == words[k].norm_start)
        continue;
      last = norm->chars[words[k].norm_end - 1];
      for (guint e = 0; marsad_publication_words[e] != NULL && !maybe; e++)
        maybe = last == ends[e];
      if (!maybe)
        continue;
      view = marsad_word_view_new_range (doc->chars, doc->n_chars, norm, self->table,
                                         k, k + 1 + ANNOUNCE_REACH + DATE_MAX_WORDS);
      /* words before top were read already */
      if (marsad_word_view_may_be (view, 0, MARSAD_WORD_PUBLICATION) &&
          find_published (self, doc, view, MAX (1, top > k ? top - k : 0), 1 + ANNOUNCE_REACH, FALSE))
        return;
    }
}
