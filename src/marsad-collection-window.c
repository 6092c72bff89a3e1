/* marsad-collection-window.c: a collection's articles, map and timeline
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "marsad-collection-window-private.h"

G_DEFINE_FINAL_TYPE (MarsadCollectionWindow, marsad_collection_window, ADW_TYPE_APPLICATION_WINDOW)

/* ---- the collection view ---- */

static void
filters_changed_cb (MarsadCollectionWindow *self,
                    gboolean                dates_only)
{
  marsad_collection_window_refresh (self, dates_only);
}

static void
search_changed_cb (MarsadCollectionWindow *self)
{
  /* the same search finds the articles and their events */
  marsad_collection_window_list_articles (self);
  marsad_collection_window_refresh (self, FALSE);
}

static gint64
event_number (const char *id)
{
  /* marsad_collection_events_to_document() names events "e<id>" */
  return id != NULL && id[0] != '\0' ? g_ascii_strtoll (id + 1, NULL, 10) : -1;
}

static void
place_activated_cb (MarsadCollectionWindow *self,
                    const char             *place_id)
{
  const MarsadPlace *place;

  if (self->events_doc == NULL || place_id == NULL)
    return;
  place = marsad_document_find_place (self->events_doc, place_id);
  if (place == NULL)
    return;
  /* a click on the map lists what happened on that spot */
  marsad_collection_window_show_timeline (self, place);
  marsad_map_widget_select_place (self->map, place_id);
  /* the first of them is the one chosen */
  for (guint i = 0; i < self->events_doc->events->len; i++)
    {
      const MarsadEvent *e = g_ptr_array_index (self->events_doc->events, i);

      if (g_strcmp0 (e->place_id, place_id) == 0)
        {
          /* while a merge waits, the click names the other event */
          if (marsad_collection_window_choose_event (self, event_number (e->id)))
            return;
          self->selected_event = event_number (e->id);
          marsad_event_list_select_event (self->timeline, e->id);
          break;
        }
    }
  marsad_collection_window_update_event_panel (self);
}

static void
event_activated_cb (MarsadCollectionWindow *self,
                    const char             *event_id)
{
  const MarsadDocument *doc = self->timeline_doc != NULL ? self->timeline_doc : self->events_doc;
  const MarsadEvent *event = doc != NULL ? marsad_document_find_event (doc, event_id) : NULL;
  const MarsadPlace *place;

  if (event == NULL || marsad_collection_window_choose_event (self, event_number (event_id)))
    return;
  self->selected_event = event_number (event_id);
  marsad_collection_window_update_event_panel (self);
  place = event->place_id != NULL ? marsad_document_find_place (doc, event->place_id) : NULL;
  if (place == NULL)
    return;
  marsad_map_widget_select_place (self->map, place->id);
  marsad_map_widget_fly_to_place (self->map, place);
}

/* The timeline's edit button: a collection's events are corrected in the
 * article that reports them. */
static void
edit_event_cb (MarsadCollectionWindow *self,
               const char             *event_id)
{
  gint64 id = event_number (event_id);

  for (guint i = 0; self->events != NULL && i < self->events->len; i++)
    {
      const MarsadCollectionEvent *e = g_ptr_array_index (self->events, i);

      if (e->id == id && e->sources->len > 0)
        {
          const MarsadEventSource *src = g_ptr_array_index (e->sources, 0);

          marsad_collection_sidebar_select (self->sidebar, src->article_id);
          return;
        }
    }
}

static void
article_edit_event_cb (MarsadCollectionWindow *self)
{
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("Articles of a collection are corrected with “marsad collection”")));
}

/* ---- one article ---- */

static void
show_page (MarsadCollectionWindow *self)
{
  gboolean article = self->article_id >= 0;

  gtk_widget_set_visible (self->back_button, article);
  if (self->opened)
    gtk_stack_set_visible_child_name (self->content_stack, article ? "article" : "collection");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-collection", article);
}

static void
document_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(MarsadCollectionWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  MarsadDocument *doc, *old;

  self->pending--;
  doc = marsad_collection_service_load_document_finish (MARSAD_COLLECTION_SERVICE (source), result, &error);
  if (doc == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        marsad_collection_window_show_error (self, error->message);
      return;
    }
  old = self->article_doc;
  self->article_doc = doc;
  marsad_article_view_set_document (self->article_view, doc);
  marsad_map_widget_set_document (self->article_map, doc, FALSE, TRUE);
  marsad_event_list_set_document (self->article_events, doc, FALSE);
  g_clear_pointer (&old, marsad_document_free);
  show_page (self);
}

static void
article_selected_cb (MarsadCollectionWindow *self,
                     gint64                  article_id)
{
  if (self->article_cancellable != NULL)
    g_cancellable_cancel (self->article_cancellable);
  g_clear_object (&self->article_cancellable);
  self->article_id = article_id;
  if (article_id < 0)
    {
      show_page (self);
      return;
    }
  self->article_cancellable = g_cancellable_new ();
  self->pending++;
  marsad_collection_service_load_document_async (self->service, article_id, self->article_cancellable,
                                                 document_cb, g_object_ref (self));
}

