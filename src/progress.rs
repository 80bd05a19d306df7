//! What the reader has been through in any session, kept beside the read lines: the
//! event pictures seen (the gallery shows them), whether the credits have rolled (then
//! Chapters appears on the title), and the variables as the reader last entered each
//! chapter (what Chapters starts with).

use std::collections::{BTreeMap, BTreeSet};

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use crate::director::Command;
use crate::play::Playback;
use crate::session::{Cue, PlaySystems, Screen, ShowPicture};
use crate::storage::Store;

const KEY: &str = "progress.ron";
/// Where a damaged progress file is set aside, so starting afresh never destroys it.
const DAMAGED_KEY: &str = "progress-damaged.ron";

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, load)
        .add_systems(Update, (note_pictures, note_chapters).after(PlaySystems))
        .add_systems(OnEnter(Screen::Credits), note_credits);
}

#[derive(Resource, Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    /// Event picture ids seen (`kiss:she_reaches` for a variant).
    pub pictures: BTreeSet<String>,
    /// The credits have rolled at least once.
    pub finished: bool,
    /// The variables as the reader last entered each chapter (from 0).
    pub chapters: BTreeMap<usize, BTreeMap<String, i32>>,
}

impl Progress {
    /// Notes a picture as seen; says whether it is new.
    pub fn see(&mut self, id: &str) -> bool {
        self.pictures.insert(id.to_string())
    }
}

fn load(mut commands: Commands, store: Res<Store>) {
    let progress = match store.0.read(KEY) {
        Ok(Some(bytes)) => std::str::from_utf8(&bytes)
            .ok()
            .and_then(|text| ron::from_str::<Progress>(text).ok())
            .unwrap_or_else(|| {
                warn!(
                    "{KEY} is damaged: it is kept as {DAMAGED_KEY}, and the gallery starts afresh"
                );
                if let Err(e) = store.0.write(DAMAGED_KEY, &bytes) {
                    warn!("{e}");
                }
                Progress::default()
            }),
        Ok(None) => Progress::default(),
        Err(e) => {
            warn!("{e}");
            Progress::default()
        }
    };
    commands.insert_resource(progress);
}

/// Written at once: it changes a few times in a whole story.
pub fn write(progress: &Progress, store: &Store) {
    let text = ron::to_string(progress).unwrap_or_default();
    if let Err(e) = store.0.write(KEY, text.as_bytes()) {
        warn!("{e}");
    }
}

/// An event picture shown (dissolved in, or on screen in a restored moment) is seen.
fn note_pictures(
    mut cues: MessageReader<Cue>,
    mut pictures: MessageReader<ShowPicture>,
    mut progress: ResMut<Progress>,
    store: Res<Store>,
) {
    let shown = cues
        .read()
        .filter_map(|Cue(command)| match command {
            Command::Picture { id, .. } => id.clone(),
            _ => None,
        })
        .chain(
            pictures
                .read()
                .filter_map(|ShowPicture(p)| p.event.as_ref().map(|(id, _)| id.clone())),
        )
        .collect::<Vec<_>>();
    let mut new = false;
    for id in shown {
        new |= progress.see(&id);
    }
    if new {
        write(&progress, &store);
    }
}

/// A chapter's card: remember the reader's variables as the chapter begins.
fn note_chapters(
    mut cues: MessageReader<Cue>,
    playback: Option<Res<Playback>>,
    mut progress: ResMut<Progress>,
    store: Res<Store>,
) {
    let Some(playback) = playback else { return };
    let mut changed = false;
    for Cue(command) in cues.read() {
        if let Command::ChapterCard { number, .. } = command {
            let chapter = number.saturating_sub(1);
            progress
                .chapters
                .insert(chapter, playback.state.vars.clone());
            changed = true;
        }
    }
    if changed {
        write(&progress, &store);
    }
}

fn note_credits(mut progress: ResMut<Progress>, store: Res<Store>) {
    if !progress.finished {
        progress.finished = true;
        write(&progress, &store);
    }
}
