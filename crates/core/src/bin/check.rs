//! `make check`: reads the story from an assets folder (`assets`, or the path given)
//! exactly as the game does and prints every mistake as `file:line:column: message`
//! and every likely mistake as `file:line:column: warning: message`. Exits 1 when
//! there is any error, so CI stops on it.

use std::path::PathBuf;
use std::process::ExitCode;

use after_the_rain_core::story::check_folder;

fn main() -> ExitCode {
    let assets = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("assets"), PathBuf::from);
    let checked = check_folder(&assets);
    for e in &checked.errors {
        println!("{e}");
    }
    for w in &checked.warnings {
        println!("{}:{}:{}: warning: {}", w.file, w.line, w.column, w.message);
    }
    let (errors, warnings) = (checked.errors.len(), checked.warnings.len());
    if errors + warnings == 0 {
        eprintln!("{}: no errors, no warnings", assets.display());
    } else {
        eprintln!(
            "{}: {errors} error{}, {warnings} warning{}",
            assets.display(),
            plural(errors),
            plural(warnings)
        );
    }
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
