/* test-geoparser-large.c: the geoparser on a text large enough for its
 * threaded path, where the second half's names come in pieces and are
 * merged into the first half's: every name found once, none lost or
 * doubled at the seams (the memory this saves is bench-hostile.py's)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "marsad-geoparser.h"
#include "marsad-text.h"

/* 8 names said this many times: 152,000 words, so the second half holds
 * more names than one piece (65,536) */
#define TIMES 19000

static void
test_every_name_once (void)
{
  static const char * const names[] = { "بغداد", "الموصل", "حلب", "دمشق", "بيروت", "صنعاء", "غزة", "الرمادي" };
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadGazetteer) gazetteer = marsad_gazetteer_load_default (&error);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(MarsadDocument) doc = NULL;
  g_autoptr(GArray) sentences = NULL;
  MarsadGeoparser *geoparser;
  guint total = 0;

  g_assert_no_error (error);
  geoparser = marsad_geoparser_new (gazetteer);
  for (guint i = 0; i < TIMES; i++)
    for (guint k = 0; k < G_N_ELEMENTS (names); k++)
      {
        g_string_append (text, names[k]);
        g_string_append_c (text, ' ');
      }
  doc = marsad_document_new_from_text (text->str, -1, &error);
  g_assert_no_error (error);
  sentences = marsad_text_split_sentences (doc->chars, doc->n_chars);
  g_array_append_vals (doc->sentences, sentences->data, sentences->len);
  doc->norm = marsad_normalized_new (doc->chars, doc->n_chars, doc->sentences);
  marsad_geoparser_run (geoparser, doc);

  g_assert_cmpuint (doc->places->len, ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < doc->places->len; i++)
    {
      const MarsadPlace *p = g_ptr_array_index (doc->places, i);
      guint last_end = 0;

      g_assert_cmpuint (p->mentions->len, ==, TIMES);
      /* in text order, never the same span twice */
      for (guint m = 0; m < p->mentions->len; m++)
        {
          const MarsadMention *mn = &g_array_index (p->mentions, MarsadMention, m);

          g_assert_cmpuint (mn->start, >=, last_end);
          last_end = mn->end;
        }
      total += p->mentions->len;
    }
  g_assert_cmpuint (total, ==, TIMES * G_N_ELEMENTS (names));
  marsad_geoparser_free (geoparser);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/geoparser-large/every-name-once", test_every_name_once);
  return g_test_run ();
}
