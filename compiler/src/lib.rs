//! hyenac: an ahead-of-time compiler for Hyena-family long-convolution language models.
//!
//! The pipeline, one module per stage, in the order data flows (docs/architecture.md):
//! - [`graph`]: the typed dataflow graph built from a config (`hyenac_models`), its one
//!   declaration of operation names, text and DOT forms;
//! - [`families`]: model families, one file each (config, checkpoint, graph construction),
//!   picked by a registry;
//! - [`interp`]: the float64 reference interpreter, the oracle for every backend (tests only);
//! - [`rewrite`]: equality saturation (egg): algorithm choice per layer and length, fusion,
//!   cost models, `hyenac explain`;
//! - [`codegen`]: the optimised graph as MLIR kernels, lowered to native code for the host CPU
//!   and to PTX for NVIDIA GPUs, and the artifact writer;
//! - [`pipeline`]: the whole compile as a library call ([`pipeline::compile`]), which the
//!   command line uses;
//! - [`tensor_io`]: token and logits files;
//! - [`cli`]: the `hyenac` command line.
//!
//! Model configs and checkpoints live in `hyenac_models`, the MLIR dialect in
//! `hyenac_dialects`, the artifact format, its checks and the executor in `hyenac_runtime`.

pub mod cli;
pub mod codegen;
pub(crate) mod families;

/// The dataflow graph of a config, built by its model family (`families/`).
pub use families::build_graph;
pub mod graph;
pub mod interp;
pub mod pipeline;
pub mod rewrite;
pub mod tensor_io;

/// No import cycle between the top-level modules of any crate of the workspace: each module's
/// `crate::…` (and, one level down, `super::…`) references, outside test code, form a DAG.
#[cfg(test)]
mod module_structure {
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                rust_files(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }

    /// The top-level module of each file and the top-level modules it names.
    fn dependencies(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
        let mut files = Vec::new();
        rust_files(src, &mut files);
        let module = |p: &Path| -> Option<String> {
            let rel = p.strip_prefix(src).unwrap();
            let first = rel.components().next()?.as_os_str().to_string_lossy();
            let name = first.trim_end_matches(".rs").to_string();
            (!["lib", "main"].contains(&name.as_str())).then_some(name)
        };
        let mut deps: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for f in &files {
            let Some(m) = module(f) else { continue };
            let text = std::fs::read_to_string(f).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            let entry = deps.entry(m.clone()).or_default();
            for (i, _) in code.match_indices("crate::") {
                let rest = &code[i + "crate::".len()..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if name != m && !name.is_empty() {
                    entry.insert(name);
                }
            }
        }
        let names: BTreeSet<String> = deps.keys().cloned().collect();
        for d in deps.values_mut() {
            d.retain(|n| names.contains(n));
        }
        deps
    }

    fn reaches(deps: &BTreeMap<String, BTreeSet<String>>, from: &str, to: &str) -> bool {
        let (mut stack, mut seen) = (vec![from.to_string()], BTreeSet::new());
        while let Some(m) = stack.pop() {
            for n in deps.get(&m).into_iter().flatten() {
                if n == to {
                    return true;
                }
                if seen.insert(n.clone()) {
                    stack.push(n.clone());
                }
            }
        }
        false
    }

    #[test]
    fn no_import_cycle_between_modules_of_any_crate() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        for krate in ["compiler", "runtime", "models", "dialects"] {
            let deps = dependencies(&root.join(krate).join("src"));
            assert!(deps.len() > 1 || krate == "dialects", "{krate}: {deps:?}");
            for (m, ds) in &deps {
                for d in ds {
                    assert!(
                        !reaches(&deps, d, m),
                        "{krate}: `{m}` uses `{d}`, which leads back to `{m}`"
                    );
                }
            }
        }
    }
}
