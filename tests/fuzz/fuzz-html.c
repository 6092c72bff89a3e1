/* fuzz-html.c: the HTML article extractor on any bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fuzz-common.h"

#include "marsad-html.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_init ();
  marsad_html_sniff ((const char *) data, size);
  text = marsad_html_extract_article ("fuzz.html", (const char *) data, size, &title, &error);
  if (text == NULL)
    g_assert (error != NULL && error->message[0] != '\0');
  else
    g_assert (g_utf8_validate (text, -1, NULL) && (title == NULL || g_utf8_validate (title, -1, NULL)));
  return 0;
}
