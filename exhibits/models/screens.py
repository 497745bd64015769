"""Gallery screens: unattended touch kiosks that loop a museum's exhibits, and the
heartbeat each one sends so curators can see which are running.

Each screen proves who it is with a secret token. Only a keyed digest of the token is
stored (HMAC-SHA-256 with the secret key, as Wagtail's own API tokens): the token is
shown once to the staff member who sets it and can be replaced at any time, which
makes the previous one stop working."""

import secrets
from datetime import time, timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

# A screen that has not called in for this long is shown as offline. Screens call
# in every HEARTBEAT_SECONDS (kiosk.js), so three missed beats mean trouble.
HEARTBEAT_SECONDS = 60
OFFLINE_AFTER = timedelta(seconds=3 * HEARTBEAT_SECONDS)
# 256 random bits: a digest without salt or slow hashing cannot be reversed.
TOKEN_BYTES = 32
TOKEN_SALT = "exhibits.screen-token"  # noqa: S105 -- the HMAC's purpose, not a credential
# Longer presented tokens are refused unhashed (a real one is 43 characters).
MAX_TOKEN_LENGTH = 128


def token_digest(token, secret_key=None):
    """The stored form of a screen token: HMAC-SHA-256 under the secret key, in hex."""
    return salted_hmac(TOKEN_SALT, token, secret=secret_key, algorithm="sha256").hexdigest()


class ScreenOrientation(models.TextChoices):
    LANDSCAPE = "landscape", _("Landscape (1920 × 1080)")
    PORTRAIT = "portrait", _("Portrait (1080 × 1920)")


class ScreenPlaylist(models.TextChoices):
    ALL_EXHIBITS = "all", _("All exhibits of the museum, in their numbered order")
    CHOSEN = "chosen", _("Only the exhibits chosen below, in that order")


class ScreenLanguage(models.TextChoices):
    CHINESE = "zh-hans", _("Chinese only")
    ENGLISH = "en", _("English only")
    BILINGUAL = "bilingual", _("Chinese and English side by side")
    TOGGLE = "toggle", _("Chinese, with a button for visitors to switch to English")


