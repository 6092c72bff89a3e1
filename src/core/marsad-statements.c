/* marsad-statements.c: quotations and reported speech, with their speakers
 *
 * A speech verb (قال، أكد، حذر…) opens a scope that runs to the next speech
 * verb of the sentence. Its subject is read right after it: titles, their
 * complements ("وزير الدفاع الأميركي", "محافظ جنين", "المتحدث باسم وزارة
 * الخارجية") and a name ("لويد أوستن"); a quoted name ("قال «المرصد…» إن")
 * is a subject too, and a subject may stand before the verb ("وكان الجيش قد
 * أعلن"). A verb without a subject ("وقال «…»", "مؤكدا أن") continues the
 * latest speaker; a bare office ("وأضاف المتحدث", "وأكد الوزير") or the
 * speaker's own head noun ("وأضافت الوزارة", "وأضاف البيان") refers back to
 * it. References stay in the paragraph (or reach the sentence just before
 * it: wire copy gives each sentence a paragraph) and never skip over an
 * intervening speaker. Quotations in the scope become statements; without
 * one, the clause after "أن/إن" is reported speech.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "marsad-event-private.h"
#include "marsad-numbers.h"

/* words that end a speaker's phrase; "طلب عدم نشر اسمه" and "التابع لـ"
 * describe the speaker without naming them */
static const char * const phrase_stops[] = {
  "ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "لان", "من", "في", "علي", "عن", "الي",
  "خلال", "بعد", "قبل", "مع", "الذي", "التي", "الذين", "حول", "ل", "ب", "عبر", "امام", "لدي",
  "ضمن", "بشان", "ازاء", "وذلك", "كما", "و", "مرات", "عده", "ايضا", "امس", "اليوم", "اثر",
  "عقب", "لوكاله", "لصحيفه", "لقناه", "لرويترز", "التابع", "التابعه", "طلب", "طلبت", "فضل",
  "فضلت", "رفض", "رفضت", "اشترط", "قد", "انهما", NULL,
};

static const char * const complementizers[] = {
  "ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "بانهم", "انهما", NULL,
};

/* an office says where it sits: "مسؤول في وزارة الداخلية", "النائب عن كتلة" */
static const char * const office_links[] = { "في", "عن", NULL };

/* where the words were said, not whose office: "وزير الدفاع في بيان" */
static const char * const venues[] = {
  "بيان", "تصريح", "تصريحات", "حديث", "مقابله", "موتمر", "بلاغ", "تغريده", "منشور", "كلمه",
  "رساله", "اتصال", "ايجاز", NULL,
};

/* nouns in construct after an office: "رئيس بلدية بوداي", "مدير مستشفى
 * جنين", "رئيس حكومة الوحدة", "عضو مجلس السيادة" */
static const char * const office_heads[] = {
  "وزاره", "حكومه", "مجلس", "هييه", "مستشفى", "مستشفي", "جامعه", "بلديه", "كتله", "حركه", "حزب",
  "جماعه", "لجنه", "مكتب", "مركز", "قياده", "شرطه", "جهاز", "منظمه", "بعثه", "مفوضيه", "اداره",
  "دايره", "مديريه", "مخيم", "محافظه", "قضاء", "ناحيه", "جيش", "قوات", "فرقه", "لواء", "كتيبه",
  "مفاوضي", "منظومه", "سلطه", "هيئه", "دفاع", "شوون", NULL,
};

/* participles continue the sentence's speaker: "…، مؤكدا أن" has no subject */
static const char * const participles[] = {
  "موكدا", "موكده", "مشيرا", "مشيره", "محذرا", "محذره", "معتبرا", "معتبره", "منددا", "مندده",
  "مضيفا", "مضيفه", "موضحا", "موضحه", "مشددا", "مشدده", "لافتا", "لافته", "داعيا", "داعيه",
  "متهما", "متهمه", NULL,
};

/* the words that may begin a subject standing before its verb */
static const char * const before_subject[] = {
  "ان", "بان", "فيما", "بينما", "كان", "كانت", "وكان", "وكانت", "حين", "وقت", NULL,
};

void
marsad_statements_mark_words (MarsadPhraseTable *table)
{
  for (guint i = 0; phrase_stops[i] != NULL; i++)
    marsad_phrase_table_add_class (table, phrase_stops[i], MARSAD_WORD_STOP);
}

