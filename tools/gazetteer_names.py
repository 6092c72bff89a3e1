# gazetteer_names.py: the last pass of build-gazetteer.py: kinds, importance
# and the folded names (with their variants and flags) of every record.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import math

from gazetteer_common import dictionary_words as gc_dictionary_words
from gazetteer_common import (NAME_DICTIONARY_WORD, FCODE_RANK, NAME_ALTERNATE, NAME_COMMON_WORD, NAME_ENGLISH,
                              NAME_PRIMARY, NAME_STRIPPED, REC_ADMIN_SEAT, REC_CAPITAL, qualified_forms,
                              REC_CURATED, FEATURE_WORDS, ascii_fold, core_forms, fold, paired_forms)

# ------------------------------------------------------------------ importance
# importance = KIND_BASE[kind]
#            + POP_WEIGHT[kind] * pop_bonus(population)
#            + 150 if national capital
#            + 60 if seat of a governorate (PPLA), 30 if of a district (PPLA2/3)
#            + 40 if from the curated table
#   clamped to 0..1000, where
#   pop_bonus(p) = 0 below 1,000 people, else min(300, 75 * (log10(p) - 3))
#   (10k → 75, 100k → 150, 1M → 225, 10M → 300).
# So: countries 920; Moscow 900; Baghdad ~900; Washington, D.C. ~810; a
# governorate ~520-640 (below its capital city of the same name, which news
# means far more often); a 20k town ~420; an unknown village 150; a
# neighbourhood 60.
KIND_BASE = {'country': 920, 'region': 520, 'district': 350, 'city': 450, 'town': 320,
             'village': 150, 'neighbourhood': 60, 'military_base': 520, 'airport': 450,
             'camp': 420, 'facility': 380, 'water': 620, 'georegion': 640}
POP_WEIGHT = {'region': 0.5, 'district': 0.33, 'country': 0.0}


def pop_bonus(pop):
    if pop < 1000:
        return 0.0
    return min(300.0, 75.0 * (math.log10(pop) - 3))


def importance(rec):
    v = KIND_BASE[rec.kind] + POP_WEIGHT.get(rec.kind, 1.0) * pop_bonus(rec.pop)
    if rec.flags & REC_CAPITAL:
        v += 150
    if rec.fcode == 'PPLA':
        v += 60
    elif rec.fcode in ('PPLA2', 'PPLA3'):
        v += 30
    if rec.flags & REC_CURATED:
        v += 40
    return max(0, min(1000, int(round(v))))


def populated_kind(rec):
    if rec.pop >= 100000:
        return 'city'
    if rec.pop >= 10000:
        return 'town'
    if rec.pop == 0 and FCODE_RANK(rec.fcode) <= 1:
        return 'city'
    if rec.pop == 0 and FCODE_RANK(rec.fcode) <= 3:
        return 'town'
    return 'village'


# ------------------------------------------------------------------ finish

def finish(merger, common):
    records = merger.records
    for extra in merger.pending_country_names:
        country = merger.countries.get(extra.cc)
        if not country:
            continue
        for name in extra.ar:
            country.add_ar(name)
        for name in extra.en:
            country.add_en(name)
        if extra.lat is not None:
            country.lat, country.lon = extra.lat, extra.lon

    # Countries the basemap lacks (small islands): at their capital.
    for rec in records:
        if rec.kind == 'country' and rec.lat is None:
            caps = [r for r in records if r.cc == rec.cc and r.flags & REC_CAPITAL]
            if caps:
                rec.lat, rec.lon = caps[0].lat, caps[0].lon
    records = [r for r in records if r.lat is not None and r.ar]

    for rec in records:
        if rec.fcode == 'PPLC':
            rec.flags |= REC_CAPITAL
        elif FCODE_RANK(rec.fcode) <= 3:
            rec.flags |= REC_ADMIN_SEAT
        if rec.kind is None or (rec.populated and not rec.flags & REC_CURATED):
            rec.kind = populated_kind(rec)
        rec.importance = importance(rec)
        # "ناحية جرف الصخر" as a town's name: the town is جرف الصخر (the
        # sub-district's word stays a searchable variant)
        words = rec.ar[0].split(' ')
        if (rec.kind in ('town', 'city', 'village') and len(words) > 1 and words[0] == 'ناحية'
                and not rec.name_fixed):
            rec.ar.insert(0, ' '.join(words[1:]))
        # "بصرة" whose alternate is "البصرة": show the form with the article.
        # "السماوه" whose alternate is "السماوة": show the ta marbuta.
        first = fold(rec.ar[0])
        for i, name in enumerate(rec.ar[1:] if not rec.name_fixed else [], 1):
            if ((not first.startswith('ال') and fold(name) == 'ال' + first)
                    or (rec.ar[0].endswith('ه') and name == rec.ar[0][:-1] + 'ة')):
                rec.ar.insert(0, rec.ar.pop(i))
                break

    _drop_region_city_names(records)
    _make_keys(records, common)

    kind_order = {k: i for i, k in enumerate(KIND_BASE)}
    records.sort(key=lambda r: (-r.importance, kind_order[r.kind], r.ar[0], r.source_id))
    return records


