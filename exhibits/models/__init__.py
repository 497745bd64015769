"""The content model, re-exported explicitly so `exhibits.models.X` works everywhere."""

from exhibits.models.base import BasePage, FactCheckStatus, LocatedPageMixin, LocationCertainty
from exhibits.models.exhibits import ExhibitKind, ExhibitPage
from exhibits.models.films import FilmIndexPage, FilmPage, FilmRelatedPage
from exhibits.models.glossary import GlossaryTerm, GlossaryVariant, VariantStatus, cached_glosses
from exhibits.models.home import HomePage
from exhibits.models.media import MuseumImage, MuseumRendition
from exhibits.models.museums import MuseumPage
from exhibits.models.occurrences import ProgrammeOccurrence
from exhibits.models.partners import Partner
from exhibits.models.passport import Passport, PassportCompletion, PassportTrail, Station
from exhibits.models.programmes import (
    Admission,
    AttendanceMode,
    EventLanguage,
    ProgrammeKind,
    ProgrammePage,
    ProgrammeStatus,
)
from exhibits.models.qr import QRCode, ScanCount, labelled_page_models, places_of
from exhibits.models.querysets import (
    IMAGE_RELATIONS,
    IMAGE_RENDITIONS,
    specific_or_none,
    visible_pages,
)
from exhibits.models.screens import (
    Screen,
    ScreenHeartbeat,
    ScreenLanguage,
    ScreenOrientation,
    ScreenPlaylist,
    ScreenPlaylistItem,
)
from exhibits.models.site_settings import SiteSettings
from exhibits.models.sites import HeritageSiteIndexPage, HeritageSitePage, ProtectionLevel
from exhibits.models.trail import TrailPage, TrailStopPage
from exhibits.models.translation_status import (
    EnglishStatus,
    PageTranslationStatus,
    english_status,
)

__all__ = [
    "IMAGE_RELATIONS",
    "IMAGE_RENDITIONS",
    "Admission",
    "AttendanceMode",
    "BasePage",
    "ExhibitKind",
    "EnglishStatus",
    "EventLanguage",
    "ExhibitPage",
    "FactCheckStatus",
    "FilmIndexPage",
    "FilmPage",
    "FilmRelatedPage",
    "GlossaryTerm",
    "GlossaryVariant",
    "HeritageSiteIndexPage",
    "HeritageSitePage",
    "HomePage",
    "LocatedPageMixin",
    "LocationCertainty",
    "MuseumImage",
    "MuseumPage",
    "MuseumRendition",
    "Partner",
    "Passport",
    "PassportCompletion",
    "PageTranslationStatus",
    "PassportTrail",
    "ProgrammeKind",
    "ProgrammeOccurrence",
    "ProgrammePage",
    "ProgrammeStatus",
    "ProtectionLevel",
    "QRCode",
    "ScanCount",
    "Screen",
    "ScreenHeartbeat",
    "ScreenLanguage",
    "ScreenOrientation",
    "ScreenPlaylist",
    "ScreenPlaylistItem",
    "SiteSettings",
    "Station",
    "TrailPage",
    "TrailStopPage",
    "VariantStatus",
    "cached_glosses",
    "english_status",
    "labelled_page_models",
    "places_of",
    "specific_or_none",
    "visible_pages",
]
