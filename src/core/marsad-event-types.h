/* marsad-event-types.h: ACLED's event types and how Marsad shows them
 *
 * One table for the exports (KML styles, the CSV's disorder_type), the map
 * markers and the legend, so every output names and colours a type alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MARSAD_N_EVENT_TYPES 6

/* ACLED's six event types, verbatim, in ACLED's order, NULL-terminated. */
const char *const *marsad_event_types                 (void);
/* Position in marsad_event_types(), or -1 for NULL or an unknown type. */
int                marsad_event_type_get_index        (const char *acled_event_type);
/* The type's name for Arabic readers ("معارك"), or NULL when unknown. */
const char        *marsad_event_type_get_name_ar      (const char *acled_event_type);
/* 0xRRGGBB; the dark variant is lifted for contrast on a dark basemap.
 * An unknown type gets a neutral grey. */
guint32            marsad_event_type_get_rgb          (const char *acled_event_type,
                                                       gboolean    dark);
/* ACLED's disorder_type for a type and sub-type, or NULL when unknown. */
const char        *marsad_event_type_get_disorder_type (const char *acled_event_type,
                                                        const char *acled_sub_event_type);

G_END_DECLS
