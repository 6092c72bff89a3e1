/* marsad-extract.c: the whole extraction pipeline
 *
 * sentences (ICU) → folded text and words → publication date (when not
 * given) → places → events and statements.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "marsad-events.h"
#include "marsad-extract.h"
#include "marsad-gazetteer.h"
#include "marsad-geoparser.h"
#include "marsad-text.h"
#include "marsad-timings.h"

struct _MarsadExtractor
{
  gatomicrefcount       ref_count;
  MarsadGeoparser      *geoparser;
  MarsadEventExtractor *events;
};

MarsadExtractor *
marsad_extractor_new (GError **error)
{
  g_autoptr(MarsadGazetteer) gazetteer = NULL;
  g_autoptr(MarsadEventExtractor) events = NULL;
  MarsadExtractor *self;
  MarsadTiming t0 = marsad_timing_begin ();

  gazetteer = marsad_gazetteer_load_default (error);
  if (gazetteer == NULL)
    return NULL;
  marsad_timing_end ("gazetteer-load", &t0);
  t0 = marsad_timing_begin ();
  events = marsad_event_extractor_new (error);
  if (events == NULL)
    return NULL;
  marsad_timing_end ("event-lexicon-load", &t0);

  self = g_new0 (MarsadExtractor, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->geoparser = marsad_geoparser_new (gazetteer);
  self->events = g_steal_pointer (&events);
  return self;
}

MarsadExtractor *
marsad_extractor_ref (MarsadExtractor *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
marsad_extractor_unref (MarsadExtractor *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_clear_pointer (&self->geoparser, marsad_geoparser_free);
  g_clear_pointer (&self->events, marsad_event_extractor_unref);
  g_free (self);
}

MarsadGazetteer *
marsad_extractor_get_gazetteer (MarsadExtractor *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return marsad_geoparser_get_gazetteer (self->geoparser);
}

/* Below this, a thread costs more than it saves. */
#define PARALLEL_MIN_CHARS 200000
/* Above this, the events' reading of the text waits for the places: beside
 * them its arrays (some 3 times the text) came on top of the geoparser's
 * candidates, the peak of memory (a text of nothing but place names,
 * 2.06 GB for 100 MB; bench/bench-hostile.py) */
#define PARALLEL_PREPARE_MAX_CHARS 1000000

static gpointer
split_sentences_thread (gpointer data)
{
  const MarsadDocument *doc = data;

  return marsad_text_split_sentences_utf8 (doc->text, strlen (doc->text), doc->chars, doc->n_chars);
}

typedef struct
{
  const MarsadEventExtractor *events;
  const MarsadDocument       *doc;
} PrepareJob;

static gpointer
prepare_events_thread (gpointer data)
{
  const PrepareJob *job = data;

  return marsad_event_extractor_prepare (job->events, job->doc);
}

/* With MARSAD_TIMINGS set, stage times go to standard error: where a
 * pipeline's time goes, without a profiler. */
static gboolean
step (MarsadProgressFunc  progress,
      gpointer            user_data,
      double              fraction,
      const char         *stage,
      gint64             *t0,
      GCancellable       *cancellable,
      GError            **error)
{
  gint64 now = g_get_monotonic_time ();

  if (g_getenv ("MARSAD_TIMINGS") != NULL)
    g_printerr ("marsad: %-10s %8.1f ms\n", stage, (now - *t0) / 1000.0);
  *t0 = now;
  if (progress != NULL)
    progress (fraction, user_data);
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

gboolean
marsad_extractor_run (MarsadExtractor    *self,
                      MarsadDocument     *doc,
                      MarsadProgressFunc  progress,
                      gpointer            user_data,
                      GCancellable       *cancellable,
                      GError            **error)
{
  g_autoptr(GArray) sentences = NULL;
  gint64 t0 = g_get_monotonic_time ();
  PrepareJob prepare_job;
  GThread *prepare_thread = NULL;
  MarsadEventPrep *prep = NULL;

  g_return_val_if_fail (self != NULL && doc != NULL, FALSE);

  marsad_document_clear_analysis (doc);
  if (doc->published_from_text)
    marsad_document_set_published (doc, NULL);

  /* ICU's sentences and the folded text do not depend on each other: on a
   * large text they are made at once, the words told their sentences after */
  if (doc->n_chars > PARALLEL_MIN_CHARS)
    {
      g_autoptr(GThread) thread = g_thread_new ("marsad-sentences", split_sentences_thread, doc);

      doc->norm = marsad_normalized_new (doc->chars, doc->n_chars, NULL);
      sentences = g_thread_join (g_steal_pointer (&thread));
      marsad_normalized_set_sentences (doc->norm, sentences);
    }
  else
    {
      sentences = marsad_text_split_sentences_utf8 (doc->text, strlen (doc->text), doc->chars, doc->n_chars);
      doc->norm = marsad_normalized_new (doc->chars, doc->n_chars, sentences);
    }
  g_array_append_vals (doc->sentences, sentences->data, sentences->len);
  if (!step (progress, user_data, 0.3, "sentences+fold", &t0, cancellable, error))
    return FALSE;

  if (doc->published == NULL)
    marsad_event_extractor_detect_published (self->events, doc);
  if (!step (progress, user_data, 0.4, "dateline", &t0, cancellable, error))
    return FALSE;

  /* what the events need of the text alone is read beside the places, on
   * a text of middling size (PARALLEL_PREPARE_MAX_CHARS) */
  prepare_job = (PrepareJob) { self->events, doc };
  if (doc->n_chars > PARALLEL_MIN_CHARS && doc->n_chars <= PARALLEL_PREPARE_MAX_CHARS)
    prepare_thread = g_thread_new ("marsad-events", prepare_events_thread, &prepare_job);
  marsad_geoparser_run (self->geoparser, doc);
  if (prepare_thread != NULL)
    prep = g_thread_join (prepare_thread);   /* drops the thread too */
  if (!step (progress, user_data, 0.7, "places", &t0, cancellable, error))
    {
      g_clear_pointer (&prep, marsad_event_prep_free);
      return FALSE;
    }
  if (prep == NULL)
    prep = marsad_event_extractor_prepare (self->events, doc);
  marsad_event_extractor_run_prepared (self->events, doc, prep);
  return step (progress, user_data, 1.0, "events", &t0, cancellable, error);
}

void
marsad_extractor_set_published (MarsadExtractor *self,
                                MarsadDocument  *doc,
                                const GDate     *published)
{
  g_return_if_fail (self != NULL && doc != NULL);

  marsad_document_set_published (doc, published);
  if (doc->norm == NULL)
    doc->norm = marsad_normalized_new (doc->chars, doc->n_chars, doc->sentences);

  /* event sites are the event extractor's to decide again */
  for (guint i = 0; i < doc->places->len; i++)
    {
      MarsadPlace *place = g_ptr_array_index (doc->places, i);

      for (guint k = 0; k < place->mentions->len; k++)
        {
          MarsadMention *m = &g_array_index (place->mentions, MarsadMention, k);

          if (m->role == MARSAD_ROLE_EVENT_SITE)
            m->role = MARSAD_ROLE_CONTEXT;
        }
    }
  g_ptr_array_set_size (doc->events, 0);
  g_ptr_array_set_size (doc->statements, 0);
  g_ptr_array_set_size (doc->warnings, 0);
  marsad_event_extractor_run (self->events, doc);
}
