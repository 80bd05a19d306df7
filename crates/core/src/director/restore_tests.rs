//! Restoring moments: resume after each kind of story edit, snapshots, rollback.

use super::*;
use crate::story::{Source, build};

const MANIFEST: &str = r##"(
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
        "base": (background: "base.png", light: "#8090a0"),
    },
    music: {"sombre": "sombre.ogg"},
    ambience: {"rain": "rain.ogg"},
    sounds: {}, pictures: {"rain": (file: "rain.png", title: "In the rain")},
    chapters: [(title: "One", scenes: ["one.ron", "two.ron"])],
)"##;

/// Scene one as first written; edits below change a line or two of it.
const ONE: &str = r#"(
    id: "one",
    steps: [
        Place("clearing", Fade),
        Weather(rain: 0.8, thunder: true),
        Beat("1.1"),
        Show("rey:angry", Left),
        Music("sombre"),
        Narrate("Rain."),
        Say("kylo", "First."),
        Say("rey", "Second."),
        Say("kylo", "Third."),
        Choice([(text: "Go.", set: {"went": 1}), (text: "Stay.")]),
        Say("rey", "Fourth."),
    ],
)"#;

const TWO: &str = r#"(
    id: "two",
    steps: [Beat("1.2"), Place("base", Cut), Show("kylo", Right), Narrate("Later."), Narrate("Much later.")],
)"#;

fn story(one: &str, two: &str) -> Story {
    let source = |path: &str, text: &str| Source {
        path: path.to_string(),
        text: text.to_string(),
    };
    build(
        &source("story.ron", MANIFEST),
        &[source("one.ron", one), source("two.ron", two)],
    )
    .expect("valid test story")
}

/// Reads on from the start to the first stop showing `text` (taking option 0).
fn reach(story: &Story, text: &str) -> State {
    let mut state = State::default();
    for _ in 0..100 {
        if let Showing::Line(line) = snapshot(story, &state).showing
            && line.text == text
        {
            return state;
        }
        let input = match state.waiting {
            Waiting::Choice => Input::Choose(0),
            _ => Input::Advance,
        };
        state = play(story, &state, input).expect("plays").0;
    }
    panic!("never reached {text:?}");
}

fn line_shown(story: &Story, state: &State) -> String {
    match snapshot(story, state).showing {
        Showing::Line(line) => line.text,
        Showing::Choices { options, .. } => options.join(" / "),
        other => format!("{other:?}"),
    }
}

/// Saves at `text` in the original story and resumes in the edited one.
fn resume_after_edit(text: &str, one: &str, two: &str) -> (Story, Resumed) {
    let original = story(ONE, TWO);
    let moment = Moment::of(&original, &reach(&original, text)).expect("a line shows");
    let edited = story(one, two);
    let resumed = resume(&edited, &moment).expect("resumes");
    (edited, resumed)
}

#[test]
fn an_unchanged_story_resumes_at_the_same_line_with_the_same_picture() {
    let story = story(ONE, TWO);
    let state = reach(&story, "Second.");
    let moment = Moment::of(&story, &state).expect("a line shows");
    let resumed = resume(&story, &moment).expect("resumes");
    assert_eq!(resumed.found, Found::Same);
    assert_eq!(snapshot(&story, &resumed.state), snapshot(&story, &state));
    assert_eq!(resumed.state, state);
}

#[test]
fn the_picture_holds_place_light_cast_weather_and_sound() {
    let story = story(ONE, TWO);
    let picture = snapshot(&story, &reach(&story, "Second."));
    assert_eq!(
        picture.place,
        Some(PlaceShown {
            id: "clearing".into(),
            background: "clearing.png".into(),
            light: [255, 255, 255],
        })
    );
    assert_eq!(
        picture.cast,
        [Actor {
            who: "rey".into(),
            look: story.cast["rey"].look("angry").expect("rey:angry"),
            at: Spot::Left
        }]
    );
    assert_eq!((picture.rain, picture.thunder), (0.8, true));
    assert_eq!(picture.music.as_deref(), Some("sombre.ogg"));
    assert_eq!(picture.ambience.as_deref(), Some("rain.ogg"));
    let Showing::Line(line) = picture.showing else {
        panic!("a line shows")
    };
    assert_eq!(line.speaker.map(|s| s.name), Some("Rey".to_string()));
}

