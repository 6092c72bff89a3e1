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

  gazetteer = marsad_gazetteer_load_default (error);
  if (gazetteer == NULL)
    return NULL;
  events = marsad_event_extractor_new (error);
  if (events == NULL)
    return NULL;

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

static gboolean
step (MarsadProgressFunc  progress,
      gpointer            user_data,
      double              fraction,
      GCancellable       *cancellable,
      GError            **error)
{
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

  g_return_val_if_fail (self != NULL && doc != NULL, FALSE);

  marsad_document_clear_analysis (doc);
  if (doc->published_from_text)
    marsad_document_set_published (doc, NULL);

  sentences = marsad_text_split_sentences (doc->chars, doc->n_chars);
  g_array_append_vals (doc->sentences, sentences->data, sentences->len);
  if (!step (progress, user_data, 0.2, cancellable, error))
    return FALSE;

  doc->norm = marsad_normalized_new (doc->chars, doc->n_chars, doc->sentences);
  if (!step (progress, user_data, 0.4, cancellable, error))
    return FALSE;

  if (doc->published == NULL)
    marsad_event_extractor_detect_published (self->events, doc);

  marsad_geoparser_run (self->geoparser, doc);
  if (!step (progress, user_data, 0.7, cancellable, error))
    return FALSE;

  marsad_event_extractor_run (self->events, doc);
  return step (progress, user_data, 1.0, cancellable, error);
}
