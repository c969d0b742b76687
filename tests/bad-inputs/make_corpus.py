#!/usr/bin/env python3
"""Writes the committed bad-input corpus (run from anywhere; rewrites the files beside this script).

articles/  article files, each tried as the only article of a bundle
feeds/     feed pages, each tried as a bundle's feed.json
bundles/   whole bundles whose cross references are wrong (a feed whose pages loop, ...)
sources/   publishers' sources the importer must refuse or repair
paths/     references met in bundles (the fuzz_paths target's seeds)
settings/  the reader's settings, positions and window files (the fuzz_settings target's seeds)
expected.tsv lists, per input, the text `folio-bundle validate` (or `import`) must print about it.
"""
import json, os, pathlib

here = pathlib.Path(__file__).resolve().parent
good_article = {
    "folioFormat": 1, "id": "bad", "headline": "A headline", "datePublished": "2022-03-22T00:00:00Z",
    "body": [{"type": "paragraph", "text": "One. " + "A sentence long enough to fill a line of the reader's column. " * 4},
             {"type": "paragraph", "text": "Two. " + "Another sentence, so that a drawn page is visibly not blank. " * 4},
             {"type": "quote", "text": "Three.", "attribution": "Someone"}, {"type": "divider"}],
}

def article(compact=False, **changes):
    a = dict(good_article)
    a.update(changes)
    return json.dumps(a, indent=None if compact else 2, separators=(",", ":") if compact else None, ensure_ascii=False).encode()

def feed(items=None, compact=False, **changes):
    f = {"version": "https://jsonfeed.org/version/1.1", "title": "Bad inputs", "_folio": {"format": 1},
         "items": items if items is not None else [item("bad")]}
    f.update(changes)
    return json.dumps(f, indent=None if compact else 2, separators=(",", ":") if compact else None).encode()

def item(id, article=None):
    return {"id": id, "title": id, "content_text": id, "date_published": "2022-03-22T00:00:00Z",
            "_folio": {"article": article or f"articles/{id}.json"}}

