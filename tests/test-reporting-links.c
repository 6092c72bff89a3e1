/* test-reporting-links.c: which event a number, a noun or a place of real
 * reporting belongs to — the event itself or its victims, the event told
 * with that noun, the clause it stands in — one table per phenomenon, on
 * sentences written for these tests.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "event-fixture.h"

#define CTX MARSAD_ROLE_CONTEXT
#define ACT MARSAD_ROLE_ACTOR

/* A number counts strikes only when it counts the event word itself
 * ("عشرات الغارات"، "ثلاث عمليات قصف") over a period (منذ، خلال): one that
 * counts the dead, a dual victim, the subject of a verb or the munitions of
 * a barrage leaves a single event, not background. */
static void
test_counted_events (void)
{
  static const EventCase cases[] = {
    { "قال الدفاع المدني إن أربعة شبان قُتلوا فجر اليوم في غارة على بلدة الخيام.",
      { { "الخيام", "town", "LB", CTX } }, "الخيام", 4, NULL, NULL, -1 },
    { "وقتل شخصان بضربة جوية قرب مدينة الرستن أمس.",
      { { "الرستن", "town", "SY", CTX } }, "الرستن", 2, NULL, NULL, -1 },
    { "وذكر المرصد أن سبعة قتلوا في قصف على قرية كفرومة أمس.",
      { { "كفرومة", "village", "SY", CTX } }, "كفرومة", 7, NULL, NULL, -1 },
    /* the events counted: a summary, background */
    { "وشنت الطائرات عشرات الغارات على ريف بلدة الهبيط منذ مطلع الشهر.",
      { { "الهبيط", "town", "SY", CTX } }, "الهبيط", -1, NULL, NULL, 1 },
    { "ونفذت الفصائل ثلاث عمليات قصف على بلدة كفرنبودة خلال الأسبوع.",
      { { "كفرنبودة", "town", "SY", CTX } }, "كفرنبودة", -1, NULL, NULL, 1 },
    { "وشنت المقاتلات 40 غارة على محيط بلدة الهبيط منذ مطلع الشهر.",
      { { "الهبيط", "town", "SY", CTX } }, "الهبيط", -1, NULL, NULL, 1 },
    /* counted on one day at one place, with no period: one event as ACLED
     * codes it, not a summary */
    { "وشنت الطائرات ثلاث غارات على بلدة كفرنبودة فجر اليوم.",
      { { "كفرنبودة", "town", "SY", CTX } }, "كفرنبودة", -1, NULL, NULL, -1 },
    /* the munitions of one barrage are no count of events */
    { "وقصفت قوات النظام مساء أمس بلدة الهبيط بعشرات القذائف.",
      { { "الهبيط", "town", "SY", CTX } }, "الهبيط", -1, NULL, NULL, -1 },
    { "وأطلقت الفصائل مئات القذائف على بلدة الهبيط منذ مطلع الشهر.",
      { { "الهبيط", "town", "SY", CTX } }, "الهبيط", -1, NULL, NULL, 1 },
  };

  fixture_check_event_cases (cases, G_N_ELEMENTS (cases));
}

/* "… في الضربة" is the event told with "ضربة", not the one told last; and
 * what came "بعد ساعات من"، "فيما" is another event, though no place
 * stands between the words */
