/* marsad-window-loading.c: reading and analysing an article for the window
 *
 * Opening reads and analyses in a thread; the work already open stays until
 * the new analysis is ready, and a failure only shows a toast. The progress
 * bar appears only when the work takes long enough to notice.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <unistd.h>

#include "marsad-timings.h"
#include "marsad-window-private.h"

#define PROGRESS_DELAY_MS 150
/* How long a new window may wait for its article before it shows anyway. */
#define PRESENT_DELAY_MS 300

/* Progress ---------------------------------------------------------------- */

static gboolean
progress_tick_cb (gpointer user_data)
{
  MarsadWindow *self = user_data;

  if (g_get_monotonic_time () - self->load_started < PROGRESS_DELAY_MS * 1000)
    return G_SOURCE_CONTINUE;
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  gtk_progress_bar_set_fraction (self->progress_bar, marsad_progress_get (self->progress));
  return G_SOURCE_CONTINUE;
}

void
marsad_window_stop_progress (MarsadWindow *self)
{
  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_pointer (&self->progress, marsad_progress_unref);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
}

/* The window's load is now the one progress and cancellable stand for. */
static void
adopt_progress (MarsadWindow   *self,
                MarsadProgress *progress,
                GCancellable   *cancellable)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_set_object (&self->cancellable, cancellable);
  marsad_window_stop_progress (self);
  self->progress = marsad_progress_ref (progress);
  self->load_started = g_get_monotonic_time ();
  self->progress_source = g_timeout_add (50, progress_tick_cb, self);
}

static MarsadProgress *
start_progress (MarsadWindow *self)
{
  g_autoptr(MarsadProgress) progress = marsad_progress_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  adopt_progress (self, progress, cancellable);
  return self->progress;
}

/* Presenting -------------------------------------------------------------- */

