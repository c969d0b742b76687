#!/usr/bin/env python3
"""Writes the committed bad-input corpus (run from anywhere; rewrites the files beside this script).

articles/  article files, each tried as the only article of a bundle
feeds/     feed pages, each tried as a bundle's feed.json
bundles/   whole bundles whose cross references are wrong (a feed whose pages loop, ...)
sources/   publishers' sources the importer must refuse or repair
html/      hostile HTML the HTML-to-blocks converter must read safely (the fuzz_html target's seeds too): none of
           the word "evil" may reach a block
images/    photos the bundle tool must refuse (each built as the only photo of a bundle)
paths/     references met in bundles (the fuzz_paths target's seeds)
settings/  the reader's settings, positions and window files (the fuzz_settings target's seeds)
text/      hostile paragraphs for layout with the real text services (the fuzz_text_layout target's seeds)
search/    hostile search index files and queries (the fuzz_search_index target's seeds; committed as they are, not
           written here)
expected.tsv lists, per input, the text `folio-bundle validate` (or `import`) must print about it.
"""
import json, os, pathlib, struct, zlib

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
    "feeds/page-number-zero.json": (feed(_folio={"format": 1, "page": 0}), "$._folio.page: 0 is outside 1 to 2147483647"),
    "feeds/newer-url-not-a-string.json": (feed(_folio={"format": 1, "page": 2, "newer_url": 3}), "$._folio.newer_url: expected a string"),
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
    "sources/ninjs-wrong-type.json": (b'{"uri": "urn:x:1", "headlines": [{"role": "main", "value": 7}]}',
                                      "ninjs-wrong-type.json: $.headlines[0].value: expected a string"),
    "sources/ninjs-withheld.json": (b'{"uri": "urn:x:2", "headline": "H", "pubstatus": "withheld", "body_text": "B"}',
                                    "gives 0 articles where one was expected"),
    "sources/ninjs-deep.json": (b'{"uri": "urn:x:3", "headline": "H", "associations": ' + b"[" * 10000 + b"]" * 10000 + b"}",
                                "nested deeper than 64 levels"),
    "sources/ninjs-bad-pubstatus.json": (b'{"uri": "urn:x:4", "headline": "H", "pubstatus": "pending"}',
                                     '$.pubstatus: "pending" is none of usable, withheld, canceled'),
    "sources/wordpress-wrong-type.json": (b'[{"id": 1, "title": {"rendered": "T"}, "content": {"rendered": 5}}]',
                                          "wordpress-wrong-type.json: $[0].content.rendered: expected a string"),
}
# feeds (RSS, Atom, JSON Feed) the importers must refuse, or read without harm (an external entity is never read)
laughs = b'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 "lol">\n' + b"".join(
    b'<!ENTITY lol%d "%s">\n' % (i, b"&lol%d;" % (i - 1) * 10) for i in range(1, 10)) + b"]>\n"
rss_item = b"<item><guid>a</guid><title>T</title><description>D</description></item>"
files.update({
    "sources/billion-laughs.rss": (laughs + b'<rss version="2.0"><channel><item><title>&lol9;</title></item></channel></rss>\n',
                                   "malformed XML: Detected an entity reference loop"),
    "sources/quadratic-blowup.rss": (b'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY big "' + b"a" * 20000 + b'">]>\n'
                                     b'<rss version="2.0"><channel><item><title>' + b"&big;" * 1000 + b"</title></item></channel></rss>\n",
                                     "its entities expand past 16777216 bytes"),
    "sources/external-entity.rss": (b'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
                                    b'<rss version="2.0"><channel><item><guid>a</guid><title>&xxe;</title></item></channel></rss>\n', None),
    "sources/malformed.rss": (b'<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<item><title>Open</item>\n</channel></rss>\n',
                              "line 3: malformed XML: Opening and ending tag mismatch"),
    "sources/rss-without-channel.rss": (b'<rss version="2.0">' + rss_item + b"</rss>\n", "the <rss> element has no <channel>"),
    "sources/duplicate-guid.rss": (b'<rss version="2.0"><channel>' + rss_item * 2 + b"</channel></rss>\n",
                                   'item 2 (line 1): its guid "a" is also item 1 (line 1)\'s'),
    "sources/json-feed-wrong-types.json": (json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": [
        {"id": "a", "title": 42, "tags": "one"}]}).encode(), "$.items[0].title: expected a string"),
})
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
# images/: photos the bundle tool must refuse, each tiny (the fuzz_photo target's seeds too). A decompression bomb
# is a few bytes claiming 50,000 x 50,000 pixels (a PNG) or 65,535 x 65,535 (a GIF); the others are cut short,
# empty, mislabelled or of a type the tool does not read. The JPEG is 16 x 16 grey steps, made for this corpus.
def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

