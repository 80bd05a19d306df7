//! Where saves live: files in the user's data folder on desktop, localStorage in the
//! browser. One small trait, so the rest of the game doesn't care which.

use bevy::prelude::Resource;

/// Where saves (and the read-lines memory) are kept.
#[derive(Resource)]
pub struct Store(pub Box<dyn Storage>);

impl Default for Store {
    fn default() -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        return Store(Box::new(Folder::for_user()));
        #[cfg(target_arch = "wasm32")]
        return Store(Box::new(Local));
    }
}

/// A place to keep named blobs. Errors are sentences for the reader.
pub trait Storage: Send + Sync + 'static {
    fn read(&self, key: &str) -> Result<Option<Vec<u8>>, String>;
    /// At most the first `limit` bytes: a slot's summary, or a save without reading on
    /// through a file far bigger than any save.
    fn read_start(&self, key: &str, limit: usize) -> Result<Option<Vec<u8>>, String> {
        Ok(self.read(key)?.map(|mut bytes| {
            bytes.truncate(limit);
            bytes
        }))
    }
    /// Writes all of `bytes` or nothing: a crash half-way leaves the old value whole.
    fn write(&self, key: &str, bytes: &[u8]) -> Result<(), String>;
    fn remove(&self, key: &str) -> Result<(), String>;
}

#[cfg(not(target_arch = "wasm32"))]
pub use desktop::Folder;

/// The game's own folder in the user's data folder, where saves and read lines go (and,
/// on macOS, the settings too), each system's convention:
/// - Linux: `$XDG_DATA_HOME/after-the-rain` (`~/.local/share/after-the-rain`);
/// - Windows: `%APPDATA%\after-the-rain` (`C:\Users\NAME\AppData\Roaming\after-the-rain`);
/// - macOS: `~/Library/Application Support/org.after-the-rain.game`, named by the app's
///   bundle identifier as Apple asks.
#[cfg(not(target_arch = "wasm32"))]
pub fn data_folder() -> Option<std::path::PathBuf> {
    let name = if cfg!(target_os = "macos") {
        crate::settings::SETTINGS_APP
    } else {
        "after-the-rain"
    };
    dirs::data_dir().map(|dir| dir.join(name))
}

#[cfg(not(target_arch = "wasm32"))]
mod desktop {
    use std::fs;
    use std::io::Write;
    use std::path::PathBuf;

    /// A folder of files, one per key.
    pub struct Folder(pub PathBuf);

    impl Folder {
        /// `saves` in the game's folder in the user's data folder, or in
        /// `AFTER_THE_RAIN_DATA` when set (tests and screenshot tours use their own).
        pub fn for_user() -> Folder {
            let root = std::env::var_os("AFTER_THE_RAIN_DATA")
                .map(PathBuf::from)
                .or_else(super::data_folder)
                .unwrap_or_else(|| PathBuf::from("after-the-rain-data"));
            Folder(root.join("saves"))
        }

        /// The file for `key`, and the temporary file a write goes to first.
        pub fn paths(&self, key: &str) -> (PathBuf, PathBuf) {
            (self.0.join(key), self.0.join(format!(".{key}.partial")))
        }
    }

    impl super::Storage for Folder {
        fn read_start(&self, key: &str, limit: usize) -> Result<Option<Vec<u8>>, String> {
            use std::io::Read;
            let path = self.0.join(key);
            let file = match fs::File::open(&path) {
                Ok(file) => file,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
                Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
            };
            let mut bytes = Vec::new();
            file.take(u64::try_from(limit).unwrap_or(u64::MAX))
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            Ok(Some(bytes))
        }

