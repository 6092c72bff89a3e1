/* marsad-collection-import.c: many articles into a collection, on every core
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"
#include "marsad-collection-import.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "marsad-document-json.h"
#include "marsad-document-load.h"

typedef struct
{
  char         *path;        /* a file or folder; NULL for a stream */
  GInputStream *stream;
  char         *line;        /* one article as a JSON line: pasted text */
  char         *name;
  gboolean      analysed;
} Input;

struct _MarsadImporter
{
  MarsadCollection *collection;
  MarsadExtractor  *extractor;
  guint             n_threads;
  GDate            *published;
  char             *outlet;
  char             *url;
  GPtrArray        *inputs;
  GCancellable     *cancellable;   /* during run */
  GAsyncQueue      *results;
};

typedef struct
{
  guint     index;
  char     *name;
  char     *data;        /* a path, or one line of JSON */
  gboolean  is_line;
  gboolean  analysed;
} Job;

typedef struct
{
  guint           index;
  char           *name;
  MarsadDocument *doc;
  char           *outlet;
  char           *url;
  char           *title;
  GError         *error;
} Result;

static void
input_free (Input *input)
{
  g_free (input->path);
  g_clear_object (&input->stream);
  g_free (input->line);
  g_free (input->name);
  g_free (input);
}

static void
job_free (Job *job)
{
  g_free (job->name);
  g_free (job->data);
  g_free (job);
}

static void
result_free (Result *r)
{
  g_clear_pointer (&r->doc, marsad_document_free);
  g_free (r->name);
  g_free (r->outlet);
  g_free (r->url);
  g_free (r->title);
  g_clear_error (&r->error);
  g_free (r);
}

MarsadImporter *
marsad_importer_new (MarsadCollection *collection,
                     MarsadExtractor  *extractor,
                     guint             n_threads)
{
  MarsadImporter *self = g_new0 (MarsadImporter, 1);

  self->collection = collection;
  self->extractor = extractor != NULL ? marsad_extractor_ref (extractor) : NULL;
  self->n_threads = n_threads > 0 ? n_threads : MAX (1, g_get_num_processors ());
  self->inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) input_free);
  return self;
}

void
marsad_importer_free (MarsadImporter *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->extractor, marsad_extractor_unref);
  g_clear_pointer (&self->published, g_date_free);
  g_free (self->outlet);
  g_free (self->url);
  g_ptr_array_unref (self->inputs);
  g_free (self);
}

void
marsad_importer_set_defaults (MarsadImporter *self,
                              const GDate    *published,
                              const char     *outlet,
                              const char     *url)
{
  g_clear_pointer (&self->published, g_date_free);
  if (published != NULL)
    self->published = g_date_copy (published);
  g_free (self->outlet);
  self->outlet = g_strdup (outlet);
  g_free (self->url);
  self->url = g_strdup (url);
}

void
marsad_importer_add_path (MarsadImporter *self,
                          const char     *path)
{
  Input *input = g_new0 (Input, 1);

  input->path = g_strdup (path);
  input->name = g_strdup (path);
  g_ptr_array_add (self->inputs, input);
}

void
marsad_importer_add_text (MarsadImporter *self,
                          const char     *text,
                          const char     *name)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  Input *input = g_new0 (Input, 1);

  /* the line a JSON Lines file would hold: read as any other */
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, text);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  input->line = json_to_string (root, FALSE);
  input->name = g_strdup (name);
  g_ptr_array_add (self->inputs, input);
}

void
marsad_importer_add_jsonl (MarsadImporter *self,
                           GInputStream   *stream,
                           const char     *name,
                           gboolean        analysed)
{
  Input *input = g_new0 (Input, 1);

  input->stream = g_object_ref (stream);
  input->name = g_strdup (name);
  input->analysed = analysed;
  g_ptr_array_add (self->inputs, input);
}

/* ---- in the worker threads ---- */