static void
test_event_told_before (void)
{
  static const EventCase cases[] = {
    { "دوّت انفجارات قرب مدينة حمص فجر اليوم، في ضربة جديدة استهدفت مستودعات نسبتها دمشق إلى إسرائيل، "
      "بعد ساعات من إطلاق صواريخ اعترضتها الدفاعات فوق بلدة القصير. "
      "وقال مسؤول محلي إن خمسة جنود قُتلوا في الضربة.",
      { { "حمص", "city", "SY", CTX }, { "القصير", "town", "SY", CTX },
        { "دمشق", "city", "SY", ACT }, { "إسرائيل", "country", "IL", ACT } }, "حمص", 5, NULL },
    { "وقعت انفجارات قرب مدينة حماة ليل أمس، في هجوم جديد نسبته دمشق إلى الفصائل، "
      "فيما أفادت مصادر بغارة على قرية كفرنبودة. وقُتل ثلاثة عناصر في الهجوم.",
      { { "حماة", "city", "SY", CTX }, { "كفرنبودة", "village", "SY", CTX },
        { "دمشق", "city", "SY", ACT } }, "حماة", 3, NULL },
    /* "المواجهات" with a town of its own: the clashes told last, though a
     * strike was told after them */
    { "تجددت الاشتباكات أمس في محيط بلدة الهبيط، في وقت قُتل فيه شخصان بضربة جوية قرب مدينة معرة النعمان. "
      "وقال المرصد إن المواجهات تركزت في بلدة كفرنبل، وأسفرت عن مقتل 6 أشخاص.",
      { { "الهبيط", "town", "SY", CTX }, { "معرة النعمان", "town", "SY", CTX }, { "كفرنبل", "town", "SY", CTX } },
      "كفرنبل", 6, NULL, "Battles" },
    /* a place after "فيما" is the next clause's, commas or not */
    { "اشتبك الجيش مع المسلحين في بلدة الكدرو، فيما تعرضت مدينة الفاشر، عاصمة شمال دارفور، لقصف مدفعي أمس، "
      "بعد ساعات من هجوم بطائرات مسيّرة على مدينة بورتسودان.",
      { { "الكدرو", "town", "SD", CTX }, { "الفاشر", "city", "SD", CTX }, { "بورتسودان", "city", "SD", CTX } },
      "الفاشر", -1, NULL, "Explosions/Remote violence" },
    /* what the strike told again hit, by the verb right after it, is its site */
    { "شنت طائرات غارة على منطقة البقاع أمس. وقالت مصادر محلية إن الغارة أصابت مستودعاً في محيط بلدة بوداي، "
      "وأسفرت عن مقتل شخص واحد.",
      { { "البقاع", "region", "LB", CTX }, { "بوداي", "village", "LB", CTX } }, "بوداي", 1, NULL },
  };

  fixture_check_event_cases (cases, G_N_ELEMENTS (cases));
}

/* "وفي طولكرم، … في غارة على مخيم نور شمس": the place fronted at the head
 * of the sentence says where the paragraph is; the site the clause names
 * is where it happened — unless the clause names nothing as fine */
static void
test_fronted_setting (void)
{
  static const EventCase cases[] = {
    { "وفي جنين، قال مسعفون إن أربعة شبان قُتلوا في غارة بطائرة مسيّرة على مخيم الجلزون أمس.",
      { { "جنين", "town", "PS", CTX }, { "مخيم الجلزون", "camp", "PS", CTX } }, "مخيم الجلزون", 4, "جنين" },
    { "وفي الخليل، قُتل شاب في مواجهات مع الجيش في الضفة الغربية أمس.",
      { { "الخليل", "city", "PS", CTX }, { "الضفة الغربية", "territory", "PS", CTX } }, "الخليل", 1, NULL },
    { "وفي حماة قُتل ثلاثة في قصف على بلدة كفرزيتا أمس.",
      { { "حماة", "city", "SY", CTX }, { "كفرزيتا", "town", "SY", CTX } }, "حماة", -1, NULL },
    /* a district that lies in the fronted city is a site of its rank; one
     * far from it is still where the clause says it happened (the place
     * fronted is the paragraph's governorate, named by its seat) */
    { "وفي عدن، خرج مئات المحتجين أمس في مديرية كريتر وقطعوا الشوارع.",
      { { "عدن", "city", "YE", CTX, 12.80, 45.03 }, { "كريتر", "district", "YE", CTX, 12.78, 45.04 } },
      "كريتر", -1, "عدن" },
    { "وفي تعز، خرج مئات المحتجين أمس في مديرية المخا وقطعوا الشوارع.",
      { { "تعز", "city", "YE", CTX, 13.58, 44.02 }, { "المخا", "district", "YE", CTX, 13.32, 43.25 } },
      "المخا", -1, "تعز" },
    { "وفي الحديدة، قصفت القوات منازل المواطنين في مديرية حيس فجر اليوم.",
      { { "الحديدة", "city", "YE", CTX, 14.80, 42.95 }, { "حيس", "district", "YE", CTX, 13.94, 43.50 } },
      "حيس", -1, "الحديدة" },
    /* …but not a country or a region: "في سوريا" after "وفي حلب،"
     * frames the town */
    { "وفي حلب، قصفت الطائرات أحياء سكنية في سوريا أمس.",
      { { "حلب", "city", "SY", CTX }, { "سوريا", "country", "SY", CTX } }, "حلب", -1, "سوريا" },
  };

  fixture_check_event_cases (cases, G_N_ELEMENTS (cases));
}

/* "أفاد مصدر عسكري في محور تعز بأن…": where the source is yields to the
 * place the report tells, and the figure goes there; told alone, it is
 * where it happened; officials held to account are no source */
