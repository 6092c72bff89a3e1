/* marsad-focus.h: keys the window takes that the focused field should get
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* When the focus in window's root is where the user types (an entry, an
 * editable text view), activates action ("clipboard.paste", "text.undo")
 * there and returns TRUE: the application's accelerators run before the
 * focused widget sees the key. */
gboolean marsad_focus_take_action (GtkWidget  *window,
                                   const char *action);

G_END_DECLS
