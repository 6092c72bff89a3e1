/* marsad-cli-render.h: `marsad render`, an article's map with no display
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* argv[0] is "render". Returns the process exit status: 0, 1 on a failure
 * to read or write, 2 on bad arguments. */
int marsad_cli_render (int    argc,
                       char **argv);

G_END_DECLS
