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
  return g_test_run ();
}
