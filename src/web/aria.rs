//! Screen readers in the browser. AccessKit has no web backend, so the page's
//! off-screen `aria-live` region (`afterTheRainAria` in web/index.html) gets a copy of
//! what a reader would hear on the desktop: the line being shown with its speaker, the
//! choices, the buttons of the menu the keyboard speaks to and the quick menu, a
//! "Next line" button while a line waits, and each notice ("Saved in …", what an
//! import did) as it is said. The region's buttons send their picks back
//! through a queue the page keeps, read here once a frame: a pick goes the way a key or
//! a click would (a choice as a [`MenuPicked`], a quick-menu button as its
//! [`Activate`], "Next line" as an advance).

use bevy::prelude::*;
use bevy::ui::UiSystems;
use bevy::winit::{EventLoopProxyWrapper, WinitUserEvent};
use web_sys::js_sys::{Array, Function, Reflect};
use web_sys::wasm_bindgen::closure::Closure;
use web_sys::wasm_bindgen::{JsCast, JsValue};

use crate::input::{Action, Actions, ReadInput};
use crate::notice::Notice;
use crate::session::{Overlay, Screen};
use crate::stillness::Moving;
use crate::theme::widgets::{Activate, Menu, MenuFocus, MenuItem, MenuPicked};
use crate::views::dialogue::Reveal;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, hand_over_wake_up)
        .add_systems(PreUpdate, take_picks.after(ReadInput))
        // After the layout: a button spawned this frame has its size only then, and a
        // still game may draw no frame after this one.
        .add_systems(PostUpdate, mirror.after(UiSystems::Layout));
}

/// A still game waits for input from its canvas (`crate::stillness`); a pick in the
/// region is not such input, so the page is given a way to wake it.
fn hand_over_wake_up(proxy: Option<Res<EventLoopProxyWrapper>>) {
    let Some(proxy) = proxy else { return };
    let proxy = (**proxy).clone();
    let wake = Closure::<dyn FnMut()>::new(move || {
        let _ = proxy.send_event(WinitUserEvent::WakeUp);
    });
    call("setWake", &[wake.as_ref().clone()]);
    // The page keeps it for as long as the game runs.
    wake.forget();
}

/// The page's object, when the page has one (a page without it just gets nothing).
fn page() -> Option<JsValue> {
    let window = web_sys::window()?;
    Reflect::get(&window, &JsValue::from_str("afterTheRainAria"))
        .ok()
        .filter(JsValue::is_object)
}

/// Calls `afterTheRainAria[name](...args)`, returning what it returns.
fn call(name: &str, args: &[JsValue]) -> Option<JsValue> {
    let page = page()?;
    let function = Reflect::get(&page, &JsValue::from_str(name)).ok()?;
    let function = function.dyn_ref::<Function>()?;
    let args: Array = args.iter().collect();
    function.apply(&page, &args).ok()
}

/// What the region shows: the line and who says it, and the buttons (an id the page
/// sends back, the words, and whether it is one of the story's choices).
#[derive(Debug, Default, PartialEq)]
struct Mirrored {
    speaker: String,
    line: String,
    buttons: Vec<(String, String, bool)>,
}

/// The id of the "Next line" button.
const NEXT: &str = "next";

