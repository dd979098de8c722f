#!/usr/bin/env python3
"""Where a whole run's CPU goes, by part of the pipeline: reads `perf script` output of a profile taken with call
graphs (benchmarks/profile.sh, or `perf record -g` of the native build, whose frames are named) and charges each
sample to the first category, in the order below, that some frame of its stack belongs to; samples of the runtime's
compilation thread and the rest are shown by leaf.

    perf record -F 2999 -e cpu-clock -g -o run.data benchmarks/.work/bin/native/editorial-lint -q -j 1 CORPUS
    perf script -i run.data -F comm,tid,ip,sym | benchmarks/profile_categories.py [HZ]

With HZ (the sampling rate given to perf record), each category's samples are also shown as seconds of CPU.
"""
import collections
import re
import sys

# Frames are matched as JIT-compiled (A::B) and as NativeAOT (A__B) names. Earlier entries win: a spelling lookup inside
# a pack rule would count as spelling.
CATEGORIES = [
    (r"SpellingSuggester(::|__)Suggest", "spelling: EL3010 suggestions"),
    (r"SpellingRule(::|__)AnalyzeDocument", "spelling: EL3010, the rest"),
    (r"SpellingVarietyRule(::|__)", "spelling: EL3011"),
    (r"NumberMentions?(Parser)?(::|__|_Scanner)|SubjectFinder", "numbers: mention parsing"),
    (r"EditorialLint[._]Rules[._]Numbers[._]", "numbers: rules"),
    (r"PackRule|PhraseMatcher|CompiledPhraseIndex|EditorialLint[._]Packs[._]", "packs (EL2001, EL3050s, ...)"),
    (r"EditorialLint[._]Rules[._]Wording[._]", "wording rules"),
    (r"EditorialLint[._]Rules[._]Style[._]", "style rules"),
    (r"MarkdownNesting|MarkdownProseExtractor|Markdig", "Markdown prose view"),
    (r"Tokenizer|SentenceSplitter|AnalyzedDocument(::|__)Create", "tokens, sentences"),
    (r"DocumentLoader", "reading files"),
    (r"LintWorkspace|BuiltInRules|PackLoader|EditorConfig|Workspace", "set-up: configuration, rules, packs"),
    (r"Output[._]|Formatter", "output"),
    (r"DocumentFindings|Suppression|LintEngine(::|__)Run\b|Diagnostic(::|__)Create", "engine: findings"),
    (r"FileDiscovery", "finding files"),
]


def main():
    hz = float(sys.argv[1]) if len(sys.argv) > 1 else None
    patterns = [(re.compile(p), name) for p, name in CATEGORIES]
    counts = collections.Counter()
    total = 0
    thread, stack = None, []

    def flush():
        nonlocal total
        if thread is None:
            return
        total += 1
        if thread.startswith(".NET Tiered"):
            counts["runtime: tiered compilation thread"] += 1
            return
        for pattern, name in patterns:
            if any(pattern.search(frame) for frame in stack):
                counts[name] += 1
                return
        counts["other: " + (stack[0].split("(")[0][-60:] if stack else "?")] += 1

    for line in sys.stdin:
        if not line.strip():
            flush()
            thread, stack = None, []
        elif line[0] in "\t ":
            parts = line.strip().split(" ", 1)
            stack.append(parts[1] if len(parts) > 1 else parts[0])
        else:
            match = re.match(r"(.*?)\s+\d+\s*$", line.rstrip())
            thread = match.group(1) if match else line.strip()
    flush()

    for name, n in counts.most_common(25):
        seconds = f"  {n / hz:6.2f} s" if hz else ""
        print(f"{100 * n / total:6.2f} %{seconds}  {name}")
    print(f"{total} samples" + (f", {total / hz:.2f} s" if hz else ""))


if __name__ == "__main__":
    main()
