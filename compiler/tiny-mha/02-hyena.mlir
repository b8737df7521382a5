// fixture: outputs logits
module {
  func.func @forward(%tokens: tensor<?xi64>) -> (tensor<?x61xf32>) {
    %0 = "hyena.weight"() {name = "embedding_layer.weight"} : () -> tensor<61x48xf32>
    %2 = "hyena.embedding"(%0, %tokens) : (tensor<61x48xf32>, tensor<?xi64>) -> tensor<?x48xf32>
    %3 = "hyena.weight"() {name = "blocks.0.pre_norm.scale"} : () -> tensor<48xf32>
    %4 = "hyena.weight"() {name = "blocks.0.projections.weight"} : () -> tensor<144x48xf32>
    %5 = "hyena.weight"() {name = "blocks.0.projections.bias"} : () -> tensor<144xf32>
    %6 = "hyena.norm_linear"(%2, %3, %4, %5) {eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = false} : (tensor<?x48xf32>, tensor<48xf32>, tensor<144x48xf32>, tensor<144xf32>) -> tensor<?x144xf32>
    %7 = "hyena.weight"() {name = "blocks.0.filter.short_filter_weight"} : () -> tensor<144x1x4xf32>
    %8 = "hyena.weight"() {name = "blocks.0.filter.short_filter_bias"} : () -> tensor<144xf32>
    %9 = "hyena.weight"() {name = "blocks.0.filter.D"} : () -> tensor<48xf32>
    %10 = "hyena.weight"() {name = "blocks.0.filter.poles"} : () -> tensor<48x2x1x2xf32>
    %11 = "hyena.weight"() {name = "blocks.0.filter.residues"} : () -> tensor<48x2x1x2xf32>
    %12 = "hyena.modal_filter"(%10, %11) {len = 48 : i64} : (tensor<48x2x1x2xf32>, tensor<48x2x1x2xf32>) -> tensor<48x48xf32>
    %13 = "hyena.hyena_conv"(%6, %7, %8, %9, %12, %10, %11) {algorithm = "block", size = 16 : i64, kernel_size = 4 : i64, heads = 0 : i64, operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 1, 1>} : (tensor<?x144xf32>, tensor<144x1x4xf32>, tensor<144xf32>, tensor<48xf32>, tensor<48x48xf32>, tensor<48x2x1x2xf32>, tensor<48x2x1x2xf32>) -> tensor<?x48xf32>
    %14 = "hyena.weight"() {name = "blocks.0.out_filter_dense.weight"} : () -> tensor<48x48xf32>
    %15 = "hyena.weight"() {name = "blocks.0.out_filter_dense.bias"} : () -> tensor<48xf32>
    %16 = "hyena.linear"(%13, %14, %15) : (tensor<?x48xf32>, tensor<48x48xf32>, tensor<48xf32>) -> tensor<?x48xf32>
    %17 = "hyena.add"(%16, %2) : (tensor<?x48xf32>, tensor<?x48xf32>) -> tensor<?x48xf32>
    %18 = "hyena.weight"() {name = "blocks.0.post_norm.scale"} : () -> tensor<48xf32>
    %19 = "hyena.weight"() {name = "blocks.0.mlp.l1.weight"} : () -> tensor<80x48xf32>
    %20 = "hyena.weight"() {name = "blocks.0.mlp.l2.weight"} : () -> tensor<80x48xf32>
    %21 = "hyena.norm_gated_mlp_up"(%17, %18, %19, %20) {kind = "gelu", eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = false} : (tensor<?x48xf32>, tensor<48xf32>, tensor<80x48xf32>, tensor<80x48xf32>) -> tensor<?x80xf32>
    %22 = "hyena.weight"() {name = "blocks.0.mlp.l3.weight"} : () -> tensor<48x80xf32>
    %23 = "hyena.linear"(%21, %22) : (tensor<?x80xf32>, tensor<48x80xf32>) -> tensor<?x48xf32>
    %24 = "hyena.add"(%23, %17) : (tensor<?x48xf32>, tensor<?x48xf32>) -> tensor<?x48xf32>
    %25 = "hyena.weight"() {name = "blocks.1.pre_norm.scale"} : () -> tensor<48xf32>
    %26 = "hyena.weight"() {name = "blocks.1.projections.weight"} : () -> tensor<144x48xf32>
    %27 = "hyena.weight"() {name = "blocks.1.projections.bias"} : () -> tensor<144xf32>
    %28 = "hyena.norm_linear"(%24, %25, %26, %27) {eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = false} : (tensor<?x48xf32>, tensor<48xf32>, tensor<144x48xf32>, tensor<144xf32>) -> tensor<?x144xf32>
    %29 = "hyena.weight"() {name = "blocks.1.filter.short_filter_weight"} : () -> tensor<144x1x4xf32>
    %30 = "hyena.weight"() {name = "blocks.1.filter.short_filter_bias"} : () -> tensor<144xf32>
    %31 = "hyena.weight"() {name = "blocks.1.filter.D"} : () -> tensor<48xf32>
    %32 = "hyena.weight"() {name = "blocks.1.filter.poles"} : () -> tensor<48x2x1x2xf32>
    %33 = "hyena.weight"() {name = "blocks.1.filter.residues"} : () -> tensor<48x2x1x2xf32>
    %34 = "hyena.modal_filter"(%32, %33) {len = 48 : i64} : (tensor<48x2x1x2xf32>, tensor<48x2x1x2xf32>) -> tensor<48x48xf32>
    %35 = "hyena.hyena_conv"(%28, %29, %30, %31, %34, %32, %33) {algorithm = "block", size = 16 : i64, kernel_size = 4 : i64, heads = 0 : i64, operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 1, 1>} : (tensor<?x144xf32>, tensor<144x1x4xf32>, tensor<144xf32>, tensor<48xf32>, tensor<48x48xf32>, tensor<48x2x1x2xf32>, tensor<48x2x1x2xf32>) -> tensor<?x48xf32>
    %36 = "hyena.weight"() {name = "blocks.1.out_filter_dense.weight"} : () -> tensor<48x48xf32>
    %37 = "hyena.weight"() {name = "blocks.1.out_filter_dense.bias"} : () -> tensor<48xf32>
    %38 = "hyena.linear"(%35, %36, %37) : (tensor<?x48xf32>, tensor<48x48xf32>, tensor<48xf32>) -> tensor<?x48xf32>
    %39 = "hyena.add"(%38, %24) : (tensor<?x48xf32>, tensor<?x48xf32>) -> tensor<?x48xf32>
    %40 = "hyena.weight"() {name = "blocks.1.post_norm.scale"} : () -> tensor<48xf32>
    %41 = "hyena.weight"() {name = "blocks.1.mlp.l1.weight"} : () -> tensor<80x48xf32>
    %42 = "hyena.weight"() {name = "blocks.1.mlp.l2.weight"} : () -> tensor<80x48xf32>
    %43 = "hyena.norm_gated_mlp_up"(%39, %40, %41, %42) {kind = "gelu", eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = false} : (tensor<?x48xf32>, tensor<48xf32>, tensor<80x48xf32>, tensor<80x48xf32>) -> tensor<?x80xf32>
    %44 = "hyena.weight"() {name = "blocks.1.mlp.l3.weight"} : () -> tensor<48x80xf32>
    %45 = "hyena.linear"(%43, %44) : (tensor<?x80xf32>, tensor<48x80xf32>) -> tensor<?x48xf32>
    %46 = "hyena.add"(%45, %39) : (tensor<?x48xf32>, tensor<?x48xf32>) -> tensor<?x48xf32>
    %47 = "hyena.weight"() {name = "blocks.2.pre_norm.scale"} : () -> tensor<48xf32>
    %48 = "hyena.weight"() {name = "blocks.2.inner_mha_cls.Wqkv.weight"} : () -> tensor<144x48xf32>
    %49 = "hyena.weight"() {name = "blocks.2.inner_mha_cls.Wqkv.bias"} : () -> tensor<144xf32>
    %50 = "hyena.norm_linear"(%46, %47, %48, %49) {eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = false} : (tensor<?x48xf32>, tensor<48xf32>, tensor<144x48xf32>, tensor<144xf32>) -> tensor<?x144xf32>
    %51 = "hyena.slice"(%50) {start = 0 : i64, len = 48 : i64} : (tensor<?x144xf32>) -> tensor<?x48xf32>
    %52 = "hyena.rotary"(%51) {heads = 6 : i64, head_dim = 8 : i64, base = 5.00000000000000000e5 : f64, position_scale = 1.00000000000000000e0 : f64} : (tensor<?x48xf32>) -> tensor<?x48xf32>
    %53 = "hyena.slice"(%50) {start = 48 : i64, len = 48 : i64} : (tensor<?x144xf32>) -> tensor<?x48xf32>
    %54 = "hyena.rotary"(%53) {heads = 6 : i64, head_dim = 8 : i64, base = 5.00000000000000000e5 : f64, position_scale = 1.00000000000000000e0 : f64} : (tensor<?x48xf32>) -> tensor<?x48xf32>
    %55 = "hyena.slice"(%50) {start = 96 : i64, len = 48 : i64} : (tensor<?x144xf32>) -> tensor<?x48xf32>
    %56 = "hyena.attention"(%52, %54, %55) {heads = 6 : i64, kv_heads = 6 : i64, head_dim = 8 : i64} : (tensor<?x48xf32>, tensor<?x48xf32>, tensor<?x48xf32>) -> tensor<?x48xf32>
    %57 = "hyena.weight"() {name = "blocks.2.inner_mha_cls.out_proj.weight"} : () -> tensor<48x48xf32>
    %58 = "hyena.weight"() {name = "blocks.2.inner_mha_cls.out_proj.bias"} : () -> tensor<48xf32>
    %59 = "hyena.linear"(%56, %57, %58) : (tensor<?x48xf32>, tensor<48x48xf32>, tensor<48xf32>) -> tensor<?x48xf32>
    %60 = "hyena.add"(%59, %46) : (tensor<?x48xf32>, tensor<?x48xf32>) -> tensor<?x48xf32>
    %61 = "hyena.weight"() {name = "blocks.2.post_norm.scale"} : () -> tensor<48xf32>
    %62 = "hyena.weight"() {name = "blocks.2.mlp.l1.weight"} : () -> tensor<80x48xf32>
    %63 = "hyena.weight"() {name = "blocks.2.mlp.l2.weight"} : () -> tensor<80x48xf32>
    %64 = "hyena.norm_gated_mlp_up"(%60, %61, %62, %63) {kind = "gelu", eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = false} : (tensor<?x48xf32>, tensor<48xf32>, tensor<80x48xf32>, tensor<80x48xf32>) -> tensor<?x80xf32>
    %65 = "hyena.weight"() {name = "blocks.2.mlp.l3.weight"} : () -> tensor<48x80xf32>
    %66 = "hyena.linear"(%64, %65) : (tensor<?x80xf32>, tensor<48x80xf32>) -> tensor<?x48xf32>
    %67 = "hyena.add"(%66, %60) : (tensor<?x48xf32>, tensor<?x48xf32>) -> tensor<?x48xf32>
    %68 = "hyena.weight"() {name = "blocks.3.pre_norm.scale"} : () -> tensor<48xf32>
    %69 = "hyena.weight"() {name = "blocks.3.projections.weight"} : () -> tensor<144x48xf32>
    %70 = "hyena.weight"() {name = "blocks.3.projections.bias"} : () -> tensor<144xf32>
    %71 = "hyena.norm_linear"(%67, %68, %69, %70) {eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = false} : (tensor<?x48xf32>, tensor<48xf32>, tensor<144x48xf32>, tensor<144xf32>) -> tensor<?x144xf32>
    %72 = "hyena.weight"() {name = "blocks.3.filter.short_filter_weight"} : () -> tensor<144x1x4xf32>
    %73 = "hyena.weight"() {name = "blocks.3.filter.short_filter_bias"} : () -> tensor<144xf32>
    %74 = "hyena.weight"() {name = "blocks.3.filter.D"} : () -> tensor<48xf32>
    %75 = "hyena.weight"() {name = "blocks.3.filter.poles"} : () -> tensor<48x2x1x2xf32>
    %76 = "hyena.weight"() {name = "blocks.3.filter.residues"} : () -> tensor<48x2x1x2xf32>
    %77 = "hyena.modal_filter"(%75, %76) {len = 48 : i64} : (tensor<48x2x1x2xf32>, tensor<48x2x1x2xf32>) -> tensor<48x48xf32>
    %78 = "hyena.hyena_conv"(%71, %72, %73, %74, %77, %75, %76) {algorithm = "block", size = 16 : i64, kernel_size = 4 : i64, heads = 0 : i64, operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 1, 1>} : (tensor<?x144xf32>, tensor<144x1x4xf32>, tensor<144xf32>, tensor<48xf32>, tensor<48x48xf32>, tensor<48x2x1x2xf32>, tensor<48x2x1x2xf32>) -> tensor<?x48xf32>
    %79 = "hyena.weight"() {name = "blocks.3.out_filter_dense.weight"} : () -> tensor<48x48xf32>
    %80 = "hyena.weight"() {name = "blocks.3.out_filter_dense.bias"} : () -> tensor<48xf32>
    %81 = "hyena.linear"(%78, %79, %80) : (tensor<?x48xf32>, tensor<48x48xf32>, tensor<48xf32>) -> tensor<?x48xf32>
    %82 = "hyena.add"(%81, %67) : (tensor<?x48xf32>, tensor<?x48xf32>) -> tensor<?x48xf32>
    %83 = "hyena.weight"() {name = "blocks.3.post_norm.scale"} : () -> tensor<48xf32>
    %84 = "hyena.weight"() {name = "blocks.3.mlp.l1.weight"} : () -> tensor<80x48xf32>
    %85 = "hyena.weight"() {name = "blocks.3.mlp.l2.weight"} : () -> tensor<80x48xf32>
    %86 = "hyena.norm_gated_mlp_up"(%82, %83, %84, %85) {kind = "gelu", eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = false} : (tensor<?x48xf32>, tensor<48xf32>, tensor<80x48xf32>, tensor<80x48xf32>) -> tensor<?x80xf32>
    %87 = "hyena.weight"() {name = "blocks.3.mlp.l3.weight"} : () -> tensor<48x80xf32>
    %88 = "hyena.linear"(%86, %87) : (tensor<?x80xf32>, tensor<48x80xf32>) -> tensor<?x48xf32>
    %89 = "hyena.add"(%88, %82) : (tensor<?x48xf32>, tensor<?x48xf32>) -> tensor<?x48xf32>
    %90 = "hyena.weight"() {name = "blocks.4.pre_norm.scale"} : () -> tensor<48xf32>
    %91 = "hyena.weight"() {name = "blocks.4.projections.weight"} : () -> tensor<144x48xf32>
    %92 = "hyena.weight"() {name = "blocks.4.projections.bias"} : () -> tensor<144xf32>
    %93 = "hyena.norm_linear"(%89, %90, %91, %92) {eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = false} : (tensor<?x48xf32>, tensor<48xf32>, tensor<144x48xf32>, tensor<144xf32>) -> tensor<?x144xf32>
    %94 = "hyena.weight"() {name = "blocks.4.filter.short_filter_weight"} : () -> tensor<144x1x4xf32>
    %95 = "hyena.weight"() {name = "blocks.4.filter.short_filter_bias"} : () -> tensor<144xf32>
    %96 = "hyena.weight"() {name = "blocks.4.filter.D"} : () -> tensor<48xf32>
    %97 = "hyena.weight"() {name = "blocks.4.filter.poles"} : () -> tensor<48x2x1x2xf32>
    %98 = "hyena.weight"() {name = "blocks.4.filter.residues"} : () -> tensor<48x2x1x2xf32>
    %99 = "hyena.modal_filter"(%97, %98) {len = 48 : i64} : (tensor<48x2x1x2xf32>, tensor<48x2x1x2xf32>) -> tensor<48x48xf32>
    %100 = "hyena.hyena_conv"(%93, %94, %95, %96, %99, %97, %98) {algorithm = "block", size = 16 : i64, kernel_size = 4 : i64, heads = 0 : i64, operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 1, 1>} : (tensor<?x144xf32>, tensor<144x1x4xf32>, tensor<144xf32>, tensor<48xf32>, tensor<48x48xf32>, tensor<48x2x1x2xf32>, tensor<48x2x1x2xf32>) -> tensor<?x48xf32>
    %101 = "hyena.weight"() {name = "blocks.4.out_filter_dense.weight"} : () -> tensor<48x48xf32>
    %102 = "hyena.weight"() {name = "blocks.4.out_filter_dense.bias"} : () -> tensor<48xf32>
    %103 = "hyena.linear"(%100, %101, %102) : (tensor<?x48xf32>, tensor<48x48xf32>, tensor<48xf32>) -> tensor<?x48xf32>
    %104 = "hyena.add"(%103, %89) : (tensor<?x48xf32>, tensor<?x48xf32>) -> tensor<?x48xf32>
    %105 = "hyena.weight"() {name = "blocks.4.post_norm.scale"} : () -> tensor<48xf32>
    %106 = "hyena.weight"() {name = "blocks.4.mlp.l1.weight"} : () -> tensor<80x48xf32>
    %107 = "hyena.weight"() {name = "blocks.4.mlp.l2.weight"} : () -> tensor<80x48xf32>
    %108 = "hyena.norm_gated_mlp_up"(%104, %105, %106, %107) {kind = "gelu", eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = false} : (tensor<?x48xf32>, tensor<48xf32>, tensor<80x48xf32>, tensor<80x48xf32>) -> tensor<?x80xf32>
    %109 = "hyena.weight"() {name = "blocks.4.mlp.l3.weight"} : () -> tensor<48x80xf32>
    %110 = "hyena.linear"(%108, %109) : (tensor<?x80xf32>, tensor<48x80xf32>) -> tensor<?x48xf32>
    %111 = "hyena.add"(%110, %104) : (tensor<?x48xf32>, tensor<?x48xf32>) -> tensor<?x48xf32>
    %112 = "hyena.weight"() {name = "norm.scale"} : () -> tensor<48xf32>
    %113 = "hyena.norm_linear"(%111, %112, %0) {eps = 1.00000000000000008e-5 : f64, eps_inside_sqrt = false} : (tensor<?x48xf32>, tensor<48xf32>, tensor<61x48xf32>) -> tensor<?x61xf32>
    return %113 : tensor<?x61xf32>
  }
}
