/* marsad-html.h: the article text of an HTML page
 *
 * The page is parsed with libxml2's HTML parser (no network, no scripts):
 * script, style, noscript, nav, header, footer, aside, form and similar
 * chrome are skipped; paragraph breaks are kept as newlines. The text of an
 * <article> element is preferred; otherwise the densest block of paragraphs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MARSAD_HTML_ERROR (marsad_html_error_quark ())

typedef enum
{
  MARSAD_HTML_ERROR_PARSE,
  MARSAD_HTML_ERROR_NO_TEXT,
} MarsadHtmlError;

GQuark    marsad_html_error_quark      (void);
/* TRUE when data looks like HTML (a doctype or an <html>, <head>, <body> or
 * <p> tag near the start). */
gboolean  marsad_html_sniff            (const char *data,
                                        gsize       len);
/* Returns the article text as UTF-8, paragraphs separated by "\n", and the
 * page title (from <title>, else the first <h1>) in *title_out when not NULL.
 * `data` must be UTF-8 (convert a legacy page first, as the loader does):
 * other bytes (and NULs) are refused with an error. Elements
 * nested deeper than 2000 levels are not read. `name` is used in error
 * messages. */
char     *marsad_html_extract_article  (const char  *name,
                                        const char  *data,
                                        gsize        len,
                                        char       **title_out,
                                        GError     **error);

G_END_DECLS
