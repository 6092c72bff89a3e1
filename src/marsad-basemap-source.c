/* marsad-basemap-source.c: libshumate tiles drawn from the offline basemap
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gdk/gdk.h>
#include <glib/gi18n.h>

#include "marsad-basemap-source.h"
#include "marsad-map-renderer.h"
#include "marsad-tile-paintable.h"

#define TILE_SIZE 256

struct _MarsadBasemapSource
{
  ShumateMapSource   parent_instance;

  MarsadMapRenderer *light;
  MarsadMapRenderer *dark_renderer;
  gboolean           dark;
  int                scale_factor;
  GStrv              avoid_names;   /* names the markers already show */
  MarsadBasemapKeepClearFunc keep_clear;
  gpointer           keep_clear_data;
  GDestroyNotify     keep_clear_destroy;
  GThreadPool       *pool;          /* draws tiles, one core left to the UI; NULL once shut down */
  GCancellable      *shutdown;      /* cancelled: queued tiles are given up */
  guint              n_pending;     /* tiles asked for and not yet done */
  MarsadPaintTarget *paint_target;  /* how the map shows its tiles; NULL: as textures */
};

G_DEFINE_FINAL_TYPE (MarsadBasemapSource, marsad_basemap_source, SHUMATE_TYPE_MAP_SOURCE)

enum { PROP_0, PROP_DARK, PROP_SCALE_FACTOR, N_PROPS };
enum { TILES_IDLE, N_SIGNALS };
static guint signals[N_SIGNALS];
static GParamSpec *properties[N_PROPS];

/* What a worker thread needs: nothing it shares but the renderer, which is
 * thread-safe. */
typedef struct {
  MarsadMapRenderer *renderer;
  int z, x, y, size;
  GStrv avoid_names;   /* a copy: the job runs in another thread */
  GArray *keep_clear;  /* MarsadMapBox, or NULL */
  GCancellable *shutdown;
} TileJob;

static void
tile_job_free (TileJob *job)
{
  marsad_map_renderer_unref (job->renderer);
  g_object_unref (job->shutdown);
  g_strfreev (job->avoid_names);
  g_clear_pointer (&job->keep_clear, g_array_unref);
  g_free (job);
}

static void
render_tile_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  TileJob *job = task_data;
  cairo_surface_t *surface;
  cairo_t *cr;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (g_cancellable_is_cancelled (job->shutdown))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "The map is closing");
      return;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, job->size, job->size);
  cr = cairo_create (surface);
  if (job->avoid_names != NULL || job->keep_clear != NULL)
    {
      MarsadMapAvoid avoid = { NULL, 0, (const char * const *) job->avoid_names,
                               job->avoid_names != NULL ? g_strv_length (job->avoid_names) : 0 };

      if (job->keep_clear != NULL)
        {
          avoid.boxes = (const MarsadMapBox *) (void *) job->keep_clear->data;
          avoid.n_boxes = job->keep_clear->len;
        }

      marsad_map_renderer_draw_tile_full (job->renderer, cr, job->z, job->x, job->y, job->size, &avoid);
    }
  else
    marsad_map_renderer_draw_tile (job->renderer, cr, job->z, job->x, job->y, job->size);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  /* kept as it is: the main thread wraps it (see render_tile_done) */
  g_task_return_pointer (task, surface, (GDestroyNotify) cairo_surface_destroy);
}

static void
render_tile_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GTask) outer = user_data;
  ShumateTile *tile = g_task_get_task_data (outer);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = g_task_propagate_pointer (G_TASK (result), &error);
  MarsadBasemapSource *self = MARSAD_BASEMAP_SOURCE (source);
  g_autoptr(MarsadTilePaintable) paintable = NULL;

  if (self->n_pending > 0 && --self->n_pending == 0)
    g_signal_emit (self, signals[TILES_IDLE], 0);

  if (surface == NULL)
    {
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }
  /* A paintable, not a texture: GTK 4.8's cairo renderer would convert a
   * texture's every pixel at every frame (marsad-tile-paintable.c). */
  paintable = marsad_tile_paintable_new (surface, self->paint_target);
  cairo_surface_destroy (surface);
  /* libshumate wants the paintable and the state set on its own thread. */
  shumate_tile_set_paintable (tile, GDK_PAINTABLE (paintable));
  shumate_tile_set_fade_in (tile, TRUE);
  shumate_tile_set_state (tile, SHUMATE_STATE_DONE);
  g_task_return_boolean (outer, TRUE);
}

