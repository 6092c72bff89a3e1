/* test-reporting.c: what real reporting does that written examples did not —
 * one table per phenomenon, on sentences written for these tests. Each row
 * names the place an event must stand at (or must not), and the figure of
 * killed it must carry.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "event-fixture.h"
#include "marsad-extract.h"
#include "marsad-inflect.h"

#define CTX MARSAD_ROLE_CONTEXT

/* A source's words in quotation marks report the event and its toll. */
static void
test_quoted_reports (void)
{
  static const EventCase cases[] = {
    { "وقالت وزارة الصحة إن \"غارة استهدفت بلدة عيترون ما أدى إلى سقوط 3 شهداء\".",
      { { "عيترون", "village", "LB", CTX } }, "عيترون", 3, NULL },
    { "وأفاد الدفاع المدني بـ\"استشهاد 5 أشخاص بقصف مدفعي على مخيم المغازي\".",
      { { "مخيم المغازي", "camp", "PS", CTX } }, "مخيم المغازي", 5, NULL },
  };

  fixture_check_event_cases (cases, G_N_ELEMENTS (cases));
}

/* Two strikes, two shells, two drones: the dual makes an event too; and a
 * verb agrees with its subject (قتلت قوات، قصفوا، أعدمت). */
static void
test_dual_triggers (void)
{
  static const EventCase cases[] = {
    { "قصفوا بلدة كفرنبل بالمدفعية أمس.",
      { { "كفرنبل", "town", "SY", CTX } }, "كفرنبل", -1, NULL, "Explosions/Remote violence" },
    { "أعدمت الجماعة المسلحة رجلين في بلدة الحلاوين أمس.",
      { { "الحلاوين", "town", "SD", CTX } }, "الحلاوين", -1, NULL, "Violence against civilians" },
    { "شنت طائرات التحالف غارتين على مدينة عمران أمس.",
      { { "عمران", "city", "YE", CTX } }, "عمران", -1, NULL },
    { "سقطت قذيفتان على حي الميدان صباح اليوم.",
      { { "الميدان", "neighbourhood", "SY", CTX } }, "الميدان", -1, NULL },
    { "وقد استهدفتا بلدة نوى فجر اليوم.",
      { { "نوى", "town", "SY", CTX } }, "نوى", -1, NULL },
  };

  fixture_check_event_cases (cases, G_N_ELEMENTS (cases));
}

/* Where it happened: the larger place that says where the site lies, the
 * launch site beside the target, the target a missile was fired at. */
static void
test_where_it_happened (void)
{
  static const EventCase cases[] = {
    { "غارة استهدفت بلدة عيترون بقضاء بنت جبيل أمس.",
      { { "عيترون", "village", "LB", CTX }, { "بنت جبيل", "town", "LB", CTX } },
      "عيترون", -1, "بنت جبيل" },
    { "قتل مدني بغارة على حي الشجاعية في غزة أمس.",
      { { "الشجاعية", "neighbourhood", "PS", CTX }, { "غزة", "city", "PS", CTX } },
      "الشجاعية", 1, "غزة" },
    /* a quarter after a market in it says where the market is */
    { "سقطت قذائف أمس على سوق الهال في حي الميدان، ما أدى إلى مقتل 4 مدنيين.",
      { { "سوق الهال", "facility", "SY", CTX }, { "الميدان", "neighbourhood", "SY", CTX } },
      "سوق الهال", 4, "الميدان" },
    { "أطلقت الصواريخ من بلدة الطارمية واستهدفت قاعدة بلد الجوية مساء أمس.",
      { { "الطارمية", "town", "IQ", CTX }, { "قاعدة بلد الجوية", "military_base", "IQ", CTX } },
      "قاعدة بلد الجوية", -1, "الطارمية" },
    { "اعترضت الدفاعات الجوية صاروخا باليستيا أطلق باتجاه مدينة نجران مساء أمس.",
      { { "نجران", "city", "SA", CTX } }, "نجران", -1, NULL },
    /* a village that belongs to a locality lies in it; a militia that
     * belongs to a country is its backer */
    { "هاجم مسلحون قرية تابعة لمحلية الكاملين مساء أمس.",
      { { "الكاملين", "district", "SD", CTX } }, "الكاملين", -1, NULL },
    /* "وسط X" after a site says where it lies: one event, both figures */
    { "قُتل 12 شخصا في غارة على مخيم النصيرات وسط قطاع غزة أمس، فيما انتشلت الطواقم 15 جثة من تحت الأنقاض.",
      { { "مخيم النصيرات", "camp", "PS", CTX }, { "وسط قطاع غزة", "region", "PS", CTX } },
      "مخيم النصيرات", 12, "وسط قطاع غزة" },
    /* where a road leads is no site, whatever was fired */
    { "وفي بلدة الخيام أمس، استهدفت مسيّرة دراجة نارية على الطريق المؤدي إلى مرجعيون، ما أدى إلى مقتل شخصين.",
      { { "الخيام", "village", "LB", CTX }, { "مرجعيون", "town", "LB", CTX } }, "الخيام", 2, "مرجعيون" },
    /* where a consequence was felt is no site */
    { "اندلعت اشتباكات في طرابلس أمس وأسفرت عن عشرات القتلى وتعليق الرحلات في مطار معيتيقة.",
      { { "طرابلس", "city", "LY", CTX }, { "مطار معيتيقة", "airport", "LY", CTX } },
      "طرابلس", 10, "مطار معيتيقة" },
    /* a countryside is a place of its own: its city is not the site */
    { "اندلعت اشتباكات عنيفة في ريف حلب الغربي أمس.",
      { { "ريف حلب الغربي", "region", "SY", CTX }, { "حلب", "city", "SY", CTX } },
      "ريف حلب الغربي", -1, "حلب" },
  };

  fixture_check_event_cases (cases, G_N_ELEMENTS (cases));
}

