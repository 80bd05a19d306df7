//! The format: what parses, and the precise error each kind of mistake gives.

use super::*;
use crate::story::build::check;

pub(crate) const MANIFEST: &str = r##"(
    title: "Test",
    cast: {
        "rey": (name: "Rey", colour: "#8ec3e6",
            bodies: {"staff": "rey/staff.png", "crossed": "rey/crossed.png"},
            face: (x: 280, y: 200, width: 340, height: 460),
            parts: {
                "eyes_open": "rey/eyes_open.png", "eyes_closed": "rey/eyes_closed.png",
                "brows_level": "rey/brows_level.png", "brows_angry": "rey/brows_angry.png",
                "mouth_rest": "rey/mouth_rest.png",
                "mouth_talk_1": "rey/mouth_talk_1.png", "mouth_talk_2": "rey/mouth_talk_2.png",
            },
            expressions: {
                "neutral": (body: "staff", eyes: "eyes_open", brows: "brows_level", mouth: "mouth_rest"),
                "angry": (body: "crossed", eyes: "eyes_open", brows: "brows_angry", mouth: "mouth_rest"),
            },
        ),
        "kylo": (name: "Kylo Ren", colour: "#e07a6a",
            bodies: {"coat": "kylo/coat.png"},
            face: (x: 280, y: 150, width: 340, height: 470),
            parts: {
                "eyes_open": "kylo/eyes_open.png", "eyes_closed": "kylo/eyes_closed.png",
                "brows_level": "kylo/brows_level.png", "mouth_rest": "kylo/mouth_rest.png",
                "mouth_talk_1": "kylo/mouth_talk_1.png", "mouth_talk_2": "kylo/mouth_talk_2.png",
                "scar": "kylo/scar.png",
            },
            one_sided: ["scar"],
            expressions: {
                "neutral": (body: "coat", eyes: "eyes_open", brows: "brows_level", mouth: "mouth_rest", extras: ["scar"]),
                "asleep": (body: "coat", eyes: "eyes_closed", brows: "brows_level", mouth: "mouth_rest", extras: ["scar"]),
            },
        ),
    },
    places: {
        "clearing": (background: "clearing.png", ambience: "rain"),
        "base": (background: "base.png"),
    },
    music: {"sombre": "sombre.ogg"},
    ambience: {"rain": "rain.ogg"},
    sounds: {"punch": "punch.ogg"}, pictures: {"kiss": (file: "kiss.png", title: "The kiss", variants: {"first": "kiss_first.png"}), "rain": (file: "rain.png", title: "In the rain")},
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
        Voice("kylo", "I won't fight you."),
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
    assert!(story.files().contains(&"rey/crossed.png".to_string()));
}

#[test]
fn pictures_are_told_from_sounds_by_where_the_story_names_them() {
    let story = story_with(ONE).expect("valid");
    for picture in ["rey/crossed.png", "clearing.png", "base.png"] {
        assert!(story.is_picture(picture), "{picture}");
    }
    for other in ["sombre.ogg", "rain.ogg", "punch.ogg", "elsewhere.png"] {
        assert!(!story.is_picture(other), "{other}");
    }
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
    assert_eq!(errors[0].line, 18);
}

#[test]
fn an_unreadable_scene_file_is_reported_at_its_mention() {
    let errors = build(&source("story.ron", MANIFEST), &[source("one.ron", ONE)])
        .expect_err("two.ron is missing")
        .0;
    assert_eq!(
        errors[0].to_string(),
        "story.ron:43:33: cannot read the scene file `two.ron`"
    );
}

/// Every error and warning `check` gives with scene one replaced, as the writer sees
/// them (`file:line:column: message`).
fn report(one: &str) -> (Vec<String>, Vec<String>) {
    let checked = check(
        &source("story.ron", MANIFEST),
        &[source("one.ron", one), source("two.ron", TWO)],
    );
    let show = |v: &[StoryError]| v.iter().map(ToString::to_string).collect::<Vec<_>>();
    (show(&checked.errors), show(&checked.warnings))
}

fn errors(one: &str) -> Vec<String> {
    report(one).0
}

#[test]
fn the_test_story_gives_no_warnings() {
    assert_eq!(report(ONE), (vec![], vec![]));
}

#[test]
fn repeated_steps_each_report_their_own_line() {
    let mut one = String::from("(id: \"one\", steps: [\n");
    for _ in 0..50 {
        one.push_str("    Say(\"finn\", \"Hello.\"),\n");
    }
    one.push_str("])");
    let errors = errors(&one);
    assert_eq!(errors.len(), 50);
    for (i, e) in errors.iter().enumerate() {
        assert_eq!(
            e,
            &format!(
                "one.ron:{}:9: unknown cast member `finn`: expected one of kylo, rey",
                i + 2
            )
        );
    }
}

#[test]
fn a_name_in_a_comment_or_in_narration_is_not_mistaken_for_the_step() {
    let one = "(id: \"one\", steps: [\n    // Say(\"finn\", \"...\") comes later\n    Narrate(\"finn walks in. Say(\\\"finn\\\"\"),\n    /* Say(\"finn\", */ Say(\"finn\", \"Hi.\"),\n])";
    assert_eq!(
        errors(one),
        ["one.ron:4:27: unknown cast member `finn`: expected one of kylo, rey"]
    );
}

