/* marsad-text.c: reading articles safely, and ICU sentence segmentation
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

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

/* Checks the bytes without copying them; *bom is the length of a leading
 * byte-order mark to skip. */
static gboolean
check_text (const char  *name,
            const char  *data,
            gsize        len,
            gsize       *bom_out,
            GError     **error)
{
  const char *end = NULL;
  gsize where = 0;
  gsize bom = 0;

  g_return_val_if_fail (name != NULL, FALSE);

  if (len > MARSAD_TEXT_MAX_BYTES)
    {
      g_autofree char *size = g_format_size (len);
      g_autofree char *limit = g_format_size (MARSAD_TEXT_MAX_BYTES);

      g_set_error (error, MARSAD_TEXT_ERROR, MARSAD_TEXT_ERROR_TOO_LARGE,
                   _("%s: the file is too large (%s; the limit is %s)"), name, size, limit);
      return FALSE;
    }

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    bom = 3;
  else if (len >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    {
      g_set_error (error, MARSAD_TEXT_ERROR, MARSAD_TEXT_ERROR_INVALID_UTF8,
                   _("%s: the text is UTF-16; save it as UTF-8"), name);
      return FALSE;
    }

  if (looks_binary (data, len, &where))
    {
      g_set_error (error, MARSAD_TEXT_ERROR, MARSAD_TEXT_ERROR_BINARY,
                   _("%s: this is a binary file, not text (control byte 0x%02x at byte %lu)"),
                   name, (guchar) data[where], (unsigned long) where);
      return FALSE;
    }

  if (!g_utf8_validate_len (data + bom, len - bom, &end))
    {
      gsize offset = (gsize) (end - data);

      g_set_error (error, MARSAD_TEXT_ERROR, MARSAD_TEXT_ERROR_INVALID_UTF8,
                   _("%s: invalid UTF-8 at byte %lu (byte 0x%02x)"),
                   name, (unsigned long) offset, (guchar) data[offset]);
      return FALSE;
    }

  for (gsize i = bom; i < len; i++)
    {
      if (!g_ascii_isspace (data[i]))
        {
          *bom_out = bom;
          return TRUE;
        }
    }

  g_set_error (error, MARSAD_TEXT_ERROR, MARSAD_TEXT_ERROR_EMPTY,
               _("%s: the file is empty"), name);
  return FALSE;
}

char *
marsad_text_validate (const char  *name,
                      const char  *data,
                      gsize        len,
                      GError     **error)
{
  gsize bom = 0;

  g_return_val_if_fail (name != NULL, NULL);

  if (!check_text (name, data, len, &bom, error))
    return NULL;
  return g_strndup (data + bom, len - bom);
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
  g_autoptr(GError) local_error = NULL;
  gsize bom = 0;
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

  if (!check_text (name, contents, len, &bom, error))
    return NULL;
  /* the file's own buffer becomes the document's text: a large corpus is
   * not copied twice */
  if (bom > 0)
    memmove (contents, contents + bom, len - bom + 1);
  doc = marsad_document_new_take_text (g_steal_pointer (&contents), len - bom);
  if (doc != NULL && g_strcmp0 (path, "-") != 0)
    doc->path = g_strdup (path);
  return doc;
}

GArray *
marsad_text_split_sentences (const gunichar *chars,
                             gsize           n_chars)
{
  g_autofree char *utf8 = NULL;
  glong len = 0;

  if (n_chars > 0)
    utf8 = g_ucs4_to_utf8 (chars, n_chars, NULL, &len, NULL);
  return marsad_text_split_sentences_utf8 (utf8, len, chars, n_chars);
}

GArray *
marsad_text_split_sentences_utf8 (const char     *utf8,
                                  gsize           utf8_len,
                                  const gunichar *chars,
                                  gsize           n_chars)
{
  GArray *sentences = g_array_new (FALSE, FALSE, sizeof (MarsadSpan));
  UErrorCode status = U_ZERO_ERROR;
  UText *text = NULL;
  UBreakIterator *bi = NULL;
  const char *p;
  gsize cp = 0;

  if (n_chars == 0)
    return sentences;

  /* ICU reads the UTF-8 in place (no UTF-16 copy of a large text); its
   * boundaries are byte offsets, walked forward into code points */
  if (utf8 != NULL)
    text = utext_openUTF8 (NULL, utf8, utf8_len, &status);
  if (text != NULL && U_SUCCESS (status))
    bi = ubrk_open (UBRK_SENTENCE, "ar", NULL, 0, &status);
  if (bi != NULL && U_SUCCESS (status))
    ubrk_setUText (bi, text, &status);
  if (utf8 == NULL || U_FAILURE (status))
    {
      MarsadSpan all = { 0, (guint) n_chars };

      g_array_append_val (sentences, all);
      g_clear_pointer (&bi, ubrk_close);
      g_clear_pointer (&text, utext_close);
      return sentences;
    }

  p = utf8;
  ubrk_first (bi);
  for (int32_t next = ubrk_next (bi); next != UBRK_DONE; next = ubrk_next (bi))
    {
      MarsadSpan span;

      span.start = cp;
      for (; p < utf8 + next; p = g_utf8_next_char (p))
        cp++;
      span.end = cp;

      /* trim white space on both sides; skip blank segments */
      while (span.start < span.end && g_unichar_isspace (chars[span.start]))
        span.start++;
      while (span.end > span.start && g_unichar_isspace (chars[span.end - 1]))
        span.end--;
      if (span.end > span.start)
        g_array_append_val (sentences, span);
    }

  ubrk_close (bi);
  utext_close (text);
  return sentences;
}
