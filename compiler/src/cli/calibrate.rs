//! `hyenac calibrate`.

use super::*;

pub fn run() -> Result<()> {
    let m = crate::rewrite::calibrate::calibrate();
    println!("{}", serde_json::to_string_pretty(&m)?);
    Ok(())
}
