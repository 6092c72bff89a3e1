/* marsad-event-builder-private.h: the state of one pass that builds events
 * sentence by sentence (marsad-event-build.c), and where each new event goes
 * (marsad-event-place.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "marsad-event-private.h"

G_BEGIN_DECLS

typedef struct
{
  MarsadEventRun   *run;
  GPtrArray        *drafts;
  MarsadEventDraft *last;       /* the event told most recently */
  guint             last_s;
  GPtrArray        *actors;     /* the actors of sentence actors_s, or NULL */
  guint             actors_s;
  /* place id → GPtrArray of the drafts there, in the order of drafts: a
   * new event is weighed against those only (a draft's place never
   * changes while events are built); walking all drafts for each was
   * quadratic on a long text */
  GHashTable       *by_place;
} MarsadEventBuilder;

/* c either joins an event already told or becomes a new one; the builder
 * owns it after the call. anaphoric: its trigger refers back ("الضربة");
 * demonstrative: its sentence names a site by "هذه القاعدة". */
void marsad_event_builder_place (MarsadEventBuilder *b,
                                 MarsadEventDraft   *c,
                                 gboolean            anaphoric,
                                 gboolean            demonstrative);

G_END_DECLS
