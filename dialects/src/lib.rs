//! The `hyena` MLIR dialect: its IRDL definition and loading it into a melior context.
//!
//! IRDL dialects are dynamic: they have no custom assembly format, so hyena operations print and
//! parse in the generic form `"hyena.gated_conv"(...) {...} : (...) -> ...`, and the verifier
//! checks operand counts, base types and attributes as declared in `hyena.irdl.mlir`.

use melior::ir::Module;
use melior::utility::load_irdl_dialects;
use melior::Context;
use thiserror::Error;

/// The dialect definition (IRDL).
pub const HYENA_IRDL: &str = include_str!("hyena.irdl.mlir");

/// Operations the dialect defines, by full name.
pub const OPERATIONS: &[&str] = &[
    "hyena.gated_conv",
    "hyena.short_conv",
    "hyena.rms_norm",
    "hyena.attention",
];

#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum DialectError {
    #[error("the hyena IRDL definition does not parse")]
    Parse,
    #[error("MLIR refused to load the hyena IRDL dialect")]
    Load,
}

/// A loaded `hyena` dialect. The IRDL module backs the dialect's verifiers, so it must live as
/// long as the context uses the dialect.
pub struct HyenaDialect<'c> {
    _definition: Module<'c>,
}

/// Registers the `hyena` dialect in `context` (which must have the `irdl` dialect loaded, as
/// `register_all_dialects` + `load_all_available_dialects` do).
pub fn load_hyena_dialect(context: &Context) -> Result<HyenaDialect<'_>, DialectError> {
    let module = Module::parse(context, HYENA_IRDL).ok_or(DialectError::Parse)?;
    if !load_irdl_dialects(&module) {
        return Err(DialectError::Load);
    }
    Ok(HyenaDialect {
        _definition: module,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use melior::dialect::DialectRegistry;
    use melior::ir::operation::OperationLike;
    use melior::utility::register_all_dialects;

    fn context() -> Context {
        let registry = DialectRegistry::new();
        register_all_dialects(&registry);
        let ctx = Context::new();
        ctx.append_dialect_registry(&registry);
        ctx.load_all_available_dialects();
        ctx
    }

    const GOOD: &str = r#"
func.func @block(%x2: tensor<?x32xf32>, %x1: tensor<?x32xf32>, %v: tensor<?x32xf32>,
                 %h: tensor<32x?xf32>, %d: tensor<32xf32>) -> tensor<?x32xf32> {
  %y = "hyena.gated_conv"(%x2, %x1, %v, %h, %d) {algorithm = "fft", fft_size = 128 : i64}
     : (tensor<?x32xf32>, tensor<?x32xf32>, tensor<?x32xf32>, tensor<32x?xf32>, tensor<32xf32>) -> tensor<?x32xf32>
  return %y : tensor<?x32xf32>
}"#;

    #[test]
    fn dialect_loads_and_ops_are_registered() {
        let ctx = context();
        let _d = load_hyena_dialect(&ctx).unwrap();
        for op in OPERATIONS {
            assert!(ctx.is_registered_operation(op), "{op}");
        }
        let m = Module::parse(&ctx, GOOD).expect("parses");
        assert!(m.as_operation().verify());
        // Printed IR parses back to the same text.
        let printed = m.as_operation().to_string();
        let again = Module::parse(&ctx, &printed).expect("round trip");
        assert_eq!(again.as_operation().to_string(), printed);
    }

    #[test]
    fn verifier_rejects_missing_attribute_and_operand() {
        let ctx = context();
        let _d = load_hyena_dialect(&ctx).unwrap();
        let no_attr = GOOD.replace(", fft_size = 128 : i64", "");
        let bad = Module::parse(&ctx, &no_attr);
        assert!(bad.is_none_or(|m| !m.as_operation().verify()));
        let few = GOOD
            .replace("(%x2, %x1, %v, %h, %d)", "(%x2, %x1, %v, %h)")
            .replace(", tensor<32xf32>) ->", ") ->");
        let bad = Module::parse(&ctx, &few);
        assert!(bad.is_none_or(|m| !m.as_operation().verify()));
    }
}
