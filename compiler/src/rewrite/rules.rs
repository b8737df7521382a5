//! The rewrite rules, one per line with a name and a one-line comment (egg's style).
//!
//! No blanket commutativity or associativity (Cranelift's discipline): patterns match the
//! operand order the graph builder produces, which keeps the e-graph small and saturation fast.
//! The algorithm rules read the length being optimised for from the analysis (`seqlen`), since
//! the FFT length and the chunk sizes depend on it.

use egg::{rewrite as rw, Applier, Id, Pattern, PatternAst, Rewrite, Subst, Symbol, Var};

use super::analysis::{HyenaEGraph, TypeAnalysis};
use super::lang::HyenaLang;

/// Every built-in rule, in the order they are declared.
pub fn builtin_rules(seqlen: usize) -> Vec<Rewrite<HyenaLang, TypeAnalysis>> {
    let seqlen = seqlen.max(1);
    let alg = |family| ConvAlgorithm { family, seqlen };
    vec![
        // ---- Algorithms for the modal long convolution (spec §2.1, §2.2) ----
        // Direct causal convolution with the filter materialised at compile time.
        rw!("long-conv-direct"; "(modal_long_conv ?u ?p ?r)" => { alg(Family::Direct) }),
        // FFT convolution at the next power of two ≥ 2L−1, spectrum folded at compile time.
        rw!("long-conv-fft-pow2"; "(modal_long_conv ?u ?p ?r)" => { alg(Family::FftPow2) }),
        // FFT convolution at the next 2^a·3^b·5^c ≥ 2L−1 where that is shorter than pow2.
        rw!("long-conv-fft-smooth"; "(modal_long_conv ?u ?p ?r)" => { alg(Family::FftSmooth) }),
        // Chunks of b steps: direct inside a chunk, the modal state carries the rest.
        rw!("long-conv-block"; "(modal_long_conv ?u ?p ?r)" => { alg(Family::Block) }),
        // The recurrence s ← p·s + u, y = Re Σ R s, one step per token.
        rw!("long-conv-scan"; "(modal_long_conv ?u ?p ?r)" => { alg(Family::Scan) }),
        // ---- Algorithms for an explicit causal FIR (no bias): the long-convolution forms ----
        // Its taps as a direct long-convolution filter (so that the gating fuses around it).
        rw!("short-conv-direct"; "(short_conv ?x ?w none)" => "(long_conv (direct (fir_filter ?w)) ?x)"),
        // By an FFT at the next 2^a·3^b·5^c ≥ L + K − 1 (only worth it for long taps; K=3 stays direct).
        rw!("short-conv-fft"; "(short_conv ?x ?w none)" => { FirFft { seqlen } }),
        // ---- Fusion ----
        // x2 ⊙ (h ∗ (x1 ⊙ v) + D ⊙ (x1 ⊙ v)) as one kernel: x1, v, x2 read once, y written once.
        rw!("fuse-gated-conv"; "(mul (add (long_conv ?a (mul ?x1 ?v)) (d_skip (mul ?x1 ?v) ?d)) ?x2)" => "(gated_conv ?a ?x2 ?x1 ?v ?d)"),
        // Short FIR and channel split in the gated convolution's prologue: z in once, y out once.
        rw!("fuse-fir-split-prologue"; "(gated_conv ?a (hyena_split x2 ?h (short_conv ?z ?w ?b)) (hyena_split x1 ?h (short_conv ?z ?w ?b)) (hyena_split v ?h (short_conv ?z ?w ?b)) ?d)" => "(hyena_conv ?a ?h ?z ?w ?b ?d)"),
        // Rotary embedding of q and k into the attention kernel (same settings on both).
        rw!("fuse-rotary-attention"; "(attention ?h ?kh ?hd (rotary ?h ?hd ?b ?s ?q) (rotary ?kh ?hd ?b ?s ?k) ?v)" => "(rotary_attention ?h ?kh ?hd ?b ?s ?q ?k ?v)"),
        // RMSNorm in the prologue of the linear that reads it.
        rw!("fuse-norm-linear"; "(linear (rms_norm ?s ?e ?x ?g) ?w ?b)" => "(norm_linear ?s ?e ?x ?g ?w ?b)"),
        // The MLP's activation and gate in the up-projections' epilogue.
        rw!("fuse-mlp-gate"; "(mul (activation ?k (linear ?x ?w1 none)) (linear ?x ?w2 none))" => "(gated_mlp_up ?k ?x ?w1 ?w2)"),
        // RMSNorm in the prologue of the fused MLP up-projection.
        rw!("fuse-norm-mlp-gate"; "(gated_mlp_up ?k (rms_norm ?s ?e ?x ?g) ?w1 ?w2)" => "(norm_gated_mlp_up ?s ?e ?k ?x ?g ?w1 ?w2)"),
    ]
}

