"""Museum pages: the institutions of the district plan's box 10."""

from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path

from exhibits.map_links import map_links_for
from exhibits.models.base import BasePage, LocatedPageMixin, api_fields_in_every_language, page_tabs
from exhibits.models.exhibits import ExhibitKind, ExhibitPage
from exhibits.models.programme_listings import ProgrammeListingMixin
from exhibits.models.querysets import specific_or_none
from exhibits.models.structured_data import museum_data


class MuseumPage(ProgrammeListingMixin, LocatedPageMixin, BasePage):
    """One museum or exhibition venue, with its visit information, exhibits and programmes.

    Curators edit it; visitors reach it from the home page and from QR codes at the door.
    """

    short_name = models.CharField(
        max_length=60,
        blank=True,
        verbose_name=_("short name"),
        help_text=_("The name people use, e.g. '金博'. Leave empty if there is none."),
    )
    address = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("address"),
        help_text=_("Street address as a visitor would give it to a taxi driver."),
    )
    opening_hours = models.TextField(
        blank=True,
        verbose_name=_("opening hours"),
        help_text=_(
            "One line per rule, e.g. 'Tuesday to Sunday 9:00–17:00'. Leave empty if unknown."
        ),
    )
    admission = models.TextField(
        blank=True,
        verbose_name=_("admission"),
        help_text=_("Prices, free days and whether booking is needed. Leave empty if unknown."),
    )
    accessibility = models.TextField(
        blank=True,
        verbose_name=_("accessibility"),
        help_text=_(
            "Steps, lifts, seating, toilets, and help for visitors with low vision or hearing."
        ),
    )
    contact_phone = models.CharField(
        max_length=40,
        blank=True,
        verbose_name=_("phone"),
        help_text=_("Visitor enquiries number, with area code."),
    )
    contact_email = models.EmailField(
        blank=True, verbose_name=_("email"), help_text=_("Visitor enquiries address.")
    )
    contact_notes = models.TextField(
        blank=True,
        verbose_name=_("other contact details"),
        help_text=_("Official account name, booking channels or other ways to get in touch."),
    )
    building = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("historic building"),
        help_text=_("The heritage site the museum is housed in, if any."),
    )

    search_extra_fields = ("short_name", "address")

    parent_page_types = ["exhibits.HomePage"]
    subpage_types = ["exhibits.ExhibitPage", "exhibits.ProgrammePage"]
    has_qr_code = True
    is_place = True
    collects_passport_stamp = True
    embeddable = True
    in_open_data = True
    api_fields = [
        *api_fields_in_every_language(
            "short_name", "address", "opening_hours", "admission", "accessibility"
        ),
        APIField("contact_phone"),
        *LocatedPageMixin.location_api_fields,
    ]
    search_rank = 1

    edit_handler = page_tabs(
        content=[
            FieldPanel("title"),
            FieldPanel("short_name"),
            FieldPanel("intro"),
            FieldPanel("body"),
        ],
        visit=[
            FieldPanel("address"),
            FieldPanel("opening_hours"),
            FieldPanel("admission"),
            FieldPanel("accessibility"),
            MultiFieldPanel(
                [
                    FieldPanel("contact_phone"),
                    FieldPanel("contact_email"),
                    FieldPanel("contact_notes"),
                ],
                heading=_("Contact"),
            ),
            PageChooserPanel("building", page_type="exhibits.HeritageSitePage"),
            *LocatedPageMixin.location_panels,
        ],
    )

    class Meta:
        verbose_name = _("museum")
        verbose_name_plural = _("museums")

    @path("exhibits/<str:kind>/", name="exhibit_listing")
    def exhibit_listing(self, request, kind):
        """`<museum url>exhibits/<kind>/?page=N`: every live exhibit of one kind, paginated;
        the museum page lists the first few of each kind and links here for the rest."""
        if kind not in ExhibitKind.values:
            raise Http404
        context = self.get_context(request, listing=False)
        context["kind_label"] = ExhibitKind(kind).label
        context["language_links"] = [
            (code, name, f"{url}exhibits/{kind}/") for code, name, url in context["language_links"]
        ]
        context["exhibits"] = ExhibitPage.listing_page(self, kind, request.GET.get("page"))
        return TemplateResponse(request, "exhibits/museum_exhibit_listing.html", context)

    def get_context(self, request, *args, listing=True, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if listing:
            context["exhibit_groups"] = ExhibitPage.groups_in(self)
            context.update(self.programme_context(request))
        context["structured_data"] = museum_data(self, request)
        context["building_page"] = specific_or_none(self.building_id)
        context["map_links"] = map_links_for(self)
        return context
