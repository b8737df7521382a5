module {
  func.func @k2(%arg0: memref<?x?xf32>, %arg1: memref<?x?xi64>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c64 step %c1 {
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
    %c192 = arith.constant 192 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 6.400000e+01 : f32
    %cst_1 = arith.constant 9.99999974E-6 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %dim = memref.dim %arg4, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x64xf32>
    scf.for %arg5 = %c0 to %dim step %c1 {
      %0 = scf.for %arg6 = %c0 to %c64 step %c1 iter_args(%arg7 = %cst) -> (f32) {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = arith.mulf %5, %5 : f32
        %7 = arith.addf %arg7, %6 : f32
        scf.yield %7 : f32
      }
      %1 = arith.divf %0, %cst_0 : f32
      %2 = llvm.intr.sqrt(%1) : (f32) -> f32
      %3 = arith.addf %2, %cst_1 : f32
      %4 = arith.divf %cst_2, %3 : f32
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = memref.load %arg1[%arg6, %c0] : memref<?x?xf32>
        %7 = arith.mulf %5, %4 : f32
        %8 = arith.mulf %7, %6 : f32
        memref.store %8, %alloc[%arg5, %arg6] : memref<?x64xf32>
      }
    }
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c192 step %c1 {
        %0 = memref.load %arg3[%arg6, %c0] : memref<?x?xf32>
        memref.store %0, %arg4[%arg5, %arg6] : memref<?x?xf32>
      }
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %0 = memref.load %alloc[%arg5, %arg6] : memref<?x64xf32>
        scf.for %arg7 = %c0 to %c192 step %c1 {
          %1 = memref.load %arg2[%arg6, %arg7] : memref<?x?xf32>
          %2 = memref.load %arg4[%arg5, %arg7] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg4[%arg5, %arg7] : memref<?x?xf32>
        }
      }
    }
    memref.dealloc %alloc : memref<?x64xf32>
    return
  }
  func.func @k13(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>, %arg4: memref<?x?xf32>, %arg5: memref<?x?xf32>, %arg6: memref<?x?xf32>, %arg7: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c24 = arith.constant 24 : index
    %c2 = arith.constant 2 : index
    %c3 = arith.constant 3 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c16 = arith.constant 16 : index
    %c4 = arith.constant 4 : index
    %cst_0 = arith.constant 0.000000e+00 : f64
    %c15 = arith.constant 15 : index
    %dim = memref.dim %arg7, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x64xf32>
    %alloc_1 = memref.alloc(%dim) : memref<?x64xf32>
    scf.for %arg8 = %c0 to %dim step %c1 {
      %2 = arith.minui %arg8, %c2 : index
      %3 = arith.subi %c2, %2 : index
      scf.for %arg9 = %c0 to %c64 step %c1 {
        %4 = arith.divui %arg9, %c8 : index
        %5 = arith.remui %arg9, %c8 : index
        %6 = arith.muli %4, %c24 : index
        %7 = arith.addi %6, %5 : index
        %8 = scf.for %arg10 = %3 to %c3 step %c1 iter_args(%arg11 = %cst) -> (f32) {
          %22 = memref.load %arg1[%7, %arg10] : memref<?x?xf32>
          %23 = arith.addi %arg8, %arg10 : index
          %24 = arith.subi %23, %c2 : index
          %25 = memref.load %arg0[%24, %7] : memref<?x?xf32>
          %26 = arith.mulf %22, %25 : f32
          %27 = arith.addf %arg11, %26 : f32
          scf.yield %27 : f32
        }
        %9 = memref.load %arg2[%7, %c0] : memref<?x?xf32>
        %10 = arith.addf %8, %9 : f32
        %11 = arith.addi %6, %c8 : index
        %12 = arith.addi %11, %5 : index
        %13 = scf.for %arg10 = %3 to %c3 step %c1 iter_args(%arg11 = %cst) -> (f32) {
          %22 = memref.load %arg1[%12, %arg10] : memref<?x?xf32>
          %23 = arith.addi %arg8, %arg10 : index
          %24 = arith.subi %23, %c2 : index
          %25 = memref.load %arg0[%24, %12] : memref<?x?xf32>
          %26 = arith.mulf %22, %25 : f32
          %27 = arith.addf %arg11, %26 : f32
          scf.yield %27 : f32
        }
        %14 = memref.load %arg2[%12, %c0] : memref<?x?xf32>
        %15 = arith.addf %13, %14 : f32
        %16 = arith.addi %6, %c16 : index
        %17 = arith.addi %16, %5 : index
        %18 = scf.for %arg10 = %3 to %c3 step %c1 iter_args(%arg11 = %cst) -> (f32) {
          %22 = memref.load %arg1[%17, %arg10] : memref<?x?xf32>
          %23 = arith.addi %arg8, %arg10 : index
          %24 = arith.subi %23, %c2 : index
          %25 = memref.load %arg0[%24, %17] : memref<?x?xf32>
          %26 = arith.mulf %22, %25 : f32
          %27 = arith.addf %arg11, %26 : f32
          scf.yield %27 : f32
        }
        %19 = memref.load %arg2[%17, %c0] : memref<?x?xf32>
        %20 = arith.addf %18, %19 : f32
        %21 = arith.mulf %15, %20 : f32
        memref.store %21, %alloc[%arg8, %arg9] : memref<?x64xf32>
        memref.store %10, %alloc_1[%arg8, %arg9] : memref<?x64xf32>
      }
    }
    %alloc_2 = memref.alloc() : memref<64x4xf64>
    scf.for %arg8 = %c0 to %c64 step %c1 {
      scf.for %arg9 = %c0 to %c4 step %c1 {
        memref.store %cst_0, %alloc_2[%arg8, %arg9] : memref<64x4xf64>
      }
    }
    %alloc_3 = memref.alloc() : memref<64x4xf64>
    scf.for %arg8 = %c0 to %c64 step %c1 {
      scf.for %arg9 = %c0 to %c4 step %c1 {
        memref.store %cst_0, %alloc_3[%arg8, %arg9] : memref<64x4xf64>
      }
    }
    %0 = arith.addi %dim, %c15 : index
    %1 = arith.divui %0, %c16 : index
    scf.for %arg8 = %c0 to %1 step %c1 {
      %2 = arith.muli %arg8, %c16 : index
      %3 = arith.addi %2, %c16 : index
      %4 = arith.minui %3, %dim : index
      scf.for %arg9 = %c0 to %c64 step %c1 {
        %5 = memref.load %arg5[%arg9, %c0] : memref<?x?xf32>
        %6 = memref.load %arg5[%arg9, %c1] : memref<?x?xf32>
        %7 = arith.extf %5 : f32 to f64
        %8 = arith.extf %6 : f32 to f64
        memref.store %7, %alloc_3[%arg9, %c0] : memref<64x4xf64>
        memref.store %8, %alloc_3[%arg9, %c1] : memref<64x4xf64>
        %9 = memref.load %arg5[%arg9, %c2] : memref<?x?xf32>
        %10 = memref.load %arg5[%arg9, %c3] : memref<?x?xf32>
        %11 = arith.extf %9 : f32 to f64
        %12 = arith.extf %10 : f32 to f64
        memref.store %11, %alloc_3[%arg9, %c2] : memref<64x4xf64>
        memref.store %12, %alloc_3[%arg9, %c3] : memref<64x4xf64>
      }
      scf.for %arg9 = %2 to %4 step %c1 {
        %5 = arith.subi %arg9, %2 : index
        %6 = arith.addi %5, %c1 : index
        scf.for %arg10 = %c0 to %c64 step %c1 {
          %7 = scf.for %arg11 = %c0 to %6 step %c1 iter_args(%arg12 = %cst) -> (f32) {
            %73 = memref.load %arg4[%arg10, %arg11] : memref<?x?xf32>
            %74 = arith.subi %arg9, %arg11 : index
            %75 = memref.load %alloc[%74, %arg10] : memref<?x64xf32>
            %76 = arith.mulf %73, %75 : f32
            %77 = arith.addf %arg12, %76 : f32
            scf.yield %77 : f32
          }
          %8 = memref.load %alloc_3[%arg10, %c0] : memref<64x4xf64>
          %9 = memref.load %alloc_3[%arg10, %c1] : memref<64x4xf64>
          %10 = memref.load %alloc_2[%arg10, %c0] : memref<64x4xf64>
          %11 = memref.load %alloc_2[%arg10, %c1] : memref<64x4xf64>
          %12 = memref.load %arg6[%arg10, %c0] : memref<?x?xf32>
          %13 = memref.load %arg6[%arg10, %c1] : memref<?x?xf32>
          %14 = arith.extf %12 : f32 to f64
          %15 = arith.extf %13 : f32 to f64
          %16 = arith.mulf %8, %10 : f64
          %17 = arith.mulf %9, %11 : f64
          %18 = arith.mulf %8, %11 : f64
          %19 = arith.mulf %9, %10 : f64
          %20 = arith.subf %16, %17 : f64
          %21 = arith.addf %18, %19 : f64
          %22 = arith.mulf %14, %20 : f64
          %23 = arith.mulf %15, %21 : f64
          %24 = arith.subf %22, %23 : f64
          %25 = arith.addf %24, %cst_0 : f64
          %26 = memref.load %arg5[%arg10, %c0] : memref<?x?xf32>
          %27 = memref.load %arg5[%arg10, %c1] : memref<?x?xf32>
          %28 = arith.extf %26 : f32 to f64
          %29 = arith.extf %27 : f32 to f64
          %30 = arith.mulf %8, %28 : f64
          %31 = arith.mulf %9, %29 : f64
          %32 = arith.mulf %8, %29 : f64
          %33 = arith.mulf %9, %28 : f64
          %34 = arith.subf %30, %31 : f64
          %35 = arith.addf %32, %33 : f64
          memref.store %34, %alloc_3[%arg10, %c0] : memref<64x4xf64>
          memref.store %35, %alloc_3[%arg10, %c1] : memref<64x4xf64>
          %36 = memref.load %alloc_3[%arg10, %c2] : memref<64x4xf64>
          %37 = memref.load %alloc_3[%arg10, %c3] : memref<64x4xf64>
          %38 = memref.load %alloc_2[%arg10, %c2] : memref<64x4xf64>
          %39 = memref.load %alloc_2[%arg10, %c3] : memref<64x4xf64>
          %40 = memref.load %arg6[%arg10, %c2] : memref<?x?xf32>
          %41 = memref.load %arg6[%arg10, %c3] : memref<?x?xf32>
          %42 = arith.extf %40 : f32 to f64
          %43 = arith.extf %41 : f32 to f64
          %44 = arith.mulf %36, %38 : f64
          %45 = arith.mulf %37, %39 : f64
          %46 = arith.mulf %36, %39 : f64
          %47 = arith.mulf %37, %38 : f64
          %48 = arith.subf %44, %45 : f64
          %49 = arith.addf %46, %47 : f64
          %50 = arith.mulf %42, %48 : f64
          %51 = arith.mulf %43, %49 : f64
          %52 = arith.subf %50, %51 : f64
          %53 = arith.addf %25, %52 : f64
          %54 = memref.load %arg5[%arg10, %c2] : memref<?x?xf32>
          %55 = memref.load %arg5[%arg10, %c3] : memref<?x?xf32>
          %56 = arith.extf %54 : f32 to f64
          %57 = arith.extf %55 : f32 to f64
          %58 = arith.mulf %36, %56 : f64
          %59 = arith.mulf %37, %57 : f64
          %60 = arith.mulf %36, %57 : f64
          %61 = arith.mulf %37, %56 : f64
          %62 = arith.subf %58, %59 : f64
          %63 = arith.addf %60, %61 : f64
          memref.store %62, %alloc_3[%arg10, %c2] : memref<64x4xf64>
          memref.store %63, %alloc_3[%arg10, %c3] : memref<64x4xf64>
          %64 = arith.extf %7 : f32 to f64
          %65 = arith.addf %64, %53 : f64
          %66 = arith.truncf %65 : f64 to f32
          %67 = memref.load %alloc[%arg9, %arg10] : memref<?x64xf32>
          %68 = memref.load %arg3[%arg10, %c0] : memref<?x?xf32>
          %69 = arith.mulf %68, %67 : f32
          %70 = arith.addf %66, %69 : f32
          %71 = memref.load %alloc_1[%arg9, %arg10] : memref<?x64xf32>
          %72 = arith.mulf %70, %71 : f32
          memref.store %72, %arg7[%arg9, %arg10] : memref<?x?xf32>
        }
      }
      scf.for %arg9 = %2 to %4 step %c1 {
        scf.for %arg10 = %c0 to %c64 step %c1 {
          %5 = memref.load %alloc[%arg9, %arg10] : memref<?x64xf32>
          %6 = arith.extf %5 : f32 to f64
          %7 = memref.load %arg5[%arg10, %c0] : memref<?x?xf32>
          %8 = memref.load %arg5[%arg10, %c1] : memref<?x?xf32>
          %9 = arith.extf %7 : f32 to f64
          %10 = arith.extf %8 : f32 to f64
          %11 = memref.load %alloc_2[%arg10, %c0] : memref<64x4xf64>
          %12 = memref.load %alloc_2[%arg10, %c1] : memref<64x4xf64>
          %13 = arith.mulf %9, %11 : f64
          %14 = arith.mulf %10, %12 : f64
          %15 = arith.mulf %9, %12 : f64
          %16 = arith.mulf %10, %11 : f64
          %17 = arith.subf %13, %14 : f64
          %18 = arith.addf %15, %16 : f64
          %19 = arith.addf %17, %6 : f64
          memref.store %19, %alloc_2[%arg10, %c0] : memref<64x4xf64>
          memref.store %18, %alloc_2[%arg10, %c1] : memref<64x4xf64>
          %20 = memref.load %arg5[%arg10, %c2] : memref<?x?xf32>
          %21 = memref.load %arg5[%arg10, %c3] : memref<?x?xf32>
          %22 = arith.extf %20 : f32 to f64
          %23 = arith.extf %21 : f32 to f64
          %24 = memref.load %alloc_2[%arg10, %c2] : memref<64x4xf64>
          %25 = memref.load %alloc_2[%arg10, %c3] : memref<64x4xf64>
          %26 = arith.mulf %22, %24 : f64
          %27 = arith.mulf %23, %25 : f64
          %28 = arith.mulf %22, %25 : f64
          %29 = arith.mulf %23, %24 : f64
          %30 = arith.subf %26, %27 : f64
          %31 = arith.addf %28, %29 : f64
          %32 = arith.addf %30, %6 : f64
          memref.store %32, %alloc_2[%arg10, %c2] : memref<64x4xf64>
          memref.store %31, %alloc_2[%arg10, %c3] : memref<64x4xf64>
        }
      }
    }
    memref.dealloc %alloc : memref<?x64xf32>
    memref.dealloc %alloc_1 : memref<?x64xf32>
    memref.dealloc %alloc_2 : memref<64x4xf64>
    memref.dealloc %alloc_3 : memref<64x4xf64>
    return
  }
  func.func @k16(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg3, %c0 : memref<?x?xf32>
    scf.for %arg4 = %c0 to %dim step %c1 {
      scf.for %arg5 = %c0 to %c64 step %c1 {
        %0 = memref.load %arg2[%arg5, %c0] : memref<?x?xf32>
        memref.store %0, %arg3[%arg4, %arg5] : memref<?x?xf32>
      }
      scf.for %arg5 = %c0 to %c64 step %c1 {
        %0 = memref.load %arg0[%arg4, %arg5] : memref<?x?xf32>
        scf.for %arg6 = %c0 to %c64 step %c1 {
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
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c64 step %c1 {
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
    %c192 = arith.constant 192 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 6.400000e+01 : f32
    %cst_1 = arith.constant 9.99999974E-6 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %dim = memref.dim %arg4, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x64xf32>
    scf.for %arg5 = %c0 to %dim step %c1 {
      %0 = scf.for %arg6 = %c0 to %c64 step %c1 iter_args(%arg7 = %cst) -> (f32) {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = arith.mulf %5, %5 : f32
        %7 = arith.addf %arg7, %6 : f32
        scf.yield %7 : f32
      }
      %1 = arith.divf %0, %cst_0 : f32
      %2 = llvm.intr.sqrt(%1) : (f32) -> f32
      %3 = arith.addf %2, %cst_1 : f32
      %4 = arith.divf %cst_2, %3 : f32
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = memref.load %arg1[%arg6, %c0] : memref<?x?xf32>
        %7 = arith.mulf %5, %4 : f32
        %8 = arith.mulf %7, %6 : f32
        memref.store %8, %alloc[%arg5, %arg6] : memref<?x64xf32>
      }
    }
    %alloc_3 = memref.alloc(%dim) : memref<?x192xf32>
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c192 step %c1 {
        memref.store %cst, %alloc_3[%arg5, %arg6] : memref<?x192xf32>
      }
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %0 = memref.load %alloc[%arg5, %arg6] : memref<?x64xf32>
        scf.for %arg7 = %c0 to %c192 step %c1 {
          %1 = memref.load %arg2[%arg6, %arg7] : memref<?x?xf32>
          %2 = memref.load %alloc_3[%arg5, %arg7] : memref<?x192xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %alloc_3[%arg5, %arg7] : memref<?x192xf32>
        }
      }
    }
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c192 step %c1 {
        memref.store %cst, %arg4[%arg5, %arg6] : memref<?x?xf32>
      }
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %0 = memref.load %alloc[%arg5, %arg6] : memref<?x64xf32>
        scf.for %arg7 = %c0 to %c192 step %c1 {
          %1 = memref.load %arg3[%arg6, %arg7] : memref<?x?xf32>
          %2 = memref.load %arg4[%arg5, %arg7] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg4[%arg5, %arg7] : memref<?x?xf32>
        }
      }
    }
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c192 step %c1 {
        %0 = memref.load %alloc_3[%arg5, %arg6] : memref<?x192xf32>
        %1 = memref.load %arg4[%arg5, %arg6] : memref<?x?xf32>
        %2 = arith.subf %cst, %0 : f32
        %3 = llvm.intr.exp(%2) : (f32) -> f32
        %4 = arith.addf %3, %cst_2 : f32
        %5 = arith.divf %0, %4 : f32
        %6 = arith.mulf %5, %1 : f32
        memref.store %6, %arg4[%arg5, %arg6] : memref<?x?xf32>
      }
    }
    memref.dealloc %alloc : memref<?x64xf32>
    memref.dealloc %alloc_3 : memref<?x192xf32>
    return
  }
  func.func @k23(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c192 = arith.constant 192 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c64 step %c1 {
        memref.store %cst, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
      scf.for %arg4 = %c0 to %c192 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        scf.for %arg5 = %c0 to %c64 step %c1 {
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
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c64 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        %1 = memref.load %arg1[%arg3, %arg4] : memref<?x?xf32>
        %2 = arith.addf %0, %1 : f32
        memref.store %2, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
    }
    return
  }
  func.func @k28(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>, %arg4: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c192 = arith.constant 192 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 6.400000e+01 : f32
    %cst_1 = arith.constant 9.99999974E-6 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %dim = memref.dim %arg4, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x64xf32>
    scf.for %arg5 = %c0 to %dim step %c1 {
      %0 = scf.for %arg6 = %c0 to %c64 step %c1 iter_args(%arg7 = %cst) -> (f32) {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = arith.mulf %5, %5 : f32
        %7 = arith.addf %arg7, %6 : f32
        scf.yield %7 : f32
      }
      %1 = arith.divf %0, %cst_0 : f32
      %2 = llvm.intr.sqrt(%1) : (f32) -> f32
      %3 = arith.addf %2, %cst_1 : f32
      %4 = arith.divf %cst_2, %3 : f32
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = memref.load %arg1[%arg6, %c0] : memref<?x?xf32>
        %7 = arith.mulf %5, %4 : f32
        %8 = arith.mulf %7, %6 : f32
        memref.store %8, %alloc[%arg5, %arg6] : memref<?x64xf32>
      }
    }
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c192 step %c1 {
        %0 = memref.load %arg3[%arg6, %c0] : memref<?x?xf32>
        memref.store %0, %arg4[%arg5, %arg6] : memref<?x?xf32>
      }
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %0 = memref.load %alloc[%arg5, %arg6] : memref<?x64xf32>
        scf.for %arg7 = %c0 to %c192 step %c1 {
          %1 = memref.load %arg2[%arg6, %arg7] : memref<?x?xf32>
          %2 = memref.load %arg4[%arg5, %arg7] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg4[%arg5, %arg7] : memref<?x?xf32>
        }
      }
    }
    memref.dealloc %alloc : memref<?x64xf32>
    return
  }
  func.func @k35(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>, %arg4: memref<?x?xf32>, %arg5: memref<?x?xf32>, %arg6: memref<?x?xf32>, %arg7: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c24 = arith.constant 24 : index
    %c2 = arith.constant 2 : index
    %c3 = arith.constant 3 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c16 = arith.constant 16 : index
    %c4 = arith.constant 4 : index
    %cst_0 = arith.constant 0.000000e+00 : f64
    %c15 = arith.constant 15 : index
    %dim = memref.dim %arg7, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x64xf32>
    %alloc_1 = memref.alloc(%dim) : memref<?x64xf32>
    scf.for %arg8 = %c0 to %dim step %c1 {
      %2 = arith.minui %arg8, %c2 : index
      %3 = arith.subi %c2, %2 : index
      scf.for %arg9 = %c0 to %c64 step %c1 {
        %4 = arith.divui %arg9, %c8 : index
        %5 = arith.remui %arg9, %c8 : index
        %6 = arith.muli %4, %c24 : index
        %7 = arith.addi %6, %5 : index
        %8 = scf.for %arg10 = %3 to %c3 step %c1 iter_args(%arg11 = %cst) -> (f32) {
          %22 = memref.load %arg1[%7, %arg10] : memref<?x?xf32>
          %23 = arith.addi %arg8, %arg10 : index
          %24 = arith.subi %23, %c2 : index
          %25 = memref.load %arg0[%24, %7] : memref<?x?xf32>
          %26 = arith.mulf %22, %25 : f32
          %27 = arith.addf %arg11, %26 : f32
          scf.yield %27 : f32
        }
        %9 = memref.load %arg2[%7, %c0] : memref<?x?xf32>
        %10 = arith.addf %8, %9 : f32
        %11 = arith.addi %6, %c8 : index
        %12 = arith.addi %11, %5 : index
        %13 = scf.for %arg10 = %3 to %c3 step %c1 iter_args(%arg11 = %cst) -> (f32) {
          %22 = memref.load %arg1[%12, %arg10] : memref<?x?xf32>
          %23 = arith.addi %arg8, %arg10 : index
          %24 = arith.subi %23, %c2 : index
          %25 = memref.load %arg0[%24, %12] : memref<?x?xf32>
          %26 = arith.mulf %22, %25 : f32
          %27 = arith.addf %arg11, %26 : f32
          scf.yield %27 : f32
        }
        %14 = memref.load %arg2[%12, %c0] : memref<?x?xf32>
        %15 = arith.addf %13, %14 : f32
        %16 = arith.addi %6, %c16 : index
        %17 = arith.addi %16, %5 : index
        %18 = scf.for %arg10 = %3 to %c3 step %c1 iter_args(%arg11 = %cst) -> (f32) {
          %22 = memref.load %arg1[%17, %arg10] : memref<?x?xf32>
          %23 = arith.addi %arg8, %arg10 : index
          %24 = arith.subi %23, %c2 : index
          %25 = memref.load %arg0[%24, %17] : memref<?x?xf32>
          %26 = arith.mulf %22, %25 : f32
          %27 = arith.addf %arg11, %26 : f32
          scf.yield %27 : f32
        }
        %19 = memref.load %arg2[%17, %c0] : memref<?x?xf32>
        %20 = arith.addf %18, %19 : f32
        %21 = arith.mulf %15, %20 : f32
        memref.store %21, %alloc[%arg8, %arg9] : memref<?x64xf32>
        memref.store %10, %alloc_1[%arg8, %arg9] : memref<?x64xf32>
      }
    }
    %alloc_2 = memref.alloc() : memref<64x4xf64>
    scf.for %arg8 = %c0 to %c64 step %c1 {
      scf.for %arg9 = %c0 to %c4 step %c1 {
        memref.store %cst_0, %alloc_2[%arg8, %arg9] : memref<64x4xf64>
      }
    }
    %alloc_3 = memref.alloc() : memref<64x4xf64>
    scf.for %arg8 = %c0 to %c64 step %c1 {
      scf.for %arg9 = %c0 to %c4 step %c1 {
        memref.store %cst_0, %alloc_3[%arg8, %arg9] : memref<64x4xf64>
      }
    }
    %0 = arith.addi %dim, %c15 : index
    %1 = arith.divui %0, %c16 : index
    scf.for %arg8 = %c0 to %1 step %c1 {
      %2 = arith.muli %arg8, %c16 : index
      %3 = arith.addi %2, %c16 : index
      %4 = arith.minui %3, %dim : index
      scf.for %arg9 = %c0 to %c64 step %c1 {
        %5 = memref.load %arg5[%arg9, %c0] : memref<?x?xf32>
        %6 = memref.load %arg5[%arg9, %c1] : memref<?x?xf32>
        %7 = arith.extf %5 : f32 to f64
        %8 = arith.extf %6 : f32 to f64
        memref.store %7, %alloc_3[%arg9, %c0] : memref<64x4xf64>
        memref.store %8, %alloc_3[%arg9, %c1] : memref<64x4xf64>
        %9 = memref.load %arg5[%arg9, %c2] : memref<?x?xf32>
        %10 = memref.load %arg5[%arg9, %c3] : memref<?x?xf32>
        %11 = arith.extf %9 : f32 to f64
        %12 = arith.extf %10 : f32 to f64
        memref.store %11, %alloc_3[%arg9, %c2] : memref<64x4xf64>
        memref.store %12, %alloc_3[%arg9, %c3] : memref<64x4xf64>
      }
      scf.for %arg9 = %2 to %4 step %c1 {
        %5 = arith.subi %arg9, %2 : index
        %6 = arith.addi %5, %c1 : index
        scf.for %arg10 = %c0 to %c64 step %c1 {
          %7 = scf.for %arg11 = %c0 to %6 step %c1 iter_args(%arg12 = %cst) -> (f32) {
            %73 = memref.load %arg4[%arg10, %arg11] : memref<?x?xf32>
            %74 = arith.subi %arg9, %arg11 : index
            %75 = memref.load %alloc[%74, %arg10] : memref<?x64xf32>
            %76 = arith.mulf %73, %75 : f32
            %77 = arith.addf %arg12, %76 : f32
            scf.yield %77 : f32
          }
          %8 = memref.load %alloc_3[%arg10, %c0] : memref<64x4xf64>
          %9 = memref.load %alloc_3[%arg10, %c1] : memref<64x4xf64>
          %10 = memref.load %alloc_2[%arg10, %c0] : memref<64x4xf64>
          %11 = memref.load %alloc_2[%arg10, %c1] : memref<64x4xf64>
          %12 = memref.load %arg6[%arg10, %c0] : memref<?x?xf32>
          %13 = memref.load %arg6[%arg10, %c1] : memref<?x?xf32>
          %14 = arith.extf %12 : f32 to f64
          %15 = arith.extf %13 : f32 to f64
          %16 = arith.mulf %8, %10 : f64
          %17 = arith.mulf %9, %11 : f64
          %18 = arith.mulf %8, %11 : f64
          %19 = arith.mulf %9, %10 : f64
          %20 = arith.subf %16, %17 : f64
          %21 = arith.addf %18, %19 : f64
          %22 = arith.mulf %14, %20 : f64
          %23 = arith.mulf %15, %21 : f64
          %24 = arith.subf %22, %23 : f64
          %25 = arith.addf %24, %cst_0 : f64
          %26 = memref.load %arg5[%arg10, %c0] : memref<?x?xf32>
          %27 = memref.load %arg5[%arg10, %c1] : memref<?x?xf32>
          %28 = arith.extf %26 : f32 to f64
          %29 = arith.extf %27 : f32 to f64
          %30 = arith.mulf %8, %28 : f64
          %31 = arith.mulf %9, %29 : f64
          %32 = arith.mulf %8, %29 : f64
          %33 = arith.mulf %9, %28 : f64
          %34 = arith.subf %30, %31 : f64
          %35 = arith.addf %32, %33 : f64
          memref.store %34, %alloc_3[%arg10, %c0] : memref<64x4xf64>
          memref.store %35, %alloc_3[%arg10, %c1] : memref<64x4xf64>
          %36 = memref.load %alloc_3[%arg10, %c2] : memref<64x4xf64>
          %37 = memref.load %alloc_3[%arg10, %c3] : memref<64x4xf64>
          %38 = memref.load %alloc_2[%arg10, %c2] : memref<64x4xf64>
          %39 = memref.load %alloc_2[%arg10, %c3] : memref<64x4xf64>
          %40 = memref.load %arg6[%arg10, %c2] : memref<?x?xf32>
          %41 = memref.load %arg6[%arg10, %c3] : memref<?x?xf32>
          %42 = arith.extf %40 : f32 to f64
          %43 = arith.extf %41 : f32 to f64
          %44 = arith.mulf %36, %38 : f64
          %45 = arith.mulf %37, %39 : f64
          %46 = arith.mulf %36, %39 : f64
          %47 = arith.mulf %37, %38 : f64
          %48 = arith.subf %44, %45 : f64
          %49 = arith.addf %46, %47 : f64
          %50 = arith.mulf %42, %48 : f64
          %51 = arith.mulf %43, %49 : f64
          %52 = arith.subf %50, %51 : f64
          %53 = arith.addf %25, %52 : f64
          %54 = memref.load %arg5[%arg10, %c2] : memref<?x?xf32>
          %55 = memref.load %arg5[%arg10, %c3] : memref<?x?xf32>
          %56 = arith.extf %54 : f32 to f64
          %57 = arith.extf %55 : f32 to f64
          %58 = arith.mulf %36, %56 : f64
          %59 = arith.mulf %37, %57 : f64
          %60 = arith.mulf %36, %57 : f64
          %61 = arith.mulf %37, %56 : f64
          %62 = arith.subf %58, %59 : f64
          %63 = arith.addf %60, %61 : f64
          memref.store %62, %alloc_3[%arg10, %c2] : memref<64x4xf64>
          memref.store %63, %alloc_3[%arg10, %c3] : memref<64x4xf64>
          %64 = arith.extf %7 : f32 to f64
          %65 = arith.addf %64, %53 : f64
          %66 = arith.truncf %65 : f64 to f32
          %67 = memref.load %alloc[%arg9, %arg10] : memref<?x64xf32>
          %68 = memref.load %arg3[%arg10, %c0] : memref<?x?xf32>
          %69 = arith.mulf %68, %67 : f32
          %70 = arith.addf %66, %69 : f32
          %71 = memref.load %alloc_1[%arg9, %arg10] : memref<?x64xf32>
          %72 = arith.mulf %70, %71 : f32
          memref.store %72, %arg7[%arg9, %arg10] : memref<?x?xf32>
        }
      }
      scf.for %arg9 = %2 to %4 step %c1 {
        scf.for %arg10 = %c0 to %c64 step %c1 {
          %5 = memref.load %alloc[%arg9, %arg10] : memref<?x64xf32>
          %6 = arith.extf %5 : f32 to f64
          %7 = memref.load %arg5[%arg10, %c0] : memref<?x?xf32>
          %8 = memref.load %arg5[%arg10, %c1] : memref<?x?xf32>
          %9 = arith.extf %7 : f32 to f64
          %10 = arith.extf %8 : f32 to f64
          %11 = memref.load %alloc_2[%arg10, %c0] : memref<64x4xf64>
          %12 = memref.load %alloc_2[%arg10, %c1] : memref<64x4xf64>
          %13 = arith.mulf %9, %11 : f64
          %14 = arith.mulf %10, %12 : f64
          %15 = arith.mulf %9, %12 : f64
          %16 = arith.mulf %10, %11 : f64
          %17 = arith.subf %13, %14 : f64
          %18 = arith.addf %15, %16 : f64
          %19 = arith.addf %17, %6 : f64
          memref.store %19, %alloc_2[%arg10, %c0] : memref<64x4xf64>
          memref.store %18, %alloc_2[%arg10, %c1] : memref<64x4xf64>
          %20 = memref.load %arg5[%arg10, %c2] : memref<?x?xf32>
          %21 = memref.load %arg5[%arg10, %c3] : memref<?x?xf32>
          %22 = arith.extf %20 : f32 to f64
          %23 = arith.extf %21 : f32 to f64
          %24 = memref.load %alloc_2[%arg10, %c2] : memref<64x4xf64>
          %25 = memref.load %alloc_2[%arg10, %c3] : memref<64x4xf64>
          %26 = arith.mulf %22, %24 : f64
          %27 = arith.mulf %23, %25 : f64
          %28 = arith.mulf %22, %25 : f64
          %29 = arith.mulf %23, %24 : f64
          %30 = arith.subf %26, %27 : f64
          %31 = arith.addf %28, %29 : f64
          %32 = arith.addf %30, %6 : f64
          memref.store %32, %alloc_2[%arg10, %c2] : memref<64x4xf64>
          memref.store %31, %alloc_2[%arg10, %c3] : memref<64x4xf64>
        }
      }
    }
    memref.dealloc %alloc : memref<?x64xf32>
    memref.dealloc %alloc_1 : memref<?x64xf32>
    memref.dealloc %alloc_2 : memref<64x4xf64>
    memref.dealloc %alloc_3 : memref<64x4xf64>
    return
  }
  func.func @k38(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg3, %c0 : memref<?x?xf32>
    scf.for %arg4 = %c0 to %dim step %c1 {
      scf.for %arg5 = %c0 to %c64 step %c1 {
        %0 = memref.load %arg2[%arg5, %c0] : memref<?x?xf32>
        memref.store %0, %arg3[%arg4, %arg5] : memref<?x?xf32>
      }
      scf.for %arg5 = %c0 to %c64 step %c1 {
        %0 = memref.load %arg0[%arg4, %arg5] : memref<?x?xf32>
        scf.for %arg6 = %c0 to %c64 step %c1 {
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
  func.func @k39(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c64 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        %1 = memref.load %arg1[%arg3, %arg4] : memref<?x?xf32>
        %2 = arith.addf %0, %1 : f32
        memref.store %2, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
    }
    return
  }
  func.func @k43(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>, %arg4: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c192 = arith.constant 192 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 6.400000e+01 : f32
    %cst_1 = arith.constant 9.99999974E-6 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %dim = memref.dim %arg4, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x64xf32>
    scf.for %arg5 = %c0 to %dim step %c1 {
      %0 = scf.for %arg6 = %c0 to %c64 step %c1 iter_args(%arg7 = %cst) -> (f32) {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = arith.mulf %5, %5 : f32
        %7 = arith.addf %arg7, %6 : f32
        scf.yield %7 : f32
      }
      %1 = arith.divf %0, %cst_0 : f32
      %2 = llvm.intr.sqrt(%1) : (f32) -> f32
      %3 = arith.addf %2, %cst_1 : f32
      %4 = arith.divf %cst_2, %3 : f32
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = memref.load %arg1[%arg6, %c0] : memref<?x?xf32>
        %7 = arith.mulf %5, %4 : f32
        %8 = arith.mulf %7, %6 : f32
        memref.store %8, %alloc[%arg5, %arg6] : memref<?x64xf32>
      }
    }
    %alloc_3 = memref.alloc(%dim) : memref<?x192xf32>
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c192 step %c1 {
        memref.store %cst, %alloc_3[%arg5, %arg6] : memref<?x192xf32>
      }
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %0 = memref.load %alloc[%arg5, %arg6] : memref<?x64xf32>
        scf.for %arg7 = %c0 to %c192 step %c1 {
          %1 = memref.load %arg2[%arg6, %arg7] : memref<?x?xf32>
          %2 = memref.load %alloc_3[%arg5, %arg7] : memref<?x192xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %alloc_3[%arg5, %arg7] : memref<?x192xf32>
        }
      }
    }
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c192 step %c1 {
        memref.store %cst, %arg4[%arg5, %arg6] : memref<?x?xf32>
      }
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %0 = memref.load %alloc[%arg5, %arg6] : memref<?x64xf32>
        scf.for %arg7 = %c0 to %c192 step %c1 {
          %1 = memref.load %arg3[%arg6, %arg7] : memref<?x?xf32>
          %2 = memref.load %arg4[%arg5, %arg7] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg4[%arg5, %arg7] : memref<?x?xf32>
        }
      }
    }
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c192 step %c1 {
        %0 = memref.load %alloc_3[%arg5, %arg6] : memref<?x192xf32>
        %1 = memref.load %arg4[%arg5, %arg6] : memref<?x?xf32>
        %2 = arith.subf %cst, %0 : f32
        %3 = llvm.intr.exp(%2) : (f32) -> f32
        %4 = arith.addf %3, %cst_2 : f32
        %5 = arith.divf %0, %4 : f32
        %6 = arith.mulf %5, %1 : f32
        memref.store %6, %arg4[%arg5, %arg6] : memref<?x?xf32>
      }
    }
    memref.dealloc %alloc : memref<?x64xf32>
    memref.dealloc %alloc_3 : memref<?x192xf32>
    return
  }
  func.func @k45(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c192 = arith.constant 192 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c64 step %c1 {
        memref.store %cst, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
      scf.for %arg4 = %c0 to %c192 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        scf.for %arg5 = %c0 to %c64 step %c1 {
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
  func.func @k46(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c64 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        %1 = memref.load %arg1[%arg3, %arg4] : memref<?x?xf32>
        %2 = arith.addf %0, %1 : f32
        memref.store %2, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
    }
    return
  }
  func.func @k50(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>, %arg4: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c192 = arith.constant 192 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 6.400000e+01 : f32
    %cst_1 = arith.constant 9.99999974E-6 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %dim = memref.dim %arg4, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x64xf32>
    scf.for %arg5 = %c0 to %dim step %c1 {
      %0 = scf.for %arg6 = %c0 to %c64 step %c1 iter_args(%arg7 = %cst) -> (f32) {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = arith.mulf %5, %5 : f32
        %7 = arith.addf %arg7, %6 : f32
        scf.yield %7 : f32
      }
      %1 = arith.divf %0, %cst_0 : f32
      %2 = llvm.intr.sqrt(%1) : (f32) -> f32
      %3 = arith.addf %2, %cst_1 : f32
      %4 = arith.divf %cst_2, %3 : f32
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = memref.load %arg1[%arg6, %c0] : memref<?x?xf32>
        %7 = arith.mulf %5, %4 : f32
        %8 = arith.mulf %7, %6 : f32
        memref.store %8, %alloc[%arg5, %arg6] : memref<?x64xf32>
      }
    }
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c192 step %c1 {
        %0 = memref.load %arg3[%arg6, %c0] : memref<?x?xf32>
        memref.store %0, %arg4[%arg5, %arg6] : memref<?x?xf32>
      }
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %0 = memref.load %alloc[%arg5, %arg6] : memref<?x64xf32>
        scf.for %arg7 = %c0 to %c192 step %c1 {
          %1 = memref.load %arg2[%arg6, %arg7] : memref<?x?xf32>
          %2 = memref.load %arg4[%arg5, %arg7] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg4[%arg5, %arg7] : memref<?x?xf32>
        }
      }
    }
    memref.dealloc %alloc : memref<?x64xf32>
    return
  }
  func.func @k57(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>, %arg4: memref<?x?xf32>, %arg5: memref<?x?xf32>, %arg6: memref<?x?xf32>, %arg7: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c24 = arith.constant 24 : index
    %c2 = arith.constant 2 : index
    %c3 = arith.constant 3 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c16 = arith.constant 16 : index
    %c4 = arith.constant 4 : index
    %cst_0 = arith.constant 0.000000e+00 : f64
    %c15 = arith.constant 15 : index
    %dim = memref.dim %arg7, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x64xf32>
    %alloc_1 = memref.alloc(%dim) : memref<?x64xf32>
    scf.for %arg8 = %c0 to %dim step %c1 {
      %2 = arith.minui %arg8, %c2 : index
      %3 = arith.subi %c2, %2 : index
      scf.for %arg9 = %c0 to %c64 step %c1 {
        %4 = arith.divui %arg9, %c8 : index
        %5 = arith.remui %arg9, %c8 : index
        %6 = arith.muli %4, %c24 : index
        %7 = arith.addi %6, %5 : index
        %8 = scf.for %arg10 = %3 to %c3 step %c1 iter_args(%arg11 = %cst) -> (f32) {
          %22 = memref.load %arg1[%7, %arg10] : memref<?x?xf32>
          %23 = arith.addi %arg8, %arg10 : index
          %24 = arith.subi %23, %c2 : index
          %25 = memref.load %arg0[%24, %7] : memref<?x?xf32>
          %26 = arith.mulf %22, %25 : f32
          %27 = arith.addf %arg11, %26 : f32
          scf.yield %27 : f32
        }
        %9 = memref.load %arg2[%7, %c0] : memref<?x?xf32>
        %10 = arith.addf %8, %9 : f32
        %11 = arith.addi %6, %c8 : index
        %12 = arith.addi %11, %5 : index
        %13 = scf.for %arg10 = %3 to %c3 step %c1 iter_args(%arg11 = %cst) -> (f32) {
          %22 = memref.load %arg1[%12, %arg10] : memref<?x?xf32>
          %23 = arith.addi %arg8, %arg10 : index
          %24 = arith.subi %23, %c2 : index
          %25 = memref.load %arg0[%24, %12] : memref<?x?xf32>
          %26 = arith.mulf %22, %25 : f32
          %27 = arith.addf %arg11, %26 : f32
          scf.yield %27 : f32
        }
        %14 = memref.load %arg2[%12, %c0] : memref<?x?xf32>
        %15 = arith.addf %13, %14 : f32
        %16 = arith.addi %6, %c16 : index
        %17 = arith.addi %16, %5 : index
        %18 = scf.for %arg10 = %3 to %c3 step %c1 iter_args(%arg11 = %cst) -> (f32) {
          %22 = memref.load %arg1[%17, %arg10] : memref<?x?xf32>
          %23 = arith.addi %arg8, %arg10 : index
          %24 = arith.subi %23, %c2 : index
          %25 = memref.load %arg0[%24, %17] : memref<?x?xf32>
          %26 = arith.mulf %22, %25 : f32
          %27 = arith.addf %arg11, %26 : f32
          scf.yield %27 : f32
        }
        %19 = memref.load %arg2[%17, %c0] : memref<?x?xf32>
        %20 = arith.addf %18, %19 : f32
        %21 = arith.mulf %15, %20 : f32
        memref.store %21, %alloc[%arg8, %arg9] : memref<?x64xf32>
        memref.store %10, %alloc_1[%arg8, %arg9] : memref<?x64xf32>
      }
    }
    %alloc_2 = memref.alloc() : memref<64x4xf64>
    scf.for %arg8 = %c0 to %c64 step %c1 {
      scf.for %arg9 = %c0 to %c4 step %c1 {
        memref.store %cst_0, %alloc_2[%arg8, %arg9] : memref<64x4xf64>
      }
    }
    %alloc_3 = memref.alloc() : memref<64x4xf64>
    scf.for %arg8 = %c0 to %c64 step %c1 {
      scf.for %arg9 = %c0 to %c4 step %c1 {
        memref.store %cst_0, %alloc_3[%arg8, %arg9] : memref<64x4xf64>
      }
    }
    %0 = arith.addi %dim, %c15 : index
    %1 = arith.divui %0, %c16 : index
    scf.for %arg8 = %c0 to %1 step %c1 {
      %2 = arith.muli %arg8, %c16 : index
      %3 = arith.addi %2, %c16 : index
      %4 = arith.minui %3, %dim : index
      scf.for %arg9 = %c0 to %c64 step %c1 {
        %5 = memref.load %arg5[%arg9, %c0] : memref<?x?xf32>
        %6 = memref.load %arg5[%arg9, %c1] : memref<?x?xf32>
        %7 = arith.extf %5 : f32 to f64
        %8 = arith.extf %6 : f32 to f64
        memref.store %7, %alloc_3[%arg9, %c0] : memref<64x4xf64>
        memref.store %8, %alloc_3[%arg9, %c1] : memref<64x4xf64>
        %9 = memref.load %arg5[%arg9, %c2] : memref<?x?xf32>
        %10 = memref.load %arg5[%arg9, %c3] : memref<?x?xf32>
        %11 = arith.extf %9 : f32 to f64
        %12 = arith.extf %10 : f32 to f64
        memref.store %11, %alloc_3[%arg9, %c2] : memref<64x4xf64>
        memref.store %12, %alloc_3[%arg9, %c3] : memref<64x4xf64>
      }
      scf.for %arg9 = %2 to %4 step %c1 {
        %5 = arith.subi %arg9, %2 : index
        %6 = arith.addi %5, %c1 : index
        scf.for %arg10 = %c0 to %c64 step %c1 {
          %7 = scf.for %arg11 = %c0 to %6 step %c1 iter_args(%arg12 = %cst) -> (f32) {
            %73 = memref.load %arg4[%arg10, %arg11] : memref<?x?xf32>
            %74 = arith.subi %arg9, %arg11 : index
            %75 = memref.load %alloc[%74, %arg10] : memref<?x64xf32>
            %76 = arith.mulf %73, %75 : f32
            %77 = arith.addf %arg12, %76 : f32
            scf.yield %77 : f32
          }
          %8 = memref.load %alloc_3[%arg10, %c0] : memref<64x4xf64>
          %9 = memref.load %alloc_3[%arg10, %c1] : memref<64x4xf64>
          %10 = memref.load %alloc_2[%arg10, %c0] : memref<64x4xf64>
          %11 = memref.load %alloc_2[%arg10, %c1] : memref<64x4xf64>
          %12 = memref.load %arg6[%arg10, %c0] : memref<?x?xf32>
          %13 = memref.load %arg6[%arg10, %c1] : memref<?x?xf32>
          %14 = arith.extf %12 : f32 to f64
          %15 = arith.extf %13 : f32 to f64
          %16 = arith.mulf %8, %10 : f64
          %17 = arith.mulf %9, %11 : f64
          %18 = arith.mulf %8, %11 : f64
          %19 = arith.mulf %9, %10 : f64
          %20 = arith.subf %16, %17 : f64
          %21 = arith.addf %18, %19 : f64
          %22 = arith.mulf %14, %20 : f64
          %23 = arith.mulf %15, %21 : f64
          %24 = arith.subf %22, %23 : f64
          %25 = arith.addf %24, %cst_0 : f64
          %26 = memref.load %arg5[%arg10, %c0] : memref<?x?xf32>
          %27 = memref.load %arg5[%arg10, %c1] : memref<?x?xf32>
          %28 = arith.extf %26 : f32 to f64
          %29 = arith.extf %27 : f32 to f64
          %30 = arith.mulf %8, %28 : f64
          %31 = arith.mulf %9, %29 : f64
          %32 = arith.mulf %8, %29 : f64
          %33 = arith.mulf %9, %28 : f64
          %34 = arith.subf %30, %31 : f64
          %35 = arith.addf %32, %33 : f64
          memref.store %34, %alloc_3[%arg10, %c0] : memref<64x4xf64>
          memref.store %35, %alloc_3[%arg10, %c1] : memref<64x4xf64>
          %36 = memref.load %alloc_3[%arg10, %c2] : memref<64x4xf64>
          %37 = memref.load %alloc_3[%arg10, %c3] : memref<64x4xf64>
          %38 = memref.load %alloc_2[%arg10, %c2] : memref<64x4xf64>
          %39 = memref.load %alloc_2[%arg10, %c3] : memref<64x4xf64>
          %40 = memref.load %arg6[%arg10, %c2] : memref<?x?xf32>
          %41 = memref.load %arg6[%arg10, %c3] : memref<?x?xf32>
          %42 = arith.extf %40 : f32 to f64
          %43 = arith.extf %41 : f32 to f64
          %44 = arith.mulf %36, %38 : f64
          %45 = arith.mulf %37, %39 : f64
          %46 = arith.mulf %36, %39 : f64
          %47 = arith.mulf %37, %38 : f64
          %48 = arith.subf %44, %45 : f64
          %49 = arith.addf %46, %47 : f64
          %50 = arith.mulf %42, %48 : f64
          %51 = arith.mulf %43, %49 : f64
          %52 = arith.subf %50, %51 : f64
          %53 = arith.addf %25, %52 : f64
          %54 = memref.load %arg5[%arg10, %c2] : memref<?x?xf32>
          %55 = memref.load %arg5[%arg10, %c3] : memref<?x?xf32>
          %56 = arith.extf %54 : f32 to f64
          %57 = arith.extf %55 : f32 to f64
          %58 = arith.mulf %36, %56 : f64
          %59 = arith.mulf %37, %57 : f64
          %60 = arith.mulf %36, %57 : f64
          %61 = arith.mulf %37, %56 : f64
          %62 = arith.subf %58, %59 : f64
          %63 = arith.addf %60, %61 : f64
          memref.store %62, %alloc_3[%arg10, %c2] : memref<64x4xf64>
          memref.store %63, %alloc_3[%arg10, %c3] : memref<64x4xf64>
          %64 = arith.extf %7 : f32 to f64
          %65 = arith.addf %64, %53 : f64
          %66 = arith.truncf %65 : f64 to f32
          %67 = memref.load %alloc[%arg9, %arg10] : memref<?x64xf32>
          %68 = memref.load %arg3[%arg10, %c0] : memref<?x?xf32>
          %69 = arith.mulf %68, %67 : f32
          %70 = arith.addf %66, %69 : f32
          %71 = memref.load %alloc_1[%arg9, %arg10] : memref<?x64xf32>
          %72 = arith.mulf %70, %71 : f32
          memref.store %72, %arg7[%arg9, %arg10] : memref<?x?xf32>
        }
      }
      scf.for %arg9 = %2 to %4 step %c1 {
        scf.for %arg10 = %c0 to %c64 step %c1 {
          %5 = memref.load %alloc[%arg9, %arg10] : memref<?x64xf32>
          %6 = arith.extf %5 : f32 to f64
          %7 = memref.load %arg5[%arg10, %c0] : memref<?x?xf32>
          %8 = memref.load %arg5[%arg10, %c1] : memref<?x?xf32>
          %9 = arith.extf %7 : f32 to f64
          %10 = arith.extf %8 : f32 to f64
          %11 = memref.load %alloc_2[%arg10, %c0] : memref<64x4xf64>
          %12 = memref.load %alloc_2[%arg10, %c1] : memref<64x4xf64>
          %13 = arith.mulf %9, %11 : f64
          %14 = arith.mulf %10, %12 : f64
          %15 = arith.mulf %9, %12 : f64
          %16 = arith.mulf %10, %11 : f64
          %17 = arith.subf %13, %14 : f64
          %18 = arith.addf %15, %16 : f64
          %19 = arith.addf %17, %6 : f64
          memref.store %19, %alloc_2[%arg10, %c0] : memref<64x4xf64>
          memref.store %18, %alloc_2[%arg10, %c1] : memref<64x4xf64>
          %20 = memref.load %arg5[%arg10, %c2] : memref<?x?xf32>
          %21 = memref.load %arg5[%arg10, %c3] : memref<?x?xf32>
          %22 = arith.extf %20 : f32 to f64
          %23 = arith.extf %21 : f32 to f64
          %24 = memref.load %alloc_2[%arg10, %c2] : memref<64x4xf64>
          %25 = memref.load %alloc_2[%arg10, %c3] : memref<64x4xf64>
          %26 = arith.mulf %22, %24 : f64
          %27 = arith.mulf %23, %25 : f64
          %28 = arith.mulf %22, %25 : f64
          %29 = arith.mulf %23, %24 : f64
          %30 = arith.subf %26, %27 : f64
          %31 = arith.addf %28, %29 : f64
          %32 = arith.addf %30, %6 : f64
          memref.store %32, %alloc_2[%arg10, %c2] : memref<64x4xf64>
          memref.store %31, %alloc_2[%arg10, %c3] : memref<64x4xf64>
        }
      }
    }
    memref.dealloc %alloc : memref<?x64xf32>
    memref.dealloc %alloc_1 : memref<?x64xf32>
    memref.dealloc %alloc_2 : memref<64x4xf64>
    memref.dealloc %alloc_3 : memref<64x4xf64>
    return
  }
  func.func @k60(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg3, %c0 : memref<?x?xf32>
    scf.for %arg4 = %c0 to %dim step %c1 {
      scf.for %arg5 = %c0 to %c64 step %c1 {
        %0 = memref.load %arg2[%arg5, %c0] : memref<?x?xf32>
        memref.store %0, %arg3[%arg4, %arg5] : memref<?x?xf32>
      }
      scf.for %arg5 = %c0 to %c64 step %c1 {
        %0 = memref.load %arg0[%arg4, %arg5] : memref<?x?xf32>
        scf.for %arg6 = %c0 to %c64 step %c1 {
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
  func.func @k61(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c64 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        %1 = memref.load %arg1[%arg3, %arg4] : memref<?x?xf32>
        %2 = arith.addf %0, %1 : f32
        memref.store %2, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
    }
    return
  }
  func.func @k65(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>, %arg4: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c192 = arith.constant 192 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 6.400000e+01 : f32
    %cst_1 = arith.constant 9.99999974E-6 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %dim = memref.dim %arg4, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x64xf32>
    scf.for %arg5 = %c0 to %dim step %c1 {
      %0 = scf.for %arg6 = %c0 to %c64 step %c1 iter_args(%arg7 = %cst) -> (f32) {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = arith.mulf %5, %5 : f32
        %7 = arith.addf %arg7, %6 : f32
        scf.yield %7 : f32
      }
      %1 = arith.divf %0, %cst_0 : f32
      %2 = llvm.intr.sqrt(%1) : (f32) -> f32
      %3 = arith.addf %2, %cst_1 : f32
      %4 = arith.divf %cst_2, %3 : f32
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = memref.load %arg1[%arg6, %c0] : memref<?x?xf32>
        %7 = arith.mulf %5, %4 : f32
        %8 = arith.mulf %7, %6 : f32
        memref.store %8, %alloc[%arg5, %arg6] : memref<?x64xf32>
      }
    }
    %alloc_3 = memref.alloc(%dim) : memref<?x192xf32>
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c192 step %c1 {
        memref.store %cst, %alloc_3[%arg5, %arg6] : memref<?x192xf32>
      }
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %0 = memref.load %alloc[%arg5, %arg6] : memref<?x64xf32>
        scf.for %arg7 = %c0 to %c192 step %c1 {
          %1 = memref.load %arg2[%arg6, %arg7] : memref<?x?xf32>
          %2 = memref.load %alloc_3[%arg5, %arg7] : memref<?x192xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %alloc_3[%arg5, %arg7] : memref<?x192xf32>
        }
      }
    }
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c192 step %c1 {
        memref.store %cst, %arg4[%arg5, %arg6] : memref<?x?xf32>
      }
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %0 = memref.load %alloc[%arg5, %arg6] : memref<?x64xf32>
        scf.for %arg7 = %c0 to %c192 step %c1 {
          %1 = memref.load %arg3[%arg6, %arg7] : memref<?x?xf32>
          %2 = memref.load %arg4[%arg5, %arg7] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg4[%arg5, %arg7] : memref<?x?xf32>
        }
      }
    }
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c192 step %c1 {
        %0 = memref.load %alloc_3[%arg5, %arg6] : memref<?x192xf32>
        %1 = memref.load %arg4[%arg5, %arg6] : memref<?x?xf32>
        %2 = arith.subf %cst, %0 : f32
        %3 = llvm.intr.exp(%2) : (f32) -> f32
        %4 = arith.addf %3, %cst_2 : f32
        %5 = arith.divf %0, %4 : f32
        %6 = arith.mulf %5, %1 : f32
        memref.store %6, %arg4[%arg5, %arg6] : memref<?x?xf32>
      }
    }
    memref.dealloc %alloc : memref<?x64xf32>
    memref.dealloc %alloc_3 : memref<?x192xf32>
    return
  }
  func.func @k67(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c192 = arith.constant 192 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c64 step %c1 {
        memref.store %cst, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
      scf.for %arg4 = %c0 to %c192 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        scf.for %arg5 = %c0 to %c64 step %c1 {
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
  func.func @k68(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c64 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        %1 = memref.load %arg1[%arg3, %arg4] : memref<?x?xf32>
        %2 = arith.addf %0, %1 : f32
        memref.store %2, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
    }
    return
  }
  func.func @k72(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>, %arg4: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c192 = arith.constant 192 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 6.400000e+01 : f32
    %cst_1 = arith.constant 9.99999974E-6 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %dim = memref.dim %arg4, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x64xf32>
    scf.for %arg5 = %c0 to %dim step %c1 {
      %0 = scf.for %arg6 = %c0 to %c64 step %c1 iter_args(%arg7 = %cst) -> (f32) {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = arith.mulf %5, %5 : f32
        %7 = arith.addf %arg7, %6 : f32
        scf.yield %7 : f32
      }
      %1 = arith.divf %0, %cst_0 : f32
      %2 = llvm.intr.sqrt(%1) : (f32) -> f32
      %3 = arith.addf %2, %cst_1 : f32
      %4 = arith.divf %cst_2, %3 : f32
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = memref.load %arg1[%arg6, %c0] : memref<?x?xf32>
        %7 = arith.mulf %5, %4 : f32
        %8 = arith.mulf %7, %6 : f32
        memref.store %8, %alloc[%arg5, %arg6] : memref<?x64xf32>
      }
    }
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c192 step %c1 {
        %0 = memref.load %arg3[%arg6, %c0] : memref<?x?xf32>
        memref.store %0, %arg4[%arg5, %arg6] : memref<?x?xf32>
      }
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %0 = memref.load %alloc[%arg5, %arg6] : memref<?x64xf32>
        scf.for %arg7 = %c0 to %c192 step %c1 {
          %1 = memref.load %arg2[%arg6, %arg7] : memref<?x?xf32>
          %2 = memref.load %arg4[%arg5, %arg7] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg4[%arg5, %arg7] : memref<?x?xf32>
        }
      }
    }
    memref.dealloc %alloc : memref<?x64xf32>
    return
  }
  func.func @k79(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>, %arg4: memref<?x?xf32>, %arg5: memref<?x?xf32>, %arg6: memref<?x?xf32>, %arg7: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c24 = arith.constant 24 : index
    %c2 = arith.constant 2 : index
    %c3 = arith.constant 3 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c16 = arith.constant 16 : index
    %c4 = arith.constant 4 : index
    %cst_0 = arith.constant 0.000000e+00 : f64
    %c15 = arith.constant 15 : index
    %dim = memref.dim %arg7, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x64xf32>
    %alloc_1 = memref.alloc(%dim) : memref<?x64xf32>
    scf.for %arg8 = %c0 to %dim step %c1 {
      %2 = arith.minui %arg8, %c2 : index
      %3 = arith.subi %c2, %2 : index
      scf.for %arg9 = %c0 to %c64 step %c1 {
        %4 = arith.divui %arg9, %c8 : index
        %5 = arith.remui %arg9, %c8 : index
        %6 = arith.muli %4, %c24 : index
        %7 = arith.addi %6, %5 : index
        %8 = scf.for %arg10 = %3 to %c3 step %c1 iter_args(%arg11 = %cst) -> (f32) {
          %22 = memref.load %arg1[%7, %arg10] : memref<?x?xf32>
          %23 = arith.addi %arg8, %arg10 : index
          %24 = arith.subi %23, %c2 : index
          %25 = memref.load %arg0[%24, %7] : memref<?x?xf32>
          %26 = arith.mulf %22, %25 : f32
          %27 = arith.addf %arg11, %26 : f32
          scf.yield %27 : f32
        }
        %9 = memref.load %arg2[%7, %c0] : memref<?x?xf32>
        %10 = arith.addf %8, %9 : f32
        %11 = arith.addi %6, %c8 : index
        %12 = arith.addi %11, %5 : index
        %13 = scf.for %arg10 = %3 to %c3 step %c1 iter_args(%arg11 = %cst) -> (f32) {
          %22 = memref.load %arg1[%12, %arg10] : memref<?x?xf32>
          %23 = arith.addi %arg8, %arg10 : index
          %24 = arith.subi %23, %c2 : index
          %25 = memref.load %arg0[%24, %12] : memref<?x?xf32>
          %26 = arith.mulf %22, %25 : f32
          %27 = arith.addf %arg11, %26 : f32
          scf.yield %27 : f32
        }
        %14 = memref.load %arg2[%12, %c0] : memref<?x?xf32>
        %15 = arith.addf %13, %14 : f32
        %16 = arith.addi %6, %c16 : index
        %17 = arith.addi %16, %5 : index
        %18 = scf.for %arg10 = %3 to %c3 step %c1 iter_args(%arg11 = %cst) -> (f32) {
          %22 = memref.load %arg1[%17, %arg10] : memref<?x?xf32>
          %23 = arith.addi %arg8, %arg10 : index
          %24 = arith.subi %23, %c2 : index
          %25 = memref.load %arg0[%24, %17] : memref<?x?xf32>
          %26 = arith.mulf %22, %25 : f32
          %27 = arith.addf %arg11, %26 : f32
          scf.yield %27 : f32
        }
        %19 = memref.load %arg2[%17, %c0] : memref<?x?xf32>
        %20 = arith.addf %18, %19 : f32
        %21 = arith.mulf %15, %20 : f32
        memref.store %21, %alloc[%arg8, %arg9] : memref<?x64xf32>
        memref.store %10, %alloc_1[%arg8, %arg9] : memref<?x64xf32>
      }
    }
    %alloc_2 = memref.alloc() : memref<64x4xf64>
    scf.for %arg8 = %c0 to %c64 step %c1 {
      scf.for %arg9 = %c0 to %c4 step %c1 {
        memref.store %cst_0, %alloc_2[%arg8, %arg9] : memref<64x4xf64>
      }
    }
    %alloc_3 = memref.alloc() : memref<64x4xf64>
    scf.for %arg8 = %c0 to %c64 step %c1 {
      scf.for %arg9 = %c0 to %c4 step %c1 {
        memref.store %cst_0, %alloc_3[%arg8, %arg9] : memref<64x4xf64>
      }
    }
    %0 = arith.addi %dim, %c15 : index
    %1 = arith.divui %0, %c16 : index
    scf.for %arg8 = %c0 to %1 step %c1 {
      %2 = arith.muli %arg8, %c16 : index
      %3 = arith.addi %2, %c16 : index
      %4 = arith.minui %3, %dim : index
      scf.for %arg9 = %c0 to %c64 step %c1 {
        %5 = memref.load %arg5[%arg9, %c0] : memref<?x?xf32>
        %6 = memref.load %arg5[%arg9, %c1] : memref<?x?xf32>
        %7 = arith.extf %5 : f32 to f64
        %8 = arith.extf %6 : f32 to f64
        memref.store %7, %alloc_3[%arg9, %c0] : memref<64x4xf64>
        memref.store %8, %alloc_3[%arg9, %c1] : memref<64x4xf64>
        %9 = memref.load %arg5[%arg9, %c2] : memref<?x?xf32>
        %10 = memref.load %arg5[%arg9, %c3] : memref<?x?xf32>
        %11 = arith.extf %9 : f32 to f64
        %12 = arith.extf %10 : f32 to f64
        memref.store %11, %alloc_3[%arg9, %c2] : memref<64x4xf64>
        memref.store %12, %alloc_3[%arg9, %c3] : memref<64x4xf64>
      }
      scf.for %arg9 = %2 to %4 step %c1 {
        %5 = arith.subi %arg9, %2 : index
        %6 = arith.addi %5, %c1 : index
        scf.for %arg10 = %c0 to %c64 step %c1 {
          %7 = scf.for %arg11 = %c0 to %6 step %c1 iter_args(%arg12 = %cst) -> (f32) {
            %73 = memref.load %arg4[%arg10, %arg11] : memref<?x?xf32>
            %74 = arith.subi %arg9, %arg11 : index
            %75 = memref.load %alloc[%74, %arg10] : memref<?x64xf32>
            %76 = arith.mulf %73, %75 : f32
            %77 = arith.addf %arg12, %76 : f32
            scf.yield %77 : f32
          }
          %8 = memref.load %alloc_3[%arg10, %c0] : memref<64x4xf64>
          %9 = memref.load %alloc_3[%arg10, %c1] : memref<64x4xf64>
          %10 = memref.load %alloc_2[%arg10, %c0] : memref<64x4xf64>
          %11 = memref.load %alloc_2[%arg10, %c1] : memref<64x4xf64>
          %12 = memref.load %arg6[%arg10, %c0] : memref<?x?xf32>
          %13 = memref.load %arg6[%arg10, %c1] : memref<?x?xf32>
          %14 = arith.extf %12 : f32 to f64
          %15 = arith.extf %13 : f32 to f64
          %16 = arith.mulf %8, %10 : f64
          %17 = arith.mulf %9, %11 : f64
          %18 = arith.mulf %8, %11 : f64
          %19 = arith.mulf %9, %10 : f64
          %20 = arith.subf %16, %17 : f64
          %21 = arith.addf %18, %19 : f64
          %22 = arith.mulf %14, %20 : f64
          %23 = arith.mulf %15, %21 : f64
          %24 = arith.subf %22, %23 : f64
          %25 = arith.addf %24, %cst_0 : f64
          %26 = memref.load %arg5[%arg10, %c0] : memref<?x?xf32>
          %27 = memref.load %arg5[%arg10, %c1] : memref<?x?xf32>
          %28 = arith.extf %26 : f32 to f64
          %29 = arith.extf %27 : f32 to f64
          %30 = arith.mulf %8, %28 : f64
          %31 = arith.mulf %9, %29 : f64
          %32 = arith.mulf %8, %29 : f64
          %33 = arith.mulf %9, %28 : f64
          %34 = arith.subf %30, %31 : f64
          %35 = arith.addf %32, %33 : f64
          memref.store %34, %alloc_3[%arg10, %c0] : memref<64x4xf64>
          memref.store %35, %alloc_3[%arg10, %c1] : memref<64x4xf64>
          %36 = memref.load %alloc_3[%arg10, %c2] : memref<64x4xf64>
          %37 = memref.load %alloc_3[%arg10, %c3] : memref<64x4xf64>
          %38 = memref.load %alloc_2[%arg10, %c2] : memref<64x4xf64>
          %39 = memref.load %alloc_2[%arg10, %c3] : memref<64x4xf64>
          %40 = memref.load %arg6[%arg10, %c2] : memref<?x?xf32>
          %41 = memref.load %arg6[%arg10, %c3] : memref<?x?xf32>
          %42 = arith.extf %40 : f32 to f64
          %43 = arith.extf %41 : f32 to f64
          %44 = arith.mulf %36, %38 : f64
          %45 = arith.mulf %37, %39 : f64
          %46 = arith.mulf %36, %39 : f64
          %47 = arith.mulf %37, %38 : f64
          %48 = arith.subf %44, %45 : f64
          %49 = arith.addf %46, %47 : f64
          %50 = arith.mulf %42, %48 : f64
          %51 = arith.mulf %43, %49 : f64
          %52 = arith.subf %50, %51 : f64
          %53 = arith.addf %25, %52 : f64
          %54 = memref.load %arg5[%arg10, %c2] : memref<?x?xf32>
          %55 = memref.load %arg5[%arg10, %c3] : memref<?x?xf32>
          %56 = arith.extf %54 : f32 to f64
          %57 = arith.extf %55 : f32 to f64
          %58 = arith.mulf %36, %56 : f64
          %59 = arith.mulf %37, %57 : f64
          %60 = arith.mulf %36, %57 : f64
          %61 = arith.mulf %37, %56 : f64
          %62 = arith.subf %58, %59 : f64
          %63 = arith.addf %60, %61 : f64
          memref.store %62, %alloc_3[%arg10, %c2] : memref<64x4xf64>
          memref.store %63, %alloc_3[%arg10, %c3] : memref<64x4xf64>
          %64 = arith.extf %7 : f32 to f64
          %65 = arith.addf %64, %53 : f64
          %66 = arith.truncf %65 : f64 to f32
          %67 = memref.load %alloc[%arg9, %arg10] : memref<?x64xf32>
          %68 = memref.load %arg3[%arg10, %c0] : memref<?x?xf32>
          %69 = arith.mulf %68, %67 : f32
          %70 = arith.addf %66, %69 : f32
          %71 = memref.load %alloc_1[%arg9, %arg10] : memref<?x64xf32>
          %72 = arith.mulf %70, %71 : f32
          memref.store %72, %arg7[%arg9, %arg10] : memref<?x?xf32>
        }
      }
      scf.for %arg9 = %2 to %4 step %c1 {
        scf.for %arg10 = %c0 to %c64 step %c1 {
          %5 = memref.load %alloc[%arg9, %arg10] : memref<?x64xf32>
          %6 = arith.extf %5 : f32 to f64
          %7 = memref.load %arg5[%arg10, %c0] : memref<?x?xf32>
          %8 = memref.load %arg5[%arg10, %c1] : memref<?x?xf32>
          %9 = arith.extf %7 : f32 to f64
          %10 = arith.extf %8 : f32 to f64
          %11 = memref.load %alloc_2[%arg10, %c0] : memref<64x4xf64>
          %12 = memref.load %alloc_2[%arg10, %c1] : memref<64x4xf64>
          %13 = arith.mulf %9, %11 : f64
          %14 = arith.mulf %10, %12 : f64
          %15 = arith.mulf %9, %12 : f64
          %16 = arith.mulf %10, %11 : f64
          %17 = arith.subf %13, %14 : f64
          %18 = arith.addf %15, %16 : f64
          %19 = arith.addf %17, %6 : f64
          memref.store %19, %alloc_2[%arg10, %c0] : memref<64x4xf64>
          memref.store %18, %alloc_2[%arg10, %c1] : memref<64x4xf64>
          %20 = memref.load %arg5[%arg10, %c2] : memref<?x?xf32>
          %21 = memref.load %arg5[%arg10, %c3] : memref<?x?xf32>
          %22 = arith.extf %20 : f32 to f64
          %23 = arith.extf %21 : f32 to f64
          %24 = memref.load %alloc_2[%arg10, %c2] : memref<64x4xf64>
          %25 = memref.load %alloc_2[%arg10, %c3] : memref<64x4xf64>
          %26 = arith.mulf %22, %24 : f64
          %27 = arith.mulf %23, %25 : f64
          %28 = arith.mulf %22, %25 : f64
          %29 = arith.mulf %23, %24 : f64
          %30 = arith.subf %26, %27 : f64
          %31 = arith.addf %28, %29 : f64
          %32 = arith.addf %30, %6 : f64
          memref.store %32, %alloc_2[%arg10, %c2] : memref<64x4xf64>
          memref.store %31, %alloc_2[%arg10, %c3] : memref<64x4xf64>
        }
      }
    }
    memref.dealloc %alloc : memref<?x64xf32>
    memref.dealloc %alloc_1 : memref<?x64xf32>
    memref.dealloc %alloc_2 : memref<64x4xf64>
    memref.dealloc %alloc_3 : memref<64x4xf64>
    return
  }
  func.func @k82(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg3, %c0 : memref<?x?xf32>
    scf.for %arg4 = %c0 to %dim step %c1 {
      scf.for %arg5 = %c0 to %c64 step %c1 {
        %0 = memref.load %arg2[%arg5, %c0] : memref<?x?xf32>
        memref.store %0, %arg3[%arg4, %arg5] : memref<?x?xf32>
      }
      scf.for %arg5 = %c0 to %c64 step %c1 {
        %0 = memref.load %arg0[%arg4, %arg5] : memref<?x?xf32>
        scf.for %arg6 = %c0 to %c64 step %c1 {
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
  func.func @k83(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c64 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        %1 = memref.load %arg1[%arg3, %arg4] : memref<?x?xf32>
        %2 = arith.addf %0, %1 : f32
        memref.store %2, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
    }
    return
  }
  func.func @k87(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>, %arg4: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c192 = arith.constant 192 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 6.400000e+01 : f32
    %cst_1 = arith.constant 9.99999974E-6 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %dim = memref.dim %arg4, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x64xf32>
    scf.for %arg5 = %c0 to %dim step %c1 {
      %0 = scf.for %arg6 = %c0 to %c64 step %c1 iter_args(%arg7 = %cst) -> (f32) {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = arith.mulf %5, %5 : f32
        %7 = arith.addf %arg7, %6 : f32
        scf.yield %7 : f32
      }
      %1 = arith.divf %0, %cst_0 : f32
      %2 = llvm.intr.sqrt(%1) : (f32) -> f32
      %3 = arith.addf %2, %cst_1 : f32
      %4 = arith.divf %cst_2, %3 : f32
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %5 = memref.load %arg0[%arg5, %arg6] : memref<?x?xf32>
        %6 = memref.load %arg1[%arg6, %c0] : memref<?x?xf32>
        %7 = arith.mulf %5, %4 : f32
        %8 = arith.mulf %7, %6 : f32
        memref.store %8, %alloc[%arg5, %arg6] : memref<?x64xf32>
      }
    }
    %alloc_3 = memref.alloc(%dim) : memref<?x192xf32>
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c192 step %c1 {
        memref.store %cst, %alloc_3[%arg5, %arg6] : memref<?x192xf32>
      }
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %0 = memref.load %alloc[%arg5, %arg6] : memref<?x64xf32>
        scf.for %arg7 = %c0 to %c192 step %c1 {
          %1 = memref.load %arg2[%arg6, %arg7] : memref<?x?xf32>
          %2 = memref.load %alloc_3[%arg5, %arg7] : memref<?x192xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %alloc_3[%arg5, %arg7] : memref<?x192xf32>
        }
      }
    }
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c192 step %c1 {
        memref.store %cst, %arg4[%arg5, %arg6] : memref<?x?xf32>
      }
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %0 = memref.load %alloc[%arg5, %arg6] : memref<?x64xf32>
        scf.for %arg7 = %c0 to %c192 step %c1 {
          %1 = memref.load %arg3[%arg6, %arg7] : memref<?x?xf32>
          %2 = memref.load %arg4[%arg5, %arg7] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg4[%arg5, %arg7] : memref<?x?xf32>
        }
      }
    }
    scf.for %arg5 = %c0 to %dim step %c1 {
      scf.for %arg6 = %c0 to %c192 step %c1 {
        %0 = memref.load %alloc_3[%arg5, %arg6] : memref<?x192xf32>
        %1 = memref.load %arg4[%arg5, %arg6] : memref<?x?xf32>
        %2 = arith.subf %cst, %0 : f32
        %3 = llvm.intr.exp(%2) : (f32) -> f32
        %4 = arith.addf %3, %cst_2 : f32
        %5 = arith.divf %0, %4 : f32
        %6 = arith.mulf %5, %1 : f32
        memref.store %6, %arg4[%arg5, %arg6] : memref<?x?xf32>
      }
    }
    memref.dealloc %alloc : memref<?x64xf32>
    memref.dealloc %alloc_3 : memref<?x192xf32>
    return
  }
  func.func @k89(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c192 = arith.constant 192 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c64 step %c1 {
        memref.store %cst, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
      scf.for %arg4 = %c0 to %c192 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        scf.for %arg5 = %c0 to %c64 step %c1 {
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
  func.func @k90(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg2, %c0 : memref<?x?xf32>
    scf.for %arg3 = %c0 to %dim step %c1 {
      scf.for %arg4 = %c0 to %c64 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
        %1 = memref.load %arg1[%arg3, %arg4] : memref<?x?xf32>
        %2 = arith.addf %0, %1 : f32
        memref.store %2, %arg2[%arg3, %arg4] : memref<?x?xf32>
      }
    }
    return
  }
  func.func @k93(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c97 = arith.constant 97 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 6.400000e+01 : f32
    %cst_1 = arith.constant 9.99999974E-6 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %dim = memref.dim %arg3, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x64xf32>
    scf.for %arg4 = %c0 to %dim step %c1 {
      %0 = scf.for %arg5 = %c0 to %c64 step %c1 iter_args(%arg6 = %cst) -> (f32) {
        %5 = memref.load %arg0[%arg4, %arg5] : memref<?x?xf32>
        %6 = arith.mulf %5, %5 : f32
        %7 = arith.addf %arg6, %6 : f32
        scf.yield %7 : f32
      }
      %1 = arith.divf %0, %cst_0 : f32
      %2 = llvm.intr.sqrt(%1) : (f32) -> f32
      %3 = arith.addf %2, %cst_1 : f32
      %4 = arith.divf %cst_2, %3 : f32
      scf.for %arg5 = %c0 to %c64 step %c1 {
        %5 = memref.load %arg0[%arg4, %arg5] : memref<?x?xf32>
        %6 = memref.load %arg1[%arg5, %c0] : memref<?x?xf32>
        %7 = arith.mulf %5, %4 : f32
        %8 = arith.mulf %7, %6 : f32
        memref.store %8, %alloc[%arg4, %arg5] : memref<?x64xf32>
      }
    }
    scf.for %arg4 = %c0 to %dim step %c1 {
      scf.for %arg5 = %c0 to %c97 step %c1 {
        memref.store %cst, %arg3[%arg4, %arg5] : memref<?x?xf32>
      }
      scf.for %arg5 = %c0 to %c64 step %c1 {
        %0 = memref.load %alloc[%arg4, %arg5] : memref<?x64xf32>
        scf.for %arg6 = %c0 to %c97 step %c1 {
          %1 = memref.load %arg2[%arg5, %arg6] : memref<?x?xf32>
          %2 = memref.load %arg3[%arg4, %arg6] : memref<?x?xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %arg3[%arg4, %arg6] : memref<?x?xf32>
        }
      }
    }
    memref.dealloc %alloc : memref<?x64xf32>
    return
  }
}
