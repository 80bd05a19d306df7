//! The browser only: the screen readers' copy of the game in the page ([`aria`]), and
//! two start-up settings for the browsers that draw WebGL in software (SwiftShader in
//! Chrome without a GPU, where `make test-web` measures the seconds before the title):
//!
//! - `?msaa=4` draws the stage with 4x multisampling again (the stage turns it off on
//!   every platform), to measure what it costs SwiftShader;
//! - the sprite pipeline's shaders compiled on the loading screen, while the story and
//!   fonts download, by a sprite no one sees, instead of in the title's first frame.
//!
//! `?msaa=4` and `?warm=0` in the page's address undo them, to measure the difference.

mod aria;

use bevy::prelude::*;
use bevy::render::view::Msaa;

use crate::session::Screen;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(aria::plugin)
        .add_observer(multisampling_to_measure)
        .add_systems(OnEnter(Screen::Loading), compile_sprite_shaders);
}

/// `value` of `?name=value` in the page's address.
fn page_flag(name: &str) -> Option<String> {
    let query = web_sys::window()?.location().search().ok()?;
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_string())
}

fn multisampling_to_measure(camera: On<Add, Camera>, mut commands: Commands) {
    if page_flag("msaa").as_deref() == Some("4") {
        commands.entity(camera.entity).insert(Msaa::Sample4);
    }
}

fn compile_sprite_shaders(mut commands: Commands) {
    if page_flag("warm").as_deref() == Some("0") {
        return;
    }
    // Drawn (in view, not hidden), but clear: the pipeline is built, nothing shows.
    commands.spawn((
        Name::new("Sprite shader warm-up"),
        Sprite {
            color: Color::NONE,
            custom_size: Some(Vec2::ONE),
            ..default()
        },
        Transform::from_xyz(0.0, 0.0, -100.0),
        DespawnOnExit(Screen::Loading),
    ));
}
