"""Static file storage for production: WhiteNoise's compressed manifest storage that
also rewrites ES module imports, so that a hashed module imports hashed modules.

Without the rewrite, ``kiosk.<hash>.js`` would import the unhashed ``./feed.js``: after
a deploy a screen could run a new main module with old helpers (or the reverse),
and no cache could tell the two apart.
"""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class ModuleManifestStaticFilesStorage(CompressedManifestStaticFilesStorage):
    """Hashed, compressed static files whose ``import ... from "./x.js"`` statements
    name the hashed files (Django's JS module import aggregation)."""

    support_js_module_import_aggregation = True
