/* marsad-geoparser-sea.c: places at sea
 *
 * Ships are attacked off a coast, not in its towns: «قبالة ميناء المخا»,
 * «على بعد 50 ميلا بحريا جنوب غرب الحديدة». ACLED codes such events to the
 * body of water; a marker on the port would put a missile strike on a
 * town that was never hit. Each becomes a place of its own, named after
 * the sea and the coast it lies off, placed a short way offshore towards
 * the sea's nearest stretch, and marked approximate.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "marsad-geoparser-private.h"

/* Points along the middle of the seas around the region, by hand from a
 * map: the nearest one says which sea a coast faces, and which way is
 * offshore. A sea with a long coast has several. */
static const struct
{
  const char *name_ar;
  const char *name_en;
  double      lat, lon;
} sea_points[] = {
  { "البحر الأحمر", "Red Sea", 27.5, 34.2 }, { "البحر الأحمر", "Red Sea", 24.5, 36.3 },
  { "البحر الأحمر", "Red Sea", 21.0, 38.3 }, { "البحر الأحمر", "Red Sea", 18.0, 40.0 },
  { "البحر الأحمر", "Red Sea", 15.5, 41.6 }, { "البحر الأحمر", "Red Sea", 13.8, 42.7 },
  { "باب المندب", "Bab el-Mandeb", 12.6, 43.35 },
  { "خليج عدن", "Gulf of Aden", 12.3, 45.5 }, { "خليج عدن", "Gulf of Aden", 12.9, 48.5 },
  { "خليج عدن", "Gulf of Aden", 13.3, 51.0 },
  { "بحر العرب", "Arabian Sea", 15.0, 54.5 }, { "بحر العرب", "Arabian Sea", 18.0, 58.0 },
  { "خليج عمان", "Gulf of Oman", 24.3, 58.8 }, { "خليج عمان", "Gulf of Oman", 25.2, 57.3 },
  { "مضيق هرمز", "Strait of Hormuz", 26.55, 56.4 },
  { "الخليج", "Persian Gulf", 25.8, 54.5 }, { "الخليج", "Persian Gulf", 26.8, 51.8 },
  { "الخليج", "Persian Gulf", 28.3, 50.2 }, { "الخليج", "Persian Gulf", 29.4, 48.9 },
  { "البحر المتوسط", "Mediterranean Sea", 31.8, 34.1 }, { "البحر المتوسط", "Mediterranean Sea", 33.0, 34.7 },
  { "البحر المتوسط", "Mediterranean Sea", 34.6, 35.4 }, { "البحر المتوسط", "Mediterranean Sea", 35.8, 35.5 },
  { "البحر المتوسط", "Mediterranean Sea", 31.8, 31.5 }, { "البحر المتوسط", "Mediterranean Sea", 31.9, 28.0 },
  { "البحر المتوسط", "Mediterranean Sea", 33.0, 23.0 }, { "البحر المتوسط", "Mediterranean Sea", 31.8, 19.5 },
  { "البحر المتوسط", "Mediterranean Sea", 33.2, 15.5 }, { "البحر المتوسط", "Mediterranean Sea", 33.3, 12.5 },
  { "البحر المتوسط", "Mediterranean Sea", 34.5, 11.5 }, { "البحر المتوسط", "Mediterranean Sea", 36.3, 33.0 },
  { "البحر الأسود", "Black Sea", 42.5, 33.5 }, { "البحر الأسود", "Black Sea", 44.5, 36.0 },
  { "بحر قزوين", "Caspian Sea", 37.5, 51.5 }, { "بحر قزوين", "Caspian Sea", 41.5, 50.5 },
};

/* how far offshore a ship "off" a coast is put, at most */
#define OFFSHORE_KM 25.0

static guint
nearest_sea_point (double lat,
                   double lon)
{
  guint best = 0;
  double best_km = G_MAXDOUBLE;

  for (guint i = 0; i < G_N_ELEMENTS (sea_points); i++)
    {
      double km = marsad_gazetteer_distance_km (lat, lon, sea_points[i].lat, sea_points[i].lon);

      if (km < best_km)
        best_km = km, best = i;
    }
  return best;
}

