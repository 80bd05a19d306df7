//! The save and load screens: pages of six slots, each with its thumbnail, chapter,
//! line and date (or what is wrong with it). Saving over a save and deleting one ask
//! first. Mouse, arrows and Enter work alike, and a gamepad alone (d-pad, A, X to
//! delete, LB and RB for pages, B); Delete removes the lit save; Esc or a right click
//! closes. The load screen also exports a save or all of them, and imports a file
//! ([`crate::exchange`]).

use bevy::prelude::*;

use crate::assets::GameAssets;
use crate::clock::local_date;
use crate::exchange::{Exchange, Imported, StartImport};
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
    question: Option<Ask>,
    /// The next slot picked is exported, not loaded.
    exporting: bool,
    dirty: bool,
}

/// A question over the slots.
#[derive(Debug, Clone, PartialEq)]
enum Ask {
    /// Save over a save, or delete one?
    Confirm(SaveAction),
    /// Which of these files to import?
    Import(Vec<std::path::PathBuf>),
}

/// The most files the import question offers, newest first.
const FILES_OFFERED: usize = 6;

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
        // (Never the autosaves' or quick saves' page the load screen was left on.)
        _ => shown
            .page
            .filter(|p| matches!(p, Page::Number(_)))
            .or(newest.filter(|p| matches!(p, Page::Number(_)))),
    };
    shown.question = None;
    shown.exporting = false;
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
    mut imported: MessageReader<Imported>,
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
    // Imported saves show: the page of the first turns up.
    if let Some(Imported(slot)) = imported.read().last() {
        shown.page = Some(slot.page);
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
            theme::screen_column(vh(2.0)),
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
                .spawn((
                    Node {
                        display: Display::Grid,
                        grid_template_columns: RepeatedGridTrack::flex(3, 1.0),
                        column_gap: vw(1.5),
                        row_gap: vh(2.0),
                        width: percent(84),
                        ..default()
                    },
                    // Upright, one slot a row: its picture beside its words.
                    theme::InPortrait(Node {
                        flex_direction: FlexDirection::Column,
                        row_gap: vh(0.8),
                        width: percent(100),
                        ..default()
                    }),
                ))
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
                                theme::InPortrait(Node {
                                    padding: UiRect::all(vh(0.6)),
                                    column_gap: vw(3.0),
                                    align_items: AlignItems::Center,
                                    border_radius: BorderRadius::all(px(10)),
                                    ..default()
                                }),
                                BackgroundColor(theme::BUTTON),
                            ))
                            .with_children(|cell| {
                                let mut picture = cell.spawn((
                                    Node {
                                        width: percent(100),
                                        aspect_ratio: Some(16.0 / 9.0),
                                        ..default()
                                    },
                                    theme::InPortrait(Node {
                                        width: percent(34),
                                        aspect_ratio: Some(16.0 / 9.0),
                                        flex_shrink: 0.0,
                                        ..default()
                                    }),
                                    BackgroundColor(Color::srgb(0.08, 0.09, 0.12)),
                                ));
                                if let Some(image) = thumbnail {
                                    picture.insert(ImageNode::new(image));
                                }
                                cell.spawn(Node {
                                    flex_direction: FlexDirection::Column,
                                    flex_shrink: 1.0,
                                    row_gap: vh(0.6),
                                    ..default()
                                })
                                .with_children(|words| {
                                    words.spawn(text(
                                        format!(
                                            "{} {}   {heading}",
                                            slot_name(page),
                                            slot.index + 1
                                        ),
                                        FontSize::Vh(1.9),
                                        colour,
                                    ));
                                    // Upright there is room for the picture, the
                                    // date and the chapter, not the line too.
                                    words.spawn((
                                        text(body, FontSize::Vh(1.8), theme::NARRATION),
                                        theme::InPortrait(Node {
                                            display: Display::None,
                                            ..default()
                                        }),
                                    ));
                                });
                            })
                            .observe(pick_slot);
                    }
                });
            panel
                .spawn((
                    Node {
                        column_gap: vw(0.8),
                        ..default()
                    },
                    wrapping_row(),
                ))
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
            let hint = if shown.exporting {
                "Pick the save to export   ·   Esc, B: cancel"
            } else {
                "Enter, click, A: choose   ·   Delete, X: remove the lit save   ·   \
                 Page Up/Down, LB/RB: pages   ·   Esc, B: back"
            };
            let mut hint = panel.spawn((
                text(
                    hint.into(),
                    FontSize::Vh(1.8),
                    if shown.exporting {
                        theme::ACCENT
                    } else {
                        theme::NARRATION
                    },
                ),
                TextLayout::justify(Justify::Center),
            ));
            // The keys and buttons are no help on a phone held upright; what to do
            // while exporting is.
            if !shown.exporting {
                hint.insert(theme::InPortrait(Node {
                    display: Display::None,
                    ..default()
                }));
            }
            let mut next_index = SLOTS_ON_A_PAGE + tabs.len();
            panel
                .spawn((
                    Node {
                        column_gap: vw(0.8),
                        ..default()
                    },
                    wrapping_row(),
                ))
                .with_children(|row| {
                    // Saves in the reader's hands: from the load screen.
                    if !saving {
                        row.spawn(widgets::small_button(
                            &assets,
                            "Export…",
                            Menu::Slots,
                            next_index,
                        ))
                        .observe(
                            |_: On<Activate>, mut shown: ResMut<Shown>| {
                                shown.exporting = !shown.exporting;
                                shown.dirty = true;
                            },
                        );
                        row.spawn(widgets::small_button(
                            &assets,
                            "Export all",
                            Menu::Slots,
                            next_index + 1,
                        ))
                        .observe(
                            |_: On<Activate>,
                             mut shown: ResMut<Shown>,
                             mut requests: MessageWriter<Exchange>| {
                                shown.exporting = false;
                                shown.dirty = true;
                                requests.write(Exchange::ExportAll);
                            },
                        );
                        row.spawn(widgets::small_button(
                            &assets,
                            "Import…",
                            Menu::Slots,
                            next_index + 2,
                        ))
                        .observe(
                            |_: On<Activate>, mut shown: ResMut<Shown>, mut start: StartImport| {
                                shown.exporting = false;
                                shown.dirty = true;
                                let files = start.start();
                                if !files.is_empty() {
                                    shown.question = Some(Ask::Import(files));
                                }
                            },
                        );
                        next_index += 3;
                    }
                    row.spawn(widgets::small_button(
                        &assets,
                        "Back",
                        Menu::Slots,
                        next_index,
                    ))
                    .observe(
                        |_: On<Activate>, mut next: ResMut<NextState<Overlay>>| {
                            next.set(Overlay::None);
                        },
                    );
                });
        });
}

