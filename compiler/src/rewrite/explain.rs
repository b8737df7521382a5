//! `hyenac explain`: what the optimiser chose per layer, what it estimated, the best
//! alternative, and the lengths at which each convolution's choice flips.

use std::fmt::Write;

use crate::graph::{ConvAlg, DType, Graph, Op};

use super::cost::{conv_kernel_cost, direct_taps, op_cost, with_alg, CostModel};
use super::rules::{fft_len, Family, BLOCK_SIZES};
use super::{conv_alg, optimize, OptimizeOptions, Optimized, RewriteError};

/// The filter a convolution kernel applies, which decides the algorithms it can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConvFilter {
    /// A modal filter of `N` modes: direct, FFT, block and scan.
    Modal(usize),
    /// An explicit causal FIR of `K` taps: direct (K taps per output) and FFT.
    Fir(usize),
}

/// The algorithms the enabled rules offer for a length `l`.
pub fn candidates(l: usize, filter: ConvFilter, disabled: &[String]) -> Vec<ConvAlg> {
    let on = |name: &str| !disabled.iter().any(|d| d == name);
    let mut out = Vec::new();
    if let ConvFilter::Fir(k) = filter {
        if on("short-conv-direct") {
            out.push(ConvAlg::Direct);
        }
        if on("short-conv-fft") {
            out.push(ConvAlg::Fft {
                n: super::rules::next_smooth(l + k.min(l) - 1),
            });
        }
        return out;
    }
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
    filter: ConvFilter,
    model: &CostModel,
    disabled: &[String],
) -> Vec<(ConvAlg, f64, f64)> {
    let modes = match filter {
        ConvFilter::Modal(n) => n,
        ConvFilter::Fir(_) => 1,
    };
    let mut v: Vec<(ConvAlg, f64, f64)> = candidates(l, filter, disabled)
        .into_iter()
        .filter_map(|a| {
            let mut c = conv_kernel_cost(&with_alg(op, a), l, d, modes, DType::F32)?;
            if let (ConvAlg::Direct, ConvFilter::Fir(k)) = (a, filter) {
                direct_taps(&mut c, l, d, k, DType::F32);
            }
            Some((a, model.time(&c), model.bytes(&c)))
        })
        .collect();
    v.sort_by(|a, b| a.1.total_cmp(&b.1));
    v
}

/// How much cheaper another algorithm family must be, somewhere in a stretch of lengths, for
/// the report to call it a change of choice: the cost model's own uncertainty (its predictions
/// are within this factor of the measured kernels, docs/rewrites.md). Near-ties below it would
/// otherwise read as a choice flipping back and forth between neighbouring lengths.
pub const DECISIVE: f64 = 1.25;