static void
test_source_whereabouts (void)
{
  static const EventCase cases[] = {
    { "أفاد مصدر عسكري في محور تعز بأن ثلاثة جنود قُتلوا في مواجهات مع المسلحين في جبهة مقبنة أمس.",
      { { "تعز", "city", "YE", CTX, 13.58, 44.02 }, { "مقبنة", "district", "YE", CTX, 13.58, 43.66 } },
      "مقبنة", 3, "تعز" },
    { "وقالت مصادر محلية في بلدة نوى إن قصفاً مدفعياً استهدف الأحياء السكنية أمس.",
      { { "نوى", "town", "SY", CTX } }, "نوى", -1, NULL },
    { "وتظاهر المئات أمس مطالبين بمحاسبة المسؤولين في محافظة درعا.",
      { { "محافظة درعا", "region", "SY", CTX } }, "محافظة درعا", -1, NULL },
    { "وشهد جنوب سوريا أمس احتجاجات طالب فيها المحتجون بمحاسبة المسؤولين في بلدة نوى.",
      { { "جنوب سوريا", "georegion", "SY", CTX }, { "نوى", "town", "SY", CTX } }, "نوى", -1, NULL },
    /* what the source says begins at إن: its place is the report's */
    { "وفي محافظة الضالع، قال مصدر إن قرى في مديرية قعطبة تعرضت أمس لقصف مدفعي.",
      { { "محافظة الضالع", "region", "YE", CTX }, { "مديرية قعطبة", "district", "YE", CTX } },
      "مديرية قعطبة", -1, NULL },
    { "وفي محافظة الضالع، أفادت مصادر بأن مديرية قعطبة تعرضت أمس لقصف مدفعي.",
      { { "محافظة الضالع", "region", "YE", CTX }, { "مديرية قعطبة", "district", "YE", CTX } },
      "مديرية قعطبة", -1, NULL },
    /* an official is a person the killing counts */
    { "واغتال مسلحون مسؤولاً محلياً في بلدة نوى مساء أمس.",
      { { "نوى", "town", "SY", CTX } }, "نوى", 1, NULL },
  };

  fixture_check_event_cases (cases, G_N_ELEMENTS (cases));
}

/* A body named after its place ("تنسيقية لجان مقاومة الفاشر", "شبكة أطباء
 * السودان") speaks; the place in its name is no site. A preposition ends
 * the name: a body's office "في مدينة الفاشر" is where it is. */
static void
test_body_names (void)
{
  static const EventCase cases[] = {
    { "قُتل 12 مدنياً أمس في قصف استهدف مخيم زمزم، بحسب ما أفادت «تنسيقية لجان مقاومة الفاشر».",
      { { "مخيم زمزم", "camp", "SD", CTX }, { "الفاشر", "city", "SD", CTX } }, "مخيم زمزم", 12, "الفاشر" },
    { "وقالت «شبكة أطباء كادقلي» إن خمسة أشخاص قُتلوا في قصف على مدينة الأبيض أمس.",
      { { "كادقلي", "city", "SD", CTX }, { "الأبيض", "city", "SD", CTX } }, "الأبيض", 5, "كادقلي" },
    { "واستهدف القصف أمس مقر منظمة في مدينة الفاشر، ما أسفر عن مقتل ثلاثة من موظفيها.",
      { { "الفاشر", "city", "SD", CTX } }, "الفاشر", 3, NULL },
  };

  fixture_check_event_cases (cases, G_N_ELEMENTS (cases));
}

/* What protesters demand is no site when the sentence told where they
 * are before it; a demand with no place before it leaves its place be. */
static void
test_demand_place (void)
{
  static const EventCase cases[] = {
    { "وفي كسلا، نظم العشرات أمس وقفة احتجاجية رفعوا خلالها لافتات تطالب بإيصال الدواء إلى مدينة الأبيض.",
      { { "كسلا", "city", "SD", CTX }, { "الأبيض", "city", "SD", CTX } }, "كسلا", -1, "الأبيض" },
    { "وتظاهر المئات في مدينة كسلا أمس مطالبين بفك الحصار عن مدينة الأبيض.",
      { { "كسلا", "city", "SD", CTX }, { "الأبيض", "city", "SD", CTX } }, "كسلا", -1, "الأبيض" },
    { "وتظاهر المئات أمس مطالبين بمحاسبة المسؤولين في مدينة الأبيض.",
      { { "الأبيض", "city", "SD", CTX } }, "الأبيض", -1, NULL },
    /* two places after the demand: neither yields to the other */
    { "وتظاهر المئات أمس مطالبين بمحاسبة المسؤولين في مدينتي الأبيض وكسلا.",
      { { "الأبيض", "city", "SD", CTX }, { "كسلا", "city", "SD", CTX } }, "الأبيض", -1, NULL },
  };

  fixture_check_event_cases (cases, G_N_ELEMENTS (cases));
}

