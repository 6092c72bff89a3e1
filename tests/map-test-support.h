/* map-test-support.h: what the map widget's GUI tests share — running the
 * main loop a while, and destroying a window safely
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

/* runs the main loop for ms milliseconds */
static inline void
iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

/* GTK 4.8's tooltip timeout outlives a destroyed window under the pointer
 * (Xvfb's sits on ours) and asks a dead surface where the pointer is: let
 * a pending one run while the window is still there. */
static inline void
destroy_window (GtkWindow *window)
{
  iterate (600);
  gtk_window_destroy (window);
}
