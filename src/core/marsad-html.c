/* marsad-html.c: the article text of an HTML page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "marsad-html.h"

G_DEFINE_QUARK (marsad-html-error-quark, marsad_html_error)

static const char * const skipped_elements[] = {
  "script", "style", "noscript", "nav", "header", "footer", "aside",
  "form", "button", "select", "textarea", "iframe", "svg", "template",
  "figure", "menu", "head", NULL
};

static const char * const block_elements[] = {
  "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
  "section", "article", "main", "tr", "pre", "dd", "dt", "table", "ul", "ol",
  NULL
};

/* Deeper than this, elements are not walked (each level is a stack frame
 * of ours): no page nests its prose that deep, a hostile one may nest a
 * million levels. */
#define MAX_HTML_DEPTH 2000

static gboolean
name_in (const xmlChar *name,
         const char * const *list)
{
  if (name == NULL)
    return FALSE;
  for (guint i = 0; list[i] != NULL; i++)
    if (g_ascii_strcasecmp ((const char *) name, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_named (xmlNode    *node,
          const char *name)
{
  return node->type == XML_ELEMENT_NODE &&
         g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

/* Appends the visible text of node to out, with "\n" at block edges and
 * runs of white space collapsed. */
static void
collect_text (xmlNode *node,
              GString *out,
              guint    depth)
{
  if (depth > MAX_HTML_DEPTH)
    return;
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          const char *p = (const char *) child->content;

          if (p == NULL)
            continue;
          for (; *p != '\0'; p = g_utf8_next_char (p))
            {
              gunichar c = g_utf8_get_char (p);

              if (g_unichar_isspace (c) || c == 0x00A0)
                {
                  if (out->len > 0 && out->str[out->len - 1] != ' ' &&
                      out->str[out->len - 1] != '\n')
                    g_string_append_c (out, ' ');
                }
              else
                g_string_append_unichar (out, c);
            }
        }
      else if (child->type == XML_ELEMENT_NODE)
        {
          gboolean block;

          if (name_in (child->name, skipped_elements))
            continue;
          block = name_in (child->name, block_elements);
          if (block && out->len > 0 && out->str[out->len - 1] != '\n')
            {
              if (out->str[out->len - 1] == ' ')
                g_string_truncate (out, out->len - 1);
              g_string_append_c (out, '\n');
            }
          collect_text (child, out, depth + 1);
          if (block && out->len > 0 && out->str[out->len - 1] != '\n')
            {
              if (out->str[out->len - 1] == ' ')
                g_string_truncate (out, out->len - 1);
              g_string_append_c (out, '\n');
            }
        }
    }
}

static char *
node_text (xmlNode *node)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) clean = g_string_new (NULL);

  collect_text (node, out, 0);
  lines = g_strsplit (out->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] == '\0')
        continue;
      if (clean->len > 0)
        g_string_append_c (clean, '\n');
      g_string_append (clean, lines[i]);
    }
  return g_string_free (g_steal_pointer (&clean), FALSE);
}

static xmlNode *
find_element_at (xmlNode    *node,
                 const char *name,
                 guint       depth)
{
  if (depth > MAX_HTML_DEPTH)
    return NULL;
  for (xmlNode *child = node; child != NULL; child = child->next)
    {
      xmlNode *found;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (is_named (child, name))
        return child;
      if (name_in (child->name, skipped_elements) && !is_named (child, "head"))
        continue;
      if ((found = find_element_at (child->children, name, depth + 1)) != NULL)
        return found;
    }
  return NULL;
}

static xmlNode *
find_element (xmlNode    *node,
              const char *name)
{
  return find_element_at (node, name, 0);
}

/* The length of text directly in <p> children: how much prose a block holds. */
static gsize
paragraph_weight (xmlNode *node)
{
  gsize weight = 0;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_named (child, "p"))
        {
          xmlChar *content = xmlNodeGetContent (child);

          if (content != NULL)
            weight += strlen ((const char *) content);
          xmlFree (content);
        }
    }
  return weight;
}

