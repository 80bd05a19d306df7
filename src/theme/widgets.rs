//! Buttons and menus (title, choices, questions, slots, settings) that work alike with
//! mouse, keyboard and gamepad: hover, arrow keys or the d-pad light an item; a click,
//! Enter, Space, the A button or its number picks it. A button carries what it does:
//! spawn it with `.observe(|_: On<Activate>, ...| ...)`; picking it triggers
//! [`Activate`] on it. A [`MenuItem`]'s index is only its place for the keys.

use bevy::prelude::*;

use crate::assets::GameAssets;
use crate::input::{Action, Actions};
use crate::session::{Overlay, Screen};
use crate::theme;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<FocusBelow>()
        // The story's menu (a choice) goes with it.
        .add_systems(OnExit(Screen::Game), |mut commands: Commands| {
            commands.remove_resource::<MenuFocus>();
        })
        .add_systems(OnExit(Overlay::None), stash_focus)
        .add_systems(OnEnter(Overlay::None), restore_focus)
        .add_message::<MenuPicked>()
        .add_systems(Update, (clicks, keys, activate, light).chain())
        .add_systems(PostUpdate, name_buttons);
}

/// The focus of the menu under an overlay (a choice), given back when it closes.
#[derive(Resource, Default)]
pub struct FocusBelow(pub Option<MenuFocus>);

fn stash_focus(
    mut commands: Commands,
    focus: Option<Res<MenuFocus>>,
    mut below: ResMut<FocusBelow>,
) {
    below.0 = focus.map(|f| *f);
    commands.remove_resource::<MenuFocus>();
}

