/* marsad-geoparser-cues.c: what the words around a name say about it
 *
 * A feature word before it (منطقة، قاعدة، مطار), a direction (غرب العراق), the
 * countryside of a city (ريف دير الزور الشرقي), a preposition of place, an
 * honorific after it (مكة المكرمة), or a bare word that may continue a
 * longer name the gazetteer lacks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "marsad-geoparser-private.h"


/* "مدينة درنة الليبية", "بلدة الباب السورية": the adjective after a name
 * says whose it is. Folded forms, feminine and masculine; codes in step. */
static const char * const demonym_words[] = {
  "الليبيه", "الليبي", "السوريه", "السوري", "العراقيه", "العراقي", "اليمنيه", "اليمني",
  "اللبنانيه", "اللبناني", "المصريه", "المصري", "السودانيه", "السوداني", "الاردنيه", "الاردني",
  "الفلسطينيه", "الفلسطيني", "السعوديه", "السعودي", "التركيه", "التركي", "الايرانيه", "الايراني",
  "الاسراييليه", "الاسراييلي", "الصوماليه", "الصومالي", "التونسيه", "التونسي", "الجزايريه",
  "الجزايري", "المغربيه", "المغربي", "القطريه", "القطري", "الكويتيه", "الكويتي", "البحرينيه",
  "البحريني", "الاماراتيه", "الاماراتي", "العمانيه", "العماني", "الموريتانيه", "الموريتاني",
  "الافغانيه", "الافغاني", "الباكستانيه", "الباكستاني", "الاوكرانيه", "الاوكراني", "الروسيه",
  "الروسي", "الصينيه", "الصيني", "الامريكيه", "الامريكي", "الاميركيه", "الاميركي", "الفرنسيه",
  "الفرنسي", "البريطانيه", "البريطاني", "الالمانيه", "الالماني", "الهنديه", "الهندي",
  "اليابانيه", "الياباني", "الايطاليه", "الايطالي", "الاسبانيه", "الاسباني", "الاثيوبيه",
  "الاثيوبي", "التشاديه", "التشادي", "الاريتريه", "الاريتري", "النيجيريه", "النيجيري",
  "الكينيه", "الكيني", "اليونانيه", "اليوناني", "القبرصيه", "القبرصي", NULL,
};
static const char * const demonym_countries[] = {
  "LY", "LY", "SY", "SY", "IQ", "IQ", "YE", "YE", "LB", "LB", "EG", "EG", "SD", "SD", "JO", "JO",
  "PS", "PS", "SA", "SA", "TR", "TR", "IR", "IR", "IL", "IL", "SO", "SO", "TN", "TN", "DZ", "DZ",
  "MA", "MA", "QA", "QA", "KW", "KW", "BH", "BH", "AE", "AE", "OM", "OM", "MR", "MR", "AF", "AF",
  "PK", "PK", "UA", "UA", "RU", "RU", "CN", "CN", "US", "US", "US", "US", "FR", "FR", "GB", "GB",
  "DE", "DE", "IN", "IN", "JP", "JP", "IT", "IT", "ES", "ES", "ET", "ET", "TD", "TD", "ER", "ER",
  "NG", "NG", "KE", "KE", "GR", "GR", "CY", "CY",
};
G_STATIC_ASSERT (G_N_ELEMENTS (demonym_words) == G_N_ELEMENTS (demonym_countries) + 1);

/* Feature words, folded; cue_kinds[] says what each announces. */
static const char * const cue_words[] = {
  "منطقه", "منطقتي", "مدينه", "مدينتي", "بلده", "بلدتي", "قريه", "قريتي", "حي", "احياء",
  "قاعده", "قاعدتي", "معسكر",
  "مطار", "مطاري",
  "مخيم", "مخيمي",
  "محافظه", "محافظتي", "ولايه", "اقليم",
  "قضاء", "ناحيه",
  "بحر", "نهر", "خليج", "بحيره", "مضيق",
  "قطاع",
  "دوله",
  "مستعمره", "مستوطنه",
  NULL
};

