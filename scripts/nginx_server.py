#!/usr/bin/env python3
"""Start and stop an nginx in front of given app servers, from the site template deploy/nginx/portal.conf.

Everything nginx writes (pid, logs, page cache, temporary files) lives in one temporary directory,
removed by ``stop()``. As root the master runs as root and the workers as ``www-data`` (or ``nobody``).

From Python (the tests, scripts/stack.py)::

    server = start(["127.0.0.1:8001", "127.0.0.1:8002"], port=None, static_root=..., media_root=...)
    server.url, server.access_log, server.cache_path
    server.stop()

From the shell (runs until interrupted)::

    python scripts/nginx_server.py 127.0.0.1:8001 127.0.0.1:8002 [--port 8080]
"""

import argparse
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "deploy" / "nginx" / "portal.conf"
PURGE_MODULE = Path("/usr/lib/nginx/modules/ngx_http_cache_purge_module.so")
MIME_TYPES = Path("/etc/nginx/mime.types")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def render_site(
    *,
    listen,
    upstreams,
    static_root,
    media_root,
    cache_path,
    access_log,
    error_log,
    server_name="_",
    purge_from=("127.0.0.1",),
):
    """The site template with its placeholders filled in (the one place that knows them)."""
    # max_fails=0: nginx never marks an app server down. A dead one refuses the connection at once (or
    # within proxy_connect_timeout) and the request goes to the next; but with failure marking, slow
    # answers under overload (read timeouts) marked every server down in make stack-test, and nginx
    # answered 502 "no live upstreams" to every request, cheap ones included.
    servers = "\n".join(f"    server {upstream} max_fails=0;" for upstream in upstreams)
    values = {
        "LISTEN": listen,
        "SERVER_NAME": server_name,
        "UPSTREAM_SERVERS": servers,
        "STATIC_ROOT": str(static_root).rstrip("/"),
        "MEDIA_ROOT": str(media_root).rstrip("/"),
        "CACHE_PATH": str(cache_path),
        "ACCESS_LOG": str(access_log),
        "ERROR_LOG": str(error_log),
        "PURGE_ALLOW": "\n".join(f"        allow {address};" for address in purge_from),
    }
    text = TEMPLATE.read_text()
    for name, value in values.items():
        text = text.replace(f"@@{name}@@", value)
    unfilled = [line for line in text.splitlines() if "@@" in line and not line.lstrip().startswith("#")]
    if unfilled:
        raise ValueError(f"Unfilled placeholder in {TEMPLATE}: {unfilled[0].strip()}")
    return text


