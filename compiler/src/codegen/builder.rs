//! A small builder for MLIR functions in textual form (func, scf, arith, math, memref).
//!
//! Kernels are emitted as text and parsed by MLIR, which verifies them; the builder keeps SSA
//! names fresh, hoists constants to the function entry, nests regions and types what it emits.
//!
//! Types: a kernel is built for [`KernelTypes`], a storage type (how its tensors are kept in
//! memory) and an accumulation type (the type of its arithmetic). Every memref the builder
//! knows (arguments, scratch, workspaces, shared arrays) carries its element type; a load from
//! a memref of a narrower float extends to the accumulation type and a store truncates back,
//! so a generator written against `load`/`store`/`addf`/`fconst` is precision-generic. Only
//! f32/f32 kernels are generated today (`KernelTypes::F32`); the bf16 and f16 policies of
//! issue 14 set other storage types here.

use std::collections::HashMap;
use std::fmt::Write;

use hyenac_runtime::DType;

/// The element types a kernel is generated for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KernelTypes {
    /// How the kernel's tensor arguments are stored.
    pub storage: DType,
    /// The type its arithmetic (and its scratch) uses.
    pub accumulation: DType,
}

impl KernelTypes {
    /// f32 storage and arithmetic: every kernel generated today.
    pub const F32: KernelTypes = KernelTypes {
        storage: DType::F32,
        accumulation: DType::F32,
    };

    /// The memref type of a tensor argument, `memref<?x?x{storage}>`.
    pub fn mem(&self) -> String {
        memref(self.storage)
    }

    /// The memref type of scratch, `memref<?x?x{accumulation}>`.
    pub fn scratch_mem(&self) -> String {
        memref(self.accumulation)
    }
}

/// A 2-D strided memref of dynamic size with element type `t`.
pub fn memref(t: DType) -> String {
    format!("memref<?x?x{}>", t.name())
}

/// The element type of a memref type's text (`memref<?x?xbf16>` → `bf16`).
fn element_of(memref_ty: &str) -> &str {
    let inner = memref_ty
        .trim_start_matches("memref<")
        .split([',', '>'])
        .next()
        .unwrap_or("");
    inner.rsplit('x').next().unwrap_or(inner)
}

/// Bits of a float element type; `None` for other types.
fn float_bits(t: &str) -> Option<u32> {
    match t {
        "bf16" | "f16" => Some(16),
        "f32" => Some(32),
        "f64" => Some(64),
        _ => None,
    }
}

/// The type of every f32 tensor argument: a 2-D strided memref of dynamic size.
pub const MEM: &str = "memref<?x?xf32>";
/// The type of f64 scratch (the modal state on the CPU).
pub const MEM64: &str = "memref<?x?xf64>";
/// The type of the token argument `[L, 1]`.
pub const TOKENS: &str = "memref<?x?xi64>";

/// Where a kernel runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Device {
    /// A `func.func`; parallel loops are nested `scf.for`.
    Cpu,
    /// A `gpu.func … kernel`; parallel loops map to the global thread index (one thread per
    /// point), scratch memory becomes workspace arguments.
    Gpu,
}

/// A shared or private array of a cooperative kernel (see [`FuncBuilder::shared`] and
/// [`FuncBuilder::private`]), in the accumulation type.
#[derive(Debug, Clone)]
pub struct Array {
    name: String,
    ty: String,
    /// Indexed by lane first (a private array in emulation).
    per_lane: bool,
}

/// Threads per block of generated GPU kernels.
pub const GPU_BLOCK: usize = 128;

