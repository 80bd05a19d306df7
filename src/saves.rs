//! Saves: slots on pages (autosaves, quick saves and five pages of the reader's own),
//! each a versioned RON file with a thumbnail beside it. Saving writes the reader's
//! [`Moment`]; loading finds it again with [`resume`], even in an edited story. A bad
//! save is a message in its slot or a notice, never a crash.

use bevy::asset::RenderAssetUsages;
use bevy::image::{CompressedImageFormats, ImageSampler, ImageType};
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};

use crate::assets::LoadedStory;
use crate::clock::now;
use crate::director::{self, Bookmark, Moment, Showing, resume, snapshot};
use crate::notice::Notice;
use crate::play::Playback;
use crate::save::{
    MAX_SAVE_BYTES, MAX_SUMMARY_BYTES, SAVE_VERSION, SaveError, SaveFile, Summary, continue_from,
};
use crate::session::{Autosave, Overlay, Screen, StartFrom, Verb};
pub use crate::storage::{Storage, Store};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Store>()
        .init_resource::<LastView>()
        .init_resource::<LastSaved>()
        .init_resource::<ReadingClock>()
        .init_resource::<SaveStamps>()
        .init_resource::<AutosaveEvery>()
        .add_message::<SaveAction>()
        .add_message::<SavesChanged>()
        .add_systems(
            Update,
            (every_minute, autosave, act)
                .chain()
                .after(crate::session::PlaySystems),
        )
        // Leaving the story, or the game, keeps the reader's place.
        .add_systems(OnExit(Screen::Game), save_on_leaving)
        .add_systems(Last, save_on_quit);
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    /// Written by the game at chapter starts, choices, after a load, every minute of
    /// reading and on leaving the story, oldest overwritten first.
    Auto,
    /// Written by quick save, oldest overwritten first.
    Quick,
    /// The reader's own, 1 to 5.
    Number(u8),
}

impl Page {
    pub const ALL: [Page; 7] = [
        Page::Auto,
        Page::Quick,
        Page::Number(1),
        Page::Number(2),
        Page::Number(3),
        Page::Number(4),
        Page::Number(5),
    ];

    pub fn label(self) -> String {
        match self {
            Page::Auto => "Auto".into(),
            Page::Quick => "Quick".into(),
            Page::Number(n) => n.to_string(),
        }
    }

