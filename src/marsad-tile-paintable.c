/* marsad-tile-paintable.c: a drawn image that every frame shows again
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The basemap's tiles and the markers' sprites are drawn once and shown
 * at every frame. As a GdkTexture, GL renderers upload them once; but
 * GTK 4.8's cairo renderer downloads each texture node into a new cairo
 * surface at every frame, converting each pixel to floats and back, which
 * was most of a frame's time there. So with the cairo renderer the image
 * is painted as it is, through a cairo node, with the same pattern the
 * texture node would use: the same pixels, without the copy. */
#include "config.h"

#include "marsad-tile-paintable.h"

struct _MarsadPaintTarget
{
  gboolean uses_cairo;
};

MarsadPaintTarget *
marsad_paint_target_new (void)
{
  return g_atomic_rc_box_new0 (MarsadPaintTarget);
}

MarsadPaintTarget *
marsad_paint_target_ref (MarsadPaintTarget *target)
{
  return g_atomic_rc_box_acquire (target);
}

void
marsad_paint_target_unref (MarsadPaintTarget *target)
{
  g_atomic_rc_box_release (target);
}

/* Main thread, when the widget is realized in a window (or moves to one). */
void
marsad_paint_target_update (MarsadPaintTarget *target,
                            GtkWidget         *widget)
{
  GtkNative *native = widget != NULL ? gtk_widget_get_native (widget) : NULL;
  GskRenderer *renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;

  target->uses_cairo = renderer != NULL && GSK_IS_CAIRO_RENDERER (renderer);
}

gboolean
marsad_paint_target_uses_cairo (MarsadPaintTarget *target)
{
  return target != NULL && target->uses_cairo;
}

struct _MarsadTilePaintable
{
  GObject            parent_instance;

  cairo_surface_t   *image;
  MarsadPaintTarget *target;    /* NULL: always a texture */
  GdkTexture        *texture;   /* made when first needed */
};

static void marsad_tile_paintable_iface_init (GdkPaintableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MarsadTilePaintable, marsad_tile_paintable, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GDK_TYPE_PAINTABLE, marsad_tile_paintable_iface_init))

static void
pixel_size (MarsadTilePaintable *self,
            int                 *width,
            int                 *height)
{
  *width = cairo_image_surface_get_width (self->image);
  *height = cairo_image_surface_get_height (self->image);
}

static void
marsad_tile_paintable_snapshot (GdkPaintable *paintable,
                                GdkSnapshot  *snapshot,
                                double        width,
                                double        height)
{
  MarsadTilePaintable *self = MARSAD_TILE_PAINTABLE (paintable);
  cairo_pattern_t *pattern;
  cairo_matrix_t matrix;
  double scale_x = 1, scale_y = 1;
  int pixels_wide, pixels_high;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;
  if (!marsad_paint_target_uses_cairo (self->target))
    {
      gtk_snapshot_append_texture (GTK_SNAPSHOT (snapshot), marsad_tile_paintable_get_texture (self),
                                   &GRAPHENE_RECT_INIT (0, 0, width, height));
      return;
    }

  /* As gsk_texture_node_draw() does it: the image's pixels stretched over
   * the bounds, its edges padded, the bounds filled. */
  pixel_size (self, &pixels_wide, &pixels_high);
  cairo_surface_get_device_scale (self->image, &scale_x, &scale_y);
  /* A pixel wider than the image on each side: the node clips its drawing
   * to its bounds, which would thin again the partly covered pixels that
   * fractional edges cross (the seams between tiles while panning). */
  cr = gtk_snapshot_append_cairo (GTK_SNAPSHOT (snapshot), &GRAPHENE_RECT_INIT (-1, -1, width + 2, height + 2));
  pattern = cairo_pattern_create_for_surface (self->image);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_PAD);
  /* pattern space is the image's own units: pixels over its device scale */
  cairo_matrix_init_scale (&matrix, pixels_wide / scale_x / width, pixels_high / scale_y / height);
  cairo_pattern_set_matrix (pattern, &matrix);
  if (pixels_wide == 1 && pixels_high == 1)
    cairo_pattern_set_filter (pattern, CAIRO_FILTER_NEAREST);
  cairo_set_source (cr, pattern);
  cairo_pattern_destroy (pattern);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  cairo_destroy (cr);
}

