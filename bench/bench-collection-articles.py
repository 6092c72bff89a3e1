#!/usr/bin/env python3
# Copyright 2026 The Marsad authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generated Arabic conflict news for the collection benchmark and tests.

Every sentence template here was written for this project (no third-party
text). Each article reports one to three events in real towns of the
gazetteer, with an outlet, a URL and a publication date; several outlets
report the same events on the same days, so that fusion has work to do.

    bench/bench-collection-articles.py [-n 1000] [--seed 1] [--size 1500] > articles.jsonl
    bench/bench-collection-articles.py -n 300 --folder DIR   # one .txt a file instead
"""

import argparse
import datetime
import json
import os
import random
import sys

TOWNS = [
    'الفلوجة', 'الرمادي', 'الموصل', 'تكريت', 'سامراء', 'كركوك', 'بعقوبة', 'الحلة',
    'حلب', 'إدلب', 'درعا', 'حمص', 'حماة', 'دير الزور', 'الرقة', 'القامشلي',
    'صور', 'النبطية', 'بنت جبيل', 'بعلبك', 'خان يونس', 'رفح', 'جنين', 'طولكرم',
    'نابلس', 'مأرب', 'تعز', 'الحديدة', 'صعدة', 'الفاشر', 'أم درمان', 'نيالا',
]
OUTLETS = ['وكالة الأنباء الأولى', 'صحيفة المساء', 'إذاعة الشرق', 'Second Agency', 'موقع الخبر اليوم']
WEEKDAYS = ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد']

EVENTS = [
    'قُتل {n} مدنيين وأصيب آخرون في غارة جوية استهدفت سوقاً شعبية في مدينة {town} يوم {day}، بحسب مصادر طبية.',
    'أفاد مسؤول محلي بمقتل {n} أشخاص جراء قصف مدفعي على أحياء سكنية في {town} يوم {day}.',
    'اندلعت اشتباكات عنيفة بين قوات الجيش ومسلحين في محيط {town} يوم {day}، أسفرت عن مقتل {n} عناصر.',
    'تظاهر مئات المحتجين في وسط {town} يوم {day} احتجاجاً على انقطاع الكهرباء وغلاء الأسعار.',
    'انفجرت عبوة ناسفة بسيارة على طريق رئيسي قرب {town} يوم {day}، ما أدى إلى مقتل {n} أشخاص.',
    'استهدفت طائرة مسيّرة موقعاً عسكرياً في {town} يوم {day}، ولم ترد أنباء عن إصابات.',
]
FILLER = [
    'وقال شهود عيان إن سيارات الإسعاف هرعت إلى المكان وسط حالة من الذعر بين السكان.',
    'ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى ساعة إعداد هذا التقرير.',
    'وأضاف المصدر أن فرق الدفاع المدني ما زالت تعمل على رفع الأنقاض والبحث عن مفقودين.',
    'وتشهد المنطقة منذ أسابيع توتراً متصاعداً بعد فشل جولة جديدة من المفاوضات.',
    'ودعت منظمات إنسانية إلى فتح ممرات آمنة لإيصال المساعدات الطبية والغذائية.',
    'وأشار ناشطون محليون إلى أن الأسواق أغلقت أبوابها وأن حركة السير توقفت تماماً.',
    'وقال المتحدث باسم السلطة المحلية إن التحقيق جارٍ لمعرفة ملابسات الحادث.',
    'وأكدت مصادر في المستشفى الرئيسي أن بين الجرحى أطفالاً ونساء في حالة حرجة.',
    'وتتبادل الأطراف المتنازعة الاتهامات بخرق الهدنة المعلنة منذ مطلع الشهر.',
    'وأعلنت مديرية التربية تعليق الدوام في المدارس القريبة حتى إشعار آخر.',
]
NUMBERS = ['ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية']


def article(rng, index, size, start=datetime.date(2024, 3, 1)):
    """One article as a JSON Lines record, about `size` bytes of text."""
    # a small pool of (town, day, template) stories, so that outlets overlap
    story = rng.randrange(max(1, index // 3 + 1))
    srng = random.Random(story)
    day = start + datetime.timedelta(days=srng.randrange(60))
    published = day + datetime.timedelta(days=1)
    town = srng.choice(TOWNS)
    outlet = OUTLETS[index % len(OUTLETS)]
    weekday = WEEKDAYS[day.weekday()]
    sentences = [EVENTS[srng.randrange(len(EVENTS))].format(
        n=rng.choice(NUMBERS), town=town, day=weekday)]
    if rng.random() < 0.5:
        other = rng.choice(TOWNS)
        sentences.append(rng.choice(EVENTS).format(n=rng.choice(NUMBERS), town=other, day=weekday))
    text = town + ' - ' + ' '.join(sentences)
    while len(text.encode('utf-8')) < size:
        text += ' ' + rng.choice(FILLER)
    return {
        'text': text,
        'published': published.isoformat(),
        'outlet': outlet,
        'url': 'https://example.org/%d/%d' % (index % len(OUTLETS), index),
        'title': '%s: %s' % (town, sentences[0][:40]),
    }


def generate(n, seed=1, size=1500):
    rng = random.Random(seed)
    return [article(rng, i, size) for i in range(n)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('-n', type=int, default=1000)
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--size', type=int, default=1500, help='bytes of text per article (about)')
    parser.add_argument('--folder', help='write one .txt file per article here instead')
    args = parser.parse_args()
    records = generate(args.n, args.seed, args.size)
    if args.folder:
        os.makedirs(args.folder, exist_ok=True)
        for i, r in enumerate(records):
            sub = os.path.join(args.folder, r['published'][:7])
            os.makedirs(sub, exist_ok=True)
            with open(os.path.join(sub, '%05d.txt' % i), 'w', encoding='utf-8') as f:
                f.write(r['text'] + '\n')
        return 0
    out = sys.stdout
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
