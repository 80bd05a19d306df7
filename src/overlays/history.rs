//! The history (backlog): the lines read so far, newest at the bottom, speakers' names
//! in their colours and narration in italics as in the box. Wheel, arrow keys, Page
//! Up/Down, Home/End and dragging scroll it; Esc, L or a right click closes it.

use bevy::picking::events::{Drag, Pointer};
use bevy::prelude::*;

use crate::assets::{GameAssets, LoadedStory};
use crate::director::{Line, Showing, chosen_option, snapshot};
use crate::input::{Action, Actions};
use crate::play::Playback;
use crate::session::Overlay;
use crate::theme;

/// The most lines the history keeps.
pub const HISTORY_LINES: usize = 250;
/// Pixels one wheel notch or arrow press scrolls.
const SCROLL_STEP: f32 = 60.0;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Overlay::History), open)
        .add_systems(
            Update,
            (open_at_newest, scroll, close_keys).run_if(in_state(Overlay::History)),
        );
}

/// One entry of the history: a line, or the option the reader chose.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    Line(Line),
    Chose(String),
}

/// What the reader has read, oldest first: the lines before the current one and it,
/// with the option taken at each choice.
pub fn entries_read(playback: &Playback, story: &crate::story::Story) -> Vec<Entry> {
    let stops: Vec<&crate::director::State> = playback
        .timeline
        .past()
        .chain(playback.stop.as_ref())
        .collect();
    let mut entries = Vec::new();
    for (i, state) in stops.iter().enumerate() {
        match snapshot(story, state).showing {
            Showing::Line(line) => entries.push(Entry::Line(line)),
            Showing::Choices { options, .. } => {
                let next = stops.get(i + 1);
                let chosen = next.and_then(|next| chosen_option(story, state, next));
                if let Some(text) = chosen.and_then(|n| options.get(n)) {
                    entries.push(Entry::Chose(text.clone()));
                }
            }
            _ => {}
        }
    }
    let extra = entries.len().saturating_sub(HISTORY_LINES);
    entries.drain(..extra);
    entries
}

/// The scrolling list.
#[derive(Component)]
pub struct HistoryList;

/// The list opens at its newest line: once laid out, it scrolls to its end.
#[derive(Component)]
struct AtNewest;

fn open_at_newest(
    mut commands: Commands,
    mut lists: Query<(Entity, &mut ScrollPosition, &ComputedNode), With<AtNewest>>,
) {
    for (entity, mut position, node) in &mut lists {
        // Not laid out yet: its size comes in a later frame.
        if node.size().y <= 0.0 {
            continue;
        }
        position.y = scroll_range(node);
        commands.entity(entity).remove::<AtNewest>();
    }
}

fn open(
    mut commands: Commands,
    assets: Res<GameAssets>,
    story: LoadedStory,
    playback: Res<Playback>,
) {
    let Some(story) = story.get() else { return };
    let entries = entries_read(&playback, &story.story);
    commands
        .spawn((
            Name::new("History"),
            DespawnOnExit(Overlay::History),
            theme::full_screen(),
            BackgroundColor(theme::OVERLAY_BACKDROP),
            theme::layer::OVERLAY,
        ))
        .with_children(|screen| {
            screen
                .spawn((
                    HistoryList,
                    Node {
                        flex_direction: FlexDirection::Column,
                        width: percent(100),
                        height: percent(100),
                        padding: UiRect::axes(percent(14), vh(6.0)),
                        row_gap: vh(2.2),
                        overflow: Overflow::scroll_y(),
                        ..default()
                    },
                    theme::InPortrait(Node {
                        flex_direction: FlexDirection::Column,
                        width: percent(100),
                        height: percent(100),
                        padding: UiRect::axes(percent(4), vh(4.0)),
                        row_gap: vh(1.6),
                        overflow: Overflow::scroll_y(),
                        ..default()
                    }),
                    AtNewest,
                ))
                .observe(drag)
                .with_children(|list| {
                    list.spawn((
                        Text::new(if entries.is_empty() {
                            "Nothing read yet."
                        } else {
                            "History"
                        }),
                        TextFont::from(&assets.serif).with_font_size(FontSize::Vh(5.0)),
                        TextColor(theme::TEXT),
                    ));
                    for entry in &entries {
                        match entry {
                            Entry::Line(line) => list.spawn(line_entry(&assets, line)),
                            Entry::Chose(text) => list.spawn(choice_entry(&assets, text)),
                        };
                    }
                });
        });
}

