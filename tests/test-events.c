/* test-events.c: events, sites, dates, actors and casualties on documents
 * built by hand (the geoparser's places given, as it would give them)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "event-fixture.h"
#include "marsad-document-json.h"

#define CTX MARSAD_ROLE_CONTEXT
#define ACT MARSAD_ROLE_ACTOR

static gboolean
has_actor (const MarsadEvent *ev,
           const char        *name)
{
  for (guint i = 0; i < ev->actors->len; i++)
    if (strcmp (g_ptr_array_index (ev->actors, i), name) == 0)
      return TRUE;
  return FALSE;
}

static MarsadDocument *
run (const char         *text,
     const char         *published,
     const FixturePlace *places,
     guint               n_places)
{
  g_autoptr(MarsadEventExtractor) ex = fixture_extractor ();
  MarsadDocument *doc = fixture_document (text, published, places, n_places);

  marsad_event_extractor_run (ex, doc);
  for (guint i = 0; i < doc->events->len; i++)
    {
      const MarsadEvent *ev = g_ptr_array_index (doc->events, i);

      g_test_message ("%s %s / %s %s..%s at %s", ev->id, ev->type, ev->sub_type,
                      ev->date_start, ev->date_end, ev->place_id);
    }
  return doc;
}

/* One base hit twice on different days: two events; the casualty sentence
 * after the lead is the same event. */
static void
test_two_attacks_one_base (void)
{
  const FixturePlace places[] = {
    { "قاعدة التنف", "military_base", "SY", CTX },
    { "سوريا", "country", "SY", CTX },
  };
  g_autoptr(MarsadDocument) doc = run (
    "قصفت طائرات مسيرة فجر اليوم قاعدة التنف في سوريا. "
    "وأسفر القصف على قاعدة التنف عن مقتل ثلاثة جنود وإصابة خمسة آخرين. "
    "وكانت هذه القاعدة قد تعرضت لهجوم صاروخي يوم الأحد الماضي.",
    "2024-03-06", places, G_N_ELEMENTS (places));
  const MarsadEvent *first, *second;
  int lo, hi;

  g_assert_cmpuint (doc->events->len, ==, 2);
  /* chronological: Sunday's missiles first */
  first = g_ptr_array_index (doc->events, 0);
  second = g_ptr_array_index (doc->events, 1);
  g_assert_cmpstr (first->id, ==, "e1");
  g_assert_cmpstr (first->place_id, ==, "p1");
  g_assert_cmpstr (first->date_start, ==, "2024-03-03");
  g_assert_cmpstr (first->sub_type, ==, "Shelling/artillery/missile attack");
  g_assert_cmpstr (second->place_id, ==, "p1");
  g_assert_cmpstr (second->date_start, ==, "2024-03-06");
  g_assert_cmpstr (second->type, ==, "Explosions/Remote violence");
  g_assert_cmpstr (second->sub_type, ==, "Air/drone strike");
  g_assert_cmpint (second->time_precision, ==, MARSAD_TIME_PRECISION_DAY);
  g_assert_true (marsad_event_get_fatalities (second, &lo, &hi));
  g_assert_cmpint (lo, ==, 3);
  g_assert_cmpint (hi, ==, 3);
  g_assert_cmpuint (second->injury_reports->len, ==, 1);
  g_assert_false (second->background);
  /* the base's mentions are event sites; the country stays context */
  g_assert_cmpint (marsad_place_strongest_role (g_ptr_array_index (doc->places, 0)), ==,
                   MARSAD_ROLE_EVENT_SITE);
  g_assert_cmpint (marsad_place_strongest_role (g_ptr_array_index (doc->places, 1)), ==, CTX);
}

