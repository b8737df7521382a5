//! The optimised graph in the `hyena` MLIR dialect: one `func.func @forward` whose operations
//! are the graph's, verified by the IRDL definition (`dialects/`). It is the first MLIR stage of
//! `--dump-ir` and the form snapshot tests check.

use std::collections::HashMap;
use std::fmt::Write;

use hyenac_models::{MlpActivation, NormStyle};
use petgraph::graph::NodeIndex;

use super::builder::float_literal;
use crate::graph::{ConvAlg, Dim, Graph, GraphError, Op, TensorType};

fn tensor(t: &TensorType) -> String {
    let dims: Vec<String> = t
        .shape
        .iter()
        .map(|d| match d {
            Dim::Seq => "?".to_string(),
            Dim::Fixed(n) => n.to_string(),
        })
        .collect();
    let elem = t.dtype.name();
    format!("tensor<{}x{elem}>", dims.join("x"))
}

fn alg_attrs(alg: &ConvAlg) -> String {
    let (name, size) = match alg {
        ConvAlg::Direct => ("direct", 0),
        ConvAlg::Fft { n } => ("fft", *n),
        ConvAlg::Block { b } => ("block", *b),
        ConvAlg::Scan => ("scan", 0),
    };
    format!("algorithm = \"{name}\", size = {size} : i64")
}

/// `operandSegmentSizes` from the op table's slots: one group per declared slot (0 for an
/// absent optional operand); the filter is one required and two optional groups in the dialect.
fn segments(op: &Op) -> String {
    let mut all = Vec::new();
    for (slot, n) in op.operand_groups() {
        if slot == "filter" {
            all.extend([1, usize::from(n >= 2), usize::from(n >= 3)]);
        } else {
            all.push(n);
        }
    }
    let all: Vec<String> = all.iter().map(|n| n.to_string()).collect();
    format!("operandSegmentSizes = array<i32: {}>", all.join(", "))
}

fn norm_attrs(eps: f64, style: NormStyle) -> String {
    format!(
        "eps = {} : f64, eps_inside_sqrt = {}",
        float_literal(eps),
        style == NormStyle::EpsInsideSqrt
    )
}

fn kind(k: MlpActivation) -> &'static str {
    k.name()
}

