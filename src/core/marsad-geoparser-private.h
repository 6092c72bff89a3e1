/* marsad-geoparser-private.h: what the geoparser's stages share
 *
 * Matching (marsad-geoparser.c) finds candidate spans and their gazetteer
 * hits; marsad-roles.c drops spans inside organisation names and gives each
 * span its role; marsad-disambiguate.c picks one record per span.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-geoparser.h"
#include "marsad-borders.h"
#include "marsad-normalize.h"
#include "marsad-word-set.h"

G_BEGIN_DECLS

struct _MarsadGeoparser
{
  MarsadGazetteer *gazetteer;
  /* the small lexicons, folded, made once */
  MarsadWordSet   *function_words;
  MarsadWordSet   *plain_words;      /* "وزارة": no و + a village */
  MarsadWordSet   *cue_words;
  MarsadWordSet   *list_cue_words;   /* "بلدتي": the name after و is announced too */
  MarsadWordSet   *direction_words;
  MarsadWordSet   *org_heads_before_fi;
  MarsadWordSet   *org_heads_construct;
  MarsadWordSet   *side_heads;
  MarsadWordSet   *agency_names;
  MarsadWordSet   *road_heads;       /* "طريق", "الطريق" */
  MarsadWordSet   *road_links;       /* "الرابط", "الدولي": between the road and بين */
  MarsadWordSet   *dual_towns;       /* "مدينتي": before a road's two towns */
  MarsadWordSet   *outlet_names;     /* "الأناضول": an outlet named after a place */
  MarsadWordSet   *agency_words;
  MarsadWordSet   *named_org_heads;  /* "شبكة «السويداء 24»": an outlet's or a group's name */
  MarsadWordSet   *actor_verbs;
  MarsadWordSet   *ally_words;
  MarsadWordSet   *blame_verbs;
  MarsadWordSet   *complementizers;
  MarsadWordSet   *fi;
  MarsadWordSet   *org_tails;
  MarsadWordSet   *person_titles;
  MarsadWordSet   *kin_words;
  MarsadWordSet   *route_from;       /* من */
  MarsadWordSet   *route_to;         /* إلى */
  MarsadWordSet   *quarter_heads;    /* "حي", "حارة": a quarter of a town */
  MarsadWordSet   *quarter_joins;    /* "في", "شمالي", "مدينة": to the town it is of */
  MarsadWordSet   *given_names;
  MarsadWordSet   *person_openers;
  MarsadWordSet   *kunya_words;
  MarsadBorders   *borders;        /* NULL when data/borders.tsv is missing */
  MarsadWordSet   *border_words;
  MarsadWordSet   *between_words;
  MarsadWordSet   *with_words;
  MarsadWordSet   *prepositions;
  MarsadWordSet   *epithets;
  MarsadWordSet   *person_words;
  MarsadWordSet   *locatives;
  MarsadWordSet   *facility_heads;
  MarsadWordSet   *countryside_words;
  MarsadWordSet   *side_words;
  MarsadWordSet   *the_country_words;
  MarsadWordSet   *settlement_words;
  MarsadWordSet   *not_names;
  MarsadWordSet   *lying_words;      /* "الممتدة", "الواقعة": where a place lies */
  MarsadWordSet   *dam_prepositions;
  MarsadWordSet   *broken_plurals;   /* "مصادر": an adjective may follow */
  MarsadWordSet   *list_heads;       /* "بلدات", "قرى": a list of names follows */
  MarsadWordSet   *among_words;      /* "بينها": a quoted list follows */
  MarsadWordSet   *quoted_list_heads;
  MarsadWordSet   *sports_words;     /* "فاز", "ستاد": a club named after its city follows */
  MarsadWordSet   *facility_tails;
  MarsadWordSet   *named_facility_heads; /* "مستشفى", "محطة": a facility named after a place */
  MarsadWordSet   *definite_facility_heads;  /* "المستشفى": named by an adjective after it */
  MarsadWordSet   *definite_facility_names;  /* "السعودي", "الجنوبي" */
  MarsadWordSet   *name_heads;
  MarsadWordSet   *demonyms;
  MarsadWordSet   *nationalities;    /* "أردني", "العراقيون": any form of a demonym */
  MarsadWordSet   *game_words;       /* "المباراة", "الشوط": a match report */
  MarsadWordSet   *capital_words;    /* "العاصمة" */
  MarsadWordSet   *offshore_words;   /* "قبالة" */
  MarsadWordSet   *coast_words;      /* "سواحل", "ميناء": between قبالة and the name */         /* "الليبية": the country a name is of */
};

