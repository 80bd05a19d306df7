//! After the Rain: a visual novel. The story core ([`story`], [`director`]) is plain
//! Rust; the Bevy plugins around it only present what the director decides.
//!
//! Where things live:
//! - [`play`]: the bridge between the director and the rest (input in, cues out);
//!   [`session`]: the screens' and overlays' states, the frame's system sets, the cues;
//! - [`views`]: what presents the picture (stage, dialogue, audio);
//! - [`overlays`]: what opens over the story (history, saves, settings, quick menu,
//!   the leave question); [`screens`]: loading, title, credits;
//! - [`assets`]: loading the story and streaming its files by chapter;
//! - shared parts: [`input`], [`accessibility`] (what a screen reader gets),
//!   [`settings`], [`saves`] (and [`exchange`]: export and import), [`storage`],
//!   [`read_lines`],
//!   [`notice`], [`clock`], [`dice`], [`theme`] (widgets, layers), [`tween`], [`stillness`],
//!   [`window`] (fullscreen, screenshots);
//! - [`tools`]: the development run and the screenshot tour, apart from the game;
//! - `web` (in the browser only): the screen readers' copy in the page, and start-up
//!   settings for software WebGL.
//!
//! [`plugin`] composes the game; `main.rs` adds Bevy's window and renderer around it,
//! and the whole-game tests run it headless.

pub mod accessibility;
pub mod assets;
pub mod clock;
pub mod dice;
pub mod exchange;
pub mod input;
pub mod notice;
pub mod overlays;
pub mod play;
pub mod progress;
pub mod read_lines;
pub mod saves;
pub mod screens;
pub mod session;
pub mod settings;
pub mod stillness;
pub mod storage;
pub mod theme;
pub mod tools;
pub mod tween;
pub mod views;
#[cfg(target_arch = "wasm32")]
pub mod web;
pub mod window;

use bevy::prelude::*;

pub use after_the_rain_core::{director, save, story};

pub use views::audio::Mix;

/// The log's filter: Bevy's, less the asset server's own error for a file that failed
/// to load. The game says each of those once, without the backtrace Bevy's message
/// carries when `RUST_BACKTRACE` is set (the loading screen, the loading card, the
/// writer's overlay).
pub fn log_filter() -> String {
    format!("{},bevy_asset::server=off", bevy::log::DEFAULT_FILTER)
}

/// Everything the game adds on top of Bevy's own plugins.
pub fn plugin(app: &mut App) {
    app.init_resource::<dice::Dice>();
    app.add_plugins((session::plugin, tween::plugin));
    app.add_plugins((
        input::plugin,
        settings::plugin,
        read_lines::plugin,
        progress::plugin,
        screens::plugin,
        assets::plugin,
        play::plugin,
        theme::plugin,
        views::plugin,
        saves::plugin,
        notice::plugin,
        overlays::plugin,
        tools::dev::plugin,
        stillness::plugin,
        window::plugin,
    ));
    app.add_plugins((
        assets::streaming::plugin,
        exchange::plugin,
        accessibility::plugin,
    ));
    #[cfg(target_arch = "wasm32")]
    app.add_plugins(web::plugin);
}
