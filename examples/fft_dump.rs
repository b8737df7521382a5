//! Prints the generated batched FFT kernel of length N (and its twiddle kernel) as MLIR, for
//! reading or for running through `mlir-opt`/`llc` by hand:
//! `cargo run --release -p hyenac --example fft_dump -- 1024 > fft.mlir`.
fn main() {
    let arg = std::env::args().nth(1).unwrap_or_else(|| "1024".into());
    let Some(n) = arg.parse::<usize>().ok().filter(|&n| n > 0) else {
        eprintln!("error: usage: fft_dump N (a length 2^a·3^b·5^c)");
        std::process::exit(1);
    };
    let (Some(k), Some(t)) = (
        hyenac::codegen::fft::fft_kernel("fft", n, false),
        hyenac::codegen::fft::twiddle_kernel("twiddles", n),
    ) else {
        eprintln!("error: {n} is not 2^a·3^b·5^c");
        std::process::exit(1);
    };
    println!("module {{\n{k}{t}}}");
}
