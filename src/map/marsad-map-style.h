/* marsad-map-style.h: colours, widths and fonts of the reference map
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  MARSAD_MAP_STYLE_LIGHT,
  MARSAD_MAP_STYLE_DARK,
} MarsadMapStyleKind;

typedef struct {
  double r, g, b;
} MarsadRgb;

/* Per label class (MarsadLabelClass): colour, font size in logical pixels
 * for size 0/1/2, weight, italic. */
typedef struct {
  MarsadRgb color;
  double    font_px[3];
  gboolean  bold;
  gboolean  italic;
} MarsadLabelStyle;

typedef struct {
  MarsadRgb water;
  MarsadRgb land;
  MarsadRgb coast;
  MarsadRgb river;
  MarsadRgb admin1;
  MarsadRgb border;
  MarsadRgb border_casing;
  MarsadRgb halo;
  MarsadRgb dot_fill;
  MarsadRgb dot_line;
  MarsadLabelStyle labels[10];
} MarsadMapStyle;

const MarsadMapStyle *marsad_map_style_get (MarsadMapStyleKind kind);

/* Line widths in logical pixels at a zoom; 0 means "not drawn". */
double marsad_map_style_border_width  (double zoom);
double marsad_map_style_admin1_width  (double zoom);
double marsad_map_style_coast_width   (double zoom);
/* rank: Natural Earth scalerank of the river, 0 (largest) to 12. */
double marsad_map_style_river_width   (double zoom,
                                       int    rank);

/* Fonts: Arabic labels need a real Arabic face; see PLATFORM.md. */
#define MARSAD_MAP_FONT_FAMILY "Noto Sans Arabic, Noto Sans, DejaVu Sans"

G_END_DECLS
