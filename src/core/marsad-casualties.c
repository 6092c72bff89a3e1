/* marsad-casualties.c: killed and injured, with who reported them
 *
 * A figure (digits, words, a dual noun, a vague "عشرات") counts as
 * fatalities or injuries by the nearest casualty word: a noun after it
 * ("3 قتلى"), a verb or verbal noun before it ("مقتل 3 أشخاص", "إصابة 10")
 * or a verb after the counted noun ("شخصين قتلا"). A singular casualty noun
 * is one ("سقوط قتيل"); "آخرين" beside an injury word is "some". Every
 * figure keeps its source: the speaker of the sentence's speech verb, or
 * the whole phrase after "بحسب/وفق" up to the end of its clause.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "marsad-event-private.h"
#include "marsad-numbers.h"

static const char * const fatal_nouns[] = {
  "قتيل", "قتيلا", "قتلي", "شهيد", "شهيدا", "شهداء", "ضحايا", "ضحيه", "جثه", "جثث", "قتلاهم", NULL,
};
static const char * const fatal_before[] = {
  "مقتل", "قتل", "استشهاد", "مصرع", "وفاه", "حصيله", "قتلت", "قتلوا", "استشهد", "استشهدت",
  "قضي", "بحياه", "حياه", "ارواح", "بارواح",
  /* "قضت على أربعة مسلحين": killed them */
  "قضت",
  /* bodies found: "العثور على جثة شاب", "جثث خمسة أشخاص"; a hospital
   * took in "جثامين 14 شخصاً" */
  "جثه", "جثث", "جثتي", "جثامين", "جثمان", NULL,
};
/* the verb after the counted noun, possibly some words on: "ثلاثة مقاتلين
 * من الفصائل المسلحة قد لقوا حتفهم" */
static const char * const fatal_after[] = {
  "قتلا", "قتلوا", "قتل", "قتلت", "لقوا", "لقيا", "لقي", "استشهدوا", "استشهدا", "استشهد", "حتفهم",
  "حتفهما", "حتفه", "حتفها", "مصرعهم", "مصرعه", "مصرعهما", "قضوا", "قضيا", "فارقوا", "فارقا",
  "فارق", "ارتقوا", "ارتقيا", "ارتقي", NULL,
};
/* "لقي جندي حتفه", "رجلاً … لقي حتفه": the verb and its object around or
 * after one person */
static const char * const met_verbs[] = { "لقي", "لقيت", NULL };
static const char * const met_death[] = { "حتفه", "حتفها", "مصرعه", "مصرعها", NULL };
/* ... after the persons joined: "لقي رجل وابنه حتفهما" */
static const char * const met_death_many[] = { "حتفهما", "حتفهم", "حتفهن", "مصرعهما", "مصرعهم", "مصرعهن", NULL };
/* ... or died, the verb alone: "طفلاً قضى", "رجلاً توفي" */
static const char * const died_verbs[] = { "قضي", "توفي", "استشهد", "فارق", NULL };
#define MET_DEATH_REACH 6
/* "في الستين من عمره": an age, not a figure */
static const char * const age_words[] = { "عمره", "عمرها", "العمر", NULL };
#define FATAL_AFTER_REACH 6
/* an active verb of killing, its subject between it and the figure:
 * "قتلت قوات الدعم السريع ستة أشخاص", "أعدم المسلحون ثلاثة رجال" */
static const char * const killing_verbs[] = {
  "قتلت", "قتلوا", "قتل", "قتلا", "اعدمت", "اعدموا", "اعدم", "اغتالت", "اغتالوا", "اغتال",
  "صفت", "صفوا", NULL,
};
static const char * const people_counted[] = {
  "اشخاص", "مدنيين", "مدنيا", "جنود", "عناصر", "مقاتلين", "مقاتلا", "اطفال", "نساء", "رجال",
  "مسلحين", "مسلحا", "مواطنين", "مواطنا", "شبان", "عمال", "متظاهرين", "محتجين", "فلسطينيين",
  "فلسطينيا", "شخصا", "جنديا", "طفلا", "افراد", "سكان", "من", NULL,
};
#define KILLING_VERB_REACH 6
#define KILLING_OBJECT_REACH 10
static const char * const injury_nouns[] = {
  "جريح", "جريحا", "جرحي", "مصاب", "مصابا", "مصابين", "مصابون", "اصابات", NULL,
};
static const char * const injury_before[] = {
  "اصابه", "جرح", "اصيب", "اصيبوا", "اصابت", "جرحت", NULL,
};
static const char * const injury_after[] = {
  "جرحا", "جرحوا", "اصيبا", "اصيبوا", "اصيب", "جرح", NULL,
};
/* the singular nouns that count one on their own */
static const char * const fatal_one[] = { "قتيل", "قتيلا", "شهيد", "شهيدا", NULL };
/* two dead, two bodies found: "قتيلين", "العثور على جثتي راعيين" */
static const char * const dead_duals[] = { "قتيل", "شهيد", "جثه", NULL };
static const char * const injury_one[] = { "جريح", "جريحا", "مصاب", NULL };
static const char * const others[] = { "اخرين", "اخرون", NULL };
/* a person a casualty word counts as one when no figure is told: "مقتل
 * شخص", "قتل محتج", "مقتل أحد عناصرها"; two when another is joined to it:
 * "قتل ضابط وجندي", "الطبيب وابنه" */
