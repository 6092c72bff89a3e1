/* marsad-export.h: events for GIS and spreadsheets
 *
 * Three interchange formats for an analysed article's events, one record
 * per event (background events included, flagged as such):
 *
 *  - GeoJSON (RFC 7946): a FeatureCollection of Point features, [lon, lat]
 *    in WGS 84, with the event's attributes as properties; an event with no
 *    place has a null geometry, as the RFC allows. The borders events stand
 *    on follow them as MultiLineString features ("feature_type": "border").
 *  - CSV with ACLED's columns in ACLED's order (RFC 4180 quoting, CRLF).
 *    Columns the article cannot tell (actor codes, interaction, source
 *    scale, timestamp, …) are left empty rather than guessed.
 *  - KML 2.2: a Placemark per event with its time span and attributes; the
 *    borders, as LineStrings, in a folder of their own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "marsad-document.h"

G_BEGIN_DECLS

typedef enum
{
  MARSAD_EVENT_FORMAT_GEOJSON,
  MARSAD_EVENT_FORMAT_CSV,
  MARSAD_EVENT_FORMAT_KML,
} MarsadEventFormat;

typedef enum
{
  MARSAD_EXPORT_NONE    = 0,
  /* CSV opens with a UTF-8 byte-order mark: Excel reads Arabic right
   * only then; other formats ignore it */
  MARSAD_EXPORT_CSV_BOM = 1 << 0,
} MarsadExportFlags;

/* "geojson", "csv", "kml" (case-insensitive). */
gboolean    marsad_event_format_from_string     (const char        *str,
                                                 MarsadEventFormat *format);
const char *marsad_event_format_to_string       (MarsadEventFormat  format);
/* "geojson", "csv", "kml": the file name extension, without the dot. */
const char *marsad_event_format_get_extension   (MarsadEventFormat  format);
/* "application/geo+json", "text/csv", "application/vnd.google-earth.kml+xml" */
const char *marsad_event_format_get_mime_type   (MarsadEventFormat  format);

/* ACLED's column names, in ACLED's order, NULL-terminated. */
const char *const *marsad_export_acled_columns  (void);

/* The whole export as UTF-8 text; *length (may be NULL) receives its size. */
char       *marsad_export_events_to_string      (const MarsadDocument *doc,
                                                 MarsadEventFormat     format,
                                                 gsize                *length,
                                                 GError              **error);
char       *marsad_export_events_to_string_full (const MarsadDocument *doc,
                                                 MarsadEventFormat     format,
                                                 MarsadExportFlags     flags,
                                                 gsize                *length,
                                                 GError              **error);
gboolean    marsad_export_events                (const MarsadDocument *doc,
                                                 MarsadEventFormat     format,
                                                 GOutputStream        *out,
                                                 GCancellable         *cancellable,
                                                 GError              **error);
/* Writes atomically: `path` is either the complete export or untouched. */
gboolean    marsad_export_events_to_file        (const MarsadDocument *doc,
                                                 MarsadEventFormat     format,
                                                 const char           *path,
                                                 GError              **error);
gboolean    marsad_export_events_to_file_full   (const MarsadDocument *doc,
                                                 MarsadEventFormat     format,
                                                 MarsadExportFlags     flags,
                                                 const char           *path,
                                                 GError              **error);

G_END_DECLS
