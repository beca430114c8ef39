#!/usr/bin/env python3
"""A production-like stack on this one machine, every part on 127.0.0.1 (``make stack``, ``make stack-stop``).

    nginx :8080 (deploy/nginx/portal.conf: page cache, gzip, static files, retries)
      ├─ gunicorn app server :8001  ┐ portal.settings.production, separate processes
      └─ gunicorn app server :8002  ┘ as if on two machines
    PostgreSQL :5433   its own instance (.cache/stack/postgres), database portal_stack, owner portal
    Redis :6380        its own configuration and directory: the shared cache (rate limits, throttling)
    Elasticsearch :9260-9262, a cluster of three master-eligible nodes, one replica (scripts/es_server.py)
    worker             publish_scheduled every minute (this node only)

Everything the stack keeps (secret key, logs, pids, data) is under .cache/stack/ (git-ignored).
PostgreSQL and Redis are instances of their own, not the Debian services, so that the fault runs
(``make stack-test``) may stop and restart them without touching anything else on the machine.

    python scripts/stack.py start     # idempotent: starts what is not running; prints the URL
    python scripts/stack.py stop
    python scripts/stack.py status
    python scripts/stack.py env       # the app servers' environment, as shell assignments

``STACK_SERVICES`` (default 20000): generated services in each language added to the demo
catalogue (the search figures of the issue are on that catalogue); 0 keeps the demo alone.
"""

import argparse
import json
import os
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import es_server  # noqa: E402
import nginx_server  # noqa: E402

STATE = ROOT / ".cache" / "stack"
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv" / "bin" / "python").exists() else sys.executable
HOST = "127.0.0.1"
NGINX_PORT = 8080
APP_PORTS = (8001, 8002)
POSTGRES_PORT = 5433
REDIS_PORT = 6380
ES_PORT = 9260
ES_NODES = 3
ES_HEAP = os.environ.get("STACK_ES_HEAP", "512m")
APP_WORKERS = os.environ.get("STACK_APP_WORKERS", "2")
APP_THREADS = os.environ.get("STACK_APP_THREADS", "4")
URL = f"http://{HOST}:{NGINX_PORT}"
PG_BIN = Path("/usr/lib/postgresql/15/bin")
DATABASE = "portal_stack"

# Debian packages the stack needs: command (or file) -> package.
PACKAGES = {
    "/usr/sbin/nginx": "nginx",
    str(nginx_server.PURGE_MODULE): "libnginx-mod-http-cache-purge",
    "/usr/bin/redis-server": "redis-server",
    "/usr/bin/wrk": "wrk",
    str(PG_BIN / "postgres"): "postgresql",
    "/usr/bin/java": "openjdk-17-jdk-headless",
    "/usr/bin/mvn": "maven",
}


def log(message):
    print(f"[stack] {message}", flush=True)


# --- Processes -------------------------------------------------------------------------------------


def alive(pid):
    if not pid:
        return False
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie that is not ours to reap counts as gone.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (OSError, IndexError):
        return False


def read_pid(path):
    try:
        return int(Path(path).read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def port_open(port, host=HOST):
    try:
        with socket.create_connection((host, port), timeout=0.3):
            return True
    except OSError:
        return False


def wait_until(check, seconds, what, step=0.1):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(step)
    raise RuntimeError(f"{what} did not happen within {seconds}s")


def spawn(name, command, env=None, user=None):
    """Start a long-running process in its own session, output to .cache/stack/logs/<name>.log."""
    (STATE / "logs").mkdir(parents=True, exist_ok=True)
    if user and os.geteuid() == 0:
        command = ["runuser", "-u", user, "--", *command]
    with open(STATE / "logs" / f"{name}.log", "ab") as output:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env or os.environ.copy(),
            stdout=output,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    (STATE / "run").mkdir(parents=True, exist_ok=True)
    (STATE / "run" / f"{name}.pid").write_text(str(process.pid))
    return process


def pid_of(name):
    pid = read_pid(STATE / "run" / f"{name}.pid")
    return pid if alive(pid) else None


def stop_process(name, sig=signal.SIGTERM, timeout=20):
    pid = pid_of(name)
    if pid:
        try:
            os.killpg(pid, sig)
        except ProcessLookupError:
            pass
        deadline = time.monotonic() + timeout
        while alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        if alive(pid):
            os.killpg(pid, signal.SIGKILL)
    (STATE / "run" / f"{name}.pid").unlink(missing_ok=True)


def kill_process(name):
    """kill -9 of the whole process (group): a crash, for the fault runs."""
    pid = pid_of(name)
    if pid:
        os.killpg(pid, signal.SIGKILL)
        wait_until(lambda: not alive(pid), 10, f"{name} exit")


# --- Packages --------------------------------------------------------------------------------------


def ensure_packages():
    missing = sorted({package for path, package in PACKAGES.items() if not Path(path).exists()})
    if not missing:
        return
    if os.geteuid() != 0:
        sys.exit(f"Install these Debian packages first (as root): apt-get install {' '.join(missing)}")
    log(f"Installing {' '.join(missing)} from Debian")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-q"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", *missing], check=True, env=env)