static const char * const person_nouns[] = {
  "شخص", "مدني", "جندي", "ضابط", "طفل", "طفله", "امراه", "رجل", "شاب", "شابه", "فتي", "فتاه",
  "محتج", "متظاهر", "مقيم", "مواطن", "مسلح", "عنصر", "مقاتل", "شرطي", "عسكري", "صحفي", "طبيب",
  "مسعف", "لاجي", "مستوطن", "مزارع", "صياد", "راع", "سايق", "عامل", "موظف", "مدرس", "معلم",
  "حارس", "نازح", "ممرض", "مهندس", "تاجر", "بايع", "مختار",
  /* "اغتال مسلحان مسؤولاً محلياً", "مقتل قاضٍ" */
  "مسوول", "نايب", "محافظ", "قاضي", "زعيم", "عضو",
  "طالب", "ناشط", "قيادي", "قايد", "احد", "اسراييلي", "فلسطيني", "سوري", "عراقي", "لبناني",
  "يمني", "سوداني", "ليبي", "مصري", "تركي", "كردي", NULL,
};

/* "مقتل مدنيَّين": the oblique dual of a noun whose sound plural is written
 * the same ("مدنيين") is a figure when the text marks it, with a fatha
 * before the ending (ـَيْن) where the plural has a kasra (ـِين) */
static gboolean
written_dual (const MarsadWordView *v,
              guint                 w,
              MarsadNumber         *num)
{
  const MarsadWord *mw = &v->words[w];
  const char *form = marsad_word_view_form (v, w);
  gsize len = form != NULL ? strlen (form) : 0;
  gunichar letters[3] = { 0, 0, 0 };   /* the last three letters, last first */
  gboolean fatha = FALSE;
  guint n = 0;

  if (len < 6 || !g_str_has_suffix (form, "ين"))
    return FALSE;
  for (guint i = mw->end; i > mw->start && n < 3; i--)
    {
      gunichar c = v->chars[i - 1];

      if (c == 0x064E && n == 2)
        fatha = TRUE;
      if (c >= 0x064B && c <= 0x0652)
        continue;
      letters[n++] = c;
    }
  if (!fatha || letters[0] != 0x0646 || letters[1] != 0x064A)
    return FALSE;
  for (guint k = 0; person_nouns[k] != NULL; k++)
    if (strlen (person_nouns[k]) == len - strlen ("ين") && strncmp (form, person_nouns[k], len - strlen ("ين")) == 0)
      {
        num->value = 2;
        num->n_words = 1;
        num->kind = MARSAD_NUMBER_DUAL;
        num->noun = person_nouns[k];
        return TRUE;
      }
  return FALSE;
}
static const char * const kin_nouns[] = {
  "ابنه", "ابنها", "ابنته", "ابنتها", "زوجته", "زوجها", "شقيقه", "شقيقها", "شقيقته", "والده",
  "والدته", "ابن", "زوجه", "جندي", "ضابط", "طفل", "شخص", "رجل", "امراه", "شاب",
  "طفلها", "طفلته", "طفلتها", "حفيده", "حفيدها", "حفيدته", "شقيقتها", NULL,
};
/* "وطفليه": two more; "وأطفالهما الثلاثة": as many as the number says */
static const char * const kin_duals[] = {
  "طفليه", "طفليها", "ابنيه", "ابنيها", "ابنتيه", "ابنتيها", "طفلتيه", "طفلتيها", "شقيقيه", "شقيقيها", NULL,
};
static const char * const kin_plurals[] = {
  "اطفاله", "اطفالها", "اطفالهما", "ابناءه", "ابنايه", "ابنائه", "ابنائها", "ابناءها", "اولاده", "اولادها",
  "بناته", "بناتها", "اشقايه", "اشقاءه", NULL,
};
/* how many words a family told after its first member may run on */
#define KIN_REACH 8
/* a figure's own word: "وإصابات", "الجرحى" */
static const char * const injuries_some[] = { "اصابات", "جرحي", NULL };

/* "من دون أن تسفر عن أي خسائر", "لم تسفر عن إصابات", "نفت سقوط أي قتيل",
 * "دون وقوع ضحايا": a report that nobody was killed. A negation, then only
 * the words such a phrase is made of, then a word for casualties. */
