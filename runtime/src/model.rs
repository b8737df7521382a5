//! A loaded artifact ([`Model`]) and a generation session over it ([`Session`]), on any
//! backend.

use std::path::Path;

use crate::artifact::{ArtifactFile, ConstantSource, Manifest, Target};
use crate::backend::{Backend, Run, Runs};
use crate::plan::{Plan, State};
use crate::weights::ReadOptions;
use crate::{Matrix, RuntimeError};

impl ArtifactFile {
    /// Loads the code and the constants: ready to run.
    pub fn load(self) -> Result<Model, RuntimeError> {
        self.load_with_weights(None)
    }

    /// Loads the code, the stored constants and, for an artifact compiled without weights,
    /// the weights from `weights` ([`ArtifactFile::load_with`] with the default checks).
    pub fn load_with_weights(self, weights: Option<&Path>) -> Result<Model, RuntimeError> {
        self.load_with(weights, ReadOptions::default())
    }

    /// Loads the code, the stored constants and, for an artifact compiled without weights,
    /// the weights from `weights` (a safetensors file read by [`crate::weights`] against the
    /// checkpoint the manifest names: every tensor with its shape, in f32, f16 or bf16, finite,
    /// poles stable unless `opts` allows otherwise), then runs the generated load-time kernels
    /// that derive the other constants from them.
    pub fn load_with(
        self,
        weights: Option<&Path>,
        opts: ReadOptions,
    ) -> Result<Model, RuntimeError> {
        self.check_target()?;
        let code = self.code()?.to_vec();
        let needs = self.needs_weights();
        let mut supplied = match (needs, weights) {
            (true, None) => {
                return Err(RuntimeError::Input(
                    "this artifact was compiled without weights: pass them with --weights W.safetensors"
                        .into(),
                ))
            }
            (false, Some(w)) => {
                return Err(RuntimeError::Input(format!(
                    "this artifact already holds its weights; {} is not needed",
                    w.display()
                )))
            }
            (true, Some(w)) => {
                let spec = self.manifest.checkpoint.as_ref().ok_or_else(|| {
                    RuntimeError::Artifact("manifest.checkpoint is missing".into())
                })?;
                Some(
                    // 16-bit checkpoints stay 16-bit: no f32 copy of the weights.
                    crate::weights::read(w, spec, ReadOptions { keep_16_bit: true, ..opts })
                        .map_err(|e| RuntimeError::Input(e.to_string()))?,
                )
            }
            (false, None) => None,
        };
        let mut constants = Vec::with_capacity(self.manifest.constants.len());
        for c in &self.manifest.constants {
            let data = match &c.source {
                // Used in place from the mapped file: no copy of the weights.
                ConstantSource::Stored if self.mapped_span(&c.blob, &c.name)?.is_some() => {
                    let span = self.mapped_span(&c.blob, &c.name)?.expect("mapped");
                    constants.push(Matrix::in_place(c.rows, c.cols, c.dtype, span));
                    continue;
                }
                ConstantSource::Stored if c.dtype.is_half() => {
                    let b = self.span(&c.blob, &c.name)?;
                    constants.push(Matrix {
                        half: b
                            .chunks_exact(2)
                            .map(|x| u16::from_le_bytes(x.try_into().expect("2")))
                            .collect(),
                        data: Vec::new(),
                        dtype: c.dtype,
                        ..Matrix::new(c.rows, c.cols, Vec::new())
                    });
                    continue;
                }
                ConstantSource::Stored => {
                    let b = self.span(&c.blob, &c.name)?;
                    b.chunks_exact(4)
                        .map(|x| f32::from_le_bytes(x.try_into().expect("4")))
                        .collect()
                }
                ConstantSource::Weight { name, .. } => {
                    let file = supplied.as_mut().expect("weights checked above");
                    // Read and checked against manifest.checkpoint, which lists this weight
                    // with this shape (checked when the file was parsed). Moved out of the
                    // file's map: 16-bit weights stored in 16 bits are not copied.
                    let t = match file.remove(name) {
                        Some(t) => t,
                        None => {
                            return Err(RuntimeError::Artifact(format!(
                                "weight `{name}` is not in manifest.checkpoint, or is bound twice"
                            )))
                        }
                    };
                    let m = t
                        .into_matrix(c.rows, c.cols, c.dtype)
                        .map_err(|e| RuntimeError::Input(format!("weight `{name}`: {e}")))?;
                    constants.push(m);
                    continue;
                }
                // Filled in below, once the weights are there.
                ConstantSource::Init { .. } => Vec::new(),
            };
            // Weights supplied at load time are rounded to the type the artifact stores them in;
            // load-time kernels write their result in its type.
            let m = match &c.source {
                ConstantSource::Init { .. } => Matrix {
                    dtype: c.dtype,
                    ..Matrix::new(c.rows, c.cols, data)
                },
                _ => Matrix::new(c.rows, c.cols, data)
                    .stored_as(c.dtype)
                    .map_err(|e| RuntimeError::Input(format!("weight `{}`: {e}", c.name)))?,
            };
            constants.push(m);
        }
        drop(supplied);
        if let Target::Cuda { .. } = &self.manifest.target {
            if needs {
                return Err(RuntimeError::Input(
                    "GPU artifacts compiled without weights cannot be loaded by this version; compile with --weights"
                        .into(),
                ));
            }
            let ptx = String::from_utf8(code)
                .map_err(|_| RuntimeError::Artifact("the PTX is not text".into()))?;
            let gpu = crate::cuda::GpuProgram::new(&ptx, &constants)?;
            return Ok(Model::new(self.manifest, Box::new(gpu)));
        }
        let lib = crate::dynlib::open_shared_object(&code, self.manifest.code.checksum)?;
        let kernels = crate::backend::cpu::KernelTable::resolve(&lib, &self.abi)?;
        let mut deferred = None;
        if needs {
            let sources: Vec<ConstantSource> = self
                .manifest
                .constants
                .iter()
                .map(|c| c.source.clone())
                .collect();
            // Weights only read to derive others (stored transposed, say) are not kept.
            let mut read = vec![false; constants.len()];
            let step = self.manifest.step.as_ref().filter(|_| !opts.forward_only);
            for plan in std::iter::once(&self.manifest.plan).chain(step) {
                for call in &plan.calls {
                    for a in &call.args {
                        if let crate::Arg::Constant(i) | crate::Arg::ConstantAt(i) = a {
                            read[*i] = true;
                        }
                    }
                }
            }
            if opts.forward_only {
                // One pass: every derived constant is computed during it, when first read,
                // and freed after its last reader (`plan::Deferred`); the weights they come
                // from are kept, the rest freed.
                let needed = crate::plan::derived_from(&sources, &read);
                for (c, n) in constants.iter_mut().zip(&needed) {
                    if !n {
                        c.clear();
                    }
                }
                let is_init: Vec<bool> = sources
                    .iter()
                    .map(|s| matches!(s, ConstantSource::Init { .. }))
                    .collect();
                deferred = Some(crate::plan::Deferred {
                    sources,
                    deferred: is_init,
                    names: self
                        .manifest
                        .constants
                        .iter()
                        .map(|c| c.name.clone())
                        .collect(),
                });
            } else {
                // SAFETY: the init symbols are the artifact's generated load-time kernels,
                // resolved from its own code; their argument shapes were checked against its
                // ABI table.
                unsafe {
                    crate::plan::run_init(&mut constants, &sources, &read, &|s| kernels.get(s))?
                };
                for (c, r) in constants.iter_mut().zip(read) {
                    if !r {
                        c.clear();
                    }
                }
            }
        }
        // Constants computed here (stored ones were checked when compiled and are
        // checksummed; weights were checked when read).
        if let Some((i, v)) = constants
            .iter()
            .enumerate()
            .filter(|(i, _)| {
                matches!(
                    self.manifest.constants[*i].source,
                    ConstantSource::Init { .. }
                )
            })
            .find_map(|(i, c)| crate::compare::first_non_finite(&c.values()).map(|(_, v)| (i, v)))
        {
            return Err(RuntimeError::Input(format!(
                "constant `{}` computed at load time holds a non-finite value ({v})",
                self.manifest.constants[i].name
            )));
        }
        let mut backend = crate::backend::cpu::CpuBackend::new(constants, kernels, lib);
        if let Some(d) = deferred {
            backend = backend.deferring(d);
        }
        let mut model = Model::new(self.manifest, Box::new(backend));
        // (An artifact with its weights holds every constant already.)
        model.forward_only = opts.forward_only && needs;
        Ok(model)
    }
}

