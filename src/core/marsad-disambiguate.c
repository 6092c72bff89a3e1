/* marsad-disambiguate.c: one record for each name, or none
 *
 * A name may stand for several places (القائم in Iraq and in Yemen; عين
 * الأسد an Iraqi air base and a Lebanese village) or for no place at all
 * (القائم بالأعمال). The evidence, in order of weight: the feature word
 * before the name (قاعدة → a base), the article's country focus (the
 * countries its unambiguous names lie in), the record's importance.
 * One sense per discourse: every mention of a name gets the same record, and
 * a cue seen at one mention counts for all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "marsad-geoparser-private.h"

typedef enum
{
  EVIDENCE_WEAK,     /* a village or quarter: only with a cue */
  EVIDENCE_MEDIUM,   /* a town: where the article is */
  EVIDENCE_STRONG,   /* a country, a capital, a city, a base: anywhere */
} Evidence;

static Evidence
record_evidence (const MarsadGazetteerRecord *rec)
{
  switch (rec->kind)
    {
    case MARSAD_PLACE_KIND_COUNTRY:
    case MARSAD_PLACE_KIND_REGION:
    case MARSAD_PLACE_KIND_WATER:
    case MARSAD_PLACE_KIND_GEOREGION:
    case MARSAD_PLACE_KIND_MILITARY_BASE:
    case MARSAD_PLACE_KIND_AIRPORT:
    case MARSAD_PLACE_KIND_CAMP:
      return EVIDENCE_STRONG;
    default:
      break;
    }
  if (rec->flags & (MARSAD_RECORD_CAPITAL | MARSAD_RECORD_CURATED))
    return EVIDENCE_STRONG;
  if (rec->population >= 100000)
    return EVIDENCE_STRONG;
  if (rec->population >= 5000 || rec->kind == MARSAD_PLACE_KIND_DISTRICT ||
      (rec->flags & MARSAD_RECORD_ADMIN_SEAT))
    return EVIDENCE_MEDIUM;
  return EVIDENCE_WEAK;
}

static double
cue_fit (MarsadFeatureCue cue,
         MarsadPlaceKind  kind)
{
  switch (cue)
    {
    case MARSAD_CUE_NONE:
      return 0.0;
    case MARSAD_CUE_BASE:
      return kind == MARSAD_PLACE_KIND_MILITARY_BASE ? 2.0 :
             kind == MARSAD_PLACE_KIND_AIRPORT ? 1.0 : -0.5;
    case MARSAD_CUE_AIRPORT:
      return kind == MARSAD_PLACE_KIND_AIRPORT ? 2.0 :
             kind == MARSAD_PLACE_KIND_MILITARY_BASE ? 1.5 : 0.0;
    case MARSAD_CUE_CAMP:
      return kind == MARSAD_PLACE_KIND_CAMP ? 2.0 : 0.0;
    case MARSAD_CUE_ADMIN:
      return kind == MARSAD_PLACE_KIND_REGION ? 2.0 : 0.0;
    case MARSAD_CUE_DISTRICT:
      return kind == MARSAD_PLACE_KIND_DISTRICT ? 1.0 :
             (kind == MARSAD_PLACE_KIND_TOWN || kind == MARSAD_PLACE_KIND_CITY) ? 0.8 : 0.0;
    case MARSAD_CUE_WATER:
      return kind == MARSAD_PLACE_KIND_WATER ? 2.0 : -0.5;
    case MARSAD_CUE_PLACE:
      switch (kind)
        {
        case MARSAD_PLACE_KIND_CITY:
        case MARSAD_PLACE_KIND_TOWN:
        case MARSAD_PLACE_KIND_VILLAGE:
        case MARSAD_PLACE_KIND_DISTRICT:
        case MARSAD_PLACE_KIND_NEIGHBOURHOOD:
          return 0.5;
        case MARSAD_PLACE_KIND_COUNTRY:
          return -1.0;
        default:
          return 0.0;
        }
    default:
      return 0.0;
    }
}

typedef struct
{
  MarsadFeatureCue cue;        /* strongest cue seen with this name */
  gboolean         multiword;
  gint64           record;     /* decided record, -1 = not a place */
  gboolean         decided;
} NameSense;

/* Countries the article is about: the unambiguous, strong names (a country
 * itself, a capital, a governorate) vote for their country. */