/* the run's view knows the stops (marsad_statements_mark_words ()); "علي"
 * before a nisba ("الخبير علي البصري") is a name, not "على" */
static gboolean
is_stop (const MarsadEventRun *run,
         guint                 w)
{
  const char *next;

  if (!marsad_word_view_may_be (run->view, w, MARSAD_WORD_STOP))
    return FALSE;
  if (strcmp (marsad_word_view_form (run->view, w), "علي") != 0 || w == 0 ||
      marsad_event_run_match (run, MARSAD_LEX_SPEECH, w - 1) != NULL ||
      !marsad_event_run_same_sentence (run, w, w + 1) || !marsad_word_view_gap_plain (run->view, w))
    return TRUE;
  next = marsad_word_view_form (run->view, w + 1);
  return !(g_str_has_prefix (next, "ال") && g_str_has_suffix (next, "ي") &&
           !marsad_event_run_form_is (run, w + 1, (const char *[]) { "المستوي", "المدي", NULL }));
}

static gboolean
plain_gap (const MarsadEventRun *run,
           guint                 w)
{
  return marsad_word_view_gap_plain (run->view, w);
}

static const MarsadQuote *
name_quote_at (const MarsadEventRun *run,
               guint                 w)
{
  gint q = marsad_event_run_quote_at (run, w);

  if (q < 0 || g_array_index (run->quotes, MarsadQuote, q).statement)
    return NULL;
  return &g_array_index (run->quotes, MarsadQuote, q);
}

/* Does a speaker's phrase go on over the punctuation before word i? Only
 * into or out of a quoted name ("مصدر في «الحشد الشعبي»", "النائب عن كتلة
 * «الوفاء للمقاومة» كامل الموسوي") or a parenthesis ("(يونيفيل)"). */
static gboolean
gap_continues (const MarsadEventRun *run,
               guint                 i)
{
  const gunichar *c = run->view->chars;
  const MarsadQuote *q;

  for (guint k = run->view->words[i - 1].end; k < run->view->words[i].start; k++)
    {
      if (g_unichar_isspace (c[k]) || c[k] == '(' || c[k] == ')')
        continue;
      if (c[k] == 0x00AB || c[k] == 0x201C)
        {
          if ((q = name_quote_at (run, i)) == NULL || q->w_first != i)
            return FALSE;
        }
      else if (c[k] == 0x00BB || c[k] == 0x201D)
        {
          if ((q = name_quote_at (run, i - 1)) == NULL || q->w_end != i)
            return FALSE;
        }
      else
        return FALSE;
    }
  return TRUE;
}

/* how many words the speaker's phrase at w takes (0: no subject) */
guint
marsad_speaker_phrase (const MarsadEventRun *run,
                       guint                 w,
                       gboolean              after_office_in)
{
  guint n = 0, extra = 0;
  gboolean office_last = FALSE;

  while (n < 12 && marsad_event_run_same_sentence (run, w, w + n))
    {
      guint i = w + n;
      const MarsadPhrase *title = marsad_event_run_match (run, MARSAD_LEX_TITLE, i);

      if (i > w && !plain_gap (run, i - 1) && !gap_continues (run, i))
        break;
      /* "أحد المحتجين", "أحد السكان": one of a group, whatever the group */
      if (marsad_event_run_form_is (run, i, (const char *[]) { "احد", "احدي", NULL }) &&
          marsad_event_run_same_sentence (run, i, i + 1) && plain_gap (run, i))
        {
          n += 2;
          continue;
        }
      /* a quoted name is read whole: "«تلفزيون حلب اليوم»" */
      if (i > w && name_quote_at (run, i) != NULL && name_quote_at (run, i)->w_first < i)
        {
          n++;
          continue;
        }
      if (run->in_date[i] || marsad_event_run_match (run, MARSAD_LEX_SPEECH, i) != NULL ||
          (marsad_event_run_match (run, MARSAD_LEX_TRIGGER, i) != NULL && title == NULL &&
           name_quote_at (run, i) == NULL))
        break;
      if (is_stop (run, i))
        {
          /* "مسؤول في وزارة الداخلية": an office may say where it sits,
           * but "في بيان" says where it spoke */
          if (!(office_last && after_office_in && marsad_event_run_form_is (run, i, office_links) &&
                !marsad_event_run_form_is (run, i + 1, venues)))
            break;
          extra = 3;
        }
      else if (extra > 0 && --extra == 0)
        extra = 0;
      if (title != NULL)
        {
          n += title->n_words;
          office_last = TRUE;
          continue;
        }
      office_last = office_last && (g_str_has_prefix (marsad_word_view_form (run->view, i), "ال") ||
                                    extra > 0);
      n++;
    }
  while (n > 0 && is_stop (run, w + n - 1))
    n--;
  return n;
}

