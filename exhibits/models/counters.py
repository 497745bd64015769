"""Daily counters kept as one row per key and day (QR scans, passport completions)."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone


def count_one(model, day=None, **key):
    """Add one to the ``count`` of the model's row for ``key`` and ``day`` (today by
    default), creating it; exact under concurrent requests: an atomic increment, and a
    unique constraint on the key and day decides which request creates the row."""
    day = day or timezone.localdate()
    rows = model.objects.filter(day=day, **key)
    if rows.update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            model.objects.create(day=day, count=1, **key)
    except IntegrityError:  # another request created the row first
        rows.update(count=F("count") + 1)
