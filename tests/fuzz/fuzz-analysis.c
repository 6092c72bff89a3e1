/* fuzz-analysis.c: the saved-analysis reader, then every exporter on what
 * it accepts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fuzz-common.h"

#include "marsad-document-json.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(MarsadDocument) doc = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_init ();
  doc = marsad_document_from_json_data ("fuzz.json", (const char *) data, size, &error);
  if (doc == NULL)
    {
      g_assert (error != NULL && error->message[0] != '\0');
      return 0;
    }
  fuzz_export_everything (doc);
  return 0;
}
