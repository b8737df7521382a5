//! Model families, one file each, picked by a registry from the config: a family knows how to
//! read its config, which checkpoint it needs (names, shapes, value checks) and how to build
//! its graph. A new family is a new file here, a variant of `hyenac_models::ModelConfig` and
//! one arm of [`Family`].
//!
//! - [`stripedhyena`]: StripedHyena (Hyena blocks with modal filters striped with attention).
//! - [`stripedhyena2`]: StripedHyena 2, Evo 2's architecture (Hyena-SE, -MR and -LI blocks
//!   with explicit and real-modal filters, striped with attention).
//! - [`hyena`]: the original Hyena operator's LMs and HyenaDNA (order-N gated long
//!   convolutions with implicit filters; JSON configs of safari and the HF port).

pub mod hyena;
pub mod stripedhyena;
pub mod stripedhyena2;

use std::path::Path;

use hyenac_models::{Config, ConfigError, HyenaConfig, ModelConfig, Sh2Config};

use crate::graph::{Graph, GraphError};

/// A model family hyenac compiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// StripedHyena: `hyena_layer_idxs` / `attn_layer_idxs` YAML configs.
    StripedHyena,
    /// StripedHyena 2 (Evo 2): vortex's `hcs/hcm/hcl_layer_idxs` YAML configs.
    StripedHyena2,
    /// Hyena / HyenaDNA: a JSON `config.json` with `"model_type": "hyenadna"` (the HF port)
    /// or a safari config whose `layer._name_` is `hyena`.
    Hyena,
}

/// Every family, in the order the registry tries them (StripedHyena 2 configs also carry
/// `attn_layer_idxs`, so their own markers are looked for first).
pub const FAMILIES: &[Family] = &[Family::Hyena, Family::StripedHyena2, Family::StripedHyena];

impl Family {
    /// The family's name.
    pub fn name(self) -> &'static str {
        match self {
            Family::StripedHyena => "StripedHyena",
            Family::StripedHyena2 => "StripedHyena 2",
            Family::Hyena => "Hyena",
        }
    }

    /// The top-level config keys that identify the family.
    pub fn marker_keys(self) -> &'static [&'static str] {
        match self {
            Family::StripedHyena => &["hyena_layer_idxs", "attn_layer_idxs"],
            Family::StripedHyena2 => hyenac_models::stripedhyena2::MARKER_KEYS,
            Family::Hyena => &["model_type", "layer"],
        }
    }

    /// The family whose marker keys a config's text has at its top level, if any.
    pub fn detect(text: &str) -> Option<Family> {
        // JSON configs (Hyena's) are recognised by their values, not by top-level lines.
        if text.trim_start().starts_with('{') {
            return hyenac_models::hyena::is_hyena_config(text).then_some(Family::Hyena);
        }
        let keys: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with([' ', '\t', '-', '#']))
            .filter_map(|l| l.split(':').next())
            .map(str::trim)
            .collect();
        FAMILIES
            .iter()
            .copied()
            .filter(|f| *f != Family::Hyena)
            .find(|f| f.marker_keys().iter().any(|k| keys.contains(k)))
    }

    /// Parses and validates a config of this family.
    pub fn parse(self, text: &str) -> Result<ModelConfig, ConfigError> {
        Ok(match self {
            Family::StripedHyena => Config::from_yaml(text)?.into(),
            Family::StripedHyena2 => Sh2Config::from_yaml(text)?.into(),
            Family::Hyena => HyenaConfig::from_json(text)?.into(),
        })
    }
}

/// The dataflow graph of a config, built by its family: a [`ModelConfig`] or one family's own
/// config (`&Config`, `&Sh2Config`).
pub fn build_graph<C: Clone + Into<ModelConfig>>(config: &C) -> Result<Graph, GraphError> {
    match &config.clone().into() {
        ModelConfig::StripedHyena(c) => stripedhyena::build_graph(c),
        ModelConfig::StripedHyena2(c) => stripedhyena2::build_graph(c),
        ModelConfig::Hyena(c) => hyena::build_graph(c),
    }
}

/// Reads a config file (size-limited, as `Config::from_file`) and parses it as the family the
/// registry picks. A config no family recognises is parsed as StripedHyena's, so that its
/// parser names the missing key.
pub fn load(path: &Path) -> Result<(Family, ModelConfig), ConfigError> {
    let text = hyenac_models::config::read_config_text(path)?;
    let family = Family::detect(&text).unwrap_or(Family::StripedHyena);
    Ok((family, family.parse(&text)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_picks_the_family_by_its_keys() {
        let sh = "vocab_size: 8\nhyena_layer_idxs: [0]\n";
        assert_eq!(Family::detect(sh), Some(Family::StripedHyena));
        assert_eq!(
            Family::detect("attn_layer_idxs:\n- 1\n"),
            Some(Family::StripedHyena)
        );
        // Nested or commented keys do not count.
        assert_eq!(
            Family::detect("model:\n  hyena_layer_idxs: [0]\n# attn_layer_idxs\n"),
            None
        );
        // StripedHyena 2 configs have `attn_layer_idxs` too; their own keys decide.
        for (name, text) in hyenac_models::stripedhyena2::BUNDLED {
            let f = Family::detect(text);
            assert_eq!(f, Some(Family::StripedHyena2), "{name}");
            let c = f.unwrap().parse(text).unwrap();
            assert_eq!(
                build_graph(&c).unwrap().weights().len(),
                c.checkpoint_spec().tensors.len(),
                "{name}: every checkpoint tensor is a graph weight"
            );
        }
        // JSON: Hyena configs by their values; other JSON is no family's.
        let hyena = hyenac_models::hyena::HYENADNA_LARGE_1M_JSON;
        assert_eq!(Family::detect(hyena), Some(Family::Hyena));
        assert_eq!(Family::detect("{\"model_type\": \"llama\"}"), None);
        let c = Family::Hyena.parse(hyena).unwrap();
        assert_eq!(
            build_graph(&c).unwrap().weights().len(),
            c.checkpoint_spec().tensors.len()
        );
        let seven_b = Family::detect(hyenac_models::STRIPEDHYENA_7B_YAML).unwrap();
        let c = seven_b.parse(hyenac_models::STRIPEDHYENA_7B_YAML).unwrap();
        assert_eq!(
            build_graph(&c).unwrap().weights().len(),
            c.checkpoint_spec().tensors.len()
        );
    }
}