/* A bare attack is typed by whom it hit: people and villages make it
 * violence against civilians, soldiers and posts a battle; a weapon word
 * outranks it. */
static void
test_bare_attacks (void)
{
  static const EventCase cases[] = {
    { "هاجمت قوة من المسلحين قرية الهدى أمس مما أسفر عن مقتل 11 شخصا.",
      { { "الهدى", "village", "SD", CTX } }, "الهدى", 11, NULL, "Violence against civilians" },
    { "قتل ثلاثة جنود في هجوم على حاجز للجيش قرب بلدة الرحمة أمس.",
      { { "الرحمة", "town", "IQ", CTX } }, "الرحمة", 3, NULL, "Battles" },
    /* and a killing: of soldiers in a battle, of people an attack on them */
    { "أعلنت الجماعة مقتل 12 جنديا في منطقة الرحمة أمس.",
      { { "الرحمة", "town", "IQ", CTX } }, "الرحمة", 12, NULL, "Battles" },
    { "قتل ستة أشخاص في بلدة الرحمة أمس.",
      { { "الرحمة", "town", "IQ", CTX } }, "الرحمة", 6, NULL, "Violence against civilians" },
    { "قتل شخصان في هجوم بطائرة مسيرة على بلدة الرحمة أمس.",
      { { "الرحمة", "town", "IQ", CTX } }, "الرحمة", 2, NULL, "Explosions/Remote violence" },
  };

  fixture_check_event_cases (cases, G_N_ELEMENTS (cases));
}