/// Names of the built-in rules.
pub fn builtin_rule_names() -> Vec<String> {
    builtin_rules(2)
        .iter()
        .map(|r| r.name.to_string())
        .collect()
}

/// Which algorithm an algorithm rule introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Direct,
    FftPow2,
    FftSmooth,
    Block,
    Scan,
}

/// Chunk sizes the block rule offers; extraction picks among them.
pub const BLOCK_SIZES: &[usize] = &[16, 64, 256];

/// Smallest power of two ≥ `m`.
pub fn next_pow2(m: usize) -> usize {
    m.max(1).next_power_of_two()
}

/// Smallest 2^a·3^b·5^c ≥ `m`.
pub fn next_smooth(m: usize) -> usize {
    let m = m.max(1);
    let mut best = next_pow2(m);
    let mut p5 = 1;
    while p5 < best {
        let mut p35 = p5;
        while p35 < best {
            let mut n = p35;
            while n < m {
                n *= 2;
            }
            best = best.min(n);
            p35 *= 3;
        }
        p5 *= 5;
    }
    best
}

/// The FFT length a family uses for length `l`, if the family applies.
pub fn fft_len(family: Family, l: usize) -> Option<usize> {
    let m = (2 * l).saturating_sub(1).max(1);
    match family {
        Family::FftPow2 => Some(next_pow2(m)),
        // Only where it differs from the power of two (else the rule adds nothing new).
        Family::FftSmooth => Some(next_smooth(m)).filter(|&n| n != next_pow2(m)),
        _ => None,
    }
}

/// Rewrites `(modal_long_conv ?u ?p ?r)` into `(long_conv ALG ?u)` for one algorithm family, with the
/// filter in the form that algorithm reads, sized for `seqlen`.
#[derive(Debug, Clone)]
pub struct ConvAlgorithm {
    pub family: Family,
    pub seqlen: usize,
}

impl Applier<HyenaLang, TypeAnalysis> for ConvAlgorithm {
    fn apply_one(
        &self,
        egraph: &mut HyenaEGraph,
        eclass: Id,
        subst: &Subst,
        _ast: Option<&PatternAst<HyenaLang>>,
        _rule: Symbol,
    ) -> Vec<Id> {
        let var = |s: &str| subst[s.parse::<Var>().expect("variable")];
        let (u, p, r) = (var("?u"), var("?p"), var("?r"));
        let l = self.seqlen.max(1);
        let filter = |g: &mut HyenaEGraph| {
            let len = g.add(HyenaLang::Num(l as i64));
            g.add(HyenaLang::ModalFilter([len, p, r]))
        };
        let mut algs = Vec::new();
        match self.family {
            Family::Direct => {
                let h = filter(egraph);
                algs.push(egraph.add(HyenaLang::Direct(h)));
            }
            Family::FftPow2 | Family::FftSmooth => {
                if let Some(n) = fft_len(self.family, l) {
                    let h = filter(egraph);
                    let nn = egraph.add(HyenaLang::Num(n as i64));
                    let spec = egraph.add(HyenaLang::Spectrum([nn, h]));
                    algs.push(egraph.add(HyenaLang::Fft([nn, spec])));
                }
            }
            Family::Block => {
                for &b in BLOCK_SIZES.iter().filter(|&&b| b < l) {
                    // The chunked form reads only the first b taps: materialise just those.
                    let bb = egraph.add(HyenaLang::Num(b as i64));
                    let h = egraph.add(HyenaLang::ModalFilter([bb, p, r]));
                    algs.push(egraph.add(HyenaLang::Block([bb, h, p, r])));
                }
            }
            Family::Scan => algs.push(egraph.add(HyenaLang::Scan([p, r]))),
        }
        let mut changed = Vec::new();
        for a in algs {
            let conv = egraph.add(HyenaLang::Conv([a, u]));
            if egraph.union(eclass, conv) {
                changed.push(conv);
            }
        }
        changed
    }
}

