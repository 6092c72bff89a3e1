/* marsad-window.c: the main window: article, map and timeline, linked
 *
 * One MarsadAnalysis at a time (loading: marsad-window-loading.c; actions:
 * marsad-window-actions.c; corrections: marsad-window-corrections.c). Every
 * selection goes through select_place() and select_event() so that the
 * text, the map and the lists agree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "marsad-display-dates.h"
#include "marsad-timings.h"
#include "marsad-window-private.h"

G_DEFINE_FINAL_TYPE (MarsadWindow, marsad_window, ADW_TYPE_APPLICATION_WINDOW)

MarsadApplication *
marsad_window_get_app (MarsadWindow *self)
{
  return MARSAD_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
}

MarsadDocument *
marsad_window_get_document (MarsadWindow *self)
{
  return self->analysis != NULL ? marsad_analysis_get_document (self->analysis) : NULL;
}

void
marsad_window_add_toast (MarsadWindow *self,
                         AdwToast     *toast)
{
  g_autofree char *escaped = g_markup_escape_text (adw_toast_get_title (toast), -1);
  g_autofree char *title = NULL;

  /* Pango takes a line's direction from its first strong letter, even
   * inside an isolate: an English message that names an Arabic place would
   * read right to left. A mark of the interface's direction comes first.
   * The title is markup in libadwaita 1.2, and ours are plain text. */
  title = g_strconcat (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? "\u200f" : "\u200e",
                       escaped, NULL);
  adw_toast_set_title (toast, title);
  g_set_weak_pointer (&self->last_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
marsad_window_show_error_details (MarsadWindow *self,
                                  const char   *summary,
                                  const char   *details)
{
  AdwToast *toast = adw_toast_new (summary);

  g_free (self->last_error);
  self->last_error = g_strdup (details != NULL ? details : summary);
  g_free (self->error_summary);
  self->error_summary = g_strdup (summary);
  adw_toast_set_timeout (toast, 8);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  if (details != NULL)
    {
      adw_toast_set_button_label (toast, _("_Details"));
      adw_toast_set_action_name (toast, "win.show-error-details");
    }
  marsad_window_add_toast (self, toast);
}

void
marsad_window_show_error (MarsadWindow *self,
                          const char   *message)
{
  marsad_window_show_error_details (self, message, NULL);
}

void
marsad_window_show_info (MarsadWindow *self,
                         const char   *message)
{
  marsad_window_add_toast (self, adw_toast_new (message));
}

AdwToast *
marsad_window_get_last_toast (MarsadWindow *self)
{
  return self->last_toast;
}

/* Showing an analysis ----------------------------------------------------- */

void
marsad_window_update_title (MarsadWindow *self)
{
  MarsadDocument *doc = marsad_window_get_document (self);
  GFile *file = self->analysis != NULL ? marsad_analysis_get_file (self->analysis) : NULL;
  g_autofree char *base = file != NULL ? g_file_get_basename (file) : NULL;
  const char *name = doc != NULL && doc->title != NULL ? doc->title
                     : base != NULL ? base : _("Pasted Article");
  g_autofree char *title = NULL;

  /* a leading dot, as GNOME's editors mark a document with unsaved changes */
  if (doc == NULL)
    title = g_strdup (_("Marsad"));
  else if (marsad_window_has_unsaved_changes (self))
    title = g_strdup_printf ("• %s", name);
  else
    title = g_strdup (name);
  gtk_label_set_label (self->title_label, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label),
                               doc != NULL && marsad_window_has_unsaved_changes (self)
                               ? _("The corrections are not saved") : NULL);
}

static void
update_header (MarsadWindow *self)
{
  MarsadDocument *doc = marsad_window_get_document (self);

  marsad_window_update_title (self);
  gtk_widget_set_visible (GTK_WIDGET (self->date_button), doc != NULL);
  if (doc == NULL)
    return;

  if (doc->published != NULL && g_date_valid (doc->published))
    {
      g_autofree char *date = marsad_display_long_date (doc->published);
      g_autofree char *label = NULL;
      g_autoptr(GDateTime) dt = g_date_time_new_local (g_date_get_year (doc->published),
                                                       g_date_get_month (doc->published),
                                                       g_date_get_day (doc->published), 0, 0, 0);

      label = g_strdup_printf (doc->published_from_text ? _("Published %s (dateline)")
                                                        : _("Published %s"), date);
      gtk_label_set_label (self->date_label, label);
      self->updating_calendar = TRUE;
      gtk_calendar_select_day (self->calendar, dt);
      self->updating_calendar = FALSE;
    }
  else
    gtk_label_set_label (self->date_label, _("Set Publication Date"));
}

