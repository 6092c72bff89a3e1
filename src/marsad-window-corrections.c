/* marsad-window-corrections.c: the user's fixes to what the extraction got wrong
 *
 * A place moved to another gazetteer record or removed, an event's type,
 * date or place edited: the document changes in place and the analysis
 * says so, and every view follows through marsad_window_refresh(). Each
 * correction first keeps the document for undo (marsad-window-history.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "marsad-correction-dialogs.h"
#include "marsad-window-private.h"

void
marsad_window_move_place (MarsadWindow                *self,
                          const char                  *place_id,
                          const MarsadGazetteerRecord *record)
{
  MarsadDocument *doc = marsad_window_get_document (self);
  MarsadPlace *place = doc != NULL ? marsad_document_find_place (doc, place_id) : NULL;

  g_return_if_fail (MARSAD_IS_WINDOW (self));
  g_return_if_fail (record != NULL);

  if (place == NULL)
    return;
  marsad_window_begin_change (self);
  marsad_correction_move_place (place, record);
  marsad_analysis_changed (self->analysis);
  /* the refresh may have made a new document: look the place up again */
  place = marsad_document_find_place (marsad_window_get_document (self), place_id);
  if (place != NULL)
    marsad_map_widget_fly_to_place (self->map_view, place);
}

static void
place_moved_cb (const char                  *place_id,
                const MarsadGazetteerRecord *record,
                gpointer                     user_data)
{
  marsad_window_move_place (MARSAD_WINDOW (user_data), place_id, record);
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
marsad_window_remove_place (MarsadWindow *self,
                            const char   *place_id)
{
  MarsadDocument *doc = marsad_window_get_document (self);
  MarsadPlace *place = doc != NULL ? marsad_document_find_place (doc, place_id) : NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  g_return_if_fail (MARSAD_IS_WINDOW (self));

  if (place == NULL)
    return;
  /* the Arabic name is isolated so that the English words keep their order */
  message = g_strdup_printf (_("\u201c\u2068%s\u2069\u201d removed"), place->name);
  marsad_window_begin_change (self);
  marsad_correction_remove_place (doc, place_id);
  marsad_analysis_changed (self->analysis);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  marsad_window_add_toast (self, toast);
}

void
marsad_window_remove_place_cb (MarsadWindow *self,
                               const char   *place_id)
{
  marsad_window_remove_place (self, place_id);
}

void
marsad_window_edit_event (MarsadWindow *self,
                          const char   *event_id,
                          const char   *type,
                          const char   *date,
                          const char   *place_id)
{
  MarsadDocument *doc = marsad_window_get_document (self);
  MarsadEvent *event = doc != NULL ? marsad_document_find_event (doc, event_id) : NULL;
  g_autofree char *id = g_strdup (event_id);

  g_return_if_fail (MARSAD_IS_WINDOW (self));

  if (event == NULL)
    return;
  marsad_window_begin_change (self);
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
  marsad_window_select_event (self, id);
}

static void
event_edited_cb (const char *event_id,
                 const char *type,
                 const char *date,
                 const char *place_id,
                 gpointer    user_data)
{
  marsad_window_edit_event (MARSAD_WINDOW (user_data), event_id, type, date, place_id);
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