/// One `func.func` (or `gpu.func`) under construction.
pub struct FuncBuilder {
    pub device: Device,
    /// The storage and accumulation types the kernel is generated for.
    pub types: KernelTypes,
    /// The memref type of every memref value the builder knows, by SSA name.
    mem_types: HashMap<String, String>,
    /// A GPU kernel emitted as a CPU function (the tests' emulation): parallel loops become
    /// loop nests and the function a `func.func`; the algorithms, workspaces and argument
    /// order stay the GPU kernel's.
    pub emulate: bool,
    /// Workspaces (GPU): `(name, rows, columns)` with rows 0 meaning `L`, appended after the
    /// result.
    pub workspaces: Vec<(String, usize, usize)>,
    /// GPU attributions `(name, type)`: shared memory of a block, then private memory of a
    /// thread (`workgroup(…) private(…)` of the `gpu.func`).
    workgroup: Vec<(String, String)>,
    private: Vec<(String, String)>,
    name: String,
    args: Vec<(String, String)>,
    consts: Vec<String>,
    const_cache: HashMap<String, String>,
    body: Vec<String>,
    depth: usize,
    next: usize,
    /// The CPU instruction sets the kernel may use (none beyond the baseline by default).
    pub isa: super::isa::CpuIsa,
    /// The graph's products are in bf16 (`--precision bf16`): attention's two products may
    /// take bf16 operands too (with `isa` allowing tiles).
    pub bf16_products: bool,
    /// Pole arguments that hold real poles as their logarithms (`[D, N]`, from `real_poles`):
    /// the pole loads exponentiate them in f64, since `exp(log p)` rounded to f32 would make
    /// `p^t` drift by `t` ulps over a long sequence.
    pub real_log_poles: std::collections::HashSet<String>,
    /// FFT convolutions receive their filter in time (`[K, D]` lags, an artifact compiled
    /// without weights) and transform it themselves, not a precomputed spectrum.
    pub filters_in_time: bool,
}

impl FuncBuilder {
    /// A function whose arguments are `(name, type)`; refer to them as `%name`.
    pub fn new(name: &str, args: &[(&str, &str)], device: Device) -> Self {
        Self::typed(name, args, device, KernelTypes::F32)
    }

    /// [`FuncBuilder::new`] for the given storage and accumulation types.
    pub fn typed(name: &str, args: &[(&str, &str)], device: Device, types: KernelTypes) -> Self {
        FuncBuilder {
            device,
            types,
            mem_types: args
                .iter()
                .filter(|(_, t)| t.starts_with("memref<"))
                .map(|(a, t)| (format!("%{a}"), t.to_string()))
                .collect(),
            emulate: false,
            workspaces: Vec::new(),
            workgroup: Vec::new(),
            private: Vec::new(),
            name: name.to_string(),
            args: args
                .iter()
                .map(|(a, t)| (a.to_string(), t.to_string()))
                .collect(),
            consts: Vec::new(),
            const_cache: HashMap::new(),
            body: Vec::new(),
            depth: 1,
            next: 0,
            isa: Default::default(),
            bf16_products: false,
            real_log_poles: Default::default(),
            filters_in_time: false,
        }
    }

