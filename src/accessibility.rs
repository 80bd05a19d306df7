//! What a screen reader gets: Bevy's accessibility tree, which AccessKit hands to Orca
//! (AT-SPI) on Linux, UI Automation on Windows and NSAccessibility on macOS.
//!
//! Bevy sends the tree only while the [`InputFocus`] resource exists, and says which node
//! is focused by it. Here the focus follows the keyboard: the menu item the arrows light,
//! or, while the reader reads, the line, so a screen reader says each item reached and
//! each new line (a focused node's new name is spoken). The line is named whole, with its
//! speaker ("Rey: Liar."), what is hidden or covered on screen is hidden from the tree
//! too, and the nodes keep the order they have on screen.

use accesskit::Role;
use bevy::a11y::{AccessibilityNode, AccessibilitySystems};
use bevy::camera::visibility::VisibilitySystems;
use bevy::prelude::*;
use bevy::ui::UiSystems;
use bevy_input_focus::InputFocus;

use crate::overlays::quick_menu::QuickAction;
use crate::session::{Overlay, Screen};
use crate::theme;
use crate::theme::widgets::{MenuFocus, MenuItem};
use crate::views::dialogue::{LineText, Reveal};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<InputFocus>().add_systems(
        PostUpdate,
        (
            read_words,
            name_the_line,
            name_labels,
            name_quick_buttons,
            keep_the_order,
            hide_what_is_hidden,
            follow_the_keyboard,
        )
            .after(UiSystems::PostLayout)
            .after(VisibilitySystems::VisibilityPropagate)
            .before(AccessibilitySystems::Update),
    );
}

/// The line as a screen reader says it: who speaks, then the words.
pub fn spoken_line(speaker: Option<&str>, words: &str) -> String {
    match speaker {
        Some(name) if !name.is_empty() => format!("{name}: {words}"),
        _ => words.to_string(),
    }
}

/// The whole line at once (not letter by letter as it appears), with its speaker. The
/// line is a label, and AccessKit gives a label's value as its name.
fn name_the_line(
    reveal: Option<Res<Reveal>>,
    mut line: Query<&mut AccessibilityNode, With<LineText>>,
) {
    let Some(reveal) = reveal else { return };
    for mut node in &mut line {
        let words = spoken_line(reveal.speaker(), &reveal.line());
        if node.value() != Some(words.as_str()) {
            node.set_value(words);
        }
    }
}

/// Words a screen reader should not read out: they are said some other way (the name
/// plate's name is said with the line).
#[derive(Component, Debug, Default)]
pub struct Unspoken;

/// Words on screen that are not a button's are read as labels: a question, a heading,
/// the history's lines, a notice. (A button is named by its words already.)
fn read_words(
    mut commands: Commands,
    words: Query<Entity, (With<Text>, Without<Label>, Without<Unspoken>)>,
    parents: Query<&ChildOf>,
    buttons: Query<(), With<Button>>,
) {
    for entity in &words {
        if !parents.iter_ancestors(entity).any(|a| buttons.contains(a)) {
            commands.entity(entity).insert(Label);
        }
    }
}

/// Bevy names a label by its words only when it is spawned; these follow its text (the
/// loading card's message).
fn name_labels(
    mut labels: Query<
        (&Text, &mut AccessibilityNode),
        (With<Label>, Without<LineText>, Changed<Text>),
    >,
) {
    for (text, mut node) in &mut labels {
        if node.value() != Some(text.0.as_str()) {
            node.set_value(text.0.clone());
        }
    }
}

/// The quick menu's "Q.Save" and "Q.Load" in words.
fn name_quick_buttons(mut buttons: Query<(&QuickAction, &mut AccessibilityNode)>) {
    for (action, mut node) in &mut buttons {
        let name = match action {
            QuickAction::QuickSave => "Quick save",
            QuickAction::QuickLoad => "Quick load",
            _ => continue,
        };
        if node.label() != Some(name) {
            node.set_label(name);
        }
    }
}

