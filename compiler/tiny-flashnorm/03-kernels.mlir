module {
func.func @k2(%a0: memref<?x?xf32>, %a1: memref<?x?xi64>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k2 {
    scf.for %i2 = %k0 to %k1 step %k2 {
      %v3 = memref.load %a1[%i1, %k0] : memref<?x?xi64>
      %v4 = arith.index_cast %v3 : i64 to index
      %v5 = memref.load %a0[%v4, %i2] : memref<?x?xf32>
      memref.store %v5, %out[%i1, %i2] : memref<?x?xf32>
    }
  }
  return
}
func.func @k6(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 96 : index
  %k2 = arith.constant 32 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 3.20000000000000000e1 : f32
  %k6 = arith.constant 9.99999974737875164e-6 : f32
  %k7 = arith.constant 1.00000000000000000e0 : f32
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  %v1 = memref.alloc(%v0, %k2) : memref<?x?xf32>
  scf.for %i2 = %k0 to %v0 step %k3 {
    %r5 = scf.for %i3 = %k0 to %k2 step %k3 iter_args(%a4 = %k4) -> (f32) {
      %v6 = memref.load %a0[%i2, %i3] : memref<?x?xf32>
      %v7 = arith.mulf %v6, %v6 : f32
      %v8 = arith.addf %a4, %v7 : f32
      scf.yield %v8 : f32
    }
    %v9 = arith.divf %r5, %k5 : f32
    %v10 = arith.addf %v9, %k6 : f32
    %v11 = math.sqrt %v10 : f32
    %v12 = arith.divf %k7, %v11 : f32
    scf.for %i13 = %k0 to %k2 step %k3 {
      %v14 = memref.load %a0[%i2, %i13] : memref<?x?xf32>
      %v15 = memref.load %a1[%i13, %k0] : memref<?x?xf32>
      %v16 = arith.mulf %v14, %v12 : f32
      %v17 = arith.mulf %v16, %v15 : f32
      memref.store %v17, %v1[%i2, %i13] : memref<?x?xf32>
    }
  }
  scf.for %i18 = %k0 to %v0 step %k3 {
    scf.for %i19 = %k0 to %k1 step %k3 {
      %v20 = memref.load %a3[%i19, %k0] : memref<?x?xf32>
      memref.store %v20, %out[%i18, %i19] : memref<?x?xf32>
    }
    scf.for %i21 = %k0 to %k2 step %k3 {
      %v22 = memref.load %v1[%i18, %i21] : memref<?x?xf32>
      scf.for %i23 = %k0 to %k1 step %k3 {
        %v24 = memref.load %a2[%i21, %i23] : memref<?x?xf32>
        %v25 = memref.load %out[%i18, %i23] : memref<?x?xf32>
        %v26 = arith.mulf %v22, %v24 : f32
        %v27 = arith.addf %v25, %v26 : f32
        memref.store %v27, %out[%i18, %i23] : memref<?x?xf32>
      }
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  return
}
func.func @k13(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %a4: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 1 : index
  %k3 = arith.constant 8 : index
  %k4 = arith.constant 24 : index
  %k5 = arith.constant 2 : index
  %k6 = arith.constant 3 : index
  %k7 = arith.constant 0.00000000000000000e0 : f32
  %k8 = arith.constant 16 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  %v1 = memref.alloc(%v0, %k1) : memref<?x?xf32>
  %v2 = memref.alloc(%v0, %k1) : memref<?x?xf32>
  scf.for %i3 = %k0 to %v0 step %k2 {
    scf.for %i4 = %k0 to %k1 step %k2 {
      %v5 = arith.divui %i4, %k3 : index
      %v6 = arith.remui %i4, %k3 : index
      %v7 = arith.muli %v5, %k4 : index
      %v8 = arith.addi %v7, %k0 : index
      %v9 = arith.addi %v8, %v6 : index
      %v10 = arith.minui %i3, %k5 : index
      %v11 = arith.subi %k5, %v10 : index
      %r14 = scf.for %i12 = %v11 to %k6 step %k2 iter_args(%a13 = %k7) -> (f32) {
        %v15 = memref.load %a1[%v9, %i12] : memref<?x?xf32>
        %v16 = arith.addi %i3, %i12 : index
        %v17 = arith.subi %v16, %k5 : index
        %v18 = memref.load %a0[%v17, %v9] : memref<?x?xf32>
        %v19 = arith.mulf %v15, %v18 : f32
        %v20 = arith.addf %a13, %v19 : f32
        scf.yield %v20 : f32
      }
      %v21 = memref.load %a2[%v9, %k0] : memref<?x?xf32>
      %v22 = arith.addf %r14, %v21 : f32
      %v23 = arith.divui %i4, %k3 : index
      %v24 = arith.remui %i4, %k3 : index
      %v25 = arith.muli %v23, %k4 : index
      %v26 = arith.addi %v25, %k3 : index
      %v27 = arith.addi %v26, %v24 : index
      %v28 = arith.minui %i3, %k5 : index
      %v29 = arith.subi %k5, %v28 : index
      %r32 = scf.for %i30 = %v29 to %k6 step %k2 iter_args(%a31 = %k7) -> (f32) {
        %v33 = memref.load %a1[%v27, %i30] : memref<?x?xf32>
        %v34 = arith.addi %i3, %i30 : index
        %v35 = arith.subi %v34, %k5 : index
        %v36 = memref.load %a0[%v35, %v27] : memref<?x?xf32>
        %v37 = arith.mulf %v33, %v36 : f32
        %v38 = arith.addf %a31, %v37 : f32
        scf.yield %v38 : f32
      }
      %v39 = memref.load %a2[%v27, %k0] : memref<?x?xf32>
      %v40 = arith.addf %r32, %v39 : f32
      %v41 = arith.divui %i4, %k3 : index
      %v42 = arith.remui %i4, %k3 : index
      %v43 = arith.muli %v41, %k4 : index
      %v44 = arith.addi %v43, %k8 : index
      %v45 = arith.addi %v44, %v42 : index
      %v46 = arith.minui %i3, %k5 : index
      %v47 = arith.subi %k5, %v46 : index
      %r50 = scf.for %i48 = %v47 to %k6 step %k2 iter_args(%a49 = %k7) -> (f32) {
        %v51 = memref.load %a1[%v45, %i48] : memref<?x?xf32>
        %v52 = arith.addi %i3, %i48 : index
        %v53 = arith.subi %v52, %k5 : index
        %v54 = memref.load %a0[%v53, %v45] : memref<?x?xf32>
        %v55 = arith.mulf %v51, %v54 : f32
        %v56 = arith.addf %a49, %v55 : f32
        scf.yield %v56 : f32
      }
      %v57 = memref.load %a2[%v45, %k0] : memref<?x?xf32>
      %v58 = arith.addf %r50, %v57 : f32
      %v59 = arith.mulf %v40, %v58 : f32
      memref.store %v59, %v1[%i3, %i4] : memref<?x?xf32>
      memref.store %v22, %v2[%i3, %i4] : memref<?x?xf32>
    }
  }
  scf.for %i60 = %k0 to %k1 step %k2 {
    scf.for %i61 = %k0 to %v0 step %k2 {
      %v62 = arith.addi %i61, %k2 : index
      %r65 = scf.for %i63 = %k0 to %v62 step %k2 iter_args(%a64 = %k7) -> (f32) {
        %v66 = memref.load %a4[%i60, %i63] : memref<?x?xf32>
        %v67 = arith.subi %i61, %i63 : index
        %v68 = memref.load %v1[%v67, %i60] : memref<?x?xf32>
        %v69 = arith.mulf %v66, %v68 : f32
        %v70 = arith.addf %a64, %v69 : f32
        scf.yield %v70 : f32
      }
      %v71 = memref.load %v1[%i61, %i60] : memref<?x?xf32>
      %v72 = memref.load %a3[%i60, %k0] : memref<?x?xf32>
      %v73 = arith.mulf %v72, %v71 : f32
      %v74 = arith.addf %r65, %v73 : f32
      %v75 = memref.load %v2[%i61, %i60] : memref<?x?xf32>
      %v76 = arith.mulf %v74, %v75 : f32
      memref.store %v76, %out[%i61, %i60] : memref<?x?xf32>
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  memref.dealloc %v2 : memref<?x?xf32>
  return
}
func.func @k16(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 0.00000000000000000e0 : f32
  %k3 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k3 {
    scf.for %i2 = %k0 to %k1 step %k3 {
      %v3 = memref.load %a2[%i2, %k0] : memref<?x?xf32>
      memref.store %v3, %out[%i1, %i2] : memref<?x?xf32>
    }
    scf.for %i4 = %k0 to %k1 step %k3 {
      %v5 = memref.load %a0[%i1, %i4] : memref<?x?xf32>
      scf.for %i6 = %k0 to %k1 step %k3 {
        %v7 = memref.load %a1[%i4, %i6] : memref<?x?xf32>
        %v8 = memref.load %out[%i1, %i6] : memref<?x?xf32>
        %v9 = arith.mulf %v5, %v7 : f32
        %v10 = arith.addf %v8, %v9 : f32
        memref.store %v10, %out[%i1, %i6] : memref<?x?xf32>
      }
    }
  }
  return
}
func.func @k17(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k2 {
    scf.for %i2 = %k0 to %k1 step %k2 {
      %v3 = memref.load %a0[%i1, %i2] : memref<?x?xf32>
      %v4 = memref.load %a1[%i1, %i2] : memref<?x?xf32>
      %v5 = arith.addf %v3, %v4 : f32
      memref.store %v5, %out[%i1, %i2] : memref<?x?xf32>
    }
  }
  return
}
func.func @k21(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 128 : index
  %k2 = arith.constant 32 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 3.20000000000000000e1 : f32
  %k6 = arith.constant 9.99999974737875164e-6 : f32
  %k7 = arith.constant 1.00000000000000000e0 : f32
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  %v1 = memref.alloc(%v0, %k2) : memref<?x?xf32>
  scf.for %i2 = %k0 to %v0 step %k3 {
    %r5 = scf.for %i3 = %k0 to %k2 step %k3 iter_args(%a4 = %k4) -> (f32) {
      %v6 = memref.load %a0[%i2, %i3] : memref<?x?xf32>
      %v7 = arith.mulf %v6, %v6 : f32
      %v8 = arith.addf %a4, %v7 : f32
      scf.yield %v8 : f32
    }
    %v9 = arith.divf %r5, %k5 : f32
    %v10 = arith.addf %v9, %k6 : f32
    %v11 = math.sqrt %v10 : f32
    %v12 = arith.divf %k7, %v11 : f32
    scf.for %i13 = %k0 to %k2 step %k3 {
      %v14 = memref.load %a0[%i2, %i13] : memref<?x?xf32>
      %v15 = memref.load %a1[%i13, %k0] : memref<?x?xf32>
      %v16 = arith.mulf %v14, %v12 : f32
      %v17 = arith.mulf %v16, %v15 : f32
      memref.store %v17, %v1[%i2, %i13] : memref<?x?xf32>
    }
  }
  %v18 = memref.alloc(%v0, %k1) : memref<?x?xf32>
  scf.for %i19 = %k0 to %v0 step %k3 {
    scf.for %i20 = %k0 to %k1 step %k3 {
      memref.store %k4, %v18[%i19, %i20] : memref<?x?xf32>
    }
    scf.for %i21 = %k0 to %k2 step %k3 {
      %v22 = memref.load %v1[%i19, %i21] : memref<?x?xf32>
      scf.for %i23 = %k0 to %k1 step %k3 {
        %v24 = memref.load %a2[%i21, %i23] : memref<?x?xf32>
        %v25 = memref.load %v18[%i19, %i23] : memref<?x?xf32>
        %v26 = arith.mulf %v22, %v24 : f32
        %v27 = arith.addf %v25, %v26 : f32
        memref.store %v27, %v18[%i19, %i23] : memref<?x?xf32>
      }
    }
  }
  scf.for %i28 = %k0 to %v0 step %k3 {
    scf.for %i29 = %k0 to %k1 step %k3 {
      memref.store %k4, %out[%i28, %i29] : memref<?x?xf32>
    }
    scf.for %i30 = %k0 to %k2 step %k3 {
      %v31 = memref.load %v1[%i28, %i30] : memref<?x?xf32>
      scf.for %i32 = %k0 to %k1 step %k3 {
        %v33 = memref.load %a3[%i30, %i32] : memref<?x?xf32>
        %v34 = memref.load %out[%i28, %i32] : memref<?x?xf32>
        %v35 = arith.mulf %v31, %v33 : f32
        %v36 = arith.addf %v34, %v35 : f32
        memref.store %v36, %out[%i28, %i32] : memref<?x?xf32>
      }
    }
  }
  scf.for %i37 = %k0 to %v0 step %k3 {
    scf.for %i38 = %k0 to %k1 step %k3 {
      %v39 = memref.load %v18[%i37, %i38] : memref<?x?xf32>
      %v40 = memref.load %out[%i37, %i38] : memref<?x?xf32>
      %v41 = arith.subf %k4, %v39 : f32
      %v42 = math.exp %v41 : f32
      %v43 = arith.addf %k7, %v42 : f32
      %v44 = arith.divf %v39, %v43 : f32
      %v45 = arith.mulf %v44, %v40 : f32
      memref.store %v45, %out[%i37, %i38] : memref<?x?xf32>
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  memref.dealloc %v18 : memref<?x?xf32>
  return
}
func.func @k23(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 128 : index
  %k3 = arith.constant 0.00000000000000000e0 : f32
  %k4 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k4 {
    scf.for %i2 = %k0 to %k1 step %k4 {
      memref.store %k3, %out[%i1, %i2] : memref<?x?xf32>
    }
    scf.for %i3 = %k0 to %k2 step %k4 {
      %v4 = memref.load %a0[%i1, %i3] : memref<?x?xf32>
      scf.for %i5 = %k0 to %k1 step %k4 {
        %v6 = memref.load %a1[%i3, %i5] : memref<?x?xf32>
        %v7 = memref.load %out[%i1, %i5] : memref<?x?xf32>
        %v8 = arith.mulf %v4, %v6 : f32
        %v9 = arith.addf %v7, %v8 : f32
        memref.store %v9, %out[%i1, %i5] : memref<?x?xf32>
      }
    }
  }
  return
}
func.func @k24(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k2 {
    scf.for %i2 = %k0 to %k1 step %k2 {
      %v3 = memref.load %a0[%i1, %i2] : memref<?x?xf32>
      %v4 = memref.load %a1[%i1, %i2] : memref<?x?xf32>
      %v5 = arith.addf %v3, %v4 : f32
      memref.store %v5, %out[%i1, %i2] : memref<?x?xf32>
    }
  }
  return
}
func.func @k27(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 64 : index
  %k2 = arith.constant 32 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 3.20000000000000000e1 : f32
  %k6 = arith.constant 9.99999974737875164e-6 : f32
  %k7 = arith.constant 1.00000000000000000e0 : f32
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  %v1 = memref.alloc(%v0, %k2) : memref<?x?xf32>
  scf.for %i2 = %k0 to %v0 step %k3 {
    %r5 = scf.for %i3 = %k0 to %k2 step %k3 iter_args(%a4 = %k4) -> (f32) {
      %v6 = memref.load %a0[%i2, %i3] : memref<?x?xf32>
      %v7 = arith.mulf %v6, %v6 : f32
      %v8 = arith.addf %a4, %v7 : f32
      scf.yield %v8 : f32
    }
    %v9 = arith.divf %r5, %k5 : f32
    %v10 = arith.addf %v9, %k6 : f32
    %v11 = math.sqrt %v10 : f32
    %v12 = arith.divf %k7, %v11 : f32
    scf.for %i13 = %k0 to %k2 step %k3 {
      %v14 = memref.load %a0[%i2, %i13] : memref<?x?xf32>
      %v15 = memref.load %a1[%i13, %k0] : memref<?x?xf32>
      %v16 = arith.mulf %v14, %v12 : f32
      %v17 = arith.mulf %v16, %v15 : f32
      memref.store %v17, %v1[%i2, %i13] : memref<?x?xf32>
    }
  }
  scf.for %i18 = %k0 to %v0 step %k3 {
    scf.for %i19 = %k0 to %k1 step %k3 {
      memref.store %k4, %out[%i18, %i19] : memref<?x?xf32>
    }
    scf.for %i20 = %k0 to %k2 step %k3 {
      %v21 = memref.load %v1[%i18, %i20] : memref<?x?xf32>
      scf.for %i22 = %k0 to %k1 step %k3 {
        %v23 = memref.load %a2[%i20, %i22] : memref<?x?xf32>
        %v24 = memref.load %out[%i18, %i22] : memref<?x?xf32>
        %v25 = arith.mulf %v21, %v23 : f32
        %v26 = arith.addf %v24, %v25 : f32
        memref.store %v26, %out[%i18, %i22] : memref<?x?xf32>
      }
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  return
}
func.func @k28(%a0: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k2 {
    scf.for %i2 = %k0 to %k1 step %k2 {
      %v3 = arith.addi %i2, %k0 : index
      %v4 = memref.load %a0[%i1, %v3] : memref<?x?xf32>
      memref.store %v4, %out[%i1, %i2] : memref<?x?xf32>
    }
  }
  return
}
func.func @k29(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 4 : index
  %k3 = arith.constant 8 : index
  %k4 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k4 {
    scf.for %i2 = %k0 to %k2 step %k4 {
      %v3 = arith.muli %i2, %k3 : index
      scf.for %i4 = %k0 to %k2 step %k4 {
        %v5 = memref.load %a1[%i1, %i4] : memref<?x?xf32>
        %v6 = arith.addi %i4, %k2 : index
        %v7 = memref.load %a1[%i1, %v6] : memref<?x?xf32>
        %v8 = arith.addi %v3, %i4 : index
        %v9 = arith.addi %v8, %k2 : index
        %v10 = memref.load %a0[%i1, %v8] : memref<?x?xf32>
        %v11 = memref.load %a0[%i1, %v9] : memref<?x?xf32>
        %v12 = arith.mulf %v10, %v5 : f32
        %v13 = arith.mulf %v11, %v7 : f32
        %v14 = arith.subf %v12, %v13 : f32
        %v15 = arith.mulf %v11, %v5 : f32
        %v16 = arith.mulf %v10, %v7 : f32
        %v17 = arith.addf %v15, %v16 : f32
        memref.store %v14, %out[%i1, %v8] : memref<?x?xf32>
        memref.store %v17, %out[%i1, %v9] : memref<?x?xf32>
      }
    }
  }
  return
}
func.func @k30(%a0: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 16 : index
  %k2 = arith.constant 32 : index
  %k3 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k3 {
    scf.for %i2 = %k0 to %k1 step %k3 {
      %v3 = arith.addi %i2, %k2 : index
      %v4 = memref.load %a0[%i1, %v3] : memref<?x?xf32>
      memref.store %v4, %out[%i1, %i2] : memref<?x?xf32>
    }
  }
  return
}
func.func @k31(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 16 : index
  %k2 = arith.constant 2 : index
  %k3 = arith.constant 8 : index
  %k4 = arith.constant 4 : index
  %k5 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k5 {
    scf.for %i2 = %k0 to %k2 step %k5 {
      %v3 = arith.muli %i2, %k3 : index
      scf.for %i4 = %k0 to %k4 step %k5 {
        %v5 = memref.load %a1[%i1, %i4] : memref<?x?xf32>
        %v6 = arith.addi %i4, %k4 : index
        %v7 = memref.load %a1[%i1, %v6] : memref<?x?xf32>
        %v8 = arith.addi %v3, %i4 : index
        %v9 = arith.addi %v8, %k4 : index
        %v10 = memref.load %a0[%i1, %v8] : memref<?x?xf32>
        %v11 = memref.load %a0[%i1, %v9] : memref<?x?xf32>
        %v12 = arith.mulf %v10, %v5 : f32
        %v13 = arith.mulf %v11, %v7 : f32
        %v14 = arith.subf %v12, %v13 : f32
        %v15 = arith.mulf %v11, %v5 : f32
        %v16 = arith.mulf %v10, %v7 : f32
        %v17 = arith.addf %v15, %v16 : f32
        memref.store %v14, %out[%i1, %v8] : memref<?x?xf32>
        memref.store %v17, %out[%i1, %v9] : memref<?x?xf32>
      }
    }
  }
  return
}
func.func @k32(%a0: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 16 : index
  %k2 = arith.constant 48 : index
  %k3 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k3 {
    scf.for %i2 = %k0 to %k1 step %k3 {
      %v3 = arith.addi %i2, %k2 : index
      %v4 = memref.load %a0[%i1, %v3] : memref<?x?xf32>
      memref.store %v4, %out[%i1, %i2] : memref<?x?xf32>
    }
  }
  return
}
func.func @k33(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 1 : index
  %k3 = arith.constant 4 : index
  %k4 = arith.constant 8 : index
  %k5 = arith.constant 2 : index
  %k6 = arith.constant 3.53553384542465210e-1 : f32
  %k7 = arith.constant -3.00000000549775576e38 : f32
  %k8 = arith.constant 0.00000000000000000e0 : f32
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  %v1 = memref.alloc(%v0, %k1) : memref<?x?xf32>
  scf.for %i2 = %k0 to %v0 step %k2 {
    scf.for %i3 = %k0 to %k3 step %k2 {
      %v4 = arith.divui %i3, %k5 : index
      %v5 = arith.muli %i3, %k4 : index
      %v6 = arith.muli %v4, %k4 : index
      scf.for %i7 = %k0 to %k4 step %k2 {
        %v8 = arith.addi %v5, %i7 : index
        memref.store %k8, %v1[%i2, %v8] : memref<?x?xf32>
      }
      %v9 = arith.addi %i2, %k2 : index
      %rr13:2 = scf.for %i10 = %k0 to %v9 step %k2 iter_args(%a11 = %k7, %a12 = %k8) -> (f32, f32) {
        %r17 = scf.for %i15 = %k0 to %k4 step %k2 iter_args(%a16 = %k8) -> (f32) {
          %v18 = arith.addi %v5, %i15 : index
          %v19 = arith.addi %v6, %i15 : index
          %v20 = memref.load %a0[%i2, %v18] : memref<?x?xf32>
          %v21 = memref.load %a1[%i10, %v19] : memref<?x?xf32>
          %v22 = arith.mulf %v20, %v21 : f32
          %v23 = arith.addf %a16, %v22 : f32
          scf.yield %v23 : f32
        }
        %v24 = arith.mulf %r17, %k6 : f32
        %v25 = arith.maximumf %a11, %v24 : f32
        %v26 = arith.subf %a11, %v25 : f32
        %v27 = math.exp %v26 : f32
        %v28 = arith.subf %v24, %v25 : f32
        %v29 = math.exp %v28 : f32
        %v30 = arith.mulf %a12, %v27 : f32
        %v31 = arith.addf %v30, %v29 : f32
        scf.for %i32 = %k0 to %k4 step %k2 {
          %v33 = arith.addi %v6, %i32 : index
          %v34 = memref.load %a2[%i10, %v33] : memref<?x?xf32>
          %v35 = arith.addi %v5, %i32 : index
          %v36 = memref.load %v1[%i2, %v35] : memref<?x?xf32>
          %v37 = arith.mulf %v36, %v27 : f32
          %v38 = arith.mulf %v29, %v34 : f32
          %v39 = arith.addf %v37, %v38 : f32
          memref.store %v39, %v1[%i2, %v35] : memref<?x?xf32>
        }
        scf.yield %v25, %v31 : f32, f32
      }
      scf.for %i40 = %k0 to %k4 step %k2 {
        %v41 = arith.addi %v5, %i40 : index
        %v42 = memref.load %v1[%i2, %v41] : memref<?x?xf32>
        %v43 = arith.divf %v42, %rr13#1 : f32
        memref.store %v43, %out[%i2, %v41] : memref<?x?xf32>
      }
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  return
}
func.func @k35(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 0.00000000000000000e0 : f32
  %k3 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k3 {
    scf.for %i2 = %k0 to %k1 step %k3 {
      memref.store %k2, %out[%i1, %i2] : memref<?x?xf32>
    }
    scf.for %i3 = %k0 to %k1 step %k3 {
      %v4 = memref.load %a0[%i1, %i3] : memref<?x?xf32>
      scf.for %i5 = %k0 to %k1 step %k3 {
        %v6 = memref.load %a1[%i3, %i5] : memref<?x?xf32>
        %v7 = memref.load %out[%i1, %i5] : memref<?x?xf32>
        %v8 = arith.mulf %v4, %v6 : f32
        %v9 = arith.addf %v7, %v8 : f32
        memref.store %v9, %out[%i1, %i5] : memref<?x?xf32>
      }
    }
  }
  return
}
func.func @k36(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k2 {
    scf.for %i2 = %k0 to %k1 step %k2 {
      %v3 = memref.load %a0[%i1, %i2] : memref<?x?xf32>
      %v4 = memref.load %a1[%i1, %i2] : memref<?x?xf32>
      %v5 = arith.addf %v3, %v4 : f32
      memref.store %v5, %out[%i1, %i2] : memref<?x?xf32>
    }
  }
  return
}
func.func @k40(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 128 : index
  %k2 = arith.constant 32 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 3.20000000000000000e1 : f32
  %k6 = arith.constant 9.99999974737875164e-6 : f32
  %k7 = arith.constant 1.00000000000000000e0 : f32
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  %v1 = memref.alloc(%v0, %k2) : memref<?x?xf32>
  scf.for %i2 = %k0 to %v0 step %k3 {
    %r5 = scf.for %i3 = %k0 to %k2 step %k3 iter_args(%a4 = %k4) -> (f32) {
      %v6 = memref.load %a0[%i2, %i3] : memref<?x?xf32>
      %v7 = arith.mulf %v6, %v6 : f32
      %v8 = arith.addf %a4, %v7 : f32
      scf.yield %v8 : f32
    }
    %v9 = arith.divf %r5, %k5 : f32
    %v10 = arith.addf %v9, %k6 : f32
    %v11 = math.sqrt %v10 : f32
    %v12 = arith.divf %k7, %v11 : f32
    scf.for %i13 = %k0 to %k2 step %k3 {
      %v14 = memref.load %a0[%i2, %i13] : memref<?x?xf32>
      %v15 = memref.load %a1[%i13, %k0] : memref<?x?xf32>
      %v16 = arith.mulf %v14, %v12 : f32
      %v17 = arith.mulf %v16, %v15 : f32
      memref.store %v17, %v1[%i2, %i13] : memref<?x?xf32>
    }
  }
  %v18 = memref.alloc(%v0, %k1) : memref<?x?xf32>
  scf.for %i19 = %k0 to %v0 step %k3 {
    scf.for %i20 = %k0 to %k1 step %k3 {
      memref.store %k4, %v18[%i19, %i20] : memref<?x?xf32>
    }
    scf.for %i21 = %k0 to %k2 step %k3 {
      %v22 = memref.load %v1[%i19, %i21] : memref<?x?xf32>
      scf.for %i23 = %k0 to %k1 step %k3 {
        %v24 = memref.load %a2[%i21, %i23] : memref<?x?xf32>
        %v25 = memref.load %v18[%i19, %i23] : memref<?x?xf32>
        %v26 = arith.mulf %v22, %v24 : f32
        %v27 = arith.addf %v25, %v26 : f32
        memref.store %v27, %v18[%i19, %i23] : memref<?x?xf32>
      }
    }
  }
  scf.for %i28 = %k0 to %v0 step %k3 {
    scf.for %i29 = %k0 to %k1 step %k3 {
      memref.store %k4, %out[%i28, %i29] : memref<?x?xf32>
    }
    scf.for %i30 = %k0 to %k2 step %k3 {
      %v31 = memref.load %v1[%i28, %i30] : memref<?x?xf32>
      scf.for %i32 = %k0 to %k1 step %k3 {
        %v33 = memref.load %a3[%i30, %i32] : memref<?x?xf32>
        %v34 = memref.load %out[%i28, %i32] : memref<?x?xf32>
        %v35 = arith.mulf %v31, %v33 : f32
        %v36 = arith.addf %v34, %v35 : f32
        memref.store %v36, %out[%i28, %i32] : memref<?x?xf32>
      }
    }
  }
  scf.for %i37 = %k0 to %v0 step %k3 {
    scf.for %i38 = %k0 to %k1 step %k3 {
      %v39 = memref.load %v18[%i37, %i38] : memref<?x?xf32>
      %v40 = memref.load %out[%i37, %i38] : memref<?x?xf32>
      %v41 = arith.subf %k4, %v39 : f32
      %v42 = math.exp %v41 : f32
      %v43 = arith.addf %k7, %v42 : f32
      %v44 = arith.divf %v39, %v43 : f32
      %v45 = arith.mulf %v44, %v40 : f32
      memref.store %v45, %out[%i37, %i38] : memref<?x?xf32>
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  memref.dealloc %v18 : memref<?x?xf32>
  return
}
func.func @k42(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 128 : index
  %k3 = arith.constant 0.00000000000000000e0 : f32
  %k4 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k4 {
    scf.for %i2 = %k0 to %k1 step %k4 {
      memref.store %k3, %out[%i1, %i2] : memref<?x?xf32>
    }
    scf.for %i3 = %k0 to %k2 step %k4 {
      %v4 = memref.load %a0[%i1, %i3] : memref<?x?xf32>
      scf.for %i5 = %k0 to %k1 step %k4 {
        %v6 = memref.load %a1[%i3, %i5] : memref<?x?xf32>
        %v7 = memref.load %out[%i1, %i5] : memref<?x?xf32>
        %v8 = arith.mulf %v4, %v6 : f32
        %v9 = arith.addf %v7, %v8 : f32
        memref.store %v9, %out[%i1, %i5] : memref<?x?xf32>
      }
    }
  }
  return
}
func.func @k43(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k2 {
    scf.for %i2 = %k0 to %k1 step %k2 {
      %v3 = memref.load %a0[%i1, %i2] : memref<?x?xf32>
      %v4 = memref.load %a1[%i1, %i2] : memref<?x?xf32>
      %v5 = arith.addf %v3, %v4 : f32
      memref.store %v5, %out[%i1, %i2] : memref<?x?xf32>
    }
  }
  return
}
func.func @k47(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 96 : index
  %k2 = arith.constant 32 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 3.20000000000000000e1 : f32
  %k6 = arith.constant 9.99999974737875164e-6 : f32
  %k7 = arith.constant 1.00000000000000000e0 : f32
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  %v1 = memref.alloc(%v0, %k2) : memref<?x?xf32>
  scf.for %i2 = %k0 to %v0 step %k3 {
    %r5 = scf.for %i3 = %k0 to %k2 step %k3 iter_args(%a4 = %k4) -> (f32) {
      %v6 = memref.load %a0[%i2, %i3] : memref<?x?xf32>
      %v7 = arith.mulf %v6, %v6 : f32
      %v8 = arith.addf %a4, %v7 : f32
      scf.yield %v8 : f32
    }
    %v9 = arith.divf %r5, %k5 : f32
    %v10 = arith.addf %v9, %k6 : f32
    %v11 = math.sqrt %v10 : f32
    %v12 = arith.divf %k7, %v11 : f32
    scf.for %i13 = %k0 to %k2 step %k3 {
      %v14 = memref.load %a0[%i2, %i13] : memref<?x?xf32>
      %v15 = memref.load %a1[%i13, %k0] : memref<?x?xf32>
      %v16 = arith.mulf %v14, %v12 : f32
      %v17 = arith.mulf %v16, %v15 : f32
      memref.store %v17, %v1[%i2, %i13] : memref<?x?xf32>
    }
  }
  scf.for %i18 = %k0 to %v0 step %k3 {
    scf.for %i19 = %k0 to %k1 step %k3 {
      %v20 = memref.load %a3[%i19, %k0] : memref<?x?xf32>
      memref.store %v20, %out[%i18, %i19] : memref<?x?xf32>
    }
    scf.for %i21 = %k0 to %k2 step %k3 {
      %v22 = memref.load %v1[%i18, %i21] : memref<?x?xf32>
      scf.for %i23 = %k0 to %k1 step %k3 {
        %v24 = memref.load %a2[%i21, %i23] : memref<?x?xf32>
        %v25 = memref.load %out[%i18, %i23] : memref<?x?xf32>
        %v26 = arith.mulf %v22, %v24 : f32
        %v27 = arith.addf %v25, %v26 : f32
        memref.store %v27, %out[%i18, %i23] : memref<?x?xf32>
      }
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  return
}
func.func @k54(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %a4: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 1 : index
  %k3 = arith.constant 8 : index
  %k4 = arith.constant 24 : index
  %k5 = arith.constant 2 : index
  %k6 = arith.constant 3 : index
  %k7 = arith.constant 0.00000000000000000e0 : f32
  %k8 = arith.constant 16 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  %v1 = memref.alloc(%v0, %k1) : memref<?x?xf32>
  %v2 = memref.alloc(%v0, %k1) : memref<?x?xf32>
  scf.for %i3 = %k0 to %v0 step %k2 {
    scf.for %i4 = %k0 to %k1 step %k2 {
      %v5 = arith.divui %i4, %k3 : index
      %v6 = arith.remui %i4, %k3 : index
      %v7 = arith.muli %v5, %k4 : index
      %v8 = arith.addi %v7, %k0 : index
      %v9 = arith.addi %v8, %v6 : index
      %v10 = arith.minui %i3, %k5 : index
      %v11 = arith.subi %k5, %v10 : index
      %r14 = scf.for %i12 = %v11 to %k6 step %k2 iter_args(%a13 = %k7) -> (f32) {
        %v15 = memref.load %a1[%v9, %i12] : memref<?x?xf32>
        %v16 = arith.addi %i3, %i12 : index
        %v17 = arith.subi %v16, %k5 : index
        %v18 = memref.load %a0[%v17, %v9] : memref<?x?xf32>
        %v19 = arith.mulf %v15, %v18 : f32
        %v20 = arith.addf %a13, %v19 : f32
        scf.yield %v20 : f32
      }
      %v21 = memref.load %a2[%v9, %k0] : memref<?x?xf32>
      %v22 = arith.addf %r14, %v21 : f32
      %v23 = arith.divui %i4, %k3 : index
      %v24 = arith.remui %i4, %k3 : index
      %v25 = arith.muli %v23, %k4 : index
      %v26 = arith.addi %v25, %k3 : index
      %v27 = arith.addi %v26, %v24 : index
      %v28 = arith.minui %i3, %k5 : index
      %v29 = arith.subi %k5, %v28 : index
      %r32 = scf.for %i30 = %v29 to %k6 step %k2 iter_args(%a31 = %k7) -> (f32) {
        %v33 = memref.load %a1[%v27, %i30] : memref<?x?xf32>
        %v34 = arith.addi %i3, %i30 : index
        %v35 = arith.subi %v34, %k5 : index
        %v36 = memref.load %a0[%v35, %v27] : memref<?x?xf32>
        %v37 = arith.mulf %v33, %v36 : f32
        %v38 = arith.addf %a31, %v37 : f32
        scf.yield %v38 : f32
      }
      %v39 = memref.load %a2[%v27, %k0] : memref<?x?xf32>
      %v40 = arith.addf %r32, %v39 : f32
      %v41 = arith.divui %i4, %k3 : index
      %v42 = arith.remui %i4, %k3 : index
      %v43 = arith.muli %v41, %k4 : index
      %v44 = arith.addi %v43, %k8 : index
      %v45 = arith.addi %v44, %v42 : index
      %v46 = arith.minui %i3, %k5 : index
      %v47 = arith.subi %k5, %v46 : index
      %r50 = scf.for %i48 = %v47 to %k6 step %k2 iter_args(%a49 = %k7) -> (f32) {
        %v51 = memref.load %a1[%v45, %i48] : memref<?x?xf32>
        %v52 = arith.addi %i3, %i48 : index
        %v53 = arith.subi %v52, %k5 : index
        %v54 = memref.load %a0[%v53, %v45] : memref<?x?xf32>
        %v55 = arith.mulf %v51, %v54 : f32
        %v56 = arith.addf %a49, %v55 : f32
        scf.yield %v56 : f32
      }
      %v57 = memref.load %a2[%v45, %k0] : memref<?x?xf32>
      %v58 = arith.addf %r50, %v57 : f32
      %v59 = arith.mulf %v40, %v58 : f32
      memref.store %v59, %v1[%i3, %i4] : memref<?x?xf32>
      memref.store %v22, %v2[%i3, %i4] : memref<?x?xf32>
    }
  }
  scf.for %i60 = %k0 to %k1 step %k2 {
    scf.for %i61 = %k0 to %v0 step %k2 {
      %v62 = arith.addi %i61, %k2 : index
      %r65 = scf.for %i63 = %k0 to %v62 step %k2 iter_args(%a64 = %k7) -> (f32) {
        %v66 = memref.load %a4[%i60, %i63] : memref<?x?xf32>
        %v67 = arith.subi %i61, %i63 : index
        %v68 = memref.load %v1[%v67, %i60] : memref<?x?xf32>
        %v69 = arith.mulf %v66, %v68 : f32
        %v70 = arith.addf %a64, %v69 : f32
        scf.yield %v70 : f32
      }
      %v71 = memref.load %v1[%i61, %i60] : memref<?x?xf32>
      %v72 = memref.load %a3[%i60, %k0] : memref<?x?xf32>
      %v73 = arith.mulf %v72, %v71 : f32
      %v74 = arith.addf %r65, %v73 : f32
      %v75 = memref.load %v2[%i61, %i60] : memref<?x?xf32>
      %v76 = arith.mulf %v74, %v75 : f32
      memref.store %v76, %out[%i61, %i60] : memref<?x?xf32>
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  memref.dealloc %v2 : memref<?x?xf32>
  return
}
func.func @k57(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 0.00000000000000000e0 : f32
  %k3 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k3 {
    scf.for %i2 = %k0 to %k1 step %k3 {
      %v3 = memref.load %a2[%i2, %k0] : memref<?x?xf32>
      memref.store %v3, %out[%i1, %i2] : memref<?x?xf32>
    }
    scf.for %i4 = %k0 to %k1 step %k3 {
      %v5 = memref.load %a0[%i1, %i4] : memref<?x?xf32>
      scf.for %i6 = %k0 to %k1 step %k3 {
        %v7 = memref.load %a1[%i4, %i6] : memref<?x?xf32>
        %v8 = memref.load %out[%i1, %i6] : memref<?x?xf32>
        %v9 = arith.mulf %v5, %v7 : f32
        %v10 = arith.addf %v8, %v9 : f32
        memref.store %v10, %out[%i1, %i6] : memref<?x?xf32>
      }
    }
  }
  return
}
func.func @k58(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k2 {
    scf.for %i2 = %k0 to %k1 step %k2 {
      %v3 = memref.load %a0[%i1, %i2] : memref<?x?xf32>
      %v4 = memref.load %a1[%i1, %i2] : memref<?x?xf32>
      %v5 = arith.addf %v3, %v4 : f32
      memref.store %v5, %out[%i1, %i2] : memref<?x?xf32>
    }
  }
  return
}
func.func @k62(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 128 : index
  %k2 = arith.constant 32 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 3.20000000000000000e1 : f32
  %k6 = arith.constant 9.99999974737875164e-6 : f32
  %k7 = arith.constant 1.00000000000000000e0 : f32
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  %v1 = memref.alloc(%v0, %k2) : memref<?x?xf32>
  scf.for %i2 = %k0 to %v0 step %k3 {
    %r5 = scf.for %i3 = %k0 to %k2 step %k3 iter_args(%a4 = %k4) -> (f32) {
      %v6 = memref.load %a0[%i2, %i3] : memref<?x?xf32>
      %v7 = arith.mulf %v6, %v6 : f32
      %v8 = arith.addf %a4, %v7 : f32
      scf.yield %v8 : f32
    }
    %v9 = arith.divf %r5, %k5 : f32
    %v10 = arith.addf %v9, %k6 : f32
    %v11 = math.sqrt %v10 : f32
    %v12 = arith.divf %k7, %v11 : f32
    scf.for %i13 = %k0 to %k2 step %k3 {
      %v14 = memref.load %a0[%i2, %i13] : memref<?x?xf32>
      %v15 = memref.load %a1[%i13, %k0] : memref<?x?xf32>
      %v16 = arith.mulf %v14, %v12 : f32
      %v17 = arith.mulf %v16, %v15 : f32
      memref.store %v17, %v1[%i2, %i13] : memref<?x?xf32>
    }
  }
  %v18 = memref.alloc(%v0, %k1) : memref<?x?xf32>
  scf.for %i19 = %k0 to %v0 step %k3 {
    scf.for %i20 = %k0 to %k1 step %k3 {
      memref.store %k4, %v18[%i19, %i20] : memref<?x?xf32>
    }
    scf.for %i21 = %k0 to %k2 step %k3 {
      %v22 = memref.load %v1[%i19, %i21] : memref<?x?xf32>
      scf.for %i23 = %k0 to %k1 step %k3 {
        %v24 = memref.load %a2[%i21, %i23] : memref<?x?xf32>
        %v25 = memref.load %v18[%i19, %i23] : memref<?x?xf32>
        %v26 = arith.mulf %v22, %v24 : f32
        %v27 = arith.addf %v25, %v26 : f32
        memref.store %v27, %v18[%i19, %i23] : memref<?x?xf32>
      }
    }
  }
  scf.for %i28 = %k0 to %v0 step %k3 {
    scf.for %i29 = %k0 to %k1 step %k3 {
      memref.store %k4, %out[%i28, %i29] : memref<?x?xf32>
    }
    scf.for %i30 = %k0 to %k2 step %k3 {
      %v31 = memref.load %v1[%i28, %i30] : memref<?x?xf32>
      scf.for %i32 = %k0 to %k1 step %k3 {
        %v33 = memref.load %a3[%i30, %i32] : memref<?x?xf32>
        %v34 = memref.load %out[%i28, %i32] : memref<?x?xf32>
        %v35 = arith.mulf %v31, %v33 : f32
        %v36 = arith.addf %v34, %v35 : f32
        memref.store %v36, %out[%i28, %i32] : memref<?x?xf32>
      }
    }
  }
  scf.for %i37 = %k0 to %v0 step %k3 {
    scf.for %i38 = %k0 to %k1 step %k3 {
      %v39 = memref.load %v18[%i37, %i38] : memref<?x?xf32>
      %v40 = memref.load %out[%i37, %i38] : memref<?x?xf32>
      %v41 = arith.subf %k4, %v39 : f32
      %v42 = math.exp %v41 : f32
      %v43 = arith.addf %k7, %v42 : f32
      %v44 = arith.divf %v39, %v43 : f32
      %v45 = arith.mulf %v44, %v40 : f32
      memref.store %v45, %out[%i37, %i38] : memref<?x?xf32>
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  memref.dealloc %v18 : memref<?x?xf32>
  return
}
func.func @k64(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 128 : index
  %k3 = arith.constant 0.00000000000000000e0 : f32
  %k4 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k4 {
    scf.for %i2 = %k0 to %k1 step %k4 {
      memref.store %k3, %out[%i1, %i2] : memref<?x?xf32>
    }
    scf.for %i3 = %k0 to %k2 step %k4 {
      %v4 = memref.load %a0[%i1, %i3] : memref<?x?xf32>
      scf.for %i5 = %k0 to %k1 step %k4 {
        %v6 = memref.load %a1[%i3, %i5] : memref<?x?xf32>
        %v7 = memref.load %out[%i1, %i5] : memref<?x?xf32>
        %v8 = arith.mulf %v4, %v6 : f32
        %v9 = arith.addf %v7, %v8 : f32
        memref.store %v9, %out[%i1, %i5] : memref<?x?xf32>
      }
    }
  }
  return
}
func.func @k65(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k2 {
    scf.for %i2 = %k0 to %k1 step %k2 {
      %v3 = memref.load %a0[%i1, %i2] : memref<?x?xf32>
      %v4 = memref.load %a1[%i1, %i2] : memref<?x?xf32>
      %v5 = arith.addf %v3, %v4 : f32
      memref.store %v5, %out[%i1, %i2] : memref<?x?xf32>
    }
  }
  return
}
func.func @k68(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 64 : index
  %k2 = arith.constant 32 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 3.20000000000000000e1 : f32
  %k6 = arith.constant 9.99999974737875164e-6 : f32
  %k7 = arith.constant 1.00000000000000000e0 : f32
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  %v1 = memref.alloc(%v0, %k2) : memref<?x?xf32>
  scf.for %i2 = %k0 to %v0 step %k3 {
    %r5 = scf.for %i3 = %k0 to %k2 step %k3 iter_args(%a4 = %k4) -> (f32) {
      %v6 = memref.load %a0[%i2, %i3] : memref<?x?xf32>
      %v7 = arith.mulf %v6, %v6 : f32
      %v8 = arith.addf %a4, %v7 : f32
      scf.yield %v8 : f32
    }
    %v9 = arith.divf %r5, %k5 : f32
    %v10 = arith.addf %v9, %k6 : f32
    %v11 = math.sqrt %v10 : f32
    %v12 = arith.divf %k7, %v11 : f32
    scf.for %i13 = %k0 to %k2 step %k3 {
      %v14 = memref.load %a0[%i2, %i13] : memref<?x?xf32>
      %v15 = memref.load %a1[%i13, %k0] : memref<?x?xf32>
      %v16 = arith.mulf %v14, %v12 : f32
      %v17 = arith.mulf %v16, %v15 : f32
      memref.store %v17, %v1[%i2, %i13] : memref<?x?xf32>
    }
  }
  scf.for %i18 = %k0 to %v0 step %k3 {
    scf.for %i19 = %k0 to %k1 step %k3 {
      memref.store %k4, %out[%i18, %i19] : memref<?x?xf32>
    }
    scf.for %i20 = %k0 to %k2 step %k3 {
      %v21 = memref.load %v1[%i18, %i20] : memref<?x?xf32>
      scf.for %i22 = %k0 to %k1 step %k3 {
        %v23 = memref.load %a2[%i20, %i22] : memref<?x?xf32>
        %v24 = memref.load %out[%i18, %i22] : memref<?x?xf32>
        %v25 = arith.mulf %v21, %v23 : f32
        %v26 = arith.addf %v24, %v25 : f32
        memref.store %v26, %out[%i18, %i22] : memref<?x?xf32>
      }
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  return
}
func.func @k69(%a0: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k2 {
    scf.for %i2 = %k0 to %k1 step %k2 {
      %v3 = arith.addi %i2, %k0 : index
      %v4 = memref.load %a0[%i1, %v3] : memref<?x?xf32>
      memref.store %v4, %out[%i1, %i2] : memref<?x?xf32>
    }
  }
  return
}
func.func @k70(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 4 : index
  %k3 = arith.constant 8 : index
  %k4 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k4 {
    scf.for %i2 = %k0 to %k2 step %k4 {
      %v3 = arith.muli %i2, %k3 : index
      scf.for %i4 = %k0 to %k2 step %k4 {
        %v5 = memref.load %a1[%i1, %i4] : memref<?x?xf32>
        %v6 = arith.addi %i4, %k2 : index
        %v7 = memref.load %a1[%i1, %v6] : memref<?x?xf32>
        %v8 = arith.addi %v3, %i4 : index
        %v9 = arith.addi %v8, %k2 : index
        %v10 = memref.load %a0[%i1, %v8] : memref<?x?xf32>
        %v11 = memref.load %a0[%i1, %v9] : memref<?x?xf32>
        %v12 = arith.mulf %v10, %v5 : f32
        %v13 = arith.mulf %v11, %v7 : f32
        %v14 = arith.subf %v12, %v13 : f32
        %v15 = arith.mulf %v11, %v5 : f32
        %v16 = arith.mulf %v10, %v7 : f32
        %v17 = arith.addf %v15, %v16 : f32
        memref.store %v14, %out[%i1, %v8] : memref<?x?xf32>
        memref.store %v17, %out[%i1, %v9] : memref<?x?xf32>
      }
    }
  }
  return
}
func.func @k71(%a0: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 16 : index
  %k2 = arith.constant 32 : index
  %k3 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k3 {
    scf.for %i2 = %k0 to %k1 step %k3 {
      %v3 = arith.addi %i2, %k2 : index
      %v4 = memref.load %a0[%i1, %v3] : memref<?x?xf32>
      memref.store %v4, %out[%i1, %i2] : memref<?x?xf32>
    }
  }
  return
}
func.func @k72(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 16 : index
  %k2 = arith.constant 2 : index
  %k3 = arith.constant 8 : index
  %k4 = arith.constant 4 : index
  %k5 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k5 {
    scf.for %i2 = %k0 to %k2 step %k5 {
      %v3 = arith.muli %i2, %k3 : index
      scf.for %i4 = %k0 to %k4 step %k5 {
        %v5 = memref.load %a1[%i1, %i4] : memref<?x?xf32>
        %v6 = arith.addi %i4, %k4 : index
        %v7 = memref.load %a1[%i1, %v6] : memref<?x?xf32>
        %v8 = arith.addi %v3, %i4 : index
        %v9 = arith.addi %v8, %k4 : index
        %v10 = memref.load %a0[%i1, %v8] : memref<?x?xf32>
        %v11 = memref.load %a0[%i1, %v9] : memref<?x?xf32>
        %v12 = arith.mulf %v10, %v5 : f32
        %v13 = arith.mulf %v11, %v7 : f32
        %v14 = arith.subf %v12, %v13 : f32
        %v15 = arith.mulf %v11, %v5 : f32
        %v16 = arith.mulf %v10, %v7 : f32
        %v17 = arith.addf %v15, %v16 : f32
        memref.store %v14, %out[%i1, %v8] : memref<?x?xf32>
        memref.store %v17, %out[%i1, %v9] : memref<?x?xf32>
      }
    }
  }
  return
}
func.func @k73(%a0: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 16 : index
  %k2 = arith.constant 48 : index
  %k3 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k3 {
    scf.for %i2 = %k0 to %k1 step %k3 {
      %v3 = arith.addi %i2, %k2 : index
      %v4 = memref.load %a0[%i1, %v3] : memref<?x?xf32>
      memref.store %v4, %out[%i1, %i2] : memref<?x?xf32>
    }
  }
  return
}
func.func @k74(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 1 : index
  %k3 = arith.constant 4 : index
  %k4 = arith.constant 8 : index
  %k5 = arith.constant 2 : index
  %k6 = arith.constant 3.53553384542465210e-1 : f32
  %k7 = arith.constant -3.00000000549775576e38 : f32
  %k8 = arith.constant 0.00000000000000000e0 : f32
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  %v1 = memref.alloc(%v0, %k1) : memref<?x?xf32>
  scf.for %i2 = %k0 to %v0 step %k2 {
    scf.for %i3 = %k0 to %k3 step %k2 {
      %v4 = arith.divui %i3, %k5 : index
      %v5 = arith.muli %i3, %k4 : index
      %v6 = arith.muli %v4, %k4 : index
      scf.for %i7 = %k0 to %k4 step %k2 {
        %v8 = arith.addi %v5, %i7 : index
        memref.store %k8, %v1[%i2, %v8] : memref<?x?xf32>
      }
      %v9 = arith.addi %i2, %k2 : index
      %rr13:2 = scf.for %i10 = %k0 to %v9 step %k2 iter_args(%a11 = %k7, %a12 = %k8) -> (f32, f32) {
        %r17 = scf.for %i15 = %k0 to %k4 step %k2 iter_args(%a16 = %k8) -> (f32) {
          %v18 = arith.addi %v5, %i15 : index
          %v19 = arith.addi %v6, %i15 : index
          %v20 = memref.load %a0[%i2, %v18] : memref<?x?xf32>
          %v21 = memref.load %a1[%i10, %v19] : memref<?x?xf32>
          %v22 = arith.mulf %v20, %v21 : f32
          %v23 = arith.addf %a16, %v22 : f32
          scf.yield %v23 : f32
        }
        %v24 = arith.mulf %r17, %k6 : f32
        %v25 = arith.maximumf %a11, %v24 : f32
        %v26 = arith.subf %a11, %v25 : f32
        %v27 = math.exp %v26 : f32
        %v28 = arith.subf %v24, %v25 : f32
        %v29 = math.exp %v28 : f32
        %v30 = arith.mulf %a12, %v27 : f32
        %v31 = arith.addf %v30, %v29 : f32
        scf.for %i32 = %k0 to %k4 step %k2 {
          %v33 = arith.addi %v6, %i32 : index
          %v34 = memref.load %a2[%i10, %v33] : memref<?x?xf32>
          %v35 = arith.addi %v5, %i32 : index
          %v36 = memref.load %v1[%i2, %v35] : memref<?x?xf32>
          %v37 = arith.mulf %v36, %v27 : f32
          %v38 = arith.mulf %v29, %v34 : f32
          %v39 = arith.addf %v37, %v38 : f32
          memref.store %v39, %v1[%i2, %v35] : memref<?x?xf32>
        }
        scf.yield %v25, %v31 : f32, f32
      }
      scf.for %i40 = %k0 to %k4 step %k2 {
        %v41 = arith.addi %v5, %i40 : index
        %v42 = memref.load %v1[%i2, %v41] : memref<?x?xf32>
        %v43 = arith.divf %v42, %rr13#1 : f32
        memref.store %v43, %out[%i2, %v41] : memref<?x?xf32>
      }
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  return
}
func.func @k76(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 0.00000000000000000e0 : f32
  %k3 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k3 {
    scf.for %i2 = %k0 to %k1 step %k3 {
      memref.store %k2, %out[%i1, %i2] : memref<?x?xf32>
    }
    scf.for %i3 = %k0 to %k1 step %k3 {
      %v4 = memref.load %a0[%i1, %i3] : memref<?x?xf32>
      scf.for %i5 = %k0 to %k1 step %k3 {
        %v6 = memref.load %a1[%i3, %i5] : memref<?x?xf32>
        %v7 = memref.load %out[%i1, %i5] : memref<?x?xf32>
        %v8 = arith.mulf %v4, %v6 : f32
        %v9 = arith.addf %v7, %v8 : f32
        memref.store %v9, %out[%i1, %i5] : memref<?x?xf32>
      }
    }
  }
  return
}
func.func @k77(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k2 {
    scf.for %i2 = %k0 to %k1 step %k2 {
      %v3 = memref.load %a0[%i1, %i2] : memref<?x?xf32>
      %v4 = memref.load %a1[%i1, %i2] : memref<?x?xf32>
      %v5 = arith.addf %v3, %v4 : f32
      memref.store %v5, %out[%i1, %i2] : memref<?x?xf32>
    }
  }
  return
}
func.func @k81(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 128 : index
  %k2 = arith.constant 32 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 3.20000000000000000e1 : f32
  %k6 = arith.constant 9.99999974737875164e-6 : f32
  %k7 = arith.constant 1.00000000000000000e0 : f32
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  %v1 = memref.alloc(%v0, %k2) : memref<?x?xf32>
  scf.for %i2 = %k0 to %v0 step %k3 {
    %r5 = scf.for %i3 = %k0 to %k2 step %k3 iter_args(%a4 = %k4) -> (f32) {
      %v6 = memref.load %a0[%i2, %i3] : memref<?x?xf32>
      %v7 = arith.mulf %v6, %v6 : f32
      %v8 = arith.addf %a4, %v7 : f32
      scf.yield %v8 : f32
    }
    %v9 = arith.divf %r5, %k5 : f32
    %v10 = arith.addf %v9, %k6 : f32
    %v11 = math.sqrt %v10 : f32
    %v12 = arith.divf %k7, %v11 : f32
    scf.for %i13 = %k0 to %k2 step %k3 {
      %v14 = memref.load %a0[%i2, %i13] : memref<?x?xf32>
      %v15 = memref.load %a1[%i13, %k0] : memref<?x?xf32>
      %v16 = arith.mulf %v14, %v12 : f32
      %v17 = arith.mulf %v16, %v15 : f32
      memref.store %v17, %v1[%i2, %i13] : memref<?x?xf32>
    }
  }
  %v18 = memref.alloc(%v0, %k1) : memref<?x?xf32>
  scf.for %i19 = %k0 to %v0 step %k3 {
    scf.for %i20 = %k0 to %k1 step %k3 {
      memref.store %k4, %v18[%i19, %i20] : memref<?x?xf32>
    }
    scf.for %i21 = %k0 to %k2 step %k3 {
      %v22 = memref.load %v1[%i19, %i21] : memref<?x?xf32>
      scf.for %i23 = %k0 to %k1 step %k3 {
        %v24 = memref.load %a2[%i21, %i23] : memref<?x?xf32>
        %v25 = memref.load %v18[%i19, %i23] : memref<?x?xf32>
        %v26 = arith.mulf %v22, %v24 : f32
        %v27 = arith.addf %v25, %v26 : f32
        memref.store %v27, %v18[%i19, %i23] : memref<?x?xf32>
      }
    }
  }
  scf.for %i28 = %k0 to %v0 step %k3 {
    scf.for %i29 = %k0 to %k1 step %k3 {
      memref.store %k4, %out[%i28, %i29] : memref<?x?xf32>
    }
    scf.for %i30 = %k0 to %k2 step %k3 {
      %v31 = memref.load %v1[%i28, %i30] : memref<?x?xf32>
      scf.for %i32 = %k0 to %k1 step %k3 {
        %v33 = memref.load %a3[%i30, %i32] : memref<?x?xf32>
        %v34 = memref.load %out[%i28, %i32] : memref<?x?xf32>
        %v35 = arith.mulf %v31, %v33 : f32
        %v36 = arith.addf %v34, %v35 : f32
        memref.store %v36, %out[%i28, %i32] : memref<?x?xf32>
      }
    }
  }
  scf.for %i37 = %k0 to %v0 step %k3 {
    scf.for %i38 = %k0 to %k1 step %k3 {
      %v39 = memref.load %v18[%i37, %i38] : memref<?x?xf32>
      %v40 = memref.load %out[%i37, %i38] : memref<?x?xf32>
      %v41 = arith.subf %k4, %v39 : f32
      %v42 = math.exp %v41 : f32
      %v43 = arith.addf %k7, %v42 : f32
      %v44 = arith.divf %v39, %v43 : f32
      %v45 = arith.mulf %v44, %v40 : f32
      memref.store %v45, %out[%i37, %i38] : memref<?x?xf32>
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  memref.dealloc %v18 : memref<?x?xf32>
  return
}
func.func @k83(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 128 : index
  %k3 = arith.constant 0.00000000000000000e0 : f32
  %k4 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k4 {
    scf.for %i2 = %k0 to %k1 step %k4 {
      memref.store %k3, %out[%i1, %i2] : memref<?x?xf32>
    }
    scf.for %i3 = %k0 to %k2 step %k4 {
      %v4 = memref.load %a0[%i1, %i3] : memref<?x?xf32>
      scf.for %i5 = %k0 to %k1 step %k4 {
        %v6 = memref.load %a1[%i3, %i5] : memref<?x?xf32>
        %v7 = memref.load %out[%i1, %i5] : memref<?x?xf32>
        %v8 = arith.mulf %v4, %v6 : f32
        %v9 = arith.addf %v7, %v8 : f32
        memref.store %v9, %out[%i1, %i5] : memref<?x?xf32>
      }
    }
  }
  return
}
func.func @k84(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k2 {
    scf.for %i2 = %k0 to %k1 step %k2 {
      %v3 = memref.load %a0[%i1, %i2] : memref<?x?xf32>
      %v4 = memref.load %a1[%i1, %i2] : memref<?x?xf32>
      %v5 = arith.addf %v3, %v4 : f32
      memref.store %v5, %out[%i1, %i2] : memref<?x?xf32>
    }
  }
  return
}
func.func @k87(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 50 : index
  %k2 = arith.constant 32 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 3.20000000000000000e1 : f32
  %k6 = arith.constant 9.99999974737875164e-6 : f32
  %k7 = arith.constant 1.00000000000000000e0 : f32
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  %v1 = memref.alloc(%v0, %k2) : memref<?x?xf32>
  scf.for %i2 = %k0 to %v0 step %k3 {
    %r5 = scf.for %i3 = %k0 to %k2 step %k3 iter_args(%a4 = %k4) -> (f32) {
      %v6 = memref.load %a0[%i2, %i3] : memref<?x?xf32>
      %v7 = arith.mulf %v6, %v6 : f32
      %v8 = arith.addf %a4, %v7 : f32
      scf.yield %v8 : f32
    }
    %v9 = arith.divf %r5, %k5 : f32
    %v10 = arith.addf %v9, %k6 : f32
    %v11 = math.sqrt %v10 : f32
    %v12 = arith.divf %k7, %v11 : f32
    scf.for %i13 = %k0 to %k2 step %k3 {
      %v14 = memref.load %a0[%i2, %i13] : memref<?x?xf32>
      %v15 = memref.load %a1[%i13, %k0] : memref<?x?xf32>
      %v16 = arith.mulf %v14, %v12 : f32
      %v17 = arith.mulf %v16, %v15 : f32
      memref.store %v17, %v1[%i2, %i13] : memref<?x?xf32>
    }
  }
  scf.for %i18 = %k0 to %v0 step %k3 {
    scf.for %i19 = %k0 to %k1 step %k3 {
      memref.store %k4, %out[%i18, %i19] : memref<?x?xf32>
    }
    scf.for %i20 = %k0 to %k2 step %k3 {
      %v21 = memref.load %v1[%i18, %i20] : memref<?x?xf32>
      scf.for %i22 = %k0 to %k1 step %k3 {
        %v23 = memref.load %a2[%i20, %i22] : memref<?x?xf32>
        %v24 = memref.load %out[%i18, %i22] : memref<?x?xf32>
        %v25 = arith.mulf %v21, %v23 : f32
        %v26 = arith.addf %v24, %v25 : f32
        memref.store %v26, %out[%i18, %i22] : memref<?x?xf32>
      }
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  return
}
}
