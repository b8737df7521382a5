//! The e-class analysis: the type of each tensor class (shape and dtype, the same inference as
//! the graph), whether it is a compile-time constant, and the layer it belongs to.

use std::collections::HashMap;

use egg::{Analysis, DidMerge, EGraph, Id, Language, Symbol};

use super::lang::{HyenaLang, NONE};
use crate::graph::{ConvAlg, Op, TensorType};

/// What an e-class denotes.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A tensor: its type, whether it depends on weights alone, its layer.
    Tensor {
        ty: TensorType,
        constant: bool,
        layer: Option<usize>,
    },
    /// An integer attribute.
    Int(i64),
    /// A symbolic attribute (also `none`).
    Sym(Symbol),
    /// A convolution algorithm descriptor with its filter operands.
    Alg {
        alg: ConvAlg,
        filter: Vec<Id>,
        layer: Option<usize>,
    },
    /// A node that does not type-check (only user rules can build one).
    Invalid(String),
}

/// Analysis state: the weight shapes the `weight` leaves refer to, and type conflicts found
/// while merging (an unsound rule).
#[derive(Debug, Default, Clone)]
pub struct TypeAnalysis {
    /// Every weight of the graph: its shape and the layer its graph node belongs to.
    pub weights: HashMap<Symbol, (Vec<usize>, Option<usize>)>,
    pub conflicts: Vec<String>,
}

pub type HyenaEGraph = EGraph<HyenaLang, TypeAnalysis>;

