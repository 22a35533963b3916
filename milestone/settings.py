"""MILEstone Hub settings. Everything that differs between machines comes from the environment;
the defaults are safe for development, and production fails loudly when a secret is missing."""

from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured

from milestone import database
from milestone.env import envbool, envint, envlist, envsecret, envstr

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(envstr("VAR_DIR") or BASE_DIR / "var")
SHARED_DIR = Path(envstr("SHARED_DIR") or BASE_DIR.parent / "shared")

DEBUG = envbool("DEBUG", "false")
SECRET_KEY = envsecret("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off: set SECRET_KEY (for example "
            "SECRET_KEY=$(openssl rand -hex 32)) or SECRET_KEY_FILE, or DEBUG=1 for development."
        )
    SECRET_KEY = "development-only-not-secret"  # noqa: S105 - only ever used with DEBUG on

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", "")
SITE_ROOT = envstr("SITE_ROOT", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "backoffice.apps.StaffAdminConfig",  # django.contrib.admin behind the staff sign-in
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "directory",
    "search",
    "navigator",
    "coordination",
    "learning",
    "interchange",
    "events",
    "demodata",
    "api",
    "public",
    "backoffice",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "public.middleware.ReaderLanguagesMiddleware",
    "public.middleware.MethodNotAllowedPage",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "milestone.urls"
WSGI_APPLICATION = "milestone.wsgi.application"

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
            ],
        },
    },
]

