/* marsad-window.c: the main window: article, map and timeline, linked
 *
 * One MarsadAnalysis at a time. Opening reads and analyses in a thread; the
 * work already open stays until the new analysis is ready, and a failure
 * only shows a toast. Every selection goes through select_place() and
 * select_event() so that the text, the map and the lists agree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <unistd.h>

#include "marsad-article-view.h"
#include "marsad-correction-dialogs.h"
#include "marsad-document-json.h"
#include "marsad-event-list.h"
#include "marsad-map-widget.h"
#include "marsad-place-list.h"
#include "marsad-place-panel.h"
#include "marsad-window.h"

#define PROGRESS_DELAY_MS 150

struct _MarsadWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  GtkLabel             *title_label;
  GtkMenuButton        *date_button;
  GtkPopover           *date_popover;
  GtkCalendar          *calendar;
  GtkProgressBar       *progress_bar;
  GtkStack             *main_stack;
  MarsadArticleView    *article_view;
  MarsadMapWidget        *map_view;
  GtkStack             *side_stack;
  MarsadEventList      *event_list;
  MarsadPlaceList      *place_list;
  MarsadPlacePanel     *place_panel;
  GMenu                *recent_submenu;

  MarsadAnalysis       *analysis;
  GCancellable         *cancellable;
  MarsadProgress       *progress;
  guint                 progress_source;
  gint64                load_started;
  gboolean              updating_calendar;
  gboolean              show_background;
  char                 *last_error;
};

G_DEFINE_FINAL_TYPE (MarsadWindow, marsad_window, ADW_TYPE_APPLICATION_WINDOW)

static MarsadApplication *
get_app (MarsadWindow *self)
{
  return MARSAD_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
}

static MarsadDocument *
get_doc (MarsadWindow *self)
{
  return self->analysis != NULL ? marsad_analysis_get_document (self->analysis) : NULL;
}

void
marsad_window_show_error (MarsadWindow *self,
                          const char   *message)
{
  AdwToast *toast = adw_toast_new (message);

  g_free (self->last_error);
  self->last_error = g_strdup (message);
  adw_toast_set_timeout (toast, 8);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_info (MarsadWindow *self,
           const char   *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* Progress ---------------------------------------------------------------- */

static gboolean
progress_tick_cb (gpointer user_data)
{
  MarsadWindow *self = user_data;

  if (g_get_monotonic_time () - self->load_started < PROGRESS_DELAY_MS * 1000)
    return G_SOURCE_CONTINUE;
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  gtk_progress_bar_set_fraction (self->progress_bar, marsad_progress_get (self->progress));
  return G_SOURCE_CONTINUE;
}

static void
stop_progress (MarsadWindow *self)
{
  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_pointer (&self->progress, marsad_progress_unref);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
}

static MarsadProgress *
start_progress (MarsadWindow *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  stop_progress (self);
  self->progress = marsad_progress_new ();
  self->load_started = g_get_monotonic_time ();
  self->progress_source = g_timeout_add (50, progress_tick_cb, self);
  return self->progress;
}

/* Showing an analysis ----------------------------------------------------- */

static void
update_header (MarsadWindow *self)
{
  MarsadDocument *doc = get_doc (self);
  GFile *file = self->analysis != NULL ? marsad_analysis_get_file (self->analysis) : NULL;
  g_autofree char *base = file != NULL ? g_file_get_basename (file) : NULL;
  const char *title = doc != NULL && doc->title != NULL ? doc->title
                      : base != NULL ? base : _("Pasted Article");

  gtk_label_set_label (self->title_label, doc != NULL ? title : _("Marsad"));
  gtk_window_set_title (GTK_WINDOW (self), doc != NULL ? title : _("Marsad"));
  gtk_widget_set_visible (GTK_WIDGET (self->date_button), doc != NULL);
  if (doc == NULL)
    return;

  if (doc->published != NULL && g_date_valid (doc->published))
    {
      char buf[64];
      g_autofree char *label = NULL;
      g_autoptr(GDateTime) dt = g_date_time_new_local (g_date_get_year (doc->published),
                                                       g_date_get_month (doc->published),
                                                       g_date_get_day (doc->published), 0, 0, 0);

      g_date_strftime (buf, sizeof buf, "%A %e %B %Y", doc->published);
      label = g_strdup_printf (doc->published_from_text ? _("Published %s (dateline)")
                                                        : _("Published %s"), g_strstrip (buf));
      gtk_menu_button_set_label (self->date_button, label);
      self->updating_calendar = TRUE;
      gtk_calendar_select_day (self->calendar, dt);
      self->updating_calendar = FALSE;
    }
  else
    gtk_menu_button_set_label (self->date_button, _("Set Publication Date"));
}

