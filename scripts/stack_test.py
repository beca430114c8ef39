#!/usr/bin/env python3
"""Load and fault runs against the running stack (``make stack-test``; ``make stack`` starts it first).

Every scenario is bounded (wrk runs for a fixed time, every wait has a deadline) and loopback only.
The figures go to docs/benchmarks.md (newest first) with the date, the machine and the load average;
the exit status is 1 when a scenario lost a request where none is allowed or missed a functional
limit (publish visible within 1 s, recovery within 5 s, the cluster back to green). The speed
targets are reported against their limits; ``STACK_TEST_STRICT=1`` makes missing one fail too
(the figures of a shared machine vary).

    STACK_TEST=short   the CI form: shorter runs, the elected master as the only single-node kill
    STACK_TEST_NOTE    a sentence for the report (e.g. "machine shared with other work")
"""

import json
import os
import re
import secrets
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

import es_server  # noqa: E402
import stack  # noqa: E402

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
import django  # noqa: E402

django.setup()
from tooling.benchmarks import OUTPUT, machine, write_results  # noqa: E402

SHORT = os.environ.get("STACK_TEST", "").lower() == "short"
STRICT = os.environ.get("STACK_TEST_STRICT", "") == "1"
BYPASS = "Cookie: csrftoken=stacktestbypass"  # any personal cookie: nginx neither reads nor fills its cache
URL = stack.URL
FALLBACK_LOG = "this request uses the embedded engine"


def seconds(full, short):
    return short if SHORT else full


def say(message):
    print(f"[stack-test] {message}", flush=True)


# --- HTTP and wrk ---------------------------------------------------------------------------------


def get(url, headers=None, timeout=5):
    """(status, headers, body) of one GET; status 0 when there was no HTTP answer."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read().decode(errors="replace")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode(errors="replace")
    except OSError:
        return 0, {}, ""


def header_dict(header):
    name, value = header.split(":", 1)
    return {name.strip(): value.strip()}


class Wrk:
    """One wrk run over ``paths``, in the background; ``result()`` waits and returns the figures."""

    # A request is lost when nginx fails it or drops the connection; the client waits as long as nginx
    # waits for an app server (proxy_read_timeout 30 s). Slowness shows in the latency figures.
    def __init__(self, paths, duration, connections, header=None, threads=2, timeout=30, nice=False):
        self.paths_file = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False)  # noqa: SIM115
        self.paths_file.write("\n".join(paths) + "\n")
        self.paths_file.close()
        command = ["nice", "-n", "19"] if nice else []
        command += ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{duration}s"]
        command += ["--timeout", f"{timeout}s", "-s", str(ROOT / "scripts" / "stack_wrk.lua"), URL, "--"]
        command += [self.paths_file.name] + ([header] if header else [])
        self.connections = connections
        self.started = time.monotonic()
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

    def result(self):
        output, _ = self.process.communicate()
        os.unlink(self.paths_file.name)
        match = re.search(r"^WRK_JSON (.*)$", output, re.MULTILINE)
        if not match:
            raise RuntimeError(f"wrk printed no summary:\n{output}")
        data = json.loads(match.group(1))
        data["seconds"] = data["duration_us"] / 1e6
        data["rps"] = data["requests"] / data["seconds"] if data["seconds"] else 0
        for name in ("p50", "p95", "p99", "max"):
            data[f"{name}_ms"] = data[f"{name}_us"] / 1000
        data["statuses"] = {int(code): count for code, count in data["statuses"].items()}
        data["socket_errors"] = sum(data["errors"][name] for name in ("connect", "read", "write", "timeout"))
        data["not_ok"] = sum(count for code, count in data["statuses"].items() if code >= 400)
        data["server_errors"] = sum(count for code, count in data["statuses"].items() if code >= 500)
        data["lost"] = data["socket_errors"] + data["not_ok"]
        return data


def wrk(paths, duration, connections, header=None, **options):
    return Wrk(paths, duration, connections, header, **options).result()


def statuses(run):
    return ", ".join(f"{code}: {count}" for code, count in sorted(run["statuses"].items()))


# --- The stack's processes ------------------------------------------------------------------------


def children():
    tree = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            tree.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    return tree


def descendants(pid, tree):
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(tree.get(current, []))
    return found


def rss_mb(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def command_name(pid):
    try:
        return Path(f"/proc/{pid}/cmdline").read_text().replace("\0", " ").strip()
    except OSError:
        return ""


def processes():
    """{label: {pid: rss MB}} of every long-lived process of the stack."""
    tree = children()
    roots = {
        "nginx": stack.read_pid(stack.nginx_dir() / "nginx.pid"),
        **{f"app :{port}": stack.pid_of(stack.app_name(port)) for port in stack.APP_PORTS},
        "worker": stack.pid_of("worker"),
        "redis": stack.pid_of("redis"),
        "postgres": stack.read_pid(stack.pg_dir() / "data" / "postmaster.pid"),
        **{f"elasticsearch node-{i}": es_server.node_pid(stack.ES_PORT, i) for i in range(stack.ES_NODES)},
    }
    found = {}
    for label, root in roots.items():
        if not root:
            continue
        pids = descendants(root, tree)
        if label.startswith("elasticsearch"):
            pids = [pid for pid in pids if "org.elasticsearch.bootstrap" in command_name(pid)] or pids
        found[label] = {pid: rss_mb(pid) for pid in pids if rss_mb(pid) > 0}
    return found


# --- Content: the URLs and publishing -------------------------------------------------------------

URLS_SCRIPT = r"""
import json
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from catalogue.models import ServicePage, MPPLocationPage
from portal.visit import plan_url
services = list(ServicePage.objects.live().public().filter(url_path__contains="/mpp-").exclude(
    url_path__contains="/mpp-gen-").order_by("pk")[:60])
