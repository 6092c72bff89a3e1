/* test-window-undo.c: no correction is ever lost
 *
 * Every correction (move, remove, edit event, publication date) undoes and
 * redoes to exactly the document before and after it; the Remove toast
 * offers Undo; the title marks unsaved corrections; closing a window with
 * unsaved corrections asks, and Cancel, Discard and Save do what they say.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "gui-test-support.h"
#include "marsad-application.h"
#include "marsad-document-json.h"
#include "marsad-window.h"

static MarsadApplication *app;

/* MARSAD_SCREENSHOT_DIR=DIR saves the screen at the steps worth looking
 * at (run with LANGUAGE=ar for the Arabic interface). */
static MarsadWindow *
open_window (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  MarsadWindow *window = marsad_window_new (app);
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  GDate date;

  gtk_window_present (GTK_WINDOW (window));
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 12, G_DATE_MARCH, 2024);
  marsad_window_load_file (window, file, &date);
  while (marsad_window_is_busy (window) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  gui_test_spin (100);
  g_assert_nonnull (marsad_window_get_analysis (window));
  return window;
}

static MarsadWindow *
open_sample_window (void)
{
  const char *dir = g_getenv ("MARSAD_DATA_DIR");
  g_autofree char *path = g_build_filename (dir != NULL ? dir : SOURCE_DATADIR, "sample-article.txt", NULL);

  return open_window (path);
}

static MarsadDocument *
window_doc (MarsadWindow *window)
{
  return marsad_analysis_get_document (marsad_window_get_analysis (window));
}

static char *
window_json (MarsadWindow *window)
{
  return marsad_document_to_json_string (window_doc (window), MARSAD_JSON_SAVED_ANALYSIS, TRUE);
}

static gboolean
window_is_open (MarsadWindow *window)
{
  return g_list_find (gtk_application_get_windows (GTK_APPLICATION (app)), window) != NULL;
}

/* Whether the window closes within a second. */
static gboolean
window_closes (MarsadWindow *window)
{
  gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC;

  while (window_is_open (window) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  return !window_is_open (window);
}

static const MarsadPlace *
some_event_site (MarsadDocument *doc)
{
  for (guint i = 0; i < doc->events->len; i++)
    {
      const MarsadEvent *event = g_ptr_array_index (doc->events, i);

      if (event->place_id != NULL)
        return marsad_document_find_place (doc, event->place_id);
    }
  g_assert_not_reached ();
}

/* Undo gives back `before`, redo `after`, and undo again `before`. */
static void
check_undo_redo (MarsadWindow *window,
                 const char   *before,
                 const char   *after)
{
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autofree char *undone_again = NULL;

  g_assert_cmpstr (before, !=, after);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  undone = window_json (window);
  g_assert_cmpstr (undone, ==, before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  redone = window_json (window);
  g_assert_cmpstr (redone, ==, after);
  g_assert_true (marsad_window_undo (window));
  undone_again = window_json (window);
  g_assert_cmpstr (undone_again, ==, before);
}

static void
test_every_correction_undoes (void)
{
  MarsadWindow *window = open_sample_window ();
  g_autofree char *start = window_json (window);
  g_autoptr(GError) error = NULL;
  MarsadGazetteer *gazetteer = marsad_application_get_gazetteer (app, &error);
  MarsadGazetteerRecord record;
  g_autofree char *place_id = NULL;
  g_autofree char *event_id = NULL;

  g_assert_false (marsad_window_has_unsaved_changes (window));
  g_assert_false (marsad_window_undo (window));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "\u2022"));

  /* remove: the toast offers Undo, and the title marks the change */
  place_id = g_strdup (some_event_site (window_doc (window))->id);
  marsad_window_remove_place (window, place_id);
  g_assert_null (marsad_document_find_place (window_doc (window), place_id));
  g_assert_true (marsad_window_has_unsaved_changes (window));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "\u2022"));
  g_assert_nonnull (marsad_window_get_last_toast (window));
  g_assert_cmpstr (adw_toast_get_button_label (marsad_window_get_last_toast (window)), !=, NULL);
  g_assert_cmpstr (adw_toast_get_action_name (marsad_window_get_last_toast (window)), ==, "win.undo");
  gui_test_screenshot ("removed-toast.png");
  /* the English message keeps its direction around the Arabic name */
  g_assert_true (g_str_has_prefix (adw_toast_get_title (marsad_window_get_last_toast (window)), "\u200e"));
  {
    g_autofree char *removed = window_json (window);

    check_undo_redo (window, start, removed);
  }
  /* back where it was opened: nothing unsaved */
  g_assert_nonnull (marsad_document_find_place (window_doc (window), place_id));
  g_assert_false (marsad_window_has_unsaved_changes (window));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "\u2022"));

  /* move */
  g_assert_no_error (error);
  g_assert_true (marsad_gazetteer_get_country (gazetteer, "JO", &record));
  marsad_window_move_place (window, place_id, &record);
  {
    g_autofree char *moved = window_json (window);

    g_assert_cmpstr (marsad_document_find_place (window_doc (window), place_id)->name, ==, record.name_ar);
    check_undo_redo (window, start, moved);
  }

  /* edit an event */
  event_id = g_strdup (((MarsadEvent *) g_ptr_array_index (window_doc (window)->events, 0))->id);
  marsad_window_edit_event (window, event_id, "Protests", "2024-03-01", NULL);
  {
    g_autofree char *edited = window_json (window);

    g_assert_cmpstr (marsad_document_find_event (window_doc (window), event_id)->type, ==, "Protests");
    check_undo_redo (window, start, edited);
  }

  /* a new publication date */
  {
    g_autofree char *redated = NULL;
    GDate date;

    g_date_clear (&date, 1);
    g_date_set_dmy (&date, 20, G_DATE_APRIL, 2024);
    marsad_window_set_published (window, &date);
    redated = window_json (window);
    g_assert_cmpint (g_date_compare (window_doc (window)->published, &date), ==, 0);
    check_undo_redo (window, start, redated);
    g_assert_cmpint (g_date_get_day (window_doc (window)->published), ==, 12);
  }

  /* several corrections undo one by one, newest first */
  {
    g_autofree char *one = NULL;
    g_autofree char *now = NULL;

    marsad_window_remove_place (window, place_id);
    one = window_json (window);
    marsad_window_edit_event (window, event_id, "Riots", NULL, NULL);
    g_assert_true (marsad_window_undo (window));
    now = window_json (window);
    g_assert_cmpstr (now, ==, one);
    g_assert_true (marsad_window_undo (window));
    g_free (now);
    now = window_json (window);
    g_assert_cmpstr (now, ==, start);
    g_assert_false (marsad_window_undo (window));
    /* a new correction drops what could be redone */
    marsad_window_remove_place (window, place_id);
    g_assert_false (marsad_window_redo (window));
  }

  marsad_window_undo (window);
  gtk_window_destroy (GTK_WINDOW (window));
}

