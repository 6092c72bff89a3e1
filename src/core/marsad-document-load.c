/* marsad-document-load.c: an article file of any kind Marsad reads
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <unicode/ucsdet.h>

#include "marsad-document-json.h"
#include "marsad-document-load.h"
#include "marsad-html.h"
#include "marsad-text.h"

/* The legacy encodings Arabic news is still found in, by the names iconv
 * and ICU's detector use, and the labels a page may declare them by. */
static const struct
{
  const char *name;
  const char *labels[6];
} legacy_encodings[] = {
  { "windows-1256", { "windows-1256", "cp1256", "x-cp1256", "cp-1256", NULL } },
  { "ISO-8859-6", { "iso-8859-6", "iso8859-6", "iso_8859-6", "arabic", "asmo-708", NULL } },
};

static const char *
legacy_encoding_for_label (const char *label,
                           gsize       len)
{
  for (guint i = 0; i < G_N_ELEMENTS (legacy_encodings); i++)
    for (guint j = 0; legacy_encodings[i].labels[j] != NULL; j++)
      if (strlen (legacy_encodings[i].labels[j]) == len &&
          g_ascii_strncasecmp (label, legacy_encodings[i].labels[j], len) == 0)
        return legacy_encodings[i].name;
  return NULL;
}

/* The charset an HTML page declares in its first 4 KB (<meta charset=…> or
 * <meta http-equiv … content="…; charset=…">), when it is a legacy Arabic
 * one. A declared UTF-8, or none, gives NULL. */
static const char *
html_declared_legacy_charset (const char *data,
                              gsize       len)
{
  g_autofree char *head = g_ascii_strdown (data, MIN (len, 4096));
  const char *p = head;

  while ((p = strstr (p, "charset")) != NULL)
    {
      gsize n = 0;
      const char *found;

      p += strlen ("charset");
      while (*p == ' ' || *p == '\t')
        p++;
      if (*p != '=')
        continue;
      p++;
      while (*p == ' ' || *p == '"' || *p == '\'')
        p++;
      while (p[n] != '\0' && (g_ascii_isalnum (p[n]) || p[n] == '-' || p[n] == '_'))
        n++;
      if ((found = legacy_encoding_for_label (p, n)) != NULL)
        return found;
    }
  return NULL;
}

/* ICU's detector on bytes that are not UTF-8: the Arabic legacy encoding
 * it ranks highest, or NULL when it sees none (Latin-1 and the like are
 * left to be refused as invalid UTF-8, not guessed at). */
static const char *
detect_legacy_charset (const char *data,
                       gsize       len)
{
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector *detector = ucsdet_open (&status);
  const UCharsetMatch **matches;
  const char *found = NULL;
  int32_t n_matches = 0;

  if (U_FAILURE (status))
    return NULL;
  /* the detector samples the start; 64 KB is plenty for a language guess */
  ucsdet_setText (detector, data, (int32_t) MIN (len, 64 * 1024), &status);
  matches = ucsdet_detectAll (detector, &n_matches, &status);
  for (int32_t i = 0; U_SUCCESS (status) && i < n_matches && found == NULL; i++)
    {
      const char *name = ucsdet_getName (matches[i], &status);
      const char *lang = ucsdet_getLanguage (matches[i], &status);

      if (U_SUCCESS (status) && name != NULL && g_strcmp0 (lang, "ar") == 0)
        found = legacy_encoding_for_label (name, strlen (name));
    }
  ucsdet_close (detector);
  return found;
}

/* Bytes in a legacy encoding converted to UTF-8, replacing *data; errors
 * name the file and the first byte that encoding does not have. */
