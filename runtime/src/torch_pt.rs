//! PyTorch checkpoints (`torch.save`: a zip of `data.pkl` and one entry per storage) read
//! without executing anything: the zip's stored entries, and pickle restricted to what a
//! state dict of tensors needs — dicts, tuples, lists, strings, numbers, the storage
//! persistent ids and the tensor rebuild calls. Any other global (`os.system`, …) or opcode is
//! refused by name before anything is built from it; the released Evo 2 checkpoints are read
//! so (`NAME.pt`, or its split form `NAME.pt.part0…N`).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::mapped::MappedFile;

/// One tensor of a checkpoint, as stored: its element type, row-major shape and bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredTensor<'a> {
    /// `F32`, `BF16`, `F16` or `F64`.
    pub dtype: safetensors::Dtype,
    /// Row-major shape.
    pub shape: Vec<usize>,
    /// Little-endian elements.
    pub data: Cow<'a, [u8]>,
}

/// A checkpoint's bytes: one mapped file, or the parts of a split one read as their
/// concatenation.
pub struct PtFile {
    parts: Vec<(MappedFile, usize)>,
    len: usize,
}

impl PtFile {
    /// Opens `path`, or, when it does not exist, `path.part0`, `path.part1`, … in order.
    pub fn open(path: &Path) -> Result<PtFile, String> {
        let shown = path.display().to_string();
        let files: Vec<PathBuf> = if path.exists() {
            vec![path.to_path_buf()]
        } else {
            let parts: Vec<PathBuf> = (0..)
                .map(|i| PathBuf::from(format!("{}.part{i}", path.display())))
                .take_while(|p| p.exists())
                .collect();
            if parts.is_empty() {
                return Err(format!(
                    "{shown}: no such file, nor its split form {shown}.part0…"
                ));
            }
            parts
        };
        let mut parts = Vec::new();
        let mut len = 0;
        for f in &files {
            let m = MappedFile::open(f).map_err(|e| format!("{}: {e}", f.display()))?;
            parts.push((m, len));
            len += parts.last().map_or(0, |(m, _)| m.bytes().len());
        }
        Ok(PtFile { parts, len })
    }

    /// Bytes `[at, at + n)`: borrowed when inside one part, copied across a boundary.
    fn bytes(&self, at: usize, n: usize) -> Result<Cow<'_, [u8]>, String> {
        let end = at
            .checked_add(n)
            .filter(|&e| e <= self.len)
            .ok_or_else(|| format!("truncated (bytes {at}+{n} of {})", self.len))?;
        let i = self.parts.partition_point(|(_, start)| *start <= at) - 1;
        let (m, start) = &self.parts[i];
        let b = m.bytes();
        if end - start <= b.len() {
            return Ok(Cow::Borrowed(&b[at - start..end - start]));
        }
        let mut out = Vec::with_capacity(n);
        let mut pos = at;
        for (m, start) in &self.parts[i..] {
            let b = m.bytes();
            if pos >= end {
                break;
            }
            let from = pos - start;
            let take = (end - pos).min(b.len() - from);
            out.extend_from_slice(&b[from..from + take]);
            pos += take;
        }
        Ok(Cow::Owned(out))
    }
}

fn le(b: &[u8], at: usize, n: usize) -> u64 {
    b[at..at + n]
        .iter()
        .rev()
        .fold(0u64, |acc, &x| (acc << 8) | x as u64)
}

