/* marsad-geoparser-border.c: places on a border between two countries
 *
 * «اشتباكات على الحدود الأردنية-السورية», «الحدود بين السودان وتشاد»,
 * «قرب الحدود مع لبنان»: the event is on the line between two countries,
 * which is neither of them. Each border named becomes a place of its own
 * (kind "border"), put on the line (data/borders.tsv) where it passes
 * nearest the place the passage is about, else halfway along it, and
 * marked approximate (ACLED's geo_precision 2).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "marsad-geoparser-private.h"

static const char * const border_words[] = { "الحدود", "حدود", NULL };
static const char * const between_words[] = { "بين", NULL };
static const char * const with_words[] = { "مع", NULL };

/* a finer place this far from the line, in km, says where on it */
#define NEAR_LINE_KM 150.0
/* how far (characters) the passage about a place reaches */
#define PASSAGE_REACH 1200

void
marsad_geoparser_init_border_words (MarsadGeoparser *self)
{
  self->borders = marsad_borders_load_default ();
  self->border_words = marsad_word_set_new (border_words);
  self->between_words = marsad_word_set_new (between_words);
  self->with_words = marsad_word_set_new (with_words);
}

/* the country of a country's or a territory's mention that starts at word
 * w (its first word, a proclitic allowed): "سوريا", "ولبنان", "وقطاع غزة" */
static const MarsadPlace *
country_at (const MarsadDocument *doc,
            guint                 n_places,
            guint                 w,
            guint                *last_word)
{
  const MarsadNormalized *norm = doc->norm;
  const MarsadWord *word = &g_array_index (norm->words, MarsadWord, w);

  for (guint p = 0; p < n_places; p++)
    {
      const MarsadPlace *place = g_ptr_array_index (doc->places, p);

      if ((g_strcmp0 (place->kind, "country") != 0 && g_strcmp0 (place->kind, "region") != 0) ||
          place->country == NULL)
        continue;
      for (guint k = 0; k < place->mentions->len; k++)
        {
          const MarsadMention *m = &g_array_index (place->mentions, MarsadMention, k);

          if (m->start >= word->start && m->start < word->end)
            {
              *last_word = marsad_geoparser_word_at (norm, m->end - 1);
              return place;
            }
        }
    }
  return NULL;
}

/* The other side of "الحدود مع لبنان": the country of the place named
 * nearest before, in the passage, that borders it. */
static const char *
passage_country (const MarsadGeoparser *self,
                 const MarsadDocument  *doc,
                 guint                  n_places,
                 guint                  offset,
                 const char            *other)
{
  const char *best = NULL;
  guint best_distance = PASSAGE_REACH;

  for (guint p = 0; p < n_places; p++)
    {
      const MarsadPlace *place = g_ptr_array_index (doc->places, p);

      if (place->country == NULL || strcmp (place->country, other) == 0 ||
          marsad_borders_lookup (self->borders, place->country, other) == NULL)
        continue;
      for (guint k = 0; k < place->mentions->len; k++)
        {
          const MarsadMention *m = &g_array_index (place->mentions, MarsadMention, k);

          if (m->role != MARSAD_ROLE_ACTOR && m->start < offset && offset - m->start < best_distance)
            {
              best_distance = offset - m->start;
              best = place->country;
            }
        }
    }
  return best;
}

/* Where on the line: nearest the finer place of either country named
 * nearest in the passage; else nearest the territory the border was named
 * by ("الحدود بين إسرائيل وقطاع غزة"); else halfway along. */
static void
place_on_line (const MarsadDocument *doc,
               guint                 n_places,
               const MarsadBorder   *border,
               const char           *cc_a,
               const char           *cc_b,
               const MarsadPlace    *territory,
               guint                 offset,
               MarsadPlace          *place)
{
  guint best_distance = PASSAGE_REACH;

  if (territory != NULL)
    marsad_border_nearest_point (border, territory->lat, territory->lon, &place->lat, &place->lon);
  else
    marsad_border_midpoint (border, &place->lat, &place->lon);
  for (guint p = 0; p < n_places; p++)
    {
      const MarsadPlace *other = g_ptr_array_index (doc->places, p);
      double lat, lon;

      if (other->country == NULL || (strcmp (other->country, cc_a) != 0 && strcmp (other->country, cc_b) != 0) ||
          g_strcmp0 (other->kind, "country") == 0 || g_strcmp0 (other->kind, "georegion") == 0 ||
          g_strcmp0 (other->kind, "region") == 0 ||
          marsad_border_nearest_point (border, other->lat, other->lon, &lat, &lon) > NEAR_LINE_KM)
        continue;
      for (guint k = 0; k < other->mentions->len; k++)
        {
          const MarsadMention *m = &g_array_index (other->mentions, MarsadMention, k);
          guint distance = m->start > offset ? m->start - offset : offset - m->start;

          if (distance < best_distance)
            {
              best_distance = distance;
              place->lat = lat;
              place->lon = lon;
            }
        }
    }
}

