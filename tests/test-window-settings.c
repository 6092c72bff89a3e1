/* test-window-settings.c: every setting reaches the window, both ways
 *
 * Under Xvfb with the memory GSettings backend: each key set before a
 * window opens is what the window shows, each key changed while it is open
 * changes it, and what the window changes (its size, the menu's Show
 * Background Events) is saved. The Preferences switches show the same
 * values. Also: the UI model loads with the extractor it is handed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "gui-test-support.h"
#include "marsad-application.h"
#include "marsad-event-list.h"
#include "marsad-map-widget.h"
#include "marsad-preferences-window.h"
#include "marsad-window.h"

static MarsadApplication *app;

static gboolean
wait_loaded (MarsadWindow *window)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (marsad_window_is_busy (window) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  gui_test_spin (200);
  return !marsad_window_is_busy (window);
}

static GSettings *
reset_settings (void)
{
  GSettings *settings = marsad_application_get_settings (app);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_assert_nonnull (settings);
  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
  return settings;
}

static MarsadWindow *
open_sample_window (void)
{
  const char *dir = g_getenv ("MARSAD_DATA_DIR");
  g_autofree char *path = g_build_filename (dir != NULL ? dir : SOURCE_DATADIR, "sample-article.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  MarsadWindow *window = marsad_window_new (app);
  GDate date;

  gtk_window_present (GTK_WINDOW (window));
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 12, G_DATE_MARCH, 2024);
  marsad_window_load_file (window, file, &date);
  g_assert_true (wait_loaded (window));
  g_assert_nonnull (marsad_window_get_analysis (window));
  return window;
}

static void
test_window_size (void)
{
  GSettings *settings = reset_settings ();
  MarsadWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 640);
  window = marsad_window_new (app);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);

  /* the size it closes with is the size the next window opens with */
  gtk_window_present (GTK_WINDOW (window));
  gui_test_spin (100);
  gtk_window_set_default_size (GTK_WINDOW (window), 1010, 700);
  gui_test_spin (100);
  gtk_window_close (GTK_WINDOW (window));
  gui_test_spin (50);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1010);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

static void
test_basemap_style (void)
{
  GSettings *settings = reset_settings ();
  MarsadWindow *window;
  MarsadMapWidget *map;

  g_settings_set_enum (settings, "basemap-style", MARSAD_MAP_COLOR_SCHEME_DARK);
  window = open_sample_window ();
  map = MARSAD_MAP_WIDGET (marsad_window_get_map_view (window));
  g_assert_true (marsad_map_widget_get_dark (map));
  g_settings_set_enum (settings, "basemap-style", MARSAD_MAP_COLOR_SCHEME_LIGHT);
  g_assert_false (marsad_map_widget_get_dark (map));
  g_settings_set_enum (settings, "basemap-style", MARSAD_MAP_COLOR_SCHEME_DARK);
  g_assert_true (marsad_map_widget_get_dark (map));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_online_tiles (void)
{
  GSettings *settings = reset_settings ();
  MarsadWindow *window;
  MarsadMapWidget *map;

  g_settings_set_boolean (settings, "online-tiles", TRUE);
  window = marsad_window_new (app);
  map = MARSAD_MAP_WIDGET (marsad_window_get_map_view (window));
  g_assert_true (marsad_map_widget_get_online (map));
  g_settings_set_boolean (settings, "online-tiles", FALSE);
  g_assert_false (marsad_map_widget_get_online (map));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
action_state_boolean (MarsadWindow *window,
                      const char   *name)
{
  AdwHeaderBar *header = ADW_HEADER_BAR (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                       MARSAD_TYPE_WINDOW,
                                                                       "header_bar"));
  GtkWidget *button = gtk_toggle_button_new ();
  gboolean active;

  /* a toggle button shows a stateful action's state, as the menu's check
   * mark does */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), name);
  adw_header_bar_pack_end (header, button);
  gui_test_spin (20);
  active = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button));
  adw_header_bar_remove (header, button);
  return active;
}

