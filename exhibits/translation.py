"""Which fields exist in both languages. Every page type is registered, even
with no fields of its own, so Wagtail's title and slug translate everywhere."""

from modeltranslation.translator import TranslationOptions, register

from exhibits.models import (
    BasePage,
    ExhibitPage,
    FilmIndexPage,
    FilmPage,
    GlossaryTerm,
    GlossaryVariant,
    HeritageSiteIndexPage,
    HeritageSitePage,
    HomePage,
    MuseumImage,
    MuseumPage,
    ProgrammePage,
    SiteSettings,
    TrailPage,
    TrailStopPage,
)


@register(BasePage)
class BasePageTranslationOptions(TranslationOptions):
    fields = ("intro", "body")


@register(HomePage)
class HomePageTranslationOptions(TranslationOptions):
    fields = ()


@register(MuseumPage)
class MuseumPageTranslationOptions(TranslationOptions):
    fields = (
        "short_name",
        "address",
        "opening_hours",
        "admission",
        "accessibility",
        "contact_notes",
        "location_note",
    )


@register(ExhibitPage)
class ExhibitPageTranslationOptions(TranslationOptions):
    fields = ("period_label", "location_in_museum")


@register(FilmIndexPage)
class FilmIndexPageTranslationOptions(TranslationOptions):
    fields = ()


@register(FilmPage)
class FilmPageTranslationOptions(TranslationOptions):
    fields = ("credits", "transcript")


@register(HeritageSiteIndexPage)
class HeritageSiteIndexPageTranslationOptions(TranslationOptions):
    fields = ()


@register(HeritageSitePage)
class HeritageSitePageTranslationOptions(TranslationOptions):
    fields = (
        *HeritageSitePage.description_fields,
        "exhibition_themes",
        "location_note",
    )


@register(TrailPage)
class TrailPageTranslationOptions(TranslationOptions):
    fields = ("start_point", "end_point", "accessibility")


@register(TrailStopPage)
class TrailStopPageTranslationOptions(TranslationOptions):
    fields = ("directions_to_next", "location_note")


@register(ProgrammePage)
class ProgrammePageTranslationOptions(TranslationOptions):
    fields = ("status_note", "venue_text", "audience", "admission_note", "accessibility")


@register(MuseumImage)
class MuseumImageTranslationOptions(TranslationOptions):
    fields = ("description", "credit")


@register(SiteSettings)
class SiteSettingsTranslationOptions(TranslationOptions):
    fields = ("name", "contact_note", "partner_terms")


@register(GlossaryTerm)
class GlossaryTermTranslationOptions(TranslationOptions):
    fields = ("note",)


@register(GlossaryVariant)
class GlossaryVariantTranslationOptions(TranslationOptions):
    fields = ("reason",)
