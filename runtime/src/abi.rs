//! The kernel ABI of an artifact's code, and the validation of a plan against it.
//!
//! The compiler writes, into the code itself (a constant of the shared object, a comment of the
//! PTX), what its kernels were generated for: every kernel's argument types (element type,
//! rows, columns), the plans' activations, states, outputs, vocabulary and length, the
//! constants' shapes and a digest of each plan. The manifest is only a description of how to
//! call that code; loading checks it against this table ([`validate`]), so that an edited or
//! inconsistent manifest is refused with the field it got wrong instead of making a kernel read
//! or write outside its buffers, call a symbol that is not a kernel, or allocate what the code
//! never asked for.
//!
//! The code blob is covered by its checksum; an artifact is native code, so one whose code was
//! rewritten on purpose is as trustworthy as any other binary from that source — the digest
//! `hyenac inspect` prints lets a deployer check what they ship.

use serde::{Deserialize, Serialize};

use crate::plan::{Arg, ConstantSource, Launch, Plan, StateKind, StateSpec};
use crate::DType;

/// The marker that precedes the ABI table (compact JSON) in the code; the table ends at the
/// first NUL byte or newline.
pub const MARKER: &[u8] = b"HYENAC-ABI-1:";

pub use crate::memref::MemrefDesc;

/// Rows of a kernel argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Extent {
    /// The call's length `L`.
    Seq,
    /// A fixed number.
    Fixed(usize),
    /// The position plus the call's length (key/value caches).
    Cache,
    /// A per-position table of this many rows, viewed from the position (`L` rows of it).
    Table(usize),
}

/// The type of one kernel argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ArgType {
    /// The token ids, `[L, 1]` i64.
    Tokens,
    /// The thread share `[1, 2]` i64.
    Part,
    /// f32 of these rows and columns.
    F32(Extent, usize),
    /// f64 of these rows and columns (the modal state).
    F64(Extent, usize),
    /// A 16-bit float (bf16 or f16) of these rows and columns (the key/value caches of a
    /// 16-bit plan).
    Half(DType, Extent, usize),
}

impl std::fmt::Display for ArgType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let rows = |e: &Extent| match e {
            Extent::Seq => "L".to_string(),
            Extent::Fixed(n) => n.to_string(),
            Extent::Cache => "position + L".to_string(),
            Extent::Table(n) => format!("L of {n}"),
        };
        match self {
            ArgType::Tokens => write!(f, "i64 tokens [L, 1]"),
            ArgType::Part => write!(f, "i64 part [1, 2]"),
            ArgType::F32(e, c) => write!(f, "f32 [{}, {c}]", rows(e)),
            ArgType::F64(e, c) => write!(f, "f64 [{}, {c}]", rows(e)),
            ArgType::Half(t, e, c) => write!(f, "{t} [{}, {c}]", rows(e)),
        }
    }
}

/// One kernel: its symbol, its arguments in order (the result last), its GPU launch shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KernelAbi {
    /// The C-interface symbol (`_mlir_ciface_kN`).
    pub symbol: String,
    /// The arguments in order, the result last.
    pub args: Vec<ArgType>,
    /// How a GPU kernel is launched (`None` on the CPU).
    #[serde(default)]
    pub launch: Option<Launch>,
}

/// What the code of one plan was generated for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanAbi {
    /// Token ids are below this.
    pub vocab: usize,
    /// The longest call (position plus length).
    pub max_len: usize,
    /// The width of every activation.
    pub activations: Vec<usize>,
    /// The state buffers carried between calls.
    pub states: Vec<StateSpec>,
    /// The named results and their activations.
    pub outputs: Vec<(String, usize)>,
    /// Every kernel the plan calls, once each.
    pub kernels: Vec<KernelAbi>,
    /// FNV-1a of the plan's JSON: the calls in their order, with their arguments.
    pub digest: String,
}

/// The ABI table of an artifact's code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeAbi {
    /// The forward plan, then the stateful step plan if the artifact has one.
    pub plans: Vec<PlanAbi>,
    /// `[rows, cols]` of every constant, in order.
    pub constants: Vec<(usize, usize)>,
    /// The load-time kernel of each constant computed at load time (artifacts compiled
    /// without weights): `(constant index, kernel)`. These kernels read their sizes from
    /// their arguments, so one symbol serves constants of several shapes.
    pub init: Vec<(usize, KernelAbi)>,
}

