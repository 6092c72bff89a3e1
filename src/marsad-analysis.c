/* marsad-analysis.c: an analysed article for the GUI
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "marsad-analysis.h"
#include "marsad-document-json.h"
#include "marsad-extract.h"
#include "marsad-html.h"
#include "marsad-text.h"
#include "marsad-timings.h"

#define MAX_TITLE_CHARS 160

struct _MarsadAnalysis
{
  GObject         parent_instance;
  MarsadDocument *doc;
  GFile          *file;
  gboolean        from_saved;
};

G_DEFINE_FINAL_TYPE (MarsadAnalysis, marsad_analysis, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

MarsadProgress *
marsad_progress_new (void)
{
  return g_rc_box_new0 (MarsadProgress);
}

MarsadProgress *
marsad_progress_ref (MarsadProgress *progress)
{
  return g_rc_box_acquire (progress);
}

void
marsad_progress_unref (MarsadProgress *progress)
{
  g_rc_box_release (progress);
}

double
marsad_progress_get (MarsadProgress *progress)
{
  return g_atomic_int_get (&progress->permille) / 1000.0;
}

static void
marsad_analysis_finalize (GObject *object)
{
  MarsadAnalysis *self = MARSAD_ANALYSIS (object);

  g_clear_pointer (&self->doc, marsad_document_free);
  g_clear_object (&self->file);
  G_OBJECT_CLASS (marsad_analysis_parent_class)->finalize (object);
}

static void
marsad_analysis_class_init (MarsadAnalysisClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = marsad_analysis_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
marsad_analysis_init (MarsadAnalysis *self)
{
}

MarsadAnalysis *
marsad_analysis_new_take (MarsadDocument *doc,
                          GFile          *file,
                          gboolean        from_saved)
{
  MarsadAnalysis *self = g_object_new (MARSAD_TYPE_ANALYSIS, NULL);

  self->doc = doc;
  self->file = file != NULL ? g_object_ref (file) : NULL;
  self->from_saved = from_saved;
  return self;
}

MarsadDocument *
marsad_analysis_get_document (MarsadAnalysis *self)
{
  g_return_val_if_fail (MARSAD_IS_ANALYSIS (self), NULL);
  return self->doc;
}

GFile *
marsad_analysis_get_file (MarsadAnalysis *self)
{
  g_return_val_if_fail (MARSAD_IS_ANALYSIS (self), NULL);
  return self->file;
}

gboolean
marsad_analysis_is_saved_analysis (MarsadAnalysis *self)
{
  g_return_val_if_fail (MARSAD_IS_ANALYSIS (self), FALSE);
  return self->from_saved;
}

void
marsad_analysis_replace_document (MarsadAnalysis *self,
                                  MarsadDocument *doc)
{
  g_return_if_fail (MARSAD_IS_ANALYSIS (self));
  g_return_if_fail (doc != NULL);

  /* the snapshot may not say where the article came from: keep it */
  if (doc->path == NULL && self->doc != NULL)
    doc->path = g_strdup (self->doc->path);
  g_clear_pointer (&self->doc, marsad_document_free);
  self->doc = doc;
  g_signal_emit (self, signals[CHANGED], 0);
}

