/* fuzz-extract.c: whole extraction from bytes, through the loader the CLI
 * uses (plain text, HTML, a saved analysis; legacy encodings), on both the
 * small-text path and, for an input that opens with byte 0x01, the
 * threaded large-text path (the rest repeated past 40,000 words).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fuzz-common.h"

#include "marsad-document-load.h"
#include "marsad-export.h"
#include "marsad-extract.h"

/* The large-text path starts at 40,000 words: about 240 KB of Arabic. */
#define LARGE_TEXT_BYTES (320 * 1024)

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static MarsadExtractor *extractor;
  g_autoptr(MarsadDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  MarsadLoadResult result = { 0 };
  gboolean large;
  char *bytes;
  gsize len;

  if (extractor == NULL)
    {
      fuzz_init ();
      extractor = marsad_extractor_new (NULL);
      g_assert (extractor != NULL);
    }
  if (size == 0 || size > 64 * 1024)
    return 0;

  /* a leading 0x01 (never in an article) picks the large path */
  large = data[0] == 0x01 && size > 1;
  if (large)
    {
      data++;
      size--;
    }
  if (large)
    {
      len = 0;
      bytes = g_malloc (LARGE_TEXT_BYTES + size + 1);
      while (len < LARGE_TEXT_BYTES)
        {
          memcpy (bytes + len, data, size);
          len += size;
        }
    }
  else
    {
      len = size;
      bytes = g_malloc (size + 1);
      memcpy (bytes, data, size);
    }
  bytes[len] = '\0';

  doc = marsad_document_load_bytes ("fuzz", bytes, len, &result, &error);
  if (doc == NULL)
    {
      g_assert (error != NULL && error->message[0] != '\0');
      return 0;
    }
  g_assert (result.encoding != NULL);
  if (!result.is_analysis && !marsad_extractor_run (extractor, doc, NULL, NULL, NULL, &error))
    return 0;
  fuzz_export_everything (doc);
  return 0;
}
