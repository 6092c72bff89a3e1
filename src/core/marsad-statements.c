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

#include "marsad-statement-private.h"
#include "marsad-numbers.h"

/* "وأضاف البيان", "وأضافت الوزارة" (after "وزارة الصحة"), "وتابعت
 * الخلية": the latest speaker's own words for itself */
static gboolean
refers_to (const MarsadEventRun *run,
           guint                 w,
           const MarsadSpeaker        *latest)
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
               const MarsadSpeaker  *speaker,
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
speaker_copy (MarsadSpeaker       *dst,
              const MarsadSpeaker *src)
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
/* the first quote of sentence s that begins at word w or later: the
 * quotes come in text order, and a sentence that never ends has many,
 * each of which used to be looked at for every speaker */
static guint
first_quote_from (const MarsadEventRun *run,
                  guint                 s,
                  guint                 w)
{
  guint lo = run->sentence_quotes[s], hi = run->sentence_quotes[s + 1];

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (run->work != NULL)
        run->work->sentence_steps++;
      if (g_array_index (run->quotes, MarsadQuote, mid).w_first < w)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

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
  while (n < 3 && *from + n < end && !marsad_statement_is_stop (run, *from + n) &&
         (n == 0 || marsad_statement_plain_gap (run, *from + n - 1)))
    n++;
  return n;
}

void
marsad_statements_extract (MarsadEventRun *run)
{
  /* folded office → the name of the latest speaker, who held it */
  g_autoptr(GHashTable) holders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree gboolean *used = g_new0 (gboolean, run->quotes->len + 1);
  MarsadSpeaker last = { 0 };
  guint last_sentence = 0;

  for (guint s = 0; s < run->n_sentences; s++)
    {
      guint first = run->sentence_words[s], end = run->sentence_words[s + 1];
      MarsadSpeaker current = { 0 };
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
          MarsadSpeaker who = { 0 };
          const MarsadSpeaker *latest;

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
          subject_quote = marsad_statement_name_quote_at (run, subj);
          if (marsad_event_run_form_is (run, w, marsad_statement_participles))
            n = 0;        /* "…، مؤكدا أن": the sentence's speaker */
          else if (marsad_statement_plain_gap (run, w + sp->n_words - 1) ||
                   (subject_quote != NULL && subject_quote->w_first == subj))
            n = marsad_speaker_phrase (run, subj, TRUE);
          if (n == 0 && ((MarsadSpeech *) sp->data)->kind == MARSAD_SPEECH_SAY_BACK)
            {
              /* "عن مصادر عراقية قولها": the source stands before */
              for (k = w; k > first && k + 6 > w; k--)
                if (marsad_event_run_form_is (run, k - 1, (const char *[]) { "عن", NULL }))
                  {
                    if (w > k)
                      marsad_statement_resolve_speaker (run, holders, k, w - k, &who);
                    break;
                  }
            }
          else if (n == 0 && !marsad_event_run_form_is (run, w, marsad_statement_participles) &&
                   (k = marsad_statement_subject_before (run, first, w, &from)) > 0)
            marsad_statement_resolve_speaker (run, holders, from, k, &who);
          else if (n == 0 && !have_current && !marsad_event_run_form_is (run, w, marsad_statement_participles) &&
                   w > first + 1 && (k = marsad_statement_sentence_subject (run, first + 1, w)) > 0)
            /* "وأمر رئيس الوزراء بتشكيل لجنة، ودعا المحتجين إلى": the
             * sentence's first verb and its subject */
            marsad_statement_resolve_speaker (run, holders, first + 1, k, &who);

          if (who.name != NULL)
            ;
          else if (n > 0 && (k = called (run, subj + n, end, &from)) > 0)
            {
              /* "أحد المحتجين، ويدعى حسين كاظم": the name, then its words */
              marsad_statement_resolve_speaker (run, holders, from, k, &who);
              n = from + k - subj;
            }
          else if (n == 1 && refers_to (run, subj, latest))
            {
              speaker_copy (&who, latest);
              who.span = latest->span;
            }
          else if (n > 0)
            marsad_statement_resolve_speaker (run, holders, subj, n, &who);
          else if (latest->name != NULL)
            speaker_copy (&who, latest);
          if (who.name == NULL)
            continue;

          for (guint q = first_quote_from (run, s, subj + n); q < run->sentence_quotes[s + 1]; q++)
            {
              const MarsadQuote *qt = &g_array_index (run->quotes, MarsadQuote, q);

              if (run->work != NULL)
                run->work->sentence_steps++;
              if (qt->w_first >= scope_end)
                break;
              if (qt->statement && !used[q])
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
                if (marsad_event_run_form_is (run, k, marsad_statement_complementizers))
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
          MarsadSpeaker who = { 0 };

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
                marsad_statement_resolve_speaker (run, holders, w + sp->n_words, n, &who);
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
