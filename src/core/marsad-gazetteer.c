/* marsad-gazetteer.c: the compiled gazetteer, memory-mapped
 *
 * The file is written by tools/build-gazetteer.py; tools/gazetteer_writer.py
 * documents the layout byte by byte. In short: a 96-byte header of section
 * offsets and counts, then fixed-size records (best first), keys sorted by
 * their bytes (for prefix search), an open-addressing hash table of FNV-1a
 * key hashes (for exact lookup), the name hits of every key, a pool of
 * NUL-terminated strings and a 26×26 table from ISO code to country record.
 *
 * Nothing is parsed or copied at load: the header is checked against the
 * file size, and every offset read later is checked before it is used, so
 * a corrupt file gives an error or an empty answer, never a crash.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include <math.h>
#include <string.h>

#include "marsad-gazetteer.h"
#include "marsad-data.h"
#include "marsad-normalize.h"

#define GAZETTEER_MAGIC       "MARSADGZ"
#define GAZETTEER_VERSION     2
#define GAZETTEER_HEADER_SIZE 96
#define N_COUNTRY_SLOTS       (26 * 26)

/* On-disk structures, little-endian. Sections are 8-byte aligned in the
 * file and the mapping is page-aligned, so these can be read in place. */
typedef struct
{
  char    magic[8];
  guint32 version;
  guint32 header_size;
  guint32 file_size;
  guint32 n_records;
  guint32 record_size;
  guint32 records_off;
  guint32 n_keys;
  guint32 key_size;
  guint32 keys_off;
  guint32 n_buckets;
  guint32 buckets_off;
  guint32 n_hits;
  guint32 hits_off;
  guint32 strings_size;
  guint32 strings_off;
  guint32 countries_off;
  guint32 bloom_bits;     /* a power of two */
  guint32 bloom_off;
} RawHeader;

typedef struct
{
  gint32  lat_e6;
  gint32  lon_e6;
  guint32 name_ar;
  guint32 name_en;
  guint32 source_id;
  guint32 admin1_en;
  guint32 admin1_ar;
  guint32 population;
  guint16 importance;
  guint8  kind;
  guint8  flags;
  char    country[2];
  guint16 extent_km;
} RawRecord;

typedef struct
{
  guint32 str;
  guint16 len;
  guint16 flags;
  guint32 hits_start;
  guint32 n_hits;
} RawKey;

G_STATIC_ASSERT (sizeof (RawHeader) <= GAZETTEER_HEADER_SIZE);
G_STATIC_ASSERT (sizeof (RawRecord) == 40);
G_STATIC_ASSERT (sizeof (RawKey) == 16);
G_STATIC_ASSERT (sizeof (MarsadNameHit) == 8);

struct _MarsadGazetteer
{
  gatomicrefcount      ref_count;
  GMappedFile         *file;
  char                *path;
  const RawRecord     *records;
  guint32              n_records;
  const RawKey        *keys;
  guint32              n_keys;
  const guint32       *buckets;
  guint32              n_buckets;
  const MarsadNameHit *hits;
  guint32              n_hits;
  const char          *strings;
  guint32              strings_size;
  const guint32       *countries;
  const guint8        *bloom;
  guint32              bloom_mask;
};

G_DEFINE_QUARK (marsad-gazetteer-error-quark, marsad_gazetteer_error)

static const char *const kind_names[MARSAD_PLACE_KIND_N_KINDS] = {
  "country", "region", "district", "city", "town", "village", "neighbourhood",
  "military_base", "airport", "camp", "facility", "water", "georegion",
};

const char *
marsad_place_kind_to_string (MarsadPlaceKind kind)
{
  if ((guint) kind >= MARSAD_PLACE_KIND_N_KINDS)
    return "unknown";
  return kind_names[kind];
}

/* FNV-1a, 32 bit: the hash tools/gazetteer_writer.py uses for the buckets. */
static guint32
fnv1a (const char *data,
       gsize       len)
{
  guint32 h = 0x811C9DC5u;

  for (gsize i = 0; i < len; i++)
    {
      h ^= (guint8) data[i];
      h *= 0x01000193u;
    }
  return h;
}

/* A section of count elements of elsize bytes at off lies inside the file
 * (computed in 64 bits: a hostile header cannot overflow it). */
static gboolean
section_ok (gsize   file_size,
            guint32 off,
            guint32 count,
            guint32 elsize)
{
  guint64 end = (guint64) off + (guint64) count * elsize;

  return off >= GAZETTEER_HEADER_SIZE && off % 4 == 0 && end <= file_size;
}

