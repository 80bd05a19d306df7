//! `make check`: reads the story from an assets folder (`assets`, or the path given)
//! exactly as the game does and prints every mistake as `file:line:column: message`
//! and every likely mistake as `file:line:column: warning: message`. Exits 1 when
//! there is any error, so CI stops on it.
//!
//! `check ASSETS --save FILE...` instead checks save files as the game's Import does:
//! each must be a save this build reads that finds its place in the story (the browser
//! test hands it the saves the web game exported).

use std::path::PathBuf;
use std::process::ExitCode;

use after_the_rain_core::director::resume;
use after_the_rain_core::save::SaveFile;
use after_the_rain_core::story::{build, check_folder, read_folder};

fn main() -> ExitCode {
    let args: Vec<_> = std::env::args_os().skip(1).collect();
    let assets = args
        .first()
        .filter(|a| *a != "--save")
        .map_or_else(|| PathBuf::from("assets"), PathBuf::from);
    if let Some(at) = args.iter().position(|a| a == "--save") {
        return check_saves(&assets, &args[at + 1..]);
    }
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

/// Each save file read and resumed in the story in `assets`, as an import would.
fn check_saves(assets: &std::path::Path, files: &[std::ffi::OsString]) -> ExitCode {
    let story = read_folder(assets)
        .map_err(|e| e.to_string())
        .and_then(|(manifest, scenes)| build(&manifest, &scenes).map_err(|e| e.to_string()));
    let story = match story {
        Ok(story) => story,
        Err(e) => {
            eprintln!("{}: the story does not load: {e}", assets.display());
            return ExitCode::FAILURE;
        }
    };
    let mut failed = false;
    for file in files.iter().map(PathBuf::from) {
        let checked = std::fs::read(&file)
            .map_err(|e| e.to_string())
            .and_then(|bytes| SaveFile::from_bytes(&bytes).map_err(|e| e.to_string()))
            .and_then(|save| {
                resume(&story, &save.moment)
                    .map(|_| save)
                    .map_err(|e| format!("it does not fit this story: {e}"))
            });
        match checked {
            Ok(save) => println!(
                "{}: a save (format {}) of {}, resumes at \"{}\"",
                file.display(),
                save.version,
                save.chapter,
                save.line
            ),
            Err(e) => {
                failed = true;
                println!("{}: not a save the game can import: {e}", file.display());
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