fn mirror(
    screen: Res<State<Screen>>,
    overlay: Res<State<Overlay>>,
    focus: Option<Res<MenuFocus>>,
    reveal: Option<Res<Reveal>>,
    buttons: Query<(
        Entity,
        Option<&MenuItem>,
        &InheritedVisibility,
        &ComputedNode,
        &UiGlobalTransform,
    )>,
    buttons_only: Query<(), With<Button>>,
    tree: Query<&Children>,
    words: Query<&Text>,
    notice: Res<Notice>,
    mut notices_said: Local<u32>,
    mut shown: Local<Mirrored>,
) {
    if *notices_said != notice.count {
        *notices_said = notice.count;
        call("notify", &[JsValue::from_str(&notice.text)]);
    }
    let in_story = *screen.get() == Screen::Game;
    let (speaker, line) = match reveal.as_ref().filter(|_| in_story) {
        Some(reveal) => (
            reveal.speaker().unwrap_or_default().to_string(),
            reveal.line(),
        ),
        None => Default::default(),
    };
    let menu = focus.as_ref().map(|f| f.menu);
    // The buttons a reader could reach now: the menu the keys speak to (its items by
    // their place), and with no overlay open the quick menu (left to right).
    let mut reachable: Vec<_> = buttons
        .iter()
        .filter(|(entity, item, visible, node, _)| {
            buttons_only.contains(*entity)
                && visible.get()
                && node.size().x > 0.0
                && match item {
                    Some(item) => Some(item.menu) == menu,
                    None => *overlay.get() == Overlay::None,
                }
        })
        .map(|(entity, item, _, _, at)| {
            let label = label(entity, &tree, &words);
            let order = (
                item.is_none(),
                item.map_or(0, |i| i.index),
                at.translation.x as i32,
            );
            (
                order,
                entity,
                label,
                item.is_some_and(|i| i.menu == Menu::Choice),
            )
        })
        .filter(|(_, _, label, _)| !label.is_empty())
        .collect();
    reachable.sort_by_key(|(order, ..)| *order);
    let mut next = Vec::new();
    if in_story && *overlay.get() == Overlay::None && menu.is_none() && !line.is_empty() {
        next.push((NEXT.to_string(), "Next line".to_string(), false));
    }
    next.extend(
        reachable
            .into_iter()
            .map(|(_, entity, label, choice)| (entity.to_bits().to_string(), label, choice)),
    );
    let now = Mirrored {
        speaker,
        line,
        buttons: next,
    };
    if now == *shown {
        return;
    }
    if now.speaker != shown.speaker || now.line != shown.line {
        call(
            "show",
            &[
                JsValue::from_str(&now.speaker),
                JsValue::from_str(&now.line),
            ],
        );
    }
    if now.buttons != shown.buttons {
        let list: Array = now
            .buttons
            .iter()
            .map(|(id, label, choice)| {
                let row: Array = [
                    JsValue::from_str(id),
                    JsValue::from_str(label),
                    JsValue::from_bool(*choice),
                ]
                .iter()
                .collect();
                JsValue::from(row)
            })
            .collect();
        call("buttons", &[list.into()]);
    }
    *shown = now;
}

/// A button's words: its own texts, or where it has none (a save slot's words sit in a
/// column of their own beside its picture) every text inside it, in reading order.
fn label(button: Entity, tree: &Query<&Children>, words: &Query<&Text>) -> String {
    let said = |parts: &mut dyn Iterator<Item = Entity>| {
        parts
            .filter_map(|part| words.get(part).ok())
            .map(|text| text.0.trim())
            .filter(|text| !text.is_empty())
            .collect::<Vec<_>>()
            .join(". ")
    };
    let mut own = tree
        .get(button)
        .into_iter()
        .flat_map(|c| c.into_iter().copied());
    match said(&mut own) {
        none if none.is_empty() => said(&mut tree.iter_descendants_depth_first(button)),
        own => own,
    }
}

/// Picks made in the region since the last frame, sent on as a key or a click would be.
fn take_picks(
    mut commands: Commands,
    mut actions: ResMut<Actions>,
    items: Query<&MenuItem>,
    mut picked: MessageWriter<MenuPicked>,
    mut moving: ResMut<Moving>,
) {
    let Some(picks) = call("takePicks", &[]).and_then(|p| p.dyn_into::<Array>().ok()) else {
        return;
    };
    if picks.length() > 0 {
        // A pick is input as a click is: a few frames follow, so what it changes shows.
        moving.now();
    }
    for pick in picks.iter() {
        let Some(id) = pick.as_string() else { continue };
        if id == NEXT {
            actions.push(Action::Advance);
            continue;
        }
        if id == "cancel" {
            actions.push(Action::Cancel);
            continue;
        }
        let Some(entity) = id.parse().ok().and_then(Entity::try_from_bits) else {
            continue;
        };
        match items.get(entity) {
            Ok(item) => {
                picked.write(MenuPicked {
                    menu: item.menu,
                    index: item.index,
                });
            }
            Err(_) => {
                if commands.get_entity(entity).is_ok() {
                    commands.trigger(Activate { entity });
                }
            }
        }
    }
}
