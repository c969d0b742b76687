#!/usr/bin/env python3
"""Benchmark of `folio-bundle build` at scale, each figure printed beside its goal.

Generates realistic corpora straight to disk in a temporary folder (half wire stories in plain text, half Markdown
with front matter, about 2 KB each, every tenth naming related articles; no photos, whose encoding bench/photo_build.py
measures) and measures:
  1. scale: a build from scratch at each size (default 10,000 and 100,000; --large adds 1,000,000): wall time,
     articles per second, the peak resident memory of the folio-bundle process (goal: at most 300 MB at 1,000,000
     articles; from two sizes the growth per article and the figure it projects at 1,000,000), and an unchanged
     rebuild's time; the newest feed page's bytes are the same at every size.
  2. threads: a build from scratch with --jobs 1 and with --jobs 2 (goal: articles per second at least 1.7 times
     as many with 2). The machine's load average is printed beside it: a shared machine makes this figure low.
  3. one article added to a built bundle of 10,000 (--large: and 1,000,000) articles: the files the rebuild
     writes, split into the article's own (its three files and their .gz and .br copies: 9) and the rest (feed.json,
     an archive page when the index rolls over, each with its two copies, and the manifest). Goal: the same count
     at every size, and at most 5 files besides the article's own (counted without copies; with them, printed too).
  4. import MB/s per source kind on generated inputs (bench/import_throughput.cpp, one thread): wire text and
     Markdown, and an input for each other kind (RSS, Atom, JSON Feed, ninjs, WordPress, HTML page) that says "not
     imported by this build" until its importer is merged. Another kind: add a generator to IMPORT_INPUTS.
Needs build/native/folio-bundle and build/cmake-native/folio_bench_import (scripts/build --native, or
cmake --build build/cmake-native --target folio_bundle folio_bench_import).
Run: python3 bench/bundle_build.py [--sizes 10000,100000] [--large] [--jobs-size 20000] [--add-size 10000]
     [--import-mb 10] [--only scale,threads,add,import] [--keep DIR]
"""
import argparse, json, os, pathlib, shutil, subprocess, sys, tempfile, time

REPO = pathlib.Path(__file__).resolve().parent.parent
TOOL = REPO / "build/native/folio-bundle"
IMPORT_BENCH = REPO / "build/cmake-native/folio_bench_import"
RSS_GOAL_MB, RSS_GOAL_AT = 300, 1_000_000
JOBS_RATIO_GOAL = 1.7
ADD_GOAL_OTHERS = 5  # files besides the article's own, copies not counted
OWN_FILES = 9         # articles/ID.json, articles/ID.html, oembed/ID.json and a .gz and .br of each
PARAGRAPH = ("Tokyo's decisions regarding sanctions destroyed the atmosphere of friendship between the two nations "
             "and made the talks impossible, the ambassador told the channel on Tuesday.")
START = 1640995200  # 2022-01-01


def date_of(i):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(START + 60 * i))  # article i: i minutes after the start


def source_of(i):
    """(file name, text) of generated article i: fixed-width ids, titles and dates, so the newest page's size does
    not depend on the corpus's size."""
    if i % 2:
        return (f"{i:07d}_gen-{i:07d}.txt",
                f"World\n\nGenerated wire story {i:07d}\n\nA standfirst of ordinary length for story {i:07d}.\n\n"
                f"MOSCOW, March 22. /TASS/. {PARAGRAPH} Russian Ambassador to Japan Mikhail Galuzin said so.\n\n"
                f"\"We perceive the treaty as the foundation,\" the diplomat said.\n\n" + "\n\n".join([PARAGRAPH] * 6) + "\n")
    related = f"related: [gen-{i - 2:07d}, gen-{i - 1:07d}]\n" if i % 10 == 0 else ""
    return (f"gen-{i:07d}.md",
            f"---\nid: gen-{i:07d}\ntitle: Generated guide {i:07d}\ndescription: A standfirst of ordinary length for guide {i:07d}.\n"
            f"date: {date_of(i)}\nsection: Guides\nauthor: Ann Lee\nkeywords: [generated, bench]\n{related}---\n\n"
            + "\n\n".join([f"{PARAGRAPH} With *emphasis* and a [link](https://example.org/{i})."] * 6)
            + "\n\n## A heading\n\n- one\n- two\n\n> A quote.\n> — Someone\n")