/// A row of small buttons that, upright, wraps onto another row rather than run off
/// the window.
fn wrapping_row() -> theme::InPortrait {
    theme::InPortrait(Node {
        column_gap: vw(2.0),
        row_gap: vh(0.8),
        flex_wrap: FlexWrap::Wrap,
        justify_content: JustifyContent::Center,
        max_width: percent(100),
        ..default()
    })
}

/// The slots come first in the keys' order, then the page tabs, then (loading) Export,
/// Export all and Import, then Back.
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
/// answers with a notice saying what is wrong); after Export, it is exported.
fn pick_slot(
    activate: On<Activate>,
    cells: Query<&SlotCell>,
    mut shown: ResMut<Shown>,
    overlay: Res<State<Overlay>>,
    mut actions: MessageWriter<SaveAction>,
    mut exchange: MessageWriter<Exchange>,
) {
    let Ok(SlotCell { slot, used }) = cells.get(activate.entity).copied() else {
        return;
    };
    if shown.question.is_some() {
        return;
    }
    if shown.exporting {
        shown.exporting = false;
        shown.dirty = true;
        exchange.write(Exchange::Export(slot));
        return;
    }
    if **overlay == Overlay::Save {
        let save = SaveAction::Save(slot);
        if used {
            shown.question = Some(Ask::Confirm(save));
        } else {
            actions.write(save);
        }
    } else if used {
        actions.write(SaveAction::Load(slot));
    }
}

