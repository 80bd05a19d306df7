//! `make check` as a writer runs it: the shipped story is clean, and a broken story
//! folder gives every mistake at its file, line and column, and exit code 1.

use std::path::{Path, PathBuf};
use std::process::Command;

use after_the_rain_core::story::check_folder;

fn shipped_assets() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets")
}

/// Runs the `check` binary on `assets`: (exit code, stdout lines).
fn run_check(assets: &Path) -> (Option<i32>, Vec<String>) {
    let out = Command::new(env!("CARGO_BIN_EXE_check"))
        .arg(assets)
        .output()
        .expect("the check binary runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    (
        out.status.code(),
        stdout.lines().map(str::to_string).collect(),
    )
}

#[test]
fn the_shipped_story_has_no_errors_and_no_warnings() {
    let checked = check_folder(&shipped_assets());
    let all: Vec<String> = checked
        .errors
        .iter()
        .chain(&checked.warnings)
        .map(ToString::to_string)
        .collect();
    assert_eq!(all, Vec::<String>::new());
    assert_eq!(run_check(&shipped_assets()), (Some(0), vec![]));
}

/// A throwaway assets folder, removed when dropped.
struct Folder(PathBuf);

impl Folder {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("check-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        Folder(dir)
    }

    fn write(&self, path: &str, text: &str) {
        let file = self.0.join(path);
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(file, text).expect("write");
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A cast member's layers on one line, every layer drawn by `images/rey.png`.
const LAYERS: &str = r#"bodies: {"coat": "images/rey.png"}, face: (x: 0, y: 0, width: 9, height: 9), parts: {"eyes_open": "images/rey.png", "eyes_closed": "images/rey.png", "brows_level": "images/rey.png", "mouth_rest": "images/rey.png", "mouth_talk_1": "images/rey.png", "mouth_talk_2": "images/rey.png"}, expressions: {"neutral": (body: "coat", eyes: "eyes_open", brows: "brows_level", mouth: "mouth_rest")}"#;

fn manifest() -> String {
    format!(
        r##"(
    title: "Test",
    cast: {{"rey": (name: "Rey", colour: "#8ec3e6", {LAYERS})}},
    places: {{"lake": (background: "images/lake.png")}},
    sounds: {{"thunder": "../thunder.ogg"}},
    chapters: [(title: "One", scenes: ["story/one.ron"])],
)"##
    )
}

#[test]
fn a_broken_story_gives_every_error_and_exit_code_1() {
    let assets = Folder::new("broken");
    assets.write("story/story.ron", &manifest());
    assets.write(
        "story/one.ron",
        "(id: \"one\", steps: [\n    Place(\"lake\", Fade),\n    Say(\"rye\", \"Hello.\"),\n])",
    );
    assets.write("images/rey.png", "");
    let (code, lines) = run_check(&assets.0);
    assert_eq!(code, Some(1));
    assert_eq!(
        lines,
        [
            "story/story.ron:5:25: the path `../thunder.ogg` climbs out of assets/ with `..`: expected a path inside assets/ with `/` between folders, such as \"images/places/lake.png\"",
            "story/one.ron:3:9: unknown cast member `rye`: did you mean `rey`? expected one of rey",
        ]
    );
}

#[test]
fn missing_files_are_errors_and_unused_ones_warnings() {
    let assets = Folder::new("files");
    assets.write(
        "story/story.ron",
        &manifest().replace("../thunder.ogg", "audio/thunder.ogg"),
    );
    assets.write(
        "story/one.ron",
        "(id: \"one\", steps: [Place(\"lake\", Fade), Show(\"rey\", Left), Say(\"rey\", \"Hello.\")])",
    );
    assets.write("images/rey.png", "");
    assets.write("audio/thunder.ogg", "");
    assets.write("images/old/unused.png", "");
    let (code, lines) = run_check(&assets.0);
    assert_eq!(code, Some(1));
    assert_eq!(
        lines,
        [
            "story/story.ron:4:35: cannot find `images/lake.png` in the assets folder",
            "story/story.ron:1:1: warning: `images/old/unused.png` is in the assets folder but the story never uses it: expected the manifest to name it, or the file removed",
        ]
    );

    assets.write("images/lake.png", "");
    let (code, lines) = run_check(&assets.0);
    assert_eq!((code, lines.len()), (Some(0), 1), "{lines:?}");
}

/// A line from someone the reader cannot see reads as someone else's: `Say` warns
/// where its speaker is not surely on stage (each scene starts with an empty stage, and
/// every way through a choice or an `If` counts), unless the step is a `Voice`.
#[test]
fn a_speaker_who_is_not_on_stage_is_a_warning_unless_it_is_a_voice() {
    let assets = Folder::new("unseen");
    assets.write(
        "story/story.ron",
        &format!(
            r##"(
    title: "Test",
    cast: {{
        "rey": (name: "Rey", colour: "#8ec3e6", {LAYERS}),
        "poe": (name: "Poe", colour: "#f08c3c", {LAYERS}),
    }},
    places: {{"lake": (background: "images/lake.png")}},
    chapters: [(title: "One", scenes: ["story/one.ron", "story/two.ron"])],
)"##
        ),
    );
    assets.write(
        "story/one.ron",
        r#"(id: "one", steps: [
    Place("lake", Fade),
    Say("rey", "Nobody here yet."),
    Voice("poe", "Over here!"),
    Show("rey", Left),
    Say("rey:neutral", "Now I am."),
    Choice([
        (text: "Wave him in.", then: [Show("poe", Right), Say("poe", "Hi.")]),
        (text: "Wait."),
    ]),
    Say("poe", "Only on one way here."),
    If(when: Is("x", 1), then: [Hide("rey")], otherwise: [Set("x", 1)]),
    Say("rey", "Gone on one way."),
    Hide("rey"),
    Jump("two"),
])"#,
    );
    assets.write(
        "story/two.ron",
        r#"(id: "two", steps: [Say("rey", "A new scene starts empty.")])"#,
    );
    assets.write("images/rey.png", "");
    assets.write("images/lake.png", "");
    let unseen = |at: &str, who: &str| {
        format!(
            "{at}: warning: `{who}` speaks but is not on stage here: expected a `Show(\"{who}\", ...)` before the line, or `Voice(\"{who}\", ...)` for a voice from off stage"
        )
    };
    let (code, lines) = run_check(&assets.0);
    assert_eq!(code, Some(0));
    assert_eq!(
        lines,
        [
            unseen("story/one.ron:3:9", "rey"),
            unseen("story/one.ron:11:9", "poe"),
            unseen("story/one.ron:13:9", "rey"),
            unseen("story/two.ron:1:25", "rey"),
        ]
    );
}

