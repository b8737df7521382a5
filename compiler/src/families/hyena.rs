//! The original Hyena operator's language models and HyenaDNA (design/hyena-spec.md): its
//! configs and state dicts are `hyenac_models::hyena`; this file builds the graph.
//!
//! An order-N operator is data: N + 1 projected streams, then N − 1 gated long convolutions,
//! each gate before its convolution (`g = x_{N−1−o} ⊙ v`, `v = h_o ∗ g + b_o ⊙ g`), and the
//! first stream gates the result. The implicit filter is an operation on weights alone
//! (`implicit_filter`), so it is evaluated once, in float64, at compile time on the whole
//! `l_max` grid; each step's channels are `strided_rows` of it (the two checkpoint layouts
//! differ only there). The convolution is an explicit causal FIR of `l_max` taps
//! (`short_conv`): the rewrites turn it into a direct or an FFT long convolution by cost for
//! the compiled length (an FFT of a filter longer than the sequence reads its prefix), and its
//! decode state is the history of its input.

use hyenac_models::hyena::{FilterLayout, HyenaConfig};
use hyenac_models::MlpActivation;
use petgraph::graph::NodeIndex;

use crate::graph::{Graph, GraphError, Op, Stream};

/// Builds the dataflow graph of the Hyena model `config` describes (spec §§1, 4).
pub fn build_graph(config: &HyenaConfig) -> Result<Graph, GraphError> {
    let mut b = Builder {
        g: Graph::new(config.model_name.clone().unwrap_or_else(|| "model".into())),
        c: config,
    };
    let d = config.d_model;
    let tokens = b.g.add(Op::Tokens, &[], None)?;
    let table =
        b.g.add_weight(config.embedding(), &[config.vocab_size, d], None)?;
    let mut x = b.g.add(Op::Embedding, &[table, tokens], None)?;
    let p = config.prefix();
    b.g.add_output(format!("{p}embeddings"), x)?;
    for i in 0..config.n_layer {
        let l = Some(i);
        let xn = b.layer_norm(x, &config.block(i, "norm1"), config.block_eps, l)?;
        let mixed = b.mixer(i, xn)?;
        x = b.g.add(Op::Add, &[mixed, x], l)?;
        let xn = b.layer_norm(x, &config.block(i, "norm2"), config.block_eps, l)?;
        let mlp = b.mlp(i, xn)?;
        x = b.g.add(Op::Add, &[mlp, x], l)?;
        b.g.add_output(format!("{p}layers.{i}"), x)?;
    }
    let prefix = config.final_norm("");
    let xn = b.layer_norm(x, prefix.trim_end_matches('.'), config.final_eps, None)?;
    // The post-`ln_f` states: what HyenaDNA's embedding model returns.
    b.g.add_output(prefix.trim_end_matches('.'), xn)?;
    let head = if config.tie_embeddings {
        table
    } else {
        b.g.add_weight("lm_head.weight".into(), &[config.vocab_size, d], None)?
    };
    let logits = b.g.add(Op::Linear { bias: false }, &[xn, head], None)?;
    b.g.add_output("logits", logits)?;
    Ok(b.g)
}

struct Builder<'c> {
    g: Graph,
    c: &'c HyenaConfig,
}