/* The map gets the shared basemap when it first has something to show, so
 * that a window opening (or staying empty) never waits for it. */
static void
ensure_basemap (MarsadWindow *self)
{
  MarsadApplication *app = marsad_window_get_app (self);
  g_autoptr(GError) error = NULL;
  MarsadBasemap *basemap;

  if (app == NULL || marsad_map_widget_get_map_source (self->map_view) != NULL)
    return;
  basemap = marsad_application_get_basemap (app, &error);
  if (basemap == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The offline map could not be loaded: %s"),
                                                  error->message);

      marsad_window_show_error (self, message);
      return;
    }
  marsad_map_widget_set_basemap (self->map_view, basemap);
}

void
marsad_window_refresh (MarsadWindow *self,
                       gboolean      fit)
{
  MarsadDocument *doc = marsad_window_get_document (self);
  g_autofree char *selected = g_strdup (marsad_place_panel_get_place_id (self->place_panel));
  MarsadTiming t0;

  if (doc != NULL)
    ensure_basemap (self);
  t0 = marsad_timing_begin ();
  marsad_article_view_set_document (self->article_view, doc);
  marsad_timing_end ("fill-article", &t0);
  t0 = marsad_timing_begin ();
  marsad_map_widget_set_document (self->map_view, doc, self->show_background, fit);
  marsad_timing_end ("fill-map", &t0);
  t0 = marsad_timing_begin ();
  marsad_event_list_set_document (self->event_list, doc, self->show_background);
  marsad_timing_end ("fill-timeline", &t0);
  t0 = marsad_timing_begin ();
  marsad_place_list_set_document (self->place_list, doc);
  marsad_timing_end ("fill-places", &t0);
  update_header (self);

  if (selected != NULL && doc != NULL && marsad_document_find_place (doc, selected) != NULL)
    marsad_window_select_place (self, selected);
  else
    marsad_window_select_place (self, NULL);
  gtk_stack_set_visible_child_name (self->main_stack, doc != NULL ? "content" : "empty");
  marsad_window_update_actions (self);
}

static void
analysis_changed_cb (MarsadWindow *self)
{
  marsad_window_refresh (self, FALSE);
}

void
marsad_window_set_analysis (MarsadWindow   *self,
                            MarsadAnalysis *analysis)
{
  if (self->analysis != NULL)
    g_signal_handlers_disconnect_by_func (self->analysis, analysis_changed_cb, self);
  g_set_object (&self->analysis, analysis);
  if (analysis != NULL)
    g_signal_connect_swapped (analysis, "changed", G_CALLBACK (analysis_changed_cb), self);
  marsad_window_reset_history (self);
  /* Save writes back to an opened analysis; an article's analysis asks where */
  if (analysis != NULL && marsad_analysis_is_saved_analysis (analysis) &&
      marsad_analysis_get_file (analysis) != NULL)
    self->save_path = g_file_get_path (marsad_analysis_get_file (analysis));
  marsad_place_panel_set_place (self->place_panel, NULL, NULL);
  marsad_window_refresh (self, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (marsad_article_view_get_text_view (self->article_view)));
}

/* Linking ----------------------------------------------------------------- */

void
marsad_window_select_place (MarsadWindow *self,
                            const char   *place_id)
{
  MarsadDocument *doc = marsad_window_get_document (self);

  if (doc == NULL || (place_id != NULL && marsad_document_find_place (doc, place_id) == NULL))
    place_id = NULL;
  marsad_map_widget_select_place (self->map_view, place_id);
  marsad_article_view_highlight_place (self->article_view, place_id);
  marsad_place_list_select_place (self->place_list, place_id);
  marsad_event_list_mark_place (self->event_list, place_id);
  marsad_place_panel_set_place (self->place_panel, doc, place_id);
  gtk_widget_set_visible (GTK_WIDGET (self->place_panel), place_id != NULL);
  /* in a narrow window the panel is over the map: show it when asked for */
  if (place_id != NULL && adw_flap_get_folded (self->side_flap))
    adw_flap_set_reveal_flap (self->side_flap, TRUE);
  marsad_window_update_actions (self);
}