/// Largest number of elements of one buffer the runtime accepts (2^40: 4 TiB of f32). Sizes
/// are multiplied with checked arithmetic below it, so no product can wrap.
pub const MAX_ELEMENTS: usize = 1 << 40;

fn elements(rows: usize, cols: usize, what: &str) -> Result<usize, String> {
    rows.checked_mul(cols)
        .filter(|&n| n <= MAX_ELEMENTS)
        .ok_or_else(|| format!("{what} is {rows}×{cols}: more than 2^40 elements"))
}

fn digest(plan: &Plan) -> String {
    let json = serde_json::to_vec(plan).unwrap_or_default();
    format!("{:016x}", crate::checksum::checksum(&json))
}

/// The ABI of `plan` over constants of the given shapes, checking every index of the plan on
/// the way (the error names the field: `plan.calls[3].args[1]: …`). `name` is the plan's field
/// in the manifest (`plan`, `step`).
pub fn plan_abi(plan: &Plan, constants: &[(usize, usize)], name: &str) -> Result<PlanAbi, String> {
    plan_abi_against(plan, constants, name, None)
}

/// [`plan_abi`], comparing each call, in order, with the kernel of its symbol in `expected`
/// (the code's table) when given, so that the first call that does not match is the one named.
fn plan_abi_against(
    plan: &Plan,
    constants: &[(usize, usize)],
    name: &str,
    expected: Option<&[KernelAbi]>,
) -> Result<PlanAbi, String> {
    let acts = plan.activations.len();
    for (i, &w) in plan.activations.iter().enumerate() {
        elements(
            plan.max_len,
            w,
            &format!("{name}.activations[{i}] at max_len"),
        )?;
    }
    for (i, s) in plan.states.iter().enumerate() {
        let what = format!("{name}.states[{i}]");
        match (s.kind, s.rows) {
            (StateKind::Keys | StateKind::Values | StateKind::History, 0) => {
                elements(plan.max_len, s.cols, &what)?;
            }
            (StateKind::Keys | StateKind::Values | StateKind::History, r) => {
                return Err(format!("{what}: a cache has 0 fixed rows, not {r}"))
            }
            (_, r) => {
                elements(r, s.cols, &what)?;
            }
        }
        let admitted = match s.kind {
            StateKind::Keys | StateKind::Values => {
                matches!(s.dtype, DType::F32 | DType::BF16 | DType::F16)
            }
            StateKind::Fir | StateKind::History => s.dtype == DType::F32,
            StateKind::Modal => s.dtype == DType::F64,
        };
        if !admitted {
            return Err(format!(
                "{what}: {:?} state buffers in {} are not supported (FIR and histories f32, modal f64, caches f32, bf16 or f16)",
                s.kind, s.dtype
            ));
        }
    }
    for (i, (out, x)) in plan.outputs.iter().enumerate() {
        if *x >= acts {
            return Err(format!(
                "{name}.outputs[{i}] (`{out}`): activation {x} does not exist ({acts} activations)"
            ));
        }
    }
    let mut written = vec![false; acts];
    let mut used_states = vec![false; plan.states.len()];
    let mut kernels: Vec<KernelAbi> = Vec::new();
    for (ci, call) in plan.calls.iter().enumerate() {
        let at = |field: String| format!("{name}.calls[{ci}].{field}");
        let mut args = Vec::with_capacity(call.args.len() + 1);
        let mut parts = 0;
        for (ai, a) in call.args.iter().enumerate() {
            let bad = |m: String| at(format!("args[{ai}]: {m}"));
            let constant = |c: usize| {
                constants.get(c).copied().ok_or_else(|| {
                    bad(format!(
                        "constant {c} does not exist ({} constants)",
                        constants.len()
                    ))
                })
            };
            args.push(match *a {
                Arg::Tokens => ArgType::Tokens,
                Arg::Part => {
                    parts += 1;
                    ArgType::Part
                }
                Arg::Constant(c) => {
                    let (r, k) = constant(c)?;
                    ArgType::F32(Extent::Fixed(r), k)
                }
                Arg::ConstantAt(c) => {
                    let (r, k) = constant(c)?;
                    ArgType::F32(Extent::Table(r), k)
                }
                Arg::Activation(x) => {
                    if x >= acts {
                        return Err(bad(format!(
                            "activation {x} does not exist ({acts} activations)"
                        )));
                    }
                    if !written[x] {
                        return Err(bad(format!("activation {x} is read before it is written")));
                    }
                    ArgType::F32(Extent::Seq, plan.activations[x])
                }
                Arg::State(s) => {
                    let spec = plan.states.get(s).ok_or_else(|| {
                        bad(format!(
                            "state {s} does not exist ({} states)",
                            plan.states.len()
                        ))
                    })?;
                    used_states[s] = true;
                    let rows = if spec.grows() {
                        Extent::Cache
                    } else {
                        Extent::Fixed(spec.rows)
                    };
                    match spec.dtype {
                        DType::F64 => ArgType::F64(rows, spec.cols),
                        t if t.is_half() => ArgType::Half(t, rows, spec.cols),
                        _ => ArgType::F32(rows, spec.cols),
                    }
                }
            });
        }
        if parts > 1 {
            return Err(at("args: more than one part descriptor".into()));
        }
        if call.out >= acts {
            return Err(at(format!(
                "out: activation {} does not exist ({acts} activations)",
                call.out
            )));
        }
        written[call.out] = true;
        args.push(ArgType::F32(Extent::Seq, plan.activations[call.out]));
        if let Some(l) = &call.launch {
            for (wi, &(r, c)) in l.workspaces.iter().enumerate() {
                let rows = if r == 0 { plan.max_len } else { r };
                elements(rows, c, &at(format!("launch.workspaces[{wi}]")))?;
            }
        }
        let k = KernelAbi {
            symbol: call.symbol.clone(),
            args,
            launch: call.launch.clone(),
        };
        if let Some(table) = expected {
            let Some(w) = table.iter().find(|w| w.symbol == k.symbol) else {
                return Err(at(format!(
                    "symbol: `{}` is not a kernel of this artifact's code",
                    k.symbol
                )));
            };
            check_call(&k, w).map_err(at)?;
        }
        match kernels.iter().find(|e| e.symbol == k.symbol) {
            Some(e) if *e != k => {
                return Err(at(format!(
                    "symbol: kernel `{}` is called with two different signatures",
                    k.symbol
                )))
            }
            Some(_) => {}
            None => kernels.push(k),
        }
    }
    for (i, (out, x)) in plan.outputs.iter().enumerate() {
        if !written[*x] {
            return Err(format!(
                "{name}.outputs[{i}] (`{out}`): activation {x} is never written"
            ));
        }
    }
    if let Some(s) = used_states.iter().position(|u| !u) {
        return Err(format!("{name}.states[{s}] is used by no kernel"));
    }
    Ok(PlanAbi {
        vocab: plan.vocab,
        max_len: plan.max_len,
        activations: plan.activations.clone(),
        states: plan.states.clone(),
        outputs: plan.outputs.clone(),
        kernels,
        digest: digest(plan),
    })
}

