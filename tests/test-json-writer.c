/* test-json-writer.c: the streaming JSON writer against json-glib's parser
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <json-glib/json-glib.h>

#include "marsad-json-writer.h"

static char *
write_sample (gboolean pretty)
{
  MarsadJsonWriter *w = marsad_json_writer_new (pretty);
  const gunichar span[] = { 0x063A, 0x0632, 0x0651, 0x0629, '"', '\n' };   /* غزّة"\n */

  marsad_json_writer_begin_object (w);
  marsad_json_writer_key (w, "text");
  marsad_json_writer_string (w, "قال «المتحدث»: \"لا\"\\ \t\x01 نهاية");
  marsad_json_writer_key (w, "span");
  marsad_json_writer_ucs4 (w, span, G_N_ELEMENTS (span));
  marsad_json_writer_key (w, "empty");
  marsad_json_writer_begin_array (w);
  marsad_json_writer_end_array (w);
  marsad_json_writer_key (w, "values");
  marsad_json_writer_begin_array (w);
  marsad_json_writer_int (w, -42);
  marsad_json_writer_double (w, 33.786);
  marsad_json_writer_double (w, NAN);
  marsad_json_writer_boolean (w, TRUE);
  marsad_json_writer_string (w, NULL);
  marsad_json_writer_begin_object (w);
  marsad_json_writer_end_object (w);
  marsad_json_writer_end_array (w);
  marsad_json_writer_end_object (w);
  return marsad_json_writer_free_to_string (w);
}

static void
check_parses (gconstpointer data)
{
  g_autofree char *text = write_sample (GPOINTER_TO_INT (data));
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *values;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "text"), ==, "قال «المتحدث»: \"لا\"\\ \t\x01 نهاية");
  g_assert_cmpstr (json_object_get_string_member (root, "span"), ==, "غزّة\"\n");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "empty")), ==, 0);
  values = json_object_get_array_member (root, "values");
  g_assert_cmpuint (json_array_get_length (values), ==, 6);
  g_assert_cmpint (json_array_get_int_element (values, 0), ==, -42);
  g_assert_cmpfloat_with_epsilon (json_array_get_double_element (values, 1), 33.786, 1e-9);
  g_assert_true (json_array_get_null_element (values, 2));   /* NaN is no JSON number */
  g_assert_true (json_array_get_boolean_element (values, 3));
  g_assert_true (json_array_get_null_element (values, 4));
  /* the raw control character never appears unescaped */
  g_assert_null (strchr (text, '\x01'));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_data_func ("/json-writer/compact", GINT_TO_POINTER (FALSE), check_parses);
  g_test_add_data_func ("/json-writer/pretty", GINT_TO_POINTER (TRUE), check_parses);
  return g_test_run ();
}
