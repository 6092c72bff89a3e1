/* marsad-cli-collection.c: `marsad collection …`
 *
 * No GTK: collections are made, filled, queried and drawn with no display.
 * `marsad extract --jsonl` is in marsad-cli-collection-jsonl.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"
#include "marsad-cli-collection.h"
#include "marsad-cli-collection-private.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <gio/gunixinputstream.h>
#include <json-glib/json-glib.h>

#include "marsad-atomic-file.h"
#include "marsad-cli.h"
#include "marsad-collection-export.h"
#include "marsad-collection-import.h"
#include "marsad-document-json.h"
#include "marsad-map-export.h"

#define USAGE_ERROR(error) ((error)->domain == G_OPTION_ERROR)

int
marsad_cli_collection_fail (const char *command,
      GError     *error)
{
  g_printerr ("marsad %s: %s\n", command, error->message);
  return USAGE_ERROR (error) ? 2 : 1;
}

static gboolean
parse_options (GOptionContext  *context,
               const char      *summary,
               int             *argc,
               char          ***argv,
               GError         **error)
{
  g_option_context_set_summary (context, summary);
  return g_option_context_parse (context, argc, argv, error);
}

gboolean
marsad_cli_collection_need_file (GStrv    files,
                 gboolean more_allowed,
                 GError **error)
{
  if (files == NULL || files[0] == NULL || (!more_allowed && files[1] != NULL))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           more_allowed ? _("give the collection FILE.marsad, then the articles")
                                        : _("give exactly one collection FILE.marsad"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_output (const char  *output,
              const char  *data,
              gsize        len,
              GError     **error)
{
  if (output != NULL)
    return marsad_write_file_atomically (output, data, len, error);
  if (fwrite (data, 1, len, stdout) != len || fflush (stdout) != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("could not write to standard output"));
      return FALSE;
    }
  return TRUE;
}

/* ---- create ---- */

static int
cli_create (int    argc,
            char **argv)
{
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE.marsad") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— make an empty collection"));
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadCollection) collection = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, _("Makes a new collection file; it must not exist yet."),
                      &argc, &argv, &error) ||
      !marsad_cli_collection_need_file (files, FALSE, &error) ||
      (collection = marsad_collection_create (files[0], &error)) == NULL)
    return marsad_cli_collection_fail ("collection create", error);
  return 0;
}

/* ---- add ---- */

typedef struct
{
  gboolean verbose;
  gboolean tty;
} AddReport;

static void
report_article (const char          *name,
                MarsadImportOutcome  outcome,
                gint64               article_id,
                const GError        *error,
                guint                done,
                gpointer             user_data)
{
  AddReport *report = user_data;

  if (report->tty)
    g_printerr ("\r\033[K");
  switch (outcome)
    {
    case MARSAD_IMPORT_FAILED:
      g_printerr ("marsad collection add: %s\n", error != NULL ? error->message : name);
      break;
    case MARSAD_IMPORT_ADDED:
    case MARSAD_IMPORT_DUPLICATE:
      /* after the article's transaction has committed: a line here is an
       * article that a crash cannot lose */
      if (report->verbose)
        g_printerr ("%s %" G_GINT64_FORMAT " %s\n",
                    outcome == MARSAD_IMPORT_ADDED ? "added" : "duplicate", article_id, name);
      break;
    }
  if (report->tty)
    g_printerr (_("%u articles…"), done);
}

