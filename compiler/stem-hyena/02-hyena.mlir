// fixture: outputs logits
module {
  func.func @forward(%tokens: tensor<?xi64>) -> (tensor<?x97xf32>) {
    %0 = "hyena.weight"() {name = "embedding_layer.weight"} : () -> tensor<97x64xf32>
    %2 = "hyena.embedding"(%0, %tokens) : (tensor<97x64xf32>, tensor<?xi64>) -> tensor<?x64xf32>
    %3 = "hyena.weight"() {name = "blocks.0.pre_norm.scale"} : () -> tensor<64xf32>
    %4 = "hyena.weight"() {name = "blocks.0.projections.weight"} : () -> tensor<192x64xf32>
    %5 = "hyena.weight"() {name = "blocks.0.projections.bias"} : () -> tensor<192xf32>
    %6 = "hyena.norm_linear"(%2, %3, %4, %5) {eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = false} : (tensor<?x64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192xf32>) -> tensor<?x192xf32>
    %7 = "hyena.weight"() {name = "blocks.0.filter.short_filter_weight"} : () -> tensor<192x1x3xf32>
    %8 = "hyena.weight"() {name = "blocks.0.filter.short_filter_bias"} : () -> tensor<192xf32>
    %9 = "hyena.weight"() {name = "blocks.0.filter.D"} : () -> tensor<64xf32>
    %10 = "hyena.weight"() {name = "blocks.0.filter.poles"} : () -> tensor<64x2x1x2xf32>
    %11 = "hyena.weight"() {name = "blocks.0.filter.residues"} : () -> tensor<64x2x1x2xf32>
    %12 = "hyena.modal_filter"(%10, %11) {len = 256 : i64} : (tensor<64x2x1x2xf32>, tensor<64x2x1x2xf32>) -> tensor<64x256xf32>
    %13 = "hyena.hyena_conv"(%6, %7, %8, %9, %12, %10, %11) {algorithm = "block", size = 16 : i64, kernel_size = 3 : i64, heads = 8 : i64, operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 1, 1>} : (tensor<?x192xf32>, tensor<192x1x3xf32>, tensor<192xf32>, tensor<64xf32>, tensor<64x256xf32>, tensor<64x2x1x2xf32>, tensor<64x2x1x2xf32>) -> tensor<?x64xf32>
    %14 = "hyena.weight"() {name = "blocks.0.out_filter_dense.weight"} : () -> tensor<64x64xf32>
    %15 = "hyena.weight"() {name = "blocks.0.out_filter_dense.bias"} : () -> tensor<64xf32>
    %16 = "hyena.linear"(%13, %14, %15) : (tensor<?x64xf32>, tensor<64x64xf32>, tensor<64xf32>) -> tensor<?x64xf32>
    %17 = "hyena.add"(%16, %2) : (tensor<?x64xf32>, tensor<?x64xf32>) -> tensor<?x64xf32>
    %18 = "hyena.weight"() {name = "blocks.0.post_norm.scale"} : () -> tensor<64xf32>
    %19 = "hyena.weight"() {name = "blocks.0.mlp.l1.weight"} : () -> tensor<192x64xf32>
    %20 = "hyena.weight"() {name = "blocks.0.mlp.l2.weight"} : () -> tensor<192x64xf32>
    %21 = "hyena.norm_gated_mlp_up"(%17, %18, %19, %20) {kind = "silu", eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = false} : (tensor<?x64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<?x192xf32>
    %22 = "hyena.weight"() {name = "blocks.0.mlp.l3.weight"} : () -> tensor<64x192xf32>
    %23 = "hyena.linear"(%21, %22) : (tensor<?x192xf32>, tensor<64x192xf32>) -> tensor<?x64xf32>
    %24 = "hyena.add"(%23, %17) : (tensor<?x64xf32>, tensor<?x64xf32>) -> tensor<?x64xf32>
    %25 = "hyena.weight"() {name = "blocks.1.pre_norm.scale"} : () -> tensor<64xf32>
    %26 = "hyena.weight"() {name = "blocks.1.projections.weight"} : () -> tensor<192x64xf32>
    %27 = "hyena.weight"() {name = "blocks.1.projections.bias"} : () -> tensor<192xf32>
    %28 = "hyena.norm_linear"(%24, %25, %26, %27) {eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = false} : (tensor<?x64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192xf32>) -> tensor<?x192xf32>
    %29 = "hyena.weight"() {name = "blocks.1.filter.short_filter_weight"} : () -> tensor<192x1x3xf32>
    %30 = "hyena.weight"() {name = "blocks.1.filter.short_filter_bias"} : () -> tensor<192xf32>
    %31 = "hyena.weight"() {name = "blocks.1.filter.D"} : () -> tensor<64xf32>
    %32 = "hyena.weight"() {name = "blocks.1.filter.poles"} : () -> tensor<64x2x1x2xf32>
    %33 = "hyena.weight"() {name = "blocks.1.filter.residues"} : () -> tensor<64x2x1x2xf32>
    %34 = "hyena.modal_filter"(%32, %33) {len = 256 : i64} : (tensor<64x2x1x2xf32>, tensor<64x2x1x2xf32>) -> tensor<64x256xf32>
    %35 = "hyena.hyena_conv"(%28, %29, %30, %31, %34, %32, %33) {algorithm = "block", size = 16 : i64, kernel_size = 3 : i64, heads = 8 : i64, operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 1, 1>} : (tensor<?x192xf32>, tensor<192x1x3xf32>, tensor<192xf32>, tensor<64xf32>, tensor<64x256xf32>, tensor<64x2x1x2xf32>, tensor<64x2x1x2xf32>) -> tensor<?x64xf32>
    %36 = "hyena.weight"() {name = "blocks.1.out_filter_dense.weight"} : () -> tensor<64x64xf32>
    %37 = "hyena.weight"() {name = "blocks.1.out_filter_dense.bias"} : () -> tensor<64xf32>
    %38 = "hyena.linear"(%35, %36, %37) : (tensor<?x64xf32>, tensor<64x64xf32>, tensor<64xf32>) -> tensor<?x64xf32>
    %39 = "hyena.add"(%38, %24) : (tensor<?x64xf32>, tensor<?x64xf32>) -> tensor<?x64xf32>
    %40 = "hyena.weight"() {name = "blocks.1.post_norm.scale"} : () -> tensor<64xf32>
    %41 = "hyena.weight"() {name = "blocks.1.mlp.l1.weight"} : () -> tensor<192x64xf32>
    %42 = "hyena.weight"() {name = "blocks.1.mlp.l2.weight"} : () -> tensor<192x64xf32>
    %43 = "hyena.norm_gated_mlp_up"(%39, %40, %41, %42) {kind = "silu", eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = false} : (tensor<?x64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<?x192xf32>
    %44 = "hyena.weight"() {name = "blocks.1.mlp.l3.weight"} : () -> tensor<64x192xf32>
    %45 = "hyena.linear"(%43, %44) : (tensor<?x192xf32>, tensor<64x192xf32>) -> tensor<?x64xf32>
    %46 = "hyena.add"(%45, %39) : (tensor<?x64xf32>, tensor<?x64xf32>) -> tensor<?x64xf32>
    %47 = "hyena.weight"() {name = "blocks.2.pre_norm.scale"} : () -> tensor<64xf32>
    %48 = "hyena.weight"() {name = "blocks.2.projections.weight"} : () -> tensor<192x64xf32>
    %49 = "hyena.weight"() {name = "blocks.2.projections.bias"} : () -> tensor<192xf32>
    %50 = "hyena.norm_linear"(%46, %47, %48, %49) {eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = false} : (tensor<?x64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192xf32>) -> tensor<?x192xf32>
    %51 = "hyena.weight"() {name = "blocks.2.filter.short_filter_weight"} : () -> tensor<192x1x3xf32>
    %52 = "hyena.weight"() {name = "blocks.2.filter.short_filter_bias"} : () -> tensor<192xf32>
    %53 = "hyena.weight"() {name = "blocks.2.filter.D"} : () -> tensor<64xf32>
    %54 = "hyena.weight"() {name = "blocks.2.filter.poles"} : () -> tensor<64x2x1x2xf32>
    %55 = "hyena.weight"() {name = "blocks.2.filter.residues"} : () -> tensor<64x2x1x2xf32>
    %56 = "hyena.modal_filter"(%54, %55) {len = 256 : i64} : (tensor<64x2x1x2xf32>, tensor<64x2x1x2xf32>) -> tensor<64x256xf32>
    %57 = "hyena.hyena_conv"(%50, %51, %52, %53, %56, %54, %55) {algorithm = "block", size = 16 : i64, kernel_size = 3 : i64, heads = 8 : i64, operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 1, 1>} : (tensor<?x192xf32>, tensor<192x1x3xf32>, tensor<192xf32>, tensor<64xf32>, tensor<64x256xf32>, tensor<64x2x1x2xf32>, tensor<64x2x1x2xf32>) -> tensor<?x64xf32>
    %58 = "hyena.weight"() {name = "blocks.2.out_filter_dense.weight"} : () -> tensor<64x64xf32>
    %59 = "hyena.weight"() {name = "blocks.2.out_filter_dense.bias"} : () -> tensor<64xf32>
    %60 = "hyena.linear"(%57, %58, %59) : (tensor<?x64xf32>, tensor<64x64xf32>, tensor<64xf32>) -> tensor<?x64xf32>
    %61 = "hyena.add"(%60, %46) : (tensor<?x64xf32>, tensor<?x64xf32>) -> tensor<?x64xf32>
    %62 = "hyena.weight"() {name = "blocks.2.post_norm.scale"} : () -> tensor<64xf32>
    %63 = "hyena.weight"() {name = "blocks.2.mlp.l1.weight"} : () -> tensor<192x64xf32>
    %64 = "hyena.weight"() {name = "blocks.2.mlp.l2.weight"} : () -> tensor<192x64xf32>
    %65 = "hyena.norm_gated_mlp_up"(%61, %62, %63, %64) {kind = "silu", eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = false} : (tensor<?x64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<?x192xf32>
    %66 = "hyena.weight"() {name = "blocks.2.mlp.l3.weight"} : () -> tensor<64x192xf32>
    %67 = "hyena.linear"(%65, %66) : (tensor<?x192xf32>, tensor<64x192xf32>) -> tensor<?x64xf32>
    %68 = "hyena.add"(%67, %61) : (tensor<?x64xf32>, tensor<?x64xf32>) -> tensor<?x64xf32>
    %69 = "hyena.weight"() {name = "blocks.3.pre_norm.scale"} : () -> tensor<64xf32>
    %70 = "hyena.weight"() {name = "blocks.3.projections.weight"} : () -> tensor<192x64xf32>
    %71 = "hyena.weight"() {name = "blocks.3.projections.bias"} : () -> tensor<192xf32>
    %72 = "hyena.norm_linear"(%68, %69, %70, %71) {eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = false} : (tensor<?x64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192xf32>) -> tensor<?x192xf32>
    %73 = "hyena.weight"() {name = "blocks.3.filter.short_filter_weight"} : () -> tensor<192x1x3xf32>
    %74 = "hyena.weight"() {name = "blocks.3.filter.short_filter_bias"} : () -> tensor<192xf32>
    %75 = "hyena.weight"() {name = "blocks.3.filter.D"} : () -> tensor<64xf32>
    %76 = "hyena.weight"() {name = "blocks.3.filter.poles"} : () -> tensor<64x2x1x2xf32>
    %77 = "hyena.weight"() {name = "blocks.3.filter.residues"} : () -> tensor<64x2x1x2xf32>
    %78 = "hyena.modal_filter"(%76, %77) {len = 256 : i64} : (tensor<64x2x1x2xf32>, tensor<64x2x1x2xf32>) -> tensor<64x256xf32>
    %79 = "hyena.hyena_conv"(%72, %73, %74, %75, %78, %76, %77) {algorithm = "block", size = 16 : i64, kernel_size = 3 : i64, heads = 8 : i64, operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 1, 1>} : (tensor<?x192xf32>, tensor<192x1x3xf32>, tensor<192xf32>, tensor<64xf32>, tensor<64x256xf32>, tensor<64x2x1x2xf32>, tensor<64x2x1x2xf32>) -> tensor<?x64xf32>
    %80 = "hyena.weight"() {name = "blocks.3.out_filter_dense.weight"} : () -> tensor<64x64xf32>
    %81 = "hyena.weight"() {name = "blocks.3.out_filter_dense.bias"} : () -> tensor<64xf32>
    %82 = "hyena.linear"(%79, %80, %81) : (tensor<?x64xf32>, tensor<64x64xf32>, tensor<64xf32>) -> tensor<?x64xf32>
    %83 = "hyena.add"(%82, %68) : (tensor<?x64xf32>, tensor<?x64xf32>) -> tensor<?x64xf32>
    %84 = "hyena.weight"() {name = "blocks.3.post_norm.scale"} : () -> tensor<64xf32>
    %85 = "hyena.weight"() {name = "blocks.3.mlp.l1.weight"} : () -> tensor<192x64xf32>
    %86 = "hyena.weight"() {name = "blocks.3.mlp.l2.weight"} : () -> tensor<192x64xf32>
    %87 = "hyena.norm_gated_mlp_up"(%83, %84, %85, %86) {kind = "silu", eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = false} : (tensor<?x64xf32>, tensor<64xf32>, tensor<192x64xf32>, tensor<192x64xf32>) -> tensor<?x192xf32>
    %88 = "hyena.weight"() {name = "blocks.3.mlp.l3.weight"} : () -> tensor<64x192xf32>
    %89 = "hyena.linear"(%87, %88) : (tensor<?x192xf32>, tensor<64x192xf32>) -> tensor<?x64xf32>
    %90 = "hyena.add"(%89, %83) : (tensor<?x64xf32>, tensor<?x64xf32>) -> tensor<?x64xf32>
    %91 = "hyena.weight"() {name = "norm.scale"} : () -> tensor<64xf32>
    %92 = "hyena.weight"() {name = "unembed.weight"} : () -> tensor<97x64xf32>
    %93 = "hyena.norm_linear"(%90, %91, %92) {eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = false} : (tensor<?x64xf32>, tensor<64xf32>, tensor<97x64xf32>) -> tensor<?x97xf32>
    return %93 : tensor<?x97xf32>
  }
}
