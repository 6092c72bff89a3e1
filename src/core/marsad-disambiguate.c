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
#include "marsad-word-set.h"

typedef enum
{
  EVIDENCE_WEAK,     /* a village or quarter: only with a cue */
  EVIDENCE_MEDIUM,   /* a town: where the article is */
  EVIDENCE_STRONG,   /* a country, a capital, a city, a base: anywhere */
} Evidence;

/* The countries whose towns and villages the gazetteer knows in depth
 * (Who's On First's Middle East). Elsewhere only capitals and large cities
 * stand on their own: a small town abroad named like a word or a person
 * (Yuma, Leer, Anan) is far likelier to be that word or person. */
static gboolean
in_covered_region (const char *cc)
{
  static const char covered[] = "AE BH CY EG IL IQ IR JO KW LB LY OM PS QA SA SD SY TR YE";

  return cc[0] != '\0' && strstr (covered, cc) != NULL;
}

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
  if (!in_covered_region (rec->country))
    return rec->population >= 300000 ? EVIDENCE_STRONG : EVIDENCE_WEAK;
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
    case MARSAD_CUE_COUNTRY:
      return kind == MARSAD_PLACE_KIND_COUNTRY ? 2.0 : -0.5;
    case MARSAD_CUE_SETTLEMENT:
      return kind == MARSAD_PLACE_KIND_COUNTRY ? -1.0 : 0.5;
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
  gboolean         person_like; /* عبد الله، الشيخ محمد، نصر الله */
  gboolean         locative;    /* seen right after في، من، قرب... */
  gboolean         city_cue;    /* seen right after مدينة */
  gboolean         common;      /* the chosen name is an ordinary word too */
  gboolean         can_be_surname; /* a city or town, not a country */
  const char      *demonym;    /* "درنة الليبية": whose the place is, or NULL */
  gint64           record;     /* decided record, -1 = not a place */
  gboolean         decided;
} NameSense;

/* A text may hold many articles (a corpus, a digest): the country focus and
 * one-sense-per-discourse hold within a window of words, not the whole file. */
#define WINDOW_WORDS 2000

/* Countries the text around a name is about: the unambiguous, strong names
 * (a country itself, a capital, a governorate) vote for their country. */
typedef struct
{
  GHashTable *votes;   /* ISO code → count */
  guint       total;
  /* what its people are called ("مسؤول أردني"): weaker, since a text on
   * Iraq speaks of "القوات الأمريكية" throughout; heard only when no name
   * speaks for any reading */
  GHashTable *nationality_votes;
  guint       nationality_total;
} Focus;

static void
focus_clear (Focus *focus)
{
  g_clear_pointer (&focus->votes, g_hash_table_unref);
  g_clear_pointer (&focus->nationality_votes, g_hash_table_unref);
}

static void
focus_vote (GHashTable *votes,
            const char *cc)
{
  gpointer n = g_hash_table_lookup (votes, cc);

  g_hash_table_replace (votes, g_strdup (cc), GUINT_TO_POINTER (GPOINTER_TO_UINT (n) + 1));
}

static gboolean looks_like_person (const MarsadWordSet    *person,
                                   const MarsadNormalized *norm,
                                   const MarsadCandidate  *c);

static void
count_focus (const MarsadGeoparser *self,
             const MarsadDocument  *doc,
             GArray                *candidates,
             Focus                 *windows,
             guint                  n_windows)
{
  const MarsadGazetteer *gazetteer = self->gazetteer;

  for (guint w = 0; w < n_windows; w++)
    {
      windows[w].votes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      windows[w].nationality_votes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    }
  for (guint w = 0; w < doc->norm->words->len; w++)
    {
      const char *cc = marsad_geoparser_nationality_country (self, doc->norm, w);

      if (cc != NULL)
        {
          focus_vote (windows[w / WINDOW_WORDS].nationality_votes, cc);
          windows[w / WINDOW_WORDS].nationality_total++;
        }
    }

  for (guint i = 0; i < candidates->len; i++)
    {
      const MarsadCandidate *c = &g_array_index (candidates, MarsadCandidate, i);
      Focus *focus = &windows[c->first_word / WINDOW_WORDS];
      MarsadGazetteerRecord rec;
      char cc[3] = "";
      guint strong = 0;

      /* "صلاح الدين" is a governorate and a man: no vote for Iraq */
      if (c->dropped || looks_like_person (self->person_words, doc->norm, c))
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
      /* "درنة الليبية" speaks of Libya whatever درنة is */
      if (c->demonym > 0)
        {
          memcpy (cc, marsad_candidate_demonym_country (c), sizeof cc);
          strong = 1;
        }
      if (strong > 0)
        {
          focus_vote (focus->votes, cc);
          focus->total++;
        }
    }
}

