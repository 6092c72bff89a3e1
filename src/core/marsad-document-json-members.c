/* marsad-document-json-members.c: typed access to a saved analysis's members
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "marsad-document-json-private.h"


void
marsad_json_reader_fail (MarsadJsonReader *r,
                         const char       *what)
{
  if (r->failed)
    return;
  r->failed = TRUE;
  g_set_error (r->error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
               _("%s: not a valid Marsad analysis (%s)"), r->name, what);
}

void
marsad_json_reader_fail_member (MarsadJsonReader *r,
                                const char       *where,
                                const char       *member,
                                const char       *problem)
{
  g_autofree char *what = NULL;

  if (r->failed)
    return;
  what = where != NULL ? g_strdup_printf ("%s.%s: %s", where, member, problem)
                       : g_strdup_printf ("%s: %s", member, problem);
  marsad_json_reader_fail (r, what);
}

/* The member when present and not null, else NULL. */
JsonNode *
marsad_json_member_node (JsonObject *o,
                         const char *member)
{
  JsonNode *node = json_object_get_member (o, member);

  return node == NULL || JSON_NODE_HOLDS_NULL (node) ? NULL : node;
}

gboolean
marsad_json_node_is (JsonNode *node,
                     GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

/* json-glib turns an escaped lone surrogate ("\\ud800") into its three
 * UTF-8-like bytes, which are not UTF-8: each becomes one U+FFFD, so that
 * the text keeps its length in code points and offsets still fit. */
static char *
replace_lone_surrogates (const char *str)
{
  GString *out;

  if (g_utf8_validate (str, -1, NULL))
    return g_strdup (str);
  out = g_string_sized_new (strlen (str));
  for (const guchar *p = (const guchar *) str; *p != '\0'; p++)
    {
      if (p[0] == 0xED && p[1] >= 0xA0 && p[1] <= 0xBF && p[2] >= 0x80 && p[2] <= 0xBF)
        {
          g_string_append (out, "\xEF\xBF\xBD");
          p += 2;
        }
      else
        g_string_append_c (out, (char) *p);
    }
  return g_string_free (out, FALSE);
}

char *
marsad_json_dup_member_string (MarsadJsonReader *r,
                               const char       *where,
                               JsonObject       *o,
                               const char       *member)
{
  JsonNode *node = marsad_json_member_node (o, member);
  char *value;

  if (node == NULL)
    return NULL;
  if (!marsad_json_node_is (node, G_TYPE_STRING))
    {
      marsad_json_reader_fail_member (r, where, member, "not a string");
      return NULL;
    }
  value = replace_lone_surrogates (json_node_get_string (node));
  if (!g_utf8_validate (value, -1, NULL))
    {
      g_free (value);
      marsad_json_reader_fail_member (r, where, member, "not valid UTF-8");
      return NULL;
    }
  return value;
}

/* An integer in [min, max]; absent or null gives fallback. */
gint64
marsad_json_member_int (MarsadJsonReader *r,
                        const char       *where,
                        JsonObject       *o,
                        const char       *member,
                        gint64            fallback,
                        gint64            min,
                        gint64            max)
{
  JsonNode *node = marsad_json_member_node (o, member);
  gint64 value;

  if (node == NULL)
    return fallback;
  if (!marsad_json_node_is (node, G_TYPE_INT64))
    {
      marsad_json_reader_fail_member (r, where, member, "not an integer");
      return fallback;
    }
  value = json_node_get_int (node);
  if (value < min || value > max)
    {
      marsad_json_reader_fail_member (r, where, member, "out of range");
      return fallback;
    }
  return value;
}

gboolean
marsad_json_member_bool (MarsadJsonReader *r,
                         const char       *where,
                         JsonObject       *o,
                         const char       *member)
{
  JsonNode *node = marsad_json_member_node (o, member);

  if (node == NULL)
    return FALSE;
  if (!marsad_json_node_is (node, G_TYPE_BOOLEAN))
    {
      marsad_json_reader_fail_member (r, where, member, "not true or false");
      return FALSE;
    }
  return json_node_get_boolean (node);
}

/* A number in [min, max]; absent, null or out of range fail. */
double
marsad_json_member_coordinate (MarsadJsonReader *r,
                               const char       *where,
                               JsonObject       *o,
                               const char       *member,
                               double            limit)
{
  JsonNode *node = marsad_json_member_node (o, member);
  double value;

  if (node == NULL || !(marsad_json_node_is (node, G_TYPE_DOUBLE) || marsad_json_node_is (node, G_TYPE_INT64)))
    {
      marsad_json_reader_fail_member (r, where, member, node == NULL ? "missing" : "not a number");
      return 0;
    }
  value = json_node_get_double (node);
  if (!(value >= -limit && value <= limit))
    {
      marsad_json_reader_fail_member (r, where, member, "out of range");
      return 0;
    }
  return value;
}

/* The array member, NULL when absent or null (or not an array: failed). */
JsonArray *
marsad_json_member_array (MarsadJsonReader *r,
                          const char       *where,
                          JsonObject       *o,
                          const char       *member)
{
  JsonNode *node = marsad_json_member_node (o, member);

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      marsad_json_reader_fail_member (r, where, member, "not an array");
      return NULL;
    }
  return json_node_get_array (node);
}

