"""Zip archives: written so that their bytes depend only on their content (the same data
exports the same file every time), and read without trusting what they say about themselves.

An uploaded archive's headers may understate its members' sizes (a zip bomb), claim an
encryption we cannot undo, or be damaged. Members are therefore unpacked in chunks while their
real sizes are counted against the limit, and every failure becomes a message that names the
file and the reason (FileRejected), never an exception from zipfile or zlib.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from interchange.formats.limits import max_unpacked_bytes
from interchange.report import FileRejected, Report

FIXED_TIME = (1980, 1, 1, 0, 0, 0)
MAX_MEMBERS = 1000
CHUNK = 64 * 1024
# What a damaged member raises while it is unpacked.
DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError, ValueError)


def pack(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def _reject(file_name: str, message: str):
    report = Report()
    report.error(file_name, None, None, message)
    raise FileRejected(report)


def _too_large(file_name: str):
    _reject(
        file_name,
        _("The archive unpacks to more than %(limit)s; split the data into smaller files.")
        % {"limit": filesizeformat(max_unpacked_bytes())},
    )


def _members(data: bytes, file_name: str) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [info for info in archive.infolist() if not info.is_dir()]
    except (*DAMAGED, UnicodeDecodeError):
        _reject(file_name, _("The file is not a readable zip archive."))
    if len(members) > MAX_MEMBERS:
        _reject(
            file_name,
            _("The archive holds more than %(limit)d files; an HSDS package needs far fewer.")
            % {"limit": MAX_MEMBERS},
        )
    for info in members:
        if info.flag_bits & 0x1:
            _reject(
                file_name,
                _(
                    "“%(member)s” in the archive is encrypted (protected with a password). "
                    "Make the archive again without a password and upload it."
                )
                % {"member": info.filename},
            )
    if sum(info.file_size for info in members) > max_unpacked_bytes():
        _too_large(file_name)
    return archive, members


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, file_name: str, budget: int):
    """The member's bytes, in chunks, stopping as soon as more than `budget` bytes come out
    (the header's size is only a claim). Yields chunks so that a caller may keep nothing."""
    produced = 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(CHUNK):
                produced += len(chunk)
                if produced > budget:
                    _too_large(file_name)
                yield chunk
    except DAMAGED:
        _reject(
            file_name,
            _(
                "The archive is damaged: “%(member)s” cannot be unpacked. Make the archive "
                "again and upload it."
            )
            % {"member": info.filename},
        )


def unpack(data: bytes, file_name: str) -> dict[str, bytes]:
    """The members of a zip archive by base name; FileRejected for an archive that is damaged,
    encrypted or unpacks too large."""
    archive, members = _members(data, file_name)
    budget = max_unpacked_bytes()
    files = {}
    for info in members:
        content = b"".join(_read(archive, info, file_name, budget))
        budget -= len(content)
        files[info.filename.rsplit("/", 1)[-1]] = content
    return files


def inspect(data: bytes, file_name: str) -> None:
    """Unpack every member once, keeping nothing, to refuse what `unpack` would refuse before
    another library (openpyxl) opens the archive and trusts its headers."""
    archive, members = _members(data, file_name)
    budget = max_unpacked_bytes()
    for info in members:
        for chunk in _read(archive, info, file_name, budget):
            budget -= len(chunk)