static double
focus_share (const Focus *focus,
             const char  *cc)
{
  if (focus->total == 0 || cc[0] == '\0')
    return 0.0;
  return (double) GPOINTER_TO_UINT (g_hash_table_lookup (focus->votes, cc)) / focus->total;
}

static double
nationality_share (const Focus *focus,
                   const char  *cc)
{
  if (focus->nationality_total == 0 || cc[0] == '\0')
    return 0.0;
  return (double) GPOINTER_TO_UINT (g_hash_table_lookup (focus->nationality_votes, cc)) /
         focus->nationality_total;
}

/* Does the name need a feature word before it to be taken as a place? */
static gboolean
needs_cue (const NameSense             *sense,
           const MarsadGazetteerRecord *rec,
           guint                        name_flags,
           double                       share)
{
  if (name_flags & MARSAD_NAME_COMMON_WORD)
    return TRUE;
  if ((name_flags & MARSAD_NAME_DICTIONARY_WORD) && share == 0.0)
    return TRUE;
  /* a governorate abroad (صلاح الدين in an article on Libya) is likelier a
   * quarter or a person of that name */
  if (rec->kind == MARSAD_PLACE_KIND_REGION && share == 0.0)
    return TRUE;
  /* one word left over from a longer name ("الأسد" of "قاعدة الأسد الجوية"),
   * or a base named in one word ("العديد"): only with قاعدة، مطار، مخيم */
  if (!sense->multiword &&
      ((name_flags & MARSAD_NAME_STRIPPED) ||
       rec->kind == MARSAD_PLACE_KIND_MILITARY_BASE || rec->kind == MARSAD_PLACE_KIND_AIRPORT ||
       rec->kind == MARSAD_PLACE_KIND_CAMP))
    return TRUE;

  switch (record_evidence (rec))
    {
    case EVIDENCE_STRONG:
      return FALSE;
    case EVIDENCE_MEDIUM:
      return !sense->multiword && share == 0.0;
    case EVIDENCE_WEAK:
    default:
      if (sense->person_like)
        return TRUE;
      /* "اشتباكات في الباغوز": a village of the country the text is about,
       * after a preposition of place, and no ordinary word */
      if (sense->locative && share >= 0.2 && !(name_flags & MARSAD_NAME_DICTIONARY_WORD))
        return FALSE;
      return !(sense->multiword && share > 0.0);
    }
}

/* how large a city an ordinary word names after مدينة, with no other
 * evidence of its country */
#define CITY_CUE_POPULATION 100000

/* With a feature word before it, is the name this record? An ordinary word
 * abroad ("حي الثورة" in Omdurman is not Yemen's الثورة) is not; nor is a
 * word after قاعدة or مطار that names no base ("معسكر الصيانة"). */
static gboolean
cue_admits (const NameSense             *sense,
            const MarsadGazetteerRecord *rec,
            guint                        name_flags,
            double                       share,
            gboolean                     unfocused)
{
  gboolean word = (name_flags & (MARSAD_NAME_COMMON_WORD | MARSAD_NAME_DICTIONARY_WORD)) != 0;
  gboolean facility = rec->kind == MARSAD_PLACE_KIND_MILITARY_BASE ||
                      rec->kind == MARSAD_PLACE_KIND_AIRPORT || rec->kind == MARSAD_PLACE_KIND_CAMP;

  /* …but "مدينة الأبيض" names the city of El Obeid wherever the text is:
   * a word is a large city's name when the text calls it a city */
  if (word && share == 0.0 &&
      !(sense->city_cue && rec->kind == MARSAD_PLACE_KIND_CITY && rec->population >= CITY_CUE_POPULATION))
    return FALSE;
  /* (camps are named after towns: "مخيم مخمور" is Makhmour's camp) */
  if (word && !facility && (sense->cue == MARSAD_CUE_BASE || sense->cue == MARSAD_CUE_AIRPORT))
    return FALSE;
  if (rec->kind == MARSAD_PLACE_KIND_REGION && share == 0.0 && sense->cue != MARSAD_CUE_ADMIN)
    return FALSE;
  /* a village in a country the text does not speak of: likelier a quarter
   * of the same name where the text is (left to the unknown-place pass);
   * a text that speaks of no country at all ("انفجار في مدينة المقدادية",
   * pasted alone) has nothing to weigh the feature word against */
  if (record_evidence (rec) != EVIDENCE_STRONG && share == 0.0 && !unfocused)
    return FALSE;
  return TRUE;
}

