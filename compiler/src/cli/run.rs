//! `hyenac run`.

use super::*;

/// The options of `hyenac run`.
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// The artifact.
    pub model: PathBuf,
    #[arg(long)]
    pub tokens_file: PathBuf,
    #[arg(long)]
    pub logits_out: PathBuf,
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
        tokens_file,
        logits_out,
        weights,
        prefill,
        chunk,
        profile,
        checks,
    } = args;

    let mut inputs: Vec<&Path> = vec![&model, &tokens_file];
    inputs.extend(weights.as_deref());
    check_outputs(&[&logits_out], &inputs)?;
    let t = Instant::now();
    let m = hyenac_runtime::Model::load_with(&model, weights.as_deref(), checks.options())?;
    let load_secs = t.elapsed().as_secs_f64();
    let tokens = tensor_io::read_tokens(&tokens_file)?;
    if tokens.is_empty() {
        bail!("tokens file {} holds no tokens", tokens_file.display());
    }
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
    let t = Instant::now();
    let mut times = Vec::new();
    let mut call_secs = Vec::new();
    let mut data: Vec<f64> = Vec::new();
    let mut cols = 0;
    let mut state_bytes = None;
    if prefill.is_none() && chunk.is_none() {
        let (logits, tm) = m.forward(&tokens, "logits")?;
        cols = logits.cols;
        data = logits.data.iter().map(|&x| x as f64).collect();
        times = tm;
        call_secs.push(t.elapsed().as_secs_f64());
    } else {
        let mut session = m.session()?;
        let mut at = 0;
        for &c in &calls {
            let tc = Instant::now();
            let (logits, tm) = session.feed(&tokens[at..at + c])?;
            call_secs.push(tc.elapsed().as_secs_f64());
            cols = logits.cols;
            data.extend(logits.data.iter().map(|&x| x as f64));
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
    check_finite(&data, cols, &logits_out)?;
    tensor_io::write_f64(&logits_out, &[("logits", vec![rows, cols], &data)])?;
    println!(
        "loaded in {:.3} s; ran {} tokens in {:.3} ms ({:.0} tokens/s); logits [{rows}, {cols}] -> {}",
        load_secs,
        tokens.len(),
        secs * 1e3,
        tokens.len() as f64 / secs,
        logits_out.display()
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
    let expected = if prefill.is_some() {
        "decode_logits"
    } else {
        "logits"
    };
    if let Some((shape, want)) = tensor_io::read_f64(&tokens_file, expected)? {
        if shape == [rows, cols] {
            report_error(&data, &want, expected, &tokens_file)?;
        }
    }
    Ok(())
}