static const char * const negations[] = { "دون", "بدون", "لم", "نفت", "نفي", "عدم", NULL };
static const char * const negation_fill[] = {
  "ان", "تسفر", "يسفر", "اسفر", "اسفرت", "تسفرا", "يسفرا", "عن", "اي", "سقوط", "وقوع", "تسجيل",
  "حدوث", "تقع", "يقع", "في", "بيان", "فقط", "تسجل", "يسجل", "تفيد", "يفيد", "بوقوع", "بسقوط",
  /* "ولم يُصب أحد", "لم يتعرض أحد لأذى" */
  "يصب", "تصب", "يصاب", "يتعرض",
  /* "دون أن يسفر ذلك عن", "دون أن يسفر الهجوم عن", "دون ورود أنباء عن قتلى",
   * "دون تسجيل أضرار أو إصابات" */
  "ذلك", "الهجوم", "القصف", "الانفجار", "الغاره", "الحادث", "ورود", "انباء", "معلومات",
  "اضرار", "او",
  /* "من دون أن يُفاد عن إصابات", "دون أن ترد أنباء عن" */
  "يفاد", "يفد", "يبلغ", "ترد", "يرد", NULL,
};
static const char * const loss_words[] = {
  "خساير", "ضحايا", "قتلي", "قتيل", "اصابات", "اصابه", "جرحي", "وفيات", "احد", NULL,
};
#define NEGATION_REACH 6

/* "طاقم السفينة بخير", "البحارة سالمون": everyone came out alive */
static const char * const safe_words[] = { "بخير", "سالمون", "سالمين", "بسلام", NULL };
/* "اقتصرت الخسائر على الماديات": only things were lost */
static const char * const only_verbs[] = { "اقتصرت", "اقتصر", NULL };
static const char * const losses[] = { "الخساير", "خساير", NULL };
static const char * const material[] = { "الماديات", "الماديه", "الاضرار", "ماديه", NULL };
static const char * const people_groups[] = {
  "طاقم", "الطاقم", "البحاره", "بحارتها", "الركاب", "ركابها", "طاقمها", "الجميع", "افراد", NULL,
};

static const char * const among[] = { "بينهم", "بينهن", "بينهما", "منهم", "منهن", NULL };

/* "عدد القتلى بلغ 12", "حصيلة الضحايا ارتفعت إلى ستة": the count reached */
static const char * const reach_words[] = {
  "بلغ", "بلغت", "ارتفع", "ارتفعت", "وصل", "وصلت", "الي", "يتجاوز", "تتجاوز", "يتعدي", "تتعدي",
  "تجاوز", "تجاوزت", NULL,
};
/* "إن القتلى ثلاثة", "القتلى اثنان": the counted noun stands before */
static const char * const fatal_definite[] = { "القتلي", "الضحايا", "الشهداء", NULL };
static const char * const injury_definite[] = { "الجرحي", "المصابين", "المصابون", NULL };
static const char * const count_words[] = { "عدد", "حصيله", NULL };

/* words that open the next clause and so end an attributed source:
 * "بحسب بيان لـ«الحشد الشعبي» الذي يعد…" */
static const char * const clause_openers[] = {
  "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "فيما", "بينما", "حيث",
  "كما", "اذ", "لكن", "ما", "مما", "ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "بعد",
  "وهو", "وهي", "وهم", "ايضا", "و", NULL,
};
/* prepositions a source does not end with */
static const char * const dangling[] = { "في", "من", "الي", "علي", "عن", "ل", "ب", "مع", NULL };

#define SOURCE_MAX_WORDS 12

void
marsad_casualties_mark_words (MarsadPhraseTable *table)
{
  const char * const *lists[] = {
    fatal_one, injury_one, others, injuries_some, negations, person_nouns, safe_words, losses,
  };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l][i] != NULL; i++)
      marsad_phrase_table_add_class (table, lists[l][i], MARSAD_WORD_CASUALTY);
  /* "رجلاً": the accusative (accusative_person) */
  for (guint i = 0; person_nouns[i] != NULL; i++)
    {
      g_autofree char *accusative = g_strconcat (person_nouns[i], "ا", NULL);

      marsad_phrase_table_add_class (table, accusative, MARSAD_WORD_CASUALTY);
    }
}

void
marsad_casualty_clear (MarsadCasualty *c)
{
  g_clear_pointer (&c->source, g_free);
}

/* white space, tatweel, or the marks around a quoted name ("لـ«الحشد»") */
static gboolean
gap_within_clause (const MarsadEventRun *run,
                   guint                 i)
{
  const MarsadWordView *v = run->view;

  if (i + 1 >= v->n)
    return FALSE;
  for (guint j = v->words[i].end; j < v->words[i + 1].start && j < v->n_chars; j++)
    {
      gunichar c = v->chars[j];

      if (!g_unichar_isspace (c) && c != 0x0640 && !(c >= 0x064B && c <= 0x065F) &&
          c != 0x00AB && c != 0x00BB && c != 0x201C && c != 0x201D && c != '"')
        return FALSE;
    }
  return TRUE;
}