    /// The accumulation type's name (`f32`).
    pub fn acc(&self) -> &'static str {
        self.types.accumulation.name()
    }

    /// `vector<{n}x{accumulation}>`.
    pub fn vec(&self, n: usize) -> String {
        format!("vector<{n}x{}>", self.acc())
    }

    /// The memref type of `m`: registered when it was declared or allocated, else a tensor
    /// argument of the storage type.
    pub fn mem_type(&self, m: &str) -> String {
        self.mem_types
            .get(m)
            .cloned()
            .unwrap_or_else(|| self.types.mem())
    }

    /// Records the memref type of a value made outside the builder's allocators.
    pub fn declare_mem(&mut self, m: &str, ty: &str) {
        self.mem_types.insert(m.to_string(), ty.to_string());
    }

    /// Emits one line at the current nesting depth.
    pub fn emit(&mut self, line: impl AsRef<str>) {
        self.body
            .push(format!("{}{}", "  ".repeat(self.depth), line.as_ref()));
    }

    /// A fresh SSA value defined by `rhs`.
    pub fn val(&mut self, rhs: impl AsRef<str>) -> String {
        let v = format!("%v{}", self.next);
        self.next += 1;
        self.emit(format!("{v} = {}", rhs.as_ref()));
        v
    }

    fn constant(&mut self, text: String) -> String {
        if let Some(v) = self.const_cache.get(&text) {
            return v.clone();
        }
        let v = format!("%k{}", self.const_cache.len());
        self.consts.push(format!("  {v} = {text}"));
        self.const_cache.insert(text, v.clone());
        v
    }

    /// A splat constant of `vector<{n}x{accumulation}>`.
    pub fn vsplat(&mut self, n: usize, x: f64) -> String {
        let vt = self.vec(n);
        let lit = self.acc_literal(x);
        self.constant(format!("arith.constant dense<{lit}> : {vt}"))
    }

    /// `x` rounded to the accumulation type, as a literal.
    fn acc_literal(&self, x: f64) -> String {
        match self.types.accumulation {
            DType::F64 => float_literal(x),
            _ => float_literal(x as f32 as f64),
        }
    }

    /// `e^x` of a `vector<{n}xf32>`, as generated code: range reduction by powers of two and a
    /// degree-7 polynomial (relative error below 1e-7 over [−87, 88]; below that, 0). Vector
    /// `math.exp` would lower to one libm call per lane. The exponent-bit construction is f32's.
    pub fn vexp(&mut self, n: usize, x: &str) -> String {
        debug_assert_eq!(
            self.types.accumulation,
            DType::F32,
            "vexp builds f32 exponent bits"
        );
        let vt = self.vec(n);
        let it = format!("vector<{n}xi32>");
        let lo = self.vsplat(n, -87.0);
        let hi = self.vsplat(n, 88.0);
        let xc = self.val(format!("arith.maximumf {x}, {lo} : {vt}"));
        let xc = self.val(format!("arith.minimumf {xc}, {hi} : {vt}"));
        let log2e = self.vsplat(n, std::f64::consts::LOG2_E);
        let half = self.vsplat(n, 0.5);
        let t = self.val(format!("arith.mulf {xc}, {log2e} : {vt}"));
        let t = self.val(format!("arith.addf {t}, {half} : {vt}"));
        let k = self.val(format!("math.floor {t} : {vt}"));
        // ln 2 split in two so that x − k·ln2 is exact enough.
        let ln2_hi = self.vsplat(n, 0.693_145_751_953_125);
        let ln2_lo = self.vsplat(n, 1.428_606_765_330_187e-6);
        let r = self.val(format!("arith.mulf {k}, {ln2_hi} : {vt}"));
        let r = self.val(format!("arith.subf {xc}, {r} : {vt}"));
        let r2 = self.val(format!("arith.mulf {k}, {ln2_lo} : {vt}"));
        let r = self.val(format!("arith.subf {r}, {r2} : {vt}"));
        let coef = [
            1.0 / 5040.0,
            1.0 / 720.0,
            1.0 / 120.0,
            1.0 / 24.0,
            1.0 / 6.0,
            0.5,
            1.0,
            1.0,
        ];
        let mut p = self.vsplat(n, coef[0]);
        for c in &coef[1..] {
            let cv = self.vsplat(n, *c);
            p = self.val(format!("math.fma {p}, {r}, {cv} : {vt}"));
        }
        // 2^k by building the exponent bits.
        let ki = self.val(format!("arith.fptosi {k} : {vt} to {it}"));
        let bias = self.constant(format!("arith.constant dense<127> : {it}"));
        let sh = self.constant(format!("arith.constant dense<23> : {it}"));
        let e = self.val(format!("arith.addi {ki}, {bias} : {it}"));
        let e = self.val(format!("arith.shli {e}, {sh} : {it}"));
        let scale = self.val(format!("arith.bitcast {e} : {it} to {vt}"));
        let y = self.val(format!("arith.mulf {p}, {scale} : {vt}"));
        // Below the range the result is 0 (exp(−87) ≈ 1.6e-38 would otherwise remain).
        let under = self.val(format!("arith.cmpf olt, {x}, {lo} : {vt}"));
        let zero = self.vzero(n);
        self.val(format!(
            "arith.select {under}, {zero}, {y} : vector<{n}xi1>, {vt}"
        ))
    }

    /// A zero `vector<{n}x{accumulation}>` constant.
    pub fn vzero(&mut self, n: usize) -> String {
        let vt = self.vec(n);
        self.constant(format!("arith.constant dense<0.0> : {vt}"))
    }

    /// An `index` constant.
    pub fn idx(&mut self, i: usize) -> String {
        self.constant(format!("arith.constant {i} : index"))
    }

    /// A constant of the accumulation type.
    pub fn fconst(&mut self, x: f64) -> String {
        let lit = self.acc_literal(x);
        let t = self.acc();
        self.constant(format!("arith.constant {lit} : {t}"))
    }

    /// An `f64` constant.
    pub fn f64(&mut self, x: f64) -> String {
        self.constant(format!("arith.constant {} : f64", float_literal(x)))
    }

    /// `memref.dim` of a 2-D memref.
    pub fn dim(&mut self, m: &str, d: usize) -> String {
        let c = self.idx(d);
        let ty = self.mem_type(m);
        self.val(format!("memref.dim {m}, {c} : {ty}"))
    }

    /// `vector<{n}x…>` at `[i, j..j+n]` of `m`, in the accumulation type.
    pub fn vload(&mut self, m: &str, i: &str, j: &str, n: usize) -> String {
        let ty = self.mem_type(m);
        let elem = element_of(&ty).to_string();
        let v = self.val(format!(
            "vector.load {m}[{i}, {j}] : {ty}, vector<{n}x{elem}>"
        ));
        self.widen_vector(&v, &elem, n)
    }

    /// Stores accumulation-type `vector<{n}x…>` `v` at `[i, j..j+n]` of `m`.
    pub fn vstore(&mut self, v: &str, m: &str, i: &str, j: &str, n: usize) {
        let ty = self.mem_type(m);
        let elem = element_of(&ty).to_string();
        let v = self.narrow_vector(v, &elem, n);
        self.emit(format!(
            "vector.store {v}, {m}[{i}, {j}] : {ty}, vector<{n}x{elem}>"
        ));
    }

    fn widen_vector(&mut self, v: &str, elem: &str, n: usize) -> String {
        let acc = self.acc();
        match (float_bits(elem), float_bits(acc)) {
            (Some(a), Some(b)) if a < b => self.val(format!(
                "arith.extf {v} : vector<{n}x{elem}> to vector<{n}x{acc}>"
            )),
            _ => v.to_string(),
        }
    }

    fn narrow_vector(&mut self, v: &str, elem: &str, n: usize) -> String {
        let acc = self.acc();
        match (float_bits(elem), float_bits(acc)) {
            (Some(a), Some(b)) if a < b => self.val(format!(
                "arith.truncf {v} : vector<{n}x{acc}> to vector<{n}x{elem}>"
            )),
            _ => v.to_string(),
        }
    }

    /// Element `[i, j]` of memref `m`, in the accumulation type (a narrower stored float is
    /// extended).
    pub fn load(&mut self, m: &str, i: &str, j: &str) -> String {
        let ty = self.mem_type(m);
        let v = self.val(format!("memref.load {m}[{i}, {j}] : {ty}"));
        self.widen(&v, element_of(&ty))
    }

    /// Stores accumulation-type value `v` at `[i, j]` of `m` (rounded to a narrower stored
    /// float).
    pub fn store(&mut self, v: &str, m: &str, i: &str, j: &str) {
        let ty = self.mem_type(m);
        let v = self.narrow(v, element_of(&ty));
        self.emit(format!("memref.store {v}, {m}[{i}, {j}] : {ty}"));
    }

    /// `v` of element type `elem` extended to the accumulation type where `elem` is a
    /// narrower float.
    fn widen(&mut self, v: &str, elem: &str) -> String {
        let acc = self.acc();
        match (float_bits(elem), float_bits(acc)) {
            (Some(a), Some(b)) if a < b => self.val(format!("arith.extf {v} : {elem} to {acc}")),
            _ => v.to_string(),
        }
    }

    /// Accumulation-type `v` rounded to `elem` where that is a narrower float.
    fn narrow(&mut self, v: &str, elem: &str) -> String {
        let acc = self.acc();
        match (float_bits(elem), float_bits(acc)) {
            (Some(a), Some(b)) if a < b => self.val(format!("arith.truncf {v} : {acc} to {elem}")),
            _ => v.to_string(),
        }
    }

    /// A CPU-only f64 scratch `[rows, cols]` (both compile-time), zero-filled.
    pub fn scratch64(&mut self, rows: usize, cols: usize, dealloc: &mut Vec<String>) -> String {
        let (r, c) = (self.idx(rows), self.idx(cols));
        let m = self.val(format!("memref.alloc({r}, {c}) : {MEM64}"));
        self.declare_mem(&m, MEM64);
        dealloc.push(format!("{m} : {MEM64}"));
        let zero = self.f64(0.0);
        let c0 = self.idx(0);
        self.for_(&c0, &r, |f, i| {
            f.for_(&c0, &c, |f, j| f.store64(&zero, &m, i, j))
        });
        m
    }

    pub fn load64(&mut self, m: &str, i: &str, j: &str) -> String {
        self.val(format!("memref.load {m}[{i}, {j}] : {MEM64}"))
    }

    pub fn store64(&mut self, v: &str, m: &str, i: &str, j: &str) {
        self.emit(format!("memref.store {v}, {m}[{i}, {j}] : {MEM64}"));
    }

    /// A binary arith op on values of type `ty` (e.g. `addf`, `mulf`).
    pub fn bin(&mut self, op: &str, a: &str, b: &str, ty: &str) -> String {
        self.val(format!("arith.{op} {a}, {b} : {ty}"))
    }

    /// `a + b` in the accumulation type.
    pub fn addf(&mut self, a: &str, b: &str) -> String {
        self.bin("addf", a, b, self.acc())
    }

    /// An addition that may be reassociated: the accumulation of a reduction, so that LLVM
    /// vectorises the loop (a strict-order float sum cannot be). Changes rounding only.
    pub fn addf_acc(&mut self, acc: &str, x: &str) -> String {
        let t = self.acc();
        self.val(format!(
            "arith.addf {acc}, {x} fastmath<reassoc,contract> : {t}"
        ))
    }
    /// `a − b` in the accumulation type.
    pub fn subf(&mut self, a: &str, b: &str) -> String {
        self.bin("subf", a, b, self.acc())
    }
    /// `a · b` in the accumulation type.
    pub fn mulf(&mut self, a: &str, b: &str) -> String {
        self.bin("mulf", a, b, self.acc())
    }
    /// `a / b` in the accumulation type.
    pub fn divf(&mut self, a: &str, b: &str) -> String {
        self.bin("divf", a, b, self.acc())
    }
    pub fn addi(&mut self, a: &str, b: &str) -> String {
        self.bin("addi", a, b, "index")
    }
    pub fn subi(&mut self, a: &str, b: &str) -> String {
        self.bin("subi", a, b, "index")
    }
    pub fn muli(&mut self, a: &str, b: &str) -> String {
        self.bin("muli", a, b, "index")
    }
    /// A unary `math` op in the accumulation type.
    pub fn math(&mut self, op: &str, a: &str) -> String {
        let t = self.acc();
        self.val(format!("math.{op} {a} : {t}"))
    }
    /// An accumulation-type value extended to f64 (the modal state's type).
    pub fn ext(&mut self, a: &str) -> String {
        let t = self.acc();
        self.val(format!("arith.extf {a} : {t} to f64"))
    }
    /// An f64 value rounded to the accumulation type.
    pub fn trunc(&mut self, a: &str) -> String {
        let t = self.acc();
        self.val(format!("arith.truncf {a} : f64 to {t}"))
    }

    /// `scf.for %iv = lo to hi` with no loop-carried values.
    pub fn for_(&mut self, lo: &str, hi: &str, body: impl FnOnce(&mut Self, &str)) {
        let iv = format!("%i{}", self.next);
        self.next += 1;
        let one = self.idx(1);
        self.emit(format!("scf.for {iv} = {lo} to {hi} step {one} {{"));
        self.depth += 1;
        body(self, &iv);
        self.depth -= 1;
        self.emit("}");
    }

    /// `scf.for %iv = lo to hi step step` with no loop-carried values.
    pub fn for_step(&mut self, lo: &str, hi: &str, step: &str, body: impl FnOnce(&mut Self, &str)) {
        let iv = format!("%i{}", self.next);
        self.next += 1;
        self.emit(format!("scf.for {iv} = {lo} to {hi} step {step} {{"));
        self.depth += 1;
        body(self, &iv);
        self.depth -= 1;
        self.emit("}");
    }

    /// `scf.for` carrying `init` values of the given types; `body` returns the next values.
    /// Returns the final values.
    pub fn for_acc(
        &mut self,
        lo: &str,
        hi: &str,
        init: &[(&str, &str)],
        body: impl FnOnce(&mut Self, &str, &[String]) -> Vec<String>,
    ) -> Vec<String> {
        let one = self.idx(1);
        self.for_acc_step(lo, hi, &one, init, body)
    }

    /// [`FuncBuilder::for_acc`] with a step.
    pub fn for_acc_step(
        &mut self,
        lo: &str,
        hi: &str,
        one: &str,
        init: &[(&str, &str)],
        body: impl FnOnce(&mut Self, &str, &[String]) -> Vec<String>,
    ) -> Vec<String> {
        let iv = format!("%i{}", self.next);
        self.next += 1;
        let carried: Vec<String> = init
            .iter()
            .map(|_| {
                let c = format!("%a{}", self.next);
                self.next += 1;
                c
            })
            .collect();
        let results: Vec<String> = init
            .iter()
            .map(|_| {
                let r = format!("%r{}", self.next);
                self.next += 1;
                r
            })
            .collect();
        let iter_args: Vec<String> = carried
            .iter()
            .zip(init)
            .map(|(c, (v, _))| format!("{c} = {v}"))
            .collect();
        let types: Vec<&str> = init.iter().map(|(_, t)| *t).collect();
        let lhs = if results.len() == 1 {
            results[0].clone()
        } else {
            format!("{}:{}", results[0].replace("%r", "%rr"), results.len())
        };
        self.emit(format!(
            "{lhs} = scf.for {iv} = {lo} to {hi} step {one} iter_args({}) -> ({}) {{",
            iter_args.join(", "),
            types.join(", ")
        ));
        self.depth += 1;
        let next = body(self, &iv, &carried);
        self.emit(format!(
            "scf.yield {} : {}",
            next.join(", "),
            types.join(", ")
        ));
        self.depth -= 1;
        self.emit("}");
        if results.len() == 1 {
            results
        } else {
            let base = results[0].replace("%r", "%rr");
            (0..results.len()).map(|i| format!("{base}#{i}")).collect()
        }
    }

    /// `scf.if cond` with a then-region and no results.
    pub fn if_(&mut self, cond: &str, body: impl FnOnce(&mut Self)) {
        self.emit(format!("scf.if {cond} {{"));
        self.depth += 1;
        body(self);
        self.depth -= 1;
        self.emit("}");
    }

    /// `scf.if cond` with a then-region and an else-region, no results.
    pub fn if_else(
        &mut self,
        cond: &str,
        then: impl FnOnce(&mut Self),
        otherwise: impl FnOnce(&mut Self),
    ) {
        self.emit(format!("scf.if {cond} {{"));
        self.depth += 1;
        then(self);
        self.depth -= 1;
        self.emit("} else {");
        self.depth += 1;
        otherwise(self);
        self.depth -= 1;
        self.emit("}");
    }

    /// `(a / b, a % b)` on index values.
    pub fn divrem(&mut self, a: &str, b: &str) -> (String, String) {
        let q = self.val(format!("arith.divui {a}, {b} : index"));
        let r = self.val(format!("arith.remui {a}, {b} : index"));
        (q, r)
    }

    /// `max(a, b)` on index values.
    pub fn maxi(&mut self, a: &str, b: &str) -> String {
        self.bin("maxui", a, b, "index")
    }

    /// `min(a, b)` on index values.
    pub fn mini(&mut self, a: &str, b: &str) -> String {
        self.bin("minui", a, b, "index")
    }

    /// CPU scratch `[rows, cols]` of memref type `ty`, 64-byte aligned (AMX tile rows must not
    /// straddle cache lines); the caller frees it (`memref.dealloc`) where it goes out of use.
    pub fn alloc_aligned(&mut self, rows: &str, cols: &str, ty: &str) -> String {
        let m = self.val(format!(
            "memref.alloc({rows}, {cols}) {{alignment = 64 : i64}} : {ty}"
        ));
        self.declare_mem(&m, ty);
        m
    }

    /// Scratch `[L, cols]` (`rows` is the SSA value of L): allocated on the CPU (freed by
    /// [`FuncBuilder::finish`]), a workspace argument on the GPU.
    pub fn scratch(&mut self, rows: &str, cols: usize, dealloc: &mut Vec<String>) -> String {
        self.scratch_sized(rows, 0, cols, dealloc)
    }

    /// Scratch of `rows_fixed` rows (0: `L`, given as the SSA value `rows`) and `cols` columns.
    pub fn scratch_sized(
        &mut self,
        rows: &str,
        rows_fixed: usize,
        cols: usize,
        dealloc: &mut Vec<String>,
    ) -> String {
        let rows = if rows_fixed > 0 {
            self.idx(rows_fixed)
        } else {
            rows.to_string()
        };
        let ty = self.types.scratch_mem();
        match self.device {
            Device::Cpu => {
                let c = self.idx(cols);
                let m = self.val(format!("memref.alloc({rows}, {c}) : {ty}"));
                self.declare_mem(&m, &ty);
                dealloc.push(format!("{m} : {ty}"));
                m
            }
            Device::Gpu => {
                let name = format!("ws{}", self.workspaces.len());
                self.workspaces.push((name.clone(), rows_fixed, cols));
                let m = format!("%{name}");
                self.declare_mem(&m, &ty);
                m
            }
        }
    }

    /// A parallel loop nest over `dims` (outermost first): nested `scf.for` on the CPU, one GPU
    /// thread per point (bounds-checked) on the GPU.
    pub fn parallel(&mut self, dims: &[String], body: impl FnOnce(&mut Self, &[String])) {
        match self.device {
            Device::Cpu => self.nest(dims, Vec::new(), body),
            Device::Gpu if self.emulate => self.nest(dims, Vec::new(), body),
            Device::Gpu => {
                let bid = self.val("gpu.block_id x");
                let bdim = self.val("gpu.block_dim x");
                let tid = self.val("gpu.thread_id x");
                let base = self.muli(&bid, &bdim);
                let gid = self.addi(&base, &tid);
                let mut total = self.idx(1);
                for d in dims {
                    total = self.muli(&total, d);
                }
                let inside = self.val(format!("arith.cmpi ult, {gid}, {total} : index"));
                self.if_(&inside, |f| {
                    // Decompose the thread id, innermost dimension fastest.
                    let mut ivs = vec![String::new(); dims.len()];
                    let mut rest = gid.clone();
                    for (i, d) in dims.iter().enumerate().rev() {
                        if i == 0 {
                            ivs[i] = rest.clone();
                        } else {
                            ivs[i] = f.val(format!("arith.remui {rest}, {d} : index"));
                            rest = f.val(format!("arith.divui {rest}, {d} : index"));
                        }
                    }
                    body(f, &ivs)
                });
            }
        }
    }

    /// Blocks of [`GPU_BLOCK`] threads, one per item `< count`, that cooperate on their item in
    /// [`FuncBuilder::phase`]s: on the GPU the item is the block index; on the CPU (and in
    /// emulation) a loop. Code outside phases must not depend on the thread.
    pub fn blocks(&mut self, count: &str, body: impl FnOnce(&mut Self, &str)) {
        if self.device == Device::Gpu && !self.emulate {
            let bid = self.val("gpu.block_id x");
            let inside = self.val(format!("arith.cmpi ult, {bid}, {count} : index"));
            // Block-uniform: every thread of a block takes the same branch, so the barriers
            // inside are reached by all of them.
            self.if_(&inside, |f| body(f, &bid));
        } else {
            let c0 = self.idx(0);
            self.for_(&c0, count, body);
        }
    }

    /// One phase of a cooperative block: `body(f, lane)` for each of its [`GPU_BLOCK`]
    /// threads, then a barrier (GPU) — on the CPU, a loop over the lanes, which orders the
    /// phases by itself. Values do not survive a phase except through memory.
    pub fn phase(&mut self, body: impl FnOnce(&mut Self, &str)) {
        if self.device == Device::Gpu && !self.emulate {
            let tid = self.val("gpu.thread_id x");
            body(self, &tid);
            self.emit("gpu.barrier");
        } else {
            let (c0, lanes) = (self.idx(0), self.idx(GPU_BLOCK));
            self.for_(&c0, &lanes, body);
        }
    }

    /// A block's shared `[rows, cols]` array (GPU shared memory; a CPU allocation
    /// elsewhere). Use with [`FuncBuilder::shared_load`] / [`FuncBuilder::shared_store`].
    pub fn shared(&mut self, rows: usize, cols: usize, dealloc: &mut Vec<String>) -> Array {
        if self.device == Device::Gpu && !self.emulate {
            let name = format!("%sh{}", self.workgroup.len());
            let ty = format!(
                "memref<{rows}x{cols}x{}, #gpu.address_space<workgroup>>",
                self.acc()
            );
            self.workgroup.push((name.clone(), ty.clone()));
            Array {
                name,
                ty,
                per_lane: false,
            }
        } else {
            let ty = format!("memref<{rows}x{cols}x{}>", self.acc());
            let name = self.val(format!("memref.alloc() : {ty}"));
            dealloc.push(format!("{name} : {ty}"));
            Array {
                name,
                ty,
                per_lane: false,
            }
        }
    }

    /// A thread's private array of `len` values (registers or local memory on the GPU; in
    /// emulation one row per lane of a `[GPU_BLOCK, len]` allocation, so that it survives
    /// the phases). Indices are compile-time constants.
    pub fn private(&mut self, len: usize, dealloc: &mut Vec<String>) -> Array {
        if self.device == Device::Gpu && !self.emulate {
            let name = format!("%pv{}", self.private.len());
            let ty = format!("memref<{len}x{}, #gpu.address_space<private>>", self.acc());
            self.private.push((name.clone(), ty.clone()));
            Array {
                name,
                ty,
                per_lane: false,
            }
        } else {
            let ty = format!("memref<{GPU_BLOCK}x{len}x{}>", self.acc());
            let name = self.val(format!("memref.alloc() : {ty}"));
            dealloc.push(format!("{name} : {ty}"));
            Array {
                name,
                ty,
                per_lane: true,
            }
        }
    }

    /// Element `[i, j]` of a shared array.
    pub fn shared_load(&mut self, a: &Array, i: &str, j: &str) -> String {
        self.val(format!("memref.load {}[{i}, {j}] : {}", a.name, a.ty))
    }

    pub fn shared_store(&mut self, v: &str, a: &Array, i: &str, j: &str) {
        self.emit(format!("memref.store {v}, {}[{i}, {j}] : {}", a.name, a.ty));
    }

    /// Element `i` of `lane`'s private array.
    pub fn private_load(&mut self, a: &Array, lane: &str, i: usize) -> String {
        let ic = self.idx(i);
        let at = if a.per_lane {
            format!("{lane}, {ic}")
        } else {
            ic
        };
        self.val(format!("memref.load {}[{at}] : {}", a.name, a.ty))
    }

    pub fn private_store(&mut self, v: &str, a: &Array, lane: &str, i: usize) {
        let ic = self.idx(i);
        let at = if a.per_lane {
            format!("{lane}, {ic}")
        } else {
            ic
        };
        self.emit(format!("memref.store {v}, {}[{at}] : {}", a.name, a.ty));
    }

    /// `for j = lane; j < n; j += GPU_BLOCK`: a lane's share of `n` items in a phase
    /// (consecutive lanes take consecutive items, so GPU memory accesses coalesce).
    pub fn lane_loop(&mut self, lane: &str, n: &str, body: impl FnOnce(&mut Self, &str)) {
        let step = self.idx(GPU_BLOCK);
        self.for_step(lane, n, &step, body);
    }

    fn nest(
        &mut self,
        dims: &[String],
        mut ivs: Vec<String>,
        body: impl FnOnce(&mut Self, &[String]),
    ) {
        match dims.split_first() {
            None => body(self, &ivs),
            Some((d, rest)) => {
                let c0 = self.idx(0);
                let d = d.clone();
                self.for_(&c0, &d, |f, iv| {
                    ivs.push(iv.to_string());
                    f.nest(rest, ivs, body)
                })
            }
        }
    }

    /// The function text.
    pub fn finish(mut self, dealloc: &[String]) -> String {
        for m in dealloc {
            self.emit(format!("memref.dealloc {m}"));
        }
        let mut out = String::new();
        let mut args: Vec<String> = self
            .args
            .iter()
            .map(|(a, t)| format!("%{a}: {t}"))
            .collect();
        let ws = self.types.scratch_mem();
        args.extend(
            self.workspaces
                .iter()
                .map(|(w, _, _)| format!("%{w}: {ws}")),
        );
        let gpu = self.device == Device::Gpu && !self.emulate;
        let attribution = |kind: &str, list: &[(String, String)]| {
            if list.is_empty() {
                String::new()
            } else {
                let items: Vec<String> = list.iter().map(|(n, t)| format!("{n} : {t}")).collect();
                format!(" {kind}({})", items.join(", "))
            }
        };
        let attributions = format!(
            "{}{}",
            attribution("workgroup", &self.workgroup),
            attribution("private", &self.private)
        );
        match gpu {
            false => {
                let _ = writeln!(
                    out,
                    "func.func @{}({}) attributes {{llvm.emit_c_interface}} {{",
                    self.name,
                    args.join(", ")
                );
            }
            true => {
                let _ = writeln!(
                    out,
                    "gpu.func @{}({}){attributions} kernel attributes {{known_block_size = array<i32: {GPU_BLOCK}, 1, 1>}} {{",
                    self.name,
                    args.join(", ")
                );
            }
        }
        for c in &self.consts {
            let _ = writeln!(out, "{c}");
        }
        for l in &self.body {
            let _ = writeln!(out, "{l}");
        }
        let ret = if gpu { "gpu.return" } else { "return" };
        let _ = writeln!(out, "  {ret}\n}}");
        out
    }
}

/// A float literal MLIR parses (it needs a decimal point), exact for f64.
pub fn float_literal(x: f64) -> String {
    if x.is_nan() {
        return "0x7FF8000000000000".into();
    }
    if x.is_infinite() {
        return if x > 0.0 {
            "0x7FF0000000000000".into()
        } else {
            "0xFFF0000000000000".into()
        };
    }
    format!("{x:.17e}")
}
