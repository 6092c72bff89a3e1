/* test-reporting-headline.c: a headline retells the lead, on articles
 * written for these tests
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "marsad-extract.h"

static MarsadDocument *
extract (MarsadExtractor *ex,
         const char      *text)
{
  g_autoptr(GError) error = NULL;
  MarsadDocument *doc = marsad_document_new_from_text (text, -1, &error);

  g_assert_no_error (error);
  doc->published = g_date_new_dmy (11, G_DATE_MARCH, 2025);
  g_assert_true (marsad_extractor_run (ex, doc, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return doc;
}

static guint
events_at (const MarsadDocument *doc,
           const char           *name)
{
  guint n = 0;

  for (guint i = 0; i < doc->events->len; i++)
    {
      const MarsadEvent *e = g_ptr_array_index (doc->events, i);

      for (guint k = 0; e->place_id != NULL && k < doc->places->len; k++)
        {
          const MarsadPlace *p = g_ptr_array_index (doc->places, k);

          if (g_strcmp0 (p->id, e->place_id) == 0 && g_strcmp0 (p->name, name) == 0)
            n++;
        }
    }
  return n;
}

/* An event told in the headline is the body's event it retells: one event,
 * at the body's finer place, with every figure either gives. A headline
 * that sums several body events, gives another toll or names a place the
 * body does not tell of stays an event of its own. */
static void
test_headline_retells (void)
{
  static const struct {
    const char *text;
    guint       n_events;
    const char *site;       /* an event must stand here */
    guint       n_at_site;
  } cases[] = {
    /* the province holds the town: one event */
    { "مقتل ثلاثة جنود بهجوم في محافظة ديالى\n"
      "بعقوبة - «وكالات»\n"
      "قُتل ثلاثة جنود عراقيين، مساء أمس، في هجوم شنه مسلحون على نقطة تفتيش قرب قضاء المقدادية في محافظة ديالى.",
      1, "المقدادية", 1 },
    /* a valley the gazetteer lacks, in the desert the headline names; an
     * attack and the clash it was */
    { "مقتل ضابطين بهجوم لداعش في صحراء الأنبار\n"
      "الرمادي - «وكالات»\n"
      "قُتل ضابطان في اشتباكات مع مسلحين من تنظيم داعش في وادي حوران غرب محافظة الأنبار مساء أمس.",
      1, "وادي حوران", 1 },
    /* a first line with a full stop is the lead, not a headline */
    { "قُتل ثلاثة جنود بهجوم في محافظة ديالى أمس.\n"
      "وفي حادث آخر، قُتل ثلاثة جنود في هجوم قرب قضاء المقدادية أمس.",
      2, "ديالى", 1 },
    /* a tally of two strikes stays */
    { "مقتل 12 شخصا بغارات على جنوب لبنان\n"
      "بيروت - «وكالات»\n"
      "قُتل سبعة أشخاص في غارة على بلدة عيترون أمس، فيما قُتل خمسة آخرون بغارة على بلدة الخيام.",
      3, "جنوب لبنان", 1 },
    /* the countryside holds the town; the same toll: one event */
    { "مقتل 16 مدنيا بقصف على ريف إدلب\n"
      "قُتل 16 شخصا في قصف على بلدة سرمدا في ريف إدلب أمس.",
      1, "سرمدا", 1 },
    /* another toll is another report of the day */
    { "مقتل 11 مدنيا بقصف على ريف إدلب\n"
      "قُتل 16 شخصا في قصف على بلدة سرمدا في ريف إدلب أمس.",
      2, "ريف إدلب", 1 },
    /* two quarters of a city are two places, however near */
    { "قتيلان في اشتباكات بباب التبانة\n"
      "قُتل شخصان في اشتباكات في جبل محسن بطرابلس أمس.",
      2, "باب التبانة", 1 },
    /* the country holds its places */
    { "مقتل ثلاثة جنود بهجوم في العراق\n"
      "قُتل ثلاثة جنود عراقيين، مساء أمس، في هجوم شنه مسلحون على نقطة تفتيش قرب قضاء المقدادية في محافظة ديالى.",
      1, "المقدادية", 1 },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadExtractor) ex = marsad_extractor_new (&error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MarsadDocument) doc = extract (ex, cases[i].text);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpuint (doc->events->len, ==, cases[i].n_events);
      g_assert_cmpuint (events_at (doc, cases[i].site), ==, cases[i].n_at_site);
    }

  /* the headline's other figure is kept beside the body's */
  {
    g_autoptr(MarsadDocument) doc = extract (ex,
      "مقتل ثلاثة جنود بهجوم في محافظة ديالى والحشد يتحدث عن أربعة قتلى\n"
      "بعقوبة - «وكالات»\n"
      "قُتل ثلاثة جنود عراقيين، مساء أمس، في هجوم شنه مسلحون على نقطة تفتيش قرب قضاء المقدادية في محافظة ديالى.");
    const MarsadEvent *e;
    int lo, hi;

    g_assert_cmpuint (doc->events->len, ==, 1);
    e = g_ptr_array_index (doc->events, 0);
    g_assert_true (marsad_event_get_fatalities (e, &lo, &hi));
    g_assert_cmpint (lo, ==, 3);
    g_assert_cmpint (hi, ==, 4);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reporting/headline-retells", test_headline_retells);
  return g_test_run ();
}