#[test]
fn a_line_inserted_before_moves_the_place_with_it() {
    let one = ONE.replace(
        r#"Narrate("Rain."),"#,
        r#"Narrate("Rain."), Narrate("Thunder."),"#,
    );
    let (story, resumed) = resume_after_edit("Third.", &one, TWO);
    assert_eq!(resumed.found, Found::Moved);
    assert_eq!(line_shown(&story, &resumed.state), "Third.");
}

#[test]
fn a_reworded_line_resumes_at_its_new_words() {
    let one = ONE.replace("Third.", "Third, and reworded.");
    let (story, resumed) = resume_after_edit("Third.", &one, TWO);
    assert_eq!(resumed.found, Found::Edited);
    assert_eq!(line_shown(&story, &resumed.state), "Third, and reworded.");
}

#[test]
fn a_deleted_line_resumes_at_the_nearest_earlier_line() {
    let one = ONE.replace(r#"Say("kylo", "Third."),"#, "");
    let (story, resumed) = resume_after_edit("Third.", &one, TWO);
    assert_eq!(resumed.found, Found::Earlier);
    assert_eq!(line_shown(&story, &resumed.state), "Second.");
}

#[test]
fn a_removed_scene_resumes_at_the_scene_of_the_last_beat() {
    // Scene two's lines are all rewritten: its first line shows, from its start.
    let two = TWO
        .replace("Later.", "Afterwards.")
        .replace("Much later.", "Much afterwards.")
        .replace("\"two\"", "\"two_renamed\"");
    let (story, resumed) = resume_after_edit("Much later.", ONE, &two);
    assert_eq!(resumed.found, Found::LastBeat);
    assert_eq!(line_shown(&story, &resumed.state), "Afterwards.");
    assert_eq!(resumed.state.beats, ["1.1", "1.2"], "each beat counts once");
    let picture = snapshot(&story, &resumed.state);
    assert_eq!(picture.place.map(|p| p.id), Some("base".into()));
}

#[test]
fn a_scene_whose_lines_all_changed_resumes_at_its_start() {
    let two = TWO
        .replace("Later.", "Afterwards.")
        .replace("Much later.", "Then.");
    let (story, resumed) = resume_after_edit("Much later.", ONE, &two);
    // Its beat opens it: just after the beat is its first line.
    assert_eq!(resumed.found, Found::LastBeat);
    assert_eq!(line_shown(&story, &resumed.state), "Afterwards.");
    let no_beat = two.replace(r#"Beat("1.2"), "#, "");
    let (story, resumed) = resume_after_edit("Much later.", ONE, &no_beat);
    assert_eq!(resumed.found, Found::SceneStart);
    assert_eq!(line_shown(&story, &resumed.state), "Afterwards.");
}

#[test]
fn a_renamed_expression_falls_back_to_neutral() {
    let original = story(ONE, TWO);
    let moment = Moment::of(&original, &reach(&original, "Second.")).expect("a line shows");
    let renamed = MANIFEST.replace("\"angry\"", "\"cross\"");
    let edited = build(
        &Source {
            path: "story.ron".into(),
            text: renamed,
        },
        &[
            Source {
                path: "one.ron".into(),
                text: ONE.replace("rey:angry", "rey:cross"),
            },
            Source {
                path: "two.ron".into(),
                text: TWO.into(),
            },
        ],
    )
    .expect("valid");
    let resumed = resume(&edited, &moment).expect("resumes");
    assert_eq!(resumed.found, Found::Same);
    let cast = snapshot(&edited, &resumed.state).cast;
    assert_eq!(cast[0].look.body, "rey/staff.png");
    assert_eq!(
        Some(&cast[0].look),
        edited.cast["rey"].look("neutral").as_ref()
    );
}

#[test]
fn a_moved_choice_is_found_and_asks_again() {
    let original = story(ONE, TWO);
    let mut state = reach(&original, "Third.");
    state = play(&original, &state, Input::Advance).expect("plays").0;
    assert_eq!(state.waiting, Waiting::Choice);
    let moment = Moment::of(&original, &state).expect("a choice shows");
    // The choice now comes before Kylo's third line.
    let moved = ONE.replace(r#"Say("kylo", "Third."),"#, "").replace(
        r#"Say("rey", "Fourth."),"#,
        r#"Say("kylo", "Third."), Say("rey", "Fourth."),"#,
    );
    let edited = story(&moved, TWO);
    let resumed = resume(&edited, &moment).expect("resumes");
    assert_eq!(resumed.found, Found::Moved);
    assert_eq!(resumed.state.waiting, Waiting::Choice);
    let (after, _) = play(&edited, &resumed.state, Input::Choose(0)).expect("chooses");
    assert_eq!(after.vars.get("went"), Some(&1));
    assert_eq!(line_shown(&edited, &after), "Third.");
}

#[test]
fn a_state_from_elsewhere_is_an_error_not_a_panic() {
    let story = story(ONE, TWO);
    for state in [
        State {
            scene: 99,
            step: 5,
            waiting: Waiting::Line,
            ..State::default()
        },
        State {
            scene: 0,
            step: usize::MAX,
            waiting: Waiting::Choice,
            ..State::default()
        },
    ] {
        let _ = play(&story, &state, Input::Advance);
        let _ = play(&story, &state, Input::Choose(3));
        let _ = snapshot(&story, &state);
        assert_eq!(Moment::of(&story, &state), None);
    }
    let lost = Moment {
        place: Bookmark {
            scene: "gone".into(),
            line: 3,
            hash: 1,
            before: vec![],
            next: None,
        },
        vars: Default::default(),
        stage: Default::default(),
        beats: vec!["9.9".into()],
        marks: Default::default(),
    };
    assert!(matches!(
        resume(&story, &lost),
        Err(ResumeError::NotFound(_))
    ));
}

#[test]
fn variables_saturate_instead_of_overflowing() {
    let one = ONE.replace(
        r#"Narrate("Rain."),"#,
        r#"Set("n", 2147483000), Add("n", 5000), Narrate("Rain."),"#,
    );
    let story = story(&one, TWO);
    let state = reach(&story, "Rain.");
    assert_eq!(state.vars.get("n"), Some(&i32::MAX));
}

#[test]
fn rolling_back_and_forward_returns_to_the_same_state() {
    let story = story(ONE, TWO);
    let mut timeline = Timeline::default();
    let mut state = reach(&story, "Rain.");
    let mut stops = vec![state.clone()];
    while state.waiting != Waiting::End {
        let input = match state.waiting {
            Waiting::Choice => Input::Choose(1),
            _ => Input::Advance,
        };
        let next = play(&story, &state, input).expect("plays").0;
        if Timeline::is_stop(&next) {
            timeline.read_on(state.clone(), &next);
            stops.push(next.clone());
        }
        state = next;
    }
    // Back over every stop to the first, then forward again to the last.
    let end = stops.pop().expect("stops");
    let mut current = end.clone();
    for expected in stops.iter().rev() {
        current = timeline.back(&current).expect("a stop behind");
        assert_eq!(&current, expected);
    }
    assert!(timeline.back(&current).is_none());
    while let Some(next) = timeline.forward(&current) {
        current = next;
    }
    assert_eq!(current, end);
}

#[test]
fn rolling_back_before_a_choice_lets_the_reader_choose_again() {
    let story = story(ONE, TWO);
    let mut timeline = Timeline::default();
    let asking = play(&story, &reach(&story, "Third."), Input::Advance)
        .expect("plays")
        .0;
    let chose = play(&story, &asking, Input::Choose(0)).expect("chooses").0;
    timeline.read_on(asking.clone(), &chose);
    let back = timeline.back(&chose).expect("back to the choice");
    assert_eq!(back.waiting, Waiting::Choice);
    let other = play(&story, &back, Input::Choose(1)).expect("chooses").0;
    assert_eq!(other.vars.get("went"), None);
    // A different choice forgets the way forward.
    timeline.read_on(back, &other);
    assert!(!timeline.can_go_forward());
}

#[test]
fn a_development_run_starts_at_a_scene_or_a_beat_with_the_canonical_variables() {
    let story = story(ONE, TWO);
    let at_two = start_at(&story, &StartAt::Scene("two".into())).expect("reaches scene two");
    assert_eq!(line_shown(&story, &at_two), "Later.");
    assert_eq!(
        at_two.vars.get("went"),
        Some(&1),
        "the first option was taken"
    );
    let at_beat = start_at(&story, &StartAt::Beat("1.1".into())).expect("passes 1.1");
    assert_eq!(line_shown(&story, &at_beat), "Rain.");
    assert_eq!(start_at(&story, &StartAt::Beat("9.9".into())), None);
}

/// Scene one as the issue found it: it opens with a pause, and a choice adds to a
/// variable before the line the reader saved at.
const WARM: &str = r#"(
    id: "one",
    steps: [
        Place("clearing", Fade),
        Music("sombre"),
        Beat("1.1"),
        Wait(0.8),
        Show("rey", Left),
        Narrate("Rain."),
        Choice([(text: "Smile.", add: {"warmth": 1}), (text: "Frown.")]),
        Say("rey", "Warmer."),
        Say("kylo", "Saved here."),
    ],
)"#;

const WARM_TWO: &str = r#"(id: "two", steps: [Wait(0.5), Narrate("Later.")])"#;

/// Saves at `text` in `one` + `two` with `warmth` at 4 before the scene, then resumes
/// in the edited story.
fn resume_warm(text: &str, one: &str, two: &str) -> (Story, Resumed) {
    let original = story(WARM, WARM_TWO);
    let mut state = State::default();
    state.vars.insert("warmth".into(), 4);
    let mut state = play(&original, &state, Input::Advance).expect("starts").0;
    while line_shown(&original, &state) != text {
        let input = match state.waiting {
            Waiting::Choice => Input::Choose(0),
            _ => Input::Advance,
        };
        state = play(&original, &state, input).expect("plays").0;
    }
    assert_eq!(state.vars.get("warmth"), Some(&5));
    let moment = Moment::of(&original, &state).expect("a line shows");
    let edited = story(one, two);
    (edited.clone(), resume(&edited, &moment).expect("resumes"))
}

#[test]
fn a_resume_to_a_scenes_start_arrives_at_its_first_line_not_its_pause() {
    let reworded = WARM
        .replace("Rain.", "Heavy rain.")
        .replace("Warmer.", "Warmer now.")
        .replace("Saved here.", "Saved, reworded.")
        .replace("Smile.", "A smile.")
        .replace(r#"Beat("1.1"),"#, "");
    let (story, resumed) = resume_warm("Saved here.", &reworded, WARM_TWO);
    assert_eq!(resumed.found, Found::SceneStart);
    assert_eq!(resumed.state.waiting, Waiting::Line);
    assert_eq!(line_shown(&story, &resumed.state), "Heavy rain.");
    // The stage and the sound that lead to it are there.
    let picture = snapshot(&story, &resumed.state);
    assert_eq!(picture.place.map(|p| p.id), Some("clearing".into()));
    assert_eq!(picture.music.as_deref(), Some("sombre.ogg"));
    assert_eq!(picture.cast.len(), 1);
}

#[test]
fn a_resume_to_a_scenes_start_does_not_count_its_choices_twice() {
    let reworded = WARM
        .replace("Rain.", "Heavy rain.")
        .replace("Warmer.", "Warmer now.")
        .replace("Saved here.", "Saved, reworded.")
        .replace("Smile.", "A smile.")
        .replace(r#"Beat("1.1"),"#, "");
    let (story, resumed) = resume_warm("Saved here.", &reworded, WARM_TWO);
    assert_eq!(resumed.state.vars.get("warmth"), Some(&4), "as on entering");
    // Choosing again gives the 5 the reader had, not 6.
    let asking = play(&story, &resumed.state, Input::Advance)
        .expect("plays")
        .0;
    let chose = play(&story, &asking, Input::Choose(0)).expect("chooses").0;
    assert_eq!(chose.vars.get("warmth"), Some(&5));
}

#[test]
fn a_renamed_scene_does_not_count_its_choices_twice() {
    let renamed = WARM
        .replace("\"one\"", "\"one_renamed\"")
        .replace("Saved here.", "Saved, reworded.");
    let (story, resumed) = resume_warm("Saved here.", &renamed, WARM_TWO);
    assert_eq!(resumed.found, Found::LastBeat);
    assert_eq!(resumed.state.vars.get("warmth"), Some(&4));
    assert_eq!(line_shown(&story, &resumed.state), "Rain.");
}

#[test]
fn going_back_over_a_choice_to_an_earlier_line_is_not_allowed() {
    // The saved line and the one before it are gone; the nearest earlier line that is
    // left comes before the choice, which would then be made twice.
    let cut = WARM
        .replace(r#"Say("rey", "Warmer."),"#, "")
        .replace("Saved here.", "Something else.");
    let (story, resumed) = resume_warm("Saved here.", &cut, WARM_TWO);
    assert_ne!(resumed.found, Found::Earlier);
    assert_eq!(resumed.state.vars.get("warmth"), Some(&4));
    assert_eq!(line_shown(&story, &resumed.state), "Rain.");
}

#[test]
fn a_lost_scene_with_no_beat_in_it_resumes_just_after_the_last_beat_before_it() {
    let two = r#"(id: "two", steps: [Wait(0.5), Narrate("Later."), Narrate("Much later.")])"#;
    let original = story(ONE, two);
    let state = reach(&original, "Much later.");
    assert_eq!(state.vars.get("went"), Some(&1));
    let moment = Moment::of(&original, &state).expect("a line shows");
    let edited = story(ONE, &two.replace("\"two\"", "\"two_renamed\""));
    let resumed = resume(&edited, &moment).expect("resumes");
    assert_eq!(resumed.found, Found::LastBeat);
    assert_eq!(line_shown(&edited, &resumed.state), "Rain.");
    // As at beat 1.1: the choice after it is the reader's to make again.
    assert_eq!(resumed.state.vars.get("went"), None);
    assert_eq!(resumed.state.beats, ["1.1"]);
}

#[test]
fn a_save_from_before_marks_were_kept_still_resumes_at_a_line() {
    let original = story(WARM, WARM_TWO);
    let state = reach(&original, "Saved here.");
    let mut moment = Moment::of(&original, &state).expect("a line shows");
    moment.marks = Marks::default();
    let edited = story(
        &WARM
            .replace("Saved here.", "Reworded.")
            .replace("Warmer.", "W."),
        WARM_TWO,
    );
    let resumed = resume(&edited, &moment).expect("resumes");
    assert_eq!(resumed.state.waiting, Waiting::Line);
}

#[test]
fn a_scene_that_only_pauses_in_a_loop_is_an_error_not_a_hang() {
    let original = story(WARM, WARM_TWO);
    let moment = Moment::of(&original, &reach(&original, "Saved here.")).expect("shows");
    // Every line of scene one is gone, and it now pauses for ever.
    let looping = r#"(id: "one", steps: [Wait(0.1), Jump("one")])"#;
    let edited = story(looping, WARM_TWO);
    assert!(matches!(
        resume(&edited, &moment),
        Err(ResumeError::NothingToRead(_))
    ));
}

#[test]
fn a_save_made_on_an_event_picture_restores_it_and_a_story_without_it_drops_it() {
    let one = ONE.replace(
        r#"Say("rey", "Second."),"#,
        r#"Picture("rain"), Say("rey", "Second."),"#,
    );
    let story = story(&one, TWO);
    let state = reach(&story, "Second.");
    let moment = Moment::of(&story, &state).expect("a line shows");
    let text = ron::to_string(&moment).expect("saves");
    let back: Moment = ron::from_str(&text).expect("loads");
    let resumed = resume(&story, &back).expect("resumes");
    let picture = snapshot(&story, &resumed.state);
    assert_eq!(
        picture.event,
        Some(("rain".to_string(), "rain.png".to_string()))
    );
    // The writer took the picture out of the story: the save still loads, without it.
    let without = story_without_pictures(&one.replace(r#"Picture("rain"), "#, ""));
    let resumed = resume(&without, &back).expect("resumes");
    assert_eq!(snapshot(&without, &resumed.state).event, None);
}

fn story_without_pictures(one: &str) -> Story {
    let source = |path: &str, text: &str| Source {
        path: path.to_string(),
        text: text.to_string(),
    };
    build(
        &source(
            "story.ron",
            &MANIFEST.replace(
                r#"pictures: {"rain": (file: "rain.png", title: "In the rain")},"#,
                "",
            ),
        ),
        &[source("one.ron", one), source("two.ron", TWO)],
    )
    .expect("valid test story")
}

/// Scene one with Rey and Kylo close enough to overlap: Rey comes on first, so Kylo
/// stands in front, until Rey moves and steps in front of him.
fn close_together() -> Story {
    let one = ONE
        .replace(
            r#"Show("rey:angry", Left),"#,
            r#"Show("rey:angry", NearLeft), Show("kylo", NearRight),"#,
        )
        .replace(
            r#"Say("rey", "Second."),"#,
            r#"Move("rey", NearLeft), Say("rey", "Second."),"#,
        );
    story(&one, TWO)
}

/// Who stands on stage, from the back to the front.
fn back_to_front(story: &Story, state: &State) -> Vec<String> {
    snapshot(story, state)
        .cast
        .into_iter()
        .map(|a| a.who)
        .collect()
}

#[test]
fn a_saved_or_rolled_back_stage_keeps_who_stands_in_front() {
    let story = close_together();
    let first = reach(&story, "First.");
    // Kylo came on last; by name he would stand behind Rey.
    assert_eq!(back_to_front(&story, &first), ["rey", "kylo"]);
    let file = crate::save::SaveFile {
        version: crate::save::SAVE_VERSION,
        saved_at: 0,
        chapter: String::new(),
        line: String::new(),
        moment: Moment::of(&story, &first).expect("a line shows"),
    };
    let loaded = crate::save::SaveFile::from_text(&file.to_text()).expect("reads back");
    let resumed = resume(&story, &loaded.moment).expect("resumes");
    assert_eq!(back_to_front(&story, &resumed.state), ["rey", "kylo"]);

    // Rey moves in front of him; rolling back puts Kylo in front again.
    let second = reach(&story, "Second.");
    assert_eq!(back_to_front(&story, &second), ["kylo", "rey"]);
    let mut timeline = Timeline::default();
    timeline.read_on(first.clone(), &second);
    let back = timeline.back(&second).expect("a line behind");
    assert_eq!(back_to_front(&story, &back), ["rey", "kylo"]);
}

#[test]
fn a_save_from_before_the_placing_order_was_kept_loads_in_name_order() {
    let story = close_together();
    let first = reach(&story, "First.");
    let moment = Moment::of(&story, &first).expect("a line shows");
    let text = ron::to_string(&moment).expect("saves");
    // As an older game wrote it: no placing numbers anywhere.
    let old = text.replace(",placed:1", "").replace(",placed:2", "");
    assert!(
        text.contains(",placed:2") && !old.contains("placed"),
        "{text}"
    );
    let back: Moment = ron::from_str(&old).expect("an old save loads");
    let resumed = resume(&story, &back).expect("resumes");
    assert_eq!(resumed.found, Found::Same);
    assert_eq!(back_to_front(&story, &resumed.state), ["kylo", "rey"]);
}
