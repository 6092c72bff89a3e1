/* test-statements.c: quotations, reported speech and their speakers
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "event-fixture.h"

static MarsadDocument *
run (const char         *text,
     const FixturePlace *places,
     guint               n_places)
{
  g_autoptr(MarsadEventExtractor) ex = fixture_extractor ();
  MarsadDocument *doc = fixture_document (text, "2024-05-08", places, n_places);

  marsad_event_extractor_run (ex, doc);
  for (guint i = 0; i < doc->statements->len; i++)
    {
      const MarsadStatement *st = g_ptr_array_index (doc->statements, i);

      g_test_message ("%s: «%s»", st->speaker, st->text);
    }
  return doc;
}

static const MarsadStatement *
find (const MarsadDocument *doc,
      const char           *text)
{
  for (guint i = 0; i < doc->statements->len; i++)
    {
      const MarsadStatement *st = g_ptr_array_index (doc->statements, i);

      if (strcmp (st->text, text) == 0)
        return st;
    }
  return NULL;
}

typedef struct
{
  const char *text;
  const char *quote;      /* expected statement text, or NULL: none */
  const char *speaker;
} SpeakerCase;

/* one sentence (or two for back-references), written for these tests */
static const SpeakerCase cases[] = {
  { "وقال وزير الخارجية الأردني أيمن الصفدي إن «الوضع خطير جدا».",
    "الوضع خطير جدا", "أيمن الصفدي" },
  { "وحذر العميد سعد معن المتحدث باسم وزارة الداخلية من «تداعيات خطيرة على الأمن». "
    "وأضاف المتحدث أن «التحقيقات مستمرة حتى الآن».",
    "التحقيقات مستمرة حتى الآن", "العميد سعد معن" },
  { "أكد رئيس الوزراء نجيب ميقاتي أن «لبنان لا يريد الحرب». وقال «نعمل على التهدئة مع الجميع».",
    "نعمل على التهدئة مع الجميع", "نجيب ميقاتي" },
  { "وأكدت مصادر أمنية أن الهجوم أسفر عن أضرار مادية فقط.",
    "الهجوم أسفر عن أضرار مادية فقط", "مصادر أمنية" },
  { "تعرضت المدينة لقصف عنيف «لم نشهد مثله من قبل»، وفق أحد السكان.",
    "لم نشهد مثله من قبل", "أحد السكان" },
  { "ونقلت وكالة الأنباء عن مصادر طبية قولها إن المستشفى خرج عن الخدمة.",
    "المستشفى خرج عن الخدمة", "مصادر طبية" },
  /* quoted names are not statements */
  { "أعلنت «سرايا القدس» مسؤوليتها عن الهجوم بـ«طائرات مسيرة».", "سرايا القدس", NULL },
  { "أعلنت «سرايا القدس» مسؤوليتها عن الهجوم بـ«طائرات مسيرة».", "طائرات مسيرة", NULL },
};

static void
test_speakers (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MarsadDocument) doc = run (cases[i].text, NULL, 0);
      const MarsadStatement *st = find (doc, cases[i].quote);

      if (cases[i].speaker == NULL)
        {
          g_assert_null (st);
          continue;
        }
      g_assert_nonnull (st);
      g_assert_cmpstr (st->speaker, ==, cases[i].speaker);
      g_assert_cmpstr (st->text, ==, cases[i].quote);
      {
        g_autofree char *span = marsad_document_dup_span (doc, st->start, st->end);

        g_assert_cmpstr (span, ==, st->text);
      }
    }
}

/* Rule 1: a quotation holding a proper name is not a statement; a short
 * quotation that is someone's words still is. quote NULL in speaker: the
 * name must not be a statement. */
