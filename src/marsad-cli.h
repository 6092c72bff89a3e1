/* marsad-cli.h: `marsad extract`
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "marsad-document.h"

G_BEGIN_DECLS

int      marsad_cli_extract            (int    argc,
                                        char **argv);
/* Shared with `marsad render`: an article of any kind Marsad reads, its
 * analysis done (a saved analysis as it was saved, re-dated when
 * published is given). */
MarsadDocument *marsad_cli_load_analysed (const char   *path,
                                          const GDate  *published,
                                          GError      **error);
/* Shared with `marsad render`: parses YYYY-MM-DD strictly. */
GDate   *marsad_cli_parse_date         (const char  *value,
                                        GError     **error);

G_END_DECLS
