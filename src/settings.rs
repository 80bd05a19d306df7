//! The reader's settings, one resource kept by Bevy's own `bevy_settings` (a TOML file
//! in the user's config folder on desktop, localStorage in the browser), and the screen
//! that changes them. Volumes apply live to the kira channels.

use std::time::Duration;

use bevy::prelude::*;
use bevy::settings::{ReflectSettingsGroup, SaveSettings, SettingsGroup};
use bevy_kira_audio::prelude::*;

use crate::assets::GameAssets;
use crate::audio::{AmbienceChannel, EffectsChannel, MASTER_HEADROOM_DB, MusicChannel};
use crate::input::{Action, Actions};
use crate::menu::{self, Menu, MenuFocus, MenuPicked};
use crate::saves::storage::Store;
use crate::session::Overlay;
use crate::theme;

/// The name the settings file is kept under (`~/.config/org.after-the-rain.game/` on Linux).
pub const SETTINGS_APP: &str = "org.after-the-rain.game";

pub(super) fn plugin(app: &mut App) {
    app.register_type::<ReaderSettings>()
        .init_resource::<ReaderSettings>()
        .add_systems(Update, apply_volumes)
        .add_systems(PostUpdate, size_text.before(bevy::ui::UiSystems::Prepare))
        .add_plugins(screen_plugin);
}

/// Everything the reader can set. Fields left out of the file keep their defaults.
#[derive(Resource, SettingsGroup, Reflect, Debug, Clone, PartialEq)]
#[reflect(Resource, SettingsGroup, Default)]
#[settings_group(group = "reader")]
pub struct ReaderSettings {
    /// Letters a second the typewriter shows; 0 shows each line at once.
    pub text_speed: f32,
    /// Seconds auto-forward waits after a line, plus a little for each letter.
    pub auto_pause: f32,
    /// Whether skip passes over lines not read yet.
    pub skip_unread: bool,
    pub master_volume: f32,
    pub music_volume: f32,
    pub ambience_volume: f32,
    pub effects_volume: f32,
    pub mute: bool,
    pub fullscreen: bool,
    /// How much larger than designed the words are: 1, 1.25 or 1.5.
    pub text_size: f32,
    /// No flashes: lightning dims the picture softly instead, and holograms hold still.
    pub reduce_motion: bool,
}

impl Default for ReaderSettings {
    fn default() -> Self {
        Self {
            text_speed: 50.0,
            auto_pause: 1.2,
            skip_unread: false,
            master_volume: 0.9,
            music_volume: 0.8,
            ambience_volume: 0.9,
            effects_volume: 1.0,
            mute: false,
            fullscreen: false,
            text_size: 1.0,
            reduce_motion: false,
        }
    }
}

/// The text sizes the reader steps through.
const TEXT_SIZES: [f32; 3] = [1.0, 1.25, 1.5];

impl ReaderSettings {
    /// A channel's level in the mix: its volume times the master's, under the headroom.
    fn channel_level(&self, volume: f32) -> Decibels {
        let amplitude = self.master_volume.clamp(0.0, 1.0) * volume.clamp(0.0, 1.0);
        if self.mute || amplitude <= 0.0 {
            return Decibels::SILENCE;
        }
        Decibels(20.0 * amplitude.log10() + MASTER_HEADROOM_DB)
    }

    /// The reader's text size, kept within the steps offered whatever the file says.
    pub fn text_scale(&self) -> f32 {
        self.text_size.clamp(TEXT_SIZES[0], TEXT_SIZES[2])
    }

    /// How long auto-forward waits once a line of `letters` is shown.
    pub fn auto_wait(&self, letters: usize) -> Duration {
        Duration::from_secs_f32(self.auto_pause.clamp(0.2, 10.0) + letters as f32 * 0.035)
    }
}

/// Saves the settings as they change (the file is written on another thread). Not
/// later: a still window may not run another frame for a long while (`stillness`).
/// In the browser `bevy_settings` stops the game when localStorage is full (saves with
/// thumbnails can fill it), so it is asked only when a settings-sized write fits.
pub fn save_now(commands: &mut Commands, store: &Store) {
    // On desktop a full disk only fails the write; no probe is needed there.
    if !cfg!(target_arch = "wasm32") || room_for_settings(store) {
        commands.queue(SaveSettings::IfChanged);
    } else {
        warn!("the storage is full: the settings apply now but are not kept");
    }
}

