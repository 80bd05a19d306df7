//! Menus (title, choices, confirmations) that work alike with mouse and keyboard:
//! hover or arrow keys light an item; a click, Enter, Space or its number picks it.

use bevy::prelude::*;

use crate::assets::GameAssets;
use crate::theme;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<MenuPicked>()
        .add_systems(Update, (clicks, keys, light).chain());
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Menu {
    Title,
    Choice,
    Confirm,
}

/// Item `index` of `menu`.
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

#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub struct MenuPicked {
    pub menu: Menu,
    pub index: usize,
}

pub fn button(assets: &GameAssets, label: &str, menu: Menu, index: usize) -> impl Bundle {
    (
        Button,
        MenuItem { menu, index },
        Node {
            min_width: percent(30),
            max_width: percent(70),
            padding: UiRect::axes(px(28), px(12)),
            justify_content: JustifyContent::Center,
            border_radius: BorderRadius::all(px(10)),
            ..default()
        },
        BackgroundColor(theme::BUTTON),
        children![(
            Text::new(label),
            TextFont::from(&assets.sans).with_font_size(theme::UI_SIZE),
            TextColor(theme::TEXT),
            TextLayout::justify(Justify::Center),
        )],
    )
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
    keys: Res<ButtonInput<KeyCode>>,
    focus: Option<ResMut<MenuFocus>>,
    items: Query<&MenuItem>,
    mut picked: MessageWriter<MenuPicked>,
) {
    let Some(mut focus) = focus else { return };
    let count = items.iter().filter(|i| i.menu == focus.menu).count();
    if count == 0 {
        return;
    }
    if keys.any_just_pressed([KeyCode::ArrowDown, KeyCode::KeyS, KeyCode::Tab]) {
        focus.index = (focus.index + 1) % count;
    }
    if keys.any_just_pressed([KeyCode::ArrowUp, KeyCode::KeyW]) {
        focus.index = (focus.index + count - 1) % count;
    }
    let digits = [
        KeyCode::Digit1,
        KeyCode::Digit2,
        KeyCode::Digit3,
        KeyCode::Digit4,
        KeyCode::Digit5,
        KeyCode::Digit6,
        KeyCode::Digit7,
        KeyCode::Digit8,
        KeyCode::Digit9,
    ];
    let number = digits.iter().position(|d| keys.just_pressed(*d));
    let index = if keys.any_just_pressed([KeyCode::Enter, KeyCode::NumpadEnter, KeyCode::Space]) {
        Some(focus.index)
    } else {
        number.filter(|&n| n < count)
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