#[test]
fn columns_count_characters_not_bytes() {
    let one =
        "(id: \"one\", steps: [\n    Narrate(\"“Don’t,” said Réy.\"), Place(\"moon\", Cut),\n])";
    assert_eq!(
        errors(one),
        ["one.ron:2:42: unknown place `moon`: expected one of base, clearing"]
    );
}

#[test]
fn strings_written_with_escapes_are_found() {
    // The file says `\u{72}ye`, which reads `rye`: the old search for "rye" missed it.
    let one = "(id: \"one\", steps: [\n    Say(\"kylo\", \"\\\"Don\\u{2019}t.\\\"\"), Show(\"\\u{72}ye\", Left),\n])";
    assert_eq!(
        errors(one),
        ["one.ron:2:44: unknown cast member `rye`: did you mean `rey`? expected one of kylo, rey"]
    );
}

#[test]
fn mistakes_inside_choices_and_ifs_point_into_them() {
    let one = r#"(id: "one", steps: [
    Choice([
        (text: "A", set: {"cold": 1}, then: [Sfx("punch"), Sfx("boom")]),
        (text: "B", jump: "nowhere"),
    ]),
    If(when: Is("cold", 1), then: [Narrate("x")], otherwise: [
        Place("moon", Cut),
    ]),
])"#;
    assert_eq!(
        errors(one),
        [
            "one.ron:3:64: unknown sound `boom`: expected one of punch",
            "one.ron:4:27: unknown scene `nowhere`: expected one of one, two",
            "one.ron:7:15: unknown place `moon`: expected one of base, clearing",
        ]
    );
}

#[test]
fn misspelt_names_suggest_the_nearest() {
    let one = r#"(id: "one", steps: [
    Show("rey:angyr", Left),
    Place("claering", Cut),
    Sfx("puncj"),
    Music("sombr"),
    Jump("tow"),
])"#;
    assert_eq!(
        errors(one),
        [
            "one.ron:2:10: unknown expression for `rey` `angyr`: did you mean `angry`? expected one of angry, neutral",
            "one.ron:3:11: unknown place `claering`: did you mean `clearing`? expected one of base, clearing",
            "one.ron:4:9: unknown sound `puncj`: did you mean `punch`? expected one of punch",
            "one.ron:5:11: unknown music `sombr`: did you mean `sombre`? expected one of sombre",
            "one.ron:6:10: unknown scene `tow`: did you mean `two`? expected one of one, two",
        ]
    );
}

#[test]
fn a_misspelt_step_kind_suggests_the_nearest() {
    let e = only_error("(id: \"one\", steps: [\n  Narate(\"a\"),\n])");
    assert_eq!(
        e.to_string(),
        "one.ron:2:3: Unexpected variant named `Narate` in enum `Step`: did you mean `Narrate`? \
         expected one of Beat, Narrate, Say, Voice, Show, Move, Hide, Rename, Place, Picture, HidePicture, Weather, Music, \
         StopMusic, Ambience, StopAmbience, Sfx, Shake, Flash, Wait, Set, Add, Choice, If, Jump"
    );
    let e = only_error("(id: \"one\", steps: [Show(\"rey\", Center)])");
    assert_eq!(
        e.message,
        "Unexpected variant named `Center` in enum `Spot`: did you mean `Centre`? expected one of Left, Centre, Right, NearLeft, NearRight, FarLeft, Far, FarRight"
    );
    let e = only_error("(id: \"one\", steps: [If(when: Is(\"cold\", 1), then: [], otherwse: [])])");
    assert_eq!(
        e.message,
        "Unexpected field named `otherwse` in `If`: did you mean `otherwise`? expected one of when, then, otherwise"
    );
}

#[test]
fn a_wait_longer_than_a_minute_is_an_error() {
    assert!(story_with("(id: \"one\", steps: [Wait(60.0)])").is_ok());
    assert_eq!(
        errors("(id: \"one\", steps: [\n    Wait(0.5), Wait(90.0),\n])"),
        [
            "one.ron:2:21: wait of 90 seconds: expected at most 60 (a longer pause looks like the game has frozen)"
        ]
    );
}

/// The test manifest with its chapters replaced.
fn with_chapters(chapters: &str) -> String {
    let start = MANIFEST.find("    chapters: [").expect("chapters");
    format!("{}    chapters: [\n{chapters}    ],\n)", &MANIFEST[..start])
}

#[test]
fn a_scene_file_listed_twice_is_blamed_on_the_manifest() {
    let manifest = with_chapters(
        "        (title: \"One\", scenes: [\"one.ron\", \"two.ron\"]),\n        (title: \"Two\", scenes: [\"two.ron\"]),\n",
    );
    let errors = build(
        &source("story.ron", &manifest),
        &[source("one.ron", ONE), source("two.ron", TWO)],
    )
    .expect_err("two.ron twice")
    .0;
    let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        errors,
        ["story.ron:43:33: `two.ron` is listed twice: expected each scene file once"]
    );
}

