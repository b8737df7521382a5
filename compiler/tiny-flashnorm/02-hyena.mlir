// fixture: outputs logits
module {
  func.func @forward(%tokens: tensor<?xi64>) -> (tensor<?x50xf32>) {
    %0 = "hyena.weight"() {name = "embedding_layer.weight"} : () -> tensor<50x32xf32>
    %2 = "hyena.embedding"(%0, %tokens) : (tensor<50x32xf32>, tensor<?xi64>) -> tensor<?x32xf32>
    %3 = "hyena.weight"() {name = "blocks.0.pre_norm.scale"} : () -> tensor<32xf32>
    %4 = "hyena.weight"() {name = "blocks.0.projections.weight"} : () -> tensor<96x32xf32>
    %5 = "hyena.weight"() {name = "blocks.0.projections.bias"} : () -> tensor<96xf32>
    %6 = "hyena.norm_linear"(%2, %3, %4, %5) {eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = true} : (tensor<?x32xf32>, tensor<32xf32>, tensor<96x32xf32>, tensor<96xf32>) -> tensor<?x96xf32>
    %7 = "hyena.weight"() {name = "blocks.0.filter.short_filter_weight"} : () -> tensor<96x1x3xf32>
    %8 = "hyena.weight"() {name = "blocks.0.filter.short_filter_bias"} : () -> tensor<96xf32>
    %9 = "hyena.weight"() {name = "blocks.0.filter.D"} : () -> tensor<32xf32>
    %10 = "hyena.weight"() {name = "blocks.0.filter.poles"} : () -> tensor<32x4x1x2xf32>
    %11 = "hyena.weight"() {name = "blocks.0.filter.residues"} : () -> tensor<32x4x1x2xf32>
    %12 = "hyena.modal_filter"(%10, %11) {len = 40 : i64} : (tensor<32x4x1x2xf32>, tensor<32x4x1x2xf32>) -> tensor<32x40xf32>
    %13 = "hyena.hyena_conv"(%6, %7, %8, %9, %12) {algorithm = "direct", size = 0 : i64, kernel_size = 3 : i64, heads = 4 : i64, operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 0, 0>} : (tensor<?x96xf32>, tensor<96x1x3xf32>, tensor<96xf32>, tensor<32xf32>, tensor<32x40xf32>) -> tensor<?x32xf32>
    %14 = "hyena.weight"() {name = "blocks.0.out_filter_dense.weight"} : () -> tensor<32x32xf32>
    %15 = "hyena.weight"() {name = "blocks.0.out_filter_dense.bias"} : () -> tensor<32xf32>
    %16 = "hyena.linear"(%13, %14, %15) : (tensor<?x32xf32>, tensor<32x32xf32>, tensor<32xf32>) -> tensor<?x32xf32>
    %17 = "hyena.add"(%16, %2) : (tensor<?x32xf32>, tensor<?x32xf32>) -> tensor<?x32xf32>
    %18 = "hyena.weight"() {name = "blocks.0.post_norm.scale"} : () -> tensor<32xf32>
    %19 = "hyena.weight"() {name = "blocks.0.mlp.l1.weight"} : () -> tensor<128x32xf32>
    %20 = "hyena.weight"() {name = "blocks.0.mlp.l2.weight"} : () -> tensor<128x32xf32>
    %21 = "hyena.norm_gated_mlp_up"(%17, %18, %19, %20) {kind = "silu", eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = true} : (tensor<?x32xf32>, tensor<32xf32>, tensor<128x32xf32>, tensor<128x32xf32>) -> tensor<?x128xf32>
    %22 = "hyena.weight"() {name = "blocks.0.mlp.l3.weight"} : () -> tensor<32x128xf32>
    %23 = "hyena.linear"(%21, %22) : (tensor<?x128xf32>, tensor<32x128xf32>) -> tensor<?x32xf32>
    %24 = "hyena.add"(%23, %17) : (tensor<?x32xf32>, tensor<?x32xf32>) -> tensor<?x32xf32>
    %25 = "hyena.weight"() {name = "blocks.1.pre_norm.scale"} : () -> tensor<32xf32>
    %26 = "hyena.weight"() {name = "blocks.1.inner_mha_cls.Wqkv.weight"} : () -> tensor<64x32xf32>
    %27 = "hyena.norm_linear"(%24, %25, %26) {eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = true} : (tensor<?x32xf32>, tensor<32xf32>, tensor<64x32xf32>) -> tensor<?x64xf32>
    %28 = "hyena.slice"(%27) {start = 0 : i64, len = 32 : i64} : (tensor<?x64xf32>) -> tensor<?x32xf32>
    %29 = "hyena.rotary"(%28) {heads = 4 : i64, head_dim = 8 : i64, base = 1.00000000000000000e4 : f64, position_scale = 1.00000000000000000e0 : f64} : (tensor<?x32xf32>) -> tensor<?x32xf32>
    %30 = "hyena.slice"(%27) {start = 32 : i64, len = 16 : i64} : (tensor<?x64xf32>) -> tensor<?x16xf32>
    %31 = "hyena.rotary"(%30) {heads = 2 : i64, head_dim = 8 : i64, base = 1.00000000000000000e4 : f64, position_scale = 1.00000000000000000e0 : f64} : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %32 = "hyena.slice"(%27) {start = 48 : i64, len = 16 : i64} : (tensor<?x64xf32>) -> tensor<?x16xf32>
    %33 = "hyena.attention"(%29, %31, %32) {heads = 4 : i64, kv_heads = 2 : i64, head_dim = 8 : i64} : (tensor<?x32xf32>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x32xf32>
    %34 = "hyena.weight"() {name = "blocks.1.inner_mha_cls.out_proj.weight"} : () -> tensor<32x32xf32>
    %35 = "hyena.linear"(%33, %34) : (tensor<?x32xf32>, tensor<32x32xf32>) -> tensor<?x32xf32>
    %36 = "hyena.add"(%35, %24) : (tensor<?x32xf32>, tensor<?x32xf32>) -> tensor<?x32xf32>
    %37 = "hyena.weight"() {name = "blocks.1.post_norm.scale"} : () -> tensor<32xf32>
    %38 = "hyena.weight"() {name = "blocks.1.mlp.l1.weight"} : () -> tensor<128x32xf32>
    %39 = "hyena.weight"() {name = "blocks.1.mlp.l2.weight"} : () -> tensor<128x32xf32>
    %40 = "hyena.norm_gated_mlp_up"(%36, %37, %38, %39) {kind = "silu", eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = true} : (tensor<?x32xf32>, tensor<32xf32>, tensor<128x32xf32>, tensor<128x32xf32>) -> tensor<?x128xf32>
    %41 = "hyena.weight"() {name = "blocks.1.mlp.l3.weight"} : () -> tensor<32x128xf32>
    %42 = "hyena.linear"(%40, %41) : (tensor<?x128xf32>, tensor<32x128xf32>) -> tensor<?x32xf32>
    %43 = "hyena.add"(%42, %36) : (tensor<?x32xf32>, tensor<?x32xf32>) -> tensor<?x32xf32>
    %44 = "hyena.weight"() {name = "blocks.2.pre_norm.scale"} : () -> tensor<32xf32>
    %45 = "hyena.weight"() {name = "blocks.2.projections.weight"} : () -> tensor<96x32xf32>
    %46 = "hyena.weight"() {name = "blocks.2.projections.bias"} : () -> tensor<96xf32>
    %47 = "hyena.norm_linear"(%43, %44, %45, %46) {eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = true} : (tensor<?x32xf32>, tensor<32xf32>, tensor<96x32xf32>, tensor<96xf32>) -> tensor<?x96xf32>
    %48 = "hyena.weight"() {name = "blocks.2.filter.short_filter_weight"} : () -> tensor<96x1x3xf32>
    %49 = "hyena.weight"() {name = "blocks.2.filter.short_filter_bias"} : () -> tensor<96xf32>
    %50 = "hyena.weight"() {name = "blocks.2.filter.D"} : () -> tensor<32xf32>
    %51 = "hyena.weight"() {name = "blocks.2.filter.poles"} : () -> tensor<32x4x1x2xf32>
    %52 = "hyena.weight"() {name = "blocks.2.filter.residues"} : () -> tensor<32x4x1x2xf32>
    %53 = "hyena.modal_filter"(%51, %52) {len = 40 : i64} : (tensor<32x4x1x2xf32>, tensor<32x4x1x2xf32>) -> tensor<32x40xf32>
    %54 = "hyena.hyena_conv"(%47, %48, %49, %50, %53) {algorithm = "direct", size = 0 : i64, kernel_size = 3 : i64, heads = 4 : i64, operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 0, 0>} : (tensor<?x96xf32>, tensor<96x1x3xf32>, tensor<96xf32>, tensor<32xf32>, tensor<32x40xf32>) -> tensor<?x32xf32>
    %55 = "hyena.weight"() {name = "blocks.2.out_filter_dense.weight"} : () -> tensor<32x32xf32>
    %56 = "hyena.weight"() {name = "blocks.2.out_filter_dense.bias"} : () -> tensor<32xf32>
    %57 = "hyena.linear"(%54, %55, %56) : (tensor<?x32xf32>, tensor<32x32xf32>, tensor<32xf32>) -> tensor<?x32xf32>
    %58 = "hyena.add"(%57, %43) : (tensor<?x32xf32>, tensor<?x32xf32>) -> tensor<?x32xf32>
    %59 = "hyena.weight"() {name = "blocks.2.post_norm.scale"} : () -> tensor<32xf32>
    %60 = "hyena.weight"() {name = "blocks.2.mlp.l1.weight"} : () -> tensor<128x32xf32>
    %61 = "hyena.weight"() {name = "blocks.2.mlp.l2.weight"} : () -> tensor<128x32xf32>
    %62 = "hyena.norm_gated_mlp_up"(%58, %59, %60, %61) {kind = "silu", eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = true} : (tensor<?x32xf32>, tensor<32xf32>, tensor<128x32xf32>, tensor<128x32xf32>) -> tensor<?x128xf32>
    %63 = "hyena.weight"() {name = "blocks.2.mlp.l3.weight"} : () -> tensor<32x128xf32>
    %64 = "hyena.linear"(%62, %63) : (tensor<?x128xf32>, tensor<32x128xf32>) -> tensor<?x32xf32>
    %65 = "hyena.add"(%64, %58) : (tensor<?x32xf32>, tensor<?x32xf32>) -> tensor<?x32xf32>
    %66 = "hyena.weight"() {name = "blocks.3.pre_norm.scale"} : () -> tensor<32xf32>
    %67 = "hyena.weight"() {name = "blocks.3.inner_mha_cls.Wqkv.weight"} : () -> tensor<64x32xf32>
    %68 = "hyena.norm_linear"(%65, %66, %67) {eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = true} : (tensor<?x32xf32>, tensor<32xf32>, tensor<64x32xf32>) -> tensor<?x64xf32>
    %69 = "hyena.slice"(%68) {start = 0 : i64, len = 32 : i64} : (tensor<?x64xf32>) -> tensor<?x32xf32>
    %70 = "hyena.rotary"(%69) {heads = 4 : i64, head_dim = 8 : i64, base = 1.00000000000000000e4 : f64, position_scale = 1.00000000000000000e0 : f64} : (tensor<?x32xf32>) -> tensor<?x32xf32>
    %71 = "hyena.slice"(%68) {start = 32 : i64, len = 16 : i64} : (tensor<?x64xf32>) -> tensor<?x16xf32>
    %72 = "hyena.rotary"(%71) {heads = 2 : i64, head_dim = 8 : i64, base = 1.00000000000000000e4 : f64, position_scale = 1.00000000000000000e0 : f64} : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %73 = "hyena.slice"(%68) {start = 48 : i64, len = 16 : i64} : (tensor<?x64xf32>) -> tensor<?x16xf32>
    %74 = "hyena.attention"(%70, %72, %73) {heads = 4 : i64, kv_heads = 2 : i64, head_dim = 8 : i64} : (tensor<?x32xf32>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x32xf32>
    %75 = "hyena.weight"() {name = "blocks.3.inner_mha_cls.out_proj.weight"} : () -> tensor<32x32xf32>
    %76 = "hyena.linear"(%74, %75) : (tensor<?x32xf32>, tensor<32x32xf32>) -> tensor<?x32xf32>
    %77 = "hyena.add"(%76, %65) : (tensor<?x32xf32>, tensor<?x32xf32>) -> tensor<?x32xf32>
    %78 = "hyena.weight"() {name = "blocks.3.post_norm.scale"} : () -> tensor<32xf32>
    %79 = "hyena.weight"() {name = "blocks.3.mlp.l1.weight"} : () -> tensor<128x32xf32>
    %80 = "hyena.weight"() {name = "blocks.3.mlp.l2.weight"} : () -> tensor<128x32xf32>
    %81 = "hyena.norm_gated_mlp_up"(%77, %78, %79, %80) {kind = "silu", eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = true} : (tensor<?x32xf32>, tensor<32xf32>, tensor<128x32xf32>, tensor<128x32xf32>) -> tensor<?x128xf32>
    %82 = "hyena.weight"() {name = "blocks.3.mlp.l3.weight"} : () -> tensor<32x128xf32>
    %83 = "hyena.linear"(%81, %82) : (tensor<?x128xf32>, tensor<32x128xf32>) -> tensor<?x32xf32>
    %84 = "hyena.add"(%83, %77) : (tensor<?x32xf32>, tensor<?x32xf32>) -> tensor<?x32xf32>
    %85 = "hyena.weight"() {name = "norm.scale"} : () -> tensor<32xf32>
    %86 = "hyena.weight"() {name = "unembed.weight"} : () -> tensor<50x32xf32>
    %87 = "hyena.norm_linear"(%84, %85, %86) {eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = true} : (tensor<?x32xf32>, tensor<32xf32>, tensor<50x32xf32>) -> tensor<?x50xf32>
    return %87 : tensor<?x50xf32>
  }
}
