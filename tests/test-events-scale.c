/* test-events-scale.c: the event passes do work linear in the text on
 * long documents — counted, not timed (timings are bench/bench-hostile.py's)
 *
 * Each test runs the extractor on a unit of text said SHORT and LONG
 * times and asserts that the counted work grows about as the text does:
 * quadratic work grows LONG / SHORT times faster.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "event-fixture.h"
#include "marsad-event-private.h"

#define CTX MARSAD_ROLE_CONTEXT
#define SHORT 16
#define LONG 128

static const FixturePlace places[] = {
  { "قاعدة التنف", "military_base", "SY", CTX },
  { "سوريا", "country", "SY", CTX },
  { "الرمادي", "city", "IQ", CTX },
};

static MarsadEventWork
count_work (const char *unit,
            guint       times,
            guint      *n_events)
{
  g_autoptr(MarsadEventExtractor) ex = fixture_extractor ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(MarsadDocument) doc = NULL;
  MarsadEventWork work = { 0 };

  for (guint i = 0; i < times; i++)
    g_string_append (text, unit);
  doc = fixture_document (text->str, "2024-03-06", places, G_N_ELEMENTS (places));
  marsad_event_extractor_run_counted (ex, doc, &work);
  if (n_events != NULL)
    *n_events = doc->events->len;
  g_test_message ("%u times: %u events, casualty drafts %" G_GUINT64_FORMAT ", actor words %" G_GUINT64_FORMAT
                  ", mention steps %" G_GUINT64_FORMAT, times, doc->events->len, work.casualty_drafts,
                  work.actor_words, work.mention_steps);
  return work;
}

/* at most twice the growth of the text: a log factor and the edges of
 * the text leave room, a square does not */
static void
assert_linear (guint64 short_work,
               guint64 long_work)
{
  g_assert_cmpuint (short_work, >, 0);
  g_assert_cmpuint (long_work, <=, 2 * (LONG / SHORT) * short_work);
}

/* One attack told again and again: one event told in every other
 * sentence, and a figure in each; every figure used to be weighed
 * against every sentence of every event. */
static void
test_casualties_linear (void)
{
  const char *unit = "قصفت طائرات مسيرة فجر اليوم قاعدة التنف في سوريا. "
                     "وأسفر القصف على قاعدة التنف عن مقتل ثلاثة جنود وإصابة خمسة آخرين. ";
  guint n_short, n_long;
  MarsadEventWork s = count_work (unit, SHORT, &n_short);
  MarsadEventWork l = count_work (unit, LONG, &n_long);

  /* the retellings are one event: the drafts do not grow, their sentences do */
  g_assert_cmpuint (n_long, ==, n_short);
  assert_linear (s.casualty_drafts, l.casualty_drafts);
}

/* No full stop: one sentence, an attack in each clause, each its own
 * cluster; the sentence's actors used to be read again for each. */
static void
test_actors_one_sentence (void)
{
  const char *unit = "وقصفت القوات الأمريكية قاعدة التنف، ثم غارة على الرمادي، ";
  MarsadEventWork s = count_work (unit, SHORT, NULL);
  MarsadEventWork l = count_work (unit, LONG, NULL);

  assert_linear (s.actor_words, l.actor_words);
  assert_linear (s.mention_steps, l.mention_steps);
}

/* No full stop, and a statement in each clause: every statement of the
 * one sentence used to walk every mention of it, for each event. */
static void
test_statements_one_sentence (void)
{
  const char *unit = "وقال المتحدث باسم الجيش «إن القوات قصفت مواقع في الرمادي صباح اليوم» "
                     "بعد غارة على قاعدة التنف، ";
  MarsadEventWork s = count_work (unit, SHORT, NULL);
  MarsadEventWork l = count_work (unit, LONG, NULL);

  assert_linear (s.mention_steps, l.mention_steps);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/events-scale/casualties", test_casualties_linear);
  g_test_add_func ("/events-scale/actors-one-sentence", test_actors_one_sentence);
  g_test_add_func ("/events-scale/statements-one-sentence", test_statements_one_sentence);
  return g_test_run ();
}
