/* test-geoparser-unknown.c: places the gazetteer lacks, announced by a
 * settlement word, on sentences written for these tests
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "geoparser-test-support.h"

typedef GeoparserFixture Fixture;
#define parse geoparser_fixture_parse

/* A village the gazetteer lacks, in a sentence that names no place, lies
 * in the region the passage is about. */
static void
test_unknown_in_passage (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(MarsadDocument) doc = parse (f, "سيطرت قوات الدعم السريع على ولاية الجزيرة في ديسمبر.\n\n"
                                            "وقال التجمع إن الأوضاع صعبة منذ ذلك الحين. "
                                            "وقتلت ستة أشخاص من قرية ود الحليو بشرق الولاية.");
  MarsadPlace *village = place_mentioned_as (doc, "ود الحليو", NULL);

  g_assert_nonnull (village);
  g_assert_cmpstr (village->country, ==, "SD");
  g_assert_true (village->approximate);
}

/* A side of a country ("وسط البلاد") is a broad region: an unknown village
 * of the passage lies at the state named there, not at the country's
 * centre. */
static void
test_unknown_beside_country_side (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(MarsadDocument) doc = parse (f, "سيطرت قوات الدعم السريع على ولاية الجزيرة بوسط البلاد في ديسمبر.\n\n"
                                            "وقتلت ستة أشخاص من قرية ود الحليو أمس.");
  MarsadPlace *village = place_mentioned_as (doc, "ود الحليو", NULL);
  MarsadPlace *state = place_mentioned_as (doc, "الجزيرة", NULL);
  MarsadPlace *side = place_mentioned_as (doc, "وسط البلاد", NULL);

  g_assert_nonnull (village);
  g_assert_nonnull (state);
  g_assert_nonnull (side);
  g_assert_cmpstr (side->kind, ==, "georegion");
  g_assert_cmpfloat_with_epsilon (village->lat, state->lat, 0.01);
  g_assert_cmpfloat_with_epsilon (village->lon, state->lon, 0.01);
}

/* Heads that announce a place the gazetteer lacks: a quarter in construct
 * with a definite name that ends like an adjective ("حي الدحي"), a quarter
 * after a preposition without the article ("في حي هودان"), a valley, a name
 * opened by "النبي", a dam, an island, a refinery; and what only looks so:
 * "بلده" (his country) before an ordinal, "وأدى" (and it led) folded like "وادي". A name after a head that
 * the text already gave a known place is that place. */
