/* marsad-geoparser.c: the places of a text, stage by stage
 *
 * Names are found (marsad-geoparser-match.c), those that name no place
 * dropped (marsad-geoparser-names.c), the rest read as one record each
 * (marsad-disambiguate.c) and given a role (marsad-roles.c); then come the
 * places a text names without a gazetteer's name: sides of countries,
 * distances, borders, seas and unknown villages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "marsad-geoparser-private.h"

MarsadGazetteer *
marsad_geoparser_get_gazetteer (const MarsadGeoparser *self)
{
  return self->gazetteer;
}

/* words a and b follow each other in one sentence with nothing but white
 * space and the marks of allowed between */
static gboolean
words_separated_by (const MarsadNormalized *norm,
                    const MarsadWord       *a,
                    const MarsadWord       *b,
                    const gunichar         *allowed)
{
  if (a->sentence != b->sentence)
    return FALSE;
  for (guint k = a->norm_end; k < b->norm_start; k++)
    {
      gunichar c = norm->chars[k];
      const gunichar *mark = allowed;

      while (*mark != 0 && *mark != c)
        mark++;
      if (!g_unichar_isspace (c) && *mark == 0)
        return FALSE;
    }
  return TRUE;
}

/* Words of a multi-word name are separated by white space only (a hyphen
 * too: "بئر-السبع"); any other punctuation ends the name. */
gboolean
marsad_words_adjacent (const MarsadNormalized *norm,
                       const MarsadWord       *a,
                       const MarsadWord       *b)
{
  static const gunichar hyphens[] = { '-', 0x2010, 0x2011, 0 };

  return words_separated_by (norm, a, b, hyphens);
}

/* Two names of a pair are joined by dashes and slashes as well:
 * "الأردنية-السورية", "الأردنية – السورية", "العراقية/السورية". */
gboolean
marsad_words_paired (const MarsadNormalized *norm,
                     guint                   a,
                     guint                   b)
{
  static const gunichar dashes[] = { '-', 0x2010, 0x2011, 0x2013, 0x2014, '/', 0 };

  if (a >= norm->words->len || b >= norm->words->len)
    return FALSE;
  return words_separated_by (norm, &g_array_index (norm->words, MarsadWord, a),
                             &g_array_index (norm->words, MarsadWord, b), dashes);
}