/// The graph operation an e-node stands for and its tensor operands, or `None` for attribute
/// leaves and algorithm descriptors. `value` reads the analysis value of a child.
pub fn enode_op<'a>(
    node: &HyenaLang,
    value: &dyn Fn(Id) -> &'a Value,
) -> Result<Option<(Op, Vec<Id>)>, String> {
    use crate::graph::Stream;
    use hyenac_models::{MlpActivation, NormStyle};
    let int = |id: Id| match value(id) {
        Value::Int(i) if *i >= 0 => Ok(*i as usize),
        other => Err(format!(
            "expected a non-negative integer attribute, found {other:?}"
        )),
    };
    let sym = |id: Id| match value(id) {
        Value::Sym(s) => Ok(s.as_str()),
        other => Err(format!("expected a symbol attribute, found {other:?}")),
    };
    let float = |id: Id| -> Result<f64, String> {
        match value(id) {
            Value::Sym(s) => s
                .as_str()
                .parse()
                .map_err(|_| format!("`{s}` is not a number")),
            Value::Int(i) => Ok(*i as f64),
            other => Err(format!("expected a number attribute, found {other:?}")),
        }
    };
    let style = |id: Id| match sym(id)? {
        "eps_outside" => Ok(NormStyle::EpsOutsideSqrt),
        "eps_inside" => Ok(NormStyle::EpsInsideSqrt),
        s => Err(format!("unknown norm style `{s}`")),
    };
    let kind = |id: Id| {
        let s = sym(id)?;
        MlpActivation::parse(s).ok_or_else(|| format!("unknown activation `{s}`"))
    };
    let optional = |id: Id| matches!(value(id), Value::Sym(s) if s.as_str() == NONE);
    let alg = |id: Id| match value(id) {
        Value::Alg { alg, filter, .. } => Ok((*alg, filter.clone())),
        other => Err(format!("expected an algorithm descriptor, found {other:?}")),
    };
    let with_opt = |mut ops: Vec<Id>, b: Id| {
        if !optional(b) {
            ops.push(b);
        }
        ops
    };
    use HyenaLang as L;
    Ok(Some(match node {
        L::Num(_) | L::Symbol(_) | L::Direct(_) | L::Fft(_) | L::Block(_) | L::Scan(_) => {
            return Ok(None)
        }
        L::Tokens => (Op::Tokens, vec![]),
        L::Weight(_) => return Ok(None), // typed from the weight table, see `make`
        L::Embedding([t, x]) => (Op::Embedding, vec![*t, *x]),
        L::RmsNorm([s, e, x, g]) => (
            Op::RmsNorm {
                eps: float(*e)?,
                style: style(*s)?,
            },
            vec![*x, *g],
        ),
        L::Linear([x, w, b]) => (
            Op::Linear {
                bias: !optional(*b),
            },
            with_opt(vec![*x, *w], *b),
        ),
        L::ShortConv([x, w, b]) => {
            let k = match value(*w) {
                Value::Tensor { ty, .. } => match ty.shape.last() {
                    Some(crate::graph::Dim::Fixed(k)) => *k,
                    _ => return Err("short_conv weight has no fixed kernel size".into()),
                },
                _ => return Err("short_conv weight is not a tensor".into()),
            };
            (
                Op::ShortConv {
                    kernel: k,
                    bias: !optional(*b),
                },
                with_opt(vec![*x, *w], *b),
            )
        }
        L::ShortConvFft([n, x, w, b]) => {
            let k = match value(*w) {
                Value::Tensor { ty, .. } => match ty.shape.last() {
                    Some(crate::graph::Dim::Fixed(k)) => *k,
                    _ => return Err("short_conv_fft weight has no fixed kernel size".into()),
                },
                _ => return Err("short_conv_fft weight is not a tensor".into()),
            };
            (
                Op::ShortConvFft {
                    n: int(*n)?,
                    kernel: k,
                    bias: !optional(*b),
                },
                with_opt(vec![*x, *w], *b),
            )
        }
        L::Split([s, h, x]) => {
            let name = sym(*s)?;
            let stream = Stream::parse(name).ok_or_else(|| format!("unknown stream `{name}`"))?;
            let heads = int(*h)?;
            (
                Op::HyenaSplit {
                    stream,
                    heads: (heads > 0).then_some(heads),
                },
                vec![*x],
            )
        }
        L::Slice([s, l, x]) => (
            Op::ColumnSlice {
                start: int(*s)?,
                len: int(*l)?,
            },
            vec![*x],
        ),
        L::Mul([a, b]) => (Op::Mul, vec![*a, *b]),
        L::Add([a, b]) => (Op::Add, vec![*a, *b]),
        L::ModalConv([u, p, r]) => {
            let n = match value(*p) {
                Value::Tensor { ty, .. } if ty.shape.len() == 4 => match ty.shape[1] {
                    crate::graph::Dim::Fixed(n) => n,
                    _ => return Err("poles without a fixed state size".into()),
                },
                _ => return Err("modal_conv poles are not [D, N, 1, 2]".into()),
            };
            (Op::ModalLongConv { state_size: n }, vec![*u, *p, *r])
        }
        L::DSkip([u, d]) => (Op::DSkip, vec![*u, *d]),
        L::Rotary([h, hd, b, s, x]) => (
            Op::Rotary {
                heads: int(*h)?,
                head_dim: int(*hd)?,
                base: float(*b)?,
                position_scale: float(*s)?,
            },
            vec![*x],
        ),
        L::RotaryFreqs([h, hd, s, x, f]) => (
            Op::RotaryFreqs {
                heads: int(*h)?,
                head_dim: int(*hd)?,
                position_scale: float(*s)?,
            },
            vec![*x, *f],
        ),
        L::Deinterleave([s, b, w]) => (
            Op::Deinterleave {
                streams: int(*s)?,
                block: int(*b)?,
            },
            vec![*w],
        ),
        L::ExpandGroups([c, h]) => (Op::ExpandGroups { channels: int(*c)? }, vec![*h]),
        L::ReverseTaps(h) => (Op::ReverseTaps, vec![*h]),
        L::FirFilter(w) => (Op::FirFilter, vec![*w]),
        L::RealPoles(p) => (Op::RealPoles, vec![*p]),
        L::RealResidues(r) => (Op::RealResidues, vec![*r]),
        L::LayerNorm([e, x, g, b]) => (Op::LayerNorm { eps: float(*e)? }, vec![*x, *g, *b]),
        L::ImplicitFilter(ids) => (
            Op::ImplicitFilter {
                shift: float(ids[0])?,
                modulate: match sym(ids[1])? {
                    "true" => true,
                    "false" => false,
                    s => return Err(format!("modulate must be true or false, not `{s}`")),
                },
            },
            ids[2..].to_vec(),
        ),
        L::StridedRows([o, s, c, x]) => (
            Op::StridedRows {
                offset: int(*o)?,
                stride: int(*s)?,
                count: int(*c)?,
            },
            vec![*x],
        ),
        L::FilterPrefix([n, h]) => (Op::FilterPrefix { len: int(*n)? }, vec![*h]),
        L::RotaryAttention([h, kv, hd, b, s, q, k, v]) => (
            Op::RotaryAttention {
                heads: int(*h)?,
                kv_heads: int(*kv)?,
                head_dim: int(*hd)?,
                base: float(*b)?,
                position_scale: float(*s)?,
            },
            vec![*q, *k, *v],
        ),
        L::Attention([h, kv, hd, q, k, v]) => (
            Op::Attention {
                heads: int(*h)?,
                kv_heads: int(*kv)?,
                head_dim: int(*hd)?,
            },
            vec![*q, *k, *v],
        ),
        L::Act([k, x]) => (Op::Activation { kind: kind(*k)? }, vec![*x]),
        L::Output([n, x]) => (
            Op::Output {
                name: sym(*n)?.to_string(),
            },
            vec![*x],
        ),
        L::ModalFilter([len, p, r]) => (Op::ModalFilter { len: int(*len)? }, vec![*p, *r]),
        L::Spectrum([n, h]) => (Op::Spectrum { n: int(*n)? }, vec![*h]),
        L::Conv([a, u]) => {
            let (alg, filter) = alg(*a)?;
            let mut ops = vec![*u];
            ops.extend(filter);
            (Op::LongConv { alg }, ops)
        }
        L::GatedConv([a, x2, x1, v, d]) => {
            let (alg, filter) = alg(*a)?;
            let mut ops = vec![*x2, *x1, *v, *d];
            ops.extend(filter);
            (Op::GatedConv { alg }, ops)
        }
        L::HyenaConv([a, h, z, w, b, d]) => {
            let (alg, filter) = alg(*a)?;
            let kernel = match value(*w) {
                Value::Tensor { ty, .. } => match ty.shape.last() {
                    Some(crate::graph::Dim::Fixed(k)) => *k,
                    _ => return Err("fir weight has no fixed kernel size".into()),
                },
                _ => return Err("fir weight is not a tensor".into()),
            };
            let heads = int(*h)?;
            let mut ops = with_opt(vec![*z, *w], *b);
            ops.push(*d);
            ops.extend(filter);
            (
                Op::HyenaConv {
                    alg,
                    kernel,
                    heads: (heads > 0).then_some(heads),
                    fir_bias: !optional(*b),
                },
                ops,
            )
        }
        L::NormLinear([s, e, x, g, w, b]) => (
            Op::NormLinear {
                eps: float(*e)?,
                style: style(*s)?,
                bias: !optional(*b),
            },
            with_opt(vec![*x, *g, *w], *b),
        ),
        L::MlpUp([k, x, w1, w2]) => (Op::GatedMlpUp { kind: kind(*k)? }, vec![*x, *w1, *w2]),
        L::NormMlpUp([s, e, k, x, g, w1, w2]) => (
            Op::NormGatedMlpUp {
                eps: float(*e)?,
                style: style(*s)?,
                kind: kind(*k)?,
            },
            vec![*x, *g, *w1, *w2],
        ),
    }))
}

