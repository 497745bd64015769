"""The content version: one token in the shared cache that any public change replaces.

Every page-cache entry (museum.page_cache) and every cached derivative of the
content (the glossary's terms) names the version it was made at and is used only
while that version is current.

Invalidation by construction: one content version, a unique token kept in the
shared cache, is stored in every entry, and an entry answers only while it names
the current version (museum.near_cache says how a process knows it). Any saved, deleted or
re-linked row bumps it, except rows of the models in ``NEVER_PUBLIC`` (sessions, log
entries, draft revisions, workflow states, comments, editing sessions, scan counts,
screen heartbeats, passport completion counts, the admin's translation status, search
index rows, task results) and page saves that only record a new draft. So a publish,
unpublish, move, delete, revert (a publish of an old revision), snippet, image,
document, rendition deletion, site or redirect change makes every entry unreachable at
once, for every process sharing the cache; an outdated entry is replaced by the next
render of its URL, and every entry expires after ``MUSEUM_PAGE_CACHE_SECONDS``.
The bump happens at once and again when the transaction commits: a request that read the new
token before the commit may have stored the old content, the second bump hides
it. A bump writes a fresh token rather than incrementing, so even a cache
without an atomic increment never hands out the same version twice.
"""

import copy
import logging
import secrets
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from museum.near_cache import near_side

logger = logging.getLogger("museum.cache")

VERSION_KEY = "page-cache:version"
# Models whose rows never change what an anonymous visitor is sent.
NEVER_PUBLIC = {
    "sessions.session",
    "admin.logentry",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.revision",
    "wagtailcore.taskstate",
    "wagtailcore.workflowstate",
    "wagtailcore.pagesubscription",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.referenceindex",
    "wagtailadmin.editingsession",
    "wagtailusers.userprofile",
    "wagtailsearch.indexentry",
    "wagtailimages.uploadedimage",
    "exhibits.scancount",
    "exhibits.passportcompletion",
    "exhibits.screenheartbeat",
    "exhibits.pagetranslationstatus",  # the admin's English status, kept from revisions
    "django_tasks_database.dbtaskresult",
    # Sign-in attempts (django-axes): a burst of wrong passwords must not empty the cache.
    "axes.accessattempt",
    "axes.accessattemptexpiration",
    "axes.accesslog",
    "axes.accessfailurelog",
}
# A page save touching only these fields records a draft; the live page is unchanged.
DRAFT_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "wagtail_admin_comments",
    "locked",
    "locked_at",
    "locked_by",
}
# A user saved only for their login time.
LOGIN_FIELDS = {"last_login"}

local = threading.local()


def new_token():
    return f"{time.time_ns():x}{secrets.token_hex(4)}"


def bump():
    """Make every stored answer unreachable, in every process sharing the cache."""
    token = new_token()
    cache.set(VERSION_KEY, token, None)
    watch = near_side(VERSION_KEY)[0]
    if watch is not None:
        watch.forget()
    written = cache.get(VERSION_KEY) == token
    local.bump_pending = not written
    if not written:
        logger.warning(
            "page cache version not written; retried on the next request",
            extra={"event": "page_cache_bump_failed"},
        )


def bump_now_and_on_commit(using=None):
    bump()
    connection = transaction.get_connection(using)
    if connection.in_atomic_block:
        transaction.on_commit(bump, using=using)


def current_version():
    """The content version, or None when the cache cannot be reached. With Redis, the
    process keeps it until Redis reports a change (museum.near_cache)."""
    watch = near_side(VERSION_KEY)[0]
    if watch is not None and not getattr(local, "bump_pending", False):
        return watch.current(read_version)
    return read_version()


def read_version():
    """The content version as the shared cache holds it (created when missing)."""
    if getattr(local, "bump_pending", False):
        bump()
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, new_token(), None)
        version = cache.get(VERSION_KEY)
    return version


def label(model):
    return model._meta.label_lower


def affects_public_output(sender, instance=None, update_fields=None, created=None):
    if label(sender) in NEVER_PUBLIC:
        return False
    if update_fields and hasattr(instance, "latest_revision"):
        if set(update_fields) <= DRAFT_FIELDS:
            return False
    if update_fields and set(update_fields) <= LOGIN_FIELDS:
        return False
    # A rendition made on demand shows what a page already asked for; deleting one
    # (an image replaced or its focal point moved) is caught by post_delete.
    if created and label(sender) == label(rendition_model()):
        return False
    return True


