"""Gallery screens under the production static storage: after ``collectstatic`` with the
manifest storage, the shell answers 200, every module it loads (and every module
those import) is a hashed file of the manifest, and the service worker is told the
static prefix and the hashed files to keep."""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urljoin

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.urls import reverse

from exhibits.factories import ExhibitPageFactory, MuseumPageFactory
from exhibits.models import Screen
from tests.base import build_home

PRODUCTION_STORAGE = "museum.storage.ModuleManifestStaticFilesStorage"
STATIC_ROOT = Path(tempfile.gettempdir()) / f"kiosk-static-test-{os.getpid()}"
# Static (import ... from "x"; export ... from "x"; import "x") and dynamic (import("x")).
IMPORT = re.compile(
    r"""(?:\bimport\b|\bexport\b)[^;'"]*?\bfrom\s*["']([^"']+)["']"""
    r"""|\bimport\s*\(?\s*["']([^"']+)["']"""
)
MODULE_SCRIPT = re.compile(r"""<script type="module" src="([^"]+)"></script>""")
HASHED = re.compile(r"\.[0-9a-f]{12}\.[a-z0-9]+$")


def imports(source):
    """Every module specifier in a module's source, comments included (better one
    too many than one missed)."""
    return [static or bare for static, bare in IMPORT.findall(source)]


def production_storage():
    """The static storage production.py names, read from the settings themselves."""
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SECRET_KEY": "not-a-secret",
        "DJANGO_ALLOWED_HOSTS": "museum.example",
        "MUSEUM_PUBLIC_URL": "https://museum.example",
    }
    script = (
        "from museum.settings import production; "
        "print(production.STORAGES['staticfiles']['BACKEND'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


@override_settings(
    STATIC_ROOT=STATIC_ROOT,
    STORAGES={**settings.STORAGES, "staticfiles": {"BACKEND": PRODUCTION_STORAGE}},
)
class KioskUnderManifestStorageTests(TestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        shutil.rmtree(STATIC_ROOT, ignore_errors=True)
        call_command("collectstatic", interactive=False, verbosity=0)
        cls.addClassCleanup(shutil.rmtree, STATIC_ROOT, ignore_errors=True)
        manifest = json.loads((STATIC_ROOT / "staticfiles.json").read_text())
        cls.hashed_names = set(manifest["paths"].values())

    @classmethod
    def setUpTestData(cls):
        museum = MuseumPageFactory(parent=build_home(), title_en="Finance Museum")
        ExhibitPageFactory(parent=museum, title_en="Bank's vault")
        cls.screen = Screen.objects.create(name="Hall", slug="hall", museum=museum)

    def get_shell(self):
        response = self.client.get(reverse("kiosk_screen", args=(self.screen.slug,)))
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def static_name(self, url):
        self.assertTrue(url.startswith(settings.STATIC_URL), url)
        return url.removeprefix(settings.STATIC_URL)

    def module_closure(self, shell):
        """Every module URL the shell loads and, recursively, imports."""
        pending = MODULE_SCRIPT.findall(shell)
        self.assertTrue(pending)
        seen = []
        while pending:
            url = pending.pop()
            if url in seen:
                continue
            seen.append(url)
            name = self.static_name(url)
            self.assertIn(name, self.hashed_names, f"{url} is not a hashed file")
            source = (STATIC_ROOT / name).read_text()
            pending.extend(urljoin(url, specifier) for specifier in imports(source))
        return seen

    def test_production_uses_the_module_aware_manifest_storage(self):
        """production.py names the storage these tests collect with."""
        self.assertEqual(production_storage(), PRODUCTION_STORAGE)
        self.assertTrue(staticfiles_storage.support_js_module_import_aggregation)

    def test_the_shell_answers_200(self):
        """/screen/<slug>/ renders under the manifest storage (it answered 500 when the
        view asked the storage for the URL of "")."""
        self.assertIn('data-kiosk-field="title"', self.get_shell())

    def test_every_module_and_import_is_a_hashed_file_of_the_manifest(self):
        """The kiosk's modules and every module they import, followed through the
        hashed files' own import statements, are hashed names in the manifest: no
        hashed module imports an unhashed one."""
        modules = self.module_closure(self.get_shell())
        names = {self.static_name(url).split("/")[-1].split(".")[0] for url in modules}
        self.assertLessEqual(
            {"watchdog", "kiosk", "feed", "loop", "render"}, names, "modules missing"
        )
        for url in modules:
            self.assertRegex(url, HASHED)

    def test_the_watchdog_is_loaded_before_and_apart_from_the_main_module(self):
        """The watchdog has a script tag of its own, before the main module's, so a
        main module that fails to load cannot take the watchdog with it."""
        scripts = [self.static_name(url) for url in MODULE_SCRIPT.findall(self.get_shell())]
        self.assertEqual(
            [name.split(".")[0] for name in scripts], ["js/kiosk/watchdog", "js/kiosk/kiosk"]
        )

    def test_the_service_worker_keeps_every_hashed_file_the_shell_needs(self):
        """The asset list handed to the service worker holds the stylesheet and the
        whole module closure, by hashed URL; its static prefix is STATIC_URL."""
        shell = self.get_shell()
        assets = json.loads(
            re.search(r'<script id="kiosk-assets" type="application/json">(.*?)</script>', shell)[1]
        )
        for url in assets:
            self.assertIn(self.static_name(url), self.hashed_names)
        self.assertLessEqual(set(self.module_closure(shell)), set(assets))
        self.assertIn(staticfiles_storage.url("css/kiosk.css"), assets)
        self.assertIn("static=/static/&amp;", shell)

    def test_the_service_worker_script_is_served(self):
        """The worker itself comes from a fixed, unhashed URL, never cached unchecked."""
        response = self.client.get(reverse("kiosk_service_worker"))
        self.assertEqual(response.status_code, 200)
        self.assertIn("no-cache", response["Cache-Control"])
