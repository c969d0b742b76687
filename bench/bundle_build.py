#!/usr/bin/env python3
"""Benchmark of `folio-bundle build` on generated corpora.

Generates N articles (half plain text in the wire shape, half Markdown with front matter, about 2 KB each) into
a temporary folder, builds the bundle from scratch and times it (articles per second; the peak resident memory
of the folio-bundle process), then rebuilds with nothing changed (the incremental case). Does so at 1,000 and
100,000 articles and compares the first feed page's bytes (goal: equal, so the first page stays small however
large the corpus). Prints a markdown table. Needs build/native/folio-bundle (scripts/build --native).
Run: python3 bench/bundle_build.py [--sizes 1000,100000] [--keep DIR]
"""
import argparse, os, pathlib, resource, shutil, subprocess, sys, tempfile, time

REPO = pathlib.Path(__file__).resolve().parent.parent
TOOL = REPO / "build/native/folio-bundle"
PARAGRAPH = ("Tokyo's decisions regarding sanctions destroyed the atmosphere of friendship between the two nations "
             "and made the talks impossible, the ambassador told the channel on Tuesday.")


def write_corpus(folder, n):
    folder.mkdir(parents=True)
    for i in range(1, n + 1):
        # Fixed-width ids, titles and dates: the newest 50 articles have the same sizes at any corpus size.
        minute = i  # article i was published i minutes after the start of 2022
        date = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(1640995200 + 60 * minute))
        if i % 2:
            text = (f"World\n\nGenerated wire story {i:07d}\n\nA standfirst of ordinary length for story {i:07d}.\n\n"
                    f"MOSCOW, March 22. /TASS/. {PARAGRAPH} Russian Ambassador to Japan Mikhail Galuzin said so.\n\n"
                    f"\"We perceive the treaty as the foundation,\" the diplomat said.\n\n" + "\n\n".join([PARAGRAPH] * 6) + "\n")
            (folder / f"{i:07d}_gen-{i:07d}.txt").write_text(text)
            os.utime(folder / f"{i:07d}_gen-{i:07d}.txt")
        else:
            text = (f"---\nid: gen-{i:07d}\ntitle: Generated guide {i:07d}\ndescription: A standfirst of ordinary length for guide {i:07d}.\n"
                    f"date: {date}\nsection: Guides\nauthor: Ann Lee\nkeywords: [generated, bench]\n---\n\n"
                    + "\n\n".join([f"{PARAGRAPH} With *emphasis* and a [link](https://example.org/{i})."] * 6)
                    + "\n\n## A heading\n\n- one\n- two\n\n> A quote.\n> — Someone\n")
            (folder / f"gen-{i:07d}.md").write_text(text)


def run_build(src, out):
    """Runs folio-bundle build in a child; returns (seconds, the child's peak RSS in MB, summary line)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.monotonic()
    proc = subprocess.run([str(TOOL), "build", str(src), "-o", str(out), "--today", "2026-01-01"],
                          capture_output=True, text=True)
    seconds = time.monotonic() - start
    if proc.returncode != 0:
        sys.exit(f"build failed:\n{proc.stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    summary = [line for line in proc.stderr.splitlines() if line.startswith("folio-bundle: built")]
    return seconds, max(peak, before) / 1024, summary[-1] if summary else ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,100000")
    ap.add_argument("--keep", help="generate into this folder and keep it")
    args = ap.parse_args()
    if not TOOL.exists():
        sys.exit(f"{TOOL} is missing: run scripts/build --native")
    sizes = [int(s) for s in args.sizes.split(",")]
    root = pathlib.Path(args.keep or tempfile.mkdtemp(prefix="folio-bench-"))
    rows, first_page = [], {}
    try:
        for n in sizes:
            src, out = root / f"src-{n}", root / f"out-{n}"
            shutil.rmtree(src, ignore_errors=True), shutil.rmtree(out, ignore_errors=True)
            write_corpus(src, n)
            seconds, peak_mb, summary = run_build(src, out)
            again, _, summary_again = run_build(src, out)
            first_page[n] = (out / "feed.json").stat().st_size
            pages = len(list(out.glob("feed*.json")))
            rows.append((n, seconds, n / seconds, peak_mb, again, pages, first_page[n], summary_again))
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    print("| articles | full build s | articles/s | peak RSS MB (max so far) | unchanged rebuild s | feed pages | first page bytes |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for n, s, rate, peak, again, pages, fp, _ in rows:
        print(f"| {n:,} | {s:.1f} | {rate:,.0f} | {peak:.0f} | {again:.1f} | {pages:,} | {fp:,} |")
    for n, *_, summary in rows:
        print(f"{n:,}: unchanged rebuild: {summary}")
    if len(first_page) >= 2:
        small, large = first_page[sizes[0]], first_page[sizes[-1]]
        print(f"first feed page at {sizes[0]:,} vs {sizes[-1]:,} articles: {small:,} vs {large:,} bytes, ratio {large / small:.3f} "
              f"(goal: equal) -> {'met' if small == large else 'NOT met'}")


if __name__ == "__main__":
    main()