/* What the word before a name says about it (منطقة، قاعدة، مطار، ...). */
typedef enum
{
  MARSAD_CUE_NONE,
  MARSAD_CUE_PLACE,         /* منطقة، مدينة، بلدة، قرية، حي: some populated place */
  MARSAD_CUE_BASE,          /* قاعدة، معسكر */
  MARSAD_CUE_AIRPORT,       /* مطار */
  MARSAD_CUE_CAMP,          /* مخيم */
  MARSAD_CUE_ADMIN,         /* محافظة، ولاية، إقليم */
  MARSAD_CUE_DISTRICT,      /* قضاء، ناحية */
  MARSAD_CUE_WATER,         /* بحر، نهر، خليج، بحيرة، مضيق */
  MARSAD_CUE_COUNTRY,       /* دولة */
  MARSAD_CUE_SETTLEMENT,    /* مستوطنة، مستعمرة: Israeli towns and settlements */
} MarsadFeatureCue;

typedef enum
{
  MARSAD_DIRECTION_NONE,
  MARSAD_DIRECTION_NORTH,
  MARSAD_DIRECTION_SOUTH,
  MARSAD_DIRECTION_EAST,
  MARSAD_DIRECTION_WEST,
  MARSAD_DIRECTION_CENTRE,
  MARSAD_DIRECTION_NORTH_EAST,
  MARSAD_DIRECTION_NORTH_WEST,
  MARSAD_DIRECTION_SOUTH_EAST,
  MARSAD_DIRECTION_SOUTH_WEST,
} MarsadDirection;

/* One per name found: a text of nothing but names holds one for every
 * word, so the flags and the small enums are bits (set the flags from 0/1
 * expressions only), the fields are ordered so as to leave no padding, the
 * key is shared (interned), not owned, and what the words already say is
 * not stored again: the end and the sentence are the words', the ends of a
 * tail or a side one bit each (the next word's end), and the starts of a
 * feature word, a direction or a countryside word are where a word a few
 * before the name begins, its proclitic left out (MarsadCandidateAt).
 * 48 bytes where 136, then 80, were; read the derived fields through the
 * accessors below. */
typedef guint16 MarsadCandidateAt;   /* 0: unset (offset 0); MARSAD_AT_START:
                                        the name's start; else (words back << 8) | prefix */
#define MARSAD_AT_START ((MarsadCandidateAt) 0xffff)

typedef struct
{
  guint                first_word;     /* index into doc->norm->words */
  guint                last_word;
  guint                start;          /* original code points, proclitics excluded */
  gint32               record;         /* chosen record, -1 while undecided */
  guint                n_hits;
  MarsadCandidateAt    cue_at;         /* where the cue starts (marsad_candidate_cue_start) */
  MarsadCandidateAt    direction_at;   /* where the direction word starts */
  MarsadCandidateAt    countryside_at; /* where "ريف" starts */
  guint8               demonym;        /* "درنة الليبية": 1 + the demonym's index, 0 for none */
  MarsadFeatureCue     cue : 4;        /* feature word right before */
  MarsadDirection      direction : 4;  /* "غرب العراق": the direction word before */
  MarsadDirection      countryside_direction : 4;
  MarsadMentionRole    role : 3;
  /* a distance cue: "ستين كيلومترا جنوب بغداد" places some other name
   * about km in direction of this one: this one is only a reference */
  guint                is_reference : 1;
  guint                in_directional : 1; /* "لبنان" inside the named "جنوب لبنان" */
  guint                locative : 1;       /* right after في، من، قرب، نحو... */
  guint                continues : 1;      /* a bare word follows: "قرية عرب حسن" */
  guint                countryside : 1;    /* "ريف دير الزور": the country around a city */
  guint                dropped : 1;        /* inside an organisation's name, or rejected */
  guint                person_context : 1; /* after a title: a surname if a mere town */
  guint                needs_company : 1;  /* an ordinary word naming a notable town:
                                              a place only beside another place */
  guint                city_cue : 1;       /* the feature word is مدينة */
  guint                facility : 1;       /* "مستشفى جبلة الوطني": a facility named
                                              after the place, cue_start..tail_end */
  guint                tail : 1;           /* "الدولي"/"الجوية" after the name: the
                                              tail ends with the next word */
  guint                countryside_tail : 1; /* "ريف دير الزور الشرقي": the side named
                                                after the name ends the countryside */
  const char          *key;            /* folded name that matched; interned for the run */
  const MarsadNameHit *hits;           /* into the mapped gazetteer */
} MarsadCandidate;

