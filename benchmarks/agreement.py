#!/usr/bin/env python3
"""Agreement of `outcomelint check` with a labelled JSONL set (the format of
shared/gold/dev.jsonl and corpus/labelled/): per-dimension agreement, fault F1
and verdict agreement. Usage:

    swift build -c release
    python3 benchmarks/agreement.py LABELLED.jsonl [--binary .build/release/outcomelint] [--show DIM]

Null labels are skipped. A later `outcomelint evaluate` command replaces this.
"""
import argparse
import json
import subprocess
import sys

# label -> (dimension, whether a true label means the dimension passes)
DIMENSIONS = {
    "timeframe": ("timeframe", True),
    "measurable": ("measurable", True),
    "specific": ("specific", True),
    "provision": ("provision", False),
    "service_perspective": ("perspective", False),
    "purpose": ("purpose", True),
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("labelled")
    parser.add_argument("--binary", default=".build/release/outcomelint")
    parser.add_argument("--show", help="print disagreements on this label (or 'verdict')")
    args = parser.parse_args()

    records = [json.loads(line) for line in open(args.labelled, encoding="utf-8") if line.strip()]
    with open(args.labelled, "rb") as source:
        run = subprocess.run(
            [args.binary, "check", "--input-format", "jsonl", "--format", "jsonl"],
            stdin=source, capture_output=True, check=False)
    results = [json.loads(line) for line in run.stdout.decode().splitlines()]
    assert len(results) == len(records), f"{len(results)} results for {len(records)} records"

    print(f"{len(records)} records from {args.labelled}")
    print(f"{'label':<20} {'n':>4} {'agree':>6} {'fault P':>8} {'fault R':>8} {'fault F1':>8}")
    f1s = []
    for label, (dimension, true_passes) in DIMENSIONS.items():
        tp = fp = fn = tn = 0
        for record, result in zip(records, results):
            if record.get(label) is None or "error" in result:
                continue
            expected_fault = record[label] != true_passes
            found_fault = not result["dimensions"][dimension]["pass"]
            tp += expected_fault and found_fault
            fp += (not expected_fault) and found_fault
            fn += expected_fault and not found_fault
            tn += (not expected_fault) and not found_fault
            if args.show == label and expected_fault != found_fault:
                rules = [f["rule"] for f in result["findings"] if f["dimension"] == dimension]
                print(f"  [{label} expected fault={expected_fault}] {record['text'][:150]}  {rules}")
        n = tp + fp + fn + tn
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        f1s.append(f1)
        print(f"{label:<20} {n:>4} {(tp + tn) / n:>6.3f} {precision:>8.3f} {recall:>8.3f} {f1:>8.3f}")
    agree = total = 0
    for record, result in zip(records, results):
        if "error" in result:
            continue
        expected_good = record["source_verdict"] in ("good", "rewrite")
        found_good = result["grade"] in ("outstanding", "good")
        total += 1
        agree += expected_good == found_good
        if args.show == "verdict" and expected_good != found_good:
            print(f"  [verdict {record['source_verdict']} vs {result['grade']}] {record['text'][:150]}")
    print(f"mean fault F1 {sum(f1s) / len(f1s):.3f}; verdict agreement {agree / total:.3f} ({agree}/{total})")


if __name__ == "__main__":
    sys.exit(main())