#[test]
fn paths_outside_assets_are_errors_where_they_are_written() {
    let manifest = MANIFEST
        .replace("\"clearing.png\"", "\"../../etc/passwd\"")
        .replace("\"base.png\"", "\"/etc/passwd\"")
        .replace("\"sombre.ogg\"", "\"C:\\\\music\\\\sombre.ogg\"")
        .replace("\"rain.ogg\"", "\"http://example.com/rain.ogg\"")
        .replace("\"punch.ogg\"", "\"punch.ogg#\"")
        .replace("\"two.ron\"", "\"://two.ron\"");
    let errors = build(&source("story.ron", &manifest), &[source("one.ron", ONE)])
        .expect_err("bad paths")
        .0;
    let errors: Vec<String> = errors
        .iter()
        .map(|e| {
            let what = e.message.split(": expected").next().unwrap_or("");
            format!("{}:{}: {what}", e.line, e.column)
        })
        .collect();
    assert_eq!(
        errors,
        [
            // Places in the order of their ids: "base" before "clearing".
            "36:30: the path `/etc/passwd` is absolute",
            "35:34: the path `../../etc/passwd` climbs out of assets/ with `..`",
            "38:23: the path `C:\\music\\sombre.ogg` has a backslash",
            "39:24: the path `http://example.com/rain.ogg` names a drive or a URL",
            "40:23: the path `punch.ogg#` has a `#`",
            "43:33: the path `://two.ron` names a drive or a URL",
        ]
    );
}

#[test]
fn asset_paths_must_stay_under_assets() {
    for good in [
        "images/places/lake.png",
        "audio/music/x.ogg",
        "a.b/c..d.png",
    ] {
        assert_eq!(check_asset_path(good), Ok(()), "{good}");
    }
    for bad in [
        "",
        "../x.png",
        "images/../../x.png",
        "/etc/passwd",
        "C:\\Windows\\x.png",
        "C:/x.png",
        "images\\x.png",
        "http://example.com/x.png",
        "://x",
        "x.png#",
        "x#y.png",
        "images//x.png",
        "./x.png",
        "x.png\n",
    ] {
        let e = check_asset_path(bad).expect_err(bad);
        assert!(e.contains("expected a path inside assets/"), "{e}");
    }
}

#[test]
fn screens_and_thunder_come_from_the_manifest() {
    let story = story_with(ONE).expect("no screens is fine");
    assert_eq!(story.title_screen, ScreenSetting::default());
    assert_eq!(story.thunder, None);

    let manifest = MANIFEST.replace(
        "    chapters: [",
        "    screens: (\n        title: (background: \"title.png\", ambience: \"rain\", rain: 0.45),\n        credits: (music: \"sombre\"),\n    ),\n    thunder: \"punch\",\n    chapters: [",
    );
    let story = build(
        &source("story.ron", &manifest),
        &[source("one.ron", ONE), source("two.ron", TWO)],
    )
    .expect("valid");
    assert_eq!(
        story.title_screen,
        ScreenSetting {
            background: Some("title.png".to_string()),
            music: None,
            ambience: Some("rain".to_string()),
            rain: 0.45,
        }
    );
    assert_eq!(story.credits_screen.music.as_deref(), Some("sombre"));
    assert_eq!(story.thunder.as_deref(), Some("punch"));
    assert!(story.files().contains(&"title.png".to_string()));
    assert_eq!(
        story
            .named_at("title.png")
            .map(ToString::to_string)
            .as_deref(),
        Some("story.ron:42:29")
    );

    let bad = manifest
        .replace("\"title.png\"", "\"../title.png\"")
        .replace("music: \"sombre\"", "music: \"sombr\"")
        .replace("rain: 0.45", "rain: 4.5")
        .replace("thunder: \"punch\"", "thunder: \"thunderclap\"");
    let errors = build(
        &source("story.ron", &bad),
        &[source("one.ron", ONE), source("two.ron", TWO)],
    )
    .expect_err("bad screens")
    .0;
    let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        errors,
        [
            "story.ron:42:29: the path `../title.png` climbs out of assets/ with `..`: expected a path inside assets/ with `/` between folders, such as \"images/places/lake.png\"",
            "story.ron:42:69: rain is 4.5: expected a number from 0.0 to 1.0",
            "story.ron:43:26: unknown music `sombr`: did you mean `sombre`? expected one of sombre",
            "story.ron:45:14: unknown sound `thunderclap`: expected one of punch",
        ]
    );
}

#[test]
fn where_the_story_names_each_file_is_kept() {
    let story = story_with(ONE).expect("valid");
    let at = |p: &str| story.named_at(p).map(ToString::to_string);
    assert_eq!(at("rey/crossed.png").as_deref(), Some("story.ron:5:59"));
    assert_eq!(at("punch.ogg").as_deref(), Some("story.ron:40:23"));
    assert_eq!(at("nothing.png"), None);
}