/* Sources disagree: every figure is kept with its source. */
static void
test_conflicting_fatalities (void)
{
  const FixturePlace places[] = { { "الخيام", "town", "LB", CTX } };
  g_autoptr(MarsadDocument) doc = run (
    "قتل شخصان في غارة إسرائيلية على بلدة الخيام أمس، بحسب وزارة الصحة. "
    "فيما قال مصدر محلي إن ثلاثة أشخاص قتلوا.",
    "2024-03-06", places, G_N_ELEMENTS (places));
  const MarsadEvent *ev = fixture_event_at (doc, "الخيام", 0);
  const MarsadCasualtyReport *r0, *r1;
  int lo, hi;

  g_assert_nonnull (ev);
  g_assert_cmpstr (ev->sub_type, ==, "Air/drone strike");
  g_assert_cmpstr (ev->date_start, ==, "2024-03-05");
  g_assert_true (marsad_event_get_fatalities (ev, &lo, &hi));
  g_assert_cmpint (lo, ==, 2);
  g_assert_cmpint (hi, ==, 3);
  g_assert_cmpuint (ev->fatality_reports->len, ==, 2);
  r0 = g_ptr_array_index (ev->fatality_reports, 0);
  r1 = g_ptr_array_index (ev->fatality_reports, 1);
  g_assert_cmpstr (r0->source, ==, "وزارة الصحة");
  g_assert_cmpstr (r1->source, ==, "مصدر محلي");
}

/* A source after "بحسب" is kept whole, a quoted author included, up to
 * the clause that follows it. */
static void
test_attributed_source (void)
{
  const FixturePlace places[] = { { "القائم", "town", "IQ", CTX } };
  g_autoptr(MarsadDocument) doc = run (
    "أسفرت غارة على منطقة القائم أمس عن سقوط قتيل، بحسب بيان لـ«الحشد الشعبي» الذي يعد "
    "مقاتلوه جزءا من القوات النظامية.",
    "2024-01-24", places, G_N_ELEMENTS (places));
  const MarsadEvent *ev = fixture_event_at (doc, "القائم", 0);
  const MarsadCasualtyReport *r;

  g_assert_nonnull (ev);
  g_assert_cmpuint (ev->fatality_reports->len, ==, 1);
  r = g_ptr_array_index (ev->fatality_reports, 0);
  g_assert_cmpint (r->count, ==, 1);
  g_assert_cmpstr (r->source, ==, "بيان لـ«الحشد الشعبي»");
}

/* "على بعد 20 كيلومترا شرق الفلوجة": a reference point, not the site */
static void
test_reference_point (void)
{
  const FixturePlace places[] = {
    { "الكرمة", "town", "IQ", CTX },
    { "الفلوجة", "city", "IQ", CTX },
  };
  g_autoptr(MarsadDocument) doc = run (
    "اندلعت اشتباكات عنيفة أمس في بلدة الكرمة الواقعة على بعد 20 كيلومترا شرق الفلوجة.",
    "2024-03-06", places, G_N_ELEMENTS (places));
  const MarsadEvent *ev;

  g_assert_cmpuint (doc->events->len, ==, 1);
  ev = g_ptr_array_index (doc->events, 0);
  g_assert_cmpstr (ev->place_id, ==, "p1");
  g_assert_cmpstr (ev->type, ==, "Battles");
  g_assert_cmpstr (ev->sub_type, ==, "Armed clash");
  g_assert_cmpstr (ev->date_start, ==, "2024-03-05");
  g_assert_null (ev->fatality_reports->len ? ev : NULL);
}

/* A capital condemning: a political event placed at the capital, whose
 * mention keeps its actor role. */
static void
test_condemnation (void)
{
  const FixturePlace places[] = {
    { "عمّان", "city", "JO", ACT },
    { "رفح", "city", "PS", CTX },
  };
  g_autoptr(MarsadDocument) doc = run (
    "قصفت طائرات حربية مدينة رفح ليلاً. ودانت عمّان اليوم الغارات ووصفتها بأنها «جريمة حرب».",
    "2024-02-12", places, G_N_ELEMENTS (places));
  const MarsadEvent *strike = fixture_event_at (doc, "رفح", 0);
  const MarsadEvent *political = fixture_event_at (doc, "عمّان", 0);

  g_assert_nonnull (strike);
  g_assert_cmpstr (strike->date_start, ==, "2024-02-11");
  g_assert_cmpstr (strike->date_end, ==, "2024-02-12");
  g_assert_nonnull (political);
  g_assert_cmpstr (political->type, ==, "Strategic developments");
  g_assert_cmpstr (political->date_start, ==, "2024-02-12");
  g_assert_cmpint (marsad_place_strongest_role (g_ptr_array_index (doc->places, 0)), ==, ACT);
}

