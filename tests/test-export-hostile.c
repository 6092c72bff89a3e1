/* test-export-hostile.c: exports of text no article should carry, and
 * atomic writes to paths that are not plain files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libxml/parser.h>

#include "marsad-atomic-file.h"
#include "marsad-export.h"

#include "export-test-document.h"

/* Every C0 control but NUL (which never gets past the loader), then the
 * bidi controls an Arabic text may carry (RLM, LRE…PDF, LRI…PDI). */
static char *
hostile_string (void)
{
  GString *s = g_string_new ("بغداد");

  for (gunichar c = 1; c < 0x20; c++)
    g_string_append_unichar (s, c);
  g_string_append (s, "\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");
  g_string_append (s, "\x7F\"<&>'");
  return g_string_free (s, FALSE);
}

static MarsadDocument *
hostile_document (void)
{
  MarsadDocument *doc = export_test_document_new ();
  MarsadPlace *place = g_ptr_array_index (doc->places, 0);
  MarsadEvent *event = g_ptr_array_index (doc->events, 0);

  g_free (place->name);
  place->name = hostile_string ();
  g_free (place->name_en);
  place->name_en = hostile_string ();
  g_free (event->date_text);
  event->date_text = hostile_string ();
  g_ptr_array_add (event->actors, hostile_string ());
  g_free (doc->title);
  doc->title = hostile_string ();
  return doc;
}

static char *
export (MarsadDocument    *doc,
        MarsadEventFormat  format,
        MarsadExportFlags  flags)
{
  g_autoptr(GError) error = NULL;
  gsize len = 0;
  char *data = marsad_export_events_to_string_full (doc, format, flags, &len, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);
  g_assert_cmpuint (len, ==, strlen (data));
  g_assert_true (g_utf8_validate (data, len, NULL));
  return data;
}

static void
test_kml_controls (void)
{
  g_autoptr(MarsadDocument) doc = hostile_document ();
  g_autofree char *data = export (doc, MARSAD_EVENT_FORMAT_KML, MARSAD_EXPORT_NONE);
  xmlDocPtr xml;

  /* no RECOVER: the file must be well-formed XML, as xmllint reads it */
  xml = xmlReadMemory (data, (int) strlen (data), "events.kml", "UTF-8",
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  g_assert_nonnull (xml);
  xmlFreeDoc (xml);
  /* the bidi controls are text, and kept */
  g_assert_nonnull (strstr (data, "\u2067\u2068"));
  g_assert_null (strchr (data, '\x01'));
}

static void
test_json_controls (void)
{
  g_autoptr(MarsadDocument) doc = hostile_document ();
  g_autofree char *data = export (doc, MARSAD_EVENT_FORMAT_GEOJSON, MARSAD_EXPORT_NONE);
  g_autofree char *expected = hostile_string ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *props;

  g_assert_true (json_parser_load_from_data (parser, data, -1, &error));
  g_assert_no_error (error);
  props = json_object_get_object_member (
    json_array_get_object_element (
      json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "features"), 0),
    "properties");
  /* JSON escapes the controls: the name comes back whole */
  g_assert_cmpstr (json_object_get_string_member (props, "place_name"), ==, expected);
}

static void
test_csv_controls_and_bom (void)
{
  g_autoptr(MarsadDocument) doc = hostile_document ();
  g_autofree char *plain = export (doc, MARSAD_EVENT_FORMAT_CSV, MARSAD_EXPORT_NONE);
  g_autofree char *bom = export (doc, MARSAD_EVENT_FORMAT_CSV, MARSAD_EXPORT_CSV_BOM);
  g_autofree char *geojson = export (doc, MARSAD_EVENT_FORMAT_GEOJSON, MARSAD_EXPORT_CSV_BOM);

  g_assert_true (g_str_has_prefix (plain, "event_id_cnty,"));
  g_assert_true (g_str_has_prefix (bom, "\xEF\xBB\xBF" "event_id_cnty,"));
  g_assert_cmpstr (bom + 3, ==, plain);
  /* the flag is CSV's alone */
  g_assert_cmpint (geojson[0], ==, '{');
}

/* a date that is not one (a hand-edited analysis) gives no year, and never
 * half a UTF-8 character */
static void
test_csv_year_of_no_date (void)
{
  g_autoptr(MarsadDocument) doc = export_test_document_new ();
  MarsadEvent *event = g_ptr_array_index (doc->events, 0);
  g_autofree char *data = NULL;

  g_free (event->date_start);
  event->date_start = g_strdup ("2دب");
  data = export (doc, MARSAD_EVENT_FORMAT_CSV, MARSAD_EXPORT_NONE);
  g_assert_nonnull (strstr (data, ",2دب,,"));
}

