//! The StripedHyena 2 family (Evo 2 as vortex runs it, design/stripedhyena2-spec.md): its
//! config and state dict are `hyenac_models::stripedhyena2`; this file builds the graph.
//!
//! Weights are bound under their vortex names and shapes. The layouts vortex stores differ
//! from the ones the operations take, so the graph itself says how they are read, with
//! compile-time relayouts: `deinterleave` for the per-channel `(q, k, v)` projections and the
//! per-head `Wqkv`, `expand_groups` for grouped filters, `reverse_taps` for the current-first
//! Hyena-MR taps, `real_poles`/`real_residues` for the LI filter's real exponentials. Hyena-SE
//! and -MR filters are explicit FIRs (`short_conv`, with its K−1-row decode state), Hyena-LI
//! a modal long convolution, so the rewrites and the cost model choose their algorithms as
//! for StripedHyena.

use hyenac_models::stripedhyena2::{names, ExplicitFilter, Sh2Config, Sh2Layer};
use hyenac_models::MlpActivation;
use petgraph::graph::NodeIndex;

use crate::graph::{Graph, GraphError, Op, Stream};

/// Builds the dataflow graph of the StripedHyena 2 model `config` describes (spec §2).
pub fn build_graph(config: &Sh2Config) -> Result<Graph, GraphError> {
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
            Sh2Layer::Attention => b.attention_mixer(i, xn)?,
            hyena => b.hyena_mixer(i, *hyena, xn)?,
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
    // The unembedding is tied: the embedding table read again.
    let logits = b.g.add(Op::Linear { bias: false }, &[xn, table], None)?;
    b.g.add_output("logits", logits)?;
    Ok(b.g)
}

