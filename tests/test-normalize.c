/* test-normalize.c: folding, offsets, proclitics, reading text safely
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "marsad-document-json.h"
#include "marsad-normalize.h"
#include "marsad-text.h"
#include "marsad-word-set.h"

static void
test_fold_strings (void)
{
  const struct { const char *in, *out; } cases[] = {
    { "إيران", "ايران" },
    { "أربيل", "اربيل" },
    { "آمرلي", "امرلي" },
    { "غزّة", "غزه" },                 /* shadda dropped, taa marbuta folded */
    { "غـــزة", "غزه" },               /* tatweel */
    { "مُسْتَشْفَى", "مستشفي" },        /* harakat, alef maqsura */
    { "ﻻ", "لا" },                     /* presentation form ligature */
    { "ﺑﻐﺪﺍﺩ", "بغداد" },               /* presentation forms */
    { "٢٠٢٤", "2024" },                /* Arabic-Indic digits */
    { "۱۴۰۲", "1402" },                /* Persian digits */
    { "مسؤول", "مسوول" },
    { "القائم", "القايم" },
    { "  جرف   الصخر، ", "جرف الصخر" }, /* separators collapse */
    { "Ain al-Asad", "ain al asad" },
    { "\u200fبغداد\u200e", "بغداد" },  /* direction marks */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = marsad_normalize_string (cases[i].in);

      g_assert_cmpstr (folded, ==, cases[i].out);
    }
}

static MarsadDocument *
doc_with_norm (const char *text)
{
  g_autoptr(GError) error = NULL;
  MarsadDocument *doc = marsad_document_new_from_text (text, -1, &error);
  g_autoptr(GArray) sentences = NULL;

  g_assert_no_error (error);
  sentences = marsad_text_split_sentences (doc->chars, doc->n_chars);
  g_array_append_vals (doc->sentences, sentences->data, sentences->len);
  doc->norm = marsad_normalized_new (doc->chars, doc->n_chars, doc->sentences);
  return doc;
}

static void
test_offsets (void)
{
  /* the shadda inside غزّة and the tatweel in الـعراق vanish from the folded
   * text but the words' original spans still cover them */
  g_autoptr(MarsadDocument) doc = doc_with_norm ("قصف غزّة والـعراق ٢٠٢٤.");
  const MarsadNormalized *norm = doc->norm;
  const char *expected[] = { "قصف", "غزّة", "والـعراق", "٢٠٢٤" };
  const char *folded[] = { "قصف", "غزه", "والعراق", "2024" };

  g_assert_cmpuint (norm->words->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < norm->words->len; i++)
    {
      const MarsadWord *w = &g_array_index (norm->words, MarsadWord, i);
      g_autofree char *orig = marsad_document_dup_span (doc, w->start, w->end);
      g_autofree char *fold = marsad_normalized_dup_word (norm, i);

      g_assert_cmpstr (orig, ==, expected[i]);
      g_assert_cmpstr (fold, ==, folded[i]);
      g_assert_cmpuint (marsad_normalized_orig_offset (norm, i, 0), ==, w->start);
    }
  /* "والـعراق": the stem after و starts one code point in */
  g_assert_cmpuint (marsad_normalized_orig_offset (norm, 2, 1), ==,
                    g_array_index (norm->words, MarsadWord, 2).start + 1);
}

static void
test_offsets_ligature (void)
{
  /* one original code point (ﻻ) becomes two folded ones: both map back */
  g_autoptr(MarsadDocument) doc = doc_with_norm ("ﻻ شيء");
  const MarsadNormalized *norm = doc->norm;

  g_assert_cmpuint (norm->chars[0], ==, 0x0644);
  g_assert_cmpuint (norm->chars[1], ==, 0x0627);
  g_assert_cmpuint (marsad_normalized_orig_offset (norm, 0, 0), ==, 0);
  g_assert_cmpuint (g_array_index (norm->words, MarsadWord, 0).end, ==, 1);
}

static gboolean
has_split (const char *word,
           const char *stem,
           guint       prefix_len)
{
  g_autofree char *folded = marsad_normalize_string (word);
  g_autofree gunichar *ucs = NULL;
  MarsadCliticSplit splits[12];
  glong len = 0;
  guint n;

  ucs = g_utf8_to_ucs4_fast (folded, -1, &len);
  n = marsad_split_proclitics (ucs, len, splits, G_N_ELEMENTS (splits));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *s = g_ucs4_to_utf8 (splits[i].stem, splits[i].stem_len, NULL, NULL, NULL);

      if (g_strcmp0 (s, stem) == 0 && splits[i].prefix_len == prefix_len)
        return TRUE;
    }
  return FALSE;
}

