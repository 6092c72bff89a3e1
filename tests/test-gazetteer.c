/* test-gazetteer.c: the compiled gazetteer (data/gazetteer.bin)
 *
 * Lookups go through marsad_normalize_string(), as the matcher's do, so
 * these tests also check that tools/build-gazetteer.py folds names the way
 * the C side folds text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "marsad-gazetteer.h"
#include "marsad-normalize.h"

typedef struct
{
  MarsadGazetteer *gaz;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  fixture->gaz = marsad_gazetteer_load_default (&error);
  if (fixture->gaz == NULL)
    {
      g_autofree char *why = g_strdup_printf ("no gazetteer: %s", error->message);

      g_test_skip (why);
      return;
    }
  g_test_message ("loaded %u records in %.3f ms",
                  marsad_gazetteer_get_n_records (fixture->gaz),
                  (g_get_monotonic_time () - start) / 1000.0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_pointer (&fixture->gaz, marsad_gazetteer_unref);
}

/* The hits of a name as written in an article, folded by the C side. */
static guint
lookup (MarsadGazetteer      *gaz,
        const char           *name,
        const MarsadNameHit **hits,
        guint                *n_hits)
{
  g_autofree char *key = marsad_normalize_string (name);

  return marsad_gazetteer_lookup (gaz, key, strlen (key), hits, n_hits);
}

/* The first hit (best, records are stored by importance) of kind and
 * country, or -1. */
static gint64
find_hit (MarsadGazetteer       *gaz,
          const char            *name,
          MarsadPlaceKind        kind,
          const char            *country,
          MarsadGazetteerRecord *out,
          guint32               *name_flags)
{
  const MarsadNameHit *hits = NULL;
  guint n_hits = 0;

  lookup (gaz, name, &hits, &n_hits);
  for (guint i = 0; i < n_hits; i++)
    {
      MarsadGazetteerRecord rec;

      g_assert_true (marsad_gazetteer_get_record (gaz, hits[i].record, &rec));
      if (rec.kind == kind && g_strcmp0 (rec.country, country) == 0)
        {
          if (out != NULL)
            *out = rec;
          if (name_flags != NULL)
            *name_flags = hits[i].flags;
          return hits[i].record;
        }
    }
  return -1;
}

static void
assert_near (const MarsadGazetteerRecord *rec,
             double                       lat,
             double                       lon,
             double                       tolerance)
{
  g_assert_cmpfloat_with_epsilon (rec->lat, lat, tolerance);
  g_assert_cmpfloat_with_epsilon (rec->lon, lon, tolerance);
}

static void
test_countries (Fixture       *fixture,
                gconstpointer  user_data)
{
  MarsadGazetteerRecord rec;
  const MarsadNameHit *hits;
  guint n_hits;

  if (fixture->gaz == NULL)
    return;

  g_assert_cmpint (find_hit (fixture->gaz, "العراق", MARSAD_PLACE_KIND_COUNTRY, "IQ", &rec, NULL), >=, 0);
  g_assert_cmpstr (rec.name_en, ==, "Iraq");
  g_assert_cmpint (rec.importance, >=, 900);

  /* إيران folds to ايران; so does the spelling without hamza. */
  g_assert_cmpint (find_hit (fixture->gaz, "إيران", MARSAD_PLACE_KIND_COUNTRY, "IR", NULL, NULL), >=, 0);
  g_assert_cmpint (find_hit (fixture->gaz, "ايران", MARSAD_PLACE_KIND_COUNTRY, "IR", NULL, NULL), >=, 0);

  g_assert_cmpint (find_hit (fixture->gaz, "سوريا", MARSAD_PLACE_KIND_COUNTRY, "SY", NULL, NULL), >=, 0);
  g_assert_cmpint (find_hit (fixture->gaz, "سورية", MARSAD_PLACE_KIND_COUNTRY, "SY", NULL, NULL), >=, 0);

  /* A multi-word name: its first word is a prefix key, not a name. */
  g_assert_cmpuint (lookup (fixture->gaz, "الولايات", &hits, &n_hits) & MARSAD_KEY_IS_PREFIX, !=, 0);
  g_assert_cmpint (find_hit (fixture->gaz, "الولايات المتحدة", MARSAD_PLACE_KIND_COUNTRY, "US", NULL, NULL), >=, 0);

  g_assert_true (marsad_gazetteer_get_country (fixture->gaz, "IQ", &rec));
  g_assert_cmpstr (rec.name_ar, ==, "العراق");
  g_assert_true (marsad_gazetteer_get_country (fixture->gaz, "us", &rec));
  g_assert_false (marsad_gazetteer_get_country (fixture->gaz, "Q", &rec));
  g_assert_false (marsad_gazetteer_get_country (fixture->gaz, "QQQ", &rec));
}