/* The city a region of the same name is called after, when it lies in the
 * region: its record among the name's readings, else the region itself. */
static gint64
seat_of_region (const MarsadGazetteer       *gazetteer,
                const MarsadCandidate       *c,
                const MarsadGazetteerRecord *region,
                gint64                       best,
                guint                       *best_flags)
{
  for (guint h = 0; h < c->n_hits; h++)
    {
      MarsadGazetteerRecord rec;

      if ((c->hits[h].flags & (MARSAD_NAME_ENGLISH | MARSAD_NAME_COMMON_WORD)) ||
          !marsad_gazetteer_get_record (gazetteer, c->hits[h].record, &rec))
        continue;
      if ((rec.kind == MARSAD_PLACE_KIND_CITY || rec.kind == MARSAD_PLACE_KIND_TOWN) &&
          strcmp (rec.country, region->country) == 0 &&
          (record_evidence (&rec) == EVIDENCE_STRONG || (rec.flags & MARSAD_RECORD_ADMIN_SEAT)) &&
          marsad_gazetteer_distance_km (rec.lat, rec.lon, region->lat, region->lon) < 150.0)
        {
          *best_flags = c->hits[h].flags;
          return c->hits[h].record;
        }
    }
  return best;
}

typedef struct
{
  double      lat;
  double      lon;
  const char *key;   /* the name it comes from: a name does not anchor itself */
} Anchor;

/* Places named nearby pull an ambiguous name towards them: "بلدة الصور
 * شمال دير الزور" is the Syrian الصور, not Tyre. Anchors are the window's
 * names that have one strong reading. */
static double
proximity_bonus (const GArray                *anchors,
                 const char                  *key,
                 const MarsadGazetteerRecord *rec)
{
  double nearest = G_MAXDOUBLE;

  /* areas are judged by their name, not by how near their centre lies */
  if (anchors->len == 0 || rec->kind == MARSAD_PLACE_KIND_COUNTRY || rec->kind == MARSAD_PLACE_KIND_REGION ||
      rec->kind == MARSAD_PLACE_KIND_GEOREGION || rec->kind == MARSAD_PLACE_KIND_WATER)
    return 0.0;
  for (guint a = 0; a < anchors->len; a++)
    {
      const Anchor *p = &g_array_index (anchors, Anchor, a);
      double dlat = (p->lat - rec->lat) * 111.0;
      double dlon = (p->lon - rec->lon) * 111.0 * cos (rec->lat * G_PI / 180.0);

      if (strcmp (p->key, key) != 0)
        nearest = MIN (nearest, sqrt (dlat * dlat + dlon * dlon));
    }
  /* within a band, the nearer reading wins: two villages called الخرايب
   * 20 and 60 km from the article's towns are not a tie */
  if (nearest < 75.0)
    return 0.6 - nearest / 1000.0;
  if (nearest < 250.0)
    return 0.3 - nearest / 1000.0;
  if (nearest > 2000.0 && nearest < G_MAXDOUBLE)
    return -0.3;
  return 0.0;
}

