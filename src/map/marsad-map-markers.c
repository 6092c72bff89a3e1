/* marsad-map-markers.c: how places and events look on every map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "marsad-map-markers.h"

#include <math.h>
#include <string.h>

#include <pango/pangocairo.h>

/* Design sizes, in logical pixels at scale 1. */
#define SITE_MIN_RADIUS      6.0   /* an event site with zero fatalities */
#define SITE_UNKNOWN_RADIUS  7.0   /* fatalities not reported */
#define SITE_MAX_RADIUS     20.0
#define CONTEXT_RADIUS       3.5
#define OUTLINE_WIDTH        1.5
#define LABEL_FONT_SIZE     13.0
#define LABEL_HALO_WIDTH     3.0
#define LABEL_FONT_FAMILY   "Noto Sans Arabic, Noto Naskh Arabic, sans-serif"
/* a border line: wider than the basemap's borders (1–1.5 px), dashed */
#define BORDER_WIDTH         3.0
#define BORDER_DASH          9.0
#define BORDER_GAP           5.0

/* The colours live in marsad-event-types.c with the rest of the table; the
 * shapes are here because only cairo draws them. Each type's shape differs
 * from its neighbours' in the legend, so no one has to match colours. */
static const MarsadMarkerShape type_shapes[MARSAD_N_EVENT_TYPES] = {
  MARSAD_MARKER_SHAPE_DIAMOND,   /* Battles */
  MARSAD_MARKER_SHAPE_STAR,      /* Explosions/Remote violence */
  MARSAD_MARKER_SHAPE_TRIANGLE,  /* Violence against civilians */
  MARSAD_MARKER_SHAPE_CIRCLE,    /* Protests */
  MARSAD_MARKER_SHAPE_SQUARE,    /* Riots */
  MARSAD_MARKER_SHAPE_HEXAGON,   /* Strategic developments */
};

static void
rgb_to_rgba (guint32 rgb,
             double  rgba[4])
{
  rgba[0] = ((rgb >> 16) & 0xff) / 255.0;
  rgba[1] = ((rgb >> 8) & 0xff) / 255.0;
  rgba[2] = (rgb & 0xff) / 255.0;
  rgba[3] = 1.0;
}

void
marsad_event_type_get_color (const char *acled_event_type,
                             gboolean    dark,
                             double      rgba[4])
{
  rgb_to_rgba (marsad_event_type_get_rgb (acled_event_type, dark), rgba);
}

MarsadMarkerShape
marsad_event_type_get_shape (const char *acled_event_type)
{
  int i = marsad_event_type_get_index (acled_event_type);

  return i < 0 ? MARSAD_MARKER_SHAPE_CIRCLE : type_shapes[i];
}

void
marsad_marker_style_init (MarsadMarkerStyle *style,
                          MarsadMarkerRole   role)
{
  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  style->role = role;
  style->fatalities = -1;
}

double
marsad_marker_get_radius (const MarsadMarkerStyle *style)
{
  g_return_val_if_fail (style != NULL, 0.0);

  switch (style->role)
    {
    case MARSAD_MARKER_ROLE_ACTOR_ONLY:
      return 0.0;
    case MARSAD_MARKER_ROLE_CONTEXT:
      return CONTEXT_RADIUS;
    case MARSAD_MARKER_ROLE_EVENT_SITE:
    default:
      break;
    }

  if (style->fatalities < 0)
    return SITE_UNKNOWN_RADIUS;

  /* Square root: the marker's area, not its radius, follows the count. */
  return MIN (SITE_MIN_RADIUS + 2.0 * sqrt ((double) style->fatalities),
              SITE_MAX_RADIUS);
}

static void
regular_polygon (cairo_t *cr,
                 double   x,
                 double   y,
                 double   radius,
                 guint    n,
                 double   start_angle)
{
  for (guint i = 0; i < n; i++)
    {
      double a = start_angle + i * 2.0 * G_PI / n;

      cairo_line_to (cr, x + radius * cos (a), y + radius * sin (a));
    }
  cairo_close_path (cr);
}

