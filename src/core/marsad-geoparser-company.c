/* marsad-geoparser-company.c: an ordinary word that names a notable town
 * (مشهد "scene", الباب "the door", الميادين "the squares") is that town when
 * a place of the same country stands right beside it: "طهران ومشهد", "من
 * طهران إلى مشهد", "الباب شرق حلب", "الميادين بريف دير الزور".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "marsad-geoparser-private.h"

#include <string.h>

static gboolean
record_in_country (const MarsadGazetteerRecord *rec,
                   gconstpointer                country)
{
  return strcmp (rec->country, country) == 0;
}

static gboolean
is_companion (const MarsadNormalized *norm,
              const MarsadCandidate  *c,
              const MarsadCandidate  *other)
{
  return !other->dropped && !other->needs_company &&
         marsad_candidate_sentence (norm, other) == marsad_candidate_sentence (norm, c);
}

/* what the text holds between two offsets, spaces left out, is one of
 * the joins: nothing, و, ب, وب, في, وفي */
static gboolean
joined_by (const MarsadDocument *doc,
           guint                 from,
           guint                 to)
{
  gunichar held[4];
  guint n = 0;

  for (guint k = from; k < to; k++)
    {
      if (g_unichar_isspace (doc->chars[k]))
        continue;
      if (n == G_N_ELEMENTS (held))
        return FALSE;
      held[n++] = doc->chars[k];
    }
  switch (n)
    {
    case 0:
      return TRUE;
    case 1:
      return held[0] == 0x0648 || held[0] == 0x0628;                        /* و ب */
    case 2:
      return (held[0] == 0x0648 && held[1] == 0x0628) ||                    /* وب */
             (held[0] == 0x0641 && held[1] == 0x064A);                      /* في */
    case 3:
      return held[0] == 0x0648 && held[1] == 0x0641 && held[2] == 0x064A;   /* وفي */
    default:
      return FALSE;
    }
}

/* where the named place's words begin, its feature word, direction word or
 * countryside included ("محافظة دير الزور", "شرق حلب", "ريف دير الزور") */
static guint
opening (const MarsadNormalized *norm,
         const MarsadCandidate  *c)
{
  guint at = c->start;

  if (c->cue != MARSAD_CUE_NONE && marsad_candidate_cue_start (norm, c) < at)
    at = marsad_candidate_cue_start (norm, c);
  if (c->direction != MARSAD_DIRECTION_NONE && marsad_candidate_direction_start (norm, c) < at)
    at = marsad_candidate_direction_start (norm, c);
  if (c->countryside && marsad_candidate_countryside_start (norm, c) < at)
    at = marsad_candidate_countryside_start (norm, c);
  return at;
}

static gboolean
has_company (const MarsadGeoparser *self,
             const MarsadDocument  *doc,
             const GArray          *candidates,
             guint                  i,
             const char            *country)
{
  const MarsadNormalized *norm = doc->norm;
  const MarsadCandidate *c = &g_array_index (candidates, MarsadCandidate, i);
  const MarsadWord *first = &g_array_index (norm->words, MarsadWord, c->first_word);

  if (i > 0)
    {
      const MarsadCandidate *p = &g_array_index (candidates, MarsadCandidate, i - 1);

      if (is_companion (norm, c, p) &&
          marsad_hits_any (self->gazetteer, p->hits, p->n_hits, MARSAD_NAME_COMMON_WORD, record_in_country, country))
        {
          /* "طهران ومشهد" */
          if (p->last_word + 1 == c->first_word && c->start > first->start &&
              doc->chars[first->start] == 0x0648)
            return TRUE;
          /* "من طهران إلى مشهد" */
          if (p->last_word + 2 == c->first_word && p->first_word > 0 &&
              marsad_word_set_lookup (self->route_to, norm, c->first_word - 1, NULL) >= 0 &&
              marsad_word_set_lookup (self->route_from, norm, p->first_word - 1, NULL) >= 0)
            return TRUE;
        }
    }
  if (i + 1 < candidates->len)
    {
      const MarsadCandidate *n = &g_array_index (candidates, MarsadCandidate, i + 1);

      guint at = opening (norm, n);

      /* "مشهد وطهران", "الباب شرق حلب", "الميادين بريف دير الزور": a
       * proclitic, a feature or direction word or في between; two names
       * merely side by side are no pair ("رضا المغاربة") */
      if (is_companion (norm, c, n) &&
          marsad_hits_any (self->gazetteer, n->hits, n->n_hits, MARSAD_NAME_COMMON_WORD, record_in_country, country) &&
          joined_by (doc, marsad_candidate_end (norm, c), at) && (at < n->start || !g_unichar_isspace (doc->chars[at - 1])))
        return TRUE;
    }
  return FALSE;
}

/* An ordinary word with no feature word, read as the most populous notable
 * town it names when a place of that town's country stands beside it. */
gint64
marsad_geoparser_notable_in_company (const MarsadGeoparser *self,
                                     const MarsadDocument  *doc,
                                     const GArray          *candidates,
                                     guint                  i)
{
  const MarsadCandidate *c = &g_array_index (candidates, MarsadCandidate, i);
  MarsadGazetteerRecord best = { 0 };
  gint64 record = -1;

  for (guint h = 0; h < c->n_hits; h++)
    {
      MarsadGazetteerRecord rec;

      if (!(c->hits[h].flags & MARSAD_NAME_ENGLISH) &&
          marsad_gazetteer_get_record (self->gazetteer, c->hits[h].record, &rec) &&
          rec.population > best.population)
        {
          best = rec;
          record = c->hits[h].record;
        }
    }
  if (record < 0 || best.population < MARSAD_NOTABLE_TOWN_POPULATION ||
      !has_company (self, doc, candidates, i, best.country))
    return -1;
  return record;
}
