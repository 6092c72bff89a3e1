/* test-geoparser.c: matching, clitics, disambiguation and roles on sentences
 * written for these tests
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include <locale.h>
#include <math.h>

#include "geoparser-test-support.h"
#include "marsad-borders.h"
#include "marsad-text.h"

typedef GeoparserFixture Fixture;
#define parse geoparser_fixture_parse

static void
test_clitics (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(MarsadDocument) doc = parse (f, "وصل الوفد إلى سوريا والعراق، ثم عاد بالطائرة من بغداد وللعراق حدود طويلة مع لايران.");
  MarsadPlace *iraq = place_mentioned_as (doc, "العراق", NULL);

  g_assert_nonnull (iraq);
  g_assert_cmpstr (iraq->country, ==, "IQ");
  g_assert_cmpstr (iraq->kind, ==, "country");
  /* والعراق and وللعراق: the mention leaves the proclitics out */
  g_assert_cmpuint (iraq->mentions->len, ==, 2);
  g_assert_nonnull (place_mentioned_as (doc, "لعراق", NULL));
  g_assert_nonnull (place_mentioned_as (doc, "سوريا", NULL));
  g_assert_nonnull (place_mentioned_as (doc, "بغداد", NULL));
  g_assert_cmpstr (place_mentioned_as (doc, "ايران", NULL)->country, ==, "IR");
}

static void
test_variants_and_multiword (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(MarsadDocument) doc = parse (f, "أعلنت الولايات المتحدة أن الحرب في غزّة وقطاع غزة تهدد إيران وسورية.");
  MarsadPlace *us = place_mentioned_as (doc, "الولايات المتحدة", NULL);
  MarsadPlace *syria = place_mentioned_as (doc, "سورية", NULL);

  g_assert_nonnull (us);
  g_assert_cmpstr (us->country, ==, "US");
  g_assert_nonnull (place_mentioned_as (doc, "غزّة", NULL));
  g_assert_nonnull (syria);
  g_assert_cmpstr (syria->country, ==, "SY");
  g_assert_nonnull (place_mentioned_as (doc, "إيران", NULL));
}

static void
test_base_in_iraq (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(MarsadDocument) doc = parse (f, "تعرضت قاعدة عين الأسد في محافظة الأنبار غرب العراق لهجوم بطائرات مسيرة.");
  MarsadPlace *base = place_mentioned_as (doc, "عين الأسد", NULL);

  if (base == NULL)
    base = place_mentioned_as (doc, "قاعدة عين الأسد", NULL);
  g_assert_nonnull (base);
  g_assert_cmpstr (base->country, ==, "IQ");
  g_assert_cmpstr (base->kind, ==, "military_base");
  g_assert_cmpfloat_with_epsilon (base->lat, 33.8, 0.2);
  g_assert_cmpfloat_with_epsilon (base->lon, 42.43, 0.2);
}

static void
test_village_in_lebanon (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(MarsadDocument) doc = parse (f, "قصفت المدفعية أطراف بلدة عين الأسد في جنوب لبنان، وقال مصدر لبناني إن الأضرار كبيرة في لبنان.");
  MarsadPlace *village = place_mentioned_as (doc, "عين الأسد", NULL);

  g_assert_nonnull (village);
  g_assert_cmpstr (village->country, ==, "LB");
}

static void
test_qaim (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(MarsadDocument) town = parse (f, "استهدفت غارة مواقع في منطقة القائم على الحدود مع سوريا غرب العراق.");
  g_autoptr(MarsadDocument) title = parse (f, "استدعت الخارجية العراقية القائم بالأعمال الأميركي في بغداد.");
  MarsadPlace *qaim = place_mentioned_as (town, "القائم", NULL);

  g_assert_nonnull (qaim);
  g_assert_cmpstr (qaim->country, ==, "IQ");
  /* Al-Qaim on the Syrian border, not the villages of the same name */
  g_assert_cmpfloat_with_epsilon (qaim->lat, 34.37, 0.3);
  g_assert_cmpfloat_with_epsilon (qaim->lon, 41.0, 0.3);

  /* القائم بالأعمال is a chargé d'affaires */
  g_assert_null (place_mentioned_as (title, "القائم", NULL));
  g_assert_nonnull (place_mentioned_as (title, "بغداد", NULL));
}

static void
test_feature_words (Fixture       *f,
                    gconstpointer  data)
{
  /* the Strip itself, and the north of it */
  g_autoptr(MarsadDocument) gaza = parse (f, "غارات على شمال قطاع غزة وعلى قطاع غزة كله.");
  /* "مدينة بير" is also an Iranian hamlet: the city after the feature word wins */
  g_autoptr(MarsadDocument) beersheba = parse (f, "سقط صاروخ على مدينة بئر السبع في إسرائيل.");
  MarsadPlace *strip = place_mentioned_as (gaza, "غزة", NULL);
  MarsadPlace *city = place_mentioned_as (beersheba, "بئر السبع", NULL);

  g_assert_nonnull (strip);
  g_assert_cmpstr (strip->kind, ==, "region");
  g_assert_nonnull (place_mentioned_as (gaza, "شمال قطاع غزة", NULL));
  g_assert_nonnull (city);
  g_assert_cmpstr (city->country, ==, "IL");
  g_assert_cmpstr (city->kind, ==, "city");
}