    pub fn slots(self) -> impl Iterator<Item = Slot> {
        (0..Slot::PER_PAGE).map(move |index| Slot { page: self, index })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Slot {
    pub page: Page,
    /// 0 to 5.
    pub index: u8,
}

impl Slot {
    pub const PER_PAGE: u8 = 6;

    /// The storage key of its save; its thumbnail is the same with `.png`.
    pub fn key(self) -> String {
        let n = self.index + 1;
        match self.page {
            Page::Auto => format!("auto-{n}.ron"),
            Page::Quick => format!("quick-{n}.ron"),
            Page::Number(page) => format!("{page}-{n}.ron"),
        }
    }

    /// How the reader hears of it: "page 2, slot 3", "quick save 1".
    pub fn name(self) -> String {
        let n = self.index + 1;
        match self.page {
            Page::Auto => format!("autosave {n}"),
            Page::Quick => format!("quick save {n}"),
            Page::Number(page) => format!("page {page}, slot {n}"),
        }
    }

    pub(crate) fn thumbnail_key(self) -> String {
        self.key().replace(".ron", ".png")
    }

    pub fn every() -> impl Iterator<Item = Slot> {
        Page::ALL.into_iter().flat_map(Page::slots)
    }
}

/// What a slot holds, as its screen shows it: a save's summary, read from the start of
/// its file alone (the whole of a format 1 save, which has none).
#[derive(Debug, Clone, PartialEq)]
pub enum SlotContent {
    Empty,
    Saved(Box<Summary>),
    /// A save that can't be read, and why, in words for the reader.
    Broken(String),
}

pub fn read_slot(store: &Store, slot: Slot) -> SlotContent {
    let start = match store.0.read_start(&slot.key(), MAX_SUMMARY_BYTES) {
        Ok(None) => return SlotContent::Empty,
        Ok(Some(start)) => start,
        Err(e) => return SlotContent::Broken(format!("This save can't be read: {e}.")),
    };
    match Summary::from_start(&start) {
        Ok(summary) => SlotContent::Saved(Box::new(summary)),
        Err(SaveError::NoSummary) => match read_save(store, slot) {
            Ok(save) => SlotContent::Saved(Box::new(save.summary())),
            Err(why) => SlotContent::Broken(why),
        },
        Err(e) => SlotContent::Broken(format!("This save can't be loaded: {e}.")),
    }
}

/// A slot's whole save, read once; a file too big to be a save is not read on.
pub fn read_save(store: &Store, slot: Slot) -> Result<SaveFile, String> {
    let bytes = read_bytes(store, slot)?;
    SaveFile::from_bytes(&bytes).map_err(|e| format!("This save can't be loaded: {e}."))
}

/// A slot's bytes, at most one more than a save may have.
pub fn read_bytes(store: &Store, slot: Slot) -> Result<Vec<u8>, String> {
    match store
        .0
        .read_start(&slot.key(), MAX_SAVE_BYTES.saturating_add(1))
    {
        Ok(Some(bytes)) => Ok(bytes),
        Ok(None) => Err("This slot is empty.".into()),
        Err(e) => Err(format!("This save can't be read: {e}.")),
    }
}

/// A slot's thumbnail as an image to show, if it has one that decodes.
pub fn read_thumbnail(store: &Store, slot: Slot) -> Option<Image> {
    let bytes = store.0.read(&slot.thumbnail_key()).ok()??;
    Image::from_buffer(
        &bytes,
        ImageType::Extension("png"),
        CompressedImageFormats::NONE,
        true,
        ImageSampler::Default,
        RenderAssetUsages::RENDER_WORLD,
    )
    .ok()
}

/// Of `page`'s slots, the one to write next: an empty one, else the oldest.
fn rotating_slot(store: &Store, page: Page) -> Slot {
    page.slots()
        .min_by_key(|slot| match read_slot(store, *slot) {
            SlotContent::Saved(save) => (1, save.saved_at),
            _ => (0, 0),
        })
        .unwrap_or(Slot { page, index: 0 })
}

/// The newest save, among `slots`, by its summary (it may still fail to load).
pub fn newest(store: &Store, slots: impl Iterator<Item = Slot>) -> Option<Slot> {
    slots
        .filter_map(|slot| match read_slot(store, slot) {
            SlotContent::Saved(save) => Some((save.saved_at, slot)),
            _ => None,
        })
        .max_by_key(|(at, _)| *at)
        .map(|(_, slot)| slot)
}

/// What the reader (or the game) asks of the saves.
#[derive(Message, Debug, Clone, Copy, PartialEq)]
pub enum SaveAction {
    Save(Slot),
    Load(Slot),
    Delete(Slot),
    QuickSave,
    QuickLoad,
    /// Load the newest save of all.
    Continue,
}

/// A save was written or deleted: slots on screen are out of date.
#[derive(Message, Debug, Clone, Copy)]
pub struct SavesChanged;

/// The reader's place as last saved or loaded, so the question before leaving knows
/// whether anything would be lost.
#[derive(Resource, Default)]
pub struct LastSaved(pub Option<director::State>);

/// The picture of the story as it was before a menu opened, for save thumbnails.
#[derive(Resource, Default)]
pub struct LastView(pub Option<Image>);

/// Asks the renderer for a picture of the window; with no renderer nothing comes.
pub fn photograph<'a>(commands: &'a mut Commands) -> EntityCommands<'a> {
    commands.spawn(Screenshot::primary_window())
}

/// Asks for a picture of the story as it is now, before a menu covers it: what the save
/// screen puts in the slot it saves to.
pub fn remember_view(commands: &mut Commands, last_view: &mut LastView) {
    last_view.0 = None;
    photograph(commands).observe(
        |captured: On<ScreenshotCaptured>, mut view: ResMut<LastView>| {
            view.0 = Some(captured.image.clone());
        },
    );
}

/// A small PNG of a picture of the window, for a slot.
fn thumbnail_png(image: &Image) -> Option<Vec<u8>> {
    let picture = image.clone().try_into_dynamic().ok()?;
    let small = picture.thumbnail(384, 216).to_rgb8();
    let mut bytes = std::io::Cursor::new(Vec::new());
    small.write_to(&mut bytes, image::ImageFormat::Png).ok()?;
    Some(bytes.into_inner())
}

/// The save file for the reader's place, with what its slot shows.
fn save_file(
    story: &crate::story::Story,
    state: &director::State,
    stamps: &mut SaveStamps,
) -> Option<SaveFile> {
    let moment = Moment::of(story, state)?;
    let chapter = state
        .chapter
        .and_then(|c| Some(format!("Chapter {}: {}", c + 1, story.chapters.get(c)?)))
        .unwrap_or_default();
    let line = match snapshot(story, state).showing {
        Showing::Line(line) => match line.speaker {
            Some(speaker) => format!("{}: {}", speaker.name, line.text),
            None => line.text,
        },
        Showing::Choices { options, .. } => format!("A choice: {}", options.join(" / ")),
        _ => String::new(),
    };
    Some(SaveFile {
        version: SAVE_VERSION,
        saved_at: stamps.next(),
        chapter,
        line,
        moment,
    })
}

