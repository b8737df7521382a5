//! `hyenac inspect`.

use super::*;

/// The options of `hyenac inspect`.
#[derive(Debug, clap::Args)]
pub struct InspectArgs {
    pub model: PathBuf,
    /// Length for the peak activation figure (default: the artifact's maximum).
    #[arg(long)]
    pub seqlen: Option<usize>,
    /// List every constant: name, shape, element type, where it comes from.
    #[arg(long)]
    pub constants: bool,
}

/// Runs `hyenac inspect`.
pub fn run(args: InspectArgs) -> Result<()> {
    let InspectArgs {
        model,
        seqlen,
        constants: args_constants,
    } = args;

    let file = hyenac_runtime::ArtifactFile::read(&model)?;
    let m = &file.manifest;
    if let Some(l) = seqlen {
        check_len(
            "--seqlen",
            l,
            m.plan.max_len,
            "the artifact's maximum length",
        )?;
    }
    let target = match &m.target {
        hyenac_runtime::artifact::Target::Cpu {
            triple,
            cpu,
            features,
            amx,
            ..
        } => {
            let on: Vec<&str> = features
                .split(',')
                .filter_map(|f| f.strip_prefix('+'))
                .collect();
            let shown: String = on.join(",").chars().take(100).collect();
            let unchecked = hyenac_runtime::cpu::unchecked(features);
            format!(
                "cpu {triple}, cpu model {cpu}\nfeatures      {} enabled: {shown}{}\n              \
                 {} not detectable by this runtime (tuning flags, rare extensions)\n\
                 matrix units  {}",
                on.len(),
                if on.join(",").chars().count() > 100 { "…" } else { "" },
                unchecked.len(),
                if *amx {
                    "AMX tiles (bf16 products of 32-row blocks)"
                } else {
                    "none (vector FMA)"
                }
            )
        }
        hyenac_runtime::artifact::Target::Cuda { sm, ptx_isa } => {
            format!("gpu {sm}, PTX ISA {ptx_isa}")
        }
    };
    let weight_bytes: u64 = m.constants.iter().map(|c| c.blob.len).sum();
    let len = seqlen.unwrap_or(m.plan.max_len);
    println!("artifact      {}", model.display());
    println!("sha256        {}", file.digest());
    println!(
        "format        {} (written by {})",
        m.format_version, m.compiler
    );
    println!("target        {target}");
    println!("graph hash    {}", m.graph_hash);
    println!(
        "max length    {} tokens, vocabulary {}",
        m.plan.max_len, m.plan.vocab
    );
    println!(
        "code          {:.1} KiB {}",
        m.code.len as f64 / 1024.0,
        match m.target {
            hyenac_runtime::artifact::Target::Cpu { .. } => "shared object",
            hyenac_runtime::artifact::Target::Cuda { .. } => "PTX",
        }
    );
    println!(
        "constants     {} tensors, {:.2} MiB stored",
        m.constants.len(),
        weight_bytes as f64 / 1048576.0
    );
    // The precision policy, as the element types of the constants the kernels read record it
    // (not the load-time sources a weight is laid out from, freed once it is).
    let mut read = vec![false; m.constants.len()];
    for call in m
        .plan
        .calls
        .iter()
        .chain(m.step.iter().flat_map(|p| &p.calls))
    {
        for a in &call.args {
            if let hyenac_runtime::Arg::Constant(i) | hyenac_runtime::Arg::ConstantAt(i) = a {
                if let Some(r) = read.get_mut(*i) {
                    *r = true;
                }
            }
        }
    }
    let mut by_type: std::collections::BTreeMap<hyenac_runtime::DType, (usize, usize)> =
        Default::default();
    for (c, _) in m.constants.iter().zip(&read).filter(|(_, r)| **r) {
        let e = by_type.entry(c.dtype).or_default();
        e.0 += 1;
        e.1 += c.dtype.size() * c.rows * c.cols;
    }
    let types: Vec<String> = by_type
        .iter()
        .map(|(t, (n, b))| format!("{t}: {n} tensors, {:.2} MiB", *b as f64 / 1048576.0))
        .collect();
    let policy = if by_type.keys().any(|t| t.is_half()) {
        "matrix-product weights in 16 bits, the rest f32"
    } else {
        "f32"
    };
    println!("precision     {policy} ({})", types.join("; "));
    let (mut loaded, mut loaded_bytes, mut derived) = (0, 0usize, 0);
    for c in &m.constants {
        match &c.source {
            hyenac_runtime::artifact::ConstantSource::Weight { .. } => {
                loaded += 1;
                loaded_bytes += c.dtype.size() * c.rows * c.cols;
            }
            // (sizes were bounded when the file was read)
            hyenac_runtime::artifact::ConstantSource::Init { .. } => derived += 1,
            hyenac_runtime::artifact::ConstantSource::Stored => {}
        }
    }
    if loaded > 0 {
        println!(
            "weights       supplied at load time (--weights): {loaded} tensors, {:.2} MiB as stored; {derived} constants derived from them at load",
            loaded_bytes as f64 / 1048576.0
        );
    }
    if let Some(t) = &m.tokenizer {
        println!("tokenizer     {} (generate --prompt TEXT)", t.describe());
    }
    if let Some(p) = m.stateful_plan() {
        let (fixed, per_token) = p.state_bytes();
        let growing: Vec<String> = [
            (hyenac_runtime::StateKind::Keys, "KV cache"),
            (hyenac_runtime::StateKind::History, "long-FIR histories"),
        ]
        .iter()
        .filter_map(|(kind, what)| {
            p.states
                .iter()
                .find(|s| s.kind == *kind)
                .map(|s| format!("{what} in {}", s.dtype))
        })
        .collect();
        let growing = if growing.is_empty() {
            "nothing grows".to_string()
        } else {
            growing.join(", ")
        };
        println!(
            "state         {} fixed (FIR histories, modal states) + {} per token ({growing}){}",
            human_bytes(fixed),
            human_bytes(per_token),
            if m.step.is_some() {
                "; separate prefill/decode plan"
            } else {
                ""
            }
        );
    } else {
        println!("state         none: this artifact runs the stateless forward pass only");
    }
    println!(
        "activations   {} buffers; peak {:.2} MiB live at L = {len}",
        m.plan.activations.len(),
        m.plan.peak_activation_bytes(len) as f64 / 1048576.0
    );
    let hidden: Vec<&str> = m
        .plan
        .outputs
        .iter()
        .map(|(n, _)| n.as_str())
        .filter(|n| *n != "logits")
        .collect();
    if !hidden.is_empty() {
        println!(
            "hidden states {} (run --hidden-out NAME --hidden-file F)",
            summarize_names(&hidden)
        );
    }
    if args_constants {
        println!("constants:");
        for c in &m.constants {
            let from = match &c.source {
                hyenac_runtime::artifact::ConstantSource::Stored => "stored".to_string(),
                hyenac_runtime::artifact::ConstantSource::Weight { .. } => "--weights".to_string(),
                hyenac_runtime::artifact::ConstantSource::Init { symbol, .. } => {
                    format!("load time ({symbol})")
                }
            };
            println!(
                "  {:<48} {:>6} × {:<6} {:<4} {from}",
                c.name, c.rows, c.cols, c.dtype
            );
        }
    }
    println!("kernels       {} calls:", m.plan.calls.len());
    for c in &m.plan.calls {
        println!(
            "  {:24} {}",
            c.symbol.trim_start_matches("_mlir_ciface_"),
            c.label
        );
    }
    match file.check_target() {
        Ok(()) => println!("this machine  can run it"),
        Err(e) => println!("this machine  cannot run it: {e}"),
    }
    Ok(())
}
