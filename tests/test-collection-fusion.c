/* test-collection-fusion.c: which reports are one event, both directions
 *
 * The coordinates are made up around two points (a town at 33.00 N,
 * 44.00 E and its neighbour 5 km east), so that each case says exactly how
 * far apart its places are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib.h>

#include "marsad-fusion.h"

static const char *const army[] = { "الجيش الإسرائيلي", NULL };
static const char *const army_short[] = { "الجيش", NULL };
static const char *const houthis[] = { "الحوثيون", NULL };
static const char *const us_forces[] = { "القوات الأميركية", NULL };

#define STRIKE "Explosions/Remote violence"
#define BATTLE "Battles"

/* a strike on the town, reported by article "a" */
static MarsadFusionItem
town_report (const char *article)
{
  return (MarsadFusionItem) {
    .article = article, .key = article, .type = STRIKE,
    .date_start = "2024-03-10", .date_end = "2024-03-10",
    .has_place = TRUE, .lat = 33.0, .lon = 44.0,
    .place_name = "الفلوجة", .place_kind = "town", .country = "IQ", .admin1 = "Anbar",
    .source_id = "wof:1", .actors = army,
  };
}

typedef struct
{
  const char      *what;
  MarsadFusionItem a;
  MarsadFusionItem b;
  const char      *reason;      /* NULL: they must stay apart */
} PairCase;

static void
test_pairs (void)
{
  PairCase cases[32];
  guint n = 0;
  MarsadFusionItem a = town_report ("a"), b;

  /* ---- one event ---- */
  b = town_report ("b");
  cases[n++] = (PairCase) { "the same strike, two outlets", a, b, "same place, same day, same type" };

  b = town_report ("b");
  b.source_id = "wof:2";   /* the same town under another gazetteer record */
  cases[n++] = (PairCase) { "same name, another record", a, b, "same place, same day, same type" };

  b = town_report ("b");
  b.source_id = NULL;
  b.place_name = "فلوجة الصقور";
  b.lat = 33.005;         /* about 550 m north */
  cases[n++] = (PairCase) { "another record under 1 km away", a, b,
                            "places under 1 km apart, same day, same type" };

  b = town_report ("b");
  b.source_id = NULL;
  b.place_name = "قاعدة الحبانية";
  b.place_kind = "military_base";
  b.lat = 33.03;          /* about 3.3 km */
  cases[n++] = (PairCase) { "a base in the town", a, b, "a site in the town, same day, same type" };

  b = town_report ("b");
  b.source_id = "wof:anbar";
  b.place_name = "الأنبار";
  b.place_kind = "region";
  b.lat = 33.4;
  b.lon = 42.5;
  cases[n++] = (PairCase) { "the town inside the province named", a, b,
                            "one place inside the other, same day, same type" };

  b = town_report ("b");
  b.date_start = "2024-03-09";
  b.date_end = "2024-03-11";
  cases[n++] = (PairCase) { "overlapping dates", a, b, "same place, overlapping dates, same type" };

  b = town_report ("b");
  b.date_start = "2024-03";
  b.date_end = NULL;
  cases[n++] = (PairCase) { "a day inside the month named", a, b, "same place, overlapping dates, same type" };

  b = town_report ("b");
  b.actors = army_short;
  cases[n++] = (PairCase) { "an actor named shorter", a, b, "same place, same day, same type" };

  b = town_report ("b");
  b.actors = NULL;
  cases[n++] = (PairCase) { "no actor named", a, b, "same place, same day, same type" };

  /* ---- two events ---- */
  b = town_report ("b");
  b.source_id = "wof:3";
  b.place_name = "الكرمة";
  b.lon = 44.054;         /* the neighbouring town, about 5 km east */
  cases[n++] = (PairCase) { "strikes on neighbouring towns, one day", a, b, NULL };

  b = town_report ("b");
  b.source_id = "wof:3";
  b.place_name = "الكرمة";
  b.lon = 44.02;          /* 1.9 km: close, but a town of its own name */
  b.place_kind = "village";
  cases[n++] = (PairCase) { "a village beside the town", a, b, NULL };

  b = town_report ("b");
  b.type = BATTLE;
  cases[n++] = (PairCase) { "another type", a, b, NULL };

  b = town_report ("b");
  b.date_start = b.date_end = "2024-03-11";
  cases[n++] = (PairCase) { "the next day", a, b, NULL };

  b = town_report ("a");
  cases[n++] = (PairCase) { "two events of one article", a, b, NULL };

  b = town_report ("b");
  b.actors = houthis;
  {
    MarsadFusionItem c = town_report ("a");

    c.actors = us_forces;
    cases[n++] = (PairCase) { "different actors", c, b, NULL };
  }

  b = town_report ("b");
  b.background = TRUE;
  cases[n++] = (PairCase) { "a background event", a, b, NULL };

  b = town_report ("b");
  b.source_id = "wof:iq";
  b.place_name = "العراق";
  b.place_kind = "country";
  cases[n++] = (PairCase) { "a strike somewhere in the country", a, b, NULL };

  b = town_report ("b");
  b.source_id = "wof:ninawa";
  b.place_name = "نينوى";
  b.place_kind = "region";
  b.admin1 = "Ninawa";
  cases[n++] = (PairCase) { "another province", a, b, NULL };

  b = town_report ("b");
  b.date_start = "2024";
  b.date_end = NULL;
  cases[n++] = (PairCase) { "only a year", a, b, NULL };

  b = town_report ("b");
  b.date_start = b.date_end = NULL;
  cases[n++] = (PairCase) { "no date", a, b, NULL };

  b = town_report ("b");
  b.has_place = FALSE;
  b.source_id = NULL;
  b.place_name = NULL;
  cases[n++] = (PairCase) { "no place", a, b, NULL };

  b = town_report ("b");
  b.source_id = NULL;
  b.place_name = "مطار";
  b.place_kind = "airport";
  b.lat = 33.08;          /* 8.9 km: another place */
  cases[n++] = (PairCase) { "an airport outside the town", a, b, NULL };

  b = town_report ("b");
  b.source_id = "wof:9";  /* another town of the same name, in another province */
  b.admin1 = "Ninawa";
  b.lat = 36.3;
  b.lon = 43.1;           /* about 380 km north */
  cases[n++] = (PairCase) { "two towns of one name, far apart", a, b, NULL };

  b = town_report ("b");
  b.source_id = "wof:10";
  b.lon = 44.13;          /* 12 km east: a namesake, not another record of the town */
  cases[n++] = (PairCase) { "two towns of one name, 12 km apart", a, b, NULL };

  b = town_report ("b");
  b.source_id = "wof:11";
  b.country = "SY";
  b.admin1 = "Deir ez-Zor";
  b.lat = 34.5;
  b.lon = 40.9;
  cases[n++] = (PairCase) { "a namesake in another country", a, b, NULL };

  g_assert_cmpuint (n, <=, G_N_ELEMENTS (cases));
  for (guint i = 0; i < n; i++)
    {
      const char *reason = NULL;
      gboolean ab = marsad_fusion_compatible (&cases[i].a, &cases[i].b, &reason);
      gboolean ba = marsad_fusion_compatible (&cases[i].b, &cases[i].a, NULL);

      g_test_message ("%s", cases[i].what);
      g_assert_cmpint (ab, ==, cases[i].reason != NULL);
      g_assert_cmpint (ba, ==, ab);
      if (cases[i].reason != NULL)
        g_assert_cmpstr (reason, ==, cases[i].reason);
    }
}

