"""Settings shared by every environment; safe for production on their own.

Every environment variable is read once, in the block below. Child modules
(dev, test, production) override small sets of names and never rely on values
derived here from a setting they change.
"""

import datetime
import os
from pathlib import Path

import dj_database_url

from exhibits.editorial.labels import localized_verbose_name
from museum.static_headers import static_file_headers

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

# --- Environment ------------------------------------------------------------
# DJANGO_SECRET_KEY        str   required in production; dev and test set their own
# DJANGO_SECRET_KEY_FALLBACKS str comma-separated previous keys, still accepted after a key
#                                change (sessions, password resets, screen tokens)
# DJANGO_ALLOWED_HOSTS     str   comma-separated host names
# DATABASE_URL             str   default: SQLite file db.sqlite3 in the project folder
# MUSEUM_PUBLIC_URL        str   the public origin of every absolute URL (QR labels, links);
#                                required in production
# MUSEUM_MEDIA_ROOT        str   where uploads live (default: ./media)
# MUSEUM_REDIS_URL         str   the shared cache in production
# MUSEUM_MAP_APP_NAME      str   our name in map links (Baidu "src", Tencent "referer")
# MUSEUM_OPEN_DATA_RATE    str   open-data requests per client per window, "600/60" (count/seconds)
# MUSEUM_TRUSTED_PROXIES   int   reverse proxies that append to X-Forwarded-For (default 0)
# MUSEUM_LOG_LEVEL         str   level of the JSON log lines on stderr (default INFO)
# MUSEUM_MEDIA_ACCEL_PREFIX str  internal nginx location for recordings (X-Accel-Redirect);
#                                empty: Django streams them
# MUSEUM_PAGE_CACHE_SECONDS int  how long the page cache keeps an answer (default 600; 0: off)
# MUSEUM_PAGE_CACHE_NEAR_MB int  memory per process for recently used page-cache entries,
#                                with Redis (default 16; 0: none)
# MUSEUM_CONTENT_MEMO       0/1  keep what pages look up and draw (routes, cards, renditions)
#                                per process until the content changes (default 1)
# MUSEUM_CARD_FONT         str   a CJK font file for the passport's completion card
#                                (default: the first usual system CJK font found)
ENV_SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
SECRET_KEY_FALLBACKS = [
    key.strip()
    for key in os.environ.get("DJANGO_SECRET_KEY_FALLBACKS", "").split(",")
    if key.strip()
]
ENV_ALLOWED_HOSTS = [
    host.strip() for host in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if host.strip()
]
ENV_DATABASE_URL = os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
ENV_PUBLIC_URL = os.environ.get("MUSEUM_PUBLIC_URL", "").strip().rstrip("/")
MUSEUM_PUBLIC_URL = ENV_PUBLIC_URL or "http://127.0.0.1:8000"
MUSEUM_MAP_APP_NAME = os.environ.get("MUSEUM_MAP_APP_NAME", "yuzhong-financial-heritage")
ENV_REDIS_URL = os.environ.get("MUSEUM_REDIS_URL", "redis://127.0.0.1:6379/0")
MEDIA_ROOT = Path(os.environ.get("MUSEUM_MEDIA_ROOT", BASE_DIR / "media"))
ENV_OPEN_DATA_RATE = os.environ.get("MUSEUM_OPEN_DATA_RATE", "600/60")
MUSEUM_TRUSTED_PROXY_COUNT = int(os.environ.get("MUSEUM_TRUSTED_PROXIES", "0"))
ENV_LOG_LEVEL = os.environ.get("MUSEUM_LOG_LEVEL", "INFO").upper()
MUSEUM_MEDIA_ACCEL_PREFIX = os.environ.get("MUSEUM_MEDIA_ACCEL_PREFIX", "")
MUSEUM_PAGE_CACHE_SECONDS = int(os.environ.get("MUSEUM_PAGE_CACHE_SECONDS", "600"))
MUSEUM_PAGE_CACHE_NEAR_BYTES = int(os.environ.get("MUSEUM_PAGE_CACHE_NEAR_MB", "16")) * 2**20
MUSEUM_CONTENT_MEMO = os.environ.get("MUSEUM_CONTENT_MEMO", "1") != "0"
MUSEUM_CARD_FONT = os.environ.get("MUSEUM_CARD_FONT", "")

