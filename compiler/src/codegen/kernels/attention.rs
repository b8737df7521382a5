//! Causal (grouped-query) attention with rotary embedding: the scalar form (GPU, small heads)
//! and the vectorised CPU form over query and key blocks.

use super::*;

/// Causal grouped-query attention, one query row and head at a time, with an online softmax
/// (no L×L scores): running max, running sum and a `head_dim` accumulator. With `cache`
/// (keys, values `[position + L, Hkv·hd]`) the call's keys and values are appended at
/// `position` and every query attends to the whole cache up to itself. A share takes every
/// `count`-th query row (causal work balanced between parts); it appends its own rows and reads
/// the call's new keys and values from the operands, so parts never read each other's writes.
#[allow(clippy::too_many_arguments)]
pub(crate) fn attention(
    f: &mut FuncBuilder,
    l: &str,
    heads: usize,
    kv_heads: usize,
    hd: usize,
    cache: Option<(String, String)>,
    (q_src, k_src): (&str, &str),
    share: &Share,
    dealloc: &mut Vec<String>,
) {
    let (c0, c1) = (f.idx(0), f.idx(1));
    let ft = f.acc();
    let w = f.idx(kv_heads * hd);
    let pos = match &cache {
        None => c0.clone(),
        Some((k, v)) => {
            let total = f.dim(k, 0);
            let pos = f.subi(&total, l);
            f.for_step(&share.index, l, &share.count, |f, t| {
                let row = f.addi(&pos, t);
                f.for_(&c0, &w, |f, x| {
                    let kv = f.load(k_src, t, x);
                    f.store(&kv, k, &row, x);
                    let vv = f.load("%a2", t, x);
                    f.store(&vv, v, &row, x);
                });
            });
            pos
        }
    };
    let (hh, hdc) = (f.idx(heads), f.idx(hd));
    let group = f.idx(heads / kv_heads);
    // Prefill and chunk calls of enough rows by tiles (AMX for bf16 products where the target
    // has it, else f32 register tiles); decode steps and short calls by the vector kernel.
    let amx = f.isa.amx_bf16 && f.bf16_products && hd.is_multiple_of(32);
    let tiled = if f.device != Device::Cpu {
        None
    } else if amx {
        Some(32)
    } else if hd.is_multiple_of(F32_PV_COLS) {
        Some(2 * F32_ROWS)
    } else {
        None
    };
    if let Some(min_rows) = tiled {
        let c = f.idx(min_rows);
        let long = f.val(format!("arith.cmpi uge, {l}, {c} : index"));
        let kernel = if amx {
            attention_amx
        } else {
            attention_tiles_f32
        };
        f.if_else(
            &long,
            |f| {
                kernel(
                    f,
                    l,
                    (heads, kv_heads, hd),
                    &pos,
                    &cache,
                    (q_src, k_src),
                    share,
                )
            },
            |f| {
                // Scratch defined in this branch is freed in it.
                let mut local = Vec::new();
                attention_blocks_vec(
                    f,
                    l,
                    heads,
                    hd,
                    &group,
                    &pos,
                    &cache,
                    (q_src, k_src),
                    share,
                    &mut local,
                );
                for m in local {
                    f.emit(format!("memref.dealloc {m}"));
                }
            },
        );
        return;
    }
    if f.device == Device::Cpu && hd.is_multiple_of(VW) {
        attention_blocks_vec(
            f,
            l,
            heads,
            hd,
            &group,
            &pos,
            &cache,
            (q_src, k_src),
            share,
            dealloc,
        );
        return;
    }
    // The output accumulator of (t, h) lives in its own slot of a [L, H·hd] scratch.
    let acc = f.scratch(l, heads * hd, dealloc);
    let scale = f.fconst(1.0 / (hd as f64).sqrt());
    let neg_inf = f.fconst(-3.0e38);
    let zero = f.fconst(0.0);
    let body = |f: &mut FuncBuilder, t: &str, h: &str| {
        let g = f.val(format!("arith.divui {h}, {group} : index"));
        let qb = f.muli(h, &hdc);
        let kb = f.muli(&g, &hdc);
        f.for_(&c0, &hdc, |f, x| {
            let ax = f.addi(&qb, x);
            f.store(&zero, &acc, t, &ax)
        });
        // Keys j in [lo, hi), row j − off of `keys`/`values`, from softmax state `st`.
        let step = |f: &mut FuncBuilder,
                    (keys, values, off): (&str, &str, &str),
                    lo: &str,
                    hi: &str,
                    st: &[String]| {
            f.for_acc(lo, hi, &[(&st[0], ft), (&st[1], ft)], |f, j, st| {
                let jr = f.subi(j, off);
                let sc = f.for_acc(&c0, &hdc, &[(&zero, ft)], |f, x, a| {
                    let qi = f.addi(&qb, x);
                    let ki = f.addi(&kb, x);
                    let qv = f.load(q_src, t, &qi);
                    let kv = f.load(keys, &jr, &ki);
                    let p = f.mulf(&qv, &kv);
                    vec![f.addf_acc(&a[0], &p)]
                });
                let s = f.mulf(&sc[0], &scale);
                let m_new = f.val(format!("arith.maximumf {}, {s} : {ft}", st[0]));
                let dm = f.subf(&st[0], &m_new);
                let corr = f.math("exp", &dm);
                let ds = f.subf(&s, &m_new);
                let p = f.math("exp", &ds);
                let lc = f.mulf(&st[1], &corr);
                let l_new = f.addf(&lc, &p);
                f.for_(&c0, &hdc, |f, x| {
                    let vi = f.addi(&kb, x);
                    let vv = f.load(values, &jr, &vi);
                    let ax = f.addi(&qb, x);
                    let a = f.load(&acc, t, &ax);
                    let ac = f.mulf(&a, &corr);
                    let pv = f.mulf(&p, &vv);
                    let n = f.addf(&ac, &pv);
                    f.store(&n, &acc, t, &ax);
                });
                vec![m_new, l_new]
            })
        };
        let mut ms = vec![neg_inf.clone(), zero.clone()];
        if let Some((k, v)) = &cache {
            // Earlier calls' keys from the cache, then this call's from the operands.
            ms = step(f, (k, v, &c0), &c0, &pos, &ms);
        }
        let tp = f.addi(t, &pos);
        let t1 = f.addi(&tp, &c1);
        let ms = step(f, (k_src, "%a2", &pos), &pos, &t1, &ms);
        f.for_(&c0, &hdc, |f, x| {
            let oi = f.addi(&qb, x);
            let a = f.load(&acc, t, &oi);
            let y = f.divf(&a, &ms[1]);
            f.store(&y, "%out", t, &oi);
        });
    };
    match f.device {
        Device::Cpu => f.for_step(&share.index, l, &share.count, |f, t| {
            f.for_(&c0, &hh, |f, h| body(f, t, h))
        }),
        Device::Gpu => f.parallel(&[l.to_string(), hh], |f, iv| body(f, &iv[0], &iv[1])),
    }
}
/// GPT-NeoX rotary embedding (rotate half) of every row of `x [L, heads·hd]` into `y`, with
/// `table [L, hd]` (cos in the first half, sin in the second) at the rows' positions.
pub(crate) fn rotate_rows(
    f: &mut FuncBuilder,
    l: &str,
    x: &str,
    y: &str,
    heads: usize,
    hd: usize,
    table: &str,
) {
    let half = hd / 2;
    let (c0, hh, hdc, hf) = (f.idx(0), f.idx(heads), f.idx(hd), f.idx(half));
    f.for_(&c0, l, |f, t| {
        f.for_(&c0, &hh, |f, h| {
            rotate_head(f, (x, y, table), t, h, (&hdc, &hf))
        });
    });
}