class Screen(ClusterableModel):
    """One touch screen in a gallery, running the kiosk app at /screen/<slug>/.

    Curators set what it loops and how it behaves; the screen picks up changes by itself.
    """

    name = models.CharField(
        max_length=100,
        verbose_name=_("name"),
        help_text=_("Where it stands, e.g. 'Banking hall, left of the counter'."),
    )
    slug = models.SlugField(
        max_length=60,
        unique=True,
        verbose_name=_("address"),
        help_text=_(
            "The screen opens /screen/<address>/ in its browser. Changing it means "
            "re-configuring the screen on site."
        ),
    )
    museum = models.ForeignKey(
        "exhibits.MuseumPage",
        on_delete=models.CASCADE,
        related_name="screens",
        verbose_name=_("museum"),
        help_text=_("The museum the screen stands in; its exhibits fill the loop."),
    )
    orientation = models.CharField(
        max_length=12,
        choices=ScreenOrientation.choices,
        default=ScreenOrientation.LANDSCAPE,
        verbose_name=_("orientation"),
        help_text=_("How the display is mounted."),
    )
    playlist = models.CharField(
        max_length=12,
        choices=ScreenPlaylist.choices,
        default=ScreenPlaylist.ALL_EXHIBITS,
        verbose_name=_("what it loops"),
        help_text=_("Unpublished exhibits leave the loop by themselves within a minute."),
    )
    show_films = models.BooleanField(
        default=False,
        verbose_name=_("films in the loop"),
        help_text=_(
            "Play the published documentary films that name this museum or one of its "
            "exhibits among their related pages, muted with captions, after the exhibits."
        ),
    )
    show_programmes = models.BooleanField(
        default=False,
        verbose_name=_("programmes in the loop"),
        help_text=_(
            "Also loop the museum's programmes of today and the next weeks, cancelled or "
            "postponed ones marked."
        ),
    )
    language = models.CharField(
        max_length=12,
        choices=ScreenLanguage.choices,
        default=ScreenLanguage.TOGGLE,
        verbose_name=_("language"),
        help_text=_("With a button, the screen returns to Chinese when visitors walk away."),
    )
    attract_seconds = models.PositiveSmallIntegerField(
        default=10,
        validators=[MinValueValidator(4), MaxValueValidator(120)],
        verbose_name=_("seconds per exhibit"),
        help_text=_("How long each exhibit stays up while nobody touches the screen (4–120)."),
    )
    idle_seconds = models.PositiveSmallIntegerField(
        default=90,
        validators=[MinValueValidator(15), MaxValueValidator(900)],
        verbose_name=_("idle timeout in seconds"),
        help_text=_("After this long without a touch the screen returns to its loop (15–900)."),
    )
    reload_at = models.TimeField(
        default=time(4, 0),
        verbose_name=_("daily restart time"),
        help_text=_("The screen reloads itself once a day at this time; pick a closed hour."),
    )
    # Set only through Screen.new_token(); never shown in a form.
    token_hash = models.CharField(
        max_length=64, blank=True, editable=False, verbose_name=_("token digest")
    )
    token_set_at = models.DateTimeField(
        null=True, blank=True, editable=False, verbose_name=_("token set")
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("slug"), FieldPanel("museum")]),
        FieldRowPanel([FieldPanel("orientation"), FieldPanel("language")]),
        MultiFieldPanel(
            [
                FieldPanel("playlist"),
                InlinePanel("playlist_items", label=_("exhibit")),
                FieldPanel("show_films"),
                FieldPanel("show_programmes"),
            ],
            heading=_("Loop"),
        ),
        FieldRowPanel(
            [FieldPanel("attract_seconds"), FieldPanel("idle_seconds"), FieldPanel("reload_at")]
        ),
    ]

    class Meta:
        verbose_name = _("screen")
        verbose_name_plural = _("screens")
        ordering = ["museum__path", "name"]

    def __str__(self):
        return self.name

    @property
    def needs_token(self):
        """True until staff give the screen a token (screens made before tokens too)."""
        return not self.token_hash

    def new_token(self):
        """Give the screen a new secret token and return it: the only time it exists in
        clear. The previous token stops working once the screen is saved."""
        token = secrets.token_urlsafe(TOKEN_BYTES)
        self.token_hash = token_digest(token)
        self.token_set_at = timezone.now()
        return token

    def rotate_token(self):
        """A new token, saved at once; returns it."""
        token = self.new_token()
        self.save(update_fields=["token_hash", "token_set_at"])
        return token

    def token_matches(self, token):
        """Whether ``token`` is this screen's, compared in constant time. Digests made
        under a key in SECRET_KEY_FALLBACKS still match, so that rotating the secret key
        does not cut every screen off at once."""
        if not self.token_hash or not token or len(token) > MAX_TOKEN_LENGTH:
            return False
        keys = [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]
        matches = [constant_time_compare(self.token_hash, token_digest(token, key)) for key in keys]
        return any(matches)

    @property
    def last_heartbeat(self):
        try:
            return self.heartbeat
        except ScreenHeartbeat.DoesNotExist:
            return None


class ScreenPlaylistItem(Orderable):
    """One exhibit in a screen's chosen loop."""

    screen = ParentalKey(Screen, on_delete=models.CASCADE, related_name="playlist_items")
    exhibit = models.ForeignKey(
        "exhibits.ExhibitPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("exhibit"),
        help_text=_("Shown only while it is published."),
    )

    panels = [FieldPanel("exhibit")]

    class Meta(Orderable.Meta):
        verbose_name = _("exhibit in the loop")
        verbose_name_plural = _("exhibits in the loop")


class ScreenHeartbeat(models.Model):
    """When a screen last called in and which content it was showing; written by the
    screen itself, read in the admin's screen list."""

    screen = models.OneToOneField(
        Screen, on_delete=models.CASCADE, primary_key=True, related_name="heartbeat"
    )
    last_seen = models.DateTimeField(verbose_name=_("last seen"))
    content_version = models.CharField(max_length=64, blank=True, verbose_name=_("content shown"))
    started_at = models.DateTimeField(null=True, verbose_name=_("running since"))
    # Where the screen called from, for the AV team: a gallery screen's address and
    # browser, never a visitor's.
    address = models.GenericIPAddressField(null=True, blank=True, verbose_name=_("reported from"))
    browser = models.CharField(max_length=100, blank=True, verbose_name=_("browser"))

    class Meta:
        verbose_name = _("screen heartbeat")
        verbose_name_plural = _("screen heartbeats")

    def __str__(self):
        return f"{self.screen} @ {self.last_seen:%Y-%m-%d %H:%M}"

    @property
    def is_online(self):
        return timezone.now() - self.last_seen < OFFLINE_AFTER
