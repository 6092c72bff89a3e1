/* main.c: one binary for the desktop app and the pipeline commands
 *
 * `marsad extract …`, `marsad render …` and `marsad collection …` never touch GTK, so they run
 * with no display; anything else starts the application.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "marsad-application.h"
#include "marsad-cli.h"
#include "marsad-cli-collection.h"
#include "marsad-cli-render.h"
#include "marsad-timings.h"

int
main (int   argc,
      char *argv[])
{
  /* the time before this is the loader's: linking and relocations */
  marsad_timing_mark ("main");
  /* before anything prints: without it Arabic comes out as '?' */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc >= 2 && g_strcmp0 (argv[1], "extract") == 0 &&
      marsad_cli_is_extract_jsonl (argc - 1, argv + 1))
    return marsad_cli_extract_jsonl (argc - 1, argv + 1);
  if (argc >= 2 && g_strcmp0 (argv[1], "collection") == 0)
    return marsad_cli_collection (argc - 1, argv + 1);
  if (argc >= 2 && g_strcmp0 (argv[1], "extract") == 0)
    return marsad_cli_extract (argc - 1, argv + 1);
  if (argc >= 2 && g_strcmp0 (argv[1], "render") == 0)
    return marsad_cli_render (argc - 1, argv + 1);

  return marsad_application_run (argc, argv);
}
