# gazetteer_common.py: folding, records, merging and name variants for
# build-gazetteer.py.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import sys
import math
import unicodedata

# ------------------------------------------------------------------ folding
# These rules must match src/core/marsad-normalize.h exactly: the C side
# folds the article text the same way and looks the result up verbatim.

_DROP = (set(range(0x0610, 0x061B)) | set(range(0x064B, 0x0660)) | {0x0670}
         | set(range(0x06D6, 0x06EE)) | {0x0640} | set(range(0x200B, 0x2010))
         | set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A)) | {0xFEFF})
_MAP = {'\u0622': 'ا', '\u0623': 'ا', '\u0625': 'ا', '\u0671': 'ا',
        '\u0649': 'ي', '\u06CC': 'ي', '\u0629': 'ه', '\u0624': 'و',
        '\u0626': 'ي', '\u06A9': 'ك'}


def _fold_char(c):
    cp = ord(c)
    if cp in _DROP:
        return ''
    if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
        # As marsad_normalize_char(): the decomposition without spaces and
        # dropped marks, at most three code points.
        nf = unicodedata.normalize('NFKD', c)
        if nf != c:
            out = [_fold_char(x) for x in nf if x != ' ' and ord(x) not in _DROP]
            return ''.join(x for x in out if x)[:3]
    if c in _MAP:
        return _MAP[c]
    if 0x0660 <= cp <= 0x0669:
        return chr(cp - 0x0660 + 0x30)
    if 0x06F0 <= cp <= 0x06F9:
        return chr(cp - 0x06F0 + 0x30)
    low = c.lower()
    # g_unichar_tolower() maps one code point to one: İ → i, not i + U+0307.
    return low[0] if low else c


def _is_word(c):
    # marsad_is_word_char(): ICU u_isalnum() (letters, decimal digits) or a
    # combining mark (canonical combining class other than 0).
    cat = unicodedata.category(c)
    return cat[0] == 'L' or cat == 'Nd' or unicodedata.combining(c) != 0


def fold(s):
    """The folded key of a name: words of letters/digits joined by one space."""
    out = []
    pending_space = False
    for c in ''.join(_fold_char(c) for c in s):
        if _is_word(c):
            if pending_space and out:
                out.append(' ')
            pending_space = False
            out.append(c)
        else:
            pending_space = True
    return ''.join(out)


def clean_display(s):
    """A name for display: no vowel marks, tatweel or bidi controls."""
    if not s:
        return ''
    out = []
    for c in s:
        cp = ord(c)
        if cp in _DROP:
            continue
        if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
            c = unicodedata.normalize('NFKC', c)
        out.append(c)
    return ' '.join(''.join(out).split())


def is_arabic(s):
    return any(('\u0620' <= c <= '\u064A' or '\u066E' <= c <= '\u06D3'
                or '\uFB50' <= c <= '\uFDFF' or '\uFE70' <= c <= '\uFEFC') for c in s)


def ascii_fold(s):
    """Latin name without diacritics ("Ḩillah" → "Hillah"), for English keys."""
    return ''.join(c for c in unicodedata.normalize('NFKD', s)
                   if unicodedata.category(c) != 'Mn')


def extent_of_bbox(west, south, east, north):
    """How far an area reaches from its centre, packed in 16 bits: half its
    width (high byte) and half its height (low byte), in units of 8 km, so
    that "غرب إيران" can be put half-way to Iran's western edge."""
    import math
    lat = math.radians((south + north) / 2)
    half_w = (east - west) / 2 * 111.32 * math.cos(lat)
    half_h = (north - south) / 2 * 110.57
    pack = lambda km: max(0, min(255, int(round(km / 8))))
    return (pack(half_w) << 8) | pack(half_h)


def load_common_words(path):
    """(words, words that are common even as a country's name: '!مالي')."""
    words, even_countries = set(), set()
    with open(path, encoding='utf-8') as f:
        for line in f:
            for word in line.split('#', 1)[0].split():
                if word.startswith('!'):
                    even_countries.add(fold(word[1:]))
                words.add(fold(word.lstrip('!')))
    return words, even_countries


def dictionary_words(names):
    """The folded forms of those one-word names that GNU Aspell's Arabic
    dictionary (Debian's aspell-ar) knows as words: a village called
    "الداخلية" or "السفيرة" is far likelier to be the ordinary word.
    Spelling is checked on the name as written (hamza, ta marbuta), not
    folded. Without aspell the gazetteer cannot be rebuilt reproducibly."""
    import shutil
    import subprocess
    if not shutil.which('aspell'):
        sys.exit('build-gazetteer: aspell with the Arabic dictionary is needed '
                 '(apt-get install aspell aspell-ar)')
    words = sorted({n for n in names if n and ' ' not in n})
    out = subprocess.run(['aspell', '-d', 'ar', 'list'], input='\n'.join(words),
                         capture_output=True, text=True, check=True).stdout
    unknown = set(out.split())
    return {fold(w) for w in words if w not in unknown}