static void
article_place_activated_cb (MarsadCollectionWindow *self,
                            const char             *place_id)
{
  marsad_map_widget_select_place (self->article_map, place_id);
  marsad_article_view_highlight_place (self->article_view, place_id);
}

static void
article_event_activated_cb (MarsadCollectionWindow *self,
                            const char             *event_id)
{
  const MarsadEvent *event = self->article_doc != NULL ? marsad_document_find_event (self->article_doc, event_id) : NULL;
  const MarsadPlace *place;

  if (event == NULL)
    return;
  marsad_article_view_highlight_sentence (self->article_view, event->sentence);
  place = event->place_id != NULL ? marsad_document_find_place (self->article_doc, event->place_id) : NULL;
  if (place != NULL)
    {
      marsad_map_widget_select_place (self->article_map, place->id);
      marsad_map_widget_fly_to_place (self->article_map, place);
    }
}

/* ---- actions ---- */

static void
show_collection_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  marsad_collection_sidebar_select (MARSAD_COLLECTION_WINDOW (widget)->sidebar, -1);
}

/* Escape gives up a merge being chosen, else goes back to the collection. */
static void
escape_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MarsadCollectionWindow *self = MARSAD_COLLECTION_WINDOW (widget);

  if (self->merging >= 0)
    gtk_widget_activate_action (widget, "win.merge-event", NULL);
  else if (self->article_id >= 0)
    marsad_collection_sidebar_select (self->sidebar, -1);
}

static void
show_all_events_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MarsadCollectionWindow *self = MARSAD_COLLECTION_WINDOW (widget);

  marsad_map_widget_select_place (self->map, NULL);
  marsad_collection_window_show_timeline (self, NULL);
}

static void
fit_events_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MarsadCollectionWindow *self = MARSAD_COLLECTION_WINDOW (widget);

  marsad_map_widget_fit_events (self->article_id >= 0 ? self->article_map : self->map, TRUE);
}

/* ---- the window ---- */

static void
load_basemap (MarsadCollectionWindow *self)
{
  g_autoptr(GError) error = NULL;
  MarsadBasemap *basemap = marsad_application_get_basemap (self->app, &error);

  if (basemap == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The offline map could not be loaded: %s"), error->message);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
      return;
    }
  marsad_map_widget_set_basemap (self->map, basemap);
  marsad_map_widget_set_basemap (self->article_map, basemap);
}

gboolean
marsad_collection_window_handles (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  size_t len = name != NULL ? strlen (name) : 0;

  return len > 7 && g_ascii_strcasecmp (name + len - 7, ".marsad") == 0;
}

MarsadCollectionWindow *
marsad_collection_window_new (MarsadApplication *app,
                              GFile             *file)
{
  MarsadCollectionWindow *self;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_basename (file);

  g_return_val_if_fail (MARSAD_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (MARSAD_TYPE_COLLECTION_WINDOW, "application", app, NULL);
  self->app = g_object_ref (app);
  self->file = g_object_ref (file);
  self->service = marsad_collection_service_new (path != NULL ? path : name, FALSE);
  gtk_window_set_title (GTK_WINDOW (self), name);
  adw_window_title_set_title (self->window_title, name);
  load_basemap (self);
  marsad_collection_window_open (self);
  return self;
}

GFile *
marsad_collection_window_get_file (MarsadCollectionWindow *self)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_WINDOW (self), NULL);
  return self->file;
}

gboolean
marsad_collection_window_is_busy (MarsadCollectionWindow *self)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_WINDOW (self), FALSE);
  return self->pending > 0;
}

GPtrArray *
marsad_collection_window_get_events (MarsadCollectionWindow *self)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_WINDOW (self), NULL);
  return self->events;
}

guint
marsad_collection_window_get_n_total (MarsadCollectionWindow *self)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_WINDOW (self), 0);
  return self->n_total;
}

const char *
marsad_collection_window_get_summary (MarsadCollectionWindow *self)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_WINDOW (self), NULL);
  return gtk_label_get_text (self->events_label);
}

gint64
marsad_collection_window_get_article (MarsadCollectionWindow *self)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_WINDOW (self), -1);
  return self->article_id;
}

gint64
marsad_collection_window_get_selected_event (MarsadCollectionWindow *self)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_WINDOW (self), -1);
  return self->selected_event;
}

const char *
marsad_collection_window_get_error (MarsadCollectionWindow *self)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_WINDOW (self), NULL);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "error") != 0)
    return NULL;
  return adw_status_page_get_description (self->error_page);
}

MarsadCollectionFilters *
marsad_collection_window_get_filters (MarsadCollectionWindow *self)
{
  return self->filters;
}

MarsadCollectionSidebar *
marsad_collection_window_get_sidebar (MarsadCollectionWindow *self)
{
  return self->sidebar;
}

MarsadMapWidget *
marsad_collection_window_get_map (MarsadCollectionWindow *self)
{
  return self->map;
}

MarsadEventList *
marsad_collection_window_get_timeline (MarsadCollectionWindow *self)
{
  return self->timeline;
}