/* Each shape is sized to cover about the area of a circle of radius r, so
 * the type does not change how large a count looks. */
static void
shape_path (cairo_t           *cr,
            MarsadMarkerShape  shape,
            double             x,
            double             y,
            double             r)
{
  cairo_new_sub_path (cr);

  switch (shape)
    {
    case MARSAD_MARKER_SHAPE_DIAMOND:
      regular_polygon (cr, x, y, r * 1.25, 4, -G_PI / 2);
      break;
    case MARSAD_MARKER_SHAPE_SQUARE:
      regular_polygon (cr, x, y, r * 1.25, 4, -G_PI / 4);
      break;
    case MARSAD_MARKER_SHAPE_TRIANGLE:
      /* Pointing down, like a warning sign turned on its head: apart from
       * the diamond at a glance. The centroid stays on the place. */
      regular_polygon (cr, x, y, r * 1.55, 3, G_PI / 2);
      break;
    case MARSAD_MARKER_SHAPE_HEXAGON:
      regular_polygon (cr, x, y, r * 1.1, 6, 0);
      break;
    case MARSAD_MARKER_SHAPE_STAR:
      for (guint i = 0; i < 16; i++)
        {
          double a = -G_PI / 2 + i * G_PI / 8;
          double rr = (i % 2 == 0) ? r * 1.45 : r * 0.8;

          cairo_line_to (cr, x + rr * cos (a), y + rr * sin (a));
        }
      cairo_close_path (cr);
      break;
    case MARSAD_MARKER_SHAPE_CIRCLE:
    default:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_close_path (cr);
      break;
    }
}

static guint
n_types (const guint *type_counts,
         guint       *total)
{
  guint n = 0;

  *total = 0;
  for (guint t = 0; type_counts != NULL && t < MARSAD_N_EVENT_TYPES; t++)
    if (type_counts[t] > 0)
      {
        n++;
        *total += type_counts[t];
      }
  return n;
}

/* Wedges of a disc (or of a ring when inner > 0), one per type present,
 * clockwise from the top in the legend's order. */
static void
draw_wedges (cairo_t     *cr,
             double       x,
             double       y,
             double       r,
             double       inner,
             const guint *type_counts,
             guint        total,
             gboolean     dark)
{
  const char *const *types = marsad_event_types ();
  double angle = -G_PI / 2;

  for (guint t = 0; t < MARSAD_N_EVENT_TYPES; t++)
    {
      double color[4], sweep;

      if (type_counts[t] == 0)
        continue;
      sweep = 2 * G_PI * type_counts[t] / total;
      marsad_event_type_get_color (types[t], dark, color);
      cairo_new_path (cr);
      cairo_arc (cr, x, y, r, angle, angle + sweep);
      if (inner > 0)
        cairo_arc_negative (cr, x, y, inner, angle + sweep, angle);
      else
        cairo_line_to (cr, x, y);
      cairo_close_path (cr);
      cairo_set_source_rgba (cr, color[0], color[1], color[2], 1);
      cairo_fill (cr);
      angle += sweep;
    }
}

/* GNOME's accent blue, lifted on dark as libadwaita does: what marks
 * the selection. */
static void
set_accent (cairo_t  *cr,
            gboolean  dark,
            double    alpha)
{
  if (dark)
    cairo_set_source_rgba (cr, 0x78 / 255.0, 0xae / 255.0, 0xed / 255.0, alpha);
  else
    cairo_set_source_rgba (cr, 0x1c / 255.0, 0x71 / 255.0, 0xd8 / 255.0, alpha);
}

