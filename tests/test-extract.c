/* test-extract.c: the whole extractor, on the large-text path that runs
 * stages side by side, finished and cancelled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <gio/gio.h>
#include <locale.h>

#include "marsad-extract.h"

/* Large enough to take the threaded path (over 200,000 characters): the
 * bundled sample article, many times over. */
#define COPIES 100

static char *
sample_text (guint copies)
{
  g_autofree char *path = g_build_filename (g_getenv ("MARSAD_DATA_DIR"), "sample-article.txt", NULL);
  g_autofree char *one = NULL;
  g_autoptr(GError) error = NULL;
  GString *text = g_string_new (NULL);

  g_file_get_contents (path, &one, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < copies; i++)
    {
      g_string_append (text, one);
      g_string_append (text, "\n\n");
    }
  return g_string_free (text, FALSE);
}

static MarsadDocument *
extract (MarsadExtractor    *extractor,
         guint               copies,
         MarsadProgressFunc  progress,
         GCancellable       *cancellable,
         GError            **error,
         gboolean           *finished)
{
  g_autofree char *text = sample_text (copies);
  g_autoptr(GError) load_error = NULL;
  MarsadDocument *doc = marsad_document_new_from_text (text, -1, &load_error);

  g_assert_no_error (load_error);
  *finished = marsad_extractor_run (extractor, doc, progress, cancellable, cancellable, error);
  return doc;
}

static gboolean
has_place (MarsadDocument *doc,
           const char     *source_id)
{
  for (guint i = 0; i < doc->places->len; i++)
    if (g_strcmp0 (((MarsadPlace *) g_ptr_array_index (doc->places, i))->source_id, source_id) == 0)
      return TRUE;
  return FALSE;
}

/* The large text finds what one copy finds: the stages run side by side
 * read the same text. */
static void
test_large_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadExtractor) extractor = marsad_extractor_new (&error);
  g_autoptr(MarsadDocument) one = NULL;
  g_autoptr(MarsadDocument) many = NULL;
  gboolean finished = FALSE;

  g_assert_no_error (error);
  one = extract (extractor, 1, NULL, NULL, &error, &finished);
  g_assert_no_error (error);
  g_assert_true (finished);
  many = extract (extractor, COPIES, NULL, NULL, &error, &finished);
  g_assert_no_error (error);
  g_assert_true (finished);
  g_assert_cmpuint (many->n_chars, >, 200000);

  g_assert_cmpuint (one->places->len, >, 0);
  g_assert_cmpuint (one->events->len, >, 0);
  for (guint i = 0; i < one->places->len; i++)
    g_assert_true (has_place (many, ((MarsadPlace *) g_ptr_array_index (one->places, i))->source_id));
  g_assert_cmpuint (many->events->len, >=, one->events->len);
  g_assert_cmpuint (many->statements->len, >=, one->statements->len);
}

static void
cancel_after_places (double   fraction,
                     gpointer user_data)
{
  if (fraction >= 0.7)
    g_cancellable_cancel (G_CANCELLABLE (user_data));
}

/* Cancelled once the places are found: no events, the work prepared for
 * them beside the places dropped (AddressSanitizer's leak check runs this). */
static void
test_cancel_after_places (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadExtractor) extractor = marsad_extractor_new (&error);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(MarsadDocument) doc = NULL;
  gboolean finished = TRUE;

  g_assert_no_error (error);
  doc = extract (extractor, COPIES, cancel_after_places, cancellable, &error, &finished);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (finished);
  g_assert_cmpuint (doc->places->len, >, 0);
  g_assert_cmpuint (doc->events->len, ==, 0);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/extract/large-text", test_large_text);
  g_test_add_func ("/extract/cancel-after-places", test_cancel_after_places);

  return g_test_run ();
}
