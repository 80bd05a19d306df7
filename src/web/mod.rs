//! The browser only: the screen readers' copy of the game in the page ([`aria`]), and
//! two start-up settings for the browsers that draw WebGL in software (SwiftShader in
//! Chrome without a GPU, where `make test-web` measures the seconds before the title):
//!
//! - `?msaa=4` draws the stage with 4x multisampling again (the stage turns it off on
//!   every platform), to measure what it costs SwiftShader;
//! - nothing is drawn while the game first loads: the page's own "Starting…" stays up
//!   until the title (or a load error) is ready to show. There every frame drawn costs
//!   150-250 ms (SwiftShader draws it, then Chrome reads the canvas back), and a loading
//!   screen the page already shows in its own way is not worth five of them.
//!
//! `?msaa=4` and `?draw=1` (draw the game's loading screen) undo them, to measure the
//! difference.

mod aria;

use bevy::prelude::*;
use bevy::render::view::Msaa;

use crate::screens::loading::LoadErrors;
use crate::session::Screen;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(aria::plugin)
        .add_observer(multisampling_to_measure)
        .add_observer(draw_nothing_while_loading)
        .add_systems(
            Update,
            show_load_errors
                .run_if(in_state(Screen::Loading))
                .run_if(resource_changed::<LoadErrors>),
        )
        .add_systems(OnExit(Screen::Loading), show_the_game);
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

/// The stage's camera starts switched off while the game first loads: with no camera on
/// the window, Bevy neither draws nor presents it, so the browser has nothing to read back.
fn draw_nothing_while_loading(
    camera: On<Add, Camera>,
    screen: Option<Res<State<Screen>>>,
    mut cameras: Query<&mut Camera>,
) {
    let loading = screen.is_none_or(|screen| *screen.get() == Screen::Loading);
    if loading && page_flag("draw").as_deref() != Some("1") {
        if let Ok(mut camera) = cameras.get_mut(camera.entity) {
            camera.is_active = false;
        }
    }
}

/// A story file that failed to load is said on the game's loading screen: show it.
fn show_load_errors(errors: Res<LoadErrors>, cameras: Query<&mut Camera>) {
    if !errors.0.is_empty() {
        show_the_game(cameras);
    }
}

/// Switches the camera on and takes the page's loading overlay away: the game's first
/// drawn frame is the title (or the first line of a jump into the story).
fn show_the_game(mut cameras: Query<&mut Camera>) {
    for mut camera in &mut cameras {
        camera.is_active = true;
    }
    if let Some(overlay) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("loading"))
    {
        overlay.remove();
    }
}