/* Feature words in the dual, that announce two names ("بلدتي X وY"), and
 * how many words back from the second one may stand. (Plural lists, "قرى
 * X وY وZ", are read as lists: marsad-geoparser-unknown.c.) */
static const char * const list_cue_words[] = {
  "منطقتي", "مدينتي", "بلدتي", "قريتي", NULL
};
#define LIST_CUE_REACH 6

/* Prepositions of place: after one, a village name in the article's
 * country is a likelier reading ("قصف في الباغوز"). */
static const char * const locative_words[] = {
  "في", "من", "الي", "قرب", "نحو", "باتجاه", "ضواحي", "محيط", "اطراف", "داخل", "شمال", "جنوب",
  "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "بين", "حتي", "مدخل", NULL
};

/* Streets, squares and bridges are named after places: "جسر الزيتون" is
 * no mention of the town of الزيتون. */
static const char * const facility_heads[] = {
  "جسر", "ساحه", "شارع", "دوار", "ميدان", "طريق", "نفق", "مسجد", "جامع", "كنيسه", NULL
};

static const char * const countryside_words[] = { "ريف", "الريف", NULL };

static const char * const facility_tail_words[] = {
  "الجويه", "العسكريه", "البحريه", "الدولي", "العسكري", "الجوي",
  /* "مستشفى جبلة الوطني", "محطة بحري الحرارية", "حقل خورمالة النفطي" */
  "الوطني", "الحكومي", "التعليمي", "الجامعي", "التخصصي", "الميداني", "المركزي", "الطبي",
  "الحراريه", "الكهربائيه", "للكهرباء", "النفطي", "الغازي",
  /* plants of every kind: "محطة المرخيات التحويلية", "محطة بوشهر النووية" */
  "التحويليه", "الفرعيه", "الكهرومائيه", "البخاريه", "الغازيه", "النوويه", "للمياه",
  /* "مستشفى الثورة العام", "مستشفى الشفاء الأهلي" */
  "العام", "الاهلي", "المرجعي", NULL
};

/* Words that open a place name and need the next word: "عين زارة" is no
 * mention of a place called عين */
static const char * const name_head_words[] = {
  "عين", "تل", "كفر", "بيت", "دير", "عرب", "بئر", "بير", "جبل", "وادي", "خربه", "ام", "ابو",
  "راس", "قصر", "مرج", "حاره", "تله", "ذات", "سيدي", "عيتا", "مجدل", "كفار", "النبي", "الشيخ", NULL
};

/* The side of a countryside, after the name: "ريف حلب الشمالي" */
static const char * const side_words[] = { "الشمالي", "الجنوبي", "الشرقي", "الغربي", NULL };
static const MarsadDirection side_kinds[] = {
  MARSAD_DIRECTION_NORTH, MARSAD_DIRECTION_SOUTH, MARSAD_DIRECTION_EAST, MARSAD_DIRECTION_WEST,
};

/* Honorifics after a city's name are no part of it: "مكة المكرمة",
 * "النجف الأشرف", "القدس المحتلة". (Medina's is: "المدينة" alone is "the
 * city", so "المدينة المنورة" is a name of the gazetteer's.) */
static const char * const epithet_words[] = {
  "المكرمه", "الشريف", "الاشرف", "المقدسه", "المحتله", "المحتل", "الشعبيه", NULL
};

