/* test-window-shortcuts.c: every advertised shortcut does something
 *
 * Reads the Keyboard Shortcuts window and, for each accelerator it lists,
 * finds the action it is bound to (application accelerators and the
 * window's own key bindings) and checks that the action exists and is
 * enabled on a window showing the sample with a place open. Then each
 * shortcut's action is run and its effect checked: Find selects and flies
 * to a hit, zoom, next and previous event, Escape, Ctrl+W.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "gui-test-support.h"
#include "marsad-application.h"
#include "marsad-event-list.h"
#include "marsad-map-widget.h"
#include "marsad-place-panel.h"
#include "marsad-window.h"

static MarsadApplication *app;

/* MARSAD_SCREENSHOT_DIR=DIR saves the screen at the steps worth looking
 * at (run with LANGUAGE=ar for the Arabic interface). */
static void
screenshot (const char *name)
{
  const char *dir = g_getenv ("MARSAD_SCREENSHOT_DIR");
  g_autofree char *path = NULL;
  g_autofree char *command = NULL;
  g_autoptr(GError) error = NULL;

  if (dir == NULL)
    return;
  gui_test_spin (300);
  path = g_build_filename (dir, name, NULL);
  command = g_strdup_printf ("import -window root '%s'", path);
  if (!g_spawn_command_line_sync (command, NULL, NULL, NULL, &error))
    g_test_message ("no screenshot: %s", error->message);
}

static MarsadDocument *
window_doc (MarsadWindow *window)
{
  return marsad_analysis_get_document (marsad_window_get_analysis (window));
}

/* The action bound to accel by the window's own key bindings, or NULL. */
static char *
find_window_binding (MarsadWindow *window,
                     guint         keyval,
                     GdkModifierType mods)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) && GTK_IS_NAMED_ACTION (action) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == mods)
            return g_strdup (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)));
        }
    }
  return NULL;
}

/* A button shows whether its action exists and is enabled: it is
 * insensitive otherwise. */
static gboolean
action_enabled (MarsadWindow *window,
                const char   *name)
{
  AdwHeaderBar *header = ADW_HEADER_BAR (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                       MARSAD_TYPE_WINDOW,
                                                                       "header_bar"));
  GtkWidget *button = gtk_button_new ();
  gboolean enabled;

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), name);
  adw_header_bar_pack_end (header, button);
  gui_test_spin (10);
  enabled = gtk_widget_get_sensitive (button);
  adw_header_bar_remove (header, button);
  return enabled;
}

static void
select_some_place (MarsadWindow *window)
{
  MarsadDocument *doc = window_doc (window);

  g_assert_cmpuint (doc->places->len, >, 0);
  marsad_window_select_place (window, ((MarsadPlace *) g_ptr_array_index (doc->places, 0))->id);
  gui_test_spin (50);
  g_assert_true (gtk_widget_get_visible (marsad_window_get_place_panel (window)));
}