static gboolean
corrupt (GError    **error,
         const char *path,
         const char *what)
{
  g_set_error (error, MARSAD_GAZETTEER_ERROR, MARSAD_GAZETTEER_ERROR_CORRUPT,
               _("%s: not a valid gazetteer file (%s)"), path, what);
  return FALSE;
}

static gboolean
map_sections (MarsadGazetteer *self,
              GError         **error)
{
  const char *data = g_mapped_file_get_contents (self->file);
  gsize size = g_mapped_file_get_length (self->file);
  RawHeader h;

  if (G_BYTE_ORDER != G_LITTLE_ENDIAN)
    return corrupt (error, self->path, "little-endian file on a big-endian host");
  if (data == NULL || size < GAZETTEER_HEADER_SIZE)
    return corrupt (error, self->path, "truncated header");
  memcpy (&h, data, sizeof h);
  if (memcmp (h.magic, GAZETTEER_MAGIC, 8) != 0)
    return corrupt (error, self->path, "bad magic");
  if (h.version != GAZETTEER_VERSION)
    return corrupt (error, self->path, "unsupported version");
  if (h.header_size != GAZETTEER_HEADER_SIZE || h.file_size != size)
    return corrupt (error, self->path, "size mismatch, truncated?");
  if (h.record_size != sizeof (RawRecord) || h.key_size != sizeof (RawKey))
    return corrupt (error, self->path, "unexpected record size");
  if (!section_ok (size, h.records_off, h.n_records, sizeof (RawRecord)) ||
      !section_ok (size, h.keys_off, h.n_keys, sizeof (RawKey)) ||
      !section_ok (size, h.buckets_off, h.n_buckets, sizeof (guint32)) ||
      !section_ok (size, h.hits_off, h.n_hits, sizeof (MarsadNameHit)) ||
      !section_ok (size, h.strings_off, h.strings_size, 1) ||
      !section_ok (size, h.countries_off, N_COUNTRY_SLOTS, sizeof (guint32)) ||
      h.bloom_bits < 8 || (h.bloom_bits & (h.bloom_bits - 1)) != 0 || h.bloom_bits > (1u << 30) ||
      !section_ok (size, h.bloom_off, h.bloom_bits / 8, 1))
    return corrupt (error, self->path, "section out of bounds");
  /* A power of two with at least one empty bucket, so probing ends. */
  if (h.n_buckets == 0 || (h.n_buckets & (h.n_buckets - 1)) != 0 || h.n_buckets <= h.n_keys)
    return corrupt (error, self->path, "bad hash table");
  /* Every string offset below strings_size then ends inside the pool. */
  if (h.strings_size == 0 || data[h.strings_off] != '\0' ||
      data[(gsize) h.strings_off + h.strings_size - 1] != '\0')
    return corrupt (error, self->path, "bad string pool");

  self->records = (const RawRecord *) (data + h.records_off);
  self->n_records = h.n_records;
  self->keys = (const RawKey *) (data + h.keys_off);
  self->n_keys = h.n_keys;
  self->buckets = (const guint32 *) (data + h.buckets_off);
  self->n_buckets = h.n_buckets;
  self->hits = (const MarsadNameHit *) (data + h.hits_off);
  self->n_hits = h.n_hits;
  self->strings = data + h.strings_off;
  self->strings_size = h.strings_size;
  self->countries = (const guint32 *) (data + h.countries_off);
  self->bloom = (const guint8 *) (data + h.bloom_off);
  self->bloom_mask = h.bloom_bits - 1;
  return TRUE;
}

