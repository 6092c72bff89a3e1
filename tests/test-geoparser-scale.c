/* test-geoparser-scale.c: the geoparser's passes over a document's places
 * do work linear in the text on long documents — counted, not timed
 * (timings are bench/bench-hostile.py's)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "marsad-geoparser-private.h"

#define SHORT 200
#define LONG 1600

static MarsadPlace *
add_place (MarsadDocument *doc,
           const char     *kind,
           const char     *country)
{
  MarsadPlace *place = marsad_place_new ();

  place->id = g_strdup_printf ("p%u", doc->places->len + 1);
  place->kind = g_strdup (kind);
  place->country = g_strdup (country);
  g_ptr_array_add (doc->places, place);
  return place;
}

/* what "البلاد" at offset meant before the sweep: every mention of the
 * first n_places walked for each (the reference, quadratic) */
static const char *
walked_passage_country (const MarsadDocument *doc,
                        guint                 n_places,
                        guint                 offset)
{
  const MarsadPlace *most = NULL, *last = NULL;
  guint last_start = 0;

  for (guint p = 0; p < n_places; p++)
    {
      const MarsadPlace *place = g_ptr_array_index (doc->places, p);

      if (place->country == NULL || place->country[0] == '\0')
        continue;
      if (g_strcmp0 (place->kind, "country") == 0 && (most == NULL || place->mentions->len > most->mentions->len))
        most = place;
      for (guint k = 0; k < place->mentions->len; k++)
        {
          const MarsadMention *m = &g_array_index (place->mentions, MarsadMention, k);

          if ((m->role == MARSAD_ROLE_ACTOR && g_strcmp0 (place->kind, "country") != 0) || m->start >= offset ||
              (last != NULL && m->start < last_start))
            continue;
          last = place;
          last_start = m->start;
        }
    }
  return last != NULL ? last->country : most != NULL ? most->country : NULL;
}

/* A passage of places, and "شمال البلاد" after it, said times times: the
 * answers are the walk's, and the mentions looked at grow as the text. */
static guint64
count_passage_steps (guint times)
{
  g_autoptr(MarsadDocument) doc = marsad_document_new_from_text ("x", -1, NULL);
  g_autoptr(MarsadPassageCountries) passages = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  MarsadPlace *all[6];
  MarsadPlace *side;
  guint n_places;

  all[0] = add_place (doc, "country", "IQ");
  all[1] = add_place (doc, "country", "SY");
  all[2] = add_place (doc, "city", "IQ");
  all[3] = add_place (doc, "city", "SY");
  all[4] = add_place (doc, "town", NULL);
  /* a side of Iraq named before ("شمال العراق"), told again later */
  all[5] = side = add_place (doc, "region", "IQ");
  n_places = doc->places->len;
  for (guint i = 0; i < times; i++)
    for (guint k = 0; k < 3; k++)
      {
        /* some at one start, one place's name inside another's */
        guint start = i * 100 + 10 * g_rand_int_range (rand, 0, 4);
        MarsadMentionRole role = g_rand_int_range (rand, 0, 4) == 0 ? MARSAD_ROLE_ACTOR : MARSAD_ROLE_CONTEXT;

        marsad_place_add_mention (all[g_rand_int_range (rand, 0, 6)], start, start + 5, i, role);
      }

  passages = marsad_passage_countries_new (doc, n_places);
  for (guint i = 0; i < times; i++)
    {
      guint offset = i * 100 + 20 + g_rand_int_range (rand, 0, 2) * 10;

      g_assert_cmpstr (marsad_passage_country (passages, offset), ==, walked_passage_country (doc, n_places, offset));
      /* now and then the side is derived there, as for "شمال البلاد" */
      if (g_rand_int_range (rand, 0, 3) == 0)
        {
          marsad_place_add_mention (side, offset, offset + 10, i, MARSAD_ROLE_CONTEXT);
          marsad_passage_countries_add_mention (passages, side, offset);
        }
    }
  g_assert_true (marsad_passage_countries_place (passages, "SY") == all[1]);
  g_assert_null (marsad_passage_countries_place (passages, "LB"));
  g_test_message ("%u times: passage steps %" G_GUINT64_FORMAT, times, marsad_passage_countries_steps (passages));
  return marsad_passage_countries_steps (passages);
}

static void
test_passage_country_linear (void)
{
  guint64 short_steps = count_passage_steps (SHORT), long_steps = count_passage_steps (LONG);

  g_assert_cmpuint (short_steps, >, 0);
  g_assert_cmpuint (long_steps, <=, 2 * (LONG / SHORT) * short_steps);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/geoparser-scale/passage-country", test_passage_country_linear);
  return g_test_run ();
}