/* ------------------------------------------------------------ speakers */

typedef struct
{
  char      *name;
  MarsadSpan span;
  gint       head;        /* the phrase's first word, or -1 */
} Speaker;

/* nisba adjectives (أمني، عسكرية، أميركيون) and a few others that follow an
 * indefinite office rather than start a name */
static gboolean
is_adjective (const char *form)
{
  static const char * const others_[] = { "رفيع", "رفيعه", "مطلع", "مطلعه", "كبير", "بارز", NULL };

  if (g_str_has_prefix (form, "ال"))
    return FALSE;
  if (g_str_has_suffix (form, "ي") || g_str_has_suffix (form, "يه") ||
      g_str_has_suffix (form, "يون") || g_str_has_suffix (form, "يين"))
    return TRUE;
  return g_strv_contains (others_, form);
}

/* The text of words [first, end): a quotation inside keeps both its marks,
 * one that is the whole phrase ("«قسد»") keeps neither. */
static char *
phrase_text (const MarsadEventRun *run,
             guint                 first,
             guint                 end,
             MarsadSpan           *span)
{
  gint qf = marsad_event_run_quote_at (run, first), ql = marsad_event_run_quote_at (run, end - 1);

  span->start = run->view->words[first].start;
  span->end = run->view->words[end - 1].end;
  if (qf >= 0 && g_array_index (run->quotes, MarsadQuote, qf).w_end < end &&
      g_array_index (run->quotes, MarsadQuote, qf).w_first == first)
    span->start = g_array_index (run->quotes, MarsadQuote, qf).start - 1;
  if (ql >= 0 && g_array_index (run->quotes, MarsadQuote, ql).w_first > first &&
      g_array_index (run->quotes, MarsadQuote, ql).w_end == end)
    span->end = g_array_index (run->quotes, MarsadQuote, ql).end + 1;
  /* "(يونيفيل)": a parenthesis opened in the phrase closes in it */
  {
    gint open = 0;

    for (guint k = span->start; k < span->end; k++)
      open += run->doc->chars[k] == '(' ? 1 : run->doc->chars[k] == ')' ? -1 : 0;
    if (open > 0 && span->end < run->doc->n_chars && run->doc->chars[span->end] == ')')
      span->end++;
  }
  return marsad_document_dup_span (run->doc, span->start, span->end);
}

/* What an office is of, from pos: "الدفاع الأميركي", "باسم وزارة الخارجية",
 * a place ("محافظ جنين"), a noun in construct ("بلدية بوداي"), "في جامعة
 * بغداد", "عن كتلة «…»". Returns the word after it. */
static guint
office_complement (const MarsadEventRun *run,
                   guint                 pos,
                   guint                 end)
{
  while (pos < end && marsad_event_run_match (run, MARSAD_LEX_TITLE, pos) == NULL)
    {
      const char *form = marsad_word_view_form (run->view, pos);
      const MarsadQuote *q;
      gint at;

      if (marsad_event_run_form_is (run, pos, office_links) ||
          marsad_event_run_form_is (run, pos, (const char *[]) { "باسم", NULL }) ||
          (!g_str_has_prefix (form, "ال") && marsad_event_run_form_is (run, pos, office_heads)))
        {
          /* the noun after it is the office's, whatever its form; a
           * construct noun ("في جامعة بغداد") goes on with its own */
          gboolean head = !marsad_event_run_form_is (run, pos, office_links) &&
                          !marsad_event_run_form_is (run, pos, (const char *[]) { "باسم", NULL });
          const char *next;

          pos++;
          if (pos >= end || marsad_event_run_match (run, MARSAD_LEX_TITLE, pos) != NULL)
            continue;
          next = marsad_word_view_form (run->view, pos);
          if (head || !(g_str_has_prefix (next, "ال") || marsad_event_run_form_is (run, pos, office_heads) ||
                        marsad_event_run_place_at (run, pos) >= 0 || name_quote_at (run, pos) != NULL))
            pos++;
        }
      else if ((q = name_quote_at (run, pos)) != NULL && q->w_first == pos)
        pos = MIN (q->w_end, end);
      else if ((at = marsad_event_run_place_at (run, pos)) >= 0)
        pos = MAX (pos + 1, MIN (g_array_index (run->places, MarsadPlaceRef, at).w_end, end));
      else if (g_str_has_prefix (form, "ال") || g_str_has_prefix (form, "لل"))
        pos++;
      else
        break;
    }
  return pos;
}

