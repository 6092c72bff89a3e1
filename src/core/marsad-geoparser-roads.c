/* marsad-geoparser-roads.c: a road the text names by the two places it
 * joins — "على الطريق الرابط بين مدينتي أفجوي وونلاوين", "طريق القامشلي -
 * عامودا" — is a place of its own, drawn halfway between them and flagged
 * approximate (ACLED codes an ambush on a road there, not at either town).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "marsad-geoparser-private.h"

#include <string.h>

static const char * const road_heads[] = { "طريق", "الطريق", "اوتوستراد", "الاوتوستراد", NULL };
/* what may stand between the road and "بين": "الطريق الدولي الرابط بين" */
static const char * const road_links[] = {
  "الرابط", "الواصل", "الدولي", "السريع", "الرييسي", "العام", "البري", "الصحراوي", "الساحلي", "الممتد", NULL,
};
static const char * const dual_towns[] = { "مدينتي", "بلدتي", "قريتي", "منطقتي", NULL };

/* how many words of road_links may follow the head */
#define ROAD_LINK_WORDS 2
/* farther apart, halfway is no place: "الطريق السريع بين البصرة وبغداد"
 * runs 450 km, and a blockade on it is where the text tells */
#define ROAD_MAX_KM 100.0

/* (self->between_words, "بين", is the border pass's) */
void
marsad_geoparser_init_road_words (MarsadGeoparser *self)
{
  self->road_heads = marsad_word_set_new (road_heads);
  self->road_links = marsad_word_set_new (road_links);
  self->dual_towns = marsad_word_set_new (dual_towns);
}

typedef struct
{
  guint start;
  guint end;
  guint sentence;
  guint place;
} RoadEnd;

static int
compare_ends (gconstpointer a,
              gconstpointer b)
{
  const RoadEnd *x = a, *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

/* Where the road's name begins when the words before the first place say
 * "road", "road … between" or "road … between the towns of"; G_MAXUINT
 * when they do not. between says which was read. */
static guint
road_start_before (const MarsadGeoparser  *self,
                   const MarsadNormalized *norm,
                   guint                   first,
                   gboolean               *between)
{
  guint w = first;

  *between = FALSE;
  if (w > 0 && marsad_word_set_lookup (self->dual_towns, norm, w - 1, NULL) >= 0)
    w--;
  if (w > 0 && marsad_word_set_lookup (self->between_words, norm, w - 1, NULL) >= 0)
    {
      w--;
      *between = TRUE;
      for (guint k = 0; k < ROAD_LINK_WORDS && w > 0 &&
                        marsad_word_set_lookup (self->road_links, norm, w - 1, NULL) >= 0; k++)
        w--;
    }
  else if (w != first)
    return G_MAXUINT;
  if (w == 0 || marsad_word_set_lookup (self->road_heads, norm, w - 1, NULL) < 0)
    return G_MAXUINT;
  return w - 1;
}

/* the text between the two places: "و" glued to the second after a space
 * (read as between), or one dash ("القامشلي - عامودا", "القامشلي-عامودا") */
static gboolean
joined_as_road (const MarsadDocument *doc,
                guint                 from,
                guint                 to,
                gboolean              between)
{
  guint marks = 0;

  for (guint k = from; k < to; k++)
    {
      gunichar ch = doc->chars[k];

      if (g_unichar_isspace (ch))
        continue;
      if (between ? ch != 0x0648 : (ch != '-' && ch != 0x2013 && ch != 0x2014 && ch != 0x0640))
        return FALSE;
      marks++;
    }
  return marks == 1;
}

void
marsad_geoparser_add_road_places (const MarsadGeoparser *self,
                                  MarsadDocument        *doc)
{
  const MarsadNormalized *norm = doc->norm;
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (RoadEnd));
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_places = doc->places->len;

  for (guint p = 0; p < n_places; p++)
    {
      const MarsadPlace *place = g_ptr_array_index (doc->places, p);

      /* a road joins towns, not countries or provinces */
      if (g_strcmp0 (place->kind, "country") == 0 || g_strcmp0 (place->kind, "region") == 0 ||
          g_strcmp0 (place->kind, "georegion") == 0 || g_strcmp0 (place->kind, "water") == 0)
        continue;
      for (guint k = 0; k < place->mentions->len; k++)
        {
          const MarsadMention *m = &g_array_index (place->mentions, MarsadMention, k);
          RoadEnd e = { m->start, m->end, m->sentence, p };

          g_array_append_val (ends, e);
        }
    }
  g_array_sort (ends, compare_ends);

  for (guint i = 0; i + 1 < ends->len; i++)
    {
      const RoadEnd *a = &g_array_index (ends, RoadEnd, i), *b = &g_array_index (ends, RoadEnd, i + 1);
      const MarsadPlace *pa = g_ptr_array_index (doc->places, a->place);
      const MarsadPlace *pb = g_ptr_array_index (doc->places, b->place);
      gboolean between;
      guint head;
      g_autofree char *key = NULL;
      MarsadPlace *road;

      if (a->sentence != b->sentence || a->place == b->place || b->start < a->end ||
          (head = road_start_before (self, norm, marsad_geoparser_word_at (norm, a->start), &between)) == G_MAXUINT ||
          !joined_as_road (doc, a->end, b->start, between) ||
          marsad_gazetteer_distance_km (pa->lat, pa->lon, pb->lat, pb->lon) > ROAD_MAX_KM)
        continue;

      key = g_strdup_printf ("%s/%s", pa->id, pb->id);
      road = g_hash_table_lookup (by_key, key);
      if (road == NULL)
        {
          road = marsad_place_new ();
          road->id = g_strdup_printf ("p%u", doc->places->len + 1);
          road->name = g_strdup_printf ("طريق %s - %s", pa->name, pb->name);
          road->name_en = g_strdup_printf ("%s–%s road", pa->name_en != NULL ? pa->name_en : pa->name,
                                           pb->name_en != NULL ? pb->name_en : pb->name);
          road->lat = (pa->lat + pb->lat) / 2.0;
          road->lon = (pa->lon + pb->lon) / 2.0;
          road->kind = g_strdup ("road");
          road->country = g_strdup (pa->country != NULL ? pa->country : pb->country);
          road->admin1 = g_strdup (pa->admin1);
          road->approximate = TRUE;
          g_ptr_array_add (doc->places, road);
          g_hash_table_insert (by_key, g_steal_pointer (&key), road);
        }
      marsad_place_add_mention (road, marsad_normalized_orig_offset (norm, head, 0), b->end, a->sentence,
                                MARSAD_ROLE_CONTEXT);
      i++;
    }
}
