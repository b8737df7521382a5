//! The host CPU's features, under LLVM's names (the names an artifact records).

/// LLVM's name of an x86 feature and the name `is_x86_feature_detected!` knows it by.
#[cfg(target_arch = "x86_64")]
macro_rules! x86_features {
    ($($llvm:literal => $std:tt),* $(,)?) => {
        /// Whether this CPU has the feature LLVM calls `feature`; `None` when this runtime
        /// cannot detect it (a tuning flag, or an extension the standard library does not
        /// probe).
        pub fn has_feature(feature: &str) -> Option<bool> {
            match feature {
                $($llvm => Some(std::arch::is_x86_feature_detected!($std)),)*
                _ => amx(feature),
            }
        }
    };
}

/// AMX, whose detection macro is not stable yet: CPUID leaf 7 EDX (bits 22, 24, 25) and the
/// OS's tile state in XCR0 (bits 17, 18).
#[cfg(target_arch = "x86_64")]
fn amx(feature: &str) -> Option<bool> {
    let bit = match feature {
        "amx-bf16" => 22,
        "amx-tile" => 24,
        "amx-int8" => 25,
        _ => return None,
    };
    // CPUID exists on every x86-64 CPU (leaf 7 reads as zeros where the maximum leaf is lower).
    let max = std::arch::x86_64::__cpuid(0).eax;
    let edx = std::arch::x86_64::__cpuid_count(7, 0).edx;
    let os = std::arch::is_x86_feature_detected!("xsave") && {
        // SAFETY: XGETBV is available when the OS enables XSAVE (checked above).
        let xcr0 = unsafe { std::arch::x86_64::_xgetbv(0) };
        xcr0 & (0b11 << 17) == 0b11 << 17
    };
    Some(max >= 7 && edx & (1 << bit) != 0 && os)
}

#[cfg(target_arch = "x86_64")]
x86_features! {
    "aes" => "aes", "pclmul" => "pclmulqdq", "rdrnd" => "rdrand", "rdseed" => "rdseed",
    "mmx" => "mmx", "sse" => "sse", "sse2" => "sse2", "sse3" => "sse3", "ssse3" => "ssse3",
    "sse4.1" => "sse4.1", "sse4.2" => "sse4.2", "sse4a" => "sse4a", "sha" => "sha",
    "avx" => "avx", "avx2" => "avx2", "fma" => "fma", "f16c" => "f16c",
    "bmi" => "bmi1", "bmi2" => "bmi2", "lzcnt" => "lzcnt", "popcnt" => "popcnt",
    "tbm" => "tbm", "fxsr" => "fxsr", "xsave" => "xsave", "xsaveopt" => "xsaveopt",
    "xsaves" => "xsaves", "xsavec" => "xsavec", "cx16" => "cmpxchg16b", "adx" => "adx",
    "rtm" => "rtm", "movbe" => "movbe", "ermsb" => "ermsb",
    "avx512f" => "avx512f", "avx512cd" => "avx512cd", "avx512bw" => "avx512bw",
    "avx512dq" => "avx512dq", "avx512vl" => "avx512vl", "avx512ifma" => "avx512ifma",
    "avx512vbmi" => "avx512vbmi", "avx512vpopcntdq" => "avx512vpopcntdq",
    "avx512vbmi2" => "avx512vbmi2", "gfni" => "gfni", "vaes" => "vaes",
    "vpclmulqdq" => "vpclmulqdq", "avx512vnni" => "avx512vnni",
    "avx512bitalg" => "avx512bitalg", "avx512bf16" => "avx512bf16",
    "avx512vp2intersect" => "avx512vp2intersect", "avx512fp16" => "avx512fp16",
    "avxvnni" => "avxvnni", "avxifma" => "avxifma", "avxneconvert" => "avxneconvert",
    "avxvnniint8" => "avxvnniint8", "avxvnniint16" => "avxvnniint16",
    "sha512" => "sha512", "sm3" => "sm3", "sm4" => "sm4",
}

/// Whether this CPU has the feature LLVM calls `feature` (`None`: not detectable here).
#[cfg(not(target_arch = "x86_64"))]
pub fn has_feature(feature: &str) -> Option<bool> {
    let _ = feature;
    None
}

/// Asks Linux for this process's AMX tile state (`arch_prctl(ARCH_REQ_XCOMP_PERM,
/// XFEATURE_XTILEDATA)`), without which the first tile instruction raises SIGILL. The
/// permission covers every thread of the process; asking again is harmless. The error says
/// why the kernel refused.
pub fn request_amx() -> Result<(), String> {
    #[cfg(all(target_arch = "x86_64", target_os = "linux"))]
    {
        const ARCH_REQ_XCOMP_PERM: libc::c_long = 0x1023;
        const XFEATURE_XTILEDATA: libc::c_long = 18;
        if amx("amx-tile") != Some(true) {
            return Err("this CPU or its operating system does not enable".into());
        }
        // SAFETY: a plain system call with integer arguments.
        let rc = unsafe {
            libc::syscall(
                libc::SYS_arch_prctl,
                ARCH_REQ_XCOMP_PERM,
                XFEATURE_XTILEDATA,
            )
        };
        if rc != 0 {
            return Err(format!(
                "the Linux kernel refused to enable (arch_prctl ARCH_REQ_XCOMP_PERM: {})",
                std::io::Error::last_os_error()
            ));
        }
        Ok(())
    }
    #[cfg(not(all(target_arch = "x86_64", target_os = "linux")))]
    Err("only Linux on x86-64 can enable".into())
}

/// The features of an LLVM feature string (`+avx2,+fma,-sse4a,…`) that are enabled and that
/// this runtime cannot check.
pub fn unchecked(features: &str) -> Vec<&str> {
    features
        .split(',')
        .filter_map(|f| f.strip_prefix('+'))
        .filter(|f| has_feature(f).is_none())
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    #[cfg(target_arch = "x86_64")]
    fn the_baseline_is_present_and_names_map() {
        assert_eq!(super::has_feature("sse2"), Some(true));
        assert_eq!(super::has_feature("fast-gather"), None);
        assert_eq!(
            super::unchecked("+sse2,+fast-gather,-avx"),
            vec!["fast-gather"]
        );
    }
}