mpps = list(MPPLocationPage.objects.live().public().exclude(slug__startswith="mpp-gen-").order_by("pk")[:12])
plans = []
for mpp in mpps:
    if mpp.locale.language_code != "id":
        continue
    keys = [s.slug for s in ServicePage.objects.live().descendant_of(mpp).order_by("pk")[:3]]
    if keys:
        with translation.override("id"):
            plans.append(plan_url(mpp.slug, keys))
queries = ["paspor", "ktp", "akta kelahiran", "sim", "skck", "nikah", "izin usaha", "npwp", "bpjs",
           "kartu keluarga", "passport", "birth certificate", "driving licence", "business permit", "pajak"]
searches = []
for language in ("id", "en"):
    with translation.override(language):
        searches += [reverse("search") + "?q=" + q.replace(" ", "+") for q in queries[:6]]
api = ["/api/v1/search/?q=" + q.replace(" ", "+") + ("&lang=en" if q.isascii() and q in queries[10:] else "")
       for q in queries]
first = services[0]
with translation.override("id"):
    feedback = reverse("feedback")
print(json.dumps({
    "services": [s.url for s in services if s.url],
    "mpps": [m.url for m in mpps if m.url],
    "plans": plans, "searches": searches, "api": api,
    "stylesheet": static("portal/portal.css"),
    "feedback": feedback,
    "page": {"id": first.pk, "url": first.url, "title": first.title},
    "catalogue": ServicePage.objects.live().filter(locale__language_code="id").count(),
}))
"""

# The commit's time is taken by the first of the on-commit callbacks, before the portal's own (search
# indexing, page cache purges), which run in the publishing request before it returns.
PUBLISH_SCRIPT = r"""
import json, sys, time
from django.db import transaction
from catalogue.models import ServicePage
page = ServicePage.objects.get(pk=int(sys.argv[1])).specific
page.title = sys.argv[2]
committed = []
with transaction.atomic():
    transaction.on_commit(lambda: committed.append(time.time()))
    page.save_revision().publish()
print(json.dumps({"committed": committed[0], "returned": time.time()}))
"""


def shell(script, *args):
    command = [stack.PYTHON, "-c", "import django, sys; django.setup(); exec(sys.stdin.read())", *args]
    done = subprocess.run(
        command, input=script, cwd=ROOT, env=stack.environment(), capture_output=True, text=True, timeout=120
    )
    if done.returncode:
        raise RuntimeError(f"The shell script failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def publish_title(page, title):
    """Publish ``title`` on the page through Wagtail (signals: search indexing, cache purges); returns
    (committed, returned): when its transaction committed and when publishing returned (epoch seconds)."""
    times = shell(PUBLISH_SCRIPT, str(page["id"]), title)
    return times["committed"], times["returned"]


def elasticsearch_title(page_id):
    """The page's title in the Elasticsearch index, asked of any node that answers."""
    for url in stack.es_urls():
        status, _headers, body = get(f"{url}/stack-services/_doc/{page_id}", timeout=3)
        if status == 200:
            return json.loads(body)["_source"].get("title", "")
    return None


