/* marsad-collection-window-import.c: adding articles to the open collection
 *
 * Every way of adding (marsad-collection-window-sources.c) ends here: a
 * thread loads the extractor and counts the inputs (for the progress
 * bar), then the collection's worker imports them with the collection
 * library's importer (marsad-collection-import.h: every core analyses,
 * one transaction an article, the same text twice is one article). Cancel
 * stops after the article being written; what was written stays. A toast
 * says how it went.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "marsad-collection-window-private.h"

struct _MarsadImportJob
{
  MarsadCollectionWindow *window;     /* a reference, until the job ends */
  GStrv                   paths;
  char                   *text;       /* or one article's text */
  GCancellable           *cancellable;
  MarsadExtractor        *extractor;
  guint                   total;      /* 0 while counting */
  guint                   done;
  guint                   added, duplicates, failed;
  GString                *problems;   /* "name: problem" a line */
};

static void
job_free (MarsadImportJob *job)
{
  g_clear_object (&job->window);
  g_strfreev (job->paths);
  g_free (job->text);
  g_clear_object (&job->cancellable);
  g_clear_pointer (&job->extractor, marsad_extractor_unref);
  g_string_free (job->problems, TRUE);
  g_free (job);
}

static void
set_actions (MarsadCollectionWindow *self,
             gboolean                importing)
{
  static const char *const starts[] = { "win.add-files", "win.add-folder", "win.paste" };

  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), starts[i], !importing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-import", importing);
}

static void
update_bar (MarsadImportJob *job)
{
  MarsadCollectionWindow *self = job->window;
  g_autofree char *text = NULL;

  if (self->closing)
    return;
  if (g_cancellable_is_cancelled (job->cancellable))
    text = g_strdup (_("Cancelling…"));
  else if (job->total == 0)
    {
      text = g_strdup (_("Counting the articles…"));
      gtk_progress_bar_pulse (self->import_progress);
    }
  else
    {
      guint total = MAX (job->total, job->done);

      /* TRANSLATORS: the import's progress: "Importing 12 of 40…" */
      text = g_strdup_printf (ngettext ("Importing %u of %u…", "Importing %u of %u…", total), job->done, total);
      gtk_progress_bar_set_fraction (self->import_progress, (double) job->done / total);
    }
  gtk_label_set_text (self->import_label, text);
}

/* "name: problem", the name without its folders, the problem in the
 * importer's words without the path it starts with. */
static void
add_problem (MarsadImportJob *job,
             const char      *name,
             const GError    *error)
{
  g_autofree char *base = g_path_get_basename (name);
  const char *problem = error != NULL ? error->message : _("could not be read");
  size_t len = strlen (name);

  if (strncmp (problem, name, len) == 0 && strncmp (problem + len, ": ", 2) == 0)
    problem += len + 2;
  if (job->problems->len > 0)
    g_string_append_c (job->problems, '\n');
  /* TRANSLATORS: a file that could not be added, and why */
  g_string_append_printf (job->problems, _("%s: %s"), base, problem);
}

static void
progress_cb (const char          *name,
             MarsadImportOutcome  outcome,
             gint64               article_id,
             const GError        *error,
             guint                done,
             gpointer             user_data)
{
  MarsadImportJob *job = user_data;

  job->done++;
  switch (outcome)
    {
    case MARSAD_IMPORT_ADDED:
      job->added++;
      break;
    case MARSAD_IMPORT_DUPLICATE:
      job->duplicates++;
      break;
    case MARSAD_IMPORT_FAILED:
    default:
      job->failed++;
      add_problem (job, name, error);
      break;
    }
  update_bar (job);
}