static void
test_geojson_six_decimals (void)
{
  g_autoptr(MarsadDocument) doc = export_test_document_new ();
  MarsadPlace *place = g_ptr_array_index (doc->places, 0);
  g_autofree char *data = NULL;

  place->lat = 33.3128061234567;
  place->lon = 44.1;
  data = export (doc, MARSAD_EVENT_FORMAT_GEOJSON, MARSAD_EXPORT_NONE);
  g_assert_nonnull (strstr (data, "33.312806"));
  g_assert_null (strstr (data, "33.3128061"));
  /* not 44.100000000000001 */
  g_assert_null (strstr (data, "44.10000"));
  g_assert_nonnull (strstr (data, "44.1"));
}

static void
test_kml_unplaced (void)
{
  g_autoptr(MarsadDocument) doc = export_test_document_new ();
  MarsadEvent *event = g_ptr_array_index (doc->events, 0);
  g_autofree char *data = NULL;

  g_clear_pointer (&event->place_id, g_free);
  data = export (doc, MARSAD_EVENT_FORMAT_KML, MARSAD_EXPORT_NONE);
  g_assert_null (strstr (data, "<name>? —"));
  g_assert_nonnull (strstr (data, "(no place)</name>"));
}

/* ---- atomic writes ---- */

static char *
read_all (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
test_atomic_refuses_fifo (void)
{
  g_autofree char *dir = g_dir_make_tmp ("marsad-hostile-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe", NULL);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_false (marsad_write_file_atomically (fifo, "x", 1, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  g_assert_nonnull (strstr (error->message, "pipe"));
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  g_unlink (fifo);
  g_assert_cmpint (g_rmdir (dir), ==, 0);   /* no temporary left */
}

static void
test_atomic_follows_symlink (void)
{
  g_autofree char *dir = g_dir_make_tmp ("marsad-hostile-XXXXXX", NULL);
  g_autofree char *target = g_build_filename (dir, "real.csv", NULL);
  g_autofree char *link = g_build_filename (dir, "link.csv", NULL);
  g_autofree char *dangling = g_build_filename (dir, "new.csv", NULL);
  g_autofree char *dangling_target = g_build_filename (dir, "made.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_cmpint (symlink ("real.csv", link), ==, 0);
  g_assert_true (marsad_write_file_atomically (link, "new", 3, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  contents = read_all (target);
  g_assert_cmpstr (contents, ==, "new");

  /* a link to a file not yet there creates that file */
  g_assert_cmpint (symlink ("made.csv", dangling), ==, 0);
  g_assert_true (marsad_write_file_atomically (dangling, "made", 4, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  contents = read_all (dangling_target);
  g_assert_cmpstr (contents, ==, "made");

  g_unlink (link);
  g_unlink (target);
  g_unlink (dangling);
  g_unlink (dangling_target);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_atomic_removes_stale_temporaries (void)
{
  g_autofree char *dir = g_dir_make_tmp ("marsad-hostile-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "events.csv", NULL);
  g_autofree char *stale = g_build_filename (dir, ".events.csv.AbC123", NULL);
  g_autofree char *young = g_build_filename (dir, ".events.csv.XyZ789", NULL);
  g_autofree char *other = g_build_filename (dir, ".events.csv.keep.me", NULL);
  struct utimbuf old = { time (NULL) - 7200, time (NULL) - 7200 };
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (stale, "killed", -1, NULL));
  g_assert_true (g_file_set_contents (young, "writing", -1, NULL));
  g_assert_true (g_file_set_contents (other, "not ours", -1, NULL));
  g_assert_cmpint (utime (stale, &old), ==, 0);
  g_assert_cmpint (utime (other, &old), ==, 0);
  g_assert_true (marsad_write_file_atomically (out, "a", 1, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (young, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  g_unlink (young);
  g_unlink (other);
  g_unlink (out);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/hostile/kml-controls", test_kml_controls);
  g_test_add_func ("/export/hostile/json-controls", test_json_controls);
  g_test_add_func ("/export/hostile/csv-controls-bom", test_csv_controls_and_bom);
  g_test_add_func ("/export/hostile/csv-year-of-no-date", test_csv_year_of_no_date);
  g_test_add_func ("/export/hostile/geojson-six-decimals", test_geojson_six_decimals);
  g_test_add_func ("/export/hostile/kml-unplaced", test_kml_unplaced);
  g_test_add_func ("/export/hostile/atomic-refuses-fifo", test_atomic_refuses_fifo);
  g_test_add_func ("/export/hostile/atomic-follows-symlink", test_atomic_follows_symlink);
  g_test_add_func ("/export/hostile/atomic-stale-temporaries", test_atomic_removes_stale_temporaries);
  return g_test_run ();
}
