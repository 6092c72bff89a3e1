/* map-test-support.h: what the map widget's GUI tests share — running the
 * main loop a while, destroying a window safely, and finding the selection
 * accent the marker layer draws
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include <math.h>

#include "marsad-marker-layer.h"

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

/* The centre of the pixels the marker layer alone draws in the selection
 * accent (the basemap is not in it) within 30 px of (x0, y0), and how
 * many there are. */
static inline guint
count_accent_pixels (MarsadMarkerLayer *layer,
                     double             x0,
                     double             y0,
                     double            *cx,
                     double            *cy)
{
  GtkWidget *widget = GTK_WIDGET (layer);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guint32 *pixels = g_new0 (guint32, (gsize) width * height);
  double sx = 0, sy = 0;
  guint n = 0;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return 0;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, (guchar *) pixels, width * 4);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 p = pixels[y * width + x];
        /* premultiplied ARGB: the accent is blue well over red */
        int a = p >> 24, r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;

        if (fabs (x - x0) > 30 || fabs (y - y0) > 30)
          continue;
        if (a > 80 && b > r + 60 && b > g + 20)
          {
            sx += x;
            sy += y;
            n++;
          }
      }
  if (n > 0)
    {
      *cx = sx / n;
      *cy = sy / n;
    }
  return n;
}
