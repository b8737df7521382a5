//! `hyenac explain`: what the optimiser chose per layer, what it estimated, the best
//! alternative, and the lengths at which each convolution's choice flips.

use std::fmt::Write;

use crate::graph::{ConvAlg, Graph, Op};

use super::cost::{conv_kernel_cost, op_cost, with_alg, CostModel};
use super::rules::{fft_len, Family, BLOCK_SIZES};
use super::{conv_alg, optimize, OptimizeOptions, Optimized, RewriteError};

/// The algorithms the enabled rules offer for a length `l`.
pub fn candidates(l: usize, disabled: &[String]) -> Vec<ConvAlg> {
    let on = |name: &str| !disabled.iter().any(|d| d == name);
    let mut out = Vec::new();
    if on("long-conv-direct") {
        out.push(ConvAlg::Direct);
    }
    if on("long-conv-fft-pow2") {
        out.extend(fft_len(Family::FftPow2, l).map(|n| ConvAlg::Fft { n }));
    }
    if on("long-conv-fft-smooth") {
        out.extend(fft_len(Family::FftSmooth, l).map(|n| ConvAlg::Fft { n }));
    }
    if on("long-conv-block") {
        out.extend(
            BLOCK_SIZES
                .iter()
                .filter(|&&b| b < l)
                .map(|&b| ConvAlg::Block { b }),
        );
    }
    if on("long-conv-scan") {
        out.push(ConvAlg::Scan);
    }
    out
}

/// Every candidate for a convolution kernel at length `l`, cheapest first: (alg, s, bytes).
pub fn ranked(
    op: &Op,
    l: usize,
    d: usize,
    modes: usize,
    model: &CostModel,
    disabled: &[String],
) -> Vec<(ConvAlg, f64, f64)> {
    let mut v: Vec<(ConvAlg, f64, f64)> = candidates(l, disabled)
        .into_iter()
        .filter_map(|a| {
            conv_kernel_cost(&with_alg(op, a), l, d, modes)
                .map(|c| (a, model.time(&c), model.bytes(&c)))
        })
        .collect();
    v.sort_by(|a, b| a.1.total_cmp(&b.1));
    v
}

