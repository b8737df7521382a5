//! `hyenac serve`: an OpenAI-style HTTP server over one artifact, built on the runtime alone
//! (no LLVM, no MLIR): `hyenac-server` plus the `.hyx` is what a deployer ships.
//!
//! Routes: `GET /health`, `GET /v1/models`, `POST /v1/completions` (text or ids, sampling,
//! `stop`, `stream` as server-sent events, each choice with its `token_ids`), `POST /tokenize`
//! and `POST /detokenize` (vLLM's shapes). Errors are OpenAI's JSON shape with the right
//! status; the API key (if set) is checked in constant time on every route but `/health`.
//! Requests run on the engine thread ([`engine`]), each in its own session, interleaved token
//! by token; past `max_concurrent + max_queue` in flight a request is answered 503 with
//! `Retry-After`.

pub mod engine;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{mpsc, Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{Request, StatusCode};
use axum::response::sse::{Event as SseEvent, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};

use engine::{Event, ForwardJob, Job, Load, Work};
use hyenac_runtime::{Sampler, Tokenizer};

/// The options of `hyenac serve` (and of the `hyenac-server` binary).
#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// The artifact (CPU; its prefill/decode plan serves the requests).
    pub model: PathBuf,
    /// Address to bind (loopback unless told otherwise).
    #[arg(long, default_value = "127.0.0.1")]
    pub host: String,
    /// Port (0: any free one; the address is printed).
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    /// A file holding the API key clients must send as `Authorization: Bearer KEY`.
    #[arg(long)]
    pub api_key_file: Option<PathBuf>,
    /// Requests running at once (each its own session).
    #[arg(long, default_value_t = 4)]
    pub max_concurrent: usize,
    /// Requests waiting beyond those; more are answered 503.
    #[arg(long, default_value_t = 64)]
    pub max_queue: usize,
    /// Largest request body, bytes (413 beyond).
    #[arg(long, default_value_t = 1 << 20)]
    pub max_body_bytes: usize,
    /// Largest `max_tokens` a request may ask for.
    #[arg(long, default_value_t = 4096)]
    pub max_tokens_limit: usize,
    /// The model's name in `/v1/models` and responses (default: the artifact's file stem).
    #[arg(long)]
    pub served_model_name: Option<String>,
    /// Weights for an artifact compiled without them.
    #[arg(long)]
    pub weights: Option<PathBuf>,
}

/// What the handlers share.
struct App {
    name: String,
    key: Option<Vec<u8>>,
    tokenizer: Option<Tokenizer>,
    vocab: usize,
    max_len: usize,
    limit: usize,
    max_body: usize,
    max_tokens: usize,
    load: Arc<Load>,
    jobs: Mutex<mpsc::Sender<Work>>,
    /// The hidden-state outputs (module paths), the default embedding layer last.
    layers: Vec<String>,
    metrics: Mutex<Metrics>,
}

/// An error in OpenAI's shape: `{"error": {"message", "type", "param", "code"}}`.
struct ApiError {
    status: StatusCode,
    message: String,
    param: Option<&'static str>,
}

fn err(status: StatusCode, message: impl Into<String>) -> ApiError {
    ApiError {
        status,
        message: message.into(),
        param: None,
    }
}

fn bad(param: &'static str, message: impl Into<String>) -> ApiError {
    ApiError {
        status: StatusCode::BAD_REQUEST,
        message: message.into(),
        param: Some(param),
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let kind = match self.status.as_u16() {
            401 => "authentication_error",
            404 => "not_found_error",
            413 | 400 | 422 => "invalid_request_error",
            503 => "overloaded",
            _ => "server_error",
        };
        let body = json!({"error": {"message": self.message, "type": kind,
            "param": self.param, "code": self.status.as_u16()}});
        let mut r = (self.status, Json(body)).into_response();
        if self.status == StatusCode::SERVICE_UNAVAILABLE {
            r.headers_mut()
                .insert("retry-after", axum::http::HeaderValue::from_static("1"));
        }
        r
    }
}