static const SpeakerCase name_cases[] = {
  /* the medium spoken to, after "لـ" */
  { "وقال أحد السكان لـ«الصباح الجديد» إن «القصف لم يتوقف طوال الليل».", "الصباح الجديد", NULL },
  { "وقال أحد السكان لـ«الصباح الجديد» إن «القصف لم يتوقف طوال الليل».",
    "القصف لم يتوقف طوال الليل", "أحد السكان" },
  /* a militia after "قوات", quoted again elsewhere */
  { "اندلعت اشتباكات بين الجيش وقوات «النصر المبين» في المدينة. وقال مصدر عسكري إن «النصر المبين» انسحبت من مواقعها.",
    "النصر المبين", NULL },
  /* a ship after "سفينة الشحن", a channel after "قناة", an agency after "بحسب" */
  { "وقالت الجماعة إنها استهدفت سفينة الشحن «نجمة البحر» بصاروخين.", "نجمة البحر", NULL },
  { "وأفادت قناة «الساحة اليوم» بأن الطائرات حلقت فوق المدينة.", "الساحة اليوم", NULL },
  { "قتل شخصان في القصف، بحسب «مرصد الحدود».", "مرصد الحدود", NULL },
  /* an organisation as the subject of a speech verb, and its statement */
  { "وقال «المرصد الوطني للحقوق المدنية» في بيان إن المواجهات تركزت في الأحياء الشرقية.",
    "المرصد الوطني للحقوق المدنية", NULL },
  { "وقال «المرصد الوطني للحقوق المدنية» في بيان إن المواجهات تركزت في الأحياء الشرقية.",
    "المواجهات تركزت في الأحياء الشرقية", "المرصد الوطني للحقوق المدنية" },
  { "وأعلنت «ألوية الفجر» أن مقاتليها استهدفوا رتلا عسكريا.", "ألوية الفجر", NULL },
  /* a dateline */
  { "الموصل - «الأخبار اليوم»\nتجددت الاشتباكات في المدينة.", "الأخبار اليوم", NULL },
  /* short words after a speech verb or "بأنها" are the speaker's */
  { "ووصف الوزير الهجوم بأنه «عمل جبان».", "عمل جبان", "الوزير" },
  { "وقال المتحدث باسم الشرطة إن «ثلاث قذائف» سقطت قرب السوق.", "ثلاث قذائف", "المتحدث باسم الشرطة" },
};

/* Rule 2: reported speech after "إن/أن/بأن", to the end of the clause */
static const SpeakerCase reported_cases[] = {
  { "وقال المرصد إن المواجهات تركزت في محيط البلدة.", "المواجهات تركزت في محيط البلدة", "المرصد" },
  { "ويرى الباحث سامي الخطيب أن الطرفين يتجنبان المواجهة المباشرة.",
    "الطرفين يتجنبان المواجهة المباشرة", "سامي الخطيب" },
  { "وأوضح مسؤول في وزارة الدفاع أن أيا من الجنود لم يصب، مضيفا أن «الرد سيأتي في الوقت المناسب».",
    "أيا من الجنود لم يصب", "مسؤول في وزارة الدفاع" },
  { "وأوضح مسؤول في وزارة الدفاع أن أيا من الجنود لم يصب، مضيفا أن «الرد سيأتي في الوقت المناسب».",
    "الرد سيأتي في الوقت المناسب", "مسؤول في وزارة الدفاع" },
  { "وأكد المصدر بأن الطريق أعيد فتحه أمام المدنيين.", "الطريق أعيد فتحه أمام المدنيين", "المصدر" },
};

/* Rule 3: the subject of the speech verb, whole, and back-references that
 * stay in their paragraph */
static const SpeakerCase subject_cases[] = {
  /* an office, its place, then a name */
  { "وقال محافظ الرمادي خالد العلواني إن «الوضع تحت السيطرة».", "الوضع تحت السيطرة", "خالد العلواني" },
  /* an office and its place, no name: never the place alone */
  { "وقال محافظ الرمادي إن «الوضع تحت السيطرة».", "الوضع تحت السيطرة", "محافظ الرمادي" },
  { "وقال المتحدث باسم وزارة الخارجية إن «الحوار هو الحل».", "الحوار هو الحل", "المتحدث باسم وزارة الخارجية" },
  { "وقال مدير مستشفى الرمادي العام الطبيب عمر الحديثي إن «الجرحى يصلون تباعا».",
    "الجرحى يصلون تباعا", "الطبيب عمر الحديثي" },
  { "وقال الخبير العسكري علي الجبوري إن «الهجوم كان متوقعا».", "الهجوم كان متوقعا", "علي الجبوري" },
  { "وأكدت وزارة الصحة أن «المستشفيات استقبلت عشرين جريحا».", "المستشفيات استقبلت عشرين جريحا", "وزارة الصحة" },
  { "وقال مسؤول أمني طلب عدم نشر اسمه إن «التحقيق مستمر».", "التحقيق مستمر", "مسؤول أمني" },
  { "وقال النائب عن كتلة «الإصلاح» حسن العامري إن «البرلمان سيجتمع غدا».", "البرلمان سيجتمع غدا", "حسن العامري" },
  { "وقال أحد المحتجين، ويدعى كريم جاسم، إن «الكهرباء مقطوعة منذ أيام».", "الكهرباء مقطوعة منذ أيام", "كريم جاسم" },
  /* the subject before its verb */
  { "وكان الجيش الإسرائيلي قد أعلن أن «طائراته قصفت مواقع عسكرية».", "طائراته قصفت مواقع عسكرية", "الجيش الإسرائيلي" },
  { "غير أن قيادة الشرطة نفت في بيان سقوط قتلى، مؤكدة أن «القوات لم تطلق النار».",
    "القوات لم تطلق النار", "قيادة الشرطة" },
  /* back-references in the paragraph */
  { "وقالت وزارة الدفاع إن «الضربة دقيقة». وأضافت الوزارة أن «العمليات ستستمر».", "العمليات ستستمر", "وزارة الدفاع" },
  { "وأكدت الهيئة في بيان أن «الوضع مستقر». وأضاف البيان أن «الفرق تعمل ميدانيا».", "الفرق تعمل ميدانيا", "الهيئة" },
  /* an intervening speaker: "المتحدث" is no longer the first one */
  { "وقال المتحدث باسم الجيش سعد الربيعي إن «الهجوم صُد». وقال شهود إن «الاشتباكات عنيفة». وأضاف المتحدث أن «التعزيزات وصلت».",
    "التعزيزات وصلت", "المتحدث" },
  /* a paragraph between: no carrying over from two sentences before */
  { "وقال الوزير إن «الوضع خطير». وتابعت الطائرات تحليقها فوق المنطقة.\nوأضاف المتحدث أن «التعزيزات وصلت».",
    "التعزيزات وصلت", "المتحدث" },
  /* a shared subject: "وأمر رئيس الوزراء …، ودعا" */
  { "وأمر رئيس الوزراء بفتح تحقيق، ودعا المحتجين إلى «الحفاظ على سلمية التظاهر».",
    "الحفاظ على سلمية التظاهر", "رئيس الوزراء" },
};

