//! The one safetensors weight reader of hyenac: the compiler (`--weights` at compile time, the
//! interpreter) and the runtime (weights supplied at load time) read checkpoints through it, so
//! a file is accepted or refused by the same rules everywhere:
//!
//! - names: an optional `backbone.` prefix when *every* name carries it (Hugging Face); every
//!   expected tensor present with its shape; no other tensor except the buffers the
//!   [`CheckpointSpec`] allows (recomputed buffers, a tied alias);
//! - dtypes: f32, f16 or bf16, converted exactly to f32;
//! - values: finite everywhere (one NaN or Inf weight makes every logit NaN); modal poles inside
//!   the unit circle unless [`ReadOptions::allow_unstable_poles`].
//!
//! Every problem of a file is reported at once, so that a checkpoint is fixed in one round.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::torch_pt::StoredTensor;
use safetensors::{Dtype, SafeTensors};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// A property a tensor's values must have beyond being finite.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum TensorCheck {
    /// Finite values only.
    #[default]
    Finite,
    /// Complex modal poles, `(…, 2)` = (re, im) pairs: each of modulus below 1. A pole on or
    /// outside the unit circle gives a filter that does not decay or grows with the length
    /// (StripedHyena's parametrisation does not enforce stability).
    StablePoles,
}

/// Name and shape of one tensor a model requires.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TensorSpec {
    /// The state_dict name.
    pub name: String,
    /// Its shape.
    pub shape: Vec<usize>,
    /// What its values must satisfy.
    #[serde(default)]
    pub check: TensorCheck,
}

impl TensorSpec {
    /// A tensor whose values need only be finite.
    pub fn new(name: impl Into<String>, shape: &[usize]) -> Self {
        TensorSpec {
            name: name.into(),
            shape: shape.to_vec(),
            check: TensorCheck::Finite,
        }
    }
}

/// Names of stored tensors that carry no parameters and are ignored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum NamePattern {
    /// This name.
    Exact(String),
    /// Names ending so.
    Suffix(String),
    /// Names containing this.
    Contains(String),
}

impl NamePattern {
    fn matches(&self, name: &str) -> bool {
        match self {
            NamePattern::Exact(s) => name == s,
            NamePattern::Suffix(s) => name.ends_with(s.as_str()),
            NamePattern::Contains(s) => name.contains(s.as_str()),
        }
    }
}

/// Everything a checkpoint must hold, and what it may hold besides.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CheckpointSpec {
    /// Every tensor it must hold.
    pub tensors: Vec<TensorSpec>,
    /// Stored tensors that are ignored rather than refused.
    pub ignored: Vec<NamePattern>,
}

/// How strictly values are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReadOptions {
    /// Accept modal poles on or outside the unit circle (trained checkpoints do not enforce
    /// stability, and a pole just outside can be harmless for the lengths served).
    pub allow_unstable_poles: bool,
    /// Keep bf16 and f16 tensors in their 16 bits (the runtime, which stores matrix-product
    /// weights in 16 bits anyway: no f32 copy of a 16-bit checkpoint) instead of converting
    /// them to f32 (the compiler, which folds constants in f64).
    pub keep_16_bit: bool,
    /// Loading an artifact compiled without weights: derive only the constants its stateless
    /// forward plan reads (a separate prefill/decode plan's are not computed, and sessions are
    /// refused), each during the pass, right before its first reader, freed after its last
    /// (`plan::Deferred`; every pass derives them again) — for a one-shot run whose filters
    /// would not fit together (the 1M-token Hyena run holds one layer's at a time).
    pub forward_only: bool,
}

/// One weight: f32 values, or the 16 bits it was stored in (with
/// [`ReadOptions::keep_16_bit`]). Every accepted storage type converts to f32 exactly.
#[derive(Debug, Clone, PartialEq)]
pub struct Tensor {
    /// Its shape.
    pub shape: Vec<usize>,
    /// Its values as f32 (empty when held in 16 bits).
    pub data: Vec<f32>,
    /// `F32`, or the 16-bit type of `half`.
    pub dtype: crate::DType,
    /// The stored 16-bit values (empty for f32).
    pub half: Vec<u16>,
}

impl Tensor {
    /// An f32 tensor.
    pub fn new(shape: Vec<usize>, data: Vec<f32>) -> Tensor {
        Tensor {
            shape,
            data,
            dtype: crate::DType::F32,
            half: Vec::new(),
        }
    }

