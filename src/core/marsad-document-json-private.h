/* marsad-document-json-private.h: typed access to a saved analysis's
 * members, each wrong type or range answered by one error naming the member
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "marsad-document.h"

G_BEGIN_DECLS

/* The first failure is kept in *error; later ones are ignored, so readers
 * may read on and test `failed` once. */
typedef struct
{
  const char *name;
  GError    **error;
  gboolean    failed;
  gsize       n_chars;
  guint       n_sentences;
} MarsadJsonReader;

void        marsad_json_reader_fail        (MarsadJsonReader *r,
                                            const char       *what);
/* "WHERE.MEMBER: PROBLEM" (or "MEMBER: PROBLEM" when where is NULL) */
void        marsad_json_reader_fail_member (MarsadJsonReader *r,
                                            const char       *where,
                                            const char       *member,
                                            const char       *problem);

/* The member when present and not null, else NULL. */
JsonNode   *marsad_json_member_node        (JsonObject       *o,
                                            const char       *member);
gboolean    marsad_json_node_is            (JsonNode         *node,
                                            GType             type);

/* Each of these returns NULL, FALSE or the fallback for an absent or null
 * member, and fails the reader, naming `where`.`member`, for a wrong type
 * or range. */
char       *marsad_json_dup_member_string  (MarsadJsonReader *r,
                                            const char       *where,
                                            JsonObject       *o,
                                            const char       *member);
/* An integer in [min, max]. */
gint64      marsad_json_member_int         (MarsadJsonReader *r,
                                            const char       *where,
                                            JsonObject       *o,
                                            const char       *member,
                                            gint64            fallback,
                                            gint64            min,
                                            gint64            max);
gboolean    marsad_json_member_bool        (MarsadJsonReader *r,
                                            const char       *where,
                                            JsonObject       *o,
                                            const char       *member);
/* A number in [-limit, limit]; absent also fails. */
double      marsad_json_member_coordinate  (MarsadJsonReader *r,
                                            const char       *where,
                                            JsonObject       *o,
                                            const char       *member,
                                            double            limit);
JsonArray  *marsad_json_member_array       (MarsadJsonReader *r,
                                            const char       *where,
                                            JsonObject       *o,
                                            const char       *member);
JsonObject *marsad_json_member_object      (MarsadJsonReader *r,
                                            const char       *where,
                                            JsonObject       *o,
                                            const char       *member);
/* Element i when it is an object. */
JsonObject *marsad_json_element_object     (MarsadJsonReader *r,
                                            JsonArray        *a,
                                            guint             i,
                                            const char       *where);
/* A [start, end] member inside the text; absent gives 0, 0. */
gboolean    marsad_json_read_offset_span   (MarsadJsonReader *r,
                                            const char       *where,
                                            JsonObject       *o,
                                            const char       *member,
                                            MarsadSpan       *span);
/* An array of strings; absent gives an empty one. */
GPtrArray  *marsad_json_read_string_array  (MarsadJsonReader *r,
                                            const char       *where,
                                            JsonObject       *o,
                                            const char       *member);

G_END_DECLS
