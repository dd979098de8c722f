#!/usr/bin/env python3
"""The language server with one very large document open (issue 16): does it keep answering, how long until its
findings are published, how much memory at the peak, and how fast it ends on SIGTERM, `exit` and end of input while
it is still linting. Standard library only; Linux (reads the peak resident set from /proc/PID/status, VmHWM).

  benchmarks/lsp_large_document.py                       # 50 MB, maxDocumentSize 0 (lint it), then each way of stopping
  benchmarks/lsp_large_document.py --mb 50 --max-document-size 16000000   # the default limit: EL9007, not linted

The document is our sample articles (samples/**/*.md) repeated, as benchmarks/single_document_scaling.py writes it.
"""

import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from single_document_scaling import ROOT, seed_text  # noqa: E402

URI = "file:///tmp/el-large/article.md"


class Server:
    def __init__(self, tool, settings):
        self.process = subprocess.Popen(tool + ["lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.replies = {}
        self.diagnostics = None
        self.diagnostics_at = None
        self.lock = threading.Condition()
        threading.Thread(target=self.read, daemon=True).start()
        self.next_id = 0
        self.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}, "initializationOptions": settings})
        self.notify("initialized", {})

    def send(self, message):
        body = json.dumps(message).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params, timeout=60):
        self.next_id += 1
        ident = self.next_id
        start = time.monotonic()
        self.send({"jsonrpc": "2.0", "id": ident, "method": method, "params": params})
        with self.lock:
            self.lock.wait_for(lambda: ident in self.replies, timeout)
        return time.monotonic() - start

    def read(self):
        stream = self.process.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            message = json.loads(stream.read(length))
            with self.lock:
                if "id" in message and "method" not in message:
                    self.replies[message["id"]] = message
                elif message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == URI:
                    self.diagnostics = message["params"]["diagnostics"]
                    self.diagnostics_at = time.monotonic()
                elif "id" in message:  # a request from the server: answer null
                    self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})
                self.lock.notify_all()

    def peak_mb(self):
        with open(f"/proc/{self.process.pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
        return float("nan")

    def stop(self, how):
        start = time.monotonic()
        if how == "SIGTERM":
            self.process.send_signal(signal.SIGTERM)
        elif how == "exit":
            self.notify("exit", None)
        else:
            self.process.stdin.close()
        try:
            code = self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            code = "killed after 30 s"
        return time.monotonic() - start, code


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=50)
    parser.add_argument("--max-document-size", type=int, default=0)
    parser.add_argument("--lint-timeout", type=float, default=600, help="seconds to wait for the findings")
    parser.add_argument("--tool", default=None)
    args = parser.parse_args()
    tool = args.tool.split() if args.tool else [os.path.join(ROOT, "src/EditorialLint.Cli/bin/Release/net10.0/editorial-lint")]
    unit = seed_text("article") + "\n\n"
    text = unit * max(1, round(args.mb * 1_000_000 / len(unit.encode("utf-8"))))
    size = len(text.encode("utf-8")) / 1e6
    settings = {"maxDocumentSize": args.max_document_size, "debounceMs": 0, "corpusDebounceMs": 0, "workspaceArticles": False}
    print(f"load average {os.getloadavg()[0]:.1f}; {size:.2f} MB; maxDocumentSize {args.max_document_size}", flush=True)

    server = Server(tool, settings)
    opened = time.monotonic()
    server.notify("textDocument/didOpen", {"textDocument": {"uri": URI, "languageId": "markdown", "version": 1, "text": text}})
    answers = [server.request("editorialLint/ping", {}) for _ in range(3)]
    print(f"answers while linting: {', '.join(f'{a * 1000:.0f} ms' for a in answers)}", flush=True)
    with server.lock:
        server.lock.wait_for(lambda: server.diagnostics is not None, args.lint_timeout)
    if server.diagnostics is None:
        print(f"no findings after {args.lint_timeout:.0f} s")
    else:
        print(f"findings published after {server.diagnostics_at - opened:.1f} s: {len(server.diagnostics)}")
    print(f"answer after linting: {server.request('editorialLint/ping', {}) * 1000:.0f} ms; peak memory {server.peak_mb():.0f} MB", flush=True)
    took, code = server.stop("SIGTERM")
    print(f"SIGTERM when idle: ended in {took:.2f} s (exit {code})", flush=True)

    for how in ("SIGTERM", "exit", "end of input"):
        server = Server(tool, settings)
        server.notify("textDocument/didOpen", {"textDocument": {"uri": URI, "languageId": "markdown", "version": 1, "text": text}})
        server.request("editorialLint/ping", {})
        time.sleep(5)  # linting by now
        took, code = server.stop(how)
        print(f"{how} while linting: ended in {took:.2f} s (exit {code})", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
