/* marsad-geoparser-names.c: place names that name no place here
 *
 * A place name inside an organisation's name (القيادة المركزية الأميركية في
 * الشرق الأوسط، جامعة بغداد), a club's (فاز برشلونة), a news agency's (الدوحة -
 * قنا), or a person's (وزير الدفاع لويد أوستن، محمد بنيس، الإمام علي) is no
 * mention of a place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "marsad-geoparser-private.h"

/* Heads of organisation names that take a place after "في":
 * "بعثة الأمم المتحدة في العراق", "الدولة الإسلامية في العراق والشام".
 * (An embassy is where it stands: "انفجار السفارة العراقية في بيروت".) */
static const char * const org_heads_before_fi[] = {
  "القياده", "قياده", "بعثه", "المقاومه", "الدوله", "تنظيم", NULL
};

/* Heads of organisation names in a construct with the place right after:
 * "جامعة بغداد", "نادي الزمالك", "وكالة أنباء". */
static const char * const org_heads_construct[] = {
  "جامعه", "بنك", "مصرف", "شركه", "صحيفه", "وكاله", "اذاعه", "راديو", "تلفزيون", "قناه", "نادي",
  "فريق", "متحف", "مستشفى", "مستشفي", "معهد", "اكاديميه", "بورصه", "سوق",
  /* clubs named after a city: "ريال مدريد", "دينامو كييف" */
  "ريال", "اتلتيكو", "دينامو", "سبارتاك", "لوكوموتيف", "انتر", "بايرن", "فيردر", "بوروسيا",
  "اولمبيك", "سبورتنغ", "سبورتينغ", "باريس سان", "كاس", "بطوله", "دوري",
  /* armed groups, publishers and prayers named after a place: "سرايا
   * القدس", "فيلق القدس", "جريدة الرياض", "صلاة المغرب" */
  "سرايا", "فيلق", "جريده", "مجله", "مؤسسه", "صلاه", "اذان", NULL
};

/* A national side is its country's ("منتخب فرنسا" names France, as
 * ANERcorp codes it); a side named after a town is a club ("منتخب القاهرة"). */
static const char * const side_heads[] = { "منتخب", "منتخبي", NULL };

/* News agencies whose names are towns' too: Qatar's QNA (Qena), Jordan's
 * Petra, the UAE's WAM, Saudi SPA, Kuwait's KUNA, Iraq's INA, Palestine's
 * WAFA; and the word that announces one. */
static const char * const agency_names[] = { "قنا", "بترا", "وام", "واس", "كونا", "واع", "وفا", NULL };
static const char * const agency_words[] = { "وكاله", "الوكاله", NULL };
/* an outlet named after a region, told something: "قال للأناضول",
 * "في تصريح للأناضول" (Anatolia is never where one speaks to) */
static const char * const outlet_names[] = { "الاناضول", NULL };

/* Outlets and groups whose names, in guillemets, hold a place's: "شبكة
 * «السويداء 24»", "موقع «تجمع أحرار حوران»", "فصيل «جيش الإسلام»". */
static const char * const named_org_heads[] = {
  "شبكه", "الشبكه", "موقع", "الموقع", "قناه", "القناه", "صحيفه", "الصحيفه", "اذاعه", "الاذاعه",
  "تلفزيون", "صفحه", "الصفحه", "منصه", "المنصه", "حساب", "تجمع", "مجموعه", "فصيل", "الفصيل",
  "حركه", "تحالف", "غرفه", "لواء", "كتيبه", "كتايب", NULL
};
#define NAMED_ORG_WORDS 6

/* ... and after it: "مانشستر يونايتد" */
static const char * const org_tails[] = {
  "يونايتد", "سيتي", "هوتسبير", "ميلان",
  /* newspapers: "نيويورك تايمز", "واشنطن بوست" */
  "تايمز", "بوست", "جورنال", "تريبيون", "هيرالد", NULL
};