static GHashTable *
country_focus (const MarsadGazetteer *gazetteer,
               GArray                *candidates,
               guint                 *total)
{
  GHashTable *votes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  *total = 0;
  for (guint i = 0; i < candidates->len; i++)
    {
      const MarsadCandidate *c = &g_array_index (candidates, MarsadCandidate, i);
      MarsadGazetteerRecord rec;
      char cc[3] = "";
      guint strong = 0;

      if (c->dropped)
        continue;
      for (guint h = 0; h < c->n_hits; h++)
        {
          if (!marsad_gazetteer_get_record (gazetteer, c->hits[h].record, &rec))
            continue;
          if ((c->hits[h].flags & MARSAD_NAME_COMMON_WORD) || record_evidence (&rec) != EVIDENCE_STRONG)
            continue;
          if (rec.country[0] == '\0' || (cc[0] != '\0' && strcmp (cc, rec.country) != 0))
            {
              strong = 0;
              break;
            }
          memcpy (cc, rec.country, sizeof cc);
          strong++;
        }
      if (strong > 0)
        {
          gpointer n = g_hash_table_lookup (votes, cc);

          g_hash_table_replace (votes, g_strdup (cc), GUINT_TO_POINTER (GPOINTER_TO_UINT (n) + 1));
          (*total)++;
        }
    }
  return votes;
}

static double
focus_share (GHashTable *focus,
             guint       total,
             const char *cc)
{
  if (total == 0 || cc[0] == '\0')
    return 0.0;
  return (double) GPOINTER_TO_UINT (g_hash_table_lookup (focus, cc)) / total;
}

static void
decide (const MarsadGazetteer *gazetteer,
        const MarsadCandidate *c,
        NameSense             *sense,
        GHashTable            *focus,
        guint                  focus_total)
{
  double best_score = -G_MAXDOUBLE;
  gint64 best = -1;
  guint best_flags = 0;
  MarsadGazetteerRecord best_rec = { 0 };

  sense->decided = TRUE;
  sense->record = -1;

  for (guint h = 0; h < c->n_hits; h++)
    {
      MarsadGazetteerRecord rec;
      double share, score;

      if ((c->hits[h].flags & MARSAD_NAME_ENGLISH) ||
          !marsad_gazetteer_get_record (gazetteer, c->hits[h].record, &rec))
        continue;

      share = focus_share (focus, focus_total, rec.country);
      score = rec.importance / 1000.0 + 1.2 * share + cue_fit (sense->cue, rec.kind);
      /* a place abroad with no importance of its own is an unlikely reading */
      if (share == 0.0 && record_evidence (&rec) != EVIDENCE_STRONG)
        score -= 0.5;
      if (c->hits[h].flags & MARSAD_NAME_ALTERNATE)
        score -= 0.05;
      if (score > best_score)
        {
          best_score = score;
          best = c->hits[h].record;
          best_flags = c->hits[h].flags;
          best_rec = rec;
        }
    }

  if (best < 0)
    return;

  /* Is it a place at all? */
  if (best_flags & MARSAD_NAME_COMMON_WORD)
    {
      if (sense->cue == MARSAD_CUE_NONE)
        return;
    }
  else
    {
      switch (record_evidence (&best_rec))
        {
        case EVIDENCE_STRONG:
          break;
        case EVIDENCE_MEDIUM:
          if (sense->cue == MARSAD_CUE_NONE && !sense->multiword &&
              focus_share (focus, focus_total, best_rec.country) == 0.0)
            return;
          break;
        case EVIDENCE_WEAK:
        default:
          if (sense->cue == MARSAD_CUE_NONE &&
              !(sense->multiword && focus_share (focus, focus_total, best_rec.country) > 0.0))
            return;
          break;
        }
    }

  sense->record = best;
}

void
marsad_geoparser_disambiguate (const MarsadGazetteer *gazetteer,
                               const MarsadDocument  *doc,
                               GArray                *candidates)
{
  g_autoptr(GHashTable) senses = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) focus = NULL;
  guint focus_total = 0;

  focus = country_focus (gazetteer, candidates, &focus_total);

  /* gather the cues of every mention of a name */
  for (guint i = 0; i < candidates->len; i++)
    {
      MarsadCandidate *c = &g_array_index (candidates, MarsadCandidate, i);
      NameSense *sense;

      if (c->dropped)
        continue;
      sense = g_hash_table_lookup (senses, c->key);
      if (sense == NULL)
        {
          sense = g_new0 (NameSense, 1);
          sense->record = -1;
          g_hash_table_insert (senses, c->key, sense);
        }
      if (c->cue > sense->cue || (sense->cue == MARSAD_CUE_PLACE && c->cue != MARSAD_CUE_NONE))
        sense->cue = c->cue;
      sense->multiword |= c->last_word > c->first_word;
    }

  for (guint i = 0; i < candidates->len; i++)
    {
      MarsadCandidate *c = &g_array_index (candidates, MarsadCandidate, i);
      NameSense *sense;
      MarsadGazetteerRecord rec;

      if (c->dropped)
        continue;
      sense = g_hash_table_lookup (senses, c->key);
      if (!sense->decided)
        decide (gazetteer, c, sense, focus, focus_total);
      c->record = sense->record;
      if (c->record < 0)
        {
          c->dropped = TRUE;
          continue;
        }
      if (marsad_gazetteer_get_record (gazetteer, (guint32) c->record, &rec))
        {
          c->lat = rec.lat;
          c->lon = rec.lon;
        }
    }
}
