//! Sound, headless, on the test story with simulated time and seeded dice: the rain's
//! easing heard in the ambience, the rain through the walls of an indoor place, no
//! thunder while skipping, and the limiter on the main track. With a sound device kira
//! plays; with none its mixer runs on a silent backend, and all of this holds alike.

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::{
    copy_of_fixture, fixture_assets, headless_game, hold, press, replace, run_for, run_until,
    to_title,
};

use after_the_rain::session::Screen;
use after_the_rain::settings::ReaderSettings;
use after_the_rain::views::audio::mixer::{LIMITER, Mixer};
use after_the_rain::views::audio::{Mix, Shade};
use after_the_rain::views::stage::rain::Weather;
use bevy::prelude::*;

fn mix(app: &App) -> &Mix {
    app.world().resource::<Mix>()
}

/// From the title into the test story's storm, with its rain on the stage and heard.
fn into_the_storm(app: &mut App) {
    to_title(app);
    press(app, KeyCode::Enter); // "New Game" has the focus
    run_until(app, "the storm", Duration::from_secs(10), |app| {
        app.world().resource::<Weather>().rain >= 1.0
            && mix(app)
                .ambience
                .as_deref()
                .is_some_and(|a| a.ends_with("rain_heavy.ogg"))
    });
    // The picture's rain comes in over a second or so; the sound with it.
    run_for(app, 2.0);
    assert_eq!(*app.world().resource::<State<Screen>>().get(), Screen::Game);
}

/// A copy of the test story, its manifest naming the rain heard through walls and the
/// medbay indoors.
fn story_with_a_roof(name: &str) -> PathBuf {
    let root = copy_of_fixture(name);
    let manifest = root.join("story/story.ron");
    replace(
        &manifest,
        "\"medbay\": (background: \"images/places/medbay.webp\",",
        "\"medbay\": (background: \"images/places/medbay.webp\", indoors: true,",
    );
    replace(
        &manifest,
        "    thunder: \"thunder\",",
        "    thunder: \"thunder\",\n    rain: \"rain_heavy\",",
    );
    root
}

fn storm_scene(root: &Path) -> PathBuf {
    root.join("story/one/storm.ron")
}

#[test]
fn rain_easing_from_a_downpour_lowers_and_dulls_the_ambience() {
    let mut app = headless_game(&fixture_assets());
    into_the_storm(&mut app);
    let downpour = mix(&app).weather;
    assert!(
        downpour.level_db > -0.5,
        "a downpour is heard whole: {downpour:?}"
    );

    app.world_mut().resource_mut::<Weather>().rain = 0.3;
    run_for(&mut app, 0.4);
    let easing = mix(&app).weather;
    run_for(&mut app, 2.0);
    let light = mix(&app).weather;

    assert!(
        light.level_db < downpour.level_db - 6.0,
        "rain 0.3 is quieter: {light:?} after {downpour:?}"
    );
    assert!(
        light.cutoff_hz < downpour.cutoff_hz / 2.0,
        "and duller: {light:?}"
    );
    // On the way, as the picture's rain eases: between the two, not a jump.
    assert!(
        easing.level_db < downpour.level_db && easing.level_db > light.level_db,
        "{downpour:?} {easing:?} {light:?}"
    );
}

#[test]
fn an_indoor_place_hears_the_rain_outside_muffled_over_its_own_ambience() {
    let root = story_with_a_roof("indoors");
    // The story steps in from the storm while it still rains outside.
    replace(
        &storm_scene(&root),
        "        Narrate(\"Rain came down on the clearing.\"),",
        "        Place(\"medbay\", Cut),\n        Narrate(\"Rain came down on the clearing.\"),",
    );
    let mut app = headless_game(&root);
    to_title(&mut app);
    press(&mut app, KeyCode::Enter);
    run_until(&mut app, "the medbay", Duration::from_secs(10), |app| {
        mix(app).indoors
    });
    run_for(&mut app, 2.0);
    let mix = mix(&app);
    assert_eq!(
        mix.ambience.as_deref(),
        Some("audio/ambience/medbay_hum.ogg"),
        "the place's own ambience"
    );
    assert_eq!(mix.weather, Shade::OPEN, "which plays as it is");
    assert_eq!(
        mix.outside.as_deref(),
        Some("audio/ambience/rain_heavy.ogg"),
        "the rain outside, on top"
    );
    assert!(mix.walls.cutoff_hz <= 1_000.0, "muffled: {:?}", mix.walls);
    assert!(mix.walls.level_db < -6.0, "and low: {:?}", mix.walls);
}

#[test]
fn lightning_during_a_skip_brings_no_thunder_and_after_it_does() {
    let root = copy_of_fixture("skip");
    // A long stretch of storm to skip through, a line or two a frame.
    let lines: String = (0..1500)
        .map(|i| format!("        Narrate(\"Rain, {i}.\"),\n"))
        .collect();
    replace(
        &storm_scene(&root),
        "        Narrate(\"Rain came down on the clearing.\"),\n",
        &lines,
    );
    let mut app = headless_game(&root);
    app.world_mut().resource_mut::<ReaderSettings>().skip_unread = true;
    into_the_storm(&mut app);
    let counts = |app: &App| (mix(app).strikes, mix(app).thunder_cued);

    // Counted from the first frame of the skip: a strike read in the frame the key goes
    // down may belong to the reading before it.
    hold(&mut app, KeyCode::ControlLeft, true);
    let before = counts(&app);
    run_for(&mut app, 12.0);
    let skipped = counts(&app);
    assert!(
        skipped.0 > before.0,
        "lightning flashed during the skip: {before:?} {skipped:?}"
    );
    assert_eq!(skipped.1, before.1, "and no thunder was cued");

    hold(&mut app, KeyCode::ControlLeft, false);
    let reading = counts(&app);
    run_for(&mut app, 20.0);
    let read = counts(&app);
    assert!(read.0 > reading.0, "lightning flashed while reading");
    assert_eq!(
        read.1 - reading.1,
        read.0 - reading.0,
        "each with its thunder"
    );
}

#[test]
fn the_limiter_is_on_the_main_track() {
    let mut app = headless_game(&fixture_assets());
    app.update();
    let mixer = app.world().non_send::<Mixer>();
    let limiter = mixer.limiter();
    assert_eq!(limiter, LIMITER);
    assert!(limiter.ceiling_db <= -1.0, "under full scale: {limiter:?}");
    assert!(limiter.threshold_db <= -1.0 && limiter.ratio >= 20.0);
    assert!(
        limiter.attack <= Duration::from_millis(1),
        "fast: {limiter:?}"
    );
}
