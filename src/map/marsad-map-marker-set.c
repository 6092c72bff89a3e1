/* marsad-map-marker-set.c: the markers of a map, from a document, and the
 * rule that frames them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "marsad-map-marker-set-private.h"

/* Farther than this from the middle of the rest, a place waits until it is
 * all there is to frame: Washington beside Gaza, London beside Sanaa. */
#define FRAME_OUTLIER_KM 3500.0

static void
marker_clear (MarsadMapMarker *m)
{
  g_free (m->place_id);
  g_free (m->name);
  g_free (m->name_en);
  g_free (m->kind);
}

MarsadMapMarkerSet *
marsad_map_marker_set_new (void)
{
  MarsadMapMarkerSet *self = g_new0 (MarsadMapMarkerSet, 1);

  self->markers = g_array_new (FALSE, TRUE, sizeof (MarsadMapMarker));
  g_array_set_clear_func (self->markers, (GDestroyNotify) marker_clear);
  self->lines = g_array_new (FALSE, TRUE, sizeof (MarsadMapBorderLine));
  return self;
}

void
marsad_map_marker_set_free (MarsadMapMarkerSet *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->markers);
  g_array_unref (self->lines);
  g_clear_pointer (&self->clusters, marsad_map_clusters_free);
  g_free (self->label_w);
  g_free (self->label_h);
  g_clear_pointer (&self->sprites, g_hash_table_unref);
  g_free (self);
}

/* a collection has many events on one border: one line for them all */
static void
add_to_line (MarsadMapMarkerSet    *self,
             const MarsadMapMarker *marker)
{
  MarsadMapBorderLine *line = NULL;

  for (guint i = 0; i < self->lines->len && line == NULL; i++)
    if (g_array_index (self->lines, MarsadMapBorderLine, i).border == marker->border)
      line = &g_array_index (self->lines, MarsadMapBorderLine, i);
  if (line == NULL)
    {
      g_array_set_size (self->lines, self->lines->len + 1);
      line = &g_array_index (self->lines, MarsadMapBorderLine, self->lines->len - 1);
      line->border = marker->border;
    }
  for (guint t = 0; t < MARSAD_N_EVENT_TYPES; t++)
    line->type_counts[t] += marker->type_counts[t];
  line->event_site |= marker->role == MARSAD_MARKER_ROLE_EVENT_SITE;
  line->current |= marker->role == MARSAD_MARKER_ROLE_EVENT_SITE && !marker->muted;
}

void
marsad_map_marker_set_add (MarsadMapMarkerSet    *self,
                           const MarsadMapMarker *marker)
{
  MarsadMapMarker copy = *marker;

  g_return_if_fail (self->clusters == NULL);
  copy.place_id = g_strdup (marker->place_id);
  copy.name = g_strdup (marker->name);
  copy.name_en = g_strdup (marker->name_en);
  copy.kind = g_strdup (marker->kind);
  g_array_append_val (self->markers, copy);
  if (marker->border != NULL)
    add_to_line (self, marker);
}

guint
marsad_map_marker_set_get_n (MarsadMapMarkerSet *self)
{
  return self->markers->len;
}

const MarsadMapMarker *
marsad_map_marker_set_get (MarsadMapMarkerSet *self,
                           guint               i)
{
  g_return_val_if_fail (i < self->markers->len, NULL);
  return &g_array_index (self->markers, MarsadMapMarker, i);
}

int
marsad_map_marker_set_find (MarsadMapMarkerSet *self,
                            const char         *place_id)
{
  for (guint i = 0; place_id != NULL && i < self->markers->len; i++)
    if (g_strcmp0 (g_array_index (self->markers, MarsadMapMarker, i).place_id, place_id) == 0)
      return (int) i;
  return -1;
}

void
marsad_map_marker_set_style (MarsadMapMarkerSet    *self,
                             guint                  i,
                             MarsadMarkerStyle     *style)
{
  const MarsadMapMarker *m = &g_array_index (self->markers, MarsadMapMarker, i);

  marsad_marker_style_init (style, m->role);
  style->event_type = m->event_type;
  style->fatalities = m->fatalities;
  style->muted = m->muted;
  style->type_counts = m->type_counts;
}

void
marsad_map_marker_set_get_legend (MarsadMapMarkerSet *self,
                                  MarsadMapLegend    *legend)
{
  memset (legend, 0, sizeof *legend);
  for (guint i = 0; i < self->markers->len; i++)
    {
      const MarsadMapMarker *m = &g_array_index (self->markers, MarsadMapMarker, i);

      for (guint t = 0; t < MARSAD_N_EVENT_TYPES; t++)
        legend->types[t] |= m->type_counts[t] > 0;
      legend->context |= m->role == MARSAD_MARKER_ROLE_CONTEXT;
      legend->fatalities |= m->fatalities > 0;
    }
  legend->borders = self->lines->len > 0;
}