static int
cli_add (int    argc,
         char **argv)
{
  g_autofree char *published = NULL;
  g_autofree char *outlet = NULL;
  g_autofree char *url = NULL;
  g_auto(GStrv) files = NULL;
  gboolean analysed = FALSE, verbose = FALSE;
  int jobs = 0;
  const GOptionEntry entries[] = {
    { "published", 'p', 0, G_OPTION_ARG_STRING, &published,
      N_("Publication date of articles that do not give one"), N_("YYYY-MM-DD") },
    { "outlet", 0, 0, G_OPTION_ARG_STRING, &outlet, N_("The outlet that published them"), N_("NAME") },
    { "url", 0, 0, G_OPTION_ARG_STRING, &url, N_("Where they were published"), N_("URL") },
    { "analysed", 0, 0, G_OPTION_ARG_NONE, &analysed,
      N_("Standard input holds analyses from “marsad extract --jsonl”"), NULL },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs, N_("Threads to analyse with (default: one per core)"), N_("N") },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, N_("Name each article once it is stored"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE.marsad FILE…") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— add articles to a collection"));
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadCollection) collection = NULL;
  g_autoptr(MarsadExtractor) extractor = NULL;
  g_autoptr(MarsadImporter) importer = NULL;
  g_autoptr(GDate) date = NULL;
  g_autoptr(GInputStream) in = NULL;
  MarsadImportStats stats;
  AddReport report = { FALSE, FALSE };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context,
                      _("Adds articles (text, HTML or saved analyses), folders of them (recursively), "
                        "or JSON Lines files (.jsonl); “-” reads JSON Lines from standard input, one "
                        "article a line: {\"text\"|\"html\", \"published\", \"outlet\", \"url\", \"title\"}. "
                        "The same text twice is one article."),
                      &argc, &argv, &error) ||
      !marsad_cli_collection_need_file (files, TRUE, &error))
    return marsad_cli_collection_fail ("collection add", error);
  if (files[1] == NULL)
    {
      g_set_error_literal (&error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("give the articles to add after the collection (or “-” for standard input)"));
      return marsad_cli_collection_fail ("collection add", error);
    }
  if (jobs < 0 || jobs > 256)
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--jobs must be between 1 and 256, not %d"), jobs);
      return marsad_cli_collection_fail ("collection add", error);
    }
  if (published != NULL && (date = marsad_cli_parse_date (published, &error)) == NULL)
    return marsad_cli_collection_fail ("collection add", error);
  if ((collection = marsad_collection_open (files[0], &error)) == NULL)
    return marsad_cli_collection_fail ("collection add", error);
  /* analyses need no extractor: no gazetteer to load */
  if (!analysed && (extractor = marsad_extractor_new (&error)) == NULL)
    return marsad_cli_collection_fail ("collection add", error);

  importer = marsad_importer_new (collection, extractor, (guint) jobs);
  marsad_importer_set_defaults (importer, date, outlet, url);
  for (guint i = 1; files[i] != NULL; i++)
    {
      if (g_str_equal (files[i], "-"))
        {
          if (in == NULL)
            in = g_unix_input_stream_new (STDIN_FILENO, FALSE);
          marsad_importer_add_jsonl (importer, in, _("standard input"), analysed);
        }
      else
        marsad_importer_add_path (importer, files[i]);
    }

  report.verbose = verbose;
  report.tty = isatty (STDERR_FILENO);
  if (!marsad_importer_run (importer, report_article, &report, NULL, &stats, &error))
    {
      if (report.tty)
        g_printerr ("\n");
      return marsad_cli_collection_fail ("collection add", error);
    }
  if (report.tty)
    g_printerr ("\r\033[K");
  g_printerr (_("%u added, %u already there, %u failed\n"), stats.added, stats.duplicates, stats.failed);
  return stats.failed > 0 ? 1 : 0;
}

/* ---- list ---- */

static int
cli_list (int    argc,
          char **argv)
{
  g_auto(GStrv) files = NULL;
  g_autofree char *search = NULL;
  gboolean as_json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON"), NULL },
    { "search", 's', 0, G_OPTION_ARG_STRING, &search, N_("Only articles containing TEXT"), N_("TEXT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE.marsad") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— list a collection’s articles"));
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadCollection) collection = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, _("Prints each article’s id, date, outlet, number of events and title."),
                      &argc, &argv, &error) ||
      !marsad_cli_collection_need_file (files, FALSE, &error) ||
      (collection = marsad_collection_open (files[0], &error)) == NULL ||
      (articles = marsad_collection_list_articles (collection, search, &error)) == NULL)
    return marsad_cli_collection_fail ("collection list", error);

  if (as_json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *json = NULL;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "articles");
      json_builder_begin_array (b);
      for (guint i = 0; i < articles->len; i++)
        {
          const MarsadArticleInfo *a = g_ptr_array_index (articles, i);
          const char *names[] = { "title", "outlet", "url", "published" };
          const char *values[] = { a->title, a->outlet, a->url, a->published };

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "id");
          json_builder_add_int_value (b, a->id);
          for (guint k = 0; k < G_N_ELEMENTS (names); k++)
            {
              json_builder_set_member_name (b, names[k]);
              if (values[k] != NULL)
                json_builder_add_string_value (b, values[k]);
              else
                json_builder_add_null_value (b);
            }
          json_builder_set_member_name (b, "events");
          json_builder_add_int_value (b, a->n_events);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
      root = json_builder_get_root (b);
      json = json_to_string (root, TRUE);
      g_string_append_printf (out, "%s\n", json);
    }
  else
    for (guint i = 0; i < articles->len; i++)
      {
        const MarsadArticleInfo *a = g_ptr_array_index (articles, i);

        g_string_append_printf (out, "%" G_GINT64_FORMAT "\t%s\t%s\t%u\t%s\n", a->id,
                                a->published ? a->published : "-", a->outlet ? a->outlet : "-",
                                a->n_events, a->title ? a->title : "");
      }
  if (!write_output (NULL, out->str, out->len, &error))
    return marsad_cli_collection_fail ("collection list", error);
  return 0;
}