# SQLite under var/ by default; PostgreSQL is the scale path, one variable away.
DATABASES = {
    "default": dj_database_url.parse(
        envsecret("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'milestone.sqlite3'}",
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
FORMS_URLFIELD_ASSUME_HTTPS = True  # transitional until Django 6 makes https the default

REDIS_URL = envsecret("REDIS_URL", "")
CACHES = {
    "default": (
        {
            "BACKEND": "milestone.cache.RedisCache",
            "LOCATION": REDIS_URL,
            # Parallel test workers (pytest-xdist) sharing one Redis keep their keys apart.
            "KEY_PREFIX": envstr("PYTEST_XDIST_WORKER", ""),
        }
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    ),
}
# Public pages kept for the next readers (public/kept.py): shared by every app server process,
# so that each page is rendered once, not once per worker. Redis when there is one; else, on
# one machine, files (PAGE_CACHE_DIR, which `make serve` sets: read from the operating system's
# page cache, with no copy in each worker's memory); else this process's memory.
if REDIS_URL:
    CACHES["pages"] = {
        "BACKEND": "milestone.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "pages" + envstr("PYTEST_XDIST_WORKER", ""),
    }
elif envstr("PAGE_CACHE_DIR"):
    CACHES["pages"] = {
        "BACKEND": "milestone.cache.FileBasedCache",
        # Relative to the project, as `make serve` gives it (Django wants an absolute path).
        "LOCATION": str(BASE_DIR / envstr("PAGE_CACHE_DIR")),
        "OPTIONS": {"MAX_ENTRIES": 20000},
    }
else:
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "/staff/login/"
LOGIN_REDIRECT_URL = "/staff/"
# Names the account in the staff member's authenticator app, beside their username.
OTP_TOTP_ISSUER = envstr("OTP_TOTP_ISSUER", "MILEstone Hub")

# --- Languages -------------------------------------------------------------------------------
# Somali is not among Django's built-in languages; describe it so that LANGUAGES may name it.
LANG_INFO.setdefault(
    "so", {"bidi": False, "code": "so", "name": "Somali", "name_local": "Soomaali"}
)

LANGUAGE_CODE = envstr("LANGUAGE_CODE", "fi")
_language_codes = envlist("LANGUAGES", "fi,sv,en,ru,uk,ar,so,fa,et,zh-hans,es,tr,fr")
for _code in _language_codes:
    if _code not in LANG_INFO:
        raise ImproperlyConfigured(
            f"LANGUAGES names {_code!r}, which is not a known language code."
        )
LANGUAGES = [(code, LANG_INFO[code]["name"]) for code in _language_codes]
# Translated text falls back along a chain chosen by the reader's language: a Swedish or Estonian
# reader more often reads Finnish than English; every other reader gets English first.
# FALLBACK_CHAINS="sv:fi,en;et:fi,en" names the exceptions, FALLBACK_LANGUAGES the rest.
FALLBACK_LANGUAGES = envlist("FALLBACK_LANGUAGES", "en,fi")
FALLBACK_CHAINS = {}
for _entry in envlist("FALLBACK_CHAINS", "sv:fi,en;et:fi,en", separator=";"):
    _language, _sep, _chain = _entry.partition(":")
    if not _sep or _language.strip() not in _language_codes:
        raise ImproperlyConfigured(
            f"FALLBACK_CHAINS: {_entry!r} must read language:first,second with a language of "
            "LANGUAGES, e.g. sv:fi,en"
        )
    FALLBACK_CHAINS[_language.strip()] = [c.strip() for c in _chain.split(",") if c.strip()]
# Machine-translation drafts (off unless a LibreTranslate-compatible server is named; nothing is
# sent anywhere otherwise). MACHINE_TRANSLATION_CODES maps our codes onto the server's.
MACHINE_TRANSLATION_URL = envstr("MACHINE_TRANSLATION_URL", "")
MACHINE_TRANSLATION_API_KEY = envsecret("MACHINE_TRANSLATION_API_KEY", "")
MACHINE_TRANSLATION_TIMEOUT = envint("MACHINE_TRANSLATION_TIMEOUT", "20")
MACHINE_TRANSLATION_BACKEND = envstr(
    "MACHINE_TRANSLATION_BACKEND", "directory.machine_translation.LibreTranslateBackend"
)
MACHINE_TRANSLATION_CODES = dict(
    item.split(":", 1) for item in envlist("MACHINE_TRANSLATION_CODES", "zh-hans:zh") if ":" in item
)
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Helsinki"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Production serves hashed, compressed files collected by collectstatic; development and the
# test run serve straight from the apps.
STATIC_MANIFEST = envbool("STATIC_MANIFEST", "false" if DEBUG else "true")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if STATIC_MANIFEST
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = not STATIC_MANIFEST
MEDIA_ROOT = VAR_DIR / "media"

# --- Security --------------------------------------------------------------------------------
# Production defaults (DEBUG off) are the safe ones; SECURITY.md lists what to set and why.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = envbool("SECURE_COOKIES", "false" if DEBUG else "true")
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
# A form sent without its check gets a page in the reader's language that says what to do.
CSRF_FAILURE_VIEW = "public.views.errors.csrf_failure"
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", "false" if DEBUG else "true")
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000")
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", "true")
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", "false")
# Preloading is hard to undo (months to leave the browsers' list), so it is the operator's
# explicit choice; without it the deploy check's reminder says nothing new.
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
if envbool("SECURE_PROXY_SSL_HEADER", "false"):
    # Only behind a proxy that sets X-Forwarded-Proto itself and strips it from callers.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# The reverse proxies in front of the app, one per hop, the nearest last (addresses, prefixes
# or networks): only through them is X-Forwarded-For believed (coordination/ratelimit.py).
TRUSTED_PROXIES = envlist("TRUSTED_PROXIES", "")
AUTHENTICATION_BACKENDS = ["coordination.signin.StaffBackend"]
# Coordinators and admins must sign in with a second factor (coordination/signin.py).
TWO_FACTOR_REQUIRED = envbool("TWO_FACTOR_REQUIRED", "false" if DEBUG else "true")
# Request bodies of the JSON APIs, refused before they are parsed (api/parsers.py).
API_MAX_BODY_BYTES = envint("API_MAX_BODY_BYTES", str(256 * 1024))
UNMET_SEARCH_RETENTION_DAYS = envint("UNMET_SEARCH_RETENTION_DAYS", "365")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

EMAIL_BACKEND = envstr("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = envstr("DEFAULT_FROM_EMAIL", "milestone-hub@localhost")

# --- APIs ------------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "api.schema.AutoSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["api.parsers.BoundedJSONParser"],
    "EXCEPTION_HANDLER": "api.errors.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "MILEstone Hub API",
    "DESCRIPTION": (
        "Open data on a region's integration services (Open Referral HSDS 3.0 under /api/hsds/) "
        "and the product's own APIs under /api/v1/."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# --- Product ---------------------------------------------------------------------------------
DEMO_REGION = envstr("DEMO_REGION", "jyvaskyla")
SEARCH_EMBEDDING_BACKEND = envstr("SEARCH_EMBEDDING_BACKEND", "search.onnx.backend.OnnxE5Backend")
FEEDBACK_RETENTION_DAYS = envint("FEEDBACK_RETENTION_DAYS", "365")
# Opening hours are wall-clock times in this zone ("open now" is computed in it).
OPENING_HOURS_TIMEZONE = envstr("OPENING_HOURS_TIMEZONE", "Europe/Helsinki")
# Phone numbers written without a country code are read as numbers of this country.
PHONE_DEFAULT_COUNTRY = envstr("PHONE_DEFAULT_COUNTRY", "FI")
# Providers' calendars (events/fetching.py): seconds to wait, the largest file read, and whether
# addresses inside the hub's own network may be fetched (only tests' local servers need it).
EVENT_FEED_TIMEOUT = envint("EVENT_FEED_TIMEOUT", "15")
EVENT_FEED_MAX_BYTES = envint("EVENT_FEED_MAX_BYTES", str(5 * 1024 * 1024))
EVENT_FEEDS_ALLOW_PRIVATE = envbool("EVENT_FEEDS_ALLOW_PRIVATE", "false")
# Suomi.fi service catalogue (PTV), read by `manage.py import_ptv`: open API v11, no credentials.
PTV_API_URL = envstr("PTV_API_URL", "https://api.palvelutietovaranto.suomi.fi/api/v11/")
PTV_TIMEOUT = envint("PTV_TIMEOUT", "30")  # seconds per request
PTV_RETRIES = envint("PTV_RETRIES", "5")  # after a 429, a 5xx, a timeout or a refused connection
PTV_BACKOFF = envint("PTV_BACKOFF", "1")  # seconds before the first retry, doubling each time
# The regions the job worker keeps in step with PTV every night (interchange/ptv/tasks.py), each
# "region:municipality" or "region:municipality:orgid+orgid", e.g. "jyvaskyla:179". Empty: none.
PTV_SYNC = envlist("PTV_SYNC", "")

# --- Production ------------------------------------------------------------------------------
# Safe concurrent writes on SQLite, persistent checked connections on PostgreSQL (see
# milestone/database.py).
database.configure(DATABASES["default"])

# Background jobs (jobs/): django-tasks with its database queue, run by `manage.py run_jobs`.
INSTALLED_APPS += ["django_tasks", "django_tasks_db", "jobs"]
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
JOBS_RETRY_DELAY = envint("JOBS_RETRY_DELAY", "10")  # seconds before the 1st retry; doubles
JOBS_LEASE = envint(
    "JOBS_LEASE", "900"
)  # seconds of silence before another machine's job is retried
JOBS_HOUSEKEEPING = envint(
    "JOBS_HOUSEKEEPING", "60"
)  # seconds between schedule and recovery checks
JOBS_KEEP_DAYS = envint("JOBS_KEEP_DAYS", "30")
JOBS_SCHEDULE = envbool("JOBS_SCHEDULE", "true")

# Health (/healthz, /readyz), metrics (/metrics, only with METRICS_TOKEN), request logs.
INSTALLED_APPS += ["django_prometheus", "operations"]
MIDDLEWARE = [
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    "operations.logs.RequestLogMiddleware",
    *MIDDLEWARE,
    "django_prometheus.middleware.PrometheusAfterMiddleware",
]
# The same databases through django-prometheus's wrappers, which count queries and errors.
DATABASES["default"]["ENGINE"] = DATABASES["default"]["ENGINE"].replace(
    "django.db.backends.", "django_prometheus.db.backends.", 1
)
if DATABASES["default"]["ENGINE"].endswith(".sqlite3"):
    # Tests on SQLite run in memory, as on Django's own engine: pytest-django recognises only
    # that engine's name and would otherwise derive a file name from the database's path.
    DATABASES["default"].setdefault("TEST", {}).setdefault("NAME", ":memory:")
METRICS_TOKEN = envsecret("METRICS_TOKEN", "")
# One JSON object a line (LOG_FORMAT=text for people reading a terminal); never the client's
# address or the query string (operations/logs.py).
LOG_FORMAT = envstr("LOG_FORMAT", "text" if DEBUG else "json")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "operations.logs.RequestIdFilter"}},
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": envstr("LOG_LEVEL", "WARNING")},
    "loggers": {
        # One line per request; LOG_ACCESS=false leaves them to the proxy's log.
        "milestone.access": {"level": "INFO" if envbool("LOG_ACCESS", "true") else "WARNING"},
        "jobs": {"level": "INFO"},
    },
}
