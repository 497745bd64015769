"""Search speed: p50 and p95 of the visitor search and of the search box's suggestions for
a two-character Chinese query and an English word, on the seed content plus 2,000
synthetic exhibits.

Times `search_pages` (the index query, the candidates' documents, ranking) plus loading
and snippeting the first result page, as the search view runs them, and `suggest_pages`,
warm, in this process. Besides wall time it prints this process's CPU time (the database
server's is not in it on PostgreSQL) and the load average, since on a shared machine the
wall time mostly measures the neighbours. A benchmark to read, not a test:
tests/exhibits/test_query_budgets.py holds search to its query budget.

    .venv/bin/python -m tests.benchmarks.search_speed [--exhibits 2000] [--runs 40]
        builds a throwaway database (SQLite by default; set DATABASE_URL to a PostgreSQL
        server for a throwaway database there), seeds it, adds the synthetic exhibits
        and measures;
    .venv/bin/python -m tests.benchmarks.search_speed --existing
        measures the configured database as it is (after `make setup` and
        `manage.py load_heritage_content --synthetic-exhibits 2000`).
"""

import argparse
import contextlib
import io
import os
import statistics
import subprocess
import sys
import time

QUERIES = ("银行", "bank")
RESULTS_SHOWN = 10


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def timed(function, runs):
    """Wall and CPU milliseconds of each of ``runs`` calls, after two warming calls."""
    wall, cpu = [], []
    for run in range(runs + 2):
        started, started_cpu = time.perf_counter(), time.process_time()
        function()
        if run >= 2:
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
    return wall, cpu


def report(runs):
    from django.db import connection
    from django.utils import translation

    from exhibits import search_terms
    from exhibits.models import ExhibitPage
    from exhibits.search.queries import search_pages, suggest_pages

    print(f"{connection.vendor}, {ExhibitPage.objects.live().count()} live exhibits, {runs} runs")
    print(
        f"{'':<8} {'query':<8} {'hits':>6} {'p50 ms':>8} {'p95 ms':>8} {'CPU p50':>8}"
        f"   load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    for text in QUERIES:
        query = search_terms.parse_query(text)
        language = "zh-hans" if search_terms.CJK_RUN.search(text) else "en"
        found = {}

        def search(query=query, language=language, found=found):
            hits = search_pages(query)
            for hit in hits[:RESULTS_SHOWN]:
                search_terms.snippet(hit.document, query.fragments, language, hit.page.title)
            found["count"] = len(hits)

        def suggest(text=text, found=found):
            found["count"] = len(suggest_pages(text))

        with translation.override(language):
            for name, function in (("search", search), ("suggest", suggest)):
                wall, cpu = timed(function, runs)
                print(
                    f"{name:<8} {text:<8} {found['count']:>6} {statistics.median(wall):>8.1f} "
                    f"{percentile(wall, 0.95):>8.1f} {statistics.median(cpu):>8.1f}"
                )


def run_on_both(args):
    """This benchmark on SQLite, then on PostgreSQL, each in its own process."""
    for url in (None, args.postgres):
        env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
        if url:
            env["DATABASE_URL"] = url
        command = [sys.executable, "-m", "tests.benchmarks.search_speed"]
        command += ["--exhibits", str(args.exhibits), "--runs", str(args.runs)]
        subprocess.run(command, env=env, check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exhibits", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--existing", action="store_true")
    parser.add_argument("--both", action="store_true", help="SQLite, then PostgreSQL")
    parser.add_argument("--postgres", default="postgres://postgres@127.0.0.1:5432/search_bench")
    args = parser.parse_args()
    if args.both:
        run_on_both(args)
        return
    os.environ.setdefault(
        "DJANGO_SETTINGS_MODULE", "museum.settings.dev" if args.existing else "museum.settings.test"
    )
    import django

    django.setup()
    if args.existing:
        report(args.runs)
        return
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import setup_test_environment, teardown_test_environment

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
            call_command("update_translation_fields", verbosity=0)
            call_command("load_heritage_content", synthetic_exhibits=args.exhibits)
            call_command("update_index", verbosity=0)
            if connection.vendor == "postgresql":
                # Planner statistics, as autovacuum gathers them soon after a bulk load:
                # without them PostgreSQL guesses a few dozen rows per table.
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")
        report(args.runs)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()


if __name__ == "__main__":
    main()
