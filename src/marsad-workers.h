/* marsad-workers.h: worker threads that a shutdown waits for
 *
 * Like g_task_run_in_thread(), but the group knows its tasks: shutting it
 * down cancels each one's cancellable and waits until every thread
 * function has returned, running the main loop meanwhile, so that no
 * extraction is left running while the program tears down. GLib only: the
 * analysis model runs its loads here without knowing the application.
 *
 * Call everything from the thread that runs the tasks' main context.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MARSAD_TYPE_WORKERS (marsad_workers_get_type ())

G_DECLARE_FINAL_TYPE (MarsadWorkers, marsad_workers, MARSAD, WORKERS, GObject)

MarsadWorkers *marsad_workers_new           (void);
/* Runs func for task in one of the group's threads. After a shutdown the
 * task returns G_IO_ERROR_CANCELLED at once and func never runs. */
void           marsad_workers_run_in_thread (MarsadWorkers   *self,
                                             GTask           *task,
                                             GTaskThreadFunc  func);
/* Tasks queued or in their thread function (for tests). */
guint          marsad_workers_get_n_running (MarsadWorkers   *self);
/* Cancels every task's cancellable, refuses new tasks, and returns once
 * every thread function has returned and its task has been let go. */
void           marsad_workers_shutdown      (MarsadWorkers   *self);

G_END_DECLS