def worker_user():
    if os.geteuid() != 0:
        return None
    for name in ("www-data", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    return None


def main_config(directory, site, workers, user):
    """nginx.conf around the site, as Debian's /etc/nginx/nginx.conf does, with every path in ``directory``."""
    if not PURGE_MODULE.exists():
        raise RuntimeError(
            f"{PURGE_MODULE} is missing: install Debian's libnginx-mod-http-cache-purge (apt-get install "
            "libnginx-mod-http-cache-purge)."
        )
    temp = {name: directory / "temp" / name for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi")}
    lines = [
        f"load_module {PURGE_MODULE};",
        f"user {user};" if user else "",
        f"worker_processes {workers};",
        f"pid {directory / 'nginx.pid'};",
        f"error_log {directory / 'error.log'} warn;",
        "events { worker_connections 1024; }",
        "http {",
        f"    include {MIME_TYPES};",
        "    default_type application/octet-stream;",
        "    sendfile on;",
        "    tcp_nopush on;",
        "    keepalive_requests 10000;",
        f"    client_body_temp_path {temp['body']};",
        f"    proxy_temp_path {temp['proxy']};",
        f"    fastcgi_temp_path {temp['fastcgi']};",
        f"    uwsgi_temp_path {temp['uwsgi']};",
        f"    scgi_temp_path {temp['scgi']};",
        f"    include {site};",
        "}",
    ]
    return "\n".join(line for line in lines if line) + "\n"


class NginxServer:
    def __init__(self, directory, port, process, owns_directory):
        self.directory = Path(directory)
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.process = process
        self.access_log = self.directory / "access.log"
        self.error_log = self.directory / "error.log"
        self.cache_path = self.directory / "cache"
        self._owns_directory = owns_directory

    def reload(self):
        """Re-read the configuration (nginx -s reload), e.g. after the site file was rewritten."""
        os.kill(self.process.pid, signal.SIGHUP)

    def stop(self, timeout=10):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)  # graceful: finish the requests in flight
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        if self._owns_directory:
            shutil.rmtree(self.directory, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def start(
    upstreams,
    port=None,
    *,
    static_root=None,
    media_root=None,
    directory=None,
    workers=1,
    listen_host="127.0.0.1",
    timeout=5,
):
    """Start nginx on ``port`` (a free one by default) in front of ``upstreams`` ("host:port", ...).

    Returns a ``NginxServer`` once nginx accepts connections. ``directory`` keeps the pid, logs and
    cache there (kept after ``stop()``); by default a temporary directory, removed by ``stop()``.
    """
    if not upstreams:
        raise ValueError("At least one upstream app server (host:port) is needed.")
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not os.path.exists(nginx):
        raise RuntimeError("nginx is not installed (Debian: apt-get install nginx-light or nginx).")
    port = port or free_port()
    owns_directory = directory is None
    directory = Path(directory or tempfile.mkdtemp(prefix="mpp-nginx-"))
    directory.mkdir(parents=True, exist_ok=True)
    directory.chmod(0o755)  # the workers (www-data) enter it for the cache and temporary files
    user = worker_user()
    for name in ("temp", "cache"):
        (directory / name).mkdir(exist_ok=True)
        if user:
            shutil.chown(directory / name, user)
    static_root = Path(static_root or os.environ.get("STATIC_ROOT") or ROOT / "static_collected")
    media_root = Path(media_root or os.environ.get("MEDIA_ROOT") or ROOT / "media")
    site = directory / "portal.conf"
    site.write_text(
        render_site(
            listen=f"{listen_host}:{port}",
            upstreams=upstreams,
            static_root=static_root,
            media_root=media_root,
            cache_path=directory / "cache",
            access_log=directory / "access.log",
            error_log=directory / "error.log",
        )
    )
    config = directory / "nginx.conf"
    config.write_text(main_config(directory, site, workers, user))
    command = [nginx, "-p", str(directory), "-e", str(directory / "error.log"), "-c", str(config)]
    check = subprocess.run([*command, "-t", "-q"], capture_output=True, text=True)
    if check.returncode:
        if owns_directory:
            shutil.rmtree(directory, ignore_errors=True)
        raise RuntimeError(f"nginx refused its configuration:\n{check.stderr}")
    with open(directory / "stderr.log", "ab") as output:  # never the caller's stdout: a pipe would stay open
        process = subprocess.Popen(
            [*command, "-g", "daemon off;"],
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = NginxServer(directory, port, process, owns_directory)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log = (directory / "error.log").read_text(errors="replace")[-2000:]
            server.stop()
            raise RuntimeError(f"nginx stopped during start-up:\n{log}")
        try:
            with socket.create_connection((listen_host, port), timeout=0.2):
                return server
        except OSError:
            time.sleep(0.02)
    server.stop()
    raise RuntimeError(f"nginx did not accept connections on {listen_host}:{port} within {timeout}s")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("upstreams", nargs="+", help="app servers, host:port")
    parser.add_argument("--port", type=int)
    parser.add_argument("--static-root")
    parser.add_argument("--media-root")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    server = start(
        args.upstreams, args.port, static_root=args.static_root, media_root=args.media_root, workers=args.workers
    )
    print(server.url, flush=True)
    try:
        server.process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