static void
marsad_basemap_source_fill_tile_async (ShumateMapSource *source, ShumateTile *tile,
                                       GCancellable *cancellable, GAsyncReadyCallback callback,
                                       gpointer user_data)
{
  MarsadBasemapSource *self = MARSAD_BASEMAP_SOURCE (source);
  g_autoptr(GTask) outer = g_task_new (self, cancellable, callback, user_data);
  g_autoptr(GTask) inner = NULL;
  TileJob *job;

  g_task_set_source_tag (outer, marsad_basemap_source_fill_tile_async);
  g_task_set_task_data (outer, g_object_ref (tile), g_object_unref);
  if (self->pool == NULL)
    {
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_CANCELLED, "The map is closing");
      return;
    }

  job = g_new0 (TileJob, 1);
  job->shutdown = g_object_ref (self->shutdown);
  job->renderer = marsad_map_renderer_ref (self->dark ? self->dark_renderer : self->light);
  job->z = (int) shumate_tile_get_zoom_level (tile);
  job->x = (int) shumate_tile_get_x (tile);
  job->y = (int) shumate_tile_get_y (tile);
  job->size = TILE_SIZE * CLAMP (self->scale_factor, 1, 4);
  job->avoid_names = g_strdupv (self->avoid_names);
  if (self->keep_clear != NULL)
    {
      job->keep_clear = g_array_new (FALSE, FALSE, sizeof (MarsadMapBox));
      self->keep_clear (job->z, job->x, job->y, job->keep_clear, self->keep_clear_data);
    }

  self->n_pending++;
  inner = g_task_new (self, cancellable, render_tile_done, g_steal_pointer (&outer));
  g_task_set_task_data (inner, job, (GDestroyNotify) tile_job_free);
  g_thread_pool_push (self->pool, g_steal_pointer (&inner), NULL);
}

/* GTask's shared pool would take every core for a screenful of tiles while
 * the window is still being built; this one leaves a core to the UI. */
static void
render_in_pool (gpointer data,
                gpointer user_data)
{
  g_autoptr(GTask) task = data;

  render_tile_thread (task, g_task_get_source_object (task), g_task_get_task_data (task),
                      g_task_get_cancellable (task));
}