static void
test_common_words (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(MarsadDocument) doc = parse (f, "دعا الرئيس إلى السلام والحرية وقال إن النصر قريب وإن الأمل باق.");

  g_assert_cmpuint (doc->places->len, ==, 0);
}

static void
test_roles (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(MarsadDocument) doc = parse (f,
    "بيروت - وكالات\n"
    "واستنكرت بغداد الضربات، فيما قالت حليفة واشنطن إن القيادة المركزية الأميركية في الشرق الأوسط نفذت الضربة جنوب بغداد.");
  MarsadMention *m = NULL;

  g_assert_nonnull (place_mentioned_as (doc, "بيروت", &m));
  g_assert_cmpint (m->role, ==, MARSAD_ROLE_DATELINE);

  g_assert_nonnull (place_mentioned_as (doc, "بغداد", &m));
  g_assert_cmpint (m->role, ==, MARSAD_ROLE_ACTOR);       /* the first: واستنكرت بغداد */

  g_assert_nonnull (place_mentioned_as (doc, "واشنطن", &m));
  g_assert_cmpint (m->role, ==, MARSAD_ROLE_ACTOR);
  g_assert_cmpstr (place_mentioned_as (doc, "واشنطن", NULL)->country, ==, "US");

  /* inside an organisation's name: not a place */
  g_assert_null (place_mentioned_as (doc, "الشرق الأوسط", NULL));

  /* who blames and who is blamed are governments, not where it happened */
  g_clear_pointer (&doc, marsad_document_free);
  doc = parse (f, "ودوّت انفجارات قرب مدينة حمص في ضربة نسبتها دمشق إلى إسرائيل.");
  g_assert_nonnull (place_mentioned_as (doc, "إسرائيل", &m));
  g_assert_cmpint (m->role, ==, MARSAD_ROLE_ACTOR);
  g_assert_nonnull (place_mentioned_as (doc, "دمشق", &m));
  g_assert_cmpint (m->role, ==, MARSAD_ROLE_ACTOR);
  g_assert_nonnull (place_mentioned_as (doc, "حمص", &m));
  g_assert_cmpint (m->role, !=, MARSAD_ROLE_ACTOR);
}

static void
test_directional_region (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(MarsadDocument) doc = parse (f, "وقع الانفجار في غرب العراق قرب الحدود.");
  MarsadPlace *west = place_mentioned_as (doc, "غرب العراق", NULL);
  MarsadPlace *iraq = place_mentioned_as (doc, "العراق", NULL);

  g_assert_nonnull (west);
  g_assert_nonnull (iraq);
  g_assert_true (west != iraq);
  g_assert_cmpstr (west->kind, ==, "georegion");   /* a side of a country */
  g_assert_cmpfloat (west->lon, <, iraq->lon);
}

static void
test_country_side (Fixture       *f,
                   gconstpointer  data)
{
  /* "البلاد" is the country the text speaks of most */
  g_autoptr(MarsadDocument) doc = parse (f, "تعرضت إيران لهجمات، وقالت إيران إن مسيرات أصابت مواقع في شمال غربي البلاد.");
  MarsadPlace *side = place_mentioned_as (doc, "شمال غربي البلاد", NULL);
  MarsadPlace *iran = place_mentioned_as (doc, "إيران", NULL);

  g_assert_nonnull (side);
  g_assert_nonnull (iran);
  g_assert_cmpstr (side->country, ==, "IR");
  g_assert_cmpfloat (side->lat, >, iran->lat);
  g_assert_cmpfloat (side->lon, <, iran->lon);
}

static void
test_offsets_contract (Fixture       *f,
                       gconstpointer  data)
{
  /* every mention's text is exactly the span it names */
  g_autoptr(MarsadDocument) doc = parse (f, "\u200fقصفت طائراتٌ مواقعَ في الفلّوجة والرمادي وبالموصل.");

  g_assert_cmpuint (doc->places->len, >=, 3);
  for (guint i = 0; i < doc->places->len; i++)
    {
      MarsadPlace *p = g_ptr_array_index (doc->places, i);

      for (guint k = 0; k < p->mentions->len; k++)
        {
          MarsadMention *m = &g_array_index (p->mentions, MarsadMention, k);

          g_assert_cmpuint (m->start, <, m->end);
          g_assert_cmpuint (m->end, <=, doc->n_chars);
          g_assert_true (g_unichar_isalpha (doc->chars[m->start]));
        }
    }
  g_assert_nonnull (place_mentioned_as (doc, "الفلّوجة", NULL));
  g_assert_nonnull (place_mentioned_as (doc, "الموصل", NULL));
}

