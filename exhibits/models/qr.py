"""QR codes for wall labels, and the anonymous daily count of their scans."""

from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from exhibits import qr

# Page types that get a code when they are created.
QR_PAGE_MODELS = ("museumpage", "exhibitpage", "heritagesitepage", "trailstoppage")
FIRST_SERIAL = 10


class QRCode(models.Model):
    """The stable short code of one page, printed on its label as a QR symbol,
    a code and a number. It outlives renames, moves and the page itself."""

    code = models.CharField(
        max_length=qr.CODE_LENGTH,
        unique=True,
        editable=False,
        verbose_name=_("code"),
        help_text=_("Printed under the QR symbol; never changes."),
    )
    serial = models.PositiveIntegerField(unique=True, editable=False)
    number = models.CharField(
        max_length=qr.NUMBER_MAX_LENGTH,
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
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("QR code")
        verbose_name_plural = _("QR codes")
        ordering = ["serial"]

    def __str__(self):
        return f"{self.code} · {self.number}"

    @property
    def short_url(self):
        return qr.short_url(self.code)

    @property
    def display_url(self):
        return qr.display_url(self.code)

    @classmethod
    def for_page(cls, page):
        """The page's code, created on first use; safe when two requests race."""
        existing = cls.objects.filter(page=page).first()
        if existing:
            return existing
        for _attempt in range(10):
            serial = (
                cls.objects.aggregate(top=models.Max("serial"))["top"] or FIRST_SERIAL - 1
            ) + 1
            try:
                with transaction.atomic():
                    return cls.objects.create(
                        page=page,
                        code=qr.new_code(),
                        serial=serial,
                        number=qr.number_for_serial(serial),
                        label=page.title_zh_hans or page.title,
                    )
            except IntegrityError:
                existing = cls.objects.filter(page=page).first()
                if existing:
                    return existing
        raise RuntimeError("Could not allocate a unique QR code after 10 attempts.")


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
        """Add one scan; exact under concurrent requests (a row-level atomic increment)."""
        day = day or timezone.localdate()
        if cls.objects.filter(qr_code=qr_code, day=day).update(count=F("count") + 1):
            return
        try:
            with transaction.atomic():
                cls.objects.create(qr_code=qr_code, day=day, count=1)
        except IntegrityError:  # another request created today's row first
            cls.objects.filter(qr_code=qr_code, day=day).update(count=F("count") + 1)
