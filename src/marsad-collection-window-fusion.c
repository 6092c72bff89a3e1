/* marsad-collection-window-fusion.c: the user's split and merge
 *
 * The panel under the timeline shows the chosen event's reports and why
 * they were fused. Split separates every report of it (or one, with the
 * report's own button); Merge With… waits for the other event to be
 * chosen on the timeline or the map. Both go to
 * the collection's worker (marsad_collection_split_event(),
 * marsad_collection_merge_events(): the choice is kept in the file and
 * every fusion after follows it), then the window asks again for what it
 * shows and keeps the panel on the event that holds the first report.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "marsad-collection-window-private.h"

static MarsadCollectionEvent *
find_event (MarsadCollectionWindow *self,
            gint64                  id)
{
  for (guint i = 0; id >= 0 && self->events != NULL && i < self->events->len; i++)
    {
      MarsadCollectionEvent *e = g_ptr_array_index (self->events, i);

      if (e->id == id)
        return e;
    }
  return NULL;
}

/* The event that now holds the report followed through a change. */
static MarsadCollectionEvent *
find_report (MarsadCollectionWindow *self)
{
  for (guint i = 0; self->events != NULL && i < self->events->len; i++)
    {
      MarsadCollectionEvent *e = g_ptr_array_index (self->events, i);

      for (guint s = 0; s < e->sources->len; s++)
        {
          const MarsadEventSource *src = g_ptr_array_index (e->sources, s);

          if (src->article_id == self->follow_article && g_strcmp0 (src->event_id, self->follow_event) == 0)
            return e;
        }
    }
  return NULL;
}

void
marsad_collection_window_update_event_panel (MarsadCollectionWindow *self)
{
  MarsadCollectionEvent *e;

  if (self->follow_event != NULL && self->changes == 0)
    {
      e = find_report (self);
      g_clear_pointer (&self->follow_event, g_free);
      if (e != NULL)
        {
          g_autofree char *id = g_strdup_printf ("e%" G_GINT64_FORMAT, e->id);

          self->selected_event = e->id;
          marsad_event_list_select_event (self->timeline, id);
        }
    }
  e = find_event (self, self->selected_event);
  if (find_event (self, self->merging) == NULL)
    self->merging = -1;
  marsad_fused_event_panel_set_event (self->event_panel, e);
  marsad_fused_event_panel_set_merging (self->event_panel, self->merging >= 0);
  gtk_revealer_set_reveal_child (self->event_revealer, e != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.split-event",
                                 e != NULL && e->sources->len > 1 && self->changes == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.merge-event", e != NULL && self->changes == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.split-report",
                                 e != NULL && e->sources->len > 2 && self->changes == 0);
}

static void
follow (MarsadCollectionWindow      *self,
        const MarsadCollectionEvent *e)
{
  const MarsadEventSource *first = g_ptr_array_index (e->sources, 0);

  self->follow_article = first->article_id;
  g_free (self->follow_event);
  self->follow_event = g_strdup (first->event_id);
}

static void
changed_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(MarsadCollectionWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  self->pending--;
  self->changes--;
  if (!marsad_collection_service_change_finish (MARSAD_COLLECTION_SERVICE (source), result, &error) &&
      !self->closing)
    marsad_collection_window_show_error (self, error->message);
  if (self->changes == 0 && !self->closing)
    marsad_collection_window_reload (self);
}

static void
split_event_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MarsadCollectionWindow *self = MARSAD_COLLECTION_WINDOW (widget);
  MarsadCollectionEvent *e = find_event (self, self->selected_event);

  if (e == NULL || e->sources->len < 2 || self->changes > 0)
    return;
  self->merging = -1;
  follow (self, e);
  /* each report but the last leaves the reports after it: all apart */
  for (guint i = 0; i + 1 < e->sources->len; i++)
    {
      const MarsadEventSource *src = g_ptr_array_index (e->sources, i);

      self->pending++;
      self->changes++;
      marsad_collection_service_split_event_async (self->service, src->article_id, src->event_id, NULL,
                                                   changed_cb, g_object_ref (self));
    }
  marsad_collection_window_update_event_panel (self);
}

/* One report leaves the others, which stay one event: the panel stays
 * on them. */
static void
split_report_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MarsadCollectionWindow *self = MARSAD_COLLECTION_WINDOW (widget);
  MarsadCollectionEvent *e = find_event (self, self->selected_event);
  const char *event_id = NULL;
  gint64 article_id = -1;

  g_variant_get (parameter, "(x&s)", &article_id, &event_id);
  if (e == NULL || e->sources->len < 2 || self->changes > 0)
    return;
  for (guint i = 0; i < e->sources->len; i++)
    {
      const MarsadEventSource *src = g_ptr_array_index (e->sources, i);

      if (src->article_id != article_id || g_strcmp0 (src->event_id, event_id) != 0)
        {
          self->follow_article = src->article_id;
          g_free (self->follow_event);
          self->follow_event = g_strdup (src->event_id);
          break;
        }
    }
  self->merging = -1;
  self->pending++;
  self->changes++;
  marsad_collection_service_split_event_async (self->service, article_id, event_id, NULL,
                                               changed_cb, g_object_ref (self));
  marsad_collection_window_update_event_panel (self);
}

static void
merge_event_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MarsadCollectionWindow *self = MARSAD_COLLECTION_WINDOW (widget);

  /* the button starts the choice of the other event, or gives it up */
  self->merging = self->merging >= 0 ? -1 : self->selected_event;
  marsad_collection_window_update_event_panel (self);
}

gboolean
marsad_collection_window_choose_event (MarsadCollectionWindow *self,
                                       gint64                  event_id)
{
  MarsadCollectionEvent *e = find_event (self, self->merging);

  if (e == NULL || event_id < 0 || event_id == self->merging || self->changes > 0)
    return FALSE;
  follow (self, e);
  self->pending++;
  self->changes++;
  marsad_collection_service_merge_events_async (self->service, self->merging, event_id, NULL,
                                                changed_cb, g_object_ref (self));
  self->merging = -1;
  marsad_collection_window_update_event_panel (self);
  return TRUE;
}

gint64
marsad_collection_window_get_merging (MarsadCollectionWindow *self)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_WINDOW (self), -1);
  return self->merging;
}

MarsadFusedEventPanel *
marsad_collection_window_get_event_panel (MarsadCollectionWindow *self)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_WINDOW (self), NULL);
  return self->event_panel;
}

void
marsad_collection_window_class_init_fusion (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.split-event", NULL, split_event_action);
  gtk_widget_class_install_action (widget_class, "win.merge-event", NULL, merge_event_action);
  gtk_widget_class_install_action (widget_class, "win.split-report", "(xs)", split_report_action);
}