/* Which reading of an ambiguous name: the city a governorate is named
 * after unless محافظة/ولاية says the governorate; of two villages of one
 * name, the one nearer the places around it; the country a nisba
 * adjective after the name names. */
static void
test_seats_and_nearer_readings (Fixture       *f,
                                gconstpointer  data)
{
  static const struct {
    const char *text;
    const char *surface;
    const char *kind;
    double      lat, lon;
  } cases[] = {
    { "قالت طهران إن الهجوم على صعدة مدان.", "طهران", "city", 35.69, 51.42 },
    { "قالت طهران إن الهجوم على صعدة مدان.", "صعدة", "town", 16.94, 43.76 },
    { "قصفت الطائرات مواقع في محافظة صعدة.", "صعدة", "region", 17.09, 43.91 },
    { "سقطت قذائف على بلدة الخرايب قرب صيدا والنبطية.", "الخرايب", "village", 33.34, 35.30 },
    /* the adjective after a name says whose it is */
    { "قصفت الطائرات مدينة درنة الليبية أمس.", "درنة", "town", 32.77, 22.64 },
    { "تجددت الاشتباكات في طرابلس اللبنانية أمس.", "طرابلس", "city", 34.43, 35.84 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MarsadDocument) doc = parse (f, cases[i].text);
      MarsadPlace *place = place_mentioned_as (doc, cases[i].surface, NULL);

      g_test_message ("%s: %s", cases[i].text, cases[i].surface);
      g_assert_nonnull (place);
      g_assert_cmpstr (place->kind, ==, cases[i].kind);
      g_assert_cmpfloat_with_epsilon (place->lat, cases[i].lat, 0.1);
      g_assert_cmpfloat_with_epsilon (place->lon, cases[i].lon, 0.1);
    }
}

/* A name inside a longer phrase: a country called after a direction is
 * no side of another; an organisation's name is definite throughout; an
 * embassy stands where it is; a foreign adjective makes a noun of a word. */
static void
test_names_in_phrases (Fixture       *f,
                       gconstpointer  data)
{
  static const struct {
    const char *text;
    const char *place;      /* a place mentioned so (NULL: not checked) */
    const char *not_place;  /* no place mentioned so (NULL: not checked) */
  } cases[] = {
    { "زار الرئيس جنوب أفريقيا أمس.", "جنوب أفريقيا", "أفريقيا" },
    { "قصفت إسرائيل جنوب لبنان أمس.", "جنوب لبنان", NULL },
    { "أسرت فصائل المقاومة الفلسطينية جنديا إسرائيليا في غزة أمس.", "غزة", NULL },
    { "قالت بعثة الأمم المتحدة في العراق إن الهجوم مدان.", NULL, "العراق" },
    { "قتلت في انفجار السفارة العراقية في بيروت أثناء الحرب.", "بيروت", NULL },
    { "زار الوفد بغداد والبصرة والكوت، وأعجب بمسجد على نسق العمارة الصينية.", NULL, "العمارة" },
    { "وصلت التعزيزات إلى مدينة العمارة العراقية.", "العمارة", NULL },
    /* a proclitic breaks the construct of an institution's name */
    { "انفجرت سيارة مفخخة في سوق ببغداد أمس.", "بغداد", NULL },
    { "ارتفعت الأسهم في سوق دبي المالي أمس.", NULL, "دبي" },
    /* a word read as a proclitic and a name needs a notable name */
    { "شارك الوفد في فعالية ثقافية في بيروت أمس.", "بيروت", "عالية" },
    { "وقال كلاوس شميت إن الاجتماع مثمر.", NULL, "لاوس" },
    { "فبغداد لا تريد الحرب.", "بغداد", NULL },
    /* in a match report a city is its club, unless it is where */
    { "وفي المباراة الثانية أنقذ المهاجم ليفربول من الخسارة بهدف في الدقيقة الأخيرة من الشوط الثاني.",
      NULL, "ليفربول" },
    { "وصل الفريق إلى ليفربول لخوض المباراة في الدوري قبل الشوط الأخير من الموسم.", "ليفربول", NULL },
    { "ليفربول - رويترز: قال مدرب الفريق إن المباراة صعبة وإن الدوري طويل.", "ليفربول", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MarsadDocument) doc = parse (f, cases[i].text);

      g_test_message ("%s", cases[i].text);
      if (cases[i].place != NULL)
        g_assert_nonnull (place_mentioned_as (doc, cases[i].place, NULL));
      if (cases[i].not_place != NULL)
        g_assert_null (place_mentioned_as (doc, cases[i].not_place, NULL));
    }
}

/* Ordinary words, idioms and heads that are no place; regions abroad and
 * the spellings of foreign names that the news uses. */
