/* marsad-application.c: the GUI application
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "marsad-about.h"
#include "marsad-application.h"
#include "marsad-collection-window.h"
#include "marsad-data.h"
#include "marsad-dates.h"
#include "marsad-preferences-window.h"
#include "marsad-timings.h"
#include "marsad-window.h"
#include "marsad-workers.h"

#define MAX_RECENT 8

struct _MarsadApplication
{
  AdwApplication    parent_instance;

  GSettings        *settings;
  GMutex            extractor_lock;
  MarsadExtractor  *extractor;
  MarsadBasemap    *basemap;
  GMenu            *recent_menu;
  MarsadWorkers    *workers;    /* every thread the shutdown waits for */
};

G_DEFINE_FINAL_TYPE (MarsadApplication, marsad_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "published", 'p', 0, G_OPTION_ARG_STRING, NULL,
    N_("The article’s publication date, resolving “yesterday” and weekdays"), N_("YYYY-MM-DD") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

static GSettings *
lookup_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL)
    return NULL;
  schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

static gboolean
parse_date (const char *text,
            GDate      *date)
{
  g_date_clear (date, 1);
  if (text == NULL)
    return FALSE;
  /* ISO dates win; else the locale's order, as g_date_set_parse reads it */
  if (marsad_date_parse_iso (text, date))
    return TRUE;
  g_date_set_parse (date, text);
  return g_date_valid (date);
}

static MarsadWindow *
find_empty_window (MarsadApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (MARSAD_IS_WINDOW (l->data) && marsad_window_is_empty (l->data))
      return l->data;
  return NULL;
}

void
marsad_application_open_file (MarsadApplication *self,
                              GFile             *file,
                              const GDate       *published)
{
  MarsadWindow *window = find_empty_window (self);

  if (marsad_collection_window_handles (file))
    {
      /* one window a collection: the open one comes to the front */
      for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
        if (MARSAD_IS_COLLECTION_WINDOW (l->data) &&
            g_file_equal (marsad_collection_window_get_file (l->data), file))
          {
            gtk_window_present (l->data);
            return;
          }
      gtk_window_present (GTK_WINDOW (marsad_collection_window_new (self, file)));
      return;
    }
  if (window == NULL)
    window = marsad_window_new_for_file (self, file, published);
  else
    marsad_window_load_file (window, file, published);
  marsad_window_present_when_loaded (window);
}

static void
open_sample (MarsadApplication *self)
{
  g_autofree char *path = marsad_data_find_file ("sample-article.txt");
  MarsadWindow *window = find_empty_window (self);

  if (window == NULL)
    window = marsad_window_new (self);
  if (path == NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      marsad_window_show_error (window, _("The sample article is not installed"));
      return;
    }
  {
    g_autoptr(GFile) file = g_file_new_for_path (path);
    GDate date;

    /* The sample's dateline says Tuesday 12 March 2024. */
    g_date_clear (&date, 1);
    g_date_set_dmy (&date, 12, G_DATE_MARCH, 2024);
    marsad_window_load_file (window, file, &date);
  }
  marsad_window_present_when_loaded (window);
}

static int
marsad_application_command_line (GApplication            *app,
                                 GApplicationCommandLine *cmdline)
{
  MarsadApplication *self = MARSAD_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (cmdline);
  g_autofree char *published_text = NULL;
  g_autofree const char **files = NULL;
  GDate published;
  gboolean have_date = FALSE;

  marsad_timing_mark ("command-line");
  g_variant_dict_lookup (options, "published", "s", &published_text);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  if (published_text != NULL)
    {
      have_date = parse_date (published_text, &published);
      if (!have_date)
        {
          g_application_command_line_printerr (cmdline,
                                               _("Invalid date “%s”: use YYYY-MM-DD\n"),
                                               published_text);
          return 1;
        }
    }

  if (files == NULL || files[0] == NULL)
    {
      gboolean first_run = self->settings != NULL &&
                           g_settings_get_boolean (self->settings, "first-run");

      if (first_run)
        {
          g_settings_set_boolean (self->settings, "first-run", FALSE);
          open_sample (self);
        }
      else
        {
          MarsadWindow *window = find_empty_window (self);

          if (window == NULL)
            window = marsad_window_new (self);
          gtk_window_present (GTK_WINDOW (window));
        }
      return 0;
    }

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (cmdline, files[i]);

      marsad_application_open_file (self, file, have_date ? &published : NULL);
    }
  return 0;
}

static void
open_response_cb (GtkNativeDialog   *dialog,
                  int                response,
                  MarsadApplication *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          marsad_application_open_file (self, file, NULL);
        }
    }
  g_object_unref (dialog);
}

static void
open_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  MarsadApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;

  chooser = gtk_file_chooser_native_new (_("Open Article"), parent,
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Articles and Analyses"));
  gtk_file_filter_add_mime_type (filter, "text/plain");
  gtk_file_filter_add_mime_type (filter, "text/html");
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "marsad");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("All Files"));
  gtk_file_filter_add_pattern (filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);

  g_signal_connect (chooser, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_recent_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  marsad_application_open_file (MARSAD_APPLICATION (user_data), file, NULL);
}