# ------------------------------------------------------------------ records

REC_CAPITAL, REC_ADMIN_SEAT, REC_CURATED = 1, 2, 4
NAME_PRIMARY, NAME_ALTERNATE, NAME_ENGLISH, NAME_COMMON_WORD, NAME_STRIPPED = 1, 2, 4, 8, 16
NAME_DICTIONARY_WORD = 32

KINDS = ['country', 'region', 'district', 'city', 'town', 'village', 'neighbourhood',
         'military_base', 'airport', 'camp', 'facility', 'water', 'georegion']

# Leading feature words (folded) that may be dropped from a name: "ناحية جرف
# الصخر" is written "جرف الصخر" in news.
FEATURE_WORDS = set(fold(w) for w in
                    'ناحية قضاء محافظة مدينة بلدة قرية منطقة مطار قاعدة مخيم معسكر حي '
                    'جزيرة ولاية إمارة مقاطعة لواء مركز بلدية مديرية ميناء شعبية'.split())
# Trailing qualifiers of bases and airports: "قاعدة عين الأسد الجوية".
TRAILING_WORDS = set(fold(w) for w in
                     'الجوية الجوي الدولي الدولية العسكري العسكرية البحرية البحري المدني'.split())
FACILITY_KINDS = {'military_base', 'airport', 'camp', 'facility'}
# "الباغوز فوقاني", "الحمام الكبير": Upper/Lower/Big/Small… after a village's
# name; the text often leaves them out.
QUALIFIER_WORDS = set(fold(w) for w in
                      'فوقاني تحتاني الفوقاني التحتاني الكبير الصغير الكبرى الصغرى القديمة '
                      'الجديدة القديم الجديد'.split())


class Record:
    def __init__(self, kind, cc, lat, lon, source_id, prio, pop=0):
        self.kind = kind            # None: a populated place, kind set from population
        self.cc = cc or ''
        self.lat, self.lon = lat, lon
        self.source_id = source_id
        self.prio = prio
        self.pop = pop
        self.flags = 0
        self.ar = []                # display names, the first is the primary
        self.en = []
        self.gn_id = ''
        self.fcode = ''
        self.populated = False
        self.article_variant = False
        self.name_fixed = False     # gazetteer-fixes.tsv chose the display name
        self.admin1_en = self.admin1_ar = ''
        self.merged = []
        self.importance = 0
        self.keys = {}
        self.extent_km = 0          # half the size of an area (country, region), 0 for a point

    def add_ar(self, name, primary=False):
        name = clean_display(name)
        if not name:
            return
        if not is_arabic(name):
            self.add_en(name)
            return
        key = fold(name)
        for i, have in enumerate(self.ar):
            if fold(have) == key:
                # keep the better spelling of one folded name: العمارة, not العماره
                if have.endswith('ه') and name == have[:-1] + 'ة':
                    self.ar[i] = name
                return
        if primary:
            self.ar.insert(0, name)
        else:
            self.ar.append(name)

    def add_ar_values(self, values):
        for v in values:
            if v:
                self.add_ar(v)

    def add_en(self, name):
        name = clean_display(name)
        if name and name not in self.en:
            self.en.append(name)


def qualified_forms(key, kind):
    """A populated place's name without a trailing qualifier ("الباغوز")."""
    words = key.split(' ')
    if kind in ('town', 'village', 'neighbourhood', None) and len(words) > 1 and words[-1] in QUALIFIER_WORDS:
        return [' '.join(words[:-1])]
    return []


def paired_forms(key, kind):
    """A Yemeni district named for its two parts, "مديرية سنحان وبني بهلول",
    is written by its first in news: "مديرية سنحان", "سنحان"."""
    words = key.split(' ')
    if kind != 'district' or len(words) < 3 or words[0] not in FEATURE_WORDS:
        return []
    for i in range(2, len(words)):
        if words[i].startswith('و') and len(words[i]) > 2:
            return [' '.join(words[:i]), ' '.join(words[1:i])]
    return []