/// Loads the artifact, binds, prints the address and serves until SIGTERM or Ctrl-C, then
/// lets the requests in flight finish.
pub fn serve(args: ServeArgs) -> Result<(), String> {
    if args.max_concurrent == 0 {
        return Err("--max-concurrent 0: at least one request must run".into());
    }
    let key = match &args.api_key_file {
        Some(p) => {
            let k = std::fs::read_to_string(p)
                .map_err(|e| format!("--api-key-file {}: {e}", p.display()))?;
            let k = k.trim().to_string();
            if k.is_empty() {
                return Err(format!("--api-key-file {}: the file is empty", p.display()));
            }
            Some(k.into_bytes())
        }
        None => None,
    };
    // The engine thread loads and owns the model (a model is used from one thread), and
    // reports what the handlers need of it, or why it cannot serve.
    let (tx, rx) = mpsc::channel();
    let (ready_tx, ready_rx) = mpsc::channel();
    let (path, weights, slots) = (
        args.model.clone(),
        args.weights.clone(),
        args.max_concurrent,
    );
    let engine = std::thread::Builder::new()
        .name("hyenac-engine".into())
        .spawn(move || {
            let loaded =
                hyenac_runtime::Model::load_with(&path, weights.as_deref(), Default::default())
                    .map_err(|e| e.to_string())
                    .and_then(|m| {
                        let max_len = m.session().map_err(|e| e.to_string())?.max_len();
                        Ok((m, max_len))
                    });
            match loaded {
                Ok((model, max_len)) => {
                    let layers: Vec<String> = model
                        .output_names()
                        .into_iter()
                        .filter(|n| *n != "logits")
                        .map(str::to_string)
                        .collect();
                    let _ = ready_tx.send(Ok((
                        model.manifest.tokenizer.clone(),
                        model.manifest.plan.vocab,
                        max_len,
                        layers,
                    )));
                    engine::run(model, rx, slots)
                }
                Err(e) => {
                    let _ = ready_tx.send(Err(e));
                }
            }
        })
        .map_err(|e| e.to_string())?;
    let (tokenizer, vocab, max_len, layers) = ready_rx
        .recv()
        .map_err(|_| "the engine thread stopped while loading".to_string())??;
    let name = args.served_model_name.clone().unwrap_or_else(|| {
        args.model
            .file_stem()
            .map_or("model".into(), |s| s.to_string_lossy().into_owned())
    });
    let app = Arc::new(App {
        name,
        key,
        tokenizer,
        vocab,
        max_len,
        limit: args.max_concurrent + args.max_queue,
        max_body: args.max_body_bytes,
        max_tokens: args.max_tokens_limit,
        load: Arc::new(Load::default()),
        jobs: Mutex::new(tx),
        layers,
        metrics: Mutex::new(Metrics::default()),
    });
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let addr = format!("{}:{}", args.host, args.port);
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(&addr)
            .await
            .map_err(|e| format!("binding {addr}: {e}"))?;
        let local: SocketAddr = listener.local_addr().map_err(|e| e.to_string())?;
        eprintln!("listening on http://{local}");
        let router = Router::new()
            .route("/health", get(|| async { Json(json!({"status": "ok"})) }))
            .route("/v1/models", get(models))
            .route("/v1/completions", post(completions))
            .route("/tokenize", post(tokenize))
            .route("/detokenize", post(detokenize))
            .route("/v1/embeddings", post(embeddings))
            .route("/metrics", get(metrics))
            .fallback(|| async { err(StatusCode::NOT_FOUND, "no such route") })
            .layer(axum::middleware::from_fn_with_state(app.clone(), auth))
            .layer(axum::middleware::from_fn_with_state(app.clone(), track))
            .with_state(app);
        axum::serve(listener, router)
            .with_graceful_shutdown(shutdown())
            .await
            .map_err(|e| e.to_string())
    })?;
    eprintln!("shut down: requests in flight finished");
    // The engine ends when the last sender (the app's) is gone and its slots are empty.
    drop(engine);
    Ok(())
}

async fn shutdown() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
        let term = async {
            match term.as_mut() {
                Some(t) => {
                    t.recv().await;
                }
                None => std::future::pending::<()>().await,
            }
        };
        tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}

/// The API key, compared in constant time, on every route but `/health`.
async fn auth(
    State(app): State<Arc<App>>,
    req: Request<Body>,
    next: axum::middleware::Next,
) -> Response {
    if let Some(key) = &app.key {
        if req.uri().path() != "/health" {
            let given = req
                .headers()
                .get("authorization")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.strip_prefix("Bearer "))
                .unwrap_or("")
                .as_bytes();
            let same = given.len() == key.len()
                && bool::from(subtle::ConstantTimeEq::ct_eq(given, key.as_slice()));
            if !same {
                return err(StatusCode::UNAUTHORIZED, "missing or wrong API key").into_response();
            }
        }
    }
    next.run(req).await
}