static void
decide (const MarsadGazetteer *gazetteer,
        const MarsadCandidate *c,
        NameSense             *sense,
        const Focus           *focus,
        const GArray          *anchors)
{
  double best_score = -G_MAXDOUBLE;
  gint64 best = -1;
  guint best_flags = 0;
  MarsadGazetteerRecord best_rec = { 0 };

  gboolean of_demonym = FALSE, named = FALSE;

  sense->decided = TRUE;
  sense->record = -1;

  /* does any name of the text speak for one of the readings? */
  for (guint h = 0; h < c->n_hits && !named; h++)
    {
      MarsadGazetteerRecord rec;

      named = marsad_gazetteer_get_record (gazetteer, c->hits[h].record, &rec) &&
              focus_share (focus, rec.country) > 0.0;
    }

  /* "طرابلس اللبنانية": with the adjective, only that country's readings */
  for (guint h = 0; sense->demonym != NULL && h < c->n_hits; h++)
    {
      MarsadGazetteerRecord rec;

      if (!(c->hits[h].flags & MARSAD_NAME_ENGLISH) &&
          marsad_gazetteer_get_record (gazetteer, c->hits[h].record, &rec) &&
          rec.kind != MARSAD_PLACE_KIND_COUNTRY && strcmp (rec.country, sense->demonym) == 0)
        of_demonym = TRUE;
    }

  /* "العمارة الصينية" is architecture, not Amarah: a foreign adjective
   * after a name with no reading in that country makes a noun of it (the
   * region's own adjectives are left alone: the sources' countries of
   * disputed places differ) */
  if (sense->demonym != NULL && !of_demonym && !in_covered_region (sense->demonym))
    return;

  for (guint h = 0; h < c->n_hits; h++)
    {
      MarsadGazetteerRecord rec;
      double share, score;

      if ((c->hits[h].flags & MARSAD_NAME_ENGLISH) ||
          !marsad_gazetteer_get_record (gazetteer, c->hits[h].record, &rec))
        continue;

      share = focus_share (focus, rec.country);
      if (of_demonym)
        {
          /* the adjective is the evidence a feature word would give */
          if (strcmp (rec.country, sense->demonym) != 0 || rec.kind == MARSAD_PLACE_KIND_COUNTRY)
            continue;
          share = MAX (share, 1.0);
        }
      /* only the readings the evidence allows compete: a Syrian hamlet
       * called أنقرة cannot beat Ankara by being in the article's country
       * and then be rejected for want of a feature word */
      else if (sense->cue == MARSAD_CUE_NONE ? needs_cue (sense, &rec, c->hits[h].flags, share)
                                             : !cue_admits (sense, &rec, c->hits[h].flags, share, focus->total == 0))
        continue;
      score = rec.importance / 1000.0 + 1.2 * share + cue_fit (sense->cue, rec.kind) +
              proximity_bonus (anchors, c->key, &rec);
      /* "قال مسؤول أردني إن عمان…": with no name to go by, the people the
       * text speaks of tell Amman from Oman */
      if (!named)
        score += 0.6 * nationality_share (focus, rec.country);
      /* in Arabic news a مستوطنة or مستعمرة is an Israeli town or settlement */
      if (sense->cue == MARSAD_CUE_SETTLEMENT &&
          (strcmp (rec.country, "IL") == 0 || strcmp (rec.country, "PS") == 0))
        score += 1.5;
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
  /* "الخرطوم" without ولاية is the city, not the state around it: news
   * names the seat, and ACLED codes it there */
  if (best_rec.kind == MARSAD_PLACE_KIND_REGION && sense->cue != MARSAD_CUE_ADMIN)
    best = seat_of_region (gazetteer, c, &best_rec, best, &best_flags);
  /* "قاعدة فكتوريا" with no base of that name: not the city abroad */
  if ((sense->cue == MARSAD_CUE_BASE || sense->cue == MARSAD_CUE_AIRPORT || sense->cue == MARSAD_CUE_CAMP) &&
      cue_fit (sense->cue, best_rec.kind) <= 0.0 && focus_share (focus, best_rec.country) == 0.0)
    return;
  sense->record = best;
  /* "وزير الدفاع الأميركي لويد أوستن": a city after a title is a surname;
   * countries and regions stay ("وزير خارجية العراق") */
  sense->can_be_surname = best_rec.kind != MARSAD_PLACE_KIND_COUNTRY && best_rec.kind != MARSAD_PLACE_KIND_REGION &&
                          best_rec.kind != MARSAD_PLACE_KIND_GEOREGION && best_rec.kind != MARSAD_PLACE_KIND_WATER;
  sense->common = (best_flags & MARSAD_NAME_COMMON_WORD) != 0;
}

/* Given names and the words that open a person's name: a village called
 * "عبد الله" or "الشيخ محمد" is rarely what a text means by them. */
static const char * const person_words[] = {
  "عبد", "عبدالله", "ابو", "ابن", "بن", "بنت", "ام", "الشيخ", "السيد", "الامام", "سيدي",
  "محمد", "احمد", "علي", "حسن", "حسين", "عمر", "خالد", "صالح", "سعيد", "ابراهيم", "يوسف",
  "موسي", "عيسي", "عباس", "جعفر", "مصطفي", "محمود", "نصر", "الله", "الرحمن", "الرحيم",
  "الكريم", "العزيز", "الحميد", "جمال", "كمال", "سليمان", "سلمان", "فيصل", "فهد", "سلطان",
  "حمد", "زايد", "راشد", "مبارك", "عثمان", "بكر", "طارق", "زياد", "ماجد", "حمزه", "يحيي",
  "زكريا", "اسماعيل", "اسحاق", "يعقوب", "داود", "هارون", "ادريس", "نوح", "مريم", "فاطمه",
  "زينب", "عائشه", "خديجه", "الدين", NULL
};

static gboolean
looks_like_person (const MarsadWordSet    *person,
                   const MarsadNormalized *norm,
                   const MarsadCandidate  *c)
{
  for (guint w = c->first_word; w <= c->last_word; w++)
    {
      if (marsad_word_set_lookup (person, norm, w, NULL) >= 0)
        return TRUE;
    }
  return FALSE;
}

/* A name whose strong readings all lie in one spot (بغداد the city and the
 * governorate): where the text is, for its ambiguous neighbours. */
static gboolean
is_anchor (const MarsadGazetteer *gazetteer,
           const MarsadCandidate *c,
           MarsadGazetteerRecord *first)
{
  gboolean found = FALSE;

  for (guint h = 0; h < c->n_hits; h++)
    {
      MarsadGazetteerRecord rec;

      if ((c->hits[h].flags & (MARSAD_NAME_COMMON_WORD | MARSAD_NAME_ENGLISH)) ||
          !marsad_gazetteer_get_record (gazetteer, c->hits[h].record, &rec) ||
          record_evidence (&rec) != EVIDENCE_STRONG)
        continue;
      if (!found)
        {
          if (rec.kind == MARSAD_PLACE_KIND_COUNTRY || rec.kind == MARSAD_PLACE_KIND_GEOREGION ||
              rec.kind == MARSAD_PLACE_KIND_WATER)
            return FALSE;
          *first = rec;
          found = TRUE;
        }
      else if (marsad_gazetteer_distance_km (first->lat, first->lon, rec.lat, rec.lon) > 100.0)
        return FALSE;   /* طرابلس: Lebanon's or Libya's */
    }
  return found;
}

/* how far a quarter may lie from the town the text says it is of */
#define QUARTER_REACH_KM 25.0

/* "حي الروضة شمالي مدينة تعز": a quarter the text places in a town is not
 * a place of the same name elsewhere (الروضة near Sanaa); it is left to
 * the unknown-place pass, which puts it in the town */
static gboolean
quarter_of_other_town (const MarsadGeoparser *self,
                       const MarsadDocument  *doc,
                       GArray                *candidates,
                       guint                  i)
{
  const MarsadCandidate *c = &g_array_index (candidates, MarsadCandidate, i);
  const MarsadNormalized *norm = doc->norm;
  MarsadGazetteerRecord rec, town;

  if (c->first_word == 0 || marsad_word_set_lookup (self->quarter_heads, norm, c->first_word - 1, NULL) < 0 ||
      !marsad_gazetteer_get_record (self->gazetteer, (guint32) c->record, &rec))
    return FALSE;
  for (guint j = i + 1; j < candidates->len; j++)
    {
      const MarsadCandidate *t = &g_array_index (candidates, MarsadCandidate, j);

      if (t->dropped || t->record < 0 || t->first_word <= c->last_word)
        continue;
      /* the town right after it, joined by "في", a side, "مدينة" */
      if (t->first_word > c->last_word + 4 ||
          marsad_candidate_sentence (norm, t) != marsad_candidate_sentence (norm, c))
        return FALSE;
      for (guint w = c->last_word + 1; w < t->first_word; w++)
        if (marsad_word_set_lookup (self->quarter_joins, norm, w, NULL) < 0)
          return FALSE;
      if (!marsad_gazetteer_get_record (self->gazetteer, (guint32) t->record, &town) ||
          (town.kind != MARSAD_PLACE_KIND_CITY && town.kind != MARSAD_PLACE_KIND_TOWN))
        return FALSE;
      return marsad_gazetteer_distance_km (rec.lat, rec.lon, town.lat, town.lon) > QUARTER_REACH_KM;
    }
  return FALSE;
}

/* One window of candidates [first, end): the cues of every mention of a
 * name gathered, then one decision per name. */
static void
disambiguate_window (const MarsadGeoparser *self,
                     const MarsadDocument  *doc,
                     GArray                *candidates,
                     guint                  first,
                     guint                  end,
                     const Focus           *focus)
{
  /* "محافظة البصرة" is the governorate, "البصرة" the city: a name after an
   * administrative word has a sense of its own */
  g_autoptr(GHashTable) senses = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) admin_senses = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GArray) anchors = g_array_new (FALSE, FALSE, sizeof (Anchor));

  for (guint i = first; i < end; i++)
    {
      MarsadCandidate *c = &g_array_index (candidates, MarsadCandidate, i);
      MarsadGazetteerRecord rec = { 0 };
      NameSense *sense;

      if (c->dropped)
        continue;
      if (is_anchor (self->gazetteer, c, &rec))
        {
          Anchor anchor = { rec.lat, rec.lon, c->key };

          g_array_append_val (anchors, anchor);
        }
      sense = g_hash_table_lookup (c->cue == MARSAD_CUE_ADMIN ? admin_senses : senses, c->key);
      if (sense == NULL)
        {
          sense = g_new0 (NameSense, 1);
          sense->record = -1;
          sense->person_like = looks_like_person (self->person_words, doc->norm, c);
          g_hash_table_insert (c->cue == MARSAD_CUE_ADMIN ? admin_senses : senses, (gpointer) c->key, sense);
        }
      if (c->cue > sense->cue || (sense->cue == MARSAD_CUE_PLACE && c->cue != MARSAD_CUE_NONE))
        sense->cue = c->cue;
      sense->multiword |= c->last_word > c->first_word || strchr (c->key, ' ') != NULL;
      if (sense->demonym == NULL)
        sense->demonym = marsad_candidate_demonym_country (c);
      sense->locative |= c->locative;
      sense->city_cue |= c->city_cue;
    }

  for (guint i = first; i < end; i++)
    {
      MarsadCandidate *c = &g_array_index (candidates, MarsadCandidate, i);
      NameSense *sense;

      if (c->dropped)
        continue;
      sense = g_hash_table_lookup (c->cue == MARSAD_CUE_ADMIN ? admin_senses : senses, c->key);
      if (!sense->decided)
        decide (self->gazetteer, c, sense, focus, anchors);
      c->record = sense->record;
      /* an ordinary word is a place only where its own feature word says
       * so: "قرية محمد" does not make every "محمد" a village */
      if (sense->common && (c->cue == MARSAD_CUE_NONE || c->continues))
        c->record = -1;
      if (c->record < 0 && c->needs_company)
        c->record = marsad_geoparser_notable_in_company (self, doc, candidates, i);
      if (c->person_context && sense->can_be_surname && c->cue == MARSAD_CUE_NONE)
        c->record = -1;
      if (c->record < 0)
        {
          c->dropped = TRUE;
          continue;
        }
    }

  /* once the towns are decided */
  for (guint i = first; i < end; i++)
    {
      MarsadCandidate *c = &g_array_index (candidates, MarsadCandidate, i);

      if (!c->dropped && c->record >= 0 && quarter_of_other_town (self, doc, candidates, i))
        {
          c->record = -1;
          c->dropped = TRUE;
        }
    }
}

