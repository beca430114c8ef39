#!/usr/bin/env python3
"""Fetch, start and stop the Elasticsearch test server, without anything installed by hand.

Elasticsearch publishes a runnable test distribution on Maven Central
(``org.elasticsearch.distribution.integ-test-zip:elasticsearch``). This fetches
it with Maven into a cache outside the repository, and runs it on 127.0.0.1
with a small heap. Elasticsearch refuses to run as root, so as root it runs
under a dedicated system user.

    python scripts/es_server.py fetch           # download and unpack (idempotent)
    python scripts/es_server.py start [--port]  # prints the URL once the server answers
    python scripts/es_server.py stop
"""

import argparse
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
import zipfile
from pathlib import Path

VERSION = os.environ.get("ELASTICSEARCH_VERSION", "8.19.7")
ARTIFACT = f"org.elasticsearch.distribution.integ-test-zip:elasticsearch:{VERSION}:zip"
RUN_USER = "mpp-elasticsearch"


def cache_dir():
    if os.environ.get("ELASTICSEARCH_CACHE"):
        return Path(os.environ["ELASTICSEARCH_CACHE"])
    # As root the server runs as another user, who cannot enter /root: use a shared cache.
    if os.geteuid() == 0:
        return Path("/var/cache/mpp-portal")
    return Path.home() / ".cache" / "mpp-portal"


def home():
    return cache_dir() / f"elasticsearch-{VERSION}"


def state_dir():
    return cache_dir() / "run"


def java_home():
    if os.environ.get("ES_JAVA_HOME"):
        return os.environ["ES_JAVA_HOME"]
    if os.environ.get("JAVA_HOME"):
        return os.environ["JAVA_HOME"]
    java = shutil.which("java")
    if not java:
        sys.exit("No Java found: install a JDK 17 or newer (Debian: openjdk-17-jdk-headless).")
    return str(Path(os.path.realpath(java)).parent.parent)


def fetch():
    if (home() / "bin" / "elasticsearch").exists():
        return home()
    mvn = shutil.which("mvn")
    if not mvn:
        sys.exit("Maven (mvn) is needed to fetch Elasticsearch's test distribution from Maven Central.")
    subprocess.run(
        [mvn, "-q", "-B", "dependency:get", f"-Dartifact={ARTIFACT}", "-Dtransitive=false"],
        check=True,
    )
    repository = Path(os.environ.get("MAVEN_REPOSITORY", Path.home() / ".m2" / "repository"))
    archive = (
        repository
        / "org/elasticsearch/distribution/integ-test-zip/elasticsearch"
        / VERSION
        / f"elasticsearch-{VERSION}.zip"
    )
    cache_dir().mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache_dir()) as tmp:
        with zipfile.ZipFile(archive) as bundle:
            bundle.extractall(tmp)
        for script in (Path(tmp) / f"elasticsearch-{VERSION}" / "bin").iterdir():
            script.chmod(0o755)
        for jdk_script in (Path(tmp) / f"elasticsearch-{VERSION}").rglob("*.sh"):
            jdk_script.chmod(0o755)
        shutil.move(str(Path(tmp) / f"elasticsearch-{VERSION}"), home())
    return home()


def run_user():
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(RUN_USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", RUN_USER], check=True
        )
    return RUN_USER


def wait_for(url, seconds, process=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(f"{url}/_cluster/health?wait_for_status=yellow&timeout=1s", timeout=2) as r:
                if r.status == 200:
                    return True
        except OSError:
            pass
        time.sleep(0.5)
    return False


def start(port=9250, heap="512m", timeout=120):
    es_home = fetch()
    user = run_user()
    state = state_dir() / str(port)
    if state.exists():
        shutil.rmtree(state)
    (state / "data").mkdir(parents=True)
    (state / "logs").mkdir()
    if user:
        subprocess.run(["chown", "-R", f"{user}:", str(state), str(es_home)], check=True)
    command = [
        str(es_home / "bin" / "elasticsearch"),
        "-E", "discovery.type=single-node",
        "-E", "xpack.security.enabled=false",
        "-E", "http.host=127.0.0.1",
        "-E", f"http.port={port}",
        "-E", "transport.host=127.0.0.1",
        "-E", "transport.port=0",
        "-E", f"path.data={state / 'data'}",
        "-E", f"path.logs={state / 'logs'}",
        "-E", "cluster.routing.allocation.disk.threshold_enabled=false",
    ]  # fmt: skip
    if user:
        command = ["runuser", "-u", user, "--", *command]
    env = {
        **os.environ,
        "ES_JAVA_HOME": java_home(),
        "ES_JAVA_OPTS": f"-Xms{heap} -Xmx{heap} -XX:-UseContainerSupport",
    }
    log = open(state / "console.log", "wb")  # noqa: SIM115 - kept open for the server's lifetime
    process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    (state / "pid").write_text(str(process.pid))
    url = f"http://127.0.0.1:{port}"
    if not wait_for(url, timeout, process):
        stop(port)
        tail = (state / "console.log").read_text(errors="replace")[-3000:]
        raise RuntimeError(f"Elasticsearch did not start on {url} within {timeout}s:\n{tail}")
    return url, process


def stop(port=9250):
    pid_file = state_dir() / str(port) / "pid"
    if not pid_file.exists():
        return
    pid = int(pid_file.read_text())
    try:
        os.killpg(pid, signal.SIGTERM)
        for _ in range(60):
            if gone(pid):
                break
            time.sleep(0.5)
        else:
            os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    pid_file.unlink(missing_ok=True)


def gone(pid):
    """Whether the server's process group has exited. A server this process started stays a zombie
    (and its group alive) until it is reaped, so reap it first; one started elsewhere is not ours to reap."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass
    try:
        os.killpg(pid, 0)
    except ProcessLookupError:
        return True
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=["fetch", "start", "stop"])
    parser.add_argument("--port", type=int, default=9250)
    args = parser.parse_args()
    if args.action == "fetch":
        print(fetch())
    elif args.action == "start":
        url, _process = start(args.port)
        print(url)
    else:
        stop(args.port)


if __name__ == "__main__":
    main()
