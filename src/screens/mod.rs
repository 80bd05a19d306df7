//! The game's screens, as a state: loading, then the title, then the story.

mod credits;
mod game;
pub mod loading;
pub mod title;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((
        loading::plugin,
        title::plugin,
        game::plugin,
        credits::plugin,
    ));
}
