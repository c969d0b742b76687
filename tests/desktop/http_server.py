#!/usr/bin/python3
"""A bundle server for the desktop tests, on loopback only: serves ROOT like `python3 -m http.server`, plus
   /slow/PATH         the first half of PATH, then nothing until the file RELEASE exists, then the rest; a client
                      hanging up meanwhile is noted (PATH, a line) in the file RELEASE-closed
   /redirect/N/PATH   N redirects (302) in a row, then PATH
   /huge.json         announces 100 MB (Content-Length) and sends a few bytes
Writes the port it listens on to PORT_FILE.  Usage: http_server.py ROOT PORT_FILE RELEASE"""
import functools
import http.server
import os
import select
import socket
import sys
import time

root, port_file, release = sys.argv[1], sys.argv[2], sys.argv[3]


class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path.startswith("/slow/"):
            return self.slow(self.path[len("/slow"):])
        if self.path.startswith("/redirect/"):
            _, _, n, rest = self.path.split("/", 3)
            n = int(n)
            self.send_response(302)
            self.send_header("Location", f"/redirect/{n - 1}/{rest}" if n > 1 else f"/{rest}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/huge.json":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(100 * 1000 * 1000))
            self.end_headers()
            self.wfile.write(b"{}")
            return
        return super().do_GET()

    def slow(self, path):
        try:
            data = open(os.path.join(root, path.lstrip("/")), "rb").read()
        except OSError:
            return self.send_error(404)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        half = len(data) // 2
        self.wfile.write(data[:half])
        self.wfile.flush()
        for _ in range(600):  # a minute at most
            if os.path.exists(release):
                break
            if self.hung_up():
                with open(release + "-closed", "a") as f:
                    f.write(path + "\n")
                return
            time.sleep(0.1)
        self.wfile.write(data[half:])

    def hung_up(self):
        """The client closed the connection (it sends nothing more on this one: readable means the end)."""
        readable, _, _ = select.select([self.connection], [], [], 0)
        return bool(readable) and self.connection.recv(1, socket.MSG_PEEK) == b""


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=root))
with open(port_file + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.rename(port_file + ".tmp", port_file)
server.serve_forever()