static void
test_cities (Fixture       *fixture,
             gconstpointer  user_data)
{
  MarsadGazetteerRecord rec;
  const MarsadNameHit *hits;
  guint n_hits;

  if (fixture->gaz == NULL)
    return;

  /* واشنطن: the capital comes first, not Washington, Utah. */
  g_assert_cmpuint (lookup (fixture->gaz, "واشنطن", &hits, &n_hits) & MARSAD_KEY_IS_NAME, !=, 0);
  g_assert_cmpuint (n_hits, >=, 1);
  g_assert_true (marsad_gazetteer_get_record (fixture->gaz, hits[0].record, &rec));
  g_assert_cmpstr (rec.country, ==, "US");
  g_assert_true (rec.flags & MARSAD_RECORD_CAPITAL);
  assert_near (&rec, 38.9, -77.04, 0.2);

  /* Gaza, with and without the shadda: the city, one record. */
  g_assert_cmpint (find_hit (fixture->gaz, "غزّة", MARSAD_PLACE_KIND_CITY, "PS", &rec, NULL), >=, 0);
  assert_near (&rec, 31.5, 34.46, 0.1);
  g_assert_cmpint (find_hit (fixture->gaz, "قطاع غزة", MARSAD_PLACE_KIND_REGION, "PS", NULL, NULL), >=, 0);

  /* Baghdad from two sources is one city record. */
  lookup (fixture->gaz, "بغداد", &hits, &n_hits);
  {
    guint n_cities = 0;

    for (guint i = 0; i < n_hits; i++)
      {
        g_assert_true (marsad_gazetteer_get_record (fixture->gaz, hits[i].record, &rec));
        if (rec.kind == MARSAD_PLACE_KIND_CITY && g_str_equal (rec.country, "IQ"))
          n_cities++;
      }
    g_assert_cmpuint (n_cities, ==, 1);
  }

  /* An English name. */
  g_assert_cmpint (find_hit (fixture->gaz, "Baghdad", MARSAD_PLACE_KIND_CITY, "IQ", &rec, NULL), >=, 0);
  g_assert_cmpstr (rec.name_ar, ==, "بغداد");
  g_assert_true (rec.flags & MARSAD_RECORD_CAPITAL);
}

static void
test_iraq (Fixture       *fixture,
           gconstpointer  user_data)
{
  MarsadGazetteerRecord rec;
  guint32 flags = 0;

  if (fixture->gaz == NULL)
    return;

  /* عين الأسد: the Iraqi air base and a Lebanese village. */
  g_assert_cmpint (find_hit (fixture->gaz, "عين الأسد", MARSAD_PLACE_KIND_MILITARY_BASE, "IQ", &rec, NULL), >=, 0);
  assert_near (&rec, 33.79, 42.44, 0.05);
  g_assert_cmpint (find_hit (fixture->gaz, "عين الأسد", MARSAD_PLACE_KIND_VILLAGE, "LB", NULL, NULL), >=, 0);
  g_assert_cmpint (find_hit (fixture->gaz, "قاعدة عين الأسد", MARSAD_PLACE_KIND_MILITARY_BASE, "IQ", NULL, NULL), >=, 0);

  /* القائم: the Anbar town is among the hits, and the word is flagged. */
  g_assert_cmpint (find_hit (fixture->gaz, "القائم", MARSAD_PLACE_KIND_TOWN, "IQ", &rec, &flags), >=, 0);
  assert_near (&rec, 34.37, 41.05, 0.1);
  g_assert_cmpuint (flags & MARSAD_NAME_COMMON_WORD, !=, 0);

  /* جرف الصخر: the town's name without the source's "ناحية", which stays
   * a variant */
  g_assert_cmpint (find_hit (fixture->gaz, "جرف الصخر", MARSAD_PLACE_KIND_TOWN, "IQ", &rec, &flags), >=, 0);
  assert_near (&rec, 32.87, 44.19, 0.05);
  g_assert_cmpstr (rec.name_ar, ==, "جرف الصخر");
  g_assert_cmpuint (flags & MARSAD_NAME_PRIMARY, !=, 0);
  g_assert_cmpint (find_hit (fixture->gaz, "ناحية جرف الصخر", MARSAD_PLACE_KIND_TOWN, "IQ", NULL, NULL), >=, 0);

  /* مطار بغداد الدولي is an airport; "بغداد" alone never names it. */
  g_assert_cmpint (find_hit (fixture->gaz, "مطار بغداد الدولي", MARSAD_PLACE_KIND_AIRPORT, "IQ", NULL, NULL), >=, 0);
  g_assert_cmpint (find_hit (fixture->gaz, "بغداد", MARSAD_PLACE_KIND_AIRPORT, "IQ", NULL, NULL), ==, -1);
}