/* History is background; actors come from the lexicon's aliases. */
static void
test_background_and_actors (void)
{
  const FixturePlace places[] = { { "الموصل", "city", "IQ", CTX } };
  g_autoptr(MarsadDocument) doc = run (
    "وكان تنظيم داعش قد سيطر على مدينة الموصل في عام 2014 قبل أن يستعيدها الجيش العراقي.",
    "2024-03-06", places, G_N_ELEMENTS (places));
  const MarsadEvent *ev = fixture_event_at (doc, "الموصل", 0);

  g_assert_nonnull (ev);
  g_assert_true (ev->background);
  g_assert_cmpstr (ev->type, ==, "Battles");
  g_assert_cmpstr (ev->sub_type, ==, "Non-state actor overtakes territory");
  g_assert_cmpstr (ev->date_start, ==, "2014");
  g_assert_true (has_actor (ev, "داعش"));
  g_assert_true (has_actor (ev, "الجيش العراقي"));
}

/* No publication date: relative dates stay null (never the clock). */
static void
test_no_publication_date (void)
{
  const FixturePlace places[] = { { "إدلب", "city", "SY", CTX } };
  g_autoptr(MarsadDocument) doc = run ("قصفت طائرات حربية أمس مدينة إدلب.", NULL,
                                       places, G_N_ELEMENTS (places));
  const MarsadEvent *ev = fixture_event_at (doc, "إدلب", 0);

  g_assert_nonnull (ev);
  g_assert_null (ev->date_start);
  g_assert_null (ev->date_end);
  g_assert_cmpstr (ev->date_text, ==, "أمس");
}

/* "اليوم الخميس" in a Wednesday's paper is reported. */
static void
test_weekday_warning (void)
{
  const FixturePlace places[] = { { "جباليا", "camp", "PS", CTX } };
  g_autoptr(MarsadDocument) doc = run (
    "قال الدفاع المدني اليوم الخميس إن غارة استهدفت مخيم جباليا.", "2024-01-24",
    places, G_N_ELEMENTS (places));

  g_assert_cmpuint (doc->warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (doc->warnings, 0), "Thursday"));
  g_assert_cmpuint (doc->events->len, ==, 1);
}

/* Two sites of one raid are two events; a name inside a group's name is
 * not a site; a backer is not a site. */
static void
test_sites (void)
{
  const FixturePlace places[] = {
    { "البوكمال", "town", "SY", CTX },
    { "الميادين", "town", "SY", CTX },
    { "العراق", "country", "IQ", CTX },
    { "إيران", "country", "IR", CTX },
  };
  g_autoptr(MarsadDocument) doc = run (
    "استهدفت غارات جوية فجر اليوم مواقع لفصائل مدعومة من إيران في البوكمال وكذلك في الميادين. "
    "وأعلنت المقاومة الإسلامية في العراق مسؤوليتها عن هجوم آخر.",
    "2024-02-03", places, G_N_ELEMENTS (places));

  g_assert_nonnull (fixture_event_at (doc, "البوكمال", 0));
  g_assert_nonnull (fixture_event_at (doc, "الميادين", 0));
  g_assert_null (fixture_event_at (doc, "إيران", 0));
  g_assert_null (fixture_event_at (doc, "العراق", 0));
}

/* Who takes a place decides the sub_type: a state force regains it,
 * after the verb or before it; an armed group overtakes it. */
static void
test_territory (void)
{
  const FixturePlace places[] = {
    { "تدمر", "town", "SY", CTX },
    { "الرمادي", "city", "IQ", CTX },
    { "منبج", "town", "SY", CTX },
  };
  g_autoptr(MarsadDocument) doc = run (
    "سيطرت القوات الحكومية على مدينة تدمر أمس. "
    "وقالت مصادر إن الجيش العراقي سيطر على مدينة الرمادي. "
    "وفي سياق آخر، سيطر تنظيم داعش على بلدة منبج.",
    "2024-02-03", places, G_N_ELEMENTS (places));
  const MarsadEvent *tadmur = fixture_event_at (doc, "تدمر", 0);
  const MarsadEvent *ramadi = fixture_event_at (doc, "الرمادي", 0);
  const MarsadEvent *manbij = fixture_event_at (doc, "منبج", 0);

  g_assert_nonnull (tadmur);
  g_assert_nonnull (ramadi);
  g_assert_nonnull (manbij);
  g_assert_cmpstr (tadmur->sub_type, ==, "Government regains territory");
  g_assert_cmpstr (ramadi->sub_type, ==, "Government regains territory");
  g_assert_cmpstr (manbij->sub_type, ==, "Non-state actor overtakes territory");
  g_assert_true (has_actor (manbij, "داعش"));
}