def core_forms(key, kind):
    """The key with leading feature words and, for facilities, trailing
    qualifiers removed; every intermediate form is returned."""
    out = []
    words = key.split(' ')
    changed = True
    while changed and len(words) > 1:
        changed = False
        if words[0] in FEATURE_WORDS:
            words = words[1:]
            changed = True
        elif kind in FACILITY_KINDS and words[-1] in TRAILING_WORDS:
            words = words[:-1]
            changed = True
        if changed:
            out.append(' '.join(words))
    # "بغداد الدولي" without "مطار" is any international thing in Baghdad
    # ("معرض بغداد الدولي"): a facility's name keeps its head or loses its tail
    # (whatever the record's kind: WOF files Baghdad's airport as a quarter)
    out = [f for f in out if f.split(' ')[-1] not in TRAILING_WORDS or f.split(' ')[0] in FEATURE_WORDS]
    return out


def group_of(rec):
    if rec.populated or rec.kind in ('city', 'town', 'village'):
        return 'populated'
    if rec.kind in ('airport', 'military_base'):
        return 'air'
    return rec.kind


# Merge distance (km) by group: a city's centre may sit several km apart in
# two sources; two villages of one name 20 km apart are two villages.
MERGE_KM = {'populated': 15, 'air': 10, 'camp': 5, 'neighbourhood': 3, 'district': 60,
            'region': 250, 'facility': 5, 'water': 800, 'georegion': 800}


def distance_km(a, b):
    if a.lat is None or b.lat is None:
        return 0.0
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dl = math.radians(b.lon - a.lon)
    h = (math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2)
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


def merge_keys(rec):
    keys = set()
    for name in rec.ar:
        k = fold(name)
        keys.add(k)
        keys.update(core_forms(k, rec.kind))
    return keys


class Merger:
    """Collects records in priority order and folds duplicates together: the
    same place from several sources (or twice in one) becomes one record."""

    def __init__(self):
        self.records = []
        self.by_key = {}
        self.by_gn = {}
        self.countries = {}
        self.pending_country_names = []
        self.capital_missing = []
        self.stats = {'merged': 0}

    def _index(self, rec, idx):
        for k in sorted(merge_keys(rec)):
            lst = self.by_key.setdefault(k, [])
            if idx not in lst:
                lst.append(idx)
        if rec.gn_id:
            self.by_gn.setdefault(rec.gn_id, idx)

    def add_country(self, rec):
        self.countries[rec.cc] = rec
        self.records.append(rec)

    def add_country_names(self, rec):
        self.pending_country_names.append(rec)

    def add(self, rec):
        group = group_of(rec)
        cands = set()
        for k in merge_keys(rec):
            cands.update(self.by_key.get(k, ()))
        gn_match = self.by_gn.get(rec.gn_id) if rec.gn_id else None
        if gn_match is not None:
            cands.add(gn_match)
        for idx in sorted(cands):
            t = self.records[idx]
            if group_of(t) != group or (t.cc and rec.cc and t.cc != rec.cc):
                continue
            limit = MERGE_KM.get(group, 10)
            if idx == gn_match and group == 'populated':
                limit = 50
            if distance_km(t, rec) <= limit:
                self._merge(t, rec)
                self._index(rec, idx)
                return
        self.records.append(rec)
        self._index(rec, len(self.records) - 1)

    def _merge(self, t, src):
        self.stats['merged'] += 1
        for name in src.ar:
            t.add_ar(name)
        for name in src.en:
            t.add_en(name)
        t.pop = max(t.pop, src.pop)
        t.extent_km = max(t.extent_km, src.extent_km)
        t.flags |= src.flags
        if FCODE_RANK(src.fcode) < FCODE_RANK(t.fcode):
            t.fcode = src.fcode
        t.admin1_en = t.admin1_en or src.admin1_en
        t.admin1_ar = t.admin1_ar or src.admin1_ar
        t.gn_id = t.gn_id or src.gn_id
        t.article_variant = t.article_variant or src.article_variant
        if src.name_fixed and not t.name_fixed and not t.flags & REC_CURATED:
            t.ar.insert(0, t.ar.pop(t.ar.index(src.ar[0])) if src.ar[0] in t.ar else src.ar[0])
            t.name_fixed = True
        if t.kind is None and src.kind is not None and src.kind != 'neighbourhood':
            t.kind = src.kind
        t.merged.append(src.source_id)

    def merge_names_into_region(self, cc, name_ar, name_en, code):
        key = fold(clean_display(name_ar))
        keys = {key} | set(core_forms(key, 'region'))
        for idx in sorted(set(i for k in keys for i in self.by_key.get(k, ()))):
            t = self.records[idx]
            if t.kind == 'region' and t.cc == cc:
                t.add_ar(name_ar)
                t.add_en(name_en)
                t.add_en(code)
                t.merged.append('iso:' + code)
                return True
        return False

    def finish(self, common):
        import gazetteer_names
        return gazetteer_names.finish(self, common)


def FCODE_RANK(fcode):
    return {'PPLC': 0, 'PPLA': 1, 'PPLA2': 2, 'PPLA3': 3}.get(fcode, 9)
