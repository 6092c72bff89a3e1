/* marsad-collection-service.c: a collection for the UI, off the main loop
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"
#include "marsad-collection-service.h"


typedef enum
{
  REQUEST_STOP,
  REQUEST_LIST_ARTICLES,
  REQUEST_QUERY_EVENTS,
  REQUEST_LOAD_DOCUMENT,
  REQUEST_IMPORT,
  REQUEST_SPLIT,
  REQUEST_MERGE,
} RequestKind;

/* A request owns copies of everything it reads: the caller's strings may
 * be gone by the time the worker gets to it. */
typedef struct
{
  RequestKind      kind;
  GTask           *task;
  char            *text;        /* search; event id; pasted text */
  gint64           a, b;        /* article or event ids */
  GStrv            strings;     /* import paths */
  char            *owned[6];    /* the filter's strings */
  MarsadCollectionFilter filter;
  MarsadExtractor *extractor;
  MarsadImportFunc progress;
  gpointer         progress_data;
} Request;

/* What the worker thread alone touches. */
typedef struct
{
  GAsyncQueue      *queue;
  char             *path;
  gboolean          create;
  MarsadCollection *collection;
  GError           *open_error;
} Worker;

struct _MarsadCollectionService
{
  GObject      parent_instance;
  char        *path;
  GAsyncQueue *queue;
  GThread     *thread;
};

G_DEFINE_FINAL_TYPE (MarsadCollectionService, marsad_collection_service, G_TYPE_OBJECT)

static void
request_free (Request *r)
{
  g_clear_object (&r->task);
  g_free (r->text);
  g_strfreev (r->strings);
  for (guint i = 0; i < G_N_ELEMENTS (r->owned); i++)
    g_free (r->owned[i]);
  g_clear_pointer (&r->extractor, marsad_extractor_unref);
  g_free (r);
}

/* ---- on the worker thread ---- */

static MarsadCollection *
worker_collection (Worker  *w,
                   GError **error)
{
  if (w->collection == NULL && w->open_error == NULL)
    {
      if (w->create && !g_file_test (w->path, G_FILE_TEST_EXISTS))
        w->collection = marsad_collection_create (w->path, &w->open_error);
      else
        w->collection = marsad_collection_open (w->path, &w->open_error);
    }
  if (w->collection == NULL)
    {
      /* every request says why, not only the first */
      g_propagate_error (error, g_error_copy (w->open_error));
      return NULL;
    }
  return w->collection;
}

typedef struct
{
  MarsadImportFunc     func;
  gpointer             data;
  char                *name;
  MarsadImportOutcome  outcome;
  gint64               article_id;
  GError              *error;
  guint                done;
} Progress;

static gboolean
deliver_progress (gpointer data)
{
  Progress *p = data;

  p->func (p->name, p->outcome, p->article_id, p->error, p->done, p->data);
  return G_SOURCE_REMOVE;
}

static void
progress_free (gpointer data)
{
  Progress *p = data;

  g_free (p->name);
  g_clear_error (&p->error);
  g_free (p);
}

static void
forward_progress (const char          *name,
                  MarsadImportOutcome  outcome,
                  gint64               article_id,
                  const GError        *error,
                  guint                done,
                  gpointer             user_data)
{
  Request *r = user_data;
  Progress *p = g_new0 (Progress, 1);

  p->func = r->progress;
  p->data = r->progress_data;
  p->name = g_strdup (name);
  p->outcome = outcome;
  p->article_id = article_id;
  p->error = error != NULL ? g_error_copy (error) : NULL;
  p->done = done;
  g_main_context_invoke_full (g_task_get_context (r->task), G_PRIORITY_DEFAULT,
                              deliver_progress, p, progress_free);
}