static gboolean
analyse (MarsadImporter *self,
         Job            *job,
         Result         *r,
         GError        **error)
{
  gboolean is_analysis = job->analysed;

  if (job->is_line)
    {
      r->doc = marsad_article_from_json_line (job->name, job->data, job->analysed,
                                              &r->outlet, &r->url, &r->title, error);
      if (r->doc == NULL)
        return FALSE;
    }
  else if ((r->doc = marsad_document_load (job->data, &is_analysis, error)) == NULL)
    return FALSE;

  /* a saved analysis keeps its corrections: it is stored as it is */
  if (is_analysis)
    return TRUE;
  if (r->doc->published == NULL && self->published != NULL)
    marsad_document_set_published (r->doc, self->published);
  if (self->extractor == NULL)
    {
      g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_INPUT,
                   _("%s: not an analysis (drop --analysed to analyse articles)"), job->name);
      return FALSE;
    }
  return marsad_extractor_run (self->extractor, r->doc, NULL, NULL, self->cancellable, error);
}

static void
work (gpointer data,
      gpointer user_data)
{
  Job *job = data;
  MarsadImporter *self = user_data;
  Result *r = g_new0 (Result, 1);

  r->index = job->index;
  r->name = g_strdup (job->name);
  if (!analyse (self, job, r, &r->error))
    {
      g_clear_pointer (&r->doc, marsad_document_free);
      if (r->error == NULL)
        g_set_error_literal (&r->error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("cancelled"));
    }
  job_free (job);
  g_async_queue_push (self->results, r);
}

/* ---- on the importing thread ---- */

typedef struct
{
  MarsadImporter    *self;
  GThreadPool       *pool;
  GHashTable        *pending;     /* index → Result, waiting for their turn */
  guint              submitted;
  guint              written;
  MarsadImportFunc   func;
  gpointer           user_data;
  MarsadImportStats *stats;
  GError            *fatal;       /* the collection cannot be written */
} Run;

static void
write_result (Run    *run,
              Result *r)
{
  MarsadImportOutcome outcome = MARSAD_IMPORT_FAILED;
  MarsadArticleSource source;
  gint64 id = 0;
  gboolean added = FALSE;

  if (run->fatal == NULL && r->doc != NULL)
    {
      source.outlet = r->outlet != NULL ? r->outlet : run->self->outlet;
      source.url = r->url != NULL ? r->url : run->self->url;
      source.title = r->title;
      if (marsad_collection_add_document (run->self->collection, r->doc, &source, &id, &added,
                                          &run->fatal))
        outcome = added ? MARSAD_IMPORT_ADDED : MARSAD_IMPORT_DUPLICATE;
    }
  if (run->fatal != NULL)
    return;

  if (outcome == MARSAD_IMPORT_ADDED)
    run->stats->added++;
  else if (outcome == MARSAD_IMPORT_DUPLICATE)
    run->stats->duplicates++;
  else
    run->stats->failed++;
  if (run->func != NULL)
    run->func (r->name, outcome, id, r->error, run->written + 1, run->user_data);
}

/* Takes one result (waiting for it when `wait`) and writes every result
 * whose turn has come. */
static void
collect (Run      *run,
         gboolean  wait)
{
  Result *r = wait ? g_async_queue_pop (run->self->results) : g_async_queue_try_pop (run->self->results);

  if (r == NULL)
    return;
  g_hash_table_insert (run->pending, GUINT_TO_POINTER (r->index), r);
  while ((r = g_hash_table_lookup (run->pending, GUINT_TO_POINTER (run->written))) != NULL)
    {
      if (!g_cancellable_is_cancelled (run->self->cancellable))
        write_result (run, r);
      g_hash_table_remove (run->pending, GUINT_TO_POINTER (run->written));
      run->written++;
    }
}

