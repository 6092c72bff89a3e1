/* marsad-text.c: reading articles safely, and ICU sentence segmentation
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

#include "marsad-text.h"

G_DEFINE_QUARK (marsad-text-error-quark, marsad_text_error)

/* Control characters other than tab, newline, carriage return and form feed
 * do not occur in articles; a few percent of them means a binary file. */
static gboolean
looks_binary (const char *data,
              gsize       len,
              gsize      *where)
{
  gsize sample = MIN (len, 64 * 1024);
  gsize controls = 0;

  for (gsize i = 0; i < sample; i++)
    {
      guchar c = (guchar) data[i];

      if (c == 0)
        {
          *where = i;
          return TRUE;
        }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
        {
          if (controls++ == 0)
            *where = i;
        }
    }

  return controls > 8 && controls * 50 > sample;
}

char *
marsad_text_validate (const char  *name,
                      const char  *data,
                      gsize        len,
                      GError     **error)
{
  const char *end = NULL;
  gsize where = 0;
  gsize bom = 0;

  g_return_val_if_fail (name != NULL, NULL);

  if (len > MARSAD_TEXT_MAX_BYTES)
    {
      g_autofree char *size = g_format_size (len);
      g_autofree char *limit = g_format_size (MARSAD_TEXT_MAX_BYTES);

      g_set_error (error, MARSAD_TEXT_ERROR, MARSAD_TEXT_ERROR_TOO_LARGE,
                   _("%s: the file is too large (%s; the limit is %s)"), name, size, limit);
      return NULL;
    }

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    bom = 3;
  else if (len >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    {
      g_set_error (error, MARSAD_TEXT_ERROR, MARSAD_TEXT_ERROR_INVALID_UTF8,
                   _("%s: the text is UTF-16; save it as UTF-8"), name);
      return NULL;
    }

  if (looks_binary (data, len, &where))
    {
      g_set_error (error, MARSAD_TEXT_ERROR, MARSAD_TEXT_ERROR_BINARY,
                   _("%s: this is a binary file, not text (control byte 0x%02x at byte %lu)"),
                   name, (guchar) data[where], (unsigned long) where);
      return NULL;
    }

  if (!g_utf8_validate_len (data + bom, len - bom, &end))
    {
      gsize offset = (gsize) (end - data);

      g_set_error (error, MARSAD_TEXT_ERROR, MARSAD_TEXT_ERROR_INVALID_UTF8,
                   _("%s: invalid UTF-8 at byte %lu (byte 0x%02x)"),
                   name, (unsigned long) offset, (guchar) data[offset]);
      return NULL;
    }

  for (gsize i = bom; i < len; i++)
    {
      if (!g_ascii_isspace (data[i]))
        return g_strndup (data + bom, len - bom);
    }

  g_set_error (error, MARSAD_TEXT_ERROR, MARSAD_TEXT_ERROR_EMPTY,
               _("%s: the file is empty"), name);
  return NULL;
}

static char *
read_stdin (gsize   *len,
            GError **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  guint8 buf[64 * 1024];
  size_t n;

  while ((n = fread (buf, 1, sizeof buf, stdin)) > 0)
    {
      g_byte_array_append (bytes, buf, n);
      if (bytes->len > MARSAD_TEXT_MAX_BYTES)
        break;
    }
  if (ferror (stdin))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("standard input: read error"));
      return NULL;
    }
  *len = bytes->len;
  g_byte_array_append (bytes, (const guint8 *) "", 1);
  return (char *) g_byte_array_free (g_steal_pointer (&bytes), FALSE);
}

MarsadDocument *
marsad_document_new_from_file (const char  *path,
                               GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *name = path;
  MarsadDocument *doc;
  gsize len = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_strcmp0 (path, "-") == 0)
    {
      name = _("standard input");
      contents = read_stdin (&len, &local_error);
    }
  else if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                   _("%s: is a folder, not a file"), path);
      return NULL;
    }
  else
    g_file_get_contents (path, &contents, &len, &local_error);

  if (local_error != NULL)
    {
      g_set_error (error, local_error->domain, local_error->code, "%s", local_error->message);
      return NULL;
    }

  text = marsad_text_validate (name, contents, len, error);
  if (text == NULL)
    return NULL;

  doc = marsad_document_new_from_text (text, -1, error);
  if (doc != NULL && g_strcmp0 (path, "-") != 0)
    doc->path = g_strdup (path);
  return doc;
}

GArray *
marsad_text_split_sentences (const gunichar *chars,
                             gsize           n_chars)
{
  GArray *sentences = g_array_new (FALSE, FALSE, sizeof (MarsadSpan));
  g_autofree UChar *u16 = NULL;
  g_autofree guint *u16_to_cp = NULL;
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *bi;
  glong u16_len = 0;
  int32_t prev;

  if (n_chars == 0)
    return sentences;

  u16 = (UChar *) g_ucs4_to_utf16 (chars, n_chars, NULL, &u16_len, NULL);
  if (u16 == NULL)
    return sentences;

  /* ICU speaks UTF-16; the contract speaks code points. */
  u16_to_cp = g_new (guint, u16_len + 1);
  for (glong i = 0, cp = 0; i <= u16_len; cp++)
    {
      u16_to_cp[i++] = cp;
      if (i < u16_len && U16_IS_TRAIL (u16[i]))
        u16_to_cp[i++] = cp;
    }

  bi = ubrk_open (UBRK_SENTENCE, "ar", u16, (int32_t) u16_len, &status);
  if (U_FAILURE (status))
    {
      MarsadSpan all = { 0, (guint) n_chars };

      g_array_append_val (sentences, all);
      return sentences;
    }

  prev = ubrk_first (bi);
  for (int32_t next = ubrk_next (bi); next != UBRK_DONE; prev = next, next = ubrk_next (bi))
    {
      MarsadSpan span = { u16_to_cp[prev], u16_to_cp[next] };

      /* trim white space on both sides; skip blank segments */
      while (span.start < span.end && g_unichar_isspace (chars[span.start]))
        span.start++;
      while (span.end > span.start && g_unichar_isspace (chars[span.end - 1]))
        span.end--;
      if (span.end > span.start)
        g_array_append_val (sentences, span);
    }

  ubrk_close (bi);
  return sentences;
}
