/* marsad-document-json.h: the extraction contract's JSON, and saved analyses
 *
 * The contract object (shared/eval/CONTRACT.md) is what `marsad extract`
 * prints. A saved analysis is the same object plus the article text and
 * its provenance, so that it reopens exactly, corrections included.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "marsad-document.h"
#include "marsad-json-writer.h"

G_BEGIN_DECLS

#define MARSAD_ANALYSIS_FORMAT "marsad-analysis"
#define MARSAD_ANALYSIS_VERSION 1

typedef enum
{
  MARSAD_JSON_CONTRACT = 0,        /* what `marsad extract` prints */
  MARSAD_JSON_SAVED_ANALYSIS = 1,  /* adds text, path, title and format marker */
} MarsadJsonKind;

char           *marsad_document_to_json_string (const MarsadDocument *doc,
                                                MarsadJsonKind        kind,
                                                gboolean              pretty);
/* The same handed to sink block by block, never held whole (a large text's
 * JSON is several times its size); FALSE with the sink's error. */
gboolean        marsad_document_write_json     (const MarsadDocument *doc,
                                                MarsadJsonKind        kind,
                                                gboolean              pretty,
                                                MarsadJsonSink        sink,
                                                gpointer              user_data,
                                                GError              **error);
/* json-glib's parser recurses: a file of a hundred thousand "[" would
 * overflow the stack. An article or an analysis is a few levels deep. */
#define MARSAD_JSON_MAX_DEPTH 64

/* FALSE when the JSON text (len bytes, or up to a NUL when len is -1)
 * nests arrays and objects deeper than max_depth. */
gboolean        marsad_json_depth_ok           (const char  *data,
                                                gssize       len,
                                                guint        max_depth);
/* Reads a saved analysis; `name` is used in error messages. */
MarsadDocument *marsad_document_from_json_data (const char  *name,
                                                const char  *data,
                                                gsize        len,
                                                GError     **error);
/* Writes a saved analysis atomically (temporary file, then rename). */
gboolean        marsad_document_save           (const MarsadDocument *doc,
                                                const char           *path,
                                                GError              **error);
/* TRUE when data looks like a saved analysis rather than an article. */
gboolean        marsad_document_json_sniff     (const char *data,
                                                gsize       len);

G_END_DECLS