static void
submit (Run        *run,
        const char *name,
        char       *data,
        gboolean    is_line,
        gboolean    analysed)
{
  Job *job = g_new0 (Job, 1);

  /* a few jobs a thread in flight: enough to keep every core busy while
   * holding only a few articles in memory, however long the stream */
  while (run->submitted - run->written >= 4 * run->self->n_threads)
    collect (run, TRUE);
  collect (run, FALSE);

  job->index = run->submitted++;
  job->name = g_strdup (name);
  job->data = data;
  job->is_line = is_line;
  job->analysed = analysed;
  g_thread_pool_push (run->pool, job, NULL);
}

static gboolean
stopped (Run *run)
{
  return run->fatal != NULL || g_cancellable_is_cancelled (run->self->cancellable);
}

static void
report_failure (Run          *run,
                const char   *where,
                const GError *error)
{
  g_autoptr(GError) bad = g_error_new (MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_INPUT,
                                       "%s: %s", where, error->message);

  if (g_cancellable_is_cancelled (run->self->cancellable))
    return;
  /* in its place among the lines before it */
  while (run->written < run->submitted)
    collect (run, TRUE);
  run->stats->failed++;
  if (run->func != NULL)
    run->func (where, MARSAD_IMPORT_FAILED, 0, bad, run->written, run->user_data);
}

static void
submit_stream (Run          *run,
               GInputStream *stream,
               const char   *name,
               gboolean      analysed)
{
  g_autoptr(GDataInputStream) lines = g_data_input_stream_new (stream);
  guint line_no = 0;

  /* an analysis line can be long */
  g_buffered_input_stream_set_buffer_size (G_BUFFERED_INPUT_STREAM (lines), 1 << 16);
  while (!stopped (run))
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *where = NULL;
      char *line = marsad_jsonl_read_line (lines, MARSAD_JSONL_MAX_LINE, run->self->cancellable, &error);

      line_no++;
      if (line == NULL && error == NULL)
        break;
      where = g_strdup_printf ("%s:%u", name, line_no);
      if (line == NULL)
        {
          report_failure (run, where, error);
          /* a line too long or not UTF-8 is skipped; an unreadable stream ends */
          if (g_error_matches (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_INPUT))
            continue;
          break;
        }
      if (*g_strstrip (line) == '\0')
        {
          g_free (line);
          continue;
        }
      submit (run, where, line, TRUE, analysed);
    }
}

static gboolean
is_article_file (const char *name)
{
  /* gold annotations and other JSON beside the articles are not articles */
  static const char *const suffixes[] = { ".txt", ".html", ".htm", ".marsad.json", NULL };

  if (name[0] == '.')
    return FALSE;
  for (guint i = 0; suffixes[i] != NULL; i++)
    if (g_str_has_suffix (name, suffixes[i]))
      return TRUE;
  return FALSE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void submit_path (Run *run, const char *path, gboolean top);

static void
submit_folder (Run        *run,
               const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    {
      run->stats->failed++;
      if (run->func != NULL)
        run->func (path, MARSAD_IMPORT_FAILED, 0, error, run->written, run->user_data);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  /* the same folder imports in the same order on every machine */
  g_ptr_array_sort (names, compare_strings);
  for (guint i = 0; i < names->len && !stopped (run); i++)
    {
      g_autofree char *child = g_build_filename (path, names->pdata[i], NULL);

      submit_path (run, child, FALSE);
    }
}

static void
submit_path (Run        *run,
             const char *path,
             gboolean    top)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      /* a symbolic link to a folder could lead back up: follow only those named */
      if (top || !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        submit_folder (run, path);
      return;
    }
  if (g_str_has_suffix (path, ".jsonl"))
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, &error);

      if (stream == NULL)
        {
          run->stats->failed++;
          if (run->func != NULL)
            run->func (path, MARSAD_IMPORT_FAILED, 0, error, run->written, run->user_data);
          return;
        }
      submit_stream (run, G_INPUT_STREAM (stream), path, FALSE);
      return;
    }
  /* in a folder, only what looks like an article; a file named, whatever it is */
  if (top || is_article_file (strrchr (path, G_DIR_SEPARATOR) ? strrchr (path, G_DIR_SEPARATOR) + 1 : path))
    submit (run, path, g_strdup (path), FALSE, FALSE);
}

