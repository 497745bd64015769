"""Who is asking, as far as the product needs to know and no further: the client's
address as the trusted proxies saw it, and a fingerprint that tells one visitor's
repeated requests apart for a short while without storing anything personal."""

import datetime
import hashlib
import hmac

from django.conf import settings


def client_address(request):
    """The client's IP address: REMOTE_ADDR, or the entry the trusted proxies added."""
    proxies = settings.MUSEUM_TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies][:64]
    return request.META.get("REMOTE_ADDR", "")[:64]


def daily_salt(day=None):
    """A salt that changes every day and cannot be derived without the secret key."""
    day = day or datetime.date.today()
    return hmac.new(
        settings.SECRET_KEY.encode(), f"visitor-salt:{day.isoformat()}".encode(), hashlib.sha256
    ).digest()


def visitor_fingerprint(request, day=None):
    """An opaque token for "the same phone today": the address and browser, hashed with
    the day's salt. It is kept only in the cache, for minutes, and means nothing the
    next day or without the secret key."""
    material = f"{client_address(request)}\n{request.META.get('HTTP_USER_AGENT', '')[:256]}"
    return hashlib.blake2b(material.encode(), key=daily_salt(day)[:32], digest_size=16).hexdigest()
