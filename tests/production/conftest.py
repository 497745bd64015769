"""The production-parity checks run only inside tests/production/run_stage.sh.

That script starts two gunicorn servers with the production settings and names them in
MUSEUM_STAGE_A and MUSEUM_STAGE_B; without them (a plain `make test`) nothing here is collected.
"""

import os

import pytest

if not os.environ.get("MUSEUM_STAGE_A"):
    collect_ignore_glob = ["test_*.py"]


@pytest.fixture(scope="session")
def stage_db(django_db_blocker):
    """The stage's own database (the one the servers use), open to every test of the session."""
    with django_db_blocker.unblock():
        yield
