#!/usr/bin/env python3
# Copyright 2026 The Marsad authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Articles for the collection window's GUI test, as JSON Lines.

Every sentence here was written for this test. Articles spread over about
three months, towns of six countries and every ACLED event type family;
each story is told by one to three outlets, so that fusion has work to do.

    tests/gen-collection-fixtures.py [-n 300] [--seed 3] > articles.jsonl
"""

import argparse
import datetime
import json
import random
import sys

TOWNS = [
    'الرمادي', 'الموصل', 'الكوت', 'البصرة', 'الناصرية',
    'حلب', 'حمص', 'جسر الشغور', 'السويداء', 'البوكمال',
    'صيدا', 'صور', 'النبطية',
    'دير البلح', 'خان يونس', 'جنين', 'الخليل',
    'عدن', 'ذمار', 'تعز',
    'كسلا', 'الفاشر', 'الجنينة',
]
OUTLETS = ['وكالة النهار للأنباء', 'صحيفة الوادي', 'North Wire', 'إذاعة السلام', 'موقع المرصد اليومي']
WEEKDAYS = ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد']
NUMBERS = ['اثنين', 'ثلاثة', 'أربعة', 'خمسة', 'سبعة', 'تسعة']

STORIES = [
    # Explosions/Remote violence
    'شنّت طائرات حربية غارة جوية على مخازن للذخيرة في {town} يوم {day}، ما أسفر عن مقتل {n} مسلحين.',
    'سقطت قذائف هاون على حي سكني في {town} يوم {day}، وقُتل {n} مدنيين بينهم أطفال.',
    # Battles
    'دارت معارك بين الجيش وفصائل مسلحة على أطراف {town} يوم {day}، وقُتل فيها {n} مقاتلين من الطرفين.',
    # Violence against civilians
    'أقدم مسلحون مجهولون على خطف {n} مزارعين من قرية قرب {town} يوم {day}.',
    # Protests
    'تظاهر آلاف المحتجين في شوارع {town} يوم {day} للمطالبة بالإفراج عن المعتقلين.',
    # Strategic developments
    'اعتقلت قوات الأمن {n} مطلوبين في مداهمة فجرية بأحد أحياء {town} يوم {day}.',
    # Riots
    'أحرق محتجون غاضبون مبنى البلدية في {town} يوم {day} وتراشقوا بالحجارة مع الشرطة.',
]
FILLER = [
    'وذكر مراسلنا أن التيار الكهربائي انقطع عن معظم الأحياء لساعات.',
    'ونقلت فرق الإغاثة الجرحى إلى مستشفيات المدينة المكتظة أصلاً.',
    'ولم يصدر أي تعليق رسمي حتى مساء اليوم نفسه.',
    'ويقول سكان إن المنطقة لم تشهد مثل هذا التصعيد منذ أشهر.',
    'وطالبت هيئات محلية بتحقيق مستقل في ما جرى.',
]


def story(index):
    """The story an article tells: the same index, the same event."""
    rng = random.Random(1000 + index)
    day = datetime.date(2024, 5, 1) + datetime.timedelta(days=rng.randrange(90))
    return rng.choice(TOWNS), day, rng.randrange(len(STORIES)), rng.choice(NUMBERS)


def article(rng, index, n_stories):
    town, day, kind, n = story(rng.randrange(n_stories))
    published = day + datetime.timedelta(days=rng.choice([0, 1, 1, 2]))
    outlet = OUTLETS[index % len(OUTLETS)]
    lead = STORIES[kind].format(town=town, day=WEEKDAYS[day.weekday()], n=n)
    text = town + ' - ' + lead
    for _ in range(rng.randrange(1, 4)):
        text += ' ' + rng.choice(FILLER)
    return {
        'text': text + ' (%d)' % index,
        'published': published.isoformat(),
        'outlet': outlet,
        'url': 'https://news.example/%d' % index,
        'title': lead.split('،')[0][:48],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('-n', type=int, default=300)
    parser.add_argument('--seed', type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    n_stories = max(1, args.n * 2 // 5)
    for i in range(args.n):
        sys.stdout.write(json.dumps(article(rng, i, n_stories), ensure_ascii=False) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
