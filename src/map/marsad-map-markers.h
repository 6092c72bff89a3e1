/* marsad-map-markers.h: how places and events look on every map
 *
 * One drawing for the app's map, the headless `marsad render` and the
 * exported images, so that a screenshot and an export never disagree.
 * Everything draws with cairo in the caller's user space (a GtkSnapshot's
 * cairo node, an image, SVG or PDF surface); `scale` multiplies every size,
 * so 1.0 is the design size in logical pixels and 2.0 is HiDPI.
 *
 * Colours follow Okabe and Ito's colour-blind-safe palette, and each ACLED
 * event type also has its own shape, so no reader depends on colour alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "marsad-event-types.h"

G_BEGIN_DECLS

typedef enum
{
  MARSAD_MARKER_SHAPE_CIRCLE,
  MARSAD_MARKER_SHAPE_DIAMOND,
  MARSAD_MARKER_SHAPE_STAR,
  MARSAD_MARKER_SHAPE_TRIANGLE,
  MARSAD_MARKER_SHAPE_SQUARE,
  MARSAD_MARKER_SHAPE_HEXAGON,
} MarsadMarkerShape;

/* Fills rgba with the event type's colour (components in 0..1); an unknown
 * or NULL type gets a neutral grey. `dark` picks the variant drawn on the
 * dark basemap. */
void              marsad_event_type_get_color (const char *acled_event_type,
                                               gboolean    dark,
                                               double      rgba[4]);
MarsadMarkerShape marsad_event_type_get_shape (const char *acled_event_type);

typedef enum
{
  MARSAD_MARKER_ROLE_EVENT_SITE,  /* where something happened: drawn strong */
  MARSAD_MARKER_ROLE_CONTEXT,     /* mentioned for orientation: small and quiet */
  MARSAD_MARKER_ROLE_ACTOR_ONLY,  /* a country named as an actor: not a site, not drawn */
} MarsadMarkerRole;

typedef struct
{
  MarsadMarkerRole  role;
  const char       *event_type;   /* dominant ACLED event type, or NULL */
  int               fatalities;   /* highest reported figure; -1 = unknown */
  gboolean          selected;     /* the one the user picked: ring around it */
  gboolean          highlighted;  /* hovered or linked from the text: soft glow */
  gboolean          dark;         /* drawn on the dark basemap */
  gboolean          muted;        /* only background (historical) events: drawn faint */
  /* Events by type, one count per entry of marsad_event_types(), or NULL:
   * a place with two types or more is drawn as a pie of their colours; a
   * context place with events, as its type's glyph, small (with NULL it
   * is a grey dot, as a background event in the timeline). */
  const guint      *type_counts;
} MarsadMarkerStyle;

/* Fills style with the defaults for a role (no type, unknown fatalities). */
void    marsad_marker_style_init  (MarsadMarkerStyle *style,
                                   MarsadMarkerRole   role);

/* Radius in design pixels at scale 1 (0 for actor-only places): grows with
 * the square root of fatalities, so area tracks the count, and is capped so a
 * large figure cannot hide its neighbours. Use it for hit-testing too. */
double  marsad_marker_get_radius  (const MarsadMarkerStyle *style);

/* Draws the marker centred on (x, y). Leaves the cairo state as it found it. */
void    marsad_marker_draw        (cairo_t                 *cr,
                                   double                   x,
                                   double                   y,
                                   const MarsadMarkerStyle *style,
                                   double                   scale);

/* A border the text names, along its line (cr's current path, which it
 * strokes and clears): dashed, in its events' dominant type's colour, a
 * context place's grey when nothing happened there, faint when only
 * background events did; over a halo that keeps it apart from the
 * basemap's own borders. Selected, wider, over the selection accent's
 * glow; highlighted, over a glow of its colour. */
void    marsad_border_line_draw   (cairo_t                 *cr,
                                   const MarsadMarkerStyle *style,
                                   double                   scale);

/* What a map's legend lists: the event types drawn (one flag per entry of
 * marsad_event_types()), whether places only mentioned, sizes by
 * fatalities and border lines are. */
typedef struct
{
  gboolean types[MARSAD_N_EVENT_TYPES];
  gboolean context;
  gboolean fatalities;
  gboolean borders;
} MarsadMapLegend;

/* A cluster badge: a ring split by the share of each event type (grey
 * for places only mentioned), the number of places inside. */
void    marsad_cluster_badge_draw (cairo_t     *cr,
                                   double       x,
                                   double       y,
                                   double       radius,
                                   guint        n_places,
                                   const guint *type_counts,
                                   gboolean     dark,
                                   gboolean     highlighted,
                                   double       scale);

/* Size of a label as marsad_marker_draw_label() would draw it, in user-space
 * units (halo included). Either out-pointer may be NULL. */
void    marsad_marker_measure_label (cairo_t    *cr,
                                     const char *name_ar,
                                     double      scale,
                                     double     *width,
                                     double     *height);

/* Draws an Arabic place name right-to-left in Noto Sans Arabic with a halo
 * that keeps it readable over any basemap. (x, y) is the label's right edge,
 * vertically centred: Arabic starts on the right, so a label left of its
 * marker reads from the marker outwards. Add the marker's radius to x. */
void    marsad_marker_draw_label  (cairo_t    *cr,
                                   double      x,
                                   double      y,
                                   const char *name_ar,
                                   double      scale,
                                   gboolean    dark);

G_END_DECLS
