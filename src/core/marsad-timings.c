/* marsad-timings.c: start-up and pipeline phases on standard error
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <time.h>

#include "marsad-timings.h"

gboolean
marsad_timings_enabled (void)
{
  return g_getenv ("MARSAD_TIMINGS") != NULL;
}

static gint64
thread_cpu_us (void)
{
  struct timespec ts;

  if (clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
    return 0;
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

/* all zero when timings are off, so that a phase costs one getenv */
MarsadTiming
marsad_timing_begin (void)
{
  MarsadTiming t = { 0, 0 };

  if (marsad_timings_enabled ())
    {
      t.wall_us = g_get_real_time ();
      t.cpu_us = thread_cpu_us ();
    }
  return t;
}

void
marsad_timing_end (const char         *phase,
                   const MarsadTiming *begin)
{
  gint64 end, cpu;

  if (begin->wall_us == 0 || !marsad_timings_enabled ())
    return;
  end = g_get_real_time ();
  cpu = thread_cpu_us ();
  /* one write per line: phases of several threads do not interleave */
  g_printerr ("marsad-timing: %s %.1f ms cpu %.1f ms [%" G_GINT64_FORMAT " %" G_GINT64_FORMAT "]\n",
              phase, (end - begin->wall_us) / 1000.0, (cpu - begin->cpu_us) / 1000.0,
              begin->wall_us, end);
}

/* An instant: a phase of no length. */
void
marsad_timing_mark (const char *phase)
{
  MarsadTiming t = marsad_timing_begin ();

  marsad_timing_end (phase, &t);
}
