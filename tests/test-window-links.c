/* test-window-links.c: the article, the map and the timeline lead to each other
 *
 * A marker's place marks its events in the timeline, selects the first and
 * scrolls it into view; an event chosen in the place panel scrolls into
 * view in the timeline; a click on an event's sentence selects the event
 * and a click on a quote selects its statement's event, without moving the
 * text under the pointer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "gui-test-support.h"
#include "map-test-support.h"
#include "marsad-application.h"
#include "marsad-article-view.h"
#include "marsad-event-list.h"
#include "marsad-map-widget.h"
#include "marsad-place-list.h"
#include "marsad-place-panel.h"
#include "marsad-place-row.h"
#include "marsad-window.h"

static MarsadApplication *app;

/* MARSAD_SCREENSHOT_DIR=DIR saves the screen at the steps worth looking
 * at (run with LANGUAGE=ar for the Arabic interface). */
static MarsadDocument *
window_doc (MarsadWindow *window)
{
  return marsad_analysis_get_document (marsad_window_get_analysis (window));
}

static guint
count_shown_events_at (MarsadEventList *list,
                       MarsadDocument  *doc,
                       const char      *place_id)
{
  g_auto(GStrv) order = marsad_event_list_dup_order (list);
  guint n = 0;

  for (guint i = 0; order[i] != NULL; i++)
    if (g_strcmp0 (marsad_document_find_event (doc, order[i])->place_id, place_id) == 0)
      n++;
  return n;
}

static GtkAdjustment *
timeline_adjustment (MarsadEventList *list)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));

  while (child != NULL && !GTK_IS_SCROLLED_WINDOW (child))
    child = gtk_widget_get_next_sibling (child);
  g_assert_nonnull (child);
  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (child));
}