/* A club is named by its city: "فاز برشلونة على ريال مدريد", "ستاد القاهرة",
 * "تعادل الزمالك مع الأهلي". A name right after a word of the game, or
 * right before "على/مع" after one, is a team, not a place. */
static const char * const sports_words[] = {
  "فاز", "فوز", "يفوز", "تغلب", "يتغلب", "هزم", "يهزم", "تعادل", "يتعادل", "خسر", "يخسر",
  "ستاد", "استاد", "ملعب", "مباراه", "مباريات", "لاعب", "لاعبي", "مدرب", "مهاجم", "مشجعي",
  "هدفين", "بهدفين", NULL
};

/* The talk of a match: a passage with several of these is about the game,
 * and a city named there without "في" is a club ("أنقذ ميسي برشلونة"). */
static const char * const game_words[] = {
  "مباراه", "المباراه", "مباريات", "المباريات", "الدوري", "دوري", "هدف", "هدفا", "الهدف",
  "هدفين", "الشوط", "مرمي", "حارس", "اللاعب", "لاعب", "لاعبي", "المدرب", "مدرب", "ركله",
  "بطوله", "البطوله", "الكاس", "كاس", "فريق", "فريقه", "الفريق", "نادي", "النادي", "لقب",
  "اللقب", "تعادل", "بالتعادل", "فاز", "الفوز", "مهاجم", "المهاجم", "مهاجمه", "الموسم",
  "صفوف", "المنتخب", "الدقيقه", "يستضيف", "ضيفه", "الملعب", "ملعب", "المسابقه", "ابطال",
  "الاياب", "الذهاب", "التصفيات", "النهائي", NULL
};
/* "العاصمة الألمانية برلين" is the city, whatever the talk */
static const char * const capital_words[] = { "العاصمه", "عاصمه", NULL };
#define GAME_PASSAGE_WORDS 3
#define GAME_PASSAGE_REACH 40

/* Words that open a person's description: a town named right after one, with
 * no preposition between ("وزير الدفاع الأميركي لويد أوستن"), is a surname. */
static const char * const person_titles[] = {
  "وزير", "الوزير", "رئيس", "الرئيس", "السفير", "السفيره", "المبعوث", "الجنرال", "اللواء",
  "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "المتحدث", "النائب", "الشيخ", "السيد",
  "السيده", "الامير", "الملك", "الزعيم", "القائد", "المستشار", "السيناتور", "الدكتور",
  "الكاتب", "الصحافي", "الصحفي", "المراسل", "المدرب", "اللاعب", "النجم", "الفنان", "المغني",
  "المخرج", "الممثل", "الروائي", "الشاعر", "البابا", "الحاخام", "المطران", "الامين",
  "نظيره", "نظيرها", "نظيرهم", NULL
};

/* A name after these is a man's or a family's: "أبو أيوب", "بن عيسى",
 * "آل مكتوم", "عبد الحي" (a place named so is one name in the gazetteer:
 * "أبو ظبي"). */
static const char * const kin_words[] = {
  "ابو", "ابا", "ابي", "ابن", "بن", "بنت", "ال", "عبد", NULL
};

/* Given names that are no ordinary word (علي is also على, صالح "fit",
 * سلطان "sultan"): a town right after one is a surname ("محمد بنيس", "جون
 * بون جوفي"). */
static const char * const given_names[] = {
  "محمد", "احمد", "حسن", "حسين", "عمرو", "خالد", "ابراهيم", "يوسف", "موسي", "عيسي", "عباس",
  "جعفر", "مصطفي", "محمود", "سليمان", "سلمان", "فيصل", "فهد", "حمد", "راشد", "عثمان", "طارق",
  "زياد", "ماجد", "حمزه", "يحيي", "زكريا", "اسماعيل", "يعقوب", "داود", "هارون", "مريم",
  "فاطمه", "زينب", "عائشه", "خديجه", "وديع", "سميحه", "جون", "جورج", "ديفيد", "مايكل", "بيتر",
  "جيمس", "روبرت", "توماس", "ريتشارد", "بول", "مارك", "ستيفن", "فرانك", "هنري", "لويس", "جاك",
  "بيير", "بيار", "وليام", "ويليام", "دونالد", "توني", "كوفي", "فلاديمير", "نيكولا", NULL
};