/// A loaded artifact.
pub struct Model {
    /// The artifact's manifest.
    pub manifest: Manifest,
    backend: Box<dyn Backend>,
    /// Loaded for the stateless forward plan only (`ReadOptions::forward_only`).
    forward_only: bool,
    /// Activation buffers of the last stateless forward pass, for the next one.
    spare: std::sync::Mutex<Vec<Vec<f32>>>,
}

impl Model {
    pub(crate) fn new(manifest: Manifest, backend: Box<dyn Backend>) -> Self {
        Model {
            manifest,
            backend,
            forward_only: false,
            spare: Default::default(),
        }
    }

    /// Loads an artifact file.
    pub fn load(path: &Path) -> Result<Model, RuntimeError> {
        ArtifactFile::read(path)?.load()
    }

    /// Loads an artifact file with its weights from `weights` when it was compiled without
    /// them ([`ArtifactFile::load_with_weights`]).
    pub fn load_with_weights(path: &Path, weights: Option<&Path>) -> Result<Model, RuntimeError> {
        ArtifactFile::read(path)?.load_with_weights(weights)
    }

    /// [`Model::load_with_weights`] with explicit weight checks.
    pub fn load_with(
        path: &Path,
        weights: Option<&Path>,
        opts: ReadOptions,
    ) -> Result<Model, RuntimeError> {
        ArtifactFile::read(path)?.load_with(weights, opts)
    }

