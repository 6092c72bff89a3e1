/* marsad-map-overlays.c: the furniture around an exported map
 *
 * Arabic text is laid out with an explicit right-to-left base direction:
 * Pango would otherwise take it from the first strong character, and a
 * title that starts with a Latin name or a date would flip. Panels are
 * slightly translucent so the map still shows through at the edges.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "marsad-map-overlays.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "marsad-event-types.h"
#include "marsad-map-markers.h"

#define ARABIC_FAMILY   "Noto Sans Arabic, Noto Naskh Arabic, sans-serif"
#define LATIN_FAMILY    "Noto Sans, DejaVu Sans, sans-serif"
#define MARGIN          12.0
#define TITLE_PAD        6.0
#define TITLE_SIZE      21.0
#define SUBTITLE_SIZE   13.0
#define LEGEND_SIZE     12.5
#define LEGEND_ROW      22.0
#define CREDITS_SIZE    10.0
#define SCALE_BAR_MAX  130.0

static PangoLayout *
make_layout (cairo_t        *cr,
             const char     *text,
             const char     *family,
             double          size,
             PangoWeight     weight,
             PangoDirection  direction)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoContext *context = pango_layout_get_context (layout);
  g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (family);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics: the same layout in PNG, SVG and PDF. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  pango_context_set_base_dir (context, direction);
  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_context_changed (layout);

  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_font_description_set_weight (desc, weight);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
layout_size (PangoLayout *layout,
             double      *width,
             double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  *width = (double) logical.width / PANGO_SCALE;
  *height = (double) logical.height / PANGO_SCALE;
}

/* Shows the layout with its logical box's top-right corner at (right, top):
 * Arabic lines hang from the right. */
static void
show_right_aligned (cairo_t     *cr,
                    PangoLayout *layout,
                    double       right,
                    double       top)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (cr,
                 right - (double) (logical.x + logical.width) / PANGO_SCALE,
                 top - (double) logical.y / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);
}

static void
set_text_color (cairo_t  *cr,
                gboolean  dark,
                double    alpha)
{
  if (dark)
    cairo_set_source_rgba (cr, 0.96, 0.96, 0.95, alpha);
  else
    cairo_set_source_rgba (cr, 0.14, 0.12, 0.19, alpha);
}

static void
panel (cairo_t  *cr,
       double    x,
       double    y,
       double    w,
       double    h,
       double    radius,
       gboolean  dark)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + w - radius, y + h - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + h - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  if (dark)
    cairo_set_source_rgba (cr, 0.12, 0.12, 0.13, 0.88);
  else
    cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 1);
  cairo_set_source_rgba (cr, 0, 0, 0, dark ? 0.5 : 0.12);
  cairo_stroke (cr);
}

double
marsad_map_overlay_draw_title (cairo_t    *cr,
                               double      width,
                               const char *title,
                               const char *subtitle,
                               gboolean    dark,
                               gboolean    draw)
{
  g_autoptr(PangoLayout) title_layout = NULL;
  g_autoptr(PangoLayout) sub = NULL;
  double w, title_h, sub_h = 0, band;

  title_layout = make_layout (cr, title, ARABIC_FAMILY, TITLE_SIZE, PANGO_WEIGHT_BOLD,
                              PANGO_DIRECTION_RTL);
  /* A long headline is cut at its end, which in Arabic is the left. */
  pango_layout_set_width (title_layout, (int) ((width - 2 * MARGIN - 8) * PANGO_SCALE));
  pango_layout_set_ellipsize (title_layout, PANGO_ELLIPSIZE_END);
  layout_size (title_layout, &w, &title_h);
  if (subtitle != NULL)
    {
      sub = make_layout (cr, subtitle, ARABIC_FAMILY, SUBTITLE_SIZE, PANGO_WEIGHT_NORMAL,
                         PANGO_DIRECTION_RTL);
      layout_size (sub, &w, &sub_h);
    }
  band = ceil (TITLE_PAD + title_h + sub_h + TITLE_PAD);
  if (!draw)
    return band;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, band);
  if (dark)
    cairo_set_source_rgba (cr, 0.12, 0.12, 0.13, 0.88);
  else
    cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
  cairo_fill (cr);
  cairo_move_to (cr, 0, band - 0.5);
  cairo_line_to (cr, width, band - 0.5);
  cairo_set_line_width (cr, 1);
  cairo_set_source_rgba (cr, 0, 0, 0, dark ? 0.5 : 0.15);
  cairo_stroke (cr);

  set_text_color (cr, dark, 1.0);
  show_right_aligned (cr, title_layout, width - MARGIN - 4, TITLE_PAD);
  if (sub != NULL)
    {
      set_text_color (cr, dark, 0.75);
      show_right_aligned (cr, sub, width - MARGIN - 4, TITLE_PAD + title_h);
    }
  cairo_restore (cr);
  return band;
}

