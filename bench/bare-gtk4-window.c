/* bare-gtk4-window.c: the baseline of bench-startup
 *
 * A plain GTK 4 window with one label. It prints the wall-clock time of its
 * first painted frame, as `marsad` does under MARSAD_BENCH_FIRST_FRAME, and
 * exits at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <gtk/gtk.h>
#include <unistd.h>

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  g_print ("MARSAD_FIRST_FRAME %" G_GINT64_FORMAT "\n", g_get_real_time ());
  fflush (stdout);
  _exit (0);
}

static void
map_cb (GtkWidget *window,
        gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), NULL);
}

static void
activate_cb (GtkApplication *app,
             gpointer        user_data)
{
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Hello"));
  g_signal_connect (window, "map", G_CALLBACK (map_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = gtk_application_new ("io.github.marsad.BareWindow",
                                                       G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