/// The stored (uncompressed) entries of a zip: name → (offset of the data, size).
fn zip_entries(f: &PtFile) -> Result<BTreeMap<String, (usize, usize)>, String> {
    let bad = |m: &str| format!("not a torch.save zip ({m})");
    if f.len < 22 {
        return Err(bad("too short"));
    }
    // End of central directory: within the last 64 KiB + 22 bytes.
    let tail_len = f.len.min(65557);
    let tail = f.bytes(f.len - tail_len, tail_len)?;
    let eocd = (0..=tail.len() - 22)
        .rev()
        .find(|&i| le(&tail, i, 4) == 0x0605_4b50)
        .ok_or_else(|| bad("no end of central directory"))?;
    let mut count = le(&tail, eocd + 10, 2) as usize;
    let mut cd_size = le(&tail, eocd + 12, 4) as usize;
    let mut cd_off = le(&tail, eocd + 16, 4) as usize;
    // Zip64: the locator just before the record points to the 64-bit one.
    if eocd >= 20 && le(&tail, eocd - 20, 4) == 0x0706_4b50 {
        let rec = le(&tail, eocd - 12, 8) as usize;
        let r = f.bytes(rec, 56)?;
        if le(&r, 0, 4) != 0x0606_4b50 {
            return Err(bad("bad zip64 record"));
        }
        count = le(&r, 32, 8) as usize;
        cd_size = le(&r, 40, 8) as usize;
        cd_off = le(&r, 48, 8) as usize;
    }
    let cd = f.bytes(cd_off, cd_size)?;
    let mut out = BTreeMap::new();
    let mut p = 0;
    for _ in 0..count {
        if p + 46 > cd.len() || le(&cd, p, 4) != 0x0201_4b50 {
            return Err(bad("bad central directory"));
        }
        let method = le(&cd, p + 10, 2);
        let mut comp = le(&cd, p + 20, 4);
        let mut size = le(&cd, p + 24, 4);
        let (nlen, xlen, clen) = (
            le(&cd, p + 28, 2) as usize,
            le(&cd, p + 30, 2) as usize,
            le(&cd, p + 32, 2) as usize,
        );
        let mut local = le(&cd, p + 42, 4);
        if p + 46 + nlen + xlen > cd.len() {
            return Err(bad("bad central directory"));
        }
        let name = String::from_utf8_lossy(&cd[p + 46..p + 46 + nlen]).into_owned();
        // Zip64 extra field: the 64-bit values of the fields saturated at 0xFFFFFFFF.
        let mut x = p + 46 + nlen;
        let xend = x + xlen;
        while x + 4 <= xend {
            let (id, n) = (le(&cd, x, 2), le(&cd, x + 2, 2) as usize);
            if id == 1 {
                let mut q = x + 4;
                for v in [&mut size, &mut comp, &mut local] {
                    if *v == 0xFFFF_FFFF && q + 8 <= x + 4 + n {
                        *v = le(&cd, q, 8);
                        q += 8;
                    }
                }
            }
            x += 4 + n;
        }
        if method != 0 || comp != size {
            return Err(format!(
                "zip entry `{name}` is compressed (method {method}); torch.save writes stored entries"
            ));
        }
        let lh = f.bytes(local as usize, 30)?;
        if le(&lh, 0, 4) != 0x0403_4b50 {
            return Err(bad("bad local header"));
        }
        let data = local as usize + 30 + le(&lh, 26, 2) as usize + le(&lh, 28, 2) as usize;
        f.bytes(data, size as usize)?; // inside the file
        out.insert(name, (data, size as usize));
        p += 46 + nlen + xlen + clen;
    }
    Ok(out)
}

