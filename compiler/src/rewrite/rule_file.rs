//! User rule files for `--rules FILE`: one rule per line, `name: lhs => rhs`, in egg's pattern
//! syntax; `#` starts a comment. Errors name the line.
//!
//! ```text
//! # keep the RMSNorm separate from the linear, but fuse it into the MLP
//! my-norm-mlp: (gated_mlp_up ?k (rms_norm ?s ?e ?x ?g) ?w1 ?w2) => (norm_gated_mlp_up ?s ?e ?k ?x ?g ?w1 ?w2)
//! ```

use egg::Rewrite;

use super::analysis::TypeAnalysis;
use super::lang::HyenaLang;
use super::rules::parse_rule;

/// Parses a rule file.
pub fn parse_rules(
    text: &str,
    file: &str,
) -> Result<Vec<Rewrite<HyenaLang, TypeAnalysis>>, String> {
    let mut rules = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let at = |msg: String| format!("{file}:{}: {msg}", i + 1);
        let (name, rest) = line
            .split_once(':')
            .ok_or_else(|| at("expected `name: lhs => rhs`".into()))?;
        let (lhs, rhs) = rest
            .split_once("=>")
            .ok_or_else(|| at("expected `=>` between the two patterns".into()))?;
        let name = name.trim();
        if name.is_empty() || name.contains(char::is_whitespace) {
            return Err(at(format!("invalid rule name `{name}`")));
        }
        for side in [lhs, rhs] {
            check_operations(side).map_err(&at)?;
        }
        rules.push(parse_rule(name, lhs.trim(), rhs.trim()).map_err(&at)?);
    }
    Ok(rules)
}

/// The number of children of operation `op` in the e-graph language (attribute leaves count),
/// asked of the language itself: `None` when it has no such operation.
pub fn arity(op: &str) -> Option<usize> {
    use egg::FromOp;
    // The language accepts exactly one child count per operation name; with no children any
    // name also parses as a leaf symbol, which is not an operation.
    (0..=16).find(|&n| {
        matches!(
            HyenaLang::from_op(op, vec![egg::Id::from(0usize); n]),
            Ok(node) if !matches!(node, HyenaLang::Num(_) | HyenaLang::Symbol(_))
        )
    })
}

/// Every `(op …)` must name a known operation with its arity: egg would otherwise read an
/// unknown name as a symbol or fail with a generic message.
fn check_operations(pattern: &str) -> Result<(), String> {
    let spaced = pattern.replace('(', " ( ").replace(')', " ) ");
    let tokens: Vec<&str> = spaced.split_whitespace().collect();
    let mut stack: Vec<(String, usize)> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match tokens[i] {
            "(" => {
                let op = tokens.get(i + 1).copied().unwrap_or(")");
                if op == "(" || op == ")" {
                    return Err("`(` must be followed by an operation name".into());
                }
                if arity(op).is_none() {
                    return Err(format!("unknown operation `{op}`"));
                }
                if let Some(top) = stack.last_mut() {
                    top.1 += 1;
                }
                stack.push((op.to_string(), 0));
                i += 2;
                continue;
            }
            ")" => {
                let (op, n) = stack.pop().ok_or("unbalanced `)`")?;
                let want = arity(&op).unwrap_or(0);
                if n != want {
                    return Err(format!("`{op}` takes {want} operands, found {n}"));
                }
            }
            _ => {
                if let Some(top) = stack.last_mut() {
                    top.1 += 1;
                }
            }
        }
        i += 1;
    }
    if !stack.is_empty() {
        return Err("unbalanced `(`".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rules_and_reports_lines() {
        let ok = "# comment\n\nmine: (linear (rms_norm ?s ?e ?x ?g) ?w ?b) => (norm_linear ?s ?e ?x ?g ?w ?b)\n";
        assert_eq!(parse_rules(ok, "r.txt").unwrap().len(), 1);
        let err = parse_rules("\nbad: (frobnicate ?x) => ?x\n", "r.txt").unwrap_err();
        assert_eq!(err, "r.txt:2: unknown operation `frobnicate`");
        let err = parse_rules("x: (linear ?x ?w) => ?x", "r.txt").unwrap_err();
        assert_eq!(err, "r.txt:1: `linear` takes 3 operands, found 2");
        let err = parse_rules("x: (linear ?x ?w ?b)", "r.txt").unwrap_err();
        assert!(err.contains("expected `=>`"), "{err}");
        let err = parse_rules("x: (linear ?x ?w ?b => ?x", "r.txt").unwrap_err();
        assert!(err.contains("unbalanced"), "{err}");
        // The right-hand side may only use variables bound on the left.
        let err = parse_rules("x: (d_skip ?u ?d) => ?z", "r.txt").unwrap_err();
        assert!(err.starts_with("r.txt:1:"), "{err}");
    }
}
