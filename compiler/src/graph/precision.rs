//! The precision policy: which tensors are stored in a 16-bit float type.
//!
//! `--precision bf16|f16` stores the weights of matrix products (`linear`, `norm_linear`,
//! `gated_mlp_up`, `norm_gated_mlp_up`: the projections, attention's, the MLP's and the
//! unembedding) in that type; the products read them widened and accumulate in f32. Everything
//! else stays as it is: activations between kernels in f32, norms, softmax and gating in f32,
//! biases, norm scales, the embedding table (also when tied to the unembedding), FIR taps,
//! poles, residues and the filters and spectra derived from them in f32 (the modal parameters
//! are precision-critical), the modal decode state in f64. Attention's key/value caches of a
//! bf16 stateful plan are bf16 ([`cache_dtype`]): the AMX attention reads its keys and values
//! in bf16 anyway, and at 32k tokens the 7B's caches are 4 GiB in f32. The pass runs on the
//! optimised graph,
//! so the rewrites and the cost model see one graph whatever the precision.

use petgraph::Direction;

use super::{DType, Graph, GraphError, Op};

/// The precisions hyenac compiles for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Precision {
    /// Everything in f32 (the default; exactly as accurate as before the policy existed).
    #[default]
    F32,
    /// Matrix-product weights in bfloat16.
    BF16,
    /// Matrix-product weights in IEEE half precision.
    F16,
}

impl Precision {
    /// `f32`, `bf16` or `f16` (also `--precision`'s parser).
    pub fn parse(s: &str) -> Result<Precision, String> {
        match s {
            "f32" => Ok(Precision::F32),
            "bf16" => Ok(Precision::BF16),
            "f16" => Ok(Precision::F16),
            other => Err(format!("unknown precision `{other}` (f32, bf16, f16)")),
        }
    }

    /// The storage type of matrix-product weights.
    pub fn weight_dtype(self) -> DType {
        match self {
            Precision::F32 => DType::F32,
            Precision::BF16 => DType::BF16,
            Precision::F16 => DType::F16,
        }
    }

    /// The name, as the option takes it.
    pub fn name(self) -> &'static str {
        self.weight_dtype().name()
    }
}

/// Whether operand `index` of `op` is a matrix product's weight (the one place a 16-bit
/// tensor may be read: the pass and the kernel generator both ask this).
pub fn is_product_weight(op: &Op, index: usize) -> bool {
    matches!(
        op,
        Op::Linear { .. }
            | Op::NormLinear { .. }
            | Op::GatedMlpUp { .. }
            | Op::NormGatedMlpUp { .. }
    ) && op
        .operand_names()
        .get(index)
        .is_some_and(|s| ["weight", "w1", "w2"].contains(s))
}

/// The element type of attention's key/value caches in `graph`: bf16 where its matrix
/// products' weights are bf16 (halving the caches' memory and the bytes a decode step reads;
/// keys and values enter the cache rounded, as a bf16 model's projections would produce them),
/// else f32. f16 plans keep f32 caches: f16's range (±65504) cannot hold every key a model may
/// compute, and the policy refuses an overflow rather than making it infinite.
pub fn cache_dtype(graph: &Graph) -> DType {
    if graph.g.node_weights().any(|w| w.ty.dtype == DType::BF16) {
        DType::BF16
    } else {
        DType::F32
    }
}

/// Whether every use of node `n` is a matrix product's weight slot, directly or through a
/// row relayout (`deinterleave`, which moves rows and so stores whatever type it reads).
fn only_product_weights(graph: &Graph, n: petgraph::graph::NodeIndex) -> bool {
    use petgraph::visit::EdgeRef;
    let mut uses = graph.g.edges_directed(n, Direction::Outgoing).peekable();
    uses.peek().is_some()
        && uses.all(|e| {
            let user = e.target();
            match graph.g[user].op {
                Op::Deinterleave { .. } => only_product_weights(graph, user),
                ref op => is_product_weight(op, *e.weight()),
            }
        })
}

/// Stores every weight that only matrix products read, in their weight slots (directly or
/// through a row relayout), as the precision's type; returns how many weights changed.
pub fn apply_precision(graph: &mut Graph, precision: Precision) -> Result<usize, GraphError> {
    let dtype = precision.weight_dtype();
    if dtype == DType::F32 {
        return Ok(0);
    }
    let mut changed = 0;
    for n in graph.g.node_indices().collect::<Vec<_>>() {
        if !matches!(graph.g[n].op, Op::Weight { .. }) || !only_product_weights(graph, n) {
            continue;
        }
        if let Op::Weight { dtype: d, .. } = &mut graph.g[n].op {
            *d = dtype;
        }
        graph.g[n].ty.dtype = dtype;
        changed += 1;
        // The relayouts between it and the products now hold the same type.
        let mut stack = vec![n];
        while let Some(m) = stack.pop() {
            for user in graph
                .g
                .neighbors_directed(m, Direction::Outgoing)
                .collect::<Vec<_>>()
            {
                if matches!(graph.g[user].op, Op::Deinterleave { .. }) {
                    graph.g[user].ty.dtype = dtype;
                    stack.push(user);
                }
            }
        }
    }
    graph.validate()?;
    Ok(changed)
}
