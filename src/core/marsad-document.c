/* marsad-document.c: the result of analysing one article
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "marsad-document.h"

static const char * const role_names[] = {
  [MARSAD_ROLE_CONTEXT] = "context",
  [MARSAD_ROLE_EVENT_SITE] = "event_site",
  [MARSAD_ROLE_ACTOR] = "actor",
  [MARSAD_ROLE_DATELINE] = "dateline",
};

const char *
marsad_mention_role_to_string (MarsadMentionRole role)
{
  g_return_val_if_fail (role < G_N_ELEMENTS (role_names), "context");
  return role_names[role];
}

gboolean
marsad_mention_role_from_string (const char        *str,
                                 MarsadMentionRole *role)
{
  for (guint i = 0; i < G_N_ELEMENTS (role_names); i++)
    {
      if (g_strcmp0 (str, role_names[i]) == 0)
        {
          *role = (MarsadMentionRole) i;
          return TRUE;
        }
    }
  return FALSE;
}

MarsadDocument *
marsad_document_new_take_text (char  *utf8,
                               gsize  len)
{
  MarsadDocument *doc = g_new0 (MarsadDocument, 1);
  glong n_chars = 0;

  doc->text = utf8;
  doc->chars = g_utf8_to_ucs4_fast (doc->text, len, &n_chars);
  doc->n_chars = (gsize) n_chars;
  doc->sentences = g_array_new (FALSE, FALSE, sizeof (MarsadSpan));
  doc->places = g_ptr_array_new_with_free_func ((GDestroyNotify) marsad_place_free);
  doc->events = g_ptr_array_new_with_free_func ((GDestroyNotify) marsad_event_free);
  doc->statements = g_ptr_array_new_with_free_func ((GDestroyNotify) marsad_statement_free);
  doc->warnings = g_ptr_array_new_with_free_func (g_free);
  return doc;
}

MarsadDocument *
marsad_document_new_from_text (const char  *utf8,
                               gssize       len,
                               GError     **error)
{
  const char *end = NULL;

  g_return_val_if_fail (utf8 != NULL, NULL);

  if (!g_utf8_validate (utf8, len, &end))
    {
      g_set_error (error, G_CONVERT_ERROR, G_CONVERT_ERROR_ILLEGAL_SEQUENCE,
                   _("invalid UTF-8 at byte %lu"), (unsigned long) (end - utf8));
      return NULL;
    }

  if (len < 0)
    len = strlen (utf8);
  if (len >= 3 && memcmp (utf8, "\xEF\xBB\xBF", 3) == 0)
    {
      utf8 += 3;
      len -= 3;
    }

  return marsad_document_new_take_text (g_strndup (utf8, len), len);
}

void
marsad_document_free (MarsadDocument *doc)
{
  if (doc == NULL)
    return;

  g_free (doc->path);
  g_free (doc->title);
  g_free (doc->text);
  g_free (doc->chars);
  g_clear_pointer (&doc->published, g_date_free);
  g_clear_pointer (&doc->sentences, g_array_unref);
  g_clear_pointer (&doc->norm, marsad_normalized_free);
  g_clear_pointer (&doc->places, g_ptr_array_unref);
  g_clear_pointer (&doc->events, g_ptr_array_unref);
  g_clear_pointer (&doc->statements, g_ptr_array_unref);
  g_clear_pointer (&doc->warnings, g_ptr_array_unref);
  g_free (doc);
}

void
marsad_document_set_published (MarsadDocument *doc,
                               const GDate    *date)
{
  g_return_if_fail (doc != NULL);

  g_clear_pointer (&doc->published, g_date_free);
  doc->published_from_text = FALSE;
  if (date != NULL && g_date_valid (date))
    doc->published = g_date_copy (date);
}

void
marsad_document_clear_analysis (MarsadDocument *doc)
{
  g_return_if_fail (doc != NULL);

  g_array_set_size (doc->sentences, 0);
  g_clear_pointer (&doc->norm, marsad_normalized_free);
  g_ptr_array_set_size (doc->places, 0);
  g_ptr_array_set_size (doc->events, 0);
  g_ptr_array_set_size (doc->statements, 0);
  g_ptr_array_set_size (doc->warnings, 0);
}

char *
marsad_document_dup_span (const MarsadDocument *doc,
                          guint                 start,
                          guint                 end)
{
  g_return_val_if_fail (doc != NULL, NULL);

  end = MIN (end, doc->n_chars);
  if (start >= end)
    return g_strdup ("");
  return g_ucs4_to_utf8 (doc->chars + start, end - start, NULL, NULL, NULL);
}

guint
marsad_document_close_parenthesis (const MarsadDocument *doc,
                                   guint                 start,
                                   guint                 end)
{
  gint open = 0;

  g_return_val_if_fail (doc != NULL, end);

  end = MIN (end, doc->n_chars);
  for (guint k = start; k < end; k++)
    open += doc->chars[k] == '(' ? 1 : doc->chars[k] == ')' ? -1 : 0;
  if (open > 0 && end < doc->n_chars && doc->chars[end] == ')')
    end++;
  return end;
}

guint
marsad_document_sentence_at (const MarsadDocument *doc,
                             guint                 offset)
{
  guint lo = 0;
  guint hi;

  g_return_val_if_fail (doc != NULL, 0);

  hi = doc->sentences->len;
  if (hi == 0)
    return 0;

  /* the last sentence that starts at or before offset */
  while (lo + 1 < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (doc->sentences, MarsadSpan, mid).start <= offset)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