static gboolean
convert_to_utf8 (const char  *name,
                 const char  *encoding,
                 char       **data,
                 gsize       *len,
                 GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize bytes_read = 0, bytes_written = 0;
  char *utf8 = g_convert (*data, (gssize) *len, "UTF-8", encoding,
                          &bytes_read, &bytes_written, &local_error);

  if (utf8 == NULL)
    {
      g_set_error (error, MARSAD_TEXT_ERROR, MARSAD_TEXT_ERROR_INVALID_UTF8,
                   _("%s: not valid %s at byte %lu"), name, encoding, (unsigned long) bytes_read);
      return FALSE;
    }
  g_free (*data);
  *data = utf8;
  *len = bytes_written;
  return TRUE;
}

/* Which encoding the bytes are in; NULL leaves them to the UTF-8 checks
 * (which name the bad byte). */
static const char *
choose_encoding (const char *data,
                 gsize       len)
{
  const char *encoding;

  if (g_utf8_validate_len (data, len, NULL))
    return "UTF-8";
  /* a NUL is a binary file (or UTF-16), whatever the detector thinks */
  if (memchr (data, '\0', len) != NULL)
    return NULL;
  if (marsad_html_sniff (data, len) && (encoding = html_declared_legacy_charset (data, len)) != NULL)
    return encoding;
  return detect_legacy_charset (data, len);
}

MarsadDocument *
marsad_document_load_bytes (const char        *name,
                            char              *bytes,
                            gsize              len,
                            MarsadLoadResult  *result,
                            GError           **error)
{
  g_autoptr(MarsadDocument) doc = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  const char *encoding;

  g_return_val_if_fail (name != NULL && bytes != NULL && result != NULL, NULL);

  result->is_analysis = FALSE;
  result->encoding = NULL;
  encoding = choose_encoding (bytes, len);
  if (encoding != NULL && !g_str_equal (encoding, "UTF-8") &&
      !convert_to_utf8 (name, encoding, &bytes, &len, error))
    {
      g_free (bytes);
      return NULL;
    }
  result->encoding = encoding != NULL ? encoding : "UTF-8";

  /* takes bytes; checks size, binary, UTF-8 and emptiness */
  if ((doc = marsad_document_new_take_bytes (name, bytes, len, error)) == NULL)
    return NULL;

  if (marsad_document_json_sniff (doc->text, strlen (doc->text)))
    {
      result->is_analysis = TRUE;
      return marsad_document_from_json_data (name, doc->text, strlen (doc->text), error);
    }

  if (!marsad_html_sniff (doc->text, strlen (doc->text)))
    return g_steal_pointer (&doc);

  text = marsad_html_extract_article (name, doc->text, strlen (doc->text), &title, error);
  if (text == NULL)
    return NULL;
  g_clear_pointer (&doc, marsad_document_free);
  doc = marsad_document_new_from_text (text, -1, error);
  if (doc != NULL)
    doc->title = g_steal_pointer (&title);
  return g_steal_pointer (&doc);
}

MarsadDocument *
marsad_document_load_full (const char        *path,
                           MarsadLoadResult  *result,
                           GError           **error)
{
  gboolean from_stdin = g_strcmp0 (path, "-") == 0;
  MarsadDocument *doc;
  char *bytes;
  gsize len = 0;

  g_return_val_if_fail (path != NULL && result != NULL, NULL);

  result->is_analysis = FALSE;
  result->encoding = NULL;
  if ((bytes = marsad_text_read_file (path, &len, error)) == NULL)
    return NULL;
  doc = marsad_document_load_bytes (from_stdin ? _("standard input") : path, bytes, len, result, error);
  /* a saved analysis keeps the path it was saved with; any other text is
   * the file just read */
  if (doc != NULL && !from_stdin && !result->is_analysis)
    {
      g_free (doc->path);
      doc->path = g_strdup (path);
    }
  return doc;
}

MarsadDocument *
marsad_document_load (const char  *path,
                      gboolean    *is_analysis,
                      GError     **error)
{
  MarsadLoadResult result = { 0 };
  MarsadDocument *doc = marsad_document_load_full (path, &result, error);

  *is_analysis = result.is_analysis;
  return doc;
}