void
marsad_marker_draw (cairo_t                 *cr,
                    double                   x,
                    double                   y,
                    const MarsadMarkerStyle *style,
                    double                   scale)
{
  double color[4];
  double r;
  guint total = 0;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  r = marsad_marker_get_radius (style) * scale;
  if (r <= 0)
    return;

  cairo_save (cr);
  /* cairo_save() does not save the path: a current point left by earlier
   * drawing would join this marker's first arc to it by a straight line. */
  cairo_new_path (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (style->muted)
    cairo_push_group (cr);

  if (style->role == MARSAD_MARKER_ROLE_CONTEXT && n_types (style->type_counts, &total) >= 1)
    {
      /* Events placed where the text only mentions the place (a capital
       * that condemns): small, but in the glyph the timeline gives them,
       * not a grey dot. */
      marsad_event_type_get_color (style->event_type, style->dark, color);
      shape_path (cr, marsad_event_type_get_shape (style->event_type), x, y, r * 1.45);
      cairo_set_source_rgba (cr, color[0], color[1], color[2], 1);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 1.0 * scale);
      cairo_set_source_rgba (cr, 1, 1, 1, style->dark ? 0.8 : 0.95);
      cairo_stroke (cr);
    }
  else if (style->role == MARSAD_MARKER_ROLE_CONTEXT)
    {
      /* Quiet on purpose: a context place orients the reader but must not
       * read as a place where something happened. */
      if (style->dark)
        cairo_set_source_rgba (cr, 0.82, 0.81, 0.79, 0.9);
      else
        cairo_set_source_rgba (cr, 0.33, 0.32, 0.36, 0.85);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 1.0 * scale);
      if (style->dark)
        cairo_set_source_rgba (cr, 0.1, 0.1, 0.1, 0.8);
      else
        cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
      cairo_stroke (cr);
    }
  else if (n_types (style->type_counts, &total) >= 2)
    {
      /* Several types here: a pie shows them all, not only the first. */
      cairo_arc (cr, x, y + 1.0 * scale, r, 0, 2 * G_PI);
      cairo_set_source_rgba (cr, 0, 0, 0, style->dark ? 0.5 : 0.25);
      cairo_fill (cr);
      if (style->highlighted)
        {
          cairo_set_source_rgba (cr, 0.5, 0.5, 0.5, 0.3);
          cairo_arc (cr, x, y, r * 1.5 + 6 * scale, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      draw_wedges (cr, x, y, r, 0, style->type_counts, total, style->dark);
      cairo_new_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_set_line_width (cr, OUTLINE_WIDTH * scale);
      cairo_set_source_rgba (cr, 1, 1, 1, style->dark ? 0.85 : 1.0);
      cairo_stroke (cr);
    }
  else
    {
      MarsadMarkerShape shape = marsad_event_type_get_shape (style->event_type);

      marsad_event_type_get_color (style->event_type, style->dark, color);

      if (style->highlighted)
        {
          cairo_set_source_rgba (cr, color[0], color[1], color[2], 0.3);
          cairo_arc (cr, x, y, r * 1.5 + 6 * scale, 0, 2 * G_PI);
          cairo_fill (cr);
        }

      /* A soft shadow lifts the marker off busy basemaps. */
      shape_path (cr, shape, x, y + 1.0 * scale, r);
      cairo_set_source_rgba (cr, 0, 0, 0, style->dark ? 0.5 : 0.25);
      cairo_fill (cr);

      shape_path (cr, shape, x, y, r);
      cairo_set_source_rgba (cr, color[0], color[1], color[2], color[3]);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, OUTLINE_WIDTH * scale);
      cairo_set_source_rgba (cr, 1, 1, 1, style->dark ? 0.85 : 1.0);
      cairo_stroke (cr);
    }

  if (style->selected)
    {
      set_accent (cr, style->dark, 1.0);
      cairo_set_line_width (cr, 2.5 * scale);
      cairo_arc (cr, x, y, r * 1.5 + 3 * scale, 0, 2 * G_PI);
      cairo_stroke (cr);
    }

  if (style->muted)
    {
      /* history, not news: present but faint */
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, 0.45);
    }
  cairo_restore (cr);
}