        fn read(&self, key: &str) -> Result<Option<Vec<u8>>, String> {
            match fs::read(self.0.join(key)) {
                Ok(bytes) => Ok(Some(bytes)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(format!("cannot read {}: {e}", self.0.join(key).display())),
            }
        }

        fn write(&self, key: &str, bytes: &[u8]) -> Result<(), String> {
            self.write_with(key, |file| file.write_all(bytes))
        }

        fn remove(&self, key: &str) -> Result<(), String> {
            match fs::remove_file(self.0.join(key)) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    Err(format!("cannot delete {}: {e}", self.0.join(key).display()))
                }
                _ => Ok(()),
            }
        }
    }

    impl Folder {
        /// Writes what `fill` puts in the file for `key`, all or nothing: into a
        /// temporary file first, renamed over the old one only once it is whole and on
        /// the disk. If `fill` stops half-way (as a crash would), the old file stands.
        pub(crate) fn write_with(
            &self,
            key: &str,
            fill: impl FnOnce(&mut fs::File) -> std::io::Result<()>,
        ) -> Result<(), String> {
            let (path, partial) = self.paths(key);
            let write = || -> std::io::Result<()> {
                fs::create_dir_all(&self.0)?;
                let mut file = fs::File::create(&partial)?;
                fill(&mut file)?;
                file.sync_all()?;
                fs::rename(&partial, &path)?;
                // The rename itself survives a crash once the folder is synced too.
                if let Ok(dir) = fs::File::open(&self.0) {
                    let _ = dir.sync_all();
                }
                Ok(())
            };
            write().map_err(|e| format!("cannot write {}: {e}", path.display()))
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::Local;

#[cfg(target_arch = "wasm32")]
mod browser {
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD;

    /// The page's localStorage; values are base64, keys carry the game's name.
    pub struct Local;

    fn storage() -> Result<web_sys::Storage, String> {
        web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .ok_or_else(|| "this browser keeps no local storage for the page".to_string())
    }

    fn name(key: &str) -> String {
        format!("after-the-rain/{key}")
    }

    impl super::Storage for Local {
        fn read(&self, key: &str) -> Result<Option<Vec<u8>>, String> {
            let Ok(Some(text)) = storage()?.get_item(&name(key)) else {
                return Ok(None);
            };
            STANDARD
                .decode(text)
                .map(Some)
                .map_err(|e| format!("damaged browser storage for {key}: {e}"))
        }

        fn write(&self, key: &str, bytes: &[u8]) -> Result<(), String> {
            // setItem replaces the value whole or fails whole (for example when full).
            storage()?
                .set_item(&name(key), &STANDARD.encode(bytes))
                .map_err(|_| "the browser's storage for this page is full".to_string())
        }

        fn remove(&self, key: &str) -> Result<(), String> {
            storage()?
                .remove_item(&name(key))
                .map_err(|_| format!("cannot delete {key}"))
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::{Folder, Storage};

    fn folder(name: &str) -> Folder {
        let dir =
            std::env::temp_dir().join(format!("after-the-rain-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        Folder(dir)
    }

    #[test]
    fn a_save_cut_off_half_way_leaves_the_old_save_whole() {
        use std::io::Write;
        let store = folder("cut-off");
        store.write("1-1.ron", b"the old save").expect("writes");
        // The game stops half-way through writing the new save.
        let cut = store.write_with("1-1.ron", |file| {
            file.write_all(b"the new sa")?;
            Err(std::io::Error::other("the power went off"))
        });
        assert!(cut.is_err());
        assert_eq!(
            store.read("1-1.ron").expect("reads"),
            Some(b"the old save".to_vec())
        );
        // The next save goes through whole.
        store.write("1-1.ron", b"the new save").expect("writes");
        assert_eq!(
            store.read("1-1.ron").expect("reads"),
            Some(b"the new save".to_vec())
        );
        let _ = std::fs::remove_dir_all(&store.0);
    }

    #[test]
    fn a_write_that_fails_keeps_the_old_save_and_says_why() {
        let store = folder("fails");
        store.write("1-1.ron", b"the old save").expect("writes");
        // The temporary file's name taken by a folder: the write can't start.
        let (_, partial) = store.paths("1-1.ron");
        std::fs::create_dir_all(&partial).expect("a folder in the way");
        let error = store.write("1-1.ron", b"the new save").expect_err("fails");
        assert!(error.contains("1-1.ron"), "{error}");
        assert_eq!(
            store.read("1-1.ron").expect("reads"),
            Some(b"the old save".to_vec())
        );
        assert_eq!(store.read("2-1.ron").expect("reads"), None);
        let _ = std::fs::remove_dir_all(&store.0);
    }
}
