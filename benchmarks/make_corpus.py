#!/usr/bin/env python3
"""Builds the benchmark corpora from the BBC clean-news articles (standard library only).

Tiers, each a folder of Markdown articles under OUT:
  5k    one real article of about 5 KB
  100k  real articles, in a seeded shuffled order, up to 100 KB
  5m    every real article (2,225 files, about 5 MB)
  50m   about 50 MB of synthetic articles: each takes the headline and paragraph count of a real article and
        fills it with paragraphs drawn at random from the same category, so files stay article-sized and the
        text stays real prose at paragraph level (with repeats, as a large archive has)

The output is derived from third-party text: it lives under an ignored folder and is never committed.
Re-running with the same source, seed and tiers rebuilds nothing (a stamp file records them).
"""

import argparse
import os
import random
import shutil
import sys

TIER_BYTES = {"5k": 5_000, "100k": 100_000, "5m": None, "50m": 50_000_000}
FILES_PER_FOLDER = 500


def read_articles(source):
    """(category, name, headline, paragraphs) for every article, sorted by path."""
    articles = []
    for category in sorted(os.listdir(source)):
        folder = os.path.join(source, category)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(folder, name), "rb") as f:
                raw = f.read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("cp1252")  # one file carries a Latin-1 pound sign
            text = text.replace("\r\n", "\n").strip("\n")
            lines = text.split("\n", 1)
            headline = lines[0].strip()
            body = lines[1] if len(lines) > 1 else ""
            paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
            if headline and paragraphs:
                articles.append((category, name[:-4], headline, paragraphs))
    return articles


def markdown(headline, paragraphs):
    return "# " + headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return len(text.encode("utf-8"))


def build_tier(tier, articles, out, seed):
    folder = os.path.join(out, tier)
    shutil.rmtree(folder, ignore_errors=True)
    rng = random.Random(seed)
    total = files = 0
    if tier == "5k":
        # The real article closest to 5 KB (first by path on a tie).
        best = min(articles, key=lambda a: abs(len(markdown(a[2], a[3]).encode("utf-8")) - 5_000))
        total = write(os.path.join(folder, best[0] + "-" + best[1] + ".md"), markdown(best[2], best[3]))
        files = 1
    elif tier in ("100k", "5m"):
        order = list(articles)
        rng.shuffle(order)
        limit = TIER_BYTES[tier]
        for category, name, headline, paragraphs in order:
            if limit is not None and total >= limit:
                break
            total += write(os.path.join(folder, category, name + ".md"), markdown(headline, paragraphs))
            files += 1
    else:
        pools = {}
        for category, _, _, paragraphs in articles:
            pools.setdefault(category, []).extend(paragraphs)
        limit = TIER_BYTES[tier]
        while total < limit:
            category, _, headline, paragraphs = rng.choice(articles)
            pool = pools[category]
            body = [rng.choice(pool) for _ in paragraphs]
            sub = "%03d" % (files // FILES_PER_FOLDER)
            total += write(os.path.join(folder, sub, "%06d.md" % files), markdown(headline, body))
            files += 1
    return files, total


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", help="the BBC folder (../shared/data/clean-news/bbc)")
    parser.add_argument("out", help="where to write the tiers (an ignored folder)")
    parser.add_argument("--tiers", default="5k,100k,5m,50m", help="comma-separated subset of 5k,100k,5m,50m")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    tiers = [t for t in args.tiers.split(",") if t]
    unknown = [t for t in tiers if t not in TIER_BYTES]
    if unknown:
        sys.exit("make_corpus: unknown tier(s): " + ", ".join(unknown))
    if not os.path.isdir(args.source):
        sys.exit("make_corpus: no such folder: " + args.source)

    articles = None
    os.makedirs(args.out, exist_ok=True)
    for tier in tiers:
        stamp = os.path.join(args.out, tier + ".stamp")
        wanted = "source=%s seed=%d version=1\n" % (os.path.abspath(args.source), args.seed)
        if os.path.exists(stamp) and open(stamp, encoding="utf-8").read().startswith(wanted):
            print(open(stamp, encoding="utf-8").read().splitlines()[1])
            continue
        if articles is None:
            articles = read_articles(args.source)
            if not articles:
                sys.exit("make_corpus: no articles under " + args.source)
        files, total = build_tier(tier, articles, args.out, args.seed)
        line = "%s\t%d files\t%d bytes" % (tier, files, total)
        with open(stamp, "w", encoding="utf-8") as f:
            f.write(wanted + line + "\n")
        print(line)


if __name__ == "__main__":
    main()