/* What ACLED codes as strategic developments when it is done, not called for. */
static void
test_strategic_developments (void)
{
  static const EventCase cases[] = {
    { "أصدر الجيش أوامر إخلاء لسكان بلدة بيت لاهيا أمس.",
      { { "بيت لاهيا", "town", "PS", CTX } }, "بيت لاهيا", -1, NULL, "Strategic developments" },
    { "فرضت السلطات حظر التجول في مدينة الناصرية أمس.",
      { { "الناصرية", "city", "IQ", CTX } }, "الناصرية", -1, NULL, "Strategic developments" },
    { "سلمت القوات الأجنبية قاعدة التاجي إلى الجيش أمس.",
      { { "قاعدة التاجي", "military_base", "IQ", CTX } }, "قاعدة التاجي", -1, NULL, "Strategic developments" },
    /* ordered in anticipation of an attack: the order is the event, not
     * the attack feared; a war's toll told next kills nobody by it */
    { "وأصدرت سلطات الولاية أمس أوامر بإخلاء قرى قرب مدينة سنجة، تحسباً لهجوم محتمل. "
      "ويشهد السودان منذ عامين حرباً أودت بحياة عشرات الآلاف.",
      { { "سنجة", "city", "SD", CTX }, { "السودان", "country", "SD", CTX } }, "سنجة", FIXTURE_NO_FIGURE, NULL,
      "Strategic developments" },
    { "وعززت القوات انتشارها حول مدينة سنجة أمس تحسباً لهجوم على المدينة.",
      { { "سنجة", "city", "SD", CTX } }, NULL, -1, "سنجة" },
    { "وقال سكان إن المسلحين يحشدون أمس لهجوم وشيك على مدينة سنجة.",
      { { "سنجة", "city", "SD", CTX } }, NULL, -1, "سنجة" },
  };
  g_autoptr(MarsadEventExtractor) ex = fixture_extractor ();
  const FixturePlace called[] = { { "الناصرية", "city", "IQ", CTX } };
  g_autoptr(MarsadDocument) doc = fixture_document ("دعت المنظمة الدولية إلى فرض حظر التجول في مدينة الناصرية.",
                                                    "2024-03-06", called, 1);

  fixture_check_event_cases (cases, G_N_ELEMENTS (cases));
  /* called for, not done */
  marsad_event_extractor_run (ex, doc);
  g_assert_cmpuint (doc->events->len, ==, 0);
}

/* "جنوب البلاد" is the south of the country the passage speaks of; a
 * place after a preposition is where, not who. */
static void
test_the_country (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadExtractor) ex = marsad_extractor_new (&error);
  g_autoptr(MarsadDocument) doc = marsad_document_new_from_text (
    "قالت مصادر في سوريا إن اشتباكات اندلعت في مدينة تدمر وسط البلاد أمس. "
    "وفي العراق، قصفت الطائرات مواقع في جنوب البلاد.", -1, &error);
  gboolean south_iraq = FALSE, centre_syria = FALSE;

  g_assert_no_error (error);
  g_assert_true (marsad_extractor_run (ex, doc, NULL, NULL, NULL, &error));
  for (guint i = 0; i < doc->places->len; i++)
    {
      const MarsadPlace *p = g_ptr_array_index (doc->places, i);

      for (guint k = 0; k < p->mentions->len; k++)
        {
          const MarsadMention *m = &g_array_index (p->mentions, MarsadMention, k);
          g_autofree char *text = marsad_document_dup_span (doc, m->start, m->end);

          south_iraq |= g_str_equal (text, "جنوب البلاد") && g_strcmp0 (p->country, "IQ") == 0;
          centre_syria |= g_str_equal (text, "وسط البلاد") && g_strcmp0 (p->country, "SY") == 0;
          if (g_str_equal (text, "العراق"))
            g_assert_cmpint (m->role, !=, MARSAD_ROLE_ACTOR);
        }
    }
  g_assert_true (south_iraq);
  g_assert_true (centre_syria);
}