static void
stroke_path (cairo_t            *cr,
             const cairo_path_t *path,
             double              width)
{
  cairo_append_path (cr, path);
  cairo_set_line_width (cr, width);
  cairo_stroke (cr);
}

void
marsad_border_line_draw (cairo_t                 *cr,
                         const MarsadMarkerStyle *style,
                         double                   scale)
{
  static const double context_light[] = { 0.33, 0.32, 0.36 }, context_dark[] = { 0.82, 0.81, 0.79 };
  const double dashes[] = { BORDER_DASH * scale, BORDER_GAP * scale };
  double width = (style->selected ? 1.5 : 1.0) * BORDER_WIDTH * scale;
  cairo_path_t *path;
  double color[4];
  guint total = 0;

  g_return_if_fail (cr != NULL && style != NULL);

  /* each layer strokes the same path; a group (muted) must not take it */
  path = cairo_copy_path (cr);
  cairo_new_path (cr);
  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  if (style->muted)
    cairo_push_group (cr);

  if (style->role == MARSAD_MARKER_ROLE_EVENT_SITE || n_types (style->type_counts, &total) >= 1)
    marsad_event_type_get_color (style->event_type, style->dark, color);
  else
    /* a context place's grey (marsad_marker_draw) */
    memcpy (color, style->dark ? context_dark : context_light, sizeof context_dark);

  if (style->selected)
    {
      set_accent (cr, style->dark, 0.45);
      stroke_path (cr, path, width + 9 * scale);
    }
  else if (style->highlighted)
    {
      cairo_set_source_rgba (cr, color[0], color[1], color[2], 0.3);
      stroke_path (cr, path, width + 7 * scale);
    }
  if (style->dark)
    cairo_set_source_rgba (cr, 0.1, 0.1, 0.1, 0.7);
  else
    cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
  stroke_path (cr, path, width + 3 * scale);

  /* butt ends: round caps would close the gaps */
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_set_source_rgb (cr, color[0], color[1], color[2]);
  stroke_path (cr, path, width);

  if (style->muted)
    {
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, 0.45);
    }
  cairo_restore (cr);
  cairo_path_destroy (path);
}

