//! The tokenizer an artifact carries, so that prompts can be text.
//!
//! Only the byte-level tokenizer of Evo 2 exists so far (vortex's `CharLevelTokenizer(512)`:
//! one id per UTF-8 byte); the compiler records it for StripedHyena 2 models. Artifacts without
//! a tokenizer take token ids only.

use serde::{Deserialize, Serialize};

use crate::RuntimeError;

/// How an artifact turns text into token ids and back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Tokenizer {
    /// One id per UTF-8 byte of the text (DNA `ACGT` is 65, 67, 71, 84). The model's vocabulary
    /// is larger than 256 (Evo 2: 512); ids of 256 and above never come from text.
    Bytes {
        /// The model's vocabulary size.
        vocab_size: usize,
    },
}

impl Tokenizer {
    /// The tokenizer's name, as `inspect` prints it.
    pub fn describe(&self) -> String {
        match self {
            Tokenizer::Bytes { vocab_size } => {
                format!("bytes (one id per UTF-8 byte; vocabulary {vocab_size})")
            }
        }
    }

    /// The ids of `text`.
    pub fn encode(&self, text: &str) -> Result<Vec<i64>, RuntimeError> {
        match self {
            Tokenizer::Bytes { vocab_size } => {
                if *vocab_size < 256 {
                    return Err(RuntimeError::Input(format!(
                        "the byte tokenizer needs a vocabulary of at least 256 ids, the model has {vocab_size}"
                    )));
                }
                Ok(text.bytes().map(i64::from).collect())
            }
        }
    }

    /// The text of `ids`. As vortex's `detokenize`, ids below 32 (control bytes; 0 is the
    /// end-of-document id) print as spaces; ids of 256 and above, which no byte gives, print
    /// as U+FFFD; byte sequences that are not UTF-8 are replaced the same way.
    pub fn decode(&self, ids: &[i64]) -> String {
        match self {
            Tokenizer::Bytes { .. } => {
                let mut out = String::new();
                let mut bytes = Vec::new();
                let flush = |bytes: &mut Vec<u8>, out: &mut String| {
                    out.push_str(&String::from_utf8_lossy(bytes));
                    bytes.clear();
                };
                for &id in ids {
                    match id {
                        0..=31 => bytes.push(b' '),
                        32..=255 => bytes.push(id as u8),
                        _ => {
                            flush(&mut bytes, &mut out);
                            out.push(char::REPLACEMENT_CHARACTER);
                        }
                    }
                }
                flush(&mut bytes, &mut out);
                out
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_encode_dna_and_utf8_as_bytes() {
        let t = Tokenizer::Bytes { vocab_size: 512 };
        assert_eq!(t.encode("ACGT").unwrap(), vec![65, 67, 71, 84]);
        // 'é' is two UTF-8 bytes.
        assert_eq!(t.encode("é|").unwrap(), vec![0xc3, 0xa9, 124]);
        assert!(t.encode("").unwrap().is_empty());
    }

    #[test]
    fn bytes_decode_inverts_encode_and_maps_controls_and_large_ids() {
        let t = Tokenizer::Bytes { vocab_size: 512 };
        let s = "ACGTN|D__BACTERIA;é";
        assert_eq!(t.decode(&t.encode(s).unwrap()), s);
        assert_eq!(t.decode(&[65, 0, 10, 67]), "A  C");
        assert_eq!(t.decode(&[65, 300, 67]), "A\u{fffd}C");
        // A lone continuation byte is not UTF-8.
        assert_eq!(t.decode(&[0xa9]), "\u{fffd}");
    }

    #[test]
    fn bytes_need_a_vocabulary_of_256() {
        let t = Tokenizer::Bytes { vocab_size: 64 };
        let e = t.encode("A").unwrap_err().to_string();
        assert!(e.contains("at least 256") && e.contains("64"), "{e}");
    }
}