/* A name that opens with a title or a family's word is a person's or a
 * family's ("الإمام علي", "الخليفة عمر", "آل نهيان"), and "أبا"/"أبي" before
 * a name is a kunya ("أبا هريرة"), whatever place the gazetteer has so. */
static const char * const person_openers[] = { "الامام", "الخليفه", "ال", NULL };
static const char * const kunya_words[] = { "ابا", "ابي", NULL };

/* Fixed expressions that open with a place name: "مسقط رأسه" is a
 * birthplace, "ينبع من" a spring, "عن طريق" a means. The name, folded, and
 * a word that may follow it right after, separated by a space. */
static const char * const idioms[] = {
  "مسقط راس", "مسقط راسه", "مسقط راسها", "مسقط راسهم", "مسقط راسي",
  "ينبع من", "ينبع منه", "ينبع منها", "تنبع من",
  NULL
};

static const char * const fi[] = { "في", NULL };


void
marsad_geoparser_init_name_words (MarsadGeoparser *self)
{
  self->game_words = marsad_word_set_new (game_words);
  self->capital_words = marsad_word_set_new (capital_words);
  self->org_tails = marsad_word_set_new (org_tails);
  self->sports_words = marsad_word_set_new (sports_words);
  self->person_titles = marsad_word_set_new (person_titles);
  self->kin_words = marsad_word_set_new (kin_words);
  self->given_names = marsad_word_set_new (given_names);
  self->person_openers = marsad_word_set_new (person_openers);
  self->kunya_words = marsad_word_set_new (kunya_words);
  self->org_heads_before_fi = marsad_word_set_new (org_heads_before_fi);
  self->org_heads_construct = marsad_word_set_new (org_heads_construct);
  self->side_heads = marsad_word_set_new (side_heads);
  self->agency_names = marsad_word_set_new (agency_names);
  self->agency_words = marsad_word_set_new (agency_words);
  self->outlet_names = marsad_word_set_new (outlet_names);
  self->named_org_heads = marsad_word_set_new (named_org_heads);
  self->fi = marsad_word_set_new (fi);
}

/* the name and the word after it make one of idioms */
static gboolean
opens_idiom (const MarsadNormalized *norm,
             const MarsadCandidate  *c)
{
  guint next = c->last_word + 1;
  const MarsadWord *w;
  g_autofree char *word = NULL;
  g_autofree char *pair = NULL;

  if (c->key == NULL || next >= norm->words->len ||
      (w = &g_array_index (norm->words, MarsadWord, next))->sentence != marsad_candidate_sentence (norm, c))
    return FALSE;
  word = g_ucs4_to_utf8 (norm->chars + w->norm_start, w->norm_end - w->norm_start, NULL, NULL, NULL);
  if (word == NULL)
    return FALSE;
  pair = g_strconcat (c->key, " ", word, NULL);
  return g_strv_contains (idioms, pair);
}

/* "القوات السعودية", "المدن الهندية": a definite noun followed by a name
 * shaped like a feminine nisba (ال…ية) is a noun and its adjective. */
