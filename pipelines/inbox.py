"""The drop folder: release pages placed by hand or by `market-releases ingest`."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

# Pages, and the records some sites keep releases in (YAML or JSON data files, feed items saved as XML).
PAGE_SUFFIXES = frozenset(
    {".html", ".htm", ".md", ".markdown", ".txt", ".xhtml", ".json", ".yml", ".yaml", ".toml", ".xml", ""}
)


@dataclass(frozen=True)
class InboxFile:
    path: Path
    mtime_ns: int
    byte_size: int


def scan_inbox(inbox: Path) -> list[InboxFile]:
    """Every page file under the inbox (hidden files and folders skipped), in path order."""
    if not inbox.is_dir():
        return []
    files = []
    for path in sorted(inbox.rglob("*")):
        relative = path.relative_to(inbox)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        if path.suffix.lower() not in PAGE_SUFFIXES:
            continue
        stat = path.stat()
        files.append(InboxFile(path, stat.st_mtime_ns, stat.st_size))
    return files


def sha256(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def copy_into_inbox(sources: list[Path], inbox: Path) -> list[Path]:
    """Copy page files (or the page files of folders) into the inbox; returns the new paths.

    A file whose name is taken by different content gets a numbered name, so nothing is overwritten.
    """
    inbox.mkdir(parents=True, exist_ok=True)
    copied = []
    for source in sources:
        files = [f.path for f in scan_inbox(source)] if source.is_dir() else [source]
        for file in files:
            target = _free_name(inbox / file.name, file.read_bytes())
            if target is not None:
                shutil.copy2(file, target)
                copied.append(target)
    return copied


def _free_name(target: Path, body: bytes) -> Path | None:
    """``target`` or ``stem-2.ext``...; None when an identical file is already there."""
    candidate, number = target, 1
    while candidate.exists():
        if candidate.read_bytes() == body:
            return None
        number += 1
        candidate = target.with_name(f"{target.stem}-{number}{target.suffix}")
    return candidate