void
marsad_window_select_event (MarsadWindow *self,
                            const char   *event_id)
{
  MarsadDocument *doc = marsad_window_get_document (self);
  const MarsadEvent *event = doc != NULL ? marsad_document_find_event (doc, event_id) : NULL;
  const MarsadPlace *place;

  if (event == NULL)
    return;
  marsad_event_list_select_event (self->event_list, event_id);
  marsad_article_view_highlight_sentence (self->article_view, event->sentence);
  place = event->place_id != NULL ? marsad_document_find_place (doc, event->place_id) : NULL;
  if (place != NULL)
    {
      marsad_map_widget_select_place (self->map_view, place->id);
      marsad_map_widget_fly_to_place (self->map_view, place);
      if (gtk_widget_get_visible (GTK_WIDGET (self->place_panel)))
        marsad_place_panel_set_place (self->place_panel, doc, place->id);
    }
}

static void
place_activated_cb (MarsadWindow *self,
                    const char   *place_id)
{
  marsad_window_select_place (self, place_id);
}

static void
event_activated_cb (MarsadWindow *self,
                    const char   *event_id)
{
  marsad_window_select_event (self, event_id);
}

/* A quote in the text: its event (the place panel then shows the
 * statement with the others made there), else its place. */
static void
statement_activated_cb (MarsadWindow *self,
                        guint         index)
{
  MarsadDocument *doc = marsad_window_get_document (self);
  const MarsadStatement *st;
  const MarsadEvent *event = NULL;
  g_autofree char *event_id = NULL;

  if (doc == NULL || index >= doc->statements->len)
    return;
  st = g_ptr_array_index (doc->statements, index);
  for (guint i = 0; st->event_ids != NULL && i < st->event_ids->len && event == NULL; i++)
    event = marsad_document_find_event (doc, g_ptr_array_index (st->event_ids, i));
  if (event != NULL)
    {
      event_id = g_strdup (event->id);
      if (event->place_id != NULL)
        marsad_window_select_place (self, event->place_id);
      marsad_window_select_event (self, event_id);
    }
  else if (st->place_ids != NULL && st->place_ids->len > 0)
    marsad_window_select_place (self, g_ptr_array_index (st->place_ids, 0));
}

static gboolean
update_side_button_cb (gpointer user_data)
{
  MarsadWindow *self = user_data;

  self->side_button_source = 0;
  gtk_widget_set_visible (self->side_button, adw_flap_get_folded (self->side_flap));
  return G_SOURCE_REMOVE;
}

/* The flap folds while it is being allocated: showing the header's button
 * then would resize the header bar in the middle of the allocation. */
static void
side_flap_folded_cb (MarsadWindow *self)
{
  if (self->side_button_source == 0)
    self->side_button_source = g_idle_add_full (G_PRIORITY_DEFAULT, update_side_button_cb, self, NULL);
}

static void
place_panel_closed_cb (MarsadWindow *self)
{
  marsad_window_select_place (self, NULL);
}

/* Object ------------------------------------------------------------------- */