/* Reads the phrase [w, w+n): rank, offices and a name. holders maps the
 * offices of the latest speaker to its name; a bare office ("المتحدث",
 * "الوزير الأميركي") refers back to it. */
static void
resolve_speaker (MarsadEventRun *run,
                 GHashTable     *holders,
                 guint           w,
                 guint           n,
                 Speaker        *out)
{
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();
  guint pos = w, end = w + n;
  gint rank_at = -1, name_first = -1, name_end = -1;
  gboolean definite_office = FALSE, any_title = FALSE, back = FALSE;
  MarsadNumber num;
  const char *first_form = marsad_word_view_form (run->view, w);

  memset (out, 0, sizeof *out);
  out->head = -1;
  if (n == 0)
    return;
  out->head = (gint) w;

  if (marsad_number_parse (&first_form, 1, &num) ||
      marsad_event_run_form_is (run, w, (const char *[]) { "احد", "احدي", NULL }))
    pos = end;          /* "ثلاثة مصادر", "أحد السكان": the phrase as a whole */

  while (pos < end)
    {
      const MarsadPhrase *tp = marsad_event_run_match (run, MARSAD_LEX_TITLE, pos);

      if (tp != NULL)
        {
          const MarsadTitle *t = tp->data;
          gboolean definite = g_str_has_prefix (marsad_word_view_form (run->view, pos), "ال");

          g_strv_builder_add (keys, t->key);
          if (!any_title && definite && !t->rank)
            definite_office = TRUE;
          any_title = TRUE;
          /* "العميد سعد معن المتحدث باسم…": the office after a name is
           * an apposition; it is held, the name stays */
          if (name_first >= 0)
            break;
          if (t->rank)
            rank_at = (gint) pos;
          pos += tp->n_words;
          if (t->rank)
            continue;
          /* an indefinite office's adjectives: "مصادر أمنية", "مسؤول عسكري رفيع" */
          if (!definite)
            while (pos < end && marsad_event_run_match (run, MARSAD_LEX_TITLE, pos) == NULL &&
                   !is_stop (run, pos) && !marsad_event_run_form_is (run, pos, office_heads) &&
                   is_adjective (marsad_word_view_form (run->view, pos)))
              pos++;
          pos = office_complement (run, pos, end);
          continue;
        }
      if (name_first >= 0 || is_stop (run, pos) || !any_title)
        break;          /* no title: an institution or a bare name, whole */
      name_first = (gint) pos;
      while (pos < end && pos - (guint) name_first < 4 && !is_stop (run, pos) &&
             marsad_event_run_match (run, MARSAD_LEX_TITLE, pos) == NULL)
        pos++;
      name_end = (gint) pos;
    }

  if (name_first >= 0)
    {
      guint from = rank_at >= 0 && rank_at + 1 == name_first ? (guint) rank_at : (guint) name_first;

      /* "لويد أوستن" names a person, whatever the gazetteer says */
      for (guint k = (guint) name_first; k < (guint) name_end; k++)
        run->not_site[k] = TRUE;
      out->name = phrase_text (run, from, (guint) name_end, &out->span);
    }
  else if (definite_office && n <= 2)
    {
      g_auto(GStrv) want = g_strv_builder_end (keys);

      /* a back-reference: the latest speaker, if it held that office */
      if (want[0] != NULL && g_hash_table_lookup (holders, want[0]) != NULL)
        {
          out->name = g_strdup (g_hash_table_lookup (holders, want[0]));
          back = TRUE;
        }
      /* ending emptied the builder: keep the offices for later references */
      for (guint k = 0; want[k] != NULL; k++)
        g_strv_builder_add (keys, want[k]);
    }
  if (out->name == NULL)
    out->name = phrase_text (run, w, end, &out->span);

  /* this speaker now holds its offices, and is the only one who does */
  if (!back)
    {
      g_auto(GStrv) held = g_strv_builder_end (keys);

      g_hash_table_remove_all (holders);
      for (guint k = 0; held[k] != NULL; k++)
        g_hash_table_replace (holders, g_strdup (held[k]), g_strdup (out->name));
    }
}

