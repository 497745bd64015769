"""Plain models that curators manage as snippets: the partners allowed to embed our pages."""

import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

# scheme://host[:port] with a DNS name, IPv4 or bracketed IPv6 host: nothing a CSP
# source list could read as a wildcard, keyword or path.
ORIGIN = re.compile(
    r"https?://(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::[0-9]{1,5})?"
)


def parse_origins(text):
    """The origins written one per line (blank lines ignored), normalised to lower case."""
    return [line.strip().rstrip("/").lower() for line in (text or "").splitlines() if line.strip()]


def validate_origins(text):
    """Each line must be a bare origin: scheme, host and optional port, nothing else."""
    for origin in parse_origins(text):
        parts = urlsplit(origin)
        try:
            port_ok = parts.port is None or 0 < parts.port < 65536
        except ValueError:
            port_ok = False
        if not ORIGIN.fullmatch(origin) or not port_ok:
            raise ValidationError(
                _("“%(origin)s” is not an origin such as https://www.example.com."),
                params={"origin": origin},
                code="invalid_origin",
            )


class Partner(models.Model):
    """A tourism partner whose web pages may frame our embed views.

    Curators add one per travel site, portal or hotel; only active partners'
    origins appear in the embed views' CSP ``frame-ancestors``.
    """

    name = models.CharField(
        max_length=200,
        verbose_name=_("name"),
        help_text=_("The partner's name as curators know it, e.g. the district tourism portal."),
    )
    contact = models.TextField(
        blank=True,
        verbose_name=_("contact"),
        help_text=_("Who to call or write to about the partner's pages: name, e-mail, phone."),
    )
    allowed_origins = models.TextField(
        blank=True,
        validators=[validate_origins],
        verbose_name=_("allowed origins"),
        help_text=_(
            "The web addresses allowed to show our embeds, one per line, scheme and host "
            "only, e.g. https://www.example.com (no path, no wildcards)."
        ),
    )
    active = models.BooleanField(
        default=True,
        verbose_name=_("active"),
        help_text=_("Untick to stop the partner's pages from showing our embeds at once."),
    )

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def origins(self):
        return parse_origins(self.allowed_origins)

    @classmethod
    def active_origins(cls):
        """Every active partner's origins, sorted and without duplicates."""
        origins = set()
        for text in cls.objects.filter(active=True).values_list("allowed_origins", flat=True):
            origins.update(parse_origins(text))
        return sorted(origins)