/// The request body as JSON of type `T`: 413 past the limit, 400 naming what is wrong.
async fn body<T: for<'de> Deserialize<'de>>(app: &App, body: Body) -> Result<T, ApiError> {
    let bytes: Bytes = axum::body::to_bytes(body, app.max_body)
        .await
        .map_err(|_| {
            err(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!("the request body is larger than {} bytes", app.max_body),
            )
        })?;
    serde_json::from_slice(&bytes).map_err(|e| {
        err(
            StatusCode::BAD_REQUEST,
            format!("the request body is not valid: {e}"),
        )
    })
}

async fn models(State(app): State<Arc<App>>) -> Json<Value> {
    Json(
        json!({"object": "list", "data": [{"id": app.name, "object": "model",
        "owned_by": "hyenac", "max_model_len": app.max_len}]}),
    )
}

/// A prompt: text, or token ids.
#[derive(Deserialize)]
#[serde(untagged)]
enum Prompt {
    Text(String),
    Ids(Vec<i64>),
}

/// One stop string or several.
#[derive(Deserialize)]
#[serde(untagged)]
enum Stop {
    One(String),
    Many(Vec<String>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CompletionRequest {
    #[serde(default)]
    model: Option<String>,
    prompt: Prompt,
    #[serde(default = "default_max_tokens")]
    max_tokens: usize,
    #[serde(default = "one")]
    temperature: f64,
    #[serde(default = "one")]
    top_p: f64,
    #[serde(default)]
    top_k: usize,
    #[serde(default)]
    seed: Option<u64>,
    #[serde(default)]
    stop: Option<Stop>,
    #[serde(default)]
    stream: bool,
    #[serde(default)]
    ignore_eos: bool,
    /// Accepted for compatibility; only `n = 1`.
    #[serde(default)]
    n: Option<usize>,
    /// Return the prompt before the completion (with `logprobs`: scored too).
    #[serde(default)]
    echo: bool,
    /// Log-probabilities of the tokens with this many most likely alternatives (0–20).
    #[serde(default)]
    logprobs: Option<usize>,
    #[serde(default)]
    user: Option<String>,
}

fn default_max_tokens() -> usize {
    16
}
fn one() -> f64 {
    1.0
}

impl App {
    /// 404 unless `model` (when given) is the one served.
    fn check_model(&self, model: Option<&str>) -> Result<(), ApiError> {
        match model {
            Some(m) if m != self.name => Err(err(
                StatusCode::NOT_FOUND,
                format!(
                    "model `{m}` is not served here (this server serves `{}`)",
                    self.name
                ),
            )),
            _ => Ok(()),
        }
    }

    /// A place among the requests in flight, or 503.
    fn admit(&self) -> Result<engine::Admission, ApiError> {
        self.load.admit(self.limit).ok_or_else(|| {
            err(
                StatusCode::SERVICE_UNAVAILABLE,
                "the server is busy: too many requests in flight",
            )
        })
    }

    /// Hands `work` to the engine thread.
    fn submit(&self, work: Work) -> Result<(), ApiError> {
        let stopped = || err(StatusCode::INTERNAL_SERVER_ERROR, "the engine stopped");
        self.jobs
            .lock()
            .map_err(|_| stopped())?
            .send(work)
            .map_err(|_| stopped())
    }

    /// The prompt's ids, checked: 400 for an empty prompt or text without a tokenizer, 422
    /// for an id outside the vocabulary or a prompt too long.
    fn prompt_ids(&self, prompt: &Prompt, extra: usize) -> Result<Vec<i64>, ApiError> {
        let ids = match prompt {
            Prompt::Ids(ids) => ids.clone(),
            Prompt::Text(t) => match &self.tokenizer {
                Some(tok) => tok
                    .encode_prompt(t)
                    .map_err(|e| bad("prompt", e.to_string()))?,
                None => {
                    return Err(bad(
                        "prompt",
                        "this model has no tokenizer: send the prompt as token ids",
                    ))
                }
            },
        };
        if ids.is_empty() {
            return Err(bad("prompt", "the prompt is empty"));
        }
        if let Some(&t) = ids.iter().find(|&&t| t < 0 || t as usize >= self.vocab) {
            return Err(err(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("token {t} is outside the vocabulary of {}", self.vocab),
            ));
        }
        if ids.len() + extra.saturating_sub(1) > self.max_len {
            return Err(err(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!(
                    "the prompt ({} tokens) plus max_tokens ({extra}) exceeds the model's {} positions",
                    ids.len(),
                    self.max_len
                ),
            ));
        }
        Ok(ids)
    }
}

async fn completions(State(app): State<Arc<App>>, req: Request<Body>) -> Response {
    match completions_inner(app, req).await {
        Ok(r) => r,
        Err(e) => e.into_response(),
    }
}

async fn completions_inner(app: Arc<App>, req: Request<Body>) -> Result<Response, ApiError> {
    let r: CompletionRequest = body(&app, req.into_body()).await?;
    app.check_model(r.model.as_deref())?;
    let _ = &r.user;
    if r.n.unwrap_or(1) != 1 {
        return Err(bad("n", "only n = 1 is supported"));
    }
    // `max_tokens: 0` with `echo` scores the prompt only.
    if (r.max_tokens == 0 && !r.echo) || r.max_tokens > app.max_tokens {
        return Err(bad(
            "max_tokens",
            format!(
                "max_tokens must be between 1 (0 with echo) and {}",
                app.max_tokens
            ),
        ));
    }
    if r.logprobs.is_some_and(|k| k > 20) {
        return Err(bad("logprobs", "logprobs is at most 20"));
    }
    if r.logprobs.is_some() && r.stream {
        return Err(bad("logprobs", "logprobs are not streamed in this version"));
    }
    if !(r.temperature.is_finite() && r.temperature >= 0.0) {
        return Err(bad(
            "temperature",
            "temperature must be a finite number ≥ 0",
        ));
    }
    if !(r.top_p > 0.0 && r.top_p <= 1.0) {
        return Err(bad("top_p", "top_p must be in (0, 1]"));
    }
    let stop = match r.stop {
        None => Vec::new(),
        Some(Stop::One(s)) => vec![s],
        Some(Stop::Many(v)) => v,
    };
    if !stop.is_empty() && app.tokenizer.is_none() {
        return Err(bad("stop", "stop strings need a model with a tokenizer"));
    }
    let prompt = app.prompt_ids(&r.prompt, r.max_tokens)?;
    let admitted = app.admit()?;
    let sampler = if r.temperature == 0.0 {
        Sampler::greedy()
    } else {
        Sampler::new(
            r.temperature,
            r.top_k,
            r.top_p,
            r.seed.unwrap_or_else(now_nanos),
        )
    };
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let job = Job {
        prompt: prompt.clone(),
        max_tokens: r.max_tokens,
        sampler,
        stop,
        stop_at_eos: !r.ignore_eos,
        logprobs: r.logprobs,
        echo: r.echo,
        events: tx,
        admitted,
    };
    app.submit(Work::Generate(job))?;
    let id = format!("cmpl-{:x}", now_nanos());
    let created = now_secs();
    if r.stream {
        let (name, id2) = (app.name.clone(), id.clone());
        let chunk = move |text: &str, ids: Vec<i64>, finish: Option<&str>| {
            json!({"id": id2, "object": "text_completion", "created": created, "model": name,
                "choices": [{"index": 0, "text": text, "token_ids": ids,
                    "finish_reason": finish, "logprobs": null}]})
            .to_string()
        };
        let stream = futures_util::stream::unfold((rx, false), move |(mut rx, ended)| {
            let chunk = chunk.clone();
            async move {
                if ended {
                    return None;
                }
                let mut next = rx.recv().await;
                // (Log-probabilities are refused with `stream` above.)
                while let Some(Event::Logprobs(_) | Event::PromptLogprobs(_)) = next {
                    next = rx.recv().await;
                }
                let (data, ended) = match next {
                    Some(Event::Logprobs(_) | Event::PromptLogprobs(_)) => {
                        unreachable!("skipped above")
                    }
                    Some(Event::Token { id, text }) => (chunk(&text, vec![id], None), false),
                    Some(Event::Text(text)) => (chunk(&text, vec![], None), false),
                    Some(Event::Done { finish_reason }) => {
                        (chunk("", vec![], Some(finish_reason)), false)
                    }
                    Some(Event::Failed(m)) => (
                        json!({"error": {"message": m, "type": "server_error"}}).to_string(),
                        false,
                    ),
                    None => ("[DONE]".to_string(), true),
                };
                Some((
                    Ok::<_, std::convert::Infallible>(SseEvent::default().data(data)),
                    (rx, ended),
                ))
            }
        });
        return Ok(Sse::new(stream).into_response());
    }
    let mut text = String::new();
    let mut ids = Vec::new();
    let mut finish = "length";
    // Per token: its log-probability and alternatives (`None`: the first prompt token).
    let mut scored: Vec<(i64, Option<engine::TokenLogprob>)> = Vec::new();
    if r.echo {
        match (&r.prompt, &app.tokenizer) {
            (Prompt::Text(p), _) => text.push_str(p),
            (Prompt::Ids(_), Some(t)) => text.push_str(&t.decode(&prompt)),
            (Prompt::Ids(_), None) => {}
        }
        scored.push((prompt[0], None));
    }
    let mut pending: Option<engine::TokenLogprob> = None;
    while let Some(e) = rx.recv().await {
        match e {
            Event::PromptLogprobs(lps) => {
                scored.extend(prompt[1..].iter().copied().zip(lps.into_iter().map(Some)))
            }
            Event::Logprobs(lp) => pending = Some(lp),
            Event::Token { id, text: t } => {
                ids.push(id);
                text.push_str(&t);
                if r.logprobs.is_some() {
                    scored.push((id, pending.take()));
                }
            }
            Event::Text(t) => text.push_str(&t),
            Event::Done { finish_reason } => finish = finish_reason,
            Event::Failed(m) => return Err(err(StatusCode::INTERNAL_SERVER_ERROR, m)),
        }
    }
    let logprobs = match r.logprobs {
        None => Value::Null,
        Some(_) => {
            let name = |id: i64| match &app.tokenizer {
                Some(t) => t.decode(&[id]),
                None => id.to_string(),
            };
            json!({
                "tokens": scored.iter().map(|(id, _)| name(*id)).collect::<Vec<_>>(),
                "token_ids": scored.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
                "token_logprobs": scored.iter().map(|(_, l)| l.as_ref().map(|l| l.logprob)).collect::<Vec<_>>(),
                "top_logprobs": scored.iter().map(|(_, l)| l.as_ref().map(|l| {
                    l.top.iter().map(|(i, p)| (name(*i), json!(p))).collect::<serde_json::Map<_, _>>()
                })).collect::<Vec<_>>(),
            })
        }
    };
    Ok(Json(
        json!({"id": id, "object": "text_completion", "created": created,
        "model": app.name,
        "choices": [{"index": 0, "text": text, "token_ids": ids, "finish_reason": finish,
            "logprobs": logprobs}],
        "usage": {"prompt_tokens": prompt.len(), "completion_tokens": ids.len(),
            "total_tokens": prompt.len() + ids.len()}}),
    )
    .into_response())
}

#[derive(Deserialize)]
struct TokenizeRequest {
    prompt: String,
}

#[derive(Deserialize)]
struct DetokenizeRequest {
    tokens: Vec<i64>,
}

async fn tokenize(State(app): State<Arc<App>>, req: Request<Body>) -> Response {
    let run = async {
        let r: TokenizeRequest = body(&app, req.into_body()).await?;
        let tok = app
            .tokenizer
            .as_ref()
            .ok_or_else(|| bad("prompt", "this model has no tokenizer"))?;
        let ids = tok
            .encode_prompt(&r.prompt)
            .map_err(|e| bad("prompt", e.to_string()))?;
        Ok::<_, ApiError>(Json(json!({"tokens": ids, "count": ids.len(),
            "max_model_len": app.max_len})))
    };
    match run.await {
        Ok(r) => r.into_response(),
        Err(e) => e.into_response(),
    }
}

async fn detokenize(State(app): State<Arc<App>>, req: Request<Body>) -> Response {
    let run = async {
        let r: DetokenizeRequest = body(&app, req.into_body()).await?;
        let tok = app
            .tokenizer
            .as_ref()
            .ok_or_else(|| bad("tokens", "this model has no tokenizer"))?;
        if let Some(&t) = r.tokens.iter().find(|&&t| t < 0 || t as usize >= app.vocab) {
            return Err(err(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("token {t} is outside the vocabulary of {}", app.vocab),
            ));
        }
        Ok(Json(json!({"prompt": tok.decode(&r.tokens)})))
    };
    match run.await {
        Ok(r) => r.into_response(),
        Err(e) => e.into_response(),
    }
}

fn now_nanos() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64)
}