static void
name_at_sea (MarsadPlace       *place,
             const MarsadPlace *base,
             guint              s)
{
  g_free (place->name);
  g_free (place->name_en);
  g_free (place->kind);
  place->name = g_strdup_printf ("%s قبالة %s", sea_points[s].name_ar, base->name);
  place->name_en = g_strdup_printf ("%s off %s", sea_points[s].name_en, base->name_en);
  place->kind = g_strdup ("water");
}

/* The place at sea off base, one per coast, a short way from it towards
 * the sea's middle. */
static MarsadPlace *
sea_off (GHashTable        *by_key,
         MarsadDocument    *doc,
         const MarsadPlace *base)
{
  guint s = nearest_sea_point (base->lat, base->lon);
  g_autofree char *key = g_strdup_printf ("sea:%s", base->id);
  MarsadPlace *place = g_hash_table_lookup (by_key, key);
  double km, f;

  if (place != NULL)
    return place;
  place = marsad_place_new ();
  place->id = g_strdup_printf ("p%u", doc->places->len + 1);
  name_at_sea (place, base, s);
  km = marsad_gazetteer_distance_km (base->lat, base->lon, sea_points[s].lat, sea_points[s].lon);
  f = km > 0 ? MIN (1.0, OFFSHORE_KM / km) : 0;
  place->lat = base->lat + f * (sea_points[s].lat - base->lat);
  place->lon = base->lon + f * (sea_points[s].lon - base->lon);
  place->country = g_strdup (base->country);
  place->admin1 = g_strdup (base->admin1);
  place->approximate = TRUE;
  g_ptr_array_add (doc->places, place);
  g_hash_table_insert (by_key, g_steal_pointer (&key), place);
  return place;
}

static gboolean
word_in (const MarsadWordSet    *set,
         const MarsadNormalized *norm,
         guint                   w)
{
  return marsad_word_set_lookup (set, norm, w, NULL) >= 0;
}

/* "قبالة ميناء المخا", "قبالة سواحل اللاذقية", "قبالة الحديدة": the
 * mention of a coastal place after قبالة, perhaps with a word for its
 * coast between; also a relative place measured in nautical miles. */
static const char * const offshore_words[] = { "قباله", "بقباله", NULL };
static const char * const coast_words[] = {
  "ساحل", "سواحل", "شاطي", "شواطي", "ميناء", "مرفا", "جزيره", "جزر", NULL
};

void
marsad_geoparser_init_sea_words (MarsadGeoparser *self)
{
  self->offshore_words = marsad_word_set_new (offshore_words);
  self->coast_words = marsad_word_set_new (coast_words);
}

void
marsad_geoparser_add_sea_places (const MarsadGeoparser *self,
                                 MarsadDocument        *doc,
                                 GHashTable            *by_key)
{
  const MarsadNormalized *norm = doc->norm;
  guint n_places = doc->places->len;

  for (guint p = 0; p < n_places; p++)
    {
      MarsadPlace *base = g_ptr_array_index (doc->places, p);

      if (g_strcmp0 (base->kind, "water") == 0 || g_strcmp0 (base->kind, "country") == 0 ||
          g_strcmp0 (base->kind, "georegion") == 0)
        continue;
      for (guint k = 0; k < base->mentions->len; k++)
        {
          const MarsadMention m = g_array_index (base->mentions, MarsadMention, k);
          guint w = marsad_geoparser_word_at (norm, m.start), off;
          MarsadPlace *sea;

          if (w == 0 || w >= norm->words->len)
            continue;
          off = w - 1;
          if (off > 0 && word_in (self->coast_words, norm, off))
            off--;
          if (!word_in (self->offshore_words, norm, off) ||
              g_array_index (norm->words, MarsadWord, off).sentence != m.sentence)
            continue;
          sea = sea_off (by_key, doc, base);
          marsad_place_add_mention (sea, g_array_index (norm->words, MarsadWord, off).start, m.end, m.sentence,
                                    MARSAD_ROLE_CONTEXT);
        }
    }
}

/* A relative place measured at sea ("50 ميلا بحريا جنوب غرب الحديدة") lies
 * in the water: it becomes the sea's, at the point measured. */
void
marsad_geoparser_place_at_sea (MarsadPlace       *place,
                               const MarsadPlace *base)
{
  name_at_sea (place, base, nearest_sea_point (place->lat, place->lon));
}
