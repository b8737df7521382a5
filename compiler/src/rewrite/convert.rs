//! Graph → e-graph, and an extraction back to a graph.

use std::collections::HashMap;

use egg::{Id, Language, Symbol};
use hyenac_models::NormStyle;
use petgraph::graph::NodeIndex;

use super::analysis::{enode_op, HyenaEGraph, TypeAnalysis, Value};
use super::lang::{HyenaLang, NONE};
use super::RewriteError;
use crate::graph::{Graph, Op};

/// The e-graph of a graph, and the classes of its outputs by name.
pub fn to_egraph(graph: &Graph) -> Result<(HyenaEGraph, Vec<(String, Id)>), RewriteError> {
    let mut analysis = TypeAnalysis::default();
    for (name, shape, n) in graph.weights() {
        analysis
            .weights
            .insert(Symbol::from(name.as_str()), (shape, graph.g[n].layer));
    }
    let mut eg = HyenaEGraph::new(analysis);
    let mut ids: HashMap<NodeIndex, Id> = HashMap::new();
    let mut outputs = Vec::new();
    for n in graph.topo_order()? {
        let ops: Vec<Id> = graph.operands(n).iter().map(|o| ids[o]).collect();
        let sym = |eg: &mut HyenaEGraph, s: &str| eg.add(HyenaLang::Symbol(Symbol::from(s)));
        let num = |eg: &mut HyenaEGraph, v: usize| eg.add(HyenaLang::Num(v as i64));
        let float = |eg: &mut HyenaEGraph, v: f64| {
            eg.add(HyenaLang::Symbol(Symbol::from(format!("{v:?}"))))
        };
        let opt = |eg: &mut HyenaEGraph, i: usize| match ops.get(i) {
            Some(&id) => id,
            None => eg.add(HyenaLang::Symbol(Symbol::from(NONE))),
        };
        let style = |s: NormStyle| match s {
            NormStyle::EpsOutsideSqrt => "eps_outside",
            NormStyle::EpsInsideSqrt => "eps_inside",
        };
        let enode = match &graph.g[n].op {
            Op::Tokens => HyenaLang::Tokens,
            Op::Weight { name, .. } => HyenaLang::Weight(sym(&mut eg, name)),
            Op::Embedding => HyenaLang::Embedding([ops[0], ops[1]]),
            Op::RmsNorm { eps, style: s } => HyenaLang::RmsNorm([
                sym(&mut eg, style(*s)),
                float(&mut eg, *eps),
                ops[0],
                ops[1],
            ]),
            Op::Linear { .. } => HyenaLang::Linear([ops[0], ops[1], opt(&mut eg, 2)]),
            Op::ShortConv { .. } => HyenaLang::ShortConv([ops[0], ops[1], opt(&mut eg, 2)]),
            Op::HyenaSplit { stream, heads } => {
                let s = stream.name();
                HyenaLang::Split([sym(&mut eg, &s), num(&mut eg, heads.unwrap_or(0)), ops[0]])
            }
            Op::ColumnSlice { start, len } => {
                HyenaLang::Slice([num(&mut eg, *start), num(&mut eg, *len), ops[0]])
            }
            Op::Mul => HyenaLang::Mul([ops[0], ops[1]]),
            Op::Add => HyenaLang::Add([ops[0], ops[1]]),
            Op::ModalLongConv { .. } => HyenaLang::ModalConv([ops[0], ops[1], ops[2]]),
            Op::DSkip => HyenaLang::DSkip([ops[0], ops[1]]),
            Op::Rotary {
                heads,
                head_dim,
                base,
                position_scale,
            } => HyenaLang::Rotary([
                num(&mut eg, *heads),
                num(&mut eg, *head_dim),
                float(&mut eg, *base),
                float(&mut eg, *position_scale),
                ops[0],
            ]),
            Op::RotaryFreqs {
                heads,
                head_dim,
                position_scale,
            } => HyenaLang::RotaryFreqs([
                num(&mut eg, *heads),
                num(&mut eg, *head_dim),
                float(&mut eg, *position_scale),
                ops[0],
                ops[1],
            ]),
            Op::Deinterleave { streams, block } => {
                HyenaLang::Deinterleave([num(&mut eg, *streams), num(&mut eg, *block), ops[0]])
            }
            Op::ExpandGroups { channels } => {
                HyenaLang::ExpandGroups([num(&mut eg, *channels), ops[0]])
            }
            Op::ReverseTaps => HyenaLang::ReverseTaps(ops[0]),
            Op::FirFilter => HyenaLang::FirFilter(ops[0]),
            Op::RealPoles => HyenaLang::RealPoles(ops[0]),
            Op::RealResidues => HyenaLang::RealResidues(ops[0]),
            Op::LayerNorm { eps } => {
                HyenaLang::LayerNorm([float(&mut eg, *eps), ops[0], ops[1], ops[2]])
            }
            Op::ImplicitFilter { shift, modulate } => {
                let mut ids = [float(&mut eg, *shift); 13];
                ids[1] = sym(&mut eg, if *modulate { "true" } else { "false" });
                ids[2..].copy_from_slice(&ops[..11]);
                HyenaLang::ImplicitFilter(ids)
            }
            Op::StridedRows {
                offset,
                stride,
                count,
            } => HyenaLang::StridedRows([
                num(&mut eg, *offset),
                num(&mut eg, *stride),
                num(&mut eg, *count),
                ops[0],
            ]),
            Op::FilterPrefix { len } => HyenaLang::FilterPrefix([num(&mut eg, *len), ops[0]]),
            Op::Attention {
                heads,
                kv_heads,
                head_dim,
            } => HyenaLang::Attention([
                num(&mut eg, *heads),
                num(&mut eg, *kv_heads),
                num(&mut eg, *head_dim),
                ops[0],
                ops[1],
                ops[2],
            ]),
            Op::RotaryAttention {
                heads,
                kv_heads,
                head_dim,
                base,
                position_scale,
            } => HyenaLang::RotaryAttention([
                num(&mut eg, *heads),
                num(&mut eg, *kv_heads),
                num(&mut eg, *head_dim),
                float(&mut eg, *base),
                float(&mut eg, *position_scale),
                ops[0],
                ops[1],
                ops[2],
            ]),
            Op::Activation { kind } => HyenaLang::Act([sym(&mut eg, kind.name()), ops[0]]),
            Op::Output { name } => {
                let s = sym(&mut eg, name);
                let id = eg.add(HyenaLang::Output([s, ops[0]]));
                outputs.push((name.clone(), id));
                ids.insert(n, id);
                continue;
            }
            other => {
                return Err(RewriteError::Input(format!(
                    "`{}` is already a rewritten form; optimise the graph built from the config",
                    other.mnemonic()
                )))
            }
        };
        ids.insert(n, eg.add(enode));
    }
    eg.rebuild();
    Ok((eg, outputs))
}