/* The source after an attribution cue ("بحسب", "وفق"): every word to the
 * end of its clause, a quoted name included. */
static guint
attributed_source (const MarsadEventRun *run,
                   guint                 from)
{
  guint n = 0;

  while (n < SOURCE_MAX_WORDS && marsad_event_run_same_sentence (run, from, from + n))
    {
      guint i = from + n;
      gint q = marsad_event_run_quote_at (run, i);

      if (n > 0 && !gap_within_clause (run, i - 1))
        break;
      if (run->in_date[i] || (q >= 0 && g_array_index (run->quotes, MarsadQuote, q).statement) ||
          marsad_event_run_match (run, MARSAD_LEX_SPEECH, i) != NULL ||
          (marsad_event_run_match (run, MARSAD_LEX_TRIGGER, i) != NULL &&
           marsad_event_run_match (run, MARSAD_LEX_TITLE, i) == NULL) ||
          marsad_event_run_form_is (run, i, clause_openers))
        break;
      n++;
    }
  while (n > 0 && marsad_event_run_form_is (run, from + n - 1, dangling))
    n--;
  return n;
}

/* Who reports what sentence w says: the subject of a speech verb before
 * it, else the source after a cue; *span_out is where it is written. */
char *
marsad_casualty_source (const MarsadEventRun *run,
                        guint                 w,
                        MarsadSpan           *span_out)
{
  /* no source stands 200 words from its figure; the bound keeps a
   * sentence of a million words (no full stop) from costing a scan per
   * figure (issue 11: quadratic) */
  const guint window = 200;
  guint s = run->view->words[w].sentence;
  guint first = MAX (run->sentence_words[s], w > window ? w - window : 0);
  guint end = MIN (run->sentence_words[s + 1], w + window);
  const MarsadPhrase *sp;
  gint best = -1;
  guint from, n, start, stop;
  gint q;

  *span_out = (MarsadSpan) { 0, 0 };
  for (guint i = first; i < end; i++)
    {
      sp = marsad_event_run_match (run, MARSAD_LEX_SPEECH, i);
      if (sp == NULL || marsad_event_run_quote_at (run, i) >= 0)
        continue;
      /* a cue anywhere ("بحسب بيان"); a verb only before the figure */
      if (((MarsadSpeech *) sp->data)->kind == MARSAD_SPEECH_ATTRIB || i < w)
        if (best < 0 || i < w)
          best = (gint) i;
    }
  if (best < 0)
    return NULL;

  sp = marsad_event_run_match (run, MARSAD_LEX_SPEECH, (guint) best);
  from = (guint) best + sp->n_words;
  if (((MarsadSpeech *) sp->data)->kind == MARSAD_SPEECH_ATTRIB)
    {
      const MarsadPhrase *verb;

      /* "وفق ما أعلنت وزارة الصحة": the subject of the verb after "ما" */
      if (marsad_event_run_form_is (run, from, (const char *[]) { "ما", NULL }) &&
          marsad_event_run_same_sentence (run, from, from + 1) &&
          (verb = marsad_event_run_match (run, MARSAD_LEX_SPEECH, from + 1)) != NULL)
        {
          from += 1 + verb->n_words;
          n = marsad_speaker_phrase (run, from, TRUE);
        }
      else
        n = attributed_source (run, from);
    }
  else
    n = marsad_speaker_phrase (run, from, TRUE);
  /* "لكن «غرفة طوارئ أمبدة» قالت إن…": the subject, a quoted name, told
   * before its verb */
  if (n == 0 && best > 0 && (q = marsad_event_run_quote_at (run, (guint) best - 1)) >= 0 &&
      g_array_index (run->quotes, MarsadQuote, q).w_end == (guint) best &&
      g_array_index (run->quotes, MarsadQuote, q).w_first >= first &&
      g_array_index (run->quotes, MarsadQuote, q).w_end - g_array_index (run->quotes, MarsadQuote, q).w_first <= 6)
    {
      const MarsadQuote *quote = &g_array_index (run->quotes, MarsadQuote, q);

      *span_out = (MarsadSpan) { quote->start - 1, quote->end + 1 };
      return marsad_document_dup_span (run->doc, quote->start - 1, quote->end + 1);
    }
  if (n == 0)
    return NULL;

  start = run->view->words[from].start;
  stop = run->view->words[from + n - 1].end;
  /* close the quoted name the phrase ends in, and open the one it starts
   * with: "«تنسيقية لجان مقاومة الفاشر»", not "…الفاشر»" */
  q = marsad_event_run_quote_at (run, from + n - 1);
  if (q >= 0 && g_array_index (run->quotes, MarsadQuote, q).end >= stop)
    stop = g_array_index (run->quotes, MarsadQuote, q).end + 1;
  q = marsad_event_run_quote_at (run, from);
  if (q >= 0 && g_array_index (run->quotes, MarsadQuote, q).start == start && start > 0)
    start--;
  stop = marsad_document_close_parenthesis (run->doc, start, stop);
  *span_out = (MarsadSpan) { start, stop };
  return marsad_document_dup_span (run->doc, start, stop);
}

