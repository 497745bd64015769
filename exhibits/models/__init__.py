"""The content model, re-exported explicitly so `exhibits.models.X` works everywhere."""

from exhibits.models.base import BasePage, FactCheckStatus, LocatedPageMixin, LocationCertainty
from exhibits.models.exhibits import ExhibitKind, ExhibitPage
from exhibits.models.home import HomePage
from exhibits.models.media import MuseumImage, MuseumRendition
from exhibits.models.museums import MuseumPage
from exhibits.models.qr import QRCode, ScanCount
from exhibits.models.screens import (
    Screen,
    ScreenHeartbeat,
    ScreenLanguage,
    ScreenOrientation,
    ScreenPlaylist,
    ScreenPlaylistItem,
)
from exhibits.models.sites import HeritageSiteIndexPage, HeritageSitePage, ProtectionLevel
from exhibits.models.snippets import Partner
from exhibits.models.trail import TrailPage, TrailStopPage

__all__ = [
    "BasePage",
    "ExhibitKind",
    "ExhibitPage",
    "FactCheckStatus",
    "HeritageSiteIndexPage",
    "HeritageSitePage",
    "HomePage",
    "LocatedPageMixin",
    "LocationCertainty",
    "MuseumImage",
    "MuseumPage",
    "MuseumRendition",
    "Partner",
    "ProtectionLevel",
    "QRCode",
    "ScanCount",
    "Screen",
    "ScreenHeartbeat",
    "ScreenLanguage",
    "ScreenOrientation",
    "ScreenPlaylist",
    "ScreenPlaylistItem",
    "TrailPage",
    "TrailStopPage",
]
