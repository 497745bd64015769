"""QR codes for wall labels, and the anonymous daily count of their scans."""

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, get_page_models

from exhibits import qr_codes
from exhibits.models.counters import count_one


def labelled_page_models():
    """The page types that get a code when first published (``has_qr_code``)."""
    return [model for model in get_page_models() if getattr(model, "has_qr_code", False)]


def place_models():
    """The page types a retired code's page can send visitors on to (``is_place``)."""
    return [model for model in get_page_models() if getattr(model, "is_place", False)]


def museum_or_trail_above(page, queryset=None):
    """The nearest museum or trail above a page, from ``queryset`` (all pages by default)."""
    queryset = Page.objects.all() if queryset is None else queryset
    return (
        queryset.ancestor_of(page).type(*place_models()).order_by("-depth").first()
        if page is not None
        else None
    )


def places_of(pages):
    """{page id: the museum or trail it sits in} for many pages, in one query."""
    pages = [page for page in pages if page is not None]
    parent_path = {page.pk: page.path[: -Page.steplen] for page in pages}
    parents = {
        parent.path: parent
        for parent in Page.objects.filter(path__in=set(parent_path.values())).type(*place_models())
    }
    return {pk: parents.get(path) for pk, path in parent_path.items()}


class QRCode(models.Model):
    """The stable short code of one page, printed on its label as a QR symbol,
    a code and a number. It outlives renames, moves and the page itself."""

    code = models.CharField(
        max_length=qr_codes.CODE_LENGTH,
        unique=True,
        editable=False,
        verbose_name=_("code"),
        help_text=_("Printed under the QR symbol; never changes."),
    )
    serial = models.PositiveIntegerField(unique=True, editable=False)
    number = models.CharField(
        max_length=qr_codes.NUMBER_MAX_LENGTH,
        unique=True,
        editable=False,
        verbose_name=_("number"),
        help_text=_("Typed by visitors on the keypad at /q/; never changes."),
    )
    page = models.OneToOneField(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="qr_code",
        verbose_name=_("page"),
        help_text=_(
            "The page the code leads to. Codes of deleted pages answer 'no longer on display'."
        ),
    )
    label = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("label"),
        help_text=_("The page's Chinese title when the code was made, kept for reports."),
    )
    museum_or_trail = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("museum or trail"),
        help_text=_(
            "Where the page stood when it was last published; a retired code's page "
            "offers it to visitors while it is on display."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Whether the wall label exists: a curator marks the label sheet printed
    # (exhibits.qr.labels); the pre-publish check warns about live pages without one.
    label_printed_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        verbose_name=_("label printed on"),
        help_text=_("When a curator last marked this code's label printed."),
    )
    label_printed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("label printed by"),
        help_text=_("The curator who marked the label printed."),
    )

    class Meta:
        verbose_name = _("QR code")
        verbose_name_plural = _("QR codes")
        ordering = ["serial"]

    def __str__(self):
        return f"{self.code} · {self.number}"

    @property
    def short_url(self):
        return qr_codes.short_url(self.code)

    @property
    def display_url(self):
        return qr_codes.display_url(self.code)

    @classmethod
    def for_page(cls, page):
        """The page's code, created on first use; safe when two requests race."""
        existing = cls.objects.filter(page=page).first()
        if existing:
            return existing
        for _attempt in range(10):
            serial = qr_codes.new_serial()
            try:
                with transaction.atomic():
                    return cls.objects.create(
                        page=page,
                        code=qr_codes.new_code(),
                        serial=serial,
                        number=qr_codes.number_for_serial(serial),
                        label=page.title_zh_hans or page.title,
                        museum_or_trail=museum_or_trail_above(page),
                    )
            except IntegrityError:
                existing = cls.objects.filter(page=page).first()
                if existing:
                    return existing
        raise RuntimeError("Could not allocate a unique QR code after 10 attempts.")

    def remember_place(self, page):
        """Note the museum or trail the page now sits in (it may have moved)."""
        place = museum_or_trail_above(page)
        place_id = place.pk if place else None
        if place_id != self.museum_or_trail_id:
            self.museum_or_trail_id = place_id
            self.save(update_fields=["museum_or_trail"])
        return self

    def place_on_display(self):
        """The museum or trail a visitor who scans this retired code can go on to:
        the nearest live, public one above the page, or, once the page is deleted,
        the one it was last published in if that is still live and public. None
        otherwise (a museum's own code, a heritage site, or a retired museum)."""
        if self.page_id is not None:
            place = museum_or_trail_above(self.page, Page.objects.live().public())
        elif self.museum_or_trail_id is not None:
            place = Page.objects.live().public().filter(pk=self.museum_or_trail_id).first()
        else:
            place = None
        return place.specific if place else None


class ScanCount(models.Model):
    """How many times one code was resolved on one day. Nothing about who scanned."""

    qr_code = models.ForeignKey(QRCode, on_delete=models.CASCADE, related_name="scan_counts")
    day = models.DateField(db_index=True)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("scan count")
        constraints = [
            models.UniqueConstraint(fields=["qr_code", "day"], name="unique_scan_count_per_day")
        ]

    def __str__(self):
        return f"{self.qr_code_id} {self.day}: {self.count}"

    @classmethod
    def record(cls, qr_code, day=None):
        """Add one scan; exact under concurrent requests."""
        count_one(cls, day, qr_code=qr_code)