/// A member is layers: every expression's body and parts must be there, and so must the
/// closed eyes and the two speaking mouths. Each mistake is reported at the name that
/// is wrong, so a writer can go straight to it.
#[test]
fn a_missing_body_or_face_part_is_an_error_where_it_is_named() {
    let assets = Folder::new("layers");
    assets.write(
        "story/story.ron",
        r##"(
    title: "Test",
    cast: {
        "kylo": (name: "Kylo", colour: "#e07a6a",
            bodies: {"coat": "images/kylo.png"},
            face: (x: 0, y: 0, width: 9, height: 9),
            parts: {"eyes_open": "images/kylo.png", "brows_level": "images/kylo.png", "mouth_rest": "images/kylo.png", "mouth_talk_1": "images/kylo.png", "scar": "images/kylo.png"},
            one_sided: ["scar", "patch"],
            expressions: {
                "calm": (body: "coat", eyes: "eyes_open", brows: "brows_level", mouth: "mouth_rest", extras: ["scar", "tear"]),
                "wet": (body: "coats", eyes: "eyes_shut", brows: "mouth_rest", mouth: "mouth_talk_1"),
            },
        ),
    },
    places: {"lake": (background: "images/lake.png")},
    chapters: [(title: "One", scenes: ["story/one.ron"])],
)"##,
    );
    assets.write(
        "story/one.ron",
        r#"(id: "one", steps: [Place("lake", Fade), Show("kylo:calm", Left), Say("kylo", "Rey.")])"#,
    );
    assets.write("images/kylo.png", "");
    assets.write("images/lake.png", "");
    let parts = "expected one of brows_level, eyes_open, mouth_rest, mouth_talk_1, scar";
    let (code, lines) = run_check(&assets.0);
    assert_eq!(code, Some(1));
    assert_eq!(
        lines,
        [
            "story/story.ron:4:9: `kylo` has no `neutral` expression: expected one".to_string(),
            "story/story.ron:7:20: `kylo` has no `eyes_closed` part: expected one (blinking and sleep use it)".to_string(),
            "story/story.ron:7:20: `kylo` has no `mouth_talk_2` part: expected one (speaking uses it)".to_string(),
            format!("story/story.ron:8:33: unknown face part for `kylo` `patch`: {parts}"),
            format!("story/story.ron:10:119: unknown face part for `kylo` `tear`: {parts}"),
            "story/story.ron:11:31: unknown body for `kylo` `coats`: did you mean `coat`? expected one of coat".to_string(),
            format!("story/story.ron:11:46: unknown face part for `kylo` `eyes_shut`: {parts}"),
            "story/story.ron:11:66: warning: `mouth_rest` as the brows of `kylo:wet`: expected a `brows_` part".to_string(),
            "story/story.ron:11:87: warning: `mouth_talk_1` as the mouth of `kylo:wet`: expected a closed mouth (a listener shows it; speaking opens it)".to_string(),
        ]
    );
}
