/* marsad-statement-quotes.c: which quotation marks hold someone's words
 *
 * News puts proper names in «» as often as speech: newspapers
 * («الشرق الأوسط»), agencies («رويترز»), armed groups («الدعم السريع»),
 * ships («أوشن بيرل»). A quotation is a name when its own words or its
 * place in the sentence say so: a single word, an organisation's head noun
 * («كتائب حزب الله»), a preposition or noun that introduces a name
 * ("لـ«رويترز»", "بحسب «...»", "قناة «المسيرة»"), the subject position of a
 * speech verb ("قال «المرصد ...» إن"), or the same words quoted again
 * elsewhere (people's words are quoted once, names recur). A quotation after
 * a speech verb, a colon or "أن/إن" is speech unless one of those says
 * otherwise; a short term outside anyone's speech stays a term.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "marsad-event-private.h"

/* the first word of an organisation's, a unit's or a medium's name */
static const char * const name_heads[] = {
  "وكاله", "الوكاله", "حركه", "كتايب", "تنظيم", "جماعه", "حزب", "قوات", "سرايا", "الويه", "لواء",
  "اللواء", "فيلق", "جيش", "هييه", "موسسه", "صحيفه", "قناه", "شبكه", "منظمه", "المقاومه", "عمليه",
  "مجلس", "المجلس", "ميليشيات", "تلفزيون", "اذاعه", "موقع", "مركز", "نادي", "كتيبه", "خليه",
  "غرفه", "وحدات", "تنسيقيه", "مرصد", "المرصد", "جهاز", "تحالف", "التحالف", "اتحاد", "الاتحاد",
  "جبهه", "الجبهه", "تيار", "التيار", "كتله", "الحرس", "حراك", "لجان", "لجنه", "بعثه", "مفوضيه",
  "شركه", "الهلال", "الصليب", "نجمه", "فصايل", "مجموعه", NULL,
};

/* the word before a quotation that makes it a name: a preposition
 * ("لـ«رويترز»", "بحسب «…»", "التابعة لـ", "بين «…» و«…»") */
static const char * const name_before[] = {
  "ل", "لل", "بحسب", "حسب", "وفق", "وفقا", "التابع", "التابعه", "بين", NULL,
};

/* or a noun in construct with it ("قناة «المسيرة»", "سفينة الشحن «…»"),
 * matched as written: "القوات «تتقدم…»" is a subject and its predicate */
static const char * const name_nouns[] = {
  "قناه", "وكاله", "صحيفه", "موقع", "تلفزيون", "قوات", "كتله", "تنظيم", "حركه", "جماعه", "فصايل",
  "عناصر", "مقاتلي", "قاعده", "دبابه", "السفينه", "سفينه", "الشحن", "الطايرات", "الناقله",
  "طايرات", "معاقل", "منصه", "حساب", "برنامج", "مجموعه", "منضويه", "لواء", "كتيبه", "عمليه", NULL,
};

static gboolean
is_name_noun (const MarsadEventRun *run,
              guint                 w)
{
  const char *form = marsad_word_view_form (run->view, w);

  if (g_str_has_prefix (form, "و"))
    form += strlen ("و");
  return g_strv_contains (name_nouns, form);
}

/* a quotation right before one of these is the subject of a speech verb */
static const char * const complementizers[] = {
  "ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "بانهم", "انهما", NULL,
};

/* words that make a clause of the quotation: negations, particles,
 * pronouns and complementizers come with a verb or a predicate */
static const char * const clause_words[] = {
  "لم", "لن", "لا", "قد", "لقد", "سوف", "ليس", "ليست", "نحن", "انا", "هو", "هي", "هم", "ان", "انه",
  "انها", "كان", "كانت", "يجب", "اذا", "لكن", "ما", NULL,
};

static gboolean
has_clause_word (const MarsadEventRun *run,
                 const MarsadQuote    *q)
{
  for (guint w = q->w_first; w < q->w_end; w++)
    if (marsad_event_run_form_is (run, w, clause_words))
      return TRUE;
  return FALSE;
}

/* every word is a known actor or an event word: a term («طائرات مسيرة») */
static gboolean
all_terms (const MarsadEventRun *run,
           const MarsadQuote    *q)
{
  guint covered_to = q->w_first;

  for (guint w = q->w_first; w < q->w_end; w++)
    {
      const MarsadPhrase *p = marsad_event_run_match (run, MARSAD_LEX_ACTOR, w);
      const MarsadPhrase *t = marsad_event_run_match (run, MARSAD_LEX_TRIGGER, w);

      if (p != NULL)
        covered_to = MAX (covered_to, w + p->n_words);
      if (t != NULL)
        covered_to = MAX (covered_to, w + t->n_words);
      if (covered_to <= w)
        return FALSE;
    }
  return TRUE;
}

