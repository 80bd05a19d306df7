//! The format: what parses, and the precise error each kind of mistake gives.

use super::*;

pub(crate) const MANIFEST: &str = r##"(
    title: "Test",
    cast: {
        "rey": (name: "Rey", colour: "#8ec3e6", expressions: {
            "neutral": "rey/neutral.png", "angry": "rey/angry.png",
        }),
        "kylo": (name: "Kylo Ren", colour: "#e07a6a", expressions: {"neutral": "kylo/neutral.png"}),
    },
    places: {
        "clearing": (background: "clearing.png", ambience: "rain"),
        "base": (background: "base.png"),
    },
    music: {"sombre": "sombre.ogg"},
    ambience: {"rain": "rain.ogg"},
    sounds: {"punch": "punch.ogg"},
    chapters: [
        (title: "One", scenes: ["one.ron"]),
        (title: "Two", scenes: ["two.ron"]),
    ],
)"##;

pub(crate) const ONE: &str = r#"(
    id: "one",
    steps: [
        Place("clearing", Fade),
        Weather(rain: 1.0, thunder: true),
        Beat("1.1"),
        Show("rey:angry", Left),
        Say("kylo", "I won't fight you."),
        Choice([
            (text: "Hit him.", set: {"cold": 1}, then: [Sfx("punch"), Say("rey", "Good.")]),
            (text: "Wait."),
        ]),
        If(when: Is("cold", 1), then: [Narrate("Cold.")], otherwise: [Narrate("Warm.")]),
        Beat("1.2"),
    ],
)"#;

pub(crate) const TWO: &str = r#"(
    id: "two",
    title: "Two",
    steps: [Place("base", Cut), Narrate("Later."), Beat("2.1")],
)"#;

pub(crate) fn source(path: &str, text: &str) -> Source {
    Source {
        path: path.to_string(),
        text: text.to_string(),
    }
}

pub(crate) fn story_with(one: &str) -> Result<Story, StoryErrors> {
    build(
        &source("story.ron", MANIFEST),
        &[source("one.ron", one), source("two.ron", TWO)],
    )
}

/// Builds with scene one replaced, expecting exactly one error.
fn only_error(one: &str) -> StoryError {
    let errors = story_with(one).expect_err("the mistake should be caught").0;
    assert_eq!(errors.len(), 1, "{errors:?}");
    errors[0].clone()
}

#[test]
fn a_valid_story_parses_into_scenes_in_chapter_order() {
    let story = story_with(ONE).expect("valid");
    let ids: Vec<_> = story
        .scenes
        .iter()
        .map(|s| (s.id.as_str(), s.chapter))
        .collect();
    assert_eq!(ids, [("one", 0), ("two", 1)]);
    assert_eq!(story.cast["rey"].colour, [0x8e, 0xc3, 0xe6]);
    assert_eq!(story.chapters, ["One", "Two"]);
    assert!(story.files().contains(&"rey/angry.png".to_string()));
}

#[test]
fn a_syntax_error_names_file_line_and_column() {
    let e = only_error("(\n    id: \"one\",\n    steps: [Narrate(\"hi\")\n)");
    assert_eq!((e.file.as_str(), e.line), ("one.ron", 4), "{e}");
    assert!(e.message.contains("Expected"), "{e}");
}

#[test]
fn an_unknown_step_kind_lists_the_known_ones() {
    let e = only_error("(id: \"one\", steps: [\n  Narrate(\"a\"),\n  Shout(\"rey\", \"b\"),\n])");
    assert_eq!((e.line, e.column), (3, 3), "{e}");
    assert!(
        e.message.contains("Shout") && e.message.contains("Narrate"),
        "{e}"
    );
}

#[test]
fn an_unknown_cast_member_points_at_the_name() {
    let e = only_error("(id: \"one\", steps: [\n  Narrate(\"a\"),\n  Say(\"finn\", \"b\"),\n])");
    assert_eq!(
        e.to_string(),
        "one.ron:3:7: unknown cast member `finn`: expected one of kylo, rey"
    );
}

#[test]
fn an_unknown_expression_names_the_ones_that_exist() {
    let e = only_error("(id: \"one\", steps: [Show(\"rey:happy\", Left)])");
    assert_eq!(
        e.to_string(),
        "one.ron:1:26: unknown expression for `rey` `happy`: expected one of angry, neutral"
    );
}

#[test]
fn an_unknown_place_is_caught() {
    let e = only_error("(id: \"one\", steps: [\n    Place(\"moon\", Cut),\n])");
    assert_eq!(
        e.to_string(),
        "one.ron:2:11: unknown place `moon`: expected one of base, clearing"
    );
}

#[test]
fn a_jump_to_a_missing_scene_is_caught() {
    let e = only_error("(id: \"one\", steps: [Narrate(\"a\"), Jump(\"three\")])");
    assert_eq!(
        e.to_string(),
        "one.ron:1:40: unknown scene `three`: expected one of one, two"
    );
}

#[test]
fn a_choice_option_jumping_nowhere_is_caught() {
    let e = only_error("(id: \"one\", steps: [Choice([(text: \"x\", jump: \"nowhere\")])])");
    assert!(e.message.starts_with("unknown scene `nowhere`"), "{e}");
}

#[test]
fn a_duplicate_scene_id_points_at_the_second_file() {
    let e = only_error("(\n  id: \"two\",\n  steps: [],\n)"); // one.ron comes first, so two.ron is the duplicate
    assert_eq!(
        e.to_string(),
        "two.ron:2:9: duplicate scene id `two`: expected an id no other scene uses"
    );
}

#[test]
fn unknown_sounds_and_bad_values_are_caught() {
    let errors = story_with(
        "(id: \"one\", steps: [Sfx(\"boom\"), Music(\"jazz\"), Weather(rain: 2.0, thunder: false)])",
    )
    .expect_err("three mistakes")
    .0;
    let messages: Vec<_> = errors.iter().map(|e| e.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "unknown sound `boom`: expected one of punch",
            "unknown music `jazz`: expected one of sombre",
            "rain is 2: expected a number from 0.0 to 1.0",
        ]
    );
}

#[test]
fn manifest_mistakes_are_caught() {
    let bad = MANIFEST
        .replace("#e07a6a", "red")
        .replace("ambience: \"rain\")", "ambience: \"storm\")")
        .replace("\"scenes\"", "");
    let errors = build(
        &source("story.ron", &bad),
        &[source("one.ron", ONE), source("two.ron", TWO)],
    )
    .expect_err("bad manifest")
    .0;
    let messages: Vec<_> = errors.iter().map(|e| e.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "bad colour `red` for `kylo`: expected \"#rrggbb\"",
            "unknown ambience `storm`: expected one of rain",
        ]
    );
    assert_eq!(errors[0].line, 7);
}

#[test]
fn an_unreadable_scene_file_is_reported_at_its_mention() {
    let errors = build(&source("story.ron", MANIFEST), &[source("one.ron", ONE)])
        .expect_err("two.ron is missing")
        .0;
    assert_eq!(
        errors[0].to_string(),
        "story.ron:18:33: cannot read the scene file `two.ron`"
    );
}