static void
find_densest (xmlNode  *node,
              xmlNode **best,
              gsize    *best_weight,
              guint     depth)
{
  if (depth > MAX_HTML_DEPTH)
    return;
  for (xmlNode *child = node; child != NULL; child = child->next)
    {
      gsize weight;

      if (child->type != XML_ELEMENT_NODE || name_in (child->name, skipped_elements))
        continue;
      weight = paragraph_weight (child);
      if (weight > *best_weight)
        {
          *best = child;
          *best_weight = weight;
        }
      find_densest (child->children, best, best_weight, depth + 1);
    }
}

gboolean
marsad_html_sniff (const char *data,
                   gsize       len)
{
  g_autofree char *head = NULL;

  if (data == NULL)
    return FALSE;
  head = g_ascii_strdown (data, MIN (len, 1024));
  return strstr (head, "<!doctype html") != NULL || strstr (head, "<html") != NULL ||
         strstr (head, "<head") != NULL || strstr (head, "<body") != NULL ||
         strstr (head, "<p>") != NULL || strstr (head, "<p ") != NULL;
}

char *
marsad_html_extract_article (const char  *name,
                             const char  *data,
                             gsize        len,
                             char       **title_out,
                             GError     **error)
{
  htmlDocPtr doc;
  xmlNode *root;
  xmlNode *title_node;
  xmlNode *body;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (data != NULL || len == 0, NULL);

  /* the walkers step through text nodes as UTF-8: libxml2 copies bytes
   * it cannot decode through, so bad bytes would be read past */
  if (!g_utf8_validate_len (data, len, NULL))
    {
      g_set_error (error, MARSAD_HTML_ERROR, MARSAD_HTML_ERROR_PARSE,
                   _("%s: the page is not valid UTF-8"), name);
      return NULL;
    }
  if (len > G_MAXINT)
    {
      g_set_error (error, MARSAD_HTML_ERROR, MARSAD_HTML_ERROR_PARSE,
                   _("%s: the page is too large to parse"), name);
      return NULL;
    }

  /* HUGE: without it libxml2 cuts a text node at 10 MB and stops at 256
   * nested elements, silently; the text is bounded by the loader anyway */
  doc = htmlReadMemory (data, (int) len, NULL, "UTF-8",
                        HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                        HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER | XML_PARSE_HUGE);
  root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  if (root == NULL)
    {
      if (doc != NULL)
        xmlFreeDoc (doc);
      g_set_error (error, MARSAD_HTML_ERROR, MARSAD_HTML_ERROR_PARSE,
                   _("%s: not a readable HTML page"), name);
      return NULL;
    }

  title_node = find_element (root, "title");
  if (title_node == NULL)
    title_node = find_element (root, "h1");
  if (title_node != NULL)
    {
      g_autofree char *t = node_text (title_node);

      if (t[0] != '\0')
        title = g_strdelimit (g_steal_pointer (&t), "\n", ' ');
    }

  body = find_element (root, "article");
  if (body != NULL)
    text = node_text (body);
  if (text == NULL || g_utf8_strlen (text, -1) < 40)
    {
      xmlNode *best = NULL;
      gsize best_weight = 0;

      find_densest (root, &best, &best_weight, 0);
      if (best != NULL && best_weight >= 40)
        {
          g_free (text);
          text = node_text (best);
        }
    }
  if (text == NULL || text[0] == '\0')
    {
      xmlNode *b = find_element (root, "body");

      g_free (text);
      text = node_text (b != NULL ? b : root);
    }
  xmlFreeDoc (doc);

  if (text == NULL || text[0] == '\0')
    {
      g_set_error (error, MARSAD_HTML_ERROR, MARSAD_HTML_ERROR_NO_TEXT,
                   _("%s: the page has no article text"), name);
      return NULL;
    }

  if (title_out != NULL)
    *title_out = g_steal_pointer (&title);
  return g_steal_pointer (&text);
}
