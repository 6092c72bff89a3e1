/* event-fixture.c: documents built by hand for the event extractor tests
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "event-fixture.h"
#include "marsad-text.h"

MarsadDocument *
fixture_document (const char         *text,
                  const char         *published,
                  const FixturePlace *places,
                  guint               n_places)
{
  g_autoptr(GError) error = NULL;
  MarsadDocument *doc = marsad_document_new_from_text (text, -1, &error);

  g_assert_no_error (error);
  g_array_unref (doc->sentences);
  doc->sentences = marsad_text_split_sentences (doc->chars, doc->n_chars);
  doc->norm = marsad_normalized_new (doc->chars, doc->n_chars, doc->sentences);
  if (published != NULL)
    {
      GDate d;

      g_date_clear (&d, 1);
      g_date_set_parse (&d, published);
      g_assert_true (g_date_valid (&d));
      marsad_document_set_published (doc, &d);
    }

  for (guint i = 0; i < n_places; i++)
    {
      MarsadPlace *p = marsad_place_new ();
      glong n = 0;
      g_autofree gunichar *s = g_utf8_to_ucs4 (places[i].surface, -1, NULL, &n, NULL);

      p->id = g_strdup_printf ("p%u", i + 1);
      p->name = g_strdup (places[i].surface);
      p->kind = g_strdup (places[i].kind);
      p->country = g_strdup (places[i].country);
      p->lat = places[i].lat;
      p->lon = places[i].lon;
      p->approximate = places[i].unknown;
      for (gsize at = 0; at + n <= doc->n_chars; at++)
        if (memcmp (doc->chars + at, s, n * sizeof (gunichar)) == 0)
          {
            MarsadMention m = { (guint) at, (guint) (at + n), 0, places[i].role };

            m.sentence = marsad_document_sentence_at (doc, m.start);
            g_array_append_val (p->mentions, m);
          }
      g_ptr_array_add (doc->places, p);
    }
  return doc;
}

MarsadEventExtractor *
fixture_extractor (void)
{
  g_autoptr(GError) error = NULL;
  MarsadEventExtractor *ex = marsad_event_extractor_new (&error);

  g_assert_no_error (error);
  g_assert_nonnull (ex);
  return ex;
}

const MarsadEvent *
fixture_event_at (const MarsadDocument *doc,
                  const char           *surface,
                  guint                 nth)
{
  for (guint i = 0; i < doc->events->len; i++)
    {
      const MarsadEvent *ev = g_ptr_array_index (doc->events, i);
      const MarsadPlace *p = ev->place_id ? marsad_document_find_place (doc, ev->place_id) : NULL;

      if (p != NULL && strcmp (p->name, surface) == 0 && nth-- == 0)
        return ev;
    }
  return NULL;
}

void
fixture_check_event_cases (const EventCase *cases,
                           guint            n)
{
  g_autoptr(MarsadEventExtractor) ex = fixture_extractor ();

  for (guint i = 0; i < n; i++)
    {
      const EventCase *c = &cases[i];
      guint n_places = 0;
      g_autoptr(MarsadDocument) doc = NULL;
      const MarsadEvent *ev;

      while (n_places < G_N_ELEMENTS (c->places) && c->places[n_places].surface != NULL)
        n_places++;
      doc = fixture_document (c->text, "2024-03-06", c->places, n_places);
      marsad_event_extractor_run (ex, doc);
      g_test_message ("%s", c->text);
      /* no site: the case only says where no event may be */
      if (c->site == NULL)
        {
          g_assert_nonnull (c->not_site);
          g_assert_null (fixture_event_at (doc, c->not_site, 0));
          continue;
        }
      ev = fixture_event_at (doc, c->site, 0);
      g_assert_nonnull (ev);
      if (c->killed == FIXTURE_NO_FIGURE)
        {
          int lo, hi;

          g_assert_false (marsad_event_get_fatalities (ev, &lo, &hi));
        }
      if (c->killed >= 0)
        {
          int lo, hi;

          g_assert_true (marsad_event_get_fatalities (ev, &lo, &hi));
          g_assert_cmpint (lo, ==, c->killed);
        }
      if (c->not_site != NULL)
        g_assert_null (fixture_event_at (doc, c->not_site, 0));
      if (c->type != NULL)
        g_assert_cmpstr (ev->type, ==, c->type);
      if (c->background != 0)
        g_assert_cmpint (ev->background, ==, c->background > 0);
    }
}