static MarsadDocument *
extract_text (MarsadExtractor *ex,
              const char      *text)
{
  g_autoptr(GError) error = NULL;
  MarsadDocument *doc = marsad_document_new_from_text (text, -1, &error);

  g_assert_no_error (error);
  g_assert_true (marsad_extractor_run (ex, doc, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return doc;
}

static const MarsadPlace *
place_named (const MarsadDocument *doc,
             const char           *name)
{
  for (guint i = 0; i < doc->places->len; i++)
    {
      const MarsadPlace *p = g_ptr_array_index (doc->places, i);

      if (g_strcmp0 (p->name, name) == 0)
        return p;
    }
  return NULL;
}

/* A road named by the two towns it joins is a place halfway between
 * them, approximate, and the site of what happened on it; the towns are
 * its name. A long road ("بين البصرة وبغداد") and a road's own name
 * ("طريق المطار") make none. */
static void
test_roads_between_towns (void)
{
  static const struct {
    const char *text;
    const char *road;      /* NULL: none */
    double      lat, lon;
  } cases[] = {
    { "وأحبطت القوات كميناً على الطريق الرابط بين مدينتي أفجوي وونلاوين أمس، ما أدى إلى مقتل جنديين.",
      "طريق أفجوي - ونلاوين", 2.38, 45.01 },
    { "وقُتل أربعة عسكريين جراء انفجار عبوة على طريق القامشلي - عامودا في سوريا أمس.",
      "طريق القامشلي - عامودة", 37.08, 41.08 },
    { "وسد المحتجون الطريق السريع بين البصرة وبغداد أمس.", NULL, 0, 0 },
    { "وأغلق المحتجون طريق المطار في بغداد أمس.", NULL, 0, 0 },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadExtractor) ex = marsad_extractor_new (&error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MarsadDocument) doc = extract_text (ex, cases[i].text);
      const MarsadPlace *road = NULL;
      const MarsadEvent *ev;

      g_test_message ("%s", cases[i].text);
      for (guint p = 0; p < doc->places->len; p++)
        if (g_strcmp0 (((const MarsadPlace *) g_ptr_array_index (doc->places, p))->kind, "road") == 0)
          road = g_ptr_array_index (doc->places, p);
      if (cases[i].road == NULL)
        {
          g_assert_null (road);
          continue;
        }
      g_assert_nonnull (road);
      g_assert_cmpstr (road->name, ==, cases[i].road);
      g_assert_true (road->approximate);
      g_assert_cmpfloat_with_epsilon (road->lat, cases[i].lat, 0.02);
      g_assert_cmpfloat_with_epsilon (road->lon, cases[i].lon, 0.02);
      g_assert_cmpuint (doc->events->len, ==, 1);
      ev = g_ptr_array_index (doc->events, 0);
      g_assert_cmpstr (ev->place_id, ==, road->id);
    }
}

/* "على بعد أربعين كيلومترا شمال الموصل" is a point of its own, about that far
 * that way, approximate; no town called "تقع" is made up; and "كلم" (km)
 * is no negation. */
static void
test_relative_location (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadExtractor) ex = marsad_extractor_new (&error);
  g_autoptr(MarsadDocument) doc = extract_text (ex,
    "وقعت الاشتباكات أمس في بلدة تقع على بعد أربعين كيلومترا شمال الموصل في العراق.");
  g_autoptr(MarsadDocument) km = extract_text (ex, "انفجرت قذيفة على بعد 15 كلم جنوب بغداد أمس.");
  g_autoptr(MarsadDocument) words = extract_text (ex, "قصفت الطائرات موقعا على بعد خمسة عشر كيلومترا شرق بغداد أمس.");
  const MarsadPlace *mosul = place_named (doc, "الموصل");
  const MarsadPlace *point = place_named (doc, "40 كم شمال الموصل");
  const MarsadEvent *ev;

  g_assert_no_error (error);
  g_assert_nonnull (mosul);
  g_assert_nonnull (point);
  g_assert_true (point->approximate);
  g_assert_cmpfloat_with_epsilon (point->lat - mosul->lat, 40.0 / 111.0, 0.01);
  g_assert_cmpfloat_with_epsilon (point->lon, mosul->lon, 0.01);
  g_assert_null (place_named (doc, "تقع"));
  g_assert_cmpuint (doc->events->len, ==, 1);
  ev = g_ptr_array_index (doc->events, 0);
  g_assert_cmpstr (ev->place_id, ==, point->id);

  g_assert_nonnull (place_named (km, "15 كم جنوب بغداد"));
  g_assert_cmpuint (km->events->len, ==, 1);
  g_assert_nonnull (place_named (words, "15 كم شرق بغداد"));

  /* after a comma, the distance describes the place just named: the
   * event is there, with its figures */
  {
    g_autoptr(MarsadDocument) named = extract_text (ex,
      "اندلعت معارك عنيفة أمس في بلدة الحامدية، على بعد نحو 30 كيلومترا غرب مدينة حلب، وأسفرت عن مقتل 12 مقاتلا.");
    const MarsadPlace *town = place_named (named, "الحامدية");

    g_assert_nonnull (town);
    g_assert_null (place_named (named, "30 كم غرب حلب"));
    g_assert_cmpuint (named->events->len, ==, 1);
    ev = g_ptr_array_index (named->events, 0);
    g_assert_cmpstr (ev->place_id, ==, town->id);
  }
}

/* Thousands of protesters are one protest, not a tally of many; a
 * province's protest stays apart from another town's told later. */
