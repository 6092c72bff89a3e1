/* marsad-text.h: reading articles safely
 *
 * Every way a file can be bad (missing, empty, binary, invalid UTF-8, too
 * large) becomes a GError whose message names the file and, where it
 * applies, the byte offset; nothing here aborts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "marsad-document.h"

G_BEGIN_DECLS

#define MARSAD_TEXT_ERROR (marsad_text_error_quark ())

typedef enum
{
  MARSAD_TEXT_ERROR_EMPTY,
  MARSAD_TEXT_ERROR_BINARY,
  MARSAD_TEXT_ERROR_INVALID_UTF8,
  MARSAD_TEXT_ERROR_TOO_LARGE,
  MARSAD_TEXT_ERROR_NO_TEXT,
} MarsadTextError;

/* 256 MiB: far beyond any article; guards the GUI and pipelines against
 * being handed a disk image by mistake. */
#define MARSAD_TEXT_MAX_BYTES ((gsize) 256 * 1024 * 1024)

GQuark          marsad_text_error_quark       (void);
/* Checks bytes read from `name` (a path or "standard input") and returns the
 * text as UTF-8 with any leading BOM removed. */
char           *marsad_text_validate          (const char  *name,
                                               const char  *data,
                                               gsize        len,
                                               GError     **error);
/* The bytes of `path` ("-" reads standard input), NUL-terminated: only a
 * regular file is read (a device, a FIFO, a socket or a folder is refused
 * before any read), never more than MARSAD_TEXT_MAX_BYTES + 1 bytes. */
char           *marsad_text_read_file         (const char  *path,
                                               gsize       *len,
                                               GError     **error);
/* Checks bytes read from `name` as marsad_text_validate() does and makes
 * them the document's text, taking `data` (freed on failure too). */
MarsadDocument *marsad_document_new_take_bytes (const char  *name,
                                                char        *data,
                                                gsize        len,
                                                GError     **error);
/* Reads a plain-text article ("-" reads standard input). */
MarsadDocument *marsad_document_new_from_file (const char  *path,
                                               GError     **error);
/* Splits text into sentences with ICU's sentence break iterator. */
GArray         *marsad_text_split_sentences   (const gunichar *chars,
                                               gsize           n_chars);
/* The same, when the UTF-8 of the same text is at hand (no conversion). */
GArray         *marsad_text_split_sentences_utf8 (const char     *utf8,
                                                  gsize           len,
                                                  const gunichar *chars,
                                                  gsize           n_chars);

G_END_DECLS
