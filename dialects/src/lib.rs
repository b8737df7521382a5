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
pub fn operations() -> Vec<String> {
    HYENA_IRDL
        .lines()
        .filter_map(|l| l.trim().strip_prefix("irdl.operation @"))
        .filter_map(|l| l.split_whitespace().next())
        .map(|name| format!("hyena.{name}"))
        .collect()
}

/// Each operation's operands as the dialect declares them: `(full name, [(operand, optional)])`.
pub fn operand_lists() -> Vec<(String, Vec<(String, bool)>)> {
    let mut lists = Vec::new();
    let mut current: Option<String> = None;
    for line in HYENA_IRDL.lines().map(str::trim) {
        if let Some(rest) = line.strip_prefix("irdl.operation @") {
            current = rest.split_whitespace().next().map(|n| format!("hyena.{n}"));
            lists.push((current.clone().unwrap_or_default(), Vec::new()));
        } else if let (Some(args), Some(_)) = (line.strip_prefix("irdl.operands("), &current) {
            let operands = args
                .trim_end_matches(')')
                .split(',')
                .filter_map(|a| a.split_once(':'))
                .map(|(name, ty)| (name.trim().to_string(), ty.trim().starts_with("optional")))
                .collect();
            if let Some(last) = lists.last_mut() {
                last.1 = operands;
            }
        }
    }
    lists
}

#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum DialectError {
    #[error("the hyena IRDL definition does not parse")]
    Parse,
    #[error("MLIR refused to load the hyena IRDL dialect")]
    Load,
}

/// Registers the `hyena` dialect in `context` (which must have the `irdl` dialect loaded, as
/// `register_all_dialects` + `load_all_available_dialects` do). Idempotent.
///
/// The IRDL definition module backs the dialect's verifiers for as long as the context exists,
/// so it is deliberately never dropped (a few kilobytes per context): dropping it while the
/// context still uses the dialect would leave the verifiers dangling.
pub fn load_hyena_dialect(context: &Context) -> Result<(), DialectError> {
    if context.is_registered_operation("hyena.weight") {
        return Ok(());
    }
    let module = Module::parse(context, HYENA_IRDL).ok_or(DialectError::Parse)?;
    if !load_irdl_dialects(&module) {
        return Err(DialectError::Load);
    }
    std::mem::forget(module);
    Ok(())
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
func.func @block(%x: tensor<?x32xf32>) -> tensor<?x32xf32> {
  %s = "hyena.weight"() {name = "norm.scale"} : () -> tensor<32xf32>
  %y = "hyena.rms_norm"(%x, %s) {eps = 1.0e-05 : f64, eps_inside_sqrt = false}
     : (tensor<?x32xf32>, tensor<32xf32>) -> tensor<?x32xf32>
  return %y : tensor<?x32xf32>
}"#;

    #[test]
    fn dialect_loads_and_ops_are_registered() {
        let ctx = context();
        load_hyena_dialect(&ctx).unwrap();
        let ops = operations();
        assert_eq!(ops.len(), 35, "{ops:?}");
        for op in &ops {
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
        load_hyena_dialect(&ctx).unwrap();
        let no_attr = GOOD.replace(", eps_inside_sqrt = false", "");
        let bad = Module::parse(&ctx, &no_attr);
        assert!(bad.is_none_or(|m| !m.as_operation().verify()));
        let few = GOOD.replace("(%x, %s)", "(%x)").replace(
            "(tensor<?x32xf32>, tensor<32xf32>) ->",
            "(tensor<?x32xf32>) ->",
        );
        let bad = Module::parse(&ctx, &few);
        assert!(bad.is_none_or(|m| !m.as_operation().verify()));
    }
}
