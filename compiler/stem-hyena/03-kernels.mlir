module {
func.func @k2(%a0: memref<?x?xf32>, %a1: memref<?x?xi64>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 64 : index
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
  %k1 = arith.constant 192 : index
  %k2 = arith.constant 64 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 6.40000000000000000e1 : f32
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
  %k1 = arith.constant 64 : index
  %k2 = arith.constant 1 : index
  %k3 = arith.constant 8 : index
  %k4 = arith.constant 24 : index
  %k5 = arith.constant 2 : index
  %k6 = arith.constant 3 : index
  %k7 = arith.constant 0.00000000000000000e0 : f32
  %k8 = arith.constant 16 : index
  %k9 = arith.constant 4 : index
  %k10 = arith.constant 0.00000000000000000e0 : f64
  %k11 = arith.constant 15 : index
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
  %v60 = memref.alloc(%k1, %k9) : memref<?x?xf64>
  scf.for %i61 = %k0 to %k1 step %k2 {
    scf.for %i62 = %k0 to %k9 step %k2 {
      memref.store %k10, %v60[%i61, %i62] : memref<?x?xf64>
    }
  }
  %v63 = memref.alloc(%k1, %k9) : memref<?x?xf64>
  scf.for %i64 = %k0 to %k1 step %k2 {
    scf.for %i65 = %k0 to %k9 step %k2 {
      memref.store %k10, %v63[%i64, %i65] : memref<?x?xf64>
    }
  }
  %v66 = arith.addi %v0, %k11 : index
  %v67 = arith.divui %v66, %k8 : index
  scf.for %i68 = %k0 to %v67 step %k2 {
    %v69 = arith.muli %i68, %k8 : index
    %v70 = arith.addi %v69, %k8 : index
    %v71 = arith.minui %v70, %v0 : index
    scf.for %i72 = %k0 to %k1 step %k2 {
      %v73 = memref.load %a5[%i72, %k0] : memref<?x?xf32>
      %v74 = memref.load %a5[%i72, %k2] : memref<?x?xf32>
      %v75 = arith.extf %v73 : f32 to f64
      %v76 = arith.extf %v74 : f32 to f64
      memref.store %v75, %v63[%i72, %k0] : memref<?x?xf64>
      memref.store %v76, %v63[%i72, %k2] : memref<?x?xf64>
      %v77 = memref.load %a5[%i72, %k5] : memref<?x?xf32>
      %v78 = memref.load %a5[%i72, %k6] : memref<?x?xf32>
      %v79 = arith.extf %v77 : f32 to f64
      %v80 = arith.extf %v78 : f32 to f64
      memref.store %v79, %v63[%i72, %k5] : memref<?x?xf64>
      memref.store %v80, %v63[%i72, %k6] : memref<?x?xf64>
    }
    scf.for %i81 = %v69 to %v71 step %k2 {
      %v82 = arith.subi %i81, %v69 : index
      %v83 = arith.addi %v82, %k2 : index
      scf.for %i84 = %k0 to %k1 step %k2 {
        %r87 = scf.for %i85 = %k0 to %v83 step %k2 iter_args(%a86 = %k7) -> (f32) {
          %v88 = memref.load %a4[%i84, %i85] : memref<?x?xf32>
          %v89 = arith.subi %i81, %i85 : index
          %v90 = memref.load %v1[%v89, %i84] : memref<?x?xf32>
          %v91 = arith.mulf %v88, %v90 : f32
          %v92 = arith.addf %a86, %v91 : f32
          scf.yield %v92 : f32
        }
        %v93 = memref.load %v63[%i84, %k0] : memref<?x?xf64>
        %v94 = memref.load %v63[%i84, %k2] : memref<?x?xf64>
        %v95 = memref.load %v60[%i84, %k0] : memref<?x?xf64>
        %v96 = memref.load %v60[%i84, %k2] : memref<?x?xf64>
        %v97 = memref.load %a6[%i84, %k0] : memref<?x?xf32>
        %v98 = memref.load %a6[%i84, %k2] : memref<?x?xf32>
        %v99 = arith.extf %v97 : f32 to f64
        %v100 = arith.extf %v98 : f32 to f64
        %v101 = arith.mulf %v93, %v95 : f64
        %v102 = arith.mulf %v94, %v96 : f64
        %v103 = arith.mulf %v93, %v96 : f64
        %v104 = arith.mulf %v94, %v95 : f64
        %v105 = arith.subf %v101, %v102 : f64
        %v106 = arith.addf %v103, %v104 : f64
        %v107 = arith.mulf %v99, %v105 : f64
        %v108 = arith.mulf %v100, %v106 : f64
        %v109 = arith.mulf %v99, %v106 : f64
        %v110 = arith.mulf %v100, %v105 : f64
        %v111 = arith.subf %v107, %v108 : f64
        %v112 = arith.addf %v109, %v110 : f64
        %v113 = arith.addf %k10, %v111 : f64
        %v114 = memref.load %a5[%i84, %k0] : memref<?x?xf32>
        %v115 = memref.load %a5[%i84, %k2] : memref<?x?xf32>
        %v116 = arith.extf %v114 : f32 to f64
        %v117 = arith.extf %v115 : f32 to f64
        %v118 = arith.mulf %v93, %v116 : f64
        %v119 = arith.mulf %v94, %v117 : f64
        %v120 = arith.mulf %v93, %v117 : f64
        %v121 = arith.mulf %v94, %v116 : f64
        %v122 = arith.subf %v118, %v119 : f64
        %v123 = arith.addf %v120, %v121 : f64
        memref.store %v122, %v63[%i84, %k0] : memref<?x?xf64>
        memref.store %v123, %v63[%i84, %k2] : memref<?x?xf64>
        %v124 = memref.load %v63[%i84, %k5] : memref<?x?xf64>
        %v125 = memref.load %v63[%i84, %k6] : memref<?x?xf64>
        %v126 = memref.load %v60[%i84, %k5] : memref<?x?xf64>
        %v127 = memref.load %v60[%i84, %k6] : memref<?x?xf64>
        %v128 = memref.load %a6[%i84, %k5] : memref<?x?xf32>
        %v129 = memref.load %a6[%i84, %k6] : memref<?x?xf32>
        %v130 = arith.extf %v128 : f32 to f64
        %v131 = arith.extf %v129 : f32 to f64
        %v132 = arith.mulf %v124, %v126 : f64
        %v133 = arith.mulf %v125, %v127 : f64
        %v134 = arith.mulf %v124, %v127 : f64
        %v135 = arith.mulf %v125, %v126 : f64
        %v136 = arith.subf %v132, %v133 : f64
        %v137 = arith.addf %v134, %v135 : f64
        %v138 = arith.mulf %v130, %v136 : f64
        %v139 = arith.mulf %v131, %v137 : f64
        %v140 = arith.mulf %v130, %v137 : f64
        %v141 = arith.mulf %v131, %v136 : f64
        %v142 = arith.subf %v138, %v139 : f64
        %v143 = arith.addf %v140, %v141 : f64
        %v144 = arith.addf %v113, %v142 : f64
        %v145 = memref.load %a5[%i84, %k5] : memref<?x?xf32>
        %v146 = memref.load %a5[%i84, %k6] : memref<?x?xf32>
        %v147 = arith.extf %v145 : f32 to f64
        %v148 = arith.extf %v146 : f32 to f64
        %v149 = arith.mulf %v124, %v147 : f64
        %v150 = arith.mulf %v125, %v148 : f64
        %v151 = arith.mulf %v124, %v148 : f64
        %v152 = arith.mulf %v125, %v147 : f64
        %v153 = arith.subf %v149, %v150 : f64
        %v154 = arith.addf %v151, %v152 : f64
        memref.store %v153, %v63[%i84, %k5] : memref<?x?xf64>
        memref.store %v154, %v63[%i84, %k6] : memref<?x?xf64>
        %v155 = arith.extf %r87 : f32 to f64
        %v156 = arith.addf %v155, %v144 : f64
        %v157 = arith.truncf %v156 : f64 to f32
        %v158 = memref.load %v1[%i81, %i84] : memref<?x?xf32>
        %v159 = memref.load %a3[%i84, %k0] : memref<?x?xf32>
        %v160 = arith.mulf %v159, %v158 : f32
        %v161 = arith.addf %v157, %v160 : f32
        %v162 = memref.load %v2[%i81, %i84] : memref<?x?xf32>
        %v163 = arith.mulf %v161, %v162 : f32
        memref.store %v163, %out[%i81, %i84] : memref<?x?xf32>
      }
    }
    scf.for %i164 = %v69 to %v71 step %k2 {
      scf.for %i165 = %k0 to %k1 step %k2 {
        %v166 = memref.load %v1[%i164, %i165] : memref<?x?xf32>
        %v167 = arith.extf %v166 : f32 to f64
        %v168 = memref.load %a5[%i165, %k0] : memref<?x?xf32>
        %v169 = memref.load %a5[%i165, %k2] : memref<?x?xf32>
        %v170 = arith.extf %v168 : f32 to f64
        %v171 = arith.extf %v169 : f32 to f64
        %v172 = memref.load %v60[%i165, %k0] : memref<?x?xf64>
        %v173 = memref.load %v60[%i165, %k2] : memref<?x?xf64>
        %v174 = arith.mulf %v170, %v172 : f64
        %v175 = arith.mulf %v171, %v173 : f64
        %v176 = arith.mulf %v170, %v173 : f64
        %v177 = arith.mulf %v171, %v172 : f64
        %v178 = arith.subf %v174, %v175 : f64
        %v179 = arith.addf %v176, %v177 : f64
        %v180 = arith.addf %v178, %v167 : f64
        memref.store %v180, %v60[%i165, %k0] : memref<?x?xf64>
        memref.store %v179, %v60[%i165, %k2] : memref<?x?xf64>
        %v181 = memref.load %a5[%i165, %k5] : memref<?x?xf32>
        %v182 = memref.load %a5[%i165, %k6] : memref<?x?xf32>
        %v183 = arith.extf %v181 : f32 to f64
        %v184 = arith.extf %v182 : f32 to f64
        %v185 = memref.load %v60[%i165, %k5] : memref<?x?xf64>
        %v186 = memref.load %v60[%i165, %k6] : memref<?x?xf64>
        %v187 = arith.mulf %v183, %v185 : f64
        %v188 = arith.mulf %v184, %v186 : f64
        %v189 = arith.mulf %v183, %v186 : f64
        %v190 = arith.mulf %v184, %v185 : f64
        %v191 = arith.subf %v187, %v188 : f64
        %v192 = arith.addf %v189, %v190 : f64
        %v193 = arith.addf %v191, %v167 : f64
        memref.store %v193, %v60[%i165, %k5] : memref<?x?xf64>
        memref.store %v192, %v60[%i165, %k6] : memref<?x?xf64>
      }
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  memref.dealloc %v2 : memref<?x?xf32>
  memref.dealloc %v60 : memref<?x?xf64>
  memref.dealloc %v63 : memref<?x?xf64>
  return
}
func.func @k16(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 64 : index
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
  %k1 = arith.constant 64 : index
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
  %k1 = arith.constant 192 : index
  %k2 = arith.constant 64 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 6.40000000000000000e1 : f32
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
  %k1 = arith.constant 64 : index
  %k2 = arith.constant 192 : index
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
  %k1 = arith.constant 64 : index
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
  %k1 = arith.constant 192 : index
  %k2 = arith.constant 64 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 6.40000000000000000e1 : f32
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
  %k1 = arith.constant 64 : index
  %k2 = arith.constant 1 : index
  %k3 = arith.constant 8 : index
  %k4 = arith.constant 24 : index
  %k5 = arith.constant 2 : index
  %k6 = arith.constant 3 : index
  %k7 = arith.constant 0.00000000000000000e0 : f32
  %k8 = arith.constant 16 : index
  %k9 = arith.constant 4 : index
  %k10 = arith.constant 0.00000000000000000e0 : f64
  %k11 = arith.constant 15 : index
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
  %v60 = memref.alloc(%k1, %k9) : memref<?x?xf64>
  scf.for %i61 = %k0 to %k1 step %k2 {
    scf.for %i62 = %k0 to %k9 step %k2 {
      memref.store %k10, %v60[%i61, %i62] : memref<?x?xf64>
    }
  }
  %v63 = memref.alloc(%k1, %k9) : memref<?x?xf64>
  scf.for %i64 = %k0 to %k1 step %k2 {
    scf.for %i65 = %k0 to %k9 step %k2 {
      memref.store %k10, %v63[%i64, %i65] : memref<?x?xf64>
    }
  }
  %v66 = arith.addi %v0, %k11 : index
  %v67 = arith.divui %v66, %k8 : index
  scf.for %i68 = %k0 to %v67 step %k2 {
    %v69 = arith.muli %i68, %k8 : index
    %v70 = arith.addi %v69, %k8 : index
    %v71 = arith.minui %v70, %v0 : index
    scf.for %i72 = %k0 to %k1 step %k2 {
      %v73 = memref.load %a5[%i72, %k0] : memref<?x?xf32>
      %v74 = memref.load %a5[%i72, %k2] : memref<?x?xf32>
      %v75 = arith.extf %v73 : f32 to f64
      %v76 = arith.extf %v74 : f32 to f64
      memref.store %v75, %v63[%i72, %k0] : memref<?x?xf64>
      memref.store %v76, %v63[%i72, %k2] : memref<?x?xf64>
      %v77 = memref.load %a5[%i72, %k5] : memref<?x?xf32>
      %v78 = memref.load %a5[%i72, %k6] : memref<?x?xf32>
      %v79 = arith.extf %v77 : f32 to f64
      %v80 = arith.extf %v78 : f32 to f64
      memref.store %v79, %v63[%i72, %k5] : memref<?x?xf64>
      memref.store %v80, %v63[%i72, %k6] : memref<?x?xf64>
    }
    scf.for %i81 = %v69 to %v71 step %k2 {
      %v82 = arith.subi %i81, %v69 : index
      %v83 = arith.addi %v82, %k2 : index
      scf.for %i84 = %k0 to %k1 step %k2 {
        %r87 = scf.for %i85 = %k0 to %v83 step %k2 iter_args(%a86 = %k7) -> (f32) {
          %v88 = memref.load %a4[%i84, %i85] : memref<?x?xf32>
          %v89 = arith.subi %i81, %i85 : index
          %v90 = memref.load %v1[%v89, %i84] : memref<?x?xf32>
          %v91 = arith.mulf %v88, %v90 : f32
          %v92 = arith.addf %a86, %v91 : f32
          scf.yield %v92 : f32
        }
        %v93 = memref.load %v63[%i84, %k0] : memref<?x?xf64>
        %v94 = memref.load %v63[%i84, %k2] : memref<?x?xf64>
        %v95 = memref.load %v60[%i84, %k0] : memref<?x?xf64>
        %v96 = memref.load %v60[%i84, %k2] : memref<?x?xf64>
        %v97 = memref.load %a6[%i84, %k0] : memref<?x?xf32>
        %v98 = memref.load %a6[%i84, %k2] : memref<?x?xf32>
        %v99 = arith.extf %v97 : f32 to f64
        %v100 = arith.extf %v98 : f32 to f64
        %v101 = arith.mulf %v93, %v95 : f64
        %v102 = arith.mulf %v94, %v96 : f64
        %v103 = arith.mulf %v93, %v96 : f64
        %v104 = arith.mulf %v94, %v95 : f64
        %v105 = arith.subf %v101, %v102 : f64
        %v106 = arith.addf %v103, %v104 : f64
        %v107 = arith.mulf %v99, %v105 : f64
        %v108 = arith.mulf %v100, %v106 : f64
        %v109 = arith.mulf %v99, %v106 : f64
        %v110 = arith.mulf %v100, %v105 : f64
        %v111 = arith.subf %v107, %v108 : f64
        %v112 = arith.addf %v109, %v110 : f64
        %v113 = arith.addf %k10, %v111 : f64
        %v114 = memref.load %a5[%i84, %k0] : memref<?x?xf32>
        %v115 = memref.load %a5[%i84, %k2] : memref<?x?xf32>
        %v116 = arith.extf %v114 : f32 to f64
        %v117 = arith.extf %v115 : f32 to f64
        %v118 = arith.mulf %v93, %v116 : f64
        %v119 = arith.mulf %v94, %v117 : f64
        %v120 = arith.mulf %v93, %v117 : f64
        %v121 = arith.mulf %v94, %v116 : f64
        %v122 = arith.subf %v118, %v119 : f64
        %v123 = arith.addf %v120, %v121 : f64
        memref.store %v122, %v63[%i84, %k0] : memref<?x?xf64>
        memref.store %v123, %v63[%i84, %k2] : memref<?x?xf64>
        %v124 = memref.load %v63[%i84, %k5] : memref<?x?xf64>
        %v125 = memref.load %v63[%i84, %k6] : memref<?x?xf64>
        %v126 = memref.load %v60[%i84, %k5] : memref<?x?xf64>
        %v127 = memref.load %v60[%i84, %k6] : memref<?x?xf64>
        %v128 = memref.load %a6[%i84, %k5] : memref<?x?xf32>
        %v129 = memref.load %a6[%i84, %k6] : memref<?x?xf32>
        %v130 = arith.extf %v128 : f32 to f64
        %v131 = arith.extf %v129 : f32 to f64
        %v132 = arith.mulf %v124, %v126 : f64
        %v133 = arith.mulf %v125, %v127 : f64
        %v134 = arith.mulf %v124, %v127 : f64
        %v135 = arith.mulf %v125, %v126 : f64
        %v136 = arith.subf %v132, %v133 : f64
        %v137 = arith.addf %v134, %v135 : f64
        %v138 = arith.mulf %v130, %v136 : f64
        %v139 = arith.mulf %v131, %v137 : f64
        %v140 = arith.mulf %v130, %v137 : f64
        %v141 = arith.mulf %v131, %v136 : f64
        %v142 = arith.subf %v138, %v139 : f64
        %v143 = arith.addf %v140, %v141 : f64
        %v144 = arith.addf %v113, %v142 : f64
        %v145 = memref.load %a5[%i84, %k5] : memref<?x?xf32>
        %v146 = memref.load %a5[%i84, %k6] : memref<?x?xf32>
        %v147 = arith.extf %v145 : f32 to f64
        %v148 = arith.extf %v146 : f32 to f64
        %v149 = arith.mulf %v124, %v147 : f64
        %v150 = arith.mulf %v125, %v148 : f64
        %v151 = arith.mulf %v124, %v148 : f64
        %v152 = arith.mulf %v125, %v147 : f64
        %v153 = arith.subf %v149, %v150 : f64
        %v154 = arith.addf %v151, %v152 : f64
        memref.store %v153, %v63[%i84, %k5] : memref<?x?xf64>
        memref.store %v154, %v63[%i84, %k6] : memref<?x?xf64>
        %v155 = arith.extf %r87 : f32 to f64
        %v156 = arith.addf %v155, %v144 : f64
        %v157 = arith.truncf %v156 : f64 to f32
        %v158 = memref.load %v1[%i81, %i84] : memref<?x?xf32>
        %v159 = memref.load %a3[%i84, %k0] : memref<?x?xf32>
        %v160 = arith.mulf %v159, %v158 : f32
        %v161 = arith.addf %v157, %v160 : f32
        %v162 = memref.load %v2[%i81, %i84] : memref<?x?xf32>
        %v163 = arith.mulf %v161, %v162 : f32
        memref.store %v163, %out[%i81, %i84] : memref<?x?xf32>
      }
    }
    scf.for %i164 = %v69 to %v71 step %k2 {
      scf.for %i165 = %k0 to %k1 step %k2 {
        %v166 = memref.load %v1[%i164, %i165] : memref<?x?xf32>
        %v167 = arith.extf %v166 : f32 to f64
        %v168 = memref.load %a5[%i165, %k0] : memref<?x?xf32>
        %v169 = memref.load %a5[%i165, %k2] : memref<?x?xf32>
        %v170 = arith.extf %v168 : f32 to f64
        %v171 = arith.extf %v169 : f32 to f64
        %v172 = memref.load %v60[%i165, %k0] : memref<?x?xf64>
        %v173 = memref.load %v60[%i165, %k2] : memref<?x?xf64>
        %v174 = arith.mulf %v170, %v172 : f64
        %v175 = arith.mulf %v171, %v173 : f64
        %v176 = arith.mulf %v170, %v173 : f64
        %v177 = arith.mulf %v171, %v172 : f64
        %v178 = arith.subf %v174, %v175 : f64
        %v179 = arith.addf %v176, %v177 : f64
        %v180 = arith.addf %v178, %v167 : f64
        memref.store %v180, %v60[%i165, %k0] : memref<?x?xf64>
        memref.store %v179, %v60[%i165, %k2] : memref<?x?xf64>
        %v181 = memref.load %a5[%i165, %k5] : memref<?x?xf32>
        %v182 = memref.load %a5[%i165, %k6] : memref<?x?xf32>
        %v183 = arith.extf %v181 : f32 to f64
        %v184 = arith.extf %v182 : f32 to f64
        %v185 = memref.load %v60[%i165, %k5] : memref<?x?xf64>
        %v186 = memref.load %v60[%i165, %k6] : memref<?x?xf64>
        %v187 = arith.mulf %v183, %v185 : f64
        %v188 = arith.mulf %v184, %v186 : f64
        %v189 = arith.mulf %v183, %v186 : f64
        %v190 = arith.mulf %v184, %v185 : f64
        %v191 = arith.subf %v187, %v188 : f64
        %v192 = arith.addf %v189, %v190 : f64
        %v193 = arith.addf %v191, %v167 : f64
        memref.store %v193, %v60[%i165, %k5] : memref<?x?xf64>
        memref.store %v192, %v60[%i165, %k6] : memref<?x?xf64>
      }
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  memref.dealloc %v2 : memref<?x?xf32>
  memref.dealloc %v60 : memref<?x?xf64>
  memref.dealloc %v63 : memref<?x?xf64>
  return
}
func.func @k38(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 64 : index
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
  %k1 = arith.constant 64 : index
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
  %k1 = arith.constant 192 : index
  %k2 = arith.constant 64 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 6.40000000000000000e1 : f32
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
func.func @k45(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 64 : index
  %k2 = arith.constant 192 : index
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
  %k1 = arith.constant 64 : index
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
  %k1 = arith.constant 192 : index
  %k2 = arith.constant 64 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 6.40000000000000000e1 : f32
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
func.func @k57(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %a4: memref<?x?xf32>, %a5: memref<?x?xf32>, %a6: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 64 : index
  %k2 = arith.constant 1 : index
  %k3 = arith.constant 8 : index
  %k4 = arith.constant 24 : index
  %k5 = arith.constant 2 : index
  %k6 = arith.constant 3 : index
  %k7 = arith.constant 0.00000000000000000e0 : f32
  %k8 = arith.constant 16 : index
  %k9 = arith.constant 4 : index
  %k10 = arith.constant 0.00000000000000000e0 : f64
  %k11 = arith.constant 15 : index
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
  %v60 = memref.alloc(%k1, %k9) : memref<?x?xf64>
  scf.for %i61 = %k0 to %k1 step %k2 {
    scf.for %i62 = %k0 to %k9 step %k2 {
      memref.store %k10, %v60[%i61, %i62] : memref<?x?xf64>
    }
  }
  %v63 = memref.alloc(%k1, %k9) : memref<?x?xf64>
  scf.for %i64 = %k0 to %k1 step %k2 {
    scf.for %i65 = %k0 to %k9 step %k2 {
      memref.store %k10, %v63[%i64, %i65] : memref<?x?xf64>
    }
  }
  %v66 = arith.addi %v0, %k11 : index
  %v67 = arith.divui %v66, %k8 : index
  scf.for %i68 = %k0 to %v67 step %k2 {
    %v69 = arith.muli %i68, %k8 : index
    %v70 = arith.addi %v69, %k8 : index
    %v71 = arith.minui %v70, %v0 : index
    scf.for %i72 = %k0 to %k1 step %k2 {
      %v73 = memref.load %a5[%i72, %k0] : memref<?x?xf32>
      %v74 = memref.load %a5[%i72, %k2] : memref<?x?xf32>
      %v75 = arith.extf %v73 : f32 to f64
      %v76 = arith.extf %v74 : f32 to f64
      memref.store %v75, %v63[%i72, %k0] : memref<?x?xf64>
      memref.store %v76, %v63[%i72, %k2] : memref<?x?xf64>
      %v77 = memref.load %a5[%i72, %k5] : memref<?x?xf32>
      %v78 = memref.load %a5[%i72, %k6] : memref<?x?xf32>
      %v79 = arith.extf %v77 : f32 to f64
      %v80 = arith.extf %v78 : f32 to f64
      memref.store %v79, %v63[%i72, %k5] : memref<?x?xf64>
      memref.store %v80, %v63[%i72, %k6] : memref<?x?xf64>
    }
    scf.for %i81 = %v69 to %v71 step %k2 {
      %v82 = arith.subi %i81, %v69 : index
      %v83 = arith.addi %v82, %k2 : index
      scf.for %i84 = %k0 to %k1 step %k2 {
        %r87 = scf.for %i85 = %k0 to %v83 step %k2 iter_args(%a86 = %k7) -> (f32) {
          %v88 = memref.load %a4[%i84, %i85] : memref<?x?xf32>
          %v89 = arith.subi %i81, %i85 : index
          %v90 = memref.load %v1[%v89, %i84] : memref<?x?xf32>
          %v91 = arith.mulf %v88, %v90 : f32
          %v92 = arith.addf %a86, %v91 : f32
          scf.yield %v92 : f32
        }
        %v93 = memref.load %v63[%i84, %k0] : memref<?x?xf64>
        %v94 = memref.load %v63[%i84, %k2] : memref<?x?xf64>
        %v95 = memref.load %v60[%i84, %k0] : memref<?x?xf64>
        %v96 = memref.load %v60[%i84, %k2] : memref<?x?xf64>
        %v97 = memref.load %a6[%i84, %k0] : memref<?x?xf32>
        %v98 = memref.load %a6[%i84, %k2] : memref<?x?xf32>
        %v99 = arith.extf %v97 : f32 to f64
        %v100 = arith.extf %v98 : f32 to f64
        %v101 = arith.mulf %v93, %v95 : f64
        %v102 = arith.mulf %v94, %v96 : f64
        %v103 = arith.mulf %v93, %v96 : f64
        %v104 = arith.mulf %v94, %v95 : f64
        %v105 = arith.subf %v101, %v102 : f64
        %v106 = arith.addf %v103, %v104 : f64
        %v107 = arith.mulf %v99, %v105 : f64
        %v108 = arith.mulf %v100, %v106 : f64
        %v109 = arith.mulf %v99, %v106 : f64
        %v110 = arith.mulf %v100, %v105 : f64
        %v111 = arith.subf %v107, %v108 : f64
        %v112 = arith.addf %v109, %v110 : f64
        %v113 = arith.addf %k10, %v111 : f64
        %v114 = memref.load %a5[%i84, %k0] : memref<?x?xf32>
        %v115 = memref.load %a5[%i84, %k2] : memref<?x?xf32>
        %v116 = arith.extf %v114 : f32 to f64
        %v117 = arith.extf %v115 : f32 to f64
        %v118 = arith.mulf %v93, %v116 : f64
        %v119 = arith.mulf %v94, %v117 : f64
        %v120 = arith.mulf %v93, %v117 : f64
        %v121 = arith.mulf %v94, %v116 : f64
        %v122 = arith.subf %v118, %v119 : f64
        %v123 = arith.addf %v120, %v121 : f64
        memref.store %v122, %v63[%i84, %k0] : memref<?x?xf64>
        memref.store %v123, %v63[%i84, %k2] : memref<?x?xf64>
        %v124 = memref.load %v63[%i84, %k5] : memref<?x?xf64>
        %v125 = memref.load %v63[%i84, %k6] : memref<?x?xf64>
        %v126 = memref.load %v60[%i84, %k5] : memref<?x?xf64>
        %v127 = memref.load %v60[%i84, %k6] : memref<?x?xf64>
        %v128 = memref.load %a6[%i84, %k5] : memref<?x?xf32>
        %v129 = memref.load %a6[%i84, %k6] : memref<?x?xf32>
        %v130 = arith.extf %v128 : f32 to f64
        %v131 = arith.extf %v129 : f32 to f64
        %v132 = arith.mulf %v124, %v126 : f64
        %v133 = arith.mulf %v125, %v127 : f64
        %v134 = arith.mulf %v124, %v127 : f64
        %v135 = arith.mulf %v125, %v126 : f64
        %v136 = arith.subf %v132, %v133 : f64
        %v137 = arith.addf %v134, %v135 : f64
        %v138 = arith.mulf %v130, %v136 : f64
        %v139 = arith.mulf %v131, %v137 : f64
        %v140 = arith.mulf %v130, %v137 : f64
        %v141 = arith.mulf %v131, %v136 : f64
        %v142 = arith.subf %v138, %v139 : f64
        %v143 = arith.addf %v140, %v141 : f64
        %v144 = arith.addf %v113, %v142 : f64
        %v145 = memref.load %a5[%i84, %k5] : memref<?x?xf32>
        %v146 = memref.load %a5[%i84, %k6] : memref<?x?xf32>
        %v147 = arith.extf %v145 : f32 to f64
        %v148 = arith.extf %v146 : f32 to f64
        %v149 = arith.mulf %v124, %v147 : f64
        %v150 = arith.mulf %v125, %v148 : f64
        %v151 = arith.mulf %v124, %v148 : f64
        %v152 = arith.mulf %v125, %v147 : f64
        %v153 = arith.subf %v149, %v150 : f64
        %v154 = arith.addf %v151, %v152 : f64
        memref.store %v153, %v63[%i84, %k5] : memref<?x?xf64>
        memref.store %v154, %v63[%i84, %k6] : memref<?x?xf64>
        %v155 = arith.extf %r87 : f32 to f64
        %v156 = arith.addf %v155, %v144 : f64
        %v157 = arith.truncf %v156 : f64 to f32
        %v158 = memref.load %v1[%i81, %i84] : memref<?x?xf32>
        %v159 = memref.load %a3[%i84, %k0] : memref<?x?xf32>
        %v160 = arith.mulf %v159, %v158 : f32
        %v161 = arith.addf %v157, %v160 : f32
        %v162 = memref.load %v2[%i81, %i84] : memref<?x?xf32>
        %v163 = arith.mulf %v161, %v162 : f32
        memref.store %v163, %out[%i81, %i84] : memref<?x?xf32>
      }
    }
    scf.for %i164 = %v69 to %v71 step %k2 {
      scf.for %i165 = %k0 to %k1 step %k2 {
        %v166 = memref.load %v1[%i164, %i165] : memref<?x?xf32>
        %v167 = arith.extf %v166 : f32 to f64
        %v168 = memref.load %a5[%i165, %k0] : memref<?x?xf32>
        %v169 = memref.load %a5[%i165, %k2] : memref<?x?xf32>
        %v170 = arith.extf %v168 : f32 to f64
        %v171 = arith.extf %v169 : f32 to f64
        %v172 = memref.load %v60[%i165, %k0] : memref<?x?xf64>
        %v173 = memref.load %v60[%i165, %k2] : memref<?x?xf64>
        %v174 = arith.mulf %v170, %v172 : f64
        %v175 = arith.mulf %v171, %v173 : f64
        %v176 = arith.mulf %v170, %v173 : f64
        %v177 = arith.mulf %v171, %v172 : f64
        %v178 = arith.subf %v174, %v175 : f64
        %v179 = arith.addf %v176, %v177 : f64
        %v180 = arith.addf %v178, %v167 : f64
        memref.store %v180, %v60[%i165, %k0] : memref<?x?xf64>
        memref.store %v179, %v60[%i165, %k2] : memref<?x?xf64>
        %v181 = memref.load %a5[%i165, %k5] : memref<?x?xf32>
        %v182 = memref.load %a5[%i165, %k6] : memref<?x?xf32>
        %v183 = arith.extf %v181 : f32 to f64
        %v184 = arith.extf %v182 : f32 to f64
        %v185 = memref.load %v60[%i165, %k5] : memref<?x?xf64>
        %v186 = memref.load %v60[%i165, %k6] : memref<?x?xf64>
        %v187 = arith.mulf %v183, %v185 : f64
        %v188 = arith.mulf %v184, %v186 : f64
        %v189 = arith.mulf %v183, %v186 : f64
        %v190 = arith.mulf %v184, %v185 : f64
        %v191 = arith.subf %v187, %v188 : f64
        %v192 = arith.addf %v189, %v190 : f64
        %v193 = arith.addf %v191, %v167 : f64
        memref.store %v193, %v60[%i165, %k5] : memref<?x?xf64>
        memref.store %v192, %v60[%i165, %k6] : memref<?x?xf64>
      }
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  memref.dealloc %v2 : memref<?x?xf32>
  memref.dealloc %v60 : memref<?x?xf64>
  memref.dealloc %v63 : memref<?x?xf64>
  return
}
func.func @k60(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 64 : index
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
func.func @k61(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 64 : index
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
func.func @k65(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 192 : index
  %k2 = arith.constant 64 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 6.40000000000000000e1 : f32
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
func.func @k67(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 64 : index
  %k2 = arith.constant 192 : index
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
func.func @k68(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 64 : index
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
func.func @k72(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 192 : index
  %k2 = arith.constant 64 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 6.40000000000000000e1 : f32
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
func.func @k79(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %a4: memref<?x?xf32>, %a5: memref<?x?xf32>, %a6: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 64 : index
  %k2 = arith.constant 1 : index
  %k3 = arith.constant 8 : index
  %k4 = arith.constant 24 : index
  %k5 = arith.constant 2 : index
  %k6 = arith.constant 3 : index
  %k7 = arith.constant 0.00000000000000000e0 : f32
  %k8 = arith.constant 16 : index
  %k9 = arith.constant 4 : index
  %k10 = arith.constant 0.00000000000000000e0 : f64
  %k11 = arith.constant 15 : index
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
  %v60 = memref.alloc(%k1, %k9) : memref<?x?xf64>
  scf.for %i61 = %k0 to %k1 step %k2 {
    scf.for %i62 = %k0 to %k9 step %k2 {
      memref.store %k10, %v60[%i61, %i62] : memref<?x?xf64>
    }
  }
  %v63 = memref.alloc(%k1, %k9) : memref<?x?xf64>
  scf.for %i64 = %k0 to %k1 step %k2 {
    scf.for %i65 = %k0 to %k9 step %k2 {
      memref.store %k10, %v63[%i64, %i65] : memref<?x?xf64>
    }
  }
  %v66 = arith.addi %v0, %k11 : index
  %v67 = arith.divui %v66, %k8 : index
  scf.for %i68 = %k0 to %v67 step %k2 {
    %v69 = arith.muli %i68, %k8 : index
    %v70 = arith.addi %v69, %k8 : index
    %v71 = arith.minui %v70, %v0 : index
    scf.for %i72 = %k0 to %k1 step %k2 {
      %v73 = memref.load %a5[%i72, %k0] : memref<?x?xf32>
      %v74 = memref.load %a5[%i72, %k2] : memref<?x?xf32>
      %v75 = arith.extf %v73 : f32 to f64
      %v76 = arith.extf %v74 : f32 to f64
      memref.store %v75, %v63[%i72, %k0] : memref<?x?xf64>
      memref.store %v76, %v63[%i72, %k2] : memref<?x?xf64>
      %v77 = memref.load %a5[%i72, %k5] : memref<?x?xf32>
      %v78 = memref.load %a5[%i72, %k6] : memref<?x?xf32>
      %v79 = arith.extf %v77 : f32 to f64
      %v80 = arith.extf %v78 : f32 to f64
      memref.store %v79, %v63[%i72, %k5] : memref<?x?xf64>
      memref.store %v80, %v63[%i72, %k6] : memref<?x?xf64>
    }
    scf.for %i81 = %v69 to %v71 step %k2 {
      %v82 = arith.subi %i81, %v69 : index
      %v83 = arith.addi %v82, %k2 : index
      scf.for %i84 = %k0 to %k1 step %k2 {
        %r87 = scf.for %i85 = %k0 to %v83 step %k2 iter_args(%a86 = %k7) -> (f32) {
          %v88 = memref.load %a4[%i84, %i85] : memref<?x?xf32>
          %v89 = arith.subi %i81, %i85 : index
          %v90 = memref.load %v1[%v89, %i84] : memref<?x?xf32>
          %v91 = arith.mulf %v88, %v90 : f32
          %v92 = arith.addf %a86, %v91 : f32
          scf.yield %v92 : f32
        }
        %v93 = memref.load %v63[%i84, %k0] : memref<?x?xf64>
        %v94 = memref.load %v63[%i84, %k2] : memref<?x?xf64>
        %v95 = memref.load %v60[%i84, %k0] : memref<?x?xf64>
        %v96 = memref.load %v60[%i84, %k2] : memref<?x?xf64>
        %v97 = memref.load %a6[%i84, %k0] : memref<?x?xf32>
        %v98 = memref.load %a6[%i84, %k2] : memref<?x?xf32>
        %v99 = arith.extf %v97 : f32 to f64
        %v100 = arith.extf %v98 : f32 to f64
        %v101 = arith.mulf %v93, %v95 : f64
        %v102 = arith.mulf %v94, %v96 : f64
        %v103 = arith.mulf %v93, %v96 : f64
        %v104 = arith.mulf %v94, %v95 : f64
        %v105 = arith.subf %v101, %v102 : f64
        %v106 = arith.addf %v103, %v104 : f64
        %v107 = arith.mulf %v99, %v105 : f64
        %v108 = arith.mulf %v100, %v106 : f64
        %v109 = arith.mulf %v99, %v106 : f64
        %v110 = arith.mulf %v100, %v105 : f64
        %v111 = arith.subf %v107, %v108 : f64
        %v112 = arith.addf %v109, %v110 : f64
        %v113 = arith.addf %k10, %v111 : f64
        %v114 = memref.load %a5[%i84, %k0] : memref<?x?xf32>
        %v115 = memref.load %a5[%i84, %k2] : memref<?x?xf32>
        %v116 = arith.extf %v114 : f32 to f64
        %v117 = arith.extf %v115 : f32 to f64
        %v118 = arith.mulf %v93, %v116 : f64
        %v119 = arith.mulf %v94, %v117 : f64
        %v120 = arith.mulf %v93, %v117 : f64
        %v121 = arith.mulf %v94, %v116 : f64
        %v122 = arith.subf %v118, %v119 : f64
        %v123 = arith.addf %v120, %v121 : f64
        memref.store %v122, %v63[%i84, %k0] : memref<?x?xf64>
        memref.store %v123, %v63[%i84, %k2] : memref<?x?xf64>
        %v124 = memref.load %v63[%i84, %k5] : memref<?x?xf64>
        %v125 = memref.load %v63[%i84, %k6] : memref<?x?xf64>
        %v126 = memref.load %v60[%i84, %k5] : memref<?x?xf64>
        %v127 = memref.load %v60[%i84, %k6] : memref<?x?xf64>
        %v128 = memref.load %a6[%i84, %k5] : memref<?x?xf32>
        %v129 = memref.load %a6[%i84, %k6] : memref<?x?xf32>
        %v130 = arith.extf %v128 : f32 to f64
        %v131 = arith.extf %v129 : f32 to f64
        %v132 = arith.mulf %v124, %v126 : f64
        %v133 = arith.mulf %v125, %v127 : f64
        %v134 = arith.mulf %v124, %v127 : f64
        %v135 = arith.mulf %v125, %v126 : f64
        %v136 = arith.subf %v132, %v133 : f64
        %v137 = arith.addf %v134, %v135 : f64
        %v138 = arith.mulf %v130, %v136 : f64
        %v139 = arith.mulf %v131, %v137 : f64
        %v140 = arith.mulf %v130, %v137 : f64
        %v141 = arith.mulf %v131, %v136 : f64
        %v142 = arith.subf %v138, %v139 : f64
        %v143 = arith.addf %v140, %v141 : f64
        %v144 = arith.addf %v113, %v142 : f64
        %v145 = memref.load %a5[%i84, %k5] : memref<?x?xf32>
        %v146 = memref.load %a5[%i84, %k6] : memref<?x?xf32>
        %v147 = arith.extf %v145 : f32 to f64
        %v148 = arith.extf %v146 : f32 to f64
        %v149 = arith.mulf %v124, %v147 : f64
        %v150 = arith.mulf %v125, %v148 : f64
        %v151 = arith.mulf %v124, %v148 : f64
        %v152 = arith.mulf %v125, %v147 : f64
        %v153 = arith.subf %v149, %v150 : f64
        %v154 = arith.addf %v151, %v152 : f64
        memref.store %v153, %v63[%i84, %k5] : memref<?x?xf64>
        memref.store %v154, %v63[%i84, %k6] : memref<?x?xf64>
        %v155 = arith.extf %r87 : f32 to f64
        %v156 = arith.addf %v155, %v144 : f64
        %v157 = arith.truncf %v156 : f64 to f32
        %v158 = memref.load %v1[%i81, %i84] : memref<?x?xf32>
        %v159 = memref.load %a3[%i84, %k0] : memref<?x?xf32>
        %v160 = arith.mulf %v159, %v158 : f32
        %v161 = arith.addf %v157, %v160 : f32
        %v162 = memref.load %v2[%i81, %i84] : memref<?x?xf32>
        %v163 = arith.mulf %v161, %v162 : f32
        memref.store %v163, %out[%i81, %i84] : memref<?x?xf32>
      }
    }
    scf.for %i164 = %v69 to %v71 step %k2 {
      scf.for %i165 = %k0 to %k1 step %k2 {
        %v166 = memref.load %v1[%i164, %i165] : memref<?x?xf32>
        %v167 = arith.extf %v166 : f32 to f64
        %v168 = memref.load %a5[%i165, %k0] : memref<?x?xf32>
        %v169 = memref.load %a5[%i165, %k2] : memref<?x?xf32>
        %v170 = arith.extf %v168 : f32 to f64
        %v171 = arith.extf %v169 : f32 to f64
        %v172 = memref.load %v60[%i165, %k0] : memref<?x?xf64>
        %v173 = memref.load %v60[%i165, %k2] : memref<?x?xf64>
        %v174 = arith.mulf %v170, %v172 : f64
        %v175 = arith.mulf %v171, %v173 : f64
        %v176 = arith.mulf %v170, %v173 : f64
        %v177 = arith.mulf %v171, %v172 : f64
        %v178 = arith.subf %v174, %v175 : f64
        %v179 = arith.addf %v176, %v177 : f64
        %v180 = arith.addf %v178, %v167 : f64
        memref.store %v180, %v60[%i165, %k0] : memref<?x?xf64>
        memref.store %v179, %v60[%i165, %k2] : memref<?x?xf64>
        %v181 = memref.load %a5[%i165, %k5] : memref<?x?xf32>
        %v182 = memref.load %a5[%i165, %k6] : memref<?x?xf32>
        %v183 = arith.extf %v181 : f32 to f64
        %v184 = arith.extf %v182 : f32 to f64
        %v185 = memref.load %v60[%i165, %k5] : memref<?x?xf64>
        %v186 = memref.load %v60[%i165, %k6] : memref<?x?xf64>
        %v187 = arith.mulf %v183, %v185 : f64
        %v188 = arith.mulf %v184, %v186 : f64
        %v189 = arith.mulf %v183, %v186 : f64
        %v190 = arith.mulf %v184, %v185 : f64
        %v191 = arith.subf %v187, %v188 : f64
        %v192 = arith.addf %v189, %v190 : f64
        %v193 = arith.addf %v191, %v167 : f64
        memref.store %v193, %v60[%i165, %k5] : memref<?x?xf64>
        memref.store %v192, %v60[%i165, %k6] : memref<?x?xf64>
      }
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  memref.dealloc %v2 : memref<?x?xf32>
  memref.dealloc %v60 : memref<?x?xf64>
  memref.dealloc %v63 : memref<?x?xf64>
  return
}
func.func @k82(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 64 : index
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
func.func @k83(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 64 : index
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
func.func @k87(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 192 : index
  %k2 = arith.constant 64 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 6.40000000000000000e1 : f32
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
func.func @k89(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 64 : index
  %k2 = arith.constant 192 : index
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
func.func @k90(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 64 : index
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
func.func @k93(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 97 : index
  %k2 = arith.constant 64 : index
  %k3 = arith.constant 1 : index
  %k4 = arith.constant 0.00000000000000000e0 : f32
  %k5 = arith.constant 6.40000000000000000e1 : f32
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
