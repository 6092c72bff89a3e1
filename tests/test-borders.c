/* test-borders.c: the bundled borders table, as the map and the exports
 * read it
 *
 * A border place finds its line by its English name, or by its point when
 * the name is another's (an analysis saved when the table named countries
 * otherwise); where two borders meet, the name decides. The table holds
 * the Golan ceasefire line as Israel–Syria.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "marsad-borders.h"

static MarsadPlace *
border_place (const char *country,
              const char *name_en,
              double      lat,
              double      lon)
{
  MarsadPlace *place = marsad_place_new ();

  place->id = g_strdup ("p1");
  place->name = g_strdup ("الحدود");
  place->name_en = g_strdup (name_en);
  place->kind = g_strdup ("border");
  place->country = g_strdup (country);
  place->lat = lat;
  place->lon = lon;
  return place;
}

static const MarsadBorders *
table (void)
{
  const MarsadBorders *borders = marsad_borders_get_default ();

  g_assert_nonnull (borders);
  /* loaded once */
  g_assert_true (marsad_borders_get_default () == borders);
  return borders;
}

static void
test_find_place (void)
{
  const MarsadBorders *borders = table ();
  const MarsadBorder *jo_sy = marsad_borders_lookup (borders, "JO", "SY");
  const MarsadBorder *il_sy = marsad_borders_lookup (borders, "IL", "SY");
  double lat, lon;
  g_autoptr(MarsadPlace) named = NULL;
  g_autoptr(MarsadPlace) other_order = NULL;
  g_autoptr(MarsadPlace) old_name = NULL;
  g_autoptr(MarsadPlace) tripoint = NULL;
  g_autoptr(MarsadPlace) nowhere = NULL;
  g_autoptr(MarsadPlace) town = NULL;
  g_autofree char *name = NULL;

  g_assert_nonnull (jo_sy);
  g_assert_nonnull (il_sy);
  marsad_border_midpoint (jo_sy, &lat, &lon);
  name = marsad_border_dup_name_en (jo_sy, "SY");
  g_assert_cmpstr (name, ==, "Syria–Jordan border");

  named = border_place ("JO", "Jordan–Syria border", lat, lon);
  g_assert_true (marsad_borders_find_place (borders, named) == jo_sy);
  other_order = border_place ("SY", "Syria–Jordan border", 0, 0);
  g_assert_true (marsad_borders_find_place (borders, other_order) == jo_sy);
  /* a name the table no longer gives: the point is on the line */
  old_name = border_place ("JO", "Jordan–Syrian Arab Republic border", lat, lon);
  g_assert_true (marsad_borders_find_place (borders, old_name) == jo_sy);
  /* the Yarmouk, where the Golan line meets Jordan's: on both lines */
  tripoint = border_place ("SY", "Syria–Jordan border", 32.7443, 35.7576);
  g_assert_true (marsad_borders_find_place (borders, tripoint) == jo_sy);
  g_free (tripoint->name_en);
  tripoint->name_en = g_strdup ("Syria–Israel border");
  g_assert_true (marsad_borders_find_place (borders, tripoint) == il_sy);
  /* neither the name nor the point */
  nowhere = border_place ("JO", "Jordan–Atlantis border", 31.95, 35.93);
  g_assert_null (marsad_borders_find_place (borders, nowhere));
  /* only border places have a line */
  town = border_place ("JO", "Jordan–Syria border", lat, lon);
  g_free (town->kind);
  town->kind = g_strdup ("town");
  g_assert_null (marsad_borders_find_place (borders, town));
  g_assert_null (marsad_borders_find_place (NULL, named));
}

/* The segments as the map draws them: the row's points, in its order. */
static void
test_segments (void)
{
  const MarsadBorder *b = marsad_borders_lookup (table (), "SY", "IL");
  const char *cc_a = NULL, *cc_b = NULL;
  const double *points;
  guint n = 0, total = 0;

  g_assert_nonnull (b);
  marsad_border_get_countries (b, &cc_a, &cc_b);
  g_assert_cmpstr (cc_a, ==, "IL");
  g_assert_cmpstr (cc_b, ==, "SY");
  for (guint s = 0; s < marsad_border_get_n_segments (b); s++)
    {
      points = marsad_border_get_segment (b, s, &n);
      g_assert_cmpuint (n, >=, 2);
      total += n;
    }
  /* the 1974 line, from the Hermon (where Lebanon's border meets it) to
   * the Yarmouk (where Jordan's does), ten points or more */
  g_assert_cmpuint (marsad_border_get_n_segments (b), ==, 1);
  points = marsad_border_get_segment (b, 0, &n);
  g_assert_cmpuint (total, ==, n);
  g_assert_cmpuint (n, >=, 10);
  g_assert_cmpfloat_with_epsilon (points[0], 33.4067, 1e-4);
  g_assert_cmpfloat_with_epsilon (points[1], 35.8211, 1e-4);
  g_assert_cmpfloat_with_epsilon (points[2 * n - 2], 32.7443, 1e-4);
  g_assert_cmpfloat_with_epsilon (points[2 * n - 1], 35.7576, 1e-4);
  for (guint i = 0; i < n; i++)
    {
      /* east of the Sea of Galilee (35.65° E): the ceasefire line, not
       * the pre-1967 line along the lake's shore */
      g_assert_cmpfloat (points[2 * i + 1], >, 35.7);
      g_assert_cmpfloat (points[2 * i + 1], <, 35.95);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/borders/find-place", test_find_place);
  g_test_add_func ("/borders/segments", test_segments);
  return g_test_run ();
}