/// Delete asks about the lit slot; Page Up/Down (LB, RB) turn the page; Esc or a right
/// click closes the question, ends picking a save to export, or closes the screen.
fn keys(
    actions: Res<Actions>,
    focus: Option<Res<MenuFocus>>,
    mut shown: ResMut<Shown>,
    overlay: Res<State<Overlay>>,
    mut next: ResMut<NextState<Overlay>>,
    cells: Query<(&widgets::MenuItem, &SlotCell)>,
) {
    if actions.did(Action::Cancel) {
        if shown.question.take().is_some() || std::mem::take(&mut shown.exporting) {
            shown.dirty = true;
        } else {
            next.set(Overlay::None);
        }
        return;
    }
    // (The wheel rolls back and forward elsewhere; here only the keys and LB, RB.)
    let turn = match (actions.did(Action::Back), actions.did(Action::Forward)) {
        (true, false) => Some(false),
        (false, true) => Some(true),
        _ => None,
    };
    if let Some(forward) = turn.filter(|_| actions.wheel == 0.0 && shown.question.is_none()) {
        let tabs: Vec<Page> = Page::ALL
            .into_iter()
            .filter(|p| **overlay != Overlay::Save || matches!(p, Page::Number(_)))
            .collect();
        let page = shown.page.unwrap_or(Page::Number(1));
        let at = tabs.iter().position(|p| *p == page).unwrap_or(0);
        let count = tabs.len();
        let to = (if forward { at + 1 } else { at + count - 1 }) % count;
        shown.page = tabs.get(to).copied();
        shown.dirty = true;
    }
    if actions.did(Action::Delete)
        && shown.question.is_none()
        && let Some(focus) = focus.filter(|f| f.menu == Menu::Slots)
        && let Some((_, cell)) = cells
            .iter()
            .find(|(item, cell)| item.menu == Menu::Slots && item.index == focus.index && cell.used)
    {
        shown.question = Some(Ask::Confirm(SaveAction::Delete(cell.slot)));
    }
}

/// The overwrite or delete question, or which file to import, and its answer.
fn answer(
    mut commands: Commands,
    shown: Res<Shown>,
    assets: Res<GameAssets>,
    questions: Query<Entity, With<Question>>,
) {
    let Some(ask) = &shown.question else {
        for question in &questions {
            commands.entity(question).despawn();
            commands.insert_resource(MenuFocus::on(Menu::Slots));
        }
        return;
    };
    if !questions.is_empty() {
        return;
    }
    let (ask, answers): (String, Vec<String>) = match ask {
        Ask::Confirm(SaveAction::Delete(slot)) => (
            format!("Delete the save in {}?", slot.name()),
            vec!["Delete".into()],
        ),
        Ask::Confirm(SaveAction::Save(slot)) => (
            format!("Save over the save in {}?", slot.name()),
            vec!["Save over it".into()],
        ),
        Ask::Confirm(_) => ("Go on?".to_string(), vec!["Yes".into()]),
        Ask::Import(files) => (
            "Import which file?".to_string(),
            files
                .iter()
                .take(FILES_OFFERED)
                .map(|f| {
                    f.file_name()
                        .map_or_else(|| f.display().to_string(), |n| n.to_string_lossy().into())
                })
                .collect(),
        ),
    };
    let cancel = answers.len();
    // "Cancel" has the focus, so a reflexive Enter loses nothing; of the files to import,
    // the newest.
    commands.insert_resource(MenuFocus {
        menu: Menu::SlotQuestion,
        index: if matches!(shown.question, Some(Ask::Import(_))) {
            0
        } else {
            cancel
        },
    });
    commands
        .spawn((
            Question,
            theme::screen_column(vh(2.0)),
            BackgroundColor(theme::OVERLAY_BACKDROP),
            theme::layer::QUESTION,
            children![(
                Text::new(ask),
                TextFont::from(&assets.serif).with_font_size(FontSize::Vh(4.5)),
                TextColor(theme::TEXT),
                TextLayout::justify(Justify::Center),
            )],
        ))
        .with_children(|question| {
            for (i, label) in answers.iter().enumerate() {
                question
                    .spawn(widgets::button(&assets, label, Menu::SlotQuestion, i))
                    .observe(
                        move |_: On<Activate>,
                              mut shown: ResMut<Shown>,
                              mut actions: MessageWriter<SaveAction>,
                              mut exchange: MessageWriter<Exchange>| {
                            match shown.question.take() {
                                Some(Ask::Confirm(action)) => {
                                    actions.write(action);
                                }
                                Some(Ask::Import(files)) => {
                                    if let Some(file) = files.get(i) {
                                        import_file(&mut exchange, file);
                                    }
                                }
                                None => {}
                            }
                            shown.dirty = true;
                        },
                    );
            }
            question
                .spawn(widgets::button(
                    &assets,
                    "Cancel",
                    Menu::SlotQuestion,
                    cancel,
                ))
                .observe(|_: On<Activate>, mut shown: ResMut<Shown>| {
                    shown.question = None;
                    shown.dirty = true;
                });
        });
}

/// Reads a file the reader chose from the export folder, to import it.
fn import_file(exchange: &mut MessageWriter<Exchange>, file: &std::path::Path) {
    #[cfg(not(target_arch = "wasm32"))]
    exchange.write(crate::exchange::read_import(file));
    #[cfg(target_arch = "wasm32")]
    let _ = (exchange, file);
}