static void
run_request (Worker  *w,
             Request *r)
{
  GCancellable *cancellable = g_task_get_cancellable (r->task);
  g_autoptr(GError) error = NULL;
  MarsadCollection *c;

  if (g_task_return_error_if_cancelled (r->task))
    return;
  if ((c = worker_collection (w, &error)) == NULL)
    {
      g_task_return_error (r->task, g_steal_pointer (&error));
      return;
    }

  switch (r->kind)
    {
    case REQUEST_LIST_ARTICLES:
      {
        GPtrArray *out = marsad_collection_list_articles (c, r->text, &error);

        if (out != NULL)
          g_task_return_pointer (r->task, out, (GDestroyNotify) g_ptr_array_unref);
        else
          g_task_return_error (r->task, g_steal_pointer (&error));
      }
      break;
    case REQUEST_QUERY_EVENTS:
      {
        GPtrArray *out = marsad_collection_query_events (c, &r->filter, &error);

        if (out != NULL)
          g_task_return_pointer (r->task, out, (GDestroyNotify) g_ptr_array_unref);
        else
          g_task_return_error (r->task, g_steal_pointer (&error));
      }
      break;
    case REQUEST_LOAD_DOCUMENT:
      {
        MarsadDocument *doc = marsad_collection_load_document (c, r->a, &error);

        if (doc != NULL)
          g_task_return_pointer (r->task, doc, (GDestroyNotify) marsad_document_free);
        else
          g_task_return_error (r->task, g_steal_pointer (&error));
      }
      break;
    case REQUEST_IMPORT:
      {
        g_autoptr(MarsadImporter) importer = marsad_importer_new (c, r->extractor, 0);
        MarsadImportStats *stats = g_new0 (MarsadImportStats, 1);

        for (guint i = 0; r->strings != NULL && r->strings[i] != NULL; i++)
          marsad_importer_add_path (importer, r->strings[i]);
        if (r->text != NULL)
          marsad_importer_add_text (importer, r->text, r->owned[0]);
        if (marsad_importer_run (importer, r->progress != NULL ? forward_progress : NULL, r,
                                 cancellable, stats, &error))
          g_task_return_pointer (r->task, stats, g_free);
        else
          {
            /* what was stored before the cancellation stays: fused, as
             * marsad_collection_open() would fuse it */
            if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
              marsad_collection_fuse (c, NULL);
            g_free (stats);
            g_task_return_error (r->task, g_steal_pointer (&error));
          }
      }
      break;
    case REQUEST_SPLIT:
    case REQUEST_MERGE:
      if (r->kind == REQUEST_SPLIT ? marsad_collection_split_event (c, r->a, r->text, &error)
                                   : marsad_collection_merge_events (c, r->a, r->b, &error))
        g_task_return_boolean (r->task, TRUE);
      else
        g_task_return_error (r->task, g_steal_pointer (&error));
      break;
    case REQUEST_STOP:
    default:
      g_assert_not_reached ();
    }
}

static gpointer
worker_main (gpointer data)
{
  Worker *w = data;

  for (;;)
    {
      Request *r = g_async_queue_pop (w->queue);

      if (r->kind == REQUEST_STOP)
        {
          request_free (r);
          break;
        }
      run_request (w, r);
      request_free (r);
    }
  g_clear_pointer (&w->collection, marsad_collection_close);
  g_clear_error (&w->open_error);
  g_async_queue_unref (w->queue);
  g_free (w->path);
  g_free (w);
  return NULL;
}

/* ---- on the caller's thread ---- */

static void
marsad_collection_service_finalize (GObject *object)
{
  MarsadCollectionService *self = MARSAD_COLLECTION_SERVICE (object);
  Request *stop = g_new0 (Request, 1);

  /* the worker finishes what it was given, then closes the file */
  stop->kind = REQUEST_STOP;
  g_async_queue_push (self->queue, stop);
  if (g_thread_self () != self->thread)
    g_thread_join (self->thread);
  else
    g_thread_unref (self->thread);
  g_async_queue_unref (self->queue);
  g_free (self->path);
  G_OBJECT_CLASS (marsad_collection_service_parent_class)->finalize (object);
}

