//! `hyenac run`.

use super::*;

/// The options of `hyenac run`.
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// The artifact.
    pub model: PathBuf,
    #[command(flatten)]
    pub input: SequenceArgs,
    /// Where to write the logits `[L, V]` (float64 safetensors).
    #[arg(long, required_unless_present = "hidden_out")]
    pub logits_out: Option<PathBuf>,
    /// Also return the hidden states of these layers, named by their module paths in the
    /// checkpoint (`blocks.3`, `norm`, `hyena.backbone.layers.0`, `hyena.backbone.ln_f`; `inspect`
    /// lists them): written to --hidden-file as float32 `[L, D]` tensors, chunk by chunk.
    #[arg(long, num_args = 1.., value_delimiter = ',', requires = "hidden_file")]
    pub hidden_out: Vec<String>,
    /// The safetensors file the --hidden-out states go to (one tensor per layer).
    #[arg(long, requires = "hidden_out")]
    pub hidden_file: Option<PathBuf>,
    /// Weights for an artifact compiled without them.
    #[arg(long)]
    pub weights: Option<PathBuf>,
    /// Treat the first N tokens as the prompt (prefill) and decode the rest one at a time.
    #[arg(long, conflicts_with = "chunk")]
    pub prefill: Option<usize>,
    /// Score the tokens in chunks of C, carrying the state: activation memory bounded by C.
    #[arg(long)]
    pub chunk: Option<usize>,
    /// Print the time spent per kind of kernel.
    #[arg(long)]
    pub profile: bool,
    #[command(flatten)]
    pub checks: WeightChecks,
}