def png(w, h, rows=None):
    raw = rows if rows is not None else b"".join(b"\x00" + bytes((x * 16 + y) & 255 for x in range(w * 3)) for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            png_chunk(b"IDAT", zlib.compress(raw, 9)) + png_chunk(b"IEND", b""))

def gif_claiming(side):
    # A 65,535-pixel screen and frame whose LZW data is a clear code and an end code (the minimum code size 2).
    return (b"GIF89a" + struct.pack("<HHBBB", side, side, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff" +
            b"\x2c" + struct.pack("<HHHHB", 0, 0, side, side, 0) + b"\x02\x02\x4c\x01\x00\x3b")

small_jpeg = bytes.fromhex(
    "ffd8ffdb004300100b0c0e0c0a100e0d0e1211101318281a181616183123251d283a333d3c3933383740485c4e4044574537"
    "38506d51575f626768673e4d71797064785c656763ffc0000b080010001001011100ffc4001f000001050101010101010000"
    "0000000000000102030405060708090a0bffc400b5100002010303020403050504040000017d010203000411051221314106"
    "13516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a4344454647"
    "48494a535455565758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7"
    "a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9fa"
    "ffda0008010100003f00e6f44fe1af40d13f86bcff0044fe1af40d13f86bffd9")
for name, (data, expect) in {
    "images/bomb.png": (png(50000, 50000, zlib.decompress(zlib.compress(b"\x00" * 64))), "claims 50000 x 50000 pixels"),
    "images/bomb.gif": (gif_claiming(65535), "claims 65535 x 65535 pixels"),
    "images/truncated.jpg": (small_jpeg[: len(small_jpeg) // 2], "truncated.jpg: is not a readable jpg image: VipsJpeg: Premature end of input file"),
    "images/truncated.png": (png(16, 16)[:60], "truncated.png: is truncated or corrupt"),
    "images/png-named.jpg": (png(16, 16), "holds a png image, not the jpg its name says"),
    "images/empty.jpg": (b"", "is not an image (its bytes are no JPEG, PNG, GIF, WebP or AVIF)"),
    "images/logo.svg": (b'<svg xmlns="http://www.w3.org/2000/svg" width="50000" height="50000"/>', 'is not named as an image'),
    "images/notes.png": (b"These are notes, not a photo.\n", "is not an image (its bytes are no JPEG"),
}.items():
    files[name] = (data, expect)
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
# html/: HTML that must come out as safe blocks within the bounds (cli/html_blocks.h): scripts and event handlers,
# links and images of refused schemes, nesting, huge attributes, broken markup and bytes. Checked by
# tests/cli/html_blocks_test.cpp (no "evil" in any block) and replayed by fuzz_html.
for name, data in {
    "scripts-and-handlers.html": b"<p onclick='evil()' onmouseover=\"evil()\">Kept</p><script>evil()</script>"
        b"<SCRIPT type=module>evil()</SCRIPT><style>p{background:url(javascript:evil())}</style><img src=x onerror=evil()>"
        b"<svg onload=evil()><script>evil()</script></svg><noscript><p>evil</p></noscript><template><p>evil</p></template>"
        b"<iframe srcdoc='<script>evil()</script>'>evil</iframe><object data=evil.swf>evil</object><embed src=evil>"
        b"<form action=evil><input value=evil><button>evil</button><textarea>evil</textarea></form><math>evil</math>",
    "javascript-links.html": b"<p><a href='javascript:evil()'>one</a> <a href=' JaVaScRiPt:evil()'>two</a> "
        b"<a href='java\tscript:evil()'>three</a> <a href='&#106;avascript:evil()'>four</a> <a href='vbscript:evil'>five</a> "
        b"<a href='data:text/html,evil'>six</a> <img src='javascript:evil()' alt='seven'> <img src='data:image/png;base64,ZXZpbA=='></p>",
    "nested-tables.html": b"<table><tr><td>" * 300 + b"cell" + b"</td></tr></table>" * 300,
    "deep-nesting.html": b"<p>Before</p>" + b"<div><span><b>" * 3400 + b"deep" + b"</b></span></div>" * 3400,
    "unclosed-deep-lists.html": b"<ul><li>" * 5000 + b"item",
    "huge-attribute.html": b"<p><a href='https://news.example/" + b"e" * (1 << 20) + b"'>long link</a></p><img src='" + b"a" * 70000 + b".jpg'>"
        b"<p " + b" ".join(b"a%d=1" % i for i in range(20000)) + b">many attributes</p>",
    "broken-markup.html": b"<p>One<p>Two <b>three <i>four</b> five</i></p></div></div><td>six<li>seven</ul><blockquote><cite>"
        b"<figure><figcaption><figure><img src=a.jpg></figcaption><pre><code class='language-\x00c++'>x</pre><a href=",
    "bytes.html": b"<p>\xff\xfe\x00\x01\x1b[31m\xe2\x80\xaetext\xed\xa0\x80&#0;&#x110000;&#xD800;&#1;</p><p>\xc3</p>",
    "doctype-entities.html": b"<!DOCTYPE html [<!ENTITY a 'evilevilevil'><!ENTITY b '&a;&a;&a;&a;&a;'>]><p>&b;&b;&a;</p>"
        b"<p>&amp;lt;script&amp;gt; &lt;b&gt; &unknown; &#x3C;script&#x3E;</p><![CDATA[x]]><!-- evil --><?evil?>",
}.items():
    files[f"html/{name}"] = (data, None)
# text/: paragraphs for fuzz_text_layout (tests/fuzz/fuzz_text_layout.cpp): a width byte (x3 px), a settings byte
# (direction: bits 0-1 auto/ltr/rtl, alignment: bits 2-3 left/justify/center, bit 4 no wrap, bits 5-6 language
# ""/ar/th/he), the first run's style byte (face: mod 5 Latin/Arabic/Hebrew/Devanagari/Thai, size: /5 mod 5), then
# the text; 0x1E and a style byte start another run.
def style(face, size=2, unbreakable=False, link=False):
    return bytes([face + 5 * size + (0x80 if unbreakable else 0) + (0x40 if link else 0)])
def text_seed(width, settings, first, *runs):
    out = bytes([width, settings]) + first
    for i, run in enumerate(runs):
        out += (b"\x1e" + run[0] if i > 0 else b"") + (run[1] if isinstance(run[1], bytes) else run[1].encode())
    return out
thai = "กรมอุตุนิยมวิทยาเตือนว่าจะมีฝนตกหนักในภาคใต้และประชาชนควรติดตามข่าวสารอย่างใกล้ชิด"
for name, data in {
    "arabic-latin-digits-brackets": text_seed(40, 0b0100100, style(1), (style(1), "قال المتحدث (باسم الوزارة) إن "),
        (style(0), "3,500 [Reuters] {2026} "), (style(1, 3), "«شخص» غادروا [المدينة] في ١٢ ساعة — (أ) و(ب)؟ "),
        (style(0, 1, link=True), "see example.com/a?b=1 (2)")),
    "hebrew-points": text_seed(30, 0b1100010, style(2), (style(2), "בְּרֵאשִׁית בָּרָא אֱלֹהִים אֵת הַשָּׁמַיִם וְאֵת הָאָרֶץ׃ "),
        (style(0), "(Genesis 1:1) "), (style(2, 4), "וְהָאָרֶץ הָיְתָה תֹהוּ וָבֹהוּ")),
    "devanagari": text_seed(25, 0b0001000, style(3), (style(3), "नमस्ते दुनिया, क्षत्रिय श्री हिन्दी में ख़बरें: प्रधानमंत्री ने कहा "),
        (style(3, 4, unbreakable=True), "द्वारा"), (style(0), " 2026.")),
    "thai-no-spaces": text_seed(20, 0b1000000, style(4), (style(4), thai * 4), (style(0), "Bangkok"), (style(4, 1), thai)),
    "bidi-controls": text_seed(50, 0b0000000, style(0), (style(0),
        "a\u202bb \u05d0\u202ac\u202c\u202c d\u202e(e)\u202d[f]\u2067\u05d1 1\u2066g\u2069\u2068\u0628\u2069\u2069\u200f2\u200e\u061c"
        "\u202c\u202c\u2069 unbalanced\u2067\u202b\u2066\u202e (\u05d2) \u202a\u2068"),
        (style(1), "\u202eسلام (١)\u202c"), (style(0), "\n\u2069next\u202c \u05d3\t\u05d4")),
    "invalid-utf8": text_seed(15, 0b0010010, style(1), (style(1), b"\xd8\xb3\xed\xa0\x80\xd9\x84\xed\xbf\xbf \xc0\x80\xd8"
        b"\xf5\x80\x80\x80\xd8\xa7\xff\xfe\xe2\x80 \xf4\x90\x80\x80\x80\xd9\x85\xef\xbb\xbf\xe2\x80\x8b"),
        (style(0), b"a\xcc\x81\xcc\x80 \xed\xb0\x80\xed\xa0\xbd\xf0\x9f\x98"), (style(4), b"\xe0\xb8\x81\xe0\xb8"),
        (style(2), b"\xd7\x90\xd6\xb0\xd6\xb0\t\n\n\xd7")),
    "thousand-marks": text_seed(10, 0b0000100, style(1), (style(1), "ب" + "\u064e" * 1000 + " كتاب "),
        (style(0), "a" + "\u0301" * 1000 + " b "), (style(3), "क" + "\u094d\u093c" * 500)),
    # A fuzz finding: layout decodes the overlong C0 8A as a '\n' two bytes long (the model's cleaning keeps it out).
    "overlong-newline": text_seed(20, 0b1000000, style(4), (style(4), thai.encode() + b"\xe0\xb8\xc0\x8a" + thai.encode()),
        (style(0), b"Bangkok\xc0\x80\xe0\x80\x8a x\xc0\x8a")),
    # A fuzz finding: U+2028 and U+2029 end lines as '\n' does, so the bytes between two lines may be one of them.
    "line-separators": text_seed(50, 0b0000001, style(0), (style(0), "a\u2029c\u202c d\u202e(e)\u2028 \u05d1 1\u2066g"),
        (style(1), "\u2029\u2029\u0633\u0644\u0627\u0645\u2028(\u0661)"), (style(2), "\u2028\u05d3\t\u05d4\u2029")),
}.items():
    files[f"text/{name}"] = (data, None)
for name, (data, _) in files.items():
    path = here / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
with open(here / "expected.tsv", "w", encoding="utf-8") as out:
    out.write("# input\tthe text folio-bundle must print about it (validate for bundles, articles and feeds; import for sources; build for images)\n")
    for name, (_, expect) in files.items():
        if expect is not None:
            out.write(f"{name}\t{expect}\n")
    for name, expect in expected_bundles:
        out.write(f"{name}\t{expect}\n")
