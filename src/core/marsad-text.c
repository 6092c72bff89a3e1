/* marsad-text.c: reading articles safely, and ICU sentence segmentation
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
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

static gboolean
fail_too_large (const char  *name,
                guint64      len,
                GError     **error)
{
  g_autofree char *size = g_format_size (len);
  g_autofree char *limit = g_format_size (MARSAD_TEXT_MAX_BYTES);

  g_set_error (error, MARSAD_TEXT_ERROR, MARSAD_TEXT_ERROR_TOO_LARGE,
               _("%s: the file is too large (%s; the limit is %s)"), name, size, limit);
  return FALSE;
}

/* Reads fd to its end, never more than one byte past the limit (so that
 * "too large" can be told from "exactly the limit"). */
static char *
read_bounded (int          fd,
              const char  *name,
              gsize        size_hint,
              gsize       *len_out,
              GError     **error)
{
  gsize cap = MIN (size_hint, MARSAD_TEXT_MAX_BYTES) + 1;
  gsize len = 0;
  g_autofree char *buf = g_malloc (cap + 1);

  for (;;)
    {
      gssize n;

      if (len == cap)
        {
          if (len > MARSAD_TEXT_MAX_BYTES)
            {
              fail_too_large (name, len, error);
              return NULL;
            }
          cap = MIN (cap * 2, MARSAD_TEXT_MAX_BYTES + 1);
          buf = g_realloc (buf, cap + 1);
        }
      n = read (fd, buf + len, cap - len);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int errsv = errno;

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errsv),
                       _("%s: read error: %s"), name, g_strerror (errsv));
          return NULL;
        }
      if (n == 0)
        break;
      len += (gsize) n;
    }
  buf[len] = '\0';
  *len_out = len;
  return g_steal_pointer (&buf);
}

char *
marsad_text_read_file (const char  *path,
                       gsize       *len,
                       GError     **error)
{
  GStatBuf st;
  char *data;
  int fd;

  g_return_val_if_fail (path != NULL && len != NULL, NULL);

  if (g_strcmp0 (path, "-") == 0)
    return read_bounded (STDIN_FILENO, _("standard input"), 64 * 1024, len, error);

  /* O_NONBLOCK: opening a FIFO with no writer must not wait for one; the
   * type is checked on the open file, so it cannot change in between */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      int errsv = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errsv),
                   "%s: %s", path, g_strerror (errsv));
      return NULL;
    }
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      gboolean dir = S_ISDIR (st.st_mode);

      close (fd);
      g_set_error (error, G_FILE_ERROR, dir ? G_FILE_ERROR_ISDIR : G_FILE_ERROR_INVAL,
                   dir ? _("%s: is a folder, not a file")
                       : _("%s: not a regular file (a device, a pipe or a socket); use “-” to read standard input"),
                   path);
      return NULL;
    }
  /* stat first: a sparse 2 GB file is refused without reading it */
  if ((guint64) st.st_size > MARSAD_TEXT_MAX_BYTES)
    {
      close (fd);
      fail_too_large (path, (guint64) st.st_size, error);
      return NULL;
    }
  data = read_bounded (fd, path, (gsize) st.st_size, len, error);
  close (fd);
  return data;
}

MarsadDocument *
marsad_document_new_take_bytes (const char  *name,
                                char        *data,
                                gsize        len,
                                GError     **error)
{
  g_autofree char *contents = data;
  gsize bom = 0;

  g_return_val_if_fail (name != NULL && data != NULL, NULL);

  if (!check_text (name, contents, len, &bom, error))
    return NULL;
  /* the file's own buffer becomes the document's text: a large corpus is
   * not copied twice */
  if (bom > 0)
    memmove (contents, contents + bom, len - bom + 1);
  return marsad_document_new_take_text (g_steal_pointer (&contents), len - bom);
}

MarsadDocument *
marsad_document_new_from_file (const char  *path,
                               GError     **error)
{
  gboolean from_stdin = g_strcmp0 (path, "-") == 0;
  MarsadDocument *doc;
  char *contents;
  gsize len = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if ((contents = marsad_text_read_file (path, &len, error)) == NULL)
    return NULL;
  doc = marsad_document_new_take_bytes (from_stdin ? _("standard input") : path, contents, len, error);
  if (doc != NULL && !from_stdin)
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
