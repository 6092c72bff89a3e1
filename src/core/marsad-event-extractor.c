/* marsad-event-extractor.c: the event extractor and its lexicons (triggers,
 * actors, titles, speech verbs), loaded once from data/ and shared by
 * every run
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <stdlib.h>
#include <string.h>

#include "marsad-event-private.h"
#include "marsad-inflect.h"
#include "marsad-numbers.h"

static void
trigger_free (MarsadTrigger *t)
{
  g_free (t->type);
  g_free (t->sub_type);
  g_free (t);
}

static void
actor_free (MarsadActor *a)
{
  g_free (a->canonical);
  g_free (a->name_en);
  g_free (a);
}

static void
title_free (MarsadTitle *t)
{
  g_free (t->key);
  g_free (t);
}

static gboolean
load_triggers (MarsadEventExtractor *self,
               GPtrArray            *triggers,
               GError              **error)
{
  g_autoptr(GPtrArray) rows = marsad_lexicon_load_tsv ("lexicon/triggers.tsv", 5, error);
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    g_hash_table_add (listed, ((char **) g_ptr_array_index (rows, i))[0]);
  for (guint i = 0; i < rows->len; i++)
    {
      char **cols = g_ptr_array_index (rows, i);
      MarsadTrigger *t = g_new0 (MarsadTrigger, 1);

      t->type = g_strdup (cols[1]);
      t->sub_type = g_strdup (cols[2]);
      t->priority = atoi (cols[3]);
      if (strstr (cols[4], "weak") != NULL)
        t->flags |= MARSAD_TRIGGER_WEAK;
      if (strstr (cols[4], "political") != NULL)
        t->flags |= MARSAD_TRIGGER_POLITICAL;
      if (strstr (cols[4], "dated") != NULL)
        t->flags |= MARSAD_TRIGGER_DATED;
      if (strstr (cols[4], "territory") != NULL)
        t->flags |= MARSAD_TRIGGER_TERRITORY;
      if (strstr (cols[4], "attack") != NULL)
        t->flags |= MARSAD_TRIGGER_ATTACK;
      if (strstr (cols[4], "verb") != NULL)
        t->flags |= MARSAD_TRIGGER_VERB;
      g_ptr_array_add (triggers, t);
      marsad_phrase_table_add (self->table, MARSAD_LEX_TRIGGER, cols[0], t);
      /* "غارتين", "استهدفتا": the dual of a row counts as the row, unless
       * the lexicon lists that form itself */
      if (!(t->flags & MARSAD_TRIGGER_POLITICAL))
        {
          /* a verb's dual is one of its forms («أطلقا … النار») */
          g_auto(GStrv) duals = strstr (cols[4], "verb") != NULL && strchr (cols[0], ' ') != NULL
                                ? g_new0 (char *, 1) : marsad_inflect_duals (cols[0]);
          /* «قتلت قوات…», «قصفوا»: a verb agrees with its subject */
          g_auto(GStrv) forms = strstr (cols[4], "verb") != NULL ? marsad_inflect_verb (cols[0]) : g_new0 (char *, 1);

          for (guint k = 0; duals[k] != NULL; k++)
            if (!g_hash_table_contains (listed, duals[k]))
              marsad_phrase_table_add (self->table, MARSAD_LEX_TRIGGER, duals[k], t);
          for (guint k = 0; forms[k] != NULL; k++)
            if (!g_hash_table_contains (listed, forms[k]) && !g_strv_contains ((const char * const *) duals, forms[k]))
              marsad_phrase_table_add (self->table, MARSAD_LEX_TRIGGER, forms[k], t);
        }
    }
  return TRUE;
}

static gboolean
load_actors (MarsadEventExtractor *self,
             GPtrArray            *actors,
             GError              **error)
{
  g_autoptr(GPtrArray) rows = marsad_lexicon_load_tsv ("lexicon/actors.tsv", 5, error);

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      char **cols = g_ptr_array_index (rows, i);
      MarsadActor *a = g_new0 (MarsadActor, 1);

      a->canonical = g_strdup (cols[1]);
      a->name_en = g_strdup (cols[2]);
      a->inter = atoi (cols[3]);
      a->metonym = strstr (cols[4], "metonym") != NULL;
      g_ptr_array_add (actors, a);
      marsad_phrase_table_add (self->table, MARSAD_LEX_ACTOR, cols[0], a);
    }
  return TRUE;
}

