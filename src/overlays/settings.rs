//! The settings screen: a list of rows; Enter, a click or A steps a row to its next
//! value, Esc goes back.

use bevy::prelude::*;

use crate::assets::GameAssets;
use crate::input::{Action, Actions};
use crate::session::Overlay;
use crate::settings::{ReaderSettings, TEXT_SIZES, save_now};
use crate::storage::Store;
use bevy::ui::RelativeCursorPosition;

use crate::theme;
use crate::theme::widgets::{self, Activate, Menu, MenuFocus};

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
    Captions,
    Back,
}

/// The rows in focus order: reading in the left column, sound in the right, then Back.
const ROWS: [Row; 13] = [
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
    Row::Captions,
    Row::Back,
];
/// How many rows the left column holds.
const READING_ROWS: usize = 6;

/// Steps a value through `steps`: up to the next one above it (round to the first
/// after the last), or down to the next one below it (round to the last).
fn next_step(value: f32, steps: &[f32], up: bool) -> f32 {
    let next = if up {
        steps.iter().copied().find(|s| *s > value + 0.001)
    } else {
        steps.iter().rev().copied().find(|s| *s < value - 0.001)
    };
    let round = if up { steps.first() } else { steps.last() };
    next.or_else(|| round.copied()).unwrap_or(value)
}

/// Steps a volume a tenth up or down, stopping at silence and at full.
fn volume_step(value: f32, up: bool) -> f32 {
    let tenths = (value.clamp(0.0, 1.0) * 10.0).round() + if up { 1.0 } else { -1.0 };
    tenths.clamp(0.0, 10.0) / 10.0
}

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
            Row::Captions => ("Captions", on(s.captions)),
            Row::Fullscreen => ("Fullscreen", on(s.fullscreen)),
            Row::SkipUnread => ("Skip unread lines too", on(s.skip_unread)),
            Row::Back => return "Back".to_string(),
        };
        format!("{name}:  {value}")
    }

    /// Changes the row's value: `up` for Enter, a click on its right half or Right;
    /// down for a click on its left half or Left. Volumes stop at silence and at full;
    /// the other rows go round.
    fn press(self, s: &mut ReaderSettings, up: bool) {
        match self {
            // Round to instant after the fastest.
            Row::TextSpeed => {
                const SPEEDS: [f32; 4] = [25.0, 50.0, 100.0, 0.0];
                let at = SPEEDS
                    .iter()
                    .position(|v| (v - s.text_speed.max(0.0)).abs() < 0.5);
                let next = match (at, up) {
                    (Some(i), true) => (i + 1) % SPEEDS.len(),
                    (Some(i), false) => (i + SPEEDS.len() - 1) % SPEEDS.len(),
                    (None, _) => 1,
                };
                s.text_speed = SPEEDS.get(next).copied().unwrap_or(50.0);
            }
            Row::AutoPause => s.auto_pause = next_step(s.auto_pause, &[0.6, 1.2, 2.0, 3.5], up),
            Row::TextSize => s.text_size = next_step(s.text_scale(), &TEXT_SIZES, up),
            Row::ReduceMotion => s.reduce_motion = !s.reduce_motion,
            Row::Master => s.master_volume = volume_step(s.master_volume, up),
            Row::Music => s.music_volume = volume_step(s.music_volume, up),
            Row::Ambience => s.ambience_volume = volume_step(s.ambience_volume, up),
            Row::Effects => s.effects_volume = volume_step(s.effects_volume, up),
            Row::Mute => s.mute = !s.mute,
            Row::Captions => s.captions = !s.captions,
            Row::Fullscreen => s.fullscreen = !s.fullscreen,
            Row::SkipUnread => s.skip_unread = !s.skip_unread,
            Row::Back => {}
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Overlay::Settings), open_screen)
        .add_systems(
            Update,
            (keys, label_rows)
                .chain()
                .run_if(in_state(Overlay::Settings)),
        );
}

/// The row a button changes.
#[derive(Component, Debug, Clone, Copy)]
struct RowButton(Row);

fn open_screen(mut commands: Commands, assets: Res<GameAssets>, settings: Res<ReaderSettings>) {
    commands.insert_resource(MenuFocus::on(Menu::Settings));
    commands
        .spawn((
            Name::new("Settings"),
            DespawnOnExit(Overlay::Settings),
            theme::screen_column(vh(1.2)),
            BackgroundColor(theme::OVERLAY_BACKDROP),
            theme::layer::OVERLAY,
        ))
        .with_children(|column| {
            column.spawn((
                Text::new("Settings"),
                TextFont::from(&assets.serif).with_font_size(FontSize::Vh(6.0)),
                TextColor(theme::TEXT),
            ));
            // Two columns of one fixed width, centred: the rows keep their places
            // whatever their words say, so a changed value never moves a row under the
            // pointer, and every row fits at the largest text size. Upright, one column
            // across the window, the rows closer together.
            column
                .spawn((
                    Node {
                        column_gap: vw(2.0),
                        justify_content: JustifyContent::Center,
                        ..default()
                    },
                    theme::InPortrait(Node {
                        flex_direction: FlexDirection::Column,
                        width: percent(94),
                        row_gap: vh(0.5),
                        ..default()
                    }),
                ))
                .with_children(|columns| {
                    for rows in [0..READING_ROWS, READING_ROWS..ROWS.len() - 1] {
                        columns
                            .spawn((
                                Node {
                                    flex_direction: FlexDirection::Column,
                                    width: vw(40.0),
                                    row_gap: vh(1.2),
                                    ..default()
                                },
                                theme::InPortrait(Node {
                                    flex_direction: FlexDirection::Column,
                                    width: percent(100),
                                    row_gap: vh(0.5),
                                    ..default()
                                }),
                            ))
                            .with_children(|list| {
                                for (i, row) in ROWS.iter().enumerate() {
                                    if rows.contains(&i) {
                                        row_button(list, &assets, &settings, i, *row);
                                    }
                                }
                            });
                    }
                });
            row_button(column, &assets, &settings, ROWS.len() - 1, Row::Back);
        });
}

