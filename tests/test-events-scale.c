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

/* No full stop, and a statement after an attack of its own day in each
 * clause: every statement of the one sentence used to be linked to every
 * event of it, and every date, site and quote of the sentence looked at
 * for each trigger, event and speaker. */
static void
test_statement_events_one_sentence (void)
{
  guint64 steps[2], sentence_steps[2];
  guint times[2] = { 2 * SHORT, 2 * LONG };   /* the shorter still one long sentence */

  for (guint t = 0; t < 2; t++)
    {
      g_autoptr(MarsadEventExtractor) ex = fixture_extractor ();
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(MarsadDocument) doc = NULL;
      MarsadEventWork work = { 0 };
      guint most = 0;

      for (guint i = 0; i < times[t]; i++)
        g_string_append_printf (text, "وقصفت القوات الأمريكية قاعدة التنف في %u آذار %u، "
                                "وقال المتحدث باسم الجيش «إن القوات قصفت مواقع في الرمادي»، ",
                                1 + i % 28, 1990 + i / 28);
      doc = fixture_document (text->str, "2024-03-06", places, G_N_ELEMENTS (places));
      marsad_event_extractor_run_counted (ex, doc, &work);
      for (guint i = 0; i < doc->statements->len; i++)
        most = MAX (most, ((MarsadStatement *) g_ptr_array_index (doc->statements, i))->event_ids->len);
      g_test_message ("%u times: %u events, %u statements, statement events %" G_GUINT64_FORMAT
                      ", at most %u, sentence steps %" G_GUINT64_FORMAT,
                      times[t], doc->events->len, doc->statements->len, work.statement_events, most,
                      work.sentence_steps);
      /* the attacks stay apart (their days differ), and each statement
       * speaks of the few told near it */
      g_assert_cmpuint (doc->events->len, >=, times[t]);
      g_assert_cmpuint (doc->statements->len, >=, times[t]);
      g_assert_cmpuint (most, >, 0);
      g_assert_cmpuint (most, <=, 2 * SHORT);
      steps[t] = work.statement_events;
      sentence_steps[t] = work.sentence_steps;
    }
  assert_linear (steps[0], steps[1]);
  /* nor were their dates, sites and quotes walked for each */
  assert_linear (sentence_steps[0], sentence_steps[1]);
}

/* One attack after another, each at a village of its own: every new event
 * used to be weighed against every event before it, wherever it was. */
static guint64
count_place_drafts (guint times)
{
  static const char letters[] = "بتثجحخدذرزسشصضطظعغفقكلمنهي";
  g_autoptr(MarsadEventExtractor) ex = fixture_extractor ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree FixturePlace *villages = g_new0 (FixturePlace, times);
  g_autoptr(MarsadDocument) doc = NULL;
  glong n_letters = g_utf8_strlen (letters, -1);
  MarsadEventWork work = { 0 };

  for (guint i = 0; i < times; i++)
    {
      const char *a = g_utf8_offset_to_pointer (letters, i % n_letters);
      const char *b = g_utf8_offset_to_pointer (letters, (i / n_letters) % n_letters);
      char *name = g_strdup_printf ("قرية %.*s%.*s", (int) (g_utf8_next_char (a) - a), a,
                                    (int) (g_utf8_next_char (b) - b), b);

      g_ptr_array_add (names, name);
      villages[i] = (FixturePlace) { name, "town", "SY", CTX };
      g_string_append_printf (text, "قصفت طائرات مسيرة فجر اليوم %s. ", name);
    }
  doc = fixture_document (text->str, "2024-03-06", villages, times);
  marsad_event_extractor_run_counted (ex, doc, &work);
  g_test_message ("%u times: %u events, place drafts %" G_GUINT64_FORMAT, times, doc->events->len,
                  work.place_drafts);
  g_assert_cmpuint (doc->events->len, ==, times);
  /* at least one step, that the linear bound may hold */
  return work.place_drafts + doc->events->len;
}

static void
test_place_drafts_linear (void)
{
  assert_linear (count_place_drafts (SHORT), count_place_drafts (LONG));
}

static MarsadPlace *
tally_place (const char *id,
             const char *kind,
             const char *admin1)
{
  MarsadPlace *place = marsad_place_new ();

  place->id = g_strdup (id);
  place->kind = g_strdup (kind);
  place->country = g_strdup ("SD");
  place->name_en = g_strdup (id);
  place->admin1 = g_strdup (admin1);
  place->lat = 14.4;
  place->lon = 33.5;
  return place;
}

static void
add_attack (MarsadDocument *doc,
            const char     *place_id,
            const char     *date,
            int             dead)
{
  MarsadEvent *event = marsad_event_new ();

  event->id = g_strdup_printf ("e%u", doc->events->len + 1);
  event->type = g_strdup ("Violence against civilians");
  event->place_id = g_strdup (place_id);
  event->date_start = g_strdup (date);
  g_ptr_array_add (event->fatality_reports, marsad_casualty_report_new (dead, NULL, 0, 0));
  g_ptr_array_add (doc->events, event);
}

