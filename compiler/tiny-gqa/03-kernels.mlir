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
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 1 : index
  %k3 = arith.constant 8 : index
  %k4 = arith.constant 24 : index
  %k5 = arith.constant 2 : index
  %k6 = arith.constant 3 : index
  %k7 = arith.constant 0.00000000000000000e0 : f32
  %k8 = arith.constant 16 : index
  %k9 = arith.constant 0.00000000000000000e0 : f64
  %k10 = arith.constant 15 : index
  %k11 = arith.constant 4 : index
  %k12 = arith.constant 5 : index
  %k13 = arith.constant 6 : index
  %k14 = arith.constant 7 : index
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
  %v60 = memref.alloc(%k1, %k3) : memref<?x?xf64>
  scf.for %i61 = %k0 to %k1 step %k2 {
    scf.for %i62 = %k0 to %k3 step %k2 {
      memref.store %k9, %v60[%i61, %i62] : memref<?x?xf64>
    }
  }
  %v63 = memref.alloc(%k1, %k3) : memref<?x?xf64>
  scf.for %i64 = %k0 to %k1 step %k2 {
    scf.for %i65 = %k0 to %k3 step %k2 {
      memref.store %k9, %v63[%i64, %i65] : memref<?x?xf64>
    }
  }
  %v66 = arith.addi %v0, %k10 : index
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
      %v81 = memref.load %a5[%i72, %k11] : memref<?x?xf32>
      %v82 = memref.load %a5[%i72, %k12] : memref<?x?xf32>
      %v83 = arith.extf %v81 : f32 to f64
      %v84 = arith.extf %v82 : f32 to f64
      memref.store %v83, %v63[%i72, %k11] : memref<?x?xf64>
      memref.store %v84, %v63[%i72, %k12] : memref<?x?xf64>
      %v85 = memref.load %a5[%i72, %k13] : memref<?x?xf32>
      %v86 = memref.load %a5[%i72, %k14] : memref<?x?xf32>
      %v87 = arith.extf %v85 : f32 to f64
      %v88 = arith.extf %v86 : f32 to f64
      memref.store %v87, %v63[%i72, %k13] : memref<?x?xf64>
      memref.store %v88, %v63[%i72, %k14] : memref<?x?xf64>
    }
    scf.for %i89 = %v69 to %v71 step %k2 {
      %v90 = arith.subi %i89, %v69 : index
      %v91 = arith.addi %v90, %k2 : index
      scf.for %i92 = %k0 to %k1 step %k2 {
        %r95 = scf.for %i93 = %k0 to %v91 step %k2 iter_args(%a94 = %k7) -> (f32) {
          %v96 = memref.load %a4[%i92, %i93] : memref<?x?xf32>
          %v97 = arith.subi %i89, %i93 : index
          %v98 = memref.load %v1[%v97, %i92] : memref<?x?xf32>
          %v99 = arith.mulf %v96, %v98 : f32
          %v100 = arith.addf %a94, %v99 : f32
          scf.yield %v100 : f32
        }
        %v101 = memref.load %v63[%i92, %k0] : memref<?x?xf64>
        %v102 = memref.load %v63[%i92, %k2] : memref<?x?xf64>
        %v103 = memref.load %v60[%i92, %k0] : memref<?x?xf64>
        %v104 = memref.load %v60[%i92, %k2] : memref<?x?xf64>
        %v105 = memref.load %a6[%i92, %k0] : memref<?x?xf32>
        %v106 = memref.load %a6[%i92, %k2] : memref<?x?xf32>
        %v107 = arith.extf %v105 : f32 to f64
        %v108 = arith.extf %v106 : f32 to f64
        %v109 = arith.mulf %v101, %v103 : f64
        %v110 = arith.mulf %v102, %v104 : f64
        %v111 = arith.mulf %v101, %v104 : f64
        %v112 = arith.mulf %v102, %v103 : f64
        %v113 = arith.subf %v109, %v110 : f64
        %v114 = arith.addf %v111, %v112 : f64
        %v115 = arith.mulf %v107, %v113 : f64
        %v116 = arith.mulf %v108, %v114 : f64
        %v117 = arith.mulf %v107, %v114 : f64
        %v118 = arith.mulf %v108, %v113 : f64
        %v119 = arith.subf %v115, %v116 : f64
        %v120 = arith.addf %v117, %v118 : f64
        %v121 = arith.addf %k9, %v119 : f64
        %v122 = memref.load %a5[%i92, %k0] : memref<?x?xf32>
        %v123 = memref.load %a5[%i92, %k2] : memref<?x?xf32>
        %v124 = arith.extf %v122 : f32 to f64
        %v125 = arith.extf %v123 : f32 to f64
        %v126 = arith.mulf %v101, %v124 : f64
        %v127 = arith.mulf %v102, %v125 : f64
        %v128 = arith.mulf %v101, %v125 : f64
        %v129 = arith.mulf %v102, %v124 : f64
        %v130 = arith.subf %v126, %v127 : f64
        %v131 = arith.addf %v128, %v129 : f64
        memref.store %v130, %v63[%i92, %k0] : memref<?x?xf64>
        memref.store %v131, %v63[%i92, %k2] : memref<?x?xf64>
        %v132 = memref.load %v63[%i92, %k5] : memref<?x?xf64>
        %v133 = memref.load %v63[%i92, %k6] : memref<?x?xf64>
        %v134 = memref.load %v60[%i92, %k5] : memref<?x?xf64>
        %v135 = memref.load %v60[%i92, %k6] : memref<?x?xf64>
        %v136 = memref.load %a6[%i92, %k5] : memref<?x?xf32>
        %v137 = memref.load %a6[%i92, %k6] : memref<?x?xf32>
        %v138 = arith.extf %v136 : f32 to f64
        %v139 = arith.extf %v137 : f32 to f64
        %v140 = arith.mulf %v132, %v134 : f64
        %v141 = arith.mulf %v133, %v135 : f64
        %v142 = arith.mulf %v132, %v135 : f64
        %v143 = arith.mulf %v133, %v134 : f64
        %v144 = arith.subf %v140, %v141 : f64
        %v145 = arith.addf %v142, %v143 : f64
        %v146 = arith.mulf %v138, %v144 : f64
        %v147 = arith.mulf %v139, %v145 : f64
        %v148 = arith.mulf %v138, %v145 : f64
        %v149 = arith.mulf %v139, %v144 : f64
        %v150 = arith.subf %v146, %v147 : f64
        %v151 = arith.addf %v148, %v149 : f64
        %v152 = arith.addf %v121, %v150 : f64
        %v153 = memref.load %a5[%i92, %k5] : memref<?x?xf32>
        %v154 = memref.load %a5[%i92, %k6] : memref<?x?xf32>
        %v155 = arith.extf %v153 : f32 to f64
        %v156 = arith.extf %v154 : f32 to f64
        %v157 = arith.mulf %v132, %v155 : f64
        %v158 = arith.mulf %v133, %v156 : f64
        %v159 = arith.mulf %v132, %v156 : f64
        %v160 = arith.mulf %v133, %v155 : f64
        %v161 = arith.subf %v157, %v158 : f64
        %v162 = arith.addf %v159, %v160 : f64
        memref.store %v161, %v63[%i92, %k5] : memref<?x?xf64>
        memref.store %v162, %v63[%i92, %k6] : memref<?x?xf64>
        %v163 = memref.load %v63[%i92, %k11] : memref<?x?xf64>
        %v164 = memref.load %v63[%i92, %k12] : memref<?x?xf64>
        %v165 = memref.load %v60[%i92, %k11] : memref<?x?xf64>
        %v166 = memref.load %v60[%i92, %k12] : memref<?x?xf64>
        %v167 = memref.load %a6[%i92, %k11] : memref<?x?xf32>
        %v168 = memref.load %a6[%i92, %k12] : memref<?x?xf32>
        %v169 = arith.extf %v167 : f32 to f64
        %v170 = arith.extf %v168 : f32 to f64
        %v171 = arith.mulf %v163, %v165 : f64
        %v172 = arith.mulf %v164, %v166 : f64
        %v173 = arith.mulf %v163, %v166 : f64
        %v174 = arith.mulf %v164, %v165 : f64
        %v175 = arith.subf %v171, %v172 : f64
        %v176 = arith.addf %v173, %v174 : f64
        %v177 = arith.mulf %v169, %v175 : f64
        %v178 = arith.mulf %v170, %v176 : f64
        %v179 = arith.mulf %v169, %v176 : f64
        %v180 = arith.mulf %v170, %v175 : f64
        %v181 = arith.subf %v177, %v178 : f64
        %v182 = arith.addf %v179, %v180 : f64
        %v183 = arith.addf %v152, %v181 : f64
        %v184 = memref.load %a5[%i92, %k11] : memref<?x?xf32>
        %v185 = memref.load %a5[%i92, %k12] : memref<?x?xf32>
        %v186 = arith.extf %v184 : f32 to f64
        %v187 = arith.extf %v185 : f32 to f64
        %v188 = arith.mulf %v163, %v186 : f64
        %v189 = arith.mulf %v164, %v187 : f64
        %v190 = arith.mulf %v163, %v187 : f64
        %v191 = arith.mulf %v164, %v186 : f64
        %v192 = arith.subf %v188, %v189 : f64
        %v193 = arith.addf %v190, %v191 : f64
        memref.store %v192, %v63[%i92, %k11] : memref<?x?xf64>
        memref.store %v193, %v63[%i92, %k12] : memref<?x?xf64>
        %v194 = memref.load %v63[%i92, %k13] : memref<?x?xf64>
        %v195 = memref.load %v63[%i92, %k14] : memref<?x?xf64>
        %v196 = memref.load %v60[%i92, %k13] : memref<?x?xf64>
        %v197 = memref.load %v60[%i92, %k14] : memref<?x?xf64>
        %v198 = memref.load %a6[%i92, %k13] : memref<?x?xf32>
        %v199 = memref.load %a6[%i92, %k14] : memref<?x?xf32>
        %v200 = arith.extf %v198 : f32 to f64
        %v201 = arith.extf %v199 : f32 to f64
        %v202 = arith.mulf %v194, %v196 : f64
        %v203 = arith.mulf %v195, %v197 : f64
        %v204 = arith.mulf %v194, %v197 : f64
        %v205 = arith.mulf %v195, %v196 : f64
        %v206 = arith.subf %v202, %v203 : f64
        %v207 = arith.addf %v204, %v205 : f64
        %v208 = arith.mulf %v200, %v206 : f64
        %v209 = arith.mulf %v201, %v207 : f64
        %v210 = arith.mulf %v200, %v207 : f64
        %v211 = arith.mulf %v201, %v206 : f64
        %v212 = arith.subf %v208, %v209 : f64
        %v213 = arith.addf %v210, %v211 : f64
        %v214 = arith.addf %v183, %v212 : f64
        %v215 = memref.load %a5[%i92, %k13] : memref<?x?xf32>
        %v216 = memref.load %a5[%i92, %k14] : memref<?x?xf32>
        %v217 = arith.extf %v215 : f32 to f64
        %v218 = arith.extf %v216 : f32 to f64
        %v219 = arith.mulf %v194, %v217 : f64
        %v220 = arith.mulf %v195, %v218 : f64
        %v221 = arith.mulf %v194, %v218 : f64
        %v222 = arith.mulf %v195, %v217 : f64
        %v223 = arith.subf %v219, %v220 : f64
        %v224 = arith.addf %v221, %v222 : f64
        memref.store %v223, %v63[%i92, %k13] : memref<?x?xf64>
        memref.store %v224, %v63[%i92, %k14] : memref<?x?xf64>
        %v225 = arith.extf %r95 : f32 to f64
        %v226 = arith.addf %v225, %v214 : f64
        %v227 = arith.truncf %v226 : f64 to f32
        %v228 = memref.load %v1[%i89, %i92] : memref<?x?xf32>
        %v229 = memref.load %a3[%i92, %k0] : memref<?x?xf32>
        %v230 = arith.mulf %v229, %v228 : f32
        %v231 = arith.addf %v227, %v230 : f32
        %v232 = memref.load %v2[%i89, %i92] : memref<?x?xf32>
        %v233 = arith.mulf %v231, %v232 : f32
        memref.store %v233, %out[%i89, %i92] : memref<?x?xf32>
      }
    }
    scf.for %i234 = %v69 to %v71 step %k2 {
      scf.for %i235 = %k0 to %k1 step %k2 {
        %v236 = memref.load %v1[%i234, %i235] : memref<?x?xf32>
        %v237 = arith.extf %v236 : f32 to f64
        %v238 = memref.load %a5[%i235, %k0] : memref<?x?xf32>
        %v239 = memref.load %a5[%i235, %k2] : memref<?x?xf32>
        %v240 = arith.extf %v238 : f32 to f64
        %v241 = arith.extf %v239 : f32 to f64
        %v242 = memref.load %v60[%i235, %k0] : memref<?x?xf64>
        %v243 = memref.load %v60[%i235, %k2] : memref<?x?xf64>
        %v244 = arith.mulf %v240, %v242 : f64
        %v245 = arith.mulf %v241, %v243 : f64
        %v246 = arith.mulf %v240, %v243 : f64
        %v247 = arith.mulf %v241, %v242 : f64
        %v248 = arith.subf %v244, %v245 : f64
        %v249 = arith.addf %v246, %v247 : f64
        %v250 = arith.addf %v248, %v237 : f64
        memref.store %v250, %v60[%i235, %k0] : memref<?x?xf64>
        memref.store %v249, %v60[%i235, %k2] : memref<?x?xf64>
        %v251 = memref.load %a5[%i235, %k5] : memref<?x?xf32>
        %v252 = memref.load %a5[%i235, %k6] : memref<?x?xf32>
        %v253 = arith.extf %v251 : f32 to f64
        %v254 = arith.extf %v252 : f32 to f64
        %v255 = memref.load %v60[%i235, %k5] : memref<?x?xf64>
        %v256 = memref.load %v60[%i235, %k6] : memref<?x?xf64>
        %v257 = arith.mulf %v253, %v255 : f64
        %v258 = arith.mulf %v254, %v256 : f64
        %v259 = arith.mulf %v253, %v256 : f64
        %v260 = arith.mulf %v254, %v255 : f64
        %v261 = arith.subf %v257, %v258 : f64
        %v262 = arith.addf %v259, %v260 : f64
        %v263 = arith.addf %v261, %v237 : f64
        memref.store %v263, %v60[%i235, %k5] : memref<?x?xf64>
        memref.store %v262, %v60[%i235, %k6] : memref<?x?xf64>
        %v264 = memref.load %a5[%i235, %k11] : memref<?x?xf32>
        %v265 = memref.load %a5[%i235, %k12] : memref<?x?xf32>
        %v266 = arith.extf %v264 : f32 to f64
        %v267 = arith.extf %v265 : f32 to f64
        %v268 = memref.load %v60[%i235, %k11] : memref<?x?xf64>
        %v269 = memref.load %v60[%i235, %k12] : memref<?x?xf64>
        %v270 = arith.mulf %v266, %v268 : f64
        %v271 = arith.mulf %v267, %v269 : f64
        %v272 = arith.mulf %v266, %v269 : f64
        %v273 = arith.mulf %v267, %v268 : f64
        %v274 = arith.subf %v270, %v271 : f64
        %v275 = arith.addf %v272, %v273 : f64
        %v276 = arith.addf %v274, %v237 : f64
        memref.store %v276, %v60[%i235, %k11] : memref<?x?xf64>
        memref.store %v275, %v60[%i235, %k12] : memref<?x?xf64>
        %v277 = memref.load %a5[%i235, %k13] : memref<?x?xf32>
        %v278 = memref.load %a5[%i235, %k14] : memref<?x?xf32>
        %v279 = arith.extf %v277 : f32 to f64
        %v280 = arith.extf %v278 : f32 to f64
        %v281 = memref.load %v60[%i235, %k13] : memref<?x?xf64>
        %v282 = memref.load %v60[%i235, %k14] : memref<?x?xf64>
        %v283 = arith.mulf %v279, %v281 : f64
        %v284 = arith.mulf %v280, %v282 : f64
        %v285 = arith.mulf %v279, %v282 : f64
        %v286 = arith.mulf %v280, %v281 : f64
        %v287 = arith.subf %v283, %v284 : f64
        %v288 = arith.addf %v285, %v286 : f64
        %v289 = arith.addf %v287, %v237 : f64
        memref.store %v289, %v60[%i235, %k13] : memref<?x?xf64>
        memref.store %v288, %v60[%i235, %k14] : memref<?x?xf64>
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
func.func @k54(%a0: memref<?x?xf32>, %a1: memref<?x?xf32>, %a2: memref<?x?xf32>, %a3: memref<?x?xf32>, %a4: memref<?x?xf32>, %a5: memref<?x?xf32>, %a6: memref<?x?xf32>, %out: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
  %k0 = arith.constant 0 : index
  %k1 = arith.constant 32 : index
  %k2 = arith.constant 1 : index
  %k3 = arith.constant 8 : index
  %k4 = arith.constant 24 : index
  %k5 = arith.constant 2 : index
  %k6 = arith.constant 3 : index
  %k7 = arith.constant 0.00000000000000000e0 : f32
  %k8 = arith.constant 16 : index
  %k9 = arith.constant 0.00000000000000000e0 : f64
  %k10 = arith.constant 15 : index
  %k11 = arith.constant 4 : index
  %k12 = arith.constant 5 : index
  %k13 = arith.constant 6 : index
  %k14 = arith.constant 7 : index
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
  %v60 = memref.alloc(%k1, %k3) : memref<?x?xf64>
  scf.for %i61 = %k0 to %k1 step %k2 {
    scf.for %i62 = %k0 to %k3 step %k2 {
      memref.store %k9, %v60[%i61, %i62] : memref<?x?xf64>
    }
  }
  %v63 = memref.alloc(%k1, %k3) : memref<?x?xf64>
  scf.for %i64 = %k0 to %k1 step %k2 {
    scf.for %i65 = %k0 to %k3 step %k2 {
      memref.store %k9, %v63[%i64, %i65] : memref<?x?xf64>
    }
  }
  %v66 = arith.addi %v0, %k10 : index
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
      %v81 = memref.load %a5[%i72, %k11] : memref<?x?xf32>
      %v82 = memref.load %a5[%i72, %k12] : memref<?x?xf32>
      %v83 = arith.extf %v81 : f32 to f64
      %v84 = arith.extf %v82 : f32 to f64
      memref.store %v83, %v63[%i72, %k11] : memref<?x?xf64>
      memref.store %v84, %v63[%i72, %k12] : memref<?x?xf64>
      %v85 = memref.load %a5[%i72, %k13] : memref<?x?xf32>
      %v86 = memref.load %a5[%i72, %k14] : memref<?x?xf32>
      %v87 = arith.extf %v85 : f32 to f64
      %v88 = arith.extf %v86 : f32 to f64
      memref.store %v87, %v63[%i72, %k13] : memref<?x?xf64>
      memref.store %v88, %v63[%i72, %k14] : memref<?x?xf64>
    }
    scf.for %i89 = %v69 to %v71 step %k2 {
      %v90 = arith.subi %i89, %v69 : index
      %v91 = arith.addi %v90, %k2 : index
      scf.for %i92 = %k0 to %k1 step %k2 {
        %r95 = scf.for %i93 = %k0 to %v91 step %k2 iter_args(%a94 = %k7) -> (f32) {
          %v96 = memref.load %a4[%i92, %i93] : memref<?x?xf32>
          %v97 = arith.subi %i89, %i93 : index
          %v98 = memref.load %v1[%v97, %i92] : memref<?x?xf32>
          %v99 = arith.mulf %v96, %v98 : f32
          %v100 = arith.addf %a94, %v99 : f32
          scf.yield %v100 : f32
        }
        %v101 = memref.load %v63[%i92, %k0] : memref<?x?xf64>
        %v102 = memref.load %v63[%i92, %k2] : memref<?x?xf64>
        %v103 = memref.load %v60[%i92, %k0] : memref<?x?xf64>
        %v104 = memref.load %v60[%i92, %k2] : memref<?x?xf64>
        %v105 = memref.load %a6[%i92, %k0] : memref<?x?xf32>
        %v106 = memref.load %a6[%i92, %k2] : memref<?x?xf32>
        %v107 = arith.extf %v105 : f32 to f64
        %v108 = arith.extf %v106 : f32 to f64
        %v109 = arith.mulf %v101, %v103 : f64
        %v110 = arith.mulf %v102, %v104 : f64
        %v111 = arith.mulf %v101, %v104 : f64
        %v112 = arith.mulf %v102, %v103 : f64
        %v113 = arith.subf %v109, %v110 : f64
        %v114 = arith.addf %v111, %v112 : f64
        %v115 = arith.mulf %v107, %v113 : f64
        %v116 = arith.mulf %v108, %v114 : f64
        %v117 = arith.mulf %v107, %v114 : f64
        %v118 = arith.mulf %v108, %v113 : f64
        %v119 = arith.subf %v115, %v116 : f64
        %v120 = arith.addf %v117, %v118 : f64
        %v121 = arith.addf %k9, %v119 : f64
        %v122 = memref.load %a5[%i92, %k0] : memref<?x?xf32>
        %v123 = memref.load %a5[%i92, %k2] : memref<?x?xf32>
        %v124 = arith.extf %v122 : f32 to f64
        %v125 = arith.extf %v123 : f32 to f64
        %v126 = arith.mulf %v101, %v124 : f64
        %v127 = arith.mulf %v102, %v125 : f64
        %v128 = arith.mulf %v101, %v125 : f64
        %v129 = arith.mulf %v102, %v124 : f64
        %v130 = arith.subf %v126, %v127 : f64
        %v131 = arith.addf %v128, %v129 : f64
        memref.store %v130, %v63[%i92, %k0] : memref<?x?xf64>
        memref.store %v131, %v63[%i92, %k2] : memref<?x?xf64>
        %v132 = memref.load %v63[%i92, %k5] : memref<?x?xf64>
        %v133 = memref.load %v63[%i92, %k6] : memref<?x?xf64>
        %v134 = memref.load %v60[%i92, %k5] : memref<?x?xf64>
        %v135 = memref.load %v60[%i92, %k6] : memref<?x?xf64>
        %v136 = memref.load %a6[%i92, %k5] : memref<?x?xf32>
        %v137 = memref.load %a6[%i92, %k6] : memref<?x?xf32>
        %v138 = arith.extf %v136 : f32 to f64
        %v139 = arith.extf %v137 : f32 to f64
        %v140 = arith.mulf %v132, %v134 : f64
        %v141 = arith.mulf %v133, %v135 : f64
        %v142 = arith.mulf %v132, %v135 : f64
        %v143 = arith.mulf %v133, %v134 : f64
        %v144 = arith.subf %v140, %v141 : f64
        %v145 = arith.addf %v142, %v143 : f64
        %v146 = arith.mulf %v138, %v144 : f64
        %v147 = arith.mulf %v139, %v145 : f64
        %v148 = arith.mulf %v138, %v145 : f64
        %v149 = arith.mulf %v139, %v144 : f64
        %v150 = arith.subf %v146, %v147 : f64
        %v151 = arith.addf %v148, %v149 : f64
        %v152 = arith.addf %v121, %v150 : f64
        %v153 = memref.load %a5[%i92, %k5] : memref<?x?xf32>
        %v154 = memref.load %a5[%i92, %k6] : memref<?x?xf32>
        %v155 = arith.extf %v153 : f32 to f64
        %v156 = arith.extf %v154 : f32 to f64
        %v157 = arith.mulf %v132, %v155 : f64
        %v158 = arith.mulf %v133, %v156 : f64
        %v159 = arith.mulf %v132, %v156 : f64
        %v160 = arith.mulf %v133, %v155 : f64
        %v161 = arith.subf %v157, %v158 : f64
        %v162 = arith.addf %v159, %v160 : f64
        memref.store %v161, %v63[%i92, %k5] : memref<?x?xf64>
        memref.store %v162, %v63[%i92, %k6] : memref<?x?xf64>
        %v163 = memref.load %v63[%i92, %k11] : memref<?x?xf64>
        %v164 = memref.load %v63[%i92, %k12] : memref<?x?xf64>
        %v165 = memref.load %v60[%i92, %k11] : memref<?x?xf64>
        %v166 = memref.load %v60[%i92, %k12] : memref<?x?xf64>
        %v167 = memref.load %a6[%i92, %k11] : memref<?x?xf32>
        %v168 = memref.load %a6[%i92, %k12] : memref<?x?xf32>
        %v169 = arith.extf %v167 : f32 to f64
        %v170 = arith.extf %v168 : f32 to f64
        %v171 = arith.mulf %v163, %v165 : f64
        %v172 = arith.mulf %v164, %v166 : f64
        %v173 = arith.mulf %v163, %v166 : f64
        %v174 = arith.mulf %v164, %v165 : f64
        %v175 = arith.subf %v171, %v172 : f64
        %v176 = arith.addf %v173, %v174 : f64
        %v177 = arith.mulf %v169, %v175 : f64
        %v178 = arith.mulf %v170, %v176 : f64
        %v179 = arith.mulf %v169, %v176 : f64
        %v180 = arith.mulf %v170, %v175 : f64
        %v181 = arith.subf %v177, %v178 : f64
        %v182 = arith.addf %v179, %v180 : f64
        %v183 = arith.addf %v152, %v181 : f64
        %v184 = memref.load %a5[%i92, %k11] : memref<?x?xf32>
        %v185 = memref.load %a5[%i92, %k12] : memref<?x?xf32>
        %v186 = arith.extf %v184 : f32 to f64
        %v187 = arith.extf %v185 : f32 to f64
        %v188 = arith.mulf %v163, %v186 : f64
        %v189 = arith.mulf %v164, %v187 : f64
        %v190 = arith.mulf %v163, %v187 : f64
        %v191 = arith.mulf %v164, %v186 : f64
        %v192 = arith.subf %v188, %v189 : f64
        %v193 = arith.addf %v190, %v191 : f64
        memref.store %v192, %v63[%i92, %k11] : memref<?x?xf64>
        memref.store %v193, %v63[%i92, %k12] : memref<?x?xf64>
        %v194 = memref.load %v63[%i92, %k13] : memref<?x?xf64>
        %v195 = memref.load %v63[%i92, %k14] : memref<?x?xf64>
        %v196 = memref.load %v60[%i92, %k13] : memref<?x?xf64>
        %v197 = memref.load %v60[%i92, %k14] : memref<?x?xf64>
        %v198 = memref.load %a6[%i92, %k13] : memref<?x?xf32>
        %v199 = memref.load %a6[%i92, %k14] : memref<?x?xf32>
        %v200 = arith.extf %v198 : f32 to f64
        %v201 = arith.extf %v199 : f32 to f64
        %v202 = arith.mulf %v194, %v196 : f64
        %v203 = arith.mulf %v195, %v197 : f64
        %v204 = arith.mulf %v194, %v197 : f64
        %v205 = arith.mulf %v195, %v196 : f64
        %v206 = arith.subf %v202, %v203 : f64
        %v207 = arith.addf %v204, %v205 : f64
        %v208 = arith.mulf %v200, %v206 : f64
        %v209 = arith.mulf %v201, %v207 : f64
        %v210 = arith.mulf %v200, %v207 : f64
        %v211 = arith.mulf %v201, %v206 : f64
        %v212 = arith.subf %v208, %v209 : f64
        %v213 = arith.addf %v210, %v211 : f64
        %v214 = arith.addf %v183, %v212 : f64
        %v215 = memref.load %a5[%i92, %k13] : memref<?x?xf32>
        %v216 = memref.load %a5[%i92, %k14] : memref<?x?xf32>
        %v217 = arith.extf %v215 : f32 to f64
        %v218 = arith.extf %v216 : f32 to f64
        %v219 = arith.mulf %v194, %v217 : f64
        %v220 = arith.mulf %v195, %v218 : f64
        %v221 = arith.mulf %v194, %v218 : f64
        %v222 = arith.mulf %v195, %v217 : f64
        %v223 = arith.subf %v219, %v220 : f64
        %v224 = arith.addf %v221, %v222 : f64
        memref.store %v223, %v63[%i92, %k13] : memref<?x?xf64>
        memref.store %v224, %v63[%i92, %k14] : memref<?x?xf64>
        %v225 = arith.extf %r95 : f32 to f64
        %v226 = arith.addf %v225, %v214 : f64
        %v227 = arith.truncf %v226 : f64 to f32
        %v228 = memref.load %v1[%i89, %i92] : memref<?x?xf32>
        %v229 = memref.load %a3[%i92, %k0] : memref<?x?xf32>
        %v230 = arith.mulf %v229, %v228 : f32
        %v231 = arith.addf %v227, %v230 : f32
        %v232 = memref.load %v2[%i89, %i92] : memref<?x?xf32>
        %v233 = arith.mulf %v231, %v232 : f32
        memref.store %v233, %out[%i89, %i92] : memref<?x?xf32>
      }
    }
    scf.for %i234 = %v69 to %v71 step %k2 {
      scf.for %i235 = %k0 to %k1 step %k2 {
        %v236 = memref.load %v1[%i234, %i235] : memref<?x?xf32>
        %v237 = arith.extf %v236 : f32 to f64
        %v238 = memref.load %a5[%i235, %k0] : memref<?x?xf32>
        %v239 = memref.load %a5[%i235, %k2] : memref<?x?xf32>
        %v240 = arith.extf %v238 : f32 to f64
        %v241 = arith.extf %v239 : f32 to f64
        %v242 = memref.load %v60[%i235, %k0] : memref<?x?xf64>
        %v243 = memref.load %v60[%i235, %k2] : memref<?x?xf64>
        %v244 = arith.mulf %v240, %v242 : f64
        %v245 = arith.mulf %v241, %v243 : f64
        %v246 = arith.mulf %v240, %v243 : f64
        %v247 = arith.mulf %v241, %v242 : f64
        %v248 = arith.subf %v244, %v245 : f64
        %v249 = arith.addf %v246, %v247 : f64
        %v250 = arith.addf %v248, %v237 : f64
        memref.store %v250, %v60[%i235, %k0] : memref<?x?xf64>
        memref.store %v249, %v60[%i235, %k2] : memref<?x?xf64>
        %v251 = memref.load %a5[%i235, %k5] : memref<?x?xf32>
        %v252 = memref.load %a5[%i235, %k6] : memref<?x?xf32>
        %v253 = arith.extf %v251 : f32 to f64
        %v254 = arith.extf %v252 : f32 to f64
        %v255 = memref.load %v60[%i235, %k5] : memref<?x?xf64>
        %v256 = memref.load %v60[%i235, %k6] : memref<?x?xf64>
        %v257 = arith.mulf %v253, %v255 : f64
        %v258 = arith.mulf %v254, %v256 : f64
        %v259 = arith.mulf %v253, %v256 : f64
        %v260 = arith.mulf %v254, %v255 : f64
        %v261 = arith.subf %v257, %v258 : f64
        %v262 = arith.addf %v259, %v260 : f64
        %v263 = arith.addf %v261, %v237 : f64
        memref.store %v263, %v60[%i235, %k5] : memref<?x?xf64>
        memref.store %v262, %v60[%i235, %k6] : memref<?x?xf64>
        %v264 = memref.load %a5[%i235, %k11] : memref<?x?xf32>
        %v265 = memref.load %a5[%i235, %k12] : memref<?x?xf32>
        %v266 = arith.extf %v264 : f32 to f64
        %v267 = arith.extf %v265 : f32 to f64
        %v268 = memref.load %v60[%i235, %k11] : memref<?x?xf64>
        %v269 = memref.load %v60[%i235, %k12] : memref<?x?xf64>
        %v270 = arith.mulf %v266, %v268 : f64
        %v271 = arith.mulf %v267, %v269 : f64
        %v272 = arith.mulf %v266, %v269 : f64
        %v273 = arith.mulf %v267, %v268 : f64
        %v274 = arith.subf %v270, %v271 : f64
        %v275 = arith.addf %v272, %v273 : f64
        %v276 = arith.addf %v274, %v237 : f64
        memref.store %v276, %v60[%i235, %k11] : memref<?x?xf64>
        memref.store %v275, %v60[%i235, %k12] : memref<?x?xf64>
        %v277 = memref.load %a5[%i235, %k13] : memref<?x?xf32>
        %v278 = memref.load %a5[%i235, %k14] : memref<?x?xf32>
        %v279 = arith.extf %v277 : f32 to f64
        %v280 = arith.extf %v278 : f32 to f64
        %v281 = memref.load %v60[%i235, %k13] : memref<?x?xf64>
        %v282 = memref.load %v60[%i235, %k14] : memref<?x?xf64>
        %v283 = arith.mulf %v279, %v281 : f64
        %v284 = arith.mulf %v280, %v282 : f64
        %v285 = arith.mulf %v279, %v282 : f64
        %v286 = arith.mulf %v280, %v281 : f64
        %v287 = arith.subf %v283, %v284 : f64
        %v288 = arith.addf %v285, %v286 : f64
        %v289 = arith.addf %v287, %v237 : f64
        memref.store %v289, %v60[%i235, %k13] : memref<?x?xf64>
        memref.store %v288, %v60[%i235, %k14] : memref<?x?xf64>
      }
    }
  }
  memref.dealloc %v1 : memref<?x?xf32>
  memref.dealloc %v2 : memref<?x?xf32>
  memref.dealloc %v60 : memref<?x?xf64>
  memref.dealloc %v63 : memref<?x?xf64>
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
  %k1 = arith.constant 61 : index
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
