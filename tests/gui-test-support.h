/* gui-test-support.h: what the window's GUI tests share — the application
 * they run in, waiting, screenshots and the sample article
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-application.h"
#include "marsad-window.h"

/* Renderer and memory settings backend, the build's translations when
 * screenshots are asked for (MARSAD_SCREENSHOT_DIR), gtk_test_init and a
 * registered application. */
MarsadApplication *gui_test_init        (int    *argc,
                                         char ***argv);
/* runs the main loop for ms milliseconds */
void               gui_test_spin        (guint ms);
/* the screen as NAME in MARSAD_SCREENSHOT_DIR, when it is set */
void               gui_test_screenshot  (const char *name);
/* a 1280×800 window on the sample article, dated 12 March 2024, analysed */
MarsadWindow      *gui_test_open_sample (MarsadApplication *app);
/* Waits for the window's map to have a size and to have drawn a few frames
 * since (the map fits its markers at the start of the frame after it is
 * allocated), however slow the build (sanitizers) or the machine. */
void               gui_test_wait_map_drawn (MarsadWindow *window);
/* Counts the basemap tiles being drawn (call once, before any window). */
void               gui_test_track_tiles    (void);
/* Tiles asked of a basemap source whose answer has not come back yet. */
guint              gui_test_get_tiles_in_flight (void);
/* Destroys the window and waits until no tile is being drawn: no worker
 * thread may still draw when the test program exits. */
void               gui_test_destroy_window (MarsadWindow *window);
