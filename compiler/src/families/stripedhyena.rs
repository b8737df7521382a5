//! The StripedHyena family (StripedHyena-7B and the fixtures): its config and state-dict names
//! and shapes are `hyenac_models::{Config, checkpoint}`; this file builds its dataflow graph
//! from a config alone (no weights needed). Every node carries its layer.

use hyenac_models::checkpoint::names;
use hyenac_models::{Config, LayerKind};
use petgraph::graph::NodeIndex;

use crate::graph::{Graph, GraphError, Op, Stream};

/// Builds the dataflow graph of the StripedHyena model described by `config` (spec §§1–4).
pub fn build_graph(config: &Config) -> Result<Graph, GraphError> {
    let mut b = Builder {
        g: Graph::new(config.model_name.clone().unwrap_or_else(|| "model".into())),
        c: config,
    };
    let d = config.hidden_size;
    let tokens = b.g.add(Op::Tokens, &[], None)?;
    let table = b.weight(names::EMBEDDING.to_string(), &[config.vocab_size, d], None)?;
    let mut x = b.g.add(Op::Embedding, &[table, tokens], None)?;
    b.g.add_output("embedding_layer", x)?;
    for (i, kind) in config.layers.iter().enumerate() {
        let l = Some(i);
        let pre = b.weight(names::block(i, "pre_norm.scale"), &[d], l)?;
        let xn = b.norm(x, pre, l)?;
        let mixed = match kind {
            LayerKind::Hyena => b.hyena_mixer(i, xn)?,
            LayerKind::Attention => b.attention_mixer(i, xn)?,
        };
        x = b.g.add(Op::Add, &[mixed, x], l)?;
        let post = b.weight(names::block(i, "post_norm.scale"), &[d], l)?;
        let xn = b.norm(x, post, l)?;
        let mlp = b.mlp(i, xn)?;
        x = b.g.add(Op::Add, &[mlp, x], l)?;
        b.g.add_output(format!("blocks.{i}"), x)?;
    }
    let fin = b.weight(names::FINAL_NORM.to_string(), &[d], None)?;
    let xn = b.norm(x, fin, None)?;
    b.g.add_output("norm", xn)?;
    // Tied embeddings read the embedding table again: one weight node, two uses.
    let unembed = if config.tie_embeddings {
        table
    } else {
        b.weight(names::UNEMBED.to_string(), &[config.vocab_size, d], None)?
    };
    let logits = b.g.add(Op::Linear { bias: false }, &[xn, unembed], None)?;
    b.g.add_output("logits", logits)?;
    Ok(b.g)
}

struct Builder<'c> {
    g: Graph,
    c: &'c Config,
}