/// The load-time kernel call of each constant with an `Init` source, checking its indices.
pub fn init_abi(
    sources: &[ConstantSource],
    shapes: &[(usize, usize)],
) -> Result<Vec<(usize, KernelAbi)>, String> {
    let mut kernels = Vec::new();
    for (i, src) in sources.iter().enumerate() {
        let ConstantSource::Init {
            symbol,
            args,
            parted,
        } = src
        else {
            continue;
        };
        let mut types = Vec::with_capacity(args.len() + 1);
        for (ai, &a) in args.iter().enumerate() {
            if a >= i {
                return Err(format!(
                    "constants[{i}].source.args[{ai}]: constant {a} is not computed before constant {i}"
                ));
            }
            let (r, c) = shapes[a];
            types.push(ArgType::F32(Extent::Fixed(r), c));
        }
        if *parted {
            types.push(ArgType::Part);
        }
        let (r, c) = shapes[i];
        types.push(ArgType::F32(Extent::Fixed(r), c));
        kernels.push((
            i,
            KernelAbi {
                symbol: symbol.clone(),
                args: types,
                launch: None,
            },
        ));
    }
    Ok(kernels)
}

/// The ABI table of plans over constants (what the compiler embeds in the code).
pub fn code_abi(
    plans: &[&Plan],
    constants: &[(usize, usize)],
    sources: &[ConstantSource],
) -> Result<CodeAbi, String> {
    let names = ["plan", "step"];
    Ok(CodeAbi {
        plans: plans
            .iter()
            .enumerate()
            .map(|(i, p)| plan_abi(p, constants, names[i.min(1)]))
            .collect::<Result<_, _>>()?,
        constants: constants.to_vec(),
        init: init_abi(sources, constants)?,
    })
}