def write_corpus(folder, n, first=1):
    """Articles first..n into folder (in subfolders of 10,000, as a large archive would be kept). A folder already
    holding articles 1..n (kept with --keep) is used as it is."""
    done = folder / f".complete-{n}"
    if first == 1 and done.exists():
        return
    for i in range(first, n + 1):
        name, text = source_of(i)
        sub = folder / f"{i // 10000:03d}"
        if i == first or i % 10000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        (sub / name).write_text(text)
    if first == 1:
        done.write_text("")


def run_build(src, out, jobs=None):
    """Runs folio-bundle build; returns (seconds, peak RSS in MB of that process, files written, summary line)."""
    cmd = [str(TOOL), "build", str(src), "-o", str(out), "--today", "2026-01-01"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"build failed:\n{stderr[-3000:]}")
    summary = [line for line in stderr.splitlines() if line.startswith("folio-bundle: built")]
    line = summary[-1] if summary else ""
    written = int(line.split(": ", 2)[2].split(" files written")[0]) if "files written" in line else -1
    return seconds, usage.ru_maxrss / 1024, written, line


def load():
    return "load average %.1f %.1f %.1f on %d cores" % (*os.getloadavg(), os.cpu_count())


def scale(root, sizes):
    print("## 1. Scale: a build from scratch (default --jobs), then an unchanged rebuild\n")
    print(f"| articles | full build s | articles/s | peak RSS MB | goal | unchanged rebuild s | its peak RSS MB | feed pages | newest page bytes |")
    print("| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |")
    rows = []
    for n in sizes:
        src, out = root / f"src-{n}", root / f"out-{n}"
        shutil.rmtree(out, ignore_errors=True)
        write_corpus(src, n)
        before = load()
        seconds, peak, _, _ = run_build(src, out)
        again, again_peak, _, _ = run_build(src, out)
        pages = len(list(out.glob("feed*.json")))
        newest = (out / "feed.json").stat().st_size
        goal = (f"<= {RSS_GOAL_MB} MB -> {'met' if peak <= RSS_GOAL_MB else 'NOT met'}" if n >= RSS_GOAL_AT
                else f"(goal at {RSS_GOAL_AT:,})")
        print(f"| {n:,} | {seconds:.1f} | {n / seconds:,.0f} | {peak:.0f} | {goal} | {again:.1f} | {again_peak:.0f} | {pages:,} | {newest:,} |",
              flush=True)
        rows.append((n, peak))
        print(f"<!-- {n:,}: {before} before, {load()} after -->")
        if n != sizes[-1]:
            shutil.rmtree(out, ignore_errors=True)
    if len(rows) >= 2 and rows[-1][0] < RSS_GOAL_AT:
        (n0, p0), (n1, p1) = rows[-2], rows[-1]
        per = (p1 - p0) * 1024 * 1024 / (n1 - n0)
        projected = p1 + (p1 - p0) * (RSS_GOAL_AT - n1) / (n1 - n0)
        print(f"\npeak RSS grows {per:,.0f} bytes per article ({n0:,} -> {n1:,}); projected at {RSS_GOAL_AT:,}: "
              f"{projected:,.0f} MB (goal <= {RSS_GOAL_MB} MB -> {'met' if projected <= RSS_GOAL_MB else 'NOT met'}, projected)")
    return root / f"src-{sizes[-1]}", root / f"out-{sizes[-1]}"


def threads(root, n):
    print(f"\n## 2. Threads: a build of {n:,} articles from scratch with --jobs 1 and --jobs 2\n")
    src = root / f"src-jobs-{n}"
    if not src.exists():
        write_corpus(src, n)
    rates = {}
    for jobs in (1, 2):
        out = root / f"out-jobs-{jobs}"
        shutil.rmtree(out, ignore_errors=True)
        before = load()
        seconds, peak, _, _ = run_build(src, out, jobs)
        rates[jobs] = n / seconds
        print(f"- --jobs {jobs}: {seconds:.1f} s, {rates[jobs]:,.0f} articles/s, peak RSS {peak:.0f} MB "
              f"({before} before, {load()} after)", flush=True)
        shutil.rmtree(out, ignore_errors=True)
    ratio = rates[2] / rates[1]
    print(f"- ratio 2 jobs / 1 job: {ratio:.2f} (goal >= {JOBS_RATIO_GOAL} -> {'met' if ratio >= JOBS_RATIO_GOAL else 'NOT met'}; "
          f"measured on a machine with {load()})")