/// Where the cheapest algorithm family changes as the length grows from 1 to `max_len`:
/// `(first length, family)` per stretch.
pub fn flips(
    op: &Op,
    d: usize,
    modes: usize,
    model: &CostModel,
    disabled: &[String],
    max_len: usize,
) -> Vec<(usize, ConvAlg)> {
    let best = |l: usize| {
        ranked(op, l, d, modes, model, disabled)
            .first()
            .map(|x| x.0)
    };
    let family = |l: usize| best(l).map(|a| a.family());
    let mut grid: Vec<usize> = (1..=max_len.min(256)).collect();
    let mut l = 256.0f64;
    while (l as usize) < max_len {
        l *= 1.03;
        grid.push((l as usize).min(max_len));
    }
    grid.dedup();
    let mut out: Vec<(usize, ConvAlg)> = Vec::new();
    let mut prev: Option<(usize, &'static str)> = None;
    for &g in &grid {
        let Some(f) = family(g) else { continue };
        match prev {
            Some((pl, pf)) if pf != f => {
                // Bisect the first length of the new family.
                let (mut lo, mut hi) = (pl, g);
                while hi - lo > 1 {
                    let mid = (lo + hi) / 2;
                    if family(mid) == Some(pf) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                out.push((hi, best(hi).expect("candidate")));
            }
            None => out.push((g, best(g).expect("candidate"))),
            _ => {}
        }
        prev = Some((g, f));
    }
    out
}

fn fmt_time(s: f64) -> String {
    if s < 1e-6 {
        format!("{:.0} ns", s * 1e9)
    } else if s < 1e-3 {
        format!("{:.1} µs", s * 1e6)
    } else if s < 1.0 {
        format!("{:.2} ms", s * 1e3)
    } else {
        format!("{s:.2} s")
    }
}

fn fmt_bytes(b: f64) -> String {
    if b < 1024.0 * 1024.0 {
        format!("{:.1} KiB", b / 1024.0)
    } else if b < 1024.0 * 1024.0 * 1024.0 {
        format!("{:.1} MiB", b / 1048576.0)
    } else {
        format!("{:.2} GiB", b / 1073741824.0)
    }
}

/// A readable name for a kernel: the op, its algorithm, and the weight it reads.
fn kernel_name(g: &Graph, n: petgraph::graph::NodeIndex) -> String {
    let op = &g.g[n].op;
    let mut name = op.mnemonic().to_string();
    if let Some(a) = conv_alg(op) {
        name = format!("{name}[{}]", a.name());
    }
    let is_matmul = matches!(
        op,
        Op::Linear { .. }
            | Op::NormLinear { .. }
            | Op::GatedMlpUp { .. }
            | Op::NormGatedMlpUp { .. }
    );
    let weight = g
        .operands(n)
        .into_iter()
        .filter(|_| is_matmul)
        .find_map(|o| match &g.g[o].op {
            Op::Weight { name, .. } if name.ends_with("weight") => Some(name.clone()),
            _ => None,
        });
    if let Some(w) = weight {
        let short = match w.split_once('.') {
            Some(("blocks", rest)) => rest.split_once('.').map_or(rest, |x| x.1).to_string(),
            _ => w.clone(),
        };
        name = format!("{name} ({})", short.trim_end_matches(".weight"));
    }
    name
}

/// Optimises `graph` and renders the report.
pub fn explain(
    graph: &Graph,
    opts: &OptimizeOptions,
    max_len: usize,
) -> Result<(Optimized, String), RewriteError> {
    let optimized = optimize(graph, opts)?;
    let g = &optimized.graph;
    let st = &optimized.stats;
    let l = opts.seqlen;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "model \"{}\", target {}, L = {l}",
        g.name, opts.model.target
    );
    let _ = writeln!(
        out,
        "e-graph: {} iterations ({}), {} e-nodes in {} classes",
        st.iterations, st.stop, st.enodes, st.eclasses
    );
    let applied: Vec<String> = st
        .applied
        .iter()
        .map(|(k, v)| format!("{k} ×{v}"))
        .collect();
    let _ = writeln!(out, "rules applied: {}", applied.join(", "));
    let mut layer = usize::MAX;
    let mut total = (0.0, 0.0, 0usize);
    for n in g.topo_order()? {
        let node = &g.g[n];
        let ops = g.operands(n);
        let types: Vec<&crate::graph::TensorType> = ops.iter().map(|&o| &g.g[o].ty).collect();
        let Some(c) = op_cost(&node.op, &types, &node.ty, l) else {
            continue;
        };
        if c.launches == 0.0 {
            continue;
        }
        let this = node.layer.unwrap_or(usize::MAX - 1);
        if this != layer {
            layer = this;
            let kind = if g
                .g
                .node_weights()
                .any(|m| m.layer == node.layer && conv_alg(&m.op).is_some())
            {
                "hyena"
            } else if g
                .g
                .node_weights()
                .any(|m| m.layer == node.layer && matches!(m.op, Op::Attention { .. }))
            {
                "attention"
            } else {
                "model"
            };
            match node.layer {
                Some(i) => {
                    let _ = writeln!(out, "\nlayer {i} ({kind})");
                }
                None => {
                    let _ = writeln!(out, "\n{}", if total.2 == 0 { "input" } else { "output" });
                }
            }
        }
        let t = opts.model.time(&c);
        let bytes = opts.model.bytes(&c);
        total = (total.0 + t, total.1 + bytes, total.2 + 1);
        let _ = writeln!(
            out,
            "  {:44} {:>10}  {:>11}  {:>9.3} GFLOP",
            kernel_name(g, n),
            fmt_time(t),
            fmt_bytes(bytes),
            c.flops / 1e9
        );
        if let Some(alg) = conv_alg(&node.op) {
            let d = match node.ty.shape[1] {
                crate::graph::Dim::Fixed(d) => d,
                _ => 0,
            };
            let modes = modes_of(g, n);
            let ranking = ranked(&node.op, l, d, modes, &opts.model, &opts.disabled);
            // The best of another algorithm family (another chunk size is no real alternative).
            if let Some((a, t, b)) = ranking.iter().find(|(a, _, _)| a.family() != alg.family()) {
                let _ = writeln!(
                    out,
                    "    best alternative: {} {} {}",
                    a.name(),
                    fmt_time(*t),
                    fmt_bytes(*b)
                );
            }
            let stretches: Vec<String> =
                flips(&node.op, d, modes, &opts.model, &opts.disabled, max_len)
                    .iter()
                    .map(|(from, a)| format!("{} from L = {from}", a.family()))
                    .collect();
            let _ = writeln!(
                out,
                "    choice by length (up to {max_len}): {}",
                stretches.join(", ")
            );
            if let Some(f) = node.layer.and_then(|i| opts.forced.get(&i)) {
                let _ = writeln!(out, "    (forced: {f})");
            }
        }
    }
    let _ = writeln!(
        out,
        "\ntotal: {} kernels, estimated {}, {} moved",
        total.2,
        fmt_time(total.0),
        fmt_bytes(total.1)
    );
    Ok((optimized, out))
}

/// The number of modes of a convolution node (from its poles, found through its filter).
fn modes_of(g: &Graph, n: petgraph::graph::NodeIndex) -> usize {
    let mut stack = g.operands(n);
    while let Some(m) = stack.pop() {
        match &g.g[m].op {
            Op::Weight { name, shape } if name.ends_with("poles") => return shape[1],
            Op::ModalFilter { .. } | Op::Spectrum { .. } => stack.extend(g.operands(m)),
            _ => {}
        }
    }
    1
}
