/* test-load.c: the loader on legacy encodings and on what is not a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "marsad-document-load.h"
#include "marsad-html.h"
#include "marsad-text.h"

/* Written for this test. */
static const char arabic[] =
  "قصفت طائرات مسيرة مواقع قرب مدينة الرمادي غرب العراق صباح الثلاثاء، "
  "وقال مصدر أمني إن القصف أدى إلى مقتل ثلاثة أشخاص.";

static char *
encode (const char *utf8,
        const char *encoding,
        gsize      *len)
{
  g_autoptr(GError) error = NULL;
  char *bytes = g_convert (utf8, -1, encoding, "UTF-8", NULL, len, &error);

  g_assert_no_error (error);
  return bytes;
}

static MarsadDocument *
load (char             *bytes,
      gsize             len,
      MarsadLoadResult *result,
      GError          **error)
{
  return marsad_document_load_bytes ("article.txt", bytes, len, result, error);
}

static void
test_legacy_text (void)
{
  const char *const encodings[] = { "windows-1256", "ISO-8859-6" };

  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MarsadDocument) doc = NULL;
      MarsadLoadResult result = { 0 };
      gsize len = 0;
      char *bytes = encode (arabic, encodings[i], &len);

      doc = load (bytes, len, &result, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (doc->text, ==, arabic);
      g_assert_cmpstr (result.encoding, ==, encodings[i]);
      g_assert_false (result.is_analysis);
    }
}

static void
test_legacy_html (void)
{
  g_autofree char *page = g_strdup_printf (
    "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-6\">"
    "<title>خبر</title></head><body><p>%s</p></body></html>", arabic);
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadDocument) doc = NULL;
  MarsadLoadResult result = { 0 };
  gsize len = 0;
  char *bytes = encode (page, "ISO-8859-6", &len);

  doc = load (bytes, len, &result, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (result.encoding, ==, "ISO-8859-6");
  g_assert_cmpstr (doc->text, ==, arabic);
  g_assert_cmpstr (doc->title, ==, "خبر");
}

static void
test_utf8_and_latin1 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadDocument) doc = NULL;
  MarsadLoadResult result = { 0 };
  /* Arabic UTF-8 with one Latin-1 byte: refused, not guessed at */
  const char latin1[] = "بغداد caf\xe9 العراق";

  doc = load (g_strdup (arabic), strlen (arabic), &result, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (result.encoding, ==, "UTF-8");
  g_clear_pointer (&doc, marsad_document_free);

  doc = load (g_strdup (latin1), strlen (latin1), &result, &error);
  g_assert_null (doc);
  g_assert_error (error, MARSAD_TEXT_ERROR, MARSAD_TEXT_ERROR_INVALID_UTF8);
  g_assert_nonnull (strstr (error->message, "byte 14"));
}

static void
test_html_guard (void)
{
  const char bad[] = "<html><body><p>\xd8\xa8\xff\xfe\xd8</p></body></html>";
  g_autoptr(GError) error = NULL;
  g_autofree char *text = marsad_html_extract_article ("page.html", bad, sizeof bad - 1, NULL, &error);

  g_assert_null (text);
  g_assert_error (error, MARSAD_HTML_ERROR, MARSAD_HTML_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "page.html"));
}

static void
test_not_regular (void)
{
  g_autofree char *dir = g_dir_make_tmp ("marsad-load-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe", NULL);
  const char *const paths[] = { fifo, "/dev/null", "/dev/zero", dir };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;
      gsize len = 0;
      g_autofree char *data = marsad_text_read_file (paths[i], &len, &error);
      GFileError expected = i == 3 ? G_FILE_ERROR_ISDIR : G_FILE_ERROR_INVAL;

      g_assert_null (data);
      g_assert_error (error, G_FILE_ERROR, (gint) expected);
      g_assert_nonnull (strstr (error->message, paths[i]));
    }
  g_unlink (fifo);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/load/legacy-text", test_legacy_text);
  g_test_add_func ("/load/legacy-html", test_legacy_html);
  g_test_add_func ("/load/utf8-and-latin1", test_utf8_and_latin1);
  g_test_add_func ("/load/html-guard", test_html_guard);
  g_test_add_func ("/load/not-regular", test_not_regular);
  return g_test_run ();
}