/* ---- counting, for a progress bar ---- */

static guint
count_lines (const char   *path,
             GCancellable *cancellable)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, cancellable, NULL);
  g_autoptr(GDataInputStream) lines = NULL;
  guint n = 0;

  if (stream == NULL)
    return 1;   /* reported as one failure */
  lines = g_data_input_stream_new (G_INPUT_STREAM (stream));
  for (;;)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *line = marsad_jsonl_read_line (lines, MARSAD_JSONL_MAX_LINE, cancellable, &error);

      if (line == NULL && !g_error_matches (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_INPUT))
        break;
      if (line == NULL || *g_strstrip (line) != '\0')
        n++;
    }
  return n;
}

static guint
count_path (const char   *path,
            gboolean      top,
            GCancellable *cancellable)
{
  const char *base = strrchr (path, G_DIR_SEPARATOR) ? strrchr (path, G_DIR_SEPARATOR) + 1 : path;
  guint n = 0;

  if (g_cancellable_is_cancelled (cancellable))
    return 0;
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      if (!top && g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        return 0;
      if ((dir = g_dir_open (path, 0, NULL)) == NULL)
        return 1;
      while ((name = g_dir_read_name (dir)) != NULL)
        if (name[0] != '.')
          {
            g_autofree char *child = g_build_filename (path, name, NULL);

            n += count_path (child, FALSE, cancellable);
          }
      return n;
    }
  if (g_str_has_suffix (path, ".jsonl"))
    return count_lines (path, cancellable);
  return top || is_article_file (base) ? 1 : 0;
}

guint
marsad_import_count_path (const char   *path,
                          GCancellable *cancellable)
{
  g_return_val_if_fail (path != NULL, 0);
  return count_path (path, TRUE, cancellable);
}

gboolean
marsad_importer_run (MarsadImporter    *self,
                     MarsadImportFunc   func,
                     gpointer           user_data,
                     GCancellable      *cancellable,
                     MarsadImportStats *stats,
                     GError           **error)
{
  MarsadImportStats local_stats = { 0 };
  Run run = { self, NULL, NULL, 0, 0, func, user_data, stats != NULL ? stats : &local_stats, NULL };
  g_autoptr(GError) pool_error = NULL;

  *run.stats = (MarsadImportStats) { 0 };
  self->cancellable = cancellable;
  self->results = g_async_queue_new ();
  run.pending = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) result_free);
  run.pool = g_thread_pool_new (work, self, (int) self->n_threads, FALSE, &pool_error);
  if (run.pool == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&pool_error));
      goto out;
    }

  for (guint i = 0; i < self->inputs->len && !stopped (&run); i++)
    {
      Input *input = g_ptr_array_index (self->inputs, i);

      if (input->line != NULL)
        submit (&run, input->name, g_strdup (input->line), TRUE, FALSE);
      else if (input->stream != NULL)
        submit_stream (&run, input->stream, input->name, input->analysed);
      else
        submit_path (&run, input->path, TRUE);
    }
  while (run.written < run.submitted)
    collect (&run, TRUE);
  g_thread_pool_free (run.pool, FALSE, TRUE);

  if (run.fatal != NULL)
    g_propagate_error (error, g_steal_pointer (&run.fatal));
  else if (g_cancellable_set_error_if_cancelled (cancellable, error))
    ;
  else if (marsad_collection_fuse (self->collection, error))
    {
      self->cancellable = NULL;
      g_clear_pointer (&self->results, g_async_queue_unref);
      g_hash_table_unref (run.pending);
      return TRUE;
    }

out:
  self->cancellable = NULL;
  g_clear_pointer (&self->results, g_async_queue_unref);
  g_hash_table_unref (run.pending);
  return FALSE;
}
