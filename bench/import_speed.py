#!/usr/bin/env python3
"""Benchmark of `folio-bundle import` on hostile sources: is every importer linear?

Generates sources of N paragraphs in each shape below (default N = 30,000, about 1 MB each), imports each with
build/native/folio-bundle (best of 3 runs) and prints the seconds beside the goal: under 1 s at 30,000
paragraphs. Also imports each shape at a tenth of N, so a ratio far above 10 (quadratic: about 100) shows how
the time grows. An article holds at most 10,000 blocks, so the import of the 30,000-paragraph files ends in a
refusal, but only after the whole file was read, its quotes attributed and its warnings collected: the time is
the importer's. The desktop viewer runs this import when it opens a .txt (on a worker thread, so the window stays
live, but the reader waits for the article until it ends), so it must be fast.
Run: python3 bench/import_speed.py [--paragraphs 30000] [--keep DIR] [--tool PATH (another folio-bundle, to compare)]
With FOLIO_BENCH_SUMMARY set (bench/run-all.sh does), appends its figures to that file as tab-separated rows.
"""
import argparse, os, pathlib, shutil, subprocess, sys, tempfile, time

REPO = pathlib.Path(__file__).resolve().parent.parent
TOOL = REPO / "build/native/folio-bundle"
GOAL_SECONDS = 1.0
WIRE_HEAD = ("All news\n\nA long wire story\n\nA standfirst of ordinary length.\n\n"
             "MOSCOW, March 22. /TASS/. Russian Ambassador to Japan Mikhail Galuzin spoke on Tuesday.\n\n")
MD_HEAD = "---\ntitle: A long guide\ndate: 2022-03-01\n---\n\n"

# name: (file suffix, head, the paragraph i)
SHAPES = {
    "wire: a surname no one bears": (".txt", WIRE_HEAD, lambda i: f'"yes {i}," Ivanov said.'),
    "wire: a person introduced per quote": (".txt", WIRE_HEAD, lambda i: f'"Q{i}," said Ambassador Ivan Petrov.'),
    "wire: people and descriptions": (".txt", WIRE_HEAD, lambda i: f"Minister Ivan Petrov{i // 2} spoke." if i % 2
                                      else f'"Q{i}," the minister said.'),
    "wire: speakers never named": (".txt", WIRE_HEAD, lambda i: f'"Q{i}," the witness said.'),
    "markdown: a warning per paragraph": (".md", MD_HEAD, lambda i: f"A [link](javascript:{i}) and `code`."),
    "markdown: a list item per line": (".md", MD_HEAD, lambda i: f"- item *{i}* with a [link](https://example.org/{i})"),
}


def write(folder, name, n):
    suffix, head, paragraph = SHAPES[name]
    slug = "".join(c if c.isalnum() else "-" for c in name.lower()).replace("--", "-")
    path = folder / f"{slug}-{n}{suffix}"
    sep = "\n" if "list item" in name else "\n\n"
    path.write_text(head + sep.join(paragraph(i) for i in range(n)) + "\n")
    return path


def time_import(path):
    """Best of 3: seconds, the exit code and the last line on stderr."""
    best, rc, last = None, None, ""
    for _ in range(3):
        start = time.monotonic()
        proc = subprocess.run([str(TOOL), "import", "--today", "2026-01-01", str(path)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True, errors="replace")
        seconds = time.monotonic() - start
        best = seconds if best is None else min(best, seconds)
        rc, lines = proc.returncode, proc.stderr.strip().splitlines()
        last = lines[-1] if lines else ""
    return best, rc, last


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--paragraphs", type=int, default=30000)
    ap.add_argument("--keep", help="generate into this folder and keep it")
    ap.add_argument("--tool", help="the folio-bundle to time (default build/native/folio-bundle)")
    args = ap.parse_args()
    global TOOL
    TOOL = pathlib.Path(args.tool) if args.tool else TOOL
    if not TOOL.exists():
        print(f"could not measure: {TOOL} is missing (run scripts/build --native)")
        sys.exit(1)
    n, small = args.paragraphs, max(1, args.paragraphs // 10)
    root = pathlib.Path(args.keep or tempfile.mkdtemp(prefix="folio-bench-import-"))
    root.mkdir(parents=True, exist_ok=True)
    rows = []
    try:
        for name in SHAPES:
            t_small, _, _ = time_import(write(root, name, small))
            t, rc, last = time_import(write(root, name, n))
            rows.append((name, t_small, t, rc, last))
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    print(f"| source | {small:,} paragraphs s | {n:,} paragraphs s | growth (10x the paragraphs) | goal | exit | last message |")
    print("| --- | ---: | ---: | ---: | --- | ---: | --- |")
    for name, t_small, t, rc, last in rows:
        growth = t / t_small if t_small > 0 else float("inf")
        print(f"| {name} | {t_small:.3f} | {t:.3f} | {growth:.1f}x | under {GOAL_SECONDS:g} s -> "
              f"{'met' if t < GOAL_SECONDS else 'NOT met'} | {rc} | {last[-90:]} |")
    worst = max(rows, key=lambda r: r[2])
    print(f"goal: every import of {n:,} paragraphs under {GOAL_SECONDS:g} s: slowest {worst[2]:.3f} s ({worst[0]})")
    summary = os.environ.get("FOLIO_BENCH_SUMMARY")
    if summary:
        with open(summary, "a") as out:
            for name, _, t, _, _ in rows:
                out.write(f"import-speed\t{name}, {n:,} paragraphs, s\t{t:.3f}\t< {GOAL_SECONDS:g}\n")


if __name__ == "__main__":
    main()
