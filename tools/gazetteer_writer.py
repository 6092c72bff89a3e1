# gazetteer_writer.py: the binary layout of data/gazetteer.bin, read by
# src/core/marsad-gazetteer.c. Keep the two in step (and bump VERSION).
#
# All integers are little-endian; every section starts at a multiple of 8.
#
#   header    96 bytes   magic "MARSADGZ", u32 version, u32 header_size,
#                        u32 file_size, then (count, offset) of each section:
#                        n_records, record_size, records_off, n_keys, key_size,
#                        keys_off, n_buckets, buckets_off, n_hits, hits_off,
#                        strings_size, strings_off, countries_off; zero padding.
#   records   40 bytes each, best first (importance descending):
#                        i32 lat*1e6, i32 lon*1e6, u32 name_ar, u32 name_en,
#                        u32 source_id, u32 admin1_en, u32 admin1_ar (string
#                        offsets), u32 population, u16 importance, u8 kind,
#                        u8 flags, char country[2], u16 zero.
#   keys      16 bytes each, sorted by their UTF-8 bytes (so a prefix search
#                        is a binary search): u32 string offset, u16 length,
#                        u16 MarsadKeyFlags, u32 first hit, u32 number of hits.
#   buckets   u32 each, a power of two, load factor <= 0.75: open addressing
#                        with linear probing on FNV-1a (32 bit) of the key
#                        bytes; a bucket holds key index + 1, 0 when empty.
#   hits      8 bytes each (u32 record, u32 MarsadNameFlags) = MarsadNameHit;
#                        a key's hits are in record order, i.e. best first.
#   strings   NUL-terminated UTF-8; offset 0 is "". The pool ends with NUL.
#   countries 676 u32: record index + 1 of the country "AA".."ZZ", 0 = none.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import struct

from gazetteer_common import KINDS

MAGIC = b'MARSADGZ'
VERSION = 2
HEADER_SIZE = 96
RECORD = struct.Struct('<iiIIIIIIHBB2sH')
KEY = struct.Struct('<IHHII')
HIT = struct.Struct('<II')
KEY_IS_NAME, KEY_IS_PREFIX = 1, 2


BLOOM_BITS = 1 << 21


def bloom_bits(h):
    """The two bits of a key whose FNV-1a hash is h (marsad-gazetteer.c)."""
    return (h & (BLOOM_BITS - 1), (((h * 0x9E3779B1) & 0xFFFFFFFF) >> 11) & (BLOOM_BITS - 1))


def fnv1a(data):
    h = 0x811C9DC5
    for b in data:
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


class StringPool:
    def __init__(self):
        self.buf = bytearray(b'\0')
        self.offsets = {'': 0}

    def add(self, s):
        off = self.offsets.get(s)
        if off is None:
            off = len(self.buf)
            self.buf += s.encode('utf-8') + b'\0'
            self.offsets[s] = off
        return off


def _align(buf):
    while len(buf) % 8:
        buf.append(0)


def write(path, records):
    pool = StringPool()
    rec_bytes = bytearray()
    hits_by_key = {}
    countries = [0] * 676
    for idx, r in enumerate(records):
        cc = r.cc.encode('ascii') if len(r.cc) == 2 else b'\0\0'
        rec_bytes += RECORD.pack(
            int(round(r.lat * 1e6)), int(round(r.lon * 1e6)),
            pool.add(r.ar[0]), pool.add(r.en[0] if r.en else r.ar[0]),
            pool.add(r.source_id), pool.add(r.admin1_en), pool.add(r.admin1_ar),
            min(r.pop, 0xFFFFFFFF), r.importance, KINDS.index(r.kind), r.flags, cc,
            min(r.extent_km, 0xFFFF))
        if r.kind == 'country' and len(r.cc) == 2 and r.cc.isalpha() and r.cc.isupper():
            slot = (ord(r.cc[0]) - 65) * 26 + ord(r.cc[1]) - 65
            if not countries[slot]:
                countries[slot] = idx + 1
        for key, flags in r.keys.items():
            hits_by_key.setdefault(key, []).append((idx, flags))

    key_flags = {k: KEY_IS_NAME for k in hits_by_key}
    for k in hits_by_key:
        words = k.split(' ')
        for n in range(1, len(words)):
            p = ' '.join(words[:n])
            key_flags[p] = key_flags.get(p, 0) | KEY_IS_PREFIX

    keys = sorted(key_flags, key=lambda k: k.encode('utf-8'))
    key_bytes = bytearray()
    hit_bytes = bytearray()
    n_hits = 0
    for k in keys:
        hits = sorted(hits_by_key.get(k, ()))
        kb = k.encode('utf-8')
        key_bytes += KEY.pack(pool.add(k), len(kb), key_flags[k], n_hits, len(hits))
        for idx, flags in hits:
            hit_bytes += HIT.pack(idx, flags)
        n_hits += len(hits)

    n_buckets = 1
    while n_buckets * 3 < 4 * len(keys):   # load factor at most 0.75
        n_buckets <<= 1
    buckets = [0] * n_buckets
    for i, k in enumerate(keys):
        b = fnv1a(k.encode('utf-8')) & (n_buckets - 1)
        while buckets[b]:
            b = (b + 1) & (n_buckets - 1)
        buckets[b] = i + 1

    # A Bloom filter over the keys (2^21 bits, two probes from one FNV-1a
    # hash): most words of a text are no name, and the filter, small enough
    # for the cache, answers them without touching the table.
    bloom = bytearray(BLOOM_BITS // 8)
    for k in keys:
        for bit in bloom_bits(fnv1a(k.encode('utf-8'))):
            bloom[bit >> 3] |= 1 << (bit & 7)

    body = bytearray(HEADER_SIZE)
    offsets = {}
    for name, data in (('records', rec_bytes), ('keys', key_bytes),
                       ('buckets', struct.pack(f'<{n_buckets}I', *buckets)),
                       ('hits', hit_bytes), ('strings', pool.buf),
                       ('countries', struct.pack('<676I', *countries)),
                       ('bloom', bytes(bloom))):
        _align(body)
        offsets[name] = len(body)
        body += data
    _align(body)
    header = MAGIC + struct.pack(
        '<16I', VERSION, HEADER_SIZE, len(body),
        len(records), RECORD.size, offsets['records'],
        len(keys), KEY.size, offsets['keys'],
        n_buckets, offsets['buckets'], n_hits, offsets['hits'],
        len(pool.buf), offsets['strings'], offsets['countries'])
    header += struct.pack('<2I', BLOOM_BITS, offsets['bloom'])
    body[0:len(header)] = header

    tmp = path + '.tmp'
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(tmp, 'wb') as f:
        f.write(body)
    os.replace(tmp, path)


def dump_tsv(path, records):
    with open(path, 'w', encoding='utf-8') as f:
        f.write('index\tkind\tcc\tlat\tlon\tpop\timportance\tflags\tsource\tname_ar\tname_en\t'
                'keys\tmerged\n')
        for i, r in enumerate(records):
            keys = '|'.join(f'{k}:{v}' for k, v in sorted(r.keys.items()))
            f.write(f'{i}\t{r.kind}\t{r.cc}\t{r.lat:.5f}\t{r.lon:.5f}\t{r.pop}\t{r.importance}\t'
                    f'{r.flags}\t{r.source_id}\t{r.ar[0]}\t{r.en[0] if r.en else ""}\t'
                    f'{keys}\t{",".join(r.merged)}\n')