static MarsadPlace *
border_place (const MarsadGeoparser *self,
              MarsadDocument        *doc,
              GHashTable            *by_pair,
              guint                  n_places,
              const char            *cc_a,
              const char            *cc_b,
              const MarsadPlace     *territory,
              guint                  start,
              guint                  end)
{
  const MarsadBorder *border = marsad_borders_lookup (self->borders, cc_a, cc_b);
  g_autofree char *key = NULL;
  MarsadPlace *place;

  if (border == NULL)
    return NULL;
  key = marsad_borders_pair_key (cc_a, cc_b);
  if ((place = g_hash_table_lookup (by_pair, key)) != NULL)
    return place;
  place = marsad_place_new ();
  place->id = g_strdup_printf ("p%u", doc->places->len + 1);
  place->name = marsad_document_dup_span (doc, start, end);
  /* in the order the text names them */
  place->name_en = marsad_border_dup_name_en (border, cc_a);
  place->kind = g_strdup ("border");
  place->country = g_strdup (cc_a);
  place->approximate = TRUE;
  place_on_line (doc, n_places, border, cc_a, cc_b, territory, start, place);
  g_ptr_array_add (doc->places, place);
  g_hash_table_insert (by_pair, g_steal_pointer (&key), place);
  return place;
}

void
marsad_geoparser_add_border_places (const MarsadGeoparser *self,
                                    MarsadDocument        *doc)
{
  const MarsadNormalized *norm = doc->norm;
  g_autoptr(GHashTable) by_pair = NULL;
  guint n_places = doc->places->len;

  if (self->borders == NULL)
    return;
  by_pair = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint w = 0; w + 2 < norm->words->len; w++)
    {
      guint prefix = 0, last = 0;
      const char *cc_a = NULL, *cc_b = NULL;
      const MarsadPlace *country, *territory = NULL;
      MarsadPlace *place;
      guint start;

      if (marsad_word_set_lookup (self->border_words, norm, w, &prefix) < 0 || !marsad_words_paired (norm, w, w + 1))
        continue;
      start = marsad_normalized_orig_offset (norm, w, prefix);

      /* "الحدود الأردنية-السورية", "الحدود السورية مع تركيا" */
      if ((cc_a = marsad_geoparser_demonym_country (self, norm, w + 1)) != NULL)
        {
          last = w + 1;
          if (marsad_words_paired (norm, w + 1, w + 2) &&
              (cc_b = marsad_geoparser_demonym_country (self, norm, w + 2)) != NULL)
            last = w + 2;
          else if (w + 3 < norm->words->len && marsad_words_paired (norm, w + 1, w + 2) &&
                   marsad_word_set_lookup (self->with_words, norm, w + 2, NULL) >= 0 &&
                   (country = country_at (doc, n_places, w + 3, &last)) != NULL)
            cc_b = country->country;
        }
      /* "الحدود بين السودان وتشاد" */
      else if (marsad_word_set_lookup (self->between_words, norm, w + 1, NULL) >= 0 &&
               (country = country_at (doc, n_places, w + 2, &last)) != NULL)
        {
          cc_a = country->country;
          territory = g_strcmp0 (country->kind, "region") == 0 ? country : NULL;
          if (last + 1 < norm->words->len && (country = country_at (doc, n_places, last + 1, &last)) != NULL)
            {
              cc_b = country->country;
              if (g_strcmp0 (country->kind, "region") == 0)
                territory = country;
            }
        }
      /* "الحدود مع لبنان": the other side is where the passage is */
      else if (marsad_word_set_lookup (self->with_words, norm, w + 1, NULL) >= 0 &&
               (country = country_at (doc, n_places, w + 2, &last)) != NULL)
        {
          cc_b = country->country;
          cc_a = passage_country (self, doc, n_places, start, cc_b);
          territory = g_strcmp0 (country->kind, "region") == 0 ? country : NULL;
        }

      if (cc_a == NULL || cc_b == NULL || strcmp (cc_a, cc_b) == 0)
        continue;
      place = border_place (self, doc, by_pair, n_places, cc_a, cc_b, territory, start,
                            g_array_index (norm->words, MarsadWord, last).end);
      if (place == NULL)
        continue;
      marsad_place_add_mention (place, start, g_array_index (norm->words, MarsadWord, last).end,
                                g_array_index (norm->words, MarsadWord, w).sentence, MARSAD_ROLE_CONTEXT);
      w = last;
    }
}
