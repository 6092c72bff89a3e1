/* marsad-cli-collection-edit.c: `marsad collection split|merge|reanalyse`,
 * the user's fusion choices and a new analysis after an upgrade
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"
#include "marsad-cli-collection-private.h"

#include <glib/gi18n.h>

#include "marsad-collection.h"

/* ---- split and merge: the user's fusion choices ---- */

static gboolean
parse_id (const char *value,
          gint64     *id,
          GError    **error)
{
  guint64 v;

  if (!g_ascii_string_to_unsigned (value, 10, 1, G_MAXINT64, &v, NULL))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("“%s” is not an id"), value);
      return FALSE;
    }
  *id = (gint64) v;
  return TRUE;
}

int
marsad_cli_collection_split_merge (int      argc,
                                   char   **argv,
                                   gboolean split)
{
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (split ? _("FILE.marsad ARTICLE EVENT — take a report out of its fused event")
                                                                  : _("FILE.marsad EVENT EVENT — make two fused events one"));
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadCollection) collection = NULL;
  const char *command = split ? "collection split" : "collection merge";
  gint64 a, b = 0;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return marsad_cli_collection_fail (command, error);
  if (files == NULL || g_strv_length (files) != 3)
    {
      g_set_error_literal (&error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           split ? _("give FILE.marsad, an article id and the event’s id in it (such as e2)")
                                 : _("give FILE.marsad and the ids of two events"));
      return marsad_cli_collection_fail (command, error);
    }
  if (!parse_id (files[1], &a, &error) || (!split && !parse_id (files[2], &b, &error)) ||
      (collection = marsad_collection_open (files[0], &error)) == NULL ||
      !(split ? marsad_collection_split_event (collection, a, files[2], &error)
              : marsad_collection_merge_events (collection, a, b, &error)))
    return marsad_cli_collection_fail (command, error);
  return 0;
}

int
marsad_cli_collection_reanalyse (int    argc,
                                 char **argv)
{
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE.marsad") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— analyse every article again, corrections kept"));
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadCollection) collection = NULL;
  g_autoptr(MarsadExtractor) extractor = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Runs this version’s extractor on every stored text, applies the user’s recorded "
      "corrections to the new analyses and fuses the events again."));
  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      !marsad_cli_collection_need_file (files, FALSE, &error) ||
      (collection = marsad_collection_open (files[0], &error)) == NULL ||
      (extractor = marsad_extractor_new (&error)) == NULL ||
      !marsad_collection_reanalyse (collection, extractor, &error))
    return marsad_cli_collection_fail ("collection reanalyse", error);
  return 0;
}
