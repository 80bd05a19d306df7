//! The save and load screens: pages of six slots, each with its thumbnail, chapter,
//! line and date (or what is wrong with it). Saving over a save and deleting one ask
//! first. Mouse, arrows and Enter work alike; Delete removes the lit save; Esc or a
//! right click closes.

use bevy::prelude::*;

use crate::assets::GameAssets;
use crate::clock::local_date;
use crate::input::{Action, Actions};
use crate::saves::{
    Page, SaveAction, SavesChanged, Slot, SlotContent, Store, newest, read_slot, read_thumbnail,
};
use crate::session::Overlay;
use crate::theme;
use crate::theme::widgets::{self, Activate, Menu, MenuFocus};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Shown>()
        .add_systems(OnEnter(Overlay::Save), open)
        .add_systems(OnEnter(Overlay::Load), open)
        .add_systems(OnExit(Overlay::Save), close)
        .add_systems(OnExit(Overlay::Load), close)
        .add_systems(
            Update,
            (answer, keys, redraw)
                .chain()
                .run_if(in_state(Overlay::Save).or_else(in_state(Overlay::Load))),
        );
}

/// What the screen shows: its page and any question asked.
#[derive(Resource, Default)]
struct Shown {
    page: Option<Page>,
    question: Option<SaveAction>,
    dirty: bool,
}

/// A slot's button, and whether a save is in it.
#[derive(Component, Clone, Copy)]
struct SlotCell {
    slot: Slot,
    used: bool,
}

#[derive(Component)]
struct Panel;
#[derive(Component)]
struct Question;

fn open(
    mut commands: Commands,
    mut shown: ResMut<Shown>,
    overlay: Res<State<Overlay>>,
    store: Res<Store>,
) {
    // Loading opens at the newest save's page; saving where the reader saved last.
    let newest = newest(&store, Slot::every()).map(|slot| slot.page);
    shown.page = match overlay.get() {
        Overlay::Load => newest.or(shown.page),
        _ => shown
            .page
            .or(newest.filter(|p| matches!(p, Page::Number(_)))),
    };
    shown.question = None;
    shown.dirty = true;
    commands.insert_resource(MenuFocus::on(Menu::Slots));
}

fn close(mut commands: Commands, panels: Query<Entity, Or<(With<Panel>, With<Question>)>>) {
    for panel in &panels {
        commands.entity(panel).despawn();
    }
}