/* a row of the legend: its symbol's style and its words */
static void
add_row (cairo_t          *cr,
         GPtrArray        *styles,
         GPtrArray        *layouts,
         MarsadMarkerRole  role,
         const char       *event_type,
         gboolean          dark,
         const char       *text)
{
  MarsadMarkerStyle *style = g_new (MarsadMarkerStyle, 1);

  marsad_marker_style_init (style, role);
  style->event_type = event_type;
  style->dark = dark;
  g_ptr_array_add (styles, style);
  g_ptr_array_add (layouts, make_layout (cr, text, ARABIC_FAMILY, LEGEND_SIZE, PANGO_WEIGHT_NORMAL,
                                         PANGO_DIRECTION_RTL));
}

static void
legend (cairo_t               *cr,
        double                 width,
        double                 top,
        const MarsadMapLegend *items,
        gboolean               dark,
        gboolean               draw,
        double                *x0,
        double                *y1)
{
  const char *const *types = marsad_event_types ();
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) styles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PangoLayout) heading = NULL;
  g_autoptr(PangoLayout) note = NULL;
  double text_w = 0, w, h, heading_h, note_h = 0, panel_w, panel_h, right, y;

  for (int i = 0; i < MARSAD_N_EVENT_TYPES; i++)
    if (items->types[i])
      add_row (cr, styles, layouts, MARSAD_MARKER_ROLE_EVENT_SITE, types[i], dark,
               marsad_event_type_get_name_ar (types[i]));
  if (items->context)
    add_row (cr, styles, layouts, MARSAD_MARKER_ROLE_CONTEXT, NULL, dark, "مكان ورد للسياق");
  /* a border the text names: the last row, drawn as a stretch of line */
  if (items->borders)
    add_row (cr, styles, layouts, MARSAD_MARKER_ROLE_CONTEXT, NULL, dark, "خط حدود ورد في النص");
  if (x0 != NULL)
    *x0 = width;
  if (y1 != NULL)
    *y1 = top;
  if (layouts->len == 0)
    return;

  heading = make_layout (cr, "دليل الخريطة", ARABIC_FAMILY, LEGEND_SIZE, PANGO_WEIGHT_BOLD,
                         PANGO_DIRECTION_RTL);
  layout_size (heading, &text_w, &heading_h);
  for (guint i = 0; i < layouts->len; i++)
    {
      layout_size (g_ptr_array_index (layouts, i), &w, &h);
      text_w = MAX (text_w, w + 26);
    }
  if (items->fatalities)
    {
      note = make_layout (cr, "حجم الرمز بحسب عدد القتلى", ARABIC_FAMILY, LEGEND_SIZE - 1.5,
                          PANGO_WEIGHT_NORMAL, PANGO_DIRECTION_RTL);
      layout_size (note, &w, &note_h);
      text_w = MAX (text_w, w);
    }

  panel_w = text_w + 2 * MARGIN;
  panel_h = MARGIN + heading_h + 4 + layouts->len * LEGEND_ROW + note_h + MARGIN;
  right = width - MARGIN;
  if (x0 != NULL)
    *x0 = right - panel_w;
  if (y1 != NULL)
    *y1 = top + panel_h;
  if (!draw)
    return;

  cairo_save (cr);
  panel (cr, right - panel_w, top, panel_w, panel_h, 6, dark);

  set_text_color (cr, dark, 1.0);
  show_right_aligned (cr, heading, right - MARGIN, top + MARGIN);
  y = top + MARGIN + heading_h + 4;
  for (guint i = 0; i < layouts->len; i++)
    {
      PangoLayout *layout = g_ptr_array_index (layouts, i);

      /* Symbol on the right, where an Arabic reader starts the line. */
      if (items->borders && i == layouts->len - 1)
        {
          cairo_move_to (cr, right - MARGIN - 18, y + LEGEND_ROW / 2);
          cairo_line_to (cr, right - MARGIN, y + LEGEND_ROW / 2);
          marsad_border_line_draw (cr, g_ptr_array_index (styles, i), 1.0);
        }
      else
        marsad_marker_draw (cr, right - MARGIN - 9, y + LEGEND_ROW / 2,
                            g_ptr_array_index (styles, i), 1.0);
      layout_size (layout, &w, &h);
      set_text_color (cr, dark, 1.0);
      show_right_aligned (cr, layout, right - MARGIN - 26, y + (LEGEND_ROW - h) / 2);
      y += LEGEND_ROW;
    }
  if (note != NULL)
    {
      set_text_color (cr, dark, 0.7);
      show_right_aligned (cr, note, right - MARGIN, y);
    }
  cairo_restore (cr);
}

