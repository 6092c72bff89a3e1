/* marsad-window-corrections.c: the user's fixes to what the extraction got wrong
 *
 * A place moved to another gazetteer record or removed, an event's type,
 * date or place edited: the document changes in place and the analysis
 * says so, and every view follows through marsad_window_refresh().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "marsad-correction-dialogs.h"
#include "marsad-window-private.h"

static void
place_moved_cb (const char                  *place_id,
                const MarsadGazetteerRecord *record,
                gpointer                     user_data)
{
  MarsadWindow *self = user_data;
  MarsadDocument *doc = marsad_window_get_document (self);
  MarsadPlace *place = doc != NULL ? marsad_document_find_place (doc, place_id) : NULL;

  if (place == NULL)
    return;
  marsad_correction_move_place (place, record);
  marsad_analysis_changed (self->analysis);
  marsad_map_widget_fly_to_place (self->map_view, place);
}

void
marsad_window_move_place_cb (MarsadWindow *self,
                             const char   *place_id)
{
  g_autoptr(GError) error = NULL;
  MarsadGazetteer *gazetteer = marsad_application_get_gazetteer (marsad_window_get_app (self), &error);
  MarsadDocument *doc = marsad_window_get_document (self);
  MarsadPlace *place = doc != NULL ? marsad_document_find_place (doc, place_id) : NULL;

  if (gazetteer == NULL)
    {
      marsad_window_show_error (self, error->message);
      return;
    }
  if (place != NULL)
    gtk_window_present (marsad_move_place_dialog_new (GTK_WINDOW (self), gazetteer, place,
                                                      place_moved_cb, self));
}

void
marsad_window_remove_place_cb (MarsadWindow *self,
                               const char   *place_id)
{
  MarsadDocument *doc = marsad_window_get_document (self);
  MarsadPlace *place = doc != NULL ? marsad_document_find_place (doc, place_id) : NULL;
  g_autofree char *message = NULL;

  if (place == NULL)
    return;
  message = g_strdup_printf (_("“%s” removed"), place->name);
  marsad_correction_remove_place (doc, place_id);
  marsad_analysis_changed (self->analysis);
  marsad_window_show_info (self, message);
}

static void
event_edited_cb (const char *event_id,
                 const char *type,
                 const char *date,
                 const char *place_id,
                 gpointer    user_data)
{
  MarsadWindow *self = user_data;
  MarsadDocument *doc = marsad_window_get_document (self);
  MarsadEvent *event = doc != NULL ? marsad_document_find_event (doc, event_id) : NULL;

  if (event == NULL)
    return;
  g_free (event->type);
  event->type = g_strdup (type);
  if (g_strcmp0 (event->date_start, date) != 0)
    {
      g_free (event->date_start);
      g_free (event->date_end);
      event->date_start = g_strdup (date);
      event->date_end = g_strdup (date);
      event->time_precision = date == NULL ? MARSAD_TIME_PRECISION_UNKNOWN
                              : strlen (date) == 10 ? MARSAD_TIME_PRECISION_DAY
                              : strlen (date) == 7 ? MARSAD_TIME_PRECISION_MONTH
                              : MARSAD_TIME_PRECISION_YEAR;
    }
  g_free (event->place_id);
  event->place_id = g_strdup (place_id);
  marsad_analysis_changed (self->analysis);
  marsad_window_select_event (self, event_id);
}

void
marsad_window_edit_event_cb (MarsadWindow *self,
                             const char   *event_id)
{
  MarsadDocument *doc = marsad_window_get_document (self);
  MarsadEvent *event = doc != NULL ? marsad_document_find_event (doc, event_id) : NULL;

  if (event != NULL)
    gtk_window_present (marsad_edit_event_dialog_new (GTK_WINDOW (self), doc, event,
                                                      event_edited_cb, self));
}