static gboolean
near_word (const MarsadEventRun *run,
           guint                 w,
           int                   from,
           int                   to,
           const char * const   *set,
           guint                *found)
{
  for (int d = from; d <= to; d++)
    {
      gint64 k = (gint64) w + d;

      if (d == 0 || k < 0 || !marsad_event_run_same_sentence (run, w, (guint) k))
        continue;
      if (marsad_event_run_form_is (run, (guint) k, set))
        {
          if (found != NULL)
            *found = (guint) k;
          return TRUE;
        }
    }
  return FALSE;
}

static void
add (MarsadEventRun *run,
     guint           w,
     guint           w_end,
     gboolean        fatal,
     int             count)
{
  MarsadCasualty c = { 0 };

  c.sentence = run->view->words[w].sentence;
  c.w = w;
  c.fatal = fatal;
  c.count = count;
  c.start = run->view->words[w].start;
  c.end = run->view->words[w_end - 1].end;
  c.source = marsad_casualty_source (run, w, &c.source_span);
  g_array_append_val (run->casualties, c);
}

/* Nearest word first, looking before the figure: "مقتل 3 وإصابة 5" gives
 * the 5 to the injuries; "عدد القتلى بلغ 12" to the dead. */
static int
classify_before (const MarsadEventRun *run,
                 guint                 w)
{
  gboolean reached = FALSE;

  for (guint d = 1; d <= 4 && d <= w; d++)
    {
      if (!marsad_event_run_same_sentence (run, w, w - d))
        break;
      if (d <= 3 && marsad_event_run_form_is (run, w - d, fatal_before))
        return 1;
      if (d <= 3 && marsad_event_run_form_is (run, w - d, injury_before))
        return 0;
      if (d == 1 && marsad_event_run_form_is (run, w - 1, fatal_definite))
        return 1;
      if (d == 1 && marsad_event_run_form_is (run, w - 1, injury_definite))
        return 0;
      if (marsad_event_run_form_is (run, w - d, reach_words))
        reached = TRUE;
      else if (reached && d >= 2 && marsad_event_run_form_is (run, w - d, fatal_nouns) &&
               marsad_event_run_form_is (run, w - d - 1, count_words))
        return 1;
      else if (reached && d >= 2 && marsad_event_run_form_is (run, w - d, injury_nouns) &&
               marsad_event_run_form_is (run, w - d - 1, count_words))
        return 0;
    }
  return -1;
}

/* A "no casualties" phrase starting with the negation at w: the word that
 * names the casualties, or 0 when there is none. */
static guint
negated_losses (const MarsadEventRun *run,
                guint                 w)
{
  if (!marsad_event_run_form_is (run, w, negations))
    return 0;
  for (guint k = w + 1; k <= w + NEGATION_REACH && marsad_event_run_same_sentence (run, w, k); k++)
    {
      if (marsad_event_run_form_is (run, k, loss_words))
        return k;
      if (!marsad_event_run_form_is (run, k, negation_fill))
        return 0;
    }
  return 0;
}

static gboolean
material_only (const MarsadEventRun *run,
               guint                 w)
{
  /* "اقتصرت الخسائر على الماديات", "الخسائر اقتصرت على الماديات",
   * "اقتصرت الخسائر فيها على الأضرار المادية" */
  return marsad_event_run_form_is (run, w, losses) && near_word (run, w, -1, 1, only_verbs, NULL) &&
         near_word (run, w, 2, 4, material, NULL);
}

/* "و7": the word view keeps no one-letter stem, so a one-digit figure
 * glued to و is read here */
static const char *
glued_digits (const MarsadWordView *v,
              guint                 w)
{
  const char *f = marsad_word_view_form (v, w);

  if (g_str_has_prefix (f, "و") && g_ascii_isdigit (f[strlen ("و")]))
    return f + strlen ("و");
  return NULL;
}

/* "مقتل 8 جنود و14 مسلحا": a figure joined by و to the one just counted,
 * under the same word, adds to it — one toll of two sides, not two reports */
static gboolean
adds_to_previous (MarsadEventRun *run,
                  guint           w,
                  int             kind,
                  gint64          value,
                  guint           after)
{
  MarsadCasualty *prev;

  /* the conjunction glued to the figure ("و14", "وسبعة") or a word of its
   * own — not the و of "واحد" */
  if (run->casualties->len == 0)
    return FALSE;
  {
    const char *form = marsad_word_view_form (run->view, w);
    const char *bare = marsad_word_view_stem (run->view, w, 1);
    MarsadNumber n;
    gboolean joined = glued_digits (run->view, w) != NULL ||
                      (w > 0 && strcmp (marsad_word_view_form (run->view, w - 1), "و") == 0) ||
                      (g_str_has_prefix (form, "و") && !marsad_number_parse (&form, 1, &n) &&
                       bare != NULL && marsad_number_parse (&bare, 1, &n));

    if (!joined)
      return FALSE;
  }
  prev = &g_array_index (run->casualties, MarsadCasualty, run->casualties->len - 1);
  /* kind -1: no casualty word of its own; the one before stands for it */
  if ((kind >= 0 && prev->fatal != (kind == 1)) || prev->vague || prev->count <= 0 ||
      prev->w + 2 > w || w - prev->w > 4 || !marsad_event_run_same_sentence (run, prev->w, w))
    return FALSE;
  prev->count = (int) MIN ((gint64) prev->count + value, G_MAXINT);
  prev->end = run->view->words[after - 1].end;
  return TRUE;
}

