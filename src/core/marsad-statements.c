/* marsad-statements.c: quotations and reported speech, with their speakers
 *
 * A speech verb (قال، أكد، حذر…) opens a scope that runs to the next speech
 * verb of the sentence. Its subject is read right after it: titles, their
 * complements ("وزير الدفاع الأميركي") and a name ("لويد أوستن"). A verb
 * without a subject ("وقال «…»") continues the previous speaker; a definite
 * office alone ("المتحدث", "وأضاف الوزير") refers back to the last speaker
 * who held it. Quotations in the scope become statements; without one, the
 * clause after "أن/إن" is reported speech.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "marsad-event-private.h"
#include "marsad-numbers.h"

/* words that end a speaker's phrase */
static const char * const phrase_stops[] = {
  "ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "لان", "من", "في", "علي", "عن", "الي",
  "خلال", "بعد", "قبل", "مع", "الذي", "التي", "الذين", "حول", "ل", "ب", "عبر", "امام", "لدي",
  "ضمن", "بشان", "ازاء", "وذلك", "كما", "و", "مرات", "عده", "ايضا", "امس", "اليوم", "اثر",
  "عقب", "لوكاله", "لصحيفه", "لقناه", "لرويترز", NULL,
};

static const char * const complementizers[] = {
  "ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "بانهم", NULL,
};

/* a quotation that names something rather than quoting someone */
static const char * const name_heads[] = {
  "وكاله", "حركه", "كتايب", "تنظيم", "جماعه", "حزب", "قوات", "سرايا", "الويه", "لواء",
  "فيلق", "جيش", "هييه", "موسسه", "صحيفه", "قناه", "شبكه", "منظمه", "المقاومه", "عمليه",
  "مجلس", "ميليشيات", NULL,
};

void
marsad_statements_mark_words (MarsadPhraseTable *table)
{
  for (guint i = 0; phrase_stops[i] != NULL; i++)
    marsad_phrase_table_add_class (table, phrase_stops[i], MARSAD_WORD_STOP);
}

/* the run's view knows the stops (marsad_statements_mark_words ()) */
static gboolean
is_stop (const MarsadEventRun *run,
         guint                 w)
{
  return marsad_word_view_may_be (run->view, w, MARSAD_WORD_STOP);
}

static gboolean
plain_gap (const MarsadEventRun *run,
           guint                 w)
{
  return marsad_word_view_gap_plain (run->view, w);
}

