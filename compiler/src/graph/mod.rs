//! The typed tensor dataflow graph: hyenac's one source of truth for model semantics.
//!
//! Nodes are operations with an inferred [`TensorType`]; edges carry tensors and are labelled
//! with the operand position they feed. Weights are named graph inputs ([`Op::Weight`]), the
//! token sequence is [`Op::Tokens`], and results are [`Op::Output`] nodes. The sequence length
//! is the symbol [`Dim::Seq`]: a graph is built from the config alone and serves every length,
//! the stateless forward pass, prefill and decode steps alike (stateful operations carry their
//! state across calls; see `interp`).

pub(crate) mod dot;
pub mod ops;
pub mod precision;
pub(crate) mod text;

use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use serde::{Deserialize, Serialize};
use thiserror::Error;

pub use ops::{ConvAlg, Op, Stream};

/// One dimension of a tensor shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Dim {
    /// The sequence length `L` of the current call (prompt, chunk, or 1 when decoding).
    Seq,
    /// A size fixed by the config.
    Fixed(usize),
}

impl Dim {
    /// The size of a fixed dimension, `default` for `L`.
    pub fn fixed_or(&self, default: usize) -> usize {
        match self {
            Dim::Fixed(n) => *n,
            Dim::Seq => default,
        }
    }
}

impl std::fmt::Display for Dim {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Dim::Seq => write!(f, "L"),
            Dim::Fixed(n) => write!(f, "{n}"),
        }
    }
}

/// Element type of a tensor: the runtime's, so that the graph, the plan and the buffers share
/// one definition.
pub use hyenac_runtime::DType;

/// Shape and element type of the tensor a node produces.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TensorType {
    pub shape: Vec<Dim>,
    pub dtype: DType,
}

impl TensorType {
    pub fn new(shape: Vec<Dim>, dtype: DType) -> Self {
        TensorType { shape, dtype }
    }
    /// `[L, n]` in f32: the shape of every activation.
    pub fn activation(n: usize) -> Self {
        TensorType::new(vec![Dim::Seq, Dim::Fixed(n)], DType::F32)
    }
    /// A fixed-shape f32 tensor.
    pub fn fixed(shape: &[usize]) -> Self {
        TensorType::new(shape.iter().map(|&n| Dim::Fixed(n)).collect(), DType::F32)
    }
}

impl std::fmt::Display for TensorType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let dims: Vec<String> = self.shape.iter().map(|d| d.to_string()).collect();
        write!(f, "[{}] {}", dims.join(", "), self.dtype)
    }
}

/// A node: an operation, the type it produces, and the model layer it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    pub op: Op,
    pub ty: TensorType,
    /// The block this node belongs to; `None` for embedding, final norm and unembedding.
    pub layer: Option<usize>,
}

/// Errors of graph construction and validation.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum GraphError {
    #[error("{op}: expected {expected} operands, got {got}")]
    Arity {
        op: String,
        expected: String,
        got: usize,
    },
    #[error("{op}: operand {index} has type {got}, expected {expected}")]
    OperandType {
        op: String,
        index: usize,
        got: String,
        expected: String,
    },
    #[error("{op}: invalid attributes: {reason}")]
    Attribute { op: String, reason: String },
    #[error("graph has a cycle")]
    Cycle,
    #[error("node %{node} records type {recorded} but its operands imply {inferred}")]
    StaleType {
        node: usize,
        recorded: String,
        inferred: String,
    },
}

/// The dataflow graph. Edge weights are operand positions.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Graph {
    pub name: String,
    pub g: DiGraph<Node, usize>,
}

impl Graph {
    /// An empty graph.
    pub fn new(name: impl Into<String>) -> Self {
        Graph {
            name: name.into(),
            g: DiGraph::new(),
        }
    }

    /// Adds a node after inferring its type from its operands; fails instead of building an
    /// ill-typed graph.
    pub fn add(
        &mut self,
        op: Op,
        operands: &[NodeIndex],
        layer: Option<usize>,
    ) -> Result<NodeIndex, GraphError> {
        let types: Vec<&TensorType> = operands.iter().map(|&o| &self.g[o].ty).collect();
        let ty = op.infer(&types)?;
        let n = self.g.add_node(Node { op, ty, layer });
        for (i, &o) in operands.iter().enumerate() {
            self.g.add_edge(o, n, i);
        }
        Ok(n)
    }