static const MarsadFeatureCue cue_kinds[] = {
  MARSAD_CUE_PLACE, MARSAD_CUE_PLACE, MARSAD_CUE_PLACE, MARSAD_CUE_PLACE, MARSAD_CUE_PLACE,
  MARSAD_CUE_PLACE, MARSAD_CUE_PLACE, MARSAD_CUE_PLACE, MARSAD_CUE_PLACE, MARSAD_CUE_PLACE,
  MARSAD_CUE_BASE, MARSAD_CUE_BASE, MARSAD_CUE_BASE,
  MARSAD_CUE_AIRPORT, MARSAD_CUE_AIRPORT,
  MARSAD_CUE_CAMP, MARSAD_CUE_CAMP,
  MARSAD_CUE_ADMIN, MARSAD_CUE_ADMIN, MARSAD_CUE_ADMIN, MARSAD_CUE_ADMIN,
  MARSAD_CUE_DISTRICT, MARSAD_CUE_DISTRICT,
  MARSAD_CUE_WATER, MARSAD_CUE_WATER, MARSAD_CUE_WATER, MARSAD_CUE_WATER, MARSAD_CUE_WATER,
  MARSAD_CUE_ADMIN,
  MARSAD_CUE_COUNTRY,
  MARSAD_CUE_SETTLEMENT, MARSAD_CUE_SETTLEMENT,
};

static const char * const direction_words[] = {
  "شمال", "شمالي", "جنوب", "جنوبي", "شرق", "شرقي", "غرب", "غربي", "وسط", NULL
};

static const MarsadDirection direction_kinds[] = {
  MARSAD_DIRECTION_NORTH, MARSAD_DIRECTION_NORTH, MARSAD_DIRECTION_SOUTH, MARSAD_DIRECTION_SOUTH,
  MARSAD_DIRECTION_EAST, MARSAD_DIRECTION_EAST, MARSAD_DIRECTION_WEST, MARSAD_DIRECTION_WEST,
  MARSAD_DIRECTION_CENTRE,
};

G_STATIC_ASSERT (G_N_ELEMENTS (cue_words) == G_N_ELEMENTS (cue_kinds) + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (direction_words) == G_N_ELEMENTS (direction_kinds) + 1);

/* "بالسودان", "للجيش", "والقرى": a clitic preposition or و before the
 * article opens a phrase of its own */
static gboolean
opens_another_phrase (const gunichar *n)
{
  gboolean clitic = n[0] == 0x0628 || n[0] == 0x0643 || n[0] == 0x0648 || n[0] == 0x0641;   /* ب ك و ف */

  return (clitic && n[1] == 0x0627 && n[2] == 0x0644) ||
         (n[0] == 0x0644 && n[1] == 0x0644);                                                  /* لل */
}

