/* marsad-window-history.c: undo, redo and unsaved corrections
 *
 * Before each correction (a place moved or removed, an event edited, a new
 * publication date) the document is kept as its saved-analysis JSON: the
 * same form Save writes and Open reads back identical, so undoing is
 * reopening that state. Articles are small; a snapshot is tens of kB.
 *
 * Each state has a serial number; the window has unsaved changes when the
 * state shown is not the one last saved (undoing back to it clears the
 * mark). Closing with unsaved changes asks first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "marsad-document-json.h"
#include "marsad-window-private.h"

typedef struct
{
  char  *json;
  guint  serial;
} Snapshot;

static void
snapshot_free (Snapshot *snapshot)
{
  g_free (snapshot->json);
  g_free (snapshot);
}

static Snapshot *
snapshot_take (MarsadWindow *self)
{
  Snapshot *snapshot = g_new0 (Snapshot, 1);

  snapshot->json = marsad_document_to_json_string (marsad_window_get_document (self),
                                                   MARSAD_JSON_SAVED_ANALYSIS, FALSE);
  snapshot->serial = self->serial;
  return snapshot;
}

static void
history_changed (MarsadWindow *self)
{
  marsad_window_update_actions (self);
  marsad_window_update_title (self);
}

void
marsad_window_reset_history (MarsadWindow *self)
{
  if (self->undo_stack == NULL)
    {
      self->undo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) snapshot_free);
      self->redo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) snapshot_free);
    }
  g_ptr_array_set_size (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  self->serial = ++self->next_serial;
  self->saved_serial = self->serial;
  g_clear_pointer (&self->save_path, g_free);
  history_changed (self);
}

void
marsad_window_free_history (MarsadWindow *self)
{
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->save_path, g_free);
}

void
marsad_window_begin_change (MarsadWindow *self)
{
  if (marsad_window_get_document (self) == NULL)
    return;
  g_ptr_array_add (self->undo_stack, snapshot_take (self));
  g_ptr_array_set_size (self->redo_stack, 0);
  self->serial = ++self->next_serial;
  history_changed (self);
}

void
marsad_window_mark_saved (MarsadWindow *self,
                          const char   *path)
{
  self->saved_serial = self->serial;
  if (path != NULL && g_strcmp0 (path, self->save_path) != 0)
    {
      g_free (self->save_path);
      self->save_path = g_strdup (path);
    }
  history_changed (self);
}

gboolean
marsad_window_has_unsaved_changes (MarsadWindow *self)
{
  g_return_val_if_fail (MARSAD_IS_WINDOW (self), FALSE);
  return marsad_window_get_document (self) != NULL && self->serial != self->saved_serial;
}

gboolean
marsad_window_can_undo (MarsadWindow *self)
{
  return self->undo_stack != NULL && self->undo_stack->len > 0 && marsad_window_get_document (self) != NULL;
}

gboolean
marsad_window_can_redo (MarsadWindow *self)
{
  return self->redo_stack != NULL && self->redo_stack->len > 0 && marsad_window_get_document (self) != NULL;
}

/* Moves the top of from back into the document and the current state onto to. */
static gboolean
step (MarsadWindow *self,
      GPtrArray    *from,
      GPtrArray    *to)
{
  g_autoptr(GError) error = NULL;
  Snapshot *target;
  MarsadDocument *doc;

  if (from->len == 0 || marsad_window_get_document (self) == NULL)
    return FALSE;
  target = g_ptr_array_index (from, from->len - 1);
  doc = marsad_document_from_json_data (_("Undo history"), target->json, strlen (target->json), &error);
  if (doc == NULL)
    {
      /* cannot happen with JSON we wrote; say so rather than lose the state */
      marsad_window_show_error (self, error->message);
      return FALSE;
    }
  g_ptr_array_add (to, snapshot_take (self));
  self->serial = target->serial;
  g_ptr_array_remove_index (from, from->len - 1);
  marsad_analysis_replace_document (self->analysis, doc);
  history_changed (self);
  return TRUE;
}

gboolean
marsad_window_undo (MarsadWindow *self)
{
  g_return_val_if_fail (MARSAD_IS_WINDOW (self), FALSE);
  return self->undo_stack != NULL && step (self, self->undo_stack, self->redo_stack);
}

gboolean
marsad_window_redo (MarsadWindow *self)
{
  g_return_val_if_fail (MARSAD_IS_WINDOW (self), FALSE);
  return self->redo_stack != NULL && step (self, self->redo_stack, self->undo_stack);
}

/* Closing with unsaved corrections ---------------------------------------- */

/* After the dialog has closed itself: closing the window from inside the
 * response would destroy the dialog while it still runs it. */
static gboolean
close_later_cb (gpointer user_data)
{
  g_autoptr(MarsadWindow) self = user_data;

  gtk_window_close (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
close_later (MarsadWindow *self)
{
  /* default priority: an idle could wait behind the map's drawing */
  g_idle_add_full (G_PRIORITY_DEFAULT, close_later_cb, g_object_ref (self), NULL);
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   MarsadWindow     *self)
{
  self->close_dialog = NULL;
  if (g_str_equal (response, "discard"))
    {
      self->discard_on_close = TRUE;
      close_later (self);
    }
  else if (g_str_equal (response, "save"))
    {
      g_autoptr(GError) error = NULL;

      if (self->save_path == NULL)
        {
          /* the chooser closes the window once the analysis is saved */
          self->close_after_save = TRUE;
          gtk_widget_activate_action (GTK_WIDGET (self), "win.save-analysis", NULL);
        }
      else if (marsad_window_save_analysis (self, self->save_path, &error))
        close_later (self);
      else
        marsad_window_show_error (self, error->message);
    }
}

gboolean
marsad_window_confirm_close (MarsadWindow *self)
{
  MarsadDocument *doc = marsad_window_get_document (self);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (self->discard_on_close || !marsad_window_has_unsaved_changes (self))
    return TRUE;
  if (self->close_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->close_dialog));
      return FALSE;
    }
  /* the title is isolated: an Arabic title inside English text (and the
   * reverse) keeps the words around it in order */
  if (doc->title != NULL)
    body = g_strdup_printf (_("Your corrections to \u201c\u2068%s\u2069\u201d are not saved. "
                              "Closing the window without saving discards them."), doc->title);
  else
    body = g_strdup (_("Your corrections are not saved. Closing the window without saving discards them."));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save Corrections?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  self->close_dialog = GTK_WINDOW (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}

GtkWindow *
marsad_window_get_close_dialog (MarsadWindow *self)
{
  return self->close_dialog;
}