def rendition_model():
    from wagtail.images import get_image_model

    return get_image_model().get_rendition_model()


def on_save(sender, instance, created=False, update_fields=None, using=None, **kwargs):
    if affects_public_output(sender, instance, update_fields, created):
        bump_now_and_on_commit(using)


def on_delete(sender, instance, using=None, **kwargs):
    if label(sender) not in NEVER_PUBLIC:
        bump_now_and_on_commit(using)


def on_m2m(sender, instance, action, using=None, **kwargs):
    if action.startswith("post_") and label(type(instance)) not in NEVER_PUBLIC:
        bump_now_and_on_commit(using)


def on_page_signal(sender, **kwargs):
    bump_now_and_on_commit()


def mark_restricted(page, request, serve_args, serve_kwargs):
    """before_serve_page: pages behind a password or login are never stored."""
    if page.get_view_restrictions():
        request.page_cache_exempt = True


def connect():
    """Bump the version on every change that can reach a public answer (exhibits.apps)."""
    from wagtail import hooks
    from wagtail.signals import (
        page_published,
        page_slug_changed,
        page_unpublished,
        post_page_move,
        pre_page_move,
    )

    post_save.connect(on_save, dispatch_uid="page_cache_save")
    post_delete.connect(on_delete, dispatch_uid="page_cache_delete")
    m2m_changed.connect(on_m2m, dispatch_uid="page_cache_m2m")
    for signal in (page_published, page_unpublished, pre_page_move, post_page_move):
        signal.connect(on_page_signal, dispatch_uid=f"page_cache_{id(signal)}")
    page_slug_changed.connect(on_page_signal, dispatch_uid="page_cache_slug")
    hooks.register("before_serve_page", mark_restricted)


# --- Values kept for one content version -------------------------------------------


class ContentMemo:
    """Values derived from the content, kept in this process for the current content
    version only: a publish, or any other change that bumps the version, drops them all
    at once, in every process (with Redis the version costs no round trip: see
    museum.near_cache). Bounded: past ``limit`` values it starts afresh. Kept values are
    small (ids, HTML fragments, pages loaded without their bodies), a few KB each at most:
    5,000 of them stay within some 20 MB per process.

    Off (every call computes) when ``MUSEUM_CONTENT_MEMO`` is false, as in the test
    settings, where tests change rows without signals, and when the cache holding the
    version cannot be reached."""

    def __init__(self, limit=5_000):
        self.limit = limit
        self.lock = threading.Lock()
        self.version = None
        self.values = {}

    def get(self, key, compute):
        """The value kept under ``key``, or ``compute()``, then kept."""
        version = self.current()
        found = self.peek(key, version)
        if found is not MISSING:
            return found
        value = compute()
        self.put(key, value, version)
        return value

    def copies(self, key, compute):
        """The list kept under ``key`` (or ``compute()``, then kept), as shallow copies of
        its items: a request may set attributes on what it is handed, never on what is kept."""
        return [copy.copy(item) for item in self.get(key, compute)]

    def peek(self, key, version=None):
        """The value kept under ``key`` at the current version, or MISSING."""
        if (version or self.current()) is None:
            return MISSING
        with self.lock:
            return self.values.get(key, MISSING)

    def put(self, key, value, version):
        """Keep ``value``, computed from what the database held at ``version`` (read
        with ``current()`` before computing): kept only if that is still the version, so
        a change made while it was computed can never be kept under the next one."""
        if version is None:
            return
        with self.lock:
            if version != self.version:
                return
            if len(self.values) >= self.limit:
                self.values = {}
            self.values[key] = value

    def discard(self, key):
        with self.lock:
            return self.values.pop(key, MISSING) is not MISSING

    def current(self):
        """The current content version (forgetting what an older one kept), or None
        when nothing may be kept."""
        if not getattr(settings, "MUSEUM_CONTENT_MEMO", False):
            return None
        version = current_version()
        if version is None:
            return None
        with self.lock:
            if version != self.version:
                self.values, self.version = {}, version
        return version

    def clear(self):
        with self.lock:
            self.values, self.version = {}, None


MISSING = object()
memo = ContentMemo()