static void
test_proclitics (void)
{
  g_assert_true (has_split ("العراق", "العراق", 0));
  g_assert_true (has_split ("والعراق", "العراق", 1));
  g_assert_true (has_split ("بالعراق", "العراق", 1));
  g_assert_true (has_split ("للعراق", "العراق", 1));      /* ل + (ا)لعراق */
  g_assert_true (has_split ("وللعراق", "العراق", 2));
  g_assert_true (has_split ("وبالعراق", "العراق", 2));
  g_assert_true (has_split ("فالعراق", "العراق", 1));
  g_assert_true (has_split ("كالعراق", "العراق", 1));
  g_assert_true (has_split ("لايران", "ايران", 1));
  g_assert_true (has_split ("وسوريا", "سوريا", 1));
  g_assert_true (has_split ("وبغداد", "بغداد", 1));
  /* the whole word is always a reading, and stems are never one letter */
  g_assert_true (has_split ("بيروت", "بيروت", 0));
  g_assert_false (has_split ("وب", "ب", 1));
  /* و is not a preposition: no split after ب */
  g_assert_false (has_split ("بوغداد", "غداد", 2));
}

/* A word set finds its words through proclitics and turns the rest away;
 * its quick reject on first letters must not lose a word whose stem starts
 * after two proclitic letters or with an alef restored after لل. */
static void
test_word_set (void)
{
  static const char *const words[] = { "البلاد", "قريه", "معسكر", NULL };
  static const char *const latin_words[] = { "gaza", NULL };
  g_autoptr(MarsadWordSet) set = marsad_word_set_new (words);
  g_autoptr(MarsadWordSet) latin_set = marsad_word_set_new (latin_words);
  g_autoptr(MarsadDocument) doc =
    doc_with_norm ("وللبلاد بالبلاد فقرية وبمعسكر كتاب مدينة لمعسكر Gaza بلاد");
  const struct { int index; guint prefix; } expected[] = {
    { 0, 2 }, { 0, 1 }, { 1, 1 }, { 2, 2 }, { -1, 0 }, { -1, 0 }, { 2, 1 }, { -1, 0 }, { -1, 0 },
  };

  g_assert_cmpuint (doc->norm->words->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      guint prefix = 99;
      int index = marsad_word_set_lookup (set, doc->norm, i, &prefix);

      g_assert_cmpint (index, ==, expected[i].index);
      if (index >= 0)
        g_assert_cmpuint (prefix, ==, expected[i].prefix);
    }
  /* words outside Arabic letters are found too */
  g_assert_cmpint (marsad_word_set_lookup (latin_set, doc->norm, 7, NULL), ==, 0);
  g_assert_cmpint (marsad_word_set_lookup (latin_set, doc->norm, 8, NULL), ==, -1);
}

static void
test_validate (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char bad_utf8[] = "بغداد \xC3\x28 x";
  const char binary[] = "PK\x03\x04\x00\x00binary";

  text = marsad_text_validate ("a.txt", "\xEF\xBB\xBFنص", 7, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "نص");   /* the BOM is gone */
  g_clear_pointer (&text, g_free);

  text = marsad_text_validate ("bad.txt", bad_utf8, sizeof bad_utf8 - 1, &error);
  g_assert_null (text);
  g_assert_error (error, MARSAD_TEXT_ERROR, MARSAD_TEXT_ERROR_INVALID_UTF8);
  g_assert_nonnull (strstr (error->message, "bad.txt"));
  g_assert_nonnull (strstr (error->message, "byte 11"));
  g_clear_error (&error);

  text = marsad_text_validate ("img.bin", binary, sizeof binary - 1, &error);
  g_assert_error (error, MARSAD_TEXT_ERROR, MARSAD_TEXT_ERROR_BINARY);
  g_assert_nonnull (strstr (error->message, "img.bin"));
  g_clear_error (&error);

  text = marsad_text_validate ("empty.txt", " \n\t ", 4, &error);
  g_assert_error (error, MARSAD_TEXT_ERROR, MARSAD_TEXT_ERROR_EMPTY);
  g_clear_error (&error);

  text = marsad_text_validate ("u16.txt", "\xFF\xFE" "a\0b\0", 6, &error);
  g_assert_error (error, MARSAD_TEXT_ERROR, MARSAD_TEXT_ERROR_INVALID_UTF8);
  g_assert_nonnull (strstr (error->message, "UTF-16"));
  g_clear_error (&error);
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadDocument) doc = marsad_document_new_from_file ("/nonexistent/article.txt", &error);

  g_assert_null (doc);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "/nonexistent/article.txt"));
}