static void
refresh (MarsadWindow *self,
         gboolean      fit)
{
  MarsadDocument *doc = get_doc (self);
  g_autofree char *selected = g_strdup (marsad_place_panel_get_place_id (self->place_panel));

  marsad_article_view_set_document (self->article_view, doc);
  marsad_map_widget_set_document (self->map_view, doc, self->show_background, fit);
  marsad_event_list_set_document (self->event_list, doc, self->show_background);
  marsad_place_list_set_document (self->place_list, doc);
  update_header (self);

  if (selected != NULL && doc != NULL && marsad_document_find_place (doc, selected) != NULL)
    marsad_window_select_place (self, selected);
  else
    marsad_window_select_place (self, NULL);
  gtk_stack_set_visible_child_name (self->main_stack, doc != NULL ? "content" : "empty");
}

static void
analysis_changed_cb (MarsadWindow *self)
{
  refresh (self, FALSE);
}

static void
set_analysis (MarsadWindow   *self,
              MarsadAnalysis *analysis)
{
  if (self->analysis != NULL)
    g_signal_handlers_disconnect_by_func (self->analysis, analysis_changed_cb, self);
  g_set_object (&self->analysis, analysis);
  if (analysis != NULL)
    g_signal_connect_swapped (analysis, "changed", G_CALLBACK (analysis_changed_cb), self);
  marsad_place_panel_set_place (self->place_panel, NULL, NULL);
  refresh (self, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (marsad_article_view_get_text_view (self->article_view)));
}

static void
report_first_frame_cb (GdkFrameClock *clock,
                       gpointer       user_data)
{
  /* bench/bench-startup: the first frame that shows the analysed article */
  g_print ("MARSAD_FIRST_FRAME %" G_GINT64_FORMAT "\n", g_get_real_time ());
  fflush (stdout);
  _exit (0);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(MarsadWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadAnalysis) analysis = marsad_analysis_load_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  stop_progress (self);
  if (analysis == NULL)
    {
      marsad_window_show_error (self, error->message);
      return;
    }

  set_analysis (self, analysis);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-analysis", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-map", TRUE);
  if (marsad_analysis_get_file (analysis) != NULL)
    {
      g_autofree char *uri = g_file_get_uri (marsad_analysis_get_file (analysis));

      gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
      marsad_application_rebuild_recent (get_app (self));
    }
  if (g_getenv ("MARSAD_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                      G_CALLBACK (report_first_frame_cb), NULL);
}

void
marsad_window_load_file (MarsadWindow *self,
                         GFile        *file,
                         const GDate  *published)
{
  MarsadProgress *progress;

  g_return_if_fail (MARSAD_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  progress = start_progress (self);
  marsad_analysis_load_async (get_app (self), file, published, progress, self->cancellable,
                              loaded_cb, g_object_ref (self));
}

void
marsad_window_load_text (MarsadWindow *self,
                         const char   *text,
                         const GDate  *published)
{
  MarsadProgress *progress;

  g_return_if_fail (MARSAD_IS_WINDOW (self));

  progress = start_progress (self);
  marsad_analysis_load_text_async (get_app (self), _("Pasted text"), text, published, progress,
                                   self->cancellable, loaded_cb, g_object_ref (self));
}

static void
reanalyzed_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(MarsadWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadAnalysis) analysis = marsad_analysis_load_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  stop_progress (self);
  if (analysis == NULL)
    {
      marsad_window_show_error (self, error->message);
      return;
    }
  set_analysis (self, analysis);
  show_info (self, _("Dates resolved again for the new publication date"));
}

void
marsad_window_set_published (MarsadWindow *self,
                             const GDate  *published)
{
  MarsadDocument *doc = get_doc (self);
  MarsadProgress *progress;

  if (doc == NULL || published == NULL || !g_date_valid (published))
    return;
  if (doc->published != NULL && g_date_compare (doc->published, published) == 0)
    return;
  progress = start_progress (self);
  marsad_analysis_reanalyze_async (self->analysis, get_app (self), published, progress,
                                   self->cancellable, reanalyzed_cb, g_object_ref (self));
}

static void
calendar_day_selected_cb (MarsadWindow *self)
{
  g_autoptr(GDateTime) dt = gtk_calendar_get_date (self->calendar);
  GDate date;

  if (self->updating_calendar)
    return;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (dt), g_date_time_get_month (dt),
                  g_date_time_get_year (dt));
  gtk_popover_popdown (self->date_popover);
  marsad_window_set_published (self, &date);
}