fn line_entry(assets: &GameAssets, line: &Line) -> impl Bundle {
    let (name, colour) = match &line.speaker {
        Some(speaker) => {
            let [r, g, b] = speaker.colour;
            (speaker.name.clone(), Color::srgb_u8(r, g, b))
        }
        None => (String::new(), Color::NONE),
    };
    let (font, text_colour) = match line.speaker {
        Some(_) => (&assets.serif, theme::TEXT),
        None => (&assets.serif_italic, theme::NARRATION),
    };
    (
        Node {
            column_gap: vw(2.0),
            flex_shrink: 0.0,
            ..default()
        },
        children![
            (
                Node {
                    width: vw(12.0),
                    flex_shrink: 0.0,
                    justify_content: JustifyContent::End,
                    ..default()
                },
                // Upright, room for a name on one line.
                theme::InPortrait(Node {
                    width: vw(NAME_WIDTH_UPRIGHT),
                    flex_shrink: 0.0,
                    justify_content: JustifyContent::End,
                    ..default()
                }),
                children![(
                    Text::new(name),
                    TextFont::from(&assets.sans_bold).with_font_size(theme::UI_SIZE),
                    TextColor(colour),
                )],
            ),
            (
                Text::new(line.text.clone()),
                TextFont::from(font).with_font_size(FontSize::Vh(2.8)),
                TextColor(text_colour),
                Node {
                    flex_shrink: 1.0,
                    ..default()
                },
            ),
        ],
    )
}

/// The option the reader took, set apart in the accent colour.
fn choice_entry(assets: &GameAssets, text: &str) -> impl Bundle {
    (
        Text::new(format!("› {}", crate::views::dialogue::curly_quotes(text))),
        TextFont::from(&assets.sans).with_font_size(theme::UI_SIZE),
        TextColor(theme::ACCENT),
        Node {
            margin: UiRect::left(vw(14.0)),
            flex_shrink: 0.0,
            ..default()
        },
        theme::InPortrait(Node {
            margin: UiRect::left(vw(NAME_WIDTH_UPRIGHT + 2.0)),
            flex_shrink: 0.0,
            ..default()
        }),
    )
}

/// The names' column in a window held upright, in % of its width.
const NAME_WIDTH_UPRIGHT: f32 = 24.0;

/// How far the list can scroll, in logical pixels.
fn scroll_range(node: &ComputedNode) -> f32 {
    (node.content_size().y - node.size().y).max(0.0) * node.inverse_scale_factor()
}

fn scroll(
    actions: Res<Actions>,
    mut list: Single<(&mut ScrollPosition, &ComputedNode), With<HistoryList>>,
) {
    let (position, node) = &mut *list;
    let page = node.size().y * node.inverse_scale_factor() * 0.8;
    // The wheel and PageUp/PageDown both roll back and forward elsewhere; here they scroll.
    let mut dy = -actions.wheel * SCROLL_STEP;
    for (action, step) in [
        (Action::Up, -SCROLL_STEP),
        (Action::Down, SCROLL_STEP),
        (Action::Top, f32::MIN),
        (Action::Bottom, f32::MAX),
    ] {
        if actions.did(action) {
            dy += step;
        }
    }
    if actions.wheel == 0.0 {
        if actions.did(Action::Back) {
            dy -= page;
        }
        if actions.did(Action::Forward) {
            dy += page;
        }
    }
    let range = scroll_range(node);
    let y = (position.y.min(range) + dy).clamp(0.0, range);
    if y != position.y {
        position.y = y;
    }
}

fn drag(drag: On<Pointer<Drag>>, mut lists: Query<&mut ScrollPosition, With<HistoryList>>) {
    if let Ok(mut position) = lists.get_mut(drag.entity) {
        position.y = (position.y - drag.delta.y).max(0.0);
    }
}

fn close_keys(actions: Res<Actions>, mut next: ResMut<NextState<Overlay>>) {
    if actions.did(Action::Cancel) || actions.did(Action::History) {
        next.set(Overlay::None);
    }
}