/* "أن جنديين قُتلا وأصيب 4 آخرون، مقابل مقتل 5 من عناصر الحركة": the
 * other side's dead, told against the first side's in its sentence, add
 * to that toll (ACLED counts a battle's dead on both sides) */
static const char * const versus_words[] = { "مقابل", "بمقابل", NULL };
#define VERSUS_REACH_WORDS 16

static gboolean
versus_previous (MarsadEventRun *run,
                 guint           w,
                 int             kind,
                 gint64          value)
{
  if (kind != 1 || !near_word (run, w, -2, -1, versus_words, NULL))
    return FALSE;
  for (guint k = run->casualties->len; k-- > 0;)
    {
      MarsadCasualty *prev = &g_array_index (run->casualties, MarsadCasualty, k);

      if (prev->w >= w || w - prev->w > VERSUS_REACH_WORDS || !marsad_event_run_same_sentence (run, prev->w, w))
        return FALSE;
      if (!prev->fatal)
        continue;
      if (prev->vague || prev->count <= 0)
        return FALSE;
      prev->count = (int) MIN ((gint64) prev->count + value, G_MAXINT);
      return TRUE;
    }
  return FALSE;
}

/* a verb of killing at most reach words before w, and no word of the
 * classes between (a figure, a casualty word) after it */
static gboolean
killing_verb_before (const MarsadEventRun *run,
                     guint                 w,
                     int                   reach,
                     guint                 between)
{
  guint verb = 0;

  if (!near_word (run, w, -reach, -1, killing_verbs, &verb))
    return FALSE;
  for (guint k = verb + 1; k < w; k++)
    if (marsad_word_view_may_be (run->view, k, between))
      return FALSE;
  return TRUE;
}

/* "قتلت قوات الدعم السريع ستة أشخاص": the figure counts people, and a
 * verb of killing stands a few words before it with no other figure
 * between (its subject fills the gap) */
static gboolean
killed_by_verb_before (const MarsadEventRun *run,
                       guint                 w,
                       guint                 after)
{
  return near_word (run, after - 1, 1, 1, people_counted, NULL) &&
         killing_verb_before (run, w, KILLING_VERB_REACH, MARSAD_WORD_DIGITS);
}

/* a number between the figure and a verb told after it belongs to the verb
 * (one after the verb is another's: "11 شخصاً قُتلوا وأصيب 34") */
static gboolean
figure_between (const MarsadEventRun *run,
                guint                 from,
                guint                 reach)
{
  for (guint k = from; k < from + reach && marsad_event_run_same_sentence (run, from, k); k++)
    if (marsad_word_view_may_be (run->view, k, MARSAD_WORD_DIGITS))
      {
        const char *f = marsad_word_view_form (run->view, k);

        if (f[0] >= '0' && f[0] <= '9')
          return TRUE;
      }
  return FALSE;
}

/* "الثلاثة" after "وأطفالهما": how many, a handful at most */
static gboolean
family_size (const MarsadEventRun *run,
             guint                 w,
             MarsadNumber         *num)
{
  const char *stem = marsad_word_view_stem (run->view, w, 1);
  const char *words[1] = { stem != NULL ? stem : marsad_word_view_form (run->view, w) };

  return marsad_number_parse (words, 1, num) && num->kind == MARSAD_NUMBER_EXACT && num->value > 0 &&
         num->value < 20;
}

/* "إن رجلاً لقي حتفه": the accusative's alef after a person noun */
static gboolean
accusative_person (const char *form)
{
  gsize len = strlen (form), alef = strlen ("ا");

  if (len <= alef || !g_str_has_suffix (form, "ا"))
    return FALSE;
  for (guint k = 0; person_nouns[k] != NULL; k++)
    if (strlen (person_nouns[k]) == len - alef && strncmp (form, person_nouns[k], len - alef) == 0)
      return TRUE;
  return FALSE;
}

/* "رجلاً في الستين من عمره لقي حتفه": the person met death a few words on,
 * no other casualty word or figure between */