/// The ABI table serialised for embedding: the marker, compact JSON (no NUL, no newline).
pub fn encode(abi: &CodeAbi) -> Vec<u8> {
    let mut v = MARKER.to_vec();
    v.extend(serde_json::to_vec(abi).expect("the ABI serialises"));
    v
}

/// Finds and parses the ABI table in `code`.
pub fn decode(code: &[u8]) -> Result<CodeAbi, String> {
    let find = |from: usize| {
        code[from..]
            .windows(MARKER.len())
            .position(|w| w == MARKER)
            .map(|p| p + from)
    };
    let start = find(0)
        .ok_or("the code carries no kernel ABI table (written by an older hyenac? recompile it)")?
        + MARKER.len();
    let len = code[start..]
        .iter()
        .position(|&b| b == 0 || b == b'\n')
        .unwrap_or(code.len() - start);
    if find(start).is_some() {
        return Err("the code carries more than one kernel ABI table".into());
    }
    serde_json::from_slice(&code[start..start + len])
        .map_err(|e| format!("the code's kernel ABI table is corrupt: {e}"))
}

/// Checks the manifest's plans and constants against the code's ABI table. The first problem
/// is returned, naming the manifest field.
pub fn validate(
    code: &CodeAbi,
    plans: &[(&str, &Plan)],
    constants: &[(usize, usize)],
    sources: &[ConstantSource],
) -> Result<(), String> {
    if constants.len() != code.constants.len() {
        return Err(format!(
            "constants: {} entries, the code was compiled for {}",
            constants.len(),
            code.constants.len()
        ));
    }
    for (i, (got, want)) in constants.iter().zip(&code.constants).enumerate() {
        if got != want {
            return Err(format!(
                "constants[{i}] is {}×{}, the code was compiled for {}×{}",
                got.0, got.1, want.0, want.1
            ));
        }
    }
    if plans.len() != code.plans.len() {
        return Err(format!(
            "{} plans, the code was compiled for {}",
            plans.len(),
            code.plans.len()
        ));
    }
    for ((name, plan), want) in plans.iter().zip(&code.plans) {
        // The plan's own fields first (compared as they are, so the error names the field
        // rather than a call it makes inconsistent), then its calls.
        let got = PlanAbi {
            vocab: plan.vocab,
            max_len: plan.max_len,
            activations: plan.activations.clone(),
            states: plan.states.clone(),
            outputs: plan.outputs.clone(),
            kernels: Vec::new(),
            digest: String::new(),
        };
        let field = |f: &str, g: String, w: String| {
            Err(format!("{name}.{f} is {g}, the code was compiled for {w}"))
        };
        if got.vocab != want.vocab {
            return field("vocab", got.vocab.to_string(), want.vocab.to_string());
        }
        if got.max_len != want.max_len {
            return field("max_len", got.max_len.to_string(), want.max_len.to_string());
        }
        if got.activations.len() != want.activations.len() {
            return field(
                "activations",
                format!("{} buffers", got.activations.len()),
                format!("{}", want.activations.len()),
            );
        }
        for (i, (g, w)) in got.activations.iter().zip(&want.activations).enumerate() {
            if g != w {
                return field(
                    &format!("activations[{i}]"),
                    format!("{g} columns"),
                    w.to_string(),
                );
            }
        }
        if got.states != want.states {
            let i = got
                .states
                .iter()
                .zip(&want.states)
                .position(|(g, w)| g != w)
                .unwrap_or(got.states.len().min(want.states.len()));
            let show = |s: Option<&StateSpec>| {
                s.map_or("absent".to_string(), |s| {
                    format!("{:?} {}×{} {}", s.kind, s.rows, s.cols, s.dtype)
                })
            };
            return field(
                &format!("states[{i}]"),
                show(got.states.get(i)),
                show(want.states.get(i)),
            );
        }
        if got.outputs != want.outputs {
            let i = got
                .outputs
                .iter()
                .zip(&want.outputs)
                .position(|(g, w)| g != w)
                .unwrap_or(got.outputs.len().min(want.outputs.len()));
            let show = |o: Option<&(String, usize)>| {
                o.map_or("absent".to_string(), |(n, x)| {
                    format!("`{n}` in activation {x}")
                })
            };
            return field(
                &format!("outputs[{i}]"),
                show(got.outputs.get(i)),
                show(want.outputs.get(i)),
            );
        }
        let got = plan_abi_against(plan, constants, name, Some(&want.kernels))?;
        if got.digest != want.digest {
            return Err(format!(
                "{name}: the calls differ from those the code was compiled for (digest {}, expected {})",
                got.digest, want.digest
            ));
        }
    }
    let init = init_abi(sources, constants)?;
    for (i, k) in &init {
        match code.init.iter().find(|(j, _)| j == i) {
            None => {
                return Err(format!(
                    "constants[{i}].source: the code computes no constant {i} at load time"
                ))
            }
            Some((_, w)) if w != k => {
                return Err(format!(
                    "constants[{i}].source: `{}` called as {:?}; the code computes it with `{}` as {:?}",
                    k.symbol,
                    k.args.iter().map(|a| a.to_string()).collect::<Vec<_>>(),
                    w.symbol,
                    w.args.iter().map(|a| a.to_string()).collect::<Vec<_>>()
                ))
            }
            Some(_) => {}
        }
    }
    if init.len() != code.init.len() {
        return Err(format!(
            "constants: {} computed at load time, the code computes {}",
            init.len(),
            code.init.len()
        ));
    }
    Ok(())
}

