/* marsad-document-load.c: an article file of any kind Marsad reads
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "marsad-document-json.h"
#include "marsad-document-load.h"
#include "marsad-html.h"
#include "marsad-text.h"

MarsadDocument *
marsad_document_load (const char  *path,
                      gboolean    *is_analysis,
                      GError     **error)
{
  g_autoptr(MarsadDocument) doc = marsad_document_new_from_file (path, error);
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;

  *is_analysis = FALSE;
  if (doc == NULL)
    return NULL;

  if (marsad_document_json_sniff (doc->text, strlen (doc->text)))
    {
      *is_analysis = TRUE;
      return marsad_document_from_json_data (path, doc->text, strlen (doc->text), error);
    }

  if (!marsad_html_sniff (doc->text, strlen (doc->text)))
    return g_steal_pointer (&doc);

  text = marsad_html_extract_article (path, doc->text, strlen (doc->text), &title, error);
  if (text == NULL)
    return NULL;
  g_clear_pointer (&doc, marsad_document_free);
  doc = marsad_document_new_from_text (text, -1, error);
  if (doc != NULL)
    {
      doc->path = g_strdup (path);
      doc->title = g_steal_pointer (&title);
    }
  return g_steal_pointer (&doc);
}