/* "وكان الجيش الإسرائيلي قد أعلن", "غير أن قيادة الشرطة نفت": the subject
 * before verb w, from the start of its clause; 0 when there is none. */
static guint
subject_before (const MarsadEventRun *run,
                guint                 first,
                guint                 w,
                guint                *from)
{
  guint k = w, verb = w;

  if (k > first && marsad_event_run_form_is (run, k - 1, (const char *[]) { "قد", NULL }))
    verb = --k;
  while (k > first && verb - k < 10 && plain_gap (run, k - 1) && !is_stop (run, k - 1) &&
         !marsad_event_run_form_is (run, k - 1, before_subject) &&
         marsad_event_run_match (run, MARSAD_LEX_SPEECH, k - 1) == NULL && !run->in_date[k - 1])
    k--;
  if (k == verb)
    return 0;
  /* the clause starts there: the sentence, a comma, or "أن/فيما/وكان" */
  if (k > first && plain_gap (run, k - 1) && !marsad_event_run_form_is (run, k - 1, before_subject))
    return 0;
  /* and the subject is someone: an office, an actor, an institution */
  if (marsad_event_run_match (run, MARSAD_LEX_TITLE, k) == NULL &&
      marsad_event_run_match (run, MARSAD_LEX_ACTOR, k) == NULL &&
      !marsad_event_run_form_is (run, k, office_heads) &&
      !g_str_has_prefix (marsad_word_view_form (run->view, k), "ال"))
    return 0;
  if (marsad_speaker_phrase (run, k, TRUE) != verb - k)
    return 0;
  *from = k;
  return verb - k;
}

/* the office or actor right after the sentence's first word, before w:
 * the subject of that verb; only as far as the office reaches, since what
 * follows the verb's subject is its object */
static guint
sentence_subject (const MarsadEventRun *run,
                  guint                 at,
                  guint                 w)
{
  const MarsadPhrase *p = marsad_event_run_match (run, MARSAD_LEX_TITLE, at);
  guint end;

  if (p == NULL)
    p = marsad_event_run_match (run, MARSAD_LEX_ACTOR, at);
  if (p == NULL || !plain_gap (run, at - 1))
    return 0;
  end = office_complement (run, at + p->n_words, w);
  return end < w ? end - at : 0;
}

/* "وأضاف البيان", "وأضافت الوزارة" (after "وزارة الصحة"), "وتابعت
 * الخلية": the latest speaker's own words for itself */
static gboolean
refers_to (const MarsadEventRun *run,
           guint                 w,
           const Speaker        *latest)
{
  const char *form, *head;

  if (latest->name == NULL)
    return FALSE;
  if (marsad_event_run_form_is (run, w, (const char *[]) { "البيان", NULL }))
    return TRUE;
  if (latest->head < 0)
    return FALSE;
  form = marsad_word_view_stem (run->view, w, 0);
  head = marsad_word_view_form (run->view, (guint) latest->head);
  if (!g_str_has_prefix (form, "ال") || strlen (form) <= strlen ("ال"))
    return FALSE;
  form += strlen ("ال");
  return marsad_event_run_form_is (run, (guint) latest->head, (const char *[]) { form, NULL }) &&
         !g_str_has_prefix (head, "ال");
}

/* ------------------------------------------------------------ statements */