static void
test_words_and_regions_abroad (Fixture       *f,
                               gconstpointer  data)
{
  static const struct {
    const char *text;
    const char *place;      /* a place mentioned so (NULL: not checked) */
    const char *name_en;    /* and its English name (NULL: not checked) */
    const char *not_place;  /* no place mentioned so (NULL: not checked) */
  } cases[] = {
    /* a side of a country after a proclitic keeps the country inside it */
    { "قصفت الطائرات مواقع في شرق أفريقيا وبجنوب لبنان أمس.", "لبنان", "Lebanon", NULL },
    /* ordinary words that are also names in the sources */
    { "أعلن المتحدث أن هذه الظاهرة جديدة، وأن الجانب الجميل منها يظهر بالكامل.", NULL, NULL, "الظاهرة" },
    { "ارتفع سعر النفط في بورصة نيويورك لفترة وجيزة أمس.", NULL, NULL, "بورصة" },
    { "ارتفع سعر النفط لفترة وجيزة أمس.", NULL, NULL, "وجيزة" },
    { "قتل عشرات في مناطق متفرقة من بغداد أمس.", "بغداد", NULL, "متفرقة" },
    { "وصل الوفد إلى مدينة مقدسة في الجنوب.", NULL, NULL, "مقدسة" },
    { "افتتح سوق للكتاب في بيروت أمس.", "بيروت", NULL, "سوق للكتاب" },
    { "وقال في بيروت رئيس كتلة اللقاء الديمقراطي إن الجلسة تأجلت.", NULL, NULL, "تلة اللقاء" },
    /* a Yemeni district of two parts is named by its first */
    { "قصفت الطائرات مديرية سنحان جنوب العاصمة اليمنية صنعاء.", "مديرية سنحان", "Sanhan", NULL },
    /* "قرى" is villages, no village of that name */
    { "وقُتل مدنيان جراء قصف مدفعي لقوات النظام السوري استهدف قرى كنصفرة والفطيرة في جبل الزاوية بريف إدلب الجنوبي، "
      "ونزحت أكثر من 150 عائلة من قرى جبل الزاوية.", "الفطيرة", NULL, "قرى" },
    /* a field is no village called «أرض الجديد» */
    { "انفجر لغم بطفلين أثناء رعيهما الأغنام في أرض زراعية قرب بلدة ذيبان بريف دير الزور.", "ذيبان", NULL, "أرض" },
    /* a word of news is no proclitic and a village: "وزارة" is not و + زارة */
    { "وقال مسؤول في وزارة الداخلية السورية إن القصف طال حمص وريف حماة.", "حمص", NULL, "زارة" },
    /* idioms that open with a name */
    { "يقام المعرض في مسقط رأس الشاعر.", NULL, NULL, "مسقط" },
    { "وصل الوفد إلى مسقط أمس.", "مسقط", "Muscat", NULL },
    /* outlets, armed groups and prayers named after a place */
    { "وقال لـ«الشرق الأوسط» إن الوفد وصل إلى بغداد.", "بغداد", NULL, "الشرق الأوسط" },
    { "وقالت شبكة «الموصل 24» إن القصف طال أحياء في بغداد.", "بغداد", NULL, "الموصل" },
    { "وأفاد موقع «أخبار حماة اليوم» بأن الطائرات قصفت بلدة في إدلب.", "إدلب", NULL, "حماة" },
    { "ونقلت نيويورك تايمز عن مسؤولين في بغداد أن الاجتماع تأجل.", "بغداد", NULL, "نيويورك" },
    { "وأعلنت سرايا القدس مسؤوليتها عن الهجوم في جنين.", "جنين", NULL, "القدس" },
    { "وقال قائد ميداني لإذاعة \"راديو مقديشو\" إن المعارك مستمرة في إقليم شبيلي السفلى.", NULL, NULL, "مقديشو" },
    { "أدى المصلون صلاة المغرب في مسجد بالرباط.", "الرباط", NULL, "المغرب" },
    /* men named like places: a kunya, a title with the holder's nationality */
    { "قال المتحدث أحمد أبو غزة إن المعبر مغلق.", NULL, NULL, "غزة" },
    { "حذر الرئيس الروسي فلاديمير بوتين الشركات في موسكو.", "موسكو", NULL, "فلاديمير" },
    { "وصل الرئيس الفرنسي بيروت أمس.", "بيروت", "Beirut", NULL },
    { "وطلب رئيس بلدية نيويورك من السكان البقاء في منازلهم.", "نيويورك", NULL, NULL },
    { "بحث الوزير مع نظيره الفرنسي بمرسيليا الوضع في المنطقة.", "مرسيليا", NULL, NULL },
    /* regions abroad that conflict news names */
    { "تجددت المعارك في إقليم تيغراي أمس.", "تيغراي", "Tigray", NULL },
    { "قتل ثلاثة في هجوم في شمال كيفو.", "شمال كيفو", "North Kivu", NULL },
    { "اعتقلت الشرطة رجلا في ولاية فلوريدا.", "فلوريدا", "Florida", NULL },
    { "وصل الفريق إلى إنجلترا أمس.", "إنجلترا", "England", NULL },
    /* spellings of a foreign name's long vowels */
    { "وصل الوفد إلى تايلند أمس.", "تايلند", "Thailand", NULL },
    { "قصفت القوات الروسية مدينة خاركيف.", "خاركيف", "Kharkiv", NULL },
    { "ضرب الإعصار مدينة نيو أورليانز.", "نيو أورليانز", "New Orleans", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MarsadDocument) doc = parse (f, cases[i].text);

      g_test_message ("%s", cases[i].text);
      if (cases[i].place != NULL)
        {
          MarsadPlace *place = place_mentioned_as (doc, cases[i].place, NULL);

          g_assert_nonnull (place);
          if (cases[i].name_en != NULL)
            g_assert_cmpstr (place->name_en, ==, cases[i].name_en);
        }
      if (cases[i].not_place != NULL)
        g_assert_null (place_mentioned_as (doc, cases[i].not_place, NULL));
    }
}