/* A lead's toll and the attacks it sums, one report retold again and
 * again, with other days' and larger attacks at the same villages; the
 * parts are built straight (no extraction), as a long text's events stand */
static guint64
count_tally_steps (guint times,
                   guint *with_parts)
{
  g_autoptr(MarsadDocument) doc = marsad_document_new_from_text ("x", -1, NULL);
  g_autoptr(GPtrArray) parts = NULL;
  guint64 steps = 0;

  g_ptr_array_add (doc->places, tally_place ("Al Jazirah", "region", NULL));
  g_ptr_array_add (doc->places, tally_place ("Wad al-Hulaywah", "town", "Al Jazirah"));
  g_ptr_array_add (doc->places, tally_place ("Wad al-Fadl", "town", "Al Jazirah"));
  for (guint i = 0; i < times; i++)
    {
      add_attack (doc, "Al Jazirah", "2024-10-25", 20);
      add_attack (doc, "Wad al-Hulaywah", "2024-10-25", 11);
      add_attack (doc, "Wad al-Fadl", "2024-10-25", 6);
      add_attack (doc, "Wad al-Fadl", "2024-10-20", 3);
      add_attack (doc, "Wad al-Hulaywah", "2024-10-25", 40);
    }
  parts = marsad_document_dup_all_tally_parts_counted (doc, &steps);
  *with_parts = 0;
  for (guint i = 0; i < parts->len; i++)
    *with_parts += ((GPtrArray *) g_ptr_array_index (parts, i))->len > 0;
  g_test_message ("%u times: tally steps %" G_GUINT64_FORMAT, times, steps);
  return steps;
}

/* Every event's parts were sought among all the events: the JSON writer
 * asked for each event in turn. */
static void
test_tally_parts_linear (void)
{
  guint once, n_short, n_long;

  /* told once, the toll sums its two parts; told again, the parts
   * add up to more than it and it sums none */
  count_tally_steps (1, &once);
  g_assert_cmpuint (once, ==, 1);
  assert_linear (count_tally_steps (SHORT, &n_short), count_tally_steps (LONG, &n_long));
  g_assert_cmpuint (n_short, ==, 0);
  g_assert_cmpuint (n_long, ==, 0);
}

/* A strike on Syria and one on Ramadi, each on a day of its own, said
 * again and again: the country's never folds into the Iraqi town's, and
 * every coarse report used to be weighed against every precise event. */
static guint64
count_coarse_steps (guint times)
{
  static const char * const months[] = {
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"
  };
  g_autoptr(MarsadEventExtractor) ex = fixture_extractor ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(MarsadDocument) doc = NULL;
  MarsadEventWork work = { 0 };
  guint in_syria = 0;

  for (guint i = 0; i < times; i++)
    {
      g_autofree char *date = g_strdup_printf ("%u %s %u", 1 + i % 28, months[(i / 28) % 12], 1980 + i / 336);

      g_string_append_printf (text, "قصفت طائرات مسيرة مواقع في سوريا في %s. "
                              "وقصفت طائرات مسيرة الرمادي في %s. ", date, date);
    }
  /* no publication date: none of them is background */
  doc = fixture_document (text->str, NULL, places, G_N_ELEMENTS (places));
  marsad_event_extractor_run_counted (ex, doc, &work);
  for (guint i = 0; i < doc->events->len; i++)
    in_syria += g_strcmp0 (((MarsadEvent *) g_ptr_array_index (doc->events, i))->place_id, "p2") == 0;
  g_test_message ("%u times: %u events, %u in Syria, coarse steps %" G_GUINT64_FORMAT, times, doc->events->len,
                  in_syria, work.coarse_steps);
  g_assert_cmpuint (doc->events->len, ==, 2 * times);
  g_assert_cmpuint (in_syria, ==, times);
  return work.coarse_steps;
}

/* long enough (some 46,000 characters) that the shorter reaches past
 * the span a coarse report is weighed in */
#define COARSE_SHORT 512

static void
test_coarse_linear (void)
{
  assert_linear (count_coarse_steps (COARSE_SHORT), count_coarse_steps (COARSE_SHORT * (LONG / SHORT)));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/events-scale/casualties", test_casualties_linear);
  g_test_add_func ("/events-scale/actors-one-sentence", test_actors_one_sentence);
  g_test_add_func ("/events-scale/statements-one-sentence", test_statements_one_sentence);
  g_test_add_func ("/events-scale/statement-events-one-sentence", test_statement_events_one_sentence);
  g_test_add_func ("/events-scale/place-drafts", test_place_drafts_linear);
  g_test_add_func ("/events-scale/tally-parts", test_tally_parts_linear);
  g_test_add_func ("/events-scale/coarse-folding", test_coarse_linear);
  return g_test_run ();
}