static void
marsad_collection_service_class_init (MarsadCollectionServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = marsad_collection_service_finalize;
}

static void
marsad_collection_service_init (MarsadCollectionService *self)
{
}

MarsadCollectionService *
marsad_collection_service_new (const char *path,
                               gboolean    create)
{
  MarsadCollectionService *self = g_object_new (MARSAD_TYPE_COLLECTION_SERVICE, NULL);
  Worker *w = g_new0 (Worker, 1);

  self->path = g_strdup (path);
  self->queue = g_async_queue_new ();
  w->queue = g_async_queue_ref (self->queue);
  w->path = g_strdup (path);
  w->create = create;
  self->thread = g_thread_new ("marsad-collection", worker_main, w);
  return self;
}

const char *
marsad_collection_service_get_path (MarsadCollectionService *self)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_SERVICE (self), NULL);
  return self->path;
}

static Request *
request_new (MarsadCollectionService *self,
             RequestKind              kind,
             gpointer                 source_tag,
             GCancellable            *cancellable,
             GAsyncReadyCallback      callback,
             gpointer                 user_data)
{
  Request *r = g_new0 (Request, 1);

  r->kind = kind;
  r->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (r->task, source_tag);
  return r;
}

static void
send (MarsadCollectionService *self,
      Request                 *r)
{
  g_async_queue_push (self->queue, r);
}

void
marsad_collection_service_list_articles_async (MarsadCollectionService *self,
                                               const char              *text,
                                               GCancellable            *cancellable,
                                               GAsyncReadyCallback      callback,
                                               gpointer                 user_data)
{
  Request *r;

  g_return_if_fail (MARSAD_IS_COLLECTION_SERVICE (self));
  r = request_new (self, REQUEST_LIST_ARTICLES, marsad_collection_service_list_articles_async,
                   cancellable, callback, user_data);
  r->text = g_strdup (text);
  send (self, r);
}