fn now_secs() -> u64 {
    now_nanos() / 1_000_000_000
}

/// Request counts by route and status, request durations (to the response's head: for a
/// stream, its first byte), for `/metrics`.
#[derive(Default)]
struct Metrics {
    requests: std::collections::BTreeMap<(String, u16), u64>,
    /// Counts per bucket of [`BUCKETS`] (cumulative when printed), the sum and the count.
    duration: [u64; BUCKETS.len()],
    duration_sum: f64,
    duration_count: u64,
}

/// Upper bounds of the duration histogram, seconds.
const BUCKETS: [f64; 10] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0];

/// Counts every request (the route as registered; unknown paths as `other`).
async fn track(
    State(app): State<Arc<App>>,
    req: Request<Body>,
    next: axum::middleware::Next,
) -> Response {
    let route = match req.uri().path() {
        p @ ("/health" | "/v1/models" | "/v1/completions" | "/v1/embeddings" | "/tokenize"
        | "/detokenize" | "/metrics") => p.to_string(),
        _ => "other".to_string(),
    };
    let t = std::time::Instant::now();
    let r = next.run(req).await;
    let secs = t.elapsed().as_secs_f64();
    if let Ok(mut m) = app.metrics.lock() {
        *m.requests.entry((route, r.status().as_u16())).or_default() += 1;
        if let Some(b) = BUCKETS.iter().position(|&b| secs <= b) {
            m.duration[b] += 1;
        }
        m.duration_sum += secs;
        m.duration_count += 1;
    }
    r
}

