/* marsad-statement-private.h: what the speaker and the statement passes share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-event-private.h"

G_BEGIN_DECLS

typedef struct
{
  char      *name;
  MarsadSpan span;
  gint       head;        /* the phrase's first word, or -1 */
} MarsadSpeaker;

extern const char * const marsad_statement_participles[];
extern const char * const marsad_statement_complementizers[];

gboolean           marsad_statement_is_stop           (const MarsadEventRun *run,
                                                       guint                 w);
gboolean           marsad_statement_plain_gap         (const MarsadEventRun *run,
                                                       guint                 w);
const MarsadQuote *marsad_statement_name_quote_at     (const MarsadEventRun *run,
                                                       guint                 w);
/* the speaker named by words [w, w + n); holders maps offices to who holds them */
void               marsad_statement_resolve_speaker   (MarsadEventRun       *run,
                                                       GHashTable           *holders,
                                                       guint                 w,
                                                       guint                 n,
                                                       MarsadSpeaker        *out);
/* a subject standing before the speech verb at w ("وكان الجيش قد أعلن") */
guint              marsad_statement_subject_before    (const MarsadEventRun *run,
                                                       guint                 first,
                                                       guint                 w,
                                                       guint                *from);
guint              marsad_statement_sentence_subject  (const MarsadEventRun *run,
                                                       guint                 at,
                                                       guint                 w);

G_END_DECLS