#[test]
fn likely_mistakes_are_warnings() {
    let one = format!(
        r#"(id: "one", steps: [
    If(when: Is("brave", 1), then: [Narrate("x")]),
    Set("kind", 1),
    Rename("kylo", ""),
    Narrate("{}"),
    Beat(""),
    Jump("one"),
])"#,
        "word ".repeat(70)
    );
    let (errors, warnings) = report(&one);
    assert_eq!(errors, Vec::<String>::new());
    assert_eq!(
        warnings,
        [
            "one.ron:4:20: an empty name plate: expected a name",
            "one.ron:5:13: a line of 350 characters: expected at most 330, so it fits the dialogue box at the largest text size (split it in two)",
            "one.ron:6:10: an empty beat id: expected a name",
            "two.ron:2:9: no path through the story reaches scene `two`: expected a `Jump(\"two\")` to it, or a scene before it that runs into it",
            "one.ron:2:5: the story loops from its very start and never reaches its end: expected a way out of the loop",
            "one.ron:2:17: the variable `brave` is read but never set, so it is always 0: expected a `Set`, an `Add` or an option that sets it",
            "one.ron:3:9: the variable `kind` is set but never read: expected an `If` that tests it",
        ]
    );
}

#[test]
fn an_option_that_loops_forever_is_a_warning_at_its_text() {
    let one = r#"(id: "one", steps: [
    Narrate("Again?"),
    Choice([
        (text: "Again.", jump: "one"),
        (text: "On."),
    ]),
])"#;
    assert_eq!(
        report(one),
        (vec![], vec![]),
        "a loop with a way out is fine"
    );
    let one = one.replace("(text: \"On.\")", "(text: \"Round.\", jump: \"one\")");
    assert_eq!(
        report(&one).1,
        [
            "two.ron:2:9: no path through the story reaches scene `two`: expected a `Jump(\"two\")` to it, or a scene before it that runs into it",
            "one.ron:2:5: the story loops from its very start and never reaches its end: expected a way out of the loop",
        ]
    );
    let one = r#"(id: "one", steps: [
    Choice([
        (text: "On.", jump: "end"),
        (text: "Stuck.", jump: "loop"),
    ]),
])"#;
    let two = "(\n    id: \"loop\",\n    steps: [Narrate(\"Round.\"), Jump(\"loop\")],\n)";
    let three = "(id: \"end\", steps: [Narrate(\"The end.\")])";
    let manifest = with_chapters(
        "        (title: \"One\", scenes: [\"one.ron\", \"two.ron\", \"three.ron\"]),\n",
    );
    let checked = check(
        &source("story.ron", &manifest),
        &[
            source("one.ron", one),
            source("two.ron", two),
            source("three.ron", three),
        ],
    );
    let warnings: Vec<String> = checked.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [
            "one.ron:4:16: after the option \"Stuck.\" the story loops and never reaches its end: expected a way out of the loop"
        ]
    );
}

#[test]
fn empty_ids_and_name_plates_in_the_manifest_are_warnings() {
    let manifest = MANIFEST
        .replace("name: \"Kylo Ren\"", "name: \"\"")
        .replace("\"base\": (", "\"\": (");
    let checked = check(
        &source("story.ron", &manifest),
        &[source("one.ron", ONE), source("two.ron", TWO)],
    );
    let warnings: Vec<String> = checked.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [
            "story.ron:18:24: an empty name plate for `kylo`: expected a name",
            "story.ron:36:9: an empty place id: expected a name",
        ]
    );
}

#[test]
fn a_string_left_open_is_reported_where_it_opens() {
    let one = "(\n    id: \"one\",\n    steps: [\n        Narrate(\"Hello),\n        Narrate(\"x\"),\n    ],\n)\n";
    let error = only_error(one);
    assert_eq!((error.line, error.column), (4, 17), "{error}");
    assert!(error.message.contains("not closed"), "{error}");
    // Left open at the very end of the file.
    let error = only_error("(\n    id: \"one\",\n    steps: [Narrate(\"Hello");
    assert_eq!((error.line, error.column), (3, 21), "{error}");
}

#[test]
fn text_after_the_last_bracket_is_reported_where_it_is() {
    let one = "(\n    id: \"one\",\n    steps: [Narrate(\"Hello\")],\n)\n\n// a comment\nNarrate(\"after\")\n";
    let error = only_error(one);
    assert_eq!((error.line, error.column), (7, 1), "{error}");
    assert!(error.message.contains("after the bracket"), "{error}");
}

#[test]
fn a_byte_order_mark_is_named() {
    let error = only_error("\u{feff}(\n    id: \"one\",\n    steps: [],\n)\n");
    assert_eq!((error.line, error.column), (1, 1));
    assert!(error.message.contains("byte-order mark"), "{error}");
}

#[test]
fn a_scene_file_that_is_not_utf8_is_reported_at_the_bad_byte() {
    let bytes = b"(\n    id: \"one\",\n    steps: [Narrate(\"caf\xe9\")],\n)";
    let errors = build(
        &source("story.ron", MANIFEST),
        &[Source::from_bytes("one.ron", bytes), source("two.ron", TWO)],
    )
    .expect_err("not UTF-8")
    .0;
    assert_eq!(errors.len(), 1, "{errors:?}");
    let e = &errors[0];
    assert_eq!(
        (e.file.as_str(), e.line, e.column),
        ("one.ron", 3, 25),
        "{e}"
    );
    assert!(e.message.contains("UTF-8"), "{e}");
}