/* Linking ----------------------------------------------------------------- */

void
marsad_window_select_place (MarsadWindow *self,
                            const char   *place_id)
{
  MarsadDocument *doc = get_doc (self);

  if (doc == NULL || (place_id != NULL && marsad_document_find_place (doc, place_id) == NULL))
    place_id = NULL;
  marsad_map_widget_select_place (self->map_view, place_id);
  marsad_article_view_highlight_place (self->article_view, place_id);
  marsad_place_list_select_place (self->place_list, place_id);
  marsad_place_panel_set_place (self->place_panel, doc, place_id);
  gtk_widget_set_visible (GTK_WIDGET (self->place_panel), place_id != NULL);
}

void
marsad_window_select_event (MarsadWindow *self,
                            const char   *event_id)
{
  MarsadDocument *doc = get_doc (self);
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

static void
place_panel_closed_cb (MarsadWindow *self)
{
  marsad_window_select_place (self, NULL);
}

/* Corrections ------------------------------------------------------------- */

static void
place_moved_cb (const char                  *place_id,
                const MarsadGazetteerRecord *record,
                gpointer                     user_data)
{
  MarsadWindow *self = user_data;
  MarsadPlace *place = get_doc (self) != NULL ? marsad_document_find_place (get_doc (self), place_id) : NULL;

  if (place == NULL)
    return;
  marsad_correction_move_place (place, record);
  marsad_analysis_changed (self->analysis);
  marsad_map_widget_fly_to_place (self->map_view, place);
}

static void
move_place_cb (MarsadWindow *self,
               const char   *place_id)
{
  g_autoptr(GError) error = NULL;
  MarsadGazetteer *gazetteer = marsad_application_get_gazetteer (get_app (self), &error);
  MarsadPlace *place = get_doc (self) != NULL ? marsad_document_find_place (get_doc (self), place_id) : NULL;

  if (gazetteer == NULL)
    {
      marsad_window_show_error (self, error->message);
      return;
    }
  if (place != NULL)
    gtk_window_present (marsad_move_place_dialog_new (GTK_WINDOW (self), gazetteer, place,
                                                      place_moved_cb, self));
}

static void
remove_place_cb (MarsadWindow *self,
                 const char   *place_id)
{
  MarsadDocument *doc = get_doc (self);
  MarsadPlace *place = doc != NULL ? marsad_document_find_place (doc, place_id) : NULL;
  g_autofree char *message = NULL;

  if (place == NULL)
    return;
  message = g_strdup_printf (_("“%s” removed"), place->name);
  marsad_correction_remove_place (doc, place_id);
  marsad_analysis_changed (self->analysis);
  show_info (self, message);
}

static void
event_edited_cb (const char *event_id,
                 const char *type,
                 const char *date,
                 const char *place_id,
                 gpointer    user_data)
{
  MarsadWindow *self = user_data;
  MarsadEvent *event = get_doc (self) != NULL ? marsad_document_find_event (get_doc (self), event_id) : NULL;

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

static void
edit_event_cb (MarsadWindow *self,
               const char   *event_id)
{
  MarsadDocument *doc = get_doc (self);
  MarsadEvent *event = doc != NULL ? marsad_document_find_event (doc, event_id) : NULL;

  if (event != NULL)
    gtk_window_present (marsad_edit_event_dialog_new (GTK_WINDOW (self), doc, event,
                                                      event_edited_cb, self));
}

/* Actions ----------------------------------------------------------------- */

gboolean
marsad_window_save_analysis (MarsadWindow  *self,
                             const char    *path,
                             GError       **error)
{
  MarsadDocument *doc = get_doc (self);

  g_return_val_if_fail (doc != NULL, FALSE);
  return marsad_document_save (doc, path, error);
}

static void
save_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  MarsadWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT && get_doc (self) != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;

      if (path == NULL || !marsad_window_save_analysis (self, path, &error))
        marsad_window_show_error (self, error != NULL ? error->message : _("Only local files can be saved"));
      else
        {
          g_autofree char *uri = g_file_get_uri (file);

          gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
          show_info (self, _("Analysis saved"));
        }
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
save_analysis_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  MarsadWindow *self = MARSAD_WINDOW (widget);
  MarsadDocument *doc = get_doc (self);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (doc == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Save Analysis"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (doc->path != NULL)
    {
      g_autofree char *base = g_path_get_basename (doc->path);
      char *dot = strrchr (base, '.');

      if (dot != NULL && !g_str_has_suffix (base, ".json"))
        *dot = '\0';
      name = g_str_has_suffix (base, ".json") ? g_strdup (base) : g_strconcat (base, ".marsad.json", NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name != NULL ? name : _("analysis.marsad.json"));
  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_export_dialog (MarsadWindow *self)
{
  /* The Export Map dialog (src/marsad-export-dialog.h) is not there yet. */
  marsad_window_show_error (self, _("Map export is not available in this build"));
}

static void
export_map_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  MarsadWindow *self = MARSAD_WINDOW (widget);

  if (get_doc (self) == NULL)
    return;
  open_export_dialog (self);
}

static void
fit_events_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  marsad_map_widget_fit_events (MARSAD_WINDOW (widget)->map_view, TRUE);
}

static void
paste_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(MarsadWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (text == NULL || g_strstrip (text)[0] == '\0')
    {
      marsad_window_show_error (self, _("The clipboard holds no text to analyse"));
      return;
    }
  if (marsad_window_is_empty (self))
    marsad_window_load_text (self, text, NULL);
  else
    {
      MarsadWindow *other = marsad_window_new (get_app (self));

      gtk_window_present (GTK_WINDOW (other));
      marsad_window_load_text (other, text, NULL);
    }
}

static void
paste_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL,
                                 paste_done_cb, g_object_ref (widget));
}