static gboolean
meets_death_after (const MarsadEventRun *run,
                   guint                 w)
{
  for (guint k = w + 1; k + 1 < run->view->n && k <= w + MET_DEATH_REACH && marsad_event_run_same_sentence (run, w, k + 1); k++)
    {
      if (marsad_event_run_form_is (run, k, met_verbs))
        return marsad_event_run_form_is (run, k + 1, met_death);
      /* "بين القتلى طفلاً (9 أعوام) قضى جراء سقوط قذيفة" */
      if (marsad_event_run_form_is (run, k, died_verbs))
        return TRUE;
      if (marsad_word_view_may_be (run->view, k, MARSAD_WORD_CASUALTY) &&
          !marsad_event_run_form_is (run, k, age_words))
        return FALSE;
    }
  return FALSE;
}

/* a verb of killing a few words before the object at w, and no figure or
 * casualty word between — but a dual in the nominative ("اغتال مسلحان
 * مجهولان مسؤولاً") is the subject, not a count */
static gboolean
killing_verb_before_object (const MarsadEventRun *run,
                            guint                 w)
{
  guint verb = 0;

  if (!near_word (run, w, -KILLING_OBJECT_REACH, -1, killing_verbs, &verb))
    return FALSE;
  for (guint k = verb + 1; k < w; k++)
    if (marsad_word_view_may_be (run->view, k, MARSAD_WORD_DIGITS | MARSAD_WORD_NUMBER | MARSAD_WORD_CASUALTY) &&
        !g_str_has_suffix (marsad_word_view_form (run->view, k), "ان"))
      return FALSE;
  return TRUE;
}

/* "مقتل شخص", "قُتل ضابط وجندي", "إصابة طفل": a person named right after a
 * casualty word, with no figure, is one (two when another is joined with
 * و). Returns the kind (1 killed, 0 injured) or -1; *count_out the count. */
static int
counted_person (const MarsadEventRun *run,
                guint                 w,
                guint                *count_out)
{
  const char *form = marsad_word_view_form (run->view, w);
  gboolean death_after_kin = FALSE;
  guint k;
  int kind;

  if (w == 0 || !marsad_event_run_same_sentence (run, w - 1, w) ||
      !(marsad_event_run_form_is (run, w, person_nouns) || accusative_person (form)) ||
      /* "يوم الأحد" is a day, "أحد" alone one of */
      strcmp (form, "الاحد") == 0 || strcmp (form, "والاحد") == 0)
    return -1;
  if (marsad_event_run_form_is (run, w - 1, fatal_before) ||
      (marsad_event_run_form_is (run, w - 1, met_verbs) && marsad_event_run_form_is (run, w + 1, met_death)))
    kind = 1;
  else if (marsad_event_run_form_is (run, w - 1, injury_before))
    kind = 0;
  else if (meets_death_after (run, w))
    kind = 1;
  /* "اغتال مسلحون مجهولون شاباً": the person is the object of a killing,
   * its subject, a description and a time between ("اغتال مسلحون مجهولون
   * يستقلون دراجة نارية، مساء أمس، شاباً"); not the noun a figure counts
   * ("قتل 12 شخصاً") */
  else if (accusative_person (form) && killing_verb_before_object (run, w))
    kind = 1;
  else if (marsad_event_run_form_is (run, w - 1, met_verbs))
    kind = 1, death_after_kin = TRUE;
  else
    return -1;
  *count_out = 1;
  /* "ضابط وجندي", "الطبيب وابنه": the joined noun is a second person, and
   * a family counts each member ("امرأة وطفلها", "رجل وزوجته وأطفالهما
   * الثلاثة"); one word may stand before the first ("امرأة حامل وطفلها") */
  for (k = w + 1; k <= w + KIN_REACH && marsad_event_run_same_sentence (run, w, k); k++)
    {
      const char *f = marsad_word_view_form (run->view, k);
      MarsadNumber num;

      if (!g_str_has_prefix (f, "و"))
        {
          if (k == w + 1)
            continue;
          break;
        }
      if (marsad_event_run_form_is (run, k, kin_nouns))
        (*count_out)++;
      else if (marsad_event_run_form_is (run, k, kin_duals))
        *count_out += 2;
      else if (marsad_event_run_form_is (run, k, kin_plurals) && marsad_event_run_same_sentence (run, k, k + 1) &&
               family_size (run, k + 1, &num))
        {
          *count_out += num.value;
          k++;
        }
      else
        break;
    }
  if (death_after_kin &&
      !(*count_out > 1 && marsad_event_run_same_sentence (run, w, k) && marsad_event_run_form_is (run, k, met_death_many)))
    return -1;
  return kind;
}

