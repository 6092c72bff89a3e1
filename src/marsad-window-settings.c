/* marsad-window-settings.c: what the window keeps in GSettings
 *
 * Its size (saved when it closes), and, from the application's settings,
 * the basemap style, online tiles, background events and the map's legend,
 * each followed while the window is open; and the Open Recent menu. GtkWindow:application
 * is set after constructed() (it is no construct property), so all of it
 * is taken when the window first joins an application.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "marsad-window-private.h"

void
marsad_window_save_state (MarsadWindow *self)
{
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  int width, height;

  if (self->settings == NULL)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  if (!maximized && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static void
online_tiles_changed_cb (MarsadWindow *self,
                         const char   *key,
                         GSettings    *settings)
{
  marsad_map_widget_set_online (self->map_view, g_settings_get_boolean (settings, key));
}

static void
basemap_style_changed_cb (MarsadWindow *self,
                          const char   *key,
                          GSettings    *settings)
{
  marsad_map_widget_set_color_scheme (self->map_view, g_settings_get_enum (settings, key));
}

/* Once, when the window first joins an application. */
void
marsad_window_application_changed_cb (MarsadWindow *self)
{
  MarsadApplication *app = marsad_window_get_app (self);
  GSettings *settings;

  if (app == NULL || self->joined_application)
    return;
  self->joined_application = TRUE;
  g_menu_append_section (self->recent_submenu, NULL, marsad_application_get_recent_menu (app));

  settings = marsad_application_get_settings (app);
  if (settings == NULL)
    return;
  self->settings = g_object_ref (settings);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  g_settings_bind (settings, "show-background-events", self, "show-background",
                   G_SETTINGS_BIND_DEFAULT);
  /* the header bar's Legend toggle (win.show-legend) follows the map */
  g_settings_bind (settings, "show-legend", self->map_view, "show-legend",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (settings, "changed::online-tiles",
                           G_CALLBACK (online_tiles_changed_cb), self, G_CONNECT_SWAPPED);
  online_tiles_changed_cb (self, "online-tiles", settings);
  g_signal_connect_object (settings, "changed::basemap-style",
                           G_CALLBACK (basemap_style_changed_cb), self, G_CONNECT_SWAPPED);
  basemap_style_changed_cb (self, "basemap-style", settings);
}
