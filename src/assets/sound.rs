//! Sounds as Bevy assets. The loader keeps each file's bytes, so sounds load, stream by
//! chapter, fail and hot-reload like pictures do. On desktop kira decodes a sound while
//! it plays (a streaming sound over the kept file); in the browser, where kira cannot
//! stream (it decodes on a thread of its own, and a page has none), the loader decodes
//! the whole file at once, as bevy_kira_audio did.

use std::io::Cursor;
#[cfg(not(target_arch = "wasm32"))]
use std::sync::Arc;

use bevy::asset::{AssetLoader, LoadContext, io::Reader};
use bevy::prelude::*;
use kira::sound::FromFileError;

pub(super) fn plugin(app: &mut App) {
    app.init_asset::<Sound>().register_asset_loader(SoundLoader);
}

/// What kira plays: on desktop a stream over the file, in the browser the decoded sound.
#[cfg(not(target_arch = "wasm32"))]
pub type SoundData = kira::sound::streaming::StreamingSoundData<FromFileError>;
#[cfg(target_arch = "wasm32")]
pub type SoundData = kira::sound::static_sound::StaticSoundData;

/// A sound playing, to stop later.
#[cfg(not(target_arch = "wasm32"))]
pub type PlayingSound = kira::sound::streaming::StreamingSoundHandle<FromFileError>;
#[cfg(target_arch = "wasm32")]
pub type PlayingSound = kira::sound::static_sound::StaticSoundHandle;

/// A sound file (Ogg Vorbis) the story names.
#[derive(Asset, TypePath)]
pub struct Sound {
    /// The file as it is: about a tenth of its decoded size.
    #[cfg(not(target_arch = "wasm32"))]
    file: Arc<[u8]>,
    #[cfg(target_arch = "wasm32")]
    decoded: SoundData,
}

impl Sound {
    /// Checks that kira can play `file` (it reads the headers, or in the browser decodes
    /// it all), so a broken file fails while loading, where its error is shown.
    pub fn from_file(file: Vec<u8>) -> Result<Self, FromFileError> {
        #[cfg(not(target_arch = "wasm32"))]
        {
            let file: Arc<[u8]> = file.into();
            SoundData::from_cursor(Cursor::new(file.clone()))?;
            Ok(Self { file })
        }
        #[cfg(target_arch = "wasm32")]
        Ok(Self {
            decoded: SoundData::from_cursor(Cursor::new(file))?,
        })
    }

    /// The sound, ready for kira to play once.
    pub fn data(&self) -> Result<SoundData, FromFileError> {
        #[cfg(not(target_arch = "wasm32"))]
        return SoundData::from_cursor(Cursor::new(self.file.clone()));
        #[cfg(target_arch = "wasm32")]
        Ok(self.decoded.clone())
    }
}

#[derive(Default, TypePath)]
struct SoundLoader;

impl AssetLoader for SoundLoader {
    type Asset = Sound;
    type Settings = ();
    type Error = std::io::Error;

    async fn load(
        &self,
        reader: &mut dyn Reader,
        _settings: &(),
        _load_context: &mut LoadContext<'_>,
    ) -> Result<Sound, std::io::Error> {
        let mut file = Vec::new();
        reader.read_to_end(&mut file).await?;
        Sound::from_file(file).map_err(|e| {
            std::io::Error::other(format!("not a sound the game can play (Ogg Vorbis): {e}"))
        })
    }

    fn extensions(&self) -> &[&str] {
        &["ogg"]
    }
}