def add_one(root, n, src=None, out=None):
    """Builds n articles (or takes a build of them), adds the newest article, rebuilds: the files written."""
    if src is None:
        src, out = root / f"src-add-{n}", root / f"out-add-{n}"
        shutil.rmtree(src, ignore_errors=True), shutil.rmtree(out, ignore_errors=True)
        write_corpus(src, n)
        run_build(src, out)
    write_corpus(src, n + 1, first=n + 1)
    seconds, peak, written, line = run_build(src, out)
    others = written - OWN_FILES                   # feed pages with their copies, and the manifest
    originals = (others - 1) // 3 + 1 if others > 0 else others
    ok = 0 <= originals <= ADD_GOAL_OTHERS
    print(f"- {n:,} articles + 1: {written} files written = {OWN_FILES} the article's own (3 files + 6 copies) + {others} others "
          f"({originals} files: the manifest and {originals - 1} feed page(s), + {others - originals} copies) in {seconds:.1f} s, "
          f"peak RSS {peak:.0f} MB (goal: the same at every size, <= {ADD_GOAL_OTHERS} besides the article's own -> "
          f"{'met' if ok else 'NOT met'}); {line.split(': ', 1)[-1]}", flush=True)
    (src / f"{(n + 1) // 10000:03d}" / source_of(n + 1)[0]).unlink()  # the corpus as it was, for another run
    return written


def rss_item(i):
    return (f"<item><title>Feed story {i}</title><link>https://news.example.org/{i}</link><guid>urn:folio:bench:{i}</guid>"
            f"<pubDate>Tue, 22 Mar 2022 10:{i % 60:02d}:00 GMT</pubDate><dc:creator>Ann Lee</dc:creator><category>World</category>"
            f"<description>A standfirst for story {i}.</description><content:encoded><![CDATA["
            + "".join(f"<p>{PARAGRAPH} <em>{k}</em> <a href=\"https://example.org/{k}\">link</a></p>" for k in range(6))
            + "]]></content:encoded></item>")


def html_body(i):
    return "".join(f"<p>{PARAGRAPH} <em>{i}</em> <a href=\"https://example.org/{k}\">link</a></p>" for k in range(6))


# name of the kind (as folio_bench_import prints it): (file suffix, the text of input file f, articles in a file).
IMPORT_INPUTS = {
    "wire text": (".txt", lambda f: source_of(2 * f + 1)[1], 1),
    "Markdown": (".md", lambda f: source_of(2 * f + 2)[1], 1),
    "RSS or Atom feed": (".rss", lambda f: '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
                         'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                         '<channel><title>Bench</title><link>https://news.example.org/</link><description>Generated</description>'
                         + "".join(rss_item(f * 20 + k) for k in range(20)) + "</channel></rss>\n", 20),
    "Atom feed": (".atom", lambda f: '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
                  '<title>Bench</title><id>urn:folio:bench</id><updated>2022-03-22T10:00:00Z</updated>'
                  + "".join(f'<entry><title>Atom story {f * 20 + k}</title><id>urn:folio:atom:{f * 20 + k}</id>'
                            f'<updated>2022-03-22T10:00:00Z</updated><author><name>Ann Lee</name></author>'
                            f'<content type="html">{html_body(k).replace("&", "&amp;").replace("<", "&lt;")}</content></entry>'
                            for k in range(20)) + "</feed>\n", 20),
    "JSON Feed": (".json", lambda f: json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Bench", "items": [
        {"id": f"urn:folio:jf:{f * 20 + k}", "title": f"JSON Feed story {f * 20 + k}", "content_html": html_body(k),
         "date_published": "2022-03-22T10:00:00Z", "authors": [{"name": "Ann Lee"}], "tags": ["World"]} for k in range(20)]}), 20),
    "IPTC ninjs": (".json", lambda f: json.dumps({"uri": f"urn:folio:ninjs:{f}", "type": "text", "version": "1",
        "headlines": [{"value": f"Ninjs story {f}"}], "bodies": [{"role": "main", "contenttype": "text/html", "value": html_body(f)}],
        "versioncreated": "2022-03-22T10:00:00Z", "language": "en", "by": "Ann Lee", "pubstatus": "usable"}), 1),
    "WordPress post": (".json", lambda f: json.dumps([{"id": f * 10 + k, "date_gmt": "2022-03-22T10:00:00", "slug": f"post-{f * 10 + k}",
        "link": f"https://news.example.org/post-{f * 10 + k}/", "title": {"rendered": f"WordPress post {f * 10 + k}"},
        "content": {"rendered": html_body(k)}, "excerpt": {"rendered": "<p>A standfirst.</p>"}} for k in range(10)]), 10),
    "HTML page": (".html", lambda f: f'<!doctype html><html lang="en"><head><title>Page {f}</title>'
                  f'<meta property="og:title" content="Page story {f}"></head><body><nav><a href="/">Home</a></nav>'
                  f'<article><h1>Page story {f}</h1>{html_body(f)}</article><footer>Footer</footer></body></html>\n', 1),
}