impl Builder<'_> {
    /// The LayerNorm `{module}.weight`/`.bias` of `x`.
    fn layer_norm(
        &mut self,
        x: NodeIndex,
        module: &str,
        eps: f64,
        layer: Option<usize>,
    ) -> Result<NodeIndex, GraphError> {
        let d = self.c.d_model;
        let w = self.g.add_weight(format!("{module}.weight"), &[d], layer)?;
        let b = self.g.add_weight(format!("{module}.bias"), &[d], layer)?;
        self.g.add(Op::LayerNorm { eps }, &[x, w, b], layer)
    }

    fn weight(&mut self, i: usize, suffix: &str, shape: &[usize]) -> Result<NodeIndex, GraphError> {
        self.g.add_weight(self.c.block(i, suffix), shape, Some(i))
    }

    fn linear(
        &mut self,
        i: usize,
        module: &str,
        x: NodeIndex,
        out: usize,
        inp: usize,
    ) -> Result<NodeIndex, GraphError> {
        let w = self.weight(i, &format!("{module}.weight"), &[out, inp])?;
        let b = self.weight(i, &format!("{module}.bias"), &[out])?;
        self.g.add(Op::Linear { bias: true }, &[x, w, b], Some(i))
    }

    /// `HyenaOperator.forward` (spec §1.2).
    fn mixer(&mut self, i: usize, xn: NodeIndex) -> Result<NodeIndex, GraphError> {
        let c = self.c;
        let (d, n, l) = (c.d_model, c.order, Some(i));
        let z = self.linear(i, "mixer.in_proj", xn, (n + 1) * d, d)?;
        let k = c.short_filter_order;
        let wf = self.weight(i, "mixer.short_filter.weight", &[(n + 1) * d, 1, k])?;
        let bf = self.weight(i, "mixer.short_filter.bias", &[(n + 1) * d])?;
        let zc = self.g.add(
            Op::ShortConv {
                kernel: k,
                bias: true,
            },
            &[z, wf, bf],
            l,
        )?;
        // Streams x_0 … x_{N−1}, v in contiguous blocks of D. At order 2 they are the
        // StripedHyena split (x_0 post-gate, x_1 pre-gate), which the fusion rules match.
        let streams: Vec<NodeIndex> = if n == 2 {
            [Stream::X2, Stream::X1, Stream::V]
                .into_iter()
                .map(|stream| {
                    self.g.add(
                        Op::HyenaSplit {
                            stream,
                            heads: None,
                        },
                        &[zc],
                        l,
                    )
                })
                .collect::<Result<_, _>>()?
        } else {
            (0..=n)
                .map(|s| {
                    self.g.add(
                        Op::ColumnSlice {
                            start: s * d,
                            len: d,
                        },
                        &[zc],
                        l,
                    )
                })
                .collect::<Result<_, _>>()?
        };
        let filter = self.implicit_filter(i)?;
        let df = c.filter_channels();
        let bias = self.weight(i, "mixer.filter_fn.bias", &[df])?;
        let mut v = streams[n];
        for o in 0..n - 1 {
            let g = self.g.add(Op::Mul, &[streams[n - 1 - o], v], l)?;
            // Step o's channels of the shared filter and its D term (spec §1.4).
            let (offset, stride) = match c.layout {
                FilterLayout::Blocked => (o * d, 1),
                FilterLayout::Interleaved => (o, n - 1),
            };
            let pick = |b: &mut Self, t: NodeIndex| {
                if n == 2 {
                    Ok(t)
                } else {
                    let op = Op::StridedRows {
                        offset,
                        stride,
                        count: d,
                    };
                    b.g.add(op, &[t], l)
                }
            };
            let h = pick(self, filter)?;
            let h = self.g.add(Op::ReverseTaps, &[h], l)?;
            let b_o = pick(self, bias)?;
            let conv = self.g.add(
                Op::ShortConv {
                    kernel: c.l_max,
                    bias: false,
                },
                &[g, h],
                l,
            )?;
            let skip = self.g.add(Op::DSkip, &[g, b_o], l)?;
            v = self.g.add(Op::Add, &[conv, skip], l)?;
        }
        let y = self.g.add(Op::Mul, &[v, streams[0]], l)?;
        self.linear(i, "mixer.out_proj", y, d, d)
    }

    /// `HyenaFilter` on its grid (spec §2): `[D·(N−1), 1, l_max]`, lag first.
    fn implicit_filter(&mut self, i: usize) -> Result<NodeIndex, GraphError> {
        let c = self.c;
        let (w, e, df, lm) = (c.filter_order, c.emb_dim, c.filter_channels(), c.l_max);
        let f = "mixer.filter_fn.";
        let mut ops = Vec::new();
        for (suffix, shape) in [
            ("pos_emb.z", vec![1, lm, e]),
            ("pos_emb.t", vec![1, lm, 1]),
            ("implicit_filter.0.weight", vec![w, e]),
            ("implicit_filter.0.bias", vec![w]),
            ("implicit_filter.1.freq", vec![1, w]),
            ("implicit_filter.2.weight", vec![w, w]),
            ("implicit_filter.2.bias", vec![w]),
            ("implicit_filter.4.weight", vec![w, w]),
            ("implicit_filter.4.bias", vec![w]),
            ("implicit_filter.6.weight", vec![df, w]),
            ("modulation.deltas", vec![1, 1, df]),
        ] {
            ops.push(self.weight(i, &format!("{f}{suffix}"), &shape)?);
        }
        self.g.add(
            Op::ImplicitFilter {
                shift: c.shift,
                modulate: c.modulate,
            },
            &ops,
            Some(i),
        )
    }

    /// `fc2(gelu_tanh(fc1(x)))` (spec §4.1).
    fn mlp(&mut self, i: usize, xn: NodeIndex) -> Result<NodeIndex, GraphError> {
        let (d, f) = (self.c.d_model, self.c.d_inner);
        let h = self.linear(i, "mlp.fc1", xn, f, d)?;
        let a = self.g.add(
            Op::Activation {
                kind: MlpActivation::GeluTanh,
            },
            &[h],
            Some(i),
        )?;
        self.linear(i, "mlp.fc2", a, d, f)
    }
}
