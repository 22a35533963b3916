"""Zip archives whose bytes depend only on their content, so the same data exports the same
file every time."""

from __future__ import annotations

import io
import zipfile

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from interchange.formats.limits import max_unpacked_bytes
from interchange.report import FileRejected, Report

FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def pack(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def unpack(data: bytes, file_name: str) -> dict[str, bytes]:
    """The members of a zip archive by base name, refusing archives that unpack too large."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        report = Report()
        report.error(file_name, None, None, _("The file is not a readable zip archive."))
        raise FileRejected(report) from None
    members = [info for info in archive.infolist() if not info.is_dir()]
    if sum(info.file_size for info in members) > max_unpacked_bytes():
        report = Report()
        report.error(
            file_name,
            None,
            None,
            _("The archive unpacks to more than %(limit)s; split the data into smaller files.")
            % {"limit": filesizeformat(max_unpacked_bytes())},
        )
        raise FileRejected(report)
    return {info.filename.rsplit("/", 1)[-1]: archive.read(info) for info in members}