    /// The values as f32 (16-bit ones widened exactly).
    pub fn values(&self) -> std::borrow::Cow<'_, [f32]> {
        if self.dtype.is_half() {
            self.dtype.widen(&self.half).into()
        } else {
            self.data.as_slice().into()
        }
    }

    /// The tensor as a `rows × cols` matrix stored as `dtype`: 16-bit values of that type are
    /// moved, not converted.
    pub fn into_matrix(
        self,
        rows: usize,
        cols: usize,
        dtype: crate::DType,
    ) -> Result<crate::Matrix, String> {
        if self.dtype == dtype && dtype.is_half() {
            return Ok(crate::Matrix {
                half: self.half,
                data: Vec::new(),
                dtype,
                ..crate::Matrix::new(rows, cols, Vec::new())
            });
        }
        let data = match self.dtype {
            crate::DType::F32 => self.data,
            _ => self.values().into_owned(),
        };
        crate::Matrix::new(rows, cols, data).stored_as(dtype)
    }
}

/// A checkpoint that cannot be read or does not fit what the model requires.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum WeightsError {
    #[error("cannot read weights {path}: {message}")]
    #[allow(missing_docs)]
    Io { path: String, message: String },
    #[error("malformed safetensors file {path}: {message}")]
    #[allow(missing_docs)]
    Format { path: String, message: String },
    #[error("cannot use PyTorch checkpoint {path}: {message}")]
    #[allow(missing_docs)]
    Torch { path: String, message: String },
    #[error("tensor `{name}` has dtype {dtype}; expected F32, F16 or BF16")]
    #[allow(missing_docs)]
    Dtype { name: String, dtype: String },
    /// All problems found at once, so a user fixes a checkpoint in one round.
    #[error("weights {path} do not fit the model: {}", .problems.join("; "))]
    Mismatch {
        /// The file.
        path: String,
        /// Every problem, one phrase each.
        problems: Vec<String>,
    },
}

/// The multi-index of flat position `i` in `shape`, as `[a, b, c]`.
pub fn index_of(mut i: usize, shape: &[usize]) -> String {
    let mut idx = vec![0; shape.len()];
    for (k, &n) in shape.iter().enumerate().rev() {
        if n > 0 {
            idx[k] = i % n;
            i /= n;
        }
    }
    format!("{idx:?}")
}

/// What is wrong with a tensor's values, if anything.
fn check_values(spec: &TensorSpec, data: &[f32], opts: ReadOptions) -> Option<String> {
    if let Some(i) = data.iter().position(|x| !x.is_finite()) {
        return Some(format!(
            "tensor `{}` holds a non-finite value ({}) at index {}",
            spec.name,
            data[i],
            index_of(i, &spec.shape)
        ));
    }
    if spec.check == TensorCheck::StablePoles && !opts.allow_unstable_poles {
        for (k, p) in data.chunks_exact(2).enumerate() {
            let modulus = (p[0] as f64).hypot(p[1] as f64);
            if modulus >= 1.0 {
                return Some(format!(
                    "tensor `{}` has an unstable pole {}{:+}i of modulus {modulus:.4} ≥ 1 at index {} \
                     (its filter does not decay; --allow-unstable-poles accepts it)",
                    spec.name,
                    p[0],
                    p[1],
                    index_of(2 * k, &spec.shape)
                ));
            }
        }
    }
    None
}

/// Converts a stored tensor to f32.
fn to_f32(dtype: Dtype, d: &[u8], name: &str) -> Result<Vec<f32>, WeightsError> {
    Ok(match dtype {
        Dtype::F32 => d
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect(),
        Dtype::F16 => d
            .chunks_exact(2)
            .map(|b| crate::DType::F16.half_to_f32(u16::from_le_bytes([b[0], b[1]])))
            .collect(),
        Dtype::BF16 => d
            .chunks_exact(2)
            .map(|b| f32::from_bits((u16::from_le_bytes([b[0], b[1]]) as u32) << 16))
            .collect(),
        other => {
            return Err(WeightsError::Dtype {
                name: name.to_string(),
                dtype: format!("{other:?}"),
            })
        }
    })
}

