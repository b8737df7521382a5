//! Token and logits files (safetensors), written atomically.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{anyhow, bail, Context, Result};
use safetensors::{Dtype, SafeTensors};

/// Reads the int64 (or int32) 1-D tensor `tokens` from a safetensors file.
pub fn read_tokens(path: &Path) -> Result<Vec<i64>> {
    let bytes = std::fs::read(path)
        .with_context(|| format!("cannot read tokens file {}", path.display()))?;
    let st = SafeTensors::deserialize(&bytes).map_err(|e| {
        anyhow!(
            "tokens file {} is not a valid safetensors file: {e}",
            path.display()
        )
    })?;
    let t = st
        .tensor("tokens")
        .map_err(|_| anyhow!("tokens file {} has no tensor `tokens`", path.display()))?;
    if t.shape().len() != 1 {
        bail!(
            "tensor `tokens` in {} has shape {:?}; expected a 1-D sequence",
            path.display(),
            t.shape()
        );
    }
    Ok(match t.dtype() {
        Dtype::I64 => t
            .data()
            .chunks_exact(8)
            .map(|b| i64::from_le_bytes(b.try_into().unwrap()))
            .collect(),
        Dtype::I32 => t
            .data()
            .chunks_exact(4)
            .map(|b| i32::from_le_bytes(b.try_into().unwrap()) as i64)
            .collect(),
        other => bail!(
            "tensor `tokens` in {} has dtype {other:?}; expected I64",
            path.display()
        ),
    })
}

/// Reads an f64 or f32 tensor as f64 with its shape, if present.
pub fn read_f64(path: &Path, name: &str) -> Result<Option<(Vec<usize>, Vec<f64>)>> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let st = SafeTensors::deserialize(&bytes).map_err(|e| anyhow!("{}: {e}", path.display()))?;
    let Ok(t) = st.tensor(name) else {
        return Ok(None);
    };
    let data = match t.dtype() {
        Dtype::F64 => t
            .data()
            .chunks_exact(8)
            .map(|b| f64::from_le_bytes(b.try_into().unwrap()))
            .collect(),
        Dtype::F32 => t
            .data()
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes(b.try_into().unwrap()) as f64)
            .collect(),
        other => bail!("tensor `{name}` in {} has dtype {other:?}", path.display()),
    };
    Ok(Some((t.shape().to_vec(), data)))
}

/// Writes f64 tensors to a safetensors file atomically (temporary file, then rename), so a
/// failure never leaves a half-written file under `path`.
pub fn write_f64(path: &Path, tensors: &[(&str, Vec<usize>, &[f64])]) -> Result<()> {
    let owned: Vec<(String, Vec<usize>, Vec<u8>)> = tensors
        .iter()
        .map(|(n, s, d)| {
            (
                n.to_string(),
                s.clone(),
                d.iter().flat_map(|x| x.to_le_bytes()).collect(),
            )
        })
        .collect();
    let views: Vec<(String, safetensors::tensor::TensorView<'_>)> = owned
        .iter()
        .map(|(n, s, b)| {
            safetensors::tensor::TensorView::new(Dtype::F64, s.clone(), b)
                .map(|v| (n.clone(), v))
                .map_err(|e| anyhow!("tensor `{n}`: {e}"))
        })
        .collect::<Result<_>>()?;
    let meta: HashMap<String, String> = [(
        "producer".to_string(),
        format!("hyenac {}", env!("CARGO_PKG_VERSION")),
    )]
    .into();
    let bytes = safetensors::serialize(views, Some(meta)).map_err(|e| anyhow!("serialize: {e}"))?;
    write_atomic(path, &bytes)
}

/// Writes `bytes` to `path` atomically ([`hyenac_runtime::output::write_atomic`]: a temporary
/// file beside it, then a rename; never over anything but a regular file).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    Ok(hyenac_runtime::output::write_atomic(path, bytes)?)
}

/// f32 matrices of known shapes written block of rows by block of rows into one safetensors
/// file (a long sequence's hidden states are never all in memory), which appears under its
/// name only when [`StreamedTensors::commit`] is called: a failure leaves no partial file.
pub struct StreamedTensors {
    out: hyenac_runtime::output::AtomicFile,
    /// Per tensor: its name, `[rows, cols]` and the file offset of its first byte.
    tensors: Vec<(String, [usize; 2], u64)>,
}

impl StreamedTensors {
    /// Starts `path` with the tensors `tensors` (name, `[rows, cols]`), in that order.
    pub fn create(path: &Path, tensors: &[(String, [usize; 2])]) -> Result<StreamedTensors> {
        use std::io::Write;
        let mut header = serde_json::Map::new();
        header.insert(
            "__metadata__".into(),
            serde_json::json!({ "producer": format!("hyenac {}", env!("CARGO_PKG_VERSION")) }),
        );
        let mut at = 0u64;
        let mut spans = Vec::new();
        for (name, [r, c]) in tensors {
            let bytes = 4 * (*r as u64) * (*c as u64);
            if header.contains_key(name) {
                bail!("tensor `{name}` asked for twice");
            }
            header.insert(
                name.clone(),
                serde_json::json!({ "dtype": "F32", "shape": [r, c], "data_offsets": [at, at + bytes] }),
            );
            spans.push(at);
            at += bytes;
        }
        let mut json = serde_json::to_vec(&header)?;
        // The data starts 8-byte aligned, as the safetensors writer pads it.
        json.resize(json.len().div_ceil(8) * 8, b' ');
        let data_start = 8 + json.len() as u64;
        let mut out = hyenac_runtime::output::AtomicFile::create(path)?;
        let fail = |e| hyenac_runtime::output::write_error(path, e);
        let f = out.file();
        f.write_all(&(json.len() as u64).to_le_bytes())
            .map_err(fail)?;
        f.write_all(&json).map_err(fail)?;
        f.set_len(data_start + at).map_err(fail)?;
        Ok(StreamedTensors {
            out,
            tensors: tensors
                .iter()
                .zip(spans)
                .map(|((n, s), o)| (n.clone(), *s, data_start + o))
                .collect(),
        })
    }

    /// Writes rows `row..` of tensor `k` (`data` holds whole rows).
    pub fn write_rows(&mut self, k: usize, row: usize, data: &[f32]) -> Result<()> {
        use std::io::{Seek, SeekFrom, Write};
        let (name, [rows, cols], start) = &self.tensors[k];
        let n = data.len() / (*cols).max(1);
        if data.len() != n * cols || row + n > *rows {
            bail!(
                "tensor `{name}`: {} values at row {row} do not fit [{rows}, {cols}]",
                data.len()
            );
        }
        let path = self.out.path().to_path_buf();
        let fail = |e| hyenac_runtime::output::write_error(&path, e);
        let bytes: Vec<u8> = data.iter().flat_map(|x| x.to_le_bytes()).collect();
        let f = self.out.file();
        f.seek(SeekFrom::Start(start + 4 * (row * cols) as u64))
            .map_err(fail)?;
        f.write_all(&bytes).map_err(fail)?;
        Ok(())
    }

    /// Flushes the file and renames it into place.
    pub fn commit(self) -> Result<()> {
        Ok(self.out.commit()?)
    }
}