/// Whether a call `k` matches the code's kernel `w` (same symbol): what differs, by field.
fn check_call(k: &KernelAbi, w: &KernelAbi) -> Result<(), String> {
    if k.args.len() != w.args.len() {
        return Err(format!(
            "args: {} arguments and a result; kernel `{}` takes {}",
            k.args.len() - 1,
            k.symbol,
            w.args.len()
        ));
    }
    for (ai, (g, t)) in k.args.iter().zip(&w.args).enumerate() {
        if g != t {
            let which = if ai + 1 == k.args.len() {
                "out".to_string()
            } else {
                format!("args[{ai}]")
            };
            return Err(format!("{which} is {g}; kernel `{}` takes {t}", k.symbol));
        }
    }
    if k.launch != w.launch {
        return Err(format!(
            "launch is {:?}; kernel `{}` is launched as {:?}",
            k.launch, k.symbol, w.launch
        ));
    }
    Ok(())
}

/// Every symbol the code's ABI names: the kernels of every plan and the load-time kernels.
pub fn symbols(code: &CodeAbi) -> impl Iterator<Item = &str> {
    code.plans
        .iter()
        .flat_map(|p| p.kernels.iter())
        .chain(code.init.iter().map(|(_, k)| k))
        .map(|k| k.symbol.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Call;

    fn plan() -> Plan {
        Plan {
            activations: vec![8, 8, 5],
            calls: vec![
                Call {
                    symbol: "k0".into(),
                    label: "embed".into(),
                    args: vec![Arg::Tokens, Arg::Constant(0)],
                    out: 0,
                    launch: None,
                    serial_below: 0,
                },
                Call {
                    symbol: "k1".into(),
                    label: "conv".into(),
                    args: vec![Arg::Activation(0), Arg::State(0), Arg::Part],
                    out: 1,
                    launch: None,
                    serial_below: 0,
                },
                Call {
                    symbol: "k2".into(),
                    label: "unembed".into(),
                    args: vec![Arg::Activation(1), Arg::Constant(0)],
                    out: 2,
                    launch: None,
                    serial_below: 0,
                },
            ],
            outputs: vec![("logits".into(), 2)],
            vocab: 5,
            max_len: 16,
            states: vec![StateSpec {
                kind: StateKind::Modal,
                dtype: DType::F64,
                rows: 4,
                cols: 8,
            }],
        }
    }

    #[test]
    fn an_honest_plan_validates_and_every_edit_is_named() {
        let shapes = [(5, 8)];
        let p = plan();
        let abi = code_abi(&[&p], &shapes, &[ConstantSource::Stored]).unwrap();
        let decoded = decode(&[b"junk\0".as_slice(), &encode(&abi), b"\0tail"].concat()).unwrap();
        assert_eq!(decoded, abi);
        let check = |p: &Plan| validate(&abi, &[("plan", p)], &shapes, &[ConstantSource::Stored]);
        assert_eq!(check(&p), Ok(()));
        type Edit = Box<dyn Fn(&mut Plan)>;
        let cases: Vec<(Edit, &str)> = vec![
            (
                Box::new(|p| p.vocab = 6),
                "plan.vocab is 6, the code was compiled for 5",
            ),
            (
                Box::new(|p| p.activations[1] = 1 << 30),
                "plan.activations[1] is 1073741824 columns",
            ),
            (
                Box::new(|p| p.calls[1].args[0] = Arg::Activation(9)),
                "plan.calls[1].args[0]: activation 9 does not exist",
            ),
            (
                Box::new(|p| p.calls[1].args[0] = Arg::Activation(2)),
                "plan.calls[1].args[0]: activation 2 is read before it is written",
            ),
            (
                Box::new(|p| p.calls[2].args[1] = Arg::Constant(3)),
                "plan.calls[2].args[1]: constant 3 does not exist",
            ),
            (
                Box::new(|p| p.calls[0].symbol = "abort".into()),
                "plan.calls[0].symbol: `abort` is not a kernel",
            ),
            (
                Box::new(|p| p.calls[1].args[1] = Arg::State(4)),
                "state 4 does not exist",
            ),
            (
                Box::new(|p| p.states[0].rows = 1 << 62),
                "plan.states[0] is Modal 4611686018427387904×8 f64, the code was compiled for Modal 4×8 f64",
            ),
            (
                Box::new(|p| p.states[0].dtype = DType::BF16),
                "plan.states[0] is Modal 4×8 bf16, the code was compiled for Modal 4×8 f64",
            ),
            (
                Box::new(|p| p.outputs[0].1 = 7),
                "plan.outputs[0] is `logits` in activation 7, the code was compiled for `logits` in activation 2",
            ),
            (
                Box::new(|p| p.calls[2].args.swap(0, 1)),
                "plan.calls[2].args[0] is f32 [5, 8]; kernel `k2` takes f32 [L, 8]",
            ),
            (
                Box::new(|p| p.calls[2].args[0] = Arg::Activation(0)),
                "plan: the calls differ from those the code was compiled for",
            ),
            (
                Box::new(|p| p.max_len = usize::MAX),
                "plan.max_len is 18446744073709551615, the code was compiled for 16",
            ),
        ];
        for (edit, needle) in cases {
            let mut q = plan();
            edit(&mut q);
            let e = check(&q).unwrap_err();
            assert!(e.contains(needle), "`{needle}` not in `{e}`");
        }
        // The code's own table admits bf16 only for caches.
        let mut q = plan();
        q.states[0].dtype = DType::BF16;
        let e = plan_abi(&q, &shapes, "plan").unwrap_err();
        assert!(
            e.contains("plan.states[0]: Modal state buffers in bf16 are not supported"),
            "{e}"
        );
        let e = validate(&abi, &[("plan", &p)], &[(6, 8)], &[ConstantSource::Stored]).unwrap_err();
        assert_eq!(e, "constants[0] is 6×8, the code was compiled for 5×8");
        assert!(decode(b"no table here").is_err());
    }
}