/// Reads a checkpoint and checks it against `spec`: one safetensors file, or a sharded
/// Hugging Face checkpoint — its `model.safetensors.index.json`, or the folder holding it —
/// whose `weight_map` names each tensor's shard. Shards are memory-mapped one at a time; every
/// missing, misshaped or unexpected tensor across all shards is reported in one error.
pub fn read(
    path: &Path,
    spec: &CheckpointSpec,
    opts: ReadOptions,
) -> Result<BTreeMap<String, Tensor>, WeightsError> {
    let shown = path.display().to_string();
    let io = |p: &Path, e: std::io::Error| WeightsError::Io {
        path: p.display().to_string(),
        message: e.to_string(),
    };
    let index = if path.is_dir() {
        Some(path.join("model.safetensors.index.json"))
    } else if path.to_string_lossy().ends_with(".index.json") {
        Some(path.to_path_buf())
    } else {
        None
    };
    if index.is_none() && is_torch_checkpoint(path) {
        // A PyTorch checkpoint (torch.save zip), or its split form, read without unpickling.
        let torch = |message: String| WeightsError::Torch {
            path: shown.clone(),
            message,
        };
        let f = crate::torch_pt::PtFile::open(path).map_err(torch)?;
        let stored = crate::torch_pt::read_tensors(&f).map_err(torch)?;
        let mut acc = Collected::default();
        check_stored(stored, &shown, spec, opts, None, &mut acc)?;
        return acc.finish(&shown, spec);
    }
    let Some(index) = index else {
        let map = crate::mapped::MappedFile::open(path).map_err(|e| io(path, e))?;
        let mut acc = Collected::default();
        collect(map.bytes(), &shown, spec, opts, None, &mut acc)?;
        return acc.finish(&shown, spec);
    };
    let shards = shard_map(&index)?;
    let dir = index.parent().unwrap_or(Path::new("."));
    let mut acc = Collected::default();
    for (file, names) in &shards {
        let shard = dir.join(file);
        let map = crate::mapped::MappedFile::open(&shard).map_err(|e| io(&shard, e))?;
        collect(
            map.bytes(),
            &shard.display().to_string(),
            spec,
            opts,
            Some(names),
            &mut acc,
        )?;
    }
    acc.finish(&index.display().to_string(), spec)
}

/// `weight_map` of an index file, grouped by shard (in name order).
fn shard_map(index: &Path) -> Result<BTreeMap<String, BTreeSet<String>>, WeightsError> {
    let shown = index.display().to_string();
    let format = |message: String| WeightsError::Format {
        path: shown.clone(),
        message,
    };
    let text = std::fs::read_to_string(index).map_err(|e| WeightsError::Io {
        path: shown.clone(),
        message: e.to_string(),
    })?;
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format(format!("not JSON: {e}")))?;
    let map = json
        .get("weight_map")
        .and_then(|m| m.as_object())
        .ok_or_else(|| format("no `weight_map` object".into()))?;
    let mut shards: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (name, file) in map {
        let file = file
            .as_str()
            .ok_or_else(|| format(format!("weight_map[`{name}`] is not a file name")))?;
        if file.contains('/') || file.contains("..") || file.is_empty() {
            return Err(format(format!(
                "weight_map[`{name}`] = `{file}`: shards must be files next to the index"
            )));
        }
        shards
            .entry(file.to_string())
            .or_default()
            .insert(name.clone());
    }
    if shards.is_empty() {
        return Err(format("`weight_map` is empty".into()));
    }
    Ok(shards)
}

/// Tensors and problems gathered over the files of a checkpoint.
#[derive(Default)]
struct Collected {
    tensors: BTreeMap<String, Tensor>,
    problems: Vec<String>,
    seen: BTreeSet<String>,
}

impl Collected {
    /// The tensors, or every problem (missing tensors included) in one error.
    fn finish(
        mut self,
        path: &str,
        spec: &CheckpointSpec,
    ) -> Result<BTreeMap<String, Tensor>, WeightsError> {
        for t in &spec.tensors {
            if !self.seen.contains(&t.name) {
                self.problems.push(format!("missing tensor `{}`", t.name));
            }
        }
        if self.problems.is_empty() {
            Ok(self.tensors)
        } else {
            Err(WeightsError::Mismatch {
                path: path.to_string(),
                problems: self.problems,
            })
        }
    }
}