static gboolean
load_titles (MarsadEventExtractor *self,
             GPtrArray            *titles,
             GError              **error)
{
  g_autoptr(GPtrArray) rows = marsad_lexicon_load_tsv ("lexicon/titles.tsv", 3, error);

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      char **cols = g_ptr_array_index (rows, i);
      MarsadTitle *t = g_new0 (MarsadTitle, 1);

      t->rank = strcmp (cols[1], "rank") == 0;
      t->key = marsad_normalize_string (cols[2]);
      g_ptr_array_add (titles, t);
      marsad_phrase_table_add (self->table, MARSAD_LEX_TITLE, cols[0], t);
    }
  return TRUE;
}

static gboolean
load_speech (MarsadEventExtractor *self,
             GError              **error)
{
  g_autoptr(GPtrArray) rows = marsad_lexicon_load_tsv ("lexicon/speech-verbs.tsv", 2, error);

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      char **cols = g_ptr_array_index (rows, i);

      marsad_phrase_table_add (self->table, MARSAD_LEX_SPEECH, cols[0],
                               strcmp (cols[1], "attrib") == 0 ? &self->attrib :
                               strcmp (cols[1], "say-back") == 0 ? &self->say_back : &self->say);
    }
  return TRUE;
}

const char * const marsad_publication_words[5] = { "نشر", "تاريخ", "محدث", "تحديث", NULL };

/* The word classes the passes over every word test first (see
 * MarsadWordClass): numbers, casualty words, date words, publication words. */
static void
mark_words (MarsadEventExtractor *self)
{
  g_autoptr(GPtrArray) numbers = marsad_number_words ();

  for (guint i = 0; i < numbers->len; i++)
    marsad_phrase_table_add_class (self->table, g_ptr_array_index (numbers, i), MARSAD_WORD_NUMBER);
  marsad_casualties_mark_words (self->table);
  marsad_statements_mark_words (self->table);
  marsad_date_parser_mark_words (self->dates, self->table);
  for (guint i = 0; marsad_publication_words[i] != NULL; i++)
    marsad_phrase_table_add_class (self->table, marsad_publication_words[i], MARSAD_WORD_PUBLICATION);
  marsad_phrase_table_add_class (self->table, "سلسله", MARSAD_WORD_SERIES);
}

/* The entries' payloads live in three arrays that "owned" frees together
 * with the extractor. */
MarsadEventExtractor *
marsad_event_extractor_new (GError **error)
{
  g_autoptr(MarsadEventExtractor) self = g_new0 (MarsadEventExtractor, 1);
  GPtrArray *triggers, *actors, *titles;

  g_atomic_ref_count_init (&self->ref_count);
  self->table = marsad_phrase_table_new ();
  self->dates = marsad_date_parser_new ();
  self->owned = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->say.kind = MARSAD_SPEECH_SAY;
  self->attrib.kind = MARSAD_SPEECH_ATTRIB;
  self->say_back.kind = MARSAD_SPEECH_SAY_BACK;

  triggers = g_ptr_array_new_with_free_func ((GDestroyNotify) trigger_free);
  actors = g_ptr_array_new_with_free_func ((GDestroyNotify) actor_free);
  titles = g_ptr_array_new_with_free_func ((GDestroyNotify) title_free);
  g_ptr_array_add (self->owned, triggers);
  g_ptr_array_add (self->owned, actors);
  g_ptr_array_add (self->owned, titles);

  if (!load_triggers (self, triggers, error) || !load_actors (self, actors, error) || !load_titles (self, titles, error) ||
      !load_speech (self, error))
    return NULL;
  mark_words (self);
  return g_steal_pointer (&self);
}

MarsadEventExtractor *
marsad_event_extractor_ref (MarsadEventExtractor *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
marsad_event_extractor_unref (MarsadEventExtractor *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;
  marsad_phrase_table_free (self->table);
  marsad_date_parser_free (self->dates);
  g_clear_pointer (&self->owned, g_ptr_array_unref);
  g_free (self);
}