/// Builds the graph of the chosen e-nodes reachable from the outputs.
pub fn from_extraction(
    eg: &HyenaEGraph,
    name: &str,
    choice: &HashMap<Id, HyenaLang>,
    outputs: &[(String, Id)],
) -> Result<Graph, RewriteError> {
    let mut graph = Graph::new(name);
    let mut memo: HashMap<Id, NodeIndex> = HashMap::new();
    for (_, root) in outputs {
        build(eg, choice, eg.find(*root), &mut graph, &mut memo)?;
    }
    Ok(graph)
}

fn build(
    eg: &HyenaEGraph,
    choice: &HashMap<Id, HyenaLang>,
    class: Id,
    graph: &mut Graph,
    memo: &mut HashMap<Id, NodeIndex>,
) -> Result<NodeIndex, RewriteError> {
    if let Some(&n) = memo.get(&class) {
        return Ok(n);
    }
    let node = choice
        .get(&class)
        .ok_or_else(|| RewriteError::Extraction(format!("class {class} has no chosen node")))?;
    let value = |id: Id| &eg[id].data;
    let (op, operands) = match node {
        HyenaLang::Weight(name) => {
            let Value::Sym(s) = &eg[*name].data else {
                return Err(RewriteError::Extraction("weight without a name".into()));
            };
            let shape = eg.analysis.weights[s].0.clone();
            (
                Op::Weight {
                    name: s.to_string(),
                    shape,
                    // Storage types are chosen after extraction (`graph::precision`).
                    dtype: hyenac_runtime::DType::F32,
                },
                vec![],
            )
        }
        other => enode_op(other, &value)
            .map_err(RewriteError::Extraction)?
            .ok_or_else(|| {
                RewriteError::Extraction(format!("{other} is not a tensor operation"))
            })?,
    };
    let mut inputs = Vec::new();
    for id in operands {
        inputs.push(build(eg, choice, eg.find(id), graph, memo)?);
    }
    let layer = match &eg[class].data {
        Value::Tensor { layer, .. } => *layer,
        _ => None,
    };
    let n = graph.add(op, &inputs, layer)?;
    memo.insert(class, n);
    let _ = node.children();
    Ok(n)
}
