/* marsad-marker-layer-document.c: what the layer shows — an article's
 * places, or any set of markers (a collection's events)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "marsad-marker-layer-private.h"

void
marsad_marker_layer_set_markers (MarsadMarkerLayer  *self,
                                 MarsadMapMarkerSet *set)
{
  g_return_if_fail (MARSAD_IS_MARKER_LAYER (self));
  g_return_if_fail (set != NULL);

  marsad_map_marker_set_free (self->set);
  self->set = set;
  if (self->selected != NULL && marsad_map_marker_set_find (self->set, self->selected) < 0)
    g_clear_pointer (&self->selected, g_free);
  g_clear_pointer (&self->hovered, g_free);
  self->hovered_cluster = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
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
