//! StripedHyena checkpoints: the state_dict names and shapes a config implies (spec §7), and
//! safetensors files checked against them.

use std::collections::BTreeMap;
use std::path::Path;

pub use hyenac_runtime::weights::{
    CheckpointSpec, NamePattern, ReadOptions, Tensor, TensorCheck, TensorSpec, WeightsError,
};

use crate::config::{Config, LayerKind};

/// State_dict names, one function per parameter so that the graph builder and the checkpoint
/// check cannot disagree.
pub mod names {
    pub const EMBEDDING: &str = "embedding_layer.weight";
    pub const UNEMBED: &str = "unembed.weight";
    pub const FINAL_NORM: &str = "norm.scale";
    pub fn block(i: usize, suffix: &str) -> String {
        format!("blocks.{i}.{suffix}")
    }
}

/// What a checkpoint for `c` must hold, and the buffers it may hold besides: those found in
/// released checkpoints that carry no parameters (spec §7.1: recomputed, or belonging to
/// optional CUDA extensions) and, for tied embeddings, the aliased `unembed.weight`.
pub fn checkpoint_spec(c: &Config) -> CheckpointSpec {
    let mut ignored = vec![
        NamePattern::Suffix("inv_freq".into()),
        NamePattern::Contains("fftconv".into()),
        NamePattern::Contains("twiddle_factors".into()),
    ];
    if c.tie_embeddings {
        ignored.push(NamePattern::Exact(names::UNEMBED.into()));
    }
    CheckpointSpec {
        tensors: expected_tensors(c),
        ignored,
    }
}

/// Every tensor the config requires, in state_dict order.
pub fn expected_tensors(c: &Config) -> Vec<TensorSpec> {
    let d = c.hidden_size;
    let spec = |name: String, shape: &[usize]| TensorSpec::new(name, shape);
    let mut out = vec![spec(names::EMBEDDING.into(), &[c.vocab_size, d])];
    for (i, kind) in c.layers.iter().enumerate() {
        let b = |s: &str| names::block(i, s);
        out.push(spec(b("pre_norm.scale"), &[d]));
        out.push(spec(b("post_norm.scale"), &[d]));
        match kind {
            LayerKind::Hyena => {
                out.push(spec(b("projections.weight"), &[3 * d, d]));
                out.push(spec(b("projections.bias"), &[3 * d]));
                out.push(spec(
                    b("filter.short_filter_weight"),
                    &[3 * d, 1, c.short_filter_length],
                ));
                if c.short_filter_bias {
                    out.push(spec(b("filter.short_filter_bias"), &[3 * d]));
                }
                out.push(TensorSpec {
                    check: TensorCheck::StablePoles,
                    ..spec(b("filter.poles"), &[d, c.state_size, 1, 2])
                });
                out.push(spec(b("filter.residues"), &[d, c.state_size, 1, 2]));
                out.push(spec(b("filter.D"), &[d]));
                out.push(spec(b("out_filter_dense.weight"), &[d, d]));
                out.push(spec(b("out_filter_dense.bias"), &[d]));
            }
            LayerKind::Attention => {
                let hd = c.head_dim();
                let qkv = (c.num_attention_heads + 2 * c.num_kv_heads) * hd;
                out.push(spec(b("inner_mha_cls.Wqkv.weight"), &[qkv, d]));
                if c.qkv_proj_bias {
                    out.push(spec(b("inner_mha_cls.Wqkv.bias"), &[qkv]));
                }
                out.push(spec(b("inner_mha_cls.out_proj.weight"), &[d, d]));
                if c.mha_out_proj_bias {
                    out.push(spec(b("inner_mha_cls.out_proj.bias"), &[d]));
                }
            }
        }
        let f = c.inner_mlp_size;
        out.push(spec(b("mlp.l1.weight"), &[f, d]));
        out.push(spec(b("mlp.l2.weight"), &[f, d]));
        out.push(spec(b("mlp.l3.weight"), &[d, f]));
    }
    out.push(spec(names::FINAL_NORM.into(), &[d]));
    if !c.tie_embeddings {
        out.push(spec(names::UNEMBED.into(), &[c.vocab_size, d]));
    }
    out
}

/// Weights checked against a config, by state_dict name.
#[derive(Debug, Clone, Default)]
pub struct Checkpoint {
    pub tensors: BTreeMap<String, Tensor>,
}

impl Checkpoint {
    /// Reads a safetensors file and checks it against `config` (default checks).
    pub fn load(path: impl AsRef<Path>, config: &Config) -> Result<Checkpoint, WeightsError> {
        Self::load_with(path, config, ReadOptions::default())
    }

    /// Reads a safetensors file and checks it against `config` with `opts`.
    pub fn load_with(
        path: impl AsRef<Path>,
        config: &Config,
        opts: ReadOptions,
    ) -> Result<Checkpoint, WeightsError> {
        let tensors = hyenac_runtime::weights::read(path.as_ref(), &checkpoint_spec(config), opts)?;
        Ok(Checkpoint { tensors })
    }

    /// Reads a safetensors file (or a sharded checkpoint's index) and checks it against `spec`
    /// (any family's: `ModelConfig::checkpoint_spec`).
    pub fn read(
        path: impl AsRef<Path>,
        spec: &CheckpointSpec,
        opts: ReadOptions,
    ) -> Result<Checkpoint, WeightsError> {
        let tensors = hyenac_runtime::weights::read(path.as_ref(), spec, opts)?;
        Ok(Checkpoint { tensors })
    }

