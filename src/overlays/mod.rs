//! Overlays: screens laid over the story while it waits (history, saves, settings, the
//! quick menu along the bottom, the question before leaving), and over the title (the
//! gallery, chapters).

pub mod chapters;
pub mod gallery;
pub mod history;
pub mod leave;
pub mod quick_menu;
pub mod saves;
pub mod settings;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((
        chapters::plugin,
        gallery::plugin,
        history::plugin,
        leave::plugin,
        quick_menu::plugin,
        saves::plugin,
        settings::plugin,
    ));
}
