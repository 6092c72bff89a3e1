/* marsad-cli-collection-jsonl.c: `marsad extract --jsonl`, a filter for
 * pipelines and cluster engines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"
#include "marsad-cli-collection.h"
#include "marsad-cli-collection-private.h"

#include <stdio.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <gio/gunixinputstream.h>
#include <json-glib/json-glib.h>

#include "marsad-cli.h"
#include "marsad-collection-import.h"
#include "marsad-document-json.h"

gboolean
marsad_cli_is_extract_jsonl (int    argc,
                             char **argv)
{
  for (int i = 1; i < argc && !g_str_equal (argv[i], "--"); i++)
    if (g_str_equal (argv[i], "--jsonl"))
      return TRUE;
  return FALSE;
}

/* The analysis as one line: the saved analysis (text included, so that
 * `collection add --analysed` stores it whole) with the article's source. */
static char *
analysis_line (const MarsadDocument *doc,
               const char           *outlet,
               const char           *url)
{
  g_autofree char *json = marsad_document_to_json_string (doc, MARSAD_JSON_SAVED_ANALYSIS, FALSE);
  g_autoptr(JsonNode) root = json_from_string (json, NULL);
  JsonObject *o;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return g_steal_pointer (&json);
  o = json_node_get_object (root);
  if (outlet != NULL)
    json_object_set_string_member (o, "outlet", outlet);
  if (url != NULL)
    json_object_set_string_member (o, "url", url);
  return json_to_string (root, FALSE);
}

int
marsad_cli_extract_jsonl (int    argc,
                          char **argv)
{
  g_autofree char *published = NULL;
  g_auto(GStrv) files = NULL;
  gboolean jsonl = FALSE;
  const GOptionEntry entries[] = {
    { "jsonl", 0, 0, G_OPTION_ARG_NONE, &jsonl, N_("JSON Lines in, one analysis per line out"), NULL },
    { "published", 'p', 0, G_OPTION_ARG_STRING, &published,
      N_("Publication date of articles that do not give one"), N_("YYYY-MM-DD") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("[FILE.jsonl]") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— analyse JSON Lines articles, one a line"));
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadExtractor) extractor = NULL;
  g_autoptr(GDate) date = NULL;
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  const char *name;
  guint line_no = 0, failed = 0;
  gboolean from_file;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                      _("A filter for pipelines and cluster engines (GNU parallel --pipe, Hadoop Streaming, "
                        "Spark’s pipe): reads {\"text\"|\"html\", \"published\", \"outlet\", \"url\", \"title\"} "
                        "lines (standard input, or FILE), prints one analysis a line for "
                        "“marsad collection add --analysed”."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return marsad_cli_collection_fail ("extract", error);
  if (files != NULL && files[0] != NULL && files[1] != NULL)
    {
      g_set_error_literal (&error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("give at most one FILE (standard input by default)"));
      return marsad_cli_collection_fail ("extract", error);
    }
  if (published != NULL && (date = marsad_cli_parse_date (published, &error)) == NULL)
    return marsad_cli_collection_fail ("extract", error);

  from_file = files != NULL && files[0] != NULL && !g_str_equal (files[0], "-");
  name = from_file ? files[0] : _("standard input");
  if (from_file)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[0]);

      if ((in = G_INPUT_STREAM (g_file_read (file, NULL, &error))) == NULL)
        return marsad_cli_collection_fail ("extract", error);
    }
  else
    in = g_unix_input_stream_new (STDIN_FILENO, FALSE);
  if ((extractor = marsad_extractor_new (&error)) == NULL)
    return marsad_cli_collection_fail ("extract", error);

  lines = g_data_input_stream_new (in);
  for (;;)
    {
      g_autoptr(GError) line_error = NULL;
      g_autoptr(MarsadDocument) doc = NULL;
      g_autofree char *where = NULL;
      g_autofree char *outlet = NULL;
      g_autofree char *url = NULL;
      g_autofree char *out = NULL;
      g_autofree char *line = marsad_jsonl_read_line (lines, MARSAD_JSONL_MAX_LINE, NULL, &line_error);

      line_no++;
      where = g_strdup_printf ("%s:%u", name, line_no);
      if (line == NULL)
        {
          if (line_error == NULL)
            break;
          g_printerr ("marsad extract: %s: %s\n", where, line_error->message);
          /* a line too long or not UTF-8 is skipped; an unreadable input ends */
          if (!g_error_matches (line_error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_INPUT))
            return 1;
          failed++;
          continue;
        }
      if (*g_strstrip (line) == '\0')
        continue;
      doc = marsad_article_from_json_line (where, line, FALSE, &outlet, &url, NULL, &line_error);
      if (doc != NULL && doc->published == NULL && date != NULL)
        marsad_document_set_published (doc, date);
      if (doc == NULL || !marsad_extractor_run (extractor, doc, NULL, NULL, NULL, &line_error))
        {
          /* one bad line is reported and skipped: the rest of the stream still goes through */
          g_printerr ("marsad extract: %s\n", line_error != NULL ? line_error->message : where);
          failed++;
          continue;
        }
      out = analysis_line (doc, outlet, url);
      /* a full disk or a closed pipe: stop, and say so (never exit 0 with
       * analyses lost) */
      if (fputs (out, stdout) < 0 || fputc ('\n', stdout) < 0)
        break;
    }
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      g_printerr ("marsad extract: %s\n", _("could not write to standard output"));
      return 1;
    }
  return failed > 0 ? 1 : 0;
}
