/* fuzz-common.h: what the fuzz targets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdint.h>
#include <string.h>

#include <glib.h>

#include "marsad-document.h"

G_BEGIN_DECLS

int  LLVMFuzzerTestOneInput (const uint8_t *data,
                             size_t         size);

/* Once per process: criticals and warnings abort (a fuzzer reports them as
 * crashes). The gazetteer is found as the CLI finds it ($MARSAD_DATA_DIR,
 * else the installed or the source tree's data). */
void fuzz_init              (void);
/* Every event format and the contract JSON; each must be valid UTF-8. */
void fuzz_export_everything (const MarsadDocument *doc);

G_END_DECLS
