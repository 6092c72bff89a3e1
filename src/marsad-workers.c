/* marsad-workers.c: worker threads that a shutdown waits for
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "marsad-workers.h"

struct _MarsadWorkers
{
  GObject      parent_instance;

  GThreadPool *pool;      /* NULL once shut down */
  GPtrArray   *running;   /* GTask: queued, or not yet let go on the main thread */
};

G_DEFINE_FINAL_TYPE (MarsadWorkers, marsad_workers, G_TYPE_OBJECT)

typedef struct
{
  MarsadWorkers   *workers;
  GTask           *task;
  GTaskThreadFunc  func;
} Job;

/* On the main thread: the worker's reference is dropped there, so that a
 * task's source object (the application) is never finalized in a worker. */
static gboolean
release_job_cb (gpointer data)
{
  Job *job = data;

  g_ptr_array_remove_fast (job->workers->running, job->task);
  g_object_unref (job->task);
  g_free (job);
  return G_SOURCE_REMOVE;
}

static void
run_job (gpointer data,
         gpointer user_data)
{
  Job *job = data;
  GSource *source;

  job->func (job->task, g_task_get_source_object (job->task), g_task_get_task_data (job->task),
             g_task_get_cancellable (job->task));
  /* attaching it also wakes a shutdown waiting in the main loop */
  source = g_idle_source_new ();
  g_source_set_callback (source, release_job_cb, job, NULL);
  g_source_set_static_name (source, "[marsad] worker done");
  g_source_attach (source, g_task_get_context (job->task));
  g_source_unref (source);
}

void
marsad_workers_run_in_thread (MarsadWorkers   *self,
                              GTask           *task,
                              GTaskThreadFunc  func)
{
  Job *job;

  g_return_if_fail (MARSAD_IS_WORKERS (self));
  g_return_if_fail (G_IS_TASK (task));

  if (self->pool == NULL)
    {
      /* never shown: a cancelled load says nothing */
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "The application is shutting down");
      return;
    }
  job = g_new0 (Job, 1);
  job->workers = self;
  job->task = g_object_ref (task);
  job->func = func;
  g_ptr_array_add (self->running, task);
  g_thread_pool_push (self->pool, job, NULL);
}

guint
marsad_workers_get_n_running (MarsadWorkers *self)
{
  g_return_val_if_fail (MARSAD_IS_WORKERS (self), 0);
  return self->running->len;
}

void
marsad_workers_shutdown (MarsadWorkers *self)
{
  GThreadPool *pool;

  g_return_if_fail (MARSAD_IS_WORKERS (self));

  pool = g_steal_pointer (&self->pool);
  if (pool == NULL)
    return;
  {
    /* a copy: a cancelled handler may start or end a task */
    g_autoptr(GPtrArray) tasks = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < self->running->len; i++)
      g_ptr_array_add (tasks, g_object_ref (g_ptr_array_index (self->running, i)));
    for (guint i = 0; i < tasks->len; i++)
      if (g_task_get_cancellable (g_ptr_array_index (tasks, i)) != NULL)
        g_cancellable_cancel (g_task_get_cancellable (g_ptr_array_index (tasks, i)));
  }
  /* Each stops at its next check of the cancellable. The main loop runs
   * meanwhile: the window does not freeze, the tasks' callbacks are
   * called, and each worker's end wakes it. */
  while (self->running->len > 0)
    g_main_context_iteration (NULL, TRUE);
  /* every job has returned: this only waits for the threads to take the next */
  g_thread_pool_free (pool, FALSE, TRUE);
}

static void
marsad_workers_finalize (GObject *object)
{
  MarsadWorkers *self = MARSAD_WORKERS (object);

  marsad_workers_shutdown (self);
  g_ptr_array_unref (self->running);
  G_OBJECT_CLASS (marsad_workers_parent_class)->finalize (object);
}

static void
marsad_workers_class_init (MarsadWorkersClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = marsad_workers_finalize;
}

static void
marsad_workers_init (MarsadWorkers *self)
{
  self->running = g_ptr_array_new ();
  /* an extraction a core; at least two, so that a window waiting for the
   * extractor is not queued behind another window's article */
  self->pool = g_thread_pool_new (run_job, self, MAX (2, (int) g_get_num_processors ()), FALSE, NULL);
}

MarsadWorkers *
marsad_workers_new (void)
{
  return g_object_new (MARSAD_TYPE_WORKERS, NULL);
}