void
marsad_cluster_badge_draw (cairo_t     *cr,
                           double       x,
                           double       y,
                           double       radius,
                           guint        n_places,
                           const guint *type_counts,
                           gboolean     dark,
                           gboolean     highlighted,
                           double       scale)
{
  char count[16];
  double r = radius * scale, inner = r * 0.66;
  cairo_text_extents_t ink;
  guint total = 0;

  g_snprintf (count, sizeof count, "%u", n_places);
  cairo_save (cr);
  cairo_new_path (cr);

  if (highlighted)
    {
      cairo_set_source_rgba (cr, 0.5, 0.5, 0.5, 0.3);
      cairo_arc (cr, x, y, r + 6 * scale, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  cairo_arc (cr, x, y + 1.0 * scale, r, 0, 2 * G_PI);
  cairo_set_source_rgba (cr, 0, 0, 0, dark ? 0.5 : 0.25);
  cairo_fill (cr);

  if (n_types (type_counts, &total) > 0)
    draw_wedges (cr, x, y, r, inner, type_counts, total, dark);
  else
    {
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_arc_negative (cr, x, y, inner, 2 * G_PI, 0);
      if (dark)
        cairo_set_source_rgba (cr, 0.82, 0.81, 0.79, 0.9);
      else
        cairo_set_source_rgba (cr, 0.33, 0.32, 0.36, 0.85);
      cairo_fill (cr);
    }

  cairo_new_path (cr);
  cairo_arc (cr, x, y, inner, 0, 2 * G_PI);
  if (dark)
    cairo_set_source_rgb (cr, 0.14, 0.14, 0.15);
  else
    cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);
  cairo_arc (cr, x, y, r, 0, 2 * G_PI);
  cairo_set_line_width (cr, OUTLINE_WIDTH * scale);
  cairo_set_source_rgba (cr, 1, 1, 1, dark ? 0.85 : 1.0);
  cairo_stroke (cr);

  /* Digits only: cairo's own text is enough and costs far less than a
   * Pango layout per badge (a frame may hold hundreds). Still real text
   * in SVG and PDF. */
  cairo_select_font_face (cr, "Cantarell", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  cairo_set_font_size (cr, MAX (inner * 1.15, 7 * scale));
  cairo_text_extents (cr, count, &ink);
  cairo_move_to (cr, x - ink.x_bearing - ink.width / 2.0, y - ink.y_bearing - ink.height / 2.0);
  if (dark)
    cairo_set_source_rgb (cr, 0.96, 0.96, 0.95);
  else
    cairo_set_source_rgb (cr, 0.14, 0.12, 0.19);
  cairo_show_text (cr, count);
  cairo_new_path (cr);
  cairo_restore (cr);
}

static PangoLayout *
create_label_layout (cairo_t    *cr,
                     const char *name_ar,
                     double      scale)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoContext *context = pango_layout_get_context (layout);
  g_autoptr(PangoFontDescription) desc = NULL;
  cairo_font_options_t *options;

  /* Unhinted metrics: the same label measures the same on screen, in PNG,
   * SVG and PDF, so placement does not shift between exports. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  /* Pango would take the direction from the first strong character; a name
   * such as "K-1 قاعدة" would then lay out left-to-right. Place names here
   * are Arabic, so say so. */
  pango_context_set_base_dir (context, PANGO_DIRECTION_RTL);
  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_context_changed (layout);

  desc = pango_font_description_from_string (LABEL_FONT_FAMILY);
  pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_font_description_set_absolute_size (desc, LABEL_FONT_SIZE * scale * PANGO_SCALE);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, name_ar, -1);

  return layout;
}

void
marsad_marker_measure_label (cairo_t    *cr,
                             const char *name_ar,
                             double      scale,
                             double     *width,
                             double     *height)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle logical;
  double halo = LABEL_HALO_WIDTH * scale;

  g_return_if_fail (cr != NULL);

  if (name_ar == NULL || *name_ar == '\0')
    {
      if (width != NULL)
        *width = 0;
      if (height != NULL)
        *height = 0;
      return;
    }

  layout = create_label_layout (cr, name_ar, scale);
  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE + halo;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE + halo;
}

void
marsad_marker_draw_label (cairo_t    *cr,
                          double      x,
                          double      y,
                          const char *name_ar,
                          double      scale,
                          gboolean    dark)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle logical;
  double halo = LABEL_HALO_WIDTH * scale;
  double left, top;

  g_return_if_fail (cr != NULL);

  if (name_ar == NULL || *name_ar == '\0')
    return;

  layout = create_label_layout (cr, name_ar, scale);
  pango_layout_get_extents (layout, NULL, &logical);

  left = x - halo / 2 - (double) (logical.x + logical.width) / PANGO_SCALE;
  top = y - (double) logical.height / PANGO_SCALE / 2 - (double) logical.y / PANGO_SCALE;

  cairo_save (cr);

  /* The halo is the glyph outlines stroked wide under the text, so it
   * follows the letters instead of boxing them. */
  cairo_move_to (cr, left, top);
  pango_cairo_layout_path (cr, layout);
  cairo_set_line_width (cr, halo);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (dark)
    cairo_set_source_rgba (cr, 0.09, 0.09, 0.10, 0.9);
  else
    cairo_set_source_rgba (cr, 1, 1, 1, 0.92);
  cairo_stroke (cr);

  /* Shown as text, not as a path, so SVG and PDF keep it searchable. */
  cairo_move_to (cr, left, top);
  if (dark)
    cairo_set_source_rgb (cr, 0.96, 0.96, 0.95);
  else
    cairo_set_source_rgb (cr, 0.14, 0.12, 0.19);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);   /* leave no current point behind */

  cairo_restore (cr);
}
