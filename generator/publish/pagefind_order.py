"""Pagefind's index made byte-identical from run to run.

Pagefind 1.5 writes the values of each filter, and the list of filters, in the order of a Rust
``HashMap``, which is random per process (its source says so: "TODO: Change filter indexes to
BTree to give them a stable hash"). Everything else it writes depends on its input alone. So
after each run the filter files are rewritten with their values sorted, renamed by the hash of
their new bytes, and the metadata file and the entry file that name them are rewritten to match.
The files are gzip-compressed CBOR (arrays, text and unsigned integers only); anything else
stops the build rather than being guessed at.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import struct
from pathlib import Path
from typing import NoReturn, TypeAlias

from generator.errors import BriefingsError, Problem

Cbor: TypeAlias = "int | str | list[Cbor]"
MAGIC = b"pagefind_dcd"  # what Pagefind puts before the CBOR inside each compressed file
_WIDTHS = {24: 1, 25: 2, 26: 4, 27: 8}
_FORMATS = {1: ">B", 2: ">H", 4: ">I", 8: ">Q"}


def stabilise(bundle: Path) -> None:
    """Rewrite ``bundle`` (Pagefind's output folder) so that the same input gives the same bytes."""
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language in entry["languages"].values():
        old_meta = bundle / f"pagefind.{language['hash']}.pf_meta"
        meta = _read(old_meta)
        assert isinstance(meta, list) and isinstance(meta[3], list)
        filters = []
        for item in meta[3]:
            assert isinstance(item, list)
            name, old_hash = item
            assert isinstance(old_hash, str)
            values = _read(bundle / "filter" / f"{old_hash}.pf_filter")
            assert isinstance(values, list) and isinstance(values[1], list)
            values[1].sort(key=_first)
            (bundle / "filter" / f"{old_hash}.pf_filter").unlink()
            filters.append([name, _write(bundle / "filter", old_hash, ".pf_filter", values)])
        meta[3] = sorted(filters, key=_first)
        old_meta.unlink()
        language["hash"] = _write(bundle, language["hash"], ".pf_meta", meta, prefix="pagefind.")
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _first(pair: Cbor) -> str:
    """The name a filter, or a filter's value, is sorted by: the text its pair starts with."""
    return str(pair[0]) if isinstance(pair, list) else ""


def _read(path: Path) -> Cbor:
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(MAGIC):
        _fail(path, "is not a Pagefind index file")
    value, end = _decode(data, len(MAGIC), path)
    if end != len(data):
        _fail(path, "has bytes after its data")
    return value


def _write(folder: Path, old_hash: str, suffix: str, value: Cbor, prefix: str = "") -> str:
    """Write ``value`` under a name of the old one's form (language, underscore, hex) from its own hash."""
    data = MAGIC + _encode(value)
    language, digits = old_hash.split("_", 1)
    name = f"{language}_{hashlib.sha256(data).hexdigest()[:len(digits)]}"
    (folder / f"{prefix}{name}{suffix}").write_bytes(gzip.compress(data, mtime=0))
    return name


def _decode(data: bytes, at: int, path: Path) -> tuple[Cbor, int]:
    major, info = data[at] >> 5, data[at] & 31
    at += 1
    if info < 24:
        length = info
    elif info in _WIDTHS:
        width = _WIDTHS[info]
        length = struct.unpack(_FORMATS[width], data[at:at + width])[0]
        at += width
    else:
        _fail(path, f"holds CBOR this reader does not know (additional info {info})")
    if major == 0:
        return length, at
    if major == 3:
        return data[at:at + length].decode("utf-8"), at + length
    if major == 4:
        items: list[Cbor] = []
        for _ in range(length):
            item, at = _decode(data, at, path)
            items.append(item)
        return items, at
    _fail(path, f"holds CBOR this reader does not know (major type {major})")


def _encode(value: Cbor) -> bytes:
    if isinstance(value, int):
        return _head(0, value)
    if isinstance(value, str):
        raw = value.encode("utf-8")
        return _head(3, len(raw)) + raw
    return _head(4, len(value)) + b"".join(map(_encode, value))


def _head(major: int, length: int) -> bytes:
    """The shortest head, as Pagefind's encoder (minicbor) writes it."""
    if length < 24:
        return bytes([major << 5 | length])
    for info, width in _WIDTHS.items():
        if length < 1 << (8 * width):
            return bytes([major << 5 | info]) + struct.pack(_FORMATS[width], length)
    raise ValueError(f"{length} does not fit in CBOR")


def _fail(path: Path, what: str) -> NoReturn:
    raise BriefingsError([Problem(path.name, 1, 1, "pagefind", f"{path.name} {what}",
                                  "the pinned pagefind-bin writes only arrays, text and integers")])