    /// Names `x` as the result `name` (an [`Op::Output`]): the logits, or a layer's hidden
    /// states under its module path in the checkpoint, which `hyenac run --hidden-out` and
    /// the runtime's `forward_outputs` return.
    pub fn add_output(&mut self, name: impl Into<String>, x: NodeIndex) -> Result<(), GraphError> {
        let layer = self.g[x].layer;
        self.add(Op::Output { name: name.into() }, &[x], layer)
            .map(|_| ())
    }

    /// Adds the f32 weight input `name` of `shape` (the precision policy may lower its type
    /// later), for `layer`.
    pub fn add_weight(
        &mut self,
        name: String,
        shape: &[usize],
        layer: Option<usize>,
    ) -> Result<NodeIndex, GraphError> {
        self.add(
            Op::Weight {
                name,
                shape: shape.to_vec(),
                dtype: DType::F32,
            },
            &[],
            layer,
        )
    }

    /// The operands of `n`, in operand order.
    pub fn operands(&self, n: NodeIndex) -> Vec<NodeIndex> {
        let mut e: Vec<(usize, NodeIndex)> = self
            .g
            .edges_directed(n, Direction::Incoming)
            .map(|e| (*e.weight(), e.source()))
            .collect();
        e.sort();
        e.into_iter().map(|(_, s)| s).collect()
    }

    /// Nodes in an order where every operand comes before its users; among the nodes that are
    /// ready, the lowest index first, so the order is deterministic and, for a graph built
    /// operands-first, simply the index order.
    pub fn topo_order(&self) -> Result<Vec<NodeIndex>, GraphError> {
        use std::cmp::Reverse;
        use std::collections::BinaryHeap;
        let mut pending: Vec<usize> = self
            .g
            .node_indices()
            .map(|n| self.g.edges_directed(n, Direction::Incoming).count())
            .collect();
        let mut ready: BinaryHeap<Reverse<usize>> = pending
            .iter()
            .enumerate()
            .filter(|(_, &p)| p == 0)
            .map(|(i, _)| Reverse(i))
            .collect();
        let mut order = Vec::with_capacity(self.g.node_count());
        while let Some(Reverse(i)) = ready.pop() {
            let n = NodeIndex::new(i);
            order.push(n);
            for e in self.g.edges_directed(n, Direction::Outgoing) {
                let t = e.target().index();
                pending[t] -= 1;
                if pending[t] == 0 {
                    ready.push(Reverse(t));
                }
            }
        }
        if order.len() == self.g.node_count() {
            Ok(order)
        } else {
            Err(GraphError::Cycle)
        }
    }

    /// The output nodes, by name.
    pub fn outputs(&self) -> Vec<(String, NodeIndex)> {
        self.g
            .node_indices()
            .filter_map(|n| match &self.g[n].op {
                Op::Output { name } => Some((name.clone(), n)),
                _ => None,
            })
            .collect()
    }

    /// Weight inputs: (name, declared shape, node).
    pub fn weights(&self) -> Vec<(String, Vec<usize>, NodeIndex)> {
        self.g
            .node_indices()
            .filter_map(|n| match &self.g[n].op {
                Op::Weight { name, shape, .. } => Some((name.clone(), shape.clone(), n)),
                _ => None,
            })
            .collect()
    }

    /// Re-infers every node's type from its operands and checks the graph is acyclic: what a
    /// pass must preserve.
    pub fn validate(&self) -> Result<(), GraphError> {
        for n in self.topo_order()? {
            let types: Vec<TensorType> = self
                .operands(n)
                .iter()
                .map(|&o| self.g[o].ty.clone())
                .collect();
            let refs: Vec<&TensorType> = types.iter().collect();
            let inferred = self.g[n].op.infer(&refs)?;
            if inferred != self.g[n].ty {
                return Err(GraphError::StaleType {
                    node: n.index(),
                    recorded: self.g[n].ty.to_string(),
                    inferred: inferred.to_string(),
                });
            }
        }
        Ok(())
    }

    /// Number of nodes.
    pub fn len(&self) -> usize {
        self.g.node_count()
    }

    /// True for a graph without nodes.
    pub fn is_empty(&self) -> bool {
        self.g.node_count() == 0
    }
}
