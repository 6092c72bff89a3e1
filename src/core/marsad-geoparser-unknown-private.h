/* marsad-geoparser-unknown-private.h: which words can name a place the
 * gazetteer lacks, shared by the unknown-place pass and its word tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-geoparser-private.h"

G_BEGIN_DECLS

typedef struct
{
  guint       first_word;
  guint       last_word;
  guint       prefix;    /* code points of a proclitic to leave out ("والمحسنلي") */
  const char *kind;
  guint       head_start; /* a facility's mention starts at its head word ("مطار") */
  guint       tail_end;   /* and runs through "الدولي", "الجوية" */
  guint       head_if_new; /* "مستشفى مدينا": the head starts the mention
                            * unless the name is a place the text knows */
} Mention;

gboolean marsad_unknown_word_has_article (const MarsadNormalized *norm,
                                          guint                   w);
/* can word w be (part of) a name; in a list after و (after_wa), an
 * adjective-like word is a name */
gboolean marsad_unknown_can_name_item    (const MarsadGeoparser  *self,
                                          const MarsadWordSet    *not_name,
                                          const MarsadNormalized *norm,
                                          guint                   w,
                                          const guint8           *known,
                                          gboolean                after_wa);
gboolean marsad_unknown_can_name         (const MarsadGeoparser  *self,
                                          const MarsadWordSet    *not_name,
                                          const MarsadNormalized *norm,
                                          guint                   w,
                                          const guint8           *known);
/* "منطقة برواري": the word after the feminine head at head ends in a
 * masculine nisba's ي, which no adjective of that head does */
gboolean marsad_unknown_masculine_after_feminine (const MarsadNormalized *norm,
                                                  guint                   head);
/* the name after the settlement word at w, into m */
gboolean marsad_unknown_name_after       (const MarsadGeoparser  *self,
                                          const MarsadWordSet    *not_name,
                                          const MarsadWordSet    *heads,
                                          const MarsadNormalized *norm,
                                          guint                   w,
                                          const guint8           *known,
                                          Mention                *m);

/* marsad-geoparser-facility.c: "المستشفى السعودي" at word w (the head),
 * its name into m */
gboolean marsad_unknown_definite_facility (const MarsadGeoparser  *self,
                                           const MarsadNormalized *norm,
                                           guint                   w,
                                           const guint8           *known,
                                           Mention                *m);

/* marsad-geoparser-unknown-quoted.c */
void     marsad_geoparser_init_quoted_words (MarsadGeoparser *self);
/* "بلدة «الدبيبات»": a short name in quotation marks right after word w */
gboolean marsad_unknown_quoted_after     (const MarsadNormalized *norm,
                                          guint                   w,
                                          const guint8           *known,
                                          Mention                *m);
/* where the closing mark after a quoted name ending at word last ends, in
 * the original text */
guint    marsad_unknown_closing_mark_end (const MarsadNormalized *norm,
                                          guint                   last);
/* "القرى والبلدات، بينها «قبتان الجبل» و«الشيخ عقيل»": at the word "بينها"
 * w, the quoted names that follow (known places stepped over), at most
 * max_items into items; how many */
guint    marsad_unknown_quoted_list      (const MarsadGeoparser  *self,
                                          const MarsadNormalized *norm,
                                          guint                   w,
                                          const guint8           *known,
                                          Mention                *items,
                                          guint                   max_items);

G_END_DECLS