impl Builder<'_> {
    fn weight(
        &mut self,
        name: String,
        shape: &[usize],
        layer: Option<usize>,
    ) -> Result<NodeIndex, GraphError> {
        self.g.add_weight(name, shape, layer)
    }

    fn norm(
        &mut self,
        x: NodeIndex,
        scale: NodeIndex,
        layer: Option<usize>,
    ) -> Result<NodeIndex, GraphError> {
        self.g.add(
            Op::RmsNorm {
                eps: self.c.eps,
                style: self.c.norm_style,
            },
            &[x, scale],
            layer,
        )
    }

    fn linear(
        &mut self,
        x: NodeIndex,
        i: usize,
        prefix: &str,
        out_in: [usize; 2],
        bias: bool,
    ) -> Result<NodeIndex, GraphError> {
        let l = Some(i);
        let w = self.weight(names::block(i, &format!("{prefix}.weight")), &out_in, l)?;
        if bias {
            let b = self.weight(names::block(i, &format!("{prefix}.bias")), &out_in[..1], l)?;
            self.g.add(Op::Linear { bias: true }, &[x, w, b], l)
        } else {
            self.g.add(Op::Linear { bias: false }, &[x, w], l)
        }
    }

    /// `ParallelGatedConvBlock`'s mixer: in-projection, short FIR, split, gated modal long
    /// convolution with D skip, out-projection (spec §2).
    fn hyena_mixer(&mut self, i: usize, xn: NodeIndex) -> Result<NodeIndex, GraphError> {
        let c = self.c;
        let (d, l) = (c.hidden_size, Some(i));
        let z = self.linear(xn, i, "projections", [3 * d, d], true)?;
        let k = c.short_filter_length;
        let fir_w = self.weight(
            names::block(i, "filter.short_filter_weight"),
            &[3 * d, 1, k],
            l,
        )?;
        let zf = if c.short_filter_bias {
            let fir_b = self.weight(names::block(i, "filter.short_filter_bias"), &[3 * d], l)?;
            let op = Op::ShortConv {
                kernel: k,
                bias: true,
            };
            self.g.add(op, &[z, fir_w, fir_b], l)?
        } else {
            let op = Op::ShortConv {
                kernel: k,
                bias: false,
            };
            self.g.add(op, &[z, fir_w], l)?
        };
        let heads = c.column_split_hyena.then_some(c.num_attention_heads);
        let mut split = |stream| self.g.add(Op::HyenaSplit { stream, heads }, &[zf], l);
        let x2 = split(Stream::X2)?;
        let x1 = split(Stream::X1)?;
        let v = split(Stream::V)?;
        let u1 = self.g.add(Op::Mul, &[x1, v], l)?;
        let n = c.state_size;
        let poles = self.weight(names::block(i, "filter.poles"), &[d, n, 1, 2], l)?;
        let residues = self.weight(names::block(i, "filter.residues"), &[d, n, 1, 2], l)?;
        let yc = self.g.add(
            Op::ModalLongConv { state_size: n },
            &[u1, poles, residues],
            l,
        )?;
        let dw = self.weight(names::block(i, "filter.D"), &[d], l)?;
        let skip = self.g.add(Op::DSkip, &[u1, dw], l)?;
        let s = self.g.add(Op::Add, &[yc, skip], l)?;
        let y = self.g.add(Op::Mul, &[s, x2], l)?;
        self.linear(y, i, "out_filter_dense", [d, d], true)
    }

    /// `AttentionBlock`'s mixer: fused QKV projection, rotary on q and k, causal GQA,
    /// out-projection (spec §3).
    fn attention_mixer(&mut self, i: usize, xn: NodeIndex) -> Result<NodeIndex, GraphError> {
        let c = self.c;
        let (d, l, hd) = (c.hidden_size, Some(i), c.head_dim());
        let (h, hkv) = (c.num_attention_heads, c.num_kv_heads);
        let width = (h + 2 * hkv) * hd;
        let qkv = self.linear(xn, i, "inner_mha_cls.Wqkv", [width, d], c.qkv_proj_bias)?;
        let slice = |b: &mut Self, start, len| b.g.add(Op::ColumnSlice { start, len }, &[qkv], l);
        let q = slice(self, 0, h * hd)?;
        let k = slice(self, h * hd, hkv * hd)?;
        let v = slice(self, (h + hkv) * hd, hkv * hd)?;
        let rotary = |heads| Op::Rotary {
            heads,
            head_dim: hd,
            base: c.rotary_emb_base,
            position_scale: c.rotary_position_scale,
        };
        let q = self.g.add(rotary(h), &[q], l)?;
        let k = self.g.add(rotary(hkv), &[k], l)?;
        let ctx = self.g.add(
            Op::Attention {
                heads: h,
                kv_heads: hkv,
                head_dim: hd,
            },
            &[q, k, v],
            l,
        )?;
        self.linear(
            ctx,
            i,
            "inner_mha_cls.out_proj",
            [d, d],
            c.mha_out_proj_bias,
        )
    }

    /// `ParallelGatedMLP`: `l3(act(l1 x) ⊙ l2 x)` (spec §4).
    fn mlp(&mut self, i: usize, xn: NodeIndex) -> Result<NodeIndex, GraphError> {
        let (d, f, l) = (self.c.hidden_size, self.c.inner_mlp_size, Some(i));
        let a = self.linear(xn, i, "mlp.l1", [f, d], false)?;
        let b = self.linear(xn, i, "mlp.l2", [f, d], false)?;
        let act = self.g.add(
            Op::Activation {
                kind: self.c.mlp_activation,
            },
            &[a],
            l,
        )?;
        let gated = self.g.add(Op::Mul, &[act, b], l)?;
        self.linear(gated, i, "mlp.l3", [d, f], false)
    }
}