/// The algorithm a descriptor node denotes (sizes read from its attribute children).
fn descriptor(
    node: &HyenaLang,
    value: &dyn Fn(Id) -> Value,
) -> Option<Result<(ConvAlg, Vec<Id>), String>> {
    let int = |id: Id| match value(id) {
        Value::Int(i) if i > 0 => Ok(i as usize),
        other => Err(format!("expected a positive size, found {other:?}")),
    };
    Some(match node {
        HyenaLang::Direct(h) => Ok((ConvAlg::Direct, vec![*h])),
        HyenaLang::Fft([n, s]) => int(*n).map(|n| (ConvAlg::Fft { n }, vec![*s])),
        HyenaLang::Block([b, h, p, r]) => int(*b).map(|b| (ConvAlg::Block { b }, vec![*h, *p, *r])),
        HyenaLang::Scan([p, r]) => Ok((ConvAlg::Scan, vec![*p, *r])),
        _ => return None,
    })
}

impl Analysis<HyenaLang> for TypeAnalysis {
    type Data = Value;

    fn make(egraph: &mut HyenaEGraph, enode: &HyenaLang, _id: Id) -> Value {
        let value = |id: Id| egraph[id].data.clone();
        match enode {
            HyenaLang::Num(i) => return Value::Int(*i),
            HyenaLang::Symbol(s) => return Value::Sym(*s),
            HyenaLang::Weight(name) => {
                let Value::Sym(s) = value(*name) else {
                    return Value::Invalid("weight name is not a symbol".into());
                };
                // The layer is the graph node's, not parsed back out of the weight's name.
                return match egraph.analysis.weights.get(&s) {
                    Some((shape, layer)) => Value::Tensor {
                        ty: TensorType::fixed(shape),
                        constant: true,
                        layer: *layer,
                    },
                    None => Value::Invalid(format!("unknown weight `{s}`")),
                };
            }
            _ => {}
        }
        if let Some(d) = descriptor(enode, &value) {
            return match d {
                Ok((alg, filter)) => {
                    let layer = filter.iter().find_map(|&f| match value(f) {
                        Value::Tensor { layer, .. } => layer,
                        _ => None,
                    });
                    Value::Alg { alg, filter, layer }
                }
                Err(e) => Value::Invalid(e),
            };
        }
        let children: HashMap<Id, Value> = enode
            .children()
            .iter()
            .map(|&c| (c, egraph[c].data.clone()))
            .collect();
        let get = |id: Id| &children[&id];
        let (op, operands) = match enode_op(enode, &get) {
            Ok(Some(x)) => x,
            Ok(None) => return Value::Invalid("not a tensor operation".into()),
            Err(e) => return Value::Invalid(e),
        };
        // Descriptor filter ids are not children of this node: read them from the e-graph.
        let mut types = Vec::new();
        let mut constant = !matches!(op, Op::Tokens);
        // A node belongs to the layer of the weights it reads (none: model level), else to the
        // latest layer among its activations.
        let (mut weight_layer, mut reads_weight, mut act_layer) = (None, false, None);
        for id in &operands {
            match egraph[*id].data.clone() {
                Value::Tensor {
                    ty,
                    constant: c,
                    layer: l,
                } => {
                    types.push(ty);
                    constant &= c;
                    if c {
                        reads_weight = true;
                        weight_layer = weight_layer.max(l);
                    } else {
                        act_layer = act_layer.max(l);
                    }
                }
                other => return Value::Invalid(format!("operand is not a tensor: {other:?}")),
            }
        }
        let layer = if reads_weight {
            weight_layer
        } else {
            act_layer
        };
        let refs: Vec<&TensorType> = types.iter().collect();
        match op.infer(&refs) {
            Ok(ty) => Value::Tensor {
                ty,
                constant,
                layer,
            },
            Err(e) => Value::Invalid(e.to_string()),
        }
    }

    fn merge(&mut self, a: &mut Value, b: Value) -> DidMerge {
        if *a == b {
            return DidMerge(false, false);
        }
        match (&mut *a, &b) {
            (
                Value::Tensor {
                    ty: ta,
                    constant: ca,
                    layer: la,
                },
                Value::Tensor {
                    ty: tb,
                    constant: cb,
                    layer: lb,
                },
            ) if ta == tb => {
                let changed = (*cb && !*ca) || (la.is_none() && lb.is_some());
                *ca |= *cb;
                *la = la.or(*lb);
                DidMerge(changed, true)
            }
            (Value::Invalid(e), _) => {
                self.conflicts
                    .push(format!("ill-typed term merged into a valid class: {e}"));
                *a = b;
                DidMerge(true, false)
            }
            (_, Value::Invalid(e)) => {
                self.conflicts
                    .push(format!("ill-typed term merged into a valid class: {e}"));
                DidMerge(false, true)
            }
            _ => {
                self.conflicts.push(format!("merged {a:?} with {b:?}"));
                DidMerge(false, true)
            }
        }
    }
}
