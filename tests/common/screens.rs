//! The story's screens one after another, for tests that check each the same way
//! (the handheld's text sizes, the phone's fit).

use std::time::Duration;

use after_the_rain::session::Overlay;
use after_the_rain::theme::widgets::{Menu, MenuFocus};
use bevy::prelude::*;

use super::{press, run_until};

pub fn overlay(app: &App) -> Overlay {
    *app.world().resource::<State<Overlay>>().get()
}

pub fn focus(app: &App) -> Option<MenuFocus> {
    app.world().get_resource::<MenuFocus>().copied()
}

pub fn texts(app: &mut App) -> Vec<String> {
    let world = app.world_mut();
    let mut texts = world.query::<&Text>();
    texts.iter(world).map(|t| t.0.clone()).collect()
}

/// From a line of the story (quick-saved first, so the load screen has a slot): each
/// overlay over it, a question over the save screen's slots, then on to the next choice;
/// `visit` is called on each with its name, and the story is left at the choice.
pub fn visit_story_screens(app: &mut App, mut visit: impl FnMut(&mut App, &str)) {
    press(app, KeyCode::F5);
    for (key, expected, what) in [
        (KeyCode::KeyL, Overlay::History, "the history"),
        (
            KeyCode::Escape,
            Overlay::Leave,
            "the question before leaving",
        ),
        (KeyCode::F2, Overlay::Save, "the save screen"),
        (KeyCode::F3, Overlay::Load, "the load screen"),
    ] {
        press(app, key);
        assert_eq!(overlay(app), expected, "{what}");
        visit(app, what);
        press(app, KeyCode::Escape);
        assert_eq!(overlay(app), Overlay::None);
    }
    // A save, then another over it: the question.
    press(app, KeyCode::F2);
    app.insert_resource(MenuFocus {
        menu: Menu::Slots,
        index: 0,
    });
    press(app, KeyCode::Enter);
    app.update();
    press(app, KeyCode::Enter);
    assert!(
        texts(app).iter().any(|t| t.starts_with("Save over")),
        "the question is up"
    );
    visit(app, "a question over the slots");
    press(app, KeyCode::Escape);
    press(app, KeyCode::Escape);
    run_until(app, "a choice", Duration::from_secs(60), |app| {
        let choosing = focus(app).is_some_and(|f| f.menu == Menu::Choice);
        if !choosing {
            press(app, KeyCode::Space);
        }
        choosing
    });
    visit(app, "a choice");
}