static void
test_five_outlets (void)
{
  MarsadFusionItem items[6];
  const char *articles[] = { "a", "b", "c", "d", "e" };
  g_autofree guint *group = NULL;
  g_autofree const char **reasons = NULL;

  for (guint i = 0; i < 5; i++)
    items[i] = town_report (articles[i]);
  /* and a strike on the neighbouring town the same day, in article "a" too */
  items[5] = town_report ("f");
  items[5].source_id = "wof:3";
  items[5].place_name = "الكرمة";
  items[5].lon = 44.054;

  group = marsad_fusion_group (items, 6, NULL, 0, &reasons);
  for (guint i = 0; i < 5; i++)
    g_assert_cmpuint (group[i], ==, 0);
  g_assert_cmpuint (group[5], ==, 5);
  g_assert_cmpstr (reasons[0], ==, "same place, same day, same type");
}

/* A base 3.4 km from each of two towns 5 km apart: it could be either
 * town's strike, so it joins neither. */
static void
test_ambiguous (void)
{
  MarsadFusionItem items[3] = { town_report ("a"), town_report ("b"), town_report ("c") };
  g_autofree guint *group = NULL;

  items[1].source_id = "wof:3";
  items[1].place_name = "الكرمة";
  items[1].lon = 44.054;
  items[2].source_id = NULL;
  items[2].place_name = "قاعدة";
  items[2].place_kind = "military_base";
  items[2].lat = 33.025;
  items[2].lon = 44.027;

  group = marsad_fusion_group (items, 3, NULL, 0, NULL);
  g_assert_cmpuint (group[0], ==, 0);
  g_assert_cmpuint (group[1], ==, 1);
  g_assert_cmpuint (group[2], ==, 2);

  /* with only one of the towns, the base is its strike */
  group = (g_free (group), marsad_fusion_group (items + 1, 2, NULL, 0, NULL));
  g_assert_cmpuint (group[1], ==, 0);
}