static void
open_sample_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  open_sample (MARSAD_APPLICATION (user_data));
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (marsad_window_new (MARSAD_APPLICATION (user_data))));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (marsad_preferences_window_new (parent,
                                                                 MARSAD_APPLICATION (user_data)->settings)));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  marsad_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (user_data)));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  /* closed, not destroyed: each window saves its size and asks about
   * unsaved corrections. GTK closes only a realized window: one still
   * waiting for its article (marsad_window_present_when_loaded) is not
   * shown yet, has nothing to save or ask, and is destroyed. */
  for (GList *l = windows; l; l = l->next)
    {
      if (gtk_widget_get_realized (l->data))
        gtk_window_close (l->data);
      else
        gtk_window_destroy (l->data);
    }
  g_list_free (windows);
}

static const GActionEntry app_actions[] = {
  { "open", open_action },
  { "open-recent", open_recent_action, "s" },
  { "open-sample", open_sample_action },
  { "new-window", new_window_action },
  { "preferences", preferences_action },
  { "about", about_action },
  { "quit", quit_action },
};

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *ma = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *mb = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return g_date_time_compare (mb, ma);
}

void
marsad_application_rebuild_recent (MarsadApplication *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items = gtk_recent_manager_get_items (manager);
  const char *app_name = g_get_application_name ();
  guint n = 0;

  g_menu_remove_all (self->recent_menu);
  items = g_list_sort (items, compare_recent);
  for (GList *l = items; l != NULL && n < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      g_autoptr(GMenuItem) item = NULL;

      if (app_name == NULL || !gtk_recent_info_has_application (info, app_name))
        continue;
      if (!gtk_recent_info_exists (info))
        continue;
      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target (item, "app.open-recent", "s",
                                         gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
      n++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

static void
preload_extractor_thread (GTask        *task,
                          gpointer      source_object,
                          gpointer      task_data,
                          GCancellable *cancellable)
{
  g_autoptr(MarsadExtractor) extractor = marsad_application_dup_extractor (source_object, NULL);

  /* a failure is reported to whoever asks for it next, when it is made again */
  g_task_return_boolean (task, extractor != NULL);
}

/* The gazetteer and the event lexicon are read beside GTK's own start-up:
 * an article given on the command line needs them as soon as its window
 * is built. Nothing waits for this task; the extractor it leaves is the
 * one every window shares. (The icon theme was tried too: a lookup in a
 * thread deadlocked with the main thread registering types.) */
static void
start_loading_extractor (MarsadApplication *self)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, NULL, NULL);

  marsad_workers_run_in_thread (self->workers, task, preload_extractor_thread);
}

static void
marsad_application_startup (GApplication *app)
{
  MarsadApplication *self = MARSAD_APPLICATION (app);
  static const struct { const char *action; const char *accels[4]; } accels[] = {
    { "app.open", { "<Control>o", NULL } },
    { "app.new-window", { "<Control>n", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.save-analysis", { "<Control>s", NULL } },
    { "win.export-map", { "<Control>e", NULL } },
    { "win.export-events", { "<Control><Shift>e", NULL } },
    { "win.fit-events", { "<Control>0", NULL } },
    { "win.find", { "<Control>f", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.zoom-in", { "<Control>plus", "<Control>equal", "<Control>KP_Add" } },
    { "win.zoom-out", { "<Control>minus", "<Control>KP_Subtract", NULL } },
    { "win.next-event", { "<Alt>Down", NULL } },
    { "win.previous-event", { "<Alt>Up", NULL } },
    { "win.paste", { "<Control>v", NULL } },
    { "win.close", { "<Control>w", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
  };

  MarsadTiming t0 = marsad_timing_begin ();

  start_loading_extractor (self);
  /* GTK's display and settings, libadwaita's style sheets and our style.css */
  G_APPLICATION_CLASS (marsad_application_parent_class)->startup (app);
  marsad_timing_end ("gtk-adw-startup", &t0);
  t0 = marsad_timing_begin ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);
  marsad_application_rebuild_recent (self);
  marsad_timing_end ("app-startup", &t0);
}

/* gtk_window_destroy() disposes a window only when its last reference
 * goes, and its load holds one: without this, the load would run on to
 * its end for a window nobody sees, and a quit would wait for it. */
static void
marsad_application_window_removed (GtkApplication *app,
                                   GtkWindow      *window)
{
  if (MARSAD_IS_WINDOW (window))
    marsad_window_cancel_load (MARSAD_WINDOW (window));
  GTK_APPLICATION_CLASS (marsad_application_parent_class)->window_removed (app, window);
}

/* Quitting, or the last window closed: no worker may still run while the
 * program tears down (an extraction in ICU and the gazetteer as they are
 * unloaded). Each is cancelled and waited for, the main loop running. */
static void
marsad_application_shutdown (GApplication *app)
{
  marsad_workers_shutdown (MARSAD_APPLICATION (app)->workers);
  G_APPLICATION_CLASS (marsad_application_parent_class)->shutdown (app);
}

static void
marsad_application_dispose (GObject *object)
{
  MarsadApplication *self = MARSAD_APPLICATION (object);

  /* never run (tests): the same wait */
  if (self->workers != NULL)
    marsad_workers_shutdown (self->workers);
  g_clear_object (&self->workers);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->extractor, marsad_extractor_unref);
  g_clear_pointer (&self->basemap, marsad_basemap_unref);
  g_clear_object (&self->recent_menu);
  G_OBJECT_CLASS (marsad_application_parent_class)->dispose (object);
}

static void
marsad_application_finalize (GObject *object)
{
  g_mutex_clear (&MARSAD_APPLICATION (object)->extractor_lock);
  G_OBJECT_CLASS (marsad_application_parent_class)->finalize (object);
}

static void
marsad_application_class_init (MarsadApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = marsad_application_dispose;
  object_class->finalize = marsad_application_finalize;
  app_class->startup = marsad_application_startup;
  app_class->shutdown = marsad_application_shutdown;
  GTK_APPLICATION_CLASS (klass)->window_removed = marsad_application_window_removed;
  app_class->command_line = marsad_application_command_line;
}

static void
marsad_application_init (MarsadApplication *self)
{
  g_mutex_init (&self->extractor_lock);
  self->workers = marsad_workers_new ();
  self->settings = lookup_settings ();
  self->recent_menu = g_menu_new ();
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
}

MarsadApplication *
marsad_application_new (GApplicationFlags flags)
{
  return g_object_new (MARSAD_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", flags | G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", "/io/github/marsad/Marsad",
                       NULL);
}

GSettings *
marsad_application_get_settings (MarsadApplication *self)
{
  g_return_val_if_fail (MARSAD_IS_APPLICATION (self), NULL);
  return self->settings;
}

MarsadWorkers *
marsad_application_get_workers (MarsadApplication *self)
{
  g_return_val_if_fail (MARSAD_IS_APPLICATION (self), NULL);
  return self->workers;
}

GMenuModel *
marsad_application_get_recent_menu (MarsadApplication *self)
{
  return G_MENU_MODEL (self->recent_menu);
}

MarsadExtractor *
marsad_application_dup_extractor (MarsadApplication  *self,
                                  GError            **error)
{
  MarsadExtractor *ret = NULL;

  g_mutex_lock (&self->extractor_lock);
  if (self->extractor == NULL)
    self->extractor = marsad_extractor_new (error);
  if (self->extractor != NULL)
    ret = marsad_extractor_ref (self->extractor);
  g_mutex_unlock (&self->extractor_lock);
  return ret;
}

static void
dup_extractor_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  GError *error = NULL;
  MarsadExtractor *extractor = marsad_application_dup_extractor (source_object, &error);

  if (extractor == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, extractor, (GDestroyNotify) marsad_extractor_unref);
}

void
marsad_application_dup_extractor_async (MarsadApplication   *self,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, marsad_application_dup_extractor_async);
  marsad_workers_run_in_thread (self->workers, task, dup_extractor_thread);
}

MarsadExtractor *
marsad_application_dup_extractor_finish (MarsadApplication  *self,
                                         GAsyncResult       *result,
                                         GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

MarsadGazetteer *
marsad_application_get_gazetteer (MarsadApplication  *self,
                                  GError            **error)
{
  g_autoptr(MarsadExtractor) extractor = marsad_application_dup_extractor (self, error);

  /* The extractor keeps its gazetteer for as long as the application keeps
   * the extractor, so the borrowed pointer stays valid: one copy in memory. */
  return extractor != NULL ? marsad_extractor_get_gazetteer (extractor) : NULL;
}

MarsadBasemap *
marsad_application_get_basemap (MarsadApplication  *self,
                                GError            **error)
{
  g_return_val_if_fail (MARSAD_IS_APPLICATION (self), NULL);

  /* One basemap for every window's map and every export: it is mapped from
   * data/basemap.bin and read-only once loaded. */
  if (self->basemap == NULL)
    {
      MarsadTiming t0 = marsad_timing_begin ();

      self->basemap = marsad_basemap_load_default (error);
      marsad_timing_end ("basemap-open", &t0);
    }
  return self->basemap;
}

int
marsad_application_run (int    argc,
                        char **argv)
{
  g_autoptr(MarsadApplication) app = NULL;
  GApplicationFlags flags = G_APPLICATION_DEFAULT_FLAGS;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Marsad"));
  if (g_getenv ("MARSAD_NON_UNIQUE") != NULL)
    flags |= G_APPLICATION_NON_UNIQUE;
  app = marsad_application_new (flags);
  marsad_timing_mark ("app-new");
  return g_application_run (G_APPLICATION (app), argc, argv);
}