guint
marsad_geoparser_word_at (const MarsadNormalized *norm,
                          guint                   offset)
{
  guint lo = 0, hi = norm->words->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (norm->words, MarsadWord, mid).end <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

gboolean
marsad_hits_any (const MarsadGazetteer *gazetteer,
                 const MarsadNameHit   *hits,
                 guint                  n_hits,
                 guint32                skip_flags,
                 MarsadRecordTest       test,
                 gconstpointer          data)
{
  for (guint h = 0; h < n_hits; h++)
    {
      MarsadGazetteerRecord rec;

      if (!(hits[h].flags & skip_flags) && marsad_gazetteer_get_record (gazetteer, hits[h].record, &rec) &&
          test (&rec, data))
        return TRUE;
    }
  return FALSE;
}

gboolean
marsad_record_is_country (const MarsadGazetteerRecord *rec,
                          gconstpointer                data)
{
  return rec->kind == MARSAD_PLACE_KIND_COUNTRY;
}

static MarsadPlace *
place_for_record (GHashTable            *by_record,
                  MarsadDocument        *doc,
                  const MarsadGazetteer *gazetteer,
                  const MarsadCandidate *c)
{
  MarsadGazetteerRecord rec;
  MarsadPlace *place;

  place = g_hash_table_lookup (by_record, GINT_TO_POINTER ((gint) c->record + 1));
  if (place != NULL)
    return place;

  if (!marsad_gazetteer_get_record (gazetteer, (guint32) c->record, &rec))
    return NULL;

  place = marsad_place_new ();
  place->id = g_strdup_printf ("p%u", doc->places->len + 1);
  place->name = g_strdup (rec.name_ar);
  place->name_en = g_strdup (rec.name_en);
  place->lat = rec.lat;
  place->lon = rec.lon;
  place->kind = g_strdup (marsad_place_kind_to_string (rec.kind));
  place->country = rec.country[0] ? g_strdup (rec.country) : NULL;
  place->admin1 = rec.admin1_en[0] ? g_strdup (rec.admin1_en) : NULL;
  place->source_id = g_strdup (rec.source_id);
  g_ptr_array_add (doc->places, place);
  g_hash_table_insert (by_record, GINT_TO_POINTER ((gint) c->record + 1), place);
  return place;
}

/* A base, airport, camp, hospital or plant named after a town the
 * gazetteer has, while it lacks the facility: placed at the town,
 * approximately. */
static MarsadPlace *
facility_place (GHashTable            *by_key,
                MarsadDocument        *doc,
                const MarsadPlace     *town,
                const MarsadCandidate *c,
                const char            *kind,
                const char            *word_en)
{
  g_autofree char *name = marsad_document_dup_span (doc, marsad_candidate_cue_start (doc->norm, c),
                                                             marsad_candidate_tail_end (doc->norm, c));
  g_autofree char *key = g_strdup_printf ("%s/%s", town->id, name);
  MarsadPlace *place = g_hash_table_lookup (by_key, key);

  if (place != NULL)
    return place;

  place = marsad_place_new ();
  place->id = g_strdup_printf ("p%u", doc->places->len + 1);
  place->name = g_steal_pointer (&name);
  place->name_en = g_strdup_printf ("%s %s", town->name_en, word_en);
  place->lat = town->lat;
  place->lon = town->lon;
  place->kind = g_strdup (kind);
  place->country = g_strdup (town->country);
  place->admin1 = g_strdup (town->admin1);
  place->approximate = TRUE;
  g_ptr_array_add (doc->places, place);
  g_hash_table_insert (by_key, g_steal_pointer (&key), place);
  return place;
}

/* "مخيم مخمور" is the camp's mention, not the town's: a place that lent
 * its record to another and kept no mention of its own is no place of the
 * text. The ids stay p1…pn in order. */
static void
drop_unmentioned (MarsadDocument *doc)
{
  gboolean dropped = FALSE;

  for (guint i = doc->places->len; i > 0; i--)
    if (((MarsadPlace *) g_ptr_array_index (doc->places, i - 1))->mentions->len == 0)
      {
        g_ptr_array_remove_index (doc->places, i - 1);
        dropped = TRUE;
      }
  for (guint i = 0; dropped && i < doc->places->len; i++)
    {
      MarsadPlace *place = g_ptr_array_index (doc->places, i);

      g_free (place->id);
      place->id = g_strdup_printf ("p%u", i + 1);
    }
}

/* The countries of the places found other than through a facility's name */
static GHashTable *
countries_named (const MarsadGeoparser *self,
                 const GArray          *candidates)
{
  GHashTable *countries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < candidates->len; i++)
    {
      const MarsadCandidate *c = &g_array_index (candidates, MarsadCandidate, i);
      MarsadGazetteerRecord rec;

      if (!c->dropped && c->record >= 0 && !c->facility &&
          marsad_gazetteer_get_record (self->gazetteer, (guint32) c->record, &rec) && rec.country[0] &&
          !g_hash_table_contains (countries, rec.country))
        g_hash_table_add (countries, g_strdup (rec.country));
    }
  return countries;
}

/* "سوق قندهار" in Omdurman is no Afghan market: a facility named after a
 * town abroad is left to the unknown places, which put it where the text is */
static gboolean
facility_in_text_country (const MarsadGeoparser *self,
                          GHashTable            *countries,
                          const MarsadCandidate *c)
{
  MarsadGazetteerRecord rec;

  return !c->facility ||
         (marsad_gazetteer_get_record (self->gazetteer, (guint32) c->record, &rec) && rec.country[0] &&
          g_hash_table_contains (countries, rec.country));
}