/* The same reports give the same events in whatever order they were
 * imported: here a base between two towns, which fits either strike. */
static void
test_any_order (void)
{
  static const guint orders[][4] = {
    { 0, 1, 2, 3 }, { 0, 2, 1, 3 }, { 1, 0, 2, 3 }, { 1, 2, 0, 3 }, { 2, 0, 1, 3 }, { 2, 1, 0, 3 },
    { 3, 2, 1, 0 }, { 2, 3, 0, 1 },
  };
  MarsadFusionItem base[4] = { town_report ("a"), town_report ("b"), town_report ("c"), town_report ("d") };
  gboolean together[4][4];

  base[1].source_id = "wof:3";
  base[1].place_name = "الكرمة";
  base[1].lon = 44.054;
  base[2].source_id = NULL;
  base[2].place_name = "قاعدة";
  base[2].place_kind = "military_base";
  base[2].lat = 33.025;
  base[2].lon = 44.027;
  /* and another outlet's report of the strike on the first town */
  for (guint o = 0; o < G_N_ELEMENTS (orders); o++)
    {
      MarsadFusionItem items[4];
      g_autofree guint *group = NULL;

      for (guint i = 0; i < 4; i++)
        items[i] = base[orders[o][i]];
      group = marsad_fusion_group (items, 4, NULL, 0, NULL);
      for (guint i = 0; i < 4; i++)
        for (guint j = 0; j < 4; j++)
          {
            guint a = orders[o][i], b = orders[o][j];
            gboolean same = group[i] == group[j];

            if (o == 0)
              together[a][b] = same;
            else
              g_assert_cmpint (same, ==, together[a][b]);
          }
    }
  /* the two reports of the first town's strike are one event, the towns two */
  g_assert_true (together[0][3]);
  g_assert_false (together[0][1]);
  g_assert_false (together[1][3]);
}

/* No chains: A fits B and B fits C, but A does not fit C. */
static void
test_no_chains (void)
{
  MarsadFusionItem items[3] = { town_report ("a"), town_report ("b"), town_report ("c") };
  g_autofree guint *group = NULL;

  items[0].date_start = "2024-03-09";
  items[0].date_end = "2024-03-10";
  items[1].date_start = "2024-03-10";
  items[1].date_end = "2024-03-11";
  items[2].date_start = items[2].date_end = "2024-03-11";

  group = marsad_fusion_group (items, 3, NULL, 0, NULL);
  g_assert_cmpuint (group[0], ==, 0);
  g_assert_cmpuint (group[1], ==, 0);
  g_assert_cmpuint (group[2], ==, 2);
}

static void
test_user_choices (void)
{
  MarsadFusionItem items[3] = { town_report ("a"), town_report ("b"), town_report ("c") };
  const MarsadFusionChoice apart[] = { { "b", "a", FALSE } };
  const MarsadFusionChoice together[] = { { "a", "c", TRUE } };
  const MarsadFusionChoice both[] = { { "a", "c", TRUE }, { "c", "a", FALSE } };
  g_autofree guint *group = NULL;
  g_autofree const char **reasons = NULL;

  /* kept apart; c fits both a and b, which may not be one: it joins neither */
  group = marsad_fusion_group (items, 3, apart, 1, NULL);
  g_assert_cmpuint (group[0], ==, 0);
  g_assert_cmpuint (group[1], ==, 1);
  g_assert_cmpuint (group[2], ==, 2);

  /* put together although the rules say two: c is in another town */
  items[2].source_id = "wof:3";
  items[2].place_name = "الكرمة";
  items[2].lon = 44.054;
  g_clear_pointer (&group, g_free);
  group = marsad_fusion_group (items, 3, together, 1, &reasons);
  g_assert_cmpuint (group[0], ==, 0);
  g_assert_cmpuint (group[2], ==, 0);
  g_assert_cmpstr (reasons[0], ==, "put together by the user");
  /* b fits a, but not c: complete groups keep it out */
  g_assert_cmpuint (group[1], ==, 1);

  /* "apart" wins over an older "together" */
  g_clear_pointer (&group, g_free);
  group = marsad_fusion_group (items, 3, both, 2, NULL);
  g_assert_cmpuint (group[2], ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/fusion/pairs", test_pairs);
  g_test_add_func ("/fusion/five-outlets", test_five_outlets);
  g_test_add_func ("/fusion/ambiguous", test_ambiguous);
  g_test_add_func ("/fusion/any-order", test_any_order);
  g_test_add_func ("/fusion/no-chains", test_no_chains);
  g_test_add_func ("/fusion/user-choices", test_user_choices);
  return g_test_run ();
}
