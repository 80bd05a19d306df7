//! Restoring any moment of the shipped story: saving and resuming at every line of the
//! canonical path, and random readers who save, load and roll back as they go.

use std::path::Path;

use after_the_rain_core::director::{
    Found, Input, Moment, State, Timeline, Waiting, play, resume, snapshot,
};
use after_the_rain_core::save::{SAVE_VERSION, SaveFile};
use after_the_rain_core::story::{Story, check_folder};

fn shipped_story() -> Story {
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets");
    let checked = check_folder(&assets);
    checked
        .story
        .unwrap_or_else(|| panic!("the shipped story has mistakes: {:?}", checked.errors))
}

/// Through a save file's text and back, as a save on disk would go.
fn save_and_load(story: &Story, state: &State) -> State {
    let file = SaveFile {
        version: SAVE_VERSION,
        saved_at: 0,
        chapter: String::new(),
        line: String::new(),
        moment: Moment::of(story, state).expect("a line or a choice shows"),
    };
    let loaded = SaveFile::from_text(&file.to_text()).expect("reads back");
    let resumed = resume(story, &loaded.moment).expect("resumes");
    assert_eq!(resumed.found, Found::Same);
    resumed.state
}

#[test]
fn saving_and_resuming_at_every_line_gives_back_the_same_picture() {
    let story = shipped_story();
    let mut state = State::default();
    let mut stops = 0;
    while state.waiting != Waiting::End {
        if Timeline::is_stop(&state) {
            stops += 1;
            let loaded = save_and_load(&story, &state);
            assert_eq!(snapshot(&story, &loaded), snapshot(&story, &state));
            assert_eq!(loaded, state);
        }
        let input = match state.waiting {
            Waiting::Choice => Input::Choose(0),
            _ => Input::Advance,
        };
        state = play(&story, &state, input).expect("the story plays").0;
    }
    assert!(stops > 500, "only {stops} lines on the canonical path");
}

#[test]
fn random_readers_who_save_load_and_roll_back_reach_the_end_with_every_beat_in_order() {
    let story = shipped_story();
    for seed in 0..1_000 {
        let mut rng = fastrand::Rng::with_seed(seed);
        let mut state = State::default();
        let mut timeline = Timeline::default();
        // The stop the reader is at or passed last, as the game keeps it.
        let mut last_stop: Option<State> = None;
        let mut steps = 0;
        while state.waiting != Waiting::End {
            steps += 1;
            assert!(steps < 20_000, "seed {seed}: never reached the end");
            let here = last_stop.clone().unwrap_or_else(|| state.clone());
            let moved = match rng.u8(0..20) {
                0 if Timeline::is_stop(&state) => {
                    // A load starts a new timeline, as in the game.
                    timeline = Timeline::default();
                    Some(save_and_load(&story, &state))
                }
                1 | 2 => timeline.back(&here),
                3 => timeline.forward(&here),
                _ => {
                    let input = match state.waiting {
                        Waiting::Choice => Input::Choose(rng.usize(0..4)),
                        _ => Input::Advance,
                    };
                    // An option past the last is refused, and the reader tries again.
                    let Ok((next, _)) = play(&story, &state, input) else {
                        continue;
                    };
                    if Timeline::is_stop(&next)
                        && let Some(left) = last_stop.take()
                    {
                        timeline.read_on(left, &next);
                    }
                    state = next;
                    None
                }
            };
            if let Some(moved) = moved {
                state = moved;
            }
            if Timeline::is_stop(&state) {
                last_stop = Some(state.clone());
            }
        }
        let mut sorted = state.beats.clone();
        sorted.sort_by_key(|b| {
            let (c, n) = b.split_once('.').unwrap_or((b, "0"));
            (c.parse::<u32>().unwrap_or(0), n.parse::<u32>().unwrap_or(0))
        });
        sorted.dedup();
        assert_eq!(
            state.beats, sorted,
            "seed {seed}: beats out of order or twice"
        );
        assert!(
            state.beats.len() >= 25,
            "seed {seed}: only {:?}",
            state.beats
        );
    }
}

#[test]
fn a_line_reworded_since_the_save_resumes_at_its_new_words() {
    let story = shipped_story();
    let mut state = State::default();
    let mut checked = 0;
    while state.waiting != Waiting::End {
        if Timeline::is_stop(&state) && state.waiting == Waiting::Line {
            let mut moment = Moment::of(&story, &state).expect("a line shows");
            // A line said twice in a row can't be told from its twin: leave those out.
            let twin = moment.place.next == Some(moment.place.hash);
            if !moment.place.before.is_empty() && !twin {
                // As if the line's words had changed since the save.
                moment.place.hash ^= 1;
                let resumed = resume(&story, &moment).expect("resumes");
                assert_eq!(resumed.found, Found::Edited, "{:?}", moment.place);
                assert_eq!(
                    (resumed.state.scene, resumed.state.step),
                    (state.scene, state.step)
                );
                checked += 1;
            }
        }
        let input = match state.waiting {
            Waiting::Choice => Input::Choose(0),
            _ => Input::Advance,
        };
        state = play(&story, &state, input).expect("the story plays").0;
    }
    assert!(checked > 500);
}
