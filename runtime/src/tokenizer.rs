//! The tokenizer an artifact carries, so that prompts and outputs can be text.
//!
//! Three kinds (design/ecosystem.md §1):
//! - [`Tokenizer::Bytes`]: Evo 2's byte-level tokenizer (vortex's `CharLevelTokenizer(512)`: one
//!   id per UTF-8 byte), recorded for StripedHyena 2 models;
//! - [`Tokenizer::Characters`]: HyenaDNA's `CharacterTokenizer` (`[CLS] [SEP] [BOS] [MASK]
//!   [PAD] [RESERVED] [UNK]`, then one id per character of `ACGTN`), recorded for HyenaDNA;
//! - [`Tokenizer::HuggingFace`]: a Hugging Face `tokenizer.json` embedded verbatim
//!   (`hyenac compile --tokenizer`; StripedHyena's BPE with byte fallback), run by the
//!   `tokenizers` crate (pure Rust: no network, no C).
//!
//! Artifacts without a tokenizer take token ids only.

use std::sync::Arc;

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
    /// One id per character of `alphabet`, from `first_id` on; any other character is
    /// `unk_id` (case-sensitive, as upstream: soft-masked lowercase bases are unknown). Ids
    /// below `first_id` are specials.
    Characters {
        /// The characters, in id order (HyenaDNA: `ACGTN`).
        alphabet: String,
        /// The id of the first character (HyenaDNA: 7).
        first_id: i64,
        /// The id of characters outside the alphabet (HyenaDNA: `[UNK]` = 6).
        unk_id: i64,
        /// The end-of-sequence id (HyenaDNA: `[SEP]` = 1), appended by [`Tokenizer::encode`]
        /// as upstream's `__call__` does.
        eos_id: i64,
        /// The model's vocabulary size (rows of its embedding, padding included).
        vocab_size: usize,
    },
    /// A Hugging Face tokenizer file.
    HuggingFace {
        /// The file, kept verbatim and parsed once.
        file: HfTokenizer,
        /// The end-of-sequence id, when the file names one (`</s>`, `<|endoftext|>`, `<eos>`).
        eos_id: Option<i64>,
    },
}

/// A Hugging Face `tokenizer.json`: its text (what the artifact stores) and the parsed
/// tokenizer (built when read).
#[derive(Clone)]
pub struct HfTokenizer {
    json: String,
    inner: Arc<tokenizers::Tokenizer>,
}

impl HfTokenizer {
    /// Parses a `tokenizer.json`.
    pub fn from_json(json: String) -> Result<HfTokenizer, String> {
        let inner =
            tokenizers::Tokenizer::from_bytes(json.as_bytes()).map_err(|e| e.to_string())?;
        Ok(HfTokenizer {
            json,
            inner: Arc::new(inner),
        })
    }

    /// The ids of the tokenizer's vocabulary, added tokens included.
    pub fn vocab_size(&self) -> usize {
        self.inner.get_vocab_size(true)
    }

    /// The id of `token`, if it is in the vocabulary.
    pub fn token_id(&self, token: &str) -> Option<i64> {
        self.inner.token_to_id(token).map(i64::from)
    }

    /// What the file names its model (`BPE`, `Unigram`, …).
    fn model_kind(&self) -> String {
        let v: serde_json::Value = serde_json::from_str(&self.json).unwrap_or_default();
        v["model"]["type"].as_str().unwrap_or("unknown").to_string()
    }
}

impl std::fmt::Debug for HfTokenizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "HfTokenizer({} bytes)", self.json.len())
    }
}

impl PartialEq for HfTokenizer {
    fn eq(&self, other: &Self) -> bool {
        self.json == other.json
    }
}
impl Eq for HfTokenizer {}

impl Serialize for HfTokenizer {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.json)
    }
}

impl<'de> Deserialize<'de> for HfTokenizer {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let json = String::deserialize(d)?;
        HfTokenizer::from_json(json)
            .map_err(|e| serde::de::Error::custom(format!("the embedded tokenizer: {e}")))
    }
}

/// End-of-sequence tokens a Hugging Face file may name, in the order they are looked for.
const EOS_TOKENS: [&str; 4] = ["</s>", "<|endoftext|>", "<eos>", "<|eos|>"];

impl Tokenizer {
    /// HyenaDNA's character tokenizer (`A`=7 … `N`=11, `[UNK]`=6, `[SEP]`=1) for a model of
    /// `vocab_size` embedding rows.
    pub fn hyenadna(vocab_size: usize) -> Tokenizer {
        Tokenizer::Characters {
            alphabet: "ACGTN".into(),
            first_id: 7,
            unk_id: 6,
            eos_id: 1,
            vocab_size,
        }
    }