void
marsad_analysis_changed (MarsadAnalysis *self)
{
  g_return_if_fail (MARSAD_IS_ANALYSIS (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Loading ---------------------------------------------------------------- */

typedef struct
{
  MarsadExtractor   *extractor;
  GFile             *file;
  char              *name;
  char              *text;
  GDate              published;
  MarsadProgress    *progress;
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_clear_pointer (&job->extractor, marsad_extractor_unref);
  g_clear_object (&job->file);
  g_free (job->name);
  g_free (job->text);
  g_clear_pointer (&job->progress, marsad_progress_unref);
  g_free (job);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  LoadJob *job = user_data;

  if (job->progress != NULL)
    g_atomic_int_set (&job->progress->permille, (gint) CLAMP (fraction * 1000, 0, 1000));
}

static char *
first_line_title (const char *text)
{
  const char *nl = strchr (text, '\n');
  gsize len = nl != NULL ? (gsize) (nl - text) : strlen (text);
  g_autofree char *line = g_strndup (text, len);

  g_strstrip (line);
  if (line[0] == '\0' || g_utf8_strlen (line, -1) > MAX_TITLE_CHARS)
    return NULL;
  return g_steal_pointer (&line);
}

static gboolean
looks_like_html (GFile      *file,
                 const char *data,
                 gsize       len)
{
  g_autofree char *base = file != NULL ? g_file_get_basename (file) : NULL;

  if (base != NULL && (g_str_has_suffix (base, ".html") || g_str_has_suffix (base, ".htm") ||
                       g_str_has_suffix (base, ".xhtml")))
    return TRUE;
  return marsad_html_sniff (data, len);
}

static MarsadDocument *
analyse_text (LoadJob       *job,
              const char    *text,
              char          *title,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(MarsadDocument) doc = NULL;
  g_autofree char *owned_title = title;

  doc = marsad_document_new_from_text (text, -1, error);
  if (doc == NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  doc->title = owned_title != NULL ? g_steal_pointer (&owned_title) : first_line_title (doc->text);
  if (job->file != NULL)
    doc->path = g_file_get_path (job->file);
  if (g_date_valid (&job->published))
    marsad_document_set_published (doc, &job->published);

  if (!marsad_extractor_run (job->extractor, doc, progress_cb, job, cancellable, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Cancelled"));
      return NULL;
    }
  return g_steal_pointer (&doc);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  MarsadDocument *doc;
  gsize len = 0;
  MarsadTiming t0 = marsad_timing_begin ();

  if (job->text != NULL)
    {
      text = marsad_text_validate (job->name, job->text, strlen (job->text), &error);
    }
  else
    {
      if (!g_file_load_contents (job->file, cancellable, &data, &len, NULL, &error))
        {
          g_task_return_new_error (task, error->domain, error->code,
                                   _("Could not read “%s”: %s"), job->name, error->message);
          return;
        }
      if (marsad_document_json_sniff (data, len))
        {
          doc = marsad_document_from_json_data (job->name, data, len, &error);
          if (doc == NULL)
            g_task_return_error (task, g_steal_pointer (&error));
          else
            g_task_return_pointer (task, marsad_analysis_new_take (doc, job->file, TRUE),
                                   g_object_unref);
          return;
        }
      if (looks_like_html (job->file, data, len))
        {
          g_autofree char *valid = marsad_text_validate (job->name, data, len, &error);

          if (valid != NULL)
            text = marsad_html_extract_article (job->name, valid, strlen (valid), &title, &error);
        }
      else
        text = marsad_text_validate (job->name, data, len, &error);
    }

  if (text == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  marsad_timing_end ("article-read", &t0);
  /* a quit while a large file was read or stripped of its HTML */
  if (g_task_return_error_if_cancelled (task))
    return;
  t0 = marsad_timing_begin ();
  doc = analyse_text (job, text, g_steal_pointer (&title), cancellable, &error);
  marsad_timing_end ("extraction", &t0);
  if (doc == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, marsad_analysis_new_take (doc, job->file, FALSE),
                           g_object_unref);
}

static void
start_job (MarsadWorkers       *workers,
           LoadJob             *job,
           const GDate         *published,
           MarsadProgress      *progress,
           GCancellable        *cancellable,
           GAsyncReadyCallback  callback,
           gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_date_clear (&job->published, 1);
  if (published != NULL && g_date_valid (published))
    job->published = *published;
  job->progress = progress != NULL ? marsad_progress_ref (progress) : NULL;
  g_task_set_source_tag (task, start_job);
  g_task_set_task_data (task, job, (GDestroyNotify) load_job_free);
  if (workers != NULL)
    marsad_workers_run_in_thread (workers, task, load_thread);
  else
    g_task_run_in_thread (task, load_thread);
}

void
marsad_analysis_load_async (MarsadWorkers       *workers,
                            MarsadExtractor     *extractor,
                            GFile               *file,
                            const GDate         *published,
                            MarsadProgress      *progress,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  LoadJob *job;

  g_return_if_fail (extractor != NULL);
  job = g_new0 (LoadJob, 1);

  job->extractor = marsad_extractor_ref (extractor);
  job->file = g_object_ref (file);
  job->name = g_file_get_parse_name (file);
  start_job (workers, job, published, progress, cancellable, callback, user_data);
}

void
marsad_analysis_load_text_async (MarsadWorkers       *workers,
                                 MarsadExtractor     *extractor,
                                 const char          *name,
                                 const char          *text,
                                 const GDate         *published,
                                 MarsadProgress      *progress,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  LoadJob *job;

  g_return_if_fail (extractor != NULL);
  job = g_new0 (LoadJob, 1);

  job->extractor = marsad_extractor_ref (extractor);
  job->name = g_strdup (name);
  job->text = g_strdup (text);
  start_job (workers, job, published, progress, cancellable, callback, user_data);
}

MarsadAnalysis *
marsad_analysis_load_finish (GAsyncResult  *result,
                             GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}