G_STATIC_ASSERT (sizeof (void *) != 8 || sizeof (MarsadCandidate) == 48);

/* the start of word first_word - back with prefix folded letters left
 * out, as a MarsadCandidateAt */
static inline MarsadCandidateAt
marsad_candidate_at (guint back,
                     guint prefix)
{
  g_assert (back >= 1 && back < 0xff && prefix <= 0xff);
  return (MarsadCandidateAt) (back << 8 | prefix);
}

static inline guint
marsad_candidate_offset (const MarsadNormalized *norm,
                         const MarsadCandidate  *c,
                         MarsadCandidateAt       at)
{
  if (at == 0)
    return 0;
  if (at == MARSAD_AT_START)
    return c->start;
  return marsad_normalized_orig_offset (norm, c->first_word - (at >> 8), at & 0xff);
}

/* past the name's last word */
static inline guint
marsad_candidate_end (const MarsadNormalized *norm,
                      const MarsadCandidate  *c)
{
  return g_array_index (norm->words, MarsadWord, c->last_word).end;
}

static inline guint
marsad_candidate_sentence (const MarsadNormalized *norm,
                           const MarsadCandidate  *c)
{
  return g_array_index (norm->words, MarsadWord, c->first_word).sentence;
}

/* past "الدولي"/"الجوية" after the name, else its end */
static inline guint
marsad_candidate_tail_end (const MarsadNormalized *norm,
                           const MarsadCandidate  *c)
{
  return g_array_index (norm->words, MarsadWord, c->last_word + (c->tail ? 1 : 0)).end;
}

/* where the feature word starts, proclitic left out; 0 when none */
static inline guint
marsad_candidate_cue_start (const MarsadNormalized *norm,
                            const MarsadCandidate  *c)
{
  return marsad_candidate_offset (norm, c, c->cue_at);
}

/* where the direction word starts; 0 when none */
static inline guint
marsad_candidate_direction_start (const MarsadNormalized *norm,
                                  const MarsadCandidate  *c)
{
  return marsad_candidate_offset (norm, c, c->direction_at);
}

/* the countryside's span, "ريف دير الزور الشرقي"; 0, 0 when none */
static inline guint
marsad_candidate_countryside_start (const MarsadNormalized *norm,
                                    const MarsadCandidate  *c)
{
  return marsad_candidate_offset (norm, c, c->countryside_at);
}

static inline guint
marsad_candidate_countryside_end (const MarsadNormalized *norm,
                                  const MarsadCandidate  *c)
{
  if (!c->countryside)
    return 0;
  return g_array_index (norm->words, MarsadWord, c->last_word + (c->countryside_tail ? 1 : 0)).end;
}

/* marsad-geoparser.c */
gboolean marsad_words_adjacent         (const MarsadNormalized *norm,
                                        const MarsadWord       *a,
                                        const MarsadWord       *b);
/* Does any of the hits (those with a name flag of skip_flags left out)
 * name a record that passes test? */
typedef gboolean (*MarsadRecordTest) (const MarsadGazetteerRecord *rec,
                                      gconstpointer                data);
gboolean marsad_hits_any               (const MarsadGazetteer  *gazetteer,
                                        const MarsadNameHit    *hits,
                                        guint                   n_hits,
                                        guint32                 skip_flags,
                                        MarsadRecordTest        test,
                                        gconstpointer           data);
gboolean marsad_record_is_country      (const MarsadGazetteerRecord *rec,
                                        gconstpointer                data);
/* words a and b, indices, joined by white space, dashes or a slash */
gboolean marsad_words_paired           (const MarsadNormalized *norm,
                                        guint                   a,
                                        guint                   b);
void     marsad_geoparser_init_match_words (MarsadGeoparser *self);
/* marsad-geoparser-match.c: every name of the text, in text order; keys
 * interned in keys (and, for a large text's second half, second_keys) */