/// Builds the screen anew when something on it changed.
fn redraw(
    mut commands: Commands,
    mut changed: MessageReader<SavesChanged>,
    mut shown: ResMut<Shown>,
    overlay: Res<State<Overlay>>,
    store: Res<Store>,
    assets: Res<GameAssets>,
    mut images: ResMut<Assets<Image>>,
    panels: Query<Entity, With<Panel>>,
) {
    if changed.read().count() > 0 {
        shown.dirty = true;
    }
    if !shown.dirty {
        return;
    }
    shown.dirty = false;
    for panel in &panels {
        commands.entity(panel).despawn();
    }
    let page = shown.page.unwrap_or(Page::Number(1));
    let saving = **overlay == Overlay::Save;
    let text = |s: String, size: FontSize, colour: Color| {
        (
            Text::new(s),
            TextFont::from(&assets.sans).with_font_size(size),
            TextColor(colour),
        )
    };
    let mut grid = Vec::new();
    for slot in page.slots() {
        let content = read_slot(&store, slot);
        let thumbnail = read_thumbnail(&store, slot).map(|i| images.add(i));
        grid.push((slot, content, thumbnail));
    }
    let tabs: Vec<Page> = Page::ALL
        .into_iter()
        .filter(|p| !saving || matches!(p, Page::Number(_)))
        .collect();

    commands
        .spawn((
            Panel,
            Name::new(if saving { "Save screen" } else { "Load screen" }),
            theme::centred_column(vh(2.0)),
            BackgroundColor(theme::OVERLAY_BACKDROP),
            theme::layer::OVERLAY,
        ))
        .with_children(|panel| {
            panel.spawn((
                Text::new(if saving { "Save" } else { "Load" }),
                TextFont::from(&assets.serif).with_font_size(FontSize::Vh(6.0)),
                TextColor(theme::TEXT),
            ));
            panel
                .spawn(Node {
                    display: Display::Grid,
                    grid_template_columns: RepeatedGridTrack::flex(3, 1.0),
                    column_gap: vw(1.5),
                    row_gap: vh(2.0),
                    width: percent(84),
                    ..default()
                })
                .with_children(|cells| {
                    for (i, (slot, content, thumbnail)) in grid.into_iter().enumerate() {
                        let (heading, body, colour) = match &content {
                            SlotContent::Empty => {
                                ("Empty slot".to_string(), String::new(), theme::NARRATION)
                            }
                            SlotContent::Saved(save) => (
                                format!("{}  ·  {}", local_date(save.saved_at), save.chapter),
                                excerpt(&save.line),
                                theme::TEXT,
                            ),
                            SlotContent::Broken(why) => {
                                ("Damaged save".to_string(), why.clone(), theme::WARNING)
                            }
                        };
                        let used = content != SlotContent::Empty;
                        cells
                            .spawn((
                                Button,
                                SlotCell { slot, used },
                                widgets::MenuItem {
                                    menu: Menu::Slots,
                                    index: i,
                                },
                                Node {
                                    flex_direction: FlexDirection::Column,
                                    padding: UiRect::all(vh(1.0)),
                                    row_gap: vh(0.6),
                                    border_radius: BorderRadius::all(px(10)),
                                    ..default()
                                },
                                BackgroundColor(theme::BUTTON),
                            ))
                            .with_children(|cell| {
                                let mut picture = cell.spawn((
                                    Node {
                                        width: percent(100),
                                        aspect_ratio: Some(16.0 / 9.0),
                                        ..default()
                                    },
                                    BackgroundColor(Color::srgb(0.08, 0.09, 0.12)),
                                ));
                                if let Some(image) = thumbnail {
                                    picture.insert(ImageNode::new(image));
                                }
                                cell.spawn(text(
                                    format!("{} {}   {heading}", slot_name(page), slot.index + 1),
                                    FontSize::Vh(1.9),
                                    colour,
                                ));
                                cell.spawn(text(body, FontSize::Vh(1.8), theme::NARRATION));
                            })
                            .observe(pick_slot);
                    }
                });
            panel
                .spawn(Node {
                    column_gap: vw(0.8),
                    ..default()
                })
                .with_children(|row| {
                    for (n, tab) in tabs.iter().enumerate() {
                        let label = if *tab == page {
                            format!("[{}]", tab.label())
                        } else {
                            tab.label()
                        };
                        let index = SLOTS_ON_A_PAGE + n;
                        let page = *tab;
                        row.spawn(widgets::small_button(&assets, &label, Menu::Slots, index))
                            .observe(move |_: On<Activate>, mut shown: ResMut<Shown>| {
                                shown.page = Some(page);
                                shown.dirty = true;
                            });
                    }
                });
            panel.spawn(text(
                "Enter or click: choose   ·   Delete: remove the lit save   ·   Esc: back".into(),
                FontSize::Vh(1.8),
                theme::NARRATION,
            ));
            let back = SLOTS_ON_A_PAGE + tabs.len();
            panel
                .spawn(widgets::small_button(&assets, "Back", Menu::Slots, back))
                .observe(|_: On<Activate>, mut next: ResMut<NextState<Overlay>>| {
                    next.set(Overlay::None);
                });
        });
}

/// The slots come first in the keys' order, then the page tabs, then Back.
const SLOTS_ON_A_PAGE: usize = Slot::PER_PAGE as usize;

fn slot_name(page: Page) -> &'static str {
    match page {
        Page::Auto => "Autosave",
        Page::Quick => "Quick save",
        Page::Number(_) => "Slot",
    }
}

