/* marsad-data.h: locating Marsad's bundled data files
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *marsad_data_find_file (const char *basename);

G_END_DECLS