SECRET_KEY = ENV_SECRET_KEY
DEBUG = False
ALLOWED_HOSTS = ENV_ALLOWED_HOSTS

# --- Applications -----------------------------------------------------------
# wagtail_modeltranslation must come before the apps whose models it patches,
# and its makemigrations/migrate overrides before Django's own commands.
INSTALLED_APPS = [
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "exhibits",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "axes",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Gzip for HTML, JSON, GeoJSON: outside the ETag middleware, so that 304s still work.
    "museum.compression.CompressTextMiddleware",
    # Open data (API, GeoJSON, oEmbed): CORS for any origin, a per-client rate limit.
    "exhibits.opendata.middleware.PublicDataCorsMiddleware",
    "exhibits.opendata.middleware.OpenDataRateLimitMiddleware",
    # Anonymous answers from the shared cache (museum/page_cache.py): inside gzip, so one
    # uncompressed entry serves every encoding; outside the ETag, so hits still answer 304.
    "museum.page_cache.PageCacheMiddleware",
    # Outside everything below so that it sees the finished page: cache headers, 304s.
    "museum.middleware.RevalidateVisitorPagesMiddleware",
    # Inside it, so that the ETag covers the content security policy (embeds vary it).
    "museum.middleware.ResponsePolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "museum.middleware.LocaleMiddleware",
    "museum.middleware.AdminDefaultLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # The site, route and settings a page's URL found before, for this content version.
    "exhibits.visitor.routes.RememberedRoutesMiddleware",
    # Runs after Wagtail's redirects: a 404 whose path is a page's path in the other language.
    "exhibits.visitor.redirects.CrossLanguageRedirectMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: answers a locked-out sign-in with the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "museum.urls"
WSGI_APPLICATION = "museum.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------
DATABASES = {"default": dj_database_url.parse(ENV_DATABASE_URL, conn_max_age=600)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work during a write; IMMEDIATE takes the write lock at
    # the start of a transaction so the busy timeout applies instead of an
    # instant "database is locked" on a read-to-write upgrade.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    INSTALLED_APPS.append("django.contrib.postgres")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages --------------------------------------------------------------
# Simplified Chinese is the default and comes first everywhere. Codes: lower
# case "zh-hans" in URLs and <html lang>, field suffix "_zh_hans", locale
# directory "zh_Hans".
LANGUAGE_CODE = "zh-hans"
LANGUAGES = [
    ("zh-hans", "简体中文"),
    ("en", "English"),
]
# First entry wins: the project's own strings, then Chinese for other packages'
# strings their catalogs lack (kept apart so `make messages` cannot prune them);
# both take precedence over the installed apps' catalogs.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "upstream"]
USE_I18N = True
TIME_ZONE = "Asia/Shanghai"
USE_TZ = True
MODELTRANSLATION_DEFAULT_LANGUAGE = "zh-hans"
MODELTRANSLATION_LANGUAGES = ("zh-hans", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("zh-hans",)
# Field labels "标题（简体中文）" / "Title (English)" instead of "标题 [zh-hans]".
MODELTRANSLATION_BUILD_LOCALIZED_VERBOSE_NAME = localized_verbose_name
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILADMIN_USER_LOGIN_FORM = (
    "exhibits.editorial.login.AdminLoginForm"  # labels its password field
)

# --- Sign-in throttling (django-axes) -----------------------------------------
# Five wrong passwords lock the account, and five from one address lock the address,
# for 15 minutes; a right password resets the count. Attempts are kept in the
# database, so every app server sees them. Addresses come from the trusted proxies.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "exhibits.clients.client_address"
AXES_LOCKOUT_TEMPLATE = "wagtailadmin/login_locked.html"
AXES_VERBOSE = False  # lockouts are logged by exhibits.editorial.login (JSON, one line)

# --- Static files and uploads -----------------------------------------------
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
# Served at the site root too, for browsers that ask for /favicon.ico or /apple-touch-icon.png.
WHITENOISE_ROOT = PROJECT_DIR / "static" / "icons"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
FILE_UPLOAD_PERMISSIONS = 0o644

# --- Wagtail ----------------------------------------------------------------
WAGTAIL_SITE_NAME = "渝中金融历史文化 · Yuzhong Financial Heritage"
WAGTAILADMIN_BASE_URL = MUSEUM_PUBLIC_URL
WAGTAILIMAGES_IMAGE_MODEL = "exhibits.MuseumImage"
WAGTAILIMAGES_IMAGE_FORM_BASE = "exhibits.images.forms.MuseumImageForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# 24 megapixels (6000 x 4000), read from the file's header at upload: a larger photo
# costs seconds and hundreds of megabytes per rendition. exhibits.images.forms says so to the
# curator. Pillow's own decompression-bomb check stays at its default (a warning past
# about 89 MP, an error past 179 MP), above this limit, for files that reach Pillow
# some other way.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 24_000_000
# Saving an image or publishing a page makes every rendition the templates ask for
# (exhibits.images.renditions), so no visitor's request makes a large one.
MUSEUM_PREGENERATE_RENDITIONS = True
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "png", "gif": "png"}
WAGTAILDOCS_DOCUMENT_FORM_BASE = "exhibits.images.forms.MuseumDocumentForm"
WAGTAILDOCS_EXTENSIONS = ["pdf", "mp3", "m4a", "aac", "mp4", "webm", "vtt", "txt", "csv"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 200 * 1024 * 1024
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "museum.search_backend"}}
# The admin must work from inside mainland China: no calls to other hosts.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_I18N_ENABLED = False
# exhibits/editorial replaces the picker: it hid fields in error and read the "[en]" labels.
WAGTAILMODELTRANSLATION_LOCALE_PICKER = False
WAGTAILADMIN_COMMENTS_ENABLED = True

# --- Partner embeds and open data -------------------------------------------
# Path prefixes of the open data: CORS "*" without credentials, rate limited per
# client. Visitor HTML pages are never among them (tour groups share one address).
MUSEUM_OPEN_DATA_PREFIXES = ("/api/", "/geo/", "/oembed/")
MUSEUM_OPEN_DATA_RATE_LIMIT = tuple(int(part) for part in ENV_OPEN_DATA_RATE.split("/", 1))
WAGTAILAPI_BASE_URL = MUSEUM_PUBLIC_URL
WAGTAILAPI_LIMIT_MAX = 50
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": [],
}