MarsadMapClusterPoint *
marsad_map_marker_set_dup_points (MarsadMapMarkerSet *self)
{
  MarsadMapClusterPoint *points = g_new0 (MarsadMapClusterPoint, MAX (self->markers->len, 1));

  for (guint i = 0; i < self->markers->len; i++)
    {
      const MarsadMapMarker *m = &g_array_index (self->markers, MarsadMapMarker, i);
      MarsadMarkerStyle style;

      marsad_map_marker_set_style (self, i, &style);
      points[i].lat = m->lat;
      points[i].lon = m->lon;
      points[i].radius = marsad_marker_get_radius (&style);
      points[i].n_events = m->n_events;
      memcpy (points[i].type_counts, m->type_counts, sizeof m->type_counts);
    }
  return points;
}

void
marsad_map_marker_set_take_clusters (MarsadMapMarkerSet *self,
                                     MarsadMapClusters  *clusters)
{
  g_return_if_fail (self->clusters == NULL);
  g_return_if_fail (marsad_map_clusters_get_n_points (clusters) == self->markers->len);

  self->clusters = clusters;
  self->label_w = g_new0 (double, MAX (self->markers->len, 1));
  self->label_h = g_new0 (double, MAX (self->markers->len, 1));
}

gboolean
marsad_map_marker_set_has_clusters (MarsadMapMarkerSet *self)
{
  return self->clusters != NULL;
}