/// The graph as a module in the `hyena` dialect (generic operation syntax).
pub fn to_hyena_module(g: &Graph) -> Result<String, GraphError> {
    let mut names: HashMap<NodeIndex, String> = HashMap::new();
    let mut body = String::new();
    let mut results = Vec::new();
    for n in g.topo_order()? {
        let node = &g.g[n];
        let ops = g.operands(n);
        let operand_list: Vec<String> = ops.iter().map(|o| names[o].clone()).collect();
        let operand_types: Vec<String> = ops.iter().map(|o| tensor(&g.g[*o].ty)).collect();
        let ty = tensor(&node.ty);
        // The dialect calls every operation by its graph mnemonic (one name everywhere).
        let name = node.op.mnemonic();
        let attrs = match &node.op {
            Op::Tokens => {
                names.insert(n, "%tokens".into());
                continue;
            }
            Op::Output { name } => {
                results.push((name.clone(), operand_list[0].clone(), ty));
                continue;
            }
            Op::Weight { name, .. } => format!("name = \"{name}\""),
            Op::Embedding => String::new(),
            Op::RmsNorm { eps, style } => norm_attrs(*eps, *style),
            Op::Linear { .. } => String::new(),
            Op::ShortConv { kernel, .. } => format!("kernel_size = {kernel} : i64"),
            Op::ShortConvFft { n, kernel, .. } => format!("kernel_size = {kernel} : i64, fft_size = {n} : i64"),
            Op::HyenaSplit { stream, heads } => format!(
                    "stream = {} : i64, heads = {} : i64",
                    stream.index(),
                    heads.unwrap_or(0)
                ),
            Op::ColumnSlice { start, len } => format!("start = {start} : i64, len = {len} : i64"),
            Op::Mul => String::new(),
            Op::Add => String::new(),
            Op::DSkip => String::new(),
            Op::Activation { kind: k } => format!("kind = \"{}\"", kind(*k)),
            Op::Rotary {
                heads,
                head_dim,
                base,
                position_scale,
            } => format!(
                    "heads = {heads} : i64, head_dim = {head_dim} : i64, base = {} : f64, position_scale = {} : f64",
                    float_literal(*base),
                    float_literal(*position_scale)
                ),
            Op::Attention {
                heads,
                kv_heads,
                head_dim,
            } => format!("heads = {heads} : i64, kv_heads = {kv_heads} : i64, head_dim = {head_dim} : i64"),
            Op::RotaryAttention {
                heads,
                kv_heads,
                head_dim,
                base,
                position_scale,
            } => format!(
                    "heads = {heads} : i64, kv_heads = {kv_heads} : i64, head_dim = {head_dim} : i64, base = {} : f64, position_scale = {} : f64",
                    float_literal(*base),
                    float_literal(*position_scale)
                ),
            Op::RotaryFreqs {
                heads,
                head_dim,
                position_scale,
            } => format!(
                "heads = {heads} : i64, head_dim = {head_dim} : i64, position_scale = {} : f64",
                float_literal(*position_scale)
            ),
            Op::Deinterleave { streams, block } => {
                format!("streams = {streams} : i64, block = {block} : i64")
            }
            Op::ExpandGroups { channels } => format!("channels = {channels} : i64"),
            Op::ReverseTaps | Op::FirFilter | Op::RealPoles | Op::RealResidues => String::new(),
            Op::ModalLongConv { .. } => String::new(),
            Op::ModalFilter { len } | Op::FilterPrefix { len } => format!("len = {len} : i64"),
            Op::LayerNorm { eps } => format!("eps = {} : f64", float_literal(*eps)),
            Op::ImplicitFilter { shift, modulate } => format!(
                "shift = {} : f64, modulate = {modulate}",
                float_literal(*shift)
            ),
            Op::StridedRows {
                offset,
                stride,
                count,
            } => format!("offset = {offset} : i64, stride = {stride} : i64, count = {count} : i64"),
            Op::Spectrum { n } => format!("fft_size = {n} : i64"),
            Op::LongConv { alg } => format!("{}, {}", alg_attrs(alg), segments(&node.op)),
            Op::GatedConv { alg } => format!("{}, {}", alg_attrs(alg), segments(&node.op)),
            Op::HyenaConv {
                alg,
                kernel,
                heads,
                ..
            } => format!(
                    "{}, kernel_size = {kernel} : i64, heads = {} : i64, {}",
                    alg_attrs(alg),
                    heads.unwrap_or(0),
                    segments(&node.op)
                ),
            Op::NormLinear { eps, style, .. } => norm_attrs(*eps, *style),
            Op::GatedMlpUp { kind: k } => format!("kind = \"{}\"", kind(*k)),
            Op::NormGatedMlpUp { eps, style, kind: k } => format!("kind = \"{}\", {}", kind(*k), norm_attrs(*eps, *style)),
        };
        let v = format!("%{}", n.index());
        let attrs = if attrs.is_empty() {
            String::new()
        } else {
            format!(" {{{attrs}}}")
        };
        let _ = writeln!(
            body,
            "    {v} = \"hyena.{name}\"({}){attrs} : ({}) -> {ty}",
            operand_list.join(", "),
            operand_types.join(", ")
        );
        names.insert(n, v);
    }
    let tokens_ty = "tensor<?xi64>";
    let result_types: Vec<String> = results.iter().map(|r| r.2.clone()).collect();
    let result_values: Vec<String> = results.iter().map(|r| r.1.clone()).collect();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "// {}: outputs {}",
        g.name,
        results
            .iter()
            .map(|r| r.0.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(out, "module {{");
    let _ = writeln!(
        out,
        "  func.func @forward(%tokens: {tokens_ty}) -> ({}) {{",
        result_types.join(", ")
    );
    out.push_str(&body);
    let _ = writeln!(
        out,
        "    return {} : {}",
        result_values.join(", "),
        result_types.join(", ")
    );
    let _ = writeln!(out, "  }}\n}}");
    Ok(out)
}
