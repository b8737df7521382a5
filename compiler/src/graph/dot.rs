//! Graphviz export.

use std::fmt::Write;

use super::{Graph, Op};

impl Graph {
    /// Renders the graph in Graphviz DOT; weights are drawn as boxes, outputs as double circles.
    pub fn to_dot(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "digraph \"{}\" {{", self.name.replace('"', "'"));
        let _ = writeln!(out, "  rankdir=TB; node [fontname=\"monospace\"];");
        for n in self.g.node_indices() {
            let node = &self.g[n];
            let (shape, label) = match &node.op {
                Op::Weight { name, .. } => ("box", format!("{name}\\n{}", node.ty)),
                Op::Output { name } => ("doublecircle", name.clone()),
                Op::Tokens => ("invhouse", "tokens".to_string()),
                op => ("ellipse", format!("{}\\n{}", op.mnemonic(), node.ty)),
            };
            let _ = writeln!(
                out,
                "  n{} [shape={shape}, label=\"%{}: {}\"];",
                n.index(),
                n.index(),
                label.replace('"', "'")
            );
        }
        for e in self.g.edge_indices() {
            if let Some((a, b)) = self.g.edge_endpoints(e) {
                let _ = writeln!(
                    out,
                    "  n{} -> n{} [label=\"{}\"];",
                    a.index(),
                    b.index(),
                    self.g[e]
                );
            }
        }
        out.push_str("}\n");
        out
    }
}