    /// The stateless forward pass over `tokens`: output `output` (`logits`), and per-kernel
    /// times.
    pub fn forward(&self, tokens: &[i64], output: &str) -> Result<Run, RuntimeError> {
        let (mut ys, times) = self.forward_outputs(tokens, &[output])?;
        Ok((ys.remove(0), times))
    }

    /// The stateless forward pass returning the outputs `outputs` (`logits`, or a layer's
    /// hidden states by its module path: [`Model::output_names`]), in that order; only the
    /// kernels they depend on run.
    pub fn forward_outputs(&self, tokens: &[i64], outputs: &[&str]) -> Result<Runs, RuntimeError> {
        let plan = &self.manifest.plan;
        // Concurrent forward passes each take the spare buffers or start without.
        let spare = self.spare.lock().map(|mut s| std::mem::take(&mut *s));
        let mut state = State::with_spare(plan, spare.unwrap_or_default());
        let run = self.backend.run(plan, &mut state, tokens, outputs);
        if let Ok(mut s) = self.spare.lock() {
            *s = state.into_spare();
        }
        run
    }

    /// The outputs a run can return: `logits` and the hidden states of the layers, named by
    /// their module paths in the checkpoint (`blocks.3`, `hyena.backbone.layers.0`, …).
    pub fn output_names(&self) -> Vec<&str> {
        self.manifest
            .plan
            .outputs
            .iter()
            .map(|(n, _)| n.as_str())
            .collect()
    }

    /// A generation session at position 0: prefill, chunked prefill and decode steps through
    /// the artifact's stateful plan (CPU artifacts).
    pub fn session(&self) -> Result<Session<'_>, RuntimeError> {
        if self.forward_only && self.manifest.step.is_some() {
            return Err(RuntimeError::Input(
                "this model was loaded for the stateless forward pass only: load it without `forward_only` for prefill and decode".into(),
            ));
        }
        let plan = self.manifest.stateful_plan().ok_or_else(|| {
            RuntimeError::Input("this artifact has no stateful plan (prefill, decode)".into())
        })?;
        if !self.backend.runs_stateful_plans() {
            return Err(RuntimeError::Input(
                "prefill and decode run on CPU artifacts only in this version".into(),
            ));
        }
        Ok(Session {
            model: self,
            plan,
            state: State::new(plan),
        })
    }
}

/// A model with its recurrent state (spec §6): FIR histories, f64 modal states and key/value
/// caches that grow in chunks. Every call continues where the previous one stopped.
pub struct Session<'m> {
    model: &'m Model,
    plan: &'m Plan,
    state: State,
}

impl Session<'_> {
    /// Runs the next `tokens` (a prompt, a chunk of one, or one token) and returns their
    /// logits `[len, V]` and the per-kernel times.
    pub fn feed(&mut self, tokens: &[i64]) -> Result<Run, RuntimeError> {
        let (mut ys, times) = self.feed_outputs(tokens, &["logits"])?;
        Ok((ys.remove(0), times))
    }

    /// [`Session::feed`] returning the outputs `outputs` (as [`Model::forward_outputs`]).
    pub fn feed_outputs(&mut self, tokens: &[i64], outputs: &[&str]) -> Result<Runs, RuntimeError> {
        self.model
            .backend
            .run(self.plan, &mut self.state, tokens, outputs)
    }

    /// Prefill: the prompt's logits `[len, V]`.
    pub fn prefill(&mut self, prompt: &[i64]) -> Result<Matrix, RuntimeError> {
        self.feed(prompt).map(|(m, _)| m)
    }

    /// One decode step: the logits `[V]` after `token`.
    pub fn decode(&mut self, token: i64) -> Result<Vec<f32>, RuntimeError> {
        self.feed(&[token]).map(|(m, _)| m.data)
    }

    /// Tokens consumed so far.
    pub fn position(&self) -> usize {
        self.state.position()
    }

    /// Bytes the state holds now.
    pub fn state_bytes(&self) -> usize {
        self.state.bytes()
    }

    /// The longest sequence the artifact serves.
    pub fn max_len(&self) -> usize {
        self.plan.max_len
    }

    /// Forgets everything: back to position 0.
    pub fn reset(&mut self) {
        self.state = State::new(self.plan);
    }
}
