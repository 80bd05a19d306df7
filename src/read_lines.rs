//! The lines the reader has read, in any session: what skip may pass over. Kept as
//! (scene id, line hash) pairs in the saves' store, so they survive a restart and any
//! edit that leaves a line's words alone.

use std::collections::BTreeSet;

use bevy::prelude::*;

use crate::director::{Bookmark, State};
use crate::storage::Store;
use crate::story::Story;

const KEY: &str = "read-lines.ron";
/// How often changes are written out (and again on the way out).
const WRITE_EVERY: f32 = 5.0;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, load)
        .add_systems(Update, write_now_and_then)
        .add_systems(Last, write_on_exit);
}

#[derive(Resource, Debug, Default)]
pub struct ReadLines {
    lines: BTreeSet<(String, u64)>,
    unsaved: bool,
}

impl ReadLines {
    /// Notes that the reader reached `state`'s line; says whether they had read it before.
    pub fn mark(&mut self, story: &Story, state: &State) -> bool {
        let Some(place) = Bookmark::of(story, state) else {
            return true;
        };
        let new = self.lines.insert((place.scene, place.hash));
        self.unsaved |= new;
        !new
    }
}

fn load(mut commands: Commands, store: Res<Store>) {
    let lines = match store.0.read(KEY) {
        Ok(Some(bytes)) => std::str::from_utf8(&bytes)
            .ok()
            .and_then(|text| ron::from_str::<BTreeSet<(String, u64)>>(text).ok())
            .unwrap_or_else(|| {
                warn!("{KEY} is damaged; skip starts afresh");
                BTreeSet::new()
            }),
        Ok(None) => BTreeSet::new(),
        Err(e) => {
            warn!("{e}");
            BTreeSet::new()
        }
    };
    commands.insert_resource(ReadLines {
        lines,
        unsaved: false,
    });
}

fn write(read: &mut ReadLines, store: &Store) {
    if !read.unsaved {
        return;
    }
    read.unsaved = false;
    let text = ron::to_string(&read.lines).unwrap_or_default();
    if let Err(e) = store.0.write(KEY, text.as_bytes()) {
        warn!("{e}");
    }
}

fn write_now_and_then(
    time: Res<Time>,
    mut since: Local<f32>,
    read: Option<ResMut<ReadLines>>,
    store: Res<Store>,
) {
    *since += time.delta_secs();
    if *since >= WRITE_EVERY
        && let Some(mut read) = read
    {
        *since = 0.0;
        write(&mut read, &store);
    }
}

fn write_on_exit(
    mut exits: MessageReader<AppExit>,
    read: Option<ResMut<ReadLines>>,
    store: Res<Store>,
) {
    if exits.read().count() > 0
        && let Some(mut read) = read
    {
        write(&mut read, &store);
    }
}
