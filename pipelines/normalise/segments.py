"""Segment dimensions to a canonical name, labels cleaned, parent/child kept."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Dimension names that mean the same thing to an analyst. Others are kept as written.
DIMENSION_SYNONYMS = {
    "type": "type",
    "types": "type",
    "product": "type",
    "product type": "type",
    "service": "type",
    "service type": "type",
    "offering": "type",
    "application": "application",
    "end use": "application",
    "end-use": "application",
    "end user": "application",
    "end-user": "application",
    "end use industry": "application",
    "end-use industry": "application",
    "end user industry": "application",
}

_BROKEN_HYPHEN = re.compile(r"(\w)-\s+(\w)")  # "Non- Biodegradable"
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class SegmentLabel:
    dimension_raw: str
    dimension: str
    label_raw: str
    label: str
    rule: str | None  # the repair applied to the label, if any


def normalise_segment(dimension_raw: str, label_raw: str) -> SegmentLabel:
    """ "end user" -> application; "Non- Biodegradable" -> "Non-Biodegradable" (rule "joined_hyphen")."""
    dimension = DIMENSION_SYNONYMS.get(dimension_raw.strip().lower(), dimension_raw.strip().lower())
    label = _SPACES.sub(" ", label_raw).strip(" .,;:")
    rule = None
    if _BROKEN_HYPHEN.search(label):
        label, rule = _BROKEN_HYPHEN.sub(r"\1-\2", label), "joined_hyphen"
    elif label != label_raw:
        rule = "trimmed"
    return SegmentLabel(dimension_raw, dimension, label_raw, label, rule)