/* Names as an article writes them, through the C folding: each must find
 * a record of the expected country. */
static void
test_folding_agreement (Fixture       *fixture,
                        gconstpointer  user_data)
{
  static const struct { const char *name; const char *country; } names[] = {
    { "الفلوجة", "IQ" }, { "الرمادي", "IQ" }, { "هيت", "IQ" }, { "حديثة", "IQ" },
    { "تكريت", "IQ" }, { "سامراء", "IQ" }, { "الموصل", "IQ" }, { "تلعفر", "IQ" },
    { "كركوك", "IQ" }, { "أربيل", "IQ" }, { "السليمانية", "IQ" }, { "النجف", "IQ" },
    { "كربلاء", "IQ" }, { "البصرة", "IQ" }, { "أم قصر", "IQ" }, { "بعقوبة", "IQ" },
    { "البوكمال", "SY" }, { "دير الزور", "SY" }, { "الميادين", "SY" }, { "حلب", "SY" },
    { "موسكو", "RU" }, { "طهران", "IR" }, { "أنقرة", "TR" }, { "القاهرة", "EG" },
    { "عمّان", "JO" }, { "بيروت", "LB" }, { "مخيم جنين", "PS" }, { "قاعدة التنف", "SY" },
    { "ﺑﻐﺪاد", "IQ" },  /* presentation forms */
    { "البحر الأحمر", "" }, { "باب المندب", "" }, { "الشرق الأوسط", "" },
  };

  if (fixture->gaz == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const MarsadNameHit *hits = NULL;
      guint n_hits = 0;
      gboolean found = FALSE;

      lookup (fixture->gaz, names[i].name, &hits, &n_hits);
      for (guint j = 0; j < n_hits && !found; j++)
        {
          MarsadGazetteerRecord rec;

          g_assert_true (marsad_gazetteer_get_record (fixture->gaz, hits[j].record, &rec));
          found = g_str_equal (rec.country, names[i].country);
        }
      if (!found)
        g_error ("%s: no record in \"%s\"", names[i].name, names[i].country);
    }
}

/* Divisions, quarters and landmarks of the conflict countries (issue 13):
 * each name, as an article writes it, finds a record of that kind and
 * country; an ordinary word left over from a quarter's "حي X" carries the
 * common-word flag (a place only with its cue and its country in the news),
 * and a city's name never names one of its quarters. */
