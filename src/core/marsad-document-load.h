/* marsad-document-load.h: an article file of any kind Marsad reads
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-document.h"

G_BEGIN_DECLS

/* What the loader found out about the file besides its text. */
typedef struct
{
  /* a saved analysis was read: its corrections must survive, so callers
   * do not extract again unless asked */
  gboolean    is_analysis;
  /* the encoding the bytes were read in: "UTF-8", "windows-1256" or
   * "ISO-8859-6" (a static string, for the window to show) */
  const char *encoding;
} MarsadLoadResult;

/* Plain text, HTML (told by its first tag) or a saved analysis (told by its
 * format marker), by content; "-" reads standard input. Text that is not
 * UTF-8 is read as the HTML's declared charset, else as what ICU's charset
 * detector finds, when that is an Arabic legacy encoding (Windows-1256,
 * ISO-8859-6); anything else not UTF-8 is refused with the byte offset. */
MarsadDocument *marsad_document_load_full (const char        *path,
                                           MarsadLoadResult  *result,
                                           GError           **error);
/* The same on bytes already read (takes `bytes`, NUL-terminated, freed on
 * failure too); `name` is used in error messages. */
MarsadDocument *marsad_document_load_bytes (const char        *name,
                                            char              *bytes,
                                            gsize              len,
                                            MarsadLoadResult  *result,
                                            GError           **error);
/* The same, when only is_analysis matters. */
MarsadDocument *marsad_document_load      (const char        *path,
                                           gboolean          *is_analysis,
                                           GError           **error);

G_END_DECLS