# --- Security ---------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Content security policies, one per kind of response, chosen by
# museum.middleware.ResponsePolicyMiddleware (django-csp's middleware): the README's
# "Response headers" table lists them. Visitor pages, embeds, screens and QR pages load
# scripts and styles from files only: no inline code, no eval, no nonces (whole pages
# are cached, and a cached nonce is no nonce).
NO_SOURCES = ["'none'"]
SAME_ORIGIN = ["'self'"]
# The inline <style> of templates/500.html, which must render even when static files
# cannot be found (tests/test_security_headers.py checks the digest against the template).
ERROR_PAGE_STYLE_HASH = "'sha256-Fx5+06Km7omtztfT/QAK17jnA+WQoAUasirH5pRuIOU='"
VISITOR_PAGE_POLICY = {
    "default-src": NO_SOURCES,
    "script-src": SAME_ORIGIN,
    "style-src": [*SAME_ORIGIN, ERROR_PAGE_STYLE_HASH],
    "img-src": SAME_ORIGIN,
    "media-src": SAME_ORIGIN,
    "connect-src": SAME_ORIGIN,
    "manifest-src": SAME_ORIGIN,
    "worker-src": NO_SOURCES,
    "object-src": NO_SOURCES,
    "base-uri": NO_SOURCES,
    "form-action": SAME_ORIGIN,
    # Embed views name the active partners instead (exhibits/models/channels.py).
    "frame-ancestors": NO_SOURCES,
}
CONTENT_SECURITY_POLICY = {"DIRECTIVES": VISITOR_PAGE_POLICY}
MUSEUM_CONTENT_SECURITY_POLICIES = {
    "visitor": VISITOR_PAGE_POLICY,
    # The gallery screen registers its service worker (/screen/sw.js).
    "kiosk": {**VISITOR_PAGE_POLICY, "worker-src": SAME_ORIGIN},
    # The service worker's own policy: it fetches the shell, the feed and the images.
    "worker": {"default-src": NO_SOURCES, "connect-src": SAME_ORIGIN},
    # JSON, GeoJSON, images, files: nothing in them may load or run anything.
    "data": {
        "default-src": NO_SOURCES,
        "base-uri": NO_SOURCES,
        "form-action": NO_SOURCES,
        "frame-ancestors": NO_SOURCES,
    },
    # Wagtail's admin needs inline scripts and styles (wagtail#1288, #7053); it gets
    # everything else strict: same origin only, no eval, no plugins, never framed except
    # by itself for the live preview.
    "admin": {
        "default-src": SAME_ORIGIN,
        "script-src": [*SAME_ORIGIN, "'unsafe-inline'"],
        "style-src": [*SAME_ORIGIN, "'unsafe-inline'"],
        "img-src": [*SAME_ORIGIN, "data:", "blob:"],
        "font-src": [*SAME_ORIGIN, "data:"],
        "media-src": [*SAME_ORIGIN, "blob:"],
        "worker-src": [*SAME_ORIGIN, "blob:"],
        "object-src": NO_SOURCES,
        "base-uri": SAME_ORIGIN,
        "form-action": SAME_ORIGIN,
        "frame-ancestors": NO_SOURCES,
    },
}
# Browser features no page of the product uses. Kept: fullscreen (the video player),
# autoplay and picture-in-picture at their defaults. The trail's "navigate" links open
# map apps and never ask for the visitor's position, so geolocation is denied too. Only
# features Chromium recognises: an unknown one is logged as an error on every page.
MUSEUM_PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
)
# Paths whose responses other sites may load (Cross-Origin-Resource-Policy: cross-origin):
# renditions and recordings the API hands to partners. Embeds and the open data set it
# themselves; everything else is same-origin.
MUSEUM_CROSS_ORIGIN_PREFIXES = ("/media/", "/stream/")
# Static files: partners load embed.js on their own pages.
MUSEUM_CROSS_ORIGIN_STATIC = ("js/embed.js",)
WHITENOISE_ADD_HEADERS_FUNCTION = static_file_headers
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # the Wagtail admin reads the CSRF token from the cookie
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# --- Logging ----------------------------------------------------------------
# One JSON object per line on stderr. Our loggers: museum.cache (cache outages),
# museum.health, museum.media (renditions, rejected uploads); django.request
# reports request errors. Django's own chatter stays at WARNING and above.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "museum.logs.JsonFormatter"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["stderr"], "level": ENV_LOG_LEVEL},
    # Django, Wagtail's page audit lines and the task runner's state lines stay at WARNING
    # unless a more verbose level is asked for: seeding would print thousands of lines.
    "loggers": {
        name: {"level": "WARNING" if ENV_LOG_LEVEL == "INFO" else ENV_LOG_LEVEL}
        for name in ("django", "wagtail", "django_tasks", "axes")
    },
}