/// Whether a value the size of the settings (a few hundred bytes) can be written.
fn room_for_settings(store: &Store) -> bool {
    const PROBE: &str = "settings-room";
    let fits = store.0.write(PROBE, &[b' '; 1024]).is_ok();
    // The probe only measured; it need not stay.
    let _ = store.0.remove(PROBE);
    fits
}

fn apply_volumes(
    settings: Res<ReaderSettings>,
    music: Res<AudioChannel<MusicChannel>>,
    ambience: Res<AudioChannel<AmbienceChannel>>,
    effects: Res<AudioChannel<EffectsChannel>>,
) {
    if !settings.is_changed() {
        return;
    }
    music.set_volume(settings.channel_level(settings.music_volume));
    ambience.set_volume(settings.channel_level(settings.ambience_volume));
    effects.set_volume(settings.channel_level(settings.effects_volume));
}

/// The size a text was made at, before the reader's text size; `None` for display
/// titles, which keep theirs.
#[derive(Component)]
struct MadeAt(Option<f32>);

/// Text this large or smaller (in % of the window's height) is for reading, and grows
/// with the reader's text size; larger is a display title.
const READING_TEXT_MAX_VH: f32 = 4.0;

/// Reading text (lines, names, buttons, menus) follows the reader's text size.
fn size_text(
    mut commands: Commands,
    settings: Res<ReaderSettings>,
    mut new: Query<(Entity, &mut TextFont), Without<MadeAt>>,
    mut known: Query<(&mut TextFont, &MadeAt)>,
) {
    let scale = settings.text_scale();
    for (entity, mut font) in &mut new {
        let made_at = match font.font_size {
            FontSize::Vh(vh) if vh <= READING_TEXT_MAX_VH => Some(vh),
            _ => None,
        };
        if let Some(vh) = made_at.filter(|_| scale != 1.0) {
            font.font_size = FontSize::Vh(vh * scale);
        }
        commands.entity(entity).insert(MadeAt(made_at));
    }
    if settings.is_changed() {
        for (mut font, made_at) in &mut known {
            if let MadeAt(Some(vh)) = made_at {
                font.set_if_neq(TextFont {
                    font_size: FontSize::Vh(vh * scale),
                    ..font.clone()
                });
            }
        }
    }
}

/// One row of the settings screen: what it shows, and the next value a press gives.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Row {
    TextSpeed,
    AutoPause,
    TextSize,
    SkipUnread,
    ReduceMotion,
    Fullscreen,
    Master,
    Music,
    Ambience,
    Effects,
    Mute,
    Back,
}

/// The rows in focus order: reading in the left column, sound in the right, then Back.
const ROWS: [Row; 12] = [
    Row::TextSpeed,
    Row::AutoPause,
    Row::TextSize,
    Row::SkipUnread,
    Row::ReduceMotion,
    Row::Fullscreen,
    Row::Master,
    Row::Music,
    Row::Ambience,
    Row::Effects,
    Row::Mute,
    Row::Back,
];
/// How many rows the left column holds.
const READING_ROWS: usize = 6;

/// Steps a value through `steps`, to the next one above it (round to the first).
fn next_step(value: f32, steps: &[f32]) -> f32 {
    steps
        .iter()
        .copied()
        .find(|s| *s > value + 0.001)
        .or_else(|| steps.first().copied())
        .unwrap_or(value)
}

const VOLUMES: [f32; 11] = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0];

