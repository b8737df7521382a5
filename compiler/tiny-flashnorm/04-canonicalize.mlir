module {
  func.func @k2(%arg0: memref<?x?xf32>, %arg1: memref<?x?xi64>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c32 step %c1 {
        %0 = memref.load %arg1[%arg3, %c0] : memref<?x?xi64>
        %1 = arith.index_cast %0 : i64 to index
        %2 = memref.load %arg0[%1, %arg4] : memref<?x?xf32>
        memref.store %2, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
    }
    return
  }
  func.func @k6(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>, %arg4: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c96 = arith.constant 96 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 3.200000e+01 : f32
    %cst_1 = arith.constant 9.99999974E-6 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %dim = memref.dim %arg4, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x32xf32>
    scf.for %arg5 = %c0 to %dim step %c1 {
      %0 = scf.for %arg6 = %c0 to %c32 step %c1 iter_args(%arg7 = %cst) -> (f32) {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = arith.mulf %5, %5 : f32
        %7 = arith.addf %arg7, %6 : f32
        scf.yield %7 : f32
      }
      %1 = arith.divf %0, %cst_0 : f32
      %2 = arith.addf %1, %cst_1 : f32
      %3 = math.sqrt %2 : f32
      %4 = arith.divf %cst_2, %3 : f32
      scf.for %arg6 = %c0 to %c32 step %c1 {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = memref.load %arg1[%arg6, %c0] : memref<?x?xf32>
        %7 = arith.mulf %5, %4 : f32
        %8 = arith.mulf %7, %6 : f32
        memref.store %8, %alloc[%arg5, %arg6] : memref<?x32xf32>
      }
    }
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c96 step %c1 {
        %0 = memref.load %arg3[%arg6, %c0] : memref<?x?xf32>
        memref.store %0, %arg4[%arg5, %arg6] : memref<?x?xf32>
      }
      scf.for %arg6 = %c0 to %c32 step %c1 {
        %0 = memref.load %alloc[%arg5, %arg6] : memref<?x32xf32>
        scf.for %arg7 = %c0 to %c96 step %c1 {
          %1 = memref.load %arg2[%arg6, %arg7] : memref<?x?xf32>
          %2 = memref.load %arg4[%arg5, %arg7] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg4[%arg5, %arg7] : memref<?x?xf32>
        }
      }
    }
    memref.dealloc %alloc : memref<?x32xf32>
    return
  }
  func.func @k13(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>, %arg4: memref<?x?xf32>, %arg5: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c24 = arith.constant 24 : index
    %c2 = arith.constant 2 : index
    %c3 = arith.constant 3 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c16 = arith.constant 16 : index
    %dim = memref.dim %arg5, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x32xf32>
    %alloc_0 = memref.alloc(%dim) : memref<?x32xf32>
    scf.for %arg6 = %c0 to %dim step %c1 {
      %0 = arith.minui %arg6, %c2 : index
      %1 = arith.subi %c2, %0 : index
      scf.for %arg7 = %c0 to %c32 step %c1 {
        %2 = arith.divui %arg7, %c8 : index
        %3 = arith.remui %arg7, %c8 : index
        %4 = arith.muli %2, %c24 : index
        %5 = arith.addi %4, %3 : index
        %6 = scf.for %arg8 = %1 to %c3 step %c1 iter_args(%arg9 = %cst) -> (f32) {
          %20 = memref.load %arg1[%5, %arg8] : memref<?x?xf32>
          %21 = arith.addi %arg6, %arg8 : index
          %22 = arith.subi %21, %c2 : index
          %23 = memref.load %arg0[%22, %5] : memref<?x?xf32>
          %24 = arith.mulf %20, %23 : f32
          %25 = arith.addf %arg9, %24 : f32
          scf.yield %25 : f32
        }
        %7 = memref.load %arg2[%5, %c0] : memref<?x?xf32>
        %8 = arith.addf %6, %7 : f32
        %9 = arith.addi %4, %c8 : index
        %10 = arith.addi %9, %3 : index
        %11 = scf.for %arg8 = %1 to %c3 step %c1 iter_args(%arg9 = %cst) -> (f32) {
          %20 = memref.load %arg1[%10, %arg8] : memref<?x?xf32>
          %21 = arith.addi %arg6, %arg8 : index
          %22 = arith.subi %21, %c2 : index
          %23 = memref.load %arg0[%22, %10] : memref<?x?xf32>
          %24 = arith.mulf %20, %23 : f32
          %25 = arith.addf %arg9, %24 : f32
          scf.yield %25 : f32
        }
        %12 = memref.load %arg2[%10, %c0] : memref<?x?xf32>
        %13 = arith.addf %11, %12 : f32
        %14 = arith.addi %4, %c16 : index
        %15 = arith.addi %14, %3 : index
        %16 = scf.for %arg8 = %1 to %c3 step %c1 iter_args(%arg9 = %cst) -> (f32) {
          %20 = memref.load %arg1[%15, %arg8] : memref<?x?xf32>
          %21 = arith.addi %arg6, %arg8 : index
          %22 = arith.subi %21, %c2 : index
          %23 = memref.load %arg0[%22, %15] : memref<?x?xf32>
          %24 = arith.mulf %20, %23 : f32
          %25 = arith.addf %arg9, %24 : f32
          scf.yield %25 : f32
        }
        %17 = memref.load %arg2[%15, %c0] : memref<?x?xf32>
        %18 = arith.addf %16, %17 : f32
        %19 = arith.mulf %13, %18 : f32
        memref.store %19, %alloc[%arg6, %arg7] : memref<?x32xf32>
        memref.store %8, %alloc_0[%arg6, %arg7] : memref<?x32xf32>
      }
    }
    scf.for %arg6 = %c0 to %c32 step %c1 {
      scf.for %arg7 = %c0 to %dim step %c1 {
        %0 = arith.addi %arg7, %c1 : index
        %1 = scf.for %arg8 = %c0 to %0 step %c1 iter_args(%arg9 = %cst) -> (f32) {
          %8 = memref.load %arg4[%arg6, %arg8] : memref<?x?xf32>
          %9 = arith.subi %arg7, %arg8 : index
          %10 = memref.load %alloc[%9, %arg6] : memref<?x32xf32>
          %11 = arith.mulf %8, %10 : f32
          %12 = arith.addf %arg9, %11 : f32
          scf.yield %12 : f32
        }
        %2 = memref.load %alloc[%arg7, %arg6] : memref<?x32xf32>
        %3 = memref.load %arg3[%arg6, %c0] : memref<?x?xf32>
        %4 = arith.mulf %3, %2 : f32
        %5 = arith.addf %1, %4 : f32
        %6 = memref.load %alloc_0[%arg7, %arg6] : memref<?x32xf32>
        %7 = arith.mulf %5, %6 : f32
        memref.store %7, %arg5[%arg7, %arg6] : memref<?x?xf32>
      }
    }
    memref.dealloc %alloc : memref<?x32xf32>
    memref.dealloc %alloc_0 : memref<?x32xf32>
    return
  }
  func.func @k16(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg3, %c0 : memref<?x?xf32>
    scf.for %arg4 = %c0 to %dim step %c1 {
      scf.for %arg5 = %c0 to %c32 step %c1 {
        %0 = memref.load %arg2[%arg5, %c0] : memref<?x?xf32>
        memref.store %0, %arg3[%arg4, %arg5] : memref<?x?xf32>
      }
      scf.for %arg5 = %c0 to %c32 step %c1 {
        %0 = memref.load %arg0[%arg4, %arg5] : memref<?x?xf32>
        scf.for %arg6 = %c0 to %c32 step %c1 {
          %1 = memref.load %arg1[%arg5, %arg6] : memref<?x?xf32>
          %2 = memref.load %arg3[%arg4, %arg6] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg3[%arg4, %arg6] : memref<?x?xf32>
        }
      }
    }
    return
  }
  func.func @k17(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c32 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        %1 = memref.load %arg1[%arg3, %arg4] : memref<?x?xf32>
        %2 = arith.addf %0, %1 : f32
        memref.store %2, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
    }
    return
  }
  func.func @k21(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>, %arg4: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c128 = arith.constant 128 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 3.200000e+01 : f32
    %cst_1 = arith.constant 9.99999974E-6 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %dim = memref.dim %arg4, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x32xf32>
    scf.for %arg5 = %c0 to %dim step %c1 {
      %0 = scf.for %arg6 = %c0 to %c32 step %c1 iter_args(%arg7 = %cst) -> (f32) {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = arith.mulf %5, %5 : f32
        %7 = arith.addf %arg7, %6 : f32
        scf.yield %7 : f32
      }
      %1 = arith.divf %0, %cst_0 : f32
      %2 = arith.addf %1, %cst_1 : f32
      %3 = math.sqrt %2 : f32
      %4 = arith.divf %cst_2, %3 : f32
      scf.for %arg6 = %c0 to %c32 step %c1 {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = memref.load %arg1[%arg6, %c0] : memref<?x?xf32>
        %7 = arith.mulf %5, %4 : f32
        %8 = arith.mulf %7, %6 : f32
        memref.store %8, %alloc[%arg5, %arg6] : memref<?x32xf32>
      }
    }
    %alloc_3 = memref.alloc(%dim) : memref<?x128xf32>
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c128 step %c1 {
        memref.store %cst, %alloc_3[%arg5, %arg6] : memref<?x128xf32>
      }
      scf.for %arg6 = %c0 to %c32 step %c1 {
        %0 = memref.load %alloc[%arg5, %arg6] : memref<?x32xf32>
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %1 = memref.load %arg2[%arg6, %arg7] : memref<?x?xf32>
          %2 = memref.load %alloc_3[%arg5, %arg7] : memref<?x128xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %alloc_3[%arg5, %arg7] : memref<?x128xf32>
        }
      }
    }
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c128 step %c1 {
        memref.store %cst, %arg4[%arg5, %arg6] : memref<?x?xf32>
      }
      scf.for %arg6 = %c0 to %c32 step %c1 {
        %0 = memref.load %alloc[%arg5, %arg6] : memref<?x32xf32>
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %1 = memref.load %arg3[%arg6, %arg7] : memref<?x?xf32>
          %2 = memref.load %arg4[%arg5, %arg7] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg4[%arg5, %arg7] : memref<?x?xf32>
        }
      }
    }
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c128 step %c1 {
        %0 = memref.load %alloc_3[%arg5, %arg6] : memref<?x128xf32>
        %1 = memref.load %arg4[%arg5, %arg6] : memref<?x?xf32>
        %2 = arith.subf %cst, %0 : f32
        %3 = math.exp %2 : f32
        %4 = arith.addf %3, %cst_2 : f32
        %5 = arith.divf %0, %4 : f32
        %6 = arith.mulf %5, %1 : f32
        memref.store %6, %arg4[%arg5, %arg6] : memref<?x?xf32>
      }
    }
    memref.dealloc %alloc : memref<?x32xf32>
    memref.dealloc %alloc_3 : memref<?x128xf32>
    return
  }
  func.func @k23(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c32 step %c1 {
        memref.store %cst, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
      scf.for %arg4 = %c0 to %c128 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        scf.for %arg5 = %c0 to %c32 step %c1 {
          %1 = memref.load %arg1[%arg4, %arg5] : memref<?x?xf32>
          %2 = memref.load %arg2[%arg3, %arg5] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg2[%arg3, %arg5] : memref<?x?xf32>
        }
      }
    }
    return
  }
  func.func @k24(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c32 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        %1 = memref.load %arg1[%arg3, %arg4] : memref<?x?xf32>
        %2 = arith.addf %0, %1 : f32
        memref.store %2, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
    }
    return
  }
  func.func @k27(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 3.200000e+01 : f32
    %cst_1 = arith.constant 9.99999974E-6 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %dim = memref.dim %arg3, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x32xf32>
    scf.for %arg4 = %c0 to %dim step %c1 {
      %0 = scf.for %arg5 = %c0 to %c32 step %c1 iter_args(%arg6 = %cst) -> (f32) {
        %5 = memref.load %arg0[%arg4, %arg5] : memref<?x?xf32>
        %6 = arith.mulf %5, %5 : f32
        %7 = arith.addf %arg6, %6 : f32
        scf.yield %7 : f32
      }
      %1 = arith.divf %0, %cst_0 : f32
      %2 = arith.addf %1, %cst_1 : f32
      %3 = math.sqrt %2 : f32
      %4 = arith.divf %cst_2, %3 : f32
      scf.for %arg5 = %c0 to %c32 step %c1 {
        %5 = memref.load %arg0[%arg4, %arg5] : memref<?x?xf32>
        %6 = memref.load %arg1[%arg5, %c0] : memref<?x?xf32>
        %7 = arith.mulf %5, %4 : f32
        %8 = arith.mulf %7, %6 : f32
        memref.store %8, %alloc[%arg4, %arg5] : memref<?x32xf32>
      }
    }
    scf.for %arg4 = %c0 to %dim step %c1 {
      scf.for %arg5 = %c0 to %c64 step %c1 {
        memref.store %cst, %arg3[%arg4, %arg5] : memref<?x?xf32>
      }
      scf.for %arg5 = %c0 to %c32 step %c1 {
        %0 = memref.load %alloc[%arg4, %arg5] : memref<?x32xf32>
        scf.for %arg6 = %c0 to %c64 step %c1 {
          %1 = memref.load %arg2[%arg5, %arg6] : memref<?x?xf32>
          %2 = memref.load %arg3[%arg4, %arg6] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg3[%arg4, %arg6] : memref<?x?xf32>
        }
      }
    }
    memref.dealloc %alloc : memref<?x32xf32>
    return
  }
  func.func @k28(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg1, %c0 : memref<?x?xf32>
    scf.for %arg2 = %c0 to %dim step %c1 {
      scf.for %arg3 = %c0 to %c32 step %c1 {
        %0 = memref.load %arg0[%arg2, %arg3] : memref<?x?xf32>
        memref.store %0, %arg1[%arg2, %arg3] : memref<?x?xf32>
      }
    }
    return
  }
  func.func @k29(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %c8 = arith.constant 8 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c4 step %c1 {
        %0 = arith.muli %arg4, %c8 : index
        scf.for %arg5 = %c0 to %c4 step %c1 {
          %1 = memref.load %arg1[%arg3, %arg5] : memref<?x?xf32>
          %2 = arith.addi %arg5, %c4 : index
          %3 = memref.load %arg1[%arg3, %2] : memref<?x?xf32>
          %4 = arith.addi %0, %arg5 : index
          %5 = arith.addi %4, %c4 : index
          %6 = memref.load %arg0[%arg3, %4] : memref<?x?xf32>
          %7 = memref.load %arg0[%arg3, %5] : memref<?x?xf32>
          %8 = arith.mulf %6, %1 : f32
          %9 = arith.mulf %7, %3 : f32
          %10 = arith.subf %8, %9 : f32
          %11 = arith.mulf %7, %1 : f32
          %12 = arith.mulf %6, %3 : f32
          %13 = arith.addf %11, %12 : f32
          memref.store %10, %arg2[%arg3, %4] : memref<?x?xf32>
          memref.store %13, %arg2[%arg3, %5] : memref<?x?xf32>
        }
      }
    }
    return
  }
  func.func @k30(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg1, %c0 : memref<?x?xf32>
    scf.for %arg2 = %c0 to %dim step %c1 {
      scf.for %arg3 = %c0 to %c16 step %c1 {
        %0 = arith.addi %arg3, %c32 : index
        %1 = memref.load %arg0[%arg2, %0] : memref<?x?xf32>
        memref.store %1, %arg1[%arg2, %arg3] : memref<?x?xf32>
      }
    }
    return
  }
  func.func @k31(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c8 = arith.constant 8 : index
    %c4 = arith.constant 4 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c2 step %c1 {
        %0 = arith.muli %arg4, %c8 : index
        scf.for %arg5 = %c0 to %c4 step %c1 {
          %1 = memref.load %arg1[%arg3, %arg5] : memref<?x?xf32>
          %2 = arith.addi %arg5, %c4 : index
          %3 = memref.load %arg1[%arg3, %2] : memref<?x?xf32>
          %4 = arith.addi %0, %arg5 : index
          %5 = arith.addi %4, %c4 : index
          %6 = memref.load %arg0[%arg3, %4] : memref<?x?xf32>
          %7 = memref.load %arg0[%arg3, %5] : memref<?x?xf32>
          %8 = arith.mulf %6, %1 : f32
          %9 = arith.mulf %7, %3 : f32
          %10 = arith.subf %8, %9 : f32
          %11 = arith.mulf %7, %1 : f32
          %12 = arith.mulf %6, %3 : f32
          %13 = arith.addf %11, %12 : f32
          memref.store %10, %arg2[%arg3, %4] : memref<?x?xf32>
          memref.store %13, %arg2[%arg3, %5] : memref<?x?xf32>
        }
      }
    }
    return
  }
  func.func @k32(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c48 = arith.constant 48 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg1, %c0 : memref<?x?xf32>
    scf.for %arg2 = %c0 to %dim step %c1 {
      scf.for %arg3 = %c0 to %c16 step %c1 {
        %0 = arith.addi %arg3, %c48 : index
        %1 = memref.load %arg0[%arg2, %0] : memref<?x?xf32>
        memref.store %1, %arg1[%arg2, %arg3] : memref<?x?xf32>
      }
    }
    return
  }
  func.func @k33(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %c8 = arith.constant 8 : index
    %c2 = arith.constant 2 : index
    %cst = arith.constant 0.353553385 : f32
    %cst_0 = arith.constant -3.000000e+38 : f32
    %cst_1 = arith.constant 0.000000e+00 : f32
    %dim = memref.dim %arg3, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x32xf32>
    scf.for %arg4 = %c0 to %dim step %c1 {
      %0 = arith.addi %arg4, %c1 : index
      scf.for %arg5 = %c0 to %c4 step %c1 {
        %1 = arith.divui %arg5, %c2 : index
        %2 = arith.muli %arg5, %c8 : index
        %3 = arith.muli %1, %c8 : index
        scf.for %arg6 = %c0 to %c8 step %c1 {
          %5 = arith.addi %2, %arg6 : index
          memref.store %cst_1, %alloc[%arg4, %5] : memref<?x32xf32>
        }
        %4:2 = scf.for %arg6 = %c0 to %0 step %c1 iter_args(%arg7 = %cst_0, %arg8 = %cst_1) -> (f32, f32) {
          %5 = scf.for %arg9 = %c0 to %c8 step %c1 iter_args(%arg10 = %cst_1) -> (f32) {
            %14 = arith.addi %2, %arg9 : index
            %15 = arith.addi %3, %arg9 : index
            %16 = memref.load %arg0[%arg4, %14] : memref<?x?xf32>
            %17 = memref.load %arg1[%arg6, %15] : memref<?x?xf32>
            %18 = arith.mulf %16, %17 : f32
            %19 = arith.addf %arg10, %18 : f32
            scf.yield %19 : f32
          }
          %6 = arith.mulf %5, %cst : f32
          %7 = arith.maximumf %arg7, %6 : f32
          %8 = arith.subf %arg7, %7 : f32
          %9 = math.exp %8 : f32
          %10 = arith.subf %6, %7 : f32
          %11 = math.exp %10 : f32
          %12 = arith.mulf %arg8, %9 : f32
          %13 = arith.addf %12, %11 : f32
          scf.for %arg9 = %c0 to %c8 step %c1 {
            %14 = arith.addi %3, %arg9 : index
            %15 = memref.load %arg2[%arg6, %14] : memref<?x?xf32>
            %16 = arith.addi %2, %arg9 : index
            %17 = memref.load %alloc[%arg4, %16] : memref<?x32xf32>
            %18 = arith.mulf %17, %9 : f32
            %19 = arith.mulf %11, %15 : f32
            %20 = arith.addf %18, %19 : f32
            memref.store %20, %alloc[%arg4, %16] : memref<?x32xf32>
          }
          scf.yield %7, %13 : f32, f32
        }
        scf.for %arg6 = %c0 to %c8 step %c1 {
          %5 = arith.addi %2, %arg6 : index
          %6 = memref.load %alloc[%arg4, %5] : memref<?x32xf32>
          %7 = arith.divf %6, %4#1 : f32
          memref.store %7, %arg3[%arg4, %5] : memref<?x?xf32>
        }
      }
    }
    memref.dealloc %alloc : memref<?x32xf32>
    return
  }
  func.func @k35(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c32 step %c1 {
        memref.store %cst, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
      scf.for %arg4 = %c0 to %c32 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        scf.for %arg5 = %c0 to %c32 step %c1 {
          %1 = memref.load %arg1[%arg4, %arg5] : memref<?x?xf32>
          %2 = memref.load %arg2[%arg3, %arg5] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg2[%arg3, %arg5] : memref<?x?xf32>
        }
      }
    }
    return
  }
  func.func @k36(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c32 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        %1 = memref.load %arg1[%arg3, %arg4] : memref<?x?xf32>
        %2 = arith.addf %0, %1 : f32
        memref.store %2, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
    }
    return
  }
  func.func @k40(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>, %arg4: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c128 = arith.constant 128 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 3.200000e+01 : f32
    %cst_1 = arith.constant 9.99999974E-6 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %dim = memref.dim %arg4, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x32xf32>
    scf.for %arg5 = %c0 to %dim step %c1 {
      %0 = scf.for %arg6 = %c0 to %c32 step %c1 iter_args(%arg7 = %cst) -> (f32) {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = arith.mulf %5, %5 : f32
        %7 = arith.addf %arg7, %6 : f32
        scf.yield %7 : f32
      }
      %1 = arith.divf %0, %cst_0 : f32
      %2 = arith.addf %1, %cst_1 : f32
      %3 = math.sqrt %2 : f32
      %4 = arith.divf %cst_2, %3 : f32
      scf.for %arg6 = %c0 to %c32 step %c1 {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = memref.load %arg1[%arg6, %c0] : memref<?x?xf32>
        %7 = arith.mulf %5, %4 : f32
        %8 = arith.mulf %7, %6 : f32
        memref.store %8, %alloc[%arg5, %arg6] : memref<?x32xf32>
      }
    }
    %alloc_3 = memref.alloc(%dim) : memref<?x128xf32>
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c128 step %c1 {
        memref.store %cst, %alloc_3[%arg5, %arg6] : memref<?x128xf32>
      }
      scf.for %arg6 = %c0 to %c32 step %c1 {
        %0 = memref.load %alloc[%arg5, %arg6] : memref<?x32xf32>
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %1 = memref.load %arg2[%arg6, %arg7] : memref<?x?xf32>
          %2 = memref.load %alloc_3[%arg5, %arg7] : memref<?x128xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %alloc_3[%arg5, %arg7] : memref<?x128xf32>
        }
      }
    }
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c128 step %c1 {
        memref.store %cst, %arg4[%arg5, %arg6] : memref<?x?xf32>
      }
      scf.for %arg6 = %c0 to %c32 step %c1 {
        %0 = memref.load %alloc[%arg5, %arg6] : memref<?x32xf32>
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %1 = memref.load %arg3[%arg6, %arg7] : memref<?x?xf32>
          %2 = memref.load %arg4[%arg5, %arg7] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg4[%arg5, %arg7] : memref<?x?xf32>
        }
      }
    }
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c128 step %c1 {
        %0 = memref.load %alloc_3[%arg5, %arg6] : memref<?x128xf32>
        %1 = memref.load %arg4[%arg5, %arg6] : memref<?x?xf32>
        %2 = arith.subf %cst, %0 : f32
        %3 = math.exp %2 : f32
        %4 = arith.addf %3, %cst_2 : f32
        %5 = arith.divf %0, %4 : f32
        %6 = arith.mulf %5, %1 : f32
        memref.store %6, %arg4[%arg5, %arg6] : memref<?x?xf32>
      }
    }
    memref.dealloc %alloc : memref<?x32xf32>
    memref.dealloc %alloc_3 : memref<?x128xf32>
    return
  }
  func.func @k42(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c32 step %c1 {
        memref.store %cst, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
      scf.for %arg4 = %c0 to %c128 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        scf.for %arg5 = %c0 to %c32 step %c1 {
          %1 = memref.load %arg1[%arg4, %arg5] : memref<?x?xf32>
          %2 = memref.load %arg2[%arg3, %arg5] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg2[%arg3, %arg5] : memref<?x?xf32>
        }
      }
    }
    return
  }
  func.func @k43(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c32 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        %1 = memref.load %arg1[%arg3, %arg4] : memref<?x?xf32>
        %2 = arith.addf %0, %1 : f32
        memref.store %2, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
    }
    return
  }
  func.func @k47(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>, %arg4: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c96 = arith.constant 96 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 3.200000e+01 : f32
    %cst_1 = arith.constant 9.99999974E-6 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %dim = memref.dim %arg4, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x32xf32>
    scf.for %arg5 = %c0 to %dim step %c1 {
      %0 = scf.for %arg6 = %c0 to %c32 step %c1 iter_args(%arg7 = %cst) -> (f32) {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = arith.mulf %5, %5 : f32
        %7 = arith.addf %arg7, %6 : f32
        scf.yield %7 : f32
      }
      %1 = arith.divf %0, %cst_0 : f32
      %2 = arith.addf %1, %cst_1 : f32
      %3 = math.sqrt %2 : f32
      %4 = arith.divf %cst_2, %3 : f32
      scf.for %arg6 = %c0 to %c32 step %c1 {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = memref.load %arg1[%arg6, %c0] : memref<?x?xf32>
        %7 = arith.mulf %5, %4 : f32
        %8 = arith.mulf %7, %6 : f32
        memref.store %8, %alloc[%arg5, %arg6] : memref<?x32xf32>
      }
    }
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c96 step %c1 {
        %0 = memref.load %arg3[%arg6, %c0] : memref<?x?xf32>
        memref.store %0, %arg4[%arg5, %arg6] : memref<?x?xf32>
      }
      scf.for %arg6 = %c0 to %c32 step %c1 {
        %0 = memref.load %alloc[%arg5, %arg6] : memref<?x32xf32>
        scf.for %arg7 = %c0 to %c96 step %c1 {
          %1 = memref.load %arg2[%arg6, %arg7] : memref<?x?xf32>
          %2 = memref.load %arg4[%arg5, %arg7] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg4[%arg5, %arg7] : memref<?x?xf32>
        }
      }
    }
    memref.dealloc %alloc : memref<?x32xf32>
    return
  }
  func.func @k54(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>, %arg4: memref<?x?xf32>, %arg5: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c24 = arith.constant 24 : index
    %c2 = arith.constant 2 : index
    %c3 = arith.constant 3 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c16 = arith.constant 16 : index
    %dim = memref.dim %arg5, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x32xf32>
    %alloc_0 = memref.alloc(%dim) : memref<?x32xf32>
    scf.for %arg6 = %c0 to %dim step %c1 {
      %0 = arith.minui %arg6, %c2 : index
      %1 = arith.subi %c2, %0 : index
      scf.for %arg7 = %c0 to %c32 step %c1 {
        %2 = arith.divui %arg7, %c8 : index
        %3 = arith.remui %arg7, %c8 : index
        %4 = arith.muli %2, %c24 : index
        %5 = arith.addi %4, %3 : index
        %6 = scf.for %arg8 = %1 to %c3 step %c1 iter_args(%arg9 = %cst) -> (f32) {
          %20 = memref.load %arg1[%5, %arg8] : memref<?x?xf32>
          %21 = arith.addi %arg6, %arg8 : index
          %22 = arith.subi %21, %c2 : index
          %23 = memref.load %arg0[%22, %5] : memref<?x?xf32>
          %24 = arith.mulf %20, %23 : f32
          %25 = arith.addf %arg9, %24 : f32
          scf.yield %25 : f32
        }
        %7 = memref.load %arg2[%5, %c0] : memref<?x?xf32>
        %8 = arith.addf %6, %7 : f32
        %9 = arith.addi %4, %c8 : index
        %10 = arith.addi %9, %3 : index
        %11 = scf.for %arg8 = %1 to %c3 step %c1 iter_args(%arg9 = %cst) -> (f32) {
          %20 = memref.load %arg1[%10, %arg8] : memref<?x?xf32>
          %21 = arith.addi %arg6, %arg8 : index
          %22 = arith.subi %21, %c2 : index
          %23 = memref.load %arg0[%22, %10] : memref<?x?xf32>
          %24 = arith.mulf %20, %23 : f32
          %25 = arith.addf %arg9, %24 : f32
          scf.yield %25 : f32
        }
        %12 = memref.load %arg2[%10, %c0] : memref<?x?xf32>
        %13 = arith.addf %11, %12 : f32
        %14 = arith.addi %4, %c16 : index
        %15 = arith.addi %14, %3 : index
        %16 = scf.for %arg8 = %1 to %c3 step %c1 iter_args(%arg9 = %cst) -> (f32) {
          %20 = memref.load %arg1[%15, %arg8] : memref<?x?xf32>
          %21 = arith.addi %arg6, %arg8 : index
          %22 = arith.subi %21, %c2 : index
          %23 = memref.load %arg0[%22, %15] : memref<?x?xf32>
          %24 = arith.mulf %20, %23 : f32
          %25 = arith.addf %arg9, %24 : f32
          scf.yield %25 : f32
        }
        %17 = memref.load %arg2[%15, %c0] : memref<?x?xf32>
        %18 = arith.addf %16, %17 : f32
        %19 = arith.mulf %13, %18 : f32
        memref.store %19, %alloc[%arg6, %arg7] : memref<?x32xf32>
        memref.store %8, %alloc_0[%arg6, %arg7] : memref<?x32xf32>
      }
    }
    scf.for %arg6 = %c0 to %c32 step %c1 {
      scf.for %arg7 = %c0 to %dim step %c1 {
        %0 = arith.addi %arg7, %c1 : index
        %1 = scf.for %arg8 = %c0 to %0 step %c1 iter_args(%arg9 = %cst) -> (f32) {
          %8 = memref.load %arg4[%arg6, %arg8] : memref<?x?xf32>
          %9 = arith.subi %arg7, %arg8 : index
          %10 = memref.load %alloc[%9, %arg6] : memref<?x32xf32>
          %11 = arith.mulf %8, %10 : f32
          %12 = arith.addf %arg9, %11 : f32
          scf.yield %12 : f32
        }
        %2 = memref.load %alloc[%arg7, %arg6] : memref<?x32xf32>
        %3 = memref.load %arg3[%arg6, %c0] : memref<?x?xf32>
        %4 = arith.mulf %3, %2 : f32
        %5 = arith.addf %1, %4 : f32
        %6 = memref.load %alloc_0[%arg7, %arg6] : memref<?x32xf32>
        %7 = arith.mulf %5, %6 : f32
        memref.store %7, %arg5[%arg7, %arg6] : memref<?x?xf32>
      }
    }
    memref.dealloc %alloc : memref<?x32xf32>
    memref.dealloc %alloc_0 : memref<?x32xf32>
    return
  }
  func.func @k57(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg3, %c0 : memref<?x?xf32>
    scf.for %arg4 = %c0 to %dim step %c1 {
      scf.for %arg5 = %c0 to %c32 step %c1 {
        %0 = memref.load %arg2[%arg5, %c0] : memref<?x?xf32>
        memref.store %0, %arg3[%arg4, %arg5] : memref<?x?xf32>
      }
      scf.for %arg5 = %c0 to %c32 step %c1 {
        %0 = memref.load %arg0[%arg4, %arg5] : memref<?x?xf32>
        scf.for %arg6 = %c0 to %c32 step %c1 {
          %1 = memref.load %arg1[%arg5, %arg6] : memref<?x?xf32>
          %2 = memref.load %arg3[%arg4, %arg6] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg3[%arg4, %arg6] : memref<?x?xf32>
        }
      }
    }
    return
  }
  func.func @k58(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c32 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        %1 = memref.load %arg1[%arg3, %arg4] : memref<?x?xf32>
        %2 = arith.addf %0, %1 : f32
        memref.store %2, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
    }
    return
  }
  func.func @k62(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>, %arg4: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c128 = arith.constant 128 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 3.200000e+01 : f32
    %cst_1 = arith.constant 9.99999974E-6 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %dim = memref.dim %arg4, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x32xf32>
    scf.for %arg5 = %c0 to %dim step %c1 {
      %0 = scf.for %arg6 = %c0 to %c32 step %c1 iter_args(%arg7 = %cst) -> (f32) {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = arith.mulf %5, %5 : f32
        %7 = arith.addf %arg7, %6 : f32
        scf.yield %7 : f32
      }
      %1 = arith.divf %0, %cst_0 : f32
      %2 = arith.addf %1, %cst_1 : f32
      %3 = math.sqrt %2 : f32
      %4 = arith.divf %cst_2, %3 : f32
      scf.for %arg6 = %c0 to %c32 step %c1 {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = memref.load %arg1[%arg6, %c0] : memref<?x?xf32>
        %7 = arith.mulf %5, %4 : f32
        %8 = arith.mulf %7, %6 : f32
        memref.store %8, %alloc[%arg5, %arg6] : memref<?x32xf32>
      }
    }
    %alloc_3 = memref.alloc(%dim) : memref<?x128xf32>
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c128 step %c1 {
        memref.store %cst, %alloc_3[%arg5, %arg6] : memref<?x128xf32>
      }
      scf.for %arg6 = %c0 to %c32 step %c1 {
        %0 = memref.load %alloc[%arg5, %arg6] : memref<?x32xf32>
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %1 = memref.load %arg2[%arg6, %arg7] : memref<?x?xf32>
          %2 = memref.load %alloc_3[%arg5, %arg7] : memref<?x128xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %alloc_3[%arg5, %arg7] : memref<?x128xf32>
        }
      }
    }
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c128 step %c1 {
        memref.store %cst, %arg4[%arg5, %arg6] : memref<?x?xf32>
      }
      scf.for %arg6 = %c0 to %c32 step %c1 {
        %0 = memref.load %alloc[%arg5, %arg6] : memref<?x32xf32>
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %1 = memref.load %arg3[%arg6, %arg7] : memref<?x?xf32>
          %2 = memref.load %arg4[%arg5, %arg7] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg4[%arg5, %arg7] : memref<?x?xf32>
        }
      }
    }
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c128 step %c1 {
        %0 = memref.load %alloc_3[%arg5, %arg6] : memref<?x128xf32>
        %1 = memref.load %arg4[%arg5, %arg6] : memref<?x?xf32>
        %2 = arith.subf %cst, %0 : f32
        %3 = math.exp %2 : f32
        %4 = arith.addf %3, %cst_2 : f32
        %5 = arith.divf %0, %4 : f32
        %6 = arith.mulf %5, %1 : f32
        memref.store %6, %arg4[%arg5, %arg6] : memref<?x?xf32>
      }
    }
    memref.dealloc %alloc : memref<?x32xf32>
    memref.dealloc %alloc_3 : memref<?x128xf32>
    return
  }
  func.func @k64(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c32 step %c1 {
        memref.store %cst, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
      scf.for %arg4 = %c0 to %c128 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        scf.for %arg5 = %c0 to %c32 step %c1 {
          %1 = memref.load %arg1[%arg4, %arg5] : memref<?x?xf32>
          %2 = memref.load %arg2[%arg3, %arg5] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg2[%arg3, %arg5] : memref<?x?xf32>
        }
      }
    }
    return
  }
  func.func @k65(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c32 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        %1 = memref.load %arg1[%arg3, %arg4] : memref<?x?xf32>
        %2 = arith.addf %0, %1 : f32
        memref.store %2, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
    }
    return
  }
  func.func @k68(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 3.200000e+01 : f32
    %cst_1 = arith.constant 9.99999974E-6 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %dim = memref.dim %arg3, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x32xf32>
    scf.for %arg4 = %c0 to %dim step %c1 {
      %0 = scf.for %arg5 = %c0 to %c32 step %c1 iter_args(%arg6 = %cst) -> (f32) {
        %5 = memref.load %arg0[%arg4, %arg5] : memref<?x?xf32>
        %6 = arith.mulf %5, %5 : f32
        %7 = arith.addf %arg6, %6 : f32
        scf.yield %7 : f32
      }
      %1 = arith.divf %0, %cst_0 : f32
      %2 = arith.addf %1, %cst_1 : f32
      %3 = math.sqrt %2 : f32
      %4 = arith.divf %cst_2, %3 : f32
      scf.for %arg5 = %c0 to %c32 step %c1 {
        %5 = memref.load %arg0[%arg4, %arg5] : memref<?x?xf32>
        %6 = memref.load %arg1[%arg5, %c0] : memref<?x?xf32>
        %7 = arith.mulf %5, %4 : f32
        %8 = arith.mulf %7, %6 : f32
        memref.store %8, %alloc[%arg4, %arg5] : memref<?x32xf32>
      }
    }
    scf.for %arg4 = %c0 to %dim step %c1 {
      scf.for %arg5 = %c0 to %c64 step %c1 {
        memref.store %cst, %arg3[%arg4, %arg5] : memref<?x?xf32>
      }
      scf.for %arg5 = %c0 to %c32 step %c1 {
        %0 = memref.load %alloc[%arg4, %arg5] : memref<?x32xf32>
        scf.for %arg6 = %c0 to %c64 step %c1 {
          %1 = memref.load %arg2[%arg5, %arg6] : memref<?x?xf32>
          %2 = memref.load %arg3[%arg4, %arg6] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg3[%arg4, %arg6] : memref<?x?xf32>
        }
      }
    }
    memref.dealloc %alloc : memref<?x32xf32>
    return
  }
  func.func @k69(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg1, %c0 : memref<?x?xf32>
    scf.for %arg2 = %c0 to %dim step %c1 {
      scf.for %arg3 = %c0 to %c32 step %c1 {
        %0 = memref.load %arg0[%arg2, %arg3] : memref<?x?xf32>
        memref.store %0, %arg1[%arg2, %arg3] : memref<?x?xf32>
      }
    }
    return
  }
  func.func @k70(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %c8 = arith.constant 8 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c4 step %c1 {
        %0 = arith.muli %arg4, %c8 : index
        scf.for %arg5 = %c0 to %c4 step %c1 {
          %1 = memref.load %arg1[%arg3, %arg5] : memref<?x?xf32>
          %2 = arith.addi %arg5, %c4 : index
          %3 = memref.load %arg1[%arg3, %2] : memref<?x?xf32>
          %4 = arith.addi %0, %arg5 : index
          %5 = arith.addi %4, %c4 : index
          %6 = memref.load %arg0[%arg3, %4] : memref<?x?xf32>
          %7 = memref.load %arg0[%arg3, %5] : memref<?x?xf32>
          %8 = arith.mulf %6, %1 : f32
          %9 = arith.mulf %7, %3 : f32
          %10 = arith.subf %8, %9 : f32
          %11 = arith.mulf %7, %1 : f32
          %12 = arith.mulf %6, %3 : f32
          %13 = arith.addf %11, %12 : f32
          memref.store %10, %arg2[%arg3, %4] : memref<?x?xf32>
          memref.store %13, %arg2[%arg3, %5] : memref<?x?xf32>
        }
      }
    }
    return
  }
  func.func @k71(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg1, %c0 : memref<?x?xf32>
    scf.for %arg2 = %c0 to %dim step %c1 {
      scf.for %arg3 = %c0 to %c16 step %c1 {
        %0 = arith.addi %arg3, %c32 : index
        %1 = memref.load %arg0[%arg2, %0] : memref<?x?xf32>
        memref.store %1, %arg1[%arg2, %arg3] : memref<?x?xf32>
      }
    }
    return
  }
  func.func @k72(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c8 = arith.constant 8 : index
    %c4 = arith.constant 4 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c2 step %c1 {
        %0 = arith.muli %arg4, %c8 : index
        scf.for %arg5 = %c0 to %c4 step %c1 {
          %1 = memref.load %arg1[%arg3, %arg5] : memref<?x?xf32>
          %2 = arith.addi %arg5, %c4 : index
          %3 = memref.load %arg1[%arg3, %2] : memref<?x?xf32>
          %4 = arith.addi %0, %arg5 : index
          %5 = arith.addi %4, %c4 : index
          %6 = memref.load %arg0[%arg3, %4] : memref<?x?xf32>
          %7 = memref.load %arg0[%arg3, %5] : memref<?x?xf32>
          %8 = arith.mulf %6, %1 : f32
          %9 = arith.mulf %7, %3 : f32
          %10 = arith.subf %8, %9 : f32
          %11 = arith.mulf %7, %1 : f32
          %12 = arith.mulf %6, %3 : f32
          %13 = arith.addf %11, %12 : f32
          memref.store %10, %arg2[%arg3, %4] : memref<?x?xf32>
          memref.store %13, %arg2[%arg3, %5] : memref<?x?xf32>
        }
      }
    }
    return
  }
  func.func @k73(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c48 = arith.constant 48 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg1, %c0 : memref<?x?xf32>
    scf.for %arg2 = %c0 to %dim step %c1 {
      scf.for %arg3 = %c0 to %c16 step %c1 {
        %0 = arith.addi %arg3, %c48 : index
        %1 = memref.load %arg0[%arg2, %0] : memref<?x?xf32>
        memref.store %1, %arg1[%arg2, %arg3] : memref<?x?xf32>
      }
    }
    return
  }
  func.func @k74(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %c8 = arith.constant 8 : index
    %c2 = arith.constant 2 : index
    %cst = arith.constant 0.353553385 : f32
    %cst_0 = arith.constant -3.000000e+38 : f32
    %cst_1 = arith.constant 0.000000e+00 : f32
    %dim = memref.dim %arg3, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x32xf32>
    scf.for %arg4 = %c0 to %dim step %c1 {
      %0 = arith.addi %arg4, %c1 : index
      scf.for %arg5 = %c0 to %c4 step %c1 {
        %1 = arith.divui %arg5, %c2 : index
        %2 = arith.muli %arg5, %c8 : index
        %3 = arith.muli %1, %c8 : index
        scf.for %arg6 = %c0 to %c8 step %c1 {
          %5 = arith.addi %2, %arg6 : index
          memref.store %cst_1, %alloc[%arg4, %5] : memref<?x32xf32>
        }
        %4:2 = scf.for %arg6 = %c0 to %0 step %c1 iter_args(%arg7 = %cst_0, %arg8 = %cst_1) -> (f32, f32) {
          %5 = scf.for %arg9 = %c0 to %c8 step %c1 iter_args(%arg10 = %cst_1) -> (f32) {
            %14 = arith.addi %2, %arg9 : index
            %15 = arith.addi %3, %arg9 : index
            %16 = memref.load %arg0[%arg4, %14] : memref<?x?xf32>
            %17 = memref.load %arg1[%arg6, %15] : memref<?x?xf32>
            %18 = arith.mulf %16, %17 : f32
            %19 = arith.addf %arg10, %18 : f32
            scf.yield %19 : f32
          }
          %6 = arith.mulf %5, %cst : f32
          %7 = arith.maximumf %arg7, %6 : f32
          %8 = arith.subf %arg7, %7 : f32
          %9 = math.exp %8 : f32
          %10 = arith.subf %6, %7 : f32
          %11 = math.exp %10 : f32
          %12 = arith.mulf %arg8, %9 : f32
          %13 = arith.addf %12, %11 : f32
          scf.for %arg9 = %c0 to %c8 step %c1 {
            %14 = arith.addi %3, %arg9 : index
            %15 = memref.load %arg2[%arg6, %14] : memref<?x?xf32>
            %16 = arith.addi %2, %arg9 : index
            %17 = memref.load %alloc[%arg4, %16] : memref<?x32xf32>
            %18 = arith.mulf %17, %9 : f32
            %19 = arith.mulf %11, %15 : f32
            %20 = arith.addf %18, %19 : f32
            memref.store %20, %alloc[%arg4, %16] : memref<?x32xf32>
          }
          scf.yield %7, %13 : f32, f32
        }
        scf.for %arg6 = %c0 to %c8 step %c1 {
          %5 = arith.addi %2, %arg6 : index
          %6 = memref.load %alloc[%arg4, %5] : memref<?x32xf32>
          %7 = arith.divf %6, %4#1 : f32
          memref.store %7, %arg3[%arg4, %5] : memref<?x?xf32>
        }
      }
    }
    memref.dealloc %alloc : memref<?x32xf32>
    return
  }
  func.func @k76(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c32 step %c1 {
        memref.store %cst, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
      scf.for %arg4 = %c0 to %c32 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        scf.for %arg5 = %c0 to %c32 step %c1 {
          %1 = memref.load %arg1[%arg4, %arg5] : memref<?x?xf32>
          %2 = memref.load %arg2[%arg3, %arg5] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg2[%arg3, %arg5] : memref<?x?xf32>
        }
      }
    }
    return
  }
  func.func @k77(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c32 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        %1 = memref.load %arg1[%arg3, %arg4] : memref<?x?xf32>
        %2 = arith.addf %0, %1 : f32
        memref.store %2, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
    }
    return
  }
  func.func @k81(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>, %arg4: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c128 = arith.constant 128 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 3.200000e+01 : f32
    %cst_1 = arith.constant 9.99999974E-6 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %dim = memref.dim %arg4, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x32xf32>
    scf.for %arg5 = %c0 to %dim step %c1 {
      %0 = scf.for %arg6 = %c0 to %c32 step %c1 iter_args(%arg7 = %cst) -> (f32) {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = arith.mulf %5, %5 : f32
        %7 = arith.addf %arg7, %6 : f32
        scf.yield %7 : f32
      }
      %1 = arith.divf %0, %cst_0 : f32
      %2 = arith.addf %1, %cst_1 : f32
      %3 = math.sqrt %2 : f32
      %4 = arith.divf %cst_2, %3 : f32
      scf.for %arg6 = %c0 to %c32 step %c1 {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = memref.load %arg1[%arg6, %c0] : memref<?x?xf32>
        %7 = arith.mulf %5, %4 : f32
        %8 = arith.mulf %7, %6 : f32
        memref.store %8, %alloc[%arg5, %arg6] : memref<?x32xf32>
      }
    }
    %alloc_3 = memref.alloc(%dim) : memref<?x128xf32>
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c128 step %c1 {
        memref.store %cst, %alloc_3[%arg5, %arg6] : memref<?x128xf32>
      }
      scf.for %arg6 = %c0 to %c32 step %c1 {
        %0 = memref.load %alloc[%arg5, %arg6] : memref<?x32xf32>
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %1 = memref.load %arg2[%arg6, %arg7] : memref<?x?xf32>
          %2 = memref.load %alloc_3[%arg5, %arg7] : memref<?x128xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %alloc_3[%arg5, %arg7] : memref<?x128xf32>
        }
      }
    }
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c128 step %c1 {
        memref.store %cst, %arg4[%arg5, %arg6] : memref<?x?xf32>
      }
      scf.for %arg6 = %c0 to %c32 step %c1 {
        %0 = memref.load %alloc[%arg5, %arg6] : memref<?x32xf32>
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %1 = memref.load %arg3[%arg6, %arg7] : memref<?x?xf32>
          %2 = memref.load %arg4[%arg5, %arg7] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg4[%arg5, %arg7] : memref<?x?xf32>
        }
      }
    }
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c128 step %c1 {
        %0 = memref.load %alloc_3[%arg5, %arg6] : memref<?x128xf32>
        %1 = memref.load %arg4[%arg5, %arg6] : memref<?x?xf32>
        %2 = arith.subf %cst, %0 : f32
        %3 = math.exp %2 : f32
        %4 = arith.addf %3, %cst_2 : f32
        %5 = arith.divf %0, %4 : f32
        %6 = arith.mulf %5, %1 : f32
        memref.store %6, %arg4[%arg5, %arg6] : memref<?x?xf32>
      }
    }
    memref.dealloc %alloc : memref<?x32xf32>
    memref.dealloc %alloc_3 : memref<?x128xf32>
    return
  }
  func.func @k83(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c32 step %c1 {
        memref.store %cst, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
      scf.for %arg4 = %c0 to %c128 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        scf.for %arg5 = %c0 to %c32 step %c1 {
          %1 = memref.load %arg1[%arg4, %arg5] : memref<?x?xf32>
          %2 = memref.load %arg2[%arg3, %arg5] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg2[%arg3, %arg5] : memref<?x?xf32>
        }
      }
    }
    return
  }
  func.func @k84(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c32 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        %1 = memref.load %arg1[%arg3, %arg4] : memref<?x?xf32>
        %2 = arith.addf %0, %1 : f32
        memref.store %2, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
    }
    return
  }
  func.func @k87(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c50 = arith.constant 50 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 3.200000e+01 : f32
    %cst_1 = arith.constant 9.99999974E-6 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %dim = memref.dim %arg3, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x32xf32>
    scf.for %arg4 = %c0 to %dim step %c1 {
      %0 = scf.for %arg5 = %c0 to %c32 step %c1 iter_args(%arg6 = %cst) -> (f32) {
        %5 = memref.load %arg0[%arg4, %arg5] : memref<?x?xf32>
        %6 = arith.mulf %5, %5 : f32
        %7 = arith.addf %arg6, %6 : f32
        scf.yield %7 : f32
      }
      %1 = arith.divf %0, %cst_0 : f32
      %2 = arith.addf %1, %cst_1 : f32
      %3 = math.sqrt %2 : f32
      %4 = arith.divf %cst_2, %3 : f32
      scf.for %arg5 = %c0 to %c32 step %c1 {
        %5 = memref.load %arg0[%arg4, %arg5] : memref<?x?xf32>
        %6 = memref.load %arg1[%arg5, %c0] : memref<?x?xf32>
        %7 = arith.mulf %5, %4 : f32
        %8 = arith.mulf %7, %6 : f32
        memref.store %8, %alloc[%arg4, %arg5] : memref<?x32xf32>
      }
    }
    scf.for %arg4 = %c0 to %dim step %c1 {
      scf.for %arg5 = %c0 to %c50 step %c1 {
        memref.store %cst, %arg3[%arg4, %arg5] : memref<?x?xf32>
      }
      scf.for %arg5 = %c0 to %c32 step %c1 {
        %0 = memref.load %alloc[%arg4, %arg5] : memref<?x32xf32>
        scf.for %arg6 = %c0 to %c50 step %c1 {
          %1 = memref.load %arg2[%arg5, %arg6] : memref<?x?xf32>
          %2 = memref.load %arg3[%arg4, %arg6] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg3[%arg4, %arg6] : memref<?x?xf32>
        }
      }
    }
    memref.dealloc %alloc : memref<?x32xf32>
    return
  }
}