/// Row `t`, head `h` of the rotary embedding: `(y₁, y₂) = (a cos − b sin, b cos + a sin)` for
/// each pair `(a, b)` half a head apart; `hd`, `half` the head dimension and its half.
pub(crate) fn rotate_head(
    f: &mut FuncBuilder,
    (x, y, table): (&str, &str, &str),
    t: &str,
    h: &str,
    (hd, half): (&str, &str),
) {
    let c0 = f.idx(0);
    let base = f.muli(h, hd);
    f.for_(&c0, half, |f, j| {
        let cos = f.load(table, t, j);
        let js = f.addi(j, half);
        let sin = f.load(table, t, &js);
        let i1 = f.addi(&base, j);
        let i2 = f.addi(&i1, half);
        let a = f.load(x, t, &i1);
        let b = f.load(x, t, &i2);
        let ac = f.mulf(&a, &cos);
        let bs = f.mulf(&b, &sin);
        let y1 = f.subf(&ac, &bs);
        let bc = f.mulf(&b, &cos);
        let as_ = f.mulf(&a, &sin);
        let y2 = f.addf(&bc, &as_);
        f.store(&y1, y, t, &i1);
        f.store(&y2, y, t, &i2);
    });
}
/// Vector width (f32 lanes) of the vectorised CPU attention.
pub(crate) const VW: usize = 16;
/// Query rows per block of the vectorised CPU attention.
pub(crate) const QB: usize = 8;
/// Causal attention on the CPU, vectorised and blocked: a share takes every `count`-th block of
/// 8 query rows (a decode step: one row); each block of 16 keys (16 KiB of keys and values,
/// L1-resident) passes over every head and row of the block — the query heads of a GQA group
/// share it, which is what makes decoding against a long cache fast — each (head, row) keeping
/// its online-softmax state (max, sum, `hd` accumulator) in a small scratch. Per (head, row)
/// and key block: 16 dot products in vector registers, one block maximum, one rescaling, a
/// generated vector exponential.
#[allow(clippy::too_many_arguments)]
pub(crate) fn attention_blocks_vec(
    f: &mut FuncBuilder,
    l: &str,
    heads: usize,
    hd: usize,
    group: &str,
    pos: &str,
    cache: &Option<(String, String)>,
    (q_src, k_src): (&str, &str),
    share: &Share,
    dealloc: &mut Vec<String>,
) {
    let vt = f.vec(VW);
    let ft = f.acc();
    let nv = hd / VW;
    let (c0, c1) = (f.idx(0), f.idx(1));
    let (hdc, hh, qb, bw) = (f.idx(hd), f.idx(heads), f.idx(QB), f.idx(VW));
    // Per head and row of a block (row h·16 + r): the accumulator (hd), then max and sum.
    let st = f.scratch_sized(l, QB * heads, hd + 2, dealloc);
    let (mi, li) = (f.idx(hd), f.idx(hd + 1));
    let scale = f.vsplat(VW, 1.0 / (hd as f64).sqrt());
    let (neg, zero) = (f.fconst(-3.0e38), f.fconst(0.0));
    let (negv, zv) = (f.vsplat(VW, -3.0e38), f.vzero(VW));
    let nblocks = {
        let qm1 = f.idx(QB - 1);
        let x = f.addi(l, &qm1);
        f.val(format!("arith.divui {x}, {qb} : index"))
    };
    f.for_step(&share.index, &nblocks, &share.count, |f, b| {
        let t0 = f.muli(b, &qb);
        // The block's rows: t0 .. t0 + nrows (the last block may be short; a decode step has one).
        let nrows = {
            let left = f.subi(l, &t0);
            f.mini(&left, &qb)
        };
        let row = |f: &mut FuncBuilder, r: &str| f.addi(&t0, r);
        let t_last = {
            let t = f.addi(&t0, &nrows);
            f.subi(&t, &c1)
        };
        // Head h's query and key columns, and its state row for block row r.
        let head = |f: &mut FuncBuilder, h: &str| {
            let g = f.val(format!("arith.divui {h}, {group} : index"));
            (f.muli(h, &hdc), f.muli(&g, &hdc))
        };
        let state_row = |f: &mut FuncBuilder, h: &str, r: &str| {
            let x = f.muli(h, &qb);
            f.addi(&x, r)
        };
        let col = |f: &mut FuncBuilder, base: &str, v: usize| {
            let off = f.idx(v * VW);
            f.addi(base, &off)
        };
        {
            f.for_(&c0, &hh, |f, h| {
                f.for_(&c0, &nrows, |f, ri| {
                    let si = state_row(f, h, ri);
                    for v in 0..nv {
                        let c = f.idx(v * VW);
                        f.vstore(&zv, &st, &si, &c, VW);
                    }
                    f.store(&neg, &st, &si, &mi);
                    f.store(&zero, &st, &si, &li);
                });
            });
            // Key blocks [jb, jb + 16) ∩ [.., hi_r) of (keys, values) rows j − off; every
            // head of the block's rows uses a key block while it is in L1 (GQA heads share it).
            let pass = |f: &mut FuncBuilder,
                        (keys, values, off): (&str, &str, &str),
                        lo: &str,
                        hi_all: &str,
                        per_row_hi: bool| {
                f.for_step(lo, hi_all, &bw, |f, jb| {
                    f.for_(&c0, &hh, |f, h| {
                    let (qbase, kbase) = head(f, h);
                    f.for_(&c0, &nrows, |f, ri| {
                        let si = state_row(f, h, ri);
                        let t = &row(f, ri);
                        let hi = if per_row_hi {
                            let tp = f.addi(t, pos);
                            f.addi(&tp, &c1)
                        } else {
                            hi_all.to_string()
                        };
                        let live = f.val(format!("arith.cmpi ult, {jb}, {hi} : index"));
                        f.if_(&live, |f| {
                            let left = f.subi(&hi, jb);
                            let n = f.mini(&left, &bw);
                            let mask = f.val(format!("vector.create_mask {n} : vector<{VW}xi1>"));
                            let last = f.subi(&hi, &c1);
                            let krows: Vec<String> = (0..VW)
                                .map(|i| {
                                    let di = f.idx(i);
                                    let j = f.addi(jb, &di);
                                    let j = f.mini(&j, &last);
                                    f.subi(&j, off)
                                })
                                .collect();
                            let q: Vec<String> = (0..nv)
                                .map(|v| {
                                    let c = col(f, &qbase, v);
                                    let x = f.vload(q_src, t, &c, VW);
                                    f.val(format!("arith.mulf {x}, {scale} : {vt}"))
                                })
                                .collect();
                            let scores: Vec<String> = krows
                                .iter()
                                .map(|kr| {
                                    let mut acc = None;
                                    for (v, qv) in q.iter().enumerate() {
                                        let c = col(f, &kbase, v);
                                        let k = f.vload(keys, kr, &c, VW);
                                        acc = Some(match acc {
                                            None => f.val(format!("arith.mulf {qv}, {k} : {vt}")),
                                            Some(a) => {
                                                f.val(format!("math.fma {qv}, {k}, {a} : {vt}"))
                                            }
                                        });
                                    }
                                    let a = acc.expect("hd > 0");
                                    f.val(format!(
                                        "vector.reduction <add>, {a} fastmath<reassoc> : {vt} into {ft}"
                                    ))
                                })
                                .collect();
                            let s = f.val(format!(
                                "vector.from_elements {} : {vt}",
                                scores.join(", ")
                            ));
                            let s = f.val(format!(
                                "arith.select {mask}, {s}, {negv} : vector<{VW}xi1>, {vt}"
                            ));
                            let bmax =
                                f.val(format!("vector.reduction <maximumf>, {s} : {vt} into {ft}"));
                            let m_old = f.load(&st, &si, &mi);
                            let l_old = f.load(&st, &si, &li);
                            let m_new = f.val(format!("arith.maximumf {m_old}, {bmax} : {ft}"));
                            let dm = f.subf(&m_old, &m_new);
                            let corr = f.math("exp", &dm);
                            let mb = f.val(format!("vector.broadcast {m_new} : {ft} to {vt}"));
                            let d = f.val(format!("arith.subf {s}, {mb} : {vt}"));
                            let p = f.vexp(VW, &d);
                            let p = f.val(format!(
                                "arith.select {mask}, {p}, {zv} : vector<{VW}xi1>, {vt}"
                            ));
                            let psum = f.val(format!(
                                "vector.reduction <add>, {p} fastmath<reassoc> : {vt} into {ft}"
                            ));
                            let lc = f.mulf(&l_old, &corr);
                            let l_new = f.addf(&lc, &psum);
                            f.store(&m_new, &st, &si, &mi);
                            f.store(&l_new, &st, &si, &li);
                            let cb = f.val(format!("vector.broadcast {corr} : {ft} to {vt}"));
                            let mut acc: Vec<String> = (0..nv)
                                .map(|v| {
                                    let c = f.idx(v * VW);
                                    let a =
                                        f.vload(&st, &si, &c, VW);
                                    f.val(format!("arith.mulf {a}, {cb} : {vt}"))
                                })
                                .collect();
                            for (i, kr) in krows.iter().enumerate() {
                                let pi = f.val(format!("vector.extract {p}[{i}] : {ft} from {vt}"));
                                let pb = f.val(format!("vector.broadcast {pi} : {ft} to {vt}"));
                                for (v, a) in acc.iter_mut().enumerate() {
                                    let c = col(f, &kbase, v);
                                    let vv = f.vload(values, kr, &c, VW);
                                    *a = f.val(format!("math.fma {pb}, {vv}, {a} : {vt}"));
                                }
                            }
                            for (v, a) in acc.iter().enumerate() {
                                let c = f.idx(v * VW);
                                f.vstore(a, &st, &si, &c, VW);
                            }
                        });
                    });
                    });
                });
            };
            if let Some((k, v)) = cache {
                // Earlier calls' keys from the cache: every row sees all of them.
                pass(f, (k, v, &c0), &c0, pos, false);
            }
            let tp = f.addi(&t_last, pos);
            let hi_max = f.addi(&tp, &c1);
            pass(f, (k_src, "%a2", pos), pos, &hi_max, true);
            f.for_(&c0, &hh, |f, h| {
            let (qbase, _) = head(f, h);
            f.for_(&c0, &nrows, |f, ri| {
                let si = state_row(f, h, ri);
                let t = &row(f, ri);
                let lsum = f.load(&st, &si, &li);
                let one = f.fconst(1.0);
                let inv = f.divf(&one, &lsum);
                let ib = f.val(format!("vector.broadcast {inv} : {ft} to {vt}"));
                for v in 0..nv {
                    let c = f.idx(v * VW);
                    let a = f.vload(&st, &si, &c, VW);
                    let y = f.val(format!("arith.mulf {a}, {ib} : {vt}"));
                    let oc = col(f, &qbase, v);
                    f.vstore(&y, "%out", t, &oc, VW);
                }
            });
            });
        }
    });
}