#[test]
fn a_key_given_twice_in_the_manifest_or_a_scene_is_an_error_at_the_second() {
    let manifest = MANIFEST.replace(
        r##"        "kylo": (name: "Kylo Ren""##,
        r##"        "rey": (name: "Other", colour: "#000000", bodies: {}, face: (x: 0, y: 0, width: 1, height: 1), parts: {}, expressions: {}),
        "kylo": (name: "Kylo Ren""##,
    );
    let errors = build(
        &source("story.ron", &manifest),
        &[source("one.ron", ONE), source("two.ron", TWO)],
    )
    .expect_err("rey twice")
    .0;
    // (The second Rey, kept by RON, has no `angry`: scene one says so too.)
    assert_eq!((errors[0].line, errors[0].column), (18, 9), "{}", errors[0]);
    assert!(
        errors[0].message.contains("\"rey\" is given twice")
            && errors[0].message.contains("line 4, column 9"),
        "{}",
        errors[0]
    );
    let one = ONE.replace(r#"set: {"cold": 1}"#, r#"set: {"cold": 1, "cold": 2}"#);
    let error = only_error(&one);
    assert!(error.message.contains("\"cold\" is given twice"), "{error}");
    assert_eq!(error.line, 10, "{error}");
}

#[test]
fn a_voice_is_a_line_from_off_stage() {
    let one = "(id: \"one\", steps: [\n    Voice(\"kylo\", \"Over here.\"),\n    Voice(\"rey:angry\", \"No.\"),\n])";
    let story = story_with(one).expect("builds");
    assert_eq!(
        story.scenes[0].ops[0],
        Op::Say {
            who: "kylo".to_string(),
            expression: None,
            text: "Over here.".to_string(),
            offstage: true,
        }
    );
    let (errors, warnings) = report(one);
    assert_eq!(errors, Vec::<String>::new());
    assert_eq!(
        warnings,
        vec![
            "one.ron:3:11: a voice from off stage shows no face, so `:angry` does nothing: expected `\"rey\"`, or `Say` and a `Show` to see them"
                .to_string()
        ]
    );
}

#[test]
fn places_say_if_they_are_indoors_and_sounds_have_captions() {
    let manifest = MANIFEST
        .replace(
            "\"base\": (background: \"base.png\")",
            "\"base\": (background: \"base.png\", indoors: true)",
        )
        .replace(
            "    chapters: [",
            "    thunder: \"punch\",\n    thunder_near: \"punch\",\n    rain: \"rain\",\n    captions: (\n        music: {\"sombre\": \"music: a slow lament\"},\n        sounds: {\"punch\": \"a punch lands\"},\n    ),\n    chapters: [",
        );
    let story = build(
        &source("story.ron", &manifest),
        &[source("one.ron", ONE), source("two.ron", TWO)],
    )
    .expect("valid");
    assert!(story.places["base"].indoors);
    assert!(!story.places["clearing"].indoors);
    assert_eq!(story.thunder_near.as_deref(), Some("punch"));
    assert_eq!(story.rain.as_deref(), Some("rain"));
    assert_eq!(story.sound_caption("punch.ogg"), Some("a punch lands"));
    assert_eq!(
        story.music_caption("sombre.ogg"),
        Some("music: a slow lament")
    );
    assert_eq!(story.ambience_caption("rain.ogg"), None);

    let bad = manifest
        .replace("thunder_near: \"punch\"", "thunder_near: \"crack\"")
        .replace("rain: \"rain\"", "rain: \"drizzle\"")
        .replace(
            "{\"sombre\": \"music: a slow lament\"}",
            "{\"jazz\": \" \"}",
        );
    let errors = build(
        &source("story.ron", &bad),
        &[source("one.ron", ONE), source("two.ron", TWO)],
    )
    .expect_err("bad sound names")
    .0;
    let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        errors,
        [
            "story.ron:42:19: unknown sound `crack`: expected one of punch",
            "story.ron:43:11: unknown ambience `drizzle`: expected one of rain",
            "story.ron:45:17: unknown music `jazz`: expected one of sombre",
        ]
    );
}

#[test]
fn a_place_variant_is_the_place_in_another_picture() {
    let manifest = MANIFEST.replace(
        r#""base": (background: "base.png"),"#,
        r##""base": (background: "base.png", light: "#ffeedd", variants: {"night": "base_night.png"}),"##,
    );
    let two = TWO.replace(r#"Place("base", Cut)"#, r#"Place("base:night", Dissolve)"#);
    let story = build(
        &source("story.ron", &manifest),
        &[source("one.ron", ONE), source("two.ron", &two)],
    )
    .expect("builds");
    let night = &story.places["base:night"];
    assert_eq!(night.background, "base_night.png");
    assert_eq!(
        night.light, story.places["base"].light,
        "the place's own light"
    );
    assert!(story.files().contains(&"base_night.png".to_string()));
    // A variant the place does not have is an error at its position.
    let wrong = TWO.replace(r#"Place("base", Cut)"#, r#"Place("base:dawn", Cut)"#);
    let errors = build(
        &source("story.ron", &manifest),
        &[source("one.ron", ONE), source("two.ron", &wrong)],
    )
    .expect_err("an unknown variant");
    assert!(
        format!("{errors}").contains("two.ron:4:19: unknown place `base:dawn`"),
        "{errors}"
    );
}

#[test]
fn event_pictures_and_their_variants_are_checked_and_listed_in_story_order() {
    let two = TWO.replace(
        r#"Narrate("Later.")"#,
        r#"Picture("kiss:first"), Narrate("Later."), HidePicture, Picture("kiss")"#,
    );
    let story = build(
        &source("story.ron", MANIFEST),
        &[source("one.ron", ONE), source("two.ron", &two)],
    )
    .expect("builds");
    assert_eq!(story.pictures["kiss:first"].file, "kiss_first.png");
    assert_eq!(story.pictures["kiss:first"].title, "The kiss");
    assert!(story.files().contains(&"kiss_first.png".to_string()));
    assert!(story.is_picture("rain.png"));
    // The gallery: first shown first, then pictures the story never shows.
    assert_eq!(story.gallery(), ["kiss:first", "kiss", "rain"]);

    let wrong = TWO.replace(
        r#"Narrate("Later.")"#,
        r#"Picture("kiss:last"), Narrate("Later.")"#,
    );
    let errors = build(
        &source("story.ron", MANIFEST),
        &[source("one.ron", ONE), source("two.ron", &wrong)],
    )
    .expect_err("an unknown variant");
    assert!(
        format!("{errors}").contains("two.ron:4:41: unknown picture `kiss:last`: did you mean `kiss:first`? expected one of kiss, kiss:first, rain"),
        "{errors}"
    );
}

#[test]
fn an_expression_resolves_to_its_layers() {
    let story = story_with(ONE).expect("valid");
    let kylo = &story.cast["kylo"];
    let look = kylo.look("neutral").expect("kylo:neutral");
    assert_eq!(look.body, "kylo/coat.png");
    assert_eq!(
        look.face,
        FaceBox {
            x: 280,
            y: 150,
            width: 340,
            height: 470
        }
    );
    let parts: Vec<(&str, bool)> = look
        .parts()
        .map(|l| (l.part.as_str(), l.one_sided))
        .collect();
    assert_eq!(
        parts,
        [
            ("eyes_open", false),
            ("brows_level", false),
            ("mouth_rest", false),
            ("scar", true)
        ]
    );
    assert_eq!(look.blink, "kylo/eyes_closed.png");
    assert_eq!(
        look.talk,
        ["kylo/mouth_talk_1.png", "kylo/mouth_talk_2.png"]
    );
    assert!(!look.asleep);
    assert!(kylo.look("asleep").expect("kylo:asleep").asleep);
    assert_eq!(kylo.look("angry"), None);
    // Every layer is a picture the story uses.
    for file in look.files() {
        assert!(story.is_picture(file), "{file}");
        assert!(story.files().contains(file), "{file}");
    }
}

#[test]
fn a_leaning_body_is_set_nearer_and_must_name_a_body() {
    let manifest = MANIFEST.replace(
        r#"bodies: {"staff": "rey/staff.png", "crossed": "rey/crossed.png"},"#,
        r#"bodies: {"staff": "rey/staff.png", "crossed": "rey/crossed.png"}, leaning: {"crossed": 80},"#,
    );
    let story = build(
        &source("story.ron", &manifest),
        &[source("one.ron", ONE), source("two.ron", TWO)],
    )
    .expect("builds");
    let rey = &story.cast["rey"];
    assert_eq!(rey.look("angry").expect("rey:angry").lean, 80);
    assert_eq!(rey.look("neutral").expect("rey:neutral").lean, 0);

    let wrong = manifest.replace(r#"leaning: {"crossed": 80}"#, r#"leaning: {"kiss": 80}"#);
    let errors = build(
        &source("story.ron", &wrong),
        &[source("one.ron", ONE), source("two.ron", TWO)],
    )
    .expect_err("an unknown leaning body");
    assert!(
        format!("{errors}").contains(
            "story.ron:5:89: unknown leaning body for `rey` `kiss`: expected one of crossed, staff"
        ),
        "{errors}"
    );
}

#[test]
fn a_seated_body_is_set_lower_and_must_name_a_body() {
    let manifest = MANIFEST.replace(
        r#"bodies: {"staff": "rey/staff.png", "crossed": "rey/crossed.png"},"#,
        r#"bodies: {"staff": "rey/staff.png", "crossed": "rey/crossed.png"}, seated: {"crossed": 140},"#,
    );
    let story = build(
        &source("story.ron", &manifest),
        &[source("one.ron", ONE), source("two.ron", TWO)],
    )
    .expect("builds");
    let rey = &story.cast["rey"];
    assert_eq!(rey.look("angry").expect("rey:angry").drop, 140);
    assert_eq!(rey.look("neutral").expect("rey:neutral").drop, 0);
    assert_eq!(story.cast["kylo"].look("neutral").expect("kylo").drop, 0);

    assert_eq!(rey.look("angry").expect("rey:angry").lean, 0);

    let wrong = manifest.replace(r#"seated: {"crossed": 140}"#, r#"seated: {"bench": 140}"#);
    let errors = build(
        &source("story.ron", &wrong),
        &[source("one.ron", ONE), source("two.ron", TWO)],
    )
    .expect_err("an unknown seated body");
    assert!(
        format!("{errors}").contains(
            "story.ron:5:88: unknown seated body for `rey` `bench`: expected one of crossed, staff"
        ),
        "{errors}"
    );
}

#[test]
fn a_lying_body_and_a_glow_belong_to_their_body_and_must_name_one() {
    let manifest = MANIFEST.replace(
        r#"bodies: {"staff": "rey/staff.png", "crossed": "rey/crossed.png"},"#,
        r#"bodies: {"staff": "rey/staff.png", "crossed": "rey/crossed.png"}, lying: ["crossed"], glows: {"staff": "rey/blade.png"},"#,
    );
    let story = build(
        &source("story.ron", &manifest),
        &[source("one.ron", ONE), source("two.ron", TWO)],
    )
    .expect("builds");
    let rey = &story.cast["rey"];
    let (angry, neutral) = (
        rey.look("angry").expect("angry"),
        rey.look("neutral").expect("neutral"),
    );
    assert!(angry.lying && !neutral.lying);
    assert_eq!(neutral.glow.as_deref(), Some("rey/blade.png"));
    assert_eq!(angry.glow, None);
    assert!(neutral.files().any(|f| f == "rey/blade.png"));
    assert!(story.files().iter().any(|f| f == "rey/blade.png"));

    let wrong = manifest
        .replace(r#"lying: ["crossed"]"#, r#"lying: ["bed"]"#)
        .replace(r#"glows: {"staff""#, r#"glows: {"lit""#);
    let errors = build(
        &source("story.ron", &wrong),
        &[source("one.ron", ONE), source("two.ron", TWO)],
    )
    .expect_err("unknown bodies");
    let message = format!("{errors}");
    let bed = position_of(&wrong, r#""bed""#, 0);
    let lit = position_of(&wrong, r#""lit""#, 0);
    assert!(
        message.contains(&format!(
            "story.ron:{bed}: unknown lying body for `rey` `bed`: expected one of crossed, staff"
        )),
        "{message}"
    );
    assert!(
        message.contains(&format!(
            "story.ron:{lit}: unknown body for `rey`'s glow `lit`: expected one of crossed, staff"
        )),
        "{message}"
    );
}

/// Where the first `needle` in `text` starts, `skip` characters on, as the checker
/// reports it: `line:column`, both from 1, the column in characters.
fn position_of(text: &str, needle: &str, skip: usize) -> String {
    let at = text.find(needle).expect("the needle is in the text");
    let line = text[..at].matches('\n').count() + 1;
    let column = text[..at].rsplit('\n').next().unwrap_or("").chars().count() + 1 + skip;
    format!("{line}:{column}")
}

#[test]
fn an_expression_tilts_its_bodys_head_at_most_fifteen_degrees() {
    let with_head = MANIFEST
        .replace(
            r#"bodies: {"coat": "kylo/coat.png"},"#,
            r#"bodies: {"coat": "kylo/coat.png"}, heads: {"coat": "kylo/head.png"}, head: (x: 220, y: 2, width: 460, height: 622),"#,
        )
        .replace(
            r#""asleep": (body: "coat", eyes: "eyes_closed", brows: "brows_level", mouth: "mouth_rest", extras: ["scar"]),"#,
            r#""asleep": (body: "coat", eyes: "eyes_closed", brows: "brows_level", mouth: "mouth_rest", extras: ["scar"]),
                "soft": (body: "coat", eyes: "eyes_open", brows: "brows_level", mouth: "mouth_rest", extras: ["scar"], tilt: -6),
                "warm": (body: "coat", eyes: "eyes_open", brows: "brows_level", mouth: "mouth_rest", tilt: 4.5),"#,
        );
    let scenes = [source("one.ron", ONE), source("two.ron", TWO)];
    let story = build(&source("story.ron", &with_head), &scenes).expect("builds");
    let kylo = &story.cast["kylo"];
    let soft = kylo.look("soft").expect("kylo:soft");
    assert_eq!(soft.tilt, -6.0);
    assert_eq!(kylo.look("warm").expect("kylo:warm").tilt, 4.5);
    assert_eq!(soft.head.as_deref(), Some("kylo/head.png"));
    assert_eq!(
        soft.head_box,
        FaceBox {
            x: 220,
            y: 2,
            width: 460,
            height: 622
        }
    );
    // Without a pivot in the manifest, the head turns about the jaw: the middle of the
    // face box's bottom edge, 100 pixels up.
    assert_eq!(soft.pivot, Point { x: 450, y: 520 });
    assert!(soft.files().any(|f| f == "kylo/head.png"));
    assert!(story.files().iter().any(|f| f == "kylo/head.png"));
    // Without `tilt`, upright; a manifest without heads loads as before.
    assert_eq!(kylo.look("neutral").expect("kylo:neutral").tilt, 0.0);
    let rey = story.cast["rey"].look("neutral").expect("rey:neutral");
    assert_eq!((rey.tilt, rey.head), (0.0, None));
    let with_pivot = with_head.replace(
        "head: (x: 220, y: 2, width: 460, height: 622),",
        "head: (x: 220, y: 2, width: 460, height: 622), pivot: (x: 450, y: 465),",
    );
    let story = build(&source("story.ron", &with_pivot), &scenes).expect("builds");
    assert_eq!(
        story.cast["kylo"].look("soft").expect("kylo:soft").pivot,
        Point { x: 450, y: 465 }
    );

    // Nonsense is an error at the number.
    for (tilt, wrong) in [("20", "tilt: 20"), ("-15.5", "tilt: -15.5")] {
        let manifest = with_head.replace("tilt: -6", wrong);
        let errors = build(&source("story.ron", &manifest), &scenes).expect_err("too far");
        let at = position_of(&manifest, wrong, "tilt: ".len());
        let expected =
            format!("story.ron:{at}: tilt {tilt} of `kylo:soft`: expected degrees from -15 to 15");
        assert!(
            format!("{errors}").contains(&expected),
            "{errors}\nexpected {expected}"
        );
    }
    // A body whose head is painted in cannot tilt.
    let manifest = with_head.replace(
        r#""angry": (body: "crossed", eyes: "eyes_open", brows: "brows_angry", mouth: "mouth_rest"),"#,
        r#""angry": (body: "crossed", eyes: "eyes_open", brows: "brows_angry", mouth: "mouth_rest", tilt: 5),"#,
    );
    let errors = build(&source("story.ron", &manifest), &scenes).expect_err("no head");
    let at = position_of(&manifest, "tilt: 5)", "tilt: ".len());
    assert!(
        format!("{errors}").contains(&format!(
            "story.ron:{at}: `rey:angry` tilts the head of body `crossed`, which has none of its own: expected the body in `heads`"
        )),
        "{errors}"
    );
    // Head layers need a head box, and name bodies.
    let manifest = with_head.replace(", head: (x: 220, y: 2, width: 460, height: 622)", "");
    let errors = build(&source("story.ron", &manifest), &scenes).expect_err("no head box");
    assert!(
        format!("{errors}").contains("`kylo` has head layers but no head box"),
        "{errors}"
    );
    let manifest = with_head.replace(r#"heads: {"coat""#, r#"heads: {"cot""#);
    let errors = build(&source("story.ron", &manifest), &scenes).expect_err("unknown body");
    assert!(
        format!("{errors}").contains(&format!(
            "story.ron:{}: unknown body for `kylo`'s head `cot`",
            position_of(&manifest, r#""cot""#, 0)
        )),
        "{errors}"
    );
}

#[test]
fn a_one_sided_part_may_have_its_own_picture_facing_left_and_must_name_one() {
    let manifest = MANIFEST.replace(
        r#"one_sided: ["scar"],"#,
        r#"one_sided: ["scar"], facing_left: {"scar": "kylo/scar_left.png"},"#,
    );
    let story = build(
        &source("story.ron", &manifest),
        &[source("one.ron", ONE), source("two.ron", TWO)],
    )
    .expect("builds");
    let neutral = story.cast["kylo"].look("neutral").expect("neutral");
    let scar = neutral.extras.first().expect("the scar");
    assert_eq!(scar.facing_left.as_deref(), Some("kylo/scar_left.png"));
    assert_eq!(neutral.eyes.facing_left, None);
    assert!(neutral.files().any(|f| f == "kylo/scar_left.png"));
    assert!(story.files().iter().any(|f| f == "kylo/scar_left.png"));

    let wrong = manifest.replace(r#"facing_left: {"scar""#, r#"facing_left: {"mole""#);
    let errors = build(
        &source("story.ron", &wrong),
        &[source("one.ron", ONE), source("two.ron", TWO)],
    )
    .expect_err("not a one-sided part");
    let mole = position_of(&wrong, r#""mole""#, 0);
    assert!(
        format!("{errors}").contains(&format!(
            "story.ron:{mole}: unknown one-sided part for `kylo` `mole`: expected one of scar"
        )),
        "{errors}"
    );
}

#[test]
fn a_flash_names_its_colour_as_hex_or_is_caught_where_it_is_written() {
    let story = story_with(r##"(id: "one", steps: [Flash("#ff3020"), Narrate("Red light.")])"##)
        .expect("valid");
    assert_eq!(story.scenes[0].ops[0], Op::Flash([0xff, 0x30, 0x20]));
    let e = only_error(r#"(id: "one", steps: [Flash("red")])"#);
    assert_eq!(
        (e.line, e.column, e.message.as_str()),
        (1, 27, r##"bad flash colour `red`: expected "#rrggbb""##)
    );
}
