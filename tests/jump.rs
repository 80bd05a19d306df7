//! Straight to Chapter 3 (as `--scene` or a save from the title would): its place, cast
//! and ambience are there at once, not a blank or silent stage.

mod common;

use std::time::Duration;

use after_the_rain::Mix;
use after_the_rain::assets::streaming::LoadingCard;
use after_the_rain::director::{StartAt, chapter_files, snapshot, start_at};
use after_the_rain::play::Playback;
use after_the_rain::session::Screen;
use after_the_rain::session::StartFrom;
use bevy::prelude::*;
use common::{
    fixture_assets, fresh_folder, headless_game_saving_in, press, run_until, screen, story,
    to_title,
};

#[test]
fn a_jump_to_chapter_three_shows_its_pictures_and_plays_its_ambience() {
    let mut app = headless_game_saving_in(&fixture_assets(), &fresh_folder("jump"));
    to_title(&mut app);
    let story = story(&app);
    let state = start_at(&story, &StartAt::Scene("ward".into())).expect("reaches Chapter 3");
    assert_eq!(state.chapter, Some(2));
    let picture = snapshot(&story, &state);
    app.insert_resource(StartFrom(Some(state)));
    press(&mut app, KeyCode::Enter);
    // Its files load behind the loading card, and the story waits for them.
    run_until(&mut app, "Chapter 3", Duration::from_secs(30), |app| {
        let world = app.world_mut();
        let loading = world
            .query_filtered::<(), With<LoadingCard>>()
            .iter(world)
            .next()
            .is_some();
        world.resource::<Playback>().stop.is_some() && !loading
    });
    for _ in 0..3 {
        app.update();
    }
    assert_eq!(screen(&app), Screen::Game);

    // Every picture on stage is drawn from a loaded image.
    let world = app.world_mut();
    let mut sprites = world.query::<&Sprite>();
    let handles: Vec<Handle<Image>> = sprites.iter(world).map(|s| s.image.clone()).collect();
    let server = world.resource::<AssetServer>();
    let drawn: Vec<String> = handles
        .iter()
        .filter(|h| server.is_loaded(*h))
        .filter_map(|h| server.get_path(h))
        .map(|p| p.path().to_string_lossy().into_owned())
        .collect();
    let background = picture
        .place
        .clone()
        .expect("Chapter 3 has a place")
        .background;
    assert!(
        drawn.contains(&background),
        "{background} is not drawn: {drawn:?}"
    );
    for actor in &picture.cast {
        let look = &actor.look;
        for file in std::iter::once(&look.body).chain(look.parts().map(|l| &l.file)) {
            // The eyes may be shut in a blink.
            let drawn_here =
                drawn.contains(file) || (*file == look.eyes.file && drawn.contains(&look.blink));
            assert!(drawn_here, "{file} is not drawn");
        }
    }
    let ambience = picture
        .ambience
        .clone()
        .expect("Chapter 3's place has an ambience");
    let playing = world.resource::<Mix>().ambience.clone();
    assert_eq!(playing, Some(ambience));
}

/// Chapter 1 loads while the title shows; after a jump to Chapter 3 it is let go.
#[test]
fn chapter_one_loads_at_the_title_and_is_let_go_after_a_jump_to_chapter_three() {
    let mut app = headless_game_saving_in(&fixture_assets(), &fresh_folder("let-go"));
    to_title(&mut app);
    let story = story(&app);
    // A picture only Chapter 1 uses.
    let later: Vec<String> = (1..story.chapters.len())
        .flat_map(|c| chapter_files(&story, c))
        .collect();
    let only_first = chapter_files(&story, 0)
        .into_iter()
        .find(|f| story.is_picture(f) && !later.contains(f))
        .expect("Chapter 1 has a picture of its own");
    let held = |app: &mut App| {
        let server = app.world().resource::<AssetServer>();
        server
            .get_handle::<Image>(&only_first)
            .is_some_and(|h| server.is_loaded(&h))
    };
    run_until(
        &mut app,
        "Chapter 1 loaded at the title",
        Duration::from_secs(30),
        held,
    );

    let state = start_at(&story, &StartAt::Scene("ward".into())).expect("reaches Chapter 3");
    app.insert_resource(StartFrom(Some(state)));
    press(&mut app, KeyCode::Enter);
    run_until(
        &mut app,
        "Chapter 1 let go",
        Duration::from_secs(30),
        |app| !held(app),
    );
    assert_eq!(screen(&app), Screen::Game);
}
