/* marsad-collection-jsonl.c: one JSON Lines article, or one analysis
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"
#include "marsad-collection-import.h"

#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "marsad-dates.h"
#include "marsad-document-json.h"
#include "marsad-html.h"

static gboolean
is_blank (const char *text)
{
  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c))
    if (!g_unichar_isspace (g_utf8_get_char (c)))
      return FALSE;
  return TRUE;
}

/* A string member, or NULL; FALSE (and error) when it is there but not a string. */
static gboolean
string_member (const char  *name,
               JsonObject  *o,
               const char  *member,
               const char **value,
               GError     **error)
{
  JsonNode *node = json_object_get_member (o, member);

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_INPUT,
                   _("%s: “%s” must be a string"), name, member);
      return FALSE;
    }
  *value = json_node_get_string (node);
  return TRUE;
}

MarsadDocument *
marsad_article_from_json_line (const char  *name,
                               const char  *line,
                               gboolean     analysed,
                               char       **outlet_out,
                               char       **url_out,
                               char       **title_out,
                               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GDate) published = NULL;
  g_autoptr(MarsadDocument) doc = NULL;
  g_autofree char *html_text = NULL;
  g_autofree char *html_title = NULL;
  const char *text, *html, *date, *outlet, *url, *title;
  JsonObject *o;
  JsonNode *root;

  if (!marsad_json_depth_ok (line, -1, MARSAD_JSON_MAX_DEPTH))
    {
      g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_INPUT,
                   _("%s: nested more than %d levels deep"), name, MARSAD_JSON_MAX_DEPTH);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, line, -1, &parse_error))
    {
      g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_INPUT,
                   _("%s: not JSON: %s"), name, parse_error->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_INPUT,
                   _("%s: each line must be a JSON object"), name);
      return NULL;
    }
  o = json_node_get_object (root);
  if (!string_member (name, o, "text", &text, error) ||
      !string_member (name, o, "html", &html, error) ||
      !string_member (name, o, "published", &date, error) ||
      !string_member (name, o, "outlet", &outlet, error) ||
      !string_member (name, o, "url", &url, error) ||
      !string_member (name, o, "title", &title, error))
    return NULL;

  if (analysed)
    {
      if ((doc = marsad_document_from_json_data (name, line, strlen (line), error)) == NULL)
        return NULL;
    }
  else
    {
      if (date != NULL && !marsad_date_parse_iso (date, (published = g_date_new ())))
        {
          g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_INPUT,
                       _("%s: “published” is not a date of the form YYYY-MM-DD: %s"), name, date);
          return NULL;
        }
      if (text == NULL && html != NULL)
        {
          html_text = marsad_html_extract_article (name, html, strlen (html), &html_title, error);
          if (html_text == NULL)
            return NULL;
          text = html_text;
        }
      if (text == NULL)
        {
          g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_INPUT,
                       _("%s: the line has neither “text” nor “html”"), name);
          return NULL;
        }
      if (is_blank (text))
        {
          g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_INPUT,
                       _("%s: the article’s text is empty"), name);
          return NULL;
        }
      if ((doc = marsad_document_new_from_text (text, -1, error)) == NULL)
        {
          g_prefix_error (error, "%s: ", name);
          return NULL;
        }
      if (published != NULL)
        marsad_document_set_published (doc, published);
      if (title == NULL)
        title = html_title;
      if (title != NULL)
        {
          g_free (doc->title);
          doc->title = g_strdup (title);
        }
    }
  if (outlet_out != NULL)
    *outlet_out = g_strdup (outlet);
  if (url_out != NULL)
    *url_out = g_strdup (url);
  if (title_out != NULL)
    *title_out = g_strdup (title);
  return g_steal_pointer (&doc);
}


char *
marsad_jsonl_read_line (GDataInputStream *lines,
                        gsize             max_bytes,
                        GCancellable     *cancellable,
                        GError          **error)
{
  GBufferedInputStream *buffered = G_BUFFERED_INPUT_STREAM (lines);
  g_autoptr(GString) line = NULL;
  gboolean too_long = FALSE;

  /* peek at what is buffered, keep what fits, drop the rest: however long
   * the line, only max_bytes of it are ever held */
  for (;;)
    {
      gsize available, take;
      const char *data = g_buffered_input_stream_peek_buffer (buffered, &available);
      const char *newline;

      if (available == 0)
        {
          gssize n = g_buffered_input_stream_fill (buffered, -1, cancellable, error);

          if (n < 0)
            return NULL;
          if (n == 0)
            {
              if (line == NULL)
                return NULL;   /* the end */
              break;           /* a last line without its newline */
            }
          continue;
        }
      newline = memchr (data, '\n', available);
      take = newline != NULL ? (gsize) (newline - data) : available;
      if (line == NULL)
        line = g_string_new (NULL);
      if (!too_long && take > max_bytes - line->len)
        {
          too_long = TRUE;
          g_string_truncate (line, 0);
        }
      if (!too_long)
        g_string_append_len (line, data, take);
      if (g_input_stream_skip (G_INPUT_STREAM (lines), take + (newline != NULL), cancellable, error) < 0)
        return NULL;
      if (newline != NULL)
        break;
    }

  if (too_long)
    {
      g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_INPUT,
                   _("the line is longer than %" G_GSIZE_FORMAT " bytes"), max_bytes);
      return NULL;
    }
  if (line->len > 0 && line->str[line->len - 1] == '\r')
    g_string_truncate (line, line->len - 1);
  if (!g_utf8_validate_len (line->str, line->len, NULL))
    {
      g_set_error_literal (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_INPUT,
                           _("the line is not UTF-8 text"));
      return NULL;
    }
  return g_string_free (g_steal_pointer (&line), FALSE);
}