GPtrArray *
marsad_collection_service_list_articles_finish (MarsadCollectionService *self,
                                                GAsyncResult            *result,
                                                GError                 **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

void
marsad_collection_service_query_events_async (MarsadCollectionService      *self,
                                              const MarsadCollectionFilter *filter,
                                              GCancellable                 *cancellable,
                                              GAsyncReadyCallback           callback,
                                              gpointer                      user_data)
{
  static const MarsadCollectionFilter all = { 0 };
  Request *r;

  g_return_if_fail (MARSAD_IS_COLLECTION_SERVICE (self));
  if (filter == NULL)
    filter = &all;
  r = request_new (self, REQUEST_QUERY_EVENTS, marsad_collection_service_query_events_async,
                   cancellable, callback, user_data);
  r->filter = *filter;
  /* the filter's strings, copied; the filter points at the copies */
  r->filter.from = r->owned[0] = g_strdup (filter->from);
  r->filter.to = r->owned[1] = g_strdup (filter->to);
  r->filter.type = r->owned[2] = g_strdup (filter->type);
  r->filter.actor = r->owned[3] = g_strdup (filter->actor);
  r->filter.country = r->owned[4] = g_strdup (filter->country);
  r->filter.text = r->owned[5] = g_strdup (filter->text);
  send (self, r);
}

GPtrArray *
marsad_collection_service_query_events_finish (MarsadCollectionService *self,
                                               GAsyncResult            *result,
                                               GError                 **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

void
marsad_collection_service_load_document_async (MarsadCollectionService *self,
                                               gint64                   article_id,
                                               GCancellable            *cancellable,
                                               GAsyncReadyCallback      callback,
                                               gpointer                 user_data)
{
  Request *r;

  g_return_if_fail (MARSAD_IS_COLLECTION_SERVICE (self));
  r = request_new (self, REQUEST_LOAD_DOCUMENT, marsad_collection_service_load_document_async,
                   cancellable, callback, user_data);
  r->a = article_id;
  send (self, r);
}

MarsadDocument *
marsad_collection_service_load_document_finish (MarsadCollectionService *self,
                                                GAsyncResult            *result,
                                                GError                 **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* an import's request, of files or of a text; both finish alike */
static Request *
import_request_new (MarsadCollectionService *self,
                    MarsadExtractor         *extractor,
                    MarsadImportFunc         progress,
                    gpointer                 progress_data,
                    GCancellable            *cancellable,
                    GAsyncReadyCallback      callback,
                    gpointer                 user_data)
{
  Request *r = request_new (self, REQUEST_IMPORT, marsad_collection_service_import_async,
                            cancellable, callback, user_data);

  r->extractor = extractor != NULL ? marsad_extractor_ref (extractor) : NULL;
  r->progress = progress;
  r->progress_data = progress_data;
  return r;
}

void
marsad_collection_service_import_async (MarsadCollectionService *self,
                                        const char *const       *paths,
                                        MarsadExtractor         *extractor,
                                        MarsadImportFunc         progress,
                                        gpointer                 progress_data,
                                        GCancellable            *cancellable,
                                        GAsyncReadyCallback      callback,
                                        gpointer                 user_data)
{
  Request *r;

  g_return_if_fail (MARSAD_IS_COLLECTION_SERVICE (self));
  g_return_if_fail (paths != NULL);
  r = import_request_new (self, extractor, progress, progress_data, cancellable, callback, user_data);
  r->strings = g_strdupv ((char **) paths);
  send (self, r);
}

void
marsad_collection_service_import_text_async (MarsadCollectionService *self,
                                             const char              *text,
                                             const char              *name,
                                             MarsadExtractor         *extractor,
                                             MarsadImportFunc         progress,
                                             gpointer                 progress_data,
                                             GCancellable            *cancellable,
                                             GAsyncReadyCallback      callback,
                                             gpointer                 user_data)
{
  Request *r;

  g_return_if_fail (MARSAD_IS_COLLECTION_SERVICE (self));
  g_return_if_fail (text != NULL);
  r = import_request_new (self, extractor, progress, progress_data, cancellable, callback, user_data);
  r->text = g_strdup (text);
  r->owned[0] = g_strdup (name != NULL ? name : "-");
  send (self, r);
}

gboolean
marsad_collection_service_import_finish (MarsadCollectionService *self,
                                         GAsyncResult            *result,
                                         MarsadImportStats       *stats,
                                         GError                 **error)
{
  g_autofree MarsadImportStats *out = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  out = g_task_propagate_pointer (G_TASK (result), error);
  if (out == NULL)
    return FALSE;
  if (stats != NULL)
    *stats = *out;
  return TRUE;
}

void
marsad_collection_service_split_event_async (MarsadCollectionService *self,
                                             gint64                   article_id,
                                             const char              *event_id,
                                             GCancellable            *cancellable,
                                             GAsyncReadyCallback      callback,
                                             gpointer                 user_data)
{
  Request *r;

  g_return_if_fail (MARSAD_IS_COLLECTION_SERVICE (self));
  r = request_new (self, REQUEST_SPLIT, marsad_collection_service_split_event_async,
                   cancellable, callback, user_data);
  r->a = article_id;
  r->text = g_strdup (event_id);
  send (self, r);
}

void
marsad_collection_service_merge_events_async (MarsadCollectionService *self,
                                              gint64                   event_a,
                                              gint64                   event_b,
                                              GCancellable            *cancellable,
                                              GAsyncReadyCallback      callback,
                                              gpointer                 user_data)
{
  Request *r;

  g_return_if_fail (MARSAD_IS_COLLECTION_SERVICE (self));
  r = request_new (self, REQUEST_MERGE, marsad_collection_service_merge_events_async,
                   cancellable, callback, user_data);
  r->a = event_a;
  r->b = event_b;
  send (self, r);
}

gboolean
marsad_collection_service_change_finish (MarsadCollectionService *self,
                                         GAsyncResult            *result,
                                         GError                 **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