    /// A Hugging Face `tokenizer.json` for a model of `vocab_size` ids: refused when the file
    /// cannot be parsed or gives ids the model does not have.
    pub fn from_hf_json(json: String, vocab_size: usize) -> Result<Tokenizer, String> {
        let file = HfTokenizer::from_json(json)?;
        if file.vocab_size() > vocab_size {
            return Err(format!(
                "the tokenizer has {} ids, the model's vocabulary only {vocab_size}",
                file.vocab_size()
            ));
        }
        let eos_id = EOS_TOKENS.iter().find_map(|t| file.token_id(t));
        Ok(Tokenizer::HuggingFace { file, eos_id })
    }

    /// The tokenizer's name, as `inspect` prints it.
    pub fn describe(&self) -> String {
        match self {
            Tokenizer::Bytes { vocab_size } => {
                format!("bytes (one id per UTF-8 byte; vocabulary {vocab_size})")
            }
            Tokenizer::Characters {
                alphabet,
                first_id,
                unk_id,
                eos_id,
                ..
            } => format!(
                "characters `{alphabet}` from id {first_id} (unknown {unk_id}, end of sequence {eos_id})"
            ),
            Tokenizer::HuggingFace { file, eos_id } => format!(
                "Hugging Face tokenizer.json ({}, {} ids{})",
                file.model_kind(),
                file.vocab_size(),
                match eos_id {
                    Some(e) => format!(", end of sequence {e}"),
                    None => String::new(),
                }
            ),
        }
    }

    /// The id that ends a generated sequence, if the tokenizer has one. The byte tokenizer has
    /// none: Evo 2's generation does not stop at its id 0 (`stop_at_eos=False`).
    pub fn eos_id(&self) -> Option<i64> {
        match self {
            Tokenizer::Bytes { .. } => None,
            Tokenizer::Characters { eos_id, .. } => Some(*eos_id),
            Tokenizer::HuggingFace { eos_id, .. } => *eos_id,
        }
    }

    /// The ids of `text` as the model's own code encodes a sequence: the HF file's
    /// post-processor adds its specials (StripedHyena: `<s>` first), HyenaDNA's appends `[SEP]`.
    pub fn encode(&self, text: &str) -> Result<Vec<i64>, RuntimeError> {
        let mut ids = self.encode_prompt(text)?;
        if let Tokenizer::Characters { eos_id, .. } = self {
            ids.push(*eos_id);
        }
        Ok(ids)
    }

    /// The ids of a prompt to continue: as [`Tokenizer::encode`], but never ending in the
    /// end-of-sequence id.
    pub fn encode_prompt(&self, text: &str) -> Result<Vec<i64>, RuntimeError> {
        match self {
            Tokenizer::Bytes { vocab_size } => {
                if *vocab_size < 256 {
                    return Err(RuntimeError::Input(format!(
                        "the byte tokenizer needs a vocabulary of at least 256 ids, the model has {vocab_size}"
                    )));
                }
                Ok(text.bytes().map(i64::from).collect())
            }
            Tokenizer::Characters {
                alphabet,
                first_id,
                unk_id,
                ..
            } => Ok(text
                .chars()
                .map(|c| match alphabet.chars().position(|a| a == c) {
                    Some(i) => first_id + i as i64,
                    None => *unk_id,
                })
                .collect()),
            Tokenizer::HuggingFace { file, .. } => {
                let enc = file
                    .inner
                    .encode(text, true)
                    .map_err(|e| RuntimeError::Input(format!("tokenizing the text: {e}")))?;
                Ok(enc.get_ids().iter().map(|&i| i64::from(i)).collect())
            }
        }
    }

    /// The text of `ids`. Bytes: as vortex's `detokenize`, ids below 32 (control bytes; 0 is
    /// the end-of-document id) print as spaces, ids of 256 and above, which no byte gives, as
    /// U+FFFD, byte sequences that are not UTF-8 the same way. Characters: specials are left
    /// out, ids past the alphabet (embedding padding) print as U+FFFD. Hugging Face: special
    /// tokens left out (`skip_special_tokens`), byte-fallback tokens joined into UTF-8.
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
            Tokenizer::Characters {
                alphabet, first_id, ..
            } => ids
                .iter()
                .filter(|&&id| id >= *first_id)
                .map(|&id| {
                    alphabet
                        .chars()
                        .nth((id - first_id) as usize)
                        .unwrap_or(char::REPLACEMENT_CHARACTER)
                })
                .collect(),
            Tokenizer::HuggingFace { file, .. } => {
                let ids: Vec<u32> = ids
                    .iter()
                    .map(|&i| u32::try_from(i).unwrap_or(u32::MAX))
                    .collect();
                // An id outside the vocabulary is an error there: decode what is known.
                file.inner.decode(&ids, true).unwrap_or_else(|_| {
                    ids.iter()
                        .map(|&i| {
                            file.inner
                                .decode(&[i], true)
                                .unwrap_or_else(|_| "\u{fffd}".into())
                        })
                        .collect()
                })
            }
        }
    }

    /// An incremental decoder: text for each id as soon as it is complete.
    pub fn stream(&self) -> TextStream<'_> {
        TextStream {
            tokenizer: self,
            ids: Vec::new(),
            prefix: 0,
            read: 0,
        }
    }
}

