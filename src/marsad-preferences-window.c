/* marsad-preferences-window.c
 *
 * Copyright 2026 The Marsad authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "marsad-preferences-window.h"

struct _MarsadPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwComboRow          *basemap_style_row;
  GtkSwitch            *online_tiles_switch;
  GtkSwitch            *background_events_switch;
};

G_DEFINE_FINAL_TYPE (MarsadPreferencesWindow, marsad_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The rows of the basemap style combo, in the order of the .ui file. */
static const char * const basemap_styles[] = {
  "follow-system",
  "light",
  "dark",
};

static gboolean
basemap_style_get_mapping (GValue   *value,
                           GVariant *variant,
                           gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (basemap_styles); i++)
    {
      if (g_strcmp0 (nick, basemap_styles[i]) == 0)
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
basemap_style_set_mapping (const GValue       *value,
                           const GVariantType *expected_type,
                           gpointer            user_data)
{
  guint position = g_value_get_uint (value);

  if (position >= G_N_ELEMENTS (basemap_styles))
    return NULL;

  return g_variant_new_string (basemap_styles[position]);
}

static void
marsad_preferences_window_dispose (GObject *object)
{
  MarsadPreferencesWindow *self = (MarsadPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MARSAD_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (marsad_preferences_window_parent_class)->dispose (object);
}

static void
marsad_preferences_window_finalize (GObject *object)
{
  MarsadPreferencesWindow *self = (MarsadPreferencesWindow *)object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (marsad_preferences_window_parent_class)->finalize (object);
}

static void
marsad_preferences_window_class_init (MarsadPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = marsad_preferences_window_dispose;
  object_class->finalize = marsad_preferences_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/marsad/Marsad/marsad-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MarsadPreferencesWindow, basemap_style_row);
  gtk_widget_class_bind_template_child (widget_class, MarsadPreferencesWindow, online_tiles_switch);
  gtk_widget_class_bind_template_child (widget_class, MarsadPreferencesWindow, background_events_switch);
}

static void
marsad_preferences_window_init (MarsadPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Binds the rows to the application's settings: one GSettings object for
 * the whole application, so that the window's menu toggle and these
 * switches always show the same value. */
static void
bind_settings (MarsadPreferencesWindow *self,
               GSettings               *settings)
{
  self->settings = g_object_ref (settings);
  g_settings_bind_with_mapping (self->settings, "basemap-style",
                                self->basemap_style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                basemap_style_get_mapping,
                                basemap_style_set_mapping,
                                NULL, NULL);
  g_settings_bind (self->settings, "online-tiles",
                   self->online_tiles_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-background-events",
                   self->background_events_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
}

/**
 * marsad_preferences_window_new:
 * @parent: (nullable): the window the preferences belong to
 * @settings: (nullable): the application's `io.github.marsad.Marsad`
 *   settings; NULL (the schema is not installed) leaves the rows insensitive
 *
 * Creates the preferences window. Every change is saved at once in
 * @settings; the rest of the application follows those settings.
 *
 * Returns: (transfer full): a new #MarsadPreferencesWindow
 */
MarsadPreferencesWindow *
marsad_preferences_window_new (GtkWindow *parent,
                               GSettings *settings)
{
  MarsadPreferencesWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (MARSAD_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  if (settings != NULL)
    bind_settings (self, settings);
  else
    gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  return self;
}

GtkWidget *
marsad_preferences_window_get_background_events_switch (MarsadPreferencesWindow *self)
{
  return GTK_WIDGET (self->background_events_switch);
}