/// A value of the restricted pickle machine.
#[derive(Debug, Clone)]
enum Value {
    None,
    Bool,
    Int(i64),
    Float,
    Str(String),
    Bytes,
    Tuple(Vec<Value>),
    List(Vec<Value>),
    Dict(Vec<(Value, Value)>),
    /// An allowed global, by `module.name`.
    Global(&'static str),
    /// A storage: element type, zip key, elements.
    Storage(safetensors::Dtype, String, usize),
    /// A tensor view of a storage: storage, offset, shape, strides.
    Tensor(Box<Value>, usize, Vec<usize>, Vec<usize>),
    /// An inert object (Transformer Engine's `_extra_state` bytes), never used.
    Opaque,
}

/// The globals a state dict of tensors needs (and the inert `BytesIO` of Transformer Engine's
/// `_extra_state`, with the `_codecs.encode` protocol 2 spells bytes with). Nothing here is
/// ever called: each one is recognised and its effect computed here.
const GLOBALS: &[&str] = &[
    "collections.OrderedDict",
    "torch._utils._rebuild_tensor_v2",
    "torch._utils._rebuild_parameter",
    "torch.FloatStorage",
    "torch.BFloat16Storage",
    "torch.HalfStorage",
    "torch.DoubleStorage",
    "io.BytesIO",
    "_io.BytesIO",
    "_codecs.encode",
];

fn storage_dtype(g: &str) -> Option<safetensors::Dtype> {
    use safetensors::Dtype;
    Some(match g {
        "torch.FloatStorage" => Dtype::F32,
        "torch.BFloat16Storage" => Dtype::BF16,
        "torch.HalfStorage" => Dtype::F16,
        "torch.DoubleStorage" => Dtype::F64,
        _ => return None,
    })
}

/// Runs the restricted pickle machine over `data.pkl`'s bytes.
fn unpickle(b: &[u8]) -> Result<Value, String> {
    let mut stack: Vec<Value> = Vec::new();
    let mut marks: Vec<usize> = Vec::new();
    let mut memo: BTreeMap<u64, Value> = BTreeMap::new();
    let mut p = 0;
    let take = |p: &mut usize, n: usize| -> Result<&[u8], String> {
        let s = b.get(*p..*p + n).ok_or("data.pkl is truncated")?;
        *p += n;
        Ok(s)
    };
    let pop = |stack: &mut Vec<Value>| {
        stack
            .pop()
            .ok_or_else(|| "pickle stack underflow".to_string())
    };
    let since_mark =
        |stack: &mut Vec<Value>, marks: &mut Vec<usize>| -> Result<Vec<Value>, String> {
            let m = marks.pop().ok_or("pickle MARK missing")?;
            if m > stack.len() {
                return Err("pickle MARK beyond the stack".into());
            }
            Ok(stack.split_off(m))
        };
    loop {
        let op = *b.get(p).ok_or("data.pkl ends without STOP")?;
        p += 1;
        match op {
            0x80 => {
                take(&mut p, 1)?;
            } // PROTO
            0x95 => {
                take(&mut p, 8)?;
            } // FRAME
            b'.' => return pop(&mut stack),
            b'(' => marks.push(stack.len()),
            b'}' => stack.push(Value::Dict(Vec::new())),
            b']' => stack.push(Value::List(Vec::new())),
            b')' => stack.push(Value::Tuple(Vec::new())),
            b't' => {
                let items = since_mark(&mut stack, &mut marks)?;
                stack.push(Value::Tuple(items));
            }
            0x85..=0x87 => {
                let n = (op - 0x84) as usize;
                if stack.len() < n {
                    return Err("pickle stack underflow".into());
                }
                let items = stack.split_off(stack.len() - n);
                stack.push(Value::Tuple(items));
            }
            b'X' | 0x8c | 0x8d => {
                let n = match op {
                    b'X' => le(take(&mut p, 4)?, 0, 4) as usize,
                    0x8c => take(&mut p, 1)?[0] as usize,
                    _ => le(take(&mut p, 8)?, 0, 8) as usize,
                };
                let s = take(&mut p, n)?;
                stack.push(Value::Str(String::from_utf8_lossy(s).into_owned()));
            }
            b'B' | b'C' | 0x8e => {
                let n = match op {
                    b'B' => le(take(&mut p, 4)?, 0, 4) as usize,
                    b'C' => take(&mut p, 1)?[0] as usize,
                    _ => le(take(&mut p, 8)?, 0, 8) as usize,
                };
                take(&mut p, n)?;
                stack.push(Value::Bytes);
            }
            b'J' => {
                let v = le(take(&mut p, 4)?, 0, 4) as u32 as i32;
                stack.push(Value::Int(v as i64));
            }
            b'K' => stack.push(Value::Int(take(&mut p, 1)?[0] as i64)),
            b'M' => stack.push(Value::Int(le(take(&mut p, 2)?, 0, 2) as i64)),
            0x8a => {
                let n = take(&mut p, 1)?[0] as usize;
                let s = take(&mut p, n)?;
                if n > 8 {
                    return Err("pickle LONG1 wider than 64 bits".into());
                }
                let mut v = le(s, 0, n) as i64;
                if n > 0 && n < 8 && s[n - 1] & 0x80 != 0 {
                    v -= 1i64 << (8 * n);
                }
                stack.push(Value::Int(v));
            }
            b'N' => stack.push(Value::None),
            0x88 => stack.push(Value::Bool),
            0x89 => stack.push(Value::Bool),
            b'G' => {
                take(&mut p, 8)?;
                stack.push(Value::Float);
            }
            b'q' | b'r' | 0x94 => {
                let k = match op {
                    b'q' => take(&mut p, 1)?[0] as u64,
                    b'r' => le(take(&mut p, 4)?, 0, 4),
                    _ => memo.len() as u64,
                };
                let top = stack.last().ok_or("pickle memo of an empty stack")?.clone();
                memo.insert(k, top);
            }
            b'h' | b'j' => {
                let k = if op == b'h' {
                    take(&mut p, 1)?[0] as u64
                } else {
                    le(take(&mut p, 4)?, 0, 4)
                };
                stack.push(memo.get(&k).cloned().ok_or("pickle memo key missing")?);
            }
            b'c' | 0x93 => {
                let (module, name) = if op == b'c' {
                    let line = |p: &mut usize| -> Result<String, String> {
                        let end = b[*p..].iter().position(|&c| c == b'\n').ok_or("bad GLOBAL")?;
                        let s = String::from_utf8_lossy(&b[*p..*p + end]).into_owned();
                        *p += end + 1;
                        Ok(s)
                    };
                    (line(&mut p)?, line(&mut p)?)
                } else {
                    let name = pop(&mut stack)?;
                    let module = pop(&mut stack)?;
                    match (module, name) {
                        (Value::Str(m), Value::Str(n)) => (m, n),
                        _ => return Err("pickle STACK_GLOBAL of non-strings".into()),
                    }
                };
                let full = format!("{module}.{name}");
                let g = GLOBALS.iter().find(|g| **g == full).ok_or_else(|| {
                    format!("refers to the global `{full}`, which a checkpoint of tensors never needs (refused: nothing is executed)")
                })?;
                stack.push(Value::Global(g));
            }
            b'Q' => {
                let pid = pop(&mut stack)?;
                let Value::Tuple(t) = pid else {
                    return Err("persistent id is not a tuple".into());
                };
                match t.as_slice() {
                    [Value::Str(kind), Value::Global(g), Value::Str(key), _, Value::Int(n)]
                        if kind == "storage" =>
                    {
                        let dtype = storage_dtype(g)
                            .ok_or_else(|| format!("storage of `{g}` is not a tensor storage"))?;
                        stack.push(Value::Storage(dtype, key.clone(), *n as usize));
                    }
                    _ => return Err("persistent id is not a tensor storage".into()),
                }
            }
            b'R' => {
                let args = pop(&mut stack)?;
                let f = pop(&mut stack)?;
                let Value::Tuple(args) = args else {
                    return Err("REDUCE arguments are not a tuple".into());
                };
                let Value::Global(g) = f else {
                    return Err("REDUCE of something that is not an allowed global".into());
                };
                stack.push(match g {
                    "collections.OrderedDict" => Value::Dict(Vec::new()),
                    "io.BytesIO" | "_io.BytesIO" => Value::Opaque,
                    // How protocol 2 spells a bytes object (the `_extra_state` contents).
                    "_codecs.encode" => Value::Bytes,
                    "torch._utils._rebuild_parameter" => {
                        args.into_iter().next().ok_or("empty _rebuild_parameter")?
                    }
                    "torch._utils._rebuild_tensor_v2" => {
                        let ints = |v: &Value| -> Result<Vec<usize>, String> {
                            match v {
                                Value::Tuple(t) => t
                                    .iter()
                                    .map(|x| match x {
                                        Value::Int(i) if *i >= 0 => Ok(*i as usize),
                                        _ => Err("tensor size/stride is not a tuple of sizes".into()),
                                    })
                                    .collect(),
                                _ => Err("tensor size/stride is not a tuple".into()),
                            }
                        };
                        match args.as_slice() {
                            [s @ Value::Storage(..), Value::Int(off), size, stride, ..] if *off >= 0 => {
                                Value::Tensor(Box::new(s.clone()), *off as usize, ints(size)?, ints(stride)?)
                            }
                            _ => return Err("_rebuild_tensor_v2 with unexpected arguments".into()),
                        }
                    }
                    other => return Err(format!("`{other}` cannot be called")),
                });
            }
            0x81 => {
                // NEWOBJ: only the inert `BytesIO` of `_extra_state` entries.
                pop(&mut stack)?;
                match pop(&mut stack)? {
                    Value::Global("io.BytesIO" | "_io.BytesIO") => stack.push(Value::Opaque),
                    _ => return Err("NEWOBJ of something other than BytesIO".into()),
                }
            }
            b'b' => {
                // BUILD: an OrderedDict's `_metadata` (or similar state): ignored.
                pop(&mut stack)?;
                if stack.is_empty() {
                    return Err("pickle BUILD of nothing".into());
                }
            }
            b's' => {
                let v = pop(&mut stack)?;
                let k = pop(&mut stack)?;
                match stack.last_mut() {
                    Some(Value::Dict(d)) => d.push((k, v)),
                    _ => return Err("SETITEM outside a dict".into()),
                }
            }
            b'u' => {
                let items = since_mark(&mut stack, &mut marks)?;
                let Some(Value::Dict(d)) = stack.last_mut() else {
                    return Err("SETITEMS outside a dict".into());
                };
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    d.push((k, v));
                }
            }
            b'a' => {
                let v = pop(&mut stack)?;
                match stack.last_mut() {
                    Some(Value::List(l)) => l.push(v),
                    _ => return Err("APPEND outside a list".into()),
                }
            }
            b'e' => {
                let items = since_mark(&mut stack, &mut marks)?;
                match stack.last_mut() {
                    Some(Value::List(l)) => l.extend(items),
                    _ => return Err("APPENDS outside a list".into()),
                }
            }
            other => {
                return Err(format!(
                    "uses pickle opcode 0x{other:02x} at byte {}, outside the subset a checkpoint of tensors needs (refused)",
                    p - 1
                ))
            }
        }
    }
}

