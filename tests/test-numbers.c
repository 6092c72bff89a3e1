/* test-numbers.c: Arabic cardinal numbers in words and digits
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "marsad-numbers.h"

typedef struct
{
  const char      *text;
  gint64           value;     /* -1: not a number */
  MarsadNumberKind kind;
} NumberCase;

static const NumberCase cases[] = {
  { "ستين", 60, MARSAD_NUMBER_EXACT },
  { "ستون", 60, MARSAD_NUMBER_EXACT },
  { "ثلاثة", 3, MARSAD_NUMBER_EXACT },
  { "ثلاث", 3, MARSAD_NUMBER_EXACT },
  { "واحد", 1, MARSAD_NUMBER_EXACT },
  { "اثنين", 2, MARSAD_NUMBER_EXACT },
  { "عشرة", 10, MARSAD_NUMBER_EXACT },
  { "ثلاثة عشر", 13, MARSAD_NUMBER_EXACT },
  { "أحد عشر", 11, MARSAD_NUMBER_EXACT },
  { "خمسة وعشرين", 25, MARSAD_NUMBER_EXACT },
  { "مئة", 100, MARSAD_NUMBER_EXACT },
  { "مائة وخمسون", 150, MARSAD_NUMBER_EXACT },
  { "مئتين", 200, MARSAD_NUMBER_EXACT },
  { "ثلاثمائة", 300, MARSAD_NUMBER_EXACT },
  { "ثلاث مئة", 300, MARSAD_NUMBER_EXACT },
  { "ألف", 1000, MARSAD_NUMBER_EXACT },
  { "ألفين", 2000, MARSAD_NUMBER_EXACT },
  { "ثلاثة آلاف", 3000, MARSAD_NUMBER_EXACT },
  { "2500", 2500, MARSAD_NUMBER_EXACT },
  { "١٥٠", 150, MARSAD_NUMBER_EXACT },
  { "۱۲", 12, MARSAD_NUMBER_EXACT },
  { "35 ألفاً", 35000, MARSAD_NUMBER_EXACT },
  { "35 ألفاً و562", 35562, MARSAD_NUMBER_EXACT },
  { "ثلاثة آلاف وخمسمئة", 3500, MARSAD_NUMBER_EXACT },
  { "ألف و20", 1020, MARSAD_NUMBER_EXACT },
  { "شخصين", 2, MARSAD_NUMBER_DUAL },
  { "قتيلان", 2, MARSAD_NUMBER_DUAL },
  { "يومين", 2, MARSAD_NUMBER_DUAL },
  { "عشرات", 10, MARSAD_NUMBER_APPROXIMATE },
  { "مئات", 100, MARSAD_NUMBER_APPROXIMATE },
  { "أحد", -1, 0 },
  { "قتيل", -1, 0 },
  { "مدنيين", -1, 0 },
  { "", -1, 0 },
};

static void
test_table (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      MarsadNumber n;
      gboolean ok = marsad_number_parse_string (cases[i].text, &n);

      g_test_message ("%s", cases[i].text);
      if (cases[i].value < 0)
        {
          g_assert_false (ok);
          continue;
        }
      g_assert_true (ok);
      g_assert_cmpint (n.value, ==, cases[i].value);
      g_assert_cmpint (n.kind, ==, cases[i].kind);
    }
}

/* a number followed by other words consumes only its own */
static void
test_prefix (void)
{
  const char *words[] = { "خمسه", "قتلي", "في" };
  const char *dual[] = { "شخصين", "قتلا" };
  MarsadNumber n;

  g_assert_true (marsad_number_parse (words, G_N_ELEMENTS (words), &n));
  g_assert_cmpint (n.value, ==, 5);
  g_assert_cmpuint (n.n_words, ==, 1);
  g_assert_true (marsad_number_parse (dual, G_N_ELEMENTS (dual), &n));
  g_assert_cmpint (n.value, ==, 2);
  g_assert_cmpstr (n.noun, ==, "شخص");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/numbers/table", test_table);
  g_test_add_func ("/numbers/prefix", test_prefix);
  return g_test_run ();
}
