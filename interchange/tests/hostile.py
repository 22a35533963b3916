"""A corpus of hostile uploads, made in memory by each test run (no binary files are kept):
what an attacker or a broken tool might send to the import. Each item is (file name, bytes,
words the refusal must contain)."""

import functools
import io
import struct
import zipfile
import zlib

from openpyxl import Workbook

from interchange.formats.archive import pack

ORG = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"
ORGANIZATIONS = f"id,name\r\n{ORG},Postojna Cave Park\r\n".encode()


@functools.cache
def _deflated_zeros(size: int) -> tuple[bytes, int]:
    """`size` zero bytes deflated (raw, as in a zip), made in chunks; and their CRC."""
    compressor = zlib.compressobj(1, zlib.DEFLATED, -15)
    chunk = bytes(1 << 20)
    parts, crc = [], 0
    for _ in range(size // len(chunk)):
        parts.append(compressor.compress(chunk))
        crc = zlib.crc32(chunk, crc)
    parts.append(compressor.flush())
    return b"".join(parts), crc


def handmade_zip(name: str, compressed: bytes, crc: int, size: int, *, flags: int = 0) -> bytes:
    """A one-member zip written byte by byte, so its headers can claim any size and flags."""
    encoded = name.encode()
    local = (
        struct.pack(
            "<IHHHHHIIIHH",
            0x04034B50,
            20,
            flags,
            8,
            0,
            0x21,
            crc,
            len(compressed),
            size,
            len(encoded),
            0,
        )
        + encoded
    )
    central = (
        struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            flags,
            8,
            0,
            0x21,
            crc,
            len(compressed),
            size,
            len(encoded),
            0,
            0,
            0,
            0,
            0,
            0,
        )
        + encoded
    )
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), len(local) + len(compressed), 0
    )
    return local + compressed + central + end


def corrupt_zip():
    data = bytearray(pack({"organizations.csv": ORGANIZATIONS * 50}))
    middle = 30 + len("organizations.csv") + 10
    data[middle : middle + 20] = b"\xff" * 20
    return "corrupt.zip", bytes(data), ["organizations.csv", "damaged"]


def truncated_zip():
    data = pack({"organizations.csv": ORGANIZATIONS})
    return "truncated.zip", data[: len(data) // 2], ["not a readable zip"]


def encrypted_zip():
    compressed = zlib.compress(ORGANIZATIONS)[2:-4]
    data = handmade_zip(
        "organizations.csv", compressed, zlib.crc32(ORGANIZATIONS), len(ORGANIZATIONS), flags=1
    )
    return "encrypted.zip", data, ["organizations.csv", "encrypted"]


BOMB = 400 << 20  # past the unpacked limit (200 MB), and past the memory a read may take


def honest_zip_bomb():
    compressed, crc = _deflated_zeros(BOMB)
    return (
        "bomb.zip",
        handmade_zip("organizations.csv", compressed, crc, BOMB),
        ["unpacks to more than"],
    )


def zip_bomb_with_forged_sizes():
    """400 MB of zeros whose headers say 100 bytes: only reading shows the truth."""
    compressed, crc = _deflated_zeros(BOMB)
    return (
        "forged.zip",
        handmade_zip("organizations.csv", compressed, crc, 100),
        ["organizations.csv"],
    )


def workbook_with_entities():
    """An .xlsx whose sheet declares entities that expand a billion times (XML bomb)."""
    workbook = Workbook()
    workbook.active.title = "organization"
    workbook.active.append(["id", "name@en"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    laughs = (
        '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
            for n in range(1, 10)
        )
        + "]>\n"
    )
    files = {}
    for info in source.infolist():
        content = source.read(info)
        if info.filename == "xl/worksheets/sheet1.xml":
            body = content.decode().split("?>", 1)[-1]
            content = (laughs + body.replace("<v>", "<v>&lol9;", 1)).encode()
        files[info.filename] = content
    return "entities.xlsx", pack(files), ["entities.xlsx", "not allowed"]


def not_a_workbook():
    return "broken.xlsx", b"PK\x03\x04 this is no workbook", ["not a readable"]


def deeply_nested_json():
    text = '{"organization": ' + "[" * 100_000 + "]" * 100_000 + "}"
    return "nested.json", text.encode(), ["nested more than"]


def deeply_nested_ndjson():
    line = '{"table": "organization", "record": ' + '{"a": ' * 5_000 + "1" + "}" * 5_000 + "}\n"
    return "nested.ndjson", line.encode(), ["nested more than"]


def huge_csv(limit: int):
    row = f"{ORG},{'x' * 200}\r\n".encode()
    data = b"id,name\r\n" + row * (limit // len(row) + 10)
    return "organizations.csv", data, ["at most"]


def csv_with_too_many_rows():
    data = b"id,name\r\n" + b"".join(
        f"{n:08x}-0000-4000-8000-000000000000,Org {n}\r\n".encode() for n in range(25_000)
    )
    return "organizations.csv", data, ["more than", "rows"]


def csv_with_an_endless_cell():
    data = b'id,name\r\n1,"' + b"x" * 500_000 + b'"\r\n'
    return "organizations.csv", data, ["malformed"]


CORPUS = [
    corrupt_zip,
    truncated_zip,
    encrypted_zip,
    honest_zip_bomb,
    zip_bomb_with_forged_sizes,
    workbook_with_entities,
    not_a_workbook,
    deeply_nested_json,
    deeply_nested_ndjson,
    csv_with_too_many_rows,
    csv_with_an_endless_cell,
]