/* Sentences written for these cases: which place an event is anchored to,
 * its type, date and fatalities. A place listed with want_type NULL must
 * get no event. */
typedef struct
{
  const char  *text;
  const char  *places[4];     /* towns (countries end in "!") */
  const char  *at;            /* the place checked */
  const char  *want_type;     /* NULL: no event there */
  const char  *want_date;     /* date_start, or NULL: not checked */
  int          fat_min;       /* -1: no fatality report */
  int          fat_max;
} ClauseCase;

static const ClauseCase clause_cases[] = {
  /* called for, denied or not yet: no event */
  { "جدد رئيس الوزراء دعوته إلى انسحاب القوات الأجنبية من كفرنا.",
    { "كفرنا" }, "كفرنا", NULL, NULL, -1, -1 },
  { "ونفى الجيش أن يكون قد قصف كفرنا، مؤكداً أنه لم يستهدف حي الصفا اليوم.",
    { "كفرنا", "حي الصفا" }, "حي الصفا", NULL, NULL, -1, -1 },
  /* strikes told again, with a place the sentence names for another reason */
  { "قصفت طائرات بلدة كفرنا فجر اليوم. وتأتي الضربات مع استمرار التوتر الذي تشهده المنطقة منذ بداية الحرب في دير سلام.",
    { "كفرنا", "دير سلام" }, "دير سلام", NULL, NULL, -1, -1 },
  /* two strikes, two places, two times in one sentence */
  { "قتل شخصان في غارة على بلدة كفرنا فجر اليوم، بعد ساعات من غارة استهدفت مساء الأحد بلدة دير سلام.",
    { "كفرنا", "دير سلام" }, "دير سلام", "Explosions/Remote violence", "2024-06-09", -1, -1 },
  { "قتل شخصان في غارة على بلدة كفرنا فجر اليوم، بعد ساعات من غارة استهدفت مساء الأحد بلدة دير سلام.",
    { "كفرنا", "دير سلام" }, "كفرنا", "Explosions/Remote violence", "2024-06-10", 2, 2 },
  /* where the wounded were taken and where a road leads are context */
  { "استهدفت مسيرة سيارة في بلدة كفرنا على الطريق المؤدي إلى تل سمرة، ونقل الجرحى إلى مستشفى في عين ورد.",
    { "كفرنا", "تل سمرة", "عين ورد" }, "تل سمرة", NULL, NULL, -1, -1 },
  { "استهدفت مسيرة سيارة في بلدة كفرنا على الطريق المؤدي إلى تل سمرة، ونقل الجرحى إلى مستشفى في عين ورد.",
    { "كفرنا", "تل سمرة", "عين ورد" }, "عين ورد", NULL, NULL, -1, -1 },
  /* a source's whereabouts are not the site */
  { "قالت مصادر طبية في عين ورد إن ثلاثة أشخاص قتلوا أمس في قصف مدفعي على حي الصفا.",
    { "عين ورد", "حي الصفا" }, "حي الصفا", "Explosions/Remote violence", "2024-06-09", 3, 3 },
  /* stones and firebombs against the police: a riot */
  { "رشق محتجون قوات الأمن بالحجارة والزجاجات الحارقة أمس أمام مبنى المحافظة في كفرنا.",
    { "كفرنا" }, "كفرنا", "Riots", "2024-06-09", -1, -1 },
  { "تحولت احتجاجات في كفرنا أمس إلى مواجهات مع الشرطة.",
    { "كفرنا" }, "كفرنا", "Riots", "2024-06-09", -1, -1 },
  /* a withdrawal, and reinforcements: strategic developments */
  { "انسحبت القوات صباح اليوم من حي الصفا بعد توغل استمر أسبوعاً.",
    { "حي الصفا" }, "حي الصفا", "Strategic developments", "2024-06-10", -1, -1 },
  { "وصلت تعزيزات عسكرية أمس إلى بلدة كفرنا.",
    { "كفرنا" }, "كفرنا", "Strategic developments", "2024-06-09", -1, -1 },
  /* a bomb set off during ground fighting is part of the battle */
  { "تواصلت المعارك اليوم في كفرنا، وفجر المقاتلون عبوة ناسفة بآلية واشتبكوا مع القوة.",
    { "كفرنا" }, "كفرنا", "Battles", "2024-06-10", -1, -1 },
  /* an attack said to have killed nobody */
  { "سقطت قذيفة مساء أمس قرب كفرنا من دون أن تسفر عن أي خسائر بشرية.",
    { "كفرنا" }, "كفرنا", "Explosions/Remote violence", "2024-06-09", 0, 0 },
  /* two reports of one strike, in two sentences; "بينهم" breaks it down */
  { "قتل 5 أشخاص بينهم طفلان في غارة على كفرنا اليوم. وقالت مصادر محلية إن عدد القتلى بلغ سبعة.",
    { "كفرنا" }, "كفرنا", "Explosions/Remote violence", "2024-06-10", 5, 7 },
  /* one killed by one account, nobody by another */
  { "قالت مصادر إن غارة على كفرنا اليوم أسفرت عن مقتل شخص واحد، فيما تحدثت الوكالة عن إصابة شخصين من دون سقوط قتلى.",
    { "كفرنا" }, "كفرنا", "Explosions/Remote violence", "2024-06-10", 0, 1 },
  /* the fighting, retold at the town where it centred, keeps its date */
  { "تجددت الاشتباكات مساء السبت في ريف المدينة. وقال المرصد إن المواجهات تركزت في بلدة كفرنا.",
    { "كفرنا" }, "كفرنا", "Battles", "2024-06-08", -1, -1 },
  /* a later date at the same place is another event */
  { "قتل شخصان في غارة على كفرنا فجر اليوم. وأضاف أن الأضرار كبيرة. وذكر أن الطقس حار. "
    "وقال إن المسعفين وصلوا. وأوضح أن الطريق مقطوع. وكانت غارة قد استهدفت كفرنا الأسبوع الماضي.",
    { "كفرنا" }, "كفرنا", "Explosions/Remote violence", "2024-06-10", 2, 2 },
};

