"""HTTP load: req/s and p50/p99 of the product as deployed, against a static file.

Starts the product the way the README tells an operator to (production settings,
`collectstatic` with the manifest storage, gunicorn with 2 workers, Redis for the cache),
on a throwaway SQLite database in a temporary folder with the seed content, three times:
"cached" with the page cache, "uncached" with it off (`MUSEUM_PAGE_CACHE_SECONDS=0`: every
request renders, reusing what its process looked up and drew for the same content version,
museum.content_version.ContentMemo), and "cold" with that off too (`MUSEUM_CONTENT_MEMO=0`:
every request looks everything up and draws everything, as the first one after a publish
does), so all three come from one run. Then, for each target, a load generator
runs for `--seconds` at 1 and at 16 connections: wrk if it is installed (its figures read
through tests/benchmarks/wrk_report.lua), otherwise a bounded Python client (one
keep-alive connection per thread). It prints req/s, p50 and p99, the errors (connection
errors, timeouts and answers other than 2xx/3xx), the one-minute load average when the
target finished (other work on the machine moves every figure: compare ratios within one
run) and each target's ratio to the static CSS file through the same server. A soak
follows: the cached exhibit page at 64 connections for `--soak` seconds (0 skips it).
Last, the issue 13 targets are checked against this run, and with `--queries` the queries
per page are counted at the seed size and with 2,000 synthetic exhibits added.

    .venv/bin/python -m tests.benchmarks.http_load [--seconds 10] [--soak 60] [--queries]

Needs redis-server (a private one is started on a free port) and takes about a minute to
set up. The open-data rate limit is raised for the run, since one client sends
everything. A benchmark to read, not a test: query budgets are asserted in
tests/exhibits/test_query_budgets.py, first view after publish is
`python -m tests.benchmarks.first_view`.
"""

import argparse
import http.client
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / ".venv" / "bin"
HOST = "museum.example.cn"
CONNECTIONS = (1, 16)
SOAK_CONNECTIONS = 64
WRK_REPORT = Path(__file__).with_name("wrk_report.lua")
# Issue 13, within one run on a 2-core machine: cached visitor pages at 16 connections at
# least this share of the static file's rate; uncached pages at least these rates; the soak
# without errors and with its p99 under this.
CACHED_SHARE = 0.8
UNCACHED_RATES = {"exhibit": 164, "home": 123}
SOAK_P99_MS = 150
VISITOR_PAGES = ("home", "museum", "exhibit", "trail", "trail stop")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment(work, redis_url, cache_seconds, memo=True):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="museum.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(40),
        DJANGO_ALLOWED_HOSTS=HOST,
        MUSEUM_PUBLIC_URL=f"https://{HOST}",
        DATABASE_URL=f"sqlite:///{work / 'db.sqlite3'}",
        MUSEUM_REDIS_URL=redis_url,
        MUSEUM_MEDIA_ROOT=str(work / "media"),
        MUSEUM_PAGE_CACHE_SECONDS=str(cache_seconds),
        MUSEUM_CONTENT_MEMO="1" if memo else "0",
        MUSEUM_LOG_LEVEL="WARNING",
        # One client sends every request: the open-data limit per client would answer 429.
        MUSEUM_OPEN_DATA_RATE="100000000/60",
    )
    return env


