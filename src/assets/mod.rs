//! Loading: the story (manifest and scenes) and the fonts, behind a progress bar, before
//! the title screen. Any error in a story file is shown on the loading screen with its
//! file, line and column. The pictures and sounds the story names are streamed by
//! chapter ([`crate::assets::streaming`]).

pub mod folder;
pub mod sound;
pub mod streaming;

use bevy::asset::{AssetLoader, LoadContext, RenderAssetUsages, io::Reader};
use bevy::ecs::system::SystemParam;
use bevy::image::ImageLoaderSettings;
use bevy::prelude::*;
use bevy_asset_loader::prelude::*;
use iyes_progress::ProgressPlugin;

use crate::session::Screen;
use crate::story::{self, Source, Story, StoryErrors};
use sound::Sound;

pub(super) fn plugin(app: &mut App) {
    app.init_asset::<StoryAsset>()
        .register_asset_loader(StoryLoader)
        .add_plugins((sound::plugin, folder::plugin))
        .add_plugins(
            ProgressPlugin::<Screen>::new().with_state_transition(Screen::Loading, Screen::Title),
        )
        .add_loading_state(LoadingState::new(Screen::Loading).load_collection::<GameAssets>())
        .add_systems(Startup, start_first_files)
        .add_systems(OnExit(Screen::Loading), |mut commands: Commands| {
            commands.remove_resource::<FirstFiles>();
        });
}

/// The first files (the story and the fonts), asked for at start-up: the loading state
/// gets to its collection a few frames later (each of its steps takes a frame), and in
/// a browser drawing in software every frame of the loading screen costs a fifth of a
/// second or more. The collection then finds them loaded, under the same handles,
/// which these keep alive until then.
#[derive(Resource)]
struct FirstFiles(#[allow(dead_code)] Vec<UntypedHandle>);

fn start_first_files(world: &mut World) {
    let handles = GameAssets::load(world);
    world.insert_resource(FirstFiles(handles));
}

/// Everything the game needs, loaded before the title screen.
#[derive(AssetCollection, Resource)]
pub struct GameAssets {
    #[asset(path = "story/story.ron")]
    pub story: Handle<StoryAsset>,
    #[asset(path = "fonts/EBGaramond12-Regular.ttf")]
    pub serif: Handle<Font>,
    #[asset(path = "fonts/EBGaramond12-Italic.ttf")]
    pub serif_italic: Handle<Font>,
    #[asset(path = "fonts/Lato-Regular.ttf")]
    pub sans: Handle<Font>,
    #[asset(path = "fonts/Lato-Bold.ttf")]
    pub sans_bold: Handle<Font>,
}

/// The loaded story, for the systems that present it; `None` until loading is done.
#[derive(SystemParam)]
pub struct LoadedStory<'w> {
    assets: Option<Res<'w, GameAssets>>,
    stories: Res<'w, Assets<StoryAsset>>,
}

impl LoadedStory<'_> {
    pub fn get(&self) -> Option<&StoryAsset> {
        self.stories.get(&self.assets.as_ref()?.story)
    }
}

/// A picture from the story, for the GPU only: no second copy stays in main memory.
pub fn picture(server: &AssetServer, path: &str) -> Handle<Image> {
    // `build` has refused paths outside assets/ already; this keeps the helpers safe alone.
    if story::check_asset_path(path).is_err() {
        return Handle::default();
    }
    server
        .load_builder()
        .with_settings(|s: &mut ImageLoaderSettings| {
            s.asset_usage = RenderAssetUsages::RENDER_WORLD;
        })
        .load(path.to_string())
}

/// A sound from the story.
pub fn sound(server: &AssetServer, path: &str) -> Handle<Sound> {
    if story::check_asset_path(path).is_err() {
        return Handle::default();
    }
    server.load(path.to_string())
}

/// The checked story.
#[derive(Asset, TypePath, Debug)]
pub struct StoryAsset {
    pub story: Story,
}

impl StoryAsset {
    /// Where the story names `path`, as `story/story.ron:12:17`, so a missing picture
    /// or sound can be blamed on the line a writer has to fix.
    pub fn named_at(&self, path: &str) -> Option<String> {
        self.story.named_at(path).map(ToString::to_string)
    }

    /// A file the story names could not be loaded, worded for whoever edits the files:
    /// `story/story.ron:12:17: cannot load `images/x.png`: why`. `None` for a path the
    /// story does not name.
    pub fn cannot_load(&self, path: &str, why: &str) -> Option<String> {
        let at = self.named_at(path)?;
        Some(format!(
            "{at}: cannot load `{path}`: {}",
            without_backtrace(why)
        ))
    }
}

/// Reads `story/story.ron`, then each scene file it lists, and checks them together.
#[derive(Default, TypePath)]
struct StoryLoader;

impl AssetLoader for StoryLoader {
    type Asset = StoryAsset;
    type Settings = ();
    type Error = StoryErrors;

    async fn load(
        &self,
        reader: &mut dyn Reader,
        _settings: &(),
        load_context: &mut LoadContext<'_>,
    ) -> Result<StoryAsset, StoryErrors> {
        let path = load_context
            .path()
            .path()
            .to_string_lossy()
            .replace('\\', "/");
        let mut bytes = Vec::new();
        if let Err(e) = reader.read_to_end(&mut bytes).await {
            return Err(unreadable(&path, &e.to_string()));
        }
        let manifest = Source::from_bytes(&path, &bytes);
        let mut scenes = Vec::new();
        // A file that can't be read is left out; `build` reports it where it's named.
        for file in story::scene_files(&manifest) {
            if let Ok(bytes) = load_context.read_asset_bytes(file.clone()).await {
                scenes.push(Source::from_bytes(&file, &bytes));
            }
        }
        let story = story::build(&manifest, &scenes)?;
        Ok(StoryAsset { story })
    }

    fn extensions(&self) -> &[&str] {
        &["ron"]
    }
}

fn unreadable(path: &str, why: &str) -> StoryErrors {
    StoryErrors(vec![story::StoryError {
        file: path.to_string(),
        line: 1,
        column: 1,
        message: format!("cannot read the file: {why}"),
    }])
}

/// The message alone: with `RUST_BACKTRACE` set, Bevy's error text ends in a backtrace
/// that would push the message itself off the screen.
pub fn without_backtrace(text: &str) -> String {
    let is_frame = |line: &str| {
        let line = line.trim_start();
        line.split_once(": ")
            .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    text.lines()
        .take_while(|line| {
            let start = line.trim_start().to_lowercase();
            !(start.starts_with("stack backtrace") || line.starts_with("   ") && is_frame(line))
        })
        .collect::<Vec<_>>()
        .join("\n")
        .trim_end()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::without_backtrace;

    #[test]
    fn a_backtrace_is_cut_off() {
        let text = "story/one.ron:3:9: unknown cast member `rye`\n\nStack backtrace:\n   0: std::backtrace\n   1: bevy";
        assert_eq!(
            without_backtrace(text),
            "story/one.ron:3:9: unknown cast member `rye`"
        );
        let text = "Path not found: /a/images/x.png\n   0: std::backtrace_rs::backtrace\n             at /rustc/x";
        assert_eq!(without_backtrace(text), "Path not found: /a/images/x.png");
        let text = "one.ron:1:1: first\none.ron:2:1: second";
        assert_eq!(without_backtrace(text), text);
    }
}
