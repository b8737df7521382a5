module {
func.func @k2(%a0: memref<?x?xf32>, %a1: memref<?x?xi64>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
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
  %k1 = arith.constant 144 : index
  %k2 = arith.constant 48 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 4.80000000000000000e1 : f32
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
    %v10 = math.sqrt %v9 : f32
    %v11 = arith.addf %v10, %k6 : f32
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
func.func @k13(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %a4: memref<?x?xf32>, %a5: memref<?x?xf32>, %a6: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
  %k2 = arith.constant 1 : index
  %k3 = arith.constant 3 : index
  %k4 = arith.constant 4 : index
  %k5 = arith.constant 0.00000000000000000e0 : f32
  %k6 = arith.constant 96 : index
  %k7 = arith.constant 16 : index
  %k8 = arith.constant 0.00000000000000000e0 : f64
  %k9 = arith.constant 15 : index
  %k10 = arith.constant 2 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  %v1 = memref.alloc(%v0, %k1) : memref<?x?xf32>
  %v2 = memref.alloc(%v0, %k1) : memref<?x?xf32>
  scf.for %i3 = %k0 to %v0 step %k2 {
    scf.for %i4 = %k0 to %k1 step %k2 {
      %v5 = arith.addi %i4, %k0 : index
      %v6 = arith.minui %i3, %k3 : index
      %v7 = arith.subi %k3, %v6 : index
      %r10 = scf.for %i8 = %v7 to %k4 step %k2 iter_args(%a9 = %k5) -> (f32) {
        %v11 = memref.load %a1[%v5, %i8] : memref<?x?xf32>
        %v12 = arith.addi %i3, %i8 : index
        %v13 = arith.subi %v12, %k3 : index
        %v14 = memref.load %a0[%v13, %v5] : memref<?x?xf32>
        %v15 = arith.mulf %v11, %v14 : f32
        %v16 = arith.addf %a9, %v15 : f32
        scf.yield %v16 : f32
      }
      %v17 = memref.load %a2[%v5, %k0] : memref<?x?xf32>
      %v18 = arith.addf %r10, %v17 : f32
      %v19 = arith.addi %i4, %k1 : index
      %v20 = arith.minui %i3, %k3 : index
      %v21 = arith.subi %k3, %v20 : index
      %r24 = scf.for %i22 = %v21 to %k4 step %k2 iter_args(%a23 = %k5) -> (f32) {
        %v25 = memref.load %a1[%v19, %i22] : memref<?x?xf32>
        %v26 = arith.addi %i3, %i22 : index
        %v27 = arith.subi %v26, %k3 : index
        %v28 = memref.load %a0[%v27, %v19] : memref<?x?xf32>
        %v29 = arith.mulf %v25, %v28 : f32
        %v30 = arith.addf %a23, %v29 : f32
        scf.yield %v30 : f32
      }
      %v31 = memref.load %a2[%v19, %k0] : memref<?x?xf32>
      %v32 = arith.addf %r24, %v31 : f32
      %v33 = arith.addi %i4, %k6 : index
      %v34 = arith.minui %i3, %k3 : index
      %v35 = arith.subi %k3, %v34 : index
      %r38 = scf.for %i36 = %v35 to %k4 step %k2 iter_args(%a37 = %k5) -> (f32) {
        %v39 = memref.load %a1[%v33, %i36] : memref<?x?xf32>
        %v40 = arith.addi %i3, %i36 : index
        %v41 = arith.subi %v40, %k3 : index
        %v42 = memref.load %a0[%v41, %v33] : memref<?x?xf32>
        %v43 = arith.mulf %v39, %v42 : f32
        %v44 = arith.addf %a37, %v43 : f32
        scf.yield %v44 : f32
      }
      %v45 = memref.load %a2[%v33, %k0] : memref<?x?xf32>
      %v46 = arith.addf %r38, %v45 : f32
      %v47 = arith.mulf %v32, %v46 : f32
      memref.store %v47, %v1[%i3, %i4] : memref<?x?xf32>
      memref.store %v18, %v2[%i3, %i4] : memref<?x?xf32>
    }
  }
  %v48 = memref.alloc(%k1, %k4) : memref<?x?xf64>
  scf.for %i49 = %k0 to %k1 step %k2 {
    scf.for %i50 = %k0 to %k4 step %k2 {
      memref.store %k8, %v48[%i49, %i50] : memref<?x?xf64>
    }
  }
  %v51 = memref.alloc(%k1, %k4) : memref<?x?xf64>
  scf.for %i52 = %k0 to %k1 step %k2 {
    scf.for %i53 = %k0 to %k4 step %k2 {
      memref.store %k8, %v51[%i52, %i53] : memref<?x?xf64>
    }
  }
  %v54 = arith.addi %v0, %k9 : index
  %v55 = arith.divui %v54, %k7 : index
  scf.for %i56 = %k0 to %v55 step %k2 {
    %v57 = arith.muli %i56, %k7 : index
    %v58 = arith.addi %v57, %k7 : index
    %v59 = arith.minui %v58, %v0 : index
    scf.for %i60 = %k0 to %k1 step %k2 {
      %v61 = memref.load %a5[%i60, %k0] : memref<?x?xf32>
      %v62 = memref.load %a5[%i60, %k2] : memref<?x?xf32>
      %v63 = arith.extf %v61 : f32 to f64
      %v64 = arith.extf %v62 : f32 to f64
      memref.store %v63, %v51[%i60, %k0] : memref<?x?xf64>
      memref.store %v64, %v51[%i60, %k2] : memref<?x?xf64>
      %v65 = memref.load %a5[%i60, %k10] : memref<?x?xf32>
      %v66 = memref.load %a5[%i60, %k3] : memref<?x?xf32>
      %v67 = arith.extf %v65 : f32 to f64
      %v68 = arith.extf %v66 : f32 to f64
      memref.store %v67, %v51[%i60, %k10] : memref<?x?xf64>
      memref.store %v68, %v51[%i60, %k3] : memref<?x?xf64>
    }
    scf.for %i69 = %v57 to %v59 step %k2 {
      %v70 = arith.subi %i69, %v57 : index
      %v71 = arith.addi %v70, %k2 : index
      scf.for %i72 = %k0 to %k1 step %k2 {
        %r75 = scf.for %i73 = %k0 to %v71 step %k2 iter_args(%a74 = %k5) -> (f32) {
          %v76 = memref.load %a4[%i72, %i73] : memref<?x?xf32>
          %v77 = arith.subi %i69, %i73 : index
          %v78 = memref.load %v1[%v77, %i72] : memref<?x?xf32>
          %v79 = arith.mulf %v76, %v78 : f32
          %v80 = arith.addf %a74, %v79 : f32
          scf.yield %v80 : f32
        }
        %v81 = memref.load %v51[%i72, %k0] : memref<?x?xf64>
        %v82 = memref.load %v51[%i72, %k2] : memref<?x?xf64>
        %v83 = memref.load %v48[%i72, %k0] : memref<?x?xf64>
        %v84 = memref.load %v48[%i72, %k2] : memref<?x?xf64>
        %v85 = memref.load %a6[%i72, %k0] : memref<?x?xf32>
        %v86 = memref.load %a6[%i72, %k2] : memref<?x?xf32>
        %v87 = arith.extf %v85 : f32 to f64
        %v88 = arith.extf %v86 : f32 to f64
        %v89 = arith.mulf %v81, %v83 : f64
        %v90 = arith.mulf %v82, %v84 : f64
        %v91 = arith.mulf %v81, %v84 : f64
        %v92 = arith.mulf %v82, %v83 : f64
        %v93 = arith.subf %v89, %v90 : f64
        %v94 = arith.addf %v91, %v92 : f64
        %v95 = arith.mulf %v87, %v93 : f64
        %v96 = arith.mulf %v88, %v94 : f64
        %v97 = arith.mulf %v87, %v94 : f64
        %v98 = arith.mulf %v88, %v93 : f64
        %v99 = arith.subf %v95, %v96 : f64
        %v100 = arith.addf %v97, %v98 : f64
        %v101 = arith.addf %k8, %v99 : f64
        %v102 = memref.load %a5[%i72, %k0] : memref<?x?xf32>
        %v103 = memref.load %a5[%i72, %k2] : memref<?x?xf32>
        %v104 = arith.extf %v102 : f32 to f64
        %v105 = arith.extf %v103 : f32 to f64
        %v106 = arith.mulf %v81, %v104 : f64
        %v107 = arith.mulf %v82, %v105 : f64
        %v108 = arith.mulf %v81, %v105 : f64
        %v109 = arith.mulf %v82, %v104 : f64
        %v110 = arith.subf %v106, %v107 : f64
        %v111 = arith.addf %v108, %v109 : f64
        memref.store %v110, %v51[%i72, %k0] : memref<?x?xf64>
        memref.store %v111, %v51[%i72, %k2] : memref<?x?xf64>
        %v112 = memref.load %v51[%i72, %k10] : memref<?x?xf64>
        %v113 = memref.load %v51[%i72, %k3] : memref<?x?xf64>
        %v114 = memref.load %v48[%i72, %k10] : memref<?x?xf64>
        %v115 = memref.load %v48[%i72, %k3] : memref<?x?xf64>
        %v116 = memref.load %a6[%i72, %k10] : memref<?x?xf32>
        %v117 = memref.load %a6[%i72, %k3] : memref<?x?xf32>
        %v118 = arith.extf %v116 : f32 to f64
        %v119 = arith.extf %v117 : f32 to f64
        %v120 = arith.mulf %v112, %v114 : f64
        %v121 = arith.mulf %v113, %v115 : f64
        %v122 = arith.mulf %v112, %v115 : f64
        %v123 = arith.mulf %v113, %v114 : f64
        %v124 = arith.subf %v120, %v121 : f64
        %v125 = arith.addf %v122, %v123 : f64
        %v126 = arith.mulf %v118, %v124 : f64
        %v127 = arith.mulf %v119, %v125 : f64
        %v128 = arith.mulf %v118, %v125 : f64
        %v129 = arith.mulf %v119, %v124 : f64
        %v130 = arith.subf %v126, %v127 : f64
        %v131 = arith.addf %v128, %v129 : f64
        %v132 = arith.addf %v101, %v130 : f64
        %v133 = memref.load %a5[%i72, %k10] : memref<?x?xf32>
        %v134 = memref.load %a5[%i72, %k3] : memref<?x?xf32>
        %v135 = arith.extf %v133 : f32 to f64
        %v136 = arith.extf %v134 : f32 to f64
        %v137 = arith.mulf %v112, %v135 : f64
        %v138 = arith.mulf %v113, %v136 : f64
        %v139 = arith.mulf %v112, %v136 : f64
        %v140 = arith.mulf %v113, %v135 : f64
        %v141 = arith.subf %v137, %v138 : f64
        %v142 = arith.addf %v139, %v140 : f64
        memref.store %v141, %v51[%i72, %k10] : memref<?x?xf64>
        memref.store %v142, %v51[%i72, %k3] : memref<?x?xf64>
        %v143 = arith.extf %r75 : f32 to f64
        %v144 = arith.addf %v143, %v132 : f64
        %v145 = arith.truncf %v144 : f64 to f32
        %v146 = memref.load %v1[%i69, %i72] : memref<?x?xf32>
        %v147 = memref.load %a3[%i72, %k0] : memref<?x?xf32>
        %v148 = arith.mulf %v147, %v146 : f32
        %v149 = arith.addf %v145, %v148 : f32
        %v150 = memref.load %v2[%i69, %i72] : memref<?x?xf32>
        %v151 = arith.mulf %v149, %v150 : f32
        memref.store %v151, %out[%i69, %i72] : memref<?x?xf32>
      }
    }
    scf.for %i152 = %v57 to %v59 step %k2 {
      scf.for %i153 = %k0 to %k1 step %k2 {
        %v154 = memref.load %v1[%i152, %i153] : memref<?x?xf32>
        %v155 = arith.extf %v154 : f32 to f64
        %v156 = memref.load %a5[%i153, %k0] : memref<?x?xf32>
        %v157 = memref.load %a5[%i153, %k2] : memref<?x?xf32>
        %v158 = arith.extf %v156 : f32 to f64
        %v159 = arith.extf %v157 : f32 to f64
        %v160 = memref.load %v48[%i153, %k0] : memref<?x?xf64>
        %v161 = memref.load %v48[%i153, %k2] : memref<?x?xf64>
        %v162 = arith.mulf %v158, %v160 : f64
        %v163 = arith.mulf %v159, %v161 : f64
        %v164 = arith.mulf %v158, %v161 : f64
        %v165 = arith.mulf %v159, %v160 : f64
        %v166 = arith.subf %v162, %v163 : f64
        %v167 = arith.addf %v164, %v165 : f64
        %v168 = arith.addf %v166, %v155 : f64
        memref.store %v168, %v48[%i153, %k0] : memref<?x?xf64>
        memref.store %v167, %v48[%i153, %k2] : memref<?x?xf64>
        %v169 = memref.load %a5[%i153, %k10] : memref<?x?xf32>
        %v170 = memref.load %a5[%i153, %k3] : memref<?x?xf32>
        %v171 = arith.extf %v169 : f32 to f64
        %v172 = arith.extf %v170 : f32 to f64
        %v173 = memref.load %v48[%i153, %k10] : memref<?x?xf64>
        %v174 = memref.load %v48[%i153, %k3] : memref<?x?xf64>
        %v175 = arith.mulf %v171, %v173 : f64
        %v176 = arith.mulf %v172, %v174 : f64
        %v177 = arith.mulf %v171, %v174 : f64
        %v178 = arith.mulf %v172, %v173 : f64
        %v179 = arith.subf %v175, %v176 : f64
        %v180 = arith.addf %v177, %v178 : f64
        %v181 = arith.addf %v179, %v155 : f64
        memref.store %v181, %v48[%i153, %k10] : memref<?x?xf64>
        memref.store %v180, %v48[%i153, %k3] : memref<?x?xf64>
      }
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  memref.dealloc %v2 : memref<?x?xf32>
  memref.dealloc %v48 : memref<?x?xf64>
  memref.dealloc %v51 : memref<?x?xf64>
  return
}
func.func @k16(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
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
  %k1 = arith.constant 48 : index
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
  %k1 = arith.constant 80 : index
  %k2 = arith.constant 48 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 4.80000000000000000e1 : f32
  %k6 = arith.constant 9.99999974737875164e-6 : f32
  %k7 = arith.constant 1.00000000000000000e0 : f32
  %k8 = arith.constant 7.07106769084930420e-1 : f32
  %k9 = arith.constant 5.00000000000000000e-1 : f32
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
    %v10 = math.sqrt %v9 : f32
    %v11 = arith.addf %v10, %k6 : f32
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
      %v41 = arith.mulf %v39, %k8 : f32
      %v42 = math.erf %v41 : f32
      %v43 = arith.addf %k7, %v42 : f32
      %v44 = arith.mulf %v39, %k9 : f32
      %v45 = arith.mulf %v44, %v43 : f32
      %v46 = arith.mulf %v45, %v40 : f32
      memref.store %v46, %out[%i37, %i38] : memref<?x?xf32>
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  memref.dealloc %v18 : memref<?x?xf32>
  return
}
func.func @k23(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
  %k2 = arith.constant 80 : index
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
  %k1 = arith.constant 48 : index
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
func.func @k28(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 144 : index
  %k2 = arith.constant 48 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 4.80000000000000000e1 : f32
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
    %v10 = math.sqrt %v9 : f32
    %v11 = arith.addf %v10, %k6 : f32
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
func.func @k35(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %a4: memref<?x?xf32>, %a5: memref<?x?xf32>, %a6: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
  %k2 = arith.constant 1 : index
  %k3 = arith.constant 3 : index
  %k4 = arith.constant 4 : index
  %k5 = arith.constant 0.00000000000000000e0 : f32
  %k6 = arith.constant 96 : index
  %k7 = arith.constant 16 : index
  %k8 = arith.constant 0.00000000000000000e0 : f64
  %k9 = arith.constant 15 : index
  %k10 = arith.constant 2 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  %v1 = memref.alloc(%v0, %k1) : memref<?x?xf32>
  %v2 = memref.alloc(%v0, %k1) : memref<?x?xf32>
  scf.for %i3 = %k0 to %v0 step %k2 {
    scf.for %i4 = %k0 to %k1 step %k2 {
      %v5 = arith.addi %i4, %k0 : index
      %v6 = arith.minui %i3, %k3 : index
      %v7 = arith.subi %k3, %v6 : index
      %r10 = scf.for %i8 = %v7 to %k4 step %k2 iter_args(%a9 = %k5) -> (f32) {
        %v11 = memref.load %a1[%v5, %i8] : memref<?x?xf32>
        %v12 = arith.addi %i3, %i8 : index
        %v13 = arith.subi %v12, %k3 : index
        %v14 = memref.load %a0[%v13, %v5] : memref<?x?xf32>
        %v15 = arith.mulf %v11, %v14 : f32
        %v16 = arith.addf %a9, %v15 : f32
        scf.yield %v16 : f32
      }
      %v17 = memref.load %a2[%v5, %k0] : memref<?x?xf32>
      %v18 = arith.addf %r10, %v17 : f32
      %v19 = arith.addi %i4, %k1 : index
      %v20 = arith.minui %i3, %k3 : index
      %v21 = arith.subi %k3, %v20 : index
      %r24 = scf.for %i22 = %v21 to %k4 step %k2 iter_args(%a23 = %k5) -> (f32) {
        %v25 = memref.load %a1[%v19, %i22] : memref<?x?xf32>
        %v26 = arith.addi %i3, %i22 : index
        %v27 = arith.subi %v26, %k3 : index
        %v28 = memref.load %a0[%v27, %v19] : memref<?x?xf32>
        %v29 = arith.mulf %v25, %v28 : f32
        %v30 = arith.addf %a23, %v29 : f32
        scf.yield %v30 : f32
      }
      %v31 = memref.load %a2[%v19, %k0] : memref<?x?xf32>
      %v32 = arith.addf %r24, %v31 : f32
      %v33 = arith.addi %i4, %k6 : index
      %v34 = arith.minui %i3, %k3 : index
      %v35 = arith.subi %k3, %v34 : index
      %r38 = scf.for %i36 = %v35 to %k4 step %k2 iter_args(%a37 = %k5) -> (f32) {
        %v39 = memref.load %a1[%v33, %i36] : memref<?x?xf32>
        %v40 = arith.addi %i3, %i36 : index
        %v41 = arith.subi %v40, %k3 : index
        %v42 = memref.load %a0[%v41, %v33] : memref<?x?xf32>
        %v43 = arith.mulf %v39, %v42 : f32
        %v44 = arith.addf %a37, %v43 : f32
        scf.yield %v44 : f32
      }
      %v45 = memref.load %a2[%v33, %k0] : memref<?x?xf32>
      %v46 = arith.addf %r38, %v45 : f32
      %v47 = arith.mulf %v32, %v46 : f32
      memref.store %v47, %v1[%i3, %i4] : memref<?x?xf32>
      memref.store %v18, %v2[%i3, %i4] : memref<?x?xf32>
    }
  }
  %v48 = memref.alloc(%k1, %k4) : memref<?x?xf64>
  scf.for %i49 = %k0 to %k1 step %k2 {
    scf.for %i50 = %k0 to %k4 step %k2 {
      memref.store %k8, %v48[%i49, %i50] : memref<?x?xf64>
    }
  }
  %v51 = memref.alloc(%k1, %k4) : memref<?x?xf64>
  scf.for %i52 = %k0 to %k1 step %k2 {
    scf.for %i53 = %k0 to %k4 step %k2 {
      memref.store %k8, %v51[%i52, %i53] : memref<?x?xf64>
    }
  }
  %v54 = arith.addi %v0, %k9 : index
  %v55 = arith.divui %v54, %k7 : index
  scf.for %i56 = %k0 to %v55 step %k2 {
    %v57 = arith.muli %i56, %k7 : index
    %v58 = arith.addi %v57, %k7 : index
    %v59 = arith.minui %v58, %v0 : index
    scf.for %i60 = %k0 to %k1 step %k2 {
      %v61 = memref.load %a5[%i60, %k0] : memref<?x?xf32>
      %v62 = memref.load %a5[%i60, %k2] : memref<?x?xf32>
      %v63 = arith.extf %v61 : f32 to f64
      %v64 = arith.extf %v62 : f32 to f64
      memref.store %v63, %v51[%i60, %k0] : memref<?x?xf64>
      memref.store %v64, %v51[%i60, %k2] : memref<?x?xf64>
      %v65 = memref.load %a5[%i60, %k10] : memref<?x?xf32>
      %v66 = memref.load %a5[%i60, %k3] : memref<?x?xf32>
      %v67 = arith.extf %v65 : f32 to f64
      %v68 = arith.extf %v66 : f32 to f64
      memref.store %v67, %v51[%i60, %k10] : memref<?x?xf64>
      memref.store %v68, %v51[%i60, %k3] : memref<?x?xf64>
    }
    scf.for %i69 = %v57 to %v59 step %k2 {
      %v70 = arith.subi %i69, %v57 : index
      %v71 = arith.addi %v70, %k2 : index
      scf.for %i72 = %k0 to %k1 step %k2 {
        %r75 = scf.for %i73 = %k0 to %v71 step %k2 iter_args(%a74 = %k5) -> (f32) {
          %v76 = memref.load %a4[%i72, %i73] : memref<?x?xf32>
          %v77 = arith.subi %i69, %i73 : index
          %v78 = memref.load %v1[%v77, %i72] : memref<?x?xf32>
          %v79 = arith.mulf %v76, %v78 : f32
          %v80 = arith.addf %a74, %v79 : f32
          scf.yield %v80 : f32
        }
        %v81 = memref.load %v51[%i72, %k0] : memref<?x?xf64>
        %v82 = memref.load %v51[%i72, %k2] : memref<?x?xf64>
        %v83 = memref.load %v48[%i72, %k0] : memref<?x?xf64>
        %v84 = memref.load %v48[%i72, %k2] : memref<?x?xf64>
        %v85 = memref.load %a6[%i72, %k0] : memref<?x?xf32>
        %v86 = memref.load %a6[%i72, %k2] : memref<?x?xf32>
        %v87 = arith.extf %v85 : f32 to f64
        %v88 = arith.extf %v86 : f32 to f64
        %v89 = arith.mulf %v81, %v83 : f64
        %v90 = arith.mulf %v82, %v84 : f64
        %v91 = arith.mulf %v81, %v84 : f64
        %v92 = arith.mulf %v82, %v83 : f64
        %v93 = arith.subf %v89, %v90 : f64
        %v94 = arith.addf %v91, %v92 : f64
        %v95 = arith.mulf %v87, %v93 : f64
        %v96 = arith.mulf %v88, %v94 : f64
        %v97 = arith.mulf %v87, %v94 : f64
        %v98 = arith.mulf %v88, %v93 : f64
        %v99 = arith.subf %v95, %v96 : f64
        %v100 = arith.addf %v97, %v98 : f64
        %v101 = arith.addf %k8, %v99 : f64
        %v102 = memref.load %a5[%i72, %k0] : memref<?x?xf32>
        %v103 = memref.load %a5[%i72, %k2] : memref<?x?xf32>
        %v104 = arith.extf %v102 : f32 to f64
        %v105 = arith.extf %v103 : f32 to f64
        %v106 = arith.mulf %v81, %v104 : f64
        %v107 = arith.mulf %v82, %v105 : f64
        %v108 = arith.mulf %v81, %v105 : f64
        %v109 = arith.mulf %v82, %v104 : f64
        %v110 = arith.subf %v106, %v107 : f64
        %v111 = arith.addf %v108, %v109 : f64
        memref.store %v110, %v51[%i72, %k0] : memref<?x?xf64>
        memref.store %v111, %v51[%i72, %k2] : memref<?x?xf64>
        %v112 = memref.load %v51[%i72, %k10] : memref<?x?xf64>
        %v113 = memref.load %v51[%i72, %k3] : memref<?x?xf64>
        %v114 = memref.load %v48[%i72, %k10] : memref<?x?xf64>
        %v115 = memref.load %v48[%i72, %k3] : memref<?x?xf64>
        %v116 = memref.load %a6[%i72, %k10] : memref<?x?xf32>
        %v117 = memref.load %a6[%i72, %k3] : memref<?x?xf32>
        %v118 = arith.extf %v116 : f32 to f64
        %v119 = arith.extf %v117 : f32 to f64
        %v120 = arith.mulf %v112, %v114 : f64
        %v121 = arith.mulf %v113, %v115 : f64
        %v122 = arith.mulf %v112, %v115 : f64
        %v123 = arith.mulf %v113, %v114 : f64
        %v124 = arith.subf %v120, %v121 : f64
        %v125 = arith.addf %v122, %v123 : f64
        %v126 = arith.mulf %v118, %v124 : f64
        %v127 = arith.mulf %v119, %v125 : f64
        %v128 = arith.mulf %v118, %v125 : f64
        %v129 = arith.mulf %v119, %v124 : f64
        %v130 = arith.subf %v126, %v127 : f64
        %v131 = arith.addf %v128, %v129 : f64
        %v132 = arith.addf %v101, %v130 : f64
        %v133 = memref.load %a5[%i72, %k10] : memref<?x?xf32>
        %v134 = memref.load %a5[%i72, %k3] : memref<?x?xf32>
        %v135 = arith.extf %v133 : f32 to f64
        %v136 = arith.extf %v134 : f32 to f64
        %v137 = arith.mulf %v112, %v135 : f64
        %v138 = arith.mulf %v113, %v136 : f64
        %v139 = arith.mulf %v112, %v136 : f64
        %v140 = arith.mulf %v113, %v135 : f64
        %v141 = arith.subf %v137, %v138 : f64
        %v142 = arith.addf %v139, %v140 : f64
        memref.store %v141, %v51[%i72, %k10] : memref<?x?xf64>
        memref.store %v142, %v51[%i72, %k3] : memref<?x?xf64>
        %v143 = arith.extf %r75 : f32 to f64
        %v144 = arith.addf %v143, %v132 : f64
        %v145 = arith.truncf %v144 : f64 to f32
        %v146 = memref.load %v1[%i69, %i72] : memref<?x?xf32>
        %v147 = memref.load %a3[%i72, %k0] : memref<?x?xf32>
        %v148 = arith.mulf %v147, %v146 : f32
        %v149 = arith.addf %v145, %v148 : f32
        %v150 = memref.load %v2[%i69, %i72] : memref<?x?xf32>
        %v151 = arith.mulf %v149, %v150 : f32
        memref.store %v151, %out[%i69, %i72] : memref<?x?xf32>
      }
    }
    scf.for %i152 = %v57 to %v59 step %k2 {
      scf.for %i153 = %k0 to %k1 step %k2 {
        %v154 = memref.load %v1[%i152, %i153] : memref<?x?xf32>
        %v155 = arith.extf %v154 : f32 to f64
        %v156 = memref.load %a5[%i153, %k0] : memref<?x?xf32>
        %v157 = memref.load %a5[%i153, %k2] : memref<?x?xf32>
        %v158 = arith.extf %v156 : f32 to f64
        %v159 = arith.extf %v157 : f32 to f64
        %v160 = memref.load %v48[%i153, %k0] : memref<?x?xf64>
        %v161 = memref.load %v48[%i153, %k2] : memref<?x?xf64>
        %v162 = arith.mulf %v158, %v160 : f64
        %v163 = arith.mulf %v159, %v161 : f64
        %v164 = arith.mulf %v158, %v161 : f64
        %v165 = arith.mulf %v159, %v160 : f64
        %v166 = arith.subf %v162, %v163 : f64
        %v167 = arith.addf %v164, %v165 : f64
        %v168 = arith.addf %v166, %v155 : f64
        memref.store %v168, %v48[%i153, %k0] : memref<?x?xf64>
        memref.store %v167, %v48[%i153, %k2] : memref<?x?xf64>
        %v169 = memref.load %a5[%i153, %k10] : memref<?x?xf32>
        %v170 = memref.load %a5[%i153, %k3] : memref<?x?xf32>
        %v171 = arith.extf %v169 : f32 to f64
        %v172 = arith.extf %v170 : f32 to f64
        %v173 = memref.load %v48[%i153, %k10] : memref<?x?xf64>
        %v174 = memref.load %v48[%i153, %k3] : memref<?x?xf64>
        %v175 = arith.mulf %v171, %v173 : f64
        %v176 = arith.mulf %v172, %v174 : f64
        %v177 = arith.mulf %v171, %v174 : f64
        %v178 = arith.mulf %v172, %v173 : f64
        %v179 = arith.subf %v175, %v176 : f64
        %v180 = arith.addf %v177, %v178 : f64
        %v181 = arith.addf %v179, %v155 : f64
        memref.store %v181, %v48[%i153, %k10] : memref<?x?xf64>
        memref.store %v180, %v48[%i153, %k3] : memref<?x?xf64>
      }
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  memref.dealloc %v2 : memref<?x?xf32>
  memref.dealloc %v48 : memref<?x?xf64>
  memref.dealloc %v51 : memref<?x?xf64>
  return
}
func.func @k38(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
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
func.func @k39(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
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
func.func @k43(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 80 : index
  %k2 = arith.constant 48 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 4.80000000000000000e1 : f32
  %k6 = arith.constant 9.99999974737875164e-6 : f32
  %k7 = arith.constant 1.00000000000000000e0 : f32
  %k8 = arith.constant 7.07106769084930420e-1 : f32
  %k9 = arith.constant 5.00000000000000000e-1 : f32
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
    %v10 = math.sqrt %v9 : f32
    %v11 = arith.addf %v10, %k6 : f32
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
      %v41 = arith.mulf %v39, %k8 : f32
      %v42 = math.erf %v41 : f32
      %v43 = arith.addf %k7, %v42 : f32
      %v44 = arith.mulf %v39, %k9 : f32
      %v45 = arith.mulf %v44, %v43 : f32
      %v46 = arith.mulf %v45, %v40 : f32
      memref.store %v46, %out[%i37, %i38] : memref<?x?xf32>
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  memref.dealloc %v18 : memref<?x?xf32>
  return
}
func.func @k45(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
  %k2 = arith.constant 80 : index
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
func.func @k46(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
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
func.func @k50(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 144 : index
  %k2 = arith.constant 48 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 4.80000000000000000e1 : f32
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
    %v10 = math.sqrt %v9 : f32
    %v11 = arith.addf %v10, %k6 : f32
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
func.func @k51(%a0: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
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
func.func @k52(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
  %k2 = arith.constant 6 : index
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
func.func @k53(%a0: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
  %k2 = arith.constant 1 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  scf.for %i1 = %k0 to %v0 step %k2 {
    scf.for %i2 = %k0 to %k1 step %k2 {
      %v3 = arith.addi %i2, %k1 : index
      %v4 = memref.load %a0[%i1, %v3] : memref<?x?xf32>
      memref.store %v4, %out[%i1, %i2] : memref<?x?xf32>
    }
  }
  return
}
func.func @k54(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
  %k2 = arith.constant 6 : index
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
func.func @k55(%a0: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
  %k2 = arith.constant 96 : index
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
func.func @k56(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
  %k2 = arith.constant 1 : index
  %k3 = arith.constant 6 : index
  %k4 = arith.constant 8 : index
  %k5 = arith.constant 3.53553384542465210e-1 : f32
  %k6 = arith.constant -3.00000000549775576e38 : f32
  %k7 = arith.constant 0.00000000000000000e0 : f32
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  %v1 = memref.alloc(%v0, %k1) : memref<?x?xf32>
  scf.for %i2 = %k0 to %v0 step %k2 {
    scf.for %i3 = %k0 to %k3 step %k2 {
      %v4 = arith.divui %i3, %k2 : index
      %v5 = arith.muli %i3, %k4 : index
      %v6 = arith.muli %v4, %k4 : index
      scf.for %i7 = %k0 to %k4 step %k2 {
        %v8 = arith.addi %v5, %i7 : index
        memref.store %k7, %v1[%i2, %v8] : memref<?x?xf32>
      }
      %v9 = arith.addi %i2, %k2 : index
      %rr13:2 = scf.for %i10 = %k0 to %v9 step %k2 iter_args(%a11 = %k6, %a12 = %k7) -> (f32, f32) {
        %r17 = scf.for %i15 = %k0 to %k4 step %k2 iter_args(%a16 = %k7) -> (f32) {
          %v18 = arith.addi %v5, %i15 : index
          %v19 = arith.addi %v6, %i15 : index
          %v20 = memref.load %a0[%i2, %v18] : memref<?x?xf32>
          %v21 = memref.load %a1[%i10, %v19] : memref<?x?xf32>
          %v22 = arith.mulf %v20, %v21 : f32
          %v23 = arith.addf %a16, %v22 : f32
          scf.yield %v23 : f32
        }
        %v24 = arith.mulf %r17, %k5 : f32
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
func.func @k59(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
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
func.func @k60(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
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
func.func @k64(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 80 : index
  %k2 = arith.constant 48 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 4.80000000000000000e1 : f32
  %k6 = arith.constant 9.99999974737875164e-6 : f32
  %k7 = arith.constant 1.00000000000000000e0 : f32
  %k8 = arith.constant 7.07106769084930420e-1 : f32
  %k9 = arith.constant 5.00000000000000000e-1 : f32
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
    %v10 = math.sqrt %v9 : f32
    %v11 = arith.addf %v10, %k6 : f32
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
      %v41 = arith.mulf %v39, %k8 : f32
      %v42 = math.erf %v41 : f32
      %v43 = arith.addf %k7, %v42 : f32
      %v44 = arith.mulf %v39, %k9 : f32
      %v45 = arith.mulf %v44, %v43 : f32
      %v46 = arith.mulf %v45, %v40 : f32
      memref.store %v46, %out[%i37, %i38] : memref<?x?xf32>
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  memref.dealloc %v18 : memref<?x?xf32>
  return
}
func.func @k66(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
  %k2 = arith.constant 80 : index
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
func.func @k67(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
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
func.func @k71(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 144 : index
  %k2 = arith.constant 48 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 4.80000000000000000e1 : f32
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
    %v10 = math.sqrt %v9 : f32
    %v11 = arith.addf %v10, %k6 : f32
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
func.func @k78(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %a4: memref<?x?xf32>, %a5: memref<?x?xf32>, %a6: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
  %k2 = arith.constant 1 : index
  %k3 = arith.constant 3 : index
  %k4 = arith.constant 4 : index
  %k5 = arith.constant 0.00000000000000000e0 : f32
  %k6 = arith.constant 96 : index
  %k7 = arith.constant 16 : index
  %k8 = arith.constant 0.00000000000000000e0 : f64
  %k9 = arith.constant 15 : index
  %k10 = arith.constant 2 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  %v1 = memref.alloc(%v0, %k1) : memref<?x?xf32>
  %v2 = memref.alloc(%v0, %k1) : memref<?x?xf32>
  scf.for %i3 = %k0 to %v0 step %k2 {
    scf.for %i4 = %k0 to %k1 step %k2 {
      %v5 = arith.addi %i4, %k0 : index
      %v6 = arith.minui %i3, %k3 : index
      %v7 = arith.subi %k3, %v6 : index
      %r10 = scf.for %i8 = %v7 to %k4 step %k2 iter_args(%a9 = %k5) -> (f32) {
        %v11 = memref.load %a1[%v5, %i8] : memref<?x?xf32>
        %v12 = arith.addi %i3, %i8 : index
        %v13 = arith.subi %v12, %k3 : index
        %v14 = memref.load %a0[%v13, %v5] : memref<?x?xf32>
        %v15 = arith.mulf %v11, %v14 : f32
        %v16 = arith.addf %a9, %v15 : f32
        scf.yield %v16 : f32
      }
      %v17 = memref.load %a2[%v5, %k0] : memref<?x?xf32>
      %v18 = arith.addf %r10, %v17 : f32
      %v19 = arith.addi %i4, %k1 : index
      %v20 = arith.minui %i3, %k3 : index
      %v21 = arith.subi %k3, %v20 : index
      %r24 = scf.for %i22 = %v21 to %k4 step %k2 iter_args(%a23 = %k5) -> (f32) {
        %v25 = memref.load %a1[%v19, %i22] : memref<?x?xf32>
        %v26 = arith.addi %i3, %i22 : index
        %v27 = arith.subi %v26, %k3 : index
        %v28 = memref.load %a0[%v27, %v19] : memref<?x?xf32>
        %v29 = arith.mulf %v25, %v28 : f32
        %v30 = arith.addf %a23, %v29 : f32
        scf.yield %v30 : f32
      }
      %v31 = memref.load %a2[%v19, %k0] : memref<?x?xf32>
      %v32 = arith.addf %r24, %v31 : f32
      %v33 = arith.addi %i4, %k6 : index
      %v34 = arith.minui %i3, %k3 : index
      %v35 = arith.subi %k3, %v34 : index
      %r38 = scf.for %i36 = %v35 to %k4 step %k2 iter_args(%a37 = %k5) -> (f32) {
        %v39 = memref.load %a1[%v33, %i36] : memref<?x?xf32>
        %v40 = arith.addi %i3, %i36 : index
        %v41 = arith.subi %v40, %k3 : index
        %v42 = memref.load %a0[%v41, %v33] : memref<?x?xf32>
        %v43 = arith.mulf %v39, %v42 : f32
        %v44 = arith.addf %a37, %v43 : f32
        scf.yield %v44 : f32
      }
      %v45 = memref.load %a2[%v33, %k0] : memref<?x?xf32>
      %v46 = arith.addf %r38, %v45 : f32
      %v47 = arith.mulf %v32, %v46 : f32
      memref.store %v47, %v1[%i3, %i4] : memref<?x?xf32>
      memref.store %v18, %v2[%i3, %i4] : memref<?x?xf32>
    }
  }
  %v48 = memref.alloc(%k1, %k4) : memref<?x?xf64>
  scf.for %i49 = %k0 to %k1 step %k2 {
    scf.for %i50 = %k0 to %k4 step %k2 {
      memref.store %k8, %v48[%i49, %i50] : memref<?x?xf64>
    }
  }
  %v51 = memref.alloc(%k1, %k4) : memref<?x?xf64>
  scf.for %i52 = %k0 to %k1 step %k2 {
    scf.for %i53 = %k0 to %k4 step %k2 {
      memref.store %k8, %v51[%i52, %i53] : memref<?x?xf64>
    }
  }
  %v54 = arith.addi %v0, %k9 : index
  %v55 = arith.divui %v54, %k7 : index
  scf.for %i56 = %k0 to %v55 step %k2 {
    %v57 = arith.muli %i56, %k7 : index
    %v58 = arith.addi %v57, %k7 : index
    %v59 = arith.minui %v58, %v0 : index
    scf.for %i60 = %k0 to %k1 step %k2 {
      %v61 = memref.load %a5[%i60, %k0] : memref<?x?xf32>
      %v62 = memref.load %a5[%i60, %k2] : memref<?x?xf32>
      %v63 = arith.extf %v61 : f32 to f64
      %v64 = arith.extf %v62 : f32 to f64
      memref.store %v63, %v51[%i60, %k0] : memref<?x?xf64>
      memref.store %v64, %v51[%i60, %k2] : memref<?x?xf64>
      %v65 = memref.load %a5[%i60, %k10] : memref<?x?xf32>
      %v66 = memref.load %a5[%i60, %k3] : memref<?x?xf32>
      %v67 = arith.extf %v65 : f32 to f64
      %v68 = arith.extf %v66 : f32 to f64
      memref.store %v67, %v51[%i60, %k10] : memref<?x?xf64>
      memref.store %v68, %v51[%i60, %k3] : memref<?x?xf64>
    }
    scf.for %i69 = %v57 to %v59 step %k2 {
      %v70 = arith.subi %i69, %v57 : index
      %v71 = arith.addi %v70, %k2 : index
      scf.for %i72 = %k0 to %k1 step %k2 {
        %r75 = scf.for %i73 = %k0 to %v71 step %k2 iter_args(%a74 = %k5) -> (f32) {
          %v76 = memref.load %a4[%i72, %i73] : memref<?x?xf32>
          %v77 = arith.subi %i69, %i73 : index
          %v78 = memref.load %v1[%v77, %i72] : memref<?x?xf32>
          %v79 = arith.mulf %v76, %v78 : f32
          %v80 = arith.addf %a74, %v79 : f32
          scf.yield %v80 : f32
        }
        %v81 = memref.load %v51[%i72, %k0] : memref<?x?xf64>
        %v82 = memref.load %v51[%i72, %k2] : memref<?x?xf64>
        %v83 = memref.load %v48[%i72, %k0] : memref<?x?xf64>
        %v84 = memref.load %v48[%i72, %k2] : memref<?x?xf64>
        %v85 = memref.load %a6[%i72, %k0] : memref<?x?xf32>
        %v86 = memref.load %a6[%i72, %k2] : memref<?x?xf32>
        %v87 = arith.extf %v85 : f32 to f64
        %v88 = arith.extf %v86 : f32 to f64
        %v89 = arith.mulf %v81, %v83 : f64
        %v90 = arith.mulf %v82, %v84 : f64
        %v91 = arith.mulf %v81, %v84 : f64
        %v92 = arith.mulf %v82, %v83 : f64
        %v93 = arith.subf %v89, %v90 : f64
        %v94 = arith.addf %v91, %v92 : f64
        %v95 = arith.mulf %v87, %v93 : f64
        %v96 = arith.mulf %v88, %v94 : f64
        %v97 = arith.mulf %v87, %v94 : f64
        %v98 = arith.mulf %v88, %v93 : f64
        %v99 = arith.subf %v95, %v96 : f64
        %v100 = arith.addf %v97, %v98 : f64
        %v101 = arith.addf %k8, %v99 : f64
        %v102 = memref.load %a5[%i72, %k0] : memref<?x?xf32>
        %v103 = memref.load %a5[%i72, %k2] : memref<?x?xf32>
        %v104 = arith.extf %v102 : f32 to f64
        %v105 = arith.extf %v103 : f32 to f64
        %v106 = arith.mulf %v81, %v104 : f64
        %v107 = arith.mulf %v82, %v105 : f64
        %v108 = arith.mulf %v81, %v105 : f64
        %v109 = arith.mulf %v82, %v104 : f64
        %v110 = arith.subf %v106, %v107 : f64
        %v111 = arith.addf %v108, %v109 : f64
        memref.store %v110, %v51[%i72, %k0] : memref<?x?xf64>
        memref.store %v111, %v51[%i72, %k2] : memref<?x?xf64>
        %v112 = memref.load %v51[%i72, %k10] : memref<?x?xf64>
        %v113 = memref.load %v51[%i72, %k3] : memref<?x?xf64>
        %v114 = memref.load %v48[%i72, %k10] : memref<?x?xf64>
        %v115 = memref.load %v48[%i72, %k3] : memref<?x?xf64>
        %v116 = memref.load %a6[%i72, %k10] : memref<?x?xf32>
        %v117 = memref.load %a6[%i72, %k3] : memref<?x?xf32>
        %v118 = arith.extf %v116 : f32 to f64
        %v119 = arith.extf %v117 : f32 to f64
        %v120 = arith.mulf %v112, %v114 : f64
        %v121 = arith.mulf %v113, %v115 : f64
        %v122 = arith.mulf %v112, %v115 : f64
        %v123 = arith.mulf %v113, %v114 : f64
        %v124 = arith.subf %v120, %v121 : f64
        %v125 = arith.addf %v122, %v123 : f64
        %v126 = arith.mulf %v118, %v124 : f64
        %v127 = arith.mulf %v119, %v125 : f64
        %v128 = arith.mulf %v118, %v125 : f64
        %v129 = arith.mulf %v119, %v124 : f64
        %v130 = arith.subf %v126, %v127 : f64
        %v131 = arith.addf %v128, %v129 : f64
        %v132 = arith.addf %v101, %v130 : f64
        %v133 = memref.load %a5[%i72, %k10] : memref<?x?xf32>
        %v134 = memref.load %a5[%i72, %k3] : memref<?x?xf32>
        %v135 = arith.extf %v133 : f32 to f64
        %v136 = arith.extf %v134 : f32 to f64
        %v137 = arith.mulf %v112, %v135 : f64
        %v138 = arith.mulf %v113, %v136 : f64
        %v139 = arith.mulf %v112, %v136 : f64
        %v140 = arith.mulf %v113, %v135 : f64
        %v141 = arith.subf %v137, %v138 : f64
        %v142 = arith.addf %v139, %v140 : f64
        memref.store %v141, %v51[%i72, %k10] : memref<?x?xf64>
        memref.store %v142, %v51[%i72, %k3] : memref<?x?xf64>
        %v143 = arith.extf %r75 : f32 to f64
        %v144 = arith.addf %v143, %v132 : f64
        %v145 = arith.truncf %v144 : f64 to f32
        %v146 = memref.load %v1[%i69, %i72] : memref<?x?xf32>
        %v147 = memref.load %a3[%i72, %k0] : memref<?x?xf32>
        %v148 = arith.mulf %v147, %v146 : f32
        %v149 = arith.addf %v145, %v148 : f32
        %v150 = memref.load %v2[%i69, %i72] : memref<?x?xf32>
        %v151 = arith.mulf %v149, %v150 : f32
        memref.store %v151, %out[%i69, %i72] : memref<?x?xf32>
      }
    }
    scf.for %i152 = %v57 to %v59 step %k2 {
      scf.for %i153 = %k0 to %k1 step %k2 {
        %v154 = memref.load %v1[%i152, %i153] : memref<?x?xf32>
        %v155 = arith.extf %v154 : f32 to f64
        %v156 = memref.load %a5[%i153, %k0] : memref<?x?xf32>
        %v157 = memref.load %a5[%i153, %k2] : memref<?x?xf32>
        %v158 = arith.extf %v156 : f32 to f64
        %v159 = arith.extf %v157 : f32 to f64
        %v160 = memref.load %v48[%i153, %k0] : memref<?x?xf64>
        %v161 = memref.load %v48[%i153, %k2] : memref<?x?xf64>
        %v162 = arith.mulf %v158, %v160 : f64
        %v163 = arith.mulf %v159, %v161 : f64
        %v164 = arith.mulf %v158, %v161 : f64
        %v165 = arith.mulf %v159, %v160 : f64
        %v166 = arith.subf %v162, %v163 : f64
        %v167 = arith.addf %v164, %v165 : f64
        %v168 = arith.addf %v166, %v155 : f64
        memref.store %v168, %v48[%i153, %k0] : memref<?x?xf64>
        memref.store %v167, %v48[%i153, %k2] : memref<?x?xf64>
        %v169 = memref.load %a5[%i153, %k10] : memref<?x?xf32>
        %v170 = memref.load %a5[%i153, %k3] : memref<?x?xf32>
        %v171 = arith.extf %v169 : f32 to f64
        %v172 = arith.extf %v170 : f32 to f64
        %v173 = memref.load %v48[%i153, %k10] : memref<?x?xf64>
        %v174 = memref.load %v48[%i153, %k3] : memref<?x?xf64>
        %v175 = arith.mulf %v171, %v173 : f64
        %v176 = arith.mulf %v172, %v174 : f64
        %v177 = arith.mulf %v171, %v174 : f64
        %v178 = arith.mulf %v172, %v173 : f64
        %v179 = arith.subf %v175, %v176 : f64
        %v180 = arith.addf %v177, %v178 : f64
        %v181 = arith.addf %v179, %v155 : f64
        memref.store %v181, %v48[%i153, %k10] : memref<?x?xf64>
        memref.store %v180, %v48[%i153, %k3] : memref<?x?xf64>
      }
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  memref.dealloc %v2 : memref<?x?xf32>
  memref.dealloc %v48 : memref<?x?xf64>
  memref.dealloc %v51 : memref<?x?xf64>
  return
}
func.func @k81(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
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
func.func @k82(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
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
func.func @k86(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 80 : index
  %k2 = arith.constant 48 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 4.80000000000000000e1 : f32
  %k6 = arith.constant 9.99999974737875164e-6 : f32
  %k7 = arith.constant 1.00000000000000000e0 : f32
  %k8 = arith.constant 7.07106769084930420e-1 : f32
  %k9 = arith.constant 5.00000000000000000e-1 : f32
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
    %v10 = math.sqrt %v9 : f32
    %v11 = arith.addf %v10, %k6 : f32
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
      %v41 = arith.mulf %v39, %k8 : f32
      %v42 = math.erf %v41 : f32
      %v43 = arith.addf %k7, %v42 : f32
      %v44 = arith.mulf %v39, %k9 : f32
      %v45 = arith.mulf %v44, %v43 : f32
      %v46 = arith.mulf %v45, %v40 : f32
      memref.store %v46, %out[%i37, %i38] : memref<?x?xf32>
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  memref.dealloc %v18 : memref<?x?xf32>
  return
}
func.func @k88(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
  %k2 = arith.constant 80 : index
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
func.func @k89(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
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
func.func @k93(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 144 : index
  %k2 = arith.constant 48 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 4.80000000000000000e1 : f32
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
    %v10 = math.sqrt %v9 : f32
    %v11 = arith.addf %v10, %k6 : f32
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
func.func @k100(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %a4: memref<?x?xf32>, %a5: memref<?x?xf32>, %a6: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
  %k2 = arith.constant 1 : index
  %k3 = arith.constant 3 : index
  %k4 = arith.constant 4 : index
  %k5 = arith.constant 0.00000000000000000e0 : f32
  %k6 = arith.constant 96 : index
  %k7 = arith.constant 16 : index
  %k8 = arith.constant 0.00000000000000000e0 : f64
  %k9 = arith.constant 15 : index
  %k10 = arith.constant 2 : index
  %v0 = memref.dim %out, %k0 : memref<?x?xf32>
  %v1 = memref.alloc(%v0, %k1) : memref<?x?xf32>
  %v2 = memref.alloc(%v0, %k1) : memref<?x?xf32>
  scf.for %i3 = %k0 to %v0 step %k2 {
    scf.for %i4 = %k0 to %k1 step %k2 {
      %v5 = arith.addi %i4, %k0 : index
      %v6 = arith.minui %i3, %k3 : index
      %v7 = arith.subi %k3, %v6 : index
      %r10 = scf.for %i8 = %v7 to %k4 step %k2 iter_args(%a9 = %k5) -> (f32) {
        %v11 = memref.load %a1[%v5, %i8] : memref<?x?xf32>
        %v12 = arith.addi %i3, %i8 : index
        %v13 = arith.subi %v12, %k3 : index
        %v14 = memref.load %a0[%v13, %v5] : memref<?x?xf32>
        %v15 = arith.mulf %v11, %v14 : f32
        %v16 = arith.addf %a9, %v15 : f32
        scf.yield %v16 : f32
      }
      %v17 = memref.load %a2[%v5, %k0] : memref<?x?xf32>
      %v18 = arith.addf %r10, %v17 : f32
      %v19 = arith.addi %i4, %k1 : index
      %v20 = arith.minui %i3, %k3 : index
      %v21 = arith.subi %k3, %v20 : index
      %r24 = scf.for %i22 = %v21 to %k4 step %k2 iter_args(%a23 = %k5) -> (f32) {
        %v25 = memref.load %a1[%v19, %i22] : memref<?x?xf32>
        %v26 = arith.addi %i3, %i22 : index
        %v27 = arith.subi %v26, %k3 : index
        %v28 = memref.load %a0[%v27, %v19] : memref<?x?xf32>
        %v29 = arith.mulf %v25, %v28 : f32
        %v30 = arith.addf %a23, %v29 : f32
        scf.yield %v30 : f32
      }
      %v31 = memref.load %a2[%v19, %k0] : memref<?x?xf32>
      %v32 = arith.addf %r24, %v31 : f32
      %v33 = arith.addi %i4, %k6 : index
      %v34 = arith.minui %i3, %k3 : index
      %v35 = arith.subi %k3, %v34 : index
      %r38 = scf.for %i36 = %v35 to %k4 step %k2 iter_args(%a37 = %k5) -> (f32) {
        %v39 = memref.load %a1[%v33, %i36] : memref<?x?xf32>
        %v40 = arith.addi %i3, %i36 : index
        %v41 = arith.subi %v40, %k3 : index
        %v42 = memref.load %a0[%v41, %v33] : memref<?x?xf32>
        %v43 = arith.mulf %v39, %v42 : f32
        %v44 = arith.addf %a37, %v43 : f32
        scf.yield %v44 : f32
      }
      %v45 = memref.load %a2[%v33, %k0] : memref<?x?xf32>
      %v46 = arith.addf %r38, %v45 : f32
      %v47 = arith.mulf %v32, %v46 : f32
      memref.store %v47, %v1[%i3, %i4] : memref<?x?xf32>
      memref.store %v18, %v2[%i3, %i4] : memref<?x?xf32>
    }
  }
  %v48 = memref.alloc(%k1, %k4) : memref<?x?xf64>
  scf.for %i49 = %k0 to %k1 step %k2 {
    scf.for %i50 = %k0 to %k4 step %k2 {
      memref.store %k8, %v48[%i49, %i50] : memref<?x?xf64>
    }
  }
  %v51 = memref.alloc(%k1, %k4) : memref<?x?xf64>
  scf.for %i52 = %k0 to %k1 step %k2 {
    scf.for %i53 = %k0 to %k4 step %k2 {
      memref.store %k8, %v51[%i52, %i53] : memref<?x?xf64>
    }
  }
  %v54 = arith.addi %v0, %k9 : index
  %v55 = arith.divui %v54, %k7 : index
  scf.for %i56 = %k0 to %v55 step %k2 {
    %v57 = arith.muli %i56, %k7 : index
    %v58 = arith.addi %v57, %k7 : index
    %v59 = arith.minui %v58, %v0 : index
    scf.for %i60 = %k0 to %k1 step %k2 {
      %v61 = memref.load %a5[%i60, %k0] : memref<?x?xf32>
      %v62 = memref.load %a5[%i60, %k2] : memref<?x?xf32>
      %v63 = arith.extf %v61 : f32 to f64
      %v64 = arith.extf %v62 : f32 to f64
      memref.store %v63, %v51[%i60, %k0] : memref<?x?xf64>
      memref.store %v64, %v51[%i60, %k2] : memref<?x?xf64>
      %v65 = memref.load %a5[%i60, %k10] : memref<?x?xf32>
      %v66 = memref.load %a5[%i60, %k3] : memref<?x?xf32>
      %v67 = arith.extf %v65 : f32 to f64
      %v68 = arith.extf %v66 : f32 to f64
      memref.store %v67, %v51[%i60, %k10] : memref<?x?xf64>
      memref.store %v68, %v51[%i60, %k3] : memref<?x?xf64>
    }
    scf.for %i69 = %v57 to %v59 step %k2 {
      %v70 = arith.subi %i69, %v57 : index
      %v71 = arith.addi %v70, %k2 : index
      scf.for %i72 = %k0 to %k1 step %k2 {
        %r75 = scf.for %i73 = %k0 to %v71 step %k2 iter_args(%a74 = %k5) -> (f32) {
          %v76 = memref.load %a4[%i72, %i73] : memref<?x?xf32>
          %v77 = arith.subi %i69, %i73 : index
          %v78 = memref.load %v1[%v77, %i72] : memref<?x?xf32>
          %v79 = arith.mulf %v76, %v78 : f32
          %v80 = arith.addf %a74, %v79 : f32
          scf.yield %v80 : f32
        }
        %v81 = memref.load %v51[%i72, %k0] : memref<?x?xf64>
        %v82 = memref.load %v51[%i72, %k2] : memref<?x?xf64>
        %v83 = memref.load %v48[%i72, %k0] : memref<?x?xf64>
        %v84 = memref.load %v48[%i72, %k2] : memref<?x?xf64>
        %v85 = memref.load %a6[%i72, %k0] : memref<?x?xf32>
        %v86 = memref.load %a6[%i72, %k2] : memref<?x?xf32>
        %v87 = arith.extf %v85 : f32 to f64
        %v88 = arith.extf %v86 : f32 to f64
        %v89 = arith.mulf %v81, %v83 : f64
        %v90 = arith.mulf %v82, %v84 : f64
        %v91 = arith.mulf %v81, %v84 : f64
        %v92 = arith.mulf %v82, %v83 : f64
        %v93 = arith.subf %v89, %v90 : f64
        %v94 = arith.addf %v91, %v92 : f64
        %v95 = arith.mulf %v87, %v93 : f64
        %v96 = arith.mulf %v88, %v94 : f64
        %v97 = arith.mulf %v87, %v94 : f64
        %v98 = arith.mulf %v88, %v93 : f64
        %v99 = arith.subf %v95, %v96 : f64
        %v100 = arith.addf %v97, %v98 : f64
        %v101 = arith.addf %k8, %v99 : f64
        %v102 = memref.load %a5[%i72, %k0] : memref<?x?xf32>
        %v103 = memref.load %a5[%i72, %k2] : memref<?x?xf32>
        %v104 = arith.extf %v102 : f32 to f64
        %v105 = arith.extf %v103 : f32 to f64
        %v106 = arith.mulf %v81, %v104 : f64
        %v107 = arith.mulf %v82, %v105 : f64
        %v108 = arith.mulf %v81, %v105 : f64
        %v109 = arith.mulf %v82, %v104 : f64
        %v110 = arith.subf %v106, %v107 : f64
        %v111 = arith.addf %v108, %v109 : f64
        memref.store %v110, %v51[%i72, %k0] : memref<?x?xf64>
        memref.store %v111, %v51[%i72, %k2] : memref<?x?xf64>
        %v112 = memref.load %v51[%i72, %k10] : memref<?x?xf64>
        %v113 = memref.load %v51[%i72, %k3] : memref<?x?xf64>
        %v114 = memref.load %v48[%i72, %k10] : memref<?x?xf64>
        %v115 = memref.load %v48[%i72, %k3] : memref<?x?xf64>
        %v116 = memref.load %a6[%i72, %k10] : memref<?x?xf32>
        %v117 = memref.load %a6[%i72, %k3] : memref<?x?xf32>
        %v118 = arith.extf %v116 : f32 to f64
        %v119 = arith.extf %v117 : f32 to f64
        %v120 = arith.mulf %v112, %v114 : f64
        %v121 = arith.mulf %v113, %v115 : f64
        %v122 = arith.mulf %v112, %v115 : f64
        %v123 = arith.mulf %v113, %v114 : f64
        %v124 = arith.subf %v120, %v121 : f64
        %v125 = arith.addf %v122, %v123 : f64
        %v126 = arith.mulf %v118, %v124 : f64
        %v127 = arith.mulf %v119, %v125 : f64
        %v128 = arith.mulf %v118, %v125 : f64
        %v129 = arith.mulf %v119, %v124 : f64
        %v130 = arith.subf %v126, %v127 : f64
        %v131 = arith.addf %v128, %v129 : f64
        %v132 = arith.addf %v101, %v130 : f64
        %v133 = memref.load %a5[%i72, %k10] : memref<?x?xf32>
        %v134 = memref.load %a5[%i72, %k3] : memref<?x?xf32>
        %v135 = arith.extf %v133 : f32 to f64
        %v136 = arith.extf %v134 : f32 to f64
        %v137 = arith.mulf %v112, %v135 : f64
        %v138 = arith.mulf %v113, %v136 : f64
        %v139 = arith.mulf %v112, %v136 : f64
        %v140 = arith.mulf %v113, %v135 : f64
        %v141 = arith.subf %v137, %v138 : f64
        %v142 = arith.addf %v139, %v140 : f64
        memref.store %v141, %v51[%i72, %k10] : memref<?x?xf64>
        memref.store %v142, %v51[%i72, %k3] : memref<?x?xf64>
        %v143 = arith.extf %r75 : f32 to f64
        %v144 = arith.addf %v143, %v132 : f64
        %v145 = arith.truncf %v144 : f64 to f32
        %v146 = memref.load %v1[%i69, %i72] : memref<?x?xf32>
        %v147 = memref.load %a3[%i72, %k0] : memref<?x?xf32>
        %v148 = arith.mulf %v147, %v146 : f32
        %v149 = arith.addf %v145, %v148 : f32
        %v150 = memref.load %v2[%i69, %i72] : memref<?x?xf32>
        %v151 = arith.mulf %v149, %v150 : f32
        memref.store %v151, %out[%i69, %i72] : memref<?x?xf32>
      }
    }
    scf.for %i152 = %v57 to %v59 step %k2 {
      scf.for %i153 = %k0 to %k1 step %k2 {
        %v154 = memref.load %v1[%i152, %i153] : memref<?x?xf32>
        %v155 = arith.extf %v154 : f32 to f64
        %v156 = memref.load %a5[%i153, %k0] : memref<?x?xf32>
        %v157 = memref.load %a5[%i153, %k2] : memref<?x?xf32>
        %v158 = arith.extf %v156 : f32 to f64
        %v159 = arith.extf %v157 : f32 to f64
        %v160 = memref.load %v48[%i153, %k0] : memref<?x?xf64>
        %v161 = memref.load %v48[%i153, %k2] : memref<?x?xf64>
        %v162 = arith.mulf %v158, %v160 : f64
        %v163 = arith.mulf %v159, %v161 : f64
        %v164 = arith.mulf %v158, %v161 : f64
        %v165 = arith.mulf %v159, %v160 : f64
        %v166 = arith.subf %v162, %v163 : f64
        %v167 = arith.addf %v164, %v165 : f64
        %v168 = arith.addf %v166, %v155 : f64
        memref.store %v168, %v48[%i153, %k0] : memref<?x?xf64>
        memref.store %v167, %v48[%i153, %k2] : memref<?x?xf64>
        %v169 = memref.load %a5[%i153, %k10] : memref<?x?xf32>
        %v170 = memref.load %a5[%i153, %k3] : memref<?x?xf32>
        %v171 = arith.extf %v169 : f32 to f64
        %v172 = arith.extf %v170 : f32 to f64
        %v173 = memref.load %v48[%i153, %k10] : memref<?x?xf64>
        %v174 = memref.load %v48[%i153, %k3] : memref<?x?xf64>
        %v175 = arith.mulf %v171, %v173 : f64
        %v176 = arith.mulf %v172, %v174 : f64
        %v177 = arith.mulf %v171, %v174 : f64
        %v178 = arith.mulf %v172, %v173 : f64
        %v179 = arith.subf %v175, %v176 : f64
        %v180 = arith.addf %v177, %v178 : f64
        %v181 = arith.addf %v179, %v155 : f64
        memref.store %v181, %v48[%i153, %k10] : memref<?x?xf64>
        memref.store %v180, %v48[%i153, %k3] : memref<?x?xf64>
      }
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  memref.dealloc %v2 : memref<?x?xf32>
  memref.dealloc %v48 : memref<?x?xf64>
  memref.dealloc %v51 : memref<?x?xf64>
  return
}
func.func @k103(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
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
func.func @k104(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
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
func.func @k108(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 80 : index
  %k2 = arith.constant 48 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 4.80000000000000000e1 : f32
  %k6 = arith.constant 9.99999974737875164e-6 : f32
  %k7 = arith.constant 1.00000000000000000e0 : f32
  %k8 = arith.constant 7.07106769084930420e-1 : f32
  %k9 = arith.constant 5.00000000000000000e-1 : f32
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
    %v10 = math.sqrt %v9 : f32
    %v11 = arith.addf %v10, %k6 : f32
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
      %v41 = arith.mulf %v39, %k8 : f32
      %v42 = math.erf %v41 : f32
      %v43 = arith.addf %k7, %v42 : f32
      %v44 = arith.mulf %v39, %k9 : f32
      %v45 = arith.mulf %v44, %v43 : f32
      %v46 = arith.mulf %v45, %v40 : f32
      memref.store %v46, %out[%i37, %i38] : memref<?x?xf32>
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  memref.dealloc %v18 : memref<?x?xf32>
  return
}
func.func @k110(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
  %k2 = arith.constant 80 : index
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
func.func @k111(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 48 : index
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
func.func @k113(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 61 : index
  %k2 = arith.constant 48 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 4.80000000000000000e1 : f32
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
    %v10 = math.sqrt %v9 : f32
    %v11 = arith.addf %v10, %k6 : f32
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