/// Rewrites a bias-free `(short_conv ?x ?w none)` of K taps into
/// `(long_conv (fft N (spectrum N (fir_filter ?w))) ?x)`, `N` the next 2^a·3^b·5^c ≥ L + K − 1
/// (the linear convolution of a call without history); a filter longer than `L` is cut to
/// its first `L` lags first.
#[derive(Debug, Clone)]
pub struct FirFft {
    pub seqlen: usize,
}

impl Applier<HyenaLang, TypeAnalysis> for FirFft {
    fn apply_one(
        &self,
        egraph: &mut HyenaEGraph,
        eclass: Id,
        subst: &Subst,
        _ast: Option<&PatternAst<HyenaLang>>,
        _rule: Symbol,
    ) -> Vec<Id> {
        let var = |s: &str| subst[s.parse::<Var>().expect("variable")];
        let (x, w) = (var("?x"), var("?w"));
        let k = match &egraph[w].data {
            super::analysis::Value::Tensor { ty, .. } => match ty.shape.last() {
                Some(crate::graph::Dim::Fixed(k)) => *k,
                _ => return vec![],
            },
            _ => return vec![],
        };
        // A call of at most L rows reads the first L lags of a longer filter (a Hyena filter
        // spans l_max): transform only those.
        let l = self.seqlen.max(1);
        let n = next_smooth(l + k.min(l) - 1);
        let nn = egraph.add(HyenaLang::Num(n as i64));
        let mut h = egraph.add(HyenaLang::FirFilter(w));
        if k > l {
            let len = egraph.add(HyenaLang::Num(l as i64));
            h = egraph.add(HyenaLang::FilterPrefix([len, h]));
        }
        let spec = egraph.add(HyenaLang::Spectrum([nn, h]));
        let alg = egraph.add(HyenaLang::Fft([nn, spec]));
        let conv = egraph.add(HyenaLang::Conv([alg, x]));
        if egraph.union(eclass, conv) {
            vec![conv]
        } else {
            vec![]
        }
    }
}

/// A rule from a user's rule file: `name: lhs => rhs`.
pub fn parse_rule(
    name: &str,
    lhs: &str,
    rhs: &str,
) -> Result<Rewrite<HyenaLang, TypeAnalysis>, String> {
    let l: Pattern<HyenaLang> = lhs.parse().map_err(|e| format!("left-hand side: {e}"))?;
    let r: Pattern<HyenaLang> = rhs.parse().map_err(|e| format!("right-hand side: {e}"))?;
    Rewrite::new(name, l, r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fft_lengths() {
        assert_eq!(next_pow2(95), 128);
        assert_eq!(next_smooth(95), 96);
        assert_eq!(next_smooth(127), 128);
        assert_eq!(next_smooth(1), 1);
        assert_eq!(fft_len(Family::FftPow2, 48), Some(128));
        assert_eq!(fft_len(Family::FftSmooth, 48), Some(96));
        assert_eq!(fft_len(Family::FftSmooth, 64), None);
        for m in 1..2000 {
            let n = next_smooth(m);
            assert!(n >= m);
            let mut k = n;
            for f in [2, 3, 5] {
                while k.is_multiple_of(f) {
                    k /= f;
                }
            }
            assert_eq!(k, 1, "{n}");
        }
    }
}