void
marsad_geoparser_init_person_words (MarsadGeoparser *self)
{
  static const char * const route_from[] = { "من", NULL };
  static const char * const route_to[] = { "الي", NULL };
  static const char * const quarter_heads[] = { "حي", "حاره", NULL };
  static const char * const quarter_joins[] = {
    "في", "ب", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "مدينه", "بلده", NULL,
  };

  self->person_words = marsad_word_set_new (person_words);
  self->route_from = marsad_word_set_new (route_from);
  self->route_to = marsad_word_set_new (route_to);
  self->quarter_heads = marsad_word_set_new (quarter_heads);
  self->quarter_joins = marsad_word_set_new (quarter_joins);
}

void
marsad_geoparser_disambiguate (const MarsadGeoparser *self,
                               const MarsadDocument  *doc,
                               GArray                *candidates)
{
  guint n_windows = doc->norm->words->len / WINDOW_WORDS + 1;
  g_autofree Focus *focus = g_new0 (Focus, n_windows);
  guint first = 0;

  count_focus (self, doc, candidates, focus, n_windows);

  /* candidates come in text order, so each window is one run of them */
  while (first < candidates->len)
    {
      guint window = g_array_index (candidates, MarsadCandidate, first).first_word / WINDOW_WORDS;
      guint end = first + 1;

      while (end < candidates->len &&
             g_array_index (candidates, MarsadCandidate, end).first_word / WINDOW_WORDS == window)
        end++;
      disambiguate_window (self, doc, candidates, first, end, &focus[window]);
      first = end;
    }

  for (guint w = 0; w < n_windows; w++)
    focus_clear (&focus[w]);
}