static gboolean
marsad_basemap_source_fill_tile_finish (ShumateMapSource *source, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, source), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
marsad_basemap_source_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  MarsadBasemapSource *self = MARSAD_BASEMAP_SOURCE (object);

  switch (prop_id)
    {
    case PROP_DARK:
      g_value_set_boolean (value, self->dark);
      break;
    case PROP_SCALE_FACTOR:
      g_value_set_int (value, self->scale_factor);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
marsad_basemap_source_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  MarsadBasemapSource *self = MARSAD_BASEMAP_SOURCE (object);

  switch (prop_id)
    {
    case PROP_DARK:
      marsad_basemap_source_set_dark (self, g_value_get_boolean (value));
      break;
    case PROP_SCALE_FACTOR:
      marsad_basemap_source_set_scale_factor (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

void
marsad_basemap_source_shutdown (MarsadBasemapSource *self)
{
  g_return_if_fail (MARSAD_IS_BASEMAP_SOURCE (self));

  g_cancellable_cancel (self->shutdown);
  /* queued tiles now return at once; the ones being drawn are finished.
   * Joined here, on the main thread: a worker left drawing would meet the
   * libraries' exit (harfbuzz, fontconfig) or drop the source's last
   * reference, and finalize it, in its own thread. */
  if (self->pool != NULL)
    g_thread_pool_free (g_steal_pointer (&self->pool), FALSE, TRUE);
}

static void
marsad_basemap_source_finalize (GObject *object)
{
  MarsadBasemapSource *self = MARSAD_BASEMAP_SOURCE (object);

  /* every queued tile holds a reference to the source: the pool is idle */
  marsad_basemap_source_shutdown (self);
  g_clear_object (&self->shutdown);
  g_clear_pointer (&self->paint_target, marsad_paint_target_unref);
  g_clear_pointer (&self->avoid_names, g_strfreev);
  marsad_basemap_source_set_keep_clear (self, NULL, NULL, NULL);
  g_clear_pointer (&self->light, marsad_map_renderer_unref);
  g_clear_pointer (&self->dark_renderer, marsad_map_renderer_unref);
  G_OBJECT_CLASS (marsad_basemap_source_parent_class)->finalize (object);
}

static void
marsad_basemap_source_class_init (MarsadBasemapSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ShumateMapSourceClass *source_class = SHUMATE_MAP_SOURCE_CLASS (klass);

  object_class->get_property = marsad_basemap_source_get_property;
  object_class->set_property = marsad_basemap_source_set_property;
  object_class->finalize = marsad_basemap_source_finalize;
  source_class->fill_tile_async = marsad_basemap_source_fill_tile_async;
  source_class->fill_tile_finish = marsad_basemap_source_fill_tile_finish;

  /* Every tile asked for so far is drawn (or given up). */
  signals[TILES_IDLE] = g_signal_new ("tiles-idle", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCALE_FACTOR] =
    g_param_spec_int ("scale-factor", NULL, NULL, 1, 4, 1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
marsad_basemap_source_init (MarsadBasemapSource *self)
{
  self->pool = g_thread_pool_new (render_in_pool, NULL, MAX (1, (int) g_get_num_processors () - 1),
                                  FALSE, NULL);
  self->shutdown = g_cancellable_new ();
  self->scale_factor = 1;
}

MarsadBasemapSource *
marsad_basemap_source_new (MarsadBasemap *basemap)
{
  MarsadBasemapSource *self;

  g_return_val_if_fail (basemap != NULL, NULL);

  self = g_object_new (MARSAD_TYPE_BASEMAP_SOURCE,
                       "id", MARSAD_BASEMAP_SOURCE_ID,
                       "name", _("Offline map"),
                       "license", MARSAD_MAP_ATTRIBUTION,
                       "license-uri", "https://www.naturalearthdata.com/",
                       "min-zoom-level", MARSAD_BASEMAP_SOURCE_MIN_ZOOM,
                       "max-zoom-level", MARSAD_BASEMAP_SOURCE_MAX_ZOOM,
                       "tile-size", TILE_SIZE,
                       "projection", SHUMATE_MAP_PROJECTION_MERCATOR,
                       NULL);
  self->light = marsad_map_renderer_new (basemap);
  self->dark_renderer = marsad_map_renderer_new (basemap);
  marsad_map_renderer_set_style (self->dark_renderer, MARSAD_MAP_STYLE_DARK);
  return self;
}

void
marsad_basemap_source_set_dark (MarsadBasemapSource *self, gboolean dark)
{
  g_return_if_fail (MARSAD_IS_BASEMAP_SOURCE (self));

  dark = !!dark;
  if (self->dark == dark)
    return;
  self->dark = dark;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}

gboolean
marsad_basemap_source_get_dark (MarsadBasemapSource *self)
{
  g_return_val_if_fail (MARSAD_IS_BASEMAP_SOURCE (self), FALSE);
  return self->dark;
}

void
marsad_basemap_source_set_scale_factor (MarsadBasemapSource *self, int scale_factor)
{
  g_return_if_fail (MARSAD_IS_BASEMAP_SOURCE (self));

  scale_factor = CLAMP (scale_factor, 1, 4);
  if (self->scale_factor == scale_factor)
    return;
  self->scale_factor = scale_factor;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE_FACTOR]);
}

ShumateMapSource *
marsad_osm_source_new (void)
{
  /* The tile usage policy asks for the attribution on every map shown. */
  return SHUMATE_MAP_SOURCE (shumate_raster_renderer_new_full_from_url (
    SHUMATE_MAP_SOURCE_OSM_MAPNIK,
    "OpenStreetMap",
    MARSAD_MAP_OSM_ATTRIBUTION,
    "https://www.openstreetmap.org/copyright",
    0, 19, 256,
    SHUMATE_MAP_PROJECTION_MERCATOR,
    "https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
}

/* Names drawn over the map by the app (its markers' labels): the basemap
 * leaves them out, so that each place is named once. Set before the first
 * tile is drawn; libshumate keeps drawn tiles. */
void
marsad_basemap_source_set_avoid_names (MarsadBasemapSource *self,
                                       const char * const  *names)
{
  g_return_if_fail (MARSAD_IS_BASEMAP_SOURCE (self));

  g_strfreev (self->avoid_names);
  self->avoid_names = names != NULL && names[0] != NULL ? g_strdupv ((char **) names) : NULL;
}

void
marsad_basemap_source_set_keep_clear (MarsadBasemapSource        *self,
                                      MarsadBasemapKeepClearFunc  func,
                                      gpointer                    data,
                                      GDestroyNotify              destroy)
{
  g_return_if_fail (MARSAD_IS_BASEMAP_SOURCE (self));

  if (self->keep_clear_destroy != NULL)
    self->keep_clear_destroy (self->keep_clear_data);
  self->keep_clear = func;
  self->keep_clear_data = data;
  self->keep_clear_destroy = destroy;
}

/* How the map renders its tiles (see marsad_paint_target_update); tiles
 * drawn before it is set are textures. */
void
marsad_basemap_source_set_paint_target (MarsadBasemapSource *self,
                                        MarsadPaintTarget   *target)
{
  g_return_if_fail (MARSAD_IS_BASEMAP_SOURCE (self));

  g_clear_pointer (&self->paint_target, marsad_paint_target_unref);
  self->paint_target = target != NULL ? marsad_paint_target_ref (target) : NULL;
}