static void
test_every_shortcut_has_an_action (void)
{
  MarsadWindow *window = gui_test_open_sample (app);
  GtkShortcutsWindow *overlay;
  guint n_checked = 0;
  GSList *shortcuts = NULL;

  /* not built with the window (start-up does not wait for it), but the
   * first time it is asked for */
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (action_enabled (window, "win.show-help-overlay"));
  overlay = marsad_window_ensure_help_overlay (window);
  g_assert_nonnull (overlay);
  g_assert_true (overlay == gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  /* two corrections, one undone: both Undo and Redo have work */
  {
    MarsadDocument *doc = window_doc (window);
    const MarsadEvent *event = g_ptr_array_index (doc->events, 0);
    g_autofree char *event_id = g_strdup (event->id);

    marsad_window_edit_event (window, event_id, "Protests", NULL, NULL);
    marsad_window_edit_event (window, event_id, "Riots", NULL, NULL);
    g_assert_true (marsad_window_undo (window));
  }
  select_some_place (window);

  /* every GtkShortcutsShortcut in the overlay, depth first */
  {
    GQueue queue = G_QUEUE_INIT;

    g_queue_push_tail (&queue, overlay);
    while (!g_queue_is_empty (&queue))
      {
        GtkWidget *widget = g_queue_pop_head (&queue);

        if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
          shortcuts = g_slist_prepend (shortcuts, widget);
        for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
             child = gtk_widget_get_next_sibling (child))
          g_queue_push_tail (&queue, child);
      }
  }
  g_assert_cmpuint (g_slist_length (shortcuts), >=, 15);

  for (GSList *l = shortcuts; l != NULL; l = l->next)
    {
      g_autofree char *accelerators = NULL;
      g_autofree char *title = NULL;
      g_auto(GStrv) accels = NULL;

      g_object_get (l->data, "accelerator", &accelerators, "title", &title, NULL);
      g_assert_nonnull (accelerators);
      accels = g_strsplit (accelerators, " ", -1);
      for (guint i = 0; accels[i] != NULL; i++)
        {
          g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), accels[i]);
          g_autofree char *binding = NULL;
          guint keyval;
          GdkModifierType mods;
          const char *action;

          if (accels[i][0] == '\0')
            continue;
          g_assert_true (gtk_accelerator_parse (accels[i], &keyval, &mods));
          /* F6 is GtkPaned's own key: it moves the focus to the next pane */
          if (keyval == GDK_KEY_F6 && mods == 0)
            continue;
          binding = find_window_binding (window, keyval, mods);
          action = actions[0] != NULL ? actions[0] : binding;
          g_test_message ("%s (%s): %s", title, accels[i], action != NULL ? action : "nothing");
          if (action == NULL)
            g_error ("“%s” (%s) is advertised but bound to no action", title, accels[i]);
          if (!action_enabled (window, action))
            g_error ("“%s” (%s) is bound to %s, which does not exist or is disabled",
                     title, accels[i], action);
          n_checked++;
        }
    }
  g_assert_cmpuint (n_checked, >=, 15);
  g_slist_free (shortcuts);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_find (void)
{
  MarsadWindow *window = gui_test_open_sample (app);
  MarsadDocument *doc = window_doc (window);
  MarsadMapWidget *map = MARSAD_MAP_WIDGET (marsad_window_get_map_view (window));
  MarsadPlacePanel *panel = MARSAD_PLACE_PANEL (marsad_window_get_place_panel (window));
  GtkSearchBar *bar = GTK_SEARCH_BAR (gtk_widget_get_template_child (GTK_WIDGET (window), MARSAD_TYPE_WINDOW,
                                                                   "search_bar"));
  GtkWidget *entry = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), MARSAD_TYPE_WINDOW,
                                                                "search_entry"));
  const MarsadPlace *target = NULL;
  double lat, lon;

  /* the place farthest from where the map is */
  marsad_map_widget_get_center (map, &lat, &lon);
  for (guint i = 0; i < doc->places->len; i++)
    {
      const MarsadPlace *p = g_ptr_array_index (doc->places, i);

      if (p->name_en != NULL && strlen (p->name_en) >= 4 &&
          (target == NULL || hypot (p->lat - lat, p->lon - lon) > hypot (target->lat - lat, target->lon - lon)))
        target = p;
    }
  g_assert_nonnull (target);

  /* Ctrl+F opens the bar with the focus in the entry */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  gui_test_spin (50);
  g_assert_true (gtk_search_bar_get_search_mode (bar));
  {
    GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));

    g_assert_true (focus == entry || (focus != NULL && gtk_widget_is_ancestor (focus, entry)));
  }

  /* the English name, typed in lower case, finds the place first */
  {
    g_autofree char *lower = g_utf8_strdown (target->name_en, -1);

    g_test_message ("find %s (%s)", lower, target->name);
    g_assert_cmpuint (marsad_window_search (window, lower), >, 0);
    g_assert_cmpuint (marsad_window_search (window, "ال"), >, 0);
    screenshot ("find-results.png");
    g_assert_cmpuint (marsad_window_search (window, lower), >, 0);
  }
  g_signal_emit_by_name (entry, "activate");
  /* the map flies there: wait for it to arrive, five seconds at most */
  {
    gint64 until = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    do
      {
        gui_test_spin (100);
        marsad_map_widget_get_center (map, &lat, &lon);
      }
    while ((fabs (lat - target->lat) >= 0.05 || fabs (lon - target->lon) >= 0.05) &&
           g_get_monotonic_time () < until);
  }
  g_assert_false (gtk_search_bar_get_search_mode (bar));
  g_assert_cmpstr (marsad_place_panel_get_place_id (panel), ==, target->id);
  g_test_message ("centre %f,%f; %s at %f,%f", lat, lon, target->name_en, target->lat, target->lon);
  g_assert_cmpfloat (fabs (lat - target->lat), <, 0.05);
  g_assert_cmpfloat (fabs (lon - target->lon), <, 0.05);
  screenshot ("find-selected.png");

  /* the Arabic name finds it too */
  g_assert_cmpuint (marsad_window_search (window, target->name), >, 0);

  /* a word of an event's sentence finds the event and selects it */
  {
    MarsadEventList *list = MARSAD_EVENT_LIST (marsad_window_get_event_list (window));
    const MarsadEvent *event = g_ptr_array_index (doc->events, doc->events->len - 1);
    const MarsadSpan *span = &g_array_index (doc->sentences, MarsadSpan, event->sentence);
    g_autofree char *sentence = g_utf8_substring (doc->text, span->start, span->end);
    g_auto(GStrv) words = g_strsplit (g_strstrip (sentence), " ", -1);
    const char *longest = words[0];

    for (guint i = 0; words[i] != NULL; i++)
      if (g_utf8_strlen (words[i], -1) > g_utf8_strlen (longest, -1))
        longest = words[i];
    g_test_message ("find %s", longest);
    g_assert_cmpuint (marsad_window_search (window, longest), >, 0);
    g_assert_cmpuint (marsad_window_search (window, sentence), >=, 1);
    g_signal_emit_by_name (entry, "activate");
    gui_test_spin (100);
    /* the first event of that sentence (a sentence may report several) */
    g_assert_nonnull (marsad_event_list_get_selected_event (list));
    g_assert_cmpuint (marsad_document_find_event (doc, marsad_event_list_get_selected_event (list))->sentence,
                      ==, event->sentence);
  }

  /* nothing matches: nothing is selected, the bar stays */
  g_assert_cmpuint (marsad_window_search (window, "zzzqqq"), ==, 0);
  g_signal_emit_by_name (entry, "activate");
  g_assert_true (gtk_search_bar_get_search_mode (bar));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+V is the window's Paste Article, but in the Find entry it pastes
 * into the entry (application accelerators see the key first). */
