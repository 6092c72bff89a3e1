/* marsad-json-writer.h: JSON written straight into a string, or a sink
 *
 * `marsad extract` on a corpus prints hundreds of thousands of values;
 * json-glib's node tree and generator cost more than the extraction itself.
 * This writer appends each value as it comes, escaping per RFC 8259.
 * Given a sink, it hands the text on in blocks instead of keeping it: the
 * JSON of a large text is several times the text's size.
 * Reading stays with json-glib.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _MarsadJsonWriter MarsadJsonWriter;

MarsadJsonWriter *marsad_json_writer_new          (gboolean pretty);
/* Frees the writer and returns the text written. */
char             *marsad_json_writer_free_to_string (MarsadJsonWriter *self);

/* Takes len bytes of the JSON text; FALSE (error set) stops the writing */
typedef gboolean (*MarsadJsonSink) (const char  *data,
                                    gsize        len,
                                    gpointer     user_data,
                                    GError     **error);

/* A writer that hands its text to sink in blocks of some 64 KB */
MarsadJsonWriter *marsad_json_writer_new_to_sink  (gboolean        pretty,
                                                   MarsadJsonSink  sink,
                                                   gpointer        user_data);
/* Hands the rest to the sink and frees the writer; FALSE with the sink's
 * first error when any block failed (the later ones were not written). */
gboolean          marsad_json_writer_finish       (MarsadJsonWriter *self,
                                                   GError          **error);

void marsad_json_writer_begin_object (MarsadJsonWriter *self);
void marsad_json_writer_end_object   (MarsadJsonWriter *self);
void marsad_json_writer_begin_array  (MarsadJsonWriter *self);
void marsad_json_writer_end_array    (MarsadJsonWriter *self);
/* The name of the next member of the current object. */
void marsad_json_writer_key          (MarsadJsonWriter *self,
                                      const char       *key);
void marsad_json_writer_string       (MarsadJsonWriter *self,
                                      const char       *value);   /* NULL writes null */
/* A string given as code points (a span of the text), not NUL-terminated. */
void marsad_json_writer_ucs4         (MarsadJsonWriter *self,
                                      const gunichar   *chars,
                                      gsize             n_chars);
void marsad_json_writer_int          (MarsadJsonWriter *self,
                                      gint64            value);
void marsad_json_writer_double       (MarsadJsonWriter *self,
                                      double            value);
/* At most `decimals` decimals, trailing zeros dropped (coordinates). */
void marsad_json_writer_double_fixed (MarsadJsonWriter *self,
                                      double            value,
                                      guint             decimals);
void marsad_json_writer_boolean      (MarsadJsonWriter *self,
                                      gboolean          value);
void marsad_json_writer_null         (MarsadJsonWriter *self);

G_END_DECLS
