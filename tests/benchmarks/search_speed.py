"""Search speed: p50 and p95 of the visitor search for a two-character Chinese query and an
English word, on the seed content plus 2,000 synthetic exhibits.

Times `search_pages` (the backend's candidates, loading them, ranking) plus the result
page's snippets, as the search view runs them, warm, in this process. A benchmark to
read, not a test: tests/exhibits/test_query_budgets.py holds search to its query budget.

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
import time

QUERIES = ("银行", "bank")
RESULTS_SHOWN = 10


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def report(runs):
    from django.db import connection
    from django.utils import translation

    from exhibits import search_terms
    from exhibits.models import ExhibitPage
    from exhibits.search.queries import search_pages

    print(f"{connection.vendor}, {ExhibitPage.objects.live().count()} live exhibits, {runs} runs")
    print(f"{'query':<8} {'hits':>6} {'p50 ms':>8} {'p95 ms':>8}")
    for text in QUERIES:
        query = search_terms.parse_query(text)
        language = "zh-hans" if search_terms.CJK_RUN.search(text) else "en"
        timings = []
        with translation.override(language):
            for run in range(runs + 2):
                started = time.perf_counter()
                hits = search_pages(query)
                for hit in hits[:RESULTS_SHOWN]:
                    search_terms.snippet(hit.document, query.fragments, language, hit.page.title)
                if run >= 2:  # the first two warm the caches
                    timings.append((time.perf_counter() - started) * 1000)
        print(
            f"{text:<8} {len(hits):>6} {statistics.median(timings):>8.1f} "
            f"{percentile(timings, 0.95):>8.1f}"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exhibits", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--existing", action="store_true")
    args = parser.parse_args()
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
        report(args.runs)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()


if __name__ == "__main__":
    main()
