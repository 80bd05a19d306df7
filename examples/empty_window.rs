//! The reference for `make bench`: an empty Bevy app with the game's Bevy features and a
//! 1280×720 window, measured beside the game (idle CPU, memory, launch time).
//! `cargo build --example empty_window`; `empty_window --reactive` redraws only on input
//! or once a second (as the game does when nothing moves) instead of every frame.

use std::time::Duration;

use bevy::prelude::*;
use bevy::winit::{UpdateMode, WinitSettings};

fn main() {
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "empty".into(),
            resolution: (1280, 720).into(),
            ..default()
        }),
        ..default()
    }))
    .add_systems(Startup, |mut commands: Commands| {
        commands.spawn(Camera2d);
        info!("empty_window: started");
    });
    if std::env::args().any(|a| a == "--reactive") {
        let still = UpdateMode::reactive_low_power(Duration::from_secs(1));
        app.insert_resource(WinitSettings {
            focused_mode: still,
            unfocused_mode: still,
        });
    }
    app.run();
}
