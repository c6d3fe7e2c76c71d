#!/usr/bin/env python3
"""How often rewrites keep what the person does.

Reads a labelled set whose records carry `keep`: short phrases from the text naming what the
child or young person is to do (corpus/review/service-statements.jsonl). Runs
`outcomelint check --format jsonl` on the texts and counts, over the records that get a rewrite,
the keep phrases the rewrite still contains. A phrase's first word (its verb) may change form
("writes" in the original, "write" in the rewrite); the rest must appear as written.

    python3 benchmarks/rewrite-keep.py [--binary PATH] [--misses] FILE
"""
import argparse
import json
import re
import subprocess
import sys


def verb_forms(word):
    """The forms a verb may take in a rewrite: as written, and its base form."""
    forms = {word}
    for ending, base in (("ies", "y"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e")):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            forms.add(word[: -len(ending)] + base)
    return forms


def kept(phrase, rewrite):
    words = phrase.lower().split()
    text = rewrite.lower()
    rest = " ".join(words[1:])
    for verb in verb_forms(words[0]):
        candidate = (verb + " " + rest).strip()
        if re.search(r"(?<![a-z])" + re.escape(candidate) + r"(?![a-z])", text):
            return True
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--binary", default=".build/release/outcomelint")
    parser.add_argument("--misses", action="store_true", help="list each phrase not kept")
    args = parser.parse_args()
    records = [json.loads(line) for line in open(args.file, encoding="utf-8") if line.strip()]
    texts = "".join(record["text"] + "\n" for record in records)
    result = subprocess.run(
        [args.binary, "check", "--format", "jsonl", "-"],
        input=texts.encode(), capture_output=True, check=False)
    outputs = [json.loads(line) for line in result.stdout.decode().splitlines()]
    if len(outputs) != len(records):
        sys.exit(f"{len(records)} records in, {len(outputs)} out")
    total = found = 0
    for record, output in zip(records, outputs):
        rewrite = output.get("rewrite")
        if not record.get("keep") or rewrite is None:
            continue
        for phrase in record["keep"]:
            total += 1
            if kept(phrase, rewrite):
                found += 1
            elif args.misses:
                print(f"{record['id']}: '{phrase}' not in: {rewrite}")
    share = found / total if total else 0
    print(f"keep phrases in rewrites: {found}/{total} ({share:.3f})")


if __name__ == "__main__":
    main()
