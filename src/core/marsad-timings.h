/* marsad-timings.h: start-up and pipeline phases on standard error
 *
 * With MARSAD_TIMINGS set, each phase prints one line:
 *
 *     marsad-timing: PHASE WALL ms cpu CPU ms [BEGIN END]
 *
 * CPU is the calling thread's own time, steadier than the wall time on a
 * shared machine. BEGIN and END are wall-clock microseconds
 * (g_get_real_time), so that bench/bench-startup can place each phase
 * against the moment it spawned the process. Nothing is kept between calls
 * (no global state): any thread may time its own phases.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  gint64 wall_us;   /* 0: timings are off */
  gint64 cpu_us;
} MarsadTiming;

gboolean     marsad_timings_enabled (void);
MarsadTiming marsad_timing_begin    (void);
void         marsad_timing_end      (const char         *phase,
                                     const MarsadTiming *begin);
void         marsad_timing_mark     (const char         *phase);

G_END_DECLS