/* "سلسلة جبال حمرين": the word of a series opens a mountain range's name
 * and the range is the site; what a participle of lying says about it
 * ("الممتدة بين محافظتي كركوك وديالى") describes it, no site of its own
 * (though fighting that "تمتد إلى" a place is there). */
static void
test_mountain_range_site (void)
{
  static const EventCase cases[] = {
    { "ونفذت الطائرات ضربتين على مخابئ في سلسلة جبال حمرين الممتدة بين محافظتي كركوك وديالى أمس.",
      { { "سلسلة جبال حمرين", "georegion", "IQ", CTX }, { "كركوك", "region", "IQ", CTX },
        { "ديالى", "region", "IQ", CTX } }, "سلسلة جبال حمرين", -1, "كركوك" },
    { "ونفذت الطائرات ضربتين على مخابئ في سلسلة جبال حمرين الممتدة بين محافظتي كركوك وديالى أمس.",
      { { "سلسلة جبال حمرين", "georegion", "IQ", CTX }, { "كركوك", "region", "IQ", CTX },
        { "ديالى", "region", "IQ", CTX } }, "سلسلة جبال حمرين", -1, "ديالى" },
    { "واندلعت اشتباكات في حي الفرناج أمس قبل أن تمتد إلى منطقة سوق الجمعة.",
      { { "الفرناج", "neighbourhood", "LY", CTX }, { "سوق الجمعة", "neighbourhood", "LY", CTX } },
      "سوق الجمعة", -1, NULL },
  };

  fixture_check_event_cases (cases, G_N_ELEMENTS (cases));
}

/* Two victims told by a dual: the nominative (مدنيان) is unambiguous; the
 * oblique (مدنيين) reads as the plural too, and is two only where the text
 * marks it (مدنيَّين against مدنيِّين). */
static void
test_dual_victims (void)
{
  static const EventCase cases[] = {
    { "وقُتل مدنيان في غارة على بلدة الخيام أمس.",
      { { "الخيام", "town", "LB", CTX } }, "الخيام", 2, NULL, NULL, 0 },
    { "وسقطت قذيفة على بلدة الخيام أمس، ما أسفر عن مقتل مدنيَّين وإصابة ثلاثة.",
      { { "الخيام", "town", "LB", CTX } }, "الخيام", 2, NULL, NULL, 0 },
    { "وسقطت قذائف على بلدة الخيام أمس، ما أسفر عن مقتل مدنيِّين.",
      { { "الخيام", "town", "LB", CTX } }, "الخيام", FIXTURE_NO_FIGURE, NULL, NULL, 0 },
    { "وسقطت قذائف على بلدة الخيام أمس، ما أسفر عن مقتل مدنيين.",
      { { "الخيام", "town", "LB", CTX } }, "الخيام", FIXTURE_NO_FIGURE, NULL, NULL, 0 },
  };

  fixture_check_event_cases (cases, G_N_ELEMENTS (cases));
}

/* "No one was hurt" told with a verb of recording or the word for deaths
 * is an explicit zero, the event's own figure. */
static void
test_no_casualties (void)
{
  static const EventCase cases[] = {
    { "وأطلقت قوات الأمن النار لتفريق تظاهرة في مدينة الحلة أمس، من دون أن تسجل إصابات.",
      { { "الحلة", "city", "IQ", CTX } }, "الحلة", 0, NULL, NULL, 0 },
    { "وسقطت شظايا صاروخ في بلدة الخيام أمس من دون وقوع وفيات.",
      { { "الخيام", "town", "LB", CTX } }, "الخيام", 0, NULL, NULL, 0 },
    /* "لم يسفر" after the event denies the harm, not the event */
    { "وتعرضت بلدة الخيام أمس لقصف مدفعي، لم يسفر عن إصابات.",
      { { "الخيام", "town", "LB", CTX } }, "الخيام", 0, NULL, NULL, 0 },
  };

  fixture_check_event_cases (cases, G_N_ELEMENTS (cases));
}

/* A figure whose cause follows it ("قُتل مدنيان في غارة أخرى استهدفت
 * بلدة كفرنبل") belongs to that event, not to the one told just before in
 * the sentence. */