/// Query rows per block of the AMX attention (one tile's rows) and keys per block (the
/// reduction of one P·V tile product).
const AMX_Q: usize = 16;
const AMX_KEYS: usize = 32;
/// Causal attention by AMX tiles, flash-style (`--precision bf16` on a CPU with AMX, calls of ≥ 32
/// rows): queries, keys, values and probabilities in bf16, scores, softmax and the output in
/// f32. Every share first packs all keys and values, per KV head, into the pair layouts the tiles
/// multiply (`Kᵀ`: 16 keys × pairs of head dimensions; `V`: pairs of keys × 16 columns), zero past
/// the last key; then, per block of 16 query rows (every `count`-th) and head, for each block
/// of 32 keys up to the diagonal: `S = Q Kᵀ` (two 16 × 16 tiles), the online softmax of the rows
/// in vectors (causal mask, running max and sum, rescaling of the output rows), `O += P V` by
/// tiles accumulated in the output block itself (16 × hd f32, L1-resident).
#[allow(clippy::too_many_arguments)]
fn attention_amx(
    f: &mut FuncBuilder,
    l: &str,
    (heads, kv_heads, hd): (usize, usize, usize),
    pos: &str,
    cache: &Option<(String, String)>,
    (q_src, k_src): (&str, &str),
    share: &Share,
) {
    let bty = crate::codegen::builder::memref(DType::BF16);
    let fty = crate::codegen::builder::memref(DType::F32);
    let (at, ct) = ("!amx.tile<16x32xbf16>", "!amx.tile<16x16xf32>");
    let vt = f.vec(VW);
    let ft = f.acc();
    let (c0, c1, c2, c16, c32) = (f.idx(0), f.idx(1), f.idx(2), f.idx(16), f.idx(AMX_KEYS));
    let (half_hd, col_tiles) = (hd / 2, hd / 16);
    let group = heads / kv_heads;
    let total = f.addi(pos, l);
    let nkb = {
        let k1 = f.idx(AMX_KEYS - 1);
        let x = f.addi(&total, &k1);
        f.val(format!("arith.divui {x}, {c32} : index"))
    };
    let alloc = |f: &mut FuncBuilder, rows: &str, cols: usize, ty: &str| {
        let c = f.idx(cols);
        f.alloc_aligned(rows, &c, ty)
    };
    // Kᵀ pairs: row (g·2·nkb + key/16)·hd/2 + d/2, column 2·(key%16) + d%2.
    // V pairs: row ((g·nkb + key/32)·hd/16 + d/16)·16 + (key%32)/2, column 2·(d%16) + key%2.
    let (kp_per, vp_per) = (
        f.idx(kv_heads * 2 * half_hd),
        f.idx(kv_heads * col_tiles * 16),
    );
    let kp_rows = f.muli(&nkb, &kp_per);
    let vp_rows = f.muli(&nkb, &vp_per);
    let kp = alloc(f, &kp_rows, 32, &bty);
    let vp = alloc(f, &vp_rows, 32, &bty);
    let (hdc, half_c, ct16) = (f.idx(hd), f.idx(half_hd), f.idx(col_tiles));
    let nkb2 = f.muli(&nkb, &c2);
    let pack = |f: &mut FuncBuilder, j: &str, gd: &str, kval: &str, vval: &str| {
        // gd = g·hd + d
        let (g, d) = f.divrem(gd, &hdc);
        let (kb16, jr16) = f.divrem(j, &c16);
        let (d2, dp) = f.divrem(&d, &c2);
        let gk = f.muli(&g, &nkb2);
        let gk = f.addi(&gk, &kb16);
        let gk = f.muli(&gk, &half_c);
        let krow = f.addi(&gk, &d2);
        let kc = f.muli(&jr16, &c2);
        let kcol = f.addi(&kc, &dp);
        f.store(kval, &kp, &krow, &kcol);
        let (kb32, jr32) = f.divrem(j, &c32);
        let jp = f.val(format!("arith.remui {j}, {c2} : index"));
        let jpair = f.val(format!("arith.divui {jr32}, {c2} : index"));
        let (dt, dc) = f.divrem(&d, &c16);
        let gv = f.muli(&g, &nkb);
        let gv = f.addi(&gv, &kb32);
        let gv = f.muli(&gv, &ct16);
        let gv = f.addi(&gv, &dt);
        let gv = f.muli(&gv, &c16);
        let vrow = f.addi(&gv, &jpair);
        let vc = f.muli(&dc, &c2);
        let vcol = f.addi(&vc, &jp);
        f.store(vval, &vp, &vrow, &vcol);
    };
    let width = f.idx(kv_heads * hd);
    if let Some((kc_, vc_)) = cache {
        f.for_(&c0, pos, |f, j| {
            f.for_(&c0, &width, |f, gd| {
                let kv = f.load(kc_, j, gd);
                let vv = f.load(vc_, j, gd);
                pack(f, j, gd, &kv, &vv);
            });
        });
    }
    f.for_(pos, &total, |f, j| {
        let jr = f.subi(j, pos);
        f.for_(&c0, &width, |f, gd| {
            let kv = f.load(k_src, &jr, gd);
            let vv = f.load("%a2", &jr, gd);
            pack(f, j, gd, &kv, &vv);
        });
    });
    let padded = f.muli(&nkb, &c32);
    let zero = f.fconst(0.0);
    f.for_(&total, &padded, |f, j| {
        f.for_(&c0, &width, |f, gd| pack(f, j, gd, &zero, &zero));
    });
    // Per block: queries in bf16 [16, hd], scores [16, 32] f32, probabilities [16, 32] bf16,
    // the output rows [16, hd] f32, and each row's max and sum [16, 2].
    let c16s = f.idx(AMX_Q);
    let qb = alloc(f, &c16s, hd, &bty);
    let sb = alloc(f, &c16s, AMX_KEYS, &fty);
    let pb = alloc(f, &c16s, AMX_KEYS, &bty);
    let ob = alloc(f, &c16s, hd, &fty);
    let ms = alloc(f, &c16s, 2, &fty);
    let scale = f.vsplat(VW, 1.0 / (hd as f64).sqrt());
    let (negv, zv) = (f.vsplat(VW, -3.0e38), f.vzero(VW));
    let neg = f.fconst(-3.0e38);
    let nqb = {
        let q1 = f.idx(AMX_Q - 1);
        let x = f.addi(l, &q1);
        f.val(format!("arith.divui {x}, {c16s} : index"))
    };
    let last_t = f.subi(l, &c1);
    let hh = f.idx(heads);
    let groupc = f.idx(group);
    f.for_step(&share.index, &nqb, &share.count, |f, b| {
        let t0 = f.muli(b, &c16s);
        let t_hi = {
            let x = f.addi(&t0, &c16s);
            f.mini(&x, l)
        };
        // Key blocks up to the block's last row's diagonal.
        let kb_end = {
            let tl = f.subi(&t_hi, &c1);
            let x = f.addi(&tl, pos);
            let q = f.val(format!("arith.divui {x}, {c32} : index"));
            f.addi(&q, &c1)
        };
        f.for_(&c0, &hh, |f, h| {
            let g = f.val(format!("arith.divui {h}, {groupc} : index"));
            let qcol = f.muli(h, &hdc);
            // The block's queries in bf16 (rows past L repeat the last: computed, not stored).
            f.for_(&c0, &c16s, |f, r| {
                let t = f.addi(&t0, r);
                let t = f.mini(&t, &last_t);
                for v in 0..hd / VW {
                    let off = f.idx(v * VW);
                    let c = f.addi(&qcol, &off);
                    let x = f.vload(q_src, &t, &c, VW);
                    let xb = f.val(format!("arith.truncf {x} : {vt} to vector<{VW}xbf16>"));
                    f.emit(format!(
                        "vector.store {xb}, {qb}[{r}, {off}] : {bty}, vector<{VW}xbf16>"
                    ));
                    f.vstore(&zv, &ob, r, &off, VW);
                }
                f.store(&neg, &ms, r, &c0);
                f.store(&zero, &ms, r, &c1);
            });
            let kbase = f.muli(&g, &nkb2);
            let vbase = f.muli(&g, &nkb);
            f.for_(&c0, &kb_end, |f, kb| {
                // S = Q Kᵀ for keys [32 kb, 32 kb + 32): two tiles of 16 keys.
                let jb0 = {
                    let x = f.muli(kb, &c2);
                    f.addi(&kbase, &x)
                };
                let jb1 = f.addi(&jb0, &c1);
                let rows0 = f.muli(&jb0, &half_c);
                let rows1 = f.muli(&jb1, &half_c);
                let mut s0 = f.val(format!("amx.tile_zero : {ct}"));
                let mut s1 = f.val(format!("amx.tile_zero : {ct}"));
                for ks in 0..hd / 32 {
                    let (qo, ko) = (f.idx(ks * 32), f.idx(ks * 16));
                    let a = f.val(format!("amx.tile_load {qb}[{c0}, {qo}] : {bty} into {at}"));
                    let r0 = f.addi(&rows0, &ko);
                    let r1 = f.addi(&rows1, &ko);
                    let b0 = f.val(format!("amx.tile_load {kp}[{r0}, {c0}] : {bty} into {at}"));
                    let b1 = f.val(format!("amx.tile_load {kp}[{r1}, {c0}] : {bty} into {at}"));
                    s0 = f.val(format!("amx.tile_mulf {a}, {b0}, {s0} : {at}, {at}, {ct}"));
                    s1 = f.val(format!("amx.tile_mulf {a}, {b1}, {s1} : {at}, {at}, {ct}"));
                }
                f.emit(format!(
                    "amx.tile_store {sb}[{c0}, {c0}], {s0} : {fty}, {ct}"
                ));
                f.emit(format!(
                    "amx.tile_store {sb}[{c0}, {c16}], {s1} : {fty}, {ct}"
                ));
                // Online softmax per row: keys j ≤ pos + t.
                let j0 = f.muli(kb, &c32);
                f.for_(&c0, &c16s, |f, r| {
                    let t = f.addi(&t0, r);
                    let hi = {
                        let x = f.addi(&t, pos);
                        f.addi(&x, &c1)
                    };
                    let valid = {
                        let x = f.maxi(&hi, &j0);
                        f.subi(&x, &j0)
                    };
                    let halves: Vec<(String, String)> = [0usize, 16]
                        .iter()
                        .map(|&o| {
                            let oc = f.idx(o);
                            let s = f.vload(&sb, r, &oc, VW);
                            let s = f.val(format!("arith.mulf {s}, {scale} : {vt}"));
                            let n = {
                                let x = f.maxi(&valid, &oc);
                                let x = f.subi(&x, &oc);
                                f.mini(&x, &c16)
                            };
                            let mask = f.val(format!("vector.create_mask {n} : vector<{VW}xi1>"));
                            let s = f.val(format!(
                                "arith.select {mask}, {s}, {negv} : vector<{VW}xi1>, {vt}"
                            ));
                            (s, mask)
                        })
                        .collect();
                    // The running max changes only when a score exceeds it (past the first
                    // blocks, rarely): then the block's max, the rescaling of the row's
                    // output and sum; else neither the horizontal max nor the 8 vector
                    // round trips of the rescaling.
                    let m_old = f.load(&ms, r, &c0);
                    let mo = f.val(format!("vector.broadcast {m_old} : {ft} to {vt}"));
                    let both = f.val(format!(
                        "arith.maximumf {}, {} : {vt}",
                        halves[0].0, halves[1].0
                    ));
                    let grows = {
                        let gt = f.val(format!("arith.cmpf ogt, {both}, {mo} : {vt}"));
                        f.val(format!(
                            "vector.reduction <or>, {gt} : vector<{VW}xi1> into i1"
                        ))
                    };
                    f.if_(&grows, |f| {
                        let bmax = f.val(format!(
                            "vector.reduction <maximumf>, {both} : {vt} into {ft}"
                        ));
                        let m_new = f.val(format!("arith.maximumf {m_old}, {bmax} : {ft}"));
                        // The generated vector exponential, not libm's: a call would make
                        // LLVM reload the tile configuration (`ldtilecfg`) after it, in the loop.
                        let dm = f.subf(&m_old, &m_new);
                        let dmv = f.val(format!("vector.broadcast {dm} : {ft} to {vt}"));
                        let cb = f.vexp(VW, &dmv);
                        let corr = f.val(format!("vector.extract {cb}[0] : {ft} from {vt}"));
                        let l_old = f.load(&ms, r, &c1);
                        let lc = f.mulf(&l_old, &corr);
                        f.store(&m_new, &ms, r, &c0);
                        f.store(&lc, &ms, r, &c1);
                        for v in 0..hd / VW {
                            let oc = f.idx(v * VW);
                            let o = f.vload(&ob, r, &oc, VW);
                            let o = f.val(format!("arith.mulf {o}, {cb} : {vt}"));
                            f.vstore(&o, &ob, r, &oc, VW);
                        }
                    });
                    let m_new = f.load(&ms, r, &c0);
                    let l_old = f.load(&ms, r, &c1);
                    let mb = f.val(format!("vector.broadcast {m_new} : {ft} to {vt}"));
                    let mut psum = zero.clone();
                    for (i, (s, mask)) in halves.iter().enumerate() {
                        let d = f.val(format!("arith.subf {s}, {mb} : {vt}"));
                        let p = f.vexp(VW, &d);
                        let p = f.val(format!(
                            "arith.select {mask}, {p}, {zv} : vector<{VW}xi1>, {vt}"
                        ));
                        let ps = f.val(format!(
                            "vector.reduction <add>, {p} fastmath<reassoc> : {vt} into {ft}"
                        ));
                        psum = f.addf(&psum, &ps);
                        let pbv = f.val(format!("arith.truncf {p} : {vt} to vector<{VW}xbf16>"));
                        let oc = f.idx(16 * i);
                        f.emit(format!(
                            "vector.store {pbv}, {pb}[{r}, {oc}] : {bty}, vector<{VW}xbf16>"
                        ));
                    }
                    let l_new = f.addf(&l_old, &psum);
                    f.store(&l_new, &ms, r, &c1);
                });
                // O += P V, accumulated in the output block's own tiles.
                let pa = f.val(format!("amx.tile_load {pb}[{c0}, {c0}] : {bty} into {at}"));
                let vb = {
                    let x = f.addi(&vbase, kb);
                    f.muli(&x, &ct16)
                };
                for cb in 0..col_tiles {
                    let oc = f.idx(cb * 16);
                    let row = {
                        let cbi = f.idx(cb);
                        let x = f.addi(&vb, &cbi);
                        f.muli(&x, &c16)
                    };
                    let o = f.val(format!("amx.tile_load {ob}[{c0}, {oc}] : {fty} into {ct}"));
                    let v = f.val(format!("amx.tile_load {vp}[{row}, {c0}] : {bty} into {at}"));
                    let o = f.val(format!("amx.tile_mulf {pa}, {v}, {o} : {at}, {at}, {ct}"));
                    f.emit(format!(
                        "amx.tile_store {ob}[{c0}, {oc}], {o} : {fty}, {ct}"
                    ));
                }
            });
            store_normalized(f, (&ob, &ms), (&t0, &t_hi), &qcol, hd);
        });
    });
    for (m, ty) in [
        (&kp, &bty),
        (&vp, &bty),
        (&qb, &bty),
        (&sb, &fty),
        (&pb, &bty),
        (&ob, &fty),
        (&ms, &fty),
    ] {
        f.emit(format!("memref.dealloc {m} : {ty}"));
    }
}

