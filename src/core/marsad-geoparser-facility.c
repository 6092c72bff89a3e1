/* marsad-geoparser-facility.c: facilities named after the place they stand in
 *
 * "مستشفى جبلة الوطني", "محطة بحري الحرارية", "حقل خورمالة النفطي",
 * "مصفاة الزاوية": the gazetteer has the town, not the facility. The
 * facility is a place of its own, at the town, approximately (as a camp
 * named after a town is), and the span is no mention of the town. Its
 * head word alone says little ("جامعة بغداد" is the university, an
 * organisation; "سوق دمشق" may be the market or the exchange), so the
 * facility is read only when a word after the name says what it is
 * ("الوطني", "الحرارية", "النفطي"), or the head cannot be anything else.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "marsad-geoparser-unknown-private.h"

static const char * const named_facility_heads[] = {
  "مستشفي", "سوق", "محطه", "حقل", "مصفاه", "مدرسه", "جامعه", "سجن", "ميناء", "معبر",
  "مجمع", NULL
};
static const char * const named_facility_heads_en[] = {
  "hospital", "market", "station", "field", "refinery", "school", "university", "prison",
  "port", "crossing", "complex",
};
G_STATIC_ASSERT (G_N_ELEMENTS (named_facility_heads) == G_N_ELEMENTS (named_facility_heads_en) + 1);

/* heads that name a facility with no word after the name */
#define STRONG_HEAD 4   /* مصفاة */

/* "المستشفى السعودي", "المستشفى الجنوبي", "المستشفى الإسلامي": a hospital
 * with the article is named by the adjective after it, a country's (who
 * built it) or a side of the town; "المستشفى الميداني" or "الحكومي" says
 * only what kind it is, and is no name */
static const char * const definite_facility_heads[] = { "المستشفي", NULL };
static const char * const definite_facility_names[] = {
  "الجنوبي", "الشمالي", "الشرقي", "الغربي", "الاسلامي", "الاهلي", "المعمداني", "الوطني", NULL
};

void
marsad_geoparser_init_facility_words (MarsadGeoparser *self)
{
  self->named_facility_heads = marsad_word_set_new (named_facility_heads);
  self->definite_facility_heads = marsad_word_set_new (definite_facility_heads);
  self->definite_facility_names = marsad_word_set_new (definite_facility_names);
}

gboolean
marsad_unknown_definite_facility (const MarsadGeoparser  *self,
                                  const MarsadNormalized *norm,
                                  guint                   w,
                                  const guint8           *known,
                                  Mention                *m)
{
  guint prefix = 0, name_prefix = 1;

  if (w + 1 >= norm->words->len || known[w] || known[w + 1] ||
      marsad_word_set_lookup (self->definite_facility_heads, norm, w, &prefix) < 0 ||
      !marsad_words_adjacent (norm, &g_array_index (norm->words, MarsadWord, w),
                              &g_array_index (norm->words, MarsadWord, w + 1)))
    return FALSE;
  /* the adjective as it stands, with no proclitic of its own */
  if ((marsad_word_set_lookup (self->demonyms, norm, w + 1, &name_prefix) < 0 &&
       marsad_word_set_lookup (self->definite_facility_names, norm, w + 1, &name_prefix) < 0) ||
      name_prefix != 0)
    return FALSE;
  m->first_word = m->last_word = w + 1;
  m->prefix = 0;
  m->kind = "facility";
  m->head_start = marsad_normalized_orig_offset (norm, w, prefix);
  m->tail_end = 0;
  return TRUE;
}

void
marsad_geoparser_find_named_facility (const MarsadGeoparser  *self,
                                      const MarsadNormalized *norm,
                                      MarsadCandidate        *c)
{
  const MarsadWord *first = &g_array_index (norm->words, MarsadWord, c->first_word);
  guint head_prefix = 0;
  gboolean tail = FALSE;
  int k;

  /* the name in construct right after the head: "مستشفى جبلة", not "مستشفى بجبلة" */
  if (c->cue != MARSAD_CUE_NONE || c->first_word == 0 || c->start != first->start ||
      !marsad_words_adjacent (norm, &g_array_index (norm->words, MarsadWord, c->first_word - 1), first) ||
      (k = marsad_word_set_lookup (self->named_facility_heads, norm, c->first_word - 1, &head_prefix)) < 0)
    return;
  if (c->last_word + 1 < norm->words->len &&
      marsad_words_adjacent (norm, &g_array_index (norm->words, MarsadWord, c->last_word),
                             &g_array_index (norm->words, MarsadWord, c->last_word + 1)) &&
      marsad_word_set_lookup (self->facility_tails, norm, c->last_word + 1, NULL) >= 0)
    tail = TRUE;
  if (!tail && k != STRONG_HEAD)
    return;
  c->facility = 1;
  c->cue_at = marsad_candidate_at (1, head_prefix);
  c->tail = tail;
}

const char *
marsad_geoparser_facility_word_en (const MarsadGeoparser  *self,
                                   const MarsadNormalized *norm,
                                   const MarsadCandidate  *c)
{
  int k = c->first_word > 0 ? marsad_word_set_lookup (self->named_facility_heads, norm, c->first_word - 1, NULL) : -1;

  return k >= 0 ? named_facility_heads_en[k] : "facility";
}
