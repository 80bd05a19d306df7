//! The docs cannot drift from the story: every RON example in the writers' guide (and
//! the README) is read with the real format and checked against the shipped manifest,
//! and the committed story graph is what `make graph` draws today.

use std::path::{Path, PathBuf};

use after_the_rain_core::story::{
    Source, Story, build, graph, parse_manifest, parse_scene, read_folder,
};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn shipped() -> (Source, Vec<Source>) {
    read_folder(&root().join("assets")).expect("the manifest reads")
}

fn shipped_story() -> Story {
    let (manifest, scenes) = shipped();
    build(&manifest, &scenes).unwrap_or_else(|e| panic!("{e}"))
}

/// Each ```ron block of a Markdown file, with the line it starts on.
fn ron_blocks(markdown: &str) -> Vec<(usize, String)> {
    let mut blocks = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (i, line) in markdown.lines().enumerate() {
        match current.as_mut() {
            None if line.trim() == "```ron" => current = Some((i + 2, String::new())),
            None => {}
            Some(_) if line.trim() == "```" => blocks.extend(current.take()),
            Some((_, text)) => {
                text.push_str(line);
                text.push('\n');
            }
        }
    }
    blocks
}

/// Checks one example: a whole manifest is parsed; a scene, or a list of steps taken
/// from one, is built into the shipped story in place of the first scene, so every
/// name it uses must exist.
fn check_example(doc: &str, line: usize, text: &str) {
    let (manifest, mut scenes) = shipped();
    let here = format!("{doc}:{line}");
    if text.contains("chapters:") {
        let source = Source {
            path: here.clone(),
            text: text.to_string(),
        };
        parse_manifest(&source).unwrap_or_else(|e| panic!("{here}: {e}"));
        return;
    }
    let first = scenes.first().expect("a first scene").path.clone();
    let scene = if text.contains("steps:") {
        text.to_string()
    } else {
        format!("(id: \"example\", steps: [\n{text}])")
    };
    let source = Source {
        path: first.clone(),
        text: scene,
    };
    let parsed = parse_scene(&source).unwrap_or_else(|e| panic!("{here}: {e}"));
    // The example takes the first scene's place; it keeps that scene's id so jumps
    // from elsewhere in the story still land.
    let old_id = parse_scene(scenes.first().expect("first"))
        .expect("parses")
        .id;
    let text = source
        .text
        .replacen(&format!("\"{}\"", parsed.id), &format!("\"{old_id}\""), 1);
    if let Some(s) = scenes.first_mut() {
        s.text = text;
    }
    if let Err(e) = build(&manifest, &scenes) {
        panic!("the example at {here} does not fit the shipped story:\n{e}");
    }
}

#[test]
fn every_ron_example_in_the_guide_and_the_readme_is_valid() {
    let mut count = 0;
    for doc in ["docs/writing-scenes.md", "README.md"] {
        for (line, text) in ron_blocks(&read(doc)) {
            check_example(doc, line, &text);
            count += 1;
        }
    }
    assert!(count >= 3, "the guide should show examples ({count} found)");
}

#[test]
fn the_committed_story_graph_is_current() {
    let story = shipped_story();
    assert!(
        read("docs/story-graph.md") == graph::markdown(&story)
            && read("docs/story-graph.dot") == graph::dot(&story),
        "docs/story-graph.md or .dot is out of date: run `make graph`"
    );
}