static void
test_figure_before_cause (void)
{
  static const EventCase cases[] = {
    { "وقُتل أربعة مدنيين فجر اليوم في غارات على مدينة معرة مصرين، فيما قُتل مدنيان في غارة أخرى استهدفت أطراف بلدة كفرنبل.",
      { { "معرة مصرين", "town", "SY", CTX }, { "كفرنبل", "town", "SY", CTX } }, "كفرنبل", 2, NULL, NULL, -1 },
    { "وقُتل أربعة مدنيين فجر اليوم في غارات على مدينة معرة مصرين، فيما قُتل مدنيان في غارة أخرى استهدفت أطراف بلدة كفرنبل.",
      { { "معرة مصرين", "town", "SY", CTX }, { "كفرنبل", "town", "SY", CTX } }, "معرة مصرين", 4, NULL, NULL, -1 },
  };

  fixture_check_event_cases (cases, G_N_ELEMENTS (cases));
}

/* Bodies found are the dead of a killing, as ACLED codes them: "جثتي
 * راعيين" two (the dual's construct state), "جثة شاب" one, "جثث خمسة" the
 * figure; found "على" them is the event; bodies recovered from rubble are
 * no event of their own. */
static void
test_bodies_found (void)
{
  static const EventCase cases[] = {
    { "وفرضت السلطات حظراً للتجوال في بلدة الدور مساء اليوم عقب العثور على جثتي راعيين قُتلا على يد مسلحين.",
      { { "الدور", "town", "IQ", CTX } }, "الدور", 2, NULL, NULL, -1 },
    { "وعثر الأهالي على جثتين قرب بلدة الدور أمس.",
      { { "الدور", "town", "IQ", CTX } }, "الدور", 2, NULL, "Violence against civilians", -1 },
    { "وعثرت الشرطة على جثث خمسة أشخاص في بلدة الدور أمس.",
      { { "الدور", "town", "IQ", CTX } }, "الدور", 5, NULL, "Violence against civilians", -1 },
    { "وعثرت الشرطة أمس على جثة شاب في بلدة الدور.",
      { { "الدور", "town", "IQ", CTX } }, "الدور", 1, NULL, NULL, -1 },
    { "وانتشلت فرق الإنقاذ جثث ثلاثة أشخاص من تحت الأنقاض في بلدة الدور أمس.",
      { { "الدور", "town", "IQ", CTX } }, NULL, -1, "الدور", NULL, 0 },
    { "وقصفت المدفعية بلدة الدور أمس، واستقبل المستشفى جثامين ستة أشخاص.",
      { { "الدور", "town", "IQ", CTX } }, "الدور", 6, NULL },
  };

  fixture_check_event_cases (cases, G_N_ELEMENTS (cases));
}

/* A region the gazetteer lacks, named where the event happened ("في وادي
 * السلام"), is that event's own place: it does not fold into an event of
 * another kind told in an earlier sentence at a town. */
static void
test_unknown_region_site (void)
{
  static const EventCase cases[] = {
    { "واعتقلت الشرطة خمسة أشخاص في مدينة كركوك. "
      "وقُتل جنديان في هجوم شنّه مسلحون على نقطة عسكرية في وادي السلام ليل الأربعاء.",
      { { "كركوك", "city", "IQ", CTX, 35.47, 44.39 }, { "وادي السلام", "georegion", "IQ", CTX, 33.0, 42.0, TRUE } },
      "وادي السلام", 2, NULL, "Battles", -1 },
  };

  fixture_check_event_cases (cases, G_N_ELEMENTS (cases));
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reporting/counted-events", test_counted_events);
  g_test_add_func ("/reporting/dual-victims", test_dual_victims);
  g_test_add_func ("/reporting/no-casualties", test_no_casualties);
  g_test_add_func ("/reporting/event-told-before", test_event_told_before);
  g_test_add_func ("/reporting/fronted-setting", test_fronted_setting);
  g_test_add_func ("/reporting/source-whereabouts", test_source_whereabouts);
  g_test_add_func ("/reporting/body-names", test_body_names);
  g_test_add_func ("/reporting/demand-place", test_demand_place);
  g_test_add_func ("/reporting/mountain-range-site", test_mountain_range_site);
  g_test_add_func ("/reporting/unknown-region-site", test_unknown_region_site);
  g_test_add_func ("/reporting/bodies-found", test_bodies_found);
  g_test_add_func ("/reporting/figure-before-cause", test_figure_before_cause);
  return g_test_run ();
}
