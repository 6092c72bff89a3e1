/* marsad-focus.c: keys the window takes that the focused field should get
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "marsad-focus.h"

static gboolean
is_editable (GtkWidget *focus)
{
  if (GTK_IS_TEXT_VIEW (focus))
    return gtk_text_view_get_editable (GTK_TEXT_VIEW (focus));
  return GTK_IS_EDITABLE (focus) && gtk_editable_get_editable (GTK_EDITABLE (focus));
}

gboolean
marsad_focus_take_action (GtkWidget  *window,
                          const char *action)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  if (focus == NULL || !is_editable (focus))
    return FALSE;
  gtk_widget_activate_action (focus, action, NULL);
  return TRUE;
}
