/* geoparser-test-support.c: a geoparser over the project's gazetteer and
 * the places a parsed sentence names, for the geoparser tests
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "geoparser-test-support.h"
#include "marsad-text.h"

void
geoparser_fixture_set_up (GeoparserFixture *f,
                          gconstpointer     data)
{
  g_autoptr(GError) error = NULL;

  f->gazetteer = marsad_gazetteer_load_default (&error);
  g_assert_no_error (error);
  f->geoparser = marsad_geoparser_new (f->gazetteer);
}

void
geoparser_fixture_tear_down (GeoparserFixture *f,
                             gconstpointer     data)
{
  g_clear_pointer (&f->geoparser, marsad_geoparser_free);
  g_clear_pointer (&f->gazetteer, marsad_gazetteer_unref);
}

MarsadDocument *
geoparser_fixture_parse (GeoparserFixture *f,
                         const char       *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) sentences = NULL;
  MarsadDocument *doc = marsad_document_new_from_text (text, -1, &error);

  g_assert_no_error (error);
  sentences = marsad_text_split_sentences (doc->chars, doc->n_chars);
  g_array_append_vals (doc->sentences, sentences->data, sentences->len);
  doc->norm = marsad_normalized_new (doc->chars, doc->n_chars, doc->sentences);
  marsad_geoparser_run (f->geoparser, doc);
  return doc;
}

/* The place one of whose mentions reads exactly `surface`, or NULL. */
MarsadPlace *
place_mentioned_as (MarsadDocument *doc,
                    const char     *surface,
                    MarsadMention **mention_out)
{
  for (guint i = 0; i < doc->places->len; i++)
    {
      MarsadPlace *p = g_ptr_array_index (doc->places, i);

      for (guint k = 0; k < p->mentions->len; k++)
        {
          MarsadMention *m = &g_array_index (p->mentions, MarsadMention, k);
          g_autofree char *text = marsad_document_dup_span (doc, m->start, m->end);

          if (g_strcmp0 (text, surface) == 0)
            {
              if (mention_out != NULL)
                *mention_out = m;
              return p;
            }
        }
    }
  return NULL;
}