def manage(env, *args):
    subprocess.run(
        [str(BIN / "python"), "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def request(connection, path):
    connection.request(
        "GET", path, headers={"Host": HOST, "X-Forwarded-Proto": "https", "Accept-Encoding": "gzip"}
    )
    response = connection.getresponse()
    response.read()
    return response.status


def python_load(port, path, connections, seconds):
    """(requests, errors, latencies) from `connections` threads for `seconds`."""
    deadline = time.monotonic() + seconds
    latencies, errors, lock = [], [0], threading.Lock()

    def worker():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine, failed = [], 0
        while time.monotonic() < deadline:
            started = time.monotonic()
            try:
                status = request(connection, path)
            except (OSError, http.client.HTTPException):
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                status = 0
            mine.append(time.monotonic() - started)
            failed += status != 200
        connection.close()
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(latencies), errors[0], latencies


def wrk_load(port, path, connections, seconds):
    """(req/s, p50 ms, p99 ms, errors) from wrk, with the same headers as the Python client.

    Errors are wrk's connect, read, write and timeout errors and its answers of 400 and
    above; wrk reports a 5xx only among those, so nothing failing goes uncounted.
    """
    result = subprocess.run(
        [  # noqa: S607 -- wrk from PATH, as the operator installed it
            "wrk",
            f"-t{min(connections, 2)}",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "10s",
            "-s",
            str(WRK_REPORT),
            "-H",
            f"Host: {HOST}",
            "-H",
            "X-Forwarded-Proto: https",
            "-H",
            "Accept-Encoding: gzip",
            f"http://127.0.0.1:{port}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return parse_wrk(result.stdout)


def parse_wrk(output):
    """(req/s, p50 ms, p99 ms, errors) from wrk's output with wrk_report.lua's line."""
    rate = next(float(line.split()[1]) for line in output.splitlines() if "Requests/sec" in line)
    line = next(line for line in output.splitlines() if line.startswith("museum-benchmark "))
    fields = dict(part.split("=") for part in line.split()[1:])
    errors = sum(int(fields[kind]) for kind in ("connect", "read", "write", "status", "timeout"))
    return rate, int(fields["p50_us"]) / 1000, int(fields["p99_us"]) / 1000, errors


def measure(port, path, connections, seconds):
    """One target at one concurrency: (req/s, p50 ms, p99 ms, errors); None where unknown."""
    if shutil.which("wrk"):
        return wrk_load(port, path, connections, seconds)
    count, errors, latencies = python_load(port, path, connections, seconds)
    if not latencies:
        return 0.0, None, None, errors
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
    return count / seconds, statistics.median(ordered) * 1000, p99 * 1000, errors


def print_row(label, connections, figures, ratio):
    rate, p50, p99, errors = figures
    print(
        f"{label:<24}{connections:>6}{rate:>9.0f}"
        f"{'' if p50 is None else f'{p50:.1f}':>9}"
        f"{'' if p99 is None else f'{p99:.1f}':>9}"
        f"{'' if errors is None else errors:>8}{os.getloadavg()[0]:>7.1f}{ratio:>10.2f}"
    )


def check_targets(results, soak):
    """Print each issue 13 target with this run's figure and whether it is met."""
    print("\nIssue 13 targets, this run (16 connections)")
    static = results[("static CSS", "cached", 16)][0]
    for name in VISITOR_PAGES:
        share = results[(name, "cached", 16)][0] / static
        verdict = "met" if share >= CACHED_SHARE else "NOT met"
        print(
            f"  {name + ' (cached)':<24} {share:>5.0%} of static (>= {CACHED_SHARE:.0%}) {verdict}"
        )
    for name, target in UNCACHED_RATES.items():
        rate = results[(name, "uncached", 16)][0]
        verdict = "met" if rate >= target else "NOT met"
        print(f"  {name + ' (uncached)':<24} {rate:>5.0f} req/s (>= {target})    {verdict}")
        cold = results[(name, "cold", 16)][0]
        print(f"  {name + ' (cold)':<24} {cold:>5.0f} req/s (for comparison: nothing kept)")
    if soak:
        _rate, _p50, p99, errors = soak
        met = errors == 0 and p99 is not None and p99 < SOAK_P99_MS
        print(
            f"  {'soak':<24} {errors} errors, p99 {p99:.0f} ms (0, < {SOAK_P99_MS} ms) "
            f"{'met' if met else 'NOT met'}"
        )


def seeded_paths(env):
    """URLs of one page of each kind the benchmark loads, from the seeded database."""
    script = (
        "from exhibits.models import *\n"
        "from django.utils import translation\n"
        "from django.templatetags.static import static\n"
        "with translation.override('zh-hans'):\n"
        "    pick = lambda model: model.objects.live().first().url\n"
        "    print(static('css/site.css'))\n"
        "    print(pick(HomePage)); print(pick(MuseumPage)); print(pick(ExhibitPage))\n"
        "    print(pick(TrailPage)); print(pick(TrailStopPage))\n"
        "    print('/screen/' + Screen.objects.first().slug + '/feed.json')\n"
    )
    output = subprocess.run(
        [str(BIN / "python"), "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    static_css, home, museum, exhibit, trail, stop, feed = output[-7:]
    return {
        "static CSS": static_css,
        "home": home,
        "museum": museum,
        "exhibit": exhibit,
        "trail": trail,
        "trail stop": stop,
        "search (zh)": "/zh-hans/search/?q=%E9%93%B6%E8%A1%8C",
        "search (en)": "/en/search/?q=bank",
        "API list": "/api/v2/pages/?type=exhibits.ExhibitPage&fields=*",
        "kiosk feed": feed,
    }


def serve(env, port, log):
    return subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "museum.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--timeout",
            "60",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=log,
    )


def wait_until_up(port):
    for _attempt in range(300):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            if request(connection, "/healthz") == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"gunicorn on :{port} did not come up")


def queries_per_page(env):
    """Queries per visitor page at the seed size and with 2,000 synthetic exhibits."""
    script = (
        "from django.db import connection\n"
        "from django.test import Client\n"
        "from django.test.utils import CaptureQueriesContext\n"
        "from exhibits.models import *\n"
        "client = Client(HTTP_HOST='" + HOST + "', HTTP_X_FORWARDED_PROTO='https')\n"
        "pages = {'home': HomePage, 'museum': MuseumPage, 'exhibit': ExhibitPage,\n"
        "         'trail': TrailPage, 'trail stop': TrailStopPage}\n"
        "for name, model in pages.items():\n"
        "    url = model.objects.live().order_by('path').first().url\n"
        "    client.get(url)\n"
        "    with CaptureQueriesContext(connection) as queries:\n"
        "        client.get(url)\n"
        "    print(name, len(queries))\n"
    )
    counts = {}
    for label, extra in (("seed", None), ("+2,000", "2000")):
        if extra:
            manage(env, "load_heritage_content", "--synthetic-exhibits", extra)
        output = subprocess.run(
            [str(BIN / "python"), "manage.py", "shell", "-c", script],
            cwd=ROOT,
            env={**env, "MUSEUM_PAGE_CACHE_SECONDS": "0"},
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        for line in output.splitlines():
            name, _space, number = line.rpartition(" ")
            if number.isdigit():
                counts.setdefault(name, {})[label] = int(number)
    print("\nQueries per page (second view, page cache off)")
    for name, sizes in counts.items():
        seed, grown = sizes.get("seed", "?"), sizes.get("+2,000", "?")
        print(f"  {name:<12} seed {seed:>3}   +2,000 exhibits {grown:>3}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument(
        "--soak", type=int, default=60, help="seconds of the 64-connection soak (0: none)"
    )
    parser.add_argument("--queries", action="store_true", help="also count queries per page")
    options = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="museum-http-load-"))
    processes = []
    try:
        redis_port = free_port()
        redis = ["redis-server", "--port", str(redis_port), "--save", "", "--appendonly", "no"]
        # redis-server from PATH, as tests/production does
        processes.append(subprocess.Popen(redis, stdout=subprocess.DEVNULL, cwd=work))  # noqa: S607
        redis_url = f"redis://127.0.0.1:{redis_port}/0"
        cached_env = environment(work, redis_url, 600)
        started = time.monotonic()
        for step in (
            ("migrate", "--noinput", "-v", "0"),
            ("update_translation_fields", "-v", "0"),
            ("load_heritage_content",),
            ("sync_site",),
            ("update_index", "-v", "0"),
            ("collectstatic", "--noinput", "-v", "0"),
        ):
            manage(cached_env, *step)
        print(f"set up in {time.monotonic() - started:.0f} s (production settings, SQLite, Redis)")
        paths = seeded_paths(cached_env)
        ports = {"cached": free_port(), "uncached": free_port(), "cold": free_port()}
        log = open(work / "gunicorn.log", "w")  # noqa: SIM115 -- open while the servers run
        processes.append(serve(cached_env, ports["cached"], log))
        processes.append(serve(environment(work, redis_url, 0), ports["uncached"], log))
        processes.append(serve(environment(work, redis_url, 0, memo=False), ports["cold"], log))
        for port in ports.values():
            wait_until_up(port)

        tool = "wrk" if shutil.which("wrk") else "Python client"
        print(f"{options.seconds} s per target and concurrency, {tool}, gunicorn 2 workers")
        columns = ("conns", 6), ("req/s", 9), ("p50 ms", 9), ("p99 ms", 9), ("errors", 8)
        print(
            f"{'target':<24}"
            + "".join(f"{name:>{width}}" for name, width in columns)
            + "   load ÷ static"
        )
        results = {}
        for name, path in paths.items():
            uncached = name not in ("static CSS", "search (zh)", "search (en)")
            modes = ("cold", "uncached", "cached") if uncached else ("cached",)
            for mode in modes:
                label = name if not uncached else f"{name} ({mode})"
                for connections in CONNECTIONS:
                    port = ports[mode]
                    request(http.client.HTTPConnection("127.0.0.1", port, timeout=30), path)
                    figures = measure(port, path, connections, options.seconds)
                    results[(name, mode, connections)] = figures
                    static = results[("static CSS", "cached", connections)][0]
                    print_row(label, connections, figures, figures[0] / static if static else 0)
        soak = None
        if options.soak:
            static = results[("static CSS", "cached", 16)][0]
            soak = measure(ports["cached"], paths["exhibit"], SOAK_CONNECTIONS, options.soak)
            print_row(
                f"exhibit (cached) {options.soak} s", SOAK_CONNECTIONS, soak, soak[0] / static
            )
        check_targets(results, soak)
        if options.queries:
            queries_per_page(cached_env)
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