static void
cancel_all (MarsadCollectionWindow *self)
{
  GCancellable **all[] = { &self->events_cancellable, &self->histogram_cancellable,
                           &self->articles_cancellable, &self->article_cancellable };

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      if (*all[i] != NULL)
        g_cancellable_cancel (*all[i]);
      g_clear_object (all[i]);
    }
}

static void
marsad_collection_window_dispose (GObject *object)
{
  MarsadCollectionWindow *self = MARSAD_COLLECTION_WINDOW (object);

  self->closing = TRUE;
  marsad_collection_window_cancel_import (self);
  cancel_all (self);
  /* the widgets point into the documents: they go first */
  gtk_widget_dispose_template (GTK_WIDGET (self), MARSAD_TYPE_COLLECTION_WINDOW);
  G_OBJECT_CLASS (marsad_collection_window_parent_class)->dispose (object);
}

/* gtk_window_destroy() unrealizes the window; the import, which holds it
 * until it ends, stops after the article being written. */
static void
marsad_collection_window_unrealize (GtkWidget *widget)
{
  marsad_collection_window_cancel_import (MARSAD_COLLECTION_WINDOW (widget));
  GTK_WIDGET_CLASS (marsad_collection_window_parent_class)->unrealize (widget);
}

static void
marsad_collection_window_finalize (GObject *object)
{
  MarsadCollectionWindow *self = MARSAD_COLLECTION_WINDOW (object);

  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->events_doc, marsad_document_free);
  g_clear_pointer (&self->timeline_doc, marsad_document_free);
  g_clear_pointer (&self->article_doc, marsad_document_free);
  g_free (self->summary);
  g_free (self->follow_event);
  marsad_collection_window_clear_import (self);
  g_clear_object (&self->service);
  g_clear_object (&self->file);
  g_clear_object (&self->app);
  G_OBJECT_CLASS (marsad_collection_window_parent_class)->finalize (object);
}

static void
marsad_collection_window_class_init (MarsadCollectionWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = marsad_collection_window_dispose;
  object_class->finalize = marsad_collection_window_finalize;
  widget_class->unrealize = marsad_collection_window_unrealize;

  g_type_ensure (MARSAD_TYPE_ARTICLE_VIEW);
  g_type_ensure (MARSAD_TYPE_COLLECTION_FILTERS);
  g_type_ensure (MARSAD_TYPE_COLLECTION_SIDEBAR);
  g_type_ensure (MARSAD_TYPE_EVENT_LIST);
  g_type_ensure (MARSAD_TYPE_FUSED_EVENT_PANEL);
  g_type_ensure (MARSAD_TYPE_MAP_WIDGET);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/marsad/Marsad/marsad-collection-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionWindow, filters);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionWindow, map);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionWindow, events_label);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionWindow, show_all_button);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionWindow, timeline);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionWindow, event_revealer);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionWindow, event_panel);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionWindow, import_bar);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionWindow, import_label);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionWindow, import_progress);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionWindow, import_cancel_button);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionWindow, article_view);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionWindow, article_map);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionWindow, article_events);

  gtk_widget_class_install_action (widget_class, "win.show-collection", NULL, show_collection_action);
  gtk_widget_class_install_action (widget_class, "win.escape", NULL, escape_action);
  gtk_widget_class_install_action (widget_class, "win.show-all-events", NULL, show_all_events_action);
  gtk_widget_class_install_action (widget_class, "win.fit-events", NULL, fit_events_action);
  gtk_widget_class_install_action (widget_class, "win.export-events", NULL, marsad_collection_window_export_events_action);
  gtk_widget_class_install_action (widget_class, "win.export-map", NULL, marsad_collection_window_export_map_action);
  marsad_collection_window_class_init_sources (widget_class);
  marsad_collection_window_class_init_fusion (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.escape", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.fit-events", NULL);
}

static void
marsad_collection_window_init (MarsadCollectionWindow *self)
{
  self->article_id = -1;
  self->selected_event = -1;
  self->merging = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
  marsad_collection_window_init_import (self);

  g_signal_connect_swapped (self->filters, "changed", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->sidebar, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->sidebar, "article-selected", G_CALLBACK (article_selected_cb), self);
  g_signal_connect_swapped (self->map, "place-activated", G_CALLBACK (place_activated_cb), self);
  g_signal_connect_swapped (self->timeline, "event-activated", G_CALLBACK (event_activated_cb), self);
  g_signal_connect_swapped (self->timeline, "edit-event", G_CALLBACK (edit_event_cb), self);
  g_signal_connect_swapped (self->article_map, "place-activated", G_CALLBACK (article_place_activated_cb), self);
  g_signal_connect_swapped (self->article_view, "place-activated", G_CALLBACK (article_place_activated_cb), self);
  g_signal_connect_swapped (self->article_events, "event-activated", G_CALLBACK (article_event_activated_cb), self);
  g_signal_connect_swapped (self->article_events, "edit-event", G_CALLBACK (article_edit_event_cb), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-collection", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-events", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-map", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.split-event", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.merge-event", FALSE);
}
