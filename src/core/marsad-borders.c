/* marsad-borders.c: land borders between two countries, as lines
 *
 * «الحدود الأردنية السورية» is neither Jordan nor Syria: a clash on it is
 * drawn on the line between them, not at either country's centre. The
 * table is generated from Natural Earth's boundary lines by
 * tools/build-borders.py; a border is one or more segments of points.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "marsad-borders.h"
#include "marsad-data.h"
#include "marsad-gazetteer.h"

/* a border place's point is on its line, written to 1e-5 degrees (about
 * a metre) in a saved analysis */
#define ON_LINE_KM 1.0

typedef struct
{
  double lat;
  double lon;
} Point;

/* marsad_border_get_segment() hands the points out as doubles */
G_STATIC_ASSERT (sizeof (Point) == 2 * sizeof (double));

struct _MarsadBorder
{
  char    cc_a[3];
  char    cc_b[3];
  char   *name_a;
  char   *name_b;
  GArray *points;     /* Point, every segment's in turn */
  GArray *seg_ends;   /* guint: one past each segment's last point */
};

struct _MarsadBorders
{
  GPtrArray  *borders;   /* MarsadBorder */
  GHashTable *by_pair;   /* "JO SY" (codes sorted) → MarsadBorder */
};

static void
border_free (MarsadBorder *border)
{
  g_free (border->name_a);
  g_free (border->name_b);
  g_array_unref (border->points);
  g_array_unref (border->seg_ends);
  g_free (border);
}

char *
marsad_borders_pair_key (const char *a,
                         const char *b)
{
  return strcmp (a, b) <= 0 ? g_strdup_printf ("%s %s", a, b) : g_strdup_printf ("%s %s", b, a);
}

static gboolean
parse_segments (MarsadBorder *border,
                const char   *text)
{
  g_auto(GStrv) segments = g_strsplit (text, "|", -1);

  for (guint s = 0; segments[s] != NULL; s++)
    {
      g_auto(GStrv) points = g_strsplit (segments[s], " ", -1);
      guint n = 0;

      for (guint p = 0; points[p] != NULL; p++)
        {
          char *end = NULL;
          Point pt;

          pt.lat = g_ascii_strtod (points[p], &end);
          if (end == NULL || *end != ',')
            return FALSE;
          pt.lon = g_ascii_strtod (end + 1, &end);
          if (*end != '\0' || fabs (pt.lat) > 90.0 || fabs (pt.lon) > 180.0)
            return FALSE;
          g_array_append_val (border->points, pt);
          n++;
        }
      if (n < 2)
        return FALSE;
      g_array_append_val (border->seg_ends, border->points->len);
    }
  return border->points->len > 0;
}

MarsadBorders *
marsad_borders_load (const char *path,
                     GError    **error)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(MarsadBorders) self = NULL;
  gboolean header = TRUE;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &contents, NULL, error))
    return NULL;
  self = g_new0 (MarsadBorders, 1);
  self->borders = g_ptr_array_new_with_free_func ((GDestroyNotify) border_free);
  self->by_pair = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      MarsadBorder *border;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      if (header)   /* the column names */
        {
          header = FALSE;
          continue;
        }
      fields = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (fields) != 5 || strlen (fields[0]) != 2 || strlen (fields[1]) != 2)
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s: line %u: not a border row", path, i + 1);
          return NULL;
        }
      border = g_new0 (MarsadBorder, 1);
      memcpy (border->cc_a, fields[0], 3);
      memcpy (border->cc_b, fields[1], 3);
      border->name_a = g_strdup (fields[2]);
      border->name_b = g_strdup (fields[3]);
      border->points = g_array_new (FALSE, FALSE, sizeof (Point));
      border->seg_ends = g_array_new (FALSE, FALSE, sizeof (guint));
      g_ptr_array_add (self->borders, border);
      if (!parse_segments (border, fields[4]))
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s: line %u: bad points", path, i + 1);
          return NULL;
        }
      g_hash_table_replace (self->by_pair, marsad_borders_pair_key (border->cc_a, border->cc_b), border);
    }
  return g_steal_pointer (&self);
}

MarsadBorders *
marsad_borders_load_default (void)
{
  g_autofree char *path = marsad_data_find_file ("borders.tsv");
  g_autoptr(GError) error = NULL;
  MarsadBorders *self;

  if (path == NULL)
    return NULL;
  self = marsad_borders_load (path, &error);
  if (self == NULL)
    g_warning ("%s", error->message);
  return self;
}

const MarsadBorders *
marsad_borders_get_default (void)
{
  static MarsadBorders *table;
  static gsize loaded;

  if (g_once_init_enter (&loaded))
    {
      table = marsad_borders_load_default ();
      g_once_init_leave (&loaded, 1);
    }
  return table;
}

void
marsad_borders_free (MarsadBorders *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->by_pair, g_hash_table_unref);
  g_clear_pointer (&self->borders, g_ptr_array_unref);
  g_free (self);
}

const MarsadBorder *
marsad_borders_lookup (const MarsadBorders *self,
                       const char          *cc_a,
                       const char          *cc_b)
{
  g_autofree char *key = NULL;

  if (self == NULL || cc_a == NULL || cc_b == NULL)
    return NULL;
  key = marsad_borders_pair_key (cc_a, cc_b);
  return g_hash_table_lookup (self->by_pair, key);
}

const char *
marsad_border_country_name (const MarsadBorder *border,
                            const char         *cc)
{
  g_return_val_if_fail (border != NULL && cc != NULL, NULL);
  return strcmp (cc, border->cc_a) == 0 ? border->name_a : border->name_b;
}