static void
test_marker_marks_its_events (void)
{
  MarsadWindow *window = gui_test_open_sample (app);
  MarsadDocument *doc = window_doc (window);
  MarsadEventList *list = MARSAD_EVENT_LIST (marsad_window_get_event_list (window));
  MarsadMarkerLayer *layer = marsad_map_widget_get_marker_layer (MARSAD_MAP_WIDGET (marsad_window_get_map_view (window)));
  g_auto(GStrv) order = marsad_event_list_dup_order (list);
  const char *place_id = NULL;

  /* the place of the last event in the timeline: its row starts out of view */
  for (int i = (int) g_strv_length (order) - 1; i >= 0 && place_id == NULL; i--)
    place_id = marsad_document_find_event (doc, order[i])->place_id;
  g_assert_nonnull (place_id);
  gtk_adjustment_set_value (timeline_adjustment (list), 0);

  g_signal_emit_by_name (layer, "place-activated", place_id);
  gui_test_spin (200);
  g_test_message ("%s: %u events", place_id, count_shown_events_at (list, doc, place_id));
  g_assert_cmpuint (marsad_event_list_count_marked (list), ==, count_shown_events_at (list, doc, place_id));
  g_assert_nonnull (marsad_event_list_get_selected_event (list));
  g_assert_cmpstr (marsad_document_find_event (doc, marsad_event_list_get_selected_event (list))->place_id,
                   ==, place_id);
  g_assert_true (marsad_event_list_get_row_in_view (list, marsad_event_list_get_selected_event (list)));
  gui_test_screenshot ("marker-marks-events.png");

  /* closing the panel clears the marks */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-place-panel", NULL);
  g_assert_cmpuint (marsad_event_list_count_marked (list), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_panel_event_scrolls_timeline (void)
{
  MarsadWindow *window = gui_test_open_sample (app);
  MarsadDocument *doc = window_doc (window);
  MarsadEventList *list = MARSAD_EVENT_LIST (marsad_window_get_event_list (window));
  MarsadPlacePanel *panel = MARSAD_PLACE_PANEL (marsad_window_get_place_panel (window));
  g_auto(GStrv) order = marsad_event_list_dup_order (list);
  guint n = g_strv_length (order);
  const MarsadEvent *last = marsad_document_find_event (doc, order[n - 1]);
  const MarsadEvent *first_placed = NULL;

  for (guint i = 0; i < n && first_placed == NULL; i++)
    if (marsad_document_find_event (doc, order[i])->place_id != NULL)
      first_placed = marsad_document_find_event (doc, order[i]);
  g_assert_nonnull (first_placed);

  /* a place near the top of the timeline is open, the timeline at its top */
  marsad_window_select_place (window, first_placed->place_id);
  gui_test_spin (200);
  gtk_adjustment_set_value (timeline_adjustment (list), 0);
  gui_test_spin (100);
  if (marsad_event_list_get_row_in_view (list, last->id))
    {
      g_test_skip ("the whole timeline fits: nothing to scroll");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  /* the panel's event (as its row would be clicked) comes into view */
  g_signal_emit_by_name (panel, "event-activated", last->id);
  gui_test_spin (200);
  g_assert_cmpstr (marsad_event_list_get_selected_event (list), ==, last->id);
  g_assert_true (marsad_event_list_get_row_in_view (list, last->id));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_text_selects (void)
{
  MarsadWindow *window = gui_test_open_sample (app);
  MarsadDocument *doc = window_doc (window);
  MarsadArticleView *article = MARSAD_ARTICLE_VIEW (marsad_window_get_article_view (window));
  MarsadEventList *list = MARSAD_EVENT_LIST (marsad_window_get_event_list (window));
  MarsadPlacePanel *panel = MARSAD_PLACE_PANEL (marsad_window_get_place_panel (window));
  GtkAdjustment *text_adj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (marsad_article_view_get_text_view (article)));
  const MarsadEvent *event = NULL;
  guint offset = 0;

  /* a word of an event's trigger that is no place */
  for (guint i = doc->events->len; i-- > 0 && event == NULL;)
    {
      const MarsadEvent *e = g_ptr_array_index (doc->events, i);

      for (guint o = e->trigger.start; o < e->trigger.end && event == NULL; o++)
        if (marsad_article_view_place_at (article, o) == NULL && marsad_article_view_statement_at (article, o) < 0)
          {
            event = e;
            offset = o;
          }
    }
  g_assert_nonnull (event);
  g_assert_cmpstr (marsad_article_view_event_at (article, offset), ==, event->id);

  /* clicked: the event is selected, and the text does not jump (from the
   * end of the text, where selecting would scroll the sentence up) */
  gtk_adjustment_set_value (text_adj, gtk_adjustment_get_upper (text_adj) - gtk_adjustment_get_page_size (text_adj));
  gui_test_spin (100);
  {
    double before = gtk_adjustment_get_value (text_adj);

    g_assert_cmpfloat (before, >, 0);
    g_assert_true (marsad_article_view_activate_at (article, offset));
    gui_test_spin (300);
    g_assert_cmpstr (marsad_event_list_get_selected_event (list), ==, event->id);
    g_assert_cmpfloat (gtk_adjustment_get_value (text_adj), ==, before);
  }

  /* a quote selects its statement's event and opens its place */
  for (guint i = 0; i < doc->statements->len; i++)
    {
      const MarsadStatement *st = g_ptr_array_index (doc->statements, i);
      const MarsadEvent *said = st->event_ids != NULL && st->event_ids->len > 0
                                ? marsad_document_find_event (doc, g_ptr_array_index (st->event_ids, 0)) : NULL;
      guint at = st->start;

      if (said == NULL || said->id == event->id)
        continue;
      while (at < st->end && marsad_article_view_place_at (article, at) != NULL)
        at++;
      if (at == st->end)
        continue;
      g_assert_cmpint (marsad_article_view_statement_at (article, at), ==, (int) i);
      g_assert_true (marsad_article_view_activate_at (article, at));
      gui_test_spin (200);
      g_assert_cmpstr (marsad_event_list_get_selected_event (list), ==, said->id);
      if (said->place_id != NULL)
        {
          g_autofree char *shown = marsad_place_panel_dup_statements (panel);

          g_assert_cmpstr (marsad_place_panel_get_place_id (panel), ==, said->place_id);
          g_assert_nonnull (g_strstr_len (shown, -1, st->text));
        }
      break;
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A timeline event shows what was said about it and who gave its figures. */
static void
test_timeline_statements (void)
{
  MarsadWindow *window = gui_test_open_sample (app);
  MarsadDocument *doc = window_doc (window);
  MarsadEventList *list = MARSAD_EVENT_LIST (marsad_window_get_event_list (window));
  guint n_statements = 0, n_sources = 0;

  for (guint i = 0; i < doc->statements->len; i++)
    {
      const MarsadStatement *st = g_ptr_array_index (doc->statements, i);

      for (guint j = 0; st->event_ids != NULL && j < st->event_ids->len; j++)
        {
          g_autofree char *details = marsad_event_list_dup_event_details (list, g_ptr_array_index (st->event_ids, j));

          if (details == NULL)
            continue;
          g_assert_nonnull (strstr (details, st->text));
          n_statements++;
        }
    }
  for (guint i = 0; i < doc->events->len; i++)
    {
      const MarsadEvent *event = g_ptr_array_index (doc->events, i);
      g_autofree char *details = marsad_event_list_dup_event_details (list, event->id);

      for (guint j = 0; details != NULL && event->fatality_reports != NULL && j < event->fatality_reports->len; j++)
        {
          const MarsadCasualtyReport *report = g_ptr_array_index (event->fatality_reports, j);

          if (report->source == NULL)
            continue;
          g_assert_nonnull (strstr (details, report->source));
          n_sources++;
        }
    }
  g_test_message ("%u statements and %u sources shown", n_statements, n_sources);
  g_assert_cmpuint (n_statements + n_sources, >, 0);
  /* open the first row's expander to look at it */
  {
    GQueue queue = G_QUEUE_INIT;

    g_queue_push_tail (&queue, list);
    while (!g_queue_is_empty (&queue))
      {
        GtkWidget *widget = g_queue_pop_head (&queue);

        if (GTK_IS_EXPANDER (widget) && gtk_widget_get_visible (widget))
          {
            gtk_expander_set_expanded (GTK_EXPANDER (widget), TRUE);
            break;
          }
        for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
             child = gtk_widget_get_next_sibling (child))
          g_queue_push_tail (&queue, child);
      }
    g_queue_clear (&queue);
  }
  gui_test_screenshot ("timeline-statements.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* the Places page of the side pane, drawn */
static void
show_places (MarsadWindow *window)
{
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), MARSAD_TYPE_WINDOW,
                                                              "side_stack"));

  gtk_stack_set_transition_type (stack, GTK_STACK_TRANSITION_TYPE_NONE);
  gtk_stack_set_visible_child_name (stack, "places");
  gui_test_spin (200);
}

static GtkListBox *
find_list_box (GtkWidget *root)
{
  if (GTK_IS_LIST_BOX (root))
    return GTK_LIST_BOX (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListBox *found = find_list_box (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* the labels under root, in order */
static void
collect_labels (GtkWidget *root,
                GPtrArray *labels)
{
  if (GTK_IS_LABEL (root))
    g_ptr_array_add (labels, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

/* Every place has a row, made when the Places page is first shown: its
 * Arabic name over its English name and role; event sites first. Activating a row opens the place's panel: its name,
 * its events and the statements about them. */
static void
test_place_rows (void)
{
  MarsadWindow *window = gui_test_open_sample (app);
  MarsadDocument *doc = window_doc (window);
  GtkWidget *place_list = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), MARSAD_TYPE_WINDOW,
                                                                     "place_list"));
  MarsadPlacePanel *panel = MARSAD_PLACE_PANEL (marsad_window_get_place_panel (window));
  GtkListBox *list;
  GtkListBoxRow *row;
  const MarsadPlace *first = NULL;
  guint n_rows = 0;

  list = find_list_box (place_list);
  g_assert_nonnull (list);
  /* the first frame shows the timeline: the places wait for their page,
   * and a place chosen meanwhile is the one selected there */
  g_assert_null (gtk_list_box_get_row_at_index (list, 0));
  marsad_window_select_place (window, ((MarsadPlace *) g_ptr_array_index (doc->places, 0))->id);
  show_places (window);
  g_assert_nonnull (gtk_list_box_get_selected_row (list));
  g_assert_cmpstr (marsad_place_row_get_place_id (MARSAD_PLACE_ROW (gtk_list_box_get_selected_row (list))), ==,
                   ((MarsadPlace *) g_ptr_array_index (doc->places, 0))->id);
  while ((row = gtk_list_box_get_row_at_index (list, (int) n_rows)) != NULL)
    {
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();
      const MarsadPlace *place = NULL;

      collect_labels (GTK_WIDGET (row), labels);
      g_assert_cmpuint (labels->len, ==, 2);
      for (guint i = 0; i < doc->places->len && place == NULL; i++)
        {
          const MarsadPlace *p = g_ptr_array_index (doc->places, i);

          if (g_str_equal (p->name, gtk_label_get_label (g_ptr_array_index (labels, 0))))
            place = p;
        }
      g_assert_nonnull (place);
      g_assert_cmpint (gtk_widget_get_direction (g_ptr_array_index (labels, 0)), ==, GTK_TEXT_DIR_RTL);
      g_assert_true (gtk_widget_has_css_class (g_ptr_array_index (labels, 0), "arabic"));
      g_assert_true (g_str_has_suffix (gtk_label_get_label (g_ptr_array_index (labels, 1)),
                                       marsad_place_role_label (doc, place)));
      if (marsad_place_english_name (place) != NULL)
        g_assert_true (g_str_has_prefix (gtk_label_get_label (g_ptr_array_index (labels, 1)),
                                         marsad_place_english_name (place)));
      if (n_rows == 0)
        first = place;
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, doc->places->len);
  g_assert_cmpstr (marsad_place_role_label (doc, first), ==, _("Event site"));

  /* a row opens its place */
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 0));
  gui_test_spin (200);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (panel)));
  g_assert_cmpstr (marsad_place_panel_get_place_id (panel), ==, first->id);
  g_assert_cmpuint (marsad_place_panel_get_n_events (panel), >, 0);
  g_assert_nonnull (strstr (marsad_place_panel_get_summary (panel), marsad_place_role_label (doc, first)));
  {
    g_autoptr(GPtrArray) labels = g_ptr_array_new ();
    gboolean named = FALSE;

    collect_labels (GTK_WIDGET (panel), labels);
    for (guint i = 0; i < labels->len; i++)
      named |= g_str_equal (gtk_label_get_label (g_ptr_array_index (labels, i)), first->name);
    g_assert_true (named);
  }
  gui_test_screenshot ("place-rows.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Where the text of a label ends on the right, in the label's coordinates. */
static int
text_right_edge (GtkLabel *label)
{
  PangoRectangle logical;
  int x;

  gtk_label_get_layout_offsets (label, &x, NULL);
  pango_layout_get_pixel_extents (gtk_label_get_layout (label), NULL, &logical);
  return x + logical.x + logical.width;
}

/* The Arabic lines of the timeline (places, actors, quotes) are
 * right-aligned in either interface; in the Arabic interface every line is. */
static void
check_alignment (GtkWidget *root,
                 gboolean   rtl_interface)
{
  GQueue queue = G_QUEUE_INIT;
  guint n_checked = 0;

  g_queue_push_tail (&queue, root);
  while (!g_queue_is_empty (&queue))
    {
      GtkWidget *widget = g_queue_pop_head (&queue);

      if (GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
          gtk_label_get_label (GTK_LABEL (widget))[0] != '\0' &&
          gtk_widget_get_width (widget) > 0 &&
          (rtl_interface || gtk_widget_has_css_class (widget, "arabic")))
        {
          int right = text_right_edge (GTK_LABEL (widget));

          if (ABS (right - gtk_widget_get_width (widget)) > 2)
            g_error ("“%s” ends %d px from the right of its %d px", gtk_label_get_label (GTK_LABEL (widget)),
                     gtk_widget_get_width (widget) - right, gtk_widget_get_width (widget));
          n_checked++;
        }
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_queue_push_tail (&queue, child);
    }
  g_test_message ("%u labels right-aligned", n_checked);
  g_assert_cmpuint (n_checked, >=, 5);
}

static void
test_rows_right_aligned (void)
{
  for (int rtl = 0; rtl <= 1; rtl++)
    {
      MarsadWindow *window;

      gtk_widget_set_default_direction (rtl ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
      window = gui_test_open_sample (app);
      check_alignment (marsad_window_get_event_list (window), rtl);
      /* and the list of places */
      show_places (window);
      check_alignment (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), MARSAD_TYPE_WINDOW,
                                                                  "place_list")), rtl);
      gtk_window_destroy (GTK_WINDOW (window));
    }
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

/* «قالت واشنطن إن…»: a place named only as an actor has no marker. Picked
 * in the text or the place list, it is marked on the map where it is,
 * until the selection moves on; a place with a marker keeps its own ring. */
static const char actor_article[] =
  "قصف في القائم\n\n"
  "القائم (العراق) - قتل ثلاثة أشخاص في قصف بطائرة مسيرة استهدف سيارة في مدينة القائم غرب العراق "
  "مساء الاثنين، بحسب مصدر أمني.\n\n"
  "وقالت واشنطن إن قواتها لم تشارك في الضربة، فيما اتهمت فصائل عراقية إسرائيل بتنفيذها.\n";

static void
assert_marked_at (MarsadWindow      *window,
                  const MarsadPlace *place)
{
  MarsadMapWidget *map = MARSAD_MAP_WIDGET (marsad_window_get_map_view (window));
  MarsadMarkerLayer *layer = marsad_map_widget_get_marker_layer (map);
  ShumateViewport *viewport = shumate_map_get_viewport (SHUMATE_MAP (marsad_map_widget_get_map (map)));
  double x, y, mx, my, cx = 0, cy = 0;
  guint n;

  shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (layer), place->lat, place->lon, &x, &y);
  g_assert_true (x >= 0 && y >= 0 && x <= gtk_widget_get_width (GTK_WIDGET (layer)) &&
                 y <= gtk_widget_get_height (GTK_WIDGET (layer)));
  g_assert_true (marsad_marker_layer_get_selection_mark (layer, &mx, &my));
  g_assert_cmpfloat (fabs (mx - x), <, 1.0);
  g_assert_cmpfloat (fabs (my - y), <, 1.0);
  n = count_accent_pixels (layer, x, y, &cx, &cy);
  g_test_message ("%s: %u accent pixels centred at %.1f,%.1f, its point at %.1f,%.1f", place->name_en, n, cx, cy, x, y);
  g_assert_cmpuint (n, >, 40);
  g_assert_cmpfloat (fabs (cx - x), <, 3.0);
  g_assert_cmpfloat (fabs (cy - y), <, 3.0);
}

static void
test_unmarked_place (void)
{
  MarsadWindow *window = marsad_window_new (app);
  MarsadArticleView *article = MARSAD_ARTICLE_VIEW (marsad_window_get_article_view (window));
  MarsadMapWidget *map = MARSAD_MAP_WIDGET (marsad_window_get_map_view (window));
  MarsadMarkerLayer *layer = marsad_map_widget_get_marker_layer (map);
  GtkWidget *place_list = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), MARSAD_TYPE_WINDOW,
                                                                     "place_list"));
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  const MarsadPlace *washington = NULL, *site = NULL;
  MarsadDocument *doc;
  GtkListBox *list;
  GDate date;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 12, G_DATE_MARCH, 2024);
  marsad_window_load_text (window, actor_article, &date);
  while (marsad_window_is_busy (window) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  gui_test_wait_map_drawn (window);
  doc = window_doc (window);
  for (guint i = 0; i < doc->places->len; i++)
    {
      const MarsadPlace *p = g_ptr_array_index (doc->places, i);

      if (g_str_equal (p->name, "واشنطن"))
        washington = p;
      else if (g_str_equal (p->name, "القائم"))
        site = p;
    }
  g_assert_nonnull (washington);
  g_assert_nonnull (site);
  g_assert_cmpint (marsad_map_marker_set_find (marsad_marker_layer_get_marker_set (layer), washington->id), <, 0);
  g_assert_cmpint (marsad_map_marker_set_find (marsad_marker_layer_get_marker_set (layer), site->id), >=, 0);
  g_assert_false (marsad_marker_layer_get_selection_mark (layer, NULL, NULL));

  /* picked in the text: the map flies there and marks it */
  g_assert_cmpuint (washington->mentions->len, >, 0);
  g_assert_true (marsad_article_view_activate_at (article, g_array_index (washington->mentions, MarsadMention, 0).start));
  gui_test_spin (1200);
  g_assert_cmpstr (marsad_marker_layer_get_selected (layer), ==, washington->id);
  assert_marked_at (window, washington);
  gui_test_screenshot ("unmarked-place-from-text.png");

  /* the panel closed: the selection, and the mark, go */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-place-panel", NULL);
  gui_test_spin (100);
  g_assert_false (marsad_marker_layer_get_selection_mark (layer, NULL, NULL));

  /* picked in the place list */
  show_places (window);
  list = find_list_box (place_list);
  g_assert_nonnull (list);
  for (int i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);

      if (g_strcmp0 (marsad_place_row_get_place_id (MARSAD_PLACE_ROW (row)), washington->id) == 0)
        g_signal_emit_by_name (list, "row-activated", row);
    }
  gui_test_spin (1200);
  assert_marked_at (window, washington);
  gui_test_screenshot ("unmarked-place-from-list.png");

  /* another place, with its marker: no mark left behind */
  marsad_window_select_place (window, site->id);
  gui_test_spin (1200);
  g_assert_false (marsad_marker_layer_get_selection_mark (layer, NULL, NULL));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = gui_test_init (&argc, &argv);

  g_test_add_func ("/links/marker-marks-its-events", test_marker_marks_its_events);
  g_test_add_func ("/links/panel-event-scrolls-timeline", test_panel_event_scrolls_timeline);
  g_test_add_func ("/links/text-selects", test_text_selects);
  g_test_add_func ("/links/timeline-statements", test_timeline_statements);
  g_test_add_func ("/links/place-rows", test_place_rows);
  g_test_add_func ("/links/unmarked-place", test_unmarked_place);
  g_test_add_func ("/text/rows-right-aligned", test_rows_right_aligned);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
