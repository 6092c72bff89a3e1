/* marsad-cli.c: `marsad extract`, the contract of shared/eval/CONTRACT.md
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <glib/gi18n.h>

#include "marsad-atomic-file.h"
#include "marsad-cli.h"
#include "marsad-dates.h"
#include "marsad-document-json.h"
#include "marsad-document-load.h"
#include "marsad-export.h"
#include "marsad-extract.h"
#include "marsad-text.h"

GDate *
marsad_cli_parse_date (const char  *value,
                       GError     **error)
{
  g_autoptr(GDate) date = g_date_new ();

  if (!marsad_date_parse_iso (value, date))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not a date of the form YYYY-MM-DD between 1900 and 2199"),
                   value ? value : "");
      return NULL;
    }
  return g_steal_pointer (&date);
}

MarsadDocument *
marsad_cli_load_analysed (const char   *path,
                          const GDate  *published,
                          GError      **error)
{
  g_autoptr(MarsadDocument) doc = NULL;
  g_autoptr(MarsadExtractor) extractor = NULL;
  gboolean is_analysis = FALSE;

  doc = marsad_document_load (path, &is_analysis, error);
  if (doc == NULL)
    return NULL;

  /* A saved analysis carries its corrections: it is used as it is, and a new
   * publication date re-dates its events without touching its places. */
  if (is_analysis && published == NULL)
    return g_steal_pointer (&doc);
  if ((extractor = marsad_extractor_new (error)) == NULL)
    return NULL;
  if (is_analysis)
    {
      marsad_extractor_set_published (extractor, doc, published);
      return g_steal_pointer (&doc);
    }
  if (published != NULL)
    marsad_document_set_published (doc, published);
  if (!marsad_extractor_run (extractor, doc, NULL, NULL, NULL, error))
    return NULL;
  return g_steal_pointer (&doc);
}

static gboolean
write_to_file (const char  *data,
               gsize        len,
               gpointer     user_data,
               GError     **error)
{
  return marsad_atomic_file_write (user_data, data, len, error);
}

static gboolean
stdout_error (GError **error)
{
  int errsv = errno;

  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (errsv), g_strerror (errsv));
  return FALSE;
}

/* fwrite can fail with nothing left to flush: each step is checked */
static gboolean
write_to_stdout (const char  *data,
                 gsize        len,
                 gpointer     user_data,
                 GError     **error)
{
  if (fwrite (data, 1, len, stdout) != len || ferror (stdout))
    return stdout_error (error);
  return TRUE;
}

static gboolean
flush_stdout (GError **error)
{
  if (fflush (stdout) != 0 || ferror (stdout))
    return stdout_error (error);
  return TRUE;
}

int
marsad_cli_extract (int    argc,
                    char **argv)
{
  g_autofree char *published = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) files = NULL;
  gboolean pretty = FALSE;
  gboolean bom = FALSE;
  const GOptionEntry entries[] = {
    { "published", 'p', 0, G_OPTION_ARG_STRING, &published,
      N_("The article’s publication date, which relative dates resolve against"), N_("YYYY-MM-DD") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: json (default), geojson, csv or kml"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE instead of standard output: atomically, and only over a regular file "
         "(a symlink is followed and its target replaced; a device, a pipe or a socket is refused)"),
      N_("FILE") },
    { "pretty", 0, 0, G_OPTION_ARG_NONE, &pretty, N_("Indent the JSON output"), NULL },
    { "bom", 0, 0, G_OPTION_ARG_NONE, &bom,
      N_("Begin CSV with a UTF-8 byte-order mark (for spreadsheets that expect one)"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— find places, events and statements in an Arabic article"));
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadDocument) doc = NULL;
  g_autoptr(GDate) date = NULL;
  g_autoptr(MarsadAtomicFile) out_file = NULL;
  g_autofree char *out = NULL;
  MarsadEventFormat event_format = MARSAD_EVENT_FORMAT_GEOJSON;
  MarsadExportFlags export_flags = MARSAD_EXPORT_NONE;
  gboolean as_json;
  gsize out_len = 0;

#ifdef __GLIBC__
  /* Extraction allocates a few text-sized arrays and frees them again.
   * Served from the heap and kept there, they are faulted in once, not
   * mapped afresh for each stage (a third of the time on a large corpus).
   * Past 16 MB they are mapped: a growing array is then moved by mremap,
   * not copied, and its unused doubling is never touched (one million place
   * names: 571 MB peak with 256 MB here, 371 MB with 16 MB, no slower on
   * a 10 MB corpus; bench/bench-hostile.py). */
  mallopt (M_MMAP_THRESHOLD, 16 * 1024 * 1024);
  mallopt (M_TRIM_THRESHOLD, 512 * 1024 * 1024);
#endif

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Prints one JSON object: sentences, places with their mentions and roles, "
      "events and statements. Offsets count Unicode code points. “-” reads standard input."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    goto fail;

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      g_set_error_literal (&error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("give exactly one FILE (or “-” for standard input)"));
      goto fail;
    }

  as_json = format == NULL || g_strcmp0 (format, "json") == 0;
  if (!as_json && !marsad_event_format_from_string (format, &event_format))
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("unknown format “%s” (json, geojson, csv or kml)"), format);
      goto fail;
    }

  if (bom && (as_json || event_format != MARSAD_EVENT_FORMAT_CSV))
    {
      g_set_error_literal (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--bom applies to --format csv only"));
      goto fail;
    }
  if (bom)
    export_flags |= MARSAD_EXPORT_CSV_BOM;

  if (published != NULL && (date = marsad_cli_parse_date (published, &error)) == NULL)
    goto fail;

  /* A closed pipe is an error to report (EPIPE), not a silent death; an
   * interrupted run leaves no temporary file behind. The output file is
   * opened before the work: a path that cannot be written fails at once. */
  signal (SIGPIPE, SIG_IGN);
  marsad_atomic_file_remove_on_signals ();
  if (output != NULL && (out_file = marsad_atomic_file_new (output, &error)) == NULL)
    goto fail;

  doc = marsad_cli_load_analysed (files[0], date, &error);
  if (doc == NULL)
    goto fail;

  /* JSON goes out as it is written: held whole, it was the peak of
   * memory on a large text (several times the text's size) */
  if (as_json && out_file != NULL)
    {
      if (!marsad_document_write_json (doc, MARSAD_JSON_CONTRACT, pretty, write_to_file, out_file, &error) ||
          !marsad_atomic_file_commit (out_file, &error))
        goto fail;
      return 0;
    }
  if (as_json)
    {
      if (!marsad_document_write_json (doc, MARSAD_JSON_CONTRACT, pretty, write_to_stdout, NULL, &error) ||
          !write_to_stdout ("\n", 1, NULL, &error) || !flush_stdout (&error))
        {
          g_printerr ("marsad extract: %s: %s\n", _("could not write to standard output"), error->message);
          return 1;
        }
      return 0;
    }
  if ((out = marsad_export_events_to_string_full (doc, event_format, export_flags, &out_len, &error)) == NULL)
    goto fail;

  if (out_file != NULL)
    {
      if (!marsad_atomic_file_write (out_file, out, out_len, &error) ||
          !marsad_atomic_file_commit (out_file, &error))
        goto fail;
    }
  else if (!write_to_stdout (out, out_len, NULL, &error) || !flush_stdout (&error))
    {
      g_printerr ("marsad extract: %s: %s\n", _("could not write to standard output"), error->message);
      return 1;
    }
  return 0;

fail:
  g_printerr ("marsad extract: %s\n", error->message);
  return error->domain == G_OPTION_ERROR ? 2 : 1;
}