GArray  *marsad_geoparser_find_candidates (const MarsadGeoparser *self,
                                           const MarsadDocument  *doc,
                                           GStringChunk          *keys,
                                           GStringChunk          *second_keys);
/* the first word ending after original offset, or the number of words */
guint    marsad_geoparser_word_at      (const MarsadNormalized *norm,
                                        guint                   offset);

/* marsad-geoparser-sea.c */
void     marsad_geoparser_init_sea_words (MarsadGeoparser *self);
void     marsad_geoparser_add_sea_places (const MarsadGeoparser *self,
                                          MarsadDocument        *doc,
                                          GHashTable            *by_key);
void     marsad_geoparser_place_at_sea   (MarsadPlace       *place,
                                          const MarsadPlace *base);

/* marsad-geoparser-roads.c */
void     marsad_geoparser_init_road_words (MarsadGeoparser *self);
void     marsad_geoparser_add_road_places (const MarsadGeoparser *self,
                                           MarsadDocument        *doc);

/* marsad-geoparser-border.c */
void     marsad_geoparser_init_border_words (MarsadGeoparser *self);
void     marsad_geoparser_add_border_places (const MarsadGeoparser *self,
                                             MarsadDocument        *doc);

/* marsad-geoparser-derived.c */
MarsadPlace *marsad_geoparser_derived_place (GHashTable        *by_key,
                                             MarsadDocument    *doc,
                                             const MarsadPlace *base,
                                             double             half_width_km,
                                             double             half_height_km,
                                             gboolean           countryside,
                                             MarsadDirection    direction);
void     marsad_place_add_mention      (MarsadPlace       *place,
                                        guint              start,
                                        guint              end,
                                        guint              sentence,
                                        MarsadMentionRole  role);
/* The country "البلاد" at an offset speaks of, offsets asked in text
 * order, for the n_places first places of doc; steps counts the mentions
 * looked at (the linear-time test's). */
typedef struct _MarsadPassageCountries MarsadPassageCountries;
MarsadPassageCountries *marsad_passage_countries_new   (const MarsadDocument *doc,
                                                        guint                 n_places);
void         marsad_passage_countries_free             (MarsadPassageCountries *self);
const char  *marsad_passage_country                    (MarsadPassageCountries *self,
                                                        guint                   offset);
void         marsad_passage_countries_add_mention      (MarsadPassageCountries *self,
                                                        const MarsadPlace      *place,
                                                        guint                   start);
MarsadPlace *marsad_passage_countries_place            (MarsadPassageCountries *self,
                                                        const char             *code);
guint64      marsad_passage_countries_steps            (const MarsadPassageCountries *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadPassageCountries, marsad_passage_countries_free)
void     marsad_geoparser_add_country_sides   (const MarsadGeoparser *self,
                                               MarsadDocument        *doc,
                                               GHashTable            *by_direction);
void     marsad_geoparser_add_relative_places (const MarsadGeoparser *self,
                                               MarsadDocument        *doc,
                                               GHashTable            *by_key);

/* marsad-geoparser-cues.c */
void     marsad_geoparser_init_cue_words (MarsadGeoparser *self);
/* "السورية", "واللبناني": the ISO code of the country word w is the
 * nationality adjective of, or NULL */
const char *marsad_geoparser_demonym_country (const MarsadGeoparser  *self,
                                              const MarsadNormalized *norm,
                                              guint                   w);
MarsadDirection marsad_geoparser_direction_before (const MarsadGeoparser  *self,
                                                   const MarsadNormalized *norm,
                                                   guint                   w,
                                                   guint                  *start);
/* the same, saying where it begins as a word index and a prefix */
MarsadDirection marsad_geoparser_direction_word_before (const MarsadGeoparser  *self,
                                                        const MarsadNormalized *norm,
                                                        guint                   w,
                                                        guint                  *word,
                                                        guint                  *prefix);
/* the ISO code of the country a nationality word at w names ("مسؤول
 * أردني", "العراقيون"), or NULL */
const char *marsad_geoparser_nationality_country (const MarsadGeoparser  *self,
                                                  const MarsadNormalized *norm,
                                                  guint                   w);