static gboolean
is_nisba_adjective (const MarsadNormalized *norm,
                    const MarsadCandidate  *c)
{
  const MarsadWord *prev;
  const gunichar *k;
  guint len, prefix = 0;
  MarsadCliticSplit splits[12];
  guint n;

  if (c->first_word == 0 || c->first_word != c->last_word)
    return FALSE;
  k = norm->chars + g_array_index (norm->words, MarsadWord, c->first_word).norm_start;
  len = g_array_index (norm->words, MarsadWord, c->first_word).norm_end -
        g_array_index (norm->words, MarsadWord, c->first_word).norm_start;
  /* the name itself as written must be ال…يه, with no proclitic */
  if (len < 6 || k[0] != 0x0627 || k[1] != 0x0644 || k[len - 2] != 0x064A || k[len - 1] != 0x0647)
    return FALSE;

  prev = &g_array_index (norm->words, MarsadWord, c->first_word - 1);
  if (prev->sentence != marsad_candidate_sentence (norm, c))
    return FALSE;
  n = marsad_split_proclitics (norm->chars + prev->norm_start, prev->norm_end - prev->norm_start,
                               splits, G_N_ELEMENTS (splits));
  for (guint s = 0; s < n; s++)
    {
      prefix = splits[s].prefix_len;
      if (splits[s].stem_len >= 4 && splits[s].stem[0] == 0x0627 && splits[s].stem[1] == 0x0644 &&
          (prefix == 0 || prefix == 1))
        return TRUE;
    }
  return FALSE;
}

static gboolean
names_country (const MarsadGeoparser *self,
               const MarsadCandidate *c)
{
  return marsad_hits_any (self->gazetteer, c->hits, c->n_hits, 0, marsad_record_is_country, NULL);
}

static gboolean
record_is_country_or_capital (const MarsadGazetteerRecord *rec,
                              gconstpointer                data)
{
  return rec->kind == MARSAD_PLACE_KIND_COUNTRY || (rec->flags & MARSAD_RECORD_CAPITAL);
}

static gboolean
record_is_area (const MarsadGazetteerRecord *rec,
                gconstpointer                data)
{
  return rec->kind == MARSAD_PLACE_KIND_GEOREGION || rec->kind == MARSAD_PLACE_KIND_WATER;
}

/* what a club is named after: a city or one of its quarters */
static gboolean
record_is_no_town (const MarsadGazetteerRecord *rec,
                   gconstpointer                data)
{
  return rec->kind != MARSAD_PLACE_KIND_CITY && rec->kind != MARSAD_PLACE_KIND_TOWN &&
         rec->kind != MARSAD_PLACE_KIND_DISTRICT && rec->kind != MARSAD_PLACE_KIND_NEIGHBOURHOOD;
}

/* A surname: a title a few words before, no preposition between, and what
 * lies between describes the man ("وزير الدفاع الأميركي لويد أوستن"): no
 * noun in construct with the place ("رئيس بلدية نيويورك", "رئيس مجلس
 * الوزراء حاكم دبي"), no proclitic on the name ("نظيره الفرنسي بباريس");
 * a country or a capital is where he goes ("وصل الرئيس الفرنسي بيروت"). */
static gboolean
is_person_name (const MarsadGeoparser  *self,
                const MarsadNormalized *norm,
                const MarsadCandidate  *c)
{
  guint prefix = 0;

  if (c->start != g_array_index (norm->words, MarsadWord, c->first_word).start ||
      marsad_hits_any (self->gazetteer, c->hits, c->n_hits, 0, record_is_country_or_capital, NULL))
    return FALSE;
  if (c->first_word > 0 &&
      g_array_index (norm->words, MarsadWord, c->first_word - 1).sentence == marsad_candidate_sentence (norm, c) &&
      marsad_word_set_lookup (self->given_names, norm, c->first_word - 1, &prefix) >= 0 &&
      (prefix == 0 ||
       (prefix == 1 && norm->chars[g_array_index (norm->words, MarsadWord, c->first_word - 1).norm_start] == 0x0648)))
    return TRUE;
  for (guint d = 1; d <= 4 && d <= c->first_word; d++)
    {
      guint w = c->first_word - d;
      const MarsadWord *mw = &g_array_index (norm->words, MarsadWord, w);

      if (mw->sentence != marsad_candidate_sentence (norm, c) ||
          marsad_word_set_lookup (self->prepositions, norm, w, NULL) >= 0)
        return FALSE;
      if (marsad_word_set_lookup (self->person_titles, norm, w, NULL) >= 0)
        return d >= 2;   /* "الرئيس X" right after the title is a country's head, not a name */
      /* a first name stands right before the surname; any other word
       * without the article, or one ending in ة, heads a construct */
      if (!marsad_geoparser_word_before_is_definite (norm, c, d) &&
          (d > 1 || norm->chars[mw->norm_end - 1] == 0x0647))
        return FALSE;
    }
  return FALSE;
}