/// Prometheus' text format.
async fn metrics(State(app): State<Arc<App>>) -> Response {
    use std::fmt::Write;
    let mut out = String::new();
    let load = &app.load;
    let _ = writeln!(
        out,
        "# HELP hyenac_requests_total HTTP requests by route and status."
    );
    let _ = writeln!(out, "# TYPE hyenac_requests_total counter");
    if let Ok(m) = app.metrics.lock() {
        for ((route, status), n) in &m.requests {
            let _ = writeln!(
                out,
                "hyenac_requests_total{{route=\"{route}\",status=\"{status}\"}} {n}"
            );
        }
        let _ = writeln!(
            out,
            "# HELP hyenac_request_duration_seconds Time to the response head."
        );
        let _ = writeln!(out, "# TYPE hyenac_request_duration_seconds histogram");
        let mut cum = 0;
        for (b, n) in BUCKETS.iter().zip(&m.duration) {
            cum += n;
            let _ = writeln!(
                out,
                "hyenac_request_duration_seconds_bucket{{le=\"{b}\"}} {cum}"
            );
        }
        let _ = writeln!(
            out,
            "hyenac_request_duration_seconds_bucket{{le=\"+Inf\"}} {}",
            m.duration_count
        );
        let _ = writeln!(
            out,
            "hyenac_request_duration_seconds_sum {}",
            m.duration_sum
        );
        let _ = writeln!(
            out,
            "hyenac_request_duration_seconds_count {}",
            m.duration_count
        );
    }
    let _ = writeln!(
        out,
        "# HELP hyenac_requests_in_flight Requests queued or running."
    );
    let _ = writeln!(out, "# TYPE hyenac_requests_in_flight gauge");
    let _ = writeln!(
        out,
        "hyenac_requests_in_flight {}",
        load.in_flight.load(std::sync::atomic::Ordering::SeqCst)
    );
    let _ = writeln!(
        out,
        "# HELP hyenac_generated_tokens_total Tokens generated."
    );
    let _ = writeln!(out, "# TYPE hyenac_generated_tokens_total counter");
    let _ = writeln!(
        out,
        "hyenac_generated_tokens_total {}",
        load.generated.load(std::sync::atomic::Ordering::Relaxed)
    );
    ([("content-type", "text/plain; version=0.0.4")], out).into_response()
}

