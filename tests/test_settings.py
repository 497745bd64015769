import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent


def import_settings(module, **env):
    """Import a settings module in a clean interpreter and report how it went."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(env)
    return subprocess.run(  # noqa: S603 -- runs this interpreter on a fixed snippet
        [sys.executable, "-c", f"import {module} as s; print(s.DEBUG, s.ALLOWED_HOSTS)"],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DJANGO_ALLOWED_HOSTS": "museum.example.cn"}, "DJANGO_SECRET_KEY must be set"),
        ({"DJANGO_SECRET_KEY": "x" * 60}, "DJANGO_ALLOWED_HOSTS must name"),
    ],
)
def test_production_refuses_to_start_half_configured(env, message):
    """Production settings stop with a clear error when a secret or the hosts are missing."""
    result = import_settings("museum.settings.production", **env)
    assert result.returncode != 0
    assert message in result.stderr


def test_production_starts_when_configured():
    """With a secret, hosts and the public URL, production settings load with DEBUG off."""
    result = import_settings(
        "museum.settings.production",
        DJANGO_SECRET_KEY="x" * 60,
        DJANGO_ALLOWED_HOSTS="museum.example.cn,www.museum.example.cn",
        MUSEUM_PUBLIC_URL="https://museum.example.cn",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False ['museum.example.cn', 'www.museum.example.cn']"


def test_sqlite_is_tuned_for_concurrent_editors(settings):
    """The default SQLite database uses WAL, immediate transactions and a busy timeout."""
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("runs against SQLite only")
    options = settings.DATABASES["default"]["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert options["timeout"] >= 20
    assert "journal_mode=WAL" in options["init_command"]