static void
test_crowds_and_provinces (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadExtractor) ex = marsad_extractor_new (&error);
  g_autoptr(MarsadDocument) crowd = extract_text (ex, "تظاهر آلاف المحتجين في مدينة البصرة في العراق أمس.");
  g_autoptr(MarsadDocument) two = extract_text (ex,
    "أغلق مئات المحتجين طرقا رئيسية في محافظة البصرة جنوب العراق مساء أمس. "
    "وارتفعت درجات الحرارة إلى خمسين درجة. "
    "وتظاهر العشرات أمام محطة الكهرباء في قضاء الزبير أمس.");
  const MarsadEvent *ev;
  guint n_protests = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (crowd->events->len, ==, 1);
  ev = g_ptr_array_index (crowd->events, 0);
  g_assert_cmpstr (ev->type, ==, "Protests");
  g_assert_false (ev->background);

  for (guint i = 0; i < two->events->len; i++)
    n_protests += g_str_equal (((const MarsadEvent *) g_ptr_array_index (two->events, i))->type, "Protests");
  g_assert_cmpuint (n_protests, ==, 2);
}

/* The lexicon's duals are derived, not listed. */
static void
test_inflected_duals (void)
{
  static const struct { const char *pattern; const char *dual; } cases[] = {
    { "غارة", "غارتين" }, { "غارة جوية", "غارتان جويتان" }, { "هجوم", "هجومين" },
    { "استهدفت", "استهدفتا" }, { "اشتبك", "اشتبكا" }, { "طائرة بدون طيار", "طائرتين بدون طيار" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GStrv) duals = marsad_inflect_duals (cases[i].pattern);

      g_assert_true (g_strv_contains ((const char * const *) duals, cases[i].dual));
    }
  {
    g_auto(GStrv) none = marsad_inflect_duals ("غارات");

    g_assert_null (none[0]);
  }
  {
    /* a verb listed in one person gives the others, not itself */
    static const struct { const char *pattern; const char *form; } verbs[] = {
      { "قتل", "قتلت" }, { "قتل", "قتلوا" }, { "اقتحمت", "اقتحم" }, { "اقتحمت", "اقتحموا" },
      { "رشقوا", "رشق" }, { "أعدم", "أعدمتا" }, { "أطلق … النار", "أطلقوا … النار" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
      {
        g_auto(GStrv) forms = marsad_inflect_verb (verbs[i].pattern);

        g_assert_true (g_strv_contains ((const char * const *) forms, verbs[i].form));
        g_assert_false (g_strv_contains ((const char * const *) forms, verbs[i].pattern));
      }
  }
}

/* Places the gazetteer lacks, announced by the word before them, placed
 * at the nearest place the sentence knows; words that only look like names
 * after such a word stay words. */
typedef struct
{
  const char *text;
  const char *mention;    /* a place mentioned exactly so (NULL: not checked) */
  const char *not_place;  /* no place mentioned so (NULL: not checked) */
} UnknownCase;

static gboolean
mentions (const MarsadDocument *doc,
          const char           *surface)
{
  for (guint i = 0; i < doc->places->len; i++)
    {
      const MarsadPlace *p = g_ptr_array_index (doc->places, i);

      for (guint k = 0; k < p->mentions->len; k++)
        {
          const MarsadMention *m = &g_array_index (p->mentions, MarsadMention, k);
          g_autofree char *text = marsad_document_dup_span (doc, m->start, m->end);

          if (g_strcmp0 (text, surface) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

static void
test_unknown_places (void)
{
  static const UnknownCase cases[] = {
    { "قتل ثلاثة مدنيين بقصف على منطقة الزهيرات قرب مدينة حلب أمس.", "الزهيرات", NULL },
    { "اندلعت اشتباكات في محلية الكدرو شمال الخرطوم.", "الكدرو", NULL },
    { "تجددت المعارك على جبل قرنفل شرق مدينة طرابلس اللبنانية.", "جبل قرنفل", NULL },
    { "نقل الجرحى إلى مستشفى بشائر في مدينة الخرطوم.", "مستشفى بشائر", NULL },
    { "انفجرت سيارة مفخخة في سوق شعبي وسط بغداد.", "بغداد", "شعبي" },
    { "تقع المنطقة العازلة في منطقة الحدود مع سوريا.", "سوريا", "الحدود" },
    /* a plural settlement word lists its places, joined by و */
    { "قصفت المدفعية بلدات الصورة الصغيرة وطفس والعجمي ونمر في ريف درعا.", "نمر", NULL },
    { "قصفت المدفعية بلدات الصورة الصغيرة وطفس والعجمي ونمر في ريف درعا.", "الصورة الصغيرة", NULL },
    /* spelling variants: a name's head glued to the rest; a countryside
     * named the other way round */
    { "وقعت الاشتباكات في ديرالزور شرق سوريا أمس.", "ديرالزور", NULL },
    { "قصفت الطائرات الريف الشمالي لحلب أمس.", "الريف الشمالي لحلب", NULL },
    /* a market named after a town says the town is there */
    { "انفجرت سيارة مفخخة في سوق ضحيان شمال اليمن.", "ضحيان", "سوق ضحيان" },
    /* a club or a national side is no place */
    { "فاز برشلونة على فالنسيا بهدفين في ملعب كامب نو في إسبانيا.", "إسبانيا", "برشلونة" },
    /* ... but a national side names its country */
    { "حقق منتخب مصر فوزا على نادي الزمالك في مباراة ودية.", "مصر", "الزمالك" },
    /* a news agency named like a town, in a dateline or after وكالة */
    { "الدوحة - قنا : التقى وزير الخارجية نظيره الفرنسي اليوم.", "الدوحة", "قنا" },
    { "وذكرت وكالة الأنباء القطرية قنا أن الوفد وصل إلى عمّان مساء أمس.", "عمّان", "قنا" },
    /* Medina's epithet is part of its name; Mecca's is not */
    { "وصل الحجاج إلى المدينة المنورة بعد أداء المناسك في مكة المكرمة.", "المدينة المنورة", "مكة المكرمة" },
    /* a town after a given name is a surname; a title or a family's word
     * opens a person's name; "أبا" before a name is a kunya */
    { "وغنى المطرب جون بون جوفي في القاهرة مساء أمس.", "القاهرة", "بون" },
    { "استشهد الإمام علي في الكوفة قبل قرون.", "الكوفة", "الإمام علي" },
    { "استقبل الشيخ محمد بن زايد آل نهيان الوفد في دبي.", "دبي", "آل نهيان" },
    { "وولّى أبا أيوب على المدينة المنورة.", "المدينة المنورة", "أبا" },
    /* an ordinary word naming a notable town, with a place of its
     * country beside it; alone or beside another country's, a word */
    { "انطلقت القافلة من طهران إلى مشهد أمس.", "مشهد", NULL },
    { "وصل الزوار إلى طهران ومشهد أمس.", "مشهد", NULL },
    { "سيطرت الفصائل على الباب شرق حلب.", "الباب", NULL },
    { "فتح الاتفاق الباب أمام سوريا للحوار.", "سوريا", "الباب" },
    { "وصل الوفد إلى القاهرة ومشهد الحدث حاضر.", "القاهرة", "مشهد" },
    { "وصل عبد الباب بريف حلب أمس.", "ريف حلب", "الباب" },
    { "سيطروا على الباب في محافظة حلب.", "الباب", NULL },
    /* spellings of big cities */
    { "التقى الوزيران في استنبول أمس.", "استنبول", NULL },
    { "أقلعت الطائرة من بوسطن إلى لوس انجليس.", "لوس انجليس", NULL },
    /* a town with a masculine nisba is a man or a club; the noun before
     * a town owns the adjective after it */
    { "فاز الفريق فوزا صعبا على هامبورغ الألماني في برلين.", "برلين", "هامبورغ" },
    { "قال مجلس البصرة المحلي إن الوضع هادئ.", "البصرة", NULL },
    { "نقلت الشركة طائراتها إلى مطاري عمان الأردني ودمشق السوري.", "دمشق", NULL },
    /* ordinary words that read as a proclitic and a town */
    { "عاد الهدوء إلى غزة بعد فترة وجيزة من القصف.", "غزة", "جيزة" },
    { "قصفت المدفعية بلدات كفرنبودة وتمانعة ووصل الجيش إلى ريف حماة.", NULL, "وصل" },
    { "امتدت المعارك إلى قرى تل الرمان وعين العرب في ريف حلب وقال المسؤول إن الوضع صعب.", "تل الرمان", "قال" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadExtractor) ex = marsad_extractor_new (&error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MarsadDocument) doc = marsad_document_new_from_text (cases[i].text, -1, &error);

      g_assert_no_error (error);
      g_assert_true (marsad_extractor_run (ex, doc, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      g_test_message ("%s", cases[i].text);
      if (cases[i].mention != NULL)
        g_assert_true (mentions (doc, cases[i].mention));
      if (cases[i].not_place != NULL)
        g_assert_false (mentions (doc, cases[i].not_place));
    }
}

/* A place near which the site lies is a landmark, larger or not; a site
 * joined by و to another is a site of its own, coarser or not. */
static void
test_landmarks_and_joined_sites (void)
{
  static const EventCase cases[] = {
    { "قتل 80 شخصا في غارات على الغوطة الشرقية قرب دمشق أمس.",
      { { "الغوطة الشرقية", "georegion", "SY", CTX }, { "دمشق", "city", "SY", CTX } },
      "الغوطة الشرقية", 80, "دمشق", NULL },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadExtractor) ex = marsad_extractor_new (&error);
  g_autoptr(MarsadDocument) doc = extract_text (ex, "اعترضت الدفاعات الجوية صواريخ فوق هضبة الجولان ومدينة إيلات فجر أمس.");
  const MarsadPlace *golan = place_named (doc, "الجولان");
  const MarsadPlace *eilat = place_named (doc, "إيلات");
  gboolean at_golan = FALSE, at_eilat = FALSE;

  fixture_check_event_cases (cases, G_N_ELEMENTS (cases));
  g_assert_no_error (error);
  g_assert_nonnull (golan);
  g_assert_nonnull (eilat);
  for (guint i = 0; i < doc->events->len; i++)
    {
      const MarsadEvent *ev = g_ptr_array_index (doc->events, i);

      at_golan |= g_strcmp0 (ev->place_id, golan->id) == 0;
      at_eilat |= g_strcmp0 (ev->place_id, eilat->id) == 0;
    }
  g_assert_true (at_golan);
  g_assert_true (at_eilat);
}

/* A ship is attacked at sea, not in the port it lies off: «قبالة ميناء
 * المخا» and «ميلا بحريا» put the event in the water, offshore, named after
 * the sea; the town stays context. A point measured from a city with its
 * feature word ("شمال مدينة الموصل") is measured too. */
static void
test_at_sea (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadExtractor) ex = marsad_extractor_new (&error);
  g_autoptr(MarsadDocument) off = extract_text (ex, "أصاب صاروخ سفينة تجارية قبالة ميناء المخا اليمني أمس.");
  g_autoptr(MarsadDocument) miles = extract_text (ex,
    "استهدف صاروخ ناقلة نفط على بعد 50 ميلا بحريا جنوب غرب الحديدة أمس.");
  g_autoptr(MarsadDocument) cue = extract_text (ex, "انفجرت سيارة على بعد 40 كلم شمال مدينة الموصل أمس.");
  const MarsadPlace *mocha = place_named (off, "المخا");
  const MarsadPlace *sea = place_named (off, "البحر الأحمر قبالة المخا");
  const MarsadPlace *far = place_named (miles, "البحر الأحمر قبالة الحديدة");
  const MarsadPlace *hodeidah = place_named (miles, "الحديدة");
  const MarsadEvent *ev;

  g_assert_no_error (error);
  g_assert_nonnull (mocha);
  g_assert_nonnull (sea);
  g_assert_cmpstr (sea->kind, ==, "water");
  g_assert_true (sea->approximate);
  g_assert_cmpfloat (sea->lon, <, mocha->lon);    /* offshore, to the west */
  g_assert_cmpuint (off->events->len, ==, 1);
  ev = g_ptr_array_index (off->events, 0);
  g_assert_cmpstr (ev->place_id, ==, sea->id);

  g_assert_nonnull (far);
  g_assert_nonnull (hodeidah);
  /* 50 nautical miles south-west: about 65 km each way */
  g_assert_cmpfloat_with_epsilon (hodeidah->lat - far->lat, 50 * 1.852 * M_SQRT1_2 / 111.0, 0.05);
  g_assert_cmpuint (miles->events->len, ==, 1);
  ev = g_ptr_array_index (miles->events, 0);
  g_assert_cmpstr (ev->place_id, ==, far->id);

  g_assert_nonnull (place_named (cue, "40 كم شمال الموصل"));
  g_assert_cmpuint (cue->events->len, ==, 1);
}

/* A clash on a border is on the line between the two countries: the
 * border is the event's place, neither country is. */
static void
test_on_a_border (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadExtractor) ex = marsad_extractor_new (&error);
  g_autoptr(MarsadDocument) doc = extract_text (ex,
    "قتل ثلاثة مهربين في اشتباك مع حرس الحدود على الحدود الأردنية-السورية فجر أمس.");
  g_autoptr(MarsadDocument) between = extract_text (ex,
    "قتل جنديان في تبادل لإطلاق النار على الحدود بين السودان وتشاد أمس.");
  const MarsadPlace *border = place_named (doc, "الحدود الأردنية-السورية");
  const MarsadPlace *line = place_named (between, "الحدود بين السودان وتشاد");
  const MarsadEvent *ev;

  g_assert_no_error (error);
  g_assert_nonnull (border);
  g_assert_cmpstr (border->kind, ==, "border");
  g_assert_cmpuint (doc->events->len, ==, 1);
  ev = g_ptr_array_index (doc->events, 0);
  g_assert_cmpstr (ev->place_id, ==, border->id);

  g_assert_nonnull (line);
  g_assert_cmpuint (between->events->len, ==, 1);
  ev = g_ptr_array_index (between->events, 0);
  g_assert_cmpstr (ev->place_id, ==, line->id);
}

/* A lead's toll sums the attacks told one by one after it: the tally
 * lists them; a retelling with the same figure sums nothing. */
static void
test_tally_parts (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadExtractor) ex = marsad_extractor_new (&error);
  g_autoptr(MarsadDocument) doc = extract_text (ex,
    "قتل 20 شخصا في هجمات على قرى ولاية الجزيرة أمس.\n\n"
    "وقتل 11 شخصا في هجوم على قرية ود الحليو بالولاية أمس، وقتل ستة أشخاص في قرية ود الفضل أمس.");
  g_autoptr(GPtrArray) parts = NULL;
  const MarsadEvent *tally = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < doc->events->len; i++)
    {
      const MarsadEvent *ev = g_ptr_array_index (doc->events, i);
      int lo, hi;

      if (marsad_event_get_fatalities (ev, &lo, &hi) && lo == 20)
        tally = ev;
    }
  g_assert_nonnull (tally);
  parts = marsad_document_dup_tally_parts (doc, tally);
  g_assert_cmpuint (parts->len, ==, 2);
  for (guint i = 0; i < parts->len; i++)
    g_assert_cmpuint (g_ptr_array_index (parts, i) != tally, ==, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reporting/quoted-reports", test_quoted_reports);
  g_test_add_func ("/reporting/dual-triggers", test_dual_triggers);
  g_test_add_func ("/reporting/where-it-happened", test_where_it_happened);
  g_test_add_func ("/reporting/inflected-duals", test_inflected_duals);
  g_test_add_func ("/reporting/strategic-developments", test_strategic_developments);
  g_test_add_func ("/reporting/the-country", test_the_country);
  g_test_add_func ("/reporting/relative-location", test_relative_location);
  g_test_add_func ("/reporting/crowds-and-provinces", test_crowds_and_provinces);
  g_test_add_func ("/reporting/unknown-places", test_unknown_places);
  g_test_add_func ("/reporting/at-sea", test_at_sea);
  g_test_add_func ("/reporting/on-a-border", test_on_a_border);
  g_test_add_func ("/reporting/bare-attacks", test_bare_attacks);
  g_test_add_func ("/reporting/tally-parts", test_tally_parts);
  g_test_add_func ("/reporting/landmarks-and-joined-sites", test_landmarks_and_joined_sites);
  g_test_add_func ("/reporting/roads-between-towns", test_roads_between_towns);
  return g_test_run ();
}