/// Query rows per pass of the f32 tiled attention (their output rows wait in a scratch while
/// every key block passes once), rows per register tile, keys per block.
const F32_PASS: usize = 64;
const F32_ROWS: usize = 8;
const F32_KEYS: usize = 32;
/// Output columns per register tile of the `P V` product (four vectors).
const F32_PV_COLS: usize = 64;

/// Causal attention in f32 by register tiles, flash-style (CPU calls of ≥ 16 rows, head
/// dimension a multiple of 64): the matrix-product form of [`attention_blocks_vec`], whose
/// per-key dot products ended in horizontal sums. Every share first packs the keys per KV head
/// and block of 32 as `Kᵀ` panels `[hd, 32]` and the values as `[32, hd]` blocks, zero past the
/// last key. Per pass of 64 query rows (every `count`-th) and head, each key block up to the
/// diagonal passes once over the pass's 8-row tiles: `S = Q Kᵀ` in 16 vector accumulators
/// (8 rows × 32 keys; per step of the head dimension, two key vectors and a broadcast per
/// row), the online softmax of each row on its two score vectors (causal mask, running max
/// and sum, the generated vector exponential), then `O = O·corr + P V` by tiles of 4 rows × 64
/// columns accumulated over the block's keys (the rescaling folded into the tile's start).
#[allow(clippy::too_many_arguments)]
fn attention_tiles_f32(
    f: &mut FuncBuilder,
    l: &str,
    (heads, kv_heads, hd): (usize, usize, usize),
    pos: &str,
    cache: &Option<(String, String)>,
    (q_src, k_src): (&str, &str),
    share: &Share,
) {
    debug_assert!(hd.is_multiple_of(F32_PV_COLS));
    let fty = crate::codegen::builder::memref(DType::F32);
    let vt = f.vec(VW);
    let ft = f.acc();
    let (c0, c1, cvw) = (f.idx(0), f.idx(1), f.idx(VW));
    let ckeys = f.idx(F32_KEYS);
    let group = heads / kv_heads;
    let total = f.addi(pos, l);
    let nkb = {
        let k1 = f.idx(F32_KEYS - 1);
        let x = f.addi(&total, &k1);
        f.val(format!("arith.divui {x}, {ckeys} : index"))
    };
    let hdc = f.idx(hd);
    // Kᵀ panels: row (g·nkb + key/32)·hd + d, column key % 32.
    // V blocks: row (g·nkb + key/32)·32 + key % 32, column d.
    let kt = {
        let per = f.idx(kv_heads * hd);
        let rows = f.muli(&nkb, &per);
        f.alloc_aligned(&rows, &ckeys, &fty)
    };
    let vp = {
        let per = f.idx(kv_heads * F32_KEYS);
        let rows = f.muli(&nkb, &per);
        f.alloc_aligned(&rows, &hdc, &fty)
    };
    let kvh = f.idx(kv_heads);
    // Key `j` (row `jr` of `keys`/`values`, or zeros past the last key) into both layouts.
    let pack = |f: &mut FuncBuilder, j: &str, src: Option<(&str, &str, &str)>| {
        let (kb, jj) = f.divrem(j, &ckeys);
        f.for_(&c0, &kvh, |f, g| {
            let gb = {
                let x = f.muli(g, &nkb);
                f.addi(&x, &kb)
            };
            let krow0 = f.muli(&gb, &hdc);
            let vrow = {
                let x = f.muli(&gb, &ckeys);
                f.addi(&x, &jj)
            };
            let gcol = f.muli(g, &hdc);
            let zero = f.fconst(0.0);
            f.for_(&c0, &hdc, |f, d| {
                let kv = match src {
                    Some((keys, _, jr)) => {
                        let c = f.addi(&gcol, d);
                        f.load(keys, jr, &c)
                    }
                    None => zero.clone(),
                };
                let kr = f.addi(&krow0, d);
                f.store(&kv, &kt, &kr, &jj);
            });
            let zv = f.vzero(VW);
            f.for_step(&c0, &hdc, &cvw, |f, d| {
                let vv = match src {
                    Some((_, values, jr)) => {
                        let c = f.addi(&gcol, d);
                        f.vload(values, jr, &c, VW)
                    }
                    None => zv.clone(),
                };
                f.vstore(&vv, &vp, &vrow, d, VW);
            });
        });
    };
    if let Some((kc, vc)) = cache {
        f.for_(&c0, pos, |f, j| pack(f, j, Some((kc, vc, j))));
    }
    f.for_(pos, &total, |f, j| {
        let jr = f.subi(j, pos);
        pack(f, j, Some((k_src, "%a2", &jr)))
    });
    let padded = f.muli(&nkb, &ckeys);
    f.for_(&total, &padded, |f, j| pack(f, j, None));
    // Per pass: the output rows [64, hd] with each row's max and sum [64, 2]; per tile the
    // probabilities [8, 32] and each row's rescaling factor (a vector) [8, 16].
    let (cpass, crows) = (f.idx(F32_PASS), f.idx(F32_ROWS));
    let ob = f.alloc_aligned(&cpass, &hdc, &fty);
    let ms = {
        let c2 = f.idx(2);
        f.alloc_aligned(&cpass, &c2, &fty)
    };
    let pb = f.alloc_aligned(&crows, &ckeys, &fty);
    let cr = f.alloc_aligned(&crows, &cvw, &fty);
    let scale = f.vsplat(VW, 1.0 / (hd as f64).sqrt());
    let (negv, zv) = (f.vsplat(VW, -3.0e38), f.vzero(VW));
    let (neg, zero) = (f.fconst(-3.0e38), f.fconst(0.0));
    let c16 = f.idx(16);
    let npass = {
        let p1 = f.idx(F32_PASS - 1);
        let x = f.addi(l, &p1);
        f.val(format!("arith.divui {x}, {cpass} : index"))
    };
    let last_t = f.subi(l, &c1);
    let (hh, groupc) = (f.idx(heads), f.idx(group));
    f.for_step(&share.index, &npass, &share.count, |f, b| {
        let t0 = f.muli(b, &cpass);
        let t_hi = {
            let x = f.addi(&t0, &cpass);
            f.mini(&x, l)
        };
        let kb_end = {
            let tl = f.subi(&t_hi, &c1);
            let x = f.addi(&tl, pos);
            let q = f.val(format!("arith.divui {x}, {ckeys} : index"));
            f.addi(&q, &c1)
        };
        f.for_(&c0, &hh, |f, h| {
            let g = f.val(format!("arith.divui {h}, {groupc} : index"));
            let qcol = f.muli(h, &hdc);
            f.for_(&c0, &cpass, |f, r| {
                f.for_step(&c0, &hdc, &cvw, |f, d| f.vstore(&zv, &ob, r, d, VW));
                f.store(&neg, &ms, r, &c0);
                f.store(&zero, &ms, r, &c1);
            });
            let gbase = f.muli(&g, &nkb);
            f.for_(&c0, &kb_end, |f, kb| {
                let j0 = f.muli(kb, &ckeys);
                let gb = f.addi(&gbase, kb);
                let krow0 = f.muli(&gb, &hdc);
                let vrow0 = f.muli(&gb, &ckeys);
                f.for_step(&c0, &cpass, &crows, |f, sb| {
                    let ts0 = f.addi(&t0, sb);
                    // A tile inside L whose last row sees a key of this block.
                    let live = {
                        let inside = f.val(format!("arith.cmpi ult, {ts0}, {t_hi} : index"));
                        let r7 = f.idx(F32_ROWS);
                        let x = f.addi(&ts0, &r7);
                        let x = f.addi(&x, pos);
                        let sees = f.val(format!("arith.cmpi ugt, {x}, {j0} : index"));
                        f.val(format!("arith.andi {inside}, {sees} : i1"))
                    };
                    f.if_(&live, |f| {
                        let trows: Vec<String> = (0..F32_ROWS)
                            .map(|r| {
                                let ri = f.idx(r);
                                let t = f.addi(&ts0, &ri);
                                f.mini(&t, &last_t)
                            })
                            .collect();
                        // S = Q Kᵀ: 8 rows × 2 vectors of keys.
                        let init: Vec<(&str, &str)> = (0..2 * F32_ROWS)
                            .map(|_| (zv.as_str(), vt.as_str()))
                            .collect();
                        let s = f.for_acc(&c0, &hdc, &init, |f, d, acc| {
                            let kr = f.addi(&krow0, d);
                            let k0 = f.vload(&kt, &kr, &c0, VW);
                            let k1 = f.vload(&kt, &kr, &c16, VW);
                            let qc = f.addi(&qcol, d);
                            let mut next = Vec::new();
                            for (r, t) in trows.iter().enumerate() {
                                let q = f.load(q_src, t, &qc);
                                let qb = f.val(format!("vector.broadcast {q} : {ft} to {vt}"));
                                for (i, k) in [&k0, &k1].into_iter().enumerate() {
                                    next.push(f.val(format!(
                                        "vector.fma {qb}, {k}, {} : {vt}",
                                        acc[2 * r + i]
                                    )));
                                }
                            }
                            next
                        });
                        // The online softmax of each row: keys j ≤ pos + t.
                        for r in 0..F32_ROWS {
                            let ri = f.idx(r);
                            let orow = f.addi(sb, &ri);
                            let t = f.addi(&ts0, &ri);
                            let valid = {
                                let x = f.addi(&t, pos);
                                let x = f.addi(&x, &c1);
                                let x = f.maxi(&x, &j0);
                                let x = f.subi(&x, &j0);
                                f.mini(&x, &ckeys)
                            };
                            let halves: Vec<(String, String)> = (0..2)
                                .map(|i| {
                                    let oc = f.idx(16 * i);
                                    let x = f.val(format!(
                                        "arith.mulf {}, {scale} : {vt}",
                                        s[2 * r + i]
                                    ));
                                    let n = {
                                        let y = f.maxi(&valid, &oc);
                                        let y = f.subi(&y, &oc);
                                        f.mini(&y, &c16)
                                    };
                                    let mask =
                                        f.val(format!("vector.create_mask {n} : vector<{VW}xi1>"));
                                    let x = f.val(format!(
                                        "arith.select {mask}, {x}, {negv} : vector<{VW}xi1>, {vt}"
                                    ));
                                    (x, mask)
                                })
                                .collect();
                            let both = f.val(format!(
                                "arith.maximumf {}, {} : {vt}",
                                halves[0].0, halves[1].0
                            ));
                            let bmax = f.val(format!(
                                "vector.reduction <maximumf>, {both} : {vt} into {ft}"
                            ));
                            let m_old = f.load(&ms, &orow, &c0);
                            let l_old = f.load(&ms, &orow, &c1);
                            let m_new = f.val(format!("arith.maximumf {m_old}, {bmax} : {ft}"));
                            let dm = f.subf(&m_old, &m_new);
                            let dmv = f.val(format!("vector.broadcast {dm} : {ft} to {vt}"));
                            let corr_v = f.vexp(VW, &dmv);
                            let corr =
                                f.val(format!("vector.extract {corr_v}[0] : {ft} from {vt}"));
                            f.vstore(&corr_v, &cr, &ri, &c0, VW);
                            let mb = f.val(format!("vector.broadcast {m_new} : {ft} to {vt}"));
                            let mut psum = None;
                            for (i, (x, mask)) in halves.iter().enumerate() {
                                let d = f.val(format!("arith.subf {x}, {mb} : {vt}"));
                                let p = f.vexp(VW, &d);
                                let p = f.val(format!(
                                    "arith.select {mask}, {p}, {zv} : vector<{VW}xi1>, {vt}"
                                ));
                                let oc = f.idx(16 * i);
                                f.vstore(&p, &pb, &ri, &oc, VW);
                                psum = Some(match psum {
                                    None => p,
                                    Some(a) => f.val(format!("arith.addf {a}, {p} : {vt}")),
                                });
                            }
                            let psum = psum.expect("two halves");
                            let ps = f.val(format!(
                                "vector.reduction <add>, {psum} fastmath<reassoc> : {vt} into {ft}"
                            ));
                            let lc = f.mulf(&l_old, &corr);
                            let l_new = f.addf(&lc, &ps);
                            f.store(&m_new, &ms, &orow, &c0);
                            f.store(&l_new, &ms, &orow, &c1);
                        }
                        // O = O·corr + P V by tiles of 4 rows × 64 columns.
                        const PV_ROWS: usize = 4;
                        const PV_VECS: usize = F32_PV_COLS / VW;
                        for rc in 0..F32_ROWS / PV_ROWS {
                            for dc in 0..hd / F32_PV_COLS {
                                let rows: Vec<(String, String)> = (0..PV_ROWS)
                                    .map(|r| {
                                        let ri = f.idx(rc * PV_ROWS + r);
                                        (f.addi(sb, &ri), ri)
                                    })
                                    .collect();
                                let cols: Vec<String> = (0..PV_VECS)
                                    .map(|v| f.idx(dc * F32_PV_COLS + v * VW))
                                    .collect();
                                let mut starts = Vec::new();
                                for (orow, ri) in &rows {
                                    let c = f.vload(&cr, ri, &c0, VW);
                                    for col in &cols {
                                        let o = f.vload(&ob, orow, col, VW);
                                        starts.push(f.val(format!("arith.mulf {o}, {c} : {vt}")));
                                    }
                                }
                                let init: Vec<(&str, &str)> =
                                    starts.iter().map(|s| (s.as_str(), vt.as_str())).collect();
                                let o = f.for_acc(&c0, &ckeys, &init, |f, j, acc| {
                                    let vr = f.addi(&vrow0, j);
                                    let vs: Vec<String> =
                                        cols.iter().map(|c| f.vload(&vp, &vr, c, VW)).collect();
                                    let mut next = Vec::new();
                                    for (r, (_, ri)) in rows.iter().enumerate() {
                                        let p = f.load(&pb, ri, j);
                                        let pv =
                                            f.val(format!("vector.broadcast {p} : {ft} to {vt}"));
                                        for (v, vv) in vs.iter().enumerate() {
                                            next.push(f.val(format!(
                                                "vector.fma {pv}, {vv}, {} : {vt}",
                                                acc[r * PV_VECS + v]
                                            )));
                                        }
                                    }
                                    next
                                });
                                for (r, (orow, _)) in rows.iter().enumerate() {
                                    for (v, col) in cols.iter().enumerate() {
                                        f.vstore(&o[r * PV_VECS + v], &ob, orow, col, VW);
                                    }
                                }
                            }
                        }
                    });
                });
            });
            store_normalized(f, (&ob, &ms), (&t0, &t_hi), &qcol, hd);
        });
    });
    for m in [&kt, &vp, &ob, &ms, &pb, &cr] {
        f.emit(format!("memref.dealloc {m} : {fty}"));
    }
}