impl Row {
    fn label(self, s: &ReaderSettings) -> String {
        let percent = |v: f32| format!("{:.0}%", v * 100.0);
        let on = |b: bool| if b { "on" } else { "off" }.to_string();
        let (name, value) = match self {
            Row::TextSpeed => (
                "Text speed",
                if s.text_speed <= 0.0 {
                    "instant".to_string()
                } else {
                    format!("{:.0} letters a second", s.text_speed)
                },
            ),
            Row::AutoPause => ("Auto-forward waits", format!("{:.1} s", s.auto_pause)),
            Row::TextSize => (
                "Text size",
                match s.text_scale() {
                    v if v >= TEXT_SIZES[2] => "largest",
                    v if v >= TEXT_SIZES[1] => "large",
                    _ => "normal",
                }
                .to_string(),
            ),
            Row::ReduceMotion => ("Reduce motion", on(s.reduce_motion)),
            Row::Master => ("Volume", percent(s.master_volume)),
            Row::Music => ("Music", percent(s.music_volume)),
            Row::Ambience => ("Ambience", percent(s.ambience_volume)),
            Row::Effects => ("Effects", percent(s.effects_volume)),
            Row::Mute => ("Mute", on(s.mute)),
            Row::Fullscreen => ("Fullscreen", on(s.fullscreen)),
            Row::SkipUnread => ("Skip unread lines too", on(s.skip_unread)),
            Row::Back => return "Back".to_string(),
        };
        format!("{name}:  {value}")
    }

    fn press(self, s: &mut ReaderSettings) {
        match self {
            // Round to instant after the fastest.
            Row::TextSpeed => {
                s.text_speed = match s.text_speed {
                    v if v <= 0.0 => 25.0,
                    v if v >= 100.0 => 0.0,
                    v => next_step(v, &[25.0, 50.0, 100.0]),
                }
            }
            Row::AutoPause => s.auto_pause = next_step(s.auto_pause, &[0.6, 1.2, 2.0, 3.5]),
            Row::TextSize => s.text_size = next_step(s.text_scale(), &TEXT_SIZES),
            Row::ReduceMotion => s.reduce_motion = !s.reduce_motion,
            Row::Master => s.master_volume = next_step(s.master_volume, &VOLUMES),
            Row::Music => s.music_volume = next_step(s.music_volume, &VOLUMES),
            Row::Ambience => s.ambience_volume = next_step(s.ambience_volume, &VOLUMES),
            Row::Effects => s.effects_volume = next_step(s.effects_volume, &VOLUMES),
            Row::Mute => s.mute = !s.mute,
            Row::Fullscreen => s.fullscreen = !s.fullscreen,
            Row::SkipUnread => s.skip_unread = !s.skip_unread,
            Row::Back => {}
        }
    }
}

/// The settings screen: a list of rows; Enter, a click or A steps a row to its next
/// value (volumes go up by a tenth and round to silence), Esc goes back.
pub(super) fn screen_plugin(app: &mut App) {
    app.add_systems(OnEnter(Overlay::Settings), open_screen)
        .add_systems(
            Update,
            (pick_row, label_rows)
                .chain()
                .run_if(in_state(Overlay::Settings)),
        );
}

fn open_screen(mut commands: Commands, assets: Res<GameAssets>, settings: Res<ReaderSettings>) {
    commands.insert_resource(MenuFocus::on(Menu::Settings));
    commands
        .spawn((
            DespawnOnExit(Overlay::Settings),
            theme::centred_column(vh(1.2)),
            BackgroundColor(Color::srgba(0.02, 0.03, 0.05, 0.96)),
            GlobalZIndex(40),
        ))
        .with_children(|column| {
            column.spawn((
                Text::new("Settings"),
                TextFont::from(&assets.serif).with_font_size(FontSize::Vh(6.0)),
                TextColor(theme::TEXT),
            ));
            let button = |i: usize, row: &Row| {
                menu::button(&assets, &row.label(&settings), Menu::Settings, i)
            };
            // Two columns, so every row fits at the largest text size.
            column
                .spawn(Node {
                    column_gap: vw(2.0),
                    ..default()
                })
                .with_children(|columns| {
                    for rows in [0..READING_ROWS, READING_ROWS..ROWS.len() - 1] {
                        columns
                            .spawn(Node {
                                flex_direction: FlexDirection::Column,
                                width: vw(42.0),
                                row_gap: vh(1.2),
                                ..default()
                            })
                            .with_children(|list| {
                                for (i, row) in ROWS.iter().enumerate().skip(rows.start) {
                                    if i < rows.end {
                                        list.spawn(button(i, row));
                                    }
                                }
                            });
                    }
                });
            column.spawn(button(ROWS.len() - 1, &Row::Back));
        });
}

