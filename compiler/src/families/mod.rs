//! Model families, one file each, picked by a registry from the config: a family knows how to
//! read its config, which checkpoint it needs (names, shapes, value checks) and how to build
//! its graph. A new family is a new file here and one arm of [`Family`].
//!
//! - [`stripedhyena`]: StripedHyena (Hyena blocks with modal filters striped with attention).

pub mod stripedhyena;

use std::path::Path;

use hyenac_models::{Config, ConfigError};
use hyenac_runtime::weights::CheckpointSpec;

use crate::graph::{Graph, GraphError};

/// A model family hyenac compiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// StripedHyena: `hyena_layer_idxs` / `attn_layer_idxs` YAML configs.
    StripedHyena,
}

/// Every family, in the order the registry tries them.
pub const FAMILIES: &[Family] = &[Family::StripedHyena];

impl Family {
    /// The family a parsed config belongs to. (One config type today; when a second family
    /// lands, `Config` holds the family's own config and this dispatches on it.)
    pub fn of(_config: &Config) -> Family {
        Family::StripedHyena
    }

    /// The family's name.
    pub fn name(self) -> &'static str {
        match self {
            Family::StripedHyena => "StripedHyena",
        }
    }

    /// The top-level config keys that identify the family.
    pub fn marker_keys(self) -> &'static [&'static str] {
        match self {
            Family::StripedHyena => &["hyena_layer_idxs", "attn_layer_idxs"],
        }
    }

    /// The family whose marker keys a config's text has at its top level, if any.
    pub fn detect(text: &str) -> Option<Family> {
        let keys: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with([' ', '\t', '-', '#']))
            .filter_map(|l| l.split(':').next())
            .map(str::trim)
            .collect();
        FAMILIES
            .iter()
            .copied()
            .find(|f| f.marker_keys().iter().any(|k| keys.contains(k)))
    }

    /// Parses and validates a config of this family.
    pub fn parse(self, text: &str) -> Result<Config, ConfigError> {
        match self {
            Family::StripedHyena => Config::from_yaml(text),
        }
    }

    /// The checkpoint a config of this family needs.
    pub fn checkpoint_spec(self, config: &Config) -> CheckpointSpec {
        match self {
            Family::StripedHyena => hyenac_models::checkpoint_spec(config),
        }
    }

    /// The dataflow graph of a config of this family.
    pub fn build_graph(self, config: &Config) -> Result<Graph, GraphError> {
        match self {
            Family::StripedHyena => stripedhyena::build_graph(config),
        }
    }
}

/// The dataflow graph of a config, built by its family.
pub fn build_graph(config: &Config) -> Result<Graph, GraphError> {
    Family::of(config).build_graph(config)
}

/// Reads a config file (size-limited, as `Config::from_file`) and parses it as the family the
/// registry picks. A config no family recognises is parsed as StripedHyena's, the one family
/// today, so that its parser names the missing key.
pub fn load(path: &Path) -> Result<(Family, Config), ConfigError> {
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
        let seven_b = Family::detect(hyenac_models::STRIPEDHYENA_7B_YAML).unwrap();
        let c = seven_b.parse(hyenac_models::STRIPEDHYENA_7B_YAML).unwrap();
        assert_eq!(
            seven_b.build_graph(&c).unwrap().weights().len(),
            seven_b.checkpoint_spec(&c).tensors.len()
        );
    }
}
