/* marsad-gazetteer.h: the compiled gazetteer (data/gazetteer.bin)
 *
 * tools/build-gazetteer.py compiles ../shared/geodata/gazetteer and the
 * project's curated table into one file that is memory-mapped here: no
 * parsing at start-up. Names are indexed by their folded form (the rules in
 * marsad-normalize.h), one entry per name and record.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MARSAD_GAZETTEER_ERROR (marsad_gazetteer_error_quark ())

typedef enum
{
  MARSAD_GAZETTEER_ERROR_NOT_FOUND,
  MARSAD_GAZETTEER_ERROR_CORRUPT,
} MarsadGazetteerError;

typedef enum
{
  MARSAD_PLACE_KIND_COUNTRY,
  MARSAD_PLACE_KIND_REGION,         /* first-level division: governorate, province */
  MARSAD_PLACE_KIND_DISTRICT,       /* second level: qada, county */
  MARSAD_PLACE_KIND_CITY,
  MARSAD_PLACE_KIND_TOWN,
  MARSAD_PLACE_KIND_VILLAGE,
  MARSAD_PLACE_KIND_NEIGHBOURHOOD,
  MARSAD_PLACE_KIND_MILITARY_BASE,
  MARSAD_PLACE_KIND_AIRPORT,
  MARSAD_PLACE_KIND_CAMP,
  MARSAD_PLACE_KIND_FACILITY,
  MARSAD_PLACE_KIND_WATER,          /* seas, gulfs, straits, rivers, lakes */
  MARSAD_PLACE_KIND_GEOREGION,      /* الشرق الأوسط, the Levant, Sinai, ... */
  MARSAD_PLACE_KIND_N_KINDS
} MarsadPlaceKind;

/* The contract's word for a kind ("military_base"). */
const char *marsad_place_kind_to_string (MarsadPlaceKind kind);

typedef enum
{
  MARSAD_RECORD_CAPITAL       = 1 << 0,  /* national capital */
  MARSAD_RECORD_ADMIN_SEAT    = 1 << 1,  /* seat of a governorate or district */
  MARSAD_RECORD_CURATED       = 1 << 2,  /* from the project's curated table */
} MarsadRecordFlags;

typedef enum
{
  MARSAD_NAME_PRIMARY      = 1 << 0,  /* the record's preferred Arabic name */
  MARSAD_NAME_ALTERNATE    = 1 << 1,  /* a variant spelling or colloquial name */
  MARSAD_NAME_ENGLISH      = 1 << 2,  /* an English/romanised name */
  MARSAD_NAME_COMMON_WORD  = 1 << 3,  /* also an ordinary word or given name:
                                         a place only when context says so */
  MARSAD_NAME_STRIPPED     = 1 << 4,  /* made by removing a feature word
                                         ("ناحية جرف الصخر" → "جرف الصخر") */
  MARSAD_NAME_DICTIONARY_WORD = 1 << 5, /* an ordinary word too, but the name of a
                                         big place ("العمارة"): a place where
                                         its country is in the news */
} MarsadNameFlags;

typedef struct
{
  guint32          index;        /* record number, stable within one file */
  const char      *name_ar;      /* canonical Arabic name (never NULL; may be English when none) */
  const char      *name_en;      /* English name (never NULL) */
  double           lat;
  double           lon;
  MarsadPlaceKind  kind;
  char             country[3];   /* ISO 3166-1 alpha-2, "" when none */
  guint32          population;   /* 0 when unknown */
  guint32          flags;        /* MarsadRecordFlags */
  const char      *source_id;    /* "wof:1276225131", "gn:98182", "curated:ain-al-asad" */
  const char      *admin1_en;    /* may be "" */
  const char      *admin1_ar;    /* may be "" */
  guint16          importance;   /* 0..1000, from kind, population and capital status */
  double           half_width_km;  /* how far an area (country, region) reaches */
  double           half_height_km; /* from its centre; 0 for a point */
} MarsadGazetteerRecord;

typedef struct
{
  guint32 record;   /* record index */
  guint32 flags;    /* MarsadNameFlags of this name for this record */
} MarsadNameHit;

typedef enum
{
  MARSAD_KEY_IS_NAME   = 1 << 0,  /* the key is a whole name */
  MARSAD_KEY_IS_PREFIX = 1 << 1,  /* the key followed by " " starts a longer name */
} MarsadKeyFlags;

typedef struct _MarsadGazetteer MarsadGazetteer;

GQuark           marsad_gazetteer_error_quark  (void);
MarsadGazetteer *marsad_gazetteer_load         (const char  *path,
                                                GError     **error);
/* data/gazetteer.bin found with marsad_data_find_file() */
MarsadGazetteer *marsad_gazetteer_load_default (GError **error);
MarsadGazetteer *marsad_gazetteer_ref          (MarsadGazetteer *self);
void             marsad_gazetteer_unref        (MarsadGazetteer *self);

guint            marsad_gazetteer_get_n_records (const MarsadGazetteer *self);
gboolean         marsad_gazetteer_get_record   (const MarsadGazetteer *self,
                                                guint32                index,
                                                MarsadGazetteerRecord *record);
/* key: folded name, words separated by single spaces, as UTF-8 of key_len
 * bytes. Returns MarsadKeyFlags (0 = unknown key); when the key is a name,
 * *hits points into the mapped file and *n_hits counts them. */
guint            marsad_gazetteer_lookup       (const MarsadGazetteer *self,
                                                const char            *key,
                                                gsize                  key_len,
                                                const MarsadNameHit  **hits,
                                                guint                 *n_hits);
/* The index's keys, in byte order (for tools and benchmarks): key i's folded
 * bytes (not NUL-terminated) and its MarsadKeyFlags. */
guint            marsad_gazetteer_get_n_keys   (const MarsadGazetteer *self);
const char      *marsad_gazetteer_get_key      (const MarsadGazetteer *self,
                                                guint                  i,
                                                gsize                 *len,
                                                guint                 *flags);
/* The country record for an ISO code, or FALSE. */
gboolean         marsad_gazetteer_get_country  (const MarsadGazetteer *self,
                                                const char            *iso2,
                                                MarsadGazetteerRecord *record);
/* Search for the GUI's "move to another place": records whose Arabic or
 * English name starts with (folded) query, best first. Returns record indexes. */
GArray          *marsad_gazetteer_search       (const MarsadGazetteer *self,
                                                const char            *query,
                                                guint                  max_results);

/* Distance in km between two points, flat-earth: exact enough within the
 * few hundred km the geoparser compares. */
double           marsad_gazetteer_distance_km  (double lat1,
                                                double lon1,
                                                double lat2,
                                                double lon2);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadGazetteer, marsad_gazetteer_unref)

G_END_DECLS