/// The tensors of a PyTorch checkpoint at `path` (or its split form), by name, in state-dict
/// order; Transformer Engine's `_extra_state` entries are skipped.
pub fn read_tensors(f: &PtFile) -> Result<Vec<(String, StoredTensor<'_>)>, String> {
    let entries = zip_entries(f)?;
    let (pkl_name, &(at, n)) = entries
        .iter()
        .find(|(k, _)| k.ends_with("/data.pkl") || k.as_str() == "data.pkl")
        .ok_or_else(|| "no data.pkl in the zip (not a torch.save file)".to_string())?;
    let prefix = &pkl_name[..pkl_name.len() - "data.pkl".len()];
    let pkl = f.bytes(at, n)?;
    let root = unpickle(&pkl).map_err(|e| format!("data.pkl {e}"))?;
    let Value::Dict(items) = root else {
        return Err("the pickle is not a state dict".to_string());
    };
    let mut out = Vec::new();
    for (k, v) in items {
        let Value::Str(name) = k else {
            return Err("a state-dict key is not a string".to_string());
        };
        let (storage, offset, shape, stride) = match v {
            Value::Tensor(s, o, sh, st) => (s, o, sh, st),
            Value::Opaque | Value::None if name.ends_with("_extra_state") => continue,
            _ => return Err(format!("entry `{name}` is not a tensor")),
        };
        let Value::Storage(dtype, key, numel) = *storage else {
            unreachable!("built as a storage");
        };
        // Row-major, contiguous views only (what state dicts hold).
        let mut want = 1;
        for (&s, &d) in stride.iter().zip(&shape).rev() {
            if d > 1 && s != want {
                return Err(format!(
                    "tensor `{name}` is not contiguous (strides {stride:?} for shape {shape:?})"
                ));
            }
            want *= d;
        }
        let count: usize = shape.iter().product();
        if offset + count > numel {
            return Err(format!("tensor `{name}` reaches past its storage"));
        }
        let e = dtype.bitsize() / 8;
        let &(sat, slen) = entries
            .get(&format!("{prefix}data/{key}"))
            .ok_or_else(|| format!("storage `{key}` of `{name}` is missing"))?;
        if slen < numel * e {
            return Err(format!(
                "storage `{key}` is shorter than its {numel} elements"
            ));
        }
        let data = f.bytes(sat + offset * e, count * e)?;
        out.push((name, StoredTensor { dtype, shape, data }));
    }
    Ok(out)
}
