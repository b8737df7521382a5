//! The readable text form of a graph, one node per line in dependency order.
//!
//! ```text
//! %2 = embedding(%1, %0) : [L, 32] f32
//! ```

use std::fmt::Write;

use super::Graph;

impl Graph {
    /// Renders the graph as text; stable across runs (used by snapshot tests).
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let order = match self.topo_order() {
            Ok(o) => o,
            Err(e) => return format!("invalid graph: {e}\n"),
        };
        let _ = writeln!(
            out,
            "graph \"{}\" ({} nodes; L = sequence length of the call) {{",
            self.name,
            self.len()
        );
        let mut layer = None;
        for n in order {
            let node = &self.g[n];
            if node.layer != layer && node.layer.is_some() {
                let _ = writeln!(out, "  // layer {}", node.layer.unwrap_or_default());
            }
            layer = node.layer.or(layer);
            let operands: Vec<String> = self
                .operands(n)
                .iter()
                .map(|o| format!("%{}", o.index()))
                .collect();
            let attrs = node.op.attributes();
            let _ = writeln!(
                out,
                "  %{} = {}{}{}{} : {}",
                n.index(),
                node.op.mnemonic(),
                if attrs.is_empty() { "" } else { " " },
                attrs,
                if operands.is_empty() {
                    String::new()
                } else {
                    format!("({})", operands.join(", "))
                },
                node.ty
            );
        }
        out.push_str("}\n");
        out
    }
}