def log_count(text):
    total = 0
    for port in stack.APP_PORTS:
        path = stack.STATE / "logs" / f"{stack.app_name(port)}.log"
        if path.exists():
            total += path.read_text(errors="replace").count(text)
    return total


def master_index():
    for url in stack.es_urls():
        status, _h, body = get(f"{url}/_cat/master?h=node", timeout=3)
        if status == 200 and body.strip().startswith("node-"):
            return int(body.strip().split("-")[1])
    return None


def cluster_green(seconds):
    started = time.monotonic()
    ok = es_server.wait_for_cluster(stack.es_urls(), seconds, f"wait_for_nodes={stack.ES_NODES}&wait_for_status=green")
    return ok, time.monotonic() - started


def warm(paths, rounds=3):
    """GET each path a few times so that cacheable pages are in nginx's cache."""
    hits = 0
    for _ in range(rounds):
        hits = sum(get(URL + path)[1].get("X-Cache-Status") == "HIT" for path in paths)
    return hits


# --- Scenarios ------------------------------------------------------------------------------------

results = []


def record(name, ok, figures, details=""):
    results.append({"name": name, "ok": ok, "figures": figures, "details": details})
    say(f"{'PASS' if ok else 'FAIL'} {name}: {figures}{' — ' + details if details else ''}")


def speed(urls):
    duration = seconds(15, 5)
    page = [urls["page"]["url"]]
    static = wrk([urls["stylesheet"]], duration, 32)
    warm(page)
    cached = wrk(page, duration, 32)
    uncached = wrk(page, duration, 32, BYPASS)
    search = wrk(urls["api"], duration, 32, BYPASS)
    hit_share = cached["cache"].get("HIT", 0) / max(1, cached["requests"])
    rows = [
        ("static stylesheet", static, None, None),
        ("cached service page", cached, 1000, 20),
        ("uncached service page", uncached, 150, None),
        ("search API (Elasticsearch cluster)", search, 300, 50),
    ]
    table = []
    all_met = True
    missed = []
    for label, run, rps_target, p95_target in rows:
        met = (rps_target is None or run["rps"] >= rps_target) and (p95_target is None or run["p95_ms"] <= p95_target)
        all_met &= met
        if not met:
            missed.append(label)
        target = " and ".join(
            part
            for part in (
                f"≥ {rps_target:,}/s" if rps_target else "",
                f"p95 ≤ {p95_target} ms" if p95_target else "",
            )
            if part
        )
        table.append(
            f"| {label} | {run['rps']:,.0f} | {run['rps'] / static['rps']:.2f} | {run['p50_ms']:.1f} | "
            f"{run['p95_ms']:.1f} | {run['p99_ms']:.1f} | {run['lost']} | {target or '–'} | "
            f"{'✓' if met else ('✗' if target else '')} |"
        )
    lost = static["lost"] + cached["lost"] + uncached["lost"] + search["lost"]
    ok = lost == 0 and (all_met or not STRICT)
    record(
        "Speed targets (32 connections)",
        ok,
        f"{duration} s each; cached page served from nginx's cache for {hit_share:.0%} of requests; "
        f"search over {urls['catalogue']:,} live Indonesian service pages",
        "every target met" if all_met else "targets missed: " + ", ".join(missed),
    )
    results[-1]["table"] = [
        "| request | requests/s | ratio to static | p50 ms | p95 ms | p99 ms | failed | target | met |",
        "|---|---:|---:|---:|---:|---:|---:|---|:-:|",
        *table,
    ]


def mixed_paths(urls):
    return urls["services"][:40] + urls["mpps"] + urls["plans"] + urls["searches"] + urls["api"]


def mixed_load(urls):
    duration = seconds(60, 20)
    paths = mixed_paths(urls)
    wrk(paths, 5, 16)  # warm-up: first requests fill caches, load code paths
    before = processes()
    run = wrk(paths, duration, 64)
    after = processes()
    rows, flat = [], True
    for label, pids in before.items():
        start = sum(pids.values())
        end = sum(after.get(label, {}).values())
        long_lived = [pid for pid in pids if pid in after.get(label, {})]
        growth = max((after[label][pid] - pids[pid] for pid in long_lived), default=0.0)
        grew = growth > max(32.0, 0.2 * max((pids[pid] for pid in long_lived), default=0.0))
        if grew and not label.startswith("postgres"):  # backends come and go with connections
            flat = False
        rows.append(f"| {label} | {len(pids)} | {start:,.0f} | {end:,.0f} | {growth:+.1f} | {'✗' if grew else '✓'} |")
    record(
        f"Mixed load, {duration} s at 64 connections",
        run["lost"] == 0 and flat,
        f"{run['requests']:,} requests, {run['rps']:,.0f}/s, p50 {run['p50_ms']:.1f} ms, p95 {run['p95_ms']:.1f} ms, "
        f"p99 {run['p99_ms']:.1f} ms; statuses {statuses(run)}; socket errors {run['socket_errors']}; "
        f"cache {run['cache']}",
        "memory flat" if flat else "a process grew by more than max(32 MB, 20 %)",
    )
    results[-1]["table"] = [
        "| process | processes | RSS before MB | RSS after MB | largest growth of one process MB | flat |",
        "|---|---:|---:|---:|---:|:-:|",
        *rows,
    ]


