/* marsad-map-overlays.h: the furniture around an exported map
 *
 * Title band, legend, scale bar and credits, drawn over the map in logical
 * px. Private to marsad-map-export.c; kept apart so each file stays short.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "marsad-map-markers.h"

G_BEGIN_DECLS

/* Draws the title band across the top (subtitle may be NULL) and returns
 * its height. With draw FALSE it only measures, so that fitting can keep
 * the sites clear of the band. */
double marsad_map_overlay_draw_title   (cairo_t    *cr,
                                        double      width,
                                        const char *title,
                                        const char *subtitle,
                                        gboolean    dark,
                                        gboolean    draw);

void   marsad_map_overlay_draw_legend  (cairo_t               *cr,
                                        double                 width,
                                        double                 top,
                                        const MarsadMapLegend *legend,
                                        gboolean               dark);

/* Where the legend's panel would be: its left edge and its bottom (the
 * right edge is width less the margin, the top is top). */
void   marsad_map_overlay_measure_legend (cairo_t               *cr,
                                          double                 width,
                                          double                 top,
                                          const MarsadMapLegend *legend,
                                          double                *x0,
                                          double                *y1);

/* metres_per_px at the map's centre. */
void   marsad_map_overlay_draw_scale_bar (cairo_t  *cr,
                                          double    height,
                                          double    metres_per_px,
                                          gboolean  dark);

void   marsad_map_overlay_draw_credits (cairo_t    *cr,
                                        double      width,
                                        double      height,
                                        const char *credits,
                                        gboolean    dark);

G_END_DECLS