/// AccessKit orders a node's children as the entity's children are, but puts nodes with
/// no accessible parent straight under the window, in no set order (the title's buttons
/// came out last to first). Their parents on screen become containers, which a screen
/// reader passes through, so the buttons keep the order they are drawn in.
fn keep_the_order(
    mut commands: Commands,
    nodes: Query<&ChildOf, With<AccessibilityNode>>,
    bare_parents: Query<(), (With<Node>, Without<AccessibilityNode>)>,
) {
    for child_of in &nodes {
        if bare_parents.contains(child_of.parent()) {
            commands
                .entity(child_of.parent())
                .try_insert(AccessibilityNode::from(accesskit::Node::new(
                    Role::GenericContainer,
                )));
        }
    }
}

/// What is hidden on screen is hidden from a screen reader: the interface after H (taken
/// out of the layout), whatever an overlay covers (history, saves and settings are
/// opaque over everything under their layer), and empty words.
fn hide_what_is_hidden(
    mut nodes: Query<(Entity, &InheritedVisibility, &mut AccessibilityNode)>,
    parents: Query<&ChildOf>,
    layout: Query<&Node>,
    layers: Query<(&GlobalZIndex, &InheritedVisibility), Without<ChildOf>>,
) {
    let overlay = theme::layer::OVERLAY.0;
    let overlay_open = layers
        .iter()
        .any(|(z, shown)| z.0 == overlay && shown.get());
    for (entity, visible, mut node) in &mut nodes {
        let root = parents.root_ancestor(entity);
        let covered = overlay_open && layers.get(root).map_or(0, |(z, _)| z.0) < overlay;
        let taken_out = std::iter::once(entity)
            .chain(parents.iter_ancestors(entity))
            .any(|e| layout.get(e).is_ok_and(|n| n.display == Display::None));
        // (A label with no words, such as an empty notice, says nothing.)
        let wordless = node.role() == Role::Label && node.value().is_none_or(str::is_empty);
        let hidden = !visible.get() || covered || taken_out || wordless;
        if node.is_hidden() != hidden {
            if hidden {
                node.set_hidden();
            } else {
                node.clear_hidden();
            }
        }
    }
}

/// The focused node: the lit item of the menu the keyboard speaks to; else, in the story
/// with no overlay open, the line; else none (the window).
fn follow_the_keyboard(
    menu: Option<Res<MenuFocus>>,
    items: Query<(Entity, &MenuItem), With<AccessibilityNode>>,
    line: Query<Entity, (With<LineText>, With<AccessibilityNode>)>,
    screen: Option<Res<State<Screen>>>,
    overlay: Option<Res<State<Overlay>>>,
    mut focus: ResMut<InputFocus>,
) {
    let reading = screen.is_some_and(|s| *s.get() == Screen::Game)
        && overlay.is_none_or(|o| *o.get() == Overlay::None);
    let wanted = match menu {
        Some(menu) => items
            .iter()
            .find(|(_, item)| item.menu == menu.menu && item.index == menu.index)
            .map(|(entity, _)| entity),
        None if reading => line.iter().next(),
        None => None,
    };
    // Replaced whole rather than `set`: nothing here drains the list of changes `set`
    // keeps for Bevy's focus events, which would grow with every move.
    if focus.get() != wanted {
        *focus = wanted.map_or_else(InputFocus::default, InputFocus::from_entity);
    }
}

#[cfg(test)]
mod tests {
    use super::spoken_line;

    #[test]
    fn a_line_is_said_with_its_speaker_and_narration_without() {
        assert_eq!(spoken_line(Some("Rey"), "Liar."), "Rey: Liar.");
        assert_eq!(spoken_line(None, "The rain eased."), "The rain eased.");
        assert_eq!(spoken_line(Some(""), "Who?"), "Who?");
    }
}
