/* test-window-text.c: dates, directions and faces as the interface writes them
 *
 * The publication date and event dates have no space-padded day numbers and
 * take their month names from Marsad's translations; "Week of" is only for
 * a week; an English name inside an Arabic row is set in a sans face.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "gui-test-support.h"
#include "marsad-application.h"
#include "marsad-display-dates.h"
#include "marsad-event-list.h"
#include "marsad-place-list.h"
#include "marsad-place-panel.h"
#include "marsad-window.h"

static MarsadApplication *app;

/* MARSAD_SCREENSHOT_DIR=DIR saves the screen at the steps worth looking
 * at (run with LANGUAGE=ar for the Arabic interface). */
static void
test_publication_date (void)
{
  const char *dir = g_getenv ("MARSAD_DATA_DIR");
  g_autofree char *path = g_build_filename (dir != NULL ? dir : SOURCE_DATADIR, "sample-article.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  MarsadWindow *window = marsad_window_new (app);
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  GtkLabel *label;
  GDate date;

  gtk_window_present (GTK_WINDOW (window));
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 5, G_DATE_MARCH, 2024);
  marsad_window_load_file (window, file, &date);
  while (marsad_window_is_busy (window) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  label = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (window), MARSAD_TYPE_WINDOW, "date_label"));
  g_assert_cmpstr (gtk_label_get_label (label), ==, "Published Tuesday 5 March 2024");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_event_dates (void)
{
  g_autoptr(GDate) date = g_date_new_dmy (1, G_DATE_JANUARY, 2024);
  MarsadEvent event = { 0 };
  g_autofree char *day = NULL;
  g_autofree char *week = NULL;
  g_autofree char *month = NULL;
  g_autofree char *long_date = marsad_display_long_date (date);

  event.date_start = (char *) "2024-03-05";
  event.time_precision = MARSAD_TIME_PRECISION_DAY;
  day = marsad_format_event_date (&event);
  g_assert_cmpstr (day, ==, "5 Mar 2024");
  event.time_precision = MARSAD_TIME_PRECISION_WEEK;
  week = marsad_format_event_date (&event);
  g_assert_cmpstr (week, ==, "About 5 Mar 2024");
  event.date_start = (char *) "2024-11";
  event.time_precision = MARSAD_TIME_PRECISION_MONTH;
  month = marsad_format_event_date (&event);
  g_assert_cmpstr (month, ==, "November 2024");
  g_assert_cmpstr (long_date, ==, "Monday 1 January 2024");
}

static MarsadCasualtyReport *
report (int      count,
        gboolean vague)
{
  MarsadCasualtyReport *r = marsad_casualty_report_new (count, NULL, 0, 0);

  r->vague = vague;
  return r;
}

/* "Week of" is for seven days; a shorter range reads as its days */
static void
test_event_ranges (void)
{
  static const struct
  {
    const char          *start;
    const char          *end;
    MarsadTimePrecision  precision;
    const char          *want;
  } cases[] = {
    { "2024-05-22", "2024-05-23", MARSAD_TIME_PRECISION_WEEK, "22–23 May 2024" },
    { "2024-05-22", "2024-05-23", MARSAD_TIME_PRECISION_DAY, "22–23 May 2024" },
    { "2024-03-05", "2024-03-11", MARSAD_TIME_PRECISION_WEEK, "Week of 5 Mar 2024" },
    { "2024-03-05", "2024-03-14", MARSAD_TIME_PRECISION_WEEK, "5–14 Mar 2024" },
    { "2024-04-30", "2024-05-02", MARSAD_TIME_PRECISION_WEEK, "30 Apr – 2 May 2024" },
    { "2023-12-30", "2024-01-02", MARSAD_TIME_PRECISION_WEEK, "30 Dec 2023 – 2 Jan 2024" },
    { "2024-05-22", "2024-05-22", MARSAD_TIME_PRECISION_DAY, "22 May 2024" },
    { "2024-05-22", "2024-05-22", MARSAD_TIME_PRECISION_WEEK, "About 22 May 2024" },
    /* an end before the start is not a range */
    { "2024-05-22", "2024-05-20", MARSAD_TIME_PRECISION_DAY, "22 May 2024" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      MarsadEvent event = { 0 };
      g_autofree char *said = NULL;

      event.date_start = (char *) cases[i].start;
      event.date_end = (char *) cases[i].end;
      event.time_precision = cases[i].precision;
      said = marsad_format_event_date (&event);
      g_assert_cmpstr (said, ==, cases[i].want);
    }
}

/* A vague figure reads as a word ("Tens killed"), an exact one as a number;
 * the lowest figure decides, as ACLED codes it. */
static void
test_casualty_words (void)
{
  static const struct
  {
    int         killed[2];      /* counts, 0 ends */
    gboolean    killed_vague[2];
    int         injured;        /* 0: none */
    gboolean    injured_vague;
    const char *want;
  } cases[] = {
    { { 10 }, { TRUE }, 0, FALSE, "Tens killed" },
    { { 100 }, { TRUE }, 0, FALSE, "Hundreds killed" },
    { { 1000 }, { TRUE }, 0, FALSE, "Thousands killed" },
    { { 3 }, { TRUE }, 0, FALSE, "A few killed" },
    { { 10 }, { FALSE }, 0, FALSE, "10 killed" },
    /* an exact report of the same figure is a number */
    { { 10, 10 }, { TRUE, FALSE }, 0, FALSE, "10 killed" },
    { { 10, 25 }, { TRUE, FALSE }, 0, FALSE, "Tens killed, up to 25" },
    { { 25, 100 }, { FALSE, TRUE }, 0, FALSE, "25–100 killed" },
    { { 10 }, { TRUE }, 100, TRUE, "Tens killed · hundreds injured" },
    { { 0 }, { FALSE }, 10, TRUE, "tens injured" },
    { { 2 }, { FALSE }, 4, FALSE, "2 killed · 4 injured" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MarsadEvent) event = marsad_event_new ();
      g_autofree char *said = NULL;

      for (guint k = 0; k < G_N_ELEMENTS (cases[i].killed) && cases[i].killed[k] > 0; k++)
        g_ptr_array_add (event->fatality_reports, report (cases[i].killed[k], cases[i].killed_vague[k]));
      if (cases[i].injured > 0)
        g_ptr_array_add (event->injury_reports, report (cases[i].injured, cases[i].injured_vague));
      said = marsad_format_casualties (event);
      g_assert_cmpstr (said, ==, cases[i].want);
    }
}

/* The family of the face Pango chose for the first character of run_text
 * in the label's layout. */
static char *
family_of (GtkLabel   *label,
           const char *run_text)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  const char *text = pango_layout_get_text (layout);
  const char *at = strstr (text, run_text);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  char *family = NULL;

  g_assert_nonnull (at);
  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);

      if (run != NULL && at - text >= run->item->offset && at - text < run->item->offset + run->item->length)
        {
          PangoFontDescription *desc = pango_font_describe (run->item->analysis.font);

          family = g_strdup (pango_font_description_get_family (desc));
          pango_font_description_free (desc);
        }
    }
  while (family == NULL && pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);
  return family;
}