def imports(root, mb):
    print(f"\n## 4. Import MB/s per source kind (about {mb} MB of generated input each, one thread)\n")
    if not IMPORT_BENCH.exists():
        print(f"could not measure: {IMPORT_BENCH} is missing (cmake --build build/cmake-native --target folio_bench_import)")
        return
    print("| kind | files | articles | MB | s | MB/s | refused (first reason) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for kind, (suffix, text, _) in IMPORT_INPUTS.items():
        folder = root / ("import-" + "".join(c if c.isalnum() else "-" for c in kind))
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        files, size, f = [], 0, 0
        while size < mb * 1e6:
            path = folder / f"in-{f:06d}{suffix}"
            body = text(f)
            path.write_text(body)
            files.append(str(path))
            size += len(body.encode())
            f += 1
        proc = subprocess.run([str(IMPORT_BENCH)] + files, capture_output=True, text=True)
        for row in proc.stdout.strip().splitlines() or [f"{kind}\t-\t-\t-\t-\t-\t-\t{proc.stderr.strip()[:120]}"]:
            name, nfiles, articles, size_mb, seconds, rate, refused, why = (row.split("\t") + [""] * 8)[:8]
            if refused not in ("", "0") and refused == nfiles:
                rate = "not imported by this build"
            print(f"| {kind} (as {name}) | {nfiles} | {articles} | {size_mb} | {seconds} | {rate} | {refused} {why[-100:]} |")
        shutil.rmtree(folder, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--large", action="store_true", help=f"also {RSS_GOAL_AT:,} articles (scale and add: hours, tens of GB)")
    ap.add_argument("--jobs-size", type=int, default=20000)
    ap.add_argument("--add-size", type=int, default=10000)
    ap.add_argument("--import-mb", type=int, default=10)
    ap.add_argument("--only", default="scale,threads,add,import")
    ap.add_argument("--keep", help="generate into this folder and keep it")
    args = ap.parse_args()
    if not TOOL.exists():
        sys.exit(f"{TOOL} is missing: run scripts/build --native")
    sizes = [int(s) for s in args.sizes.split(",")] + ([RSS_GOAL_AT] if args.large else [])
    only = set(args.only.split(","))
    root = pathlib.Path(args.keep or tempfile.mkdtemp(prefix="folio-bench-build-"))
    root.mkdir(parents=True, exist_ok=True)
    print(f"folio-bundle build benchmark; {load()}\n")
    try:
        largest = scale(root, sizes) if "scale" in only else None
        if "threads" in only:
            threads(root, args.jobs_size)
        if "add" in only:
            print("\n## 3. One article added to a built bundle, rebuilt: files written\n")
            small = add_one(root, args.add_size)
            if args.large and largest:
                large = add_one(root, RSS_GOAL_AT, *largest)
                print(f"- equal at {args.add_size:,} and {RSS_GOAL_AT:,}: {'met' if small == large else 'NOT met'} ({small} and {large})")
        if "import" in only:
            imports(root, args.import_mb)
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