fn restore_focus(mut commands: Commands, mut below: ResMut<FocusBelow>) {
    match below.0.take() {
        Some(focus) => commands.insert_resource(focus),
        None => commands.remove_resource::<MenuFocus>(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Menu {
    Title,
    Choice,
    Confirm,
    /// The save and load screens' slots, pages and buttons.
    Slots,
    /// "Overwrite this save?" / "Delete this save?"
    SlotQuestion,
    Settings,
    Gallery,
    Chapters,
}

/// Item `index` of `menu`: its place, for arrow and number keys.
#[derive(Component, Debug, Clone, Copy)]
pub struct MenuItem {
    pub menu: Menu,
    pub index: usize,
}

/// The menu the keyboard speaks to, and its lit item. Set by whoever opens a menu.
#[derive(Resource, Debug, Clone, Copy)]
pub struct MenuFocus {
    pub menu: Menu,
    pub index: usize,
}

impl MenuFocus {
    pub fn on(menu: Menu) -> Self {
        Self { menu, index: 0 }
    }
}

/// The reader picked item `index` of `menu` (a click, a key, or the screenshot tour).
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub struct MenuPicked {
    pub menu: Menu,
    pub index: usize,
}

/// Triggered on a button when it is picked: its observer does what it says.
#[derive(EntityEvent, Debug, Clone, Copy)]
pub struct Activate {
    pub entity: Entity,
}

/// A pick goes to the button it names, which does its own work.
fn activate(
    mut commands: Commands,
    mut picked: MessageReader<MenuPicked>,
    items: Query<(Entity, &MenuItem)>,
) {
    for pick in picked.read() {
        let button = items
            .iter()
            .find(|(_, item)| item.menu == pick.menu && item.index == pick.index);
        if let Some((entity, _)) = button {
            commands.trigger(Activate { entity });
        }
    }
}

/// A menu button's layout.
pub fn button_node() -> Node {
    Node {
        min_width: percent(30),
        max_width: percent(70),
        padding: UiRect::axes(px(28), px(12)),
        justify_content: JustifyContent::Center,
        border_radius: BorderRadius::all(px(10)),
        ..default()
    }
}

pub fn button(assets: &GameAssets, label: &str, menu: Menu, index: usize) -> impl Bundle + use<> {
    (
        Button,
        MenuItem { menu, index },
        button_node(),
        // A window held upright is narrow: its buttons may use all of its width.
        theme::InPortrait(Node {
            max_width: percent(100),
            padding: UiRect::axes(px(24), px(10)),
            ..button_node()
        }),
        BackgroundColor(theme::BUTTON),
        children![(
            Text::new(label),
            TextFont::from(&assets.sans).with_font_size(theme::UI_SIZE),
            TextColor(theme::TEXT),
            TextLayout::justify(Justify::Center),
        )],
    )
}

/// A compact button, for rows of them (page tabs, the quick menu).
pub fn small_button(
    assets: &GameAssets,
    label: &str,
    menu: Menu,
    index: usize,
) -> impl Bundle + use<> {
    (
        Button,
        MenuItem { menu, index },
        Node {
            padding: UiRect::axes(px(16), px(8)),
            justify_content: JustifyContent::Center,
            border_radius: BorderRadius::all(px(8)),
            ..default()
        },
        // Upright, a row of them fits the width (the save screen's page tabs).
        theme::InPortrait(Node {
            padding: UiRect::axes(px(10), px(8)),
            justify_content: JustifyContent::Center,
            border_radius: BorderRadius::all(px(8)),
            ..default()
        }),
        BackgroundColor(theme::BUTTON),
        children![(
            Text::new(label),
            TextFont::from(&assets.sans).with_font_size(FontSize::Vh(2.1)),
            TextColor(theme::TEXT),
        )],
    )
}

/// A screen reader names each button by its words, also when they change (a setting's
/// value): its own text, or else every text inside it (a save slot's lie in a column).
fn name_buttons(
    mut commands: Commands,
    changed: Query<Entity, Changed<Text>>,
    parents: Query<&ChildOf>,
    children: Query<&Children>,
    words: Query<&Text>,
    buttons: Query<(), With<Button>>,
) {
    let mut named = Vec::new();
    for text in &changed {
        let Some(button) = parents.iter_ancestors(text).find(|a| buttons.contains(*a)) else {
            continue;
        };
        if named.contains(&button) {
            continue;
        }
        named.push(button);
        let own: Vec<&str> = children
            .get(button)
            .into_iter()
            .flat_map(|c| c.iter())
            .filter_map(|c| words.get(c).ok())
            .map(|t| t.0.as_str())
            .collect();
        let label = if own.is_empty() {
            let inside: Vec<&str> = children
                .iter_descendants(button)
                .filter_map(|d| words.get(d).ok())
                .map(|t| t.0.as_str())
                .filter(|w| !w.trim().is_empty())
                .collect();
            inside.join(", ")
        } else {
            own.join(" ")
        };
        commands.entity(button).insert(AccessibleLabel::new(label));
    }
}

fn clicks(
    items: Query<(&Interaction, &MenuItem), Changed<Interaction>>,
    mut focus: Option<ResMut<MenuFocus>>,
    mut picked: MessageWriter<MenuPicked>,
) {
    for (interaction, item) in &items {
        let Some(focus) = focus.as_mut().filter(|f| f.menu == item.menu) else {
            continue;
        };
        match interaction {
            Interaction::Pressed => {
                picked.write(MenuPicked {
                    menu: item.menu,
                    index: item.index,
                });
            }
            Interaction::Hovered => focus.index = item.index,
            Interaction::None => {}
        }
    }
}

fn keys(
    actions: Res<Actions>,
    focus: Option<ResMut<MenuFocus>>,
    items: Query<&MenuItem>,
    mut picked: MessageWriter<MenuPicked>,
) {
    let Some(mut focus) = focus else { return };
    let count = items.iter().filter(|i| i.menu == focus.menu).count();
    if count == 0 {
        return;
    }
    if actions.did(Action::Down) {
        focus.index = (focus.index + 1) % count;
    }
    if actions.did(Action::Up) {
        focus.index = (focus.index + count - 1) % count;
    }
    let index = if actions.did(Action::Confirm) {
        Some(focus.index)
    } else {
        actions.number.filter(|&n| n < count)
    };
    if let Some(index) = index {
        picked.write(MenuPicked {
            menu: focus.menu,
            index,
        });
    }
}

fn light(focus: Option<Res<MenuFocus>>, mut items: Query<(&MenuItem, &mut BackgroundColor)>) {
    for (item, mut colour) in &mut items {
        let lit = focus
            .as_ref()
            .is_some_and(|f| f.menu == item.menu && f.index == item.index);
        colour.0 = if lit {
            theme::BUTTON_LIT
        } else {
            theme::BUTTON
        };
    }
}