/* Usable at 800×600 and at 600 wide: the timeline folds over the map. */
static void
test_narrow_window (void)
{
  const char *dir = g_getenv ("MARSAD_DATA_DIR");
  g_autofree char *path = g_build_filename (dir != NULL ? dir : SOURCE_DATADIR, "sample-article.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  MarsadWindow *window = marsad_window_new (app);
  AdwFlap *flap = ADW_FLAP (gtk_widget_get_template_child (GTK_WIDGET (window), MARSAD_TYPE_WINDOW, "side_flap"));
  GtkWidget *map = marsad_window_get_map_view (window);
  GtkWidget *side_button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), MARSAD_TYPE_WINDOW,
                                                                      "side_button"));
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  const guint widths[] = { 1280, 800, 600 };
  int minimum;

  gtk_window_present (GTK_WINDOW (window));
  marsad_window_load_file (window, file, NULL);
  while (marsad_window_is_busy (window) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_test_message ("minimum width %d", minimum);

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      gtk_window_set_default_size (GTK_WINDOW (window), (int) widths[i], 600);
      gui_test_spin (300);
      g_test_message ("%u: window %d, map %d, folded %d", widths[i], gtk_widget_get_width (GTK_WIDGET (window)),
                      gtk_widget_get_width (map), adw_flap_get_folded (flap));
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, (int) widths[i]);
      g_assert_cmpint (gtk_widget_get_width (map), >=, 200);
      if (widths[i] == 1280)
        g_assert_false (adw_flap_get_folded (flap));
      /* folded, the header has the button that shows the timeline (it
       * follows the fold from an idle: wait for it, a second at most) */
      {
        gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC;

        while (gtk_widget_get_visible (side_button) != adw_flap_get_folded (flap) &&
               g_get_monotonic_time () < until)
          g_main_context_iteration (NULL, FALSE);
      }
      g_assert_true (gtk_widget_get_visible (side_button) == adw_flap_get_folded (flap));
      {
        g_autofree char *name = g_strdup_printf ("width-%u.png", widths[i]);

        gui_test_screenshot (name);
      }
    }
  g_assert_true (adw_flap_get_folded (flap));
  g_assert_false (adw_flap_get_reveal_flap (flap));
  /* a place chosen on the map shows its panel over it */
  marsad_window_select_place (window, ((MarsadPlace *) g_ptr_array_index (
    marsad_analysis_get_document (marsad_window_get_analysis (window))->places, 0))->id);
  g_assert_true (adw_flap_get_reveal_flap (flap));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_latin_in_sans (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *label = gtk_label_new ("Fallujah · الفلوجة");
  g_autofree char *latin = NULL;
  g_autofree char *arabic = NULL;

  /* as the timeline, the panel and the place list style their names */
  gtk_widget_add_css_class (label, "arabic");
  gtk_window_set_child (GTK_WINDOW (window), label);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_spin (100);
  latin = family_of (GTK_LABEL (label), "Fallujah");
  arabic = family_of (GTK_LABEL (label), "الفلوجة");
  g_test_message ("Latin in %s, Arabic in %s", latin, arabic);
  g_assert_nonnull (latin);
  g_assert_null (strstr (latin, "Serif"));
  g_assert_null (strstr (latin, "Naskh"));
  g_assert_nonnull (arabic);
  g_assert_nonnull (strstr (arabic, "Arabic"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A file that cannot be opened: the toast says so in plain words, and the
 * reason is one click away. */
static void
test_error_details (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("marsad-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "broken.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  MarsadWindow *window = marsad_window_new (app);
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  AdwToast *toast;
  GListModel *toplevels = gtk_window_get_toplevels ();
  AdwMessageDialog *dialog = NULL;

  g_assert_true (g_file_set_contents (path, "\xff\xfe\x00\x01 not text \x80\x81", 16, &error));
  gtk_window_present (GTK_WINDOW (window));
  marsad_window_load_file (window, file, NULL);
  while (marsad_window_is_busy (window) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  toast = marsad_window_get_last_toast (window);
  g_assert_nonnull (toast);
  g_test_message ("toast: %s; details: %s", adw_toast_get_title (toast), marsad_window_get_last_error (window));
  gui_test_screenshot ("error-toast.png");
  if (gtk_widget_get_default_direction () == GTK_TEXT_DIR_LTR)
    g_assert_cmpstr (adw_toast_get_title (toast), ==, "\u200e" "Could not open \u201c\u2068broken.txt\u2069\u201d");
  g_assert_nonnull (adw_toast_get_button_label (toast));
  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, "win.show-error-details");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-error-details", NULL));
  gui_test_spin (50);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && dialog == NULL; i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_window_get_transient_for (w) == GTK_WINDOW (window))
        dialog = ADW_MESSAGE_DIALOG (w);
    }
  g_assert_nonnull (dialog);
  gui_test_screenshot ("error-details.png");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, marsad_window_get_last_error (window));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "broken.txt"));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), !=, "Could not open \u201c\u2068broken.txt\u2069\u201d");
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

