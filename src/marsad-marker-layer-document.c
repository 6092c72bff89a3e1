/* marsad-marker-layer-document.c: an article's places as markers — one
 * per place, styled by what happened there
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "marsad-marker-layer-private.h"

static int
marker_rank (const Marker *m)
{
  /* context below event sites; small event sites below big ones */
  return (m->role == MARSAD_MARKER_ROLE_EVENT_SITE ? 100000 : 0) + MAX (m->fatalities, 0);
}

static int
compare_markers (gconstpointer a,
                 gconstpointer b)
{
  return marker_rank (a) - marker_rank (b);
}

static gboolean
has_role (const MarsadPlace *place,
          MarsadMentionRole  role)
{
  for (guint i = 0; place->mentions != NULL && i < place->mentions->len; i++)
    if (g_array_index (place->mentions, MarsadMention, i).role == role)
      return TRUE;
  return FALSE;
}

void
marsad_marker_layer_set_document (MarsadMarkerLayer    *self,
                                  const MarsadDocument *doc,
                                  gboolean              show_background)
{
  g_return_if_fail (MARSAD_IS_MARKER_LAYER (self));

  g_array_set_size (self->markers, 0);
  if (doc != NULL)
    {
      for (guint i = 0; i < doc->places->len; i++)
        {
          const MarsadPlace *place = g_ptr_array_index (doc->places, i);
          const MarsadEvent *main_event = NULL;
          Marker marker = { 0 };
          gboolean current = FALSE;

          marker.fatalities = -1;
          for (guint j = 0; j < doc->events->len; j++)
            {
              const MarsadEvent *event = g_ptr_array_index (doc->events, j);
              int min = 0, max = 0;

              if (g_strcmp0 (event->place_id, place->id) != 0)
                continue;
              if (event->background && !show_background)
                continue;
              marker.n_events++;
              if (!event->background)
                current = TRUE;
              if (marsad_event_get_fatalities (event, &min, &max) && max > marker.fatalities)
                {
                  marker.fatalities = max;
                  main_event = event;
                }
              if (main_event == NULL || (main_event->background && !event->background))
                main_event = event;
            }

          /* A site mention makes an event site; a place that only acts
           * ("واستنكرت بغداد") is never one, even when an event (the
           * condemnation) is placed there: it is drawn quietly, or not at
           * all when nothing happened there. */
          if (has_role (place, MARSAD_ROLE_EVENT_SITE) || (current && !has_role (place, MARSAD_ROLE_ACTOR)))
            marker.role = MARSAD_MARKER_ROLE_EVENT_SITE;
          else if (marker.n_events == 0 && has_role (place, MARSAD_ROLE_ACTOR) && !has_role (place, MARSAD_ROLE_CONTEXT))
            marker.role = MARSAD_MARKER_ROLE_ACTOR_ONLY;
          else
            marker.role = MARSAD_MARKER_ROLE_CONTEXT;

          if (marker.role == MARSAD_MARKER_ROLE_ACTOR_ONLY)
            continue;

          marker.place_id = g_strdup (place->id);
          marker.area = g_strcmp0 (place->kind, "country") == 0 || g_strcmp0 (place->kind, "water") == 0;
          marker.name = g_strdup (place->name);
          marker.name_en = g_strdup (place->name_en);
          marker.lat = place->lat;
          marker.lon = place->lon;
          marker.event_type = main_event != NULL ? g_strdup (main_event->type) : NULL;
          g_array_append_val (self->markers, marker);
        }
      g_array_sort (self->markers, compare_markers);
    }

  if (self->selected != NULL && !marsad_marker_layer_get_marker_position (self, self->selected, NULL, NULL))
    g_clear_pointer (&self->selected, g_free);
  g_clear_pointer (&self->hovered, g_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The names of towns and sites this layer writes on the map, for the
 * basemap to leave out; countries and seas keep the basemap's own, larger
 * labels. */
GStrv
marsad_marker_layer_dup_names (MarsadMarkerLayer *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (MARSAD_IS_MARKER_LAYER (self), NULL);

  for (guint i = 0; i < self->markers->len; i++)
    {
      const Marker *m = &g_array_index (self->markers, Marker, i);

      if (m->name != NULL && !m->area)
        g_strv_builder_add (builder, m->name);
    }
  return g_strv_builder_end (builder);
}
