//! The story screen's own business: the end of the story leads to the credits.

use bevy::prelude::*;

use crate::director::Command;
use crate::session::{Cue, Overlay, PlaySystems, Screen};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        the_end
            .after(PlaySystems)
            .run_if(in_state(Screen::Game).and_then(in_state(Overlay::None))),
    );
}

/// After the last line (the bridge has darkened the screen), the credits roll.
fn the_end(mut cues: MessageReader<Cue>, mut next: ResMut<NextState<Screen>>) {
    if cues.read().any(|c| c.0 == Command::End) {
        next.set(Screen::Credits);
    }
}