void
marsad_geoparser_find_cues (const MarsadGeoparser  *self,
           const MarsadNormalized *norm,
           MarsadCandidate        *c)
{
  const MarsadWord *first = &g_array_index (norm->words, MarsadWord, c->first_word);
  guint before = c->first_word;
  int k;

  guint cue_prefix = 0;

  if (before > 0 && marsad_words_adjacent (norm, &g_array_index (norm->words, MarsadWord, before - 1), first) &&
      (k = marsad_word_set_lookup (self->cue_words, norm, before - 1, &cue_prefix)) >= 0)
    {
      c->cue = cue_kinds[k];
      c->city_cue = g_str_has_prefix (cue_words[k], "مدين");
      c->cue_at = marsad_candidate_at (c->first_word - (before - 1), cue_prefix);
      before--;
      /* "مطار مصراتة الدولي": the facility's name runs on */
      if (c->last_word + 1 < norm->words->len &&
          marsad_words_adjacent (norm, &g_array_index (norm->words, MarsadWord, c->last_word),
                                 &g_array_index (norm->words, MarsadWord, c->last_word + 1)) &&
          marsad_word_set_lookup (self->facility_tails, norm, c->last_word + 1, NULL) >= 0)
        c->tail = TRUE;
    }

  marsad_geoparser_find_named_facility (self, norm, c);

  /* "بلدتي شيحين والجبين": the name after و is announced by the dual too */
  if (c->cue == MARSAD_CUE_NONE && c->start > first->start && norm->chars[first->norm_start] == 0x0648)   /* و */
    {
      for (guint w = before, steps = 0; w > 0 && steps < LIST_CUE_REACH; w--, steps++)
        {
          if (!marsad_words_adjacent (norm, &g_array_index (norm->words, MarsadWord, w - 1),
                                      &g_array_index (norm->words, MarsadWord, w)))
            break;
          if ((k = marsad_word_set_lookup (self->list_cue_words, norm, w - 1, NULL)) >= 0)
            {
              c->cue = MARSAD_CUE_PLACE;
              c->city_cue = g_str_has_prefix (list_cue_words[k], "مدين");
              c->cue_at = MARSAD_AT_START;
              break;
            }
        }
    }

  /* A name glued to a following word without the article may be only the
   * start of a longer name the gazetteer lacks ("قرية عرب حسن") */
  if (c->last_word + 1 < norm->words->len)
    {
      const MarsadWord *last = &g_array_index (norm->words, MarsadWord, c->last_word);
      const MarsadWord *next = &g_array_index (norm->words, MarsadWord, c->last_word + 1);
      const gunichar *n = norm->chars + next->norm_start;

      c->continues = marsad_words_adjacent (norm, last, next) && n[0] >= 0x0621 && n[0] <= 0x064A &&
                     !(next->norm_end - next->norm_start > 2 && n[0] == 0x0627 && n[1] == 0x0644) &&
                     /* "مدينة الأبيض بالسودان": a preposition and the article open another phrase */
                     !(next->norm_end - next->norm_start > 3 && opens_another_phrase (n)) &&
                     marsad_word_set_lookup (self->function_words, norm, c->last_word + 1, NULL) < 0 &&
                     marsad_word_set_lookup (self->locatives, norm, c->last_word + 1, NULL) < 0 &&
                     marsad_word_set_lookup (self->direction_words, norm, c->last_word + 1, NULL) < 0;
    }

  /* "الريف الشمالي لحلب": the same countryside told the other way round */
  if (c->cue == MARSAD_CUE_NONE && before >= 2 && c->start > first->start &&
      norm->chars[first->norm_start] == 0x0644 &&                          /* ل */
      marsad_words_adjacent (norm, &g_array_index (norm->words, MarsadWord, before - 1), first) &&
      marsad_words_adjacent (norm, &g_array_index (norm->words, MarsadWord, before - 2),
                             &g_array_index (norm->words, MarsadWord, before - 1)) &&
      (k = marsad_word_set_lookup (self->side_words, norm, before - 1, NULL)) >= 0 &&
      marsad_word_set_lookup (self->countryside_words, norm, before - 2, NULL) >= 0)
    {
      guint prefix = 0;

      marsad_word_set_lookup (self->countryside_words, norm, before - 2, &prefix);
      c->countryside = TRUE;
      c->countryside_direction = side_kinds[k];
      c->countryside_at = marsad_candidate_at (c->first_word - (before - 2), prefix);
      before -= 2;
    }

  /* "ريف دير الزور الشرقي": the countryside of a city, perhaps one side */
  if (c->cue == MARSAD_CUE_NONE && !c->countryside && before > 0 &&
      marsad_words_adjacent (norm, &g_array_index (norm->words, MarsadWord, before - 1), first) &&
      marsad_word_set_lookup (self->countryside_words, norm, before - 1, NULL) >= 0)
    {
      guint prefix = 0;

      marsad_word_set_lookup (self->countryside_words, norm, before - 1, &prefix);
      c->countryside = TRUE;
      c->countryside_at = marsad_candidate_at (c->first_word - (before - 1), prefix);
      if (c->last_word + 1 < norm->words->len &&
          marsad_words_adjacent (norm, &g_array_index (norm->words, MarsadWord, c->last_word),
                          &g_array_index (norm->words, MarsadWord, c->last_word + 1)) &&
          (k = marsad_word_set_lookup (self->side_words, norm, c->last_word + 1, NULL)) >= 0)
        {
          c->countryside_direction = side_kinds[k];
          c->countryside_tail = TRUE;
        }
      before--;
    }

  if (before > 0 && marsad_word_set_lookup (self->locatives, norm, before - 1, NULL) >= 0)
    c->locative = TRUE;

  if (c->last_word + 1 < norm->words->len &&
      marsad_words_adjacent (norm, &g_array_index (norm->words, MarsadWord, c->last_word),
                             &g_array_index (norm->words, MarsadWord, c->last_word + 1)) &&
      (k = marsad_word_set_lookup (self->demonyms, norm, c->last_word + 1, NULL)) >= 0)
    c->demonym = (guint8) (k + 1);

  if (before > 0)
    {
      guint word = 0, prefix = 0;

      c->direction = marsad_geoparser_direction_word_before (self, norm, before, &word, &prefix);
      if (c->direction != MARSAD_DIRECTION_NONE)
        c->direction_at = marsad_candidate_at (c->first_word - word, prefix);
    }
}

