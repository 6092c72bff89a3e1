/* marsad-tile-paintable.h: a drawn image that every frame shows again
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* How one map is rendered now, shared by the images it shows: the map's
 * widget updates it when it is realized, its images read it when drawn
 * (on the main thread). Reference-counted: images outlive their source in
 * libshumate's tile cache. */
typedef struct _MarsadPaintTarget MarsadPaintTarget;

MarsadPaintTarget *marsad_paint_target_new   (void);
MarsadPaintTarget *marsad_paint_target_ref   (MarsadPaintTarget *target);
void               marsad_paint_target_unref (MarsadPaintTarget *target);
void               marsad_paint_target_update (MarsadPaintTarget *target,
                                               GtkWidget         *widget);
gboolean           marsad_paint_target_uses_cairo (MarsadPaintTarget *target);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadPaintTarget, marsad_paint_target_unref)

#define MARSAD_TYPE_TILE_PAINTABLE (marsad_tile_paintable_get_type ())
G_DECLARE_FINAL_TYPE (MarsadTilePaintable, marsad_tile_paintable, MARSAD, TILE_PAINTABLE, GObject)

/* image: a cairo ARGB32 image surface, no longer drawn on (a reference is
 * taken); its device scale gives the paintable's intrinsic size. Any
 * thread. */
MarsadTilePaintable *marsad_tile_paintable_new          (cairo_surface_t     *image,
                                                         MarsadPaintTarget   *target);
/* The image as a texture, made once and sharing its pixels (GL renderers
 * upload it once). */
GdkTexture          *marsad_tile_paintable_get_texture  (MarsadTilePaintable *self);

G_END_DECLS
