#!/usr/bin/python3
"""Drops PATH onto the X window WINDOW (an id) as a file manager does (or an http(s) ADDRESS, as a browser does):
the XDND protocol from the source's side (enter, position, drop, the text/uri-list selection, finished), through
Debian's python3-xlib. Lets the desktop tests drive the viewer's real drop handling.
Usage: xdnd_drop.py WINDOW PATH|ADDRESS; exits 0 once the window has taken the drop, else 1 with the reason."""
import re
import sys
import time
import urllib.parse

from Xlib import X, display, protocol

disp = display.Display()
target = disp.create_resource_object("window", int(sys.argv[1], 0))
path = sys.argv[2]
root = disp.screen().root
atom = disp.intern_atom
aware = target.get_full_property(atom("XdndAware"), X.AnyPropertyType)
if not aware:
    sys.exit(f"window {sys.argv[1]} does not take drops (no XdndAware property)")
version = min(5, aware.value[0])
source = root.create_window(0, 0, 1, 1, 0, X.CopyFromParent)  # owns the selection, receives the replies
source.set_selection_owner(atom("XdndSelection"), X.CurrentTime)
uri_list = atom("text/uri-list")


def send(kind, data):
    event = protocol.event.ClientMessage(window=target, client_type=atom(kind), data=(32, data + [0] * (5 - len(data))))
    target.send_event(event, event_mask=0)
    disp.flush()


at = root.translate_coords(target, 40, 40)
send("XdndEnter", [source.id, version << 24, uri_list, 0, 0])
send("XdndPosition", [source.id, 0, (at.x << 16) | at.y, X.CurrentTime, atom("XdndActionCopy")])
dropped = False
deadline = time.time() + 10
while time.time() < deadline:
    while disp.pending_events():
        ev = disp.next_event()
        if ev.type == X.ClientMessage and ev.client_type == atom("XdndStatus"):
            if not ev.data[1][1] & 1:
                sys.exit("the window refused the drop")
            if not dropped:
                send("XdndDrop", [source.id, 0, X.CurrentTime])
                dropped = True
        elif ev.type == X.SelectionRequest:
            uri = path if re.match(r"https?://", path) else "file://" + urllib.parse.quote(path)
            data = (uri + "\r\n").encode()
            ev.requestor.change_property(ev.property, ev.target, 8, data)
            ev.requestor.send_event(protocol.event.SelectionNotify(
                time=ev.time, requestor=ev.requestor, selection=ev.selection, target=ev.target, property=ev.property))
            disp.flush()
        elif ev.type == X.ClientMessage and ev.client_type == atom("XdndFinished"):
            sys.exit(0)
    time.sleep(0.02)
sys.exit("the window did not finish the drop within 10 s")