enum { PROP_0, PROP_SHOW_BACKGROUND, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
marsad_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MarsadWindow *self = MARSAD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SHOW_BACKGROUND:
      g_value_set_boolean (value, self->show_background);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
marsad_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MarsadWindow *self = MARSAD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SHOW_BACKGROUND:
      if (self->show_background != g_value_get_boolean (value))
        {
          self->show_background = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
          if (self->analysis != NULL)
            marsad_window_refresh (self, FALSE);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
marsad_window_close_request (GtkWindow *window)
{
  MarsadWindow *self = MARSAD_WINDOW (window);

  if (!marsad_window_confirm_close (self))
    return TRUE;
  marsad_window_save_state (self);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  return GTK_WINDOW_CLASS (marsad_window_parent_class)->close_request (window);
}

static void
marsad_window_dispose (GObject *object)
{
  MarsadWindow *self = MARSAD_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  marsad_window_stop_progress (self);
  marsad_window_stop_present (self);
  if (self->analysis != NULL)
    g_signal_handlers_disconnect_by_func (self->analysis, analysis_changed_cb, self);
  g_clear_object (&self->analysis);
  marsad_window_free_history (self);
  g_clear_handle_id (&self->side_button_source, g_source_remove);
  g_clear_weak_pointer (&self->last_toast);
  if (self->settings != NULL)
    {
      g_settings_unbind (self, "show-background");
      g_settings_unbind (self->map_view, "show-legend");
    }
  g_clear_object (&self->settings);
  /* win.show-legend holds the map (a property action): whatever still
   * holds the window's actions would keep the map, and its tile workers,
   * alive after the window */
  g_action_map_remove_action (G_ACTION_MAP (self), "show-legend");
  gtk_widget_dispose_template (GTK_WIDGET (self), MARSAD_TYPE_WINDOW);
  G_OBJECT_CLASS (marsad_window_parent_class)->dispose (object);
}

static void
marsad_window_finalize (GObject *object)
{
  g_free (MARSAD_WINDOW (object)->last_error);
  g_free (MARSAD_WINDOW (object)->error_summary);
  g_free (MARSAD_WINDOW (object)->loading_name);
  G_OBJECT_CLASS (marsad_window_parent_class)->finalize (object);
}

static void
marsad_window_class_init (MarsadWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = marsad_window_dispose;
  object_class->finalize = marsad_window_finalize;
  object_class->get_property = marsad_window_get_property;
  object_class->set_property = marsad_window_set_property;
  window_class->close_request = marsad_window_close_request;

  properties[PROP_SHOW_BACKGROUND] =
    g_param_spec_boolean ("show-background", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MARSAD_TYPE_ARTICLE_VIEW);
  g_type_ensure (MARSAD_TYPE_MAP_WIDGET);
  g_type_ensure (MARSAD_TYPE_EVENT_LIST);
  g_type_ensure (MARSAD_TYPE_PLACE_LIST);
  g_type_ensure (MARSAD_TYPE_PLACE_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/marsad/Marsad/marsad-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, date_button);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, date_label);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, date_popover);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, calendar);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, article_view);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, map_view);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, side_flap);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, side_button);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, side_stack);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, event_list);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, place_list);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, place_panel);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, recent_submenu);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, search_empty);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, search_scroller);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, search_results);
  gtk_widget_class_bind_template_callback (widget_class, place_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, event_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, place_panel_closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, statement_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, side_flap_folded_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "calendar_day_selected_cb",
                                                G_CALLBACK (marsad_window_calendar_day_selected_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "search_changed_cb",
                                                G_CALLBACK (marsad_window_search_changed_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "search_activate_cb",
                                                G_CALLBACK (marsad_window_search_activate_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "search_stop_cb",
                                                G_CALLBACK (marsad_window_search_stop_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "search_row_activated_cb",
                                                G_CALLBACK (marsad_window_search_row_activated_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "edit_event_cb",
                                                G_CALLBACK (marsad_window_edit_event_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "move_place_cb",
                                                G_CALLBACK (marsad_window_move_place_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "remove_place_cb",
                                                G_CALLBACK (marsad_window_remove_place_cb));

  marsad_window_class_add_actions (widget_class);
}

/* A popover menu of the whole main menu takes milliseconds to build, and
 * no first frame shows it. */
static void
create_primary_menu_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  MarsadWindow *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
marsad_window_init (MarsadWindow *self)
{
  MarsadTiming t0 = marsad_timing_begin ();

  self->show_background = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  marsad_timing_end ("window-template", &t0);
  gtk_menu_button_set_create_popup_func (self->menu_button, create_primary_menu_cb, self, NULL);
  marsad_window_reset_history (self);
  marsad_window_init_actions (self);
  g_signal_connect (self, "notify::application", G_CALLBACK (marsad_window_application_changed_cb), NULL);
}

MarsadWindow *
marsad_window_new (MarsadApplication *app)
{
  MarsadTiming t0 = marsad_timing_begin ();
  MarsadWindow *self = g_object_new (MARSAD_TYPE_WINDOW, "application", app, NULL);

  marsad_timing_end ("window-new", &t0);
  return self;
}

gboolean
marsad_window_is_empty (MarsadWindow *self)
{
  g_return_val_if_fail (MARSAD_IS_WINDOW (self), FALSE);
  return self->analysis == NULL && self->progress == NULL;
}

MarsadAnalysis *
marsad_window_get_analysis (MarsadWindow *self)
{
  return self->analysis;
}

GtkWidget *
marsad_window_get_map_view (MarsadWindow *self)
{
  return GTK_WIDGET (self->map_view);
}

GtkWidget *
marsad_window_get_article_view (MarsadWindow *self)
{
  return GTK_WIDGET (self->article_view);
}

GtkWidget *
marsad_window_get_event_list (MarsadWindow *self)
{
  return GTK_WIDGET (self->event_list);
}

GtkWidget *
marsad_window_get_place_panel (MarsadWindow *self)
{
  return GTK_WIDGET (self->place_panel);
}

const char *
marsad_window_get_last_error (MarsadWindow *self)
{
  return self->last_error;
}