static gboolean
present_timeout_cb (gpointer user_data)
{
  MarsadWindow *self = user_data;

  self->present_source = 0;
  gtk_window_present (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

/* Shows a window that waited for its article. */
static void
present_now (MarsadWindow *self)
{
  if (self->present_source == 0)
    return;
  g_clear_handle_id (&self->present_source, g_source_remove);
  gtk_window_present (GTK_WINDOW (self));
}

void
marsad_window_stop_present (MarsadWindow *self)
{
  g_clear_handle_id (&self->present_source, g_source_remove);
}

void
marsad_window_present_when_loaded (MarsadWindow *self)
{
  g_return_if_fail (MARSAD_IS_WINDOW (self));

  /* An article takes tens of milliseconds to analyse. A new window that
   * waits for it appears once, with the article, instead of flashing the
   * empty page first, and start-up does not spend a frame drawing a page
   * nobody reads. A slow load shows the window, with its progress bar,
   * after PRESENT_DELAY_MS. */
  if (!marsad_window_is_busy (self) || gtk_widget_get_visible (GTK_WIDGET (self)))
    {
      gtk_window_present (GTK_WINDOW (self));
      return;
    }
  if (self->present_source == 0)
    self->present_source = g_timeout_add (PRESENT_DELAY_MS, present_timeout_cb, self);
}

/* Loading ----------------------------------------------------------------- */

/* MARSAD_TIMINGS: each phase of the frames after the article is in, the
 * first of which is the frame bench-startup waits for. */
typedef struct
{
  MarsadTiming begin;
  MarsadTiming layout_done;
  guint        n;
} FrameTimes;

#define N_TIMED_FRAMES 3

static void
frame_before_paint_cb (GdkFrameClock *clock,
                       FrameTimes    *times)
{
  times->begin = marsad_timing_begin ();
  times->layout_done.wall_us = 0;
}

/* connected after GTK's own handlers: they have run when these are called */
static void
frame_layout_cb (GdkFrameClock *clock,
                 FrameTimes    *times)
{
  g_autofree char *phase = g_strdup_printf ("frame%u-update-layout", times->n);

  marsad_timing_end (phase, &times->begin);
  times->layout_done = marsad_timing_begin ();
}

static void
frame_after_paint_cb (GdkFrameClock *clock,
                      FrameTimes    *times)
{
  g_autofree char *paint = g_strdup_printf ("frame%u-paint", times->n);
  g_autofree char *frame = g_strdup_printf ("frame%u", times->n);

  marsad_timing_end (paint, &times->layout_done);
  marsad_timing_end (frame, &times->begin);
  if (++times->n == N_TIMED_FRAMES)
    g_signal_handlers_disconnect_matched (clock, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, times);
}

static void
time_frames (MarsadWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  FrameTimes *times;

  if (clock == NULL || !marsad_timings_enabled ())
    return;
  times = g_new0 (FrameTimes, 1);
  g_object_set_data_full (G_OBJECT (clock), "marsad-frame-times", times, g_free);
  g_signal_connect (clock, "before-paint", G_CALLBACK (frame_before_paint_cb), times);
  g_signal_connect (clock, "layout", G_CALLBACK (frame_layout_cb), times);
  g_signal_connect (clock, "after-paint", G_CALLBACK (frame_after_paint_cb), times);
}

static void
report_first_frame_cb (GdkFrameClock *clock,
                       gpointer       user_data)
{
  /* bench/bench-startup: the first frame that shows the analysed article */
  g_print ("MARSAD_FIRST_FRAME %" G_GINT64_FORMAT "\n", g_get_real_time ());
  fflush (stdout);
  _exit (0);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(MarsadWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadAnalysis) analysis = marsad_analysis_load_finish (result, &error);
  MarsadTiming t0;

  marsad_timing_mark ("analysis-ready");
  /* cancelled, or destroyed after its load came back */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || marsad_window_get_app (self) == NULL)
    return;
  marsad_window_stop_progress (self);
  if (analysis == NULL)
    {
      g_autofree char *summary = g_strdup_printf (_("Could not open \u201c\u2068%s\u2069\u201d"),
                                                  self->loading_name);

      present_now (self);
      marsad_window_show_error_details (self, summary, error->message);
      return;
    }

  t0 = marsad_timing_begin ();
  marsad_window_set_analysis (self, analysis);
  marsad_timing_end ("set-analysis", &t0);
  /* shown after the article is in, so that its first frame has it */
  t0 = marsad_timing_begin ();
  present_now (self);
  marsad_timing_end ("present", &t0);
  time_frames (self);
  if (marsad_analysis_get_file (analysis) != NULL)
    {
      g_autofree char *uri = g_file_get_uri (marsad_analysis_get_file (analysis));

      gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
      marsad_application_rebuild_recent (marsad_window_get_app (self));
    }
  if (g_getenv ("MARSAD_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                      G_CALLBACK (report_first_frame_cb), NULL);
}

/* What to load once the extractor is ready: a file, or else text. */
typedef struct
{
  MarsadWindow *window;
  GFile        *file;
  char         *text;
  GDate         published;
} LoadRequest;

static void
load_request_free (LoadRequest *request)
{
  g_clear_object (&request->window);
  g_clear_object (&request->file);
  g_free (request->text);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadRequest, load_request_free)

static void
extractor_ready_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(LoadRequest) request = user_data;
  MarsadWindow *self = request->window;
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadExtractor) extractor =
    marsad_application_dup_extractor_finish (MARSAD_APPLICATION (source), result, &error);
  const GDate *published = g_date_valid (&request->published) ? &request->published : NULL;
  MarsadWorkers *workers = marsad_application_get_workers (MARSAD_APPLICATION (source));

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      self->progress == NULL || g_cancellable_is_cancelled (self->cancellable))
    return;
  if (extractor == NULL)
    {
      marsad_window_stop_progress (self);
      present_now (self);
      marsad_window_show_error (self, error->message);
      return;
    }
  marsad_timing_mark ("extractor-ready");
  /* in the application's workers: quitting cancels the load and waits for it */
  if (request->file != NULL)
    marsad_analysis_load_async (workers, extractor, request->file, published, self->progress,
                                self->cancellable, loaded_cb, g_object_ref (self));
  else
    marsad_analysis_load_text_async (workers, extractor, _("Pasted text"), request->text, published,
                                     self->progress, self->cancellable, loaded_cb,
                                     g_object_ref (self));
}

/* The application makes the shared extractor in a thread the first time;
 * the analysis is handed it. */
