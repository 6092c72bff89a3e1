/* marsad-map-style.c: a calm reference-map style, light and dark
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Muted land and water and thin grey-violet boundaries, so that the event
 * markers (saturated reds and oranges) are the loudest thing on the map. */
#include "config.h"

#include "marsad-map-style.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

/* Order follows MarsadLabelClass: country, admin1, sea, lake, river,
 * capital, city, town, cape, district. */
static const MarsadMapStyle light_style = {
  .water = RGB (0xaad3df),
  .land = RGB (0xf2efe9),
  .coast = RGB (0x8fb8cc),
  .river = RGB (0x9cc7dc),
  .admin1 = RGB (0xb9a7c0),
  .border = RGB (0x8d7f99),
  .border_casing = RGB (0xe4dce6),
  .halo = RGB (0xf7f5f1),
  .dot_fill = RGB (0xffffff),
  .dot_line = RGB (0x4a4a4a),
  .labels = {
    { RGB (0x5c4f66), { 15, 13, 11.5 }, TRUE, FALSE },
    { RGB (0x8a7794), { 12, 12, 12 }, FALSE, FALSE },
    { RGB (0x4b7a99), { 14, 12.5, 12 }, FALSE, TRUE },
    { RGB (0x4b7a99), { 11, 11, 11 }, FALSE, TRUE },
    { RGB (0x4b7a99), { 11, 11, 11 }, FALSE, TRUE },
    { RGB (0x222222), { 15, 14, 13 }, TRUE, FALSE },
    { RGB (0x333333), { 14, 13, 12 }, FALSE, FALSE },
    { RGB (0x444444), { 12, 12, 11 }, FALSE, FALSE },
    { RGB (0x6a6a6a), { 11, 11, 11 }, FALSE, TRUE },
    { RGB (0x77707d), { 11.5, 11.5, 11.5 }, FALSE, FALSE },
  },
};

static const MarsadMapStyle dark_style = {
  .water = RGB (0x1c2733),
  .land = RGB (0x2d2f33),
  .coast = RGB (0x3f566a),
  .river = RGB (0x35506a),
  .admin1 = RGB (0x55505e),
  .border = RGB (0x867c92),
  .border_casing = RGB (0x3a3740),
  .halo = RGB (0x26282b),
  .dot_fill = RGB (0x2d2f33),
  .dot_line = RGB (0xd0d0d0),
  .labels = {
    { RGB (0xb9adc4), { 15, 13, 11.5 }, TRUE, FALSE },
    { RGB (0x938a9c), { 12, 12, 12 }, FALSE, FALSE },
    { RGB (0x7fa3bf), { 14, 12.5, 12 }, FALSE, TRUE },
    { RGB (0x7fa3bf), { 11, 11, 11 }, FALSE, TRUE },
    { RGB (0x7fa3bf), { 11, 11, 11 }, FALSE, TRUE },
    { RGB (0xf0f0f0), { 15, 14, 13 }, TRUE, FALSE },
    { RGB (0xe0e0e0), { 14, 13, 12 }, FALSE, FALSE },
    { RGB (0xc8c8c8), { 12, 12, 11 }, FALSE, FALSE },
    { RGB (0x9a9a9a), { 11, 11, 11 }, FALSE, TRUE },
    { RGB (0x9d97a3), { 11.5, 11.5, 11.5 }, FALSE, FALSE },
  },
};

const MarsadMapStyle *
marsad_map_style_get (MarsadMapStyleKind kind)
{
  return kind == MARSAD_MAP_STYLE_DARK ? &dark_style : &light_style;
}

double
marsad_map_style_border_width (double zoom)
{
  return zoom < 3 ? 0.6 : zoom < 5 ? 0.8 : zoom < 7 ? 1.0 : zoom < 9 ? 1.3 : 1.6;
}

double
marsad_map_style_admin1_width (double zoom)
{
  return zoom < 5 ? 0.0 : zoom < 7 ? 0.6 : zoom < 9 ? 0.8 : 1.0;
}

double
marsad_map_style_coast_width (double zoom)
{
  /* Below zoom 5 the land fill's edge is the coastline: a half-pixel
   * stroke over it did not show and cost a third of a zoom-4 tile. */
  return zoom < 5 ? 0.0 : zoom < 7 ? 0.5 : 0.8;
}

double
marsad_map_style_river_width (double zoom, int rank)
{
  double w;

  if (rank <= 3)
    w = zoom < 5 ? 0.8 : zoom < 7 ? 1.1 : zoom < 9 ? 1.7 : zoom < 11 ? 2.5 : 3.5;
  else if (rank <= 6)
    w = zoom < 5 ? 0.0 : zoom < 7 ? 0.8 : zoom < 9 ? 1.2 : zoom < 11 ? 1.8 : 2.6;
  else
    w = zoom < 6 ? 0.0 : zoom < 8 ? 0.6 : zoom < 10 ? 0.9 : 1.4;
  return w;
}