fn pick_row(
    mut commands: Commands,
    mut picked: MessageReader<MenuPicked>,
    actions: Res<Actions>,
    mut settings: ResMut<ReaderSettings>,
    mut next: ResMut<NextState<Overlay>>,
    store: Res<Store>,
) {
    if actions.did(Action::Cancel) {
        next.set(Overlay::None);
    }
    for pick in picked.read().filter(|p| p.menu == Menu::Settings) {
        match ROWS.get(pick.index) {
            Some(Row::Back) => next.set(Overlay::None),
            Some(row) => {
                row.press(&mut settings);
                save_now(&mut commands, &store);
            }
            None => {}
        }
    }
}

/// Each row's words follow its value.
fn label_rows(
    settings: Res<ReaderSettings>,
    rows: Query<(&menu::MenuItem, &Children)>,
    mut texts: Query<&mut Text>,
) {
    if !settings.is_changed() {
        return;
    }
    for (item, children) in &rows {
        let Some(row) = ROWS.get(item.index).filter(|_| item.menu == Menu::Settings) else {
            continue;
        };
        for child in children {
            if let Ok(mut text) = texts.get_mut(*child) {
                text.0 = row.label(&settings);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::saves::storage::Storage;

    /// Storage with no room left, like a browser's full localStorage.
    struct Full;
    impl Storage for Full {
        fn read(&self, _: &str) -> Result<Option<Vec<u8>>, String> {
            Ok(None)
        }
        fn write(&self, _: &str, _: &[u8]) -> Result<(), String> {
            Err("full".into())
        }
        fn remove(&self, _: &str) -> Result<(), String> {
            Ok(())
        }
    }

    #[test]
    fn settings_are_not_written_into_a_full_storage() {
        assert!(!room_for_settings(&Store(Box::new(Full))));
        let folder = std::env::temp_dir().join(format!("room-{}", std::process::id()));
        let store = Store(Box::new(crate::saves::storage::Folder(folder.clone())));
        assert!(room_for_settings(&store), "a folder with room takes them");
        let left = std::fs::read_dir(&folder).map_or(0, |d| d.count());
        assert_eq!(left, 0, "the probe leaves nothing behind");
        let _ = std::fs::remove_dir_all(folder);
    }

    #[test]
    fn rows_step_through_their_values_and_round() {
        let mut s = ReaderSettings::default();
        Row::TextSpeed.press(&mut s);
        assert_eq!(s.text_speed, 100.0);
        Row::TextSpeed.press(&mut s);
        assert_eq!(s.text_speed, 0.0, "then instant");
        assert_eq!(Row::TextSpeed.label(&s), "Text speed:  instant");
        s.music_volume = 1.0;
        Row::Music.press(&mut s);
        assert_eq!(s.music_volume, 0.0, "from full, round to silence");
        Row::Music.press(&mut s);
        assert_eq!(Row::Music.label(&s), "Music:  10%");
        Row::TextSize.press(&mut s);
        Row::TextSize.press(&mut s);
        assert_eq!(Row::TextSize.label(&s), "Text size:  largest");
        Row::TextSize.press(&mut s);
        assert_eq!(s.text_size, 1.0, "then back to normal");
    }

    #[test]
    fn every_volume_at_full_keeps_the_headroom() {
        let s = ReaderSettings {
            master_volume: 1.0,
            ..default()
        };
        assert!((s.channel_level(1.0).0 - MASTER_HEADROOM_DB).abs() < 1e-4);
        let half = s.channel_level(0.5).0 - MASTER_HEADROOM_DB;
        assert!(
            (half + 6.02).abs() < 0.01,
            "half volume is 6 dB down: {half}"
        );
        assert_eq!(s.channel_level(0.0), Decibels::SILENCE);
        let muted = ReaderSettings { mute: true, ..s };
        assert_eq!(muted.channel_level(1.0), Decibels::SILENCE);
    }
}