MarsadPlace *
marsad_document_find_place (const MarsadDocument *doc,
                            const char           *id)
{
  g_return_val_if_fail (doc != NULL, NULL);

  for (guint i = 0; id != NULL && i < doc->places->len; i++)
    {
      MarsadPlace *place = g_ptr_array_index (doc->places, i);

      if (g_strcmp0 (place->id, id) == 0)
        return place;
    }
  return NULL;
}

MarsadEvent *
marsad_document_find_event (const MarsadDocument *doc,
                            const char           *id)
{
  g_return_val_if_fail (doc != NULL, NULL);

  for (guint i = 0; id != NULL && i < doc->events->len; i++)
    {
      MarsadEvent *event = g_ptr_array_index (doc->events, i);

      if (g_strcmp0 (event->id, id) == 0)
        return event;
    }
  return NULL;
}

MarsadPlace *
marsad_place_new (void)
{
  MarsadPlace *place = g_new0 (MarsadPlace, 1);

  place->mentions = g_array_new (FALSE, FALSE, sizeof (MarsadMention));
  return place;
}

void
marsad_place_free (MarsadPlace *place)
{
  if (place == NULL)
    return;

  g_free (place->id);
  g_free (place->name);
  g_free (place->name_en);
  g_free (place->kind);
  g_free (place->country);
  g_free (place->admin1);
  g_free (place->source_id);
  g_clear_pointer (&place->mentions, g_array_unref);
  g_free (place);
}

/* event site > actor > dateline > context: what the map should show. */
MarsadMentionRole
marsad_place_strongest_role (const MarsadPlace *place)
{
  static const int rank[] = {
    [MARSAD_ROLE_CONTEXT] = 0,
    [MARSAD_ROLE_DATELINE] = 1,
    [MARSAD_ROLE_ACTOR] = 2,
    [MARSAD_ROLE_EVENT_SITE] = 3,
  };
  MarsadMentionRole best = MARSAD_ROLE_CONTEXT;

  g_return_val_if_fail (place != NULL, MARSAD_ROLE_CONTEXT);

  for (guint i = 0; i < place->mentions->len; i++)
    {
      MarsadMentionRole role = g_array_index (place->mentions, MarsadMention, i).role;

      if (rank[role] > rank[best])
        best = role;
    }
  return best;
}

MarsadEvent *
marsad_event_new (void)
{
  MarsadEvent *event = g_new0 (MarsadEvent, 1);

  event->actors = g_ptr_array_new_with_free_func (g_free);
  event->fatality_reports = g_ptr_array_new_with_free_func ((GDestroyNotify) marsad_casualty_report_free);
  event->injury_reports = g_ptr_array_new_with_free_func ((GDestroyNotify) marsad_casualty_report_free);
  return event;
}

void
marsad_event_free (MarsadEvent *event)
{
  if (event == NULL)
    return;

  g_free (event->id);
  g_free (event->type);
  g_free (event->sub_type);
  g_free (event->date_start);
  g_free (event->date_end);
  g_free (event->date_text);
  g_free (event->place_id);
  g_clear_pointer (&event->actors, g_ptr_array_unref);
  g_clear_pointer (&event->fatality_reports, g_ptr_array_unref);
  g_clear_pointer (&event->injury_reports, g_ptr_array_unref);
  g_free (event);
}

gboolean
marsad_event_get_fatalities (const MarsadEvent *event,
                             int               *min,
                             int               *max)
{
  int lo = G_MAXINT;
  int hi = -1;

  g_return_val_if_fail (event != NULL, FALSE);

  for (guint i = 0; i < event->fatality_reports->len; i++)
    {
      const MarsadCasualtyReport *r = g_ptr_array_index (event->fatality_reports, i);

      if (r->count < 0)
        continue;
      lo = MIN (lo, r->count);
      hi = MAX (hi, r->count);
    }
  if (hi < 0)
    return FALSE;
  if (min != NULL)
    *min = lo;
  if (max != NULL)
    *max = hi;
  return TRUE;
}

MarsadCasualtyReport *
marsad_casualty_report_new (int         count,
                            const char *source,
                            guint       start,
                            guint       end)
{
  MarsadCasualtyReport *report = g_new0 (MarsadCasualtyReport, 1);

  report->count = count;
  report->source = g_strdup (source);
  report->start = start;
  report->end = end;
  return report;
}

void
marsad_casualty_report_free (MarsadCasualtyReport *report)
{
  if (report == NULL)
    return;
  g_free (report->source);
  g_free (report);
}

MarsadStatement *
marsad_statement_new (void)
{
  MarsadStatement *statement = g_new0 (MarsadStatement, 1);

  statement->event_ids = g_ptr_array_new_with_free_func (g_free);
  statement->place_ids = g_ptr_array_new_with_free_func (g_free);
  return statement;
}

void
marsad_statement_free (MarsadStatement *statement)
{
  if (statement == NULL)
    return;

  g_free (statement->speaker);
  g_free (statement->text);
  g_clear_pointer (&statement->event_ids, g_ptr_array_unref);
  g_clear_pointer (&statement->place_ids, g_ptr_array_unref);
  g_free (statement);
}