MarsadGazetteer *
marsad_gazetteer_load (const char  *path,
                       GError     **error)
{
  g_autoptr(MarsadGazetteer) self = NULL;
  g_autoptr(GError) local_error = NULL;
  GMappedFile *file;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file = g_mapped_file_new (path, FALSE, &local_error);
  if (file == NULL)
    {
      g_set_error (error, MARSAD_GAZETTEER_ERROR, MARSAD_GAZETTEER_ERROR_NOT_FOUND,
                   "%s: %s", path, local_error->message);
      return NULL;
    }

  self = g_new0 (MarsadGazetteer, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->file = file;
  self->path = g_strdup (path);
  if (!map_sections (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

MarsadGazetteer *
marsad_gazetteer_load_default (GError **error)
{
  g_autofree char *path = marsad_data_find_file ("gazetteer.bin");

  if (path == NULL)
    {
      g_set_error_literal (error, MARSAD_GAZETTEER_ERROR, MARSAD_GAZETTEER_ERROR_NOT_FOUND,
                           _("The gazetteer (gazetteer.bin) is not installed"));
      return NULL;
    }
  return marsad_gazetteer_load (path, error);
}

MarsadGazetteer *
marsad_gazetteer_ref (MarsadGazetteer *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
marsad_gazetteer_unref (MarsadGazetteer *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_clear_pointer (&self->file, g_mapped_file_unref);
  g_free (self->path);
  g_free (self);
}

guint
marsad_gazetteer_get_n_records (const MarsadGazetteer *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_records;
}

/* The pool ends with NUL (checked at load): any in-range offset is a
 * terminated string. A bad offset reads as "". */
static const char *
get_string (const MarsadGazetteer *self,
            guint32                off)
{
  return off < self->strings_size ? self->strings + off : "";
}

gboolean
marsad_gazetteer_get_record (const MarsadGazetteer *self,
                             guint32                index,
                             MarsadGazetteerRecord *record)
{
  const RawRecord *raw;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (index >= self->n_records)
    return FALSE;
  raw = &self->records[index];
  if (raw->kind >= MARSAD_PLACE_KIND_N_KINDS)
    return FALSE;

  record->index = index;
  record->name_ar = get_string (self, raw->name_ar);
  record->name_en = get_string (self, raw->name_en);
  record->lat = raw->lat_e6 / 1e6;
  record->lon = raw->lon_e6 / 1e6;
  record->kind = raw->kind;
  record->country[0] = g_ascii_isalpha (raw->country[0]) ? raw->country[0] : '\0';
  record->country[1] = record->country[0] ? raw->country[1] : '\0';
  record->country[2] = '\0';
  record->population = raw->population;
  record->flags = raw->flags;
  record->source_id = get_string (self, raw->source_id);
  record->admin1_en = get_string (self, raw->admin1_en);
  record->admin1_ar = get_string (self, raw->admin1_ar);
  record->importance = MIN (raw->importance, 1000);
  /* 8 km units, half-width in the high byte (tools/gazetteer_common.py) */
  record->half_width_km = (raw->extent_km >> 8) * 8.0;
  record->half_height_km = (raw->extent_km & 0xff) * 8.0;
  return TRUE;
}

/* The bytes of key i, or NULL when its offsets are out of range. */
static const char *
key_bytes (const MarsadGazetteer *self,
           const RawKey          *key)
{
  if ((guint64) key->str + key->len >= self->strings_size)
    return NULL;
  return self->strings + key->str;
}

/* The filter's two bits, as tools/gazetteer_writer.py sets them. */
static inline gboolean
bloom_may_contain (const MarsadGazetteer *self,
                   guint32                hash)
{
  guint32 b1 = hash & self->bloom_mask;
  guint32 b2 = ((guint32) (hash * 0x9E3779B1u) >> 11) & self->bloom_mask;

  return (self->bloom[b1 >> 3] & (1u << (b1 & 7))) != 0 &&
         (self->bloom[b2 >> 3] & (1u << (b2 & 7))) != 0;
}

guint
marsad_gazetteer_get_n_keys (const MarsadGazetteer *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_keys;
}

const char *
marsad_gazetteer_get_key (const MarsadGazetteer *self,
                          guint                  i,
                          gsize                 *len,
                          guint                 *flags)
{
  const char *bytes;

  g_return_val_if_fail (self != NULL && i < self->n_keys, NULL);

  bytes = key_bytes (self, &self->keys[i]);
  if (len != NULL)
    *len = bytes != NULL ? self->keys[i].len : 0;
  if (flags != NULL)
    *flags = self->keys[i].flags & (MARSAD_KEY_IS_NAME | MARSAD_KEY_IS_PREFIX);
  return bytes;
}

guint
marsad_gazetteer_lookup (const MarsadGazetteer *self,
                         const char            *key,
                         gsize                  key_len,
                         const MarsadNameHit  **hits,
                         guint                 *n_hits)
{
  guint32 hash;
  guint32 mask;
  guint32 b;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (key != NULL || key_len == 0, 0);

  if (hits != NULL)
    *hits = NULL;
  if (n_hits != NULL)
    *n_hits = 0;
  if (key_len == 0 || key_len > G_MAXUINT16)
    return 0;

  hash = fnv1a (key, key_len);
  if (!bloom_may_contain (self, hash))
    return 0;
  mask = self->n_buckets - 1;
  b = hash & mask;
  /* Bounded by the table size, so even a table without holes ends. */
  for (guint32 probe = 0; probe < self->n_buckets; probe++, b = (b + 1) & mask)
    {
      guint32 slot = self->buckets[b];
      const RawKey *k;
      const char *bytes;

      if (slot == 0 || slot > self->n_keys)
        return 0;
      k = &self->keys[slot - 1];
      if (k->len != key_len || (bytes = key_bytes (self, k)) == NULL ||
          memcmp (bytes, key, key_len) != 0)
        continue;
      if ((guint64) k->hits_start + k->n_hits > self->n_hits)
        return 0;
      if (k->n_hits > 0)
        {
          if (hits != NULL)
            *hits = &self->hits[k->hits_start];
          if (n_hits != NULL)
            *n_hits = k->n_hits;
        }
      return k->flags & (MARSAD_KEY_IS_NAME | MARSAD_KEY_IS_PREFIX);
    }
  return 0;
}

gboolean
marsad_gazetteer_get_country (const MarsadGazetteer *self,
                              const char            *iso2,
                              MarsadGazetteerRecord *record)
{
  char a, b;
  guint32 slot;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (iso2 == NULL || !g_ascii_isalpha (iso2[0]) || !g_ascii_isalpha (iso2[1]) || iso2[2] != '\0')
    return FALSE;
  a = g_ascii_toupper (iso2[0]);
  b = g_ascii_toupper (iso2[1]);
  slot = self->countries[(a - 'A') * 26 + (b - 'A')];
  return slot != 0 && marsad_gazetteer_get_record (self, slot - 1, record);
}

/* Byte order of a key against a query, comparing at most the query's
 * length: 0 when the key starts with the query. */
static int
compare_prefix (const MarsadGazetteer *self,
                const RawKey          *key,
                const char            *query,
                gsize                  query_len)
{
  const char *bytes = key_bytes (self, key);
  int cmp;

  if (bytes == NULL)
    return -1;
  cmp = memcmp (bytes, query, MIN ((gsize) key->len, query_len));
  if (cmp != 0)
    return cmp;
  return key->len < query_len ? -1 : 0;
}

/* Adds index to the sorted, duplicate-free best[] of at most max entries:
 * records are stored best first, so the smallest indexes are the best. */
static void
keep_best (GArray  *best,
           guint32  index,
           guint    max)
{
  guint lo = 0, hi = best->len;

  if (best->len == max && index >= g_array_index (best, guint32, best->len - 1))
    return;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (best, guint32, mid) < index)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo < best->len && g_array_index (best, guint32, lo) == index)
    return;
  g_array_insert_val (best, lo, index);
  if (best->len > max)
    g_array_set_size (best, max);
}

GArray *
marsad_gazetteer_search (const MarsadGazetteer *self,
                         const char            *query,
                         guint                  max_results)
{
  g_autoptr(GArray) best = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree char *folded = NULL;
  gsize len;
  guint lo = 0, hi;

  g_return_val_if_fail (self != NULL, NULL);

  if (query == NULL || max_results == 0)
    return g_steal_pointer (&best);
  folded = marsad_normalize_string (query);
  len = folded != NULL ? strlen (folded) : 0;
  if (len == 0)
    return g_steal_pointer (&best);

  /* The first key not below the query; the keys that start with it follow. */
  hi = self->n_keys;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (compare_prefix (self, &self->keys[mid], folded, len) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i < self->n_keys; i++)
    {
      const RawKey *k = &self->keys[i];

      if (compare_prefix (self, k, folded, len) != 0)
        break;
      if ((guint64) k->hits_start + k->n_hits > self->n_hits)
        continue;
      for (guint32 j = 0; j < k->n_hits; j++)
        {
          guint32 rec = self->hits[k->hits_start + j].record;

          if (rec < self->n_records)
            keep_best (best, rec, max_results);
        }
    }
  return g_steal_pointer (&best);
}

double
marsad_gazetteer_distance_km (double lat1,
                              double lon1,
                              double lat2,
                              double lon2)
{
  double dlat = (lat1 - lat2) * 111.0;
  double dlon = (lon1 - lon2) * 111.0 * cos ((lat1 + lat2) * G_PI / 360.0);

  return sqrt (dlat * dlat + dlon * dlon);
}