/* Drag and drop ----------------------------------------------------------- */

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         MarsadWindow  *self)
{
  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = g_value_get_boxed (value);

      for (GSList *l = files; l != NULL; l = l->next)
        {
          if (l == files && marsad_window_is_empty (self))
            marsad_window_load_file (self, l->data, NULL);
          else
            marsad_application_open_file (get_app (self), l->data, NULL);
        }
      return files != NULL;
    }
  if (G_VALUE_HOLDS_STRING (value) && g_value_get_string (value) != NULL)
    {
      if (marsad_window_is_empty (self))
        marsad_window_load_text (self, g_value_get_string (value), NULL);
      else
        {
          MarsadWindow *other = marsad_window_new (get_app (self));

          gtk_window_present (GTK_WINDOW (other));
          marsad_window_load_text (other, g_value_get_string (value), NULL);
        }
      return TRUE;
    }
  return FALSE;
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
            refresh (self, FALSE);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
save_window_state (MarsadWindow *self)
{
  GSettings *settings = marsad_application_get_settings (get_app (self));
  int width, height;

  if (settings == NULL)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }
}

static gboolean
marsad_window_close_request (GtkWindow *window)
{
  MarsadWindow *self = MARSAD_WINDOW (window);

  save_window_state (self);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  return GTK_WINDOW_CLASS (marsad_window_parent_class)->close_request (window);
}

