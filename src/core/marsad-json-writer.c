/* marsad-json-writer.c: JSON written straight into a string, or a sink
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "marsad-json-writer.h"

struct _MarsadJsonWriter
{
  GString  *out;
  gboolean  pretty;
  guint     depth;
  /* per nesting level: has the container a member yet? (bit i = depth i) */
  guint64   not_first;
  gboolean  after_key;
  MarsadJsonSink sink;      /* NULL: everything stays in out */
  gpointer  sink_data;
  GError   *sink_error;     /* the first failure; nothing is written after it */
};

/* a block is handed on once out holds this much */
#define SINK_BLOCK (64 * 1024)

MarsadJsonWriter *
marsad_json_writer_new (gboolean pretty)
{
  MarsadJsonWriter *self = g_new0 (MarsadJsonWriter, 1);

  self->out = g_string_sized_new (64 * 1024);
  self->pretty = pretty;
  return self;
}

MarsadJsonWriter *
marsad_json_writer_new_to_sink (gboolean        pretty,
                                MarsadJsonSink  sink,
                                gpointer        user_data)
{
  MarsadJsonWriter *self = marsad_json_writer_new (pretty);

  g_return_val_if_fail (sink != NULL, self);
  self->sink = sink;
  self->sink_data = user_data;
  return self;
}

static void
flush (MarsadJsonWriter *self)
{
  if (self->sink_error == NULL && self->out->len > 0)
    self->sink (self->out->str, self->out->len, self->sink_data, &self->sink_error);
  g_string_truncate (self->out, 0);
}

gboolean
marsad_json_writer_finish (MarsadJsonWriter *self,
                           GError          **error)
{
  gboolean ok;

  g_return_val_if_fail (self->sink != NULL, FALSE);
  flush (self);
  ok = self->sink_error == NULL;
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&self->sink_error));
  g_string_free (self->out, TRUE);
  g_free (self);
  return ok;
}

char *
marsad_json_writer_free_to_string (MarsadJsonWriter *self)
{
  char *text = g_string_free (g_steal_pointer (&self->out), FALSE);

  /* a sink's writer is finished, not turned into a string */
  g_warn_if_fail (self->sink == NULL);
  g_clear_error (&self->sink_error);
  g_free (self);
  return text;
}

static void
newline (MarsadJsonWriter *self)
{
  if (!self->pretty)
    return;
  g_string_append_c (self->out, '\n');
  for (guint i = 0; i < self->depth; i++)
    g_string_append (self->out, "  ");
}

/* Before any value or key: the comma and the line break it needs. */
static void
separate (MarsadJsonWriter *self)
{
  guint64 bit = G_GUINT64_CONSTANT (1) << MIN (self->depth, 63);

  if (self->sink != NULL && self->out->len >= SINK_BLOCK)
    flush (self);

  if (self->after_key)
    {
      self->after_key = FALSE;
      return;
    }
  if (self->depth == 0)
    return;
  if (self->not_first & bit)
    g_string_append_c (self->out, ',');
  self->not_first |= bit;
  newline (self);
}

static void
container_open (MarsadJsonWriter *self,
      char              bracket)
{
  separate (self);
  g_string_append_c (self->out, bracket);
  self->depth++;
  self->not_first &= ~(G_GUINT64_CONSTANT (1) << MIN (self->depth, 63));
}

static void
container_close (MarsadJsonWriter *self,
       char              bracket)
{
  gboolean had_members = (self->not_first & (G_GUINT64_CONSTANT (1) << MIN (self->depth, 63))) != 0;

  g_return_if_fail (self->depth > 0);
  self->depth--;
  if (had_members)
    newline (self);
  g_string_append_c (self->out, bracket);
}

void marsad_json_writer_begin_object (MarsadJsonWriter *self) { container_open (self, '{'); }
void marsad_json_writer_end_object (MarsadJsonWriter *self) { container_close (self, '}'); }
void marsad_json_writer_begin_array (MarsadJsonWriter *self) { container_open (self, '['); }
void marsad_json_writer_end_array (MarsadJsonWriter *self) { container_close (self, ']'); }