static void
test_sentences (void)
{
  g_autoptr(MarsadDocument) doc = doc_with_norm ("قصفت الطائرات المدينة. هل انتهى الهجوم؟ قال المتحدث: لا.\nفقرة ثانية");
  const guint want = 4;

  g_assert_cmpuint (doc->sentences->len, ==, want);
  for (guint i = 0; i < doc->sentences->len; i++)
    {
      const MarsadSpan *s = &g_array_index (doc->sentences, MarsadSpan, i);

      g_assert_false (g_unichar_isspace (doc->chars[s->start]));
      g_assert_false (g_unichar_isspace (doc->chars[s->end - 1]));
    }
  /* words know their sentence */
  g_assert_cmpuint (g_array_index (doc->norm->words, MarsadWord, doc->norm->words->len - 1).sentence, ==, 3);
  g_assert_cmpuint (marsad_document_sentence_at (doc, doc->n_chars - 1), ==, 3);
}

static void
test_json_roundtrip (void)
{
  g_autoptr(MarsadDocument) doc = doc_with_norm ("قصفت طائرات مسيرة بلدة القائم أمس.");
  g_autoptr(MarsadDocument) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) date = g_date_new_dmy (24, 1, 2024);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  MarsadPlace *place = marsad_place_new ();
  MarsadEvent *event = marsad_event_new ();
  MarsadMention m = { 23, 29, 0, MARSAD_ROLE_EVENT_SITE };

  marsad_document_set_published (doc, date);
  place->id = g_strdup ("p1");
  place->name = g_strdup ("القائم");
  place->name_en = g_strdup ("Al-Qaim");
  place->lat = 34.37;
  place->lon = 41.09;
  place->kind = g_strdup ("town");
  place->country = g_strdup ("IQ");
  g_array_append_val (place->mentions, m);
  g_ptr_array_add (doc->places, place);
  event->id = g_strdup ("e1");
  event->type = g_strdup ("Explosions/Remote violence");
  event->sub_type = g_strdup ("Air/drone strike");
  event->date_start = g_strdup ("2024-01-23");
  event->date_end = g_strdup ("2024-01-23");
  event->time_precision = MARSAD_TIME_PRECISION_DAY;
  event->place_id = g_strdup ("p1");
  g_ptr_array_add (event->actors, g_strdup ("مجهول"));
  g_ptr_array_add (event->fatality_reports, marsad_casualty_report_new (1, "مصدر أمني", 0, 4));
  g_ptr_array_add (event->fatality_reports, marsad_casualty_report_new (3, NULL, 0, 4));
  g_ptr_array_add (doc->events, event);

  first = marsad_document_to_json_string (doc, MARSAD_JSON_SAVED_ANALYSIS, TRUE);
  g_assert_true (marsad_document_json_sniff (first, strlen (first)));
  back = marsad_document_from_json_data ("saved.json", first, strlen (first), &error);
  g_assert_no_error (error);
  second = marsad_document_to_json_string (back, MARSAD_JSON_SAVED_ANALYSIS, TRUE);
  g_assert_cmpstr (first, ==, second);
  g_assert_nonnull (strstr (first, "\"min\" : 1"));
  g_assert_nonnull (strstr (first, "\"max\" : 3"));
}

static void
test_json_malformed (void)
{
  const char *bad[] = {
    "{\"format\": \"marsad-analysis\", \"text\": ",                 /* truncated */
    "[1, 2]",                                                     /* not an object */
    "{\"format\": \"other\", \"text\": \"x\"}",                   /* not ours */
    "{\"format\": \"marsad-analysis\", \"version\": 1, \"text\": \"abc\", "
    "\"places\": [{\"id\": \"p1\", \"name\": \"x\", \"lat\": 1, \"lon\": 1, "
    "\"mentions\": [{\"start\": 2, \"end\": 9, \"role\": \"context\"}]}]}", /* offsets past the text */
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MarsadDocument) doc = marsad_document_from_json_data ("broken.json", bad[i], strlen (bad[i]), &error);

      g_assert_null (doc);
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, "broken.json"));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/normalize/fold", test_fold_strings);
  g_test_add_func ("/normalize/offsets", test_offsets);
  g_test_add_func ("/normalize/offsets-ligature", test_offsets_ligature);
  g_test_add_func ("/normalize/proclitics", test_proclitics);
  g_test_add_func ("/normalize/word-set", test_word_set);
  g_test_add_func ("/text/validate", test_validate);
  g_test_add_func ("/text/missing-file", test_missing_file);
  g_test_add_func ("/text/sentences", test_sentences);
  g_test_add_func ("/json/roundtrip", test_json_roundtrip);
  g_test_add_func ("/json/malformed", test_json_malformed);

  return g_test_run ();
}
