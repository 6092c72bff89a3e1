/* marsad-document-load.h: an article file of any kind Marsad reads
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-document.h"

G_BEGIN_DECLS

/* Plain text, HTML (told by its first tag) or a saved analysis (told by its
 * format marker), by content; "-" reads standard input. *is_analysis says
 * a saved analysis was read: its corrections must survive, so callers do
 * not extract again unless asked. */
MarsadDocument *marsad_document_load (const char  *path,
                                      gboolean    *is_analysis,
                                      GError     **error);

G_END_DECLS