static void
check_cases (const SpeakerCase *table,
             gsize              n)
{
  for (gsize i = 0; i < n; i++)
    {
      g_autoptr(MarsadDocument) doc = NULL;
      const MarsadStatement *st;

      g_test_message ("case %" G_GSIZE_FORMAT ": %s", i, table[i].text);
      doc = run (table[i].text, NULL, 0);
      st = find (doc, table[i].quote);
      if (table[i].speaker == NULL)
        {
          g_assert_null (st);
          continue;
        }
      g_assert_nonnull (st);
      g_assert_cmpstr (st->speaker, ==, table[i].speaker);
    }
}

static void
test_names (void)
{
  check_cases (name_cases, G_N_ELEMENTS (name_cases));
}

static void
test_reported (void)
{
  check_cases (reported_cases, G_N_ELEMENTS (reported_cases));
}

static void
test_subjects (void)
{
  check_cases (subject_cases, G_N_ELEMENTS (subject_cases));
}

/* Rule 4: a place in the speaker's title is not what the statement is
 * about; the strike's place is */
static void
test_title_place (void)
{
  const FixturePlace places[] = {
    { "طولكرم", "city", "PS", MARSAD_ROLE_CONTEXT },
    { "نور شمس", "camp", "PS", MARSAD_ROLE_CONTEXT },
  };
  g_autoptr(MarsadDocument) doc = run (
    "قصفت طائرة مسيرة إسرائيلية مساء أمس منزلا في مخيم نور شمس. "
    "وقال محافظ طولكرم إن «القصف دمر المنزل بالكامل».",
    places, G_N_ELEMENTS (places));
  const MarsadStatement *st = find (doc, "القصف دمر المنزل بالكامل");

  g_assert_nonnull (st);
  g_assert_cmpstr (st->speaker, ==, "محافظ طولكرم");
  g_assert_cmpuint (st->event_ids->len, ==, 1);
  for (guint i = 0; i < st->place_ids->len; i++)
    {
      const MarsadPlace *p = marsad_document_find_place (doc, g_ptr_array_index (st->place_ids, i));

      g_assert_nonnull (p);
      g_assert_cmpstr (p->name, !=, "طولكرم");
    }
}

/* a statement about the strike just told links to it and its place */
static void
test_links (void)
{
  const FixturePlace places[] = { { "النبطية", "city", "LB", MARSAD_ROLE_CONTEXT } };
  g_autoptr(MarsadDocument) doc = run (
    "استهدفت غارة إسرائيلية مساء أمس مبنى في مدينة النبطية. "
    "وقال محافظ المنطقة إن «الغارة دمرت المبنى بالكامل».",
    places, G_N_ELEMENTS (places));
  const MarsadStatement *st = find (doc, "الغارة دمرت المبنى بالكامل");

  g_assert_nonnull (st);
  g_assert_cmpuint (doc->events->len, ==, 1);
  g_assert_cmpuint (st->event_ids->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (st->event_ids, 0), ==, "e1");
  g_assert_cmpuint (st->place_ids->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (st->place_ids, 0), ==, "p1");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/statements/speakers", test_speakers);
  g_test_add_func ("/statements/links", test_links);
  g_test_add_func ("/statements/names", test_names);
  g_test_add_func ("/statements/reported", test_reported);
  g_test_add_func ("/statements/subjects", test_subjects);
  g_test_add_func ("/statements/title-place", test_title_place);
  return g_test_run ();
}