def search_paths(urls):
    return urls["api"] + urls["searches"]


def kill_one_node(urls, index, page, label):
    duration = seconds(25, 15)
    fallbacks = log_count(FALLBACK_LOG)
    load = Wrk(search_paths(urls), duration, 16, BYPASS)
    time.sleep(2)
    killed = time.monotonic()
    es_server.kill_node(stack.ES_PORT, index)
    token = f"Uji{secrets.token_hex(3)}"
    publish_title(page, f"{page['title']} {token}")  # during the outage
    landed = token in (elasticsearch_title(page["id"]) or "")
    es_server.start_node(stack.ES_PORT, index, stack.ES_NODES, stack.ES_HEAP)
    run = load.result()
    green, waited = cluster_green(180)
    rejoined = time.monotonic() - killed
    fell_back = log_count(FALLBACK_LOG) - fallbacks
    publish_title(page, page["title"])
    record(
        f"kill -9 of Elasticsearch node-{index} ({label})",
        run["lost"] == 0 and fell_back == 0 and landed and green,
        f"{run['requests']:,} search requests, statuses {statuses(run)}, socket errors {run['socket_errors']}; "
        f"searches that fell back to the embedded engine: {fell_back}; publish during the outage in the "
        f"index: {'yes' if landed else 'NO'}; green again {rejoined:.0f} s after the kill"
        + ("" if green else f" — NOT green after {waited:.0f} s"),
    )


def elasticsearch_nodes(urls):
    page = urls["page"]
    master = master_index()
    order = [master] if SHORT else [master] + [i for i in range(stack.ES_NODES) if i != master]
    for index in order:
        current_master = master_index()
        kill_one_node(urls, index, page, "the elected master" if index == current_master else "a follower")


def all_elasticsearch_nodes(urls):
    duration = seconds(20, 10)
    fallbacks = log_count(FALLBACK_LOG)
    for index in range(stack.ES_NODES):
        es_server.kill_node(stack.ES_PORT, index)
    run = wrk(search_paths(urls), duration, 16, BYPASS)
    fell_back = log_count(FALLBACK_LOG) - fallbacks
    restarted = time.monotonic()
    for index in range(stack.ES_NODES):
        es_server.start_node(stack.ES_PORT, index, stack.ES_NODES, stack.ES_HEAP)
    green, _ = cluster_green(240)
    record(
        "Every Elasticsearch node killed",
        run["server_errors"] == 0 and run["socket_errors"] == 0 and fell_back > 0 and green,
        f"{run['requests']:,} search requests in {duration} s, statuses {statuses(run)}, "
        f"socket errors {run['socket_errors']}; answered by the embedded engine: {fell_back} logged fallbacks; "
        f"cluster green {time.monotonic() - restarted:.0f} s after the restart",
    )


def app_server(urls):
    duration = seconds(20, 10)
    port = stack.APP_PORTS[0]
    load = Wrk(mixed_paths(urls), duration, 32, BYPASS)
    time.sleep(2)
    stack.kill_process(stack.app_name(port))
    run = load.result()
    stack.start_app(port)
    stack.wait_for_app(port)
    record(
        f"One app server killed (kill -9 of :{port}, master and workers)",
        run["lost"] == 0,
        f"{run['requests']:,} uncached GETs, statuses {statuses(run)}, socket errors {run['socket_errors']}",
    )