static void
test_coverage (Fixture       *fixture,
               gconstpointer  user_data)
{
  static const struct { const char *name; MarsadPlaceKind kind; const char *country; } found[] = {
    /* first-level divisions */
    { "إقليم شبيلي السفلى", MARSAD_PLACE_KIND_REGION, "SO" }, { "جوبا السفلى", MARSAD_PLACE_KIND_REGION, "SO" },
    { "هيران", MARSAD_PLACE_KIND_REGION, "SO" }, { "محافظة جلجدود", MARSAD_PLACE_KIND_REGION, "SO" },
    { "إقليم بري", MARSAD_PLACE_KIND_REGION, "SO" }, { "بونتلاند", MARSAD_PLACE_KIND_REGION, "SO" },
    { "إقليم تاجورة", MARSAD_PLACE_KIND_REGION, "DJ" }, { "ولاية سطيف", MARSAD_PLACE_KIND_REGION, "DZ" },
    { "ولاية تمنراست", MARSAD_PLACE_KIND_REGION, "DZ" }, { "ولاية القصرين", MARSAD_PLACE_KIND_REGION, "TN" },
    { "جهة سوس ماسة", MARSAD_PLACE_KIND_REGION, "MA" }, { "الحوض الشرقي", MARSAD_PLACE_KIND_REGION, "MR" },
    { "محافظة درنة", MARSAD_PLACE_KIND_REGION, "LY" }, { "محافظة الجبل الغربي", MARSAD_PLACE_KIND_REGION, "LY" },
    { "منطقة مكة المكرمة", MARSAD_PLACE_KIND_REGION, "SA" }, { "منطقة الشرقية", MARSAD_PLACE_KIND_REGION, "SA" },
    { "محافظة الشمال", MARSAD_PLACE_KIND_REGION, "LB" }, { "محافظة الجزيرة", MARSAD_PLACE_KIND_REGION, "SD" },
    { "محافظة مادبا", MARSAD_PLACE_KIND_REGION, "JO" },
    { "محافظة طوباس", MARSAD_PLACE_KIND_DISTRICT, "PS" }, { "محافظة دير البلح", MARSAD_PLACE_KIND_DISTRICT, "PS" },
    /* a Libyan municipality is its town */
    { "بلدية درنة", MARSAD_PLACE_KIND_TOWN, "LY" }, { "بلدية يفرن", MARSAD_PLACE_KIND_TOWN, "LY" },
    /* quarters, suburbs, landmarks */
    { "بابا عمرو", MARSAD_PLACE_KIND_NEIGHBOURHOOD, "SY" }, { "الشيخ مقصود", MARSAD_PLACE_KIND_NEIGHBOURHOOD, "SY" },
    { "حي صلاح الدين", MARSAD_PLACE_KIND_NEIGHBOURHOOD, "SY" }, { "الغوطة الشرقية", MARSAD_PLACE_KIND_GEOREGION, "SY" },
    { "جسر ديالى", MARSAD_PLACE_KIND_NEIGHBOURHOOD, "IQ" }, { "الزنجيلي", MARSAD_PLACE_KIND_NEIGHBOURHOOD, "IQ" },
    { "مطار الموصل", MARSAD_PLACE_KIND_AIRPORT, "IQ" }, { "مستشفى الشفاء", MARSAD_PLACE_KIND_FACILITY, "PS" },
    { "حي البرازيل", MARSAD_PLACE_KIND_NEIGHBOURHOOD, "PS" }, { "مخيم الجلزون", MARSAD_PLACE_KIND_CAMP, "PS" },
    { "الضاحية الجنوبية", MARSAD_PLACE_KIND_NEIGHBOURHOOD, "LB" }, { "باب التبانة", MARSAD_PLACE_KIND_NEIGHBOURHOOD, "LB" },
    { "بوسليم", MARSAD_PLACE_KIND_NEIGHBOURHOOD, "LY" }, { "قاعدة الرجمة", MARSAD_PLACE_KIND_MILITARY_BASE, "LY" },
    { "كيلو 16", MARSAD_PLACE_KIND_NEIGHBOURHOOD, "YE" }, { "قصر معاشيق", MARSAD_PLACE_KIND_FACILITY, "YE" },
    { "مقر القيادة العامة للجيش", MARSAD_PLACE_KIND_FACILITY, "SD" }, { "ود نوباوي", MARSAD_PLACE_KIND_NEIGHBOURHOOD, "SD" },
    { "مطار الفاشر", MARSAD_PLACE_KIND_AIRPORT, "SD" }, { "حمر ويني", MARSAD_PLACE_KIND_DISTRICT, "SO" },
    { "قصر الإليزيه", MARSAD_PLACE_KIND_FACILITY, "FR" }, { "أستانة", MARSAD_PLACE_KIND_CITY, "KZ" },
    { "منفذ الشلامجة", MARSAD_PLACE_KIND_FACILITY, "IQ" }, { "معبر المصنع", MARSAD_PLACE_KIND_FACILITY, "LB" },
    { "جسر الملك حسين", MARSAD_PLACE_KIND_FACILITY, "PS" }, { "الملولة", MARSAD_PLACE_KIND_NEIGHBOURHOOD, "LB" },
    { "أنجوان", MARSAD_PLACE_KIND_REGION, "KM" }, { "تقاطع كيلو 4", MARSAD_PLACE_KIND_NEIGHBOURHOOD, "SO" },
    { "دوار الكويت", MARSAD_PLACE_KIND_FACILITY, "PS" }, { "ساحة الطيران", MARSAD_PLACE_KIND_FACILITY, "IQ" },
  };
  /* "حي الصحافة": the press, "منطقة الهضبة": the plateau, "حي الدولار" */
  static const struct { const char *name; MarsadPlaceKind kind; const char *country; } word[] = {
    { "الصحافة", MARSAD_PLACE_KIND_NEIGHBOURHOOD, "SD" }, { "الهضبة", MARSAD_PLACE_KIND_NEIGHBOURHOOD, "LY" },
    { "الدولار", MARSAD_PLACE_KIND_NEIGHBOURHOOD, "LY" }, { "الإنشاءات", MARSAD_PLACE_KIND_NEIGHBOURHOOD, "SY" },
    { "باي", MARSAD_PLACE_KIND_REGION, "SO" }, { "سول", MARSAD_PLACE_KIND_REGION, "SO" },
    { "الزيتون", MARSAD_PLACE_KIND_NEIGHBOURHOOD, "PS" }, { "الرمال", MARSAD_PLACE_KIND_NEIGHBOURHOOD, "PS" },
    { "أدري", MARSAD_PLACE_KIND_TOWN, "TD" },  /* "لا أدري" */
  };
  MarsadGazetteerRecord rec;
  guint32 flags = 0;

  if (fixture->gaz == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (found); i++)
    if (find_hit (fixture->gaz, found[i].name, found[i].kind, found[i].country, NULL, NULL) < 0)
      g_error ("%s: no %s in \"%s\"", found[i].name, marsad_place_kind_to_string (found[i].kind), found[i].country);
  for (guint i = 0; i < G_N_ELEMENTS (word); i++)
    {
      if (find_hit (fixture->gaz, word[i].name, word[i].kind, word[i].country, NULL, &flags) < 0)
        g_error ("%s: no %s in \"%s\"", word[i].name, marsad_place_kind_to_string (word[i].kind), word[i].country);
      if (!(flags & MARSAD_NAME_COMMON_WORD))
        g_error ("%s: not flagged as an ordinary word", word[i].name);
    }
  /* "حي الرياض" in Khartoum: "الرياض" alone is only the Saudi capital */
  g_assert_cmpint (find_hit (fixture->gaz, "حي الرياض", MARSAD_PLACE_KIND_NEIGHBOURHOOD, "SD", NULL, NULL), >=, 0);
  g_assert_cmpint (find_hit (fixture->gaz, "الرياض", MARSAD_PLACE_KIND_NEIGHBOURHOOD, "SD", NULL, NULL), ==, -1);
  /* the Derna district is no longer named after al-Qubba, nor the Ghat district "غات" */
  g_assert_cmpint (find_hit (fixture->gaz, "القبة", MARSAD_PLACE_KIND_REGION, "LY", NULL, NULL), ==, -1);
  g_assert_cmpint (find_hit (fixture->gaz, "غات", MARSAD_PLACE_KIND_REGION, "LY", NULL, NULL), ==, -1);
  /* Mecca's own name is the city's, primary and no ordinary word */
  g_assert_cmpint (find_hit (fixture->gaz, "مكة", MARSAD_PLACE_KIND_CITY, "SA", &rec, &flags), >=, 0);
  g_assert_cmpuint (flags & MARSAD_NAME_COMMON_WORD, ==, 0);
  assert_near (&rec, 21.42, 39.83, 0.1);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(GArray) found = NULL;
  g_autoptr(GArray) none = NULL;
  MarsadGazetteerRecord rec;

  if (fixture->gaz == NULL)
    return;

  found = marsad_gazetteer_search (fixture->gaz, "بغدا", 10);
  g_assert_cmpuint (found->len, >=, 1);
  g_assert_cmpuint (found->len, <=, 10);
  g_assert_true (marsad_gazetteer_get_record (fixture->gaz, g_array_index (found, guint32, 0), &rec));
  g_assert_cmpstr (rec.name_ar, ==, "بغداد");
  for (guint i = 1; i < found->len; i++)
    g_assert_cmpuint (g_array_index (found, guint32, i - 1), <, g_array_index (found, guint32, i));
  g_clear_pointer (&found, g_array_unref);

  found = marsad_gazetteer_search (fixture->gaz, "Mosu", 5);
  g_assert_cmpuint (found->len, >=, 1);
  g_assert_true (marsad_gazetteer_get_record (fixture->gaz, g_array_index (found, guint32, 0), &rec));
  g_assert_cmpstr (rec.name_en, ==, "Mosul");

  none = marsad_gazetteer_search (fixture->gaz, "zzzzqqq", 5);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_kinds (void)
{
  g_assert_cmpstr (marsad_place_kind_to_string (MARSAD_PLACE_KIND_MILITARY_BASE), ==, "military_base");
  g_assert_cmpstr (marsad_place_kind_to_string (MARSAD_PLACE_KIND_GEOREGION), ==, "georegion");
  g_assert_cmpstr (marsad_place_kind_to_string (MARSAD_PLACE_KIND_N_KINDS), ==, "unknown");
}

/* A truncated or damaged copy gives MARSAD_GAZETTEER_ERROR_CORRUPT naming the
 * file, never a crash. */
static void
test_corrupt (void)
{
  g_autofree char *src = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  const gsize cuts[] = { 0, 10, 95, 4096, 1 << 20 };
  gsize len;

  src = g_build_filename (g_getenv ("MARSAD_DATA_DIR") ? g_getenv ("MARSAD_DATA_DIR") : ".",
                          "gazetteer.bin", NULL);
  if (!g_file_get_contents (src, &contents, &len, NULL))
    {
      g_test_skip ("no gazetteer.bin");
      return;
    }
  dir = g_dir_make_tmp ("marsad-gazetteer-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "gazetteer.bin", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cuts); i++)
    {
      g_autoptr(MarsadGazetteer) gaz = NULL;

      g_assert_true (g_file_set_contents (path, contents, MIN (cuts[i], len), NULL));
      gaz = marsad_gazetteer_load (path, &error);
      g_assert_null (gaz);
      g_assert_error (error, MARSAD_GAZETTEER_ERROR, MARSAD_GAZETTEER_ERROR_CORRUPT);
      g_assert_nonnull (strstr (error->message, path));
      g_clear_error (&error);
    }

  /* Header intact, a section offset pointing past the end. */
  contents[8 + 4 * 5] = (char) 0xff;
  contents[8 + 4 * 5 + 3] = (char) 0x7f;
  g_assert_true (g_file_set_contents (path, contents, len, NULL));
  g_assert_null (marsad_gazetteer_load (path, &error));
  g_assert_error (error, MARSAD_GAZETTEER_ERROR, MARSAD_GAZETTEER_ERROR_CORRUPT);
  g_clear_error (&error);

  g_assert_null (marsad_gazetteer_load ("/nonexistent/gazetteer.bin", &error));
  g_assert_error (error, MARSAD_GAZETTEER_ERROR, MARSAD_GAZETTEER_ERROR_NOT_FOUND);

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/gazetteer/countries", Fixture, NULL, fixture_set_up, test_countries, fixture_tear_down);
  g_test_add ("/gazetteer/cities", Fixture, NULL, fixture_set_up, test_cities, fixture_tear_down);
  g_test_add ("/gazetteer/iraq", Fixture, NULL, fixture_set_up, test_iraq, fixture_tear_down);
  g_test_add ("/gazetteer/folding", Fixture, NULL, fixture_set_up, test_folding_agreement, fixture_tear_down);
  g_test_add ("/gazetteer/search", Fixture, NULL, fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/gazetteer/coverage", Fixture, NULL, fixture_set_up, test_coverage, fixture_tear_down);
  g_test_add_func ("/gazetteer/kinds", test_kinds);
  g_test_add_func ("/gazetteer/corrupt", test_corrupt);

  return g_test_run ();
}
