//! Generated CPU code against the float64 interpreter and the golden fixtures.

mod common;

use common::{load, FIXTURES};
use hyenac::codegen::cpu::CpuProgram;
use hyenac::graph::build_graph;
use hyenac::interp::normwise_rel_err;
use hyenac::rewrite::cost::CostModel;
use hyenac::rewrite::{optimize, OptimizeOptions};

#[test]
fn fixtures_run_end_to_end_through_generated_cpu_code() {
    for name in FIXTURES {
        let f = load(name);
        let g = build_graph(&f.config).unwrap();
        let o = optimize(&g, &OptimizeOptions::new(CostModel::cpu(), f.tokens.len())).unwrap();
        let dump =
            std::env::var_os("HYENAC_TEST_DUMP").map(|d| std::path::PathBuf::from(d).join(name));
        let p =
            CpuProgram::compile(&o.graph, &f.checkpoint, f.tokens.len(), dump.as_deref()).unwrap();
        let y = p.run(&f.tokens, "logits").unwrap();
        let e = normwise_rel_err(&y.data, &f.logits);
        eprintln!("{name}: generated CPU code vs expected logits: {e:.3e}");
        assert!(e <= 1e-5, "{name}: {e:e}");
    }
}
