#!/usr/bin/env bash
# Read aloud in the desktop viewer under Xvfb. Without speech-dispatcher (FOLIO_SPEECH_LIBRARY naming a library
# that is not there) the viewer starts, shows no control and N does nothing. With it, one real narration: a
# private speech-dispatcher (its own runtime and config folders; espeak-ng; libao's null driver, so no sound card
# is needed) spawned by the viewer: N reads every paragraph to its end (words reported by SSML marks), the panel
# opens from the toolbar (a screenshot in build/test-artifacts/), N reads again. Where the daemon cannot run here,
# that part says "skipped: why" and checks that the control stays hidden and the viewer runs on.
# Ends with "desktop speech: N passed, N failed".
set -uo pipefail
suite="desktop speech"
. "$(dirname "$0")/lib.sh"
export XDG_CONFIG_HOME="$work/config"
paragraphs=3 make_bundle "$work/news" "Speech desk" a:"The harbour reopens after the storm"

# Without speech-dispatcher's library.
FOLIO_SPEECH_LIBRARY="$work/libspeechd-absent.so.2"
export FOLIO_SPEECH_LIBRARY
check "absent: the viewer starts" start "$work/news" --size 1000x700
check "absent: the article is shown" wait_for state article
sleep 1
check "absent: no read aloud control" wait_true "not s['narration']['available'] and s['narration']['voices'] == []"
key n
sleep 0.5
check "absent: N does nothing" wait_true "not s['narration']['playing']"
check "absent: still running" alive
stop
unset FOLIO_SPEECH_LIBRARY

# A real run through a private speech-dispatcher with a null audio output.
if ! command -v speech-dispatcher >/dev/null || [ ! -x /usr/lib/speech-dispatcher-modules/sd_espeak-ng ]; then
  echo "skipped: speech-dispatcher or its espeak-ng module is not installed (scripts/setup installs them)"
  finish; exit $?
fi
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME/speech-dispatcher" "$work/spd-log"
chmod 700 "$XDG_RUNTIME_DIR"
echo "default_driver=null" > "$HOME/.libao"
cat > "$XDG_CONFIG_HOME/speech-dispatcher/speechd.conf" <<CONF
AudioOutputMethod "libao"
LogLevel 3
LogDir "$work/spd-log"
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
CONF
spd_cleanup() {
  local f="$XDG_RUNTIME_DIR/speech-dispatcher/pid/speech-dispatcher.pid"
  [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null
}
check "speechd: the viewer starts" start "$work/news" --size 1000x700
check "speechd: the article is shown" wait_for state article
if ! eventually 30 holds "s['narration']['available']"; then
  echo "skipped: speech-dispatcher gave no voice here ($(tail -n 3 "$work/spd-log/speech-dispatcher.log" 2>/dev/null | tr '\n' ' '))"
  check "speechd: without voices the control is hidden" wait_true "not s['narration']['available']"
  check "speechd: still running" alive
  stop; spd_cleanup; finish; exit $?
fi
check "speechd: voices of the article's language" wait_true "len(s['narration']['voices']) > 0"
# With a null audio output espeak-ng speaks faster than real time, so what the state shows at one look may be
# past already: the counters say what was heard (utterances to their end, words reported by SSML marks).
key n
check "speechd: N reads every paragraph to its end, then stops" \
  wait_true "s['narration']['heard'] == s['narration']['paragraphs'] >= 4 and not s['narration']['playing'] and s['narration']['item'] == -1"
check "speechd: words were reported by their SSML marks" wait_true "s['narration']['wordsHeard'] >= 20"
# The panel, opened from the toolbar's button, and looked at (build/test-artifacts/).
bx=$(state narration.button.x); by=$(state narration.button.y)
xdotool mousemove --window "$win" "$(printf '%.0f' "$bx")" "$(printf '%.0f' "$by")" mousemove_relative 20 15 click 1
check "speechd: the button opens the panel" wait_true "s['narration']['open'] and s['narration']['speed']['width'] > 0"
sleep 0.5
/usr/bin/python3 -c "from PIL import ImageGrab; import sys; ImageGrab.grab(xdisplay=sys.argv[1]).save(sys.argv[2])" \
  "$DISPLAY" "$artifacts/desktop-read-aloud-panel.png" 2>/dev/null
check "speechd: the panel's screenshot" png_ok "$artifacts/desktop-read-aloud-panel.png" 1600 1000
xdotool key Escape
check "speechd: Esc closes the panel" wait_true "not s['narration']['open']"
xdotool key n
check "speechd: N reads it again from the top" wait_true "s['narration']['heard'] > s['narration']['paragraphs']"
check "speechd: still running" alive
stop
spd_cleanup
finish