/// When each save is made, in seconds since 1970: never the same second twice in one
/// run, so that of two saves made in the same second (a chapter's autosave and the
/// reader quitting) Continue knows which came last.
#[derive(Resource, Default)]
struct SaveStamps(u64);

impl SaveStamps {
    fn next(&mut self) -> u64 {
        self.0 = now().max(self.0.saturating_add(1));
        self.0
    }
}

/// How long the reader has read since the last autosave, and where that was.
#[derive(Resource, Default)]
struct ReadingClock {
    seconds: f32,
    saved_at: Option<Bookmark>,
}

impl ReadingClock {
    /// An autosave as soon as the reader is back in the story (after loading a save, so
    /// that Continue comes back here rather than to an older session's place).
    fn due_now(&mut self) {
        self.seconds = f32::MAX;
        self.saved_at = None;
    }
}

/// Seconds of reading between two autosaves: a minute (tests take less).
#[derive(Resource, Debug, Clone, Copy)]
pub struct AutosaveEvery(pub f32);

impl Default for AutosaveEvery {
    fn default() -> Self {
        AutosaveEvery(60.0)
    }
}

/// An autosave every minute of reading (not counting time in menus), so that a crash
/// loses a minute at most; none while the reader stays on one line.
fn every_minute(
    time: Res<Time>,
    every: Res<AutosaveEvery>,
    mut clock: ResMut<ReadingClock>,
    screen: Res<State<Screen>>,
    overlay: Res<State<Overlay>>,
    playback: Res<Playback>,
    story: LoadedStory,
    mut autosaves: MessageWriter<Autosave>,
) {
    if *screen.get() != Screen::Game || *overlay.get() != Overlay::None {
        return;
    }
    clock.seconds = (clock.seconds + time.delta_secs()).min(f32::MAX);
    if clock.seconds < every.0 {
        return;
    }
    let here = story
        .get()
        .zip(playback.stop.as_ref())
        .and_then(|(s, stop)| Bookmark::of(&s.story, stop));
    if here.is_some() && here != clock.saved_at {
        clock.saved_at = here;
        autosaves.write(Autosave);
    }
}

/// Writes an autosave of the reader's place now, without a thumbnail (there is no time
/// to take one): on leaving the story and on quitting.
fn save_now(store: &Store, story: &LoadedStory, playback: &Playback, stamps: &mut SaveStamps) {
    let Some(story) = story.get().map(|s| &s.story) else {
        return;
    };
    let Some(file) = playback
        .stop
        .as_ref()
        .and_then(|s| save_file(story, s, stamps))
    else {
        return;
    };
    let slot = rotating_slot(store, Page::Auto);
    let written = store
        .0
        .write(&slot.key(), file.to_text().as_bytes())
        .and_then(|()| store.0.remove(&slot.thumbnail_key()));
    if let Err(e) = written {
        warn!("the autosave on leaving failed: {e}");
    }
}

fn save_on_leaving(
    store: Res<Store>,
    story: LoadedStory,
    playback: Res<Playback>,
    mut stamps: ResMut<SaveStamps>,
) {
    save_now(&store, &story, &playback, &mut stamps);
}

fn save_on_quit(
    mut exits: MessageReader<AppExit>,
    store: Res<Store>,
    story: LoadedStory,
    playback: Res<Playback>,
    screen: Res<State<Screen>>,
    mut stamps: ResMut<SaveStamps>,
) {
    if exits.read().count() > 0 && *screen.get() == Screen::Game {
        save_now(&store, &story, &playback, &mut stamps);
    }
}

fn autosave(
    mut autosaves: MessageReader<Autosave>,
    mut actions: MessageWriter<SaveAction>,
    mut clock: ResMut<ReadingClock>,
    store: Res<Store>,
) {
    if autosaves.read().count() > 0 {
        // Any autosave starts the minute again.
        clock.seconds = 0.0;
        actions.write(SaveAction::Save(rotating_slot(&store, Page::Auto)));
    }
}

fn write_thumbnail(slot: Slot) -> impl FnMut(On<ScreenshotCaptured>, Res<Store>) {
    move |captured: On<ScreenshotCaptured>, store: Res<Store>| {
        if let Some(png) = thumbnail_png(&captured.image)
            && let Err(e) = store.0.write(&slot.thumbnail_key(), &png)
        {
            warn!("{e}");
        }
    }
}

