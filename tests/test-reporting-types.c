/* test-reporting-types.c: which ACLED type a report's wording makes, one
 * table of sentences written for these tests; each row names the place an
 * event must stand at and the type it must have.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "event-fixture.h"

#define CTX MARSAD_ROLE_CONTEXT
#define VAC "Violence against civilians"
#define STRATEGIC "Strategic developments"

/* Settlers, whatever outlets call them, attack a village's people; the
 * bulldozing of a road and the uprooting of trees destroy property. */
static void
test_settlers_and_property (void)
{
  static const EventCase cases[] = {
    { "أضرم مستعمرون النار في منزلين في قرية الجلمة مساء أمس.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", -1, NULL, VAC },
    { "هاجم مستعمرون منازل المواطنين في قرية الجلمة مساء أمس ورشقوها بالحجارة.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", -1, NULL, VAC },
    { "وجرفت آليات الاحتلال أراضي زراعية في قرية الجلمة أمس.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", -1, NULL, STRATEGIC },
    /* "جرف" alone is Jurf al-Sakhar's name */
    { "قصفت الطائرات مواقع في جرف الصخر أمس.",
      { { "جرف الصخر", "town", "IQ", CTX } }, "جرف الصخر", -1, NULL, "Explosions/Remote violence" },
    { "واقتلع مستوطنون عشرات أشجار الزيتون في قرية الجلمة أمس.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", -1, NULL, STRATEGIC },
  };

  fixture_check_event_cases (cases, G_N_ELEMENTS (cases));
}

/* "عشرات القتلى بقصف" is one shelling that killed many, told today;
 * "عشرات الغارات منذ" many strikes over a period, background */
static void
test_many_dead_one_event (void)
{
  static const EventCase cases[] = {
    { "عشرات القتلى بقصف على قرية الجلمة أمس.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", -1, NULL, NULL, -1 },
    { "شنت الطائرات عشرات الغارات على قرية الجلمة منذ مطلع العام.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", -1, NULL, NULL, 1 },
  };

  fixture_check_event_cases (cases, G_N_ELEMENTS (cases));
}

/* A trigger inside a longer one is a word of it: a ceasefire agreed
 * ("وقف إطلاق النار") is no shooting, told with a date or without; a
 * shooting told alone stays one. */
static void
test_trigger_inside_longer (void)
{
  static const EventCase cases[] = {
    { "أعلن الطرفان اتفاقا لوقف إطلاق النار في قرية الجلمة أمس.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", FIXTURE_NO_FIGURE, NULL, STRATEGIC },
    { "ودعا الوسطاء إلى وقف إطلاق النار في قرية الجلمة.",
      { { "الجلمة", "village", "PS", CTX } }, NULL, -1, "الجلمة", NULL },
    { "وأطلق جنود النار على شبان في قرية الجلمة أمس.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", -1, NULL, VAC },
  };

  fixture_check_event_cases (cases, G_N_ELEMENTS (cases));
}

/* ACLED: protesters fired on by the forces is a protest met with force;
 * only protesters who fight (clashes, stones) riot */
static void
test_fire_on_protesters (void)
{
  static const EventCase cases[] = {
    { "وأطلقت قوات الأمن النار على المتظاهرين في قرية الجلمة أمس.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", -1, NULL, "Protests" },
    { "قتل متظاهران برصاص قوات الأمن خلال احتجاجات في قرية الجلمة أمس.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", 2, NULL, "Protests" },
    { "واشتبك محتجون مع قوات الأمن في قرية الجلمة أمس.",
      { { "الجلمة", "village", "PS", CTX } }, "الجلمة", -1, NULL, "Riots" },
  };

  fixture_check_event_cases (cases, G_N_ELEMENTS (cases));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reporting/settlers-and-property", test_settlers_and_property);
  g_test_add_func ("/reporting/many-dead-one-event", test_many_dead_one_event);
  g_test_add_func ("/reporting/trigger-inside-longer", test_trigger_inside_longer);
  g_test_add_func ("/reporting/fire-on-protesters", test_fire_on_protesters);
  return g_test_run ();
}