static int
marsad_tile_paintable_get_intrinsic_width (GdkPaintable *paintable)
{
  MarsadTilePaintable *self = MARSAD_TILE_PAINTABLE (paintable);
  double scale_x = 1, scale_y = 1;

  cairo_surface_get_device_scale (self->image, &scale_x, &scale_y);
  return (int) (cairo_image_surface_get_width (self->image) / scale_x);
}

static int
marsad_tile_paintable_get_intrinsic_height (GdkPaintable *paintable)
{
  MarsadTilePaintable *self = MARSAD_TILE_PAINTABLE (paintable);
  double scale_x = 1, scale_y = 1;

  cairo_surface_get_device_scale (self->image, &scale_x, &scale_y);
  return (int) (cairo_image_surface_get_height (self->image) / scale_y);
}

static GdkPaintableFlags
marsad_tile_paintable_get_flags (GdkPaintable *paintable)
{
  return GDK_PAINTABLE_STATIC_SIZE | GDK_PAINTABLE_STATIC_CONTENTS;
}

static void
marsad_tile_paintable_iface_init (GdkPaintableInterface *iface)
{
  iface->snapshot = marsad_tile_paintable_snapshot;
  iface->get_intrinsic_width = marsad_tile_paintable_get_intrinsic_width;
  iface->get_intrinsic_height = marsad_tile_paintable_get_intrinsic_height;
  iface->get_flags = marsad_tile_paintable_get_flags;
}

static void
marsad_tile_paintable_finalize (GObject *object)
{
  MarsadTilePaintable *self = MARSAD_TILE_PAINTABLE (object);

  g_clear_object (&self->texture);
  g_clear_pointer (&self->target, marsad_paint_target_unref);
  cairo_surface_destroy (self->image);
  G_OBJECT_CLASS (marsad_tile_paintable_parent_class)->finalize (object);
}

static void
marsad_tile_paintable_class_init (MarsadTilePaintableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = marsad_tile_paintable_finalize;
}

static void
marsad_tile_paintable_init (MarsadTilePaintable *self)
{
}

MarsadTilePaintable *
marsad_tile_paintable_new (cairo_surface_t   *image,
                           MarsadPaintTarget *target)
{
  MarsadTilePaintable *self;

  g_return_val_if_fail (image != NULL, NULL);
  g_return_val_if_fail (cairo_surface_get_type (image) == CAIRO_SURFACE_TYPE_IMAGE, NULL);
  g_return_val_if_fail (cairo_image_surface_get_format (image) == CAIRO_FORMAT_ARGB32, NULL);

  self = g_object_new (MARSAD_TYPE_TILE_PAINTABLE, NULL);
  cairo_surface_flush (image);
  self->image = cairo_surface_reference (image);
  self->target = target != NULL ? marsad_paint_target_ref (target) : NULL;
  return self;
}

GdkTexture *
marsad_tile_paintable_get_texture (MarsadTilePaintable *self)
{
  g_return_val_if_fail (MARSAD_IS_TILE_PAINTABLE (self), NULL);

  if (self->texture == NULL)
    {
      int width, height, stride = cairo_image_surface_get_stride (self->image);
      g_autoptr(GBytes) bytes = NULL;

      pixel_size (self, &width, &height);
      /* the image's own pixels, not a copy: cairo's ARGB32 is premultiplied
       * and native-endian, which is GDK_MEMORY_DEFAULT */
      bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (self->image),
                                          (gsize) stride * (gsize) height,
                                          (GDestroyNotify) cairo_surface_destroy,
                                          cairo_surface_reference (self->image));
      self->texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
    }
  return self->texture;
}
