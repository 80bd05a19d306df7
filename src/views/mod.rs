//! Views: what presents the story's picture. The stage (place, cast, rain), the dialogue
//! box and choices, the sound, and the captions that say it in words. Each reads the
//! bridge's cues and restored pictures.

pub mod audio;
pub mod captions;
pub mod dialogue;
pub mod stage;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((
        stage::plugin,
        dialogue::plugin,
        audio::plugin,
        captions::plugin,
    ));
}
