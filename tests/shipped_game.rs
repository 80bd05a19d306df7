//! The shipped story, played whole and headless (no window, no GPU, no sound device):
//! from the title screen through every chapter to the credits with the keyboard the
//! way a reader would (always the first option), checking what the reader saw and
//! heard. (The engine's own tests run on the small story in `tests/fixture/`.)

mod common;

use std::time::Duration;

use common::{
    fixture_assets, headless_game, press, project_assets, run_until, screen, story, to_title,
};

use after_the_rain::director::{self, Command, Input, State, Waiting};
use after_the_rain::play::Playback;
use after_the_rain::session::Screen;
use after_the_rain::story::Story;
use after_the_rain::theme::widgets::{Menu, MenuFocus};
use after_the_rain::views::dialogue::{LineText, Reveal};
use after_the_rain::{AmbienceChannel, NowPlaying};
use bevy::prelude::*;
use bevy_kira_audio::{AudioChannel, AudioControl, PlaybackState};

/// The lines the director produces for a reader who always takes the first option.
fn canonical_lines(story: &Story) -> Vec<String> {
    let mut state = State::default();
    let mut lines = Vec::new();
    while state.waiting != Waiting::End {
        let input = match state.waiting {
            Waiting::Choice => Input::Choose(0),
            _ => Input::Advance,
        };
        let (next, commands) = director::play(story, &state, input).expect("story plays");
        state = next;
        lines.extend(commands.into_iter().filter_map(|c| match c {
            Command::Line(line) => Some(line.text),
            _ => None,
        }));
    }
    lines
}

/// The dialogue box's text as the reader sees it: the revealed part of the line.
fn shown_line(app: &mut App) -> Option<(String, String)> {
    let world = app.world_mut();
    let full = world.resource::<Reveal>().line();
    let mut boxes = world.query_filtered::<&Children, With<LineText>>();
    let first = *boxes.single(world).ok()?.first()?;
    let revealed = world.get::<TextSpan>(first)?.0.clone();
    Some((full, revealed))
}

#[test]
fn the_shipped_story_plays_from_the_title_through_the_credits() {
    let mut app = headless_game(&project_assets());
    to_title(&mut app);
    let story = story(&app);
    let expected = canonical_lines(&story);
    let rain = story.ambience["rain_heavy"].clone();

    press(&mut app, KeyCode::Enter); // "New Game" has the focus
    assert_eq!(screen(&app), Screen::Game);

    let mut seen: Vec<String> = Vec::new();
    let mut heard_rain = None;
    let mut chapter_one_beats = None;
    let mut presses = 0;
    while app.world().resource::<Playback>().state.waiting != Waiting::End {
        presses += 1;
        assert!(presses < 100_000, "stuck after {seen:?}");
        // When the first beat of a later chapter passes, Chapter 1 is over.
        let beats = &app.world().resource::<Playback>().state.beats;
        if chapter_one_beats.is_none() && beats.iter().any(|b| !b.starts_with("1.")) {
            chapter_one_beats = Some(beats[..beats.len() - 1].to_vec());
        }
        if let Some((full, revealed)) = shown_line(&mut app)
            && full == revealed
            && !full.is_empty()
            && seen.last() != Some(&full)
        {
            seen.push(full);
        }
        // The first time the rain is on, the channel has it queued (no sound device)
        // or playing (a device): it may well have stopped by the end of the story.
        if heard_rain.is_none()
            && let Some((path, instance)) = &app.world().resource::<NowPlaying>().ambience
            && *path == rain
        {
            let channel = app.world().resource::<AudioChannel<AmbienceChannel>>();
            heard_rain = Some(channel.state(instance));
        }
        let choosing = app
            .world()
            .get_resource::<MenuFocus>()
            .is_some_and(|f| f.menu == Menu::Choice);
        // Take the first option of every choice; otherwise read on.
        press(
            &mut app,
            if choosing {
                KeyCode::Digit1
            } else {
                KeyCode::Space
            },
        );
    }

    let state = &app.world().resource::<Playback>().state;
    let chapter_one = chapter_one_beats.unwrap_or_else(|| state.beats.clone());
    assert_eq!(chapter_one, ["1.1", "1.2", "1.3", "1.4", "1.5"]);
    assert_eq!(
        seen, expected,
        "the dialogue box showed other lines than the director's"
    );

    let rain_state = heard_rain.expect("the ambience channel was told to play the rain");
    assert!(
        matches!(
            rain_state,
            PlaybackState::Queued | PlaybackState::Playing { .. }
        ),
        "the rain was {rain_state:?}"
    );

    // The closing card, then any key goes back to the title.
    run_until(
        &mut app,
        "the end card's grace",
        Duration::from_secs(5),
        |app| {
            press(app, KeyCode::Space);
            screen(app) == Screen::Title
        },
    );
}

#[test]
fn esc_asks_before_going_back_to_the_title() {
    let mut app = headless_game(&fixture_assets());
    to_title(&mut app);
    press(&mut app, KeyCode::Enter);
    let focus = |app: &App| app.world().get_resource::<MenuFocus>().map(|f| f.menu);

    press(&mut app, KeyCode::Escape);
    assert_eq!(focus(&app), Some(Menu::Confirm), "Esc opens the question");
    press(&mut app, KeyCode::Enter); // "Keep reading" has the focus
    assert_eq!(screen(&app), Screen::Game);
    assert_eq!(
        focus(&app),
        None,
        "the question is gone and reading goes on"
    );

    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::ArrowUp);
    press(&mut app, KeyCode::Enter); // "Return to title"
    assert_eq!(screen(&app), Screen::Title);
}