good = article()
vidoe = dict(good_article)
vidoe["body"] = good_article["body"][:3] + [{"type": "vidoe", "src": "clip.mp4"}]
files = {
    # name: (bytes, expected text)
    "articles/truncated.json": (good[: len(good) // 2], "invalid JSON"),
    "articles/wrong-type-headline.json": (article(headline=42), "$.headline: expected a string"),
    "articles/wrong-type-body.json": (article(body={"type": "paragraph"}), "$.body: expected an array"),
    "articles/unknown-block-type.json": (json.dumps(vidoe, indent=2).encode(), '$.body[3].type: unknown block type "vidoe"'),
    "articles/deep-nesting.json": (b'{"id":"bad","headline":"H","body":[],"extra":' + b"[" * 100000 + b"]" * 100000 + b"}",
                                   "nested deeper than 64 levels"),
    "articles/ten-megabyte-string.json": (article(headline="x" * (10 << 20)), "$.headline: string of 10485760 bytes; the limit is 1048576"),
    "articles/invalid-utf8.json": (article(headline="cafXe").replace(b"cafXe", b"caf\xe9"), "invalid JSON: Invalid encoding in string."),
    "articles/empty.json": (b"", "empty file"),
    "articles/byte-order-mark.json": (b"\xef\xbb\xbf" + good, "starts with a byte order mark"),
    "articles/nul-bytes.json": (good.replace(b'"One. ', b'"On\x00e. '), "invalid JSON"),
    "articles/truncated-byte-order-mark.json": (b"\xef\xbb" + good, "line 1, column 1: invalid JSON: Invalid value."),
    "articles/nul-after-value.json": (good + b"\x00", "invalid JSON: a NUL byte"),
    "articles/huge-array.json": (article(compact=True, body=[0] * 200000), "$.body: 200000 entries; the limit is 10000"),
    "articles/javascript-link.json": (article(body=[{"type": "paragraph", "text": [{"text": "x", "href": "javascript:alert(1)"}]}]),
                                      '$.body[0].text[0].href: link scheme "javascript" is not allowed'),
    "articles/missing-id.json": (json.dumps({k: v for k, v in good_article.items() if k != "id"}).encode(), "$.id: missing"),
    "articles/newer-format.json": (article(folioFormat=2), "$.folioFormat: format 2 is newer than this reader (1)"),
    "articles/not-an-object.json": (b"[1, 2, 3]", "$: expected an object"),
    "feeds/truncated.json": (feed()[:40], "invalid JSON"),
    "feeds/not-json-feed.json": (feed(version="https://example.org/rss"), '$.version: not a JSON Feed'),
    "feeds/huge-array.json": (feed(compact=True, items=[item("bad")] * 10001), "$.items: 10001 entries; the limit is 10000"),
    "feeds/item-without-folio.json": (feed(items=[{"id": "bad", "content_text": "x"}]), "$.items[0]._folio: missing"),
    "feeds/wrong-type-items.json": (feed(items={"id": "bad"}), "$.items: expected an array"),
    "bundles/page-loop/feed.json": (feed(next_url="feed-2.json"), None),
    "bundles/page-loop/feed-2.json": (feed(items=[item("other")], next_url="feed.json"), None),
    "bundles/page-loop/articles/bad.json": (good, None),
    "bundles/page-loop/articles/other.json": (article(id="other"), None),
    "bundles/broken-references/feed.json": (feed(items=[item("bad"), item("gone"), item("bad"), item("wrong-id")], next_url="feed-9.json"), None),
    "bundles/broken-references/articles/bad.json": (article(related=["nowhere"]), None),
    "bundles/broken-references/articles/wrong-id.json": (article(id="someone-else"), None),
    "bundles/broken-references/articles/orphan.json": (article(id="orphan"), None),
    "sources/empty.txt": (b"", "empty file"),
    "sources/headline-only.txt": (b"Just a headline\n", "no body after the headline"),
    "sources/only-control-characters.txt": (b"\x00\x01\x02\x1b\n\x7f", "the file holds no text"),
    "sources/bad-front-matter.md": (b"---\ntitle: [unclosed\n---\nBody.\n", "line 3: front matter:"),
    "sources/unclosed-front-matter.md": (b"---\ntitle: T\nBody.\n", 'line 1: front matter: no closing "---" line'),
    "sources/no-title.md": (b"---\ndate: 2022-03-01\n---\nJust a paragraph.\n", "no title"),
    "sources/bad-date.md": (b"---\ntitle: T\ndate: yesterday\n---\nBody.\n", 'line 3: date "yesterday" is not YYYY-MM-DD'),
    "sources/bad-id.md": (b"---\nid: ../../etc/passwd\ntitle: T\n---\nBody.\n", 'line 2: article id "../../etc/passwd"'),
}
expected_bundles = [
    ("bundles/page-loop", "feed-2.json: $.next_url: the pages loop: feed.json -> feed-2.json -> feed.json"),
    ("bundles/broken-references", "feed.json: $.items[2].id: duplicate id \"bad\""),
    ("bundles/broken-references", "articles/gone.json: missing (listed by feed.json $.items[1]._folio.article)"),
    ("bundles/broken-references", "articles/bad.json: $.related[0]: no article with id \"nowhere\" in the feed"),
    ("bundles/broken-references", "articles/wrong-id.json: $.id: \"someone-else\", but feed.json $.items[3] lists it as \"wrong-id\""),
    ("bundles/broken-references", "articles/orphan.json: not listed in the feed"),
    ("bundles/broken-references", "feed-9.json: missing (named by feed.json $.next_url)"),
    ("bundles/broken-references", "oembed/bad.json: missing"),
    ("bundles/broken-references", "articles/bad.html: "),
]
# paths/: references a bundle may hold, for the fuzz_paths target (from-file, a newline, then the reference).
for name, ref in {
    "climb": b"feed.json\n../../etc/passwd", "encoded-climb": b"feed.json\n%2e%2e/%2E%2e/x.json",
    "absolute-under-base": b"feed.json\nhttps://news.example/bundle/articles/../../../../etc/passwd",
    "backslash": b"articles/a.json\n..\\..\\x", "encoded-slash": b"feed.json\narticles%2f..%2f..%2fx",
    "scheme": b"feed.json\njavascript:alert(1)", "network-path": b"feed.json\n//evil.example/a.json",
    "nul": b"feed.json\narticles/a\x00.json", "good": b"feed-2.json\n./articles/a.json?v=2#top",
}.items():
    files[f"paths/{name}"] = (ref, None)
# settings/: the files the viewers keep for the reader, stored well and badly (the fuzz_settings target's seeds).
for name, data in {
    "settings.json": b'{"fontSize":22,"family":"sans","width":"wide","spacing":"loose","theme":"sepia","justify":true}',
    "positions.json": b'[["801a1fae005ec4bc",0.25],["getting-started",1]]',
    "window.json": b'{"x":10,"y":20,"width":900,"height":700,"maximized":false}',
    "deep.json": b"[" * 300000, "wrong-types.json": b'{"fontSize":"big","theme":7,"width":null}',
    "out-of-range.json": b'{"fontSize":1e308,"x":-2147483649,"width":99999999}',
}.items():
    files[f"settings/{name}"] = (data, None)
for name, (data, _) in files.items():
    path = here / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
with open(here / "expected.tsv", "w", encoding="utf-8") as out:
    out.write("# input\tthe text folio-bundle must print about it (validate for bundles, articles and feeds; import for sources)\n")
    for name, (_, expect) in files.items():
        if expect is not None:
            out.write(f"{name}\t{expect}\n")
    for name, expect in expected_bundles:
        out.write(f"{name}\t{expect}\n")