static gboolean
is_dash (gunichar ch)
{
  return ch == '-' || ch == 0x2013 || ch == 0x2014 || ch == 0x0640;
}

/* the first character that is no space before start (0 if none) */
static gunichar
char_before (const MarsadDocument *doc,
             guint                 start,
             guint                *at)
{
  for (guint k = start; k > 0 && k + 40 > start; k--)
    if (!g_unichar_isspace (doc->chars[k - 1]))
      {
        if (at != NULL)
          *at = k - 1;
        return doc->chars[k - 1];
      }
  return 0;
}

static gunichar
char_after (const MarsadDocument *doc,
            guint                 end)
{
  for (guint k = end; k < doc->n_chars && k < end + 40; k++)
    if (!g_unichar_isspace (doc->chars[k]))
      return doc->chars[k];
  return 0;
}

/* "وقال لـ«الشرق الأوسط»", "لندن: «الشرق الأوسط»": a place's name that
 * fills a pair of guillemets after ل or a dateline's colon is the
 * newspaper of that name, told or reporting. */
static gboolean
is_outlet_in_guillemets (const MarsadDocument  *doc,
                         const MarsadCandidate *c)
{
  guint open = 0;
  gunichar before;

  if (char_before (doc, c->start, &open) != 0x00AB || char_after (doc, marsad_candidate_end (doc->norm, c)) != 0x00BB)
    return FALSE;
  before = char_before (doc, open, &open);
  while (before == 0x0640 || before == '_')   /* "لـ«", "ل ـ «" */
    before = char_before (doc, open, &open);
  if (before == ':')
    return TRUE;
  /* ل on its own, not the last letter of a word ("قال" ends in ل too) */
  return before == 0x0644 && (open == 0 || !g_unichar_isalpha (doc->chars[open - 1]));
}

/* "شبكة «السويداء 24»": the name stands in a short pair of guillemets
 * that an outlet's or a group's word opens */
static gboolean
in_named_org (const MarsadGeoparser  *self,
              const MarsadDocument   *doc,
              const MarsadCandidate  *c)
{
  const MarsadNormalized *norm = doc->norm;
  guint open = 0, close = 0;

  for (guint w = c->first_word; w + NAMED_ORG_WORDS > c->first_word && open == 0; w--)
    {
      const MarsadWord *word = &g_array_index (norm->words, MarsadWord, w);
      gunichar before = char_before (doc, word->start, NULL);

      if (before == 0x00AB)
        open = w;
      if (before == 0x00BB || w == 0 || g_array_index (norm->words, MarsadWord, w - 1).sentence != marsad_candidate_sentence (norm, c))
        break;
    }
  if (open == 0 || marsad_word_set_lookup (self->named_org_heads, norm, open - 1, NULL) < 0)
    return FALSE;
  for (guint w = c->last_word; w < norm->words->len && w < open + NAMED_ORG_WORDS && close == 0; w++)
    {
      const MarsadWord *word = &g_array_index (norm->words, MarsadWord, w);
      gunichar after;

      if (word->sentence != marsad_candidate_sentence (norm, c))
        break;
      after = char_after (doc, word->end);
      if (after == 0x00BB)
        close = w;
      else if (after == 0x00AB)
        break;
    }
  return close != 0;
}

