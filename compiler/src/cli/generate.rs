//! `hyenac generate`.

use super::*;

/// The options of `hyenac generate`.
#[derive(Debug, clap::Args)]
pub struct GenerateArgs {
    /// The artifact.
    pub model: PathBuf,
    /// The prompt's token ids, comma-separated (at least one).
    #[arg(long, value_delimiter = ',', num_args = 1.., required_unless_present = "prompt", conflicts_with = "prompt")]
    pub prompt_tokens: Vec<i64>,
    /// The prompt as text, encoded by the artifact's tokenizer (Evo 2: one id per byte, so a
    /// DNA string); the generated tokens are then printed as text too.
    #[arg(long)]
    pub prompt: Option<String>,
    /// How many tokens to generate.
    #[arg(long, default_value_t = 16)]
    pub max_new_tokens: usize,
    /// Sampling temperature; 0 (the default) is greedy.
    #[arg(long, default_value_t = 0.0)]
    pub temperature: f64,
    /// Sample among the K most likely tokens only (0: all).
    #[arg(long, default_value_t = 0)]
    pub top_k: usize,
    /// Sample from the smallest set of tokens whose probability reaches P.
    #[arg(long, default_value_t = 1.0)]
    pub top_p: f64,
    /// Seed of the sampler (sampling is deterministic for a seed).
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Stop after generating this token.
    #[arg(long)]
    pub stop_token: Option<i64>,
    /// Stop when the generated text contains this (not printed); repeatable. Needs an
    /// artifact with a tokenizer.
    #[arg(long = "stop", value_name = "TEXT")]
    pub stop: Vec<String>,
    /// With a text prompt, keep generating past the tokenizer's end-of-sequence id
    /// (StripedHyena's `</s>`, HyenaDNA's `[SEP]`), where generation otherwise stops.
    #[arg(long)]
    pub ignore_eos: bool,
    /// Weights for an artifact compiled without them.
    #[arg(long)]
    pub weights: Option<PathBuf>,
    #[command(flatten)]
    pub checks: WeightChecks,
}

/// Runs `hyenac generate`.
pub fn run(args: GenerateArgs) -> Result<()> {
    let GenerateArgs {
        model,
        prompt_tokens,
        prompt,
        max_new_tokens,
        temperature,
        top_k,
        top_p,
        seed,
        stop_token,
        stop,
        ignore_eos,
        weights,
        checks,
    } = args;

    if !(temperature >= 0.0 && temperature.is_finite()) {
        bail!("--temperature {temperature}: must be a finite number ≥ 0");
    }
    if !(top_p > 0.0 && top_p <= 1.0) {
        bail!("--top-p {top_p}: must be in (0, 1]");
    }
    let m = hyenac_runtime::Model::load_with(&model, weights.as_deref(), checks.options())?;
    let tokenizer = match &prompt {
        Some(_) => Some(m.manifest.tokenizer.clone().ok_or_else(|| {
            anyhow::anyhow!(
                "--prompt: {} has no tokenizer (pass token ids with --prompt-tokens, or compile with --tokenizer)",
                model.display()
            )
        })?),
        None => None,
    };
    if !stop.is_empty() && tokenizer.is_none() {
        bail!("--stop needs a text prompt (--prompt) and an artifact with a tokenizer");
    }
    let prompt_tokens = match (&prompt, &tokenizer) {
        (Some(text), Some(t)) => {
            let ids = t.encode_prompt(text)?;
            if ids.is_empty() {
                bail!("--prompt: the prompt is empty");
            }
            ids
        }
        _ => prompt_tokens,
    };
    let mut session = m.session()?;
    // The last generated token is not fed back, hence the − 1.
    let needed = prompt_tokens
        .len()
        .saturating_add(max_new_tokens.saturating_sub(1));
    if needed > session.max_len() {
        bail!(
            "sequence too long: {} prompt tokens + {max_new_tokens} new need {needed} positions, the artifact serves at most {}",
            prompt_tokens.len(),
            session.max_len()
        );
    }
    let mut sampler = if temperature == 0.0 {
        hyenac_runtime::Sampler::greedy()
    } else {
        hyenac_runtime::Sampler::new(temperature, top_k, top_p, seed)
    };
    let t = Instant::now();
    let logits = session.prefill(&prompt_tokens)?;
    let prefill_secs = t.elapsed().as_secs_f64();
    let mut last = logits.data[(logits.rows - 1) * logits.cols..].to_vec();
    let mut generated = Vec::new();
    // Text is printed as it is decoded (whole characters, nothing of a stop string).
    let eos = tokenizer
        .as_ref()
        .and_then(|t| t.eos_id())
        .filter(|_| !ignore_eos);
    let mut text = tokenizer.as_ref().map(|t| t.stream());
    let mut stops = hyenac_runtime::StopStrings::new(stop);
    let mut out = std::io::stdout().lock();
    let mut print = |piece: &str| -> Result<()> {
        use std::io::Write;
        out.write_all(piece.as_bytes())?;
        out.flush()?;
        Ok(())
    };
    let mut why = "--max-new-tokens reached";
    let t = Instant::now();
    while generated.len() < max_new_tokens {
        let next = sampler.sample(&last);
        generated.push(next);
        if Some(next) == eos {
            why = "end of sequence";
            break;
        }
        if let Some(stream) = text.as_mut() {
            let (piece, hit) = stops.push(&stream.step(next));
            print(&piece)?;
            if hit {
                why = "stop string";
                break;
            }
        }
        if Some(next) == stop_token {
            why = "--stop-token";
            break;
        }
        if generated.len() == max_new_tokens {
            break;
        }
        last = session.decode(next)?;
    }
    let decode_secs = t.elapsed().as_secs_f64();
    let decoded = generated.len().saturating_sub(1);
    match text {
        Some(stream) => {
            if why != "stop string" {
                let (piece, hit) = stops.push(&stream.finish());
                print(&if hit { piece } else { piece + &stops.finish() })?;
            }
            print("\n")?;
        }
        None => print(&format!(
            "{}\n",
            generated
                .iter()
                .map(|t| t.to_string())
                .collect::<Vec<_>>()
                .join(",")
        ))?,
    }
    eprintln!(
        "generated {} tokens ({why}): {}",
        generated.len(),
        generated
            .iter()
            .map(|t| t.to_string())
            .collect::<Vec<_>>()
            .join(",")
    );
    eprintln!(
        "prefill: {} tokens in {:.3} ms ({:.0} tokens/s)",
        prompt_tokens.len(),
        prefill_secs * 1e3,
        prompt_tokens.len() as f64 / prefill_secs
    );
    eprintln!(
        "decode: {} tokens in {:.3} ms ({:.1} tokens/s)",
        decoded,
        decode_secs * 1e3,
        decoded as f64 / decode_secs.max(1e-12)
    );
    eprintln!(
        "state memory at position {}: {}",
        session.position(),
        human_bytes(session.state_bytes())
    );
    Ok(())
}
