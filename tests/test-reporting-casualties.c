/* test-reporting-casualties.c: how real reporting tells its dead, one
 * table of sentences written for these tests; each row names the place an
 * event must stand at and the figure of killed it must carry.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "event-fixture.h"

#define CTX MARSAD_ROLE_CONTEXT

/* One or two victims named without a figure; verbs of dying; words between
 * the figure and its verb. */
static void
test_casualty_wording (void)
{
  static const EventCase cases[] = {
    { "قتل جندي في هجوم على قرية الجلمة أمس.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 1, NULL },
    /* a dated event told with no place, on the day of a clash told with
     * one, is that clash: the toll told after it is the clash's */
    { "اندلعت اشتباكات في بلدة الصور يوم الخميس. وانتشرت شائعات عن أعمال عنف جديدة. "
      "وبدأ إطلاق النار يوم الخميس فيما حركت الفصائل مركبات عسكرية. "
      "وأشارت تقارير غير مؤكدة إلى أن سبعة أشخاص على الأقل قتلوا.",
      { { "الصور", "town", "SY", CTX } }, "الصور", 7, NULL },
    /* the cause named after the figure is its event, not the one before */
    { "تجددت الاشتباكات أمس في بلدة الصور، في وقت قُتل فيه شخصان بضربة لطائرة مسيّرة قرب مدينة القامشلي.",
      { { "الصور", "town", "SY", CTX }, { "القامشلي", "town", "SY", CTX } }, "القامشلي", 2, NULL },
    /* a dual subject between the verb and its object counts nobody */
    { "واغتال مسلحان مجهولان مساء أمس مسؤولاً محلياً في بلدة نوى.",
      { { "نوى", "town", "SY", CTX } }, "نوى", 1, NULL },
    /* the other side's dead told against the first side's add to the
     * battle's toll; injuries between them do not */
    { "واندلعت اشتباكات في مديرية صرواح أمس، وقال مصدر عسكري إن جنديين قُتلا وأصيب 4 آخرون، مقابل مقتل 5 من المهاجمين.",
      { { "مديرية صرواح", "district", "YE", CTX } }, "مديرية صرواح", 7, NULL },
    { "قتل ضابط وجندي في هجوم مسلح على بلدة حوارة أمس.",
      { { "حوارة", "town", "PS", CTX } }, "حوارة", 2, NULL },
    /* a family counts each member */
    { "قُتلت امرأة وطفلها بقذيفة سقطت على قرية الجلمة أمس.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 2, NULL },
    { "قُتل رجل وزوجته وطفليه في غارة على قرية الجلمة أمس.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 4, NULL },
    { "قُتل رجل وزوجته وأطفالهما الثلاثة في غارة على قرية الجلمة أمس.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 5, NULL },
    { "قُتل جندي وأصيب اثنان في هجوم على قرية الجلمة أمس.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 1, NULL },
    /* meeting death around the person, after an age; «ارتقوا»; nobody hurt */
    { "لقي جندي حتفه في انفجار عبوة ناسفة قرب قرية الجلمة أمس.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 1, NULL },
    { "لقي رجل وابنه حتفهما برصاص مسلحين عند مدخل قرية الجلمة أمس.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 2, NULL },
    { "وقالت الوكالة إن رجلاً في الستين من عمره لقي حتفه بغارة على قرية الجلمة أمس.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 1, NULL },
    { "وقال الحشد إن ثلاثة من مقاتليه ارتقوا شهداء في هجوم على قرية الجلمة أمس.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 3, NULL },
    { "سقطت قذيفة على قرية الجلمة أمس، ولم يُصب أحد.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 0, NULL },
    /* nobody hurt, the negation and its loss word apart */
    { "سقطت قذيفة على قرية الجلمة أمس، من دون أن يسفر ذلك عن سقوط قتلى.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 0, NULL },
    { "قصفت المدفعية قرية الجلمة أمس، من دون ورود أنباء عن قتلى.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 0, NULL },
    { "سقط صاروخ قرب قرية الجلمة أمس من دون تسجيل أضرار أو إصابات.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 0, NULL },
    /* a toll and another clause's "nobody hurt" in one sentence: the toll
     * stands; another source's "nobody killed" is a conflicting report */
    { "قُتل مدنيان بغارة على سيارة قرب قرية الجلمة أمس، في حين طال قصف مدفعي قرى حدودية من دون أن يسفر عن إصابات.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 2, NULL },
    { "وقالت مصادر محلية إن الغارة على قرية الجلمة أمس أسفرت عن مقتل شخص، فيما تحدثت الوكالة عن إصابة شخصين من دون سقوط قتلى.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 0, NULL },
    { "قُتل شخص بغارة على قرية الجلمة أمس، فيما قالت الوكالة إن الغارة لم تسفر عن قتلى.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 0, NULL },
    /* the speaker's town is no site: the "nobody hurt" is the shelling's */
    { "قصفت المدفعية أمس محيط قرى تابعة لبلدة الجلمة قرب جنين، وقال قائممقام طوباس إن القصف «لم يسفر عن خسائر بشرية».",
      { { "الجلمة", "village", "PS", CTX }, { "طوباس", "town", "PS", CTX } }, "الجلمة", 0, "طوباس" },
    { "قصفت المدفعية أمس قرية الجلمة في محافظة جنين، وقال محافظ طوباس إن القصف «لم يسفر عن خسائر بشرية».",
      { { "الجلمة", "village", "PS", CTX }, { "طوباس", "town", "PS", CTX } }, "الجلمة", 0, "طوباس" },
    /* a figure after the verb is another's: the injured do not hide the dead */
    { "قالت الوزارة إن 11 شخصاً قُتلوا وأصيب 34 آخرون بقصف على قرية الجلمة أمس.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 11, NULL },
    /* "في المخيم": the figure is the camp's, told sentences before, not
     * the village's fighting of its own sentence */
    { "قُتل ثلاثة بقصف على مخيم الجلمة أمس. ودمر القصف منازل عدة. "
      "وقال مصدر عسكري إن حصيلة القتلى في المخيم بلغت خمسة، مؤكدا أن اشتباكات اندلعت في قرية تادف.",
      { { "الجلمة", "camp", "PS", CTX }, { "تادف", "village", "PS", CTX } }, "تادف", FIXTURE_NO_FIGURE, NULL },
    /* nobody killed, told once, holds for both villages shelled */
    { "وقصفت المدفعية قريتي الجلمة وتادف صباح أمس، من دون ورود أنباء عن قتلى.",
      { { "الجلمة", "village", "PS", CTX }, { "تادف", "village", "PS", CTX } }, "الجلمة", 0, NULL },
    { "وقصفت المدفعية قريتي الجلمة وتادف صباح أمس، من دون ورود أنباء عن قتلى.",
      { { "الجلمة", "village", "PS", CTX }, { "تادف", "village", "PS", CTX } }, "تادف", 0, NULL },
    /* a person who died, the verb after: "طفلاً (9 أعوام) قضى" is one */
    { "وقال المصدر إن بين القتلى طفلاً (9 أعوام) قضى جراء سقوط قذيفة على قرية الجلمة أمس.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 1, NULL },
    /* a guard is a person; a person in the accusative after a verb of
     * killing is one killed; "يُفاد عن" between the negation and the loss */
    { "وقصفت الطائرات قرية الجلمة أمس ما أدى إلى مقتل حارس.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 1, NULL },
    { "اغتال مسلحون مجهولون شاباً في قرية الجلمة أمس.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 1, NULL },
    { "اغتال مسلحون مجهولون يستقلون دراجة نارية، مساء أمس، شاباً في قرية الجلمة.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 1, NULL },
    { "وقصفت الطائرات قرية الجلمة أمس من دون أن يُفاد عن إصابات.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 0, NULL },
    /* only things were lost */
    { "وقصفت الطائرات قرية الجلمة أمس، وقال مصدر عسكري إن الخسائر اقتصرت على الماديات.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 0, NULL },
    /* "قضت على": killed them */
    { "قالت الوزارة إن خمسة قتلوا بغارة على قرية الجلمة أمس، في حين قال الجيش إن الغارة «قضت على أربعة مسلحين».",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 4, NULL },
    /* a raid from the air; a drone that falls */
    { "أغارت مسيّرة على سيارة في قرية الجلمة أمس.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", -1, NULL, "Explosions/Remote violence" },
    { "وقال سكان إن مسيّرة سقطت أمس داخل سور مدرسة في قرية الجلمة.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", -1, NULL, "Explosions/Remote violence" },
    { "وأودى القصف على بلدة معرة النعمان بحياة 9 مدنيين أمس.",
      { { "معرة النعمان", "town", "SY", CTX } }, "معرة النعمان", 9, NULL },
    { "وقالت مصادر محلية إن أربعة مقاتلين من الفصائل المسلحة قد لقوا حتفهم في اشتباكات في بلدة تادف أمس.",
      { { "تادف", "town", "SY", CTX } }, "تادف", 4, NULL },
    { "أسفرت الاشتباكات في بلدة الباغوز عن مقتل 3 جنود و7 مسلحين أمس.",
      { { "الباغوز", "town", "SY", CTX } }, "الباغوز", 10, NULL },
    { "قتل عشرات المدنيين في قصف على بلدة سرمين أمس.",
      { { "سرمين", "town", "SY", CTX } }, "سرمين", 10, NULL },
    { "أصاب صاروخ سفينة تجارية قرب ميناء عدن أمس، وطاقم السفينة بخير.",
      { { "ميناء عدن", "facility", "YE", CTX } }, "ميناء عدن", 0, NULL },
    /* an active verb of killing, its subject between it and the figure */
    { "قتلت قوات الدعم السريع سبعة أشخاص في بلدة التكينة أمس.",
      { { "التكينة", "town", "SD", CTX } }, "التكينة", 7, NULL },
    { "أعدم المسلحون ثلاثة رجال في قرية الحلاوين أمس.",
      { { "الحلاوين", "village", "SD", CTX } }, "الحلاوين", 3, NULL },
  };

  fixture_check_event_cases (cases, G_N_ELEMENTS (cases));
}

/* The one event text tells at الجلمة, the document extracted into *doc */
static const MarsadEvent *
event_at_jalama (const char      *text,
                 MarsadDocument **doc)
{
  static const FixturePlace places[] = { { "الجلمة", "village", "PS", CTX, 0, 0, FALSE } };
  g_autoptr(MarsadEventExtractor) ex = fixture_extractor ();
  const MarsadEvent *ev;

  *doc = fixture_document (text, "2024-03-06", places, G_N_ELEMENTS (places));
  marsad_event_extractor_run (ex, *doc);
  ev = fixture_event_at (*doc, "الجلمة", 0);
  g_assert_nonnull (ev);
  return ev;
}

/* The event at الجلمة in text carries exactly one killed: not the age
 * told beside the man, nor the war's running total told after him */
static void
check_one_killed (const char *text)
{
  g_autoptr(MarsadDocument) doc = NULL;
  const MarsadEvent *ev = event_at_jalama (text, &doc);
  int lo, hi;

  g_assert_true (marsad_event_get_fatalities (ev, &lo, &hi));
  g_assert_cmpint (lo, ==, 1);
  g_assert_cmpint (hi, ==, 1);
}

/* "في الستين من عمره" is an age: the man is the one dead, not sixty */
static void
test_age_is_no_figure (void)
{
  check_one_killed ("وقالت الوكالة إن رجلاً في الستين من عمره لقي حتفه بغارة على قرية الجلمة أمس.");
}

/* A war's running total, told after an event, is not that event's figure */
static void
test_running_total_is_no_report (void)
{
  check_one_killed ("وأعلن الجيش مقتل جندي في اشتباكات قرب قرية الجلمة أمس. "
                    "وبذلك ارتفعت حصيلة الحرب المستمرة منذ مطلع العام إلى 4120 قتيلا، بحسب الوزارة.");
}

/* A source that is a quoted name, or opens with one, keeps both its
 * guillemets; a quoted name told before its verb is the source too */
static void
test_quoted_source (void)
{
  static const struct { const char *text, *source; } cases[] = {
    { "وقالت «تنسيقية لجان الجلمة» إن القصف على قرية الجلمة أمس أدى إلى مقتل ثلاثة مدنيين.",
      "«تنسيقية لجان الجلمة»" },
    { "وأعلنت «لجان المقاومة» الشعبية أنها قتلت ثلاثة جنود في قرية الجلمة أمس.",
      "«لجان المقاومة» الشعبية" },
    { "لكن «غرفة طوارئ الجلمة» قالت إن القصف على قرية الجلمة أمس أدى إلى مقتل ثلاثة مدنيين.",
      "«غرفة طوارئ الجلمة»" },
    { "وأكدت «قوات الأمن الداخلي» (أسايش) في بيان مقتل ثلاثة عناصر في قرية الجلمة أمس.",
      "«قوات الأمن الداخلي» (أسايش)" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MarsadDocument) doc = NULL;
      const MarsadEvent *ev = event_at_jalama (cases[i].text, &doc);
      const MarsadCasualtyReport *r;

      g_assert_cmpuint (ev->fatality_reports->len, ==, 1);
      r = g_ptr_array_index (ev->fatality_reports, 0);
      g_assert_cmpint (r->count, ==, 3);
      g_assert_cmpstr (r->source, ==, cases[i].source);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reporting/casualty-wording", test_casualty_wording);
  g_test_add_func ("/reporting/age-is-no-figure", test_age_is_no_figure);
  g_test_add_func ("/reporting/running-total-is-no-report", test_running_total_is_no_report);
  g_test_add_func ("/reporting/quoted-source", test_quoted_source);
  return g_test_run ();
}