static gboolean
opens_as_person (const MarsadGeoparser  *self,
                 const MarsadNormalized *norm,
                 const MarsadCandidate  *c)
{
  guint prefix = 0;

  if (c->first_word < c->last_word &&
      marsad_word_set_lookup (self->person_openers, norm, c->first_word, &prefix) >= 0 && prefix == 0)
    return TRUE;
  return c->first_word == c->last_word && c->first_word + 1 < norm->words->len &&
         g_array_index (norm->words, MarsadWord, c->first_word + 1).sentence == marsad_candidate_sentence (norm, c) &&
         g_array_index (norm->words, MarsadWord, c->first_word + 1).start <=
           g_array_index (norm->words, MarsadWord, c->first_word).end + 1 &&
         marsad_word_set_lookup (self->kunya_words, norm, c->first_word, &prefix) >= 0 && prefix == 0;
}

/* A town is feminine in Arabic ("درنة الليبية", "حلب الشرقية"): a town's name
 * right after a preposition, a proclitic or a definite word and followed by
 * a masculine nisba is a man's ("صلاح الدين الأيوبي") or a club's ("على
 * هامبورغ الألماني", "وليون الفرنسي"). Countries may be masculine ("العراق
 * الجديد"); an indefinite noun before the town owns the adjective ("مجلس
 * البصرة المحلي", "معبر رفح البري"). */
static gboolean
has_masculine_epithet (const MarsadGeoparser  *self,
                       const MarsadDocument   *doc,
                       const MarsadCandidate  *c)
{
  const MarsadNormalized *norm = doc->norm;
  const MarsadWord *next, *prev;
  guint len;

  if (c->cue != MARSAD_CUE_NONE || c->countryside || c->tail ||
      c->last_word + 1 >= norm->words->len || names_country (self, c))
    return FALSE;
  if (marsad_hits_any (self->gazetteer, c->hits, c->n_hits, 0, record_is_area, NULL))
    return FALSE;
  next = &g_array_index (norm->words, MarsadWord, c->last_word + 1);
  len = next->norm_end - next->norm_start;
  /* ال…ي as written (not ى: "الكبرى"), and no side ("الشمالي") */
  if (next->sentence != marsad_candidate_sentence (norm, c) || len < 6 || next->start > marsad_candidate_end (norm, c) + 1 ||
      norm->chars[next->norm_start] != 0x0627 || norm->chars[next->norm_start + 1] != 0x0644 ||
      doc->chars[next->end - 1] != 0x064A ||
      marsad_word_set_lookup (self->side_words, norm, c->last_word + 1, NULL) >= 0)
    return FALSE;
  /* a preposition as proclitic; و may join the town to a construct
   * ("مطاري عمان الأردني ودمشق السوري") */
  if (c->start > g_array_index (norm->words, MarsadWord, c->first_word).start)
    return doc->chars[c->start - 1] != 0x0648;
  if (c->first_word == 0)
    return TRUE;
  prev = &g_array_index (norm->words, MarsadWord, c->first_word - 1);
  return prev->sentence != marsad_candidate_sentence (norm, c) ||
         marsad_word_set_lookup (self->prepositions, norm, c->first_word - 1, NULL) >= 0 ||
         marsad_geoparser_word_before_is_definite (norm, c, 1);
}

/* An outlet named after a region (outlet_names) told something, glued to
 * ل ("قال للأناضول"), or closing a dateline's line ("مأرب/ الأناضول") */
static gboolean
is_outlet_told (const MarsadGeoparser *self,
                const MarsadDocument  *doc,
                const MarsadCandidate *c)
{
  const MarsadNormalized *norm = doc->norm;
  const MarsadWord *w = &g_array_index (norm->words, MarsadWord, c->first_word);
  guint prefix = 0, end;
  gunichar before;

  if (c->first_word != c->last_word || marsad_word_set_lookup (self->outlet_names, norm, c->first_word, &prefix) < 0)
    return FALSE;
  /* "للأناضول": ل glued, its article's alef dropped */
  if (prefix > 0)
    return norm->chars[w->norm_start] == 0x0644;
  /* "مأرب/ الأناضول" ending the dateline's line */
  before = char_before (doc, c->start, NULL);
  if (before != '/' && before != '(' && !is_dash (before))
    return FALSE;
  for (end = marsad_candidate_end (norm, c); end < doc->n_chars && doc->chars[end] != '\n'; end++)
    if (!g_unichar_isspace (doc->chars[end]) && doc->chars[end] != ')' && doc->chars[end] != ':' &&
        !is_dash (doc->chars[end]))
      return FALSE;
  return TRUE;
}

