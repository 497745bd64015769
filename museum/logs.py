"""One JSON object per log line on stderr, for journald, Docker or any log shipper."""

import json
import logging
from datetime import UTC, datetime

# Attributes every LogRecord has; anything else was passed with ``extra=`` and is kept.
STANDARD_ATTRIBUTES = frozenset(
    logging.LogRecord("", 0, "", 0, "", (), None).__dict__.keys() | {"message", "asctime"}
)


class JsonFormatter(logging.Formatter):
    """Format a record as one line of JSON: time, level, logger, message, extras.

    Django's request errors carry the request and its status; the request becomes
    its method and path (never its headers or body). Tracebacks stay on the line,
    as an escaped string.
    """

    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name, value in record.__dict__.items():
            if name in STANDARD_ATTRIBUTES or name.startswith("_"):
                continue
            if name == "request":
                entry["method"] = getattr(value, "method", None)
                entry["path"] = getattr(value, "path", None)
                continue
            if name == "server_time":
                continue
            entry[name] = (
                value if isinstance(value, (str, int, float, bool, type(None))) else str(value)
            )
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)