def ensure_python_packages():
    try:
        import redis  # noqa: F401
    except ImportError:
        log("Installing the Python requirements (redis)")
        subprocess.run([PYTHON, "-m", "pip", "install", "-q", "-r", str(ROOT / "requirements.txt")], check=True)


# --- Secrets and environment ----------------------------------------------------------------------


def secret(name, length=50):
    path = STATE / name
    if not path.exists():
        STATE.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(length))
        path.chmod(0o600)
    return path.read_text().strip()


def database_url():
    return f"postgres://portal:portal@{HOST}:{POSTGRES_PORT}/{DATABASE}"


def es_urls():
    return es_server.cluster_urls(ES_PORT, ES_NODES)


def environment(settings="portal.settings.production"):
    """The environment of every process of the stack (app servers, worker, management commands)."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings,
        "SECRET_KEY": secret("secret-key"),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "CSRF_TRUSTED_ORIGINS": f"{URL},http://localhost:{NGINX_PORT}",
        "DATABASE_URL": database_url(),
        "WAGTAILADMIN_BASE_URL": URL,
        "EMAIL_URL": "consolemail://",
        "DEFAULT_FROM_EMAIL": "MPP Portal <noreply@localhost>",
        "STATIC_ROOT": str(STATE / "static"),
        "MEDIA_ROOT": str(STATE / "media"),
        "LOG_LEVEL": "WARNING",  # errors with tracebacks; the request lines come at INFO from portal.requests
        "ADMIN_PASSWORD": secret("admin-password", 12),
        # Plain HTTP on loopback: no redirect to HTTPS, no HSTS.
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "TRUSTED_PROXY_COUNT": "1",
        "SHARED_CACHE_URL": f"redis://{HOST}:{REDIS_PORT}/1?socket_connect_timeout=0.5&socket_timeout=0.5",
        "ELASTICSEARCH_URL": ",".join(es_urls()),
        "ELASTICSEARCH_INDEX_PREFIX": "stack",
        "ELASTICSEARCH_TIMEOUT": "2.0",
        "PAGE_CACHE_PURGE_URLS": URL,
    }


def manage(*args, settings="portal.settings.production", check=True, capture=False):
    return subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env={**environment(settings), "LOG_LEVEL": "WARNING"},
        check=check,
        text=True,
        capture_output=capture,
    )


# --- PostgreSQL (an instance of its own) ----------------------------------------------------------


def pg_user():
    return "postgres" if os.geteuid() == 0 else None


def pg_run(*command, check=True):
    user = pg_user()
    full = ["runuser", "-u", user, "--", *command] if user else list(command)
    return subprocess.run(full, check=check, capture_output=True, text=True)


def pg_dir():
    return STATE / "postgres"


def postgres_running():
    return pg_run(str(PG_BIN / "pg_ctl"), "status", "-D", str(pg_dir() / "data"), check=False).returncode == 0


def start_postgres():
    data = pg_dir() / "data"
    if not (data / "PG_VERSION").exists():
        log("Creating the PostgreSQL instance")
        pg_dir().mkdir(parents=True, exist_ok=True)
        if pg_user():
            shutil.chown(pg_dir(), pg_user())
        pg_run(str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres", "--auth-local=peer",
               "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8")  # fmt: skip
        with open(data / "postgresql.conf", "a") as conf:
            conf.write(
                f"\n# scripts/stack.py\nport = {POSTGRES_PORT}\nlisten_addresses = '{HOST}'\n"
                f"unix_socket_directories = '{pg_dir()}'\nmax_connections = 100\nshared_buffers = 256MB\n"
                "fsync = on\nsynchronous_commit = on\n"
            )
    if not postgres_running():
        log(f"Starting PostgreSQL on {HOST}:{POSTGRES_PORT}")
        pg_run(str(PG_BIN / "pg_ctl"), "start", "-w", "-D", str(data), "-l", str(pg_dir() / "postgres.log"))
    psql = [str(PG_BIN / "psql"), "-h", str(pg_dir()), "-p", str(POSTGRES_PORT), "-U", "postgres", "-tAc"]
    if pg_run(*psql, "SELECT 1 FROM pg_roles WHERE rolname = 'portal'").stdout.strip() != "1":
        pg_run(*psql, "CREATE ROLE portal LOGIN CREATEDB PASSWORD 'portal'")
    if pg_run(*psql, f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'").stdout.strip() != "1":
        pg_run(*psql, f"CREATE DATABASE {DATABASE} OWNER portal")


def stop_postgres(mode="fast"):
    if (pg_dir() / "data" / "PG_VERSION").exists() and postgres_running():
        pg_run(str(PG_BIN / "pg_ctl"), "stop", "-w", "-m", mode, "-D", str(pg_dir() / "data"))


def restart_postgres():
    pg_run(str(PG_BIN / "pg_ctl"), "restart", "-w", "-m", "fast", "-D", str(pg_dir() / "data"),
           "-l", str(pg_dir() / "postgres.log"))  # fmt: skip


# --- Redis (an instance of its own) ---------------------------------------------------------------


def start_redis():
    directory = STATE / "redis"
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "redis.conf").write_text(
        f"# scripts/stack.py: the shared cache of the stack (not Debian's service)\n"
        f"bind {HOST}\nport {REDIS_PORT}\nprotected-mode yes\ndir {directory}\n"
        f'daemonize no\nsave ""\nappendonly no\nmaxmemory 256mb\nmaxmemory-policy allkeys-lru\n'
        f"timeout 0\ntcp-keepalive 60\n"
    )
    user = "redis" if os.geteuid() == 0 else None
    if user:
        shutil.chown(directory, user)
    if pid_of("redis") and port_open(REDIS_PORT):
        return
    log(f"Starting Redis on {HOST}:{REDIS_PORT}")
    spawn("redis", ["/usr/bin/redis-server", str(directory / "redis.conf")], user=user)
    wait_until(lambda: port_open(REDIS_PORT), 10, "Redis start")


def stop_redis():
    stop_process("redis")


# --- Elasticsearch cluster ------------------------------------------------------------------------


def start_elasticsearch(wait=True):
    running = all(es_server.node_pid(ES_PORT, i) for i in range(ES_NODES))
    if not running:
        log(f"Starting the Elasticsearch cluster ({ES_NODES} nodes) on ports {ES_PORT}-{ES_PORT + ES_NODES - 1}")
    processes = [es_server.start_node(ES_PORT, i, ES_NODES, ES_HEAP) for i in range(ES_NODES)]
    if wait:
        wait_for_elasticsearch(processes)


def wait_for_elasticsearch(processes=(), status="yellow", seconds=240):
    if not es_server.wait_for_cluster(
        es_urls(), seconds, f"wait_for_nodes={ES_NODES}&wait_for_status={status}", processes
    ):
        raise RuntimeError(f"The Elasticsearch cluster did not reach {status} with {ES_NODES} nodes")


# --- App servers, worker, nginx -------------------------------------------------------------------


def app_name(port):
    return f"app-{port}"


def start_app(port):
    if pid_of(app_name(port)) and port_open(port):
        return
    log(f"Starting the app server on {HOST}:{port}")
    command = [
        PYTHON, "-m", "gunicorn", "portal.wsgi:application",
        "--bind", f"{HOST}:{port}",
        "--workers", APP_WORKERS, "--threads", APP_THREADS, "--worker-class", "gthread",
        "--keep-alive", "75",  # longer than nginx keeps idle upstream connections (60 s)
        "--timeout", "30", "--graceful-timeout", "20",
        "--name", app_name(port),
    ]  # fmt: skip
    spawn(app_name(port), command, env=environment())


def wait_for_app(port, seconds=60):
    def answers():
        try:
            with urllib.request.urlopen(f"http://{HOST}:{port}/healthz", timeout=2) as response:
                return response.status < 500
        except urllib.error.HTTPError as error:
            return error.code < 500  # before the lead's /healthz lands: any answer from Django
        except OSError:
            return False

    wait_until(answers, seconds, f"the app server on :{port} answering")


def stop_app(port):
    stop_process(app_name(port))


def start_worker():
    if pid_of("worker"):
        return
    log("Starting the worker (publish_scheduled every minute)")
    spawn("worker", [PYTHON, str(ROOT / "scripts" / "stack.py"), "worker"], env=environment())


def run_worker():
    """The scheduled jobs of this node: publish_scheduled at the start of every minute (systemd: a timer)."""
    while True:
        subprocess.run([PYTHON, "manage.py", "publish_scheduled"], cwd=ROOT, check=False)
        time.sleep(60 - time.time() % 60)


def nginx_dir():
    return STATE / "nginx"


def start_nginx():
    pid = read_pid(nginx_dir() / "nginx.pid")
    if alive(pid) and port_open(NGINX_PORT):
        return
    log(f"Starting nginx on {URL}")
    nginx_server.start(
        [f"{HOST}:{port}" for port in APP_PORTS],
        port=NGINX_PORT,
        static_root=STATE / "static",
        media_root=STATE / "media",
        directory=nginx_dir(),
        workers="auto",
    )


def stop_nginx():
    pid = read_pid(nginx_dir() / "nginx.pid")
    if alive(pid):
        os.kill(pid, signal.SIGQUIT)
        wait_until(lambda: not alive(pid), 15, "nginx exit")


# --- Content --------------------------------------------------------------------------------------


def load_content(services):
    """Migrate, collect static files, load the demo (and the generated services), index: once per size."""
    log("Migrating, collecting static files")
    subprocess.run([PYTHON, "manage.py", "compilemessages", "-v0"], cwd=ROOT, check=True, env=environment())
    manage("migrate", "--noinput", "-v0")
    manage("collectstatic", "--noinput", "-v0")
    (STATE / "media").mkdir(exist_ok=True)
    marker = STATE / f"catalogue-{services}.done"
    if marker.exists():
        return False
    log("Loading the demo catalogue")
    manage("load_demo", "--allow-production", "--no-progress")
    manage("ensure_admin")
    if services:
        count = (
            "from catalogue.models import ServicePage; print(ServicePage.objects.filter("
            "locale__language_code='id', url_path__contains='/mpp-gen-').count())"
        )
        have = int(manage("shell", "-v", "0", "-c", count, capture=True).stdout.strip() or 0)
        if have < services:
            log(f"Generating {services - have} services in each language (tooling, development settings)")
            manage("generate_catalogue", "--services", str(services - have), settings="portal.settings.dev")
    log("Indexing into the Elasticsearch cluster")
    manage("search_index", "--no-progress")
    marker.write_text(time.strftime("%Y-%m-%d %H:%M:%S"))
    return True


# --- Commands -------------------------------------------------------------------------------------


def start(services):
    began = time.monotonic()
    STATE.mkdir(parents=True, exist_ok=True)
    ensure_packages()
    ensure_python_packages()
    es_server.fetch()
    start_elasticsearch(wait=False)  # it takes longest: it forms while the database is prepared
    start_postgres()
    start_redis()
    wait_for_elasticsearch()
    load_content(services)
    for port in APP_PORTS:
        start_app(port)
    for port in APP_PORTS:
        wait_for_app(port)
    start_worker()
    start_nginx()
    log(f"Ready in {time.monotonic() - began:.0f}s: {URL}/  (admin: {URL}/admin/, user admin, "
        f"password in {STATE / 'admin-password'})")  # fmt: skip
    print(URL)


def stop():
    stop_nginx()
    stop_process("worker")
    for port in APP_PORTS:
        stop_app(port)
    es_server.stop_cluster(ES_PORT, ES_NODES)
    stop_redis()
    stop_postgres()
    log("Stopped.")


def parts():
    return {
        "nginx": alive(read_pid(nginx_dir() / "nginx.pid")),
        **{app_name(port): bool(pid_of(app_name(port))) for port in APP_PORTS},
        "worker": bool(pid_of("worker")),
        "redis": bool(pid_of("redis")),
        "postgres": (pg_dir() / "data" / "PG_VERSION").exists() and postgres_running(),
        **{f"elasticsearch-{i}": bool(es_server.node_pid(ES_PORT, i)) for i in range(ES_NODES)},
    }


def status_quiet():
    return all(parts().values())


def status():
    running = parts()
    print(json.dumps(running, indent=1))
    return all(running.values())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=["start", "stop", "status", "env", "worker"])
    args = parser.parse_args()
    if args.action == "start":
        start(int(os.environ.get("STACK_SERVICES", "20000")))
    elif args.action == "stop":
        stop()
    elif args.action == "status":
        sys.exit(0 if status() else 1)
    elif args.action == "env":
        for name, value in environment().items():
            if name not in os.environ or os.environ[name] != value:
                print(f"export {name}={shlex.quote(value)}")
    else:
        run_worker()


if __name__ == "__main__":
    main()
