#!/usr/bin/env python3
"""Fetch, start and stop the Elasticsearch test server, without anything installed by hand.

Elasticsearch publishes a runnable test distribution on Maven Central
(``org.elasticsearch.distribution.integ-test-zip:elasticsearch``). This fetches
it with Maven into a cache outside the repository, and runs it on 127.0.0.1
with a small heap. Elasticsearch refuses to run as root, so as root it runs
under a dedicated system user.

    python scripts/es_server.py fetch           # download and unpack (idempotent)
    python scripts/es_server.py start [--port]  # prints the URL once the server answers
    python scripts/es_server.py stop [--port]
    python scripts/es_server.py start --cluster 3 [--port 9260]  # three nodes; prints their URLs, comma-separated
    python scripts/es_server.py stop --cluster 3 [--port 9260]
"""

import argparse
import json
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
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


def node_command(es_home, *, http_port, data, logs, extra):
    return [
        str(es_home / "bin" / "elasticsearch"),
        "-E", "xpack.security.enabled=false",
        "-E", "http.host=127.0.0.1",
        "-E", f"http.port={http_port}",
        "-E", "transport.host=127.0.0.1",
        "-E", f"path.data={data}",
        "-E", f"path.logs={logs}",
        "-E", "cluster.routing.allocation.disk.threshold_enabled=false",
        *extra,
    ]  # fmt: skip


def launch(state, command, heap):
    """Start one node whose files live in ``state``; returns its process (the leader of a new group)."""
    user = run_user()
    if user:
        command = ["runuser", "-u", user, "--", *command]
    env = {
        **os.environ,
        "ES_JAVA_HOME": java_home(),
        "ES_JAVA_OPTS": f"-Xms{heap} -Xmx{heap} -XX:-UseContainerSupport",
    }
    log = open(state / "console.log", "ab")  # noqa: SIM115 - kept open for the server's lifetime
    process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    (state / "pid").write_text(str(process.pid))
    return process


def prepare(state, fresh=True):
    if fresh and state.exists():
        shutil.rmtree(state)
    (state / "data").mkdir(parents=True, exist_ok=True)
    (state / "logs").mkdir(exist_ok=True)
    user = run_user()
    if user:
        subprocess.run(["chown", "-R", f"{user}:", str(state), str(home())], check=True)


def start(port=9250, heap="512m", timeout=120):
    es_home = fetch()
    state = state_dir() / str(port)
    prepare(state)
    extra = ["-E", "discovery.type=single-node", "-E", "transport.port=0"]
    command = node_command(es_home, http_port=port, data=state / "data", logs=state / "logs", extra=extra)
    process = launch(state, command, heap)
    url = f"http://127.0.0.1:{port}"
    if not wait_for(url, timeout, process):
        stop(port)
        tail = (state / "console.log").read_text(errors="replace")[-3000:]
        raise RuntimeError(f"Elasticsearch did not start on {url} within {timeout}s:\n{tail}")
    return url, process


# --- A cluster of master-eligible nodes on one machine --------------------------------------------
# Node i answers HTTP on port + i and talks to the others on port + 100 + i; its files are in
# state_dir()/cluster-<port>/node-<i>, kept between starts so that a node restarted after a crash
# rejoins with its data (``fresh=True`` wipes them and bootstraps a new cluster).


def cluster_dir(port):
    return state_dir() / f"cluster-{port}"


def cluster_urls(port, nodes):
    return [f"http://127.0.0.1:{port + i}" for i in range(nodes)]


def node_pid(port, index):
    pid_file = cluster_dir(port) / f"node-{index}" / "pid"
    if not pid_file.exists():
        return None
    pid = int(pid_file.read_text())
    return None if gone(pid) else pid