void
marsad_casualties_extract (MarsadEventRun *run)
{
  const MarsadWordView *v = run->view;

  for (guint w = 0; w < v->n; w++)
    {
      MarsadNumber num;
      const char *words[4];
      guint nw = 0, after, verb_at = 0;
      int kind = -1;
      gboolean noun_after = FALSE;

      /* the view knows which words may be figures or casualty words: the
       * rest (nearly all) cost one bit test */
      if (!marsad_word_view_may_be (v, w, MARSAD_WORD_DIGITS | MARSAD_WORD_NUMBER | MARSAD_WORD_CASUALTY) &&
          glued_digits (v, w) == NULL && !written_dual (v, w, &num))
        continue;
      /* nobody killed, in a quotation too: "«لم يسفر عن أي خسائر»" */
      if (!run->in_date[w] && (after = negated_losses (run, w)) > 0)
        {
          add (run, w, after + 1, TRUE, 0);
          w = after;
          continue;
        }
      if ((marsad_event_run_form_is (run, w, safe_words) && near_word (run, w, -3, -1, people_groups, NULL)) ||
          material_only (run, w))
        {
          add (run, w, w + 1, TRUE, 0);
          continue;
        }
      /* a figure in a quoted report counts as any other: "«استشهاد 4
       * أشخاص بغارة»" is the ministry's toll */
      if (run->in_date[w])
        continue;
      /* "بينهم 3 مدنيين": a part of the figure just given, not another */
      if (near_word (run, w, -2, -1, among, NULL))
        continue;
      if (marsad_word_view_may_be (v, w, MARSAD_WORD_DIGITS | MARSAD_WORD_NUMBER) || glued_digits (v, w) != NULL)
        {
          const char *glued = glued_digits (v, w);

          for (guint k = 0; k < 4 && marsad_event_run_same_sentence (run, w, w + k); k++, nw++)
            words[k] = k == 0 && glued != NULL ? glued : marsad_word_view_form (v, w + k);
        }

      if ((nw > 0 && (marsad_number_parse (words, nw, &num) ||
                      ((words[0] = marsad_word_view_stem (v, w, 1)) != NULL &&
                       marsad_number_parse (words, nw, &num)))) ||
          written_dual (v, w, &num))
        {
          after = w + num.n_words;
          /* "في الستين من عمره" */
          if (marsad_event_run_same_sentence (run, w, after + 1) &&
              strcmp (marsad_word_view_form (v, after), "من") == 0 &&
              marsad_event_run_form_is (run, after + 1, age_words))
            {
              w = after + 1;
              continue;
            }
          if (num.kind == MARSAD_NUMBER_DUAL && g_strv_contains (dead_duals, num.noun))
            kind = 1;
          else if (num.kind == MARSAD_NUMBER_DUAL && strcmp (num.noun, "جريح") == 0)
            kind = 0;
          else if (near_word (run, after - 1, 1, 1, fatal_nouns, NULL))
            kind = 1, noun_after = TRUE;
          else if (near_word (run, after - 1, 1, 1, injury_nouns, NULL))
            kind = 0, noun_after = TRUE;
          else if ((kind = classify_before (run, w)) >= 0)
            ;
          else if (killed_by_verb_before (run, w, after))
            kind = 1;
          else if (near_word (run, after - 1, 1, FATAL_AFTER_REACH, fatal_after, &verb_at) &&
                   !figure_between (run, after, verb_at - after))
            kind = 1;
          else if (near_word (run, after - 1, 1, 3, injury_after, NULL))
            kind = 0;
          /* a dual noun of things, not people, counts nobody */
          if (kind >= 0 && num.kind == MARSAD_NUMBER_DUAL &&
              !g_strv_contains (person_nouns, num.noun) && !g_strv_contains (dead_duals, num.noun) &&
              !g_strv_contains (injury_one, num.noun))
            kind = -1;
          if (adds_to_previous (run, w, kind, num.value, after) || versus_previous (run, w, kind, num.value))
            w = after - 1;
          else if (kind >= 0)
            {
              add (run, w, after, kind == 1, (int) MIN (num.value, G_MAXINT));
              g_array_index (run->casualties, MarsadCasualty, run->casualties->len - 1).vague =
                num.kind == MARSAD_NUMBER_APPROXIMATE;
              /* "بـ26 قتيلاً": the noun is this figure's, not one more dead */
              w = noun_after ? after : after - 1;
            }
          continue;
        }

      /* "سقوط قتيل", "وجرح آخرين", "إصابات" */
      if (marsad_event_run_form_is (run, w, fatal_one) && classify_before (run, w) != 0)
        add (run, w, w + 1, TRUE, 1);
      else if ((kind = counted_person (run, w, &after)) >= 0)
        add (run, w, w + 1, kind == 1, (int) after);
      else if (marsad_event_run_form_is (run, w, injury_one))
        add (run, w, w + 1, FALSE, 1);
      else if (marsad_event_run_form_is (run, w, others) &&
               (near_word (run, w, -1, -1, injury_before, NULL) ||
                near_word (run, w, 1, 1, injury_after, NULL)))
        add (run, w, w + 1, FALSE, -1);
      else if (marsad_event_run_form_is (run, w, injuries_some) &&
               !near_word (run, w, -2, -1, (const char *[]) { "عشرات", "ميات", NULL }, NULL))
        add (run, w, w + 1, FALSE, -1);
    }
}