char *
marsad_border_dup_name_en (const MarsadBorder *border,
                           const char         *cc_first)
{
  g_return_val_if_fail (border != NULL && cc_first != NULL, NULL);
  return g_strdup_printf ("%s–%s border", marsad_border_country_name (border, cc_first),
                          strcmp (cc_first, border->cc_a) == 0 ? border->name_b : border->name_a);
}

void
marsad_border_get_countries (const MarsadBorder *border,
                             const char        **cc_a,
                             const char        **cc_b)
{
  g_return_if_fail (border != NULL);
  if (cc_a != NULL)
    *cc_a = border->cc_a;
  if (cc_b != NULL)
    *cc_b = border->cc_b;
}

guint
marsad_border_get_n_segments (const MarsadBorder *border)
{
  g_return_val_if_fail (border != NULL, 0);
  return border->seg_ends->len;
}

const double *
marsad_border_get_segment (const MarsadBorder *border,
                           guint               i,
                           guint              *n_points)
{
  guint first;

  g_return_val_if_fail (border != NULL && i < border->seg_ends->len, NULL);
  first = i > 0 ? g_array_index (border->seg_ends, guint, i - 1) : 0;
  *n_points = g_array_index (border->seg_ends, guint, i) - first;
  /* Point is two doubles, lat then lon */
  return &g_array_index (border->points, Point, first).lat;
}

const MarsadBorder *
marsad_borders_find_place (const MarsadBorders *self,
                           const MarsadPlace   *place)
{
  const MarsadBorder *nearest = NULL;
  double nearest_km = ON_LINE_KM;

  if (self == NULL || place == NULL || g_strcmp0 (place->kind, "border") != 0 || place->country == NULL)
    return NULL;
  /* by name first: where two of the country's borders meet, the point is
   * on both lines */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->borders->len; i++)
      {
        const MarsadBorder *border = g_ptr_array_index (self->borders, i);
        double lat, lon, km;

        if (strcmp (place->country, border->cc_a) != 0 && strcmp (place->country, border->cc_b) != 0)
          continue;
        if (pass == 0)
          {
            g_autofree char *name = marsad_border_dup_name_en (border, place->country);

            if (g_strcmp0 (name, place->name_en) == 0)
              return border;
          }
        else if ((km = marsad_border_nearest_point (border, place->lat, place->lon, &lat, &lon)) < nearest_km)
          {
            nearest_km = km;
            nearest = border;
          }
      }
  return nearest;
}

/* the point of segment a–b nearest p, in a plane scaled to the latitude:
 * exact enough along a border's few-kilometre steps */
static Point
nearest_on_segment (Point a,
                    Point b,
                    Point p)
{
  double k = cos (p.lat * G_PI / 180.0);
  double dx = (b.lon - a.lon) * k, dy = b.lat - a.lat;
  double len2 = dx * dx + dy * dy;
  double t = len2 > 0.0 ? (((p.lon - a.lon) * k) * dx + (p.lat - a.lat) * dy) / len2 : 0.0;
  Point q;

  t = CLAMP (t, 0.0, 1.0);
  q.lat = a.lat + t * (b.lat - a.lat);
  q.lon = a.lon + t * (b.lon - a.lon);
  return q;
}

double
marsad_border_nearest_point (const MarsadBorder *border,
                             double              lat,
                             double              lon,
                             double             *out_lat,
                             double             *out_lon)
{
  Point p = { lat, lon }, best = { 0, 0 };
  double best_km = G_MAXDOUBLE;
  guint first = 0;

  g_return_val_if_fail (border != NULL, G_MAXDOUBLE);

  for (guint s = 0; s < border->seg_ends->len; s++)
    {
      guint end = g_array_index (border->seg_ends, guint, s);

      for (guint i = first; i + 1 < end; i++)
        {
          Point q = nearest_on_segment (g_array_index (border->points, Point, i),
                                        g_array_index (border->points, Point, i + 1), p);
          double km = marsad_gazetteer_distance_km (lat, lon, q.lat, q.lon);

          if (km < best_km)
            {
              best_km = km;
              best = q;
            }
        }
      first = end;
    }
  *out_lat = best.lat;
  *out_lon = best.lon;
  return best_km;
}

void
marsad_border_midpoint (const MarsadBorder *border,
                        double             *out_lat,
                        double             *out_lon)
{
  double total = 0.0, walked = 0.0;
  guint first = 0;

  g_return_if_fail (border != NULL);

  /* twice over the segments: their length, then halfway along it */
  for (int pass = 0; pass < 2; pass++, first = 0)
    for (guint s = 0; s < border->seg_ends->len; s++)
      {
        guint end = g_array_index (border->seg_ends, guint, s);

        for (guint i = first; i + 1 < end; i++)
          {
            Point a = g_array_index (border->points, Point, i);
            Point b = g_array_index (border->points, Point, i + 1);
            double km = marsad_gazetteer_distance_km (a.lat, a.lon, b.lat, b.lon);

            if (pass == 1 && walked + km >= total / 2.0)
              {
                double t = km > 0.0 ? (total / 2.0 - walked) / km : 0.0;

                *out_lat = a.lat + t * (b.lat - a.lat);
                *out_lon = a.lon + t * (b.lon - a.lon);
                return;
              }
            if (pass == 0)
              total += km;
            else
              walked += km;
          }
        first = end;
      }
  *out_lat = g_array_index (border->points, Point, 0).lat;
  *out_lon = g_array_index (border->points, Point, 0).lon;
}