/* A border between two countries is a place of its own, on the line
 * between them: named by two nationality adjectives, by "بين X وY", or by
 * "مع X" where the passage is about the other side. */
static void
test_borders (Fixture       *f,
              gconstpointer  data)
{
  static const struct {
    const char *text;
    const char *mention;   /* the border's mention, or NULL: no border */
    const char *name_en;
    double      lat_min, lat_max, lon_min, lon_max;   /* where on the line */
  } cases[] = {
    { "قتل ثلاثة مهربين على الحدود الأردنية-السورية أمس.", "الحدود الأردنية-السورية",
      "Jordan–Syria border", 32.2, 33.4, 35.7, 38.8 },
    { "تبادل الجيشان إطلاق النار على الحدود بين السودان وتشاد.", "الحدود بين السودان وتشاد",
      "Sudan–Chad border", 9.0, 16.0, 21.5, 24.0 },
    { "قصفت المدفعية بلدة كفركلا في جنوب لبنان، وسقطت قذائف قرب الحدود مع إسرائيل.",
      "الحدود مع إسرائيل", "Lebanon–Israel border", 33.0, 33.4, 35.1, 35.9 },
    /* nearest the town the passage is about: Qamishli, not halfway */
    { "سيطرت القوات على مدينة القامشلي، ثم اندلعت اشتباكات على الحدود مع تركيا.",
      "الحدود مع تركيا", "Syria–Turkey border", 36.9, 37.3, 40.7, 41.7 },
    { "أغلقت السلطات الحدود السورية مع تركيا.", "الحدود السورية مع تركيا",
      "Syria–Turkey border", 35.8, 37.4, 35.6, 42.4 },
    { "تظاهر المئات قرب الحدود بين إسرائيل وقطاع غزة.", "الحدود بين إسرائيل وقطاع غزة",
      "Israel–Palestine border", 31.2, 31.6, 34.2, 34.6 },
    /* one side only, or no such border: no place */
    { "عززت القوات انتشارها على الحدود اللبنانية.", NULL, NULL, 0, 0, 0, 0 },
    { "وقعت اشتباكات على الحدود المصرية الأردنية.", NULL, NULL, 0, 0, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MarsadDocument) doc = parse (f, cases[i].text);
      MarsadPlace *border = NULL;

      g_test_message ("%s", cases[i].text);
      for (guint p = 0; p < doc->places->len; p++)
        if (g_strcmp0 (((MarsadPlace *) g_ptr_array_index (doc->places, p))->kind, "border") == 0)
          border = g_ptr_array_index (doc->places, p);
      if (cases[i].mention == NULL)
        {
          g_assert_null (border);
          continue;
        }
      g_assert_nonnull (border);
      g_assert_true (place_mentioned_as (doc, cases[i].mention, NULL) == border);
      g_assert_cmpstr (border->name_en, ==, cases[i].name_en);
      g_assert_true (border->approximate);
      g_assert_cmpfloat (border->lat, >=, cases[i].lat_min);
      g_assert_cmpfloat (border->lat, <=, cases[i].lat_max);
      g_assert_cmpfloat (border->lon, >=, cases[i].lon_min);
      g_assert_cmpfloat (border->lon, <=, cases[i].lon_max);
    }
}

/* The borders table: a malformed row is refused with its line; a line's
 * nearest point and midpoint are on it. */