JsonObject *
marsad_json_member_object (MarsadJsonReader *r,
                           const char       *where,
                           JsonObject       *o,
                           const char       *member)
{
  JsonNode *node = marsad_json_member_node (o, member);

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      marsad_json_reader_fail_member (r, where, member, "not an object");
      return NULL;
    }
  return json_node_get_object (node);
}

/* Element i when it is an object; otherwise failed, naming it. */
JsonObject *
marsad_json_element_object (MarsadJsonReader *r,
                            JsonArray        *a,
                            guint             i,
                            const char       *where)
{
  JsonNode *e = json_array_get_element (a, i);

  if (e == NULL || !JSON_NODE_HOLDS_OBJECT (e))
    {
      g_autofree char *what = g_strdup_printf ("%s[%u]: not an object", where, i);

      marsad_json_reader_fail (r, what);
      return NULL;
    }
  return json_node_get_object (e);
}

gboolean
marsad_json_read_offset_span (MarsadJsonReader *r,
                              const char       *where,
                              JsonObject       *o,
                              const char       *member,
                              MarsadSpan       *span)
{
  JsonArray *a = marsad_json_member_array (r, where, o, member);
  JsonNode *start, *end;

  span->start = span->end = 0;
  if (r->failed)
    return FALSE;
  if (a == NULL)
    return TRUE;
  if (json_array_get_length (a) != 2 ||
      !marsad_json_node_is (start = json_array_get_element (a, 0), G_TYPE_INT64) ||
      !marsad_json_node_is (end = json_array_get_element (a, 1), G_TYPE_INT64) ||
      json_node_get_int (start) < 0 || json_node_get_int (start) > json_node_get_int (end) ||
      (guint64) json_node_get_int (end) > r->n_chars)
    {
      marsad_json_reader_fail_member (r, where, member, "not a [start, end] span inside the text");
      return FALSE;
    }
  span->start = (guint) json_node_get_int (start);
  span->end = (guint) json_node_get_int (end);
  return TRUE;
}

GPtrArray *
marsad_json_read_string_array (MarsadJsonReader *r,
                               const char       *where,
                               JsonObject       *o,
                               const char       *member)
{
  GPtrArray *strings = g_ptr_array_new_with_free_func (g_free);
  JsonArray *a = marsad_json_member_array (r, where, o, member);

  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    {
      JsonNode *e = json_array_get_element (a, i);

      if (!marsad_json_node_is (e, G_TYPE_STRING))
        {
          marsad_json_reader_fail_member (r, where, member, "an element is not a string");
          break;
        }
      g_ptr_array_add (strings, replace_lone_surrogates (json_node_get_string (e)));
    }
  return strings;
}

