//! The engine: one thread owns the model and runs every admitted request in its own slot
//! (its own session: FIR, modal and key/value state), one step per slot per round, so that
//! requests interleave token by token and a new one joins at the next round. A request whose
//! client went away is dropped at its next step.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};

use hyenac_runtime::{Model, Sampler, Session, StopStrings, TextStream};

/// What a request asks the engine to generate.
pub struct Job {
    /// The prompt's ids (checked against the vocabulary and the length already).
    pub prompt: Vec<i64>,
    /// Tokens to generate at most.
    pub max_tokens: usize,
    /// How each token is chosen.
    pub sampler: Sampler,
    /// Stop strings (text never given out).
    pub stop: Vec<String>,
    /// Stop at the tokenizer's end-of-sequence id.
    pub stop_at_eos: bool,
    /// Report each generated token's log-probability with this many most likely
    /// alternatives (OpenAI's `logprobs`), and with `echo` the prompt's too.
    pub logprobs: Option<usize>,
    /// With `logprobs`: the prompt's tokens scored as well (all but the first).
    pub echo: bool,
    /// Held while the request is queued or running (admission control). Declared before
    /// `events` so that it is released first: a client that sees its answer end sees the
    /// request out of the count.
    pub admitted: Admission,
    /// Where the events go; dropped by a client that went away.
    pub events: tokio::sync::mpsc::UnboundedSender<Event>,
}

/// A stateless pass returning a layer's hidden states (`/v1/embeddings`).
pub struct ForwardJob {
    /// The sequence's ids (checked already).
    pub tokens: Vec<i64>,
    /// The output: a layer's module path.
    pub output: String,
    /// The rows `[L, D]`, or why not.
    pub reply: tokio::sync::oneshot::Sender<Result<hyenac_runtime::Matrix, String>>,
    /// Held while queued or running.
    pub admitted: Admission,
}

/// Work for the engine.
pub enum Work {
    /// Generation in a slot, token by token.
    Generate(Job),
    /// One stateless pass, run between two rounds.
    Forward(ForwardJob),
}

/// What the engine reports of a request.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A generated token and the text it completes (possibly empty).
    Token { id: i64, text: String },
    /// The log-probabilities of the prompt's tokens after the first (with `echo`), once,
    /// before any token.
    PromptLogprobs(Vec<TokenLogprob>),
    /// The log-probability of the token the next `Token` event brings.
    Logprobs(TokenLogprob),
    /// Text held back until generation ended (the end of a character, or of a possible stop
    /// string that was not one).
    Text(String),
    /// Generation ended: `"stop"` (end of sequence or a stop string) or `"length"`.
    Done { finish_reason: &'static str },
    /// The request failed.
    Failed(String),
}

/// A token's log-probability under the model (the logits' log-softmax, before temperature)
/// and the most likely ids with theirs.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenLogprob {
    pub logprob: f64,
    pub top: Vec<(i64, f64)>,
}

impl TokenLogprob {
    /// Of `id` under `row`; None if a logit is not finite.
    fn of(row: &[f32], id: i64, k: usize) -> Option<TokenLogprob> {
        let lp = hyenac_runtime::log_softmax(row)?;
        let mut order: Vec<usize> = (0..lp.len()).collect();
        order.sort_by(|&a, &b| lp[b].total_cmp(&lp[a]).then(a.cmp(&b)));
        Some(TokenLogprob {
            logprob: *lp.get(usize::try_from(id).ok()?)?,
            top: order.iter().take(k).map(|&i| (i as i64, lp[i])).collect(),
        })
    }
}

/// Requests queued or running, against the limits of the server.
#[derive(Debug, Default)]
pub struct Load {
    /// Requests admitted and not finished.
    pub in_flight: AtomicUsize,
    /// Tokens generated since the start.
    pub generated: std::sync::atomic::AtomicU64,
}

/// A request's place in the server; released when dropped.
pub struct Admission(Arc<Load>);

impl Load {
    /// Admits a request if fewer than `limit` are in flight.
    pub fn admit(self: &Arc<Self>, limit: usize) -> Option<Admission> {
        let mut n = self.in_flight.load(Ordering::SeqCst);
        loop {
            if n >= limit {
                return None;
            }
            match self
                .in_flight
                .compare_exchange(n, n + 1, Ordering::SeqCst, Ordering::SeqCst)
            {
                Ok(_) => return Some(Admission(self.clone())),
                Err(now) => n = now,
            }
        }
    }
}

impl Drop for Admission {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

/// One running request.
struct Slot<'m> {
    job: Job,
    session: Session<'m>,
    text: Option<TextStream<'m>>,
    stops: StopStrings,
    generated: usize,
    /// The logits the next token is chosen from (None before the prompt ran).
    last: Option<Vec<f32>>,
}

