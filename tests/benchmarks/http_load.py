"""HTTP load: req/s and p50/p99 of the product as deployed, against a static file.

Starts the product the way the README tells an operator to (production settings,
`collectstatic` with the manifest storage, gunicorn with 2 workers, Redis for the cache),
on a throwaway SQLite database in a temporary folder with the seed content, twice: one
server with the page cache and one with it off (`MUSEUM_PAGE_CACHE_SECONDS=0`), so both
cached and uncached figures come from one run. Then, for each target, a load generator
runs for `--seconds` at 1 and at 16 connections: wrk if it is installed, otherwise a
bounded Python client (one keep-alive connection per thread). It prints req/s, p50 and
p99 (the Python client only; wrk prints its own latency spread) and each target's ratio
to the static CSS file through the same server, then, with `--queries`, the queries per
page at the seed size and with 2,000 synthetic exhibits added.

    .venv/bin/python -m tests.benchmarks.http_load [--seconds 10] [--queries]

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


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment(work, redis_url, cache_seconds):
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
    """(req/s, raw summary) from wrk, with the same headers as the Python client."""
    result = subprocess.run(
        [  # noqa: S607 -- wrk from PATH, as the operator installed it
            "wrk",
            f"-t{min(connections, 2)}",
            f"-c{connections}",
            f"-d{seconds}s",
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
    rate = next(
        float(line.split()[1]) for line in result.stdout.splitlines() if "Requests/sec" in line
    )
    return rate, result.stdout


def measure(port, path, connections, seconds):
    """One target at one concurrency: (req/s, p50 ms, p99 ms, errors); None where unknown."""
    if shutil.which("wrk"):
        rate, _summary = wrk_load(port, path, connections, seconds)
        return rate, None, None, None
    count, errors, latencies = python_load(port, path, connections, seconds)
    if not latencies:
        return 0.0, None, None, errors
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
    return count / seconds, statistics.median(ordered) * 1000, p99 * 1000, errors


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
        ports = {"cached": free_port(), "uncached": free_port()}
        log = open(work / "gunicorn.log", "w")  # noqa: SIM115 -- open while the servers run
        processes.append(serve(cached_env, ports["cached"], log))
        processes.append(serve(environment(work, redis_url, 0), ports["uncached"], log))
        for port in ports.values():
            wait_until_up(port)

        tool = "wrk" if shutil.which("wrk") else "Python client"
        print(f"{options.seconds} s per target and concurrency, {tool}, gunicorn 2 workers")
        columns = ("conns", 6), ("req/s", 9), ("p50 ms", 9), ("p99 ms", 9), ("errors", 8)
        print(
            f"{'target':<24}" + "".join(f"{name:>{width}}" for name, width in columns) + " ÷ static"
        )
        static_rate = {}
        for name, path in paths.items():
            modes = (
                ("cached",)
                if name in ("static CSS", "search (zh)", "search (en)")
                else (
                    "uncached",
                    "cached",
                )
            )
            for mode in modes:
                label = (
                    name
                    if name == "static CSS" or mode == "cached" and len(modes) == 1
                    else f"{name} ({mode})"
                )
                for connections in CONNECTIONS:
                    port = ports[mode]
                    request(http.client.HTTPConnection("127.0.0.1", port, timeout=30), path)
                    rate, p50, p99, errors = measure(port, path, connections, options.seconds)
                    if name == "static CSS":
                        static_rate[connections] = rate
                    ratio = rate / static_rate[connections] if static_rate.get(connections) else 0
                    print(
                        f"{label:<24}{connections:>6}{rate:>9.0f}"
                        f"{'' if p50 is None else f'{p50:.0f}':>9}"
                        f"{'' if p99 is None else f'{p99:.0f}':>9}"
                        f"{'' if errors is None else errors:>8}{ratio:>10.2f}"
                    )
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