def redis(urls):
    duration = seconds(20, 10)
    load = Wrk(mixed_paths(urls), duration, 32, BYPASS)
    time.sleep(2)
    stack.stop_redis()
    time.sleep(1)
    form = urllib.parse.urlencode({"page": urls["page"]["id"], "kind": "useful", "comment": ""}).encode()
    feedback = urllib.request.Request(URL + urls["feedback"], data=form, method="POST")
    try:
        with urllib.request.urlopen(feedback, timeout=10) as response:
            written = response.status
    except urllib.error.HTTPError as error:
        written = error.code
    run = load.result()
    stack.start_redis()
    record(
        "Redis stopped",
        run["server_errors"] == 0 and run["socket_errors"] == 0 and written == 503,
        f"{run['requests']:,} uncached GETs with Redis down from the 2nd second, statuses {statuses(run)}, "
        f"socket errors {run['socket_errors']}; a feedback sent meanwhile: {written} (refused: the rate limit "
        "fails closed for writes)",
    )


def probe(paths, stop, found):
    """Uncached GETs one after another until ``stop`` is set: (sent, seconds, status, friendly) each."""
    index = 0
    while not stop.is_set():
        path = paths[index % len(paths)]
        index += 1
        sent = time.monotonic()
        status, _headers, body = get(URL + path, header_dict(BYPASS), timeout=30)
        friendly = "<html" in body.lower() and "traceback" not in body.lower()
        found.append((sent, time.monotonic() - sent, status, friendly))
        time.sleep(0.02)


def postgres(urls):
    duration = seconds(20, 12)
    cached_paths = urls["services"][:20]
    hits = warm(cached_paths)
    cached = Wrk(cached_paths, duration, 8, nice=True)  # niced: it must not starve the app servers
    stop, probes = threading.Event(), []
    probers = [threading.Thread(target=probe, args=(urls["services"][20 + i :: 2], stop, probes)) for i in range(2)]
    for prober in probers:
        prober.start()
    time.sleep(2)
    stopped = time.monotonic()
    stack.stop_postgres()
    time.sleep(3)
    stack.start_postgres()
    back = time.monotonic()
    recovered = None
    while time.monotonic() - back < 15 and recovered is None:
        answered_after = [sent for sent, _s, status, _f in probes if sent >= back and status == 200]
        if answered_after:
            recovered = min(answered_after) - back
        time.sleep(0.05)
    stop.set()
    for prober in probers:
        prober.join()
    cached_run = cached.result()
    during = [p for p in probes if stopped <= p[0] < back]
    refused = [p for p in during if p[2] == 503]
    bad = sorted({p[2] for p in probes if p[2] not in (200, 503)})
    slowest_refusal = max((p[1] for p in refused), default=0.0)
    unfriendly = sum(1 for p in refused if not p[3])
    recovery = "no recovery within 15 s"
    if recovered is not None:
        recovery = f"the first uncached request sent {recovered:.2f} s after PostgreSQL was back answered 200"
    record(
        "PostgreSQL stopped for 3 s and started again",
        cached_run["lost"] == 0
        and not bad
        and refused
        and slowest_refusal < 1.0
        and not unfriendly
        and recovered is not None
        and recovered <= 5,
        f"cached pages ({hits}/{len(cached_paths)} in the cache before): {cached_run['requests']:,} requests, "
        f"statuses {statuses(cached_run)}, socket errors {cached_run['socket_errors']}; uncached requests while "
        f"it was down: {len(during)}, of which {len(refused)} answered 503 (the slowest in "
        f"{slowest_refusal * 1000:.0f} ms, "
        f"{unfriendly} without the friendly page), other statuses {bad or 'none'}; {recovery}",
    )


def poll_during(targets, token, started, done, seconds=30):
    """Poll every target in its own thread, from ``started`` until ``done`` is set (at most ``seconds``):
    {target: [(sent, answered, shows token)]}, times in epoch seconds."""
    answers = {target: [] for target in targets}

    def poll(target):
        while not done.is_set() and time.time() - started < seconds:
            sent = time.time()
            status, _headers, body = get(target, timeout=30)
            if status == 200:  # what a page shows; a failed request shows nothing (the load scenario counts those)
                answers[target].append((sent, time.time(), token in body))
            time.sleep(0.02)

    pollers = [threading.Thread(target=poll, args=(target,)) for target in targets]
    for poller in pollers:
        poller.start()
    return answers, pollers


def visible_after(answers, committed):
    """Seconds after the commit from which every request sent showed the change (None: never), and the
    answer time of the first such request."""
    sent_after = sorted(answer for answer in answers if answer[0] >= committed)
    for i, (sent, answered, _shows) in enumerate(sent_after):
        if all(shows for _s, _a, shows in sent_after[i:]):
            return sent - committed, answered - committed
    return None