/// Parses safetensors bytes (`path` names them in errors) and checks them against `spec`.
pub fn from_bytes(
    bytes: &[u8],
    path: &str,
    spec: &CheckpointSpec,
    opts: ReadOptions,
) -> Result<BTreeMap<String, Tensor>, WeightsError> {
    let mut acc = Collected::default();
    collect(bytes, path, spec, opts, None, &mut acc)?;
    acc.finish(path, spec)
}

/// Checks one safetensors file's tensors against `spec` into `acc`; `listed`: the names the
/// index says this shard holds (each must be there, and nothing else).
fn collect(
    bytes: &[u8],
    path: &str,
    spec: &CheckpointSpec,
    opts: ReadOptions,
    listed: Option<&BTreeSet<String>>,
    acc: &mut Collected,
) -> Result<(), WeightsError> {
    let format = |message: String| WeightsError::Format {
        path: path.to_string(),
        message,
    };
    let st = SafeTensors::deserialize(bytes).map_err(|e| format(e.to_string()))?;
    let mut stored = Vec::new();
    for name in st.names() {
        let view = st.tensor(name).map_err(|e| format(e.to_string()))?;
        stored.push((
            name.to_string(),
            StoredTensor {
                dtype: view.dtype(),
                shape: view.shape().to_vec(),
                data: std::borrow::Cow::Borrowed(view.data()),
            },
        ));
    }
    stored.sort_by(|a, b| a.0.cmp(&b.0));
    check_stored(stored, path, spec, opts, listed, acc)
}

