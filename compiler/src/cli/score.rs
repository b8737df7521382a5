//! `hyenac score`: per-token log-likelihoods of a sequence and their total, as Evo 2 users
//! score variants.

use super::*;

/// The options of `hyenac score`.
#[derive(Debug, clap::Args)]
pub struct ScoreArgs {
    /// The artifact.
    pub model: PathBuf,
    #[command(flatten)]
    pub input: SequenceArgs,
    /// Score in chunks of C tokens, carrying the state (prefill and decode plan): activation
    /// memory bounded by C, for sequences longer than one pass fits.
    #[arg(long)]
    pub chunk: Option<usize>,
    /// Print only the totals, not a line per token.
    #[arg(long)]
    pub summary: bool,
    /// Weights for an artifact compiled without them.
    #[arg(long)]
    pub weights: Option<PathBuf>,
    #[command(flatten)]
    pub checks: WeightChecks,
}

/// Runs `hyenac score`: a tab-separated line per scored token (`position`, `id`, the token's
/// text when the artifact has a tokenizer, `logprob`: `log p(token | the ones before)`), then
/// `#` lines with the sum, the mean and the perplexity over the scored tokens (all but the
/// first, which nothing predicts).
pub fn run(args: ScoreArgs) -> Result<()> {
    let ScoreArgs {
        model,
        input,
        chunk,
        summary,
        weights,
        checks,
    } = args;
    if chunk == Some(0) {
        bail!("--chunk 0: a chunk holds at least one token");
    }
    let opts = hyenac_runtime::weights::ReadOptions {
        forward_only: chunk.is_none(),
        ..checks.options()
    };
    let t = Instant::now();
    let m = hyenac_runtime::Model::load_with(&model, weights.as_deref(), opts)?;
    let tokens = input.read(&m, &model)?;
    if tokens.len() < 2 {
        bail!("a sequence of one token has nothing to score: give at least two");
    }
    let max = m.manifest.plan.max_len;
    if tokens.len() > max {
        bail!(
            "sequence too long: {} tokens, the artifact serves at most {max} (compile with a larger --max-seqlen)",
            tokens.len()
        );
    }
    // Row r of a call's logits predicts the token after it; the last row of the sequence
    // predicts nothing.
    let mut logprobs: Vec<f64> = Vec::with_capacity(tokens.len() - 1);
    let mut score_rows = |logits: &hyenac_runtime::Matrix, at: usize| -> Result<()> {
        let end = (at + logits.rows).min(tokens.len() - 1);
        if end <= at {
            return Ok(());
        }
        let rows = hyenac_runtime::Matrix::new(
            end - at,
            logits.cols,
            logits.data[..(end - at) * logits.cols].to_vec(),
        );
        let lp = hyenac_runtime::next_token_logprobs(&rows, &tokens[at + 1..=end])
            .map_err(|e| anyhow::anyhow!("scoring from position {at}: {e}"))?;
        logprobs.extend(lp);
        Ok(())
    };
    match chunk {
        None => {
            let (logits, _) = m.forward(&tokens, "logits")?;
            score_rows(&logits, 0)?;
        }
        Some(c) => {
            let mut session = m.session()?;
            for at in (0..tokens.len()).step_by(c) {
                let part = &tokens[at..(at + c).min(tokens.len())];
                let (logits, _) = session.feed(part)?;
                score_rows(&logits, at)?;
            }
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let tokenizer = m.manifest.tokenizer.as_ref();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    use std::io::Write;
    if !summary {
        match tokenizer {
            Some(_) => writeln!(out, "position\tid\ttoken\tlogprob")?,
            None => writeln!(out, "position\tid\tlogprob")?,
        }
        for (i, lp) in logprobs.iter().enumerate() {
            let pos = i + 1;
            let id = tokens[pos];
            match tokenizer {
                // The token's text quoted, so that tabs and newlines keep the columns.
                Some(t) => writeln!(out, "{pos}\t{id}\t{:?}\t{lp:.6}", t.decode(&[id]))?,
                None => writeln!(out, "{pos}\t{id}\t{lp:.6}")?,
            }
        }
    }
    let n = logprobs.len();
    let total: f64 = logprobs.iter().sum();
    let mean = total / n as f64;
    writeln!(out, "# tokens scored\t{n}")?;
    writeln!(out, "# total logprob\t{total:.6}")?;
    writeln!(out, "# mean logprob\t{mean:.6}")?;
    writeln!(out, "# perplexity\t{:.6}", (-mean).exp())?;
    out.flush()?;
    eprintln!(
        "scored {n} of {} tokens in {:.3} s{}",
        tokens.len(),
        secs,
        match chunk {
            Some(c) => format!(" (chunks of {c})"),
            None => String::new(),
        }
    );
    Ok(())
}
