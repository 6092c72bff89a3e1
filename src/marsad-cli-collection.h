/* marsad-cli-collection.h: `marsad collection …` and `marsad extract --jsonl`
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* argv[0] is "collection". Returns the exit status: 0, 1 on a failure to
 * read or write, 2 on bad arguments. */
int      marsad_cli_collection       (int    argc,
                                      char **argv);
/* argv[0] is "extract": TRUE when it asks for --jsonl. */
gboolean marsad_cli_is_extract_jsonl (int    argc,
                                      char **argv);
int      marsad_cli_extract_jsonl    (int    argc,
                                      char **argv);

G_END_DECLS