/* ---- events and render: the same filters ---- */

typedef struct
{
  char    *from, *to, *type, *actor, *country, *search;
  gboolean background;
} FilterOptions;

static void
filter_options_clear (FilterOptions *f)
{
  g_free (f->from);
  g_free (f->to);
  g_free (f->type);
  g_free (f->actor);
  g_free (f->country);
  g_free (f->search);
}

static GOptionGroup *
filter_group (FilterOptions *f)
{
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &f->from, N_("Only events on or after DATE"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &f->to, N_("Only events on or before DATE"), N_("YYYY-MM-DD") },
    { "type", 0, 0, G_OPTION_ARG_STRING, &f->type,
      N_("Only events of this ACLED type, such as “Explosions/Remote violence”"), N_("TYPE") },
    { "actor", 0, 0, G_OPTION_ARG_STRING, &f->actor, N_("Only events with this actor"), N_("NAME") },
    { "country", 0, 0, G_OPTION_ARG_STRING, &f->country,
      N_("Only events in this country (ISO code, such as IQ)"), N_("CC") },
    { "search", 's', 0, G_OPTION_ARG_STRING, &f->search,
      N_("Only events of articles containing TEXT"), N_("TEXT") },
    { "background", 0, 0, G_OPTION_ARG_NONE, &f->background,
      N_("Also background (historical) events"), NULL },
    { NULL }
  };
  GOptionGroup *group = g_option_group_new ("filter", _("Filters:"), _("Show filter options"), NULL, NULL);

  g_option_group_add_entries (group, entries);
  g_option_group_set_translation_domain (group, GETTEXT_PACKAGE);
  return group;
}

static gboolean
make_filter (FilterOptions          *f,
             MarsadCollectionFilter *filter,
             GError                **error)
{
  g_autoptr(GDate) from = NULL;
  g_autoptr(GDate) to = NULL;

  *filter = (MarsadCollectionFilter) { 0 };
  if ((f->from != NULL && (from = marsad_cli_parse_date (f->from, error)) == NULL) ||
      (f->to != NULL && (to = marsad_cli_parse_date (f->to, error)) == NULL))
    return FALSE;
  if (from != NULL && to != NULL && g_date_compare (from, to) > 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--from %s is after --to %s"), f->from, f->to);
      return FALSE;
    }
  filter->from = f->from;
  filter->to = f->to;
  filter->type = f->type;
  filter->actor = f->actor;
  filter->country = f->country;
  filter->text = f->search;
  filter->background = f->background;
  return TRUE;
}

static int
cli_events (int    argc,
            char **argv)
{
  g_auto(GStrv) files = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  gboolean pretty = FALSE;
  FilterOptions f = { 0 };
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: json (default), geojson, csv or kml"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE (atomically) instead of standard output"), N_("FILE") },
    { "pretty", 0, 0, G_OPTION_ARG_NONE, &pretty, N_("Indent the JSON output"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE.marsad") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— a collection’s events, fused across articles"));
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadCollection) collection = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autofree char *out = NULL;
  MarsadCollectionFilter filter;
  MarsadEventFormat event_format = MARSAD_EVENT_FORMAT_GEOJSON;
  gboolean as_json;
  gsize len = 0;
  int status = 0;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_group (context, filter_group (&f));
  if (!parse_options (context,
                      _("Prints every event once, with all the reports of it as its sources and each "
                        "source’s casualty figure; CSV codes the lowest figure, as ACLED does."),
                      &argc, &argv, &error) ||
      !marsad_cli_collection_need_file (files, FALSE, &error))
    goto out;
  as_json = format == NULL || g_str_equal (format, "json");
  if (!as_json && !marsad_event_format_from_string (format, &event_format))
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("unknown format “%s” (json, geojson, csv or kml)"), format);
      goto out;
    }
  if (!make_filter (&f, &filter, &error) ||
      (collection = marsad_collection_open (files[0], &error)) == NULL ||
      (events = marsad_collection_query_events (collection, &filter, &error)) == NULL)
    goto out;

  if (as_json)
    {
      g_autofree char *json = marsad_collection_events_to_json (events, pretty);

      out = g_strconcat (json, "\n", NULL);
      len = strlen (out);
    }
  else if ((out = marsad_collection_events_export (events, event_format, &len, &error)) == NULL)
    goto out;
  write_output (output, out, len, &error);