static void
test_clauses (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (clause_cases); i++)
    {
      const ClauseCase *c = &clause_cases[i];
      FixturePlace places[4];
      guint n = 0;
      g_autoptr(MarsadDocument) doc = NULL;
      const MarsadEvent *ev = NULL;
      int lo = -1, hi = -1;

      g_test_message ("%s [%s]", c->text, c->at);
      for (; n < G_N_ELEMENTS (c->places) && c->places[n] != NULL; n++)
        places[n] = (FixturePlace) { c->places[n], "town", "LB", CTX };
      doc = run (c->text, "2024-06-10", places, n);
      /* of several events at the place, the one dated as wanted */
      for (guint k = 0; (ev == NULL || (c->want_date && g_strcmp0 (ev->date_start, c->want_date) != 0)); k++)
        {
          const MarsadEvent *e = fixture_event_at (doc, c->at, k);

          if (e == NULL)
            break;
          ev = e;
        }
      if (c->want_type == NULL)
        {
          g_assert_null (ev);
          continue;
        }
      g_assert_nonnull (ev);
      g_assert_cmpstr (ev->type, ==, c->want_type);
      if (c->want_date != NULL)
        g_assert_cmpstr (ev->date_start, ==, c->want_date);
      if (c->fat_min < 0)
        continue;
      g_assert_true (marsad_event_get_fatalities (ev, &lo, &hi));
      g_assert_cmpint (lo, ==, c->fat_min);
      g_assert_cmpint (hi, ==, c->fat_max);
    }
}

/* the source of a figure and where it is written */
static void
test_source_span (void)
{
  const FixturePlace places[] = { { "كفرنا", "town", "LB", CTX } };
  g_autoptr(MarsadDocument) doc = run (
    "قتل 12 شخصاً في غارة على كفرنا اليوم، وفق ما أعلنت وزارة الصحة.",
    "2024-06-10", places, G_N_ELEMENTS (places));
  const MarsadEvent *ev = fixture_event_at (doc, "كفرنا", 0);
  const MarsadCasualtyReport *r;
  g_autofree char *written = NULL;

  g_assert_nonnull (ev);
  g_assert_cmpuint (ev->fatality_reports->len, ==, 1);
  r = g_ptr_array_index (ev->fatality_reports, 0);
  g_assert_cmpint (r->count, ==, 12);
  g_assert_cmpstr (r->source, ==, "وزارة الصحة");
  written = marsad_document_dup_span (doc, r->source_span.start, r->source_span.end);
  g_assert_cmpstr (written, ==, "وزارة الصحة");
}

