//! Saves: slots on pages (autosaves, quick saves and five pages of the reader's own),
//! each a versioned RON file with a thumbnail beside it. Saving writes the reader's
//! [`Moment`]; loading finds it again with [`resume`], even in an edited story. A bad
//! save is a message in its slot or a notice, never a crash.

mod screen;
pub mod storage;

use bevy::asset::RenderAssetUsages;
use bevy::image::{CompressedImageFormats, ImageSampler, ImageType};
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};

use crate::assets::{GameAssets, LoadedStory};
use crate::director::{self, Moment, Showing, resume, snapshot};
use crate::play::Playback;
use crate::save::{SAVE_VERSION, SaveFile};
use crate::session::{Autosave, Overlay, Screen, StartFrom, Verb};
use crate::stillness::Moving;
use crate::theme;
pub use storage::{Storage, Store};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Store>()
        .init_resource::<LastView>()
        .init_resource::<Notice>()
        .add_message::<SaveAction>()
        .add_message::<SavesChanged>()
        .add_systems(Startup, spawn_notice)
        .add_systems(
            Update,
            (autosave, act, fade_notice)
                .chain()
                .after(crate::session::PlaySystems),
        )
        .add_plugins(screen::plugin);
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    /// Written by the game at chapter starts and choices, oldest overwritten first.
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

    fn thumbnail_key(self) -> String {
        self.key().replace(".ron", ".png")
    }

    pub fn every() -> impl Iterator<Item = Slot> {
        Page::ALL.into_iter().flat_map(Page::slots)
    }
}

/// What a slot holds, as its screen shows it.
#[derive(Debug, Clone, PartialEq)]
pub enum SlotContent {
    Empty,
    Saved(Box<SaveFile>),
    /// A save that can't be read, and why, in words for the reader.
    Broken(String),
}

pub fn read_slot(store: &Store, slot: Slot) -> SlotContent {
    match store.0.read(&slot.key()) {
        Ok(None) => SlotContent::Empty,
        Ok(Some(bytes)) => match std::str::from_utf8(&bytes) {
            Ok(text) => match SaveFile::from_text(text) {
                Ok(save) => SlotContent::Saved(Box::new(save)),
                Err(e) => SlotContent::Broken(format!("This save can't be loaded: {e}.")),
            },
            Err(_) => SlotContent::Broken("This save can't be loaded: it is not text.".into()),
        },
        Err(e) => SlotContent::Broken(format!("This save can't be read: {e}.")),
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

/// The newest save, among `slots`.
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

/// The picture of the story as it was before a menu opened, for save thumbnails.
#[derive(Resource, Default)]
pub struct LastView(pub Option<Image>);

/// Asks the renderer for a picture of the window; with no renderer nothing comes.
pub fn photograph<'a>(commands: &'a mut Commands) -> EntityCommands<'a> {
    commands.spawn(Screenshot::primary_window())
}

/// A small PNG of a picture of the window, for a slot.
fn thumbnail_png(image: &Image) -> Option<Vec<u8>> {
    let picture = image.clone().try_into_dynamic().ok()?;
    let small = picture.thumbnail(384, 216).to_rgb8();
    let mut bytes = std::io::Cursor::new(Vec::new());
    small.write_to(&mut bytes, image::ImageFormat::Png).ok()?;
    Some(bytes.into_inner())
}

/// Seconds since 1970, from the system's clock (the browser's in a browser).
pub fn now() -> u64 {
    #[cfg(target_arch = "wasm32")]
    return (js_sys::Date::now() / 1000.0) as u64;
    #[cfg(not(target_arch = "wasm32"))]
    return std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
}

/// How far the reader's clock was ahead of UTC at `seconds` since 1970, in seconds.
fn utc_offset(seconds: u64) -> i32 {
    #[cfg(target_arch = "wasm32")]
    return {
        let at = js_sys::Date::new(&(seconds as f64 * 1000.0).into());
        // JavaScript counts minutes the other way: UTC minus local.
        (-at.get_timezone_offset() * 60.0) as i32
    };
    #[cfg(not(target_arch = "wasm32"))]
    return {
        use chrono::{Local, Offset, TimeZone};
        i64::try_from(seconds)
            .ok()
            .and_then(|s| Local.timestamp_opt(s, 0).single())
            .map_or(0, |at| at.offset().fix().local_minus_utc())
    };
}

