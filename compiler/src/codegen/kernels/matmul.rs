//! Matrix products: the GPU form (tiles through shared memory, registers per thread) and the
//! CPU form (register tiles of `vector<16xf32>` accumulators, blocked reductions), and the
//! column shares a product is split into between threads.

use super::*;

/// Output rows, columns and reduction steps of a GPU matrix-product tile.
pub const MM_ROWS: usize = 32;
pub const MM_COLS: usize = 64;
pub(crate) const MM_K: usize = 16;
/// The shape of a matrix product `[L, k] × [n, k]ᵀ`.
pub(crate) struct MatmulShape<'a> {
    pub(crate) l: &'a str,
    pub(crate) n: usize,
    pub(crate) k: usize,
}
/// `(f, t, o, sums)`: the output at (t, o) from the sums of the weight matrices.
pub(crate) type MatmulEpilogue<'a> = dyn Fn(&mut FuncBuilder, &str, &str, &[String]) -> String + 'a;
/// GPU matrix products `out[t, o] = epilogue(Σ_j a[t, j]·w_i[o, j] for each weight w_i)`, with
/// `a = x` (`%a0`) or, with `norm`, the RMS-normalised `x` (scale `%a1`; the row's 1/rms is
/// applied to the sums). One block of 128 threads per tile of 32 rows × 64 columns: each step
/// of 16 along j, the block stages the tiles of `a` and of every weight in shared memory
/// (consecutive threads load consecutive elements), then each thread accumulates its 4 × 4
/// outputs (rows ty + 8r, columns tx + 16c) in private memory (registers).
pub(crate) fn matmul_gpu(
    f: &mut FuncBuilder,
    MatmulShape { l, n, k }: MatmulShape<'_>,
    norm: Option<(f64, NormStyle)>,
    ws: &[&str],
    epilogue: &MatmulEpilogue<'_>,
    dealloc: &mut Vec<String>,
) {
    const R: usize = MM_ROWS / 8;
    const C: usize = MM_COLS / 16;
    let nw = ws.len();
    let col_tiles = n.div_ceil(MM_COLS);
    let (c0, c1) = (f.idx(0), f.idx(1));
    let (nc, kc, colt) = (f.idx(n), f.idx(k), f.idx(col_tiles));
    let (rows_c, cols_c, kstep) = (f.idx(MM_ROWS), f.idx(MM_COLS), f.idx(MM_K));
    let row_tiles = {
        let r = f.idx(MM_ROWS - 1);
        let x = f.addi(l, &r);
        f.val(format!("arith.divui {x}, {rows_c} : index"))
    };
    let count = f.muli(&row_tiles, &colt);
    let (last_t, last_k) = (f.subi(l, &c1), f.idx(k - 1));
    let a_sh = f.shared(MM_ROWS, MM_K + 1, dealloc);
    let w_sh: Vec<_> = ws
        .iter()
        .map(|_| f.shared(MM_COLS, MM_K + 1, dealloc))
        .collect();
    let acc = f.private(R * C * nw, dealloc);
    let ktiles = f.idx(k.div_ceil(MM_K));
    let zero = f.fconst(0.0);
    let c16 = f.idx(16);
    // Thread (ty, tx) of the 8 × 16 grid; its outputs are rows ty + 8r, columns tx + 16c.
    let grid = |f: &mut FuncBuilder, lane: &str| {
        let ty = f.val(format!("arith.divui {lane}, {c16} : index"));
        let tx = f.val(format!("arith.remui {lane}, {c16} : index"));
        (ty, tx)
    };
    f.blocks(&count, |f, bid| {
        let bt = f.val(format!("arith.divui {bid}, {colt} : index"));
        let bj = f.val(format!("arith.remui {bid}, {colt} : index"));
        let t0 = f.muli(&bt, &rows_c);
        let o0 = f.muli(&bj, &cols_c);
        f.phase(|f, lane| {
            for i in 0..R * C * nw {
                f.private_store(&zero, &acc, lane, i);
            }
        });
        f.for_(&c0, &ktiles, |f, kt| {
            let k0 = f.muli(kt, &kstep);
            f.phase(|f, lane| {
                let (r0, kk) = grid(f, lane);
                let kx = f.addi(&k0, &kk);
                let k_in = f.val(format!("arith.cmpi ult, {kx}, {kc} : index"));
                let kx_safe = f.mini(&kx, &last_k);
                // The 32 × 16 tile of a: 4 elements per thread (rows r0 + 8i).
                for i in 0..MM_ROWS / 8 {
                    let ri = f.idx(8 * i);
                    let r = f.addi(&r0, &ri);
                    let t = f.addi(&t0, &r);
                    let t_in = f.val(format!("arith.cmpi ult, {t}, {l} : index"));
                    let t_safe = f.mini(&t, &last_t);
                    let mut v = f.load("%a0", &t_safe, &kx_safe);
                    if norm.is_some() {
                        let s = f.load("%a1", &kx_safe, &c0);
                        v = f.mulf(&v, &s);
                    }
                    let inside = f.val(format!("arith.andi {t_in}, {k_in} : i1"));
                    let v = f.val(format!("arith.select {inside}, {v}, {zero} : {}", f.acc()));
                    f.shared_store(&v, &a_sh, &r, &kk);
                }
                // The 64 × 16 tile of each weight: 8 elements per thread.
                let last_o = f.idx(n - 1);
                for (w, sh) in ws.iter().zip(&w_sh) {
                    for i in 0..MM_COLS / 8 {
                        let ri = f.idx(8 * i);
                        let r = f.addi(&r0, &ri);
                        let o = f.addi(&o0, &r);
                        let o_in = f.val(format!("arith.cmpi ult, {o}, {nc} : index"));
                        let o_safe = f.mini(&o, &last_o);
                        let v = f.load(w, &o_safe, &kx_safe);
                        let inside = f.val(format!("arith.andi {o_in}, {k_in} : i1"));
                        let v = f.val(format!("arith.select {inside}, {v}, {zero} : {}", f.acc()));
                        f.shared_store(&v, sh, &r, &kk);
                    }
                }
            });
            f.phase(|f, lane| {
                let (ty, tx) = grid(f, lane);
                let init: Vec<String> = (0..R * C * nw)
                    .map(|i| f.private_load(&acc, lane, i))
                    .collect();
                let acc_t = f.acc();
                let inits: Vec<(&str, &str)> = init.iter().map(|v| (v.as_str(), acc_t)).collect();
                let sums = f.for_acc(&c0, &c16, &inits, |f, kk, s| {
                    let a: Vec<String> = (0..R)
                        .map(|r| {
                            let ro = f.idx(8 * r);
                            let row = f.addi(&ty, &ro);
                            f.shared_load(&a_sh, &row, kk)
                        })
                        .collect();
                    let mut next = s.to_vec();
                    for (wi, sh) in w_sh.iter().enumerate() {
                        for c in 0..C {
                            let co = f.idx(16 * c);
                            let col = f.addi(&tx, &co);
                            let b = f.shared_load(sh, &col, kk);
                            for (r, av) in a.iter().enumerate() {
                                let i = (wi * R + r) * C + c;
                                next[i] =
                                    f.val(format!("math.fma {av}, {b}, {} : {}", s[i], f.acc()));
                            }
                        }
                    }
                    next
                });
                for (i, v) in sums.iter().enumerate() {
                    f.private_store(v, &acc, lane, i);
                }
            });
        });
        f.phase(|f, lane| {
            let (ty, tx) = grid(f, lane);
            for r in 0..R {
                let ro = f.idx(8 * r);
                let row = f.addi(&ty, &ro);
                let t = f.addi(&t0, &row);
                let t_in = f.val(format!("arith.cmpi ult, {t}, {l} : index"));
                f.if_(&t_in, |f| {
                    let inv = norm.map(|(eps, style)| inv_rms(f, "%a0", &t, k, eps, style));
                    for c in 0..C {
                        let co = f.idx(16 * c);
                        let col = f.addi(&tx, &co);
                        let o = f.addi(&o0, &col);
                        let o_in = f.val(format!("arith.cmpi ult, {o}, {nc} : index"));
                        f.if_(&o_in, |f| {
                            let sums: Vec<String> = (0..nw)
                                .map(|wi| {
                                    let v = f.private_load(&acc, lane, (wi * R + r) * C + c);
                                    match &inv {
                                        Some(inv) => f.mulf(&v, inv),
                                        None => v,
                                    }
                                })
                                .collect();
                            let y = epilogue(f, &t, &o, &sums);
                            f.store(&y, "%out", &t, &o);
                        });
                    }
                });
            }
        });
    });
}
/// The CPU matrix product `out = x Wᵀ (+ b)` with W bound in `layout` (pre-transposed to
/// `[K, O]`, or bf16 in panels of 16 columns × pairs of K): register tiles of 6 rows × 64
/// columns accumulated in `vector<16xf32>` over K with fused multiply-adds (`vector`
/// dialect); leftover rows and columns by scalar `out[t, :] += x[t, k] · Wᵀ[k, :]` updates,
/// which LLVM vectorises.
#[allow(clippy::too_many_arguments)]
pub(crate) fn matmul_cpu(
    f: &mut FuncBuilder,
    x: &str,
    (wt, layout): (&str, OperandLayout),
    bias: Option<&str>,
    (out, out_from): (&str, Option<&str>),
    k: usize,
    o: usize,
    (rows_of, cols): (&Rows, &Columns),
) {
    // Register tiles of ROWS rows × VECS vectors of VW lanes: the accumulators stay in vector
    // registers over the whole K loop, each weight vector feeds ROWS fused multiply-adds.
    // Columns [start, tiles_end) go by whole tiles, [tiles_end, end) one by one; `out` holds
    // column j at j − out_from (a share's own scratch) or at j.
    const ROWS: usize = 6;
    const VW: usize = 16;
    const VECS: usize = 4;
    let vty = f.vec(VW);
    let (c0, kk, rows) = (f.idx(0), f.idx(k), f.idx(ROWS));
    let tile_cols = VW * VECS;
    debug_assert_eq!(tile_cols, COLUMN_TILE);
    let o_full = (o / tile_cols) * tile_cols;
    let tc = f.idx(tile_cols);
    let zero = f.fconst(0.0);
    let col = |f: &mut FuncBuilder, j: &str| match out_from {
        Some(from) => f.subi(j, from),
        None => j.to_string(),
    };
    // W[j, kx] (= Wᵀ[kx, j]) from its layout.
    let weight_at = |f: &mut FuncBuilder, kx: &str, j: &str| match layout {
        OperandLayout::Transposed => f.load(wt, kx, j),
        OperandLayout::Bf16Panels => {
            let (c2, panel, half_k) = (f.idx(2), f.idx(PANEL), f.idx(k / 2));
            let (p, c) = f.divrem(j, &panel);
            let (kk, odd) = f.divrem(kx, &c2);
            let pr = f.muli(&p, &half_k);
            let row = f.addi(&pr, &kk);
            let cc = f.muli(&c, &c2);
            let cx = f.addi(&cc, &odd);
            f.load(wt, &row, &cx)
        }
    };
    // Scalar updates of rows `t` over columns [from, to), from zero.
    let scalar = |f: &mut FuncBuilder, t: &str, from: &str, to: &str| {
        f.for_(from, to, |f, j| {
            let jo = col(f, j);
            f.store(&zero, out, t, &jo)
        });
        f.for_(&c0, &kk, |f, kx| {
            let a = f.load(x, t, kx);
            f.for_(from, to, |f, j| {
                let jo = col(f, j);
                let w = weight_at(f, kx, j);
                let y = f.load(out, t, &jo);
                let p = f.mulf(&a, &w);
                let s = f.addf(&y, &p);
                f.store(&s, out, t, &jo);
            });
        });
    };
    // With AMX the rows of whole 32-row blocks go by tiles (`matmul_amx`), with the leftover
    // columns by scalar updates; the rows after them as without.
    let amx = uses_amx(f, layout, k, o);
    let (row0, l) = (rows_of.start.as_str(), rows_of.end.as_str());
    let first_row = if amx {
        // Whole 32-row blocks of the share's rows: [row0, hi).
        let c32 = f.idx(AMX_ROWS);
        let q = f.val(format!("arith.divui {l}, {c32} : index"));
        let l32 = f.muli(&q, &c32);
        let hi = {
            let m = f.mini(l, &l32);
            f.val(format!("arith.maxui {row0}, {m} : index"))
        };
        // Only calls with a block of rows allocate the tiles' scratch (not decode steps).
        let some = f.val(format!("arith.cmpi ugt, {hi}, {row0} : index"));
        f.if_(&some, |f| {
            matmul_amx(f, (row0, &hi), x, wt, bias, (out, out_from), k, cols)
        });
        hi
    } else {
        row0.to_string()
    };
    let full = {
        let rest = f.subi(l, &first_row);
        let q = f.val(format!("arith.divui {rest}, {rows} : index"));
        let whole = f.muli(&q, &rows);
        f.addi(&first_row, &whole)
    };
    let row_set = |f: &mut FuncBuilder, tb: &str| -> Vec<String> {
        (0..ROWS)
            .map(|i| {
                let off = f.idx(i);
                f.addi(tb, &off)
            })
            .collect()
    };
    // One register tile: rows `ts` × columns [jb, jb + 64), accumulated over K in [k0, k1),
    // starting from zero or (`add`) from what `out` holds.
    let tile = |f: &mut FuncBuilder,
                ts: &[String],
                jb: &str,
                vecs: usize,
                ks: (usize, usize),
                add: bool| {
        let js: Vec<String> = (0..vecs)
            .map(|v| {
                let off = f.idx(v * VW);
                f.addi(jb, &off)
            })
            .collect();
        let z = f.vzero(VW);
        let mut starts = Vec::new();
        for t in ts {
            for j in &js {
                starts.push(if add {
                    let jo = col(f, j);
                    f.vload(out, t, &jo, VW)
                } else {
                    z.clone()
                });
            }
        }
        let init: Vec<(&str, &str)> = starts.iter().map(|v| (v.as_str(), vty.as_str())).collect();
        let acc = match layout {
            OperandLayout::Transposed => {
                let (k0, k1) = (f.idx(ks.0), f.idx(ks.1));
                f.for_acc(&k0, &k1, &init, |f, kx, acc| {
                    let ws: Vec<String> = js.iter().map(|j| f.vload(wt, kx, j, VW)).collect();
                    let mut next = Vec::new();
                    for (r, t) in ts.iter().enumerate() {
                        let a = f.load(x, t, kx);
                        let ab = f.val(format!("vector.broadcast {a} : {} to {vty}", f.acc()));
                        for (v, w) in ws.iter().enumerate() {
                            next.push(f.val(format!(
                                "vector.fma {ab}, {w}, {} : {vty}",
                                acc[r * vecs + v]
                            )));
                        }
                    }
                    next
                })
            }
            OperandLayout::Bf16Panels => {
                // Steps of two along K: one 64-byte load per panel holds both steps' 16
                // columns, interleaved; shifting each 32-bit pair left by 16 gives the even
                // step's f32 values, masking its low half the odd step's (exact widening).
                debug_assert!(ks.0.is_multiple_of(2) && ks.1.is_multiple_of(2) && VW == PANEL);
                let (k0, k1) = (f.idx(ks.0 / 2), f.idx(ks.1 / 2));
                let (c1, c2, panel, half_k) = (f.idx(1), f.idx(2), f.idx(PANEL), f.idx(k / 2));
                let bases: Vec<String> = js
                    .iter()
                    .map(|j| {
                        let p = f.val(format!("arith.divui {j}, {panel} : index"));
                        f.muli(&p, &half_k)
                    })
                    .collect();
                let ity = "vector<16xi32>";
                let shift = f.val(format!("arith.constant dense<16> : {ity}"));
                let mask = f.val(format!("arith.constant dense<-65536> : {ity}"));
                let ty = f.mem_type(wt);
                f.for_acc(&k0, &k1, &init, |f, kk, acc| {
                    let mut halves = Vec::new();
                    for base in &bases {
                        let row = f.addi(base, kk);
                        let raw = f.val(format!(
                            "vector.load {wt}[{row}, {c0}] : {ty}, vector<32xbf16>"
                        ));
                        let bits =
                            f.val(format!("vector.bitcast {raw} : vector<32xbf16> to {ity}"));
                        let lo = f.val(format!("arith.shli {bits}, {shift} : {ity}"));
                        let hi = f.val(format!("arith.andi {bits}, {mask} : {ity}"));
                        let even = f.val(format!("vector.bitcast {lo} : {ity} to {vty}"));
                        let odd = f.val(format!("vector.bitcast {hi} : {ity} to {vty}"));
                        halves.push((even, odd));
                    }
                    let ke = f.muli(kk, &c2);
                    let ko = f.addi(&ke, &c1);
                    let mut next = Vec::new();
                    for (r, t) in ts.iter().enumerate() {
                        let ae = f.load(x, t, &ke);
                        let ao = f.load(x, t, &ko);
                        let be = f.val(format!("vector.broadcast {ae} : {} to {vty}", f.acc()));
                        let bo = f.val(format!("vector.broadcast {ao} : {} to {vty}", f.acc()));
                        for (v, (even, odd)) in halves.iter().enumerate() {
                            let s = f.val(format!(
                                "vector.fma {be}, {even}, {} : {vty}",
                                acc[r * vecs + v]
                            ));
                            next.push(f.val(format!("vector.fma {bo}, {odd}, {s} : {vty}")));
                        }
                    }
                    next
                })
            }
        };
        for (r, t) in ts.iter().enumerate() {
            for (v, j) in js.iter().enumerate() {
                let jo = col(f, j);
                f.vstore(&acc[r * vecs + v], out, t, &jo, VW);
            }
        }
    };
    // Columns past the last whole tile, [tiles_end, end) (o mod 64 of them, in the last
    // share): vectors of 16 by register tiles of ROWS rows × 1 vector (then single rows), the
    // last < 16 by scalar updates. Scalar updates alone, which decode the bf16 panel layout per
    // element, made 8192 × 512 → 1376 7.5× slower than → 1344 or → 1408.
    let vec_end = {
        let span = f.subi(&cols.end, &cols.tiles_end);
        let vw = f.idx(VW);
        let q = f.val(format!("arith.divui {span}, {vw} : index"));
        let w = f.muli(&q, &vw);
        f.addi(&cols.tiles_end, &w)
    };
    let vw = f.idx(VW);
    let leftover_cols = |f: &mut FuncBuilder, lo: &str, hi: &str| {
        let some = f.val(format!(
            "arith.cmpi ult, {}, {} : index",
            cols.tiles_end, cols.end
        ));
        f.if_(&some, |f| {
            let six = {
                let n = f.subi(hi, lo);
                let q = f.val(format!("arith.divui {n}, {rows} : index"));
                let w = f.muli(&q, &rows);
                f.addi(lo, &w)
            };
            f.for_step(lo, &six, &rows, |f, tb| {
                let ts = row_set(f, tb);
                f.for_step(&cols.tiles_end, &vec_end, &vw, |f, jb| {
                    tile(f, &ts, jb, 1, (0, k), false)
                });
            });
            f.for_(&six, hi, |f, t| {
                f.for_step(&cols.tiles_end, &vec_end, &vw, |f, jb| {
                    tile(f, &[t.to_string()], jb, 1, (0, k), false)
                });
            });
            f.for_(lo, hi, |f, t| scalar(f, t, &vec_end, &cols.end));
        });
    };
    if amx {
        leftover_cols(f, row0, &first_row);
    }
    // Cache blocking: chunks of rows whose inputs (~256 KiB of a block of K) stay in L2
    // while each column panel of the weights (K block × 64, read once per chunk) passes over
    // them. K is split in blocks of at most K_BLOCK (the later blocks add to the output
    // tiles), so that a long K does not shrink the chunks to a few rows.
    const K_BLOCK: usize = 512;
    let k_blocks: Vec<(usize, usize)> = (0..k.div_ceil(K_BLOCK))
        .map(|b| (b * K_BLOCK, ((b + 1) * K_BLOCK).min(k)))
        .collect();
    let kc = k.clamp(1, K_BLOCK);
    let chunk = ((65536 / kc) / ROWS).max(1) * ROWS;
    let cr = f.idx(chunk);
    f.for_step(&first_row, &full, &cr, |f, rc| {
        let rend = {
            let e = f.addi(rc, &cr);
            f.mini(&e, &full)
        };
        if o_full > 0 {
            for (bi, &ks) in k_blocks.iter().enumerate() {
                f.for_step(&cols.start, &cols.tiles_end, &tc, |f, jb| {
                    f.for_step(rc, &rend, &rows, |f, tb| {
                        let ts = row_set(f, tb);
                        tile(f, &ts, jb, VECS, ks, bi > 0);
                    });
                });
            }
        }
        leftover_cols(f, rc, &rend);
    });
    // Leftover rows (all of a decode step's one row): one-row tiles of 256 columns (16
    // accumulators: each weight row is read in 1 KiB runs, which streams better), then of 64,
    // then single columns.
    const WIDE: usize = 4;
    let wide = f.idx(WIDE * tile_cols);
    f.for_(&full, l, |f, t| {
        if o_full > 0 {
            let wide_end = {
                let span = f.subi(&cols.tiles_end, &cols.start);
                let q = f.val(format!("arith.divui {span}, {wide} : index"));
                let w = f.muli(&q, &wide);
                f.addi(&cols.start, &w)
            };
            f.for_step(&cols.start, &wide_end, &wide, |f, jb| {
                tile(f, &[t.to_string()], jb, WIDE * VECS, (0, k), false)
            });
            f.for_step(&wide_end, &cols.tiles_end, &tc, |f, jb| {
                tile(f, &[t.to_string()], jb, VECS, (0, k), false)
            });
        }
        f.for_step(&cols.tiles_end, &vec_end, &vw, |f, jb| {
            tile(f, &[t.to_string()], jb, 1, (0, k), false)
        });
        scalar(f, t, &vec_end, &cols.end)
    });
    if let Some(b) = bias {
        // The AMX rows' whole tiles have their bias already (added while in cache).
        let add_bias = |f: &mut FuncBuilder, rows: (&str, &str), from: &str, to: &str| {
            f.for_(rows.0, rows.1, |f, t| {
                f.for_(from, to, |f, j| {
                    let jo = col(f, j);
                    let y = f.load(out, t, &jo);
                    let bv = f.load(b, j, &c0);
                    let s = f.addf(&y, &bv);
                    f.store(&s, out, t, &jo);
                });
            });
        };
        add_bias(f, (&first_row, l), &cols.start, &cols.end);
        if amx {
            add_bias(f, (row0, &first_row), &cols.tiles_end, &cols.end);
        }
    }
}
/// Rows of an AMX register block (two 16-row tiles) and the reduction step of one tile product.
const AMX_ROWS: usize = 32;
const AMX_K: usize = 32;
/// AMX bf16 products for rows `[lo, hi)` (whole blocks of 32) and the share's whole column tiles:
/// `out[t, j] = b[j] + Σ_k bf16(x[t, k]) · W[j, k]`, accumulated in f32 tiles. Per block of up
/// to 4096 rows (≤ 8 MiB of bf16), the rows are rounded to bf16 once into an aligned scratch;
/// per block of columns whose panels (~1 MiB) stay in L2, each 32 × 32 output block keeps its
/// four accumulator tiles in the tile registers over the whole K (2 A tiles × 2 B tiles per
/// step of 32: all 8 registers). A B tile is 16 consecutive rows of one panel (1 KiB,
/// contiguous), in the pair layout the tiles multiply. Each accumulator starts from its own
/// `tile_zero` or bias load: a shared one is copied through memory.
#[allow(clippy::too_many_arguments)]
fn matmul_amx(
    f: &mut FuncBuilder,
    (lo, hi): (&str, &str),
    x: &str,
    wt: &str,
    bias: Option<&str>,
    (out, out_from): (&str, Option<&str>),
    k: usize,
    cols: &Columns,
) {
    let bty = crate::codegen::builder::memref(DType::BF16);
    let (at, ct) = ("!amx.tile<16x32xbf16>", "!amx.tile<16x16xf32>");
    let (c0, c16, c32, kc) = (f.idx(0), f.idx(16), f.idx(AMX_ROWS), f.idx(k));
    let (c2, half_k, panel) = (f.idx(2), f.idx(k / 2), f.idx(PANEL));
    let block_cols = ((1 << 20) / (2 * k) / COLUMN_TILE).max(1) * COLUMN_TILE;
    let nb_step = f.idx(block_cols);
    // Tile rows of 64 bytes must not straddle cache lines (a misaligned A, B or C runs the
    // tiles 2–5× slower): the rows' scratch and the output block are 64-byte aligned, and
    // weights not 64-byte aligned (bound in process memory rather than mapped from an
    // artifact, whose blobs are aligned) are copied block by block into an aligned scratch.
    // Rows are rounded to bf16 once per call into a block of `block_rows` (≤ 8 MiB, whole
    // tiles) that every column block then reads: rounding them per column block cost up to
    // 40% of the tiles' time where a share has few columns (K = 1792 → 512).
    let block_rows = ((8 << 20) / (2 * k) / AMX_ROWS).clamp(1, 128) * AMX_ROWS;
    let mb_step = f.idx(block_rows);
    let a_rows = {
        let n = f.subi(hi, lo);
        f.mini(&n, &mb_step)
    };
    let a = f.alloc_aligned(&a_rows, &kc, &bty);
    let fty = crate::codegen::builder::memref(DType::F32);
    let cb = f.alloc_aligned(&c32, &c32, &fty);
    let (xty, oty) = (f.mem_type(x), f.mem_type(out));
    let b_rows = f.idx(block_cols / PANEL * (k / 2));
    let b_copy = f.alloc_aligned(&b_rows, &c32, &bty);
    let aligned = {
        let p = f.val(format!(
            "memref.extract_aligned_pointer_as_index {wt} : {bty} -> index"
        ));
        let c64 = f.idx(64);
        let r = f.val(format!("arith.remui {p}, {c64} : index"));
        f.val(format!("arith.cmpi eq, {r}, {c0} : index"))
    };
    let b_src = f.val(format!("arith.select {aligned}, {wt}, {b_copy} : {bty}"));
    // Tiles go straight to the output where its rows are 64-byte aligned (the runtime aligns
    // activations), else through the aligned block `cb` and copied: storing tiles to `cb` and
    // reading them back at once stalled each block (590 → 771 GFLOP/s on one core).
    let out_aligned = {
        let p = f.val(format!(
            "memref.extract_aligned_pointer_as_index {out} : {oty} -> index"
        ));
        let c64 = f.idx(64);
        let r = f.val(format!("arith.remui {p}, {c64} : index"));
        let a = f.val(format!("arith.cmpi eq, {r}, {c0} : index"));
        let c1 = f.idx(1);
        let w = f.val(format!("memref.dim {out}, {c1} : {oty}"));
        let wr = f.val(format!("arith.remui {w}, {c16} : index"));
        let b = f.val(format!("arith.cmpi eq, {wr}, {c0} : index"));
        f.val(format!("arith.andi {a}, {b} : i1"))
    };
    let dst = f.val(format!("arith.select {out_aligned}, {out}, {cb} : {fty}"));
    f.declare_mem(&dst, &fty);
    f.declare_mem(&b_src, &bty);
    let wt_orig = wt;
    let wt = b_src.as_str();
    let wty = bty.clone();
    let col = |f: &mut FuncBuilder, j: &str| match out_from {
        Some(from) => f.subi(j, from),
        None => j.to_string(),
    };
    f.for_step(lo, hi, &mb_step, |f, mb| {
        let mb_end = {
            let e = f.addi(mb, &mb_step);
            f.mini(&e, hi)
        };
        let span = f.subi(&mb_end, mb);
        f.for_(&c0, &span, |f, r| {
            let t = f.addi(mb, r);
            f.for_step(&c0, &kc, &c16, |f, kx| {
                let v = f.val(format!(
                    "vector.load {x}[{t}, {kx}] : {xty}, vector<16xf32>"
                ));
                let b = f.val(format!(
                    "arith.truncf {v} : vector<16xf32> to vector<16xbf16>"
                ));
                f.emit(format!(
                    "vector.store {b}, {a}[{r}, {kx}] : {bty}, vector<16xbf16>"
                ));
            });
        });
        f.for_step(&cols.start, &cols.tiles_end, &nb_step, |f, nb| {
            let nb_end = {
                let e = f.addi(nb, &nb_step);
                f.mini(&e, &cols.tiles_end)
            };
            // This block's panels: rows from `first` of the weights, or the aligned copy from 0.
            let first = {
                let p = f.val(format!("arith.divui {nb}, {panel} : index"));
                f.muli(&p, &half_k)
            };
            let not_aligned = {
                let t = f.val("arith.constant true");
                f.val(format!("arith.xori {aligned}, {t} : i1"))
            };
            f.if_(&not_aligned, |f| {
                let span = {
                    let w = f.subi(&nb_end, nb);
                    let p = f.val(format!("arith.divui {w}, {panel} : index"));
                    f.muli(&p, &half_k)
                };
                let orig = wt_orig;
                f.for_(&c0, &span, |f, r| {
                    let src = f.addi(&first, r);
                    let v = f.val(format!(
                        "vector.load {orig}[{src}, {c0}] : {bty}, vector<32xbf16>"
                    ));
                    f.emit(format!(
                        "vector.store {v}, {b_copy}[{r}, {c0}] : {bty}, vector<32xbf16>"
                    ));
                });
            });
            let row0 = f.val(format!("arith.select {aligned}, {c0}, {first} : index"));
            f.for_step(mb, &mb_end, &c32, |f, m0| {
                let am = f.subi(m0, mb);
                let am1 = f.addi(&am, &c16);
                f.for_step(nb, &nb_end, &c32, |f, n0| {
                    let p0 = f.val(format!("arith.divui {n0}, {panel} : index"));
                    let base0 = {
                        let b = f.muli(&p0, &half_k);
                        f.subi(&b, &row0)
                    };
                    let base1 = f.addi(&base0, &half_k);
                    // The accumulators start from the bias (each tile row the same 16 values:
                    // a stride-0 load of the `[N, 1]` bias), else from zero.
                    let n1 = f.addi(n0, &c16);
                    let zeros: Vec<String> = [n0, n1.as_str(), n0, n1.as_str()]
                        .iter()
                        .map(|n| match bias {
                            Some(b) => {
                                let bty32 = f.mem_type(b);
                                f.val(format!(
                                    "amx.tile_load {b}[{n}, {c0}], {c0} : {bty32} into {ct}"
                                ))
                            }
                            None => f.val(format!("amx.tile_zero : {ct}")),
                        })
                        .collect();
                    let init: Vec<(&str, &str)> = zeros.iter().map(|z| (z.as_str(), ct)).collect();
                    let acc = f.for_acc_step(&c0, &kc, &c32, &init, |f, k0, acc| {
                        let a0 = f.val(format!("amx.tile_load {a}[{am}, {k0}] : {bty} into {at}"));
                        let a1 = f.val(format!("amx.tile_load {a}[{am1}, {k0}] : {bty} into {at}"));
                        let kk = f.val(format!("arith.divui {k0}, {c2} : index"));
                        let r0 = f.addi(&base0, &kk);
                        let r1 = f.addi(&base1, &kk);
                        let b0 = f.val(format!("amx.tile_load {wt}[{r0}, {c0}] : {wty} into {at}"));
                        let b1 = f.val(format!("amx.tile_load {wt}[{r1}, {c0}] : {wty} into {at}"));
                        let mut next = Vec::new();
                        for (i, (av, bv)) in [(&a0, &b0), (&a0, &b1), (&a1, &b0), (&a1, &b1)]
                            .into_iter()
                            .enumerate()
                        {
                            next.push(f.val(format!(
                                "amx.tile_mulf {av}, {bv}, {} : {at}, {at}, {ct}",
                                acc[i]
                            )));
                        }
                        next
                    });
                    // Into the output at (m0, n0), or into `cb` and copied.
                    let (dm, dn) = {
                        let jo = col(f, n0);
                        (
                            f.val(format!("arith.select {out_aligned}, {m0}, {c0} : index")),
                            f.val(format!("arith.select {out_aligned}, {jo}, {c0} : index")),
                        )
                    };
                    let (dm1, dn1) = (f.addi(&dm, &c16), f.addi(&dn, &c16));
                    for (i, (m, n)) in [(&dm, &dn), (&dm, &dn1), (&dm1, &dn), (&dm1, &dn1)]
                        .into_iter()
                        .enumerate()
                    {
                        f.emit(format!(
                            "amx.tile_store {dst}[{m}, {n}], {} : {fty}, {ct}",
                            acc[i]
                        ));
                    }
                    let not_out = {
                        let t = f.val("arith.constant true");
                        f.val(format!("arith.xori {out_aligned}, {t} : i1"))
                    };
                    f.if_(&not_out, |f| {
                        let vty = f.vec(16);
                        f.for_(&c0, &c32, |f, r| {
                            let t = f.addi(m0, r);
                            for (h, n) in [n0, n1.as_str()].iter().enumerate() {
                                let hc = f.idx(16 * h);
                                let y =
                                    f.val(format!("vector.load {cb}[{r}, {hc}] : {fty}, {vty}"));
                                let jo = col(f, n);
                                f.emit(format!(
                                    "vector.store {y}, {out}[{t}, {jo}] : {oty}, {vty}"
                                ));
                            }
                        });
                    });
                });
            });
        });
    });
    for (m, ty) in [(&a, &bty), (&cb, &fty), (&b_copy, &bty)] {
        f.emit(format!("memref.dealloc {m} : {ty}"));
    }
}
/// Columns of a matrix product's register tiles.
pub(crate) const COLUMN_TILE: usize = 64;
/// A call's share of the work: part `index` of `count` (SSA index values).
pub(crate) struct Share {
    pub(crate) index: String,
    pub(crate) count: String,
}
/// The output columns of one share of a matrix product: whole tiles `[start, tiles_end)`, then
/// single columns up to `end` (the remainder past the last whole tile goes to the last part).
pub(crate) struct Columns {
    pub(crate) start: String,
    pub(crate) tiles_end: String,
    pub(crate) end: String,
}
/// The output rows of one share of a matrix product: `[start, end)`.
pub(crate) struct Rows {
    pub(crate) start: String,
    pub(crate) end: String,
}
/// Whether a product of `k` → `o` with weights in `layout` runs its 32-row blocks on AMX tiles.
pub(crate) fn uses_amx(f: &FuncBuilder, layout: OperandLayout, k: usize, o: usize) -> bool {
    layout == OperandLayout::Bf16Panels
        && f.isa.amx_bf16
        && k.is_multiple_of(AMX_K)
        && o >= COLUMN_TILE
}
/// One share of an `l` × `o` product: its rows and columns. Parts split the columns (each
/// reads every row), except that AMX products with at least two 32-row blocks per part split
/// the rows (each rounds only its own rows to bf16 and writes whole output rows: with a
/// column split both cores read and round all of the input, which held 2 cores at 1.5× one);
/// the last part takes the rows after the last whole block.
pub(crate) fn product_share(
    f: &mut FuncBuilder,
    l: &str,
    o: usize,
    share: &Share,
    amx: bool,
) -> (Rows, Columns) {
    let c0 = f.idx(0);
    let by_cols = column_share(f, o, share);
    if !amx {
        let rows = Rows {
            start: c0,
            end: l.to_string(),
        };
        return (rows, by_cols);
    }
    let n = &share.count;
    let (c2, c32) = (f.idx(2), f.idx(AMX_ROWS));
    let blocks = f.val(format!("arith.divui {l}, {c32} : index"));
    let by_rows = {
        let two = f.muli(n, &c2);
        f.val(format!("arith.cmpi uge, {blocks}, {two} : index"))
    };
    let (r0, _, r1) = share_runs(f, share, (&blocks, &c32), l);
    let sel = |f: &mut FuncBuilder, a: &str, b: &str| {
        f.val(format!("arith.select {by_rows}, {a}, {b} : index"))
    };
    let rows = Rows {
        start: sel(f, &r0, &c0),
        end: sel(f, &r1, l),
    };
    let (all_tiles, all) = (f.idx(o / COLUMN_TILE * COLUMN_TILE), f.idx(o));
    let cols = Columns {
        start: sel(f, &c0, &by_cols.start),
        tiles_end: sel(f, &all_tiles, &by_cols.tiles_end),
        end: sel(f, &all, &by_cols.end),
    };
    (rows, cols)
}
/// Part `share.index` of `units` units of `size` split into `share.count` contiguous runs:
/// (start, end of its whole units, end — `total` for the last part, which takes the rest).
fn share_runs(
    f: &mut FuncBuilder,
    share: &Share,
    (units, size): (&str, &str),
    total: &str,
) -> (String, String, String) {
    let (i, n) = (&share.index, &share.count);
    let bound = |f: &mut FuncBuilder, p: &str| {
        let x = f.muli(p, units);
        let q = f.val(format!("arith.divui {x}, {n} : index"));
        f.muli(&q, size)
    };
    let start = bound(f, i);
    let c1 = f.idx(1);
    let i1 = f.addi(i, &c1);
    let whole_end = bound(f, &i1);
    let last = f.val(format!("arith.cmpi eq, {i1}, {n} : index"));
    let end = f.val(format!("arith.select {last}, {total}, {whole_end} : index"));
    (start, whole_end, end)
}
/// Splits `o` output columns into `share.count` contiguous runs of whole tiles.
pub(crate) fn column_share(f: &mut FuncBuilder, o: usize, share: &Share) -> Columns {
    let (tiles, tc, oo) = (f.idx(o / COLUMN_TILE), f.idx(COLUMN_TILE), f.idx(o));
    let (start, tiles_end, end) = share_runs(f, share, (&tiles, &tc), &oo);
    Columns {
        start,
        tiles_end,
        end,
    }
}