fn act(
    mut commands: Commands,
    mut actions: MessageReader<SaveAction>,
    store: Res<Store>,
    story: LoadedStory,
    playback: Res<Playback>,
    screen: Res<State<Screen>>,
    last_view: Res<LastView>,
    overlay: Res<State<Overlay>>,
    mut next_screen: ResMut<NextState<Screen>>,
    mut next_overlay: ResMut<NextState<Overlay>>,
    mut verbs: MessageWriter<Verb>,
    mut notice: ResMut<Notice>,
    mut changed: MessageWriter<SavesChanged>,
    mut last_saved: ResMut<LastSaved>,
    mut clock: ResMut<ReadingClock>,
    mut stamps: ResMut<SaveStamps>,
) {
    let Some(story) = story.get().map(|s| &s.story) else {
        return;
    };
    for action in actions.read().copied() {
        let slot = match action {
            SaveAction::QuickSave => SaveAction::Save(rotating_slot(&store, Page::Quick)),
            SaveAction::QuickLoad => match newest(&store, Page::Quick.slots()) {
                Some(slot) => SaveAction::Load(slot),
                None => {
                    notice.say("There is no quick save yet.");
                    continue;
                }
            },
            SaveAction::Continue => {
                // The newest save that loads; newer ones that don't are named.
                let saves: Vec<(Slot, u64)> = Slot::every()
                    .filter_map(|slot| match read_slot(&store, slot) {
                        SlotContent::Saved(summary) => Some((slot, summary.saved_at)),
                        _ => None,
                    })
                    .collect();
                let found = continue_from(story, saves, |slot| read_bytes(&store, *slot));
                let passed: Vec<String> = found
                    .passed_over
                    .iter()
                    .map(|(slot, why)| format!("{}: {why}", slot.name()))
                    .collect();
                match found.save {
                    Some((slot, _, resumed)) => {
                        if !passed.is_empty() {
                            notice.say(&format!(
                                "Newer saves can't be loaded ({}), so this is {}.",
                                passed.join("; "),
                                slot.name()
                            ));
                        }
                        // The newest good save: Continue comes back here anyway.
                        last_saved.0 = Some(resumed.state.clone());
                        next_overlay.set(Overlay::None);
                        if *screen.get() == Screen::Game {
                            verbs.write(Verb::Load(Box::new(resumed.state)));
                        } else {
                            commands.insert_resource(StartFrom(Some(resumed.state)));
                            next_screen.set(Screen::Game);
                        }
                    }
                    None if !passed.is_empty() => {
                        notice.say(&format!("No save can be loaded: {}.", passed.join("; ")));
                    }
                    None => {}
                }
                continue;
            }
            other => other,
        };
        match slot {
            SaveAction::Save(slot) => {
                let state = playback
                    .stop
                    .as_ref()
                    .filter(|_| *screen.get() == Screen::Game);
                let Some(file) = state.and_then(|s| save_file(story, s, &mut stamps)) else {
                    notice.say("There is nothing to save here.");
                    continue;
                };
                match store.0.write(&slot.key(), file.to_text().as_bytes()) {
                    Ok(()) => {
                        last_saved.0 = state.cloned();
                        changed.write(SavesChanged);
                        // From the save screen, the picture taken before it opened; a
                        // quick save or autosave takes its own, now that it is saved
                        // (it follows when the renderer has the picture).
                        let from_menu = last_view
                            .0
                            .as_ref()
                            .filter(|_| *overlay.get() == Overlay::Save);
                        if from_menu.is_none() {
                            photograph(&mut commands).observe(write_thumbnail(slot));
                        }
                        let thumbnail = match from_menu.and_then(thumbnail_png) {
                            Some(png) => store.0.write(&slot.thumbnail_key(), &png),
                            None => store.0.remove(&slot.thumbnail_key()),
                        };
                        if let Err(e) = thumbnail {
                            warn!("{e}");
                        }
                        if slot.page != Page::Auto {
                            notice.say(&format!("Saved in {}.", slot.name()));
                        }
                    }
                    Err(e) => notice.say(&format!("Could not save: {e}.")),
                }
            }
            SaveAction::Load(slot) => match read_save(&store, slot) {
                Ok(file) => match resume(story, &file.moment) {
                    Ok(resumed) => {
                        last_saved.0 = Some(resumed.state.clone());
                        clock.due_now();
                        next_overlay.set(Overlay::None);
                        if *screen.get() == Screen::Game {
                            verbs.write(Verb::Load(Box::new(resumed.state)));
                            notice.say(&format!(
                                "Loaded {}. Roll back (wheel up, Page Up) to return.",
                                slot.name()
                            ));
                        } else {
                            commands.insert_resource(StartFrom(Some(resumed.state)));
                            next_screen.set(Screen::Game);
                        }
                    }
                    Err(e) => notice.say(&format!("This save can't be loaded: {e}.")),
                },
                Err(why) => notice.say(&why),
            },
            SaveAction::Delete(slot) => {
                let removed = store
                    .0
                    .remove(&slot.key())
                    .and_then(|()| store.0.remove(&slot.thumbnail_key()));
                if let Err(e) = removed {
                    notice.say(&format!("Could not delete: {e}."));
                }
                changed.write(SavesChanged);
            }
            _ => {}
        }
    }
}