static void
test_borders_table (void)
{
  g_autofree char *dir = g_dir_make_tmp ("marsad-borders-XXXXXX", NULL);
  g_autofree char *good = g_build_filename (dir, "good.tsv", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.tsv", NULL);
  g_autoptr(MarsadBorders) borders = NULL;
  g_autoptr(GError) error = NULL;
  const MarsadBorder *b;
  double lat = 0, lon = 0, km;

  g_assert_true (g_file_set_contents (good, "# a comment\ncc_a\tcc_b\tname_a\tname_b\tsegments\n"
                                            "AA\tBB\tAland\tBland\t10.0,20.0 10.0,22.0|11.0,22.0 12.0,22.0\n", -1, NULL));
  g_assert_true (g_file_set_contents (bad, "cc_a\tcc_b\tname_a\tname_b\tsegments\n"
                                           "AA\tBB\tAland\tBland\t10.0;20.0\n", -1, NULL));
  borders = marsad_borders_load (good, &error);
  g_assert_no_error (error);
  g_assert_null (marsad_borders_lookup (borders, "AA", "CC"));
  b = marsad_borders_lookup (borders, "BB", "AA");
  g_assert_nonnull (b);
  g_assert_cmpstr (marsad_border_country_name (b, "BB"), ==, "Bland");
  km = marsad_border_nearest_point (b, 9.0, 21.0, &lat, &lon);
  g_assert_cmpfloat_with_epsilon (lat, 10.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (lon, 21.0, 1e-6);
  g_assert_cmpfloat (km, >, 100.0);
  g_assert_cmpfloat (km, <, 120.0);
  /* halfway along 219 + 111 km: 165 km into the first segment */
  marsad_border_midpoint (b, &lat, &lon);
  g_assert_cmpfloat_with_epsilon (lat, 10.0, 1e-6);
  g_assert_cmpfloat (lon, >, 21.45);
  g_assert_cmpfloat (lon, <, 21.55);

  g_assert_null (marsad_borders_load (bad, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  g_assert_nonnull (strstr (error->message, "line 2"));
  g_unlink (good);
  g_unlink (bad);
  g_rmdir (dir);
}

/* Somali towns the city catalogue names in Latin only, under their
 * spellings in Arabic news (tools/gazetteer-fixes.tsv); one that is also a
 * word still needs its feature word. */
static void
test_somali_towns (Fixture       *f,
                   gconstpointer  data)
{
  static const struct {
    const char *text;
    const char *surface;
    double      lat, lon;   /* NAN: no place reads so */
  } cases[] = {
    { "قُتل ثلاثة في انفجار بمدينة كسمايو جنوب الصومال.", "كسمايو", -0.36, 42.55 },
    { "وفرضت السلطات حظر تجول في بلدوين وسط الصومال.", "بلدوين", 4.74, 45.20 },
    { "واقتحم مسلحون قاعدة قرب بلدة أفجوي غرب مقديشو.", "أفجوي", 2.14, 45.12 },
    { "واعتقلت الشرطة تسعة أشخاص في مدينة جوهر في الصومال.", "جوهر", 2.78, 45.50 },
    { "وقال الوزير إن جوهر الأزمة في الصومال هو الجفاف.", "جوهر", NAN, NAN },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MarsadDocument) doc = parse (f, cases[i].text);
      MarsadPlace *place = place_mentioned_as (doc, cases[i].surface, NULL);

      g_test_message ("%s: %s", cases[i].text, cases[i].surface);
      if (isnan (cases[i].lat))
        {
          g_assert_null (place);
          continue;
        }
      g_assert_nonnull (place);
      g_assert_cmpstr (place->country, ==, "SO");
      g_assert_cmpfloat_with_epsilon (place->lat, cases[i].lat, 0.1);
      g_assert_cmpfloat_with_epsilon (place->lon, cases[i].lon, 0.1);
    }
}

/* "مدينة الأبيض": an ordinary word is a large city's name when the text
 * calls it a city, though nothing else names its country; the city keeps
 * its own name (the catalogues cut El Obeid's short, and gave Kosti its
 * neighbour's). */
static void
test_city_named_by_a_word (Fixture       *f,
                           gconstpointer  data)
{
  static const struct {
    const char *text;
    const char *surface;
    const char *name;       /* NULL: no place reads so */
    double      lat, lon;
  } cases[] = {
    { "قُتل ثلاثة أشخاص أمس في هجوم على سوق في مدينة الأبيض.", "الأبيض", "الأبيض", 13.18, 30.22 },
    { "وأصيب خمسة في قرية تقع على بعد 30 كيلومتراً غرب مدينة الأبيض.", "الأبيض", "الأبيض", 13.18, 30.22 },
    { "وقال متحدث باسم البيت الأبيض إن الرئيس سيزور المنطقة.", "الأبيض", NULL, 0, 0 },
    { "وانقطع التيار الكهربائي عن مدينة كوستي أمس.", "كوستي", "كوستي", 13.16, 32.66 },
    /* a time word or a phrase of its own after the name does not continue it */
    { "قُتل ثلاثة أشخاص في مدينة الأبيض أمس.", "الأبيض", "الأبيض", 13.18, 30.22 },
    { "قُتل ثلاثة أشخاص في مدينة الأبيض صباحا.", "الأبيض", "الأبيض", 13.18, 30.22 },
    { "قُتل ثلاثة أشخاص في مدينة الأبيض بالسودان أمس.", "الأبيض", "الأبيض", 13.18, 30.22 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MarsadDocument) doc = parse (f, cases[i].text);
      MarsadPlace *place = place_mentioned_as (doc, cases[i].surface, NULL);

      g_test_message ("%s: %s", cases[i].text, cases[i].surface);
      if (cases[i].name == NULL)
        {
          g_assert_null (place);
          continue;
        }
      g_assert_nonnull (place);
      g_assert_cmpstr (place->name, ==, cases[i].name);
      g_assert_false (place->approximate);
      g_assert_cmpfloat_with_epsilon (place->lat, cases[i].lat, 0.1);
      g_assert_cmpfloat_with_epsilon (place->lon, cases[i].lon, 0.1);
    }
}

/* A text that names no country at all (a sentence pasted alone) has
 * nothing to weigh a feature word against: "مدينة المقدادية" is the town,
 * though a town of its size abroad needs the text to speak of its country.
 * A text that names another country still keeps it out. */
static void
test_cue_in_text_of_no_country (Fixture       *f,
                                gconstpointer  data)
{
  static const struct {
    const char *text;
    gboolean    found;
  } cases[] = {
    { "قُتل ثلاثة أشخاص أمس في انفجار عبوة ناسفة في مدينة المقدادية.", TRUE },
    { "قُتل ثلاثة أشخاص أمس في انفجار عبوة ناسفة في قضاء المقدادية.", TRUE },
    { "قُتل ثلاثة أشخاص أمس في انفجار عبوة ناسفة في مدينة المقدادية بالأردن.", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MarsadDocument) doc = parse (f, cases[i].text);
      MarsadPlace *place = place_mentioned_as (doc, "المقدادية", NULL);

      g_test_message ("%s", cases[i].text);
      if (!cases[i].found)
        {
          g_assert_true (place == NULL || g_strcmp0 (place->country, "IQ") != 0);
          continue;
        }
      g_assert_nonnull (place);
      g_assert_cmpstr (place->country, ==, "IQ");
      g_assert_cmpfloat_with_epsilon (place->lat, 33.97, 0.1);
      g_assert_cmpfloat_with_epsilon (place->lon, 44.93, 0.1);
    }
}

/* With no name to go by, the people a text speaks of tell two readings
 * of a name apart: "عمان" after a Jordanian official is Amman, after an
 * Omani one Oman. */
static void
test_nationality_tells_readings_apart (Fixture       *f,
                                       gconstpointer  data)
{
  static const struct {
    const char *text;
    const char *country;
  } cases[] = {
    { "قال مسؤول أردني إن عمان ستستضيف الاجتماع الأسبوع المقبل.", "JO" },
    { "وقال دبلوماسيون أردنيون أمس إن عمان ترفض الاقتراح.", "JO" },
    { "وقال الناطق باسم الحكومة الأردنية إن عمان ستستضيف المحادثات.", "JO" },
    { "قال مسؤول عماني إن عمان ستستضيف الاجتماع الأسبوع المقبل.", "OM" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MarsadDocument) doc = parse (f, cases[i].text);
      MarsadPlace *place = place_mentioned_as (doc, "عمان", NULL);

      g_test_message ("%s", cases[i].text);
      g_assert_nonnull (place);
      g_assert_cmpstr (place->country, ==, cases[i].country);
    }
}

/* "حي الروضة شمالي مدينة تعز": a quarter the text places in a town is of
 * that town, not a place of the same name 200 km off; a quarter the
 * gazetteer knows in that town keeps its own record. */
static void
test_quarter_of_named_town (Fixture       *f,
                            gconstpointer  data)
{
  static const struct {
    const char *text;
    const char *surface;
    gboolean    approximate;
    double      lat, lon;
  } cases[] = {
    { "وأصيبت امرأة أمس جراء سقوط قذيفة هاون على حي الروضة شمالي مدينة تعز.", "الروضة", TRUE, 13.58, 44.02 },
    { "وقُتل أربعة مدنيين في قصف على حي الروضة في مدينة تعز.", "الروضة", TRUE, 13.58, 44.02 },
    { "وقُتل ثلاثة أشخاص في قصف على حي الشجاعية في مدينة غزة.", "الشجاعية", FALSE, 31.50, 34.48 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MarsadDocument) doc = parse (f, cases[i].text);
      MarsadPlace *place = place_mentioned_as (doc, cases[i].surface, NULL);

      g_test_message ("%s", cases[i].text);
      g_assert_nonnull (place);
      g_assert_cmpint (place->approximate, ==, cases[i].approximate);
      g_assert_cmpfloat_with_epsilon (place->lat, cases[i].lat, 0.05);
      g_assert_cmpfloat_with_epsilon (place->lon, cases[i].lon, 0.05);
    }
}

/* Mountains the sources miss, by their common names (with سلسلة, جبل or
 * جبال): each a region of its own, not a town named after it nor the
 * country's centre. */
static void
test_mountains (Fixture       *f,
                gconstpointer  data)
{
  static const struct {
    const char *text;
    const char *surface;
    double      lat, lon;
  } cases[] = {
    { "وقصفت الطائرات مخابئ في سلسلة جبال حمرين بالعراق فجر اليوم.", "سلسلة جبال حمرين", 34.50, 44.40 },
    { "وقصفت المدفعية قرى جبل الزاوية في ريف إدلب الجنوبي.", "جبل الزاوية", 35.65, 36.55 },
    { "وتقدمت القوات نحو جبل مرة في دارفور بالسودان.", "جبل مرة", 13.00, 24.35 },
    { "وفر الآلاف إلى جبل سنجار شمال غربي العراق.", "جبل سنجار", 36.37, 41.75 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MarsadDocument) doc = parse (f, cases[i].text);
      MarsadPlace *place = place_mentioned_as (doc, cases[i].surface, NULL);

      g_test_message ("%s", cases[i].text);
      g_assert_nonnull (place);
      g_assert_cmpstr (place->kind, ==, "georegion");
      g_assert_false (place->approximate);
      g_assert_cmpfloat_with_epsilon (place->lat, cases[i].lat, 0.05);
      g_assert_cmpfloat_with_epsilon (place->lon, cases[i].lon, 0.05);
    }
}

/* Anadolu, told something or closing a dateline, is the agency; Anatolia
 * is a region where things happen. */
static void
test_outlet_named_after_region (Fixture       *f,
                                gconstpointer  data)
{
  static const struct {
    const char *text;
    gboolean    place;
  } cases[] = {
    { "وقال مسؤول محلي للأناضول إن القصف استهدف مدينة ود مدني.", FALSE },
    { "وقال ضابط في الشرطة، محمد عبدي، للأناضول، إن انتحارياً فجر سيارة.", FALSE },
    { "مأرب/ الأناضول\nقُتل ثلاثة مدنيين بقصف على مدينة مأرب أمس.", FALSE },
    { "وضربت هزة أرضية وسط الأناضول فجر اليوم.", TRUE },
    { "وتقدمت القوات في الأناضول أمس.", TRUE },
    { "وانتشرت القوات بالأناضول أمس.", TRUE },
    { "تقدم القوات نحو الأناضول\nوقال المتحدث إن المعارك مستمرة.", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MarsadDocument) doc = parse (f, cases[i].text);
      MarsadPlace *place = place_mentioned_as (doc, "الأناضول", NULL);

      g_test_message ("%s", cases[i].text);
      if (cases[i].place)
        g_assert_nonnull (place);
      else
        g_assert_null (place);
    }
}

/* A feature word in the dual announces both names: the village after و
 * ("بلدتي شيحين والجبين") is found as the first is, though alone it would
 * need a cue. */
static void
test_dual_feature_word (Fixture       *f,
                        gconstpointer  data)
{
  static const char * const texts[] = {
    "وسقطت قذيفتان على أطراف بلدتي شيحين والجبين في جنوب لبنان أمس.",
    "شنت الطائرات الحربية غارات على قريتي عيترون ويارون في جنوب لبنان أمس.",
  };
  static const char * const second[] = { "الجبين", "يارون" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(MarsadDocument) doc = parse (f, texts[i]);
      MarsadPlace *place = place_mentioned_as (doc, second[i], NULL);

      g_test_message ("%s", texts[i]);
      g_assert_nonnull (place);
      g_assert_nonnull (place->source_id);
      g_assert_cmpstr (place->country, ==, "LB");
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add ("/geoparser/" path, Fixture, NULL, geoparser_fixture_set_up, fn, geoparser_fixture_tear_down)
  ADD ("clitics", test_clitics);
  ADD ("variants-multiword", test_variants_and_multiword);
  ADD ("base-in-iraq", test_base_in_iraq);
  ADD ("village-in-lebanon", test_village_in_lebanon);
  ADD ("qaim", test_qaim);
  ADD ("common-words", test_common_words);
  ADD ("words-and-regions-abroad", test_words_and_regions_abroad);
  ADD ("borders", test_borders);
  g_test_add_func ("/geoparser/borders-table", test_borders_table);
  ADD ("feature-words", test_feature_words);
  ADD ("country-side", test_country_side);
  ADD ("roles", test_roles);
  ADD ("directional-region", test_directional_region);
  ADD ("offsets", test_offsets_contract);
  ADD ("seats-and-nearer-readings", test_seats_and_nearer_readings);
  ADD ("names-in-phrases", test_names_in_phrases);
  ADD ("somali-towns", test_somali_towns);
  ADD ("city-named-by-a-word", test_city_named_by_a_word);
  ADD ("cue-in-text-of-no-country", test_cue_in_text_of_no_country);
  ADD ("nationality-tells-readings-apart", test_nationality_tells_readings_apart);
  ADD ("quarter-of-named-town", test_quarter_of_named_town);
  ADD ("mountains", test_mountains);
  ADD ("outlet-named-after-region", test_outlet_named_after_region);
  ADD ("dual-feature-word", test_dual_feature_word);
#undef ADD

  return g_test_run ();
}