static void
append_escaped_char (GString  *out,
                     gunichar  c)
{
  switch (c)
    {
    case '"': g_string_append (out, "\\\""); return;
    case '\\': g_string_append (out, "\\\\"); return;
    case '\n': g_string_append (out, "\\n"); return;
    case '\r': g_string_append (out, "\\r"); return;
    case '\t': g_string_append (out, "\\t"); return;
    case '\b': g_string_append (out, "\\b"); return;
    case '\f': g_string_append (out, "\\f"); return;
    default:
      break;
    }
  if (c < 0x20)
    g_string_append_printf (out, "\\u%04x", c);
  else if (c < 0x80)
    g_string_append_c (out, (char) c);
  else
    g_string_append_unichar (out, c);
}

static void
append_string (GString    *out,
               const char *value)
{
  const char *run = value;

  g_string_append_c (out, '"');
  /* copy runs of bytes that need no escape in one go; UTF-8 passes as is */
  for (const char *p = value; ; p++)
    {
      guchar c = (guchar) *p;

      if (c == '\0' || c == '"' || c == '\\' || c < 0x20)
        {
          g_string_append_len (out, run, p - run);
          if (c == '\0')
            break;
          append_escaped_char (out, c);
          run = p + 1;
        }
    }
  g_string_append_c (out, '"');
}

void
marsad_json_writer_key (MarsadJsonWriter *self,
                        const char       *key)
{
  separate (self);
  append_string (self->out, key);
  g_string_append (self->out, self->pretty ? " : " : ":");
  self->after_key = TRUE;
}

void
marsad_json_writer_string (MarsadJsonWriter *self,
                           const char       *value)
{
  if (value == NULL)
    {
      marsad_json_writer_null (self);
      return;
    }
  separate (self);
  append_string (self->out, value);
}

void
marsad_json_writer_ucs4 (MarsadJsonWriter *self,
                         const gunichar   *chars,
                         gsize             n_chars)
{
  separate (self);
  g_string_append_c (self->out, '"');
  for (gsize i = 0; i < n_chars; i++)
    append_escaped_char (self->out, chars[i]);
  g_string_append_c (self->out, '"');
}

void
marsad_json_writer_int (MarsadJsonWriter *self,
                        gint64            value)
{
  separate (self);
  g_string_append_printf (self->out, "%" G_GINT64_FORMAT, value);
}

void
marsad_json_writer_double (MarsadJsonWriter *self,
                           double            value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      marsad_json_writer_null (self);
      return;
    }
  separate (self);
  /* locale-independent; seven decimals of a degree is about a centimetre */
  g_string_append (self->out, g_ascii_formatd (buf, sizeof buf, "%.7g", value));
}

void
marsad_json_writer_double_fixed (MarsadJsonWriter *self,
                                 double            value,
                                 guint             decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];
  gsize len;

  if (!isfinite (value) || decimals > 12)
    {
      marsad_json_writer_null (self);
      return;
    }
  separate (self);
  g_snprintf (format, sizeof format, "%%.%uf", decimals);
  g_ascii_formatd (buf, sizeof buf, format, value);
  /* 44.100000 is written 44.1; 44.000000 is 44 */
  len = strlen (buf);
  if (strchr (buf, '.') != NULL)
    {
      while (len > 0 && buf[len - 1] == '0')
        buf[--len] = '\0';
      if (len > 0 && buf[len - 1] == '.')
        buf[--len] = '\0';
    }
  if (strcmp (buf, "-0") == 0)
    strcpy (buf, "0");
  g_string_append (self->out, buf);
}

void
marsad_json_writer_boolean (MarsadJsonWriter *self,
                            gboolean          value)
{
  separate (self);
  g_string_append (self->out, value ? "true" : "false");
}

void
marsad_json_writer_null (MarsadJsonWriter *self)
{
  separate (self);
  g_string_append (self->out, "null");
}
