#!/usr/bin/env bash
# `cmake --install` of the desktop build into a throw-away prefix: the programs, the fonts and the sample
# bundle in share/folio, a valid .desktop entry and the icon; then the installed folio draws a screenshot from
# its installed data, also when the folder it opens holds that data. Ends with "desktop install: N passed, N failed".
set -uo pipefail
suite="desktop install"
. "$(dirname "$0")/lib.sh"
prefix="$work/prefix"

install_quietly() { cmake --install "$top/build/cmake-native" --prefix "$prefix" >"$work/install.log" 2>&1 || { cat "$work/install.log"; return 1; }; }
check "cmake --install into a prefix succeeds" install_quietly
check "bin/folio is installed" test -x "$prefix/bin/folio"
check "bin/folio-bundle is installed beside it" test -x "$prefix/bin/folio-bundle"
check "... and runs" run_expect 0 "" "$prefix/bin/folio-bundle" --help
check "the reading fonts are in share/folio/fonts" test -s "$prefix/share/folio/fonts/NotoSerif-Regular.ttf"
check "the CJK fallback manifest is there too" test -s "$prefix/share/folio/fonts/fallback.json"
check "the sample bundle is in share/folio/bundle" test -s "$prefix/share/folio/bundle/feed.json"
check "the .desktop entry is in share/applications" test -s "$prefix/share/applications/folio.desktop"
check "... and valid (desktop-file-validate)" desktop-file-validate "$prefix/share/applications/folio.desktop"
check "... starting folio with a file or address" grep -qx 'Exec=folio %u' "$prefix/share/applications/folio.desktop"
icon="$prefix/share/icons/hicolor/scalable/apps/folio.svg"
check "the icon is in the hicolor theme" test -s "$icon"
check "... as an SVG" /usr/bin/python3 -c "import sys, xml.etree.ElementTree as E; sys.exit(E.parse(sys.argv[1]).getroot().tag != '{http://www.w3.org/2000/svg}svg')" "$icon"
check "the installed folio prints its version" run_expect 0 "folio " "$prefix/bin/folio" --version
shot="$artifacts/desktop-installed.png"
rm -f "$shot"
check "the installed folio draws the sample bundle from share/folio" \
  run_expect 0 "" env -u FOLIO_STATE_FILE "$prefix/bin/folio" --screenshot "$shot" --size 800x600
check "... into a non-blank 800x600 PNG" png_ok "$shot" 800 600
# Opening a folder that holds share/folio: the fonts are below the source's folder, read there without links or
# "..", so the reader sees why the folder is no bundle rather than a font failure.
check "the installed folio opening its prefix names the missing feed.json, its fonts read" \
  run_expect 1 "prefix/feed.json: No such file or directory" "$prefix/bin/folio" "$prefix" --screenshot "$work/prefix.png" --size 640x480

finish
