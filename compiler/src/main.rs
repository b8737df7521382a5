use clap::Parser;

fn main() {
    // Writing to a closed pipe (`hyenac inspect … | head`) ends the process quietly, as for
    // other command-line tools, instead of panicking in `println!`.
    // SAFETY: restoring the default disposition of SIGPIPE before any other thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    hyenac_runtime::keep_freed_memory_by_default();
    let cli = hyenac::cli::Cli::parse();
    if let Err(m) = hyenac_runtime::plan::threads_from_env() {
        eprintln!("error: {m}");
        std::process::exit(1);
    }
    if let Err(e) = hyenac::cli::run(cli) {
        // One line that names the problem; the chain of causes joined with ": ".
        eprintln!("error: {e:#}");
        std::process::exit(1);
    }
}
