/* marsad-cli-collection-private.h: what the collection commands share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Prints "marsad COMMAND: message"; returns 2 for a usage error, else 1. */
int      marsad_cli_collection_fail         (const char  *command,
                                             GError      *error);
/* files[0] is the collection; more_allowed: files may follow it. */
gboolean marsad_cli_collection_need_file    (GStrv        files,
                                             gboolean     more_allowed,
                                             GError     **error);
/* marsad-cli-collection-edit.c; argv[0] is the subcommand. */
int      marsad_cli_collection_split_merge  (int          argc,
                                             char       **argv,
                                             gboolean     split);
int      marsad_cli_collection_reanalyse    (int          argc,
                                             char       **argv);

G_END_DECLS