MarsadMapClusters *
marsad_map_marker_set_get_clusters (MarsadMapMarkerSet *self)
{
  if (self->clusters == NULL)
    {
      g_autofree MarsadMapClusterPoint *points = marsad_map_marker_set_dup_points (self);

      marsad_map_marker_set_take_clusters (self, marsad_map_clusters_new (points, self->markers->len));
    }
  return self->clusters;
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

static gboolean
is_area (const char *kind)
{
  return g_strcmp0 (kind, "country") == 0 || g_strcmp0 (kind, "water") == 0 ||
         g_strcmp0 (kind, "georegion") == 0;
}

MarsadMapMarkerSet *
marsad_map_marker_set_new_for_document (const MarsadDocument *doc,
                                        gboolean              show_background)
{
  MarsadMapMarkerSet *self = marsad_map_marker_set_new ();
  const char *const *types = marsad_event_types ();

  for (guint i = 0; doc != NULL && i < doc->places->len; i++)
    {
      const MarsadPlace *place = g_ptr_array_index (doc->places, i);
      MarsadMapMarker m = { 0 };
      guint n_current = 0, best = 0;

      m.fatalities = -1;
      for (guint j = 0; j < doc->events->len; j++)
        {
          const MarsadEvent *event = g_ptr_array_index (doc->events, j);
          int min = 0, max = 0, t;

          if (g_strcmp0 (event->place_id, place->id) != 0 || (event->background && !show_background))
            continue;
          m.n_events++;
          n_current += !event->background;
          if ((t = marsad_event_type_get_index (event->type)) >= 0)
            m.type_counts[t]++;
          if (marsad_event_get_fatalities (event, &min, &max))
            m.fatalities = MAX (m.fatalities, max);
        }
      /* the dominant type: the most events, ties in the legend's order */
      for (guint t = 0; t < MARSAD_N_EVENT_TYPES; t++)
        if (m.type_counts[t] > best)
          {
            best = m.type_counts[t];
            m.event_type = types[t];
          }

      /* A site mention makes an event site; a place that only acts
       * ("واستنكرت بغداد") is never one, even when an event (the
       * condemnation) is placed there: it is drawn quietly, or not at all
       * when nothing happened there. */
      if (has_role (place, MARSAD_ROLE_EVENT_SITE) || (n_current > 0 && !has_role (place, MARSAD_ROLE_ACTOR)))
        m.role = MARSAD_MARKER_ROLE_EVENT_SITE;
      else if (m.n_events == 0 && has_role (place, MARSAD_ROLE_ACTOR) && !has_role (place, MARSAD_ROLE_CONTEXT))
        continue;
      else
        m.role = MARSAD_MARKER_ROLE_CONTEXT;

      m.muted = m.role == MARSAD_MARKER_ROLE_EVENT_SITE && n_current == 0;
      m.place_id = place->id;
      m.name = place->name;
      m.name_en = place->name_en;
      m.kind = place->kind;
      m.lat = place->lat;
      m.lon = place->lon;
      m.area = is_area (place->kind);
      if (g_strcmp0 (place->kind, "border") == 0)
        m.border = marsad_borders_find_place (marsad_borders_get_default (), place);
      marsad_map_marker_set_add (self, &m);
    }
  return self;
}

/* Great-circle distance, km. */
static double
distance_km (double lat1, double lon1, double lat2, double lon2)
{
  double p1 = lat1 * G_PI / 180, p2 = lat2 * G_PI / 180;
  double dp = p2 - p1, dl = (lon2 - lon1) * G_PI / 180;
  double a = sin (dp / 2) * sin (dp / 2) + cos (p1) * cos (p2) * sin (dl / 2) * sin (dl / 2);

  return 6371.0 * 2 * atan2 (sqrt (a), sqrt (1 - a));
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

/* The box of the chosen markers, without the far outliers while at least
 * one marker stays (the median is robust to them). */
static gboolean
frame_of (MarsadMapMarkerSet *self,
          const gboolean     *chosen,
          double             *west,
          double             *south,
          double             *east,
          double             *north)
{
  g_autoptr(GArray) lats = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) lons = g_array_new (FALSE, FALSE, sizeof (double));
  double mid_lat, mid_lon;
  gboolean found = FALSE;

  for (guint i = 0; i < self->markers->len; i++)
    if (chosen[i])
      {
        const MarsadMapMarker *m = &g_array_index (self->markers, MarsadMapMarker, i);

        g_array_append_val (lats, m->lat);
        g_array_append_val (lons, m->lon);
      }
  if (lats->len == 0)
    return FALSE;
  g_array_sort (lats, compare_doubles);
  g_array_sort (lons, compare_doubles);
  mid_lat = g_array_index (lats, double, lats->len / 2);
  mid_lon = g_array_index (lons, double, lons->len / 2);

  for (int pass = 0; pass < 2 && !found; pass++)
    for (guint i = 0; i < self->markers->len; i++)
      {
        const MarsadMapMarker *m = &g_array_index (self->markers, MarsadMapMarker, i);

        if (!chosen[i] || (pass == 0 && distance_km (m->lat, m->lon, mid_lat, mid_lon) > FRAME_OUTLIER_KM))
          continue;
        if (!found)
          {
            *west = *east = m->lon;
            *south = *north = m->lat;
            found = TRUE;
          }
        *west = MIN (*west, m->lon);
        *east = MAX (*east, m->lon);
        *south = MIN (*south, m->lat);
        *north = MAX (*north, m->lat);
      }
  return found;
}

gboolean
marsad_map_marker_set_get_frame (MarsadMapMarkerSet *self,
                                 double             *west,
                                 double             *south,
                                 double             *east,
                                 double             *north)
{
  g_autofree gboolean *chosen = g_new0 (gboolean, MAX (self->markers->len, 1));

  /* finer event sites, then finer places, then anything */
  for (int pass = 0; pass < 3; pass++)
    {
      for (guint i = 0; i < self->markers->len; i++)
        {
          const MarsadMapMarker *m = &g_array_index (self->markers, MarsadMapMarker, i);

          chosen[i] = pass == 2 ||
                      (!m->area && (pass == 1 || (m->role == MARSAD_MARKER_ROLE_EVENT_SITE && !m->muted)));
        }
      if (frame_of (self, chosen, west, south, east, north))
        return TRUE;
    }
  return FALSE;
}

gboolean
marsad_map_marker_set_locate (MarsadMapMarkerSet  *self,
                              const MarsadMapView *view,
                              guint                i,
                              double              *x,
                              double              *y,
                              guint               *cluster)
{
  MarsadMapClusters *clusters = marsad_map_marker_set_get_clusters (self);
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (MarsadMapClusterItem));
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (guint));

  marsad_map_clusters_layout (clusters, view, 0, items);
  for (guint k = 0; k < items->len; k++)
    {
      const MarsadMapClusterItem *item = &g_array_index (items, MarsadMapClusterItem, k);

      g_array_set_size (points, 0);
      marsad_map_clusters_collect_points (clusters, item->cluster, points);
      for (guint p = 0; p < points->len; p++)
        if (g_array_index (points, guint, p) == i)
          {
            if (x != NULL)
              *x = item->x;
            if (y != NULL)
              *y = item->y;
            if (cluster != NULL)
              *cluster = item->cluster;
            return TRUE;
          }
    }
  return FALSE;
}