/* how many words the speaker's phrase at w takes (0: no subject) */
guint
marsad_speaker_phrase (const MarsadEventRun *run,
                       guint                 w,
                       gboolean              after_office_in)
{
  guint n = 0, extra = 0;
  gboolean office_last = FALSE;

  while (n < 10 && marsad_event_run_same_sentence (run, w, w + n))
    {
      guint i = w + n;
      const MarsadPhrase *title = marsad_event_run_match (run, MARSAD_LEX_TITLE, i);

      if (i > w && !plain_gap (run, i - 1))
        {
          /* "ومصدر في «الحشد الشعبي»": a quoted name belongs to the phrase */
          gint q = marsad_event_run_quote_at (run, i);

          if (q < 0 || g_array_index (run->quotes, MarsadQuote, q).statement ||
              g_array_index (run->quotes, MarsadQuote, q).w_first != i)
            break;
        }
      if (run->in_date[i] || marsad_event_run_match (run, MARSAD_LEX_SPEECH, i) != NULL ||
          (marsad_event_run_match (run, MARSAD_LEX_TRIGGER, i) != NULL && title == NULL))
        break;
      if (is_stop (run, i))
        {
          /* "مسؤول في وزارة الداخلية": an office may say where it sits */
          if (!(office_last && after_office_in && marsad_event_run_form_is (run, i, (const char *[]) { "في", NULL })))
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

/* Reads the phrase [w, w+n): rank, offices and a name. */
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
  gboolean definite_office = FALSE, any_title = FALSE;
  MarsadNumber num;
  const char *first_form = marsad_word_view_form (run->view, w);

  memset (out, 0, sizeof *out);
  if (n == 0)
    return;

  if (marsad_number_parse (&first_form, 1, &num))
    pos = end;          /* "ثلاثة مصادر": the phrase as a whole */

  while (pos < end)
    {
      const MarsadPhrase *tp = marsad_event_run_match (run, MARSAD_LEX_TITLE, pos);

      if (tp != NULL)
        {
          const MarsadTitle *t = tp->data;

          g_strv_builder_add (keys, t->key);
          if (!any_title && g_str_has_prefix (marsad_word_view_form (run->view, pos), "ال") && !t->rank)
            definite_office = TRUE;
          any_title = TRUE;
          if (t->rank && name_first < 0)
            rank_at = (gint) pos;
          pos += tp->n_words;
          /* an indefinite office's adjectives: "مصادر أمنية", "مسؤول عسكري رفيع" */
          if (!t->rank && !g_str_has_prefix (marsad_word_view_form (run->view, pos - tp->n_words), "ال"))
            while (pos < end && marsad_event_run_match (run, MARSAD_LEX_TITLE, pos) == NULL &&
                   !is_stop (run, pos) && is_adjective (marsad_word_view_form (run->view, pos)))
              pos++;
          /* the office's complement: "الدفاع الأميركي", "باسم القائد" */
          while (pos < end && marsad_event_run_match (run, MARSAD_LEX_TITLE, pos) == NULL &&
                 (g_str_has_prefix (marsad_word_view_form (run->view, pos), "ال") ||
                  g_str_has_prefix (marsad_word_view_form (run->view, pos), "لل") ||
                  marsad_event_run_form_is (run, pos, (const char *[]) { "باسم", NULL })))
            pos++;
          continue;
        }
      if (name_first >= 0 || is_stop (run, pos))
        break;
      if (!any_title && g_str_has_prefix (marsad_word_view_form (run->view, pos), "ال"))
        break;          /* an institution: "القيادة العسكرية الأميركية" */
      name_first = (gint) pos;
      while (pos < end && pos - (guint) name_first < 3 && !is_stop (run, pos) &&
             marsad_event_run_match (run, MARSAD_LEX_TITLE, pos) == NULL)
        pos++;
      name_end = (gint) pos;
    }

  if (name_first >= 0)
    {
      guint from = rank_at >= 0 && rank_at + 1 == name_first ? (guint) rank_at : (guint) name_first;

      /* "لويد أوستن" names a person, whatever the gazetteer says */
      if (any_title)
        for (guint k = (guint) name_first; k < (guint) name_end; k++)
          run->not_site[k] = TRUE;

      out->name = marsad_event_run_dup_words (run, from, (guint) name_end);
      out->span.start = run->view->words[from].start;
      out->span.end = run->view->words[name_end - 1].end;
    }
  else if (definite_office)
    {
      g_auto(GStrv) want = g_strv_builder_end (keys);

      /* a back-reference: the last speaker who held that office */
      if (want[0] != NULL)
        out->name = g_strdup (g_hash_table_lookup (holders, want[0]));
      /* ending emptied the builder: keep the offices for later references */
      for (guint k = 0; want[k] != NULL; k++)
        g_strv_builder_add (keys, want[k]);
    }
  if (out->name == NULL)
    {
      out->name = marsad_event_run_dup_words (run, w, end);
      out->span.start = run->view->words[w].start;
      out->span.end = run->view->words[end - 1].end;
    }

  /* this speaker now holds its offices, for the references that follow */
  {
    g_auto(GStrv) held = g_strv_builder_end (keys);

    for (guint k = 0; held[k] != NULL; k++)
      g_hash_table_replace (holders, g_strdup (held[k]), g_strdup (out->name));
  }
}

/* ------------------------------------------------------------ quotations */

static gboolean
names_something (const MarsadEventRun *run,
                 const MarsadQuote    *q)
{
  guint n = q->w_end - q->w_first, covered_to = q->w_first;

  if (n <= 1)
    return TRUE;
  if (marsad_event_run_form_is (run, q->w_first, name_heads))
    return TRUE;
  /* every word inside is a known actor or an event word: a term */
  for (guint w = q->w_first; w < q->w_end; w++)
    {
      for (guint k = 0; k < MARSAD_LEX_N_KINDS; k++)
        {
          const MarsadPhrase *p = marsad_event_run_match (run, k, w);

          if (p != NULL && (k == MARSAD_LEX_ACTOR || k == MARSAD_LEX_TRIGGER))
            covered_to = MAX (covered_to, w + p->n_words);
        }
      if (covered_to <= w)
        return FALSE;
    }
  return TRUE;
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
          q.statement = !names_something (run, &q);
          g_array_append_val (run->quotes, q);
        }
      i = j;
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
}

void
marsad_statements_extract (MarsadEventRun *run)
{
  /* folded office → the name of the last speaker who held it */
  g_autoptr(GHashTable) holders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree gboolean *used = g_new0 (gboolean, run->quotes->len + 1);
  Speaker last = { 0 };

  for (guint s = 0; s < run->n_sentences; s++)
    {
      guint first = run->sentence_words[s], end = run->sentence_words[s + 1];
      Speaker current = { 0 };
      gboolean have_current = FALSE;

      for (guint w = first; w < end; w++)
        {
          const MarsadPhrase *sp = marsad_event_run_match (run, MARSAD_LEX_SPEECH, w);
          guint scope_end, subj, n, said = 0;
          Speaker who = { 0 };

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
          n = plain_gap (run, w + sp->n_words - 1) ? marsad_speaker_phrase (run, subj, TRUE) : 0;
          if (n == 0 && ((MarsadSpeech *) sp->data)->kind == MARSAD_SPEECH_SAY_BACK)
            {
              /* "عن مصادر عراقية قولها": the source stands before */
              for (guint k = w; k > first && k + 6 > w; k--)
                if (marsad_event_run_form_is (run, k - 1, (const char *[]) { "عن", NULL }))
                  {
                    if (w > k)
                      resolve_speaker (run, holders, k, w - k, &who);
                    break;
                  }
            }
          if (who.name != NULL)
            ;
          else if (n > 0)
            resolve_speaker (run, holders, subj, n, &who);
          else if (have_current)
            speaker_copy (&who, &current);
          else if (last.name != NULL)
            speaker_copy (&who, &last);
          else
            who.name = NULL;
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
              for (guint k = subj + n; k < scope_end && k < subj + n + 12; k++)
                if (marsad_event_run_form_is (run, k, complementizers))
                  {
                    if (scope_end - k >= 3)
                      add_statement (run, &who, run->view->words[k + 1].start,
                                     run->view->words[scope_end - 1].end, s);
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
        }
      g_free (current.name);
    }
  g_free (last.name);
}

/* ------------------------------------------------------------ links */

static void
add_unique (GPtrArray  *ids,
            const char *id)
{
  if (id == NULL)
    return;
  for (guint i = 0; i < ids->len; i++)
    if (strcmp (g_ptr_array_index (ids, i), id) == 0)
      return;
  g_ptr_array_add (ids, g_strdup (id));
}

typedef struct
{
  guint                   sentence;
  const MarsadEventDraft *draft;
} Told;

static int
compare_told (gconstpointer a,
              gconstpointer b)
{
  const Told *ta = a, *tb = b;

  return ta->sentence < tb->sentence ? -1 : ta->sentence > tb->sentence;
}

static gboolean
dates_meet (const MarsadEventDraft *a,
            const MarsadEventDraft *b)
{
  return a->dated && b->dated && g_date_valid (&a->from) && g_date_valid (&b->from) &&
         g_date_compare (&a->from, &b->to) <= 0 && g_date_compare (&b->from, &a->to) <= 0;
}

/* Statements speak of the events of their sentence; else of the latest
 * news told in the six sentences before them, and of the events told with
 * it that share its dates. Statements come in text order, so one walk over
 * the (sentence, event) pairs serves them all. */
void
marsad_statements_link (MarsadEventRun *run)
{
  g_autoptr(GArray) told = g_array_new (FALSE, FALSE, sizeof (Told));
  guint next = 0;
  const Told *latest = NULL;

  for (guint e = 0; e < run->events->len; e++)
    {
      const MarsadEventDraft *d = g_ptr_array_index (run->events, e);

      for (guint k = 0; k < d->sentences->len; k++)
        {
          Told t = { g_array_index (d->sentences, guint, k), d };

          g_array_append_val (told, t);
        }
    }
  g_array_sort (told, compare_told);

  for (guint i = 0; i < run->doc->statements->len; i++)
    {
      MarsadStatement *st = g_ptr_array_index (run->doc->statements, i);
      guint w_first, w_end;

      for (; next < told->len && g_array_index (told, Told, next).sentence < st->sentence; next++)
        {
          const Told *t = &g_array_index (told, Told, next);

          if (!t->draft->event->background && !t->draft->political)
            latest = t;
        }
      for (guint k = next; k < told->len && g_array_index (told, Told, k).sentence == st->sentence; k++)
        add_unique (st->event_ids, g_array_index (told, Told, k).draft->event->id);

      if (st->event_ids->len == 0 && latest != NULL && st->sentence - latest->sentence <= 6)
        {
          add_unique (st->event_ids, latest->draft->event->id);
          for (guint k = next; k > 0; k--)
            {
              const Told *t = &g_array_index (told, Told, k - 1);

              if (latest->sentence - t->sentence > 6)
                break;
              if (!t->draft->event->background && !t->draft->political && dates_meet (t->draft, latest->draft))
                add_unique (st->event_ids, t->draft->event->id);
            }
        }

      for (guint k = next; k < told->len && g_array_index (told, Told, k).sentence == st->sentence; k++)
        add_unique (st->place_ids, g_array_index (told, Told, k).draft->event->place_id);
      if (st->event_ids->len > 0 && latest != NULL)
        for (guint k = next; k > 0 && latest->sentence - g_array_index (told, Told, k - 1).sentence <= 6; k--)
          {
            const MarsadEvent *ev = g_array_index (told, Told, k - 1).draft->event;

            for (guint j = 0; j < st->event_ids->len; j++)
              if (strcmp (g_ptr_array_index (st->event_ids, j), ev->id) == 0)
                add_unique (st->place_ids, ev->place_id);
          }
      /* places named inside the statement */
      w_first = marsad_word_view_word_at (run->view, st->start);
      w_end = marsad_word_view_word_at (run->view, st->end);
      for (guint w = w_first; w < w_end; w++)
        {
          gint at = marsad_event_run_place_at (run, w);
          const MarsadPlaceRef *ref;

          if (at < 0)
            continue;
          ref = &g_array_index (run->places, MarsadPlaceRef, at);
          add_unique (st->place_ids, ((MarsadPlace *) g_ptr_array_index (run->doc->places, ref->place))->id);
        }
    }
}
