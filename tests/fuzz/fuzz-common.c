/* fuzz-common.c: what the fuzz targets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fuzz-common.h"

#include "marsad-document-json.h"
#include "marsad-export.h"

void
fuzz_init (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      g_once_init_leave (&done, 1);
    }
}

void
fuzz_export_everything (const MarsadDocument *doc)
{
  static const MarsadEventFormat formats[] = {
    MARSAD_EVENT_FORMAT_GEOJSON, MARSAD_EVENT_FORMAT_CSV, MARSAD_EVENT_FORMAT_KML,
  };
  g_autofree char *json = marsad_document_to_json_string (doc, MARSAD_JSON_CONTRACT, FALSE);
  g_autofree char *saved = marsad_document_to_json_string (doc, MARSAD_JSON_SAVED_ANALYSIS, FALSE);

  g_assert (g_utf8_validate (json, -1, NULL));
  g_assert (g_utf8_validate (saved, -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GError) error = NULL;
      gsize len = 0;
      g_autofree char *out = marsad_export_events_to_string_full (doc, formats[i], MARSAD_EXPORT_CSV_BOM,
                                                                  &len, &error);

      g_assert (out != NULL || error != NULL);
      g_assert (out == NULL || g_utf8_validate (out, (gssize) len, NULL));
    }
}