static AdwMessageDialog *
close_and_get_question (MarsadWindow *window)
{
  GtkWindow *dialog;

  gtk_window_close (GTK_WINDOW (window));
  gui_test_spin (50);
  g_assert_true (window_is_open (window));
  dialog = marsad_window_get_close_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  return ADW_MESSAGE_DIALOG (dialog);
}

static void
test_close_asks (void)
{
  MarsadWindow *window = open_sample_window ();
  MarsadDocument *doc = window_doc (window);
  g_autofree char *first = g_strdup (some_event_site (doc)->id);
  AdwMessageDialog *dialog;

  /* nothing changed: it just closes */
  {
    MarsadWindow *other = open_sample_window ();

    gtk_window_close (GTK_WINDOW (other));
    g_assert_true (window_closes (other));
  }

  /* two edits, then Close: the question, and Cancel keeps both */
  marsad_window_remove_place (window, first);
  marsad_window_edit_event (window, ((MarsadEvent *) g_ptr_array_index (window_doc (window)->events, 0))->id,
                            "Protests", NULL, NULL);
  dialog = close_and_get_question (window);
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  gui_test_screenshot ("close-question.png");
  adw_message_dialog_response (dialog, "cancel");
  gui_test_spin (50);
  g_assert_true (window_is_open (window));
  g_assert_null (marsad_document_find_place (window_doc (window), first));
  g_assert_cmpstr (((MarsadEvent *) g_ptr_array_index (window_doc (window)->events, 0))->type, ==, "Protests");
  g_assert_true (marsad_window_has_unsaved_changes (window));

  /* Discard closes */
  dialog = close_and_get_question (window);
  adw_message_dialog_response (dialog, "discard");
  g_assert_true (window_closes (window));
}

static void
test_close_saves (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("marsad-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "sample.marsad.json", NULL);
  MarsadWindow *window = open_sample_window ();
  g_autofree char *place_id = g_strdup (some_event_site (window_doc (window))->id);
  g_autofree char *edited = NULL;
  g_autofree char *saved = NULL;
  AdwMessageDialog *dialog;

  g_assert_no_error (error);
  /* saved once: the question's Save writes there */
  g_assert_true (marsad_window_save_analysis (window, path, &error));
  g_assert_no_error (error);
  g_assert_false (marsad_window_has_unsaved_changes (window));
  marsad_window_remove_place (window, place_id);
  edited = window_json (window);
  dialog = close_and_get_question (window);
  adw_message_dialog_response (dialog, "save");
  g_assert_true (window_closes (window));

  /* the file holds the edit: reopened, it is the same document */
  window = open_window (path);
  saved = window_json (window);
  g_assert_cmpstr (saved, ==, edited);
  g_assert_null (marsad_document_find_place (window_doc (window), place_id));
  /* an opened analysis saves back to its file */
  marsad_window_edit_event (window, ((MarsadEvent *) g_ptr_array_index (window_doc (window)->events, 0))->id,
                            "Riots", NULL, NULL);
  dialog = close_and_get_question (window);
  adw_message_dialog_response (dialog, "save");
  g_assert_true (window_closes (window));
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, "\"Riots\""));
  }

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = gui_test_init (&argc, &argv);

  g_test_add_func ("/undo/every-correction-undoes", test_every_correction_undoes);
  g_test_add_func ("/undo/close-asks", test_close_asks);
  g_test_add_func ("/undo/close-saves", test_close_saves);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