static gboolean
same_words (const MarsadEventRun *run,
            const MarsadQuote    *a,
            const MarsadQuote    *b)
{
  if (a->w_end - a->w_first != b->w_end - b->w_first)
    return FALSE;
  for (guint k = 0; k < a->w_end - a->w_first; k++)
    if (strcmp (marsad_word_view_form (run->view, a->w_first + k),
                marsad_word_view_form (run->view, b->w_first + k)) != 0)
      return FALSE;
  return TRUE;
}

typedef struct
{
  guint hash;
  guint index;
} QuoteKey;

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  const QuoteKey *ka = a, *kb = b;

  return ka->hash < kb->hash ? -1 : ka->hash > kb->hash;
}

/* Which quotations' words are quoted again. Sorted by a hash of their
 * words and, within one hash, by the words themselves, so equal quotations
 * sit side by side: a long text with thousands of quotation marks, even
 * thousands of the same one, costs O(n log n), never a comparison of every
 * pair. */
static int
compare_quote_words (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  const MarsadEventRun *run = user_data;
  const QuoteKey *ka = a, *kb = b;
  const MarsadQuote *qa, *qb;
  guint na, nb;
  int by_hash = compare_keys (a, b);

  if (by_hash != 0)
    return by_hash;
  qa = &g_array_index (run->quotes, MarsadQuote, ka->index);
  qb = &g_array_index (run->quotes, MarsadQuote, kb->index);
  na = qa->w_end - qa->w_first;
  nb = qb->w_end - qb->w_first;
  for (guint k = 0; k < MIN (na, nb); k++)
    {
      int c = strcmp (marsad_word_view_form (run->view, qa->w_first + k),
                      marsad_word_view_form (run->view, qb->w_first + k));

      if (c != 0)
        return c;
    }
  if (na != nb)
    return na < nb ? -1 : 1;
  /* stable for equal words: text order */
  return ka->index < kb->index ? -1 : ka->index > kb->index;
}

static gboolean *
find_repeated (const MarsadEventRun *run)
{
  guint n = run->quotes->len;
  gboolean *repeated = g_new0 (gboolean, n + 1);
  g_autofree QuoteKey *keys = g_new (QuoteKey, n + 1);

  for (guint k = 0; k < n; k++)
    {
      const MarsadQuote *q = &g_array_index (run->quotes, MarsadQuote, k);
      guint h = q->w_end - q->w_first;

      for (guint w = q->w_first; w < q->w_end; w++)
        h = h * 31 + g_str_hash (marsad_word_view_form (run->view, w));
      keys[k] = (QuoteKey) { h, k };
    }
  g_qsort_with_data (keys, (gint) n, sizeof *keys, compare_quote_words, (gpointer) run);
  for (guint a = 0; a + 1 < n; a++)
    if (keys[a].hash == keys[a + 1].hash &&
        same_words (run, &g_array_index (run->quotes, MarsadQuote, keys[a].index),
                    &g_array_index (run->quotes, MarsadQuote, keys[a + 1].index)))
      repeated[keys[a].index] = repeated[keys[a + 1].index] = TRUE;
  return repeated;
}

static gboolean
is_speech_verb (const MarsadEventRun *run,
                guint                 w)
{
  const MarsadPhrase *sp = marsad_event_run_match (run, MARSAD_LEX_SPEECH, w);

  if (sp == NULL)
    {
      /* the match is keyed by its first word: "نقلا عن" ends at w */
      for (guint k = 1; k < 3 && k <= w && sp == NULL; k++)
        {
          sp = marsad_event_run_match (run, MARSAD_LEX_SPEECH, w - k);
          if (sp != NULL && sp->n_words != k + 1)
            sp = NULL;
        }
    }
  return sp != NULL && ((MarsadSpeech *) sp->data)->kind != MARSAD_SPEECH_ATTRIB;
}