static void
test_paste_in_entry (void)
{
  MarsadWindow *window = gui_test_open_sample (app);
  GtkWidget *entry = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), MARSAD_TYPE_WINDOW,
                                                                "search_entry"));
  guint n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));
  gint64 end;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (entry), "الموصل");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL);
  gui_test_spin (50);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste", NULL));
  end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  while (gtk_editable_get_text (GTK_EDITABLE (entry))[0] == '\0' && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  gui_test_spin (100);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "الموصل");
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, n_windows);
  g_assert_false (marsad_window_is_busy (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Waits, three seconds at most, for the zoom to move a level from `from`. */
static void
wait_zoom (ShumateViewport *viewport,
           double           from,
           int              direction)
{
  gint64 until = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;

  do
    gui_test_spin (50);
  while ((shumate_viewport_get_zoom_level (viewport) - from) * direction < 0.9 &&
         g_get_monotonic_time () < until);
  gui_test_spin (100);
}

static void
test_zoom (void)
{
  MarsadWindow *window = gui_test_open_sample (app);
  ShumateMap *map = SHUMATE_MAP (marsad_map_widget_get_map (MARSAD_MAP_WIDGET (marsad_window_get_map_view (window))));
  ShumateViewport *viewport = shumate_map_get_viewport (map);
  double zoom = shumate_viewport_get_zoom_level (viewport);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
  wait_zoom (viewport, zoom, +1);
  g_test_message ("zoom %f -> %f", zoom, shumate_viewport_get_zoom_level (viewport));
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), >, zoom + 0.5);
  zoom = shumate_viewport_get_zoom_level (viewport);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL));
  wait_zoom (viewport, zoom, -1);
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), <, zoom - 0.5);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_next_previous_event (void)
{
  MarsadWindow *window = gui_test_open_sample (app);
  MarsadEventList *list = MARSAD_EVENT_LIST (marsad_window_get_event_list (window));
  g_auto(GStrv) order = marsad_event_list_dup_order (list);
  guint n = g_strv_length (order);

  g_assert_cmpuint (n, >=, 3);
  g_assert_null (marsad_event_list_get_selected_event (list));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-event", NULL);
  g_assert_cmpstr (marsad_event_list_get_selected_event (list), ==, order[0]);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-event", NULL);
  g_assert_cmpstr (marsad_event_list_get_selected_event (list), ==, order[1]);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-event", NULL);
  g_assert_cmpstr (marsad_event_list_get_selected_event (list), ==, order[0]);
  /* the first stays the first */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-event", NULL);
  g_assert_cmpstr (marsad_event_list_get_selected_event (list), ==, order[0]);

  /* walking to the last scrolls it into view */
  for (guint i = 0; i < n + 2; i++)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.next-event", NULL);
  gui_test_spin (200);
  g_assert_cmpstr (marsad_event_list_get_selected_event (list), ==, order[n - 1]);
  g_assert_true (marsad_event_list_get_row_in_view (list, order[n - 1]));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_escape_and_close (void)
{
  MarsadWindow *window = gui_test_open_sample (app);
  g_autoptr(GtkWidget) panel = g_object_ref (marsad_window_get_place_panel (window));
  GtkApplication *gtk_app = GTK_APPLICATION (app);
  guint n_windows = g_list_length (gtk_application_get_windows (gtk_app));

  g_assert_false (action_enabled (window, "win.close-place-panel"));
  select_some_place (window);
  g_assert_true (action_enabled (window, "win.close-place-panel"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close-place-panel", NULL));
  gui_test_spin (50);
  g_assert_false (gtk_widget_get_visible (panel));
  g_assert_null (marsad_place_panel_get_place_id (MARSAD_PLACE_PANEL (panel)));

  /* Ctrl+W closes the window */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close", NULL));
  gui_test_spin (100);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (gtk_app)), ==, n_windows - 1);
}

static GtkMenuButton *
find_primary_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return GTK_MENU_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_primary_menu_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* F10 (the primary menu button) opens the main menu, whose popover is
 * only built then: no window's first frame pays for it. */
static void
test_main_menu_on_demand (void)
{
  MarsadWindow *window = gui_test_open_sample (app);
  GtkMenuButton *button = find_primary_menu_button (GTK_WIDGET (window));
  GMenuModel *model;

  g_assert_nonnull (button);
  g_assert_null (gtk_menu_button_get_menu_model (button));
  gtk_menu_button_popup (button);
  gui_test_spin (200);
  model = gtk_menu_button_get_menu_model (button);
  g_assert_nonnull (model);
  g_assert_cmpint (g_menu_model_get_n_items (model), >=, 4);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (gtk_menu_button_get_popover (button))));
  gtk_menu_button_popdown (button);
  /* opened again, the same popover */
  {
    GtkPopover *popover = gtk_menu_button_get_popover (button);

    gtk_menu_button_popup (button);
    gui_test_spin (100);
    g_assert_true (gtk_menu_button_get_popover (button) == popover);
    gtk_menu_button_popdown (button);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_spin (100);
}

/* Ctrl+? shows the shortcuts window: every section and group laid out and
 * drawn, with no warning (the test makes warnings fatal). */
static void
test_help_overlay_shows (void)
{
  MarsadWindow *window = gui_test_open_sample (app);
  GtkWindow *overlay;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_nonnull (overlay);
  gui_test_spin (500);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (overlay)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (overlay)), >, 0);
  gui_test_screenshot ("shortcuts-window.png");
  gtk_window_close (overlay);
  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_spin (100);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = gui_test_init (&argc, &argv);

  g_test_add_func ("/shortcuts/every-shortcut-has-an-action", test_every_shortcut_has_an_action);
  g_test_add_func ("/shortcuts/help-overlay-shows", test_help_overlay_shows);
  g_test_add_func ("/shortcuts/main-menu-on-demand", test_main_menu_on_demand);
  g_test_add_func ("/shortcuts/find", test_find);
  g_test_add_func ("/shortcuts/paste-in-entry", test_paste_in_entry);
  g_test_add_func ("/shortcuts/zoom", test_zoom);
  g_test_add_func ("/shortcuts/next-previous-event", test_next_previous_event);
  g_test_add_func ("/shortcuts/escape-and-close", test_escape_and_close);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