/// A row's button: Enter or a click on its right half steps its value up, a click on
/// its left half steps it down (Left and Right do the same for the lit row).
fn row_button(
    parent: &mut ChildSpawnerCommands,
    assets: &GameAssets,
    settings: &ReaderSettings,
    index: usize,
    row: Row,
) {
    let mut button = parent.spawn((
        widgets::button(assets, &row.label(settings), Menu::Settings, index),
        RowButton(row),
    ));
    if row == Row::Back {
        button.insert(theme::InPortrait(Node {
            padding: UiRect::axes(px(28), px(7)),
            ..widgets::button_node()
        }));
        button.observe(|_: On<Activate>, mut next: ResMut<NextState<Overlay>>| {
            next.set(Overlay::None);
        });
        return;
    }
    // Rows fill their column, so each is as wide as the next.
    let node = Node {
        width: percent(100),
        padding: UiRect::axes(px(20), px(12)),
        justify_content: JustifyContent::Center,
        border_radius: BorderRadius::all(px(10)),
        ..default()
    };
    button.insert((
        theme::InPortrait(Node {
            padding: UiRect::axes(px(12), px(7)),
            ..node.clone()
        }),
        node,
        RelativeCursorPosition::default(),
    ));
    button.observe(
        move |activate: On<Activate>,
              mut commands: Commands,
              mut settings: ResMut<ReaderSettings>,
              store: Res<Store>,
              pointer: Query<&RelativeCursorPosition>| {
            // A click on the left half lowers; Enter (or a click on the right) raises.
            let left_half = pointer
                .get(activate.entity)
                .ok()
                .filter(|cursor| cursor.cursor_over)
                .and_then(|cursor| cursor.normalized)
                .is_some_and(|at| at.x < 0.0);
            row.press(&mut settings, !left_half);
            save_now(&mut commands, &store);
        },
    );
}

/// Esc closes; Left and Right change the lit row.
fn keys(
    mut commands: Commands,
    actions: Res<Actions>,
    focus: Option<Res<MenuFocus>>,
    mut settings: ResMut<ReaderSettings>,
    mut next: ResMut<NextState<Overlay>>,
    store: Res<Store>,
    rows: Query<(&widgets::MenuItem, &RowButton)>,
) {
    if actions.did(Action::Cancel) {
        next.set(Overlay::None);
    }
    let up = match (actions.did(Action::Left), actions.did(Action::Right)) {
        (true, false) => false,
        (false, true) => true,
        _ => return,
    };
    let lit = focus.and_then(|focus| {
        rows.iter()
            .find(|(item, _)| item.menu == focus.menu && item.index == focus.index)
    });
    if let Some((_, RowButton(row))) = lit
        && *row != Row::Back
    {
        row.press(&mut settings, up);
        save_now(&mut commands, &store);
    }
}

/// Each row's words follow its value.
fn label_rows(
    settings: Res<ReaderSettings>,
    rows: Query<(&RowButton, &Children)>,
    mut texts: Query<&mut Text>,
) {
    if !settings.is_changed() {
        return;
    }
    for (RowButton(row), children) in &rows {
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

    #[test]
    fn rows_step_through_their_values_and_round() {
        let mut s = ReaderSettings::default();
        Row::TextSpeed.press(&mut s, true);
        assert_eq!(s.text_speed, 100.0);
        Row::TextSpeed.press(&mut s, true);
        assert_eq!(s.text_speed, 0.0, "then instant");
        assert_eq!(Row::TextSpeed.label(&s), "Text speed:  instant");
        Row::TextSpeed.press(&mut s, false);
        assert_eq!(s.text_speed, 100.0, "and back");
        Row::TextSize.press(&mut s, true);
        Row::TextSize.press(&mut s, true);
        assert_eq!(Row::TextSize.label(&s), "Text size:  largest");
        Row::TextSize.press(&mut s, true);
        assert_eq!(s.text_size, 1.0, "then back to normal");
        assert_eq!(Row::Captions.label(&s), "Captions:  off", "off at first");
        Row::Captions.press(&mut s, true);
        assert_eq!(Row::Captions.label(&s), "Captions:  on");
    }

    #[test]
    fn volumes_go_both_ways_and_stop_at_the_ends() {
        let mut s = ReaderSettings {
            music_volume: 0.8,
            ..default()
        };
        Row::Music.press(&mut s, false);
        assert_eq!(
            Row::Music.label(&s),
            "Music:  70%",
            "one step down, not nine up"
        );
        s.music_volume = 1.0;
        Row::Music.press(&mut s, true);
        assert_eq!(s.music_volume, 1.0, "full stays full");
        s.music_volume = 0.1;
        Row::Music.press(&mut s, false);
        Row::Music.press(&mut s, false);
        assert_eq!(s.music_volume, 0.0, "silence stays silence");
    }
}