/// Checks stored tensors (of a safetensors file or a PyTorch checkpoint) against `spec` into
/// `acc`; `listed` as for [`collect`].
fn check_stored(
    stored: Vec<(String, StoredTensor<'_>)>,
    path: &str,
    spec: &CheckpointSpec,
    opts: ReadOptions,
    listed: Option<&BTreeSet<String>>,
    acc: &mut Collected,
) -> Result<(), WeightsError> {
    // Hugging Face checkpoints prefix every name with `backbone.`.
    let all_prefixed = !stored.is_empty() && stored.iter().all(|(n, _)| n.starts_with("backbone."));
    let strip = |n: &str| -> String {
        if all_prefixed {
            n["backbone.".len()..].to_string()
        } else {
            n.to_string()
        }
    };
    let expected: BTreeMap<&str, &TensorSpec> =
        spec.tensors.iter().map(|t| (t.name.as_str(), t)).collect();
    let Collected {
        tensors,
        problems,
        seen,
    } = acc;
    if let Some(listed) = listed {
        for name in listed {
            if !stored.iter().any(|(n, _)| n == name) {
                problems.push(format!("tensor `{name}` is not in its shard {path}"));
            }
        }
    }
    for (stored_name, view) in &stored {
        if listed.is_some_and(|l| !l.contains(stored_name)) {
            // The index does not place it here: another shard's copy counts.
            continue;
        }
        let name = strip(stored_name);
        let Some(want) = expected.get(name.as_str()) else {
            if !spec.ignored.iter().any(|p| p.matches(&name)) {
                problems.push(format!("unexpected tensor `{name}`"));
            }
            continue;
        };
        if !seen.insert(name.clone()) {
            problems.push(format!("tensor `{name}` is stored twice"));
            continue;
        }
        if view.shape != want.shape {
            problems.push(format!(
                "tensor `{name}` has shape {:?}, expected {:?}",
                view.shape, want.shape
            ));
            continue;
        }
        let tensor = match (view.dtype, opts.keep_16_bit) {
            (Dtype::BF16 | Dtype::F16, true) => Tensor {
                shape: view.shape.clone(),
                data: Vec::new(),
                dtype: if view.dtype == Dtype::BF16 {
                    crate::DType::BF16
                } else {
                    crate::DType::F16
                },
                half: view
                    .data
                    .chunks_exact(2)
                    .map(|b| u16::from_le_bytes([b[0], b[1]]))
                    .collect(),
            },
            _ => Tensor::new(view.shape.clone(), to_f32(view.dtype, &view.data, &name)?),
        };
        if let Some(p) = check_values(want, &tensor.values(), opts) {
            problems.push(p);
            continue;
        }
        tensors.insert(name, tensor);
    }
    Ok(())
}

/// Whether `path` names a PyTorch checkpoint: a `.pt`/`.pth`/`.bin` file, or the split form
/// `NAME.pt.part0…` of one.
fn is_torch_checkpoint(path: &Path) -> bool {
    let s = path.to_string_lossy();
    [".pt", ".pth"].iter().any(|e| s.ends_with(e))
        || (!path.exists() && Path::new(&format!("{s}.part0")).exists())
}

#[cfg(test)]
mod tests {
    use super::*;
    use safetensors::tensor::TensorView;

    #[test]
    fn half_precision_values() {
        assert_eq!(crate::DType::F16.half_to_f32(0x3c00), 1.0);
        assert_eq!(crate::DType::F16.half_to_f32(0xc000), -2.0);
        assert_eq!(crate::DType::F16.half_to_f32(0x3555), 0.333_251_95);
        assert_eq!(crate::DType::F16.half_to_f32(0x0001), 5.960_464_5e-8);
        assert!(crate::DType::F16.half_to_f32(0x7c00).is_infinite());
    }

    fn file(tensors: &[(&str, Vec<usize>, Vec<f32>)]) -> Vec<u8> {
        let bytes: Vec<Vec<u8>> = tensors
            .iter()
            .map(|(_, _, d)| d.iter().flat_map(|x| x.to_le_bytes()).collect())
            .collect();
        let views: Vec<(String, TensorView<'_>)> = tensors
            .iter()
            .zip(&bytes)
            .map(|((n, s, _), b)| {
                (
                    n.to_string(),
                    TensorView::new(Dtype::F32, s.clone(), b).unwrap(),
                )
            })
            .collect();
        safetensors::serialize(views, None).unwrap()
    }

    fn spec() -> CheckpointSpec {
        CheckpointSpec {
            tensors: vec![
                TensorSpec::new("a", &[2, 2]),
                TensorSpec {
                    name: "poles".into(),
                    shape: vec![2, 2],
                    check: TensorCheck::StablePoles,
                },
            ],
            ignored: vec![NamePattern::Suffix("inv_freq".into())],
        }
    }

    #[test]
    fn non_finite_values_and_unstable_poles_are_named_with_their_index() {
        let nan = file(&[
            ("a", vec![2, 2], vec![0.0, 1.0, f32::NAN, 2.0]),
            ("poles", vec![2, 2], vec![0.5, 0.0, 0.0, 0.5]),
        ]);
        let e = from_bytes(&nan, "w", &spec(), ReadOptions::default())
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            "weights w do not fit the model: tensor `a` holds a non-finite value (NaN) at index [1, 0]"
        );
        let unstable = file(&[
            ("a", vec![2, 2], vec![0.0; 4]),
            ("poles", vec![2, 2], vec![0.5, 0.0, 0.8, -0.7]),
            ("x.inv_freq", vec![1], vec![1.0]),
        ]);
        let e = from_bytes(&unstable, "w", &spec(), ReadOptions::default())
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("unstable pole 0.8-0.7i of modulus 1.0630 ≥ 1 at index [1, 0]"),
            "{e}"
        );
        let ok = from_bytes(
            &unstable,
            "w",
            &spec(),
            ReadOptions {
                allow_unstable_poles: true,
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(ok["poles"].data[2], 0.8);
        let inf = file(&[
            ("a", vec![2, 2], vec![0.0; 4]),
            ("poles", vec![2, 2], vec![0.5, f32::INFINITY, 0.0, 0.0]),
        ]);
        let e = from_bytes(&inf, "w", &spec(), ReadOptions::default())
            .unwrap_err()
            .to_string();
        assert!(e.contains("non-finite value (inf) at index [0, 1]"), "{e}");
    }

    #[test]
    fn the_prefix_rule_is_all_or_nothing() {
        let partly = file(&[
            ("backbone.a", vec![2, 2], vec![0.0; 4]),
            ("poles", vec![2, 2], vec![0.0; 4]),
        ]);
        let e = from_bytes(&partly, "w", &spec(), ReadOptions::default())
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("unexpected tensor `backbone.a`") && e.contains("missing tensor `a`"),
            "{e}"
        );
        let all = file(&[
            ("backbone.a", vec![2, 2], vec![0.0; 4]),
            ("backbone.poles", vec![2, 2], vec![0.0; 4]),
        ]);
        assert!(from_bytes(&all, "w", &spec(), ReadOptions::default()).is_ok());
    }
}
