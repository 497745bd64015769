"""What the whole site says about itself, edited by staff under Settings: its name in both
languages, the public contact, the filing numbers a site hosted in mainland China shows in
its footer, the terms partners are given, and how long the visit counts are kept."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

# The filing systems the footer links to, as the filing rules ask: the MIIT ICP filing
# register, and the Ministry of Public Security's register queried by the record's digits.
ICP_REGISTER_URL = "https://beian.miit.gov.cn/"
PUBLIC_SECURITY_REGISTER_URL = "https://beian.mps.gov.cn/#/query/webSearch?code={digits}"

# e.g. 渝ICP备2024012345号 or 渝ICP备2024012345号-1
ICP_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,2}ICP备\d{6,12}号(-\d{1,3})?")
# e.g. 渝公网安备50010302001234号
PUBLIC_SECURITY_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,2}公网安备\s?(\d{10,16})号")


def validate_icp_number(value):
    if value and not ICP_NUMBER.fullmatch(value.strip()):
        raise ValidationError(
            _("Write the ICP filing number as issued, e.g. 渝ICP备2024012345号-1."),
            code="invalid_icp_number",
        )


def validate_public_security_number(value):
    if value and not PUBLIC_SECURITY_NUMBER.fullmatch(value.strip()):
        raise ValidationError(
            _(
                "Write the public-security filing number as issued, "
                "e.g. 渝公网安备50010302001234号."
            ),
            code="invalid_public_security_number",
        )


@register_setting(icon="site")
class SiteSettings(BaseGenericSetting):
    """One row for the whole site; every visitor page reads it once per request."""

    name = models.CharField(
        max_length=100,
        verbose_name=_("site name"),
        help_text=_("Shown at the top of every visitor page, in link previews and on screens."),
    )
    contact_phone = models.CharField(
        max_length=40,
        blank=True,
        verbose_name=_("public phone"),
        help_text=_("The number visitors may call, as it should be dialled, e.g. 023-6000 0000."),
    )
    contact_email = models.EmailField(
        blank=True,
        verbose_name=_("public e-mail"),
    )
    contact_note = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("contact note"),
        help_text=_("Who answers and when, e.g. the museums' opening hours."),
    )
    icp_number = models.CharField(
        max_length=40,
        blank=True,
        validators=[validate_icp_number],
        verbose_name=_("ICP filing number (ICP备案号)"),
        help_text=_("Shown in every visitor page's footer, linked to the MIIT filing register."),
    )
    public_security_number = models.CharField(
        max_length=40,
        blank=True,
        validators=[validate_public_security_number],
        verbose_name=_("public-security filing number (公安备案号)"),
        help_text=_(
            "Shown in every visitor page's footer, linked to the public-security filing register."
        ),
    )
    partner_terms = models.TextField(
        blank=True,
        verbose_name=_("terms for partners"),
        help_text=_(
            "The conditions partners accept when they embed pages or use the open data; shown "
            "with the embed code and in the open-data description."
        ),
    )
    analytics_retention_days = models.PositiveIntegerField(
        default=730,
        validators=[MinValueValidator(30), MaxValueValidator(3650)],
        verbose_name=_("keep visit counts for (days)"),
        help_text=_(
            "Daily counts of QR scans and passport completions older than this are deleted "
            "by the prune_analytics command (run daily). Between 30 and 3,650 days."
        ),
    )

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("contact_phone"),
                FieldPanel("contact_email"),
                FieldPanel("contact_note"),
            ],
            heading=_("Public contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("icp_number"), FieldPanel("public_security_number")],
            heading=_("Filing numbers"),
        ),
        FieldPanel("partner_terms"),
        FieldPanel("analytics_retention_days"),
    ]

    class Meta:
        verbose_name = _("site settings")

    def __str__(self):
        return str(self._meta.verbose_name)

    @property
    def public_security_url(self):
        match = PUBLIC_SECURITY_NUMBER.fullmatch(self.public_security_number.strip())
        return PUBLIC_SECURITY_REGISTER_URL.format(digits=match[1]) if match else ""

    @property
    def icp_url(self):
        return ICP_REGISTER_URL if self.icp_number else ""

    @property
    def has_contact(self):
        return bool(self.contact_phone or self.contact_email or self.contact_note)
