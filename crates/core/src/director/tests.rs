//! The director on a small story: stepping, choices, variables, conditions, jumps.

use super::*;
use crate::story::Story;
use crate::story::tests::{ONE, story_with};

fn story() -> Story {
    story_with(ONE).expect("valid test story")
}

/// Plays from the start, picking `choices` in turn, until the end; returns everything
/// presented and the final state.
fn play_through(story: &Story, choices: &[usize]) -> (State, Vec<Command>) {
    let mut state = State::default();
    let mut all = Vec::new();
    let mut choices = choices.iter();
    while state.waiting != Waiting::End {
        let input = match state.waiting {
            Waiting::Choice => Input::Choose(*choices.next().expect("a choice to make")),
            _ => Input::Advance,
        };
        let (next, commands) = play(story, &state, input).expect("input fits");
        state = next;
        all.extend(commands);
    }
    (state, all)
}

fn lines(commands: &[Command]) -> Vec<String> {
    commands
        .iter()
        .filter_map(|c| match c {
            Command::Line(l) => Some(format!(
                "{}{}",
                l.speaker
                    .as_ref()
                    .map_or(String::new(), |s| format!("{}: ", s.name)),
                l.text
            )),
            _ => None,
        })
        .collect()
}

#[test]
fn the_first_advance_opens_the_first_chapter_card() {
    let (state, commands) = play(&story(), &State::default(), Input::Advance).expect("starts");
    assert_eq!(
        commands,
        [
            Command::SceneStart {
                id: "one".into(),
                title: None
            },
            Command::ChapterCard {
                number: 1,
                title: "One".into()
            },
        ]
    );
    assert_eq!(state.waiting, Waiting::Pause);
}

#[test]
fn advancing_stages_the_scene_and_stops_at_the_first_line() {
    let story = story();
    let (state, _) = play(&story, &State::default(), Input::Advance).unwrap();
    let (state, commands) = play(&story, &state, Input::Advance).unwrap();
    assert_eq!(
        commands,
        [
            Command::Place {
                place: "clearing".into(),
                background: "clearing.png".into(),
                transition: Transition::Fade
            },
            Command::Ambience(Some("rain.ogg".into())),
            Command::Weather {
                rain: 1.0,
                thunder: true
            },
            Command::Beat("1.1".into()),
            Command::Show {
                who: "rey".into(),
                look: Box::new(story.cast["rey"].look("angry").expect("rey:angry")),
                at: Spot::Left,
                entering: true
            },
            Command::Line(Line {
                speaker: Some(Speaker {
                    id: "kylo".into(),
                    name: "Kylo Ren".into(),
                    colour: [0xe0, 0x7a, 0x6a]
                }),
                text: "I won't fight you.".into()
            }),
        ]
    );
    assert_eq!(state.waiting, Waiting::Line);
    assert_eq!(state.stage.cast["rey"].expression, "angry");
}

#[test]
fn a_choice_waits_for_an_option_and_refuses_other_input() {
    let story = story();
    let mut state = State::default();
    for _ in 0..3 {
        state = play(&story, &state, Input::Advance).unwrap().0;
    }
    assert_eq!(state.waiting, Waiting::Choice);
    assert_eq!(
        play(&story, &state, Input::Advance),
        Err(InputError::NotNow)
    );
    assert_eq!(
        play(&story, &state, Input::Choose(2)),
        Err(InputError::NoSuchOption(2))
    );
    let (after, commands) = play(&story, &state, Input::Choose(0)).unwrap();
    assert_eq!(after.vars.get("cold"), Some(&1));
    assert_eq!(
        commands,
        [Command::Sfx("punch.ogg".into()), lines_of("Rey: Good.")]
    );
}

fn lines_of(text: &str) -> Command {
    let (name, text) = text.split_once(": ").unwrap();
    Command::Line(Line {
        speaker: Some(Speaker {
            id: name.to_lowercase(),
            name: name.into(),
            colour: [0x8e, 0xc3, 0xe6],
        }),
        text: text.into(),
    })
}

#[test]
fn each_option_colours_the_conditional_line_and_both_reach_the_end() {
    let story = story();
    let (cold, cold_commands) = play_through(&story, &[0]);
    let (warm, warm_commands) = play_through(&story, &[1]);
    assert_eq!(
        lines(&cold_commands),
        [
            "Kylo Ren: I won't fight you.",
            "Rey: Good.",
            "Cold.",
            "Later."
        ]
    );
    assert_eq!(
        lines(&warm_commands),
        ["Kylo Ren: I won't fight you.", "Warm.", "Later."]
    );
    assert_eq!(cold.beats, ["1.1", "1.2", "2.1"]);
    assert_eq!(warm.beats, cold.beats);
    assert_eq!(cold_commands.last(), Some(&Command::End));
    assert_eq!(play(&story, &cold, Input::Advance), Err(InputError::Ended));
}

