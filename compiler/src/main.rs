use clap::Parser;

fn main() {
    let cli = hyenac::cli::Cli::parse();
    if let Err(e) = hyenac::cli::run(cli) {
        // One line that names the problem; the chain of causes joined with ": ".
        eprintln!("error: {e:#}");
        std::process::exit(1);
    }
}
