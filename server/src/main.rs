//! `hyenac-server MODEL.hyx [--host H] [--port P] …`: the server alone, for deployers (the
//! runtime and this binary; no compiler, LLVM or MLIR). `hyenac serve` is the same.

use clap::Parser;

#[derive(Parser)]
#[command(
    name = "hyenac-server",
    version,
    about = "Serve a hyenac artifact over an OpenAI-style HTTP API"
)]
struct Cli {
    #[command(flatten)]
    args: hyenac_server::ServeArgs,
}

fn main() {
    let cli = Cli::parse();
    if let Err(e) = hyenac_server::serve(cli.args) {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
