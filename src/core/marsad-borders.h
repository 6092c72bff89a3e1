/* marsad-borders.h: land borders between two countries, as lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "marsad-document.h"

G_BEGIN_DECLS

typedef struct _MarsadBorders MarsadBorders;
typedef struct _MarsadBorder  MarsadBorder;

/* data/borders.tsv (tools/build-borders.py); NULL with error when the file
 * cannot be read or a row is malformed */
MarsadBorders      *marsad_borders_load         (const char *path,
                                                 GError    **error);
/* the bundled table, or NULL when it is not installed (no border places) */
MarsadBorders      *marsad_borders_load_default (void);
void                marsad_borders_free         (MarsadBorders *self);
/* The bundled table loaded once for the whole process (never freed; any
 * thread), or NULL when it is not installed: what the map and the exports
 * draw a border place's line from. */
const MarsadBorders *marsad_borders_get_default (void);

/* the border between two countries (ISO 3166-1 alpha-2, either order) */
const MarsadBorder *marsad_borders_lookup       (const MarsadBorders *self,
                                                 const char          *cc_a,
                                                 const char          *cc_b);

/* The border a place of kind "border" stands on: of its country's
 * borders, the one its English name names (as the geoparser names it);
 * else, for an analysis made when the table named countries otherwise,
 * the one whose line passes through its point. NULL for other places. */
const MarsadBorder *marsad_borders_find_place   (const MarsadBorders *self,
                                                 const MarsadPlace   *place);

/* one key for a pair of countries, either order (free it) */
char               *marsad_borders_pair_key     (const char *cc_a,
                                                 const char *cc_b);

/* a country's English name as the table has it, for cc one of the two */
const char         *marsad_border_country_name  (const MarsadBorder *border,
                                                 const char         *cc);
/* "Jordan–Syria border", first the country cc_first (one of the two) */
char               *marsad_border_dup_name_en   (const MarsadBorder *border,
                                                 const char         *cc_first);
/* the two countries' codes, in the table's (alphabetical) order */
void                marsad_border_get_countries (const MarsadBorder *border,
                                                 const char        **cc_a,
                                                 const char        **cc_b);
/* The line as the table has it: segments of points, each segment's
 * latitudes and longitudes in turn (lat, lon, lat, lon, ...), n_points
 * pairs of them. */
guint               marsad_border_get_n_segments (const MarsadBorder *border);
const double       *marsad_border_get_segment   (const MarsadBorder *border,
                                                 guint               i,
                                                 guint              *n_points);
/* the point of the line nearest (lat, lon), and its distance in km */
double              marsad_border_nearest_point (const MarsadBorder *border,
                                                 double              lat,
                                                 double              lon,
                                                 double             *out_lat,
                                                 double             *out_lon);
/* the point halfway along the line's length */
void                marsad_border_midpoint      (const MarsadBorder *border,
                                                 double             *out_lat,
                                                 double             *out_lon);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadBorders, marsad_borders_free)

G_END_DECLS