static void
test_show_background (void)
{
  GSettings *settings = reset_settings ();
  MarsadWindow *window;
  MarsadEventList *list;
  MarsadPreferencesWindow *prefs;
  GtkSwitch *prefs_switch;
  guint n_all;

  window = open_sample_window ();
  list = MARSAD_EVENT_LIST (marsad_window_get_event_list (window));
  n_all = marsad_event_list_get_n_rows (list);
  g_assert_true (action_state_boolean (window, "win.show-background"));

  /* the key hides the background events in an open window */
  g_settings_set_boolean (settings, "show-background-events", FALSE);
  gui_test_spin (50);
  g_assert_false (action_state_boolean (window, "win.show-background"));
  g_test_message ("%u rows with background events, %u without", n_all, marsad_event_list_get_n_rows (list));
  g_assert_cmpuint (marsad_event_list_get_n_rows (list), <, n_all);

  /* the menu's toggle saves the key, and the Preferences switch agrees */
  prefs = marsad_preferences_window_new (GTK_WINDOW (window), settings);
  prefs_switch = GTK_SWITCH (marsad_preferences_window_get_background_events_switch (prefs));
  g_assert_false (gtk_switch_get_active (prefs_switch));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-background", NULL));
  gui_test_spin (50);
  g_assert_true (g_settings_get_boolean (settings, "show-background-events"));
  g_assert_true (gtk_switch_get_active (prefs_switch));
  g_assert_cmpuint (marsad_event_list_get_n_rows (list), ==, n_all);

  /* and the switch changes the window */
  gtk_switch_set_active (prefs_switch, FALSE);
  gui_test_spin (50);
  g_assert_false (g_settings_get_boolean (settings, "show-background-events"));
  g_assert_false (action_state_boolean (window, "win.show-background"));
  gtk_window_destroy (GTK_WINDOW (prefs));

  /* a new window opens with the saved choice */
  {
    MarsadWindow *second = open_sample_window ();

    g_assert_false (action_state_boolean (second, "win.show-background"));
    g_assert_cmpuint (marsad_event_list_get_n_rows (MARSAD_EVENT_LIST (marsad_window_get_event_list (second))),
                      <, n_all);
    gtk_window_destroy (GTK_WINDOW (second));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* the widget under root bound to the action name, or NULL */
static GtkWidget *
find_actionable (GtkWidget  *root,
                 const char *action_name)
{
  if (GTK_IS_ACTIONABLE (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_actionable (child, action_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_show_legend (void)
{
  GSettings *settings = reset_settings ();
  MarsadWindow *window = open_sample_window ();
  MarsadMapWidget *map = MARSAD_MAP_WIDGET (marsad_window_get_map_view (window));
  GtkWidget *header = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), MARSAD_TYPE_WINDOW,
                                                                 "header_bar"));
  GtkWidget *button = find_actionable (header, "win.show-legend");

  /* a toggle in the header bar, for win.show-legend, with words for it */
  g_assert_true (GTK_IS_TOGGLE_BUTTON (button));
  g_assert_nonnull (gtk_widget_get_tooltip_text (button));
  g_assert_true (gtk_widget_is_drawable (button));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_false (marsad_map_widget_get_show_legend (map));

  /* a click shows the legend and keeps the choice */
  g_signal_emit_by_name (button, "clicked");
  gui_test_spin (50);
  g_assert_true (marsad_map_widget_get_show_legend (map));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_true (g_settings_get_boolean (settings, "show-legend"));
  gui_test_screenshot ("window-legend.png");
  {
    MarsadWindow *second = open_sample_window ();

    g_assert_true (marsad_map_widget_get_show_legend (MARSAD_MAP_WIDGET (marsad_window_get_map_view (second))));
    gtk_window_destroy (GTK_WINDOW (second));
  }

  /* another click hides it; the key, changed elsewhere, shows it again */
  g_signal_emit_by_name (button, "clicked");
  gui_test_spin (50);
  g_assert_false (marsad_map_widget_get_show_legend (map));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_false (g_settings_get_boolean (settings, "show-legend"));
  g_settings_set_boolean (settings, "show-legend", TRUE);
  gui_test_spin (50);
  g_assert_true (marsad_map_widget_get_show_legend (map));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_open_recent (void)
{
  MarsadWindow *window;
  GMenuModel *submenu;
  g_autoptr(GMenuModel) section = NULL;

  reset_settings ();
  window = marsad_window_new (app);
  submenu = G_MENU_MODEL (gtk_widget_get_template_child (GTK_WIDGET (window), MARSAD_TYPE_WINDOW,
                                                         "recent_submenu"));
  g_assert_nonnull (submenu);
  /* Open Recent holds the application's list of recent articles */
  g_assert_cmpint (g_menu_model_get_n_items (submenu), ==, 1);
  section = g_menu_model_get_item_link (submenu, 0, G_MENU_LINK_SECTION);
  g_assert_true (section == marsad_application_get_recent_menu (app));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
analysis_loaded_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  MarsadAnalysis **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = marsad_analysis_load_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_analysis_extractor (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadExtractor) extractor = marsad_extractor_new (&error);
  g_autoptr(MarsadAnalysis) analysis = NULL;
  GDate date;

  g_assert_no_error (error);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 12, G_DATE_MARCH, 2024);
  /* the model is handed its extractor: no application involved */
  marsad_analysis_load_text_async (NULL, extractor, "test",
                                   "قصفت طائرات مسيّرة موقعاً في مدينة الموصل أمس، وقُتل ثلاثة أشخاص.",
                                   &date, NULL, NULL, analysis_loaded_cb, &analysis);
  while (analysis == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (marsad_analysis_get_document (analysis)->events->len, >, 0);
  g_assert_cmpuint (marsad_analysis_get_document (analysis)->places->len, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = gui_test_init (&argc, &argv);

  g_test_add_func ("/settings/window-size", test_window_size);
  g_test_add_func ("/settings/basemap-style", test_basemap_style);
  g_test_add_func ("/settings/online-tiles", test_online_tiles);
  g_test_add_func ("/settings/show-background", test_show_background);
  g_test_add_func ("/settings/show-legend", test_show_legend);
  g_test_add_func ("/settings/open-recent", test_open_recent);
  g_test_add_func ("/analysis/extractor-handed-in", test_analysis_extractor);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