def _drop_region_city_names(records):
    """WOF gives governorates their capital's name as an alternate (الأنبار:
    الرمادي، نينوى: الموصل): that name belongs to the city, not the region."""
    seats = set()
    for r in records:
        if r.kind in ('city', 'town') and (r.flags & (REC_ADMIN_SEAT | REC_CAPITAL) or r.pop >= 50000):
            seats.add((r.cc, fold(r.ar[0])))
    for r in records:
        if r.kind == 'region':
            own = fold(r.ar[0])
            r.ar = [r.ar[0]] + [n for n in r.ar[1:]
                                if fold(n) == own or (r.cc, fold(n)) not in seats]


def _country_variants(key):
    """سوريا ⇄ سورية: one-word country names with final alef or ta marbuta."""
    if ' ' in key or len(key) < 4:
        return []
    if key.endswith('ا'):
        return [key[:-1] + 'ه']
    if key.endswith('ه'):
        return [key[:-1] + 'ا']
    return []


def _make_keys(records, common):
    common_words, even_countries = common
    # Only a place's own spelling of a one-word name goes to the dictionary.
    # Our own table's "حي الصحافة" leaves "الصحافة" alone as a stripped
    # variant: that word is asked too.
    dictionary = gc_dictionary_words(
        [n for r in records for n in r.ar] +
        [n.split(' ', 1)[1] for r in records if r.flags & REC_CURATED for n in r.ar
         if ' ' in n and fold(n.split(' ', 1)[0]) in FEATURE_WORDS])

    def common_flag(key, rec, primary, stripped=False):
        one_word = ' ' not in key
        if one_word and len(key) <= 2:
            return NAME_COMMON_WORD
        if rec.kind == 'country':
            # "المغرب" is Morocco in the news; "مالي" is mostly "financial"
            return NAME_COMMON_WORD if key in even_countries else 0
        if key in common_words:
            return NAME_COMMON_WORD
        if not (one_word and key in dictionary):
            return 0
        # our own table's names are chosen: "النيل" is the Nile; but what is
        # left of "حي الصحافة" without its feature word is the ordinary word
        if rec.flags & REC_CURATED and not stripped:
            return 0
        # Aspell knows the famous proper nouns too (لندن): a capital, a city
        # of a million, a sea or a region of our own table keeps its name.
        if primary and (rec.flags & (REC_CAPITAL | REC_CURATED) or rec.pop >= 1000000
                        or rec.kind in ('water', 'georegion')):
            return 0
        # A word that is also the name of a sizeable place (a town of 50,000,
        # a seat of government, a governorate: "العمارة", "رفح"): a place where
        # its country is in the news.
        # Anything smaller: only with a feature word.
        big = primary and (rec.pop >= 50000 or rec.kind in ('region', 'district')
                           or rec.flags & REC_ADMIN_SEAT)
        return NAME_DICTIONARY_WORD if big else NAME_COMMON_WORD

    # Names of big places: a feature word is not stripped when the rest would
    # make "مطار بغداد" answer to "بغداد" or "مدينة الكويت" to "الكويت".
    big = set()
    for r in records:
        if r.importance >= 420 or r.kind in ('country', 'region', 'city'):
            big.update(fold(n) for n in r.ar)

    for r in records:
        keys = {}

        def put(key, flags):
            if not key:
                return
            old = keys.get(key)
            if old is None:
                keys[key] = flags
                return
            merged = old | flags
            # A real name wins over a derived one.
            if not (old & NAME_STRIPPED and flags & NAME_STRIPPED):
                merged &= ~NAME_STRIPPED
            if merged & NAME_PRIMARY:
                merged &= ~NAME_ALTERNATE
            keys[key] = merged

        arabic = []
        for i, name in enumerate(r.ar):
            key = fold(name)
            arabic.append(key)
            put(key, NAME_PRIMARY if i == 0 else NAME_ALTERNATE)
        for key in arabic:
            for core in core_forms(key, r.kind):
                if core in big and core not in arabic:
                    continue
                put(core, NAME_STRIPPED | NAME_ALTERNATE)
            for short in qualified_forms(key, r.kind):
                if short not in big:
                    put(short, NAME_ALTERNATE)
            for part in paired_forms(key, r.kind):
                if part not in big and part not in arabic:
                    put(part, NAME_STRIPPED | NAME_ALTERNATE)
            if r.article_variant and ' ' not in key and not key.startswith('ال'):
                put('ال' + key, NAME_ALTERNATE)
            if r.kind == 'country':
                for v in _country_variants(key):
                    if v not in arabic:
                        # generated: "تركية", "ليبية" are mostly adjectives
                        put(v, NAME_ALTERNATE | NAME_COMMON_WORD)
        for name in r.en:
            for form in (name, ascii_fold(name)):
                key = fold(form)
                if key and key not in keys:
                    put(key, NAME_ENGLISH)
        # Whether a name is also an ordinary word is asked once per key, of
        # the key as the record's own name or as a variant of it.
        own = fold(r.ar[0])
        for key in keys:
            if not keys[key] & NAME_ENGLISH:
                keys[key] |= common_flag(key, r, key == own, bool(keys[key] & NAME_STRIPPED))
        # Arabic keys dominate if an English name folds to the same string.
        r.keys = keys
