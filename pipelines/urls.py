"""URL identity: the same page reached through different tracking links is one page."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

# Query parameters that only say how a visitor arrived, never what the page is.
TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "hsa_", "_hs", "ga_")
TRACKING_PARAMETERS = frozenset(
    {"gclid", "fbclid", "msclkid", "dclid", "yclid", "igshid", "ref", "ref_src", "source", "campaign", "_ga", "spm"}
)


# A web archive's copy of a page: "https://web.archive.org/web/20240602113045cs_/https://site.com/page".
_ARCHIVED = re.compile(r"^https?://web\.archive\.org/web/\d{4,14}[a-z_]*/(?=https?://)", re.I)


def unarchived(url: str) -> str:
    """The address an archived copy was taken from: its site, not the archive, published the page."""
    return _ARCHIVED.sub("", url)


def canonical_url(url: str) -> str:
    """Lower-case host, sorted query, no fragment, no tracking parameters."""
    parts = urlsplit(url.strip())
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if key.lower() not in TRACKING_PARAMETERS and not key.lower().startswith(TRACKING_PREFIXES)
    ]
    cleaned = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))
    return canonicalize_url(cleaned)