void
marsad_geoparser_run (const MarsadGeoparser *self,
                      MarsadDocument        *doc)
{
  /* the candidates' keys, for as long as the candidates */
  g_autoptr(GStringChunk) keys = g_string_chunk_new (4096);
  g_autoptr(GStringChunk) second_keys = g_string_chunk_new (4096);
  g_autoptr(GArray) candidates = NULL;
  g_autoptr(GHashTable) by_record = NULL;
  g_autoptr(GHashTable) by_direction = NULL;
  g_autoptr(GHashTable) countries = NULL;

  g_return_if_fail (self != NULL && doc != NULL && doc->norm != NULL);

  candidates = marsad_geoparser_find_candidates (self, doc, keys, second_keys);
  marsad_geoparser_drop_org_names (self, doc, candidates);
  marsad_geoparser_disambiguate (self, doc, candidates);
  marsad_geoparser_assign_roles (self, doc, candidates);

  countries = countries_named (self, candidates);
  by_record = g_hash_table_new (NULL, NULL);
  by_direction = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < candidates->len; i++)
    {
      const MarsadCandidate *c = &g_array_index (candidates, MarsadCandidate, i);
      MarsadPlace *place;
      guint end, sentence, cue_start, tail_end;

      if (c->dropped || c->record < 0 || !facility_in_text_country (self, countries, c))
        continue;
      end = marsad_candidate_end (doc->norm, c);
      sentence = marsad_candidate_sentence (doc->norm, c);
      cue_start = marsad_candidate_cue_start (doc->norm, c);
      tail_end = marsad_candidate_tail_end (doc->norm, c);
      place = place_for_record (by_record, doc, self->gazetteer, c);
      if (place == NULL)
        continue;

      /* "مطار معيتيقة", "قاعدة عين الأسد": a facility's name includes the
       * word that says what it is; "مخيم مخمور" named after a town is a
       * camp of its own, at the town */
      if (c->cue == MARSAD_CUE_BASE || c->cue == MARSAD_CUE_AIRPORT || c->cue == MARSAD_CUE_CAMP)
        {
          if (g_strcmp0 (place->kind, "military_base") == 0 || g_strcmp0 (place->kind, "airport") == 0 ||
              g_strcmp0 (place->kind, "camp") == 0)
            marsad_place_add_mention (place, cue_start, tail_end, sentence, c->role);
          else
            {
              gboolean camp = c->cue == MARSAD_CUE_CAMP, airport = c->cue == MARSAD_CUE_AIRPORT;

              marsad_place_add_mention (facility_place (by_direction, doc, place, c,
                                                        camp ? "camp" : airport ? "airport" : "military_base",
                                                        camp ? "camp" : airport ? "airport" : "base"),
                                        cue_start, tail_end, sentence, c->role);
            }
          continue;
        }
      /* "مستشفى جبلة الوطني": the hospital, at the town */
      if (c->facility)
        {
          marsad_place_add_mention (facility_place (by_direction, doc, place, c, "facility",
                                                    marsad_geoparser_facility_word_en (self, doc->norm, c)),
                                    cue_start, tail_end, sentence, c->role);
          continue;
        }
      marsad_place_add_mention (place, c->start, end, sentence, c->role);

      if (c->countryside && (g_strcmp0 (place->kind, "city") == 0 || g_strcmp0 (place->kind, "town") == 0 ||
                             g_strcmp0 (place->kind, "region") == 0))
        {
          MarsadPlace *part = marsad_geoparser_derived_place (by_direction, doc, place, 0, 0, TRUE, c->countryside_direction);

          marsad_place_add_mention (part, marsad_candidate_countryside_start (doc->norm, c),
                                    marsad_candidate_countryside_end (doc->norm, c), sentence, MARSAD_ROLE_CONTEXT);
        }
      else if (c->direction != MARSAD_DIRECTION_NONE && !c->in_directional &&
               (g_strcmp0 (place->kind, "country") == 0 || g_strcmp0 (place->kind, "region") == 0 ||
                g_strcmp0 (place->kind, "water") == 0 || g_strcmp0 (place->kind, "georegion") == 0))
        {
          MarsadGazetteerRecord rec = { 0 };
          MarsadPlace *part;

          marsad_gazetteer_get_record (self->gazetteer, (guint32) c->record, &rec);
          part = marsad_geoparser_derived_place (by_direction, doc, place, rec.half_width_km, rec.half_height_km,
                                FALSE, c->direction);

          marsad_place_add_mention (part, marsad_candidate_direction_start (doc->norm, c), end, sentence,
                                    MARSAD_ROLE_CONTEXT);
        }
    }

  marsad_geoparser_add_country_sides (self, doc, by_direction);
  marsad_geoparser_add_relative_places (self, doc, by_direction);
  marsad_geoparser_add_sea_places (self, doc, by_direction);
  marsad_geoparser_add_border_places (self, doc);
  marsad_geoparser_add_unknown_places (self, doc);
  marsad_geoparser_add_road_places (self, doc);
  drop_unmentioned (doc);
}

MarsadGeoparser *
marsad_geoparser_new (MarsadGazetteer *gazetteer)
{
  MarsadGeoparser *self = g_new0 (MarsadGeoparser, 1);

  self->gazetteer = marsad_gazetteer_ref (gazetteer);
  marsad_geoparser_init_match_words (self);
  marsad_geoparser_init_cue_words (self);
  marsad_geoparser_init_role_words (self);
  marsad_geoparser_init_name_words (self);
  marsad_geoparser_init_person_words (self);
  marsad_geoparser_init_unknown_words (self);
  marsad_geoparser_init_facility_words (self);
  marsad_geoparser_init_sea_words (self);
  marsad_geoparser_init_border_words (self);
  marsad_geoparser_init_road_words (self);
  return self;
}