struct Builder<'c> {
    g: Graph,
    c: &'c Sh2Config,
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

    /// `x wᵀ (+ b)` with the weight (and bias) `{prefix}.weight`/`.bias` of block `i`.
    fn linear(
        &mut self,
        x: NodeIndex,
        w: NodeIndex,
        bias: Option<NodeIndex>,
        layer: Option<usize>,
    ) -> Result<NodeIndex, GraphError> {
        match bias {
            Some(b) => self.g.add(Op::Linear { bias: true }, &[x, w, b], layer),
            None => self.g.add(Op::Linear { bias: false }, &[x, w], layer),
        }
    }

    fn block_weight(
        &mut self,
        i: usize,
        suffix: &str,
        shape: &[usize],
    ) -> Result<NodeIndex, GraphError> {
        self.weight(names::block(i, suffix), shape, Some(i))
    }

    /// Rows regrouped from per-channel `(q, k, v)` to `[q | k | v]` when the config interleaves.
    fn streams_in_blocks(&mut self, w: NodeIndex, i: usize) -> Result<NodeIndex, GraphError> {
        if self.c.interleave {
            let op = Op::Deinterleave {
                streams: 3,
                block: 1,
            };
            self.g.add(op, &[w], Some(i))
        } else {
            Ok(w)
        }
    }

    /// `ParallelGatedConvBlock`'s mixer (spec §2.4): in-projection, featurizer FIR,
    /// de-interleave, `w = k ⊙ v`, the inner filter of the layer's kind, `q ⊙ z`,
    /// out-projection.
    fn hyena_mixer(
        &mut self,
        i: usize,
        kind: Sh2Layer,
        xn: NodeIndex,
    ) -> Result<NodeIndex, GraphError> {
        let c = self.c;
        let (d, l) = (c.hidden_size, Some(i));
        let wp = self.block_weight(i, "projections.weight", &[3 * d, d])?;
        let wp = self.streams_in_blocks(wp, i)?;
        let p = self.linear(xn, wp, None, l)?;
        let k = c.short_filter_length;
        let wf = self.block_weight(i, "filter.short_filter_weight", &[3 * d, 1, k])?;
        let wf = self.streams_in_blocks(wf, i)?;
        let s = self.g.add(
            Op::ShortConv {
                kernel: k,
                bias: false,
            },
            &[p, wf],
            l,
        )?;
        // After the relayout the streams are three blocks: q (post-gate, vortex's `x2`), k
        // (pre-gate, `x1`), v.
        let mut split = |stream| {
            self.g.add(
                Op::HyenaSplit {
                    stream,
                    heads: None,
                },
                &[s],
                l,
            )
        };
        let q = split(Stream::X2)?;
        let kk = split(Stream::X1)?;
        let v = split(Stream::V)?;
        let w = self.g.add(Op::Mul, &[kk, v], l)?;
        let z = match kind {
            Sh2Layer::HyenaSe => self.explicit_filter(i, c.se, w)?,
            Sh2Layer::HyenaMr => self.explicit_filter(i, c.mr, w)?,
            _ => {
                let n = c.state_size;
                let lp = self.block_weight(i, "filter.log_poles", &[d, n, 1])?;
                let r = self.block_weight(i, "filter.residues", &[d, n])?;
                let poles = self.g.add(Op::RealPoles, &[lp], l)?;
                let residues = self.g.add(Op::RealResidues, &[r], l)?;
                let yc = self.g.add(
                    Op::ModalLongConv { state_size: n },
                    &[w, poles, residues],
                    l,
                )?;
                let dw = self.block_weight(i, "filter.D", &[d])?;
                let skip = self.g.add(Op::DSkip, &[w, dw], l)?;
                self.g.add(Op::Add, &[yc, skip], l)?
            }
        };
        let y = self.g.add(Op::Mul, &[z, q], l)?;
        let wo = self.block_weight(i, "out_filter_dense.weight", &[d, d])?;
        let bo = if c.hyena_out_proj_bias {
            Some(self.block_weight(i, "out_filter_dense.bias", &[d])?)
        } else {
            None
        };
        self.linear(y, wo, bo, l)
    }

    /// An explicit grouped filter over `w` (spec §§2.5–2.6): the groups' taps per channel,
    /// reversed when stored current-first, as a causal FIR; long ones add the D skip.
    fn explicit_filter(
        &mut self,
        i: usize,
        f: ExplicitFilter,
        w: NodeIndex,
    ) -> Result<NodeIndex, GraphError> {
        let (d, l) = (self.c.hidden_size, Some(i));
        let h = self.block_weight(i, "filter.h", &[f.groups, 1, f.taps])?;
        let h = if f.groups == d {
            h
        } else {
            self.g.add(Op::ExpandGroups { channels: d }, &[h], l)?
        };
        let h = if f.long() {
            self.g.add(Op::ReverseTaps, &[h], l)?
        } else {
            h
        };
        let z = self.g.add(
            Op::ShortConv {
                kernel: f.taps,
                bias: false,
            },
            &[w, h],
            l,
        )?;
        if f.long() {
            let dw = self.block_weight(i, "filter.D", &[d])?;
            let skip = self.g.add(Op::DSkip, &[w, dw], l)?;
            self.g.add(Op::Add, &[z, skip], l)
        } else {
            Ok(z)
        }
    }

    /// `AttentionBlock`'s mixer (spec §2.8): `Wqkv` (per-head layout regrouped to
    /// `[q | k | v]` when `column_split`), rotary with the stored `inv_freq`, causal MHA,
    /// out-projection.
    fn attention_mixer(&mut self, i: usize, xn: NodeIndex) -> Result<NodeIndex, GraphError> {
        let c = self.c;
        let (d, l, hd, h) = (c.hidden_size, Some(i), c.head_dim(), c.num_attention_heads);
        let per_head = |b: &mut Self, t: NodeIndex| -> Result<NodeIndex, GraphError> {
            if c.column_split {
                let op = Op::Deinterleave {
                    streams: 3,
                    block: hd,
                };
                b.g.add(op, &[t], l)
            } else {
                Ok(t)
            }
        };
        let w = self.block_weight(i, "inner_mha_cls.Wqkv.weight", &[3 * d, d])?;
        let w = per_head(self, w)?;
        let bias = if c.qkv_proj_bias {
            let b = self.block_weight(i, "inner_mha_cls.Wqkv.bias", &[3 * d])?;
            Some(per_head(self, b)?)
        } else {
            None
        };
        let qkv = self.linear(xn, w, bias, l)?;
        let slice = |b: &mut Self, start| b.g.add(Op::ColumnSlice { start, len: d }, &[qkv], l);
        let q = slice(self, 0)?;
        let k = slice(self, d)?;
        let v = slice(self, 2 * d)?;
        let inv_freq = self.block_weight(i, "inner_mha_cls.rotary_emb.inv_freq", &[hd / 2])?;
        let rotary = Op::RotaryFreqs {
            heads: h,
            head_dim: hd,
            position_scale: c.rotary_position_scale,
        };
        let q = self.g.add(rotary.clone(), &[q, inv_freq], l)?;
        let k = self.g.add(rotary, &[k, inv_freq], l)?;
        let ctx = self.g.add(
            Op::Attention {
                heads: h,
                kv_heads: h,
                head_dim: hd,
            },
            &[q, k, v],
            l,
        )?;
        let wo = self.block_weight(i, "inner_mha_cls.out_proj.weight", &[d, d])?;
        let bo = if c.mha_out_proj_bias {
            Some(self.block_weight(i, "inner_mha_cls.out_proj.bias", &[d])?)
        } else {
            None
        };
        self.linear(ctx, wo, bo, l)
    }

    /// `MLP(z) = l3(act(l1 z) ⊙ l2 z)`, the activation in layer 0 only with
    /// `evo2_style_activations` (spec §2.3).
    fn mlp(&mut self, i: usize, xn: NodeIndex) -> Result<NodeIndex, GraphError> {
        let (d, f, l) = (self.c.hidden_size, self.c.inner_mlp_size, Some(i));
        let w1 = self.block_weight(i, "mlp.l1.weight", &[f, d])?;
        let w2 = self.block_weight(i, "mlp.l2.weight", &[f, d])?;
        let w3 = self.block_weight(i, "mlp.l3.weight", &[d, f])?;
        let a = self.linear(xn, w1, None, l)?;
        let b = self.linear(xn, w2, None, l)?;
        let kind = if self.c.mlp_activated(i) {
            self.c.mlp_activation
        } else {
            MlpActivation::Identity
        };
        let act = self.g.add(Op::Activation { kind }, &[a], l)?;
        let gated = self.g.add(Op::Mul, &[act, b], l)?;
        self.linear(gated, w3, None, l)
    }
}