static char *
format_report (MarsadImportJob *job,
               gboolean         cancelled)
{
  g_autofree char *added = g_strdup_printf (ngettext ("Added %u article", "Added %u articles", job->added),
                                            job->added);
  g_autoptr(GPtrArray) extras = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *line = NULL;

  if (job->duplicates > 0)
    g_ptr_array_add (extras, g_strdup_printf (ngettext ("%u already in the collection",
                                                        "%u already in the collection", job->duplicates),
                                              job->duplicates));
  if (job->failed > 0)
    g_ptr_array_add (extras, g_strdup_printf (ngettext ("%u unreadable", "%u unreadable", job->failed),
                                              job->failed));
  if (extras->len > 0)
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (extras, NULL);
      /* TRANSLATORS: the separator of the import's counts */
      joined = g_strjoinv (_(", "), (char **) extras->pdata);
      /* TRANSLATORS: "Added 3 articles (1 already in the collection, 1 unreadable)" */
      line = g_strdup_printf (_("%s (%s)"), added, joined);
    }
  else
    line = g_steal_pointer (&added);
  if (cancelled)
    /* TRANSLATORS: the import's summary after Cancel */
    return g_strdup_printf (_("Import cancelled. %s"), line);
  return g_steal_pointer (&line);
}

static void
finish (MarsadImportJob *job,
        const GError    *error)
{
  MarsadCollectionWindow *self = job->window;
  gboolean cancelled = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  self->pending--;
  self->import = NULL;
  self->import_done = job->done;
  self->import_total = job->total;
  if (!self->closing)
    {
      AdwToast *toast;

      g_free (self->import_report);
      g_free (self->import_details);
      self->import_details = job->problems->len > 0 ? g_strdup (job->problems->str) : NULL;
      self->import_report = error != NULL && !cancelled ? g_strdup (error->message) : format_report (job, cancelled);
      {
        g_autofree char *markup = g_markup_escape_text (self->import_report, -1);

        toast = adw_toast_new (markup);
      }
      if (self->import_details != NULL)
        {
          adw_toast_set_button_label (toast, _("_Details"));
          adw_toast_set_action_name (toast, "win.import-details");
        }
      adw_toast_set_timeout (toast, 8);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      gtk_action_bar_set_revealed (self->import_bar, FALSE);
      set_actions (self, FALSE);
      if (job->done > 0)
        marsad_collection_window_reload (self);
    }
  job_free (job);
}

static void
imported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  MarsadImportJob *job = user_data;
  g_autoptr(GError) error = NULL;
  MarsadImportStats stats;

  if (marsad_collection_service_import_finish (MARSAD_COLLECTION_SERVICE (source), result, &stats, &error))
    {
      /* the importer's own count has the last word */
      job->added = stats.added;
      job->duplicates = stats.duplicates;
      job->failed = stats.failed;
    }
  finish (job, error);
}

/* What the preparing thread finds; the job itself is the main loop's. */
typedef struct
{
  MarsadExtractor *extractor;
  guint            total;
} Prepared;

static void
prepared_free (Prepared *p)
{
  g_clear_pointer (&p->extractor, marsad_extractor_unref);
  g_free (p);
}

static void
prepare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  MarsadImportJob *job = task_data;   /* read only: paths, text and the window's application */
  g_autoptr(GError) error = NULL;
  Prepared *p = g_new0 (Prepared, 1);

  /* the first import loads the gazetteer: seconds, not on the main loop */
  p->extractor = marsad_application_dup_extractor (job->window->app, &error);
  if (p->extractor == NULL)
    {
      prepared_free (p);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  p->total = job->text != NULL ? 1 : 0;
  for (guint i = 0; job->paths != NULL && job->paths[i] != NULL; i++)
    p->total += marsad_import_count_path (job->paths[i], cancellable);
  g_task_return_pointer (task, p, (GDestroyNotify) prepared_free);
}