void
marsad_map_overlay_draw_legend (cairo_t               *cr,
                                double                 width,
                                double                 top,
                                const MarsadMapLegend *items,
                                gboolean               dark)
{
  legend (cr, width, top, items, dark, TRUE, NULL, NULL);
}

void
marsad_map_overlay_measure_legend (cairo_t               *cr,
                                   double                 width,
                                   double                 top,
                                   const MarsadMapLegend *items,
                                   double                *x0,
                                   double                *y1)
{
  legend (cr, width, top, items, FALSE, FALSE, x0, y1);
}

/* The largest 1, 2 or 5 × 10^n metres not longer than `max_metres`. */
static double
nice_distance (double max_metres)
{
  double base = pow (10, floor (log10 (max_metres)));

  if (5 * base <= max_metres)
    return 5 * base;
  if (2 * base <= max_metres)
    return 2 * base;
  return base;
}

void
marsad_map_overlay_draw_scale_bar (cairo_t  *cr,
                                   double    height,
                                   double    metres_per_px,
                                   gboolean  dark)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *label = NULL;
  double metres, bar, w, h, x0, y0;

  if (!(metres_per_px > 0) || !isfinite (metres_per_px))
    return;

  metres = nice_distance (metres_per_px * SCALE_BAR_MAX);
  bar = metres / metres_per_px;
  if (metres >= 1000)
    label = g_strdup_printf ("%g كم", metres / 1000);
  else
    label = g_strdup_printf ("%g م", metres);

  layout = make_layout (cr, label, ARABIC_FAMILY, LEGEND_SIZE - 1, PANGO_WEIGHT_NORMAL,
                        PANGO_DIRECTION_RTL);
  layout_size (layout, &w, &h);

  cairo_save (cr);
  x0 = MARGIN;
  y0 = height - MARGIN - h - 16;
  panel (cr, x0, y0, MAX (bar, w) + 16, h + 16, 4, dark);

  set_text_color (cr, dark, 1.0);
  show_right_aligned (cr, layout, x0 + 8 + bar, y0 + 3);

  /* A bar with end ticks, the common cartographic form. */
  cairo_set_line_width (cr, 2);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);
  cairo_move_to (cr, x0 + 8, y0 + h + 4);
  cairo_line_to (cr, x0 + 8, y0 + h + 10);
  cairo_line_to (cr, x0 + 8 + bar, y0 + h + 10);
  cairo_line_to (cr, x0 + 8 + bar, y0 + h + 4);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
marsad_map_overlay_draw_credits (cairo_t    *cr,
                                 double      width,
                                 double      height,
                                 const char *credits,
                                 gboolean    dark)
{
  g_autoptr(PangoLayout) layout = NULL;
  double w, h;

  layout = make_layout (cr, credits, LATIN_FAMILY, CREDITS_SIZE, PANGO_WEIGHT_NORMAL,
                        PANGO_DIRECTION_LTR);
  layout_size (layout, &w, &h);

  cairo_save (cr);
  cairo_rectangle (cr, width - w - 12, height - h - 6, w + 12, h + 6);
  if (dark)
    cairo_set_source_rgba (cr, 0.12, 0.12, 0.13, 0.75);
  else
    cairo_set_source_rgba (cr, 1, 1, 1, 0.75);
  cairo_fill (cr);
  set_text_color (cr, dark, 0.85);
  show_right_aligned (cr, layout, width - 6, height - h - 3);
  cairo_restore (cr);
}