/// The flash-style kernels' epilogue: `out[t, qcol..qcol + hd] = O[r] / sum[r]` for the block's
/// rows `t = t0 + r` inside L, from the output rows `ob [rows, hd]` and their max and sum
/// `ms [rows, 2]`.
fn store_normalized(
    f: &mut FuncBuilder,
    (ob, ms): (&str, &str),
    (t0, t_hi): (&str, &str),
    qcol: &str,
    hd: usize,
) {
    let (c0, c1) = (f.idx(0), f.idx(1));
    let (vt, ft) = (f.vec(VW), f.acc());
    let nrows = f.subi(t_hi, t0);
    f.for_(&c0, &nrows, |f, r| {
        let t = f.addi(t0, r);
        let lsum = f.load(ms, r, &c1);
        let one = f.fconst(1.0);
        let inv = f.divf(&one, &lsum);
        let ib = f.val(format!("vector.broadcast {inv} : {ft} to {vt}"));
        for v in 0..hd / VW {
            let oc = f.idx(v * VW);
            let o = f.vload(ob, r, &oc, VW);
            let y = f.val(format!("arith.mulf {o}, {ib} : {vt}"));
            let c = f.addi(qcol, &oc);
            f.vstore(&y, "%out", &t, &c, VW);
        }
    });
}
