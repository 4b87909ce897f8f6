"""A static web server for the synthetic portal, on 127.0.0.1 only.

nginx (Debian package) with a generated configuration in a temporary folder; installed with
apt-get when it is missing and we are root. If nginx cannot be had, a small asyncio HTTP/1.1
keep-alive server (this file) serves the folder instead; ``Server.kind`` says which one runs.

``load_check`` measures what the server delivers to a cheap client (asyncio, keep-alive, same
concurrency as the crawl), to show it is not the bottleneck of a crawl.

    .venv/bin/python -m bench.server --root /tmp/newscrawler-bench/site-1000-s1   # serve until ^C
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NGINX_CONF = """worker_processes 1;
{user}
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    types {{ text/html html htm; text/plain txt; }}
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    keepalive_timeout 65;
    open_file_cache max=200000 inactive=60s;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
        root {root};
        index index.html;
        location / {{ try_files $uri $uri/ =404; }}
    }}
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def find_nginx(install: bool = True) -> str | None:
    path = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if os.path.exists(p)), None)
    if path or not install or os.geteuid() != 0 or not shutil.which("apt-get"):
        return path
    print("nginx not found: installing it with apt-get (Debian package)...", file=sys.stderr)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for cmd in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "nginx"]):
        try:
            subprocess.run(cmd, env=env, check=True, timeout=600,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except (subprocess.SubprocessError, OSError) as exc:
            print(f"  could not install nginx ({exc}); using the Python server", file=sys.stderr)
            return None
    return shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)


def _wait_listening(port: int, proc: subprocess.Popen, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with code {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("server did not start listening")


class Server:
    """``with Server(root) as server: server.url`` -- nginx, or the Python fallback."""

    def __init__(self, root: Path, prefer: str = "nginx", install: bool = True):
        self.root = Path(root).resolve()
        self.prefer, self.install = prefer, install
        self.kind = ""
        self.proc: subprocess.Popen | None = None
        self.tmp: tempfile.TemporaryDirectory | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Server:
        self.port = free_port()
        nginx = find_nginx(self.install) if self.prefer == "nginx" else None
        if nginx:
            try:
                self._start_nginx(nginx)
                self.kind = "nginx"
                return self
            except RuntimeError as exc:
                print(f"nginx did not start ({exc}); using the Python server", file=sys.stderr)
                self.stop()
                self.port = free_port()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.server", "--root", str(self.root), "--port", str(self.port),
             "--python"], cwd=Path(__file__).resolve().parent.parent,
        )
        _wait_listening(self.port, self.proc)
        self.kind = "python-asyncio"
        return self

    def _start_nginx(self, nginx: str) -> None:
        self.tmp = tempfile.TemporaryDirectory(prefix="bench-nginx-")
        tmp = self.tmp.name
        os.chmod(tmp, 0o755)
        user = "user root root;" if os.geteuid() == 0 else ""
        conf = Path(tmp) / "nginx.conf"
        conf.write_text(NGINX_CONF.format(tmp=tmp, port=self.port, root=self.root, user=user))
        self.proc = subprocess.Popen([nginx, "-c", str(conf), "-p", tmp], stderr=subprocess.DEVNULL)
        _wait_listening(self.port, self.proc)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM if self.kind != "nginx" else signal.SIGQUIT)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None
        if self.tmp:
            self.tmp.cleanup()
            self.tmp = None

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


# --- The Python fallback ----------------------------------------------------------------------

async def _serve(root: Path, port: int) -> None:
    cache: dict[str, bytes | None] = {}

    def load(path: str) -> bytes | None:
        if path not in cache:
            rel = path.split("?", 1)[0].lstrip("/")
            f = (root / rel) if rel and not rel.endswith("/") else (root / rel / "index.html")
            try:
                f = f.resolve()
                cache[path] = f.read_bytes() if f.is_relative_to(root) and f.is_file() else None
            except OSError:
                cache[path] = None
            if len(cache) > 100_000:
                cache.clear()
        return cache[path]

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                line = head.split(b"\r\n", 1)[0].decode("latin-1").split()
                if len(line) < 2:
                    break
                data = load(line[1]) if line[0] in ("GET", "HEAD") else None
                ctype = "text/plain" if line[1].endswith(".txt") else "text/html"
                if data is None:
                    status, data, ctype = "404 Not Found", b"not found", "text/plain"
                else:
                    status = "200 OK"
                writer.write(f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(data)}\r\n"
                             f"Server: bench\r\n\r\n".encode() + (data if line[0] == "GET" else b""))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", port, backlog=512)
    async with server:
        await server.serve_forever()


# --- Is the server fast enough? -----------------------------------------------------------------

async def _load(port: int, paths: list[str], concurrency: int, seconds: float) -> tuple[int, int]:
    done = [0, 0]
    deadline = time.monotonic() + seconds
    rnd = random.Random(0)

    async def worker() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        while time.monotonic() < deadline:
            path = rnd.choice(paths)
            writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: identity\r\n\r\n".encode())
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            await reader.readexactly(length)
            done[0] += 1
            done[1] += length
        writer.close()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return done[0], done[1]


def load_check(port: int, paths: list[str], concurrency: int = 16, seconds: float = 3.0) -> dict:
    """Requests/s a minimal keep-alive asyncio client gets (a lower bound of the server's rate:
    this client is in Python too, and shares the 2 cores)."""
    t0 = time.perf_counter()
    count, size = asyncio.run(_load(port, paths, concurrency, seconds))
    elapsed = time.perf_counter() - t0
    return {"requests": count, "seconds": round(elapsed, 2), "requests_per_s": round(count / elapsed, 1),
            "mib_per_s": round(size / elapsed / 2**20, 1), "concurrency": concurrency}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve a generated site on 127.0.0.1")
    parser.add_argument("--root", type=Path, required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--python", action="store_true", help="run the Python fallback server in this process")
    args = parser.parse_args(argv)
    if args.python:
        asyncio.run(_serve(args.root.resolve(), args.port or 8000))
        return 0
    with Server(args.root) as server:
        print(f"{server.kind} serving {args.root} at {server.url} (Ctrl-C to stop)")
        try:
            signal.pause()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