#[test]
fn a_new_scene_clears_the_stage_and_a_new_chapter_shows_its_card() {
    let (state, commands) = play_through(&story(), &[1]);
    let start = commands
        .iter()
        .position(|c| matches!(c, Command::SceneStart { id, .. } if id == "two"))
        .expect("scene two starts");
    assert_eq!(
        commands[start + 1],
        Command::ChapterCard {
            number: 2,
            title: "Two".into()
        }
    );
    assert!(state.stage.cast.is_empty());
    // The base has no ambience: the rain stops.
    assert!(commands[start..].contains(&Command::Ambience(None)));
}

#[test]
fn jumps_variables_add_and_rename_work_together() {
    let one = r#"(id: "one", steps: [
        Add("n", 2), Add("n", 1),
        If(when: AtLeast("n", 3), then: [Rename("kylo", "Ben")]),
        If(when: Below("n", 3), then: [Narrate("never")]),
        Say("kylo", "Hello."),
        Jump("two"),
        Narrate("skipped"),
    ])"#;
    let story = story_with(one).unwrap();
    let (state, commands) = play_through(&story, &[]);
    assert_eq!(lines(&commands), ["Ben: Hello.", "Later."]);
    assert_eq!(state.vars["n"], 3);
}

#[test]
fn a_scene_that_loops_without_a_line_is_stopped() {
    let story = story_with(r#"(id: "one", steps: [Set("a", 1), Jump("one")])"#).unwrap();
    let (state, _) = play(&story, &State::default(), Input::Advance).unwrap();
    assert_eq!(
        play(&story, &state, Input::Advance),
        Err(InputError::Runaway("one".into()))
    );
}

#[test]
fn the_state_round_trips_through_ron() {
    let story = story();
    let (state, _) = play_through(&story, &[0]);
    let text = ron::to_string(&state).unwrap();
    let back: State = ron::from_str(&text).unwrap();
    assert_eq!(back, state);
}

#[test]
fn an_event_picture_shows_over_the_place_until_hidden_or_the_place_changes() {
    let one = r#"(id: "one", steps: [
        Place("clearing", Fade),
        Picture("rain"),
        Narrate("Painted."),
        HidePicture,
        Narrate("Back."),
        Picture("kiss:first"),
        Narrate("Again."),
        Place("base", Dissolve),
        Narrate("Gone."),
    ])"#;
    let story = story_with(one).unwrap();
    let mut state = State::default();
    let mut seen = Vec::new();
    for _ in 0..5 {
        let (next, commands) = play(&story, &state, Input::Advance).unwrap();
        state = next;
        seen.extend(commands.into_iter().filter_map(|c| match c {
            Command::Picture { id, file } => Some((id, file)),
            _ => None,
        }));
        if state.waiting == Waiting::Line {
            let shown = snapshot(&story, &state).event.map(|(id, _)| id);
            seen.push((shown, None));
        }
    }
    let some = |s: &str| Some(s.to_string());
    assert_eq!(
        seen,
        [
            (some("rain"), some("rain.png")),
            (some("rain"), None), // the snapshot at "Painted."
            (None, None),
            (None, None), // at "Back."
            (some("kiss:first"), some("kiss_first.png")),
            (some("kiss:first"), None), // at "Again."
            (None, None),               // a new place ends it
            (None, None),               // at "Gone."
        ]
    );
}

#[test]
fn a_new_scene_starts_without_the_last_scenes_event_picture() {
    let one = r#"(id: "one", steps: [Picture("rain"), Narrate("Painted."), Jump("two")])"#;
    let story = story_with(one).unwrap();
    let (state, commands) = play_through(&story, &[]);
    assert_eq!(state.stage.picture, None);
    // The view is told as well: the painting does not stay over the next scene.
    let shown = commands
        .iter()
        .position(|c| matches!(c, Command::Picture { id: Some(_), .. }))
        .expect("the picture is shown");
    let start = commands
        .iter()
        .position(|c| matches!(c, Command::SceneStart { id, .. } if id == "two"))
        .expect("scene two starts");
    let hidden = commands
        .iter()
        .position(|c| matches!(c, Command::Picture { id: None, .. }))
        .expect("the picture is hidden");
    assert!(shown < hidden && hidden < start, "{commands:?}");
}

#[test]
fn a_chapter_starts_at_its_first_line_with_the_readers_own_variables_or_the_paths() {
    let story = story();
    let on_the_path = start_chapter(&story, 1, None).expect("chapter two is reached");
    assert_eq!(lines_of_state(&story, &on_the_path), "Later.");
    // The canonical path takes the first option, which sets `cold`.
    assert_eq!(on_the_path.vars.get("cold"), Some(&1));
    let own = BTreeMap::from([("warm".to_string(), 2)]);
    let mine = start_chapter(&story, 1, Some(&own)).expect("chapter two is reached");
    assert_eq!(lines_of_state(&story, &mine), "Later.");
    assert_eq!(mine.vars, own);
    assert_eq!(start_chapter(&story, 7, None), None, "no such chapter");
}

fn lines_of_state(story: &Story, state: &State) -> String {
    match snapshot(story, state).showing {
        Showing::Line(line) => line.text,
        other => format!("{other:?}"),
    }
}