static void
add_statement (MarsadEventRun *run,
               const Speaker  *speaker,
               guint           start,
               guint           end,
               guint           sentence)
{
  MarsadStatement *st = marsad_statement_new ();

  st->speaker = g_strdup (speaker->name);
  st->speaker_span = speaker->span;
  st->start = start;
  st->end = end;
  st->text = marsad_document_dup_span (run->doc, start, end);
  st->sentence = sentence;
  g_ptr_array_add (run->doc->statements, st);
}

static void
speaker_copy (Speaker       *dst,
              const Speaker *src)
{
  g_free (dst->name);
  dst->name = g_strdup (src->name);
  dst->span = (MarsadSpan) { 0, 0 };
  dst->head = src->head;
}

/* does sentence s start a paragraph */
static gboolean
starts_paragraph (const MarsadEventRun *run,
                  guint                 s)
{
  guint first = run->sentence_words[s];

  if (first == 0 || first >= run->view->n)
    return TRUE;
  return marsad_word_view_gap_has (run->view, first - 1, '\n');
}

/* the name given after a group's member: "أحد المحتجين، ويدعى حسين كاظم،" */
static guint
called (const MarsadEventRun *run,
        guint                 w,
        guint                 end,
        guint                *from)
{
  guint n = 0;

  if (w >= end || !marsad_event_run_form_is (run, w, (const char *[]) { "يدعي", "ويدعي", "واسمه", NULL }))
    return 0;
  *from = w + 1;
  while (n < 3 && *from + n < end && !is_stop (run, *from + n) &&
         (n == 0 || plain_gap (run, *from + n - 1)))
    n++;
  return n;
}