/* A place the gazetteer does not know keeps its Arabic name: the extractor's
 * romanisation is never shown as if it were an English name. */
static void
test_no_machine_transliteration (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("marsad-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "village.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  MarsadWindow *window = marsad_window_new (app);
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  MarsadPlacePanel *panel = MARSAD_PLACE_PANEL (marsad_window_get_place_panel (window));
  MarsadDocument *doc;
  const MarsadPlace *unknown = NULL, *known = NULL;

  /* our own sentence: a village no gazetteer lists, near a city one does */
  g_assert_true (g_file_set_contents (path, "الموصل - قصفت طائرات مسيرة قرية أم الشويجات قرب مدينة الموصل "
                                      "أمس، وقتل ثلاثة مدنيين.\n", -1, &error));
  gtk_window_present (GTK_WINDOW (window));
  marsad_window_load_file (window, file, NULL);
  while (marsad_window_is_busy (window) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  doc = marsad_analysis_get_document (marsad_window_get_analysis (window));
  for (guint i = 0; i < doc->places->len; i++)
    {
      const MarsadPlace *place = g_ptr_array_index (doc->places, i);

      if (place->approximate)
        unknown = place;
      else
        known = place;
    }
  if (unknown == NULL || unknown->name_en == NULL)
    {
      g_test_skip ("the extractor found no unknown place in the sentence");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  g_assert_nonnull (known);
  g_test_message ("%s romanised as %s", unknown->name, unknown->name_en);
  g_assert_null (marsad_place_english_name (unknown));
  g_assert_cmpstr (marsad_place_english_name (known), ==, known->name_en);

  marsad_window_select_place (window, unknown->id);
  g_test_message ("panel: %s", marsad_place_panel_get_summary (panel));
  g_assert_null (strstr (marsad_place_panel_get_summary (panel), unknown->name_en));
  g_assert_false (g_str_has_prefix (marsad_place_panel_get_summary (panel), " "));
  marsad_window_select_place (window, known->id);
  g_assert_true (g_str_has_prefix (marsad_place_panel_get_summary (panel), known->name_en));
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = gui_test_init (&argc, &argv);

  g_test_add_func ("/text/publication-date", test_publication_date);
  g_test_add_func ("/text/event-dates", test_event_dates);
  g_test_add_func ("/text/event-ranges", test_event_ranges);
  g_test_add_func ("/text/casualty-words", test_casualty_words);
  g_test_add_func ("/text/latin-in-sans", test_latin_in_sans);
  g_test_add_func ("/layout/narrow-window", test_narrow_window);
  g_test_add_func ("/text/error-details", test_error_details);
  g_test_add_func ("/text/no-machine-transliteration", test_no_machine_transliteration);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
