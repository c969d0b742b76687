#!/usr/bin/python3
"""Benchmark of `folio-bundle build` on N photos (issue 12: photos per second and peak memory).

Makes N distinct photographs at bench time from the sample bundle's (assets/sample-photos.tsv: the Debian
package's files, which scripts/setup installs), with Pillow (python3-pil, a test package): photo i is source
i mod 9 scaled to one of eight widths from 1,200 to 3,000 pixels (aspect kept) with a band of 32 pixels
brightened by an amount set by i, so every photo's pixels differ and none shares variants with another;
saved as JPEG quality 90. They go into N/10 Markdown articles of ten photos each. Making them is not timed.
Then `folio-bundle build` from scratch, timed: photos per second (N / wall-clock seconds), and the peak
resident memory of the folio-bundle process (getrusage of the child), beside the CPU time it used. Then an
unchanged rebuild, timed the same way (the issue asks that an unchanged photo is not re-encoded: the
figure shows whether it is). No goal is asserted; the figures are printed.
Needs build/native/folio-bundle (scripts/build --native). 1,000 photos take about ten minutes on two cores.
Run: /usr/bin/python3 bench/photo_build.py (Debian's python3, which has python3-pil) [--photos 1000] [--keep DIR]
     /usr/bin/python3 bench/photo_build.py --make-photos DIR [--photos N] [--max-width W]   (only the photos)
"""
import argparse, os, pathlib, resource, shutil, subprocess, sys, tempfile, time

REPO = pathlib.Path(__file__).resolve().parent.parent
TOOL = REPO / "build/native/folio-bundle"
PHOTO_LIST = REPO / "assets/sample-photos.tsv"
WIDTHS = [1200, 1440, 1600, 1920, 2048, 2400, 2560, 3000]
PER_ARTICLE = 10


def sample_photos():
    files = []
    for line in PHOTO_LIST.read_text().splitlines():
        if not line or line.startswith("#"):
            continue
        name, package, file = line.split("\t")
        if not os.path.isfile(file):
            sys.exit(f"{file} is missing: install {package} (scripts/setup does)")
        files.append(file)
    return files


def make_photos(folder, n, widths=WIDTHS):
    """Writes folder/pNNNNN.jpg for i < n (as the docstring says); returns their bytes."""
    try:
        from PIL import Image, ImageEnhance
    except ImportError:
        sys.exit("Pillow is missing: install python3-pil (scripts/setup does) and run with /usr/bin/python3")
    sources = [Image.open(f).convert("RGB") for f in sample_photos()]
    folder.mkdir(parents=True, exist_ok=True)
    source_bytes = 0
    for i in range(n):
        src = sources[i % len(sources)]
        w = widths[(i // len(sources)) % len(widths)]
        w = min(w, src.width * 2)
        im = src.resize((w, round(src.height * w / src.width)), Image.BILINEAR)
        y = (i * 37) % max(1, im.height - 32)
        band = im.crop((0, y, im.width, y + 32))
        im.paste(ImageEnhance.Brightness(band).enhance(1.05 + (i % 97) / 200), (0, y))
        path = folder / f"p{i:05d}.jpg"
        im.save(path, "JPEG", quality=90)
        source_bytes += path.stat().st_size
    return source_bytes


def make_corpus(folder, n):
    source_bytes = make_photos(folder / "photos", n)
    for a in range(0, n, PER_ARTICLE):
        body = "\n\n".join(
            f"Paragraph before photo {i}.\n\n![Generated photo {i}](photos/p{i:05d}.jpg \"Photo {i} | Bench\")"
            for i in range(a, min(n, a + PER_ARTICLE)))
        (folder / f"a{a:05d}.md").write_text(
            f"---\nid: photos-{a:05d}\ntitle: Photos {a} to {min(n, a + PER_ARTICLE) - 1}\n"
            f"date: 2024-01-01T00:00:00Z\nsection: Bench\n---\n\n{body}\n")
    return source_bytes


def run_build(src, out):
    """folio-bundle build in a child: (wall seconds, child CPU seconds, peak RSS MB, summary line)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    proc = subprocess.run([str(TOOL), "build", str(src), "-o", str(out), "--today", "2026-01-01"],
                          capture_output=True, text=True)
    seconds = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"photo-build: could not measure: build failed:\n{proc.stderr[-2000:]}")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    # ru_maxrss of the children is the largest of any child waited for so far, and folio-bundle builds are this
    # script's only children: after the first build it is that build's peak, after the second the larger of both.
    summary = [line for line in proc.stderr.splitlines() if line.startswith("folio-bundle: built")]
    return seconds, cpu, after.ru_maxrss / 1024, summary[-1] if summary else ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--photos", type=int, default=1000)
    ap.add_argument("--keep", help="generate into this folder and keep it")
    ap.add_argument("--make-photos", metavar="DIR", help="only write the photos into DIR (for bench/photo-scroll.mjs)")
    ap.add_argument("--max-width", type=int, default=WIDTHS[-1], help="with --make-photos: the widest photo")
    args = ap.parse_args()
    if args.make_photos:
        widths = [w for w in WIDTHS if w <= args.max_width] or [args.max_width]
        make_photos(pathlib.Path(args.make_photos), args.photos, widths)
        return
    if not TOOL.exists():
        sys.exit(f"photo-build: could not measure: {TOOL} is missing: run scripts/build --native")
    root = pathlib.Path(args.keep or tempfile.mkdtemp(prefix="folio-bench-photos-"))
    src, out = root / "src", root / "out"
    shutil.rmtree(src, ignore_errors=True), shutil.rmtree(out, ignore_errors=True)
    try:
        t = time.monotonic()
        source_bytes = make_corpus(src, args.photos)
        print(f"photo-build: made {args.photos:,} photos ({source_bytes / 2**20:.0f} MiB of JPEG, widths "
              f"{WIDTHS[0]}-{WIDTHS[-1]}) in {time.monotonic() - t:.0f} s (not timed); {os.cpu_count()} CPUs, "
              f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
        seconds, cpu, peak, summary = run_build(src, out)
        again, cpu_again, _, summary_again = run_build(src, out)
        media = list((out / "media").iterdir())
        media_bytes = sum(p.stat().st_size for p in media)
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    n = args.photos
    print("| build | photos | wall s | CPU s | photos/s | peak RSS MB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    print(f"| from scratch | {n:,} | {seconds:.1f} | {cpu:.1f} | {n / seconds:.2f} | {peak:.0f} |")
    print(f"| unchanged rebuild | {n:,} | {again:.1f} | {cpu_again:.1f} | {n / again:.2f} | (max of both) |")
    print(f"variants written: {len(media):,} files, {media_bytes / 2**20:.0f} MiB")
    print(f"from scratch: {summary}")
    print(f"unchanged: {summary_again}")
    print(f"goal: none set (issue 12 asks for the figures): {n / seconds:.2f} photos/s, peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