/* "طريق القامشلي - عامودا" names the road by the towns it joins (the
 * roads pass); "طريق المطار" or "شارع بغداد" is a road's own name */
static gboolean
opens_road_of_two (const MarsadGeoparser *self,
                   const MarsadDocument  *doc,
                   const MarsadCandidate *c)
{
  gunichar after = char_after (doc, marsad_candidate_end (doc->norm, c));

  return marsad_geoparser_word_before_is (doc->norm, c, 1, self->road_heads) &&
         is_dash (after);
}

/* "الدوحة - قنا :", "(بترا)", "وكالة الأنباء القطرية قنا": a news agency
 * whose acronym is also a town's name (Qena, Petra) stands between a
 * dateline's dashes or in parentheses, or names the agency just told of. */
static gboolean
is_news_agency (const MarsadGeoparser *self,
                const MarsadDocument  *doc,
                const MarsadCandidate *c)
{
  const MarsadNormalized *norm = doc->norm;
  gunichar before, after;
  guint prefix = 0;

  if (c->first_word != c->last_word ||
      marsad_word_set_lookup (self->agency_names, norm, c->first_word, &prefix) < 0 || prefix != 0)
    return FALSE;
  before = char_before (doc, c->start, NULL);
  after = char_after (doc, marsad_candidate_end (norm, c));
  if ((is_dash (before) || before == '(' || before == '/') &&
      (is_dash (after) || after == ':' || after == ')' || after == '/'))
    return TRUE;
  /* the agency's words before it take the article ("الأنباء القطرية") */
  for (guint d = 1; d <= 4; d++)
    {
      if (marsad_geoparser_word_before_is (norm, c, d, self->agency_words))
        return TRUE;
      if (!marsad_geoparser_word_before_is_definite (norm, c, d))
        break;
    }
  return FALSE;
}

/* "لندن - رويترز": a dateline, within a line of running text too */
static gboolean
dash_after (const MarsadDocument  *doc,
            const MarsadCandidate *c)
{
  guint end = marsad_candidate_end (doc->norm, c);

  for (guint k = end; k < doc->n_chars && k < end + 3; k++)
    {
      if (is_dash (doc->chars[k]))
        return TRUE;
      if (!g_unichar_isspace (doc->chars[k]))
        return FALSE;
    }
  return FALSE;
}

/* Several words of the game around the name, its sentence and the next
 * ones within reach. */
static gboolean
in_game_passage (const MarsadGeoparser  *self,
                 const MarsadNormalized *norm,
                 const MarsadCandidate  *c)
{
  guint from = c->first_word > GAME_PASSAGE_REACH ? c->first_word - GAME_PASSAGE_REACH : 0;
  guint to = MIN (c->last_word + GAME_PASSAGE_REACH, norm->words->len);
  guint n = 0;

  for (guint w = from; w < to && n < GAME_PASSAGE_WORDS; w++)
    if (marsad_word_set_lookup (self->game_words, norm, w, NULL) >= 0)
      n++;
  return n >= GAME_PASSAGE_WORDS;
}

/* "فاز برشلونة", "ستاد القاهرة", "مباراة ليفربول": a team named after its
 * city, within two words after a word of the game, no preposition between.
 * A country's side ("منتخب مصر", "مباراة الإمارات") still names the country. */