const char *
marsad_candidate_demonym_country (const MarsadCandidate *c)
{
  return c->demonym > 0 ? demonym_countries[c->demonym - 1] : NULL;
}


/* the country the text is about, as in "شمال غربي البلاد" */
static const char * const the_country_words[] = { "البلاد", NULL };

const char *
marsad_geoparser_demonym_country (const MarsadGeoparser  *self,
                                  const MarsadNormalized *norm,
                                  guint                   w)
{
  int k;

  if (w >= norm->words->len || (k = marsad_word_set_lookup (self->demonyms, norm, w, NULL)) < 0)
    return NULL;
  return demonym_countries[k];
}

/* Every form of a demonym, for the country a text speaks of: the table's
 * with and without the article, and the masculine plurals of each
 * ("مسؤول أردني", "العراقيون", "لبنانيين"). Index k of this set is the
 * demonym (k / NATIONALITY_FORMS). */
#define NATIONALITY_FORMS 6

static MarsadWordSet *
nationality_set_new (void)
{
  g_autoptr(GPtrArray) forms = g_ptr_array_new_with_free_func (g_free);
  MarsadWordSet *set;

  for (guint k = 0; demonym_words[k] != NULL; k++)
    {
      const char *bare = demonym_words[k] + strlen ("ال");
      gboolean masculine = !g_str_has_suffix (demonym_words[k], "ه");

      g_ptr_array_add (forms, g_strdup (demonym_words[k]));
      g_ptr_array_add (forms, g_strdup (bare));
      /* a feminine form has no plural of its own here: empty words are
       * skipped, and keep the indices in step */
      g_ptr_array_add (forms, masculine ? g_strconcat (demonym_words[k], "ون", NULL) : g_strdup (""));
      g_ptr_array_add (forms, masculine ? g_strconcat (demonym_words[k], "ين", NULL) : g_strdup (""));
      g_ptr_array_add (forms, masculine ? g_strconcat (bare, "ون", NULL) : g_strdup (""));
      g_ptr_array_add (forms, masculine ? g_strconcat (bare, "ين", NULL) : g_strdup (""));
    }
  g_ptr_array_add (forms, NULL);
  set = marsad_word_set_new ((const char * const *) forms->pdata);
  return set;
}

const char *
marsad_geoparser_nationality_country (const MarsadGeoparser  *self,
                                      const MarsadNormalized *norm,
                                      guint                   w)
{
  int k = marsad_word_set_lookup (self->nationalities, norm, w, NULL);

  return k < 0 ? NULL : demonym_countries[k / NATIONALITY_FORMS];
}