/// One input or several: text, or ids.
#[derive(Deserialize)]
#[serde(untagged)]
enum Inputs {
    Text(String),
    Texts(Vec<String>),
    Ids(Vec<i64>),
    IdLists(Vec<Vec<i64>>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EmbeddingRequest {
    input: Inputs,
    #[serde(default)]
    model: Option<String>,
    /// A layer's module path (`GET /v1/models` does not list them; `hyenac inspect` does);
    /// default: the last hidden state before the head.
    #[serde(default)]
    layer: Option<String>,
    /// `mean` (default), `last`, or `none` (every token's row).
    #[serde(default)]
    pooling: Option<String>,
    #[serde(default)]
    encoding_format: Option<String>,
    #[serde(default)]
    user: Option<String>,
}

async fn embeddings(State(app): State<Arc<App>>, req: Request<Body>) -> Response {
    match embeddings_inner(app, req).await {
        Ok(r) => r,
        Err(e) => e.into_response(),
    }
}

async fn embeddings_inner(app: Arc<App>, req: Request<Body>) -> Result<Response, ApiError> {
    let r: EmbeddingRequest = body(&app, req.into_body()).await?;
    app.check_model(r.model.as_deref())?;
    let _ = &r.user;
    if r.encoding_format.as_deref().is_some_and(|f| f != "float") {
        return Err(bad("encoding_format", "only `float` is supported"));
    }
    let layer = match r.layer {
        Some(l) if app.layers.contains(&l) => l,
        Some(l) => {
            return Err(bad(
                "layer",
                format!("no layer `{l}`; the model's are {}", app.layers.join(", ")),
            ))
        }
        None => app
            .layers
            .last()
            .cloned()
            .ok_or_else(|| bad("layer", "this artifact has no hidden-state outputs"))?,
    };
    let pooling = r.pooling.unwrap_or_else(|| "mean".into());
    if !["mean", "last", "none"].contains(&pooling.as_str()) {
        return Err(bad("pooling", "pooling is `mean`, `last` or `none`"));
    }
    let inputs: Vec<Prompt> = match r.input {
        Inputs::Text(t) => vec![Prompt::Text(t)],
        Inputs::Texts(v) => v.into_iter().map(Prompt::Text).collect(),
        Inputs::Ids(v) => vec![Prompt::Ids(v)],
        Inputs::IdLists(v) => v.into_iter().map(Prompt::Ids).collect(),
    };
    if inputs.is_empty() {
        return Err(bad("input", "no input"));
    }
    let mut data = Vec::new();
    let mut total = 0;
    for (index, p) in inputs.iter().enumerate() {
        let tokens = app.prompt_ids(p, 1)?;
        total += tokens.len();
        let admitted = app.admit()?;
        let (tx, rx) = tokio::sync::oneshot::channel();
        let job = ForwardJob {
            tokens,
            output: layer.clone(),
            reply: tx,
            admitted,
        };
        app.submit(Work::Forward(job))?;
        let h = rx
            .await
            .map_err(|_| err(StatusCode::INTERNAL_SERVER_ERROR, "the engine stopped"))?
            .map_err(|e| err(StatusCode::INTERNAL_SERVER_ERROR, e))?;
        if hyenac_runtime::compare::first_non_finite(&h.data).is_some() {
            return Err(err(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("the hidden states of `{layer}` are not finite"),
            ));
        }
        let row = |i: usize| &h.data[i * h.cols..(i + 1) * h.cols];
        let embedding = match pooling.as_str() {
            "last" => json!(row(h.rows - 1)),
            "none" => json!((0..h.rows).map(row).collect::<Vec<_>>()),
            _ => {
                let mut m = vec![0f64; h.cols];
                for i in 0..h.rows {
                    for (a, &x) in m.iter_mut().zip(row(i)) {
                        *a += f64::from(x);
                    }
                }
                json!(m.iter().map(|a| a / h.rows as f64).collect::<Vec<_>>())
            }
        };
        data.push(json!({"object": "embedding", "index": index, "embedding": embedding}));
    }
    Ok(Json(
        json!({"object": "list", "data": data, "model": app.name, "layer": layer,
        "pooling": pooling, "usage": {"prompt_tokens": total, "total_tokens": total}}),
    )
    .into_response())
}