static void
online_tiles_changed_cb (MarsadWindow *self,
                         const char   *key,
                         GSettings    *settings)
{
  marsad_map_widget_set_online (self->map_view, g_settings_get_boolean (settings, key));
}

static void
marsad_window_constructed (GObject *object)
{
  MarsadWindow *self = MARSAD_WINDOW (object);
  MarsadApplication *app;
  GSettings *settings;

  G_OBJECT_CLASS (marsad_window_parent_class)->constructed (object);

  app = get_app (self);
  if (app == NULL)
    return;
  g_menu_append_section (self->recent_submenu, NULL, marsad_application_get_recent_menu (app));
  settings = marsad_application_get_settings (app);
  if (settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (settings, "window-width"),
                                   g_settings_get_int (settings, "window-height"));
      if (g_settings_get_boolean (settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      g_settings_bind (settings, "show-background-events", self, "show-background",
                       G_SETTINGS_BIND_DEFAULT);
      g_signal_connect_object (settings, "changed::online-tiles",
                               G_CALLBACK (online_tiles_changed_cb), self, G_CONNECT_SWAPPED);
      online_tiles_changed_cb (self, "online-tiles", settings);
    }
}

static void
marsad_window_dispose (GObject *object)
{
  MarsadWindow *self = MARSAD_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  stop_progress (self);
  if (self->analysis != NULL)
    g_signal_handlers_disconnect_by_func (self->analysis, analysis_changed_cb, self);
  g_clear_object (&self->analysis);
  gtk_widget_dispose_template (GTK_WIDGET (self), MARSAD_TYPE_WINDOW);
  G_OBJECT_CLASS (marsad_window_parent_class)->dispose (object);
}

static void
marsad_window_finalize (GObject *object)
{
  g_free (MARSAD_WINDOW (object)->last_error);
  G_OBJECT_CLASS (marsad_window_parent_class)->finalize (object);
}

static void
marsad_window_class_init (MarsadWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = marsad_window_constructed;
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
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, date_button);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, date_popover);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, calendar);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, article_view);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, map_view);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, side_stack);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, event_list);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, place_list);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, place_panel);
  gtk_widget_class_bind_template_child (widget_class, MarsadWindow, recent_submenu);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, place_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, event_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, edit_event_cb);
  gtk_widget_class_bind_template_callback (widget_class, move_place_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_place_cb);
  gtk_widget_class_bind_template_callback (widget_class, place_panel_closed_cb);

  gtk_widget_class_install_action (widget_class, "win.save-analysis", NULL, save_analysis_action);
  gtk_widget_class_install_action (widget_class, "win.export-map", NULL, export_map_action);
  gtk_widget_class_install_action (widget_class, "win.fit-events", NULL, fit_events_action);
  gtk_widget_class_install_action (widget_class, "win.paste", NULL, paste_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-background", "show-background");
}

static void
marsad_window_init (MarsadWindow *self)
{
  GtkDropTarget *drop;
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_STRING };

  self->show_background = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (drop, types, G_N_ELEMENTS (types));
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-analysis", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-map", FALSE);
}

MarsadWindow *
marsad_window_new (MarsadApplication *app)
{
  return g_object_new (MARSAD_TYPE_WINDOW, "application", app, NULL);
}

gboolean
marsad_window_is_empty (MarsadWindow *self)
{
  g_return_val_if_fail (MARSAD_IS_WINDOW (self), FALSE);
  return self->analysis == NULL && self->progress == NULL;
}

gboolean
marsad_window_is_busy (MarsadWindow *self)
{
  g_return_val_if_fail (MARSAD_IS_WINDOW (self), FALSE);
  return self->progress != NULL;
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
