//! `hyenac interpret`.

use super::*;

/// The options of `hyenac interpret`.
#[derive(Debug, clap::Args)]
pub struct InterpretArgs {
    #[command(flatten)]
    pub files: ModelFiles,
    /// Treat the first N tokens as the prompt (prefill) and decode the rest one at a time.
    #[arg(long)]
    pub prefill: Option<usize>,
    #[command(flatten)]
    pub checks: WeightChecks,
}

/// Runs `hyenac interpret`.
pub fn run(args: InterpretArgs) -> Result<()> {
    let InterpretArgs {
        files:
            ModelFiles {
                config,
                weights,
                tokens_file,
                logits_out,
            },
        prefill,
        checks,
    } = args;
    interpret(
        &config,
        &weights,
        &tokens_file,
        prefill,
        &logits_out,
        checks.options(),
    )
}

fn interpret(
    config_path: &std::path::Path,
    weights: &std::path::Path,
    tokens_file: &std::path::Path,
    prefill: Option<usize>,
    logits_out: &std::path::Path,
    checks: hyenac_runtime::weights::ReadOptions,
) -> Result<()> {
    check_outputs(&[logits_out], &[config_path, weights, tokens_file])?;
    // f32 weights, their f64 copies, and the interpreter's f64 activations.
    let (config, graph, checkpoint, tokens) = load_model_files(
        config_path,
        weights,
        tokens_file,
        checks,
        12,
        "interpreting this model",
    )?;
    if let Some(p) = prefill {
        if p > tokens.len() {
            bail!(
                "--prefill {p} is longer than the {} tokens in {}",
                tokens.len(),
                tokens_file.display()
            );
        }
    }
    let t = Instant::now();
    let logits = match prefill {
        None => interp::forward(&graph, &checkpoint, config.max_seqlen(), &tokens)?,
        Some(p) => interp::prefill_decode(&graph, &checkpoint, config.max_seqlen(), &tokens, p)?,
    };
    let secs = t.elapsed().as_secs_f64();
    check_finite(&logits.data, logits.cols, logits_out)?;
    tensor_io::write_f64(
        logits_out,
        &[("logits", vec![logits.rows, logits.cols], &logits.data)],
    )?;
    let mode = match prefill {
        None => "stateless forward".to_string(),
        Some(p) => format!("prefill {p} + {} decode steps", tokens.len() - p),
    };
    println!(
        "interpreted {} tokens ({mode}) in {:.3} s; logits [{}, {}] -> {}",
        tokens.len(),
        secs,
        logits.rows,
        logits.cols,
        logits_out.display()
    );
    // A fixture's expected file doubles as a tokens file: compare when it carries references.
    let reference = if prefill.is_some() {
        "decode_logits"
    } else {
        "logits"
    };
    if let Some((shape, want)) = tensor_io::read_f64(tokens_file, reference)? {
        if shape == [logits.rows, logits.cols] {
            report_error(&logits.data, &want, reference, tokens_file)?;
        }
    }
    Ok(())
}