/* A definite noun before the figure ("إن القتلى ثلاثة"), a figure denied a
 * higher bound inside quotation marks ("«لم يتجاوز 31»"), and a noun right
 * after the figure ("بـ26 قتيلاً") that is that figure, not one more. */
static void
test_figure_forms (void)
{
  const FixturePlace places[] = { { "دوما", "town", "SY", CTX } };
  g_autoptr(MarsadDocument) doc = run (
    "قتل شخصان في قصف مدفعي على مدينة دوما اليوم، بينما قال مكتب حقوقي إن القتلى ثلاثة. "
    "وأعلنت وزارة الصحة أن عدد القتلى «لم يتجاوز 31»، في حين قدرت مصادر محلية الحصيلة بـ26 قتيلاً.",
    "2024-03-06", places, G_N_ELEMENTS (places));
  const MarsadEvent *ev = fixture_event_at (doc, "دوما", 0);
  int lo, hi;

  g_assert_nonnull (ev);
  g_assert_true (marsad_event_get_fatalities (ev, &lo, &hi));
  g_assert_cmpint (lo, ==, 2);
  g_assert_cmpint (hi, ==, 31);
  g_assert_cmpuint (ev->fatality_reports->len, ==, 4);
}

/* "عشرات القتلى" counts only where no exact figure is told for the event */
static void
test_vague_figure (void)
{
  const FixturePlace places[] = { { "دوما", "town", "SY", CTX } };
  g_autoptr(MarsadDocument) doc = run (
    "أسفر قصف مدفعي على مدينة دوما اليوم عن عشرات القتلى. "
    "وقالت مصادر طبية إن 40 شخصاً قتلوا.",
    "2024-03-06", places, G_N_ELEMENTS (places));
  const MarsadEvent *ev = fixture_event_at (doc, "دوما", 0);
  int lo, hi;

  g_assert_nonnull (ev);
  g_assert_true (marsad_event_get_fatalities (ev, &lo, &hi));
  g_assert_cmpint (lo, ==, 40);
  g_assert_cmpint (hi, ==, 40);
}

/* "عشرات" is ACLED's 10, and the report says the figure was a word (the
 * day is told: with neither a place nor a date there is no event) */
static void
test_vague_report (void)
{
  g_autoptr(MarsadDocument) doc = run ("قتل عشرات المدنيين في قصف على البلدة أمس.", "2024-03-06", NULL, 0);
  const MarsadCasualtyReport *r = NULL;

  for (guint i = 0; i < doc->events->len; i++)
    {
      const MarsadEvent *ev = g_ptr_array_index (doc->events, i);

      g_assert_true (r == NULL || ev->fatality_reports->len == 0);
      if (ev->fatality_reports->len > 0)
        {
          g_assert_cmpuint (ev->fatality_reports->len, ==, 1);
          r = g_ptr_array_index (ev->fatality_reports, 0);
        }
    }
  g_assert_nonnull (r);
  g_assert_cmpint (r->count, ==, 10);
  g_assert_true (r->vague);
}

/* a saved analysis keeps a vague figure vague; "vague" is written only
 * when true, read as false when absent, and refused when not a boolean */
static void
test_vague_report_json (void)
{
  g_autoptr(MarsadDocument) doc = run ("قتل عشرات المدنيين في قصف على البلدة أمس، وأصيب 4 آخرون.",
                                       "2024-03-06", NULL, 0);
  g_autofree char *saved = marsad_document_to_json_string (doc, MARSAD_JSON_SAVED_ANALYSIS, FALSE);
  g_autoptr(MarsadDocument) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) damaged = NULL;
  const MarsadEvent *ev;
  const MarsadCasualtyReport *r;
  const char *at;

  /* one vague figure, one exact: one "vague" member */
  at = strstr (saved, "\"vague\":true");
  g_assert_nonnull (at);
  g_assert_null (strstr (at + 1, "\"vague\""));
  back = marsad_document_from_json_data ("vague.json", saved, strlen (saved), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->events->len, ==, 1);
  ev = g_ptr_array_index (back->events, 0);
  g_assert_cmpuint (ev->fatality_reports->len, ==, 1);
  r = g_ptr_array_index (ev->fatality_reports, 0);
  g_assert_cmpint (r->count, ==, 10);
  g_assert_true (r->vague);
  g_assert_cmpuint (ev->injury_reports->len, ==, 1);
  r = g_ptr_array_index (ev->injury_reports, 0);
  g_assert_cmpint (r->count, ==, 4);
  g_assert_false (r->vague);
  g_clear_pointer (&back, marsad_document_free);

  damaged = g_string_new (saved);
  g_string_replace (damaged, "\"vague\":true", "\"vague\":\"yes\"", 1);
  back = marsad_document_from_json_data ("vague.json", damaged->str, damaged->len, &error);
  g_assert_null (back);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "vague"));
}