/// A moment as the reader's clock showed it: "YYYY-MM-DD HH:MM".
pub fn local_date(seconds: u64) -> String {
    crate::save::date(seconds, utc_offset(seconds))
}

/// The save file for the reader's place, with what its slot shows.
fn save_file(story: &crate::story::Story, state: &director::State) -> Option<SaveFile> {
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
        Showing::Choices(options) => format!("A choice: {}", options.join(" / ")),
        _ => String::new(),
    };
    Some(SaveFile {
        version: SAVE_VERSION,
        saved_at: now(),
        chapter,
        line,
        moment,
    })
}

fn autosave(
    mut commands: Commands,
    mut autosaves: MessageReader<Autosave>,
    mut actions: MessageWriter<SaveAction>,
    store: Res<Store>,
) {
    if autosaves.read().count() > 0 {
        let slot = rotating_slot(&store, Page::Auto);
        actions.write(SaveAction::Save(slot));
        // The thumbnail follows when the renderer has the picture.
        photograph(&mut commands).observe(write_thumbnail(slot));
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
) {
    let Some(story) = story.get().map(|s| &s.story) else {
        return;
    };
    for action in actions.read().copied() {
        let slot = match action {
            SaveAction::QuickSave => {
                let slot = rotating_slot(&store, Page::Quick);
                photograph(&mut commands).observe(write_thumbnail(slot));
                SaveAction::Save(slot)
            }
            SaveAction::QuickLoad => match newest(&store, Page::Quick.slots()) {
                Some(slot) => SaveAction::Load(slot),
                None => {
                    notice.say("There is no quick save yet.");
                    continue;
                }
            },
            SaveAction::Continue => match newest(&store, Slot::every()) {
                Some(slot) => SaveAction::Load(slot),
                None => continue,
            },
            other => other,
        };
        match slot {
            SaveAction::Save(slot) => {
                let state = playback
                    .stop
                    .as_ref()
                    .filter(|_| *screen.get() == Screen::Game);
                let Some(file) = state.and_then(|s| save_file(story, s)) else {
                    notice.say("There is nothing to save here.");
                    continue;
                };
                match store.0.write(&slot.key(), file.to_text().as_bytes()) {
                    Ok(()) => {
                        changed.write(SavesChanged);
                        // From the save screen, the picture taken before it opened; a
                        // quick save or autosave has its own on the way.
                        let from_menu = last_view
                            .0
                            .as_ref()
                            .filter(|_| *overlay.get() == Overlay::Save);
                        let png = from_menu.and_then(thumbnail_png);
                        let thumbnail = match png {
                            Some(png) => store.0.write(&slot.thumbnail_key(), &png),
                            None => store.0.remove(&slot.thumbnail_key()),
                        };
                        if let Err(e) = thumbnail {
                            warn!("{e}");
                        }
                        if slot.page != Page::Auto {
                            notice.say(&format!(
                                "Saved in {} {}.",
                                page_name(slot.page),
                                slot.index + 1
                            ));
                        }
                    }
                    Err(e) => notice.say(&format!("Could not save: {e}.")),
                }
            }
            SaveAction::Load(slot) => match read_slot(&store, slot) {
                SlotContent::Saved(file) => match resume(story, &file.moment) {
                    Ok(resumed) => {
                        next_overlay.set(Overlay::None);
                        if *screen.get() == Screen::Game {
                            verbs.write(Verb::Restore(Box::new(resumed.state)));
                        } else {
                            commands.insert_resource(StartFrom(Some(resumed.state)));
                            next_screen.set(Screen::Game);
                        }
                    }
                    Err(e) => notice.say(&format!("This save can't be loaded: {e}.")),
                },
                SlotContent::Broken(why) => notice.say(&why),
                SlotContent::Empty => {}
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

fn page_name(page: Page) -> String {
    match page {
        Page::Auto => "autosave".into(),
        Page::Quick => "quick save".into(),
        Page::Number(n) => format!("page {n}, slot"),
    }
}

/// A short message at the top of the window ("Saved.", or what went wrong).
#[derive(Resource, Default, Debug)]
pub struct Notice {
    pub text: String,
    seconds_left: f32,
    /// Frames to wait before it shows, so that a picture taken as it is said (a quick
    /// save's thumbnail) does not show it: the picture comes from a frame or two later
    /// (the renderer works a frame behind the game).
    frames_hidden: u8,
}

const NOTICE_FRAMES_HIDDEN: u8 = 3;

impl Notice {
    pub fn say(&mut self, text: &str) {
        info!("{text}");
        self.text = text.to_string();
        self.seconds_left = 3.5;
        self.frames_hidden = NOTICE_FRAMES_HIDDEN;
    }
}

#[derive(Component)]
struct NoticeText;

fn spawn_notice(mut commands: Commands) {
    commands.spawn((
        Node {
            position_type: PositionType::Absolute,
            top: vh(2.0),
            width: percent(100),
            justify_content: JustifyContent::Center,
            ..default()
        },
        GlobalZIndex(60),
        Pickable::IGNORE,
        children![(
            NoticeText,
            Text::default(),
            TextFont::from_font_size(theme::UI_SIZE),
            TextColor(theme::TEXT.with_alpha(0.0)),
            BackgroundColor(theme::PANEL.with_alpha(0.0)),
            Node {
                padding: UiRect::axes(vw(1.5), vh(0.8)),
                border_radius: BorderRadius::all(px(8)),
                ..default()
            },
        )],
    ));
}

fn fade_notice(
    time: Res<Time>,
    mut moving: ResMut<Moving>,
    mut notice: ResMut<Notice>,
    assets: Option<Res<GameAssets>>,
    mut text: Single<
        (
            &mut Text,
            &mut TextFont,
            &mut TextColor,
            &mut BackgroundColor,
        ),
        With<NoticeText>,
    >,
) {
    if notice.seconds_left <= 0.0 {
        return;
    }
    moving.now();
    let (words, font, colour, background) = &mut *text;
    if words.0 != notice.text {
        words.0 = notice.text.clone();
        // Set in the game's own type once it has loaded.
        if let Some(assets) = assets {
            font.font = (&assets.sans).into();
        }
    }
    let alpha = if notice.frames_hidden > 0 {
        notice.frames_hidden -= 1;
        0.0
    } else {
        notice.seconds_left = (notice.seconds_left - time.delta_secs()).max(0.0);
        notice.seconds_left.min(0.5) * 2.0
    };
    colour.0.set_alpha(alpha);
    background.0 = theme::PANEL.with_alpha(alpha * 0.8);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The notice's opacity after one more frame.
    fn notice_alpha(app: &mut App) -> f32 {
        app.update();
        let mut texts = app
            .world_mut()
            .query_filtered::<&TextColor, With<NoticeText>>();
        texts.single(app.world()).map_or(-1.0, |c| c.0.alpha())
    }

    /// A quick save's thumbnail is asked for in the frame it is made; its "Saved…"
    /// notice must not be in that picture.
    #[test]
    fn a_notice_shows_a_few_frames_after_it_is_said() {
        let mut app = App::new();
        app.add_plugins(MinimalPlugins)
            .init_resource::<Moving>()
            .init_resource::<Notice>()
            .add_systems(Startup, spawn_notice)
            .add_systems(Update, fade_notice);
        assert_eq!(notice_alpha(&mut app), 0.0, "no notice yet");
        app.world_mut()
            .resource_mut::<Notice>()
            .say("Saved in Quick 1.");
        for frame in 0..NOTICE_FRAMES_HIDDEN {
            assert_eq!(
                notice_alpha(&mut app),
                0.0,
                "drawn {frame} frames after said"
            );
        }
        assert!(notice_alpha(&mut app) > 0.9, "not shown after the wait");
    }
}