/// Decodes ids one at a time into text that is final: an id that ends inside a UTF-8
/// character (a byte-fallback token, one byte of the byte tokenizer) gives nothing until the
/// character is complete, and a tokenizer whose text for an id depends on the previous one
/// (SentencePiece's leading `▁`) is decoded with the ids before it, as Hugging Face's
/// `DecodeStream` and TGI do.
pub struct TextStream<'t> {
    tokenizer: &'t Tokenizer,
    ids: Vec<i64>,
    /// The ids from here on are decoded together.
    prefix: usize,
    /// The text of `ids[prefix..read]` has been given out.
    read: usize,
}

/// Ids held back waiting for a character's later bytes, at most (UTF-8's longest).
const MAX_PENDING: usize = 4;

impl TextStream<'_> {
    /// The new final text after `id` (possibly empty).
    pub fn step(&mut self, id: i64) -> String {
        self.ids.push(id);
        let before = self.tokenizer.decode(&self.ids[self.prefix..self.read]);
        let now = self.tokenizer.decode(&self.ids[self.prefix..]);
        let pending = self.ids.len() - self.read;
        if now.ends_with(char::REPLACEMENT_CHARACTER) && pending < MAX_PENDING {
            return String::new();
        }
        let new = match now.strip_prefix(before.as_str()) {
            Some(rest) => rest.to_string(),
            // A decoder that rewrote the earlier text: give the difference from its length.
            None => now.chars().skip(before.chars().count()).collect(),
        };
        self.prefix = self.read;
        self.read = self.ids.len();
        new
    }

    /// The text still held back (an incomplete character at the end), as U+FFFD.
    pub fn finish(self) -> String {
        let before = self.tokenizer.decode(&self.ids[self.prefix..self.read]);
        let now = self.tokenizer.decode(&self.ids[self.prefix..]);
        now.chars().skip(before.chars().count()).collect()
    }
}

/// Generated text checked against stop strings (OpenAI's `stop`): text is given out only when
/// no stop string can begin in it, and generation ends at the first stop string, which is not
/// given out.
#[derive(Debug, Clone, Default)]
pub struct StopStrings {
    stops: Vec<String>,
    text: String,
    given: usize,
}

impl StopStrings {
    /// Stops at any of `stops` (empty ones are ignored).
    pub fn new(stops: Vec<String>) -> StopStrings {
        StopStrings {
            stops: stops.into_iter().filter(|s| !s.is_empty()).collect(),
            ..Default::default()
        }
    }

    /// Adds `piece` of generated text: the text now safe to give out, and whether a stop
    /// string was reached (then nothing more is to be generated).
    pub fn push(&mut self, piece: &str) -> (String, bool) {
        self.text.push_str(piece);
        let rest = &self.text[self.given..];
        // Text that might start a stop string was never given out, so any stop string starts
        // in `rest`.
        if let Some(at) = self
            .stops
            .iter()
            .filter_map(|s| rest.find(s.as_str()))
            .min()
        {
            let out = rest[..at].to_string();
            self.given += at;
            return (out, true);
        }
        // Hold back the longest end of the text that begins a stop string.
        let hold = self
            .stops
            .iter()
            .flat_map(|s| {
                (1..s.len())
                    .filter(|&k| s.is_char_boundary(k) && rest.ends_with(&s[..k]))
                    .max()
            })
            .max()
            .unwrap_or(0);
        let safe = rest.len() - hold;
        let out = rest[..safe].to_string();
        self.given += safe;
        (out, false)
    }

    /// The text held back, once generation ended without a stop string.
    pub fn finish(&mut self) -> String {
        let out = self.text[self.given..].to_string();
        self.given = self.text.len();
        out
    }