/// A save's line, cut to fit its slot.
fn excerpt(line: &str) -> String {
    const LETTERS: usize = 70;
    if line.chars().count() <= LETTERS {
        return line.to_string();
    }
    let cut: String = line.chars().take(LETTERS).collect();
    format!("{}…", cut.trim_end())
}

/// A slot picked: saving asks before it overwrites; loading loads (a damaged save
/// answers with a notice saying what is wrong).
fn pick_slot(
    activate: On<Activate>,
    cells: Query<&SlotCell>,
    mut shown: ResMut<Shown>,
    overlay: Res<State<Overlay>>,
    mut actions: MessageWriter<SaveAction>,
) {
    let Ok(SlotCell { slot, used }) = cells.get(activate.entity).copied() else {
        return;
    };
    if shown.question.is_some() {
        return;
    }
    if **overlay == Overlay::Save {
        let save = SaveAction::Save(slot);
        if used {
            shown.question = Some(save);
        } else {
            actions.write(save);
        }
    } else if used {
        actions.write(SaveAction::Load(slot));
    }
}

/// Delete asks about the lit slot; Esc or a right click closes the question or screen.
fn keys(
    actions: Res<Actions>,
    focus: Option<Res<MenuFocus>>,
    mut shown: ResMut<Shown>,
    mut next: ResMut<NextState<Overlay>>,
    cells: Query<(&widgets::MenuItem, &SlotCell)>,
) {
    if actions.did(Action::Cancel) {
        if shown.question.take().is_some() {
            shown.dirty = true;
        } else {
            next.set(Overlay::None);
        }
        return;
    }
    if actions.did(Action::Delete)
        && shown.question.is_none()
        && let Some(focus) = focus.filter(|f| f.menu == Menu::Slots)
        && let Some((_, cell)) = cells
            .iter()
            .find(|(item, cell)| item.menu == Menu::Slots && item.index == focus.index && cell.used)
    {
        shown.question = Some(SaveAction::Delete(cell.slot));
    }
}

/// The overwrite or delete question, and its answer.
fn answer(
    mut commands: Commands,
    shown: Res<Shown>,
    assets: Res<GameAssets>,
    questions: Query<Entity, With<Question>>,
) {
    let Some(action) = shown.question else {
        for question in &questions {
            commands.entity(question).despawn();
            commands.insert_resource(MenuFocus::on(Menu::Slots));
        }
        return;
    };
    if !questions.is_empty() {
        return;
    }
    let (ask, yes) = match action {
        SaveAction::Delete(slot) => (format!("Delete the save in {}?", slot.name()), "Delete"),
        SaveAction::Save(slot) => (
            format!("Save over the save in {}?", slot.name()),
            "Save over it",
        ),
        _ => ("Go on?".to_string(), "Yes"),
    };
    // "Cancel" has the focus, so a reflexive Enter loses nothing.
    commands.insert_resource(MenuFocus {
        menu: Menu::SlotQuestion,
        index: 1,
    });
    commands
        .spawn((
            Question,
            theme::centred_column(vh(2.0)),
            BackgroundColor(theme::OVERLAY_BACKDROP),
            theme::layer::QUESTION,
            children![(
                Text::new(ask),
                TextFont::from(&assets.serif).with_font_size(FontSize::Vh(4.5)),
                TextColor(theme::TEXT),
            )],
        ))
        .with_children(|question| {
            question
                .spawn(widgets::button(&assets, yes, Menu::SlotQuestion, 0))
                .observe(
                    |_: On<Activate>,
                     mut shown: ResMut<Shown>,
                     mut actions: MessageWriter<SaveAction>| {
                        if let Some(action) = shown.question.take() {
                            actions.write(action);
                        }
                        shown.dirty = true;
                    },
                );
            question
                .spawn(widgets::button(&assets, "Cancel", Menu::SlotQuestion, 1))
                .observe(|_: On<Activate>, mut shown: ResMut<Shown>| {
                    shown.question = None;
                    shown.dirty = true;
                });
        });
}
