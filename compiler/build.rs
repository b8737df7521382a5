//! Builds the small C++ bridge to LLVM's CPU-model tables (native/cpu_features.cpp): the
//! features a `--cpu` model implies, which LLVM's C API does not expose.

fn main() {
    let prefix = std::env::var("LLVM_SYS_221_PREFIX").unwrap_or_else(|_| "/usr/lib/llvm-22".into());
    let config = format!("{prefix}/bin/llvm-config");
    let out = std::process::Command::new(&config)
        .arg("--cxxflags")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {config}: {e} (run scripts/setup.sh)"));
    let flags = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut build = cc::Build::new();
    build
        .cpp(true)
        .file("native/cpu_features.cpp")
        .warnings(false);
    let clang = format!("{prefix}/bin/clang++");
    if std::path::Path::new(&clang).exists() {
        build.compiler(clang);
    }
    for f in flags.split_whitespace() {
        build.flag(f);
    }
    build.compile("hyenac_cpu_features");
    println!("cargo:rustc-link-search=native={prefix}/lib");
    println!("cargo:rustc-link-lib=dylib=LLVM");
    println!("cargo:rerun-if-changed=native/cpu_features.cpp");
    println!("cargo:rerun-if-env-changed=LLVM_SYS_221_PREFIX");
}