static void
prepared_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  MarsadImportJob *job = user_data;
  MarsadCollectionWindow *self = job->window;
  g_autoptr(GError) error = NULL;
  Prepared *p = g_task_propagate_pointer (G_TASK (result), &error);

  if (p == NULL || g_cancellable_set_error_if_cancelled (job->cancellable, &error))
    {
      g_clear_pointer (&p, prepared_free);
      finish (job, error);
      return;
    }
  job->extractor = g_steal_pointer (&p->extractor);
  job->total = MAX (p->total, 1);
  prepared_free (p);
  update_bar (job);
  if (job->text != NULL)
    marsad_collection_service_import_text_async (self->service, job->text, _("pasted text"), job->extractor,
                                                 progress_cb, job, job->cancellable, imported_cb, job);
  else
    marsad_collection_service_import_async (self->service, (const char *const *) job->paths, job->extractor,
                                            progress_cb, job, job->cancellable, imported_cb, job);
}

static void
start (MarsadCollectionWindow *self,
       GStrv                   paths,
       char                   *text)
{
  MarsadImportJob *job;
  g_autoptr(GTask) task = NULL;

  if (self->import != NULL)
    {
      g_strfreev (paths);
      g_free (text);
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Articles are being added: wait for them, or cancel")));
      return;
    }
  job = g_new0 (MarsadImportJob, 1);
  job->window = g_object_ref (self);
  job->paths = paths;
  job->text = text;
  job->cancellable = g_cancellable_new ();
  job->problems = g_string_new (NULL);
  self->import = job;
  self->pending++;
  set_actions (self, TRUE);
  gtk_progress_bar_set_fraction (self->import_progress, 0);
  gtk_action_bar_set_revealed (self->import_bar, TRUE);
  update_bar (job);

  task = g_task_new (self, job->cancellable, prepared_cb, job);
  g_task_set_source_tag (task, start);
  g_task_set_task_data (task, job, NULL);
  g_task_run_in_thread (task, prepare_thread);
}

void
marsad_collection_window_import (MarsadCollectionWindow *self,
                                 const char *const      *paths)
{
  g_autoptr(GStrvBuilder) articles = g_strv_builder_new ();
  g_auto(GStrv) to_add = NULL;

  g_return_if_fail (MARSAD_IS_COLLECTION_WINDOW (self));
  g_return_if_fail (paths != NULL && paths[0] != NULL);
  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);

      /* a collection dropped or chosen is opened: it holds no article text */
      if (marsad_collection_window_handles (file))
        marsad_application_open_file (MARSAD_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))),
                                      file, NULL);
      else
        g_strv_builder_add (articles, paths[i]);
    }
  to_add = g_strv_builder_end (articles);
  if (to_add[0] != NULL)
    start (self, g_steal_pointer (&to_add), NULL);
}

void
marsad_collection_window_import_text (MarsadCollectionWindow *self,
                                      const char             *text)
{
  g_return_if_fail (MARSAD_IS_COLLECTION_WINDOW (self));
  g_return_if_fail (text != NULL);
  start (self, NULL, g_strdup (text));
}

void
marsad_collection_window_cancel_import (MarsadCollectionWindow *self)
{
  if (self->import == NULL)
    return;
  g_cancellable_cancel (self->import->cancellable);
  update_bar (self->import);
}

void
marsad_collection_window_clear_import (MarsadCollectionWindow *self)
{
  g_clear_pointer (&self->import_report, g_free);
  g_clear_pointer (&self->import_details, g_free);
}

gboolean
marsad_collection_window_get_import_progress (MarsadCollectionWindow *self,
                                              guint                  *done,
                                              guint                  *total)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_WINDOW (self), FALSE);
  if (done != NULL)
    *done = self->import != NULL ? self->import->done : self->import_done;
  if (total != NULL)
    *total = self->import != NULL ? self->import->total : self->import_total;
  return self->import != NULL;
}

const char *
marsad_collection_window_get_import_report (MarsadCollectionWindow *self)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_WINDOW (self), NULL);
  return self->import_report;
}

const char *
marsad_collection_window_get_import_details (MarsadCollectionWindow *self)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_WINDOW (self), NULL);
  return self->import_details;
}

void
marsad_collection_window_init_import (MarsadCollectionWindow *self)
{
  marsad_collection_window_init_sources (self);
  set_actions (self, FALSE);
}
