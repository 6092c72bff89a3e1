/* marsad-statement-speakers.c: who is speaking — a speech verb's subject,
 * read as titles, their complements and a name, or standing before the verb
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "marsad-numbers.h"
#include "marsad-statement-private.h"

/* words that end a speaker's phrase; "طلب عدم نشر اسمه" and "التابع لـ"
 * describe the speaker without naming them */
static const char * const phrase_stops[] = {
  "ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "لان", "من", "في", "علي", "عن", "الي",
  "خلال", "بعد", "قبل", "مع", "الذي", "التي", "الذين", "حول", "ل", "ب", "عبر", "امام", "لدي",
  "ضمن", "بشان", "ازاء", "وذلك", "كما", "و", "مرات", "عده", "ايضا", "امس", "اليوم", "اثر",
  "عقب", "لوكاله", "لصحيفه", "لقناه", "لرويترز", "التابع", "التابعه", "طلب", "طلبت", "فضل",
  "فضلت", "رفض", "رفضت", "اشترط", "قد", "انهما", NULL,
};

const char * const marsad_statement_complementizers[] = {
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

/* marsad_statement_participles continue the sentence's speaker: "…، مؤكدا أن" has no subject */
const char * const marsad_statement_participles[] = {
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
gboolean
marsad_statement_is_stop (const MarsadEventRun *run,
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

gboolean
marsad_statement_plain_gap (const MarsadEventRun *run,
           guint                 w)
{
  return marsad_word_view_gap_plain (run->view, w);
}

const MarsadQuote *
marsad_statement_name_quote_at (const MarsadEventRun *run,
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
          if ((q = marsad_statement_name_quote_at (run, i)) == NULL || q->w_first != i)
            return FALSE;
        }
      else if (c[k] == 0x00BB || c[k] == 0x201D)
        {
          if ((q = marsad_statement_name_quote_at (run, i - 1)) == NULL || q->w_end != i)
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

      if (i > w && !marsad_statement_plain_gap (run, i - 1) && !gap_continues (run, i))
        break;
      /* "أحد المحتجين", "أحد السكان": one of a group, whatever the group */
      if (marsad_event_run_form_is (run, i, (const char *[]) { "احد", "احدي", NULL }) &&
          marsad_event_run_same_sentence (run, i, i + 1) && marsad_statement_plain_gap (run, i))
        {
          n += 2;
          continue;
        }
      /* a quoted name is read whole: "«تلفزيون حلب اليوم»" */
      if (i > w && marsad_statement_name_quote_at (run, i) != NULL && marsad_statement_name_quote_at (run, i)->w_first < i)
        {
          n++;
          continue;
        }
      if (run->in_date[i] || marsad_event_run_match (run, MARSAD_LEX_SPEECH, i) != NULL ||
          (marsad_event_run_match (run, MARSAD_LEX_TRIGGER, i) != NULL && title == NULL &&
           marsad_statement_name_quote_at (run, i) == NULL))
        break;
      if (marsad_statement_is_stop (run, i))
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
  while (n > 0 && marsad_statement_is_stop (run, w + n - 1))
    n--;
  return n;
}

/* ------------------------------------------------------------ speakers */


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
  span->end = marsad_document_close_parenthesis (run->doc, span->start, span->end);
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
                        marsad_event_run_place_at (run, pos) >= 0 || marsad_statement_name_quote_at (run, pos) != NULL))
            pos++;
        }
      else if ((q = marsad_statement_name_quote_at (run, pos)) != NULL && q->w_first == pos)
        pos = MIN (q->w_end, end);
      else if ((at = marsad_event_run_place_at (run, pos)) >= 0)
        {
          /* "وقال قائمقام سوران إن القصف…": the speaker's town, no site */
          guint place_end = MAX (pos + 1, MIN (g_array_index (run->places, MarsadPlaceRef, at).w_end, end));

          for (; pos < place_end; pos++)
            run->not_site[pos] = TRUE;
        }
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
void
marsad_statement_resolve_speaker (MarsadEventRun *run,
                 GHashTable     *holders,
                 guint           w,
                 guint           n,
                 MarsadSpeaker        *out)
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
                   !marsad_statement_is_stop (run, pos) && !marsad_event_run_form_is (run, pos, office_heads) &&
                   is_adjective (marsad_word_view_form (run->view, pos)))
              pos++;
          pos = office_complement (run, pos, end);
          continue;
        }
      if (name_first >= 0 || marsad_statement_is_stop (run, pos) || !any_title)
        break;          /* no title: an institution or a bare name, whole */
      name_first = (gint) pos;
      while (pos < end && pos - (guint) name_first < 4 && !marsad_statement_is_stop (run, pos) &&
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
guint
marsad_statement_subject_before (const MarsadEventRun *run,
                guint                 first,
                guint                 w,
                guint                *from)
{
  guint k = w, verb = w;

  if (k > first && marsad_event_run_form_is (run, k - 1, (const char *[]) { "قد", NULL }))
    verb = --k;
  while (k > first && verb - k < 10 && marsad_statement_plain_gap (run, k - 1) && !marsad_statement_is_stop (run, k - 1) &&
         !marsad_event_run_form_is (run, k - 1, before_subject) &&
         marsad_event_run_match (run, MARSAD_LEX_SPEECH, k - 1) == NULL && !run->in_date[k - 1])
    k--;
  if (k == verb)
    return 0;
  /* the clause starts there: the sentence, a comma, or "أن/فيما/وكان" */
  if (k > first && marsad_statement_plain_gap (run, k - 1) && !marsad_event_run_form_is (run, k - 1, before_subject))
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
guint
marsad_statement_sentence_subject (const MarsadEventRun *run,
                  guint                 at,
                  guint                 w)
{
  const MarsadPhrase *p = marsad_event_run_match (run, MARSAD_LEX_TITLE, at);
  guint end;

  if (p == NULL)
    p = marsad_event_run_match (run, MARSAD_LEX_ACTOR, at);
  if (p == NULL || !marsad_statement_plain_gap (run, at - 1))
    return 0;
  end = office_complement (run, at + p->n_words, w);
  return end < w ? end - at : 0;
}