void
marsad_statements_extract (MarsadEventRun *run)
{
  /* folded office → the name of the latest speaker, who held it */
  g_autoptr(GHashTable) holders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree gboolean *used = g_new0 (gboolean, run->quotes->len + 1);
  Speaker last = { 0 };
  guint last_sentence = 0;

  for (guint s = 0; s < run->n_sentences; s++)
    {
      guint first = run->sentence_words[s], end = run->sentence_words[s + 1];
      Speaker current = { 0 };
      gboolean have_current = FALSE;

      /* references stay in their paragraph, or reach the sentence just
       * before it */
      if (starts_paragraph (run, s) && last.name != NULL && last_sentence + 1 < s)
        {
          g_clear_pointer (&last.name, g_free);
          g_hash_table_remove_all (holders);
        }

      for (guint w = first; w < end; w++)
        {
          const MarsadPhrase *sp = marsad_event_run_match (run, MARSAD_LEX_SPEECH, w);
          const MarsadQuote *subject_quote;
          guint scope_end, subj, n = 0, said = 0, from = 0, k;
          Speaker who = { 0 };
          const Speaker *latest;

          if (sp == NULL || marsad_event_run_quote_at (run, w) >= 0 || ((MarsadSpeech *) sp->data)->kind == MARSAD_SPEECH_ATTRIB)
            continue;
          subj = w + sp->n_words;
          for (scope_end = subj; scope_end < end; scope_end++)
            {
              const MarsadPhrase *next = marsad_event_run_match (run, MARSAD_LEX_SPEECH, scope_end);

              if (next != NULL && marsad_event_run_quote_at (run, scope_end) < 0 &&
                  ((MarsadSpeech *) next->data)->kind != MARSAD_SPEECH_ATTRIB)
                break;
            }
          latest = have_current ? &current : &last;
          subject_quote = name_quote_at (run, subj);
          if (marsad_event_run_form_is (run, w, participles))
            n = 0;        /* "…، مؤكدا أن": the sentence's speaker */
          else if (plain_gap (run, w + sp->n_words - 1) ||
                   (subject_quote != NULL && subject_quote->w_first == subj))
            n = marsad_speaker_phrase (run, subj, TRUE);
          if (n == 0 && ((MarsadSpeech *) sp->data)->kind == MARSAD_SPEECH_SAY_BACK)
            {
              /* "عن مصادر عراقية قولها": the source stands before */
              for (k = w; k > first && k + 6 > w; k--)
                if (marsad_event_run_form_is (run, k - 1, (const char *[]) { "عن", NULL }))
                  {
                    if (w > k)
                      resolve_speaker (run, holders, k, w - k, &who);
                    break;
                  }
            }
          else if (n == 0 && !marsad_event_run_form_is (run, w, participles) &&
                   (k = subject_before (run, first, w, &from)) > 0)
            resolve_speaker (run, holders, from, k, &who);
          else if (n == 0 && !have_current && !marsad_event_run_form_is (run, w, participles) &&
                   w > first + 1 && (k = sentence_subject (run, first + 1, w)) > 0)
            /* "وأمر رئيس الوزراء بتشكيل لجنة، ودعا المحتجين إلى": the
             * sentence's first verb and its subject */
            resolve_speaker (run, holders, first + 1, k, &who);

          if (who.name != NULL)
            ;
          else if (n > 0 && (k = called (run, subj + n, end, &from)) > 0)
            {
              /* "أحد المحتجين، ويدعى حسين كاظم": the name, then its words */
              resolve_speaker (run, holders, from, k, &who);
              n = from + k - subj;
            }
          else if (n == 1 && refers_to (run, subj, latest))
            {
              speaker_copy (&who, latest);
              who.span = latest->span;
            }
          else if (n > 0)
            resolve_speaker (run, holders, subj, n, &who);
          else if (latest->name != NULL)
            speaker_copy (&who, latest);
          if (who.name == NULL)
            continue;

          for (guint q = run->sentence_quotes[s]; q < run->sentence_quotes[s + 1]; q++)
            {
              const MarsadQuote *qt = &g_array_index (run->quotes, MarsadQuote, q);

              if (qt->statement && !used[q] && qt->w_first >= subj + n && qt->w_first < scope_end)
                {
                  add_statement (run, &who, qt->start, qt->end, s);
                  used[q] = TRUE;
                  said++;
                }
            }
          if (said == 0)
            {
              /* reported speech: the clause after "أن/إن" */
              for (k = subj + n; k < scope_end && k < subj + n + 12; k++)
                if (marsad_event_run_form_is (run, k, complementizers))
                  {
                    if (scope_end - k >= 3)
                      {
                        guint start = run->view->words[k + 1].start, stop = run->view->words[scope_end - 1].end;
                        gint qa = marsad_event_run_quote_at (run, k + 1), qz = marsad_event_run_quote_at (run, scope_end - 1);

                        /* "إن «الدعم السريع» قصفت": keep a quoted name's marks whole */
                        if (qa >= 0 && g_array_index (run->quotes, MarsadQuote, qa).w_first == k + 1)
                          start = g_array_index (run->quotes, MarsadQuote, qa).start - 1;
                        if (qz >= 0 && g_array_index (run->quotes, MarsadQuote, qz).w_end == scope_end)
                          stop = g_array_index (run->quotes, MarsadQuote, qz).end + 1;
                        add_statement (run, &who, start, stop, s);
                      }
                    break;
                  }
            }
          speaker_copy (&current, &who);
          current.span = who.span;
          have_current = TRUE;
          g_free (who.name);
        }

      /* quotations outside any verb's scope: "«…»، وفق مسؤول" */
      for (guint q = run->sentence_quotes[s]; q < run->sentence_quotes[s + 1]; q++)
        {
          const MarsadQuote *qt = &g_array_index (run->quotes, MarsadQuote, q);
          Speaker who = { 0 };

          if (!qt->statement || used[q])
            continue;
          for (guint w = first; w < end && who.name == NULL; w++)
            {
              const MarsadPhrase *sp = marsad_event_run_match (run, MARSAD_LEX_SPEECH, w);
              guint n;

              if (sp == NULL || marsad_event_run_quote_at (run, w) >= 0 || (w >= qt->w_first && w < qt->w_end))
                continue;
              n = marsad_speaker_phrase (run, w + sp->n_words, TRUE);
              if (n > 0)
                resolve_speaker (run, holders, w + sp->n_words, n, &who);
            }
          if (who.name == NULL && have_current)
            speaker_copy (&who, &current);
          if (who.name == NULL)
            continue;
          add_statement (run, &who, qt->start, qt->end, s);
          used[q] = TRUE;
          g_free (who.name);
        }

      if (have_current)
        {
          speaker_copy (&last, &current);
          last.span = current.span;
          last_sentence = s;
        }
      g_free (current.name);
    }
  g_free (last.name);
}