/* Is quotation k (its predecessors already decided) a name or a term? */
static gboolean
quote_is_name (const MarsadEventRun *run,
               const gboolean       *repeated,
               guint                 k)
{
  const MarsadQuote *q = &g_array_index (run->quotes, MarsadQuote, k);
  guint n = q->w_end - q->w_first;
  gboolean has_prev = q->w_first > 0 && marsad_event_run_same_sentence (run, q->w_first - 1, q->w_first);
  gboolean has_next = q->w_end < run->view->n && marsad_event_run_same_sentence (run, q->w_end, q->w_first);
  guint prev = has_prev ? q->w_first - 1 : 0;
  gboolean clause = has_clause_word (run, q);
  gboolean after_speech = FALSE;

  if (n <= 1)
    return TRUE;
  /* the same words quoted elsewhere: a name, whatever the context says */
  if (repeated[k])
    return TRUE;

  if (has_prev)
    {
      /* "قال …: «…»" and "أن «…»" announce words; the subject position
       * right after the verb ("قال «المرصد» إن") and a name head do not */
      after_speech = marsad_word_view_gap_has (run->view, prev, ':') ||
                     marsad_event_run_form_is (run, prev, complementizers) ||
                     is_speech_verb (run, prev);
      if (after_speech && is_speech_verb (run, prev) && !marsad_word_view_gap_has (run->view, prev, ':') &&
          has_next &&
          (marsad_event_run_form_is (run, q->w_end, complementizers) ||
           (marsad_event_run_form_is (run, q->w_end, (const char *[]) { "في", NULL }) &&
            marsad_event_run_form_is (run, q->w_end + 1, (const char *[]) { "بيان", "تصريح", "بلاغ", NULL }))))
        return TRUE;
      /* only right before it: "فوق القاعدة، «…»" starts something else */
      if (!after_speech && n < 6 &&
          (marsad_event_run_form_is (run, prev, name_before) || is_name_noun (run, prev)) &&
          !marsad_word_view_gap_has (run->view, prev, 0x060C) && !marsad_word_view_gap_has (run->view, prev, ','))
        return TRUE;
      /* "بين «اللواء 444» و«جهاز الردع»": a name's partner is a name */
      if (!after_speech && k > 0 && marsad_event_run_form_is (run, prev, (const char *[]) { "و", NULL }) &&
          !g_array_index (run->quotes, MarsadQuote, k - 1).statement &&
          g_array_index (run->quotes, MarsadQuote, k - 1).w_end == prev)
        return TRUE;
    }
  if (n <= 5 && !clause && marsad_event_run_form_is (run, q->w_first, name_heads))
    return TRUE;
  /* a dateline ("بيروت - «الشرق الأوسط»", "عدن - مأرب: «…»"): a short
   * line without a speech verb, whatever its colon says */
  if (n <= 3 && run->sentence_words[q->sentence + 1] - run->sentence_words[q->sentence] <= n + 4)
    {
      gboolean speech = FALSE;

      for (guint w = run->sentence_words[q->sentence]; w < run->sentence_words[q->sentence + 1]; w++)
        speech = speech || is_speech_verb (run, w);
      if (!speech)
        return TRUE;
    }
  if (after_speech)
    return FALSE;
  return n <= 3 && !clause && all_terms (run, q);
}

void
marsad_quotes_find (MarsadEventRun *run)
{
  const gunichar *c = run->doc->chars;
  gsize n = run->doc->n_chars;

  for (gsize i = 0; i < n; i++)
    {
      gunichar close;
      gsize j;
      MarsadQuote q = { 0 };

      if (c[i] == 0x00AB)          /* « */
        close = 0x00BB;
      else if (c[i] == 0x201C)     /* “ */
        close = 0x201D;
      else if (c[i] == '"')
        close = '"';
      else
        continue;
      for (j = i + 1; j < n && c[j] != close && c[j] != '\n' && j - i < 2000; j++)
        ;
      if (j >= n || c[j] != close)
        continue;
      q.start = (guint) i + 1;
      q.end = (guint) j;
      q.w_first = marsad_word_view_word_at (run->view, q.start);
      q.w_end = marsad_word_view_word_at (run->view, q.end);
      if (q.w_first < q.w_end)
        {
          q.sentence = run->view->words[q.w_first].sentence;
          g_array_append_val (run->quotes, q);
        }
      i = j;
    }

  /* decided in text order once all are known: repetition looks at every
   * quotation, a name's partner at the one before */
  {
    g_autofree gboolean *repeated = find_repeated (run);

    for (guint k = 0; k < run->quotes->len; k++)
      {
        MarsadQuote *q = &g_array_index (run->quotes, MarsadQuote, k);

        q->statement = !quote_is_name (run, repeated, k);
      }
  }

  /* quotes are in text order: each sentence's are a run of them */
  run->sentence_quotes = g_new0 (guint, run->n_sentences + 1);
  for (guint s = 0, k = 0; s <= run->n_sentences; s++)
    {
      while (k < run->quotes->len && g_array_index (run->quotes, MarsadQuote, k).sentence < s)
        k++;
      run->sentence_quotes[s] = k;
    }
}