out:
  if (error != NULL)
    status = marsad_cli_collection_fail ("collection events", error);
  filter_options_clear (&f);
  return status;
}

static int
cli_render (int    argc,
            char **argv)
{
  g_auto(GStrv) files = NULL;
  g_autofree char *output = NULL;
  g_autofree char *size = NULL;
  g_autofree char *title = NULL;
  gboolean dark = FALSE;
  FilterOptions f = { 0 };
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the map to FILE; .png, .svg or .pdf picks the format"), N_("FILE") },
    { "size", 0, 0, G_OPTION_ARG_STRING, &size, N_("Size in logical pixels (default 1600x1200)"), N_("WxH") },
    { "title", 't', 0, G_OPTION_ARG_STRING, &title, N_("Title over the map (default: the file’s name)"), N_("TEXT") },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, N_("Use the dark map style"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE.marsad") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— draw a collection’s events as PNG, SVG or PDF"));
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadCollection) collection = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(MarsadDocument) doc = NULL;
  g_autoptr(MarsadBasemap) basemap = NULL;
  g_autofree char *name = NULL;
  MarsadCollectionFilter filter;
  MarsadMapExportOptions opts;
  int status = 0;
  char tail;

  marsad_map_export_options_init (&opts);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_group (context, filter_group (&f));
  if (!parse_options (context, _("Draws the filtered events on the offline basemap; needs no display."),
                      &argc, &argv, &error) ||
      !marsad_cli_collection_need_file (files, FALSE, &error))
    goto out;
  if (output == NULL || !marsad_map_format_from_path (output, &opts.format))
    {
      g_set_error_literal (&error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("say where to write the map with -o FILE.png, .svg or .pdf"));
      goto out;
    }
  if (size != NULL &&
      (sscanf (size, "%dx%d%c", &opts.width, &opts.height, &tail) != 2 ||
       opts.width <= 0 || opts.height <= 0 || opts.width > 20000 || opts.height > 20000))
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not a size of the form WIDTHxHEIGHT, such as 1600x1200"), size);
      goto out;
    }
  if (!make_filter (&f, &filter, &error) ||
      (collection = marsad_collection_open (files[0], &error)) == NULL ||
      (events = marsad_collection_query_events (collection, &filter, &error)) == NULL)
    goto out;

  name = g_path_get_basename (files[0]);
  doc = marsad_collection_events_to_document (events, title != NULL ? title : name);
  opts.dark = dark;
  opts.show_background = f.background;
  basemap = marsad_basemap_load_default (&error);
  if (basemap == NULL)
    {
      g_printerr ("marsad collection render: %s: %s\n", _("warning"), error->message);
      g_clear_error (&error);
    }
  marsad_map_export (doc, basemap, &opts, output, &error);

out:
  if (error != NULL)
    status = marsad_cli_collection_fail ("collection render", error);
  filter_options_clear (&f);
  return status;
}

int
marsad_cli_collection (int    argc,
                       char **argv)
{
  const char *sub = argc >= 2 ? argv[1] : NULL;

  if (g_strcmp0 (sub, "create") == 0)
    return cli_create (argc - 1, argv + 1);
  if (g_strcmp0 (sub, "add") == 0)
    return cli_add (argc - 1, argv + 1);
  if (g_strcmp0 (sub, "list") == 0)
    return cli_list (argc - 1, argv + 1);
  if (g_strcmp0 (sub, "events") == 0)
    return cli_events (argc - 1, argv + 1);
  if (g_strcmp0 (sub, "render") == 0)
    return cli_render (argc - 1, argv + 1);
  if (g_strcmp0 (sub, "split") == 0)
    return marsad_cli_collection_split_merge (argc - 1, argv + 1, TRUE);
  if (g_strcmp0 (sub, "merge") == 0)
    return marsad_cli_collection_split_merge (argc - 1, argv + 1, FALSE);
  if (g_strcmp0 (sub, "reanalyse") == 0)
    return marsad_cli_collection_reanalyse (argc - 1, argv + 1);

  g_printerr ("%s\n", sub == NULL || g_str_equal (sub, "--help") || g_str_equal (sub, "-h")
              ? _("Usage: marsad collection create|add|list|events|render|split|merge|reanalyse FILE.marsad …")
              : _("marsad collection: unknown command; use create, add, list, events, render, split, merge or reanalyse"));
  return sub != NULL && (g_str_equal (sub, "--help") || g_str_equal (sub, "-h")) ? 0 : 2;
}