/* The seat of a speaking ministry is not where the strike was; "قرب
 * مدينة X" is the site, approximately; settlers attacking a village are
 * violence against civilians */
static void
test_sites_and_settlers (void)
{
  const FixturePlace places[] = {
    { "رام الله", "city", "PS", CTX },
    { "قباطية", "town", "PS", CTX },
    { "حمص", "city", "SY", CTX },
    { "سوريا", "country", "SY", CTX },
    { "سنجل", "village", "PS", CTX },
  };
  g_autoptr(MarsadDocument) doc = run (
    "وقالت الوزارة في رام الله إن شابين قتلا فجر اليوم في غارة بطائرة مسيرة على بلدة قباطية. "
    "ودوت انفجارات قرب مدينة حمص وسط سوريا مساء أمس. "
    "وهاجم مستوطنون قرية سنجل أمس وأحرقوا منازل.",
    "2024-03-06", places, G_N_ELEMENTS (places));
  const MarsadEvent *ev;

  g_assert_null (fixture_event_at (doc, "رام الله", 0));
  ev = fixture_event_at (doc, "قباطية", 0);
  g_assert_nonnull (ev);
  g_assert_cmpstr (ev->date_start, ==, "2024-03-06");
  ev = fixture_event_at (doc, "حمص", 0);
  g_assert_nonnull (ev);
  g_assert_cmpstr (ev->date_start, ==, "2024-03-05");
  ev = fixture_event_at (doc, "سنجل", 0);
  g_assert_nonnull (ev);
  g_assert_cmpstr (ev->type, ==, "Violence against civilians");
}

/* A span of months ("منذ أغسطس 2022، حين قُتل 32") is history: it does
 * not merge into the day's event at the same place, nor give it figures */
static void
test_history_apart (void)
{
  const FixturePlace places[] = { { "دوما", "town", "SY", CTX } };
  g_autoptr(MarsadDocument) doc = run (
    "اندلعت اشتباكات عنيفة في مدينة دوما مساء أمس. "
    "وتعد هذه الاشتباكات الأعنف في دوما منذ أغسطس (آب) 2022، حين قتل 32 شخصاً في مواجهات.",
    "2024-03-06", places, G_N_ELEMENTS (places));
  const MarsadEvent *old = fixture_event_at (doc, "دوما", 0);
  const MarsadEvent *ev = fixture_event_at (doc, "دوما", 1);

  g_assert_nonnull (old);
  g_assert_true (old->background);
  g_assert_nonnull (ev);
  g_assert_cmpstr (ev->date_start, ==, "2024-03-05");
  g_assert_false (marsad_event_get_fatalities (ev, NULL, NULL));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/events/two-attacks-one-base", test_two_attacks_one_base);
  g_test_add_func ("/events/conflicting-fatalities", test_conflicting_fatalities);
  g_test_add_func ("/events/attributed-source", test_attributed_source);
  g_test_add_func ("/events/reference-point", test_reference_point);
  g_test_add_func ("/events/condemnation", test_condemnation);
  g_test_add_func ("/events/background-and-actors", test_background_and_actors);
  g_test_add_func ("/events/no-publication-date", test_no_publication_date);
  g_test_add_func ("/events/weekday-warning", test_weekday_warning);
  g_test_add_func ("/events/sites", test_sites);
  g_test_add_func ("/events/territory", test_territory);
  g_test_add_func ("/events/clauses", test_clauses);
  g_test_add_func ("/events/source-span", test_source_span);
  g_test_add_func ("/events/figure-forms", test_figure_forms);
  g_test_add_func ("/events/vague-figure", test_vague_figure);
  g_test_add_func ("/events/vague-report", test_vague_report);
  g_test_add_func ("/events/vague-report-json", test_vague_report_json);
  g_test_add_func ("/events/sites-settlers", test_sites_and_settlers);
  g_test_add_func ("/events/history-apart", test_history_apart);
  return g_test_run ();
}
