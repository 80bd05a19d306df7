//! `make graph`: draws the story's shape (chapters, scenes, choices, tests on
//! variables, jumps) as `docs/story-graph.md` (Mermaid) and `docs/story-graph.dot`.
//! Arguments: the assets folder (default `assets`) and the output folder (`docs`).

use std::path::PathBuf;
use std::process::ExitCode;

use after_the_rain_core::story::{build, graph, read_folder};

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1).map(PathBuf::from);
    let assets = args.next().unwrap_or_else(|| PathBuf::from("assets"));
    let out = args.next().unwrap_or_else(|| PathBuf::from("docs"));
    let story = match read_folder(&assets)
        .map_err(|e| e.to_string())
        .and_then(|(manifest, scenes)| build(&manifest, &scenes).map_err(|e| e.to_string()))
    {
        Ok(story) => story,
        Err(e) => {
            eprintln!("{e}\n(run `make check` for the whole list)");
            return ExitCode::FAILURE;
        }
    };
    for (name, text) in [
        ("story-graph.md", graph::markdown(&story)),
        ("story-graph.dot", graph::dot(&story)),
    ] {
        let path = out.join(name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote {}", path.display());
    }
    ExitCode::SUCCESS
}
