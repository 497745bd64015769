"""The search index and Wagtail's reference index brought up to date once per seeded object.

Every save of an indexed model updates both indexes at once (the tasks run in the request or
command that saves). Seeding saves each page several times (created, revised, published), so
a seed run spent about a fifth of its CPU indexing the same rows again.
"""

from contextlib import contextmanager

from django.conf import settings
from django.db.models.signals import post_save
from django.utils import translation
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from modelsearch.tasks import insert_or_update_object_task
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task


@contextmanager
def indexed_once():
    """Index each object saved inside this block once, when the block ends without error.

    For management commands: while the block runs, saves made by other threads of the
    process are not added to the search index either (Django's signals are process-wide;
    the reference index is paused for this thread only).
    """
    searched = {
        model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)
    }
    tracked = set(ReferenceIndex.tracked_models)
    saved = {}  # (model, pk) -> None: each indexed object once, in the order first saved

    def remember(sender, instance, raw=False, **kwargs):
        if not raw and (sender in searched or sender in tracked):
            saved.setdefault((sender, instance.pk))

    for model in searched:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(remember, weak=False, dispatch_uid="seed-indexed-once")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(remember, dispatch_uid="seed-indexed-once")
        for model in searched:
            post_save.connect(post_save_signal_handler, sender=model)
    _index(saved, searched, tracked)


def _index(saved, searched, tracked):
    """Run the tasks that each save would have enqueued, once per object that still
    exists, in the site's default language: the seed saves its pages in it, and the
    search index keeps a page's ``title`` in the language active when it is indexed."""
    with translation.override(settings.LANGUAGE_CODE):
        for model, pk in saved:
            if not model._default_manager.filter(pk=pk).exists():  # deleted in the block
                continue
            args = (model._meta.app_label, model._meta.model_name, str(pk))
            if model in searched:
                insert_or_update_object_task.call(*args)
            if model in tracked:
                update_reference_index_task.call(*args)