static void
test_unknown_heads (Fixture       *f,
                    gconstpointer  data)
{
  static const struct {
    const char *text;
    const char *surface;
    const char *kind;     /* NULL: no place reads so */
  } cases[] = {
    { "قُتل جندي برصاص قناص في حي الدحي غرب مدينة تعز.", "الدحي", "neighbourhood" },
    { "وانفجرت عبوة ناسفة في حي هودان بمدينة مقديشو.", "هودان", "neighbourhood" },
    { "وقصفت المدفعية أطراف بلدة الناقورة ووادي حامول جنوب لبنان.", "وادي حامول", "georegion" },
    { "وفي شرق لبنان، قتل ستة أشخاص بغارة على حي النبي أنعام في بعلبك.", "النبي أنعام", "neighbourhood" },
    { "وقال الرئيس إنه سعيد بالعودة إلى بلده الثاني بعد زيارة مدينة تعز.", "الثاني", NULL },
    { "وأدى القصف على مدينة تعز إلى دمار واسع.", "القصف", NULL },
    { "وقال إن الأسير حي يرزق في مدينة تعز.", "يرزق", NULL },
    { "وبثت القناة صورا للجندي حي يتحدث إلى الكاميرا في مدينة تعز.", "يتحدث", NULL },
    { "وأدى تناثر الشظايا إلى إصابة ثلاثة في مدينة تعز.", "تناثر الشظايا", NULL },
    /* after a feminine head, a masculine nisba's ending is a name's, not an
     * adjective's; a present verb there opens a relative clause */
    { "قصفت المدفعية قرى في منطقة شيلاني شمال مدينة دهوك.", "شيلاني", "neighbourhood" },
    { "ووصل النازحون إلى منطقة تعاني من نقص في المياه قرب مدينة تعز.", "تعاني", NULL },
    { "وانتشرت القوات في منطقة حدودية قرب مدينة تعز.", "حدودية", NULL },
    /* a facility named after a town, with the word that says what it is,
     * is a place of its own and no mention of the town; a university is
     * an organisation, and a stage of talks no plant */
    { "وقال مصدر في مستشفى جبلة الوطني إن جريحين نقلا إليه من ريف اللاذقية.", "مستشفى جبلة الوطني", "facility" },
    { "وقال مصدر في مستشفى جبلة الوطني إن جريحين نقلا إليه من ريف اللاذقية.", "جبلة", NULL },
    { "واندلع حريق في مصفاة الزاوية غرب العاصمة الليبية طرابلس.", "مصفاة الزاوية", "facility" },
    { "ونقل الجرحى إلى مستشفى تبنين الحكومي في جنوب لبنان.", "مستشفى تبنين الحكومي", "facility" },
    { "وتظاهر طلاب جامعة بغداد أمام مبنى الوزارة في العراق.", "بغداد", NULL },
    { "وتظاهر طلاب جامعة بغداد أمام مبنى الوزارة في العراق.", "جامعة بغداد", NULL },
    /* a market named after a city abroad is where the text is, not there */
    { "وسقطت قذائف على سوق كابل المركزي في مدينة أم درمان بالسودان.", "سوق كابل المركزي", "facility" },
    { "وسقطت قذائف على سوق كابل المركزي في مدينة أم درمان بالسودان.", "كابل", NULL },
    { "وسقطت مسيرة داخل حقل خورمالة النفطي جنوب غربي أربيل.", "حقل خورمالة النفطي", "facility" },
    { "واستهدفت مسيرات محطة أم دباكر الحرارية قرب مدينة كوستي.", "محطة أم دباكر الحرارية", "facility" },
    { "وخرجت محطة الشهيد التحويلية قرب مدينة كوستي عن الخدمة بعد قصفها.", "محطة الشهيد التحويلية", "facility" },
    { "واستهدفت مسيرة «محطة الشهيد التحويلية» قرب مدينة كوستي.", "محطة الشهيد التحويلية", "facility" },
    /* a junction or a compound is named in quotation marks, or not at all */
    { "وانفجرت شاحنة مفخخة عند تقاطع \"زوبي\" المزدحم في مدينة مقديشو.", "تقاطع \"زوبي\"", "facility" },
    { "وسقطت قذائف داخل مجمع «حلني» المحصن في مدينة مقديشو.", "مجمع «حلني»", "facility" },
    { "وافتتح مجمع تجاري جديد في مدينة مقديشو.", "تجاري", NULL },
    { "وتجمع المحتجون عند تقاطع الطرق في مدينة مقديشو.", "الطرق", NULL },
    { "وعاد الجنود من ساحة المعركة إلى مدينة مقديشو.", "ساحة المعركة", NULL },
    { "وعبرت الدبابات جسر النهر قرب مدينة مقديشو.", "جسر النهر", NULL },
    { "وأغلقت السلطات محطة القطار في مدينة كوستي.", "محطة القطار", NULL },
    { "ويعمل في حقل الإغاثة منذ سنوات في مدينة كوستي.", "حقل الإغاثة", NULL },
    /* a quarter is named with its head; the dual's second name may open
     * with a name head */
    { "وقتل شابان بقصف مسيرة في حارة البلاونة بمدينة طولكرم.", "حارة البلاونة", "neighbourhood" },
    { "وانتشرت القوات في حارتي المنشية وجبل النصر بمدينة طولكرم.", "المنشية", "neighbourhood" },
    { "وانتشرت القوات في حارتي المنشية وجبل النصر بمدينة طولكرم.", "جبل النصر", "neighbourhood" },
    /* a front line after a preposition of place; a front that is a party
     * or an armed group is none */
    { "وتجددت المواجهات في جبهة رغوان شمال غرب مدينة مأرب.", "جبهة رغوان", "georegion" },
    { "وقاطعت الجلسة كل الكتل ما عدا جبهة التوافق في العراق.", "جبهة التوافق", NULL },
    { "وقال إن عناصر في جبهة النصرة هاجموا مدينة إدلب.", "جبهة النصرة", NULL },
    /* "منطقة" before a name that a direction follows */
    { "وقصف الحوثيون قرى سكنية في منطقة مريس شمال مدينة قعطبة في محافظة الضالع.", "مريس", "neighbourhood" },
    /* a basin and a plain with a name that takes the article, after a
     * preposition of place */
    { "وهاجم مسلحون نقطة للجيش في حوض الوقف شمال شرقي قضاء المقدادية في محافظة ديالى.", "حوض الوقف", "georegion" },
    { "وقصفت المدفعية قرى في سهل الغاب غرب مدينة حماة.", "سهل الغاب", "georegion" },
    /* a participle that says where it lies ends a name */
    { "وتحصن المسلحون في جبال هورامان الممتدة بين مدينتي كركوك وتكريت.", "هورامان", "georegion" },
    { "وتحصن المسلحون في جبل هورامان الممتد بين مدينتي كركوك وتكريت.", "هورامان الممتد", NULL },
    { "وتحصن المسلحون في جبل هورامان الممتد بين مدينتي كركوك وتكريت.", "جبل هورامان", "georegion" },
    { "وأقيم المعرض في سهل تحيط به الجبال قرب مدينة حماة.", "سهل تحيط", NULL },
    { "وافتتح حوض السباحة الجديد في مدينة حماة.", "حوض السباحة", NULL },
    /* an adjective, a verbal noun, a present verb, a pronoun's noun or a
     * cut proclitic after a head names nothing */
    { "وسقطت الصواريخ في مناطق مفتوحة قرب مدينة تعز.", "مفتوحة", NULL },
    { "وتشهد مناطق سيطرة «الفصائل» قرب مدينة تعز توترا.", "سيطرة", NULL },
    { "وأطلق مسلحون النار على حاجز لـ«الفصائل» قرب مدينة تعز.", "حاجز لـ", NULL },
    { "ونقل الجرحى إلى آخر مستشفى يعمل في مدينة تعز.", "مستشفى يعمل", NULL },
    /* a hospital with the article is named by a country's adjective or a
     * side, not by its kind; one named after a place far away, or with
     * "العام" after the name, keeps its head */
    { "واقتحم مسلحون المستشفى التركي في مدينة تعز أمس.", "المستشفى التركي", "facility" },
    { "وسقطت قذيفة قرب المستشفى الجنوبي في مدينة تعز.", "المستشفى الجنوبي", "facility" },
    { "ونقل الجرحى إلى المستشفى الميداني في مدينة تعز.", "المستشفى الميداني", NULL },
    { "ونقل الجرحى إلى مستشفى الصداقة العام في مدينة تعز.", "مستشفى الصداقة العام", "facility" },
    { "وتوفي مصاب في مستشفى حلب بمدينة تعز.", "مستشفى حلب", "facility" },
    { "وأعلنت الشركة أن السفن غيرت مسارها إلى ميناء توقفها قرب مدينة تعز.", "ميناء توقفها", NULL },
    { "وقال إن آخر مصفاة عاملة في مدينة تعز توقفت.", "مصفاة عاملة", NULL },
    /* "محلية" after a plural is "local"; an office is no district */
    { "وقالت مجموعات محلية مسلحة إنها هاجمت حاجزا في مدينة تعز.", "مسلحة", NULL },
    { "وقالت مصادر محلية متطابقة إن القصف طال مدينة تعز.", "متطابقة", NULL },
    { "وأعلنت مديرية توزيع كهرباء تعز انقطاع التيار عن مدينة تعز.", "توزيع", NULL },
    { "وأعلن معتمد محلية شيكان أن القصف طال مدينة الأبيض.", "شيكان", "district" },
    /* a dam after a preposition of place, an island, a refinery; "سد" the
     * verb, and the organisation "القاعدة في جزيرة العرب", are none */
    { "اندلعت اشتباكات قرب سد تشرين شرق مدينة حلب.", "سد تشرين", "facility" },
    { "قصفت الطائرات جزيرة كمران قبالة مدينة الحديدة.", "جزيرة كمران", "georegion" },
    { "سقطت قذائف قرب مصفاة الصمود غرب مدينة تعز.", "مصفاة الصمود", "facility" },
    { "سد المحتجون الطريق الرئيسي في مدينة تعز.", "المحتجون الطريق", NULL },
    { "وتبنى تنظيم القاعدة في جزيرة العرب الهجوم على مدينة تعز.", "جزيرة العرب", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MarsadDocument) doc = parse (f, cases[i].text);
      MarsadPlace *place = place_mentioned_as (doc, cases[i].surface, NULL);

      g_test_message ("%s: %s", cases[i].text, cases[i].surface);
      if (cases[i].kind == NULL)
        {
          g_assert_null (place);
          continue;
        }
      g_assert_nonnull (place);
      g_assert_cmpstr (place->kind, ==, cases[i].kind);
    }

  /* a market named after a city abroad stands where the text is */
  {
    g_autoptr(MarsadDocument) doc = parse (f, "وسقطت قذائف على سوق كابل المركزي في مدينة أم درمان بالسودان.");
    MarsadPlace *market = place_mentioned_as (doc, "سوق كابل المركزي", NULL);

    g_assert_nonnull (market);
    g_assert_cmpstr (market->country, ==, "SD");
  }

  {
    g_autoptr(MarsadDocument) doc = parse (f, "قصفت الطائرات بلدة حمورية في ريف دمشق فجر اليوم. "
                                              "وقال أحد سكان مدينة الحمورية إن الشوارع خلت.");
    MarsadPlace *town = place_mentioned_as (doc, "حمورية", NULL);

    g_assert_nonnull (town);
    g_assert_true (place_mentioned_as (doc, "الحمورية", NULL) == town);
  }
}