    /// All the text given out and held back, up to a stop string reached.
    pub fn text(&self) -> &str {
        &self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stop strings are not given out, text that may begin one is held back, the rest flows.
    #[test]
    fn stop_strings_hold_back_and_cut() {
        let mut s = StopStrings::new(vec!["###".into(), "é!".into()]);
        assert_eq!(s.push("ab"), ("ab".into(), false));
        assert_eq!(s.push("c#"), ("c".into(), false));
        assert_eq!(s.push("#x"), ("##x".into(), false));
        assert_eq!(s.push("yé"), ("y".into(), false));
        assert_eq!(s.push("z##"), ("éz".into(), false));
        assert_eq!(s.push("#tail"), ("".into(), true));
        let mut s = StopStrings::new(vec!["END".into()]);
        assert_eq!(s.push("the EN"), ("the ".into(), false));
        assert_eq!(s.finish(), "EN");
        let mut none = StopStrings::new(vec![String::new()]);
        assert_eq!(none.push("abc"), ("abc".into(), false));
    }

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

    /// The byte stream holds a multi-byte character back until its last byte.
    #[test]
    fn bytes_stream_gives_whole_characters() {
        let t = Tokenizer::Bytes { vocab_size: 512 };
        let mut s = t.stream();
        let ids = t.encode("aé日").unwrap();
        let parts: Vec<String> = ids.iter().map(|&i| s.step(i)).collect();
        assert_eq!(parts, ["a", "", "é", "", "", "日"]);
        assert_eq!(s.finish(), "");
    }

    /// HyenaDNA's table (design/ecosystem.md §1.4): case-sensitive, `[SEP]` appended.
    #[test]
    fn hyenadna_characters() {
        let t = Tokenizer::hyenadna(16);
        assert_eq!(
            t.encode("ACGTNa").unwrap(),
            vec![7, 8, 9, 10, 11, 6, 1],
            "lowercase is [UNK], [SEP] last"
        );
        assert_eq!(
            t.encode_prompt("GATTACA").unwrap(),
            vec![9, 7, 10, 10, 7, 8, 7]
        );
        assert_eq!(t.decode(&[2, 9, 7, 10, 1, 12]), "GAT\u{fffd}");
        assert_eq!(t.eos_id(), Some(1));
    }

    fn striped_hyena() -> Tokenizer {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/fixtures/tokenizers/stripedhyena-tokenizer.json"
        );
        let json = std::fs::read_to_string(path).expect("the StripedHyena tokenizer fixture");
        Tokenizer::from_hf_json(json, 32000).unwrap()
    }

    /// The golden ids of tests/fixtures/tokenizers/README.md (Python `tokenizers` 0.23.3).
    #[test]
    fn striped_hyena_golden_ids() {
        let t = striped_hyena();
        let golden: [(&str, &[i64]); 5] = [
            ("Hello world", &[1, 22557, 1526]),
            ("ACGT", &[1, 11949, 14979]),
            (" leading space", &[1, 28705, 5374, 2764]),
            ("naïve 日本", &[1, 1879, 28920, 333, 28705, 29142, 29119]),
            (
                "### Instruction:\nWhat is DNA?\n\n### Response:\n",
                &[
                    1, 774, 3133, 3112, 28747, 13, 3195, 349, 16007, 28804, 13, 13, 27332, 12107,
                    28747, 13,
                ],
            ),
        ];
        for (text, ids) in golden {
            assert_eq!(t.encode(text).unwrap(), ids, "{text:?}");
            assert_eq!(t.decode(ids), text, "{ids:?}");
            // Streamed, one id at a time, the same text.
            let mut s = t.stream();
            let streamed: String = ids.iter().map(|&i| s.step(i)).collect::<String>() + &s.finish();
            assert_eq!(streamed, text, "{ids:?}");
        }
        assert_eq!(t.eos_id(), Some(2));
        assert!(
            t.describe().contains("BPE") && t.describe().contains("32000"),
            "{}",
            t.describe()
        );
    }

    /// A character the vocabulary lacks comes as byte-fallback ids (`<0xF0>` … = 3 + byte):
    /// the stream gives it whole, after its last byte.
    #[test]
    fn striped_hyena_byte_fallback_streams_whole_characters() {
        let t = striped_hyena();
        let ids = t.encode("🧬").unwrap();
        let bytes: Vec<i64> = "🧬".bytes().map(|b| 3 + i64::from(b)).collect();
        assert!(ids.ends_with(&bytes), "{ids:?}");
        let mut s = t.stream();
        let parts: Vec<String> = ids.iter().map(|&i| s.step(i)).collect();
        assert_eq!(parts.concat(), "🧬");
        assert_eq!(parts.last().unwrap(), "🧬", "{parts:?}");
    }

    #[test]
    fn hf_tokenizer_checks() {
        let json = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/fixtures/tokenizers/stripedhyena-tokenizer.json"
        ))
        .unwrap();
        let e = Tokenizer::from_hf_json(json.clone(), 512).unwrap_err();
        assert!(e.contains("32000") && e.contains("512"), "{e}");
        assert!(Tokenizer::from_hf_json("{\"model\": 3}".into(), 10).is_err());
        // Stored in the manifest as the file's text, read back equal.
        let t = Tokenizer::from_hf_json(json, 32000).unwrap();
        let text = serde_json::to_string(&t).unwrap();
        let back: Tokenizer = serde_json::from_str(&text).unwrap();
        assert_eq!(back, t);
        assert_eq!(back.encode("ACGT").unwrap(), vec![1, 11949, 14979]);
    }
}
