/* marsad-marker-layer-document.c: what the layer shows — an article's
 * places, or any set of markers (a collection's events)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "marsad-marker-layer-private.h"

/* Past this many markers, the hierarchy is built in a worker thread (10,000
 * take 0.1-0.2 s here, 100,000 a second) while the map shows the old set. */
#define BUILD_IN_THREAD 5000

static void
show (MarsadMarkerLayer  *self,
      MarsadMapMarkerSet *set)
{
  marsad_map_marker_set_free (self->set);
  self->set = set;
  if (self->selected != NULL && marsad_map_marker_set_find (self->set, self->selected) < 0)
    g_clear_pointer (&self->selected, g_free);
  g_clear_pointer (&self->hovered, g_free);
  self->hovered_cluster = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
build_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  MarsadMapClusterPoint *points = task_data;
  guint n = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (task), "n-points"));

  g_task_return_pointer (task, marsad_map_clusters_new (points, n),
                         (GDestroyNotify) marsad_map_clusters_free);
}

static void
built_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  MarsadMarkerLayer *self = MARSAD_MARKER_LAYER (source);
  MarsadMapClusters *clusters = g_task_propagate_pointer (G_TASK (result), NULL);

  /* superseded by a newer set (or the layer is going): dropped */
  if (g_task_had_error (G_TASK (result)) || clusters == NULL ||
      g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))) || self->pending == NULL)
    {
      g_clear_pointer (&clusters, marsad_map_clusters_free);
      return;
    }
  marsad_map_marker_set_take_clusters (self->pending, clusters);
  g_clear_object (&self->building);
  show (self, g_steal_pointer (&self->pending));
  g_signal_emit_by_name (self, "markers-ready");
}

void
marsad_marker_layer_set_markers (MarsadMarkerLayer  *self,
                                 MarsadMapMarkerSet *set)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (MARSAD_IS_MARKER_LAYER (self));
  g_return_if_fail (set != NULL);

  if (self->building != NULL)
    g_cancellable_cancel (self->building);
  g_clear_object (&self->building);
  g_clear_pointer (&self->pending, marsad_map_marker_set_free);

  if (marsad_map_marker_set_get_n (set) < BUILD_IN_THREAD || marsad_map_marker_set_has_clusters (set))
    {
      show (self, set);
      g_signal_emit_by_name (self, "markers-ready");
      return;
    }
  self->pending = set;
  self->building = g_cancellable_new ();
  task = g_task_new (self, self->building, built_cb, NULL);
  g_object_set_data (G_OBJECT (task), "n-points", GUINT_TO_POINTER (marsad_map_marker_set_get_n (set)));
  g_task_set_task_data (task, marsad_map_marker_set_dup_points (set), g_free);
  g_task_run_in_thread (task, build_thread);
}

gboolean
marsad_marker_layer_is_building (MarsadMarkerLayer *self)
{
  g_return_val_if_fail (MARSAD_IS_MARKER_LAYER (self), FALSE);
  return self->pending != NULL;
}

void
marsad_marker_layer_set_document (MarsadMarkerLayer    *self,
                                  const MarsadDocument *doc,
                                  gboolean              show_background)
{
  g_return_if_fail (MARSAD_IS_MARKER_LAYER (self));
  marsad_marker_layer_set_markers (self, marsad_map_marker_set_new_for_document (doc, show_background));
}

/* The names of towns and sites this layer writes on the map, for the
 * basemap to leave out; countries and seas keep the basemap's own, larger
 * labels. */
GStrv
marsad_marker_layer_dup_names (MarsadMarkerLayer *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (MARSAD_IS_MARKER_LAYER (self), NULL);

  for (guint i = 0; i < marsad_map_marker_set_get_n (self->set); i++)
    {
      const MarsadMapMarker *m = marsad_map_marker_set_get (self->set, i);

      if (m->name != NULL && !m->area)
        g_strv_builder_add (builder, m->name);
    }
  return g_strv_builder_end (builder);
}