    /// Parses safetensors bytes and checks them against `config`.
    pub fn from_bytes(bytes: &[u8], config: &Config) -> Result<Checkpoint, WeightsError> {
        let tensors = hyenac_runtime::weights::from_bytes(
            bytes,
            "<memory>",
            &checkpoint_spec(config),
            ReadOptions::default(),
        )?;
        Ok(Checkpoint { tensors })
    }

    /// The tensor of that name; present for every name [`expected_tensors`] lists.
    pub fn get(&self, name: &str) -> Option<&Tensor> {
        self.tensors.get(name)
    }
}

#[cfg(test)]
mod tests {
    /// The config's own parameter count (used to validate it) matches its state dict.
    #[test]
    fn parameter_count_matches_the_state_dict() {
        let base = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/7b-sh-32k-v1.yml"
        ))
        .unwrap();
        for (key, value) in [
            ("", ""),
            ("short_filter_bias", "false"),
            ("tie_embeddings", "false"),
            ("qkv_proj_bias", "true"),
            ("mha_out_proj_bias", "true"),
        ] {
            let mut text: String = base
                .lines()
                .filter(|l| key.is_empty() || !l.starts_with(&format!("{key}:")))
                .map(|l| format!("{l}\n"))
                .collect();
            if !key.is_empty() {
                text.push_str(&format!("{key}: {value}\n"));
            }
            let c = Config::from_yaml(&text).unwrap();
            let counted: u128 = expected_tensors(&c)
                .iter()
                .map(|t| t.shape.iter().map(|&d| d as u128).product::<u128>())
                .sum();
            assert_eq!(c.parameter_count(), counted, "{key}");
        }
    }

    use super::*;
    use safetensors::tensor::TensorView;
    use safetensors::Dtype;

    fn tiny() -> Config {
        Config::from_yaml(
            "vocab_size: 5\nhidden_size: 4\nnum_layers: 1\nattn_layer_idxs: []\n\
             hyena_layer_idxs: [0]\nshort_filter_length: 3\nnum_attention_heads: 2\neps: 1.0e-5\n\
             state_size: 2\nhyena_filter_groups: 1\nmax_seqlen: 64\ninner_mlp_size: 8\n",
        )
        .unwrap()
    }

    /// Serializes every expected tensor (filled with 0.5) in `dtype`, after `edit`.
    fn file(c: &Config, dtype: Dtype, edit: impl Fn(&mut Vec<(String, Vec<usize>)>)) -> Vec<u8> {
        let mut specs: Vec<(String, Vec<usize>)> = expected_tensors(c)
            .into_iter()
            .map(|t| (t.name, t.shape))
            .collect();
        edit(&mut specs);
        let bufs: Vec<(String, Vec<usize>, Vec<u8>)> = specs
            .into_iter()
            .map(|(n, s)| {
                let count: usize = s.iter().product();
                let bytes = match dtype {
                    Dtype::F32 => 0.5f32.to_le_bytes().repeat(count),
                    Dtype::F16 => half::f16::from_f32(0.5).to_le_bytes().repeat(count),
                    Dtype::BF16 => half::bf16::from_f32(0.5).to_le_bytes().repeat(count),
                    _ => 0.5f64.to_le_bytes().repeat(count),
                };
                (n, s, bytes)
            })
            .collect();
        let views: Vec<(String, TensorView<'_>)> = bufs
            .iter()
            .map(|(n, s, b)| (n.clone(), TensorView::new(dtype, s.clone(), b).unwrap()))
            .collect();
        safetensors::serialize(views, None).unwrap()
    }

    #[test]
    fn accepts_f32_f16_bf16_and_hf_prefix() {
        let c = tiny();
        for dtype in [Dtype::F32, Dtype::F16, Dtype::BF16] {
            let ck = Checkpoint::from_bytes(&file(&c, dtype, |_| {}), &c).unwrap();
            assert_eq!(ck.get("blocks.0.filter.D").unwrap().data, vec![0.5; 4]);
        }
        let prefixed = file(&c, Dtype::F32, |s| {
            for (n, _) in s.iter_mut() {
                *n = format!("backbone.{n}");
            }
        });
        assert!(Checkpoint::from_bytes(&prefixed, &c).is_ok());
    }

    #[test]
    fn reports_every_problem_at_once() {
        let c = tiny();
        let bytes = file(&c, Dtype::F32, |s| {
            s.retain(|(n, _)| n != "norm.scale");
            s.iter_mut()
                .find(|(n, _)| n == "blocks.0.filter.poles")
                .unwrap()
                .1 = vec![4, 3, 1, 2];
            s.push(("blocks.0.extra".into(), vec![2]));
            // Ignored buffers are not problems.
            s.push(("blocks.0.inner_mha_cls.rotary_emb.inv_freq".into(), vec![2]));
        });
        let err = Checkpoint::from_bytes(&bytes, &c).unwrap_err();
        let WeightsError::Mismatch { problems, .. } = &err else {
            panic!("{err}")
        };
        assert_eq!(
            problems,
            &vec![
                "unexpected tensor `blocks.0.extra`".to_string(),
                "tensor `blocks.0.filter.poles` has shape [4, 3, 1, 2], expected [4, 2, 1, 2]"
                    .to_string(),
                "missing tensor `norm.scale`".to_string(),
            ]
        );
    }

    #[test]
    fn rejects_other_dtypes_and_garbage() {
        let c = tiny();
        let err = Checkpoint::from_bytes(&file(&c, Dtype::F64, |_| {}), &c).unwrap_err();
        assert!(matches!(err, WeightsError::Dtype { .. }), "{err}");
        let err = Checkpoint::from_bytes(b"\x08\0\0\0\0\0\0\0{garbage", &c).unwrap_err();
        assert!(matches!(err, WeightsError::Format { .. }), "{err}");
    }
}
