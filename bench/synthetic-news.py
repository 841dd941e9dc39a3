#!/usr/bin/env python3
"""Writes N synthetic Persian-looking news articles as JSONL in import-news's format (file, source, title, url,
categories, published, tags, body), for bench/memory.sh. Deterministic (seeded); our own small word list, no real
text. Usage: bench/synthetic-news.py N > news.jsonl"""
import json
import random
import sys
from datetime import datetime, timedelta

WORDS = ("دولت مجلس شهر تهران بازار قیمت مردم کشور وزیر رئیس جلسه گزارش طرح برنامه سال امروز هفته آینده "
         "تیم بازی فوتبال لیگ دانشگاه دانشجو پژوهش فناوری سلامت درمان بیمارستان پزشک فیلم کتاب موسیقی هنر "
         "جهان سفر نشست توافق انتخابات نماینده استان شهرداری آب برق گاز نفت صادرات واردات بانک بورس سهام "
         "خبرنگار مصاحبه اعلام افزایش کاهش رشد تورم بودجه قانون دادگاه پلیس حادثه ترافیک هوا باران برف "
         "مدرسه معلم کودک خانواده زنان جوانان ورزش قهرمان مسابقه جام ملی خارجی همکاری منطقه مرز اقتصاد").split()
VERBS = "گفت اعلام‌کرد خبرداد افزود تأکیدکرد نوشت برگزارشد آغازشد پایان‌یافت تصویب‌شد".split()
CATEGORIES = ["سیاسی", "اقتصادی", "اجتماعی", "بین‌الملل", "ورزشی", "فرهنگی", "علمی", "سلامت", "حوادث", "بورس"]
SOURCES = ["asriran", "tabnak", "roozno", "sobhane", "mashregh"]


def sentence(rnd, lo=8, hi=22):
    words = [rnd.choice(WORDS) for _ in range(rnd.randint(lo, hi))]
    words.insert(rnd.randint(3, len(words)), rnd.choice(VERBS).replace("‌", "\u200c"))
    return " ".join(words) + "."


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    rnd = random.Random(13)
    start = datetime(2024, 1, 1, 6, 0, 0)
    out = sys.stdout
    for i in range(n):
        published = start + timedelta(minutes=7 * i + rnd.randint(0, 6))
        body = "\n".join(sentence(rnd) for _ in range(rnd.randint(4, 12)))
        line = {
            "file": f"synthetic-{i:06d}",
            "source": rnd.choice(SOURCES),
            "title": " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(5, 11))),
            "url": f"https://example.invalid/news/{i}",
            "categories": [rnd.choice(CATEGORIES)],
            "published": published.strftime("%Y-%m-%d %H:%M:%S"),
            "tags": rnd.sample(WORDS, rnd.randint(1, 4)),
            "body": body,
        }
        out.write(json.dumps(line, ensure_ascii=False))
        out.write("\n")


if __name__ == "__main__":
    main()