/// Runs `hyenac run`.
pub fn run(args: RunArgs) -> Result<()> {
    let RunArgs {
        model,
        input,
        logits_out,
        hidden_out,
        hidden_file,
        weights,
        prefill,
        chunk,
        profile,
        checks,
    } = args;

    let mut inputs: Vec<&Path> = vec![&model, input.path()?];
    inputs.extend(weights.as_deref());
    let outputs: Vec<&Path> = logits_out
        .iter()
        .chain(&hidden_file)
        .map(|p| p.as_path())
        .collect();
    check_outputs(&outputs, &inputs)?;
    let t = Instant::now();
    // A one-shot run needs only the forward plan's constants.
    let opts = hyenac_runtime::weights::ReadOptions {
        forward_only: prefill.is_none() && chunk.is_none(),
        ..checks.options()
    };
    let m = hyenac_runtime::Model::load_with(&model, weights.as_deref(), opts)?;
    let load_secs = t.elapsed().as_secs_f64();
    let tokens = input.read(&m, &model)?;

    let max = m.manifest.plan.max_len;
    if tokens.len() > max {
        bail!(
            "sequence too long: {} tokens, the artifact serves at most {max} (compile with a larger --max-seqlen)",
            tokens.len()
        );
    }
    // The calls: one (stateless), the prompt then single tokens, or chunks.
    let calls: Vec<usize> = match (prefill, chunk) {
        (Some(p), _) => {
            if p == 0 || p > tokens.len() {
                bail!(
                    "--prefill {p}: must be between 1 and the number of tokens ({})",
                    tokens.len()
                );
            }
            std::iter::once(p)
                .chain(std::iter::repeat_n(1, tokens.len() - p))
                .collect()
        }
        (None, Some(0)) => bail!("--chunk 0: a chunk holds at least one token"),
        (None, Some(c)) => (0..tokens.len())
            .step_by(c)
            .map(|s| c.min(tokens.len() - s))
            .collect(),
        (None, None) => vec![tokens.len()],
    };
    // The outputs asked for: the logits first (when wanted), then each layer once.
    let mut layers: Vec<&str> = Vec::new();
    for h in &hidden_out {
        if !layers.contains(&h.as_str()) {
            layers.push(h);
        }
    }
    check_layers(&m, &layers)?;
    let want_logits = logits_out.is_some();
    let mut names: Vec<&str> = want_logits.then_some("logits").into_iter().collect();
    names.extend(&layers);
    let mut hidden = match &hidden_file {
        Some(path) => {
            let plan = &m.manifest.plan;
            let shapes: Vec<(String, [usize; 2])> = layers
                .iter()
                .map(|n| {
                    Ok((
                        n.to_string(),
                        [tokens.len(), plan.activations[plan.output_id(n)?]],
                    ))
                })
                .collect::<Result<_>>()?;
            Some(tensor_io::StreamedTensors::create(path, &shapes)?)
        }
        None => None,
    };
    let first_layer = usize::from(want_logits);
    // Takes one call's outputs: the logits appended, each layer's rows written in place.
    let mut take = |ys: Vec<hyenac_runtime::Matrix>,
                    at: usize,
                    data: &mut Vec<f64>,
                    cols: &mut usize|
     -> Result<()> {
        for (k, y) in ys.into_iter().enumerate() {
            if want_logits && k == 0 {
                *cols = y.cols;
                data.extend(y.data.iter().map(|&x| x as f64));
                continue;
            }
            let name = names[k];
            if let Some((i, v)) = hyenac_runtime::compare::first_non_finite(&y.data) {
                bail!(
                    "the hidden states of `{name}` are not finite ({v} at token {}, column {}); nothing was written",
                    at + i / y.cols.max(1),
                    i % y.cols.max(1)
                );
            }
            if let Some(h) = hidden.as_mut() {
                h.write_rows(k - first_layer, at, &y.data)?;
            }
        }
        Ok(())
    };
    let t = Instant::now();
    let mut times = Vec::new();
    let mut call_secs = Vec::new();
    let mut data: Vec<f64> = Vec::new();
    let mut cols = 0;
    let mut state_bytes = None;
    if prefill.is_none() && chunk.is_none() {
        let (ys, tm) = m.forward_outputs(&tokens, &names)?;
        take(ys, 0, &mut data, &mut cols)?;
        times = tm;
        call_secs.push(t.elapsed().as_secs_f64());
    } else {
        let mut session = m.session()?;
        let mut at = 0;
        for &c in &calls {
            let tc = Instant::now();
            let (ys, tm) = session.feed_outputs(&tokens[at..at + c], &names)?;
            call_secs.push(tc.elapsed().as_secs_f64());
            take(ys, at, &mut data, &mut cols)?;
            times.extend(tm);
            at += c;
        }
        state_bytes = Some(session.state_bytes());
    }
    let secs = t.elapsed().as_secs_f64();
    if profile {
        print_profile(&times, secs);
    }
    let rows = tokens.len();
    if let Some(out) = &logits_out {
        check_finite(&data, cols, out)?;
    }
    if let Some(h) = hidden {
        h.commit()?;
    }
    if let Some(out) = &logits_out {
        tensor_io::write_f64(out, &[("logits", vec![rows, cols], &data)])?;
    }
    let mut wrote: Vec<String> = Vec::new();
    if let Some(out) = &logits_out {
        wrote.push(format!("logits [{rows}, {cols}] -> {}", out.display()));
    }
    if let Some(out) = &hidden_file {
        wrote.push(format!(
            "hidden states of {} -> {}",
            layers.join(", "),
            out.display()
        ));
    }
    println!(
        "loaded in {:.3} s; ran {} tokens in {:.3} ms ({:.0} tokens/s); {}",
        load_secs,
        tokens.len(),
        secs * 1e3,
        tokens.len() as f64 / secs,
        wrote.join("; ")
    );
    if let Some(p) = prefill {
        let decode: f64 = call_secs[1..].iter().sum();
        println!(
            "prefill {p} tokens: {:.3} ms ({:.0} tokens/s); decode {} tokens: {:.3} ms ({:.1} tokens/s)",
            call_secs[0] * 1e3,
            p as f64 / call_secs[0],
            calls.len() - 1,
            decode * 1e3,
            (calls.len() - 1) as f64 / decode.max(1e-12)
        );
    }
    if let Some(c) = chunk {
        println!("{} chunks of at most {c} tokens", calls.len());
    }
    if let Some(b) = state_bytes {
        println!("state memory: {}", human_bytes(b));
    }
    if !want_logits {
        return Ok(());
    }
    let expected = if prefill.is_some() {
        "decode_logits"
    } else {
        "logits"
    };
    if let Some(reference) = &input.tokens_file {
        if let Some((shape, want)) = tensor_io::read_f64(reference, expected)? {
            if shape == [rows, cols] {
                report_error(&data, &want, expected, reference)?;
            }
        }
    }
    Ok(())
}

/// Refuses a `--hidden-out` name the artifact has no output for, naming the ones it has.
fn check_layers(m: &hyenac_runtime::Model, layers: &[&str]) -> Result<()> {
    let have: Vec<&str> = m
        .output_names()
        .into_iter()
        .filter(|n| *n != "logits")
        .collect();
    for l in layers {
        if *l == "logits" {
            bail!("--hidden-out logits: the logits are written by --logits-out");
        }
        if !have.contains(l) {
            if have.is_empty() {
                bail!(
                    "--hidden-out {l}: this artifact has no hidden-state outputs (it was compiled by an older hyenac): compile it again"
                );
            }
            bail!(
                "--hidden-out {l}: the artifact has no layer `{l}`; its layers are {}",
                summarize_names(&have)
            );
        }
    }
    Ok(())
}
