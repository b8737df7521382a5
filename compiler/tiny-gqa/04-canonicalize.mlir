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
      %2 = math.sqrt %1 : f32
      %3 = arith.addf %2, %cst_1 : f32
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
  func.func @k13(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>, %arg4: memref<?x?xf32>, %arg5: memref<?x?xf32>, %arg6: memref<?x?xf32>, %arg7: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c24 = arith.constant 24 : index
    %c2 = arith.constant 2 : index
    %c3 = arith.constant 3 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c16 = arith.constant 16 : index
    %cst_0 = arith.constant 0.000000e+00 : f64
    %c15 = arith.constant 15 : index
    %c4 = arith.constant 4 : index
    %c5 = arith.constant 5 : index
    %c6 = arith.constant 6 : index
    %c7 = arith.constant 7 : index
    %dim = memref.dim %arg7, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x32xf32>
    %alloc_1 = memref.alloc(%dim) : memref<?x32xf32>
    scf.for %arg8 = %c0 to %dim step %c1 {
      %2 = arith.minui %arg8, %c2 : index
      %3 = arith.subi %c2, %2 : index
      scf.for %arg9 = %c0 to %c32 step %c1 {
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
        memref.store %21, %alloc[%arg8, %arg9] : memref<?x32xf32>
        memref.store %10, %alloc_1[%arg8, %arg9] : memref<?x32xf32>
      }
    }
    %alloc_2 = memref.alloc() : memref<32x8xf64>
    scf.for %arg8 = %c0 to %c32 step %c1 {
      scf.for %arg9 = %c0 to %c8 step %c1 {
        memref.store %cst_0, %alloc_2[%arg8, %arg9] : memref<32x8xf64>
      }
    }
    %alloc_3 = memref.alloc() : memref<32x8xf64>
    scf.for %arg8 = %c0 to %c32 step %c1 {
      scf.for %arg9 = %c0 to %c8 step %c1 {
        memref.store %cst_0, %alloc_3[%arg8, %arg9] : memref<32x8xf64>
      }
    }
    %0 = arith.addi %dim, %c15 : index
    %1 = arith.divui %0, %c16 : index
    scf.for %arg8 = %c0 to %1 step %c1 {
      %2 = arith.muli %arg8, %c16 : index
      %3 = arith.addi %2, %c16 : index
      %4 = arith.minui %3, %dim : index
      scf.for %arg9 = %c0 to %c32 step %c1 {
        %5 = memref.load %arg5[%arg9, %c0] : memref<?x?xf32>
        %6 = memref.load %arg5[%arg9, %c1] : memref<?x?xf32>
        %7 = arith.extf %5 : f32 to f64
        %8 = arith.extf %6 : f32 to f64
        memref.store %7, %alloc_3[%arg9, %c0] : memref<32x8xf64>
        memref.store %8, %alloc_3[%arg9, %c1] : memref<32x8xf64>
        %9 = memref.load %arg5[%arg9, %c2] : memref<?x?xf32>
        %10 = memref.load %arg5[%arg9, %c3] : memref<?x?xf32>
        %11 = arith.extf %9 : f32 to f64
        %12 = arith.extf %10 : f32 to f64
        memref.store %11, %alloc_3[%arg9, %c2] : memref<32x8xf64>
        memref.store %12, %alloc_3[%arg9, %c3] : memref<32x8xf64>
        %13 = memref.load %arg5[%arg9, %c4] : memref<?x?xf32>
        %14 = memref.load %arg5[%arg9, %c5] : memref<?x?xf32>
        %15 = arith.extf %13 : f32 to f64
        %16 = arith.extf %14 : f32 to f64
        memref.store %15, %alloc_3[%arg9, %c4] : memref<32x8xf64>
        memref.store %16, %alloc_3[%arg9, %c5] : memref<32x8xf64>
        %17 = memref.load %arg5[%arg9, %c6] : memref<?x?xf32>
        %18 = memref.load %arg5[%arg9, %c7] : memref<?x?xf32>
        %19 = arith.extf %17 : f32 to f64
        %20 = arith.extf %18 : f32 to f64
        memref.store %19, %alloc_3[%arg9, %c6] : memref<32x8xf64>
        memref.store %20, %alloc_3[%arg9, %c7] : memref<32x8xf64>
      }
      scf.for %arg9 = %2 to %4 step %c1 {
        %5 = arith.subi %arg9, %2 : index
        %6 = arith.addi %5, %c1 : index
        scf.for %arg10 = %c0 to %c32 step %c1 {
          %7 = scf.for %arg11 = %c0 to %6 step %c1 iter_args(%arg12 = %cst) -> (f32) {
            %129 = memref.load %arg4[%arg10, %arg11] : memref<?x?xf32>
            %130 = arith.subi %arg9, %arg11 : index
            %131 = memref.load %alloc[%130, %arg10] : memref<?x32xf32>
            %132 = arith.mulf %129, %131 : f32
            %133 = arith.addf %arg12, %132 : f32
            scf.yield %133 : f32
          }
          %8 = memref.load %alloc_3[%arg10, %c0] : memref<32x8xf64>
          %9 = memref.load %alloc_3[%arg10, %c1] : memref<32x8xf64>
          %10 = memref.load %alloc_2[%arg10, %c0] : memref<32x8xf64>
          %11 = memref.load %alloc_2[%arg10, %c1] : memref<32x8xf64>
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
          memref.store %34, %alloc_3[%arg10, %c0] : memref<32x8xf64>
          memref.store %35, %alloc_3[%arg10, %c1] : memref<32x8xf64>
          %36 = memref.load %alloc_3[%arg10, %c2] : memref<32x8xf64>
          %37 = memref.load %alloc_3[%arg10, %c3] : memref<32x8xf64>
          %38 = memref.load %alloc_2[%arg10, %c2] : memref<32x8xf64>
          %39 = memref.load %alloc_2[%arg10, %c3] : memref<32x8xf64>
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
          memref.store %62, %alloc_3[%arg10, %c2] : memref<32x8xf64>
          memref.store %63, %alloc_3[%arg10, %c3] : memref<32x8xf64>
          %64 = memref.load %alloc_3[%arg10, %c4] : memref<32x8xf64>
          %65 = memref.load %alloc_3[%arg10, %c5] : memref<32x8xf64>
          %66 = memref.load %alloc_2[%arg10, %c4] : memref<32x8xf64>
          %67 = memref.load %alloc_2[%arg10, %c5] : memref<32x8xf64>
          %68 = memref.load %arg6[%arg10, %c4] : memref<?x?xf32>
          %69 = memref.load %arg6[%arg10, %c5] : memref<?x?xf32>
          %70 = arith.extf %68 : f32 to f64
          %71 = arith.extf %69 : f32 to f64
          %72 = arith.mulf %64, %66 : f64
          %73 = arith.mulf %65, %67 : f64
          %74 = arith.mulf %64, %67 : f64
          %75 = arith.mulf %65, %66 : f64
          %76 = arith.subf %72, %73 : f64
          %77 = arith.addf %74, %75 : f64
          %78 = arith.mulf %70, %76 : f64
          %79 = arith.mulf %71, %77 : f64
          %80 = arith.subf %78, %79 : f64
          %81 = arith.addf %53, %80 : f64
          %82 = memref.load %arg5[%arg10, %c4] : memref<?x?xf32>
          %83 = memref.load %arg5[%arg10, %c5] : memref<?x?xf32>
          %84 = arith.extf %82 : f32 to f64
          %85 = arith.extf %83 : f32 to f64
          %86 = arith.mulf %64, %84 : f64
          %87 = arith.mulf %65, %85 : f64
          %88 = arith.mulf %64, %85 : f64
          %89 = arith.mulf %65, %84 : f64
          %90 = arith.subf %86, %87 : f64
          %91 = arith.addf %88, %89 : f64
          memref.store %90, %alloc_3[%arg10, %c4] : memref<32x8xf64>
          memref.store %91, %alloc_3[%arg10, %c5] : memref<32x8xf64>
          %92 = memref.load %alloc_3[%arg10, %c6] : memref<32x8xf64>
          %93 = memref.load %alloc_3[%arg10, %c7] : memref<32x8xf64>
          %94 = memref.load %alloc_2[%arg10, %c6] : memref<32x8xf64>
          %95 = memref.load %alloc_2[%arg10, %c7] : memref<32x8xf64>
          %96 = memref.load %arg6[%arg10, %c6] : memref<?x?xf32>
          %97 = memref.load %arg6[%arg10, %c7] : memref<?x?xf32>
          %98 = arith.extf %96 : f32 to f64
          %99 = arith.extf %97 : f32 to f64
          %100 = arith.mulf %92, %94 : f64
          %101 = arith.mulf %93, %95 : f64
          %102 = arith.mulf %92, %95 : f64
          %103 = arith.mulf %93, %94 : f64
          %104 = arith.subf %100, %101 : f64
          %105 = arith.addf %102, %103 : f64
          %106 = arith.mulf %98, %104 : f64
          %107 = arith.mulf %99, %105 : f64
          %108 = arith.subf %106, %107 : f64
          %109 = arith.addf %81, %108 : f64
          %110 = memref.load %arg5[%arg10, %c6] : memref<?x?xf32>
          %111 = memref.load %arg5[%arg10, %c7] : memref<?x?xf32>
          %112 = arith.extf %110 : f32 to f64
          %113 = arith.extf %111 : f32 to f64
          %114 = arith.mulf %92, %112 : f64
          %115 = arith.mulf %93, %113 : f64
          %116 = arith.mulf %92, %113 : f64
          %117 = arith.mulf %93, %112 : f64
          %118 = arith.subf %114, %115 : f64
          %119 = arith.addf %116, %117 : f64
          memref.store %118, %alloc_3[%arg10, %c6] : memref<32x8xf64>
          memref.store %119, %alloc_3[%arg10, %c7] : memref<32x8xf64>
          %120 = arith.extf %7 : f32 to f64
          %121 = arith.addf %120, %109 : f64
          %122 = arith.truncf %121 : f64 to f32
          %123 = memref.load %alloc[%arg9, %arg10] : memref<?x32xf32>
          %124 = memref.load %arg3[%arg10, %c0] : memref<?x?xf32>
          %125 = arith.mulf %124, %123 : f32
          %126 = arith.addf %122, %125 : f32
          %127 = memref.load %alloc_1[%arg9, %arg10] : memref<?x32xf32>
          %128 = arith.mulf %126, %127 : f32
          memref.store %128, %arg7[%arg9, %arg10] : memref<?x?xf32>
        }
      }
      scf.for %arg9 = %2 to %4 step %c1 {
        scf.for %arg10 = %c0 to %c32 step %c1 {
          %5 = memref.load %alloc[%arg9, %arg10] : memref<?x32xf32>
          %6 = arith.extf %5 : f32 to f64
          %7 = memref.load %arg5[%arg10, %c0] : memref<?x?xf32>
          %8 = memref.load %arg5[%arg10, %c1] : memref<?x?xf32>
          %9 = arith.extf %7 : f32 to f64
          %10 = arith.extf %8 : f32 to f64
          %11 = memref.load %alloc_2[%arg10, %c0] : memref<32x8xf64>
          %12 = memref.load %alloc_2[%arg10, %c1] : memref<32x8xf64>
          %13 = arith.mulf %9, %11 : f64
          %14 = arith.mulf %10, %12 : f64
          %15 = arith.mulf %9, %12 : f64
          %16 = arith.mulf %10, %11 : f64
          %17 = arith.subf %13, %14 : f64
          %18 = arith.addf %15, %16 : f64
          %19 = arith.addf %17, %6 : f64
          memref.store %19, %alloc_2[%arg10, %c0] : memref<32x8xf64>
          memref.store %18, %alloc_2[%arg10, %c1] : memref<32x8xf64>
          %20 = memref.load %arg5[%arg10, %c2] : memref<?x?xf32>
          %21 = memref.load %arg5[%arg10, %c3] : memref<?x?xf32>
          %22 = arith.extf %20 : f32 to f64
          %23 = arith.extf %21 : f32 to f64
          %24 = memref.load %alloc_2[%arg10, %c2] : memref<32x8xf64>
          %25 = memref.load %alloc_2[%arg10, %c3] : memref<32x8xf64>
          %26 = arith.mulf %22, %24 : f64
          %27 = arith.mulf %23, %25 : f64
          %28 = arith.mulf %22, %25 : f64
          %29 = arith.mulf %23, %24 : f64
          %30 = arith.subf %26, %27 : f64
          %31 = arith.addf %28, %29 : f64
          %32 = arith.addf %30, %6 : f64
          memref.store %32, %alloc_2[%arg10, %c2] : memref<32x8xf64>
          memref.store %31, %alloc_2[%arg10, %c3] : memref<32x8xf64>
          %33 = memref.load %arg5[%arg10, %c4] : memref<?x?xf32>
          %34 = memref.load %arg5[%arg10, %c5] : memref<?x?xf32>
          %35 = arith.extf %33 : f32 to f64
          %36 = arith.extf %34 : f32 to f64
          %37 = memref.load %alloc_2[%arg10, %c4] : memref<32x8xf64>
          %38 = memref.load %alloc_2[%arg10, %c5] : memref<32x8xf64>
          %39 = arith.mulf %35, %37 : f64
          %40 = arith.mulf %36, %38 : f64
          %41 = arith.mulf %35, %38 : f64
          %42 = arith.mulf %36, %37 : f64
          %43 = arith.subf %39, %40 : f64
          %44 = arith.addf %41, %42 : f64
          %45 = arith.addf %43, %6 : f64
          memref.store %45, %alloc_2[%arg10, %c4] : memref<32x8xf64>
          memref.store %44, %alloc_2[%arg10, %c5] : memref<32x8xf64>
          %46 = memref.load %arg5[%arg10, %c6] : memref<?x?xf32>
          %47 = memref.load %arg5[%arg10, %c7] : memref<?x?xf32>
          %48 = arith.extf %46 : f32 to f64
          %49 = arith.extf %47 : f32 to f64
          %50 = memref.load %alloc_2[%arg10, %c6] : memref<32x8xf64>
          %51 = memref.load %alloc_2[%arg10, %c7] : memref<32x8xf64>
          %52 = arith.mulf %48, %50 : f64
          %53 = arith.mulf %49, %51 : f64
          %54 = arith.mulf %48, %51 : f64
          %55 = arith.mulf %49, %50 : f64
          %56 = arith.subf %52, %53 : f64
          %57 = arith.addf %54, %55 : f64
          %58 = arith.addf %56, %6 : f64
          memref.store %58, %alloc_2[%arg10, %c6] : memref<32x8xf64>
          memref.store %57, %alloc_2[%arg10, %c7] : memref<32x8xf64>
        }
      }
    }
    memref.dealloc %alloc : memref<?x32xf32>
    memref.dealloc %alloc_1 : memref<?x32xf32>
    memref.dealloc %alloc_2 : memref<32x8xf64>
    memref.dealloc %alloc_3 : memref<32x8xf64>
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
      %2 = math.sqrt %1 : f32
      %3 = arith.addf %2, %cst_1 : f32
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
      %2 = math.sqrt %1 : f32
      %3 = arith.addf %2, %cst_1 : f32
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
      %2 = math.sqrt %1 : f32
      %3 = arith.addf %2, %cst_1 : f32
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
      %2 = math.sqrt %1 : f32
      %3 = arith.addf %2, %cst_1 : f32
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
  func.func @k54(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: memref<?x?xf32>, %arg3: memref<?x?xf32>, %arg4: memref<?x?xf32>, %arg5: memref<?x?xf32>, %arg6: memref<?x?xf32>, %arg7: memref<?x?xf32>) attributes {llvm.emit_c_interface} {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c24 = arith.constant 24 : index
    %c2 = arith.constant 2 : index
    %c3 = arith.constant 3 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c16 = arith.constant 16 : index
    %cst_0 = arith.constant 0.000000e+00 : f64
    %c15 = arith.constant 15 : index
    %c4 = arith.constant 4 : index
    %c5 = arith.constant 5 : index
    %c6 = arith.constant 6 : index
    %c7 = arith.constant 7 : index
    %dim = memref.dim %arg7, %c0 : memref<?x?xf32>
    %alloc = memref.alloc(%dim) : memref<?x32xf32>
    %alloc_1 = memref.alloc(%dim) : memref<?x32xf32>
    scf.for %arg8 = %c0 to %dim step %c1 {
      %2 = arith.minui %arg8, %c2 : index
      %3 = arith.subi %c2, %2 : index
      scf.for %arg9 = %c0 to %c32 step %c1 {
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
        memref.store %21, %alloc[%arg8, %arg9] : memref<?x32xf32>
        memref.store %10, %alloc_1[%arg8, %arg9] : memref<?x32xf32>
      }
    }
    %alloc_2 = memref.alloc() : memref<32x8xf64>
    scf.for %arg8 = %c0 to %c32 step %c1 {
      scf.for %arg9 = %c0 to %c8 step %c1 {
        memref.store %cst_0, %alloc_2[%arg8, %arg9] : memref<32x8xf64>
      }
    }
    %alloc_3 = memref.alloc() : memref<32x8xf64>
    scf.for %arg8 = %c0 to %c32 step %c1 {
      scf.for %arg9 = %c0 to %c8 step %c1 {
        memref.store %cst_0, %alloc_3[%arg8, %arg9] : memref<32x8xf64>
      }
    }
    %0 = arith.addi %dim, %c15 : index
    %1 = arith.divui %0, %c16 : index
    scf.for %arg8 = %c0 to %1 step %c1 {
      %2 = arith.muli %arg8, %c16 : index
      %3 = arith.addi %2, %c16 : index
      %4 = arith.minui %3, %dim : index
      scf.for %arg9 = %c0 to %c32 step %c1 {
        %5 = memref.load %arg5[%arg9, %c0] : memref<?x?xf32>
        %6 = memref.load %arg5[%arg9, %c1] : memref<?x?xf32>
        %7 = arith.extf %5 : f32 to f64
        %8 = arith.extf %6 : f32 to f64
        memref.store %7, %alloc_3[%arg9, %c0] : memref<32x8xf64>
        memref.store %8, %alloc_3[%arg9, %c1] : memref<32x8xf64>
        %9 = memref.load %arg5[%arg9, %c2] : memref<?x?xf32>
        %10 = memref.load %arg5[%arg9, %c3] : memref<?x?xf32>
        %11 = arith.extf %9 : f32 to f64
        %12 = arith.extf %10 : f32 to f64
        memref.store %11, %alloc_3[%arg9, %c2] : memref<32x8xf64>
        memref.store %12, %alloc_3[%arg9, %c3] : memref<32x8xf64>
        %13 = memref.load %arg5[%arg9, %c4] : memref<?x?xf32>
        %14 = memref.load %arg5[%arg9, %c5] : memref<?x?xf32>
        %15 = arith.extf %13 : f32 to f64
        %16 = arith.extf %14 : f32 to f64
        memref.store %15, %alloc_3[%arg9, %c4] : memref<32x8xf64>
        memref.store %16, %alloc_3[%arg9, %c5] : memref<32x8xf64>
        %17 = memref.load %arg5[%arg9, %c6] : memref<?x?xf32>
        %18 = memref.load %arg5[%arg9, %c7] : memref<?x?xf32>
        %19 = arith.extf %17 : f32 to f64
        %20 = arith.extf %18 : f32 to f64
        memref.store %19, %alloc_3[%arg9, %c6] : memref<32x8xf64>
        memref.store %20, %alloc_3[%arg9, %c7] : memref<32x8xf64>
      }
      scf.for %arg9 = %2 to %4 step %c1 {
        %5 = arith.subi %arg9, %2 : index
        %6 = arith.addi %5, %c1 : index
        scf.for %arg10 = %c0 to %c32 step %c1 {
          %7 = scf.for %arg11 = %c0 to %6 step %c1 iter_args(%arg12 = %cst) -> (f32) {
            %129 = memref.load %arg4[%arg10, %arg11] : memref<?x?xf32>
            %130 = arith.subi %arg9, %arg11 : index
            %131 = memref.load %alloc[%130, %arg10] : memref<?x32xf32>
            %132 = arith.mulf %129, %131 : f32
            %133 = arith.addf %arg12, %132 : f32
            scf.yield %133 : f32
          }
          %8 = memref.load %alloc_3[%arg10, %c0] : memref<32x8xf64>
          %9 = memref.load %alloc_3[%arg10, %c1] : memref<32x8xf64>
          %10 = memref.load %alloc_2[%arg10, %c0] : memref<32x8xf64>
          %11 = memref.load %alloc_2[%arg10, %c1] : memref<32x8xf64>
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
          memref.store %34, %alloc_3[%arg10, %c0] : memref<32x8xf64>
          memref.store %35, %alloc_3[%arg10, %c1] : memref<32x8xf64>
          %36 = memref.load %alloc_3[%arg10, %c2] : memref<32x8xf64>
          %37 = memref.load %alloc_3[%arg10, %c3] : memref<32x8xf64>
          %38 = memref.load %alloc_2[%arg10, %c2] : memref<32x8xf64>
          %39 = memref.load %alloc_2[%arg10, %c3] : memref<32x8xf64>
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
          memref.store %62, %alloc_3[%arg10, %c2] : memref<32x8xf64>
          memref.store %63, %alloc_3[%arg10, %c3] : memref<32x8xf64>
          %64 = memref.load %alloc_3[%arg10, %c4] : memref<32x8xf64>
          %65 = memref.load %alloc_3[%arg10, %c5] : memref<32x8xf64>
          %66 = memref.load %alloc_2[%arg10, %c4] : memref<32x8xf64>
          %67 = memref.load %alloc_2[%arg10, %c5] : memref<32x8xf64>
          %68 = memref.load %arg6[%arg10, %c4] : memref<?x?xf32>
          %69 = memref.load %arg6[%arg10, %c5] : memref<?x?xf32>
          %70 = arith.extf %68 : f32 to f64
          %71 = arith.extf %69 : f32 to f64
          %72 = arith.mulf %64, %66 : f64
          %73 = arith.mulf %65, %67 : f64
          %74 = arith.mulf %64, %67 : f64
          %75 = arith.mulf %65, %66 : f64
          %76 = arith.subf %72, %73 : f64
          %77 = arith.addf %74, %75 : f64
          %78 = arith.mulf %70, %76 : f64
          %79 = arith.mulf %71, %77 : f64
          %80 = arith.subf %78, %79 : f64
          %81 = arith.addf %53, %80 : f64
          %82 = memref.load %arg5[%arg10, %c4] : memref<?x?xf32>
          %83 = memref.load %arg5[%arg10, %c5] : memref<?x?xf32>
          %84 = arith.extf %82 : f32 to f64
          %85 = arith.extf %83 : f32 to f64
          %86 = arith.mulf %64, %84 : f64
          %87 = arith.mulf %65, %85 : f64
          %88 = arith.mulf %64, %85 : f64
          %89 = arith.mulf %65, %84 : f64
          %90 = arith.subf %86, %87 : f64
          %91 = arith.addf %88, %89 : f64
          memref.store %90, %alloc_3[%arg10, %c4] : memref<32x8xf64>
          memref.store %91, %alloc_3[%arg10, %c5] : memref<32x8xf64>
          %92 = memref.load %alloc_3[%arg10, %c6] : memref<32x8xf64>
          %93 = memref.load %alloc_3[%arg10, %c7] : memref<32x8xf64>
          %94 = memref.load %alloc_2[%arg10, %c6] : memref<32x8xf64>
          %95 = memref.load %alloc_2[%arg10, %c7] : memref<32x8xf64>
          %96 = memref.load %arg6[%arg10, %c6] : memref<?x?xf32>
          %97 = memref.load %arg6[%arg10, %c7] : memref<?x?xf32>
          %98 = arith.extf %96 : f32 to f64
          %99 = arith.extf %97 : f32 to f64
          %100 = arith.mulf %92, %94 : f64
          %101 = arith.mulf %93, %95 : f64
          %102 = arith.mulf %92, %95 : f64
          %103 = arith.mulf %93, %94 : f64
          %104 = arith.subf %100, %101 : f64
          %105 = arith.addf %102, %103 : f64
          %106 = arith.mulf %98, %104 : f64
          %107 = arith.mulf %99, %105 : f64
          %108 = arith.subf %106, %107 : f64
          %109 = arith.addf %81, %108 : f64
          %110 = memref.load %arg5[%arg10, %c6] : memref<?x?xf32>
          %111 = memref.load %arg5[%arg10, %c7] : memref<?x?xf32>
          %112 = arith.extf %110 : f32 to f64
          %113 = arith.extf %111 : f32 to f64
          %114 = arith.mulf %92, %112 : f64
          %115 = arith.mulf %93, %113 : f64
          %116 = arith.mulf %92, %113 : f64
          %117 = arith.mulf %93, %112 : f64
          %118 = arith.subf %114, %115 : f64
          %119 = arith.addf %116, %117 : f64
          memref.store %118, %alloc_3[%arg10, %c6] : memref<32x8xf64>
          memref.store %119, %alloc_3[%arg10, %c7] : memref<32x8xf64>
          %120 = arith.extf %7 : f32 to f64
          %121 = arith.addf %120, %109 : f64
          %122 = arith.truncf %121 : f64 to f32
          %123 = memref.load %alloc[%arg9, %arg10] : memref<?x32xf32>
          %124 = memref.load %arg3[%arg10, %c0] : memref<?x?xf32>
          %125 = arith.mulf %124, %123 : f32
          %126 = arith.addf %122, %125 : f32
          %127 = memref.load %alloc_1[%arg9, %arg10] : memref<?x32xf32>
          %128 = arith.mulf %126, %127 : f32
          memref.store %128, %arg7[%arg9, %arg10] : memref<?x?xf32>
        }
      }
      scf.for %arg9 = %2 to %4 step %c1 {
        scf.for %arg10 = %c0 to %c32 step %c1 {
          %5 = memref.load %alloc[%arg9, %arg10] : memref<?x32xf32>
          %6 = arith.extf %5 : f32 to f64
          %7 = memref.load %arg5[%arg10, %c0] : memref<?x?xf32>
          %8 = memref.load %arg5[%arg10, %c1] : memref<?x?xf32>
          %9 = arith.extf %7 : f32 to f64
          %10 = arith.extf %8 : f32 to f64
          %11 = memref.load %alloc_2[%arg10, %c0] : memref<32x8xf64>
          %12 = memref.load %alloc_2[%arg10, %c1] : memref<32x8xf64>
          %13 = arith.mulf %9, %11 : f64
          %14 = arith.mulf %10, %12 : f64
          %15 = arith.mulf %9, %12 : f64
          %16 = arith.mulf %10, %11 : f64
          %17 = arith.subf %13, %14 : f64
          %18 = arith.addf %15, %16 : f64
          %19 = arith.addf %17, %6 : f64
          memref.store %19, %alloc_2[%arg10, %c0] : memref<32x8xf64>
          memref.store %18, %alloc_2[%arg10, %c1] : memref<32x8xf64>
          %20 = memref.load %arg5[%arg10, %c2] : memref<?x?xf32>
          %21 = memref.load %arg5[%arg10, %c3] : memref<?x?xf32>
          %22 = arith.extf %20 : f32 to f64
          %23 = arith.extf %21 : f32 to f64
          %24 = memref.load %alloc_2[%arg10, %c2] : memref<32x8xf64>
          %25 = memref.load %alloc_2[%arg10, %c3] : memref<32x8xf64>
          %26 = arith.mulf %22, %24 : f64
          %27 = arith.mulf %23, %25 : f64
          %28 = arith.mulf %22, %25 : f64
          %29 = arith.mulf %23, %24 : f64
          %30 = arith.subf %26, %27 : f64
          %31 = arith.addf %28, %29 : f64
          %32 = arith.addf %30, %6 : f64
          memref.store %32, %alloc_2[%arg10, %c2] : memref<32x8xf64>
          memref.store %31, %alloc_2[%arg10, %c3] : memref<32x8xf64>
          %33 = memref.load %arg5[%arg10, %c4] : memref<?x?xf32>
          %34 = memref.load %arg5[%arg10, %c5] : memref<?x?xf32>
          %35 = arith.extf %33 : f32 to f64
          %36 = arith.extf %34 : f32 to f64
          %37 = memref.load %alloc_2[%arg10, %c4] : memref<32x8xf64>
          %38 = memref.load %alloc_2[%arg10, %c5] : memref<32x8xf64>
          %39 = arith.mulf %35, %37 : f64
          %40 = arith.mulf %36, %38 : f64
          %41 = arith.mulf %35, %38 : f64
          %42 = arith.mulf %36, %37 : f64
          %43 = arith.subf %39, %40 : f64
          %44 = arith.addf %41, %42 : f64
          %45 = arith.addf %43, %6 : f64
          memref.store %45, %alloc_2[%arg10, %c4] : memref<32x8xf64>
          memref.store %44, %alloc_2[%arg10, %c5] : memref<32x8xf64>
          %46 = memref.load %arg5[%arg10, %c6] : memref<?x?xf32>
          %47 = memref.load %arg5[%arg10, %c7] : memref<?x?xf32>
          %48 = arith.extf %46 : f32 to f64
          %49 = arith.extf %47 : f32 to f64
          %50 = memref.load %alloc_2[%arg10, %c6] : memref<32x8xf64>
          %51 = memref.load %alloc_2[%arg10, %c7] : memref<32x8xf64>
          %52 = arith.mulf %48, %50 : f64
          %53 = arith.mulf %49, %51 : f64
          %54 = arith.mulf %48, %51 : f64
          %55 = arith.mulf %49, %50 : f64
          %56 = arith.subf %52, %53 : f64
          %57 = arith.addf %54, %55 : f64
          %58 = arith.addf %56, %6 : f64
          memref.store %58, %alloc_2[%arg10, %c6] : memref<32x8xf64>
          memref.store %57, %alloc_2[%arg10, %c7] : memref<32x8xf64>
        }
      }
    }
    memref.dealloc %alloc : memref<?x32xf32>
    memref.dealloc %alloc_1 : memref<?x32xf32>
    memref.dealloc %alloc_2 : memref<32x8xf64>
    memref.dealloc %alloc_3 : memref<32x8xf64>
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
      %2 = math.sqrt %1 : f32
      %3 = arith.addf %2, %cst_1 : f32
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
      %2 = math.sqrt %1 : f32
      %3 = arith.addf %2, %cst_1 : f32
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
      %2 = math.sqrt %1 : f32
      %3 = arith.addf %2, %cst_1 : f32
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
    %c61 = arith.constant 61 : index
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
      %2 = math.sqrt %1 : f32
      %3 = arith.addf %2, %cst_1 : f32
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
      scf.for %arg5 = %c0 to %c61 step %c1 {
        memref.store %cst, %arg3[%arg4, %arg5] : memref<?x?xf32>
      }
      scf.for %arg5 = %c0 to %c32 step %c1 {
        %0 = memref.load %alloc[%arg4, %arg5] : memref<?x32xf32>
        scf.for %arg6 = %c0 to %c61 step %c1 {
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