static gboolean
is_team (const MarsadGeoparser  *self,
         const MarsadDocument   *doc,
         const MarsadCandidate  *c)
{
  const MarsadNormalized *norm = doc->norm;

  if (names_country (self, c))
    return FALSE;
  for (guint d = 1; d <= 2 && d <= c->first_word; d++)
    {
      guint w = c->first_word - d;

      if (g_array_index (norm->words, MarsadWord, w).sentence != marsad_candidate_sentence (norm, c) ||
          (d > 1 && marsad_word_set_lookup (self->prepositions, norm, c->first_word - 1, NULL) >= 0))
        return FALSE;
      if (marsad_word_set_lookup (self->sports_words, norm, w, NULL) >= 0)
        return TRUE;
    }
  /* in a match report, a city with no preposition of place before it
   * (continents and regions name championships: "دوري أبطال أوروبا") */
  if (c->locative || c->cue != MARSAD_CUE_NONE || c->start > g_array_index (norm->words, MarsadWord, c->first_word).start ||
      dash_after (doc, c) || marsad_geoparser_word_before_is (norm, c, 1, self->capital_words) || marsad_geoparser_word_before_is (norm, c, 2, self->capital_words))
    return FALSE;
  if (marsad_hits_any (self->gazetteer, c->hits, c->n_hits, 0, record_is_no_town, NULL))
    return FALSE;
  return in_game_passage (self, norm, c);
}

void
marsad_geoparser_drop_org_names (const MarsadGeoparser *self,
                                 const MarsadDocument  *doc,
                                 GArray                *candidates)
{
  const MarsadNormalized *norm = doc->norm;
  gboolean previous_dropped = FALSE;
  guint previous_end_word = 0;

  for (guint i = 0; i < candidates->len; i++)
    {
      MarsadCandidate *c = &g_array_index (candidates, MarsadCandidate, i);
      gboolean drop = FALSE;

      if (c->cue == MARSAD_CUE_NONE && c->direction == MARSAD_DIRECTION_NONE && !c->facility)
        {
          /* "سوق ببغداد" is a market in Baghdad: a proclitic breaks the
           * construct of "سوق دبي المالي" */
          gboolean construct = c->start == g_array_index (norm->words, MarsadWord, c->first_word).start;


          if ((construct && marsad_geoparser_word_before_is (norm, c, 1, self->org_heads_construct)) ||
              (construct && marsad_geoparser_word_before_is (norm, c, 1, self->side_heads) && !names_country (self, c)) ||
              (construct && marsad_geoparser_word_before_is (norm, c, 1, self->kin_words)) ||
              (construct && marsad_geoparser_word_before_is (norm, c, 1, self->facility_heads) &&
               !opens_road_of_two (self, doc, c)) ||
              marsad_geoparser_word_after_is (norm, c, self->org_tails) || opens_idiom (norm, c) ||
              is_outlet_in_guillemets (doc, c) || in_named_org (self, doc, c) || is_news_agency (self, doc, c) ||
              is_outlet_told (self, doc, c) ||
              opens_as_person (self, norm, c) ||
              is_nisba_adjective (norm, c) || is_team (self, doc, c) ||
              has_masculine_epithet (self, doc, c))
            drop = TRUE;
          else if (marsad_geoparser_word_before_is (norm, c, 1, self->fi))
            {
              /* the name's own words between its head and في are definite:
               * "المقاومة الفلسطينية جنديا إسرائيليا في غزة" is no name */
              for (guint d = 2; d <= 5 && !drop; d++)
                {
                  drop = marsad_geoparser_word_before_is (norm, c, d, self->org_heads_before_fi);
                  if (!drop && !marsad_geoparser_word_before_is_definite (norm, c, d))
                    break;
                }
            }
          /* "في العراق والشام": the name coordinated with a dropped one */
          if (!drop && previous_dropped && c->first_word == previous_end_word + 1)
            {
              const MarsadWord *w = &g_array_index (norm->words, MarsadWord, c->first_word);

              drop = norm->chars[w->norm_start] == 0x0648;   /* و */
            }
        }

      c->dropped |= drop;
      c->person_context = !drop && is_person_name (self, norm, c);
      previous_dropped = drop;
      previous_end_word = c->last_word;
    }
}

