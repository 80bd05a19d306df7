//! After the Rain: a visual novel. The story core ([`story`], [`director`]) is plain
//! Rust; the Bevy plugins around it only present what the director decides.
//!
//! [`plugin`] composes the game; `main.rs` adds Bevy's window and renderer around it,
//! and the whole-game tests run it headless.

pub mod assets;
mod audio;
pub mod dev;
pub mod dialogue;
pub mod history;
pub mod input;
pub mod menu;
pub mod play;
pub mod quick_menu;
pub mod read_lines;
pub mod saves;
pub mod screens;
pub mod screenshots;
pub mod session;
pub mod settings;
pub mod stage;
pub mod stillness;
pub mod streaming;
mod theme;
pub mod tween;

use bevy::prelude::*;

pub use after_the_rain_core::{director, save, story};

pub use audio::{AmbienceChannel, EffectsChannel, MusicChannel, NowPlaying};

/// Everything the game adds on top of Bevy's own plugins.
pub fn plugin(app: &mut App) {
    app.add_plugins((session::plugin, tween::plugin));
    app.add_plugins((
        input::plugin,
        settings::plugin,
        read_lines::plugin,
        screens::plugin,
        assets::plugin,
        play::plugin,
        menu::plugin,
        stage::plugin,
        dialogue::plugin,
        audio::plugin,
        saves::plugin,
        history::plugin,
        quick_menu::plugin,
        dev::plugin,
        stillness::plugin,
    ));
    app.add_plugins(streaming::plugin);
}