/// Where the cheapest algorithm family changes as the length grows from 1 to `max_len`:
/// `(first length, family)` per stretch. A stretch in which the winner never beats the
/// runner-up by [`DECISIVE`] is not a change of choice: it joins its neighbours.
pub fn flips(
    op: &Op,
    d: usize,
    filter: ConvFilter,
    model: &CostModel,
    disabled: &[String],
    max_len: usize,
) -> Vec<(usize, ConvAlg)> {
    // The cheapest algorithm of each family at `l`.
    let by_family = |l: usize| {
        let mut best: Vec<(ConvAlg, f64)> = Vec::new();
        for (a, t, _) in ranked(op, l, d, filter, model, disabled) {
            if !best.iter().any(|(b, _)| b.family() == a.family()) {
                best.push((a, t));
            }
        }
        best
    };
    let mut grid: Vec<usize> = (1..=max_len.min(256)).collect();
    let mut l = 256.0f64;
    while (l as usize) < max_len {
        l *= 1.03;
        grid.push((l as usize).min(max_len));
    }
    grid.dedup();
    // Stretches of grid points with the same winner, and how decisively it wins in each.
    let mut runs: Vec<(usize, usize, &'static str, f64)> = Vec::new(); // first, last, family, margin
    for &g in &grid {
        let fams = by_family(g);
        let Some(&(a, t)) = fams.first() else {
            continue;
        };
        let margin = fams.get(1).map_or(f64::INFINITY, |(_, t2)| t2 / t);
        match runs.last_mut() {
            Some(r) if r.2 == a.family() => {
                r.1 = g;
                r.3 = r.3.max(margin);
            }
            _ => runs.push((g, g, a.family(), margin)),
        }
    }
    // Indecisive stretches join the stretch before them (the first one, the one after it).
    let mut kept: Vec<(usize, usize, &'static str)> = Vec::new();
    for (i, &(first, last, fam, margin)) in runs.iter().enumerate() {
        let decisive = margin >= DECISIVE || runs.len() == 1;
        match kept.last_mut() {
            Some(k) if k.2 == fam || !decisive => k.1 = last,
            None if !decisive => {
                // Adopt the family of the next decisive stretch, if any.
                let next = runs[i + 1..]
                    .iter()
                    .find(|r| r.3 >= DECISIVE)
                    .map_or(fam, |r| r.2);
                kept.push((first, last, next));
            }
            _ => kept.push((first, last, fam)),
        }
    }
    kept.dedup_by(|b, a| {
        if a.2 == b.2 {
            a.1 = b.1;
            true
        } else {
            false
        }
    });
    // Each change at the first length where the new family is cheaper than the old one.
    let cost = |l: usize, fam: &str| by_family(l).into_iter().find(|(a, _)| a.family() == fam);
    let mut out: Vec<(usize, ConvAlg)> = Vec::new();
    for (i, &(first, _, fam)) in kept.iter().enumerate() {
        let at = if i == 0 {
            first
        } else {
            let prev = kept[i - 1];
            let newer = |l: usize| match (cost(l, fam), cost(l, prev.2)) {
                (Some((_, tn)), Some((_, to))) => tn < to,
                (Some(_), None) => true,
                _ => false,
            };
            // Bisect between the end of the previous stretch and the start of this one.
            let (mut lo, mut hi) = (prev.1.min(first), first);
            while hi - lo > 1 {
                let mid = (lo + hi) / 2;
                if newer(mid) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            hi
        };
        if let Some((a, _)) = cost(at, fam).or_else(|| cost(first, fam)) {
            out.push((at, a));
        }
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
            // Attention layers hold attention; Hyena layers a convolution (a fused one, or an
            // explicit FIR kept as a short convolution, as a StripedHyena 2 SE layer can be).
            let kind = if g.g.node_weights().any(|m| {
                m.layer == node.layer
                    && matches!(m.op, Op::Attention { .. } | Op::RotaryAttention { .. })
            }) {
                "attention"
            } else if g.g.node_weights().any(|m| {
                m.layer == node.layer
                    && (conv_alg(&m.op).is_some() || matches!(m.op, Op::ShortConv { .. }))
            }) {
                "hyena"
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
            let filter = conv_filter(g, n);
            let ranking = ranked(&node.op, l, d, filter, &opts.model, &opts.disabled);
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
                flips(&node.op, d, filter, &opts.model, &opts.disabled, max_len)
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

/// The number of modes of a convolution node (from its poles or residues, found through its
/// filter).
/// The filter of convolution kernel `n`: an explicit FIR (its filter operand comes from
/// `fir_filter`) or modal, with its modes.
fn conv_filter(g: &Graph, n: petgraph::graph::NodeIndex) -> ConvFilter {
    let mut stack = g.operands(n);
    while let Some(m) = stack.pop() {
        match &g.g[m].op {
            Op::FirFilter => return ConvFilter::Fir(g.g[m].ty.shape[1].fixed_or(1)),
            Op::Spectrum { .. } | Op::FilterPrefix { .. } => stack.extend(g.operands(m)),
            _ => {}
        }
    }
    ConvFilter::Modal(modes_of(g, n))
}

fn modes_of(g: &Graph, n: petgraph::graph::NodeIndex) -> usize {
    let mut stack = g.operands(n);
    while let Some(m) = stack.pop() {
        match &g.g[m].op {
            // Poles and residues are `[D, N, 1, 2]` (complex, N modes per channel): known by
            // their layout, not by a state_dict name.
            _ if matches!(
                g.g[m].ty.shape.as_slice(),
                [
                    _,
                    crate::graph::Dim::Fixed(_),
                    crate::graph::Dim::Fixed(1),
                    crate::graph::Dim::Fixed(2)
                ]
            ) =>
            {
                return g.g[m].ty.shape[1].fixed_or(1)
            }
            Op::ModalFilter { .. } | Op::Spectrum { .. } => stack.extend(g.operands(m)),
            _ => {}
        }
    }
    1
}