impl<'m> Slot<'m> {
    /// One step: the prompt, or one token. False when the request is finished.
    fn step(&mut self, model: &'m Model) -> bool {
        let last = match self.last.take() {
            Some(l) => l,
            None => match self.session.prefill(&self.job.prompt) {
                Ok(logits) => {
                    if let (Some(k), true) = (self.job.logprobs, self.job.echo) {
                        let v = logits.cols;
                        let scored: Option<Vec<TokenLogprob>> = (1..self.job.prompt.len())
                            .map(|r| {
                                let row = &logits.data[(r - 1) * v..r * v];
                                TokenLogprob::of(row, self.job.prompt[r], k)
                            })
                            .collect();
                        match scored {
                            Some(s) => {
                                let _ = self.job.events.send(Event::PromptLogprobs(s));
                            }
                            None => return self.fail("a logit of the prompt is not finite".into()),
                        }
                    }
                    if self.job.max_tokens == 0 {
                        return self.done("length");
                    }
                    logits.data[(logits.rows - 1) * logits.cols..].to_vec()
                }
                Err(e) => return self.fail(e.to_string()),
            },
        };
        let id = self.job.sampler.sample(&last);
        self.generated += 1;
        if let Some(k) = self.job.logprobs {
            match TokenLogprob::of(&last, id, k) {
                Some(lp) => {
                    let _ = self.job.events.send(Event::Logprobs(lp));
                }
                None => return self.fail("a logit is not finite".into()),
            }
        }
        (self.job.admitted.0)
            .generated
            .fetch_add(1, Ordering::Relaxed);
        let tokenizer = model.manifest.tokenizer.as_ref();
        let eos = tokenizer.and_then(|t| t.eos_id());
        if self.job.stop_at_eos && Some(id) == eos {
            // The end-of-sequence id is reported, its text is empty.
            let _ = self.job.events.send(Event::Token {
                id,
                text: String::new(),
            });
            return self.done("stop");
        }
        let (text, hit) = match self.text.as_mut() {
            Some(s) => self.stops.push(&s.step(id)),
            None => (String::new(), false),
        };
        if self.job.events.send(Event::Token { id, text }).is_err() {
            // The client went away: free the slot.
            return false;
        }
        if hit {
            return self.done("stop");
        }
        if self.generated >= self.job.max_tokens {
            if let Some(s) = self.text.take() {
                let (piece, hit) = self.stops.push(&s.finish());
                let rest = if hit {
                    piece
                } else {
                    piece + &self.stops.finish()
                };
                if !rest.is_empty() {
                    let _ = self.job.events.send(Event::Text(rest));
                }
            }
            return self.done("length");
        }
        match self.session.decode(id) {
            Ok(l) => {
                self.last = Some(l);
                true
            }
            Err(e) => self.fail(e.to_string()),
        }
    }

    fn done(&self, finish_reason: &'static str) -> bool {
        let _ = self.job.events.send(Event::Done { finish_reason });
        false
    }

    fn fail(&self, message: String) -> bool {
        let _ = self.job.events.send(Event::Failed(message));
        false
    }
}

/// Runs requests from `jobs` on `model`, at most `slots` at once, until every sender is
/// gone and the slots are empty.
pub fn run(model: Model, jobs: mpsc::Receiver<Work>, slots: usize) {
    let model = &model;
    let mut running: Vec<Slot<'_>> = Vec::new();
    let start = |work: Work| -> Option<Slot<'_>> {
        let job = match work {
            Work::Generate(job) => job,
            Work::Forward(f) => {
                let out = model
                    .forward_outputs(&f.tokens, &[f.output.as_str()])
                    .map(|(mut ys, _)| ys.remove(0))
                    .map_err(|e| e.to_string());
                // Out of the count before the answer is seen.
                drop(f.admitted);
                let _ = f.reply.send(out);
                return None;
            }
        };
        let session = match model.session() {
            Ok(s) => s,
            Err(e) => {
                let _ = job.events.send(Event::Failed(e.to_string()));
                return None;
            }
        };
        Some(Slot {
            text: model.manifest.tokenizer.as_ref().map(|t| t.stream()),
            stops: StopStrings::new(job.stop.clone()),
            job,
            session,
            generated: 0,
            last: None,
        })
    };
    loop {
        if running.is_empty() {
            match jobs.recv() {
                Ok(job) => running.extend(start(job)),
                Err(_) => return,
            }
        }
        while running.len() < slots {
            match jobs.try_recv() {
                Ok(job) => running.extend(start(job)),
                Err(_) => break,
            }
        }
        running.retain_mut(|slot| slot.step(model));
    }
}