def start_node(port, index, nodes, heap="512m"):
    """Start node ``index`` of the cluster at ``port`` (unless it runs); returns its process or None."""
    if node_pid(port, index):  # running (or starting): leave it be
        return None
    es_home = fetch()
    state = cluster_dir(port) / f"node-{index}"
    bootstrap = not any((state / "data").glob("*"))
    prepare(state, fresh=False)
    names = [f"node-{i}" for i in range(nodes)]
    extra = [
        "-E", f"cluster.name=mpp-{port}",
        "-E", f"node.name={names[index]}",
        "-E", f"transport.port={port + 100 + index}",
        "-E", "discovery.seed_hosts=" + ",".join(f"127.0.0.1:{port + 100 + i}" for i in range(nodes)),
    ]  # fmt: skip
    if bootstrap:  # only a node without data takes part in forming a new cluster
        extra += ["-E", "cluster.initial_master_nodes=" + ",".join(names)]
    command = node_command(es_home, http_port=port + index, data=state / "data", logs=state / "logs", extra=extra)
    return launch(state, command, heap)


def cluster_health(url, wait_for="", timeout="1s"):
    query = f"?timeout={timeout}" + (f"&{wait_for}" if wait_for else "")
    try:
        with urllib.request.urlopen(f"{url}/_cluster/health{query}", timeout=30) as r:
            return json.load(r)
    except urllib.error.HTTPError as error:  # 408: the wait timed out; the body still says how it is
        return json.load(error)
    except OSError:
        return None


def start_cluster(port=9260, nodes=3, heap="512m", timeout=180, fresh=False):
    """Start (or complete) a cluster of ``nodes`` master-eligible nodes; returns their URLs once all
    have joined and the cluster is at least yellow."""
    if fresh:
        stop_cluster(port, nodes)
        shutil.rmtree(cluster_dir(port), ignore_errors=True)
    processes = [start_node(port, i, nodes, heap) for i in range(nodes)]
    urls = cluster_urls(port, nodes)
    if not wait_for_cluster(urls, timeout, f"wait_for_nodes={nodes}&wait_for_status=yellow", processes):
        tails = []
        for i in range(nodes):
            log = cluster_dir(port) / f"node-{i}" / "console.log"
            tails.append(f"node-{i}: " + (log.read_text(errors="replace")[-1500:] if log.exists() else ""))
        stop_cluster(port, nodes)
        raise RuntimeError(f"The Elasticsearch cluster did not form within {timeout}s:\n" + "\n".join(tails))
    return urls


def wait_for_cluster(urls, seconds, wait_for, processes=()):
    """Whether some node reports the cluster health asked for (``wait_for_...``) within ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if any(process is not None and process.poll() is not None for process in processes):
            return False
        for url in urls:
            health = cluster_health(url, wait_for, "2s")
            if health and not health.get("timed_out"):
                return True
        time.sleep(0.5)
    return False


def kill_node(port, index):
    """kill -9 one node (a crash, for the fault scenarios)."""
    pid = node_pid(port, index)
    if pid:
        os.killpg(pid, signal.SIGKILL)
        for _ in range(100):
            if gone(pid):
                break
            time.sleep(0.1)


def stop_cluster(port=9260, nodes=3):
    for index in range(nodes):
        stop(port, pid_file=cluster_dir(port) / f"node-{index}" / "pid")


def stop(port=9250, pid_file=None):
    pid_file = pid_file or state_dir() / str(port) / "pid"
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
    parser.add_argument("--port", type=int)
    parser.add_argument("--cluster", type=int, default=0, help="a cluster of this many master-eligible nodes")
    parser.add_argument("--fresh", action="store_true", help="with --cluster: wipe the nodes' data first")
    args = parser.parse_args()
    if args.cluster:
        port = args.port or 9260
        if args.action == "start":
            print(",".join(start_cluster(port, args.cluster, fresh=args.fresh)))
        elif args.action == "stop":
            stop_cluster(port, args.cluster)
        else:
            print(fetch())
        return
    args.port = args.port or 9250
    if args.action == "fetch":
        print(fetch())
    elif args.action == "start":
        url, _process = start(args.port)
        print(url)
    else:
        stop(args.port)


if __name__ == "__main__":
    main()