/* A short span in quotation marks after a settlement word, or listed after
 * "بينها" following a plural one, is a name whatever its words are (a base
 * is one without "الجوية"); a known place in the list is found as any other
 * and stepped over. A quotation that is speech, or terms listed after
 * "المناطق", name nothing. */
static void
test_unknown_quoted (Fixture       *f,
                     gconstpointer  data)
{
  static const struct {
    const char *text;
    const char *surface;
    const char *kind;     /* NULL: no place reads so */
    const char *name;     /* a facility keeps its head, without the marks */
  } cases[] = {
    { "قصفت الطائرات بلدة «العطشان» جنوب مدينة الأبيض أمس.", "العطشان", "town", "العطشان" },
    { "سيطرت القوات على قاعدة «النسور» شمال مدينة مأرب أمس.", "قاعدة «النسور»", "military_base", "قاعدة النسور" },
    { "سيطرت القوات على قرى في ولاية الجزيرة، بينها «الحصاحيصا» و«أم غرين» و«ود الشيخ حامد».", "أم غرين", "village", "أم غرين" },
    { "سيطرت القوات على قرى في ولاية الجزيرة، بينها «الحصاحيصا» و«أم غرين» و«ود الشيخ حامد».", "ود الشيخ حامد", "village", "ود الشيخ حامد" },
    { "وقال أحد سكان القرية: «الوضع في القرية خطير»، بعد قصف مدينة الأبيض.", "الوضع في القرية", NULL, NULL },
    { "وضع الطرفان شروطا لوقف القتال في المناطق، بينها «انسحاب القوات» من مدينة الأبيض.", "انسحاب القوات", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MarsadDocument) doc = parse (f, cases[i].text);
      MarsadPlace *place = place_mentioned_as (doc, cases[i].surface, NULL);

      g_test_message ("%s: %s", cases[i].text, cases[i].surface);
      if (cases[i].kind == NULL)
        {
          g_assert_null (place);
          continue;
        }
      g_assert_nonnull (place);
      g_assert_cmpstr (place->kind, ==, cases[i].kind);
      g_assert_cmpstr (place->name, ==, cases[i].name);
    }

  {
    g_autoptr(MarsadDocument) doc = parse (f, cases[2].text);
    MarsadPlace *known = place_mentioned_as (doc, "الحصاحيصا", NULL);

    g_assert_nonnull (known);
    g_assert_nonnull (known->source_id);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add ("/geoparser/" path, Fixture, NULL, geoparser_fixture_set_up, fn, geoparser_fixture_tear_down)
  ADD ("unknown-in-passage", test_unknown_in_passage);
  ADD ("unknown-beside-country-side", test_unknown_beside_country_side);
  ADD ("unknown-heads", test_unknown_heads);
  ADD ("unknown-quoted", test_unknown_quoted);
#undef ADD

  return g_test_run ();
}