def publish_under_load(urls):
    duration = seconds(20, 10)
    page = urls["page"]
    warm([page["url"]])
    load = Wrk(mixed_paths(urls) + [page["url"]] * 20, duration, 16)
    time.sleep(2)
    token = f"Uji{secrets.token_hex(3)}"
    targets = [f"http://{stack.HOST}:{port}{page['url']}" for port in stack.APP_PORTS] + [URL + page["url"]]
    done = threading.Event()
    answers, pollers = poll_during(targets, token, time.time(), done)
    committed, returned = publish_title(page, f"{page['title']} {token}")
    deadline = time.time() + 20  # until each target has answered a few requests sent after the commit
    while time.time() < deadline and min(sum(a[0] >= committed for a in answers[t]) for t in targets) < 3:
        time.sleep(0.1)
    done.set()
    for poller in pollers:
        poller.join()
    seen = {target: visible_after(answers[target], committed) for target in targets}
    run = load.result()
    publish_title(page, page["title"])
    slowest = max(v[0] for v in seen.values()) if all(seen.values()) else None
    names = {target: target.split("//")[1].split("/")[0] for target in targets}
    names[URL + page["url"]] += " (nginx, cache)"
    record(
        "A publish during the load (16 connections)",
        run["lost"] == 0 and slowest is not None and slowest <= 1.0,
        "every request sent this long after the commit showed the new title (s): "
        + ", ".join(
            f"{names[t]} {seen[t][0]:.2f} (answered at {seen[t][1]:.2f})" if seen[t] else f"{names[t]} never"
            for t in targets
        )
        + f"; publishing returned {returned - committed:.2f} s after the commit (indexing, purges)"
        + f"; load: {run['requests']:,} requests, statuses {statuses(run)}, socket errors {run['socket_errors']}",
    )


# --- Report ---------------------------------------------------------------------------------------


def load_average():
    return os.getloadavg()[0]


def report(started, load_before, urls):
    lines = [
        f"## Production stack under load and faults (`make stack-test`{', short form' if SHORT else ''})",
        "",
        f"- Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime(started))}, "
        f"{(time.time() - started) / 60:.1f} minutes",
        f"- Machine: {machine()}; load average {load_before:.1f} before the run, {load_average():.1f} after",
        "- Stack (scripts/stack.py): nginx (deploy/nginx/portal.conf, page cache), two gunicorn app servers "
        f"({stack.APP_WORKERS} gthread workers × {stack.APP_THREADS} threads each), PostgreSQL 15, Redis, "
        f"Elasticsearch cluster of {stack.ES_NODES} nodes (heap {stack.ES_HEAP} each, one replica), all on one "
        "machine; load from wrk on the same machine.",
        f"- Catalogue: {urls['catalogue']:,} live service pages in Indonesian (and their English translations).",
    ]
    if os.environ.get("STACK_TEST_NOTE"):
        lines.append(f"- Note: {os.environ['STACK_TEST_NOTE']}")
    lines += ["", "| scenario | result | figures |", "|---|:-:|---|"]
    for result in results:
        figures = result["figures"] + (f" ({result['details']})" if result["details"] else "")
        lines.append(f"| {result['name']} | {'pass' if result['ok'] else '**FAIL**'} | {figures} |")
    for result in results:
        if result.get("table"):
            lines += ["", f"{result['name']}:", "", *result["table"]]
    lines.append("")
    write_results(OUTPUT, lines)


def main():
    started = time.time()
    load_before = load_average()
    if not stack.status_quiet():
        sys.exit("The stack is not running: start it with make stack.")
    urls = shell(URLS_SCRIPT)
    say(f"{len(mixed_paths(urls))} URLs; the publish test page is {urls['page']['url']}")
    scenarios = [speed, mixed_load, publish_under_load, app_server, redis, postgres, elasticsearch_nodes,
                 all_elasticsearch_nodes]  # fmt: skip
    only = os.environ.get("STACK_TEST_ONLY")
    for scenario in scenarios:
        if only and scenario.__name__ not in only.split(","):
            continue
        say(f"— {scenario.__name__}")
        try:
            scenario(urls)
        except Exception as error:  # noqa: BLE001 - a scenario that breaks is a failed scenario, the others run
            record(scenario.__name__, False, f"the scenario broke: {error!r}")
    report(started, load_before, urls)
    failed = [result["name"] for result in results if not result["ok"]]
    say(f"{len(results) - len(failed)} of {len(results)} passed in {(time.time() - started) / 60:.1f} min")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