void
marsad_geoparser_init_cue_words (MarsadGeoparser *self)
{
  self->cue_words = marsad_word_set_new (cue_words);
  self->list_cue_words = marsad_word_set_new (list_cue_words);
  self->direction_words = marsad_word_set_new (direction_words);
  self->epithets = marsad_word_set_new (epithet_words);
  self->locatives = marsad_word_set_new (locative_words);
  self->facility_heads = marsad_word_set_new (facility_heads);
  self->countryside_words = marsad_word_set_new (countryside_words);
  self->side_words = marsad_word_set_new (side_words);
  self->the_country_words = marsad_word_set_new (the_country_words);
  self->facility_tails = marsad_word_set_new (facility_tail_words);
  self->name_heads = marsad_word_set_new (name_head_words);
  self->demonyms = marsad_word_set_new (demonym_words);
  self->nationalities = nationality_set_new ();
}

MarsadFeatureCue
marsad_geoparser_cue_at (const MarsadGeoparser  *self,
                         const MarsadNormalized *norm,
                         guint                   w)
{
  int k = marsad_word_set_lookup (self->cue_words, norm, w, NULL);

  return k >= 0 ? cue_kinds[k] : MARSAD_CUE_NONE;
}

/* The direction written right before word w ("غرب", "شمال شرقي"), or
 * MARSAD_DIRECTION_NONE; it begins at word *word, *start_prefix folded
 * letters of proclitic left out. */
MarsadDirection
marsad_geoparser_direction_word_before (const MarsadGeoparser  *self,
                                        const MarsadNormalized *norm,
                                        guint                   w,
                                        guint                  *word,
                                        guint                  *start_prefix)
{
  const MarsadWord *prev;
  MarsadDirection d;
  guint prefix = 0;
  int k, k2;

  if (w == 0)
    return MARSAD_DIRECTION_NONE;
  prev = &g_array_index (norm->words, MarsadWord, w - 1);
  if (!marsad_words_adjacent (norm, prev, &g_array_index (norm->words, MarsadWord, w)) ||
      (k = marsad_word_set_lookup (self->direction_words, norm, w - 1, &prefix)) < 0)
    return MARSAD_DIRECTION_NONE;

  d = direction_kinds[k];
  *word = w - 1;
  *start_prefix = prefix;
  /* شمال شرق العراق: a compound direction */
  if (w >= 2 &&
      (k2 = marsad_word_set_lookup (self->direction_words, norm, w - 2, &prefix)) >= 0 &&
      marsad_words_adjacent (norm, &g_array_index (norm->words, MarsadWord, w - 2), prev))
    {
      MarsadDirection d1 = direction_kinds[k2];
      MarsadDirection both = d;

      if (d1 == MARSAD_DIRECTION_NORTH && d == MARSAD_DIRECTION_EAST)
        both = MARSAD_DIRECTION_NORTH_EAST;
      else if (d1 == MARSAD_DIRECTION_NORTH && d == MARSAD_DIRECTION_WEST)
        both = MARSAD_DIRECTION_NORTH_WEST;
      else if (d1 == MARSAD_DIRECTION_SOUTH && d == MARSAD_DIRECTION_EAST)
        both = MARSAD_DIRECTION_SOUTH_EAST;
      else if (d1 == MARSAD_DIRECTION_SOUTH && d == MARSAD_DIRECTION_WEST)
        both = MARSAD_DIRECTION_SOUTH_WEST;
      if (both != d)
        {
          *word = w - 2;
          *start_prefix = prefix;
          d = both;
        }
    }
  return d;
}

/* the same; *start is where it begins, proclitic left out */
MarsadDirection
marsad_geoparser_direction_before (const MarsadGeoparser  *self,
                                   const MarsadNormalized *norm,
                                   guint                   w,
                                   guint                  *start)
{
  guint word = 0, prefix = 0;
  MarsadDirection d = marsad_geoparser_direction_word_before (self, norm, w, &word, &prefix);

  if (d != MARSAD_DIRECTION_NONE)
    *start = marsad_normalized_orig_offset (norm, word, prefix);
  return d;
}