static void
start_load (MarsadWindow *self,
            GFile        *file,
            const char   *text,
            const GDate  *published)
{
  LoadRequest *request = g_new0 (LoadRequest, 1);

  start_progress (self);
  g_free (self->loading_name);
  self->loading_name = file != NULL ? g_file_get_basename (file) : g_strdup (_("Pasted text"));
  request->window = g_object_ref (self);
  request->file = file != NULL ? g_object_ref (file) : NULL;
  request->text = g_strdup (text);
  g_date_clear (&request->published, 1);
  if (published != NULL && g_date_valid (published))
    request->published = *published;
  marsad_application_dup_extractor_async (marsad_window_get_app (self), self->cancellable,
                                          extractor_ready_cb, request);
}

void
marsad_window_load_file (MarsadWindow *self,
                         GFile        *file,
                         const GDate  *published)
{
  g_return_if_fail (MARSAD_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  start_load (self, file, NULL, published);
}

void
marsad_window_load_text (MarsadWindow *self,
                         const char   *text,
                         const GDate  *published)
{
  g_return_if_fail (MARSAD_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  start_load (self, NULL, text, published);
}

/* The window a load started before it was built will go to. */
typedef struct
{
  MarsadWindow *window;
} LoadTarget;

static void
early_loaded_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  LoadTarget *target = user_data;
  MarsadWindow *window = g_steal_pointer (&target->window);

  g_free (target);
  loaded_cb (source, result, window);
}

MarsadWindow *
marsad_window_new_for_file (MarsadApplication *app,
                            GFile             *file,
                            const GDate       *published)
{
  /* made beside GTK's start-up (marsad-application.c): ready by now */
  g_autoptr(MarsadExtractor) extractor = marsad_application_dup_extractor (app, NULL);
  g_autoptr(MarsadProgress) progress = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  LoadTarget *target;
  MarsadWindow *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (extractor == NULL)
    {
      /* the usual way, which tells the window why */
      self = marsad_window_new (app);
      marsad_window_load_file (self, file, published);
      return self;
    }
  /* The article is read and analysed in its thread while the window is
   * built: both take tens of milliseconds. The result comes back through
   * the main loop, which does not run before the window is there. */
  progress = marsad_progress_new ();
  cancellable = g_cancellable_new ();
  target = g_new0 (LoadTarget, 1);
  marsad_analysis_load_async (marsad_application_get_workers (app), extractor, file, published,
                              progress, cancellable, early_loaded_cb, target);
  self = marsad_window_new (app);
  target->window = g_object_ref (self);
  adopt_progress (self, progress, cancellable);
  g_free (self->loading_name);
  self->loading_name = g_file_get_basename (file);
  return self;
}

void
marsad_window_cancel_load (MarsadWindow *self)
{
  g_return_if_fail (MARSAD_IS_WINDOW (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  marsad_window_stop_progress (self);
  marsad_window_stop_present (self);
}

gboolean
marsad_window_is_busy (MarsadWindow *self)
{
  g_return_val_if_fail (MARSAD_IS_WINDOW (self), FALSE);
  return self->progress != NULL;
}

/* Publication date -------------------------------------------------------- */

void
marsad_window_set_published (MarsadWindow *self,
                             const GDate  *published)
{
  MarsadDocument *doc = marsad_window_get_document (self);
  g_autoptr(MarsadExtractor) extractor = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (MARSAD_IS_WINDOW (self));

  if (doc == NULL || published == NULL || !g_date_valid (published))
    return;
  if (doc->published != NULL && g_date_compare (doc->published, published) == 0)
    return;
  extractor = marsad_application_dup_extractor (marsad_window_get_app (self), &error);
  if (extractor == NULL)
    {
      marsad_window_show_error (self, error->message);
      return;
    }

  /* Only the events and statements are extracted again: the places, and so
   * the user's moves and removals, stay. That takes milliseconds for an
   * article, and it changes the document the widgets show, so it runs here
   * rather than in a thread that would race with them. */
  marsad_window_begin_change (self);
  marsad_extractor_set_published (extractor, doc, published);
  marsad_analysis_changed (self->analysis);
  marsad_window_show_info (self, _("Dates resolved again for the new publication date"));
}

void
marsad_window_calendar_day_selected_cb (MarsadWindow *self)
{
  g_autoptr(GDateTime) dt = gtk_calendar_get_date (self->calendar);
  GDate date;

  if (self->updating_calendar)
    return;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (dt), g_date_time_get_month (dt),
                  g_date_time_get_year (dt));
  gtk_popover_popdown (self->date_popover);
  marsad_window_set_published (self, &date);
}