/* the ISO code of candidate c's demonym ("درنة الليبية": "LY"), or NULL */
const char *marsad_candidate_demonym_country (const MarsadCandidate *c);
/* A town big enough that its name, an ordinary word too (مشهد، الباب،
 * الميادين), is worth checking for a place beside it. */
#define MARSAD_NOTABLE_TOWN_POPULATION 40000

/* marsad-geoparser-company.c: the record of candidate i, an ordinary word
 * with no feature word, when it names a notable town with a place of the
 * town's country beside it; else -1. */
gint64 marsad_geoparser_notable_in_company (const MarsadGeoparser *self,
                                            const MarsadDocument  *doc,
                                            const GArray          *candidates,
                                            guint                  i);

/* marsad-geoparser-facility.c: "مستشفى جبلة الوطني", "مصفاة الزاوية" */
void     marsad_geoparser_init_facility_words (MarsadGeoparser *self);
void     marsad_geoparser_find_named_facility (const MarsadGeoparser  *self,
                                               const MarsadNormalized *norm,
                                               MarsadCandidate        *c);
/* the English word of the facility candidate c names ("hospital") */
const char *marsad_geoparser_facility_word_en (const MarsadGeoparser  *self,
                                               const MarsadNormalized *norm,
                                               const MarsadCandidate  *c);

/* The cue that word w is, or MARSAD_CUE_NONE. */
MarsadFeatureCue marsad_geoparser_cue_at (const MarsadGeoparser  *self,
                                          const MarsadNormalized *norm,
                                          guint                   w);
void     marsad_geoparser_find_cues    (const MarsadGeoparser  *self,
                                        const MarsadNormalized *norm,
                                        MarsadCandidate        *c);

/* marsad-roles.c: the lexicons, then drop_org_names before
 * disambiguation and assign_roles after */
void     marsad_geoparser_init_role_words (MarsadGeoparser *self);
void     marsad_geoparser_init_name_words (MarsadGeoparser *self);
void     marsad_geoparser_drop_org_names (const MarsadGeoparser *self,
                                          const MarsadDocument  *doc,
                                          GArray                *candidates);
void     marsad_geoparser_assign_roles (const MarsadGeoparser *self,
                                        const MarsadDocument  *doc,
                                        GArray                *candidates);

/* marsad-geoparser-unknown.c: the lexicons, then unknown places after
 * the known places are in doc */
void     marsad_geoparser_init_unknown_words (MarsadGeoparser *self);
void     marsad_geoparser_add_unknown_places (const MarsadGeoparser *self,
                                              MarsadDocument        *doc);

/* marsad-disambiguate.c */
void     marsad_geoparser_init_person_words (MarsadGeoparser *self);
void     marsad_geoparser_disambiguate (const MarsadGeoparser *self,
                                        const MarsadDocument  *doc,
                                        GArray                *candidates);

/* The word distance words before candidate c, or the one right after it
 * in its sentence, is one of set; the one before takes the article. */
static inline gboolean
marsad_geoparser_word_before_is (const MarsadNormalized *norm,
                                 const MarsadCandidate  *c,
                                 guint                   distance,
                                 const MarsadWordSet    *set)
{
  if (c->first_word < distance)
    return FALSE;
  return marsad_word_set_lookup (set, norm, c->first_word - distance, NULL) >= 0;
}

/* the word distance words before the name takes the article */
static inline gboolean
marsad_geoparser_word_before_is_definite (const MarsadNormalized *norm,
                                          const MarsadCandidate  *c,
                                          guint                   distance)
{
  const MarsadWord *w;

  if (c->first_word < distance)
    return FALSE;
  w = &g_array_index (norm->words, MarsadWord, c->first_word - distance);
  return w->norm_end - w->norm_start > 3 && norm->chars[w->norm_start] == 0x0627 &&   /* ا */
         norm->chars[w->norm_start + 1] == 0x0644;                                   /* ل */
}

static inline gboolean
marsad_geoparser_word_after_is (const MarsadNormalized *norm,
                                const MarsadCandidate  *c,
                                const MarsadWordSet    *set)
{
  guint next = c->last_word + 1;

  if (next >= norm->words->len ||
      g_array_index (norm->words, MarsadWord, next).sentence != marsad_candidate_sentence (norm, c))
    return FALSE;
  return marsad_word_set_lookup (set, norm, next, NULL) >= 0;
}

G_END_DECLS