void
marsad_geoparser_free (MarsadGeoparser *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->gazetteer, marsad_gazetteer_unref);
  g_clear_pointer (&self->function_words, marsad_word_set_free);
  g_clear_pointer (&self->plain_words, marsad_word_set_free);
  g_clear_pointer (&self->cue_words, marsad_word_set_free);
  g_clear_pointer (&self->list_cue_words, marsad_word_set_free);
  g_clear_pointer (&self->direction_words, marsad_word_set_free);
  g_clear_pointer (&self->epithets, marsad_word_set_free);
  g_clear_pointer (&self->locatives, marsad_word_set_free);
  g_clear_pointer (&self->facility_heads, marsad_word_set_free);
  g_clear_pointer (&self->countryside_words, marsad_word_set_free);
  g_clear_pointer (&self->side_words, marsad_word_set_free);
  g_clear_pointer (&self->the_country_words, marsad_word_set_free);
  g_clear_pointer (&self->settlement_words, marsad_word_set_free);
  g_clear_pointer (&self->not_names, marsad_word_set_free);
  g_clear_pointer (&self->lying_words, marsad_word_set_free);
  g_clear_pointer (&self->dam_prepositions, marsad_word_set_free);
  g_clear_pointer (&self->broken_plurals, marsad_word_set_free);
  g_clear_pointer (&self->list_heads, marsad_word_set_free);
  g_clear_pointer (&self->among_words, marsad_word_set_free);
  g_clear_pointer (&self->quoted_list_heads, marsad_word_set_free);
  g_clear_pointer (&self->sports_words, marsad_word_set_free);
  g_clear_pointer (&self->facility_tails, marsad_word_set_free);
  g_clear_pointer (&self->named_facility_heads, marsad_word_set_free);
  g_clear_pointer (&self->definite_facility_heads, marsad_word_set_free);
  g_clear_pointer (&self->definite_facility_names, marsad_word_set_free);
  g_clear_pointer (&self->name_heads, marsad_word_set_free);
  g_clear_pointer (&self->demonyms, marsad_word_set_free);
  g_clear_pointer (&self->nationalities, marsad_word_set_free);
  g_clear_pointer (&self->game_words, marsad_word_set_free);
  g_clear_pointer (&self->capital_words, marsad_word_set_free);
  g_clear_pointer (&self->offshore_words, marsad_word_set_free);
  g_clear_pointer (&self->coast_words, marsad_word_set_free);
  g_clear_pointer (&self->person_words, marsad_word_set_free);
  g_clear_pointer (&self->route_from, marsad_word_set_free);
  g_clear_pointer (&self->route_to, marsad_word_set_free);
  g_clear_pointer (&self->quarter_heads, marsad_word_set_free);
  g_clear_pointer (&self->quarter_joins, marsad_word_set_free);
  g_clear_pointer (&self->org_heads_before_fi, marsad_word_set_free);
  g_clear_pointer (&self->org_heads_construct, marsad_word_set_free);
  g_clear_pointer (&self->side_heads, marsad_word_set_free);
  g_clear_pointer (&self->given_names, marsad_word_set_free);
  g_clear_pointer (&self->person_openers, marsad_word_set_free);
  g_clear_pointer (&self->kunya_words, marsad_word_set_free);
  g_clear_pointer (&self->agency_names, marsad_word_set_free);
  g_clear_pointer (&self->road_heads, marsad_word_set_free);
  g_clear_pointer (&self->road_links, marsad_word_set_free);
  g_clear_pointer (&self->dual_towns, marsad_word_set_free);
  g_clear_pointer (&self->outlet_names, marsad_word_set_free);
  g_clear_pointer (&self->named_org_heads, marsad_word_set_free);
  g_clear_pointer (&self->agency_words, marsad_word_set_free);
  g_clear_pointer (&self->actor_verbs, marsad_word_set_free);
  g_clear_pointer (&self->ally_words, marsad_word_set_free);
  g_clear_pointer (&self->blame_verbs, marsad_word_set_free);
  g_clear_pointer (&self->complementizers, marsad_word_set_free);
  g_clear_pointer (&self->fi, marsad_word_set_free);
  g_clear_pointer (&self->org_tails, marsad_word_set_free);
  g_clear_pointer (&self->person_titles, marsad_word_set_free);
  g_clear_pointer (&self->kin_words, marsad_word_set_free);
  g_clear_pointer (&self->borders, marsad_borders_free);
  g_clear_pointer (&self->border_words, marsad_word_set_free);
  g_clear_pointer (&self->between_words, marsad_word_set_free);
  g_clear_pointer (&self->with_words, marsad_word_set_free);
  g_clear_pointer (&self->prepositions, marsad_word_set_free);
  g_free (self);
}
