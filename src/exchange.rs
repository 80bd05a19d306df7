//! Saves in the reader's hands: one save, or all of them in one file, exported where the
//! reader finds it (the folder `After the Rain saves` in their Documents on desktop, a
//! download in the browser), and a file of either kind imported into empty slots, from
//! the load screen. An imported save from an older story resumes as any save does. A
//! bad file is a message that names it and says what is wrong, and changes nothing; an
//! import never writes over a save.

use std::path::PathBuf;

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use crate::assets::LoadedStory;
use crate::clock::{local_date, now};
use crate::director::resume;
use crate::notice::Notice;
use crate::save::{MAX_SAVE_BYTES, SaveFile};
use crate::saves::{Page, SavesChanged, Slot, SlotContent, Store, read_bytes, read_slot};
use crate::story::Story;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ExportFolder>()
        .add_message::<Exchange>()
        .add_message::<Imported>()
        .add_systems(Update, act);
    #[cfg(target_arch = "wasm32")]
    app.init_resource::<web::Inbox>()
        .add_systems(Update, web::receive.before(act));
}

/// What the reader asks of the saves' exchange with the world outside the game.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum Exchange {
    /// Export the save in this slot to a file of its own.
    Export(Slot),
    /// Export every save into one file.
    ExportAll,
    /// Import a file: its name (for messages) and its bytes, or why they can't be read.
    Import {
        name: String,
        bytes: Result<Vec<u8>, String>,
    },
}

/// Saves came in; the first slot one went to (the load screen turns to its page).
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Imported(pub Slot);

/// Where exports are written and imports are looked for, on desktop: `After the Rain
/// saves` in the reader's Documents folder (else Downloads, else their home).
#[derive(Resource, Debug, Clone)]
pub struct ExportFolder(pub PathBuf);

impl Default for ExportFolder {
    fn default() -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let base = dirs::document_dir()
            .or_else(dirs::download_dir)
            .or_else(dirs::home_dir)
            .unwrap_or_default();
        #[cfg(target_arch = "wasm32")]
        let base = PathBuf::new();
        ExportFolder(base.join("After the Rain saves"))
    }
}

/// The largest file an import reads: far above all the saves there can be, each of a
/// few kilobytes.
pub const MAX_IMPORT_BYTES: usize = 8 << 20;

/// Every save in one file: the slot each came from, and its text.
#[derive(Debug, Serialize, Deserialize)]
struct Bundle {
    /// The bundle's format; this build writes and reads 1.
    after_the_rain_saves: u32,
    saves: Vec<Bundled>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Bundled {
    /// The slot's storage key, such as `1-2.ron` or `auto-3.ron`.
    slot: String,
    save: String,
}

const BUNDLE_FORMAT: u32 = 1;

/// A moment as a file name may hold it: "2026-12-05-1850".
fn stamp(seconds: u64) -> String {
    local_date(seconds).replace(' ', "-").replace(':', "")
}

/// "page-1-slot-2", "autosave-3", "quick-save-1".
fn slug(slot: Slot) -> String {
    slot.name().replace(", ", "-").replace(' ', "-")
}

/// The file for one slot's save: its name and bytes, or why there is none.
pub fn export_one(store: &Store, slot: Slot) -> Result<(String, Vec<u8>), String> {
    match read_slot(store, slot) {
        SlotContent::Empty => Err(format!("There is no save in {} to export.", slot.name())),
        SlotContent::Broken(why) => Err(format!(
            "The save in {} was not exported: {why}",
            slot.name()
        )),
        SlotContent::Saved(summary) => {
            let bytes = read_bytes(store, slot)?;
            let name = format!(
                "after-the-rain-{}-{}.ron",
                slug(slot),
                stamp(summary.saved_at)
            );
            Ok((name, bytes))
        }
    }
}

/// One file with every save that reads: its name, its bytes and how many saves it holds
/// (damaged saves are left out).
pub fn export_all(store: &Store) -> Result<(String, Vec<u8>, usize), String> {
    let saves: Vec<Bundled> = Slot::every()
        .filter(|slot| matches!(read_slot(store, *slot), SlotContent::Saved(_)))
        .filter_map(|slot| {
            let bytes = read_bytes(store, slot).ok()?;
            let save = String::from_utf8(bytes).ok()?;
            Some(Bundled {
                slot: slot.key(),
                save,
            })
        })
        .collect();
    if saves.is_empty() {
        return Err("There are no saves to export.".into());
    }
    let count = saves.len();
    let bundle = Bundle {
        after_the_rain_saves: BUNDLE_FORMAT,
        saves,
    };
    let text = ron::ser::to_string_pretty(&bundle, ron::ser::PrettyConfig::default())
        .map_err(|e| format!("The saves could not be put in one file: {e}."))?;
    let name = format!("after-the-rain-all-saves-{}.ron", stamp(now()));
    Ok((name, text.into_bytes(), count))
}

/// Whether a file's bytes are a bundle of saves rather than one save.
fn is_bundle(bytes: &[u8]) -> bool {
    let start: String = String::from_utf8_lossy(bytes.get(..64).unwrap_or(bytes))
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    start.starts_with("(after_the_rain_saves:")
}

/// A save's bytes checked as the load screen would load them: a save this build reads,
/// that finds its place in `story` (an older story's save resumes as any save does).
fn check(story: Option<&Story>, bytes: &[u8]) -> Result<SaveFile, String> {
    let file = SaveFile::from_bytes(bytes).map_err(|e| e.to_string())?;
    if let Some(story) = story {
        resume(story, &file.moment).map_err(|e| format!("it does not fit this story: {e}"))?;
    }
    Ok(file)
}

/// What an import did: its message, and the first slot it wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportDone {
    pub message: String,
    pub first: Option<Slot>,
}

/// The first empty slot on the reader's own pages.
fn empty_slot(store: &Store) -> Option<Slot> {
    Slot::every()
        .filter(|slot| matches!(slot.page, Page::Number(_)))
        .find(|slot| read_slot(store, *slot) == SlotContent::Empty)
}

/// The slot already holding exactly these bytes, if one does.
fn holding(store: &Store, bytes: &[u8]) -> Option<Slot> {
    Slot::every().find(|slot| read_bytes(store, *slot).is_ok_and(|b| b == bytes))
}

fn write(store: &Store, slot: Slot, bytes: &[u8]) -> Result<(), String> {
    store.0.write(&slot.key(), bytes)?;
    // No thumbnail came with it: none from an older save in that slot stays either.
    store.0.remove(&slot.thumbnail_key())
}

/// Imports the file `name`: a save into the first empty slot of pages 1 to 5, or a
/// bundle's saves each into its own slot when that is empty, else into the first empty
/// one. Never over a save; a damaged file changes nothing.
pub fn import(
    store: &Store,
    story: Option<&Story>,
    name: &str,
    bytes: &[u8],
) -> Result<ImportDone, String> {
    let refuse = |why: &str| format!("{name} was not imported: {why}");
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(refuse(&format!(
            "it is too big to hold saves (over {} MB), so it was not read.",
            MAX_IMPORT_BYTES >> 20
        )));
    }
    if !is_bundle(bytes) {
        check(story, bytes).map_err(|why| refuse(&format!("{why}.")))?;
        if let Some(slot) = holding(store, bytes) {
            return Ok(ImportDone {
                message: format!("{name} is already here, in {}.", slot.name()),
                first: Some(slot),
            });
        }
        let Some(slot) = empty_slot(store) else {
            return Err(refuse(
                "every slot on pages 1 to 5 holds a save; delete one first.",
            ));
        };
        write(store, slot, bytes).map_err(|e| refuse(&format!("{e}.")))?;
        return Ok(ImportDone {
            message: format!("Imported {name} into {}.", slot.name()),
            first: Some(slot),
        });
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| refuse("it is damaged (not text), so nothing was imported."))?;
    let bundle: Bundle = ron::from_str(text).map_err(|e| {
        refuse(&format!(
            "it is damaged (line {}, column {}: {}), so nothing was imported.",
            e.span.start.line, e.span.start.col, e.code
        ))
    })?;
    if bundle.after_the_rain_saves > BUNDLE_FORMAT {
        return Err(refuse(&format!(
            "it was made by a newer version of the game (format {}, this one reads {BUNDLE_FORMAT}).",
            bundle.after_the_rain_saves
        )));
    }
    // Every save checked before any is written: a bundle with none that loads changes
    // nothing.
    let mut bad = Vec::new();
    let mut good = Vec::new();
    for (n, entry) in bundle.saves.iter().enumerate() {
        let own = Slot::every().find(|slot| slot.key() == entry.slot);
        let label = own.map_or_else(|| format!("save {}", n + 1), |s| s.name());
        if entry.save.len() > MAX_SAVE_BYTES {
            bad.push(format!("{label}: too big to be a save"));
            continue;
        }
        match check(story, entry.save.as_bytes()) {
            Ok(_) => good.push((own, entry.save.as_bytes())),
            Err(why) => bad.push(format!("{label}: {why}")),
        }
    }
    if good.is_empty() {
        return Err(refuse(&if bad.is_empty() {
            "it holds no saves.".to_string()
        } else {
            format!("no save in it can be loaded ({}).", bad.join("; "))
        }));
    }
    let (mut written, mut here, mut no_room) = (Vec::new(), 0, 0);
    for (own, bytes) in good {
        if holding(store, bytes).is_some() {
            here += 1;
            continue;
        }
        let slot = own
            .filter(|slot| read_slot(store, *slot) == SlotContent::Empty)
            .or_else(|| empty_slot(store));
        let Some(slot) = slot else {
            no_room += 1;
            continue;
        };
        match write(store, slot, bytes) {
            Ok(()) => written.push(slot),
            Err(e) => bad.push(e),
        }
    }
    let mut message = match written.len() {
        0 => format!("Nothing new in {name}"),
        1 => format!("Imported 1 save from {name}"),
        n => format!("Imported {n} saves from {name}"),
    };
    if here > 0 {
        message += &format!("; {here} already here");
    }
    if no_room > 0 {
        message += &format!("; {no_room} left out: no empty slot (delete some saves first)");
    }
    if !bad.is_empty() {
        message += &format!("; not imported: {}", bad.join("; "));
    }
    message.push('.');
    Ok(ImportDone {
        message,
        first: written.first().copied(),
    })
}

/// The files in the export folder that an import may read, newest first.
#[cfg(not(target_arch = "wasm32"))]
pub fn files_to_import(folder: &ExportFolder) -> Result<Vec<PathBuf>, String> {
    let entries = match std::fs::read_dir(&folder.0) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(format!("Cannot read {}: {e}.", folder.0.display())),
    };
    let mut files: Vec<(std::time::SystemTime, PathBuf)> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.is_file()
                && path
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
        })
        .map(|path| {
            let modified = path
                .metadata()
                .and_then(|m| m.modified())
                .unwrap_or(std::time::UNIX_EPOCH);
            (modified, path)
        })
        .collect();
    files.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    Ok(files.into_iter().map(|(_, path)| path).collect())
}

/// A file from the export folder, read for an import (at most one byte more than an
/// import reads, so a huge file is refused without reading it all).
#[cfg(not(target_arch = "wasm32"))]
pub fn read_import(path: &std::path::Path) -> Exchange {
    use std::io::Read;
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into(),
    );
    let bytes = std::fs::File::open(path)
        .and_then(|file| {
            let mut bytes = Vec::new();
            file.take(MAX_IMPORT_BYTES as u64 + 1)
                .read_to_end(&mut bytes)
                .map(|_| bytes)
        })
        .map_err(|e| format!("{name} can't be read: {e}."));
    Exchange::Import { name, bytes }
}

/// Starts an import from the load screen: on desktop the files in the export folder
/// (made if missing, so the reader can find it), on the web the browser's file picker.
#[derive(bevy::ecs::system::SystemParam)]
pub struct StartImport<'w> {
    notice: ResMut<'w, Notice>,
    #[cfg(not(target_arch = "wasm32"))]
    folder: Res<'w, ExportFolder>,
    #[cfg(not(target_arch = "wasm32"))]
    requests: MessageWriter<'w, Exchange>,
    #[cfg(target_arch = "wasm32")]
    inbox: Res<'w, web::Inbox>,
    #[cfg(target_arch = "wasm32")]
    proxy: Option<Res<'w, bevy::winit::EventLoopProxyWrapper>>,
}

impl StartImport<'_> {
    /// Imports the one file there is, or returns the files to choose from when there
    /// are several (none on the web: the browser asks).
    pub fn start(&mut self) -> Vec<PathBuf> {
        #[cfg(not(target_arch = "wasm32"))]
        {
            let folder = &self.folder.0;
            let files = match files_to_import(&self.folder) {
                Ok(files) => files,
                Err(e) => {
                    self.notice.say_slowly(&e);
                    return Vec::new();
                }
            };
            match files.as_slice() {
                [] => {
                    let _ = std::fs::create_dir_all(folder);
                    self.notice.say_slowly(&format!(
                        "There are no save files to import. Put them (.ron files) in {} and choose Import again.",
                        folder.display()
                    ));
                    Vec::new()
                }
                [one] => {
                    self.requests.write(read_import(one));
                    Vec::new()
                }
                _ => files,
            }
        }
        #[cfg(target_arch = "wasm32")]
        {
            let wake = self.proxy.as_ref().map(|proxy| (***proxy).clone());
            if let Err(e) = web::pick_file(&self.inbox, wake) {
                self.notice.say_slowly(&e);
            }
            Vec::new()
        }
    }
}

/// Puts an exported file where the reader finds it; says where, or what went wrong.
fn deliver(folder: &ExportFolder, name: &str, bytes: &[u8]) -> Result<String, String> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let place = crate::storage::Folder(folder.0.clone());
        crate::storage::Storage::write(&place, name, bytes)
            .map_err(|e| format!("Could not export: {e}."))?;
        Ok(folder.0.join(name).display().to_string())
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = folder;
        web::download(name, bytes)?;
        Ok(format!("your downloads, as {name}"))
    }
}

fn act(
    mut requests: MessageReader<Exchange>,
    store: Res<Store>,
    story: LoadedStory,
    folder: Res<ExportFolder>,
    mut notice: ResMut<Notice>,
    mut changed: MessageWriter<SavesChanged>,
    mut imported: MessageWriter<Imported>,
) {
    for request in requests.read() {
        let said = match request {
            Exchange::Export(slot) => export_one(&store, *slot).and_then(|(name, bytes)| {
                let place = deliver(&folder, &name, &bytes)?;
                Ok(format!("Exported the save in {} to {place}.", slot.name()))
            }),
            Exchange::ExportAll => export_all(&store).and_then(|(name, bytes, count)| {
                let place = deliver(&folder, &name, &bytes)?;
                let saves = if count == 1 { "save" } else { "saves" };
                Ok(format!("Exported {count} {saves} in one file to {place}."))
            }),
            Exchange::Import { name, bytes } => bytes
                .as_ref()
                .map_err(Clone::clone)
                .and_then(|bytes| import(&store, story.get().map(|s| &s.story), name, bytes))
                .map(|done| {
                    if let Some(slot) = done.first {
                        changed.write(SavesChanged);
                        imported.write(Imported(slot));
                    }
                    done.message
                }),
        };
        match said {
            Ok(message) | Err(message) => notice.say_slowly(&message),
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod web {
    //! The browser's side: a download made from a Blob and an `<a download>`, and an
    //! `<input type="file">` whose file is read into the [`Inbox`].

    use std::sync::{Arc, Mutex};

    use bevy::prelude::*;
    use bevy::winit::{EventLoopProxy, WinitUserEvent};
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;

    use super::Exchange;

    /// Files the reader picked, read by the browser, waiting for the next frame.
    #[derive(Resource, Default, Clone)]
    pub struct Inbox(Arc<Mutex<Vec<Exchange>>>);

    pub fn receive(inbox: Res<Inbox>, mut requests: MessageWriter<Exchange>) {
        let Ok(mut waiting) = inbox.0.lock() else {
            return;
        };
        for request in waiting.drain(..) {
            requests.write(request);
        }
    }

    fn document() -> Result<web_sys::Document, String> {
        web_sys::window()
            .and_then(|w| w.document())
            .ok_or_else(|| "this page has no document".to_string())
    }

    /// The browser saves `bytes` as the file `name` (in the reader's downloads).
    pub fn download(name: &str, bytes: &[u8]) -> Result<(), String> {
        let fail = |_| format!("The browser would not download {name}.");
        let parts = js_sys::Array::new();
        parts.push(&js_sys::Uint8Array::from(bytes).into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/octet-stream");
        let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
            .map_err(fail)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
        let document = document()?;
        let link: web_sys::HtmlAnchorElement = document
            .create_element("a")
            .map_err(fail)?
            .dyn_into()
            .map_err(|_| format!("The browser would not download {name}."))?;
        link.set_href(&url);
        link.set_download(name);
        link.style().set_property("display", "none").map_err(fail)?;
        let body = document
            .body()
            .ok_or_else(|| "this page has no body".to_string())?;
        body.append_child(&link).map_err(fail)?;
        link.click();
        let _ = body.remove_child(&link);
        // The download has its own copy once it starts; let the Blob go a little later.
        let revoke = Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                revoke.unchecked_ref(),
                10_000,
            );
        }
        Ok(())
    }

    /// Hands a picked file to the game, and wakes it: a still game waits for input from
    /// its canvas, and a file read by the browser is not such input.
    fn hand_in(
        inbox: &Arc<Mutex<Vec<Exchange>>>,
        wake: &Option<EventLoopProxy<WinitUserEvent>>,
        request: Exchange,
    ) {
        if let Ok(mut waiting) = inbox.lock() {
            waiting.push(request);
        }
        if let Some(proxy) = wake {
            let _ = proxy.send_event(WinitUserEvent::WakeUp);
        }
    }

    /// Opens the browser's file picker; the file chosen arrives in the inbox.
    pub fn pick_file(
        inbox: &Inbox,
        wake: Option<EventLoopProxy<WinitUserEvent>>,
    ) -> Result<(), String> {
        let fail = |_| "The browser would not open a file.".to_string();
        let input: web_sys::HtmlInputElement = document()?
            .create_element("input")
            .map_err(fail)?
            .dyn_into()
            .map_err(|_| "The browser would not open a file.".to_string())?;
        input.set_type("file");
        input.set_accept(".ron,text/plain");
        let inbox = inbox.0.clone();
        let picked = input.clone();
        let on_change = Closure::once_into_js(move || {
            let Some(file) = picked.files().and_then(|files| files.get(0)) else {
                return;
            };
            let name = file.name();
            if file.size() > super::MAX_IMPORT_BYTES as f64 {
                let why = format!(
                    "{name} was not imported: it is too big to hold saves (over {} MB), so it was not read.",
                    super::MAX_IMPORT_BYTES >> 20
                );
                let bytes = Err(why);
                hand_in(&inbox, &wake, Exchange::Import { name, bytes });
                return;
            }
            let (inbox_too, wake_too, name_too) = (inbox.clone(), wake.clone(), name.clone());
            let on_read = Closure::once(move |buffer: wasm_bindgen::JsValue| {
                let bytes = Ok(js_sys::Uint8Array::new(&buffer).to_vec());
                hand_in(&inbox, &wake, Exchange::Import { name, bytes });
            });
            let on_fail = Closure::once(move |_: wasm_bindgen::JsValue| {
                let bytes = Err(format!("{name_too} can't be read."));
                let name = name_too;
                hand_in(&inbox_too, &wake_too, Exchange::Import { name, bytes });
            });
            let _ = file.array_buffer().then2(&on_read, &on_fail);
            // Each runs once, when the browser has read the file; they live until then.
            on_read.forget();
            on_fail.forget();
        });
        input
            .add_event_listener_with_callback("change", on_change.unchecked_ref())
            .map_err(fail)?;
        input.click();
        Ok(())
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::director::{Bookmark, Moment};
    use crate::save::SAVE_VERSION;
    use crate::storage::Folder;

    fn store(name: &str) -> Store {
        let dir = std::env::temp_dir().join(format!(
            "after-the-rain-exchange-{name}-{}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        Store(Box::new(Folder(dir)))
    }

    fn save_text(line: &str) -> String {
        SaveFile {
            version: SAVE_VERSION,
            saved_at: 1_800_000_000,
            chapter: "Chapter 1: The Storm".into(),
            line: line.into(),
            moment: Moment {
                place: Bookmark {
                    scene: "storm".into(),
                    line: 0,
                    hash: 0,
                    before: Vec::new(),
                    next: None,
                },
                vars: Default::default(),
                stage: Default::default(),
                beats: Vec::new(),
                marks: Default::default(),
            },
        }
        .to_text()
    }

    fn slot(page: u8, n: u8) -> Slot {
        Slot {
            page: Page::Number(page),
            index: n - 1,
        }
    }

    #[test]
    fn all_saves_go_back_to_their_own_slots_and_never_over_a_save() {
        let from = store("bundle-from");
        for (s, line) in [(slot(1, 1), "one"), (slot(2, 3), "two")] {
            from.0.write(&s.key(), save_text(line).as_bytes()).unwrap();
        }
        let (name, bytes, count) = export_all(&from).expect("a bundle");
        assert_eq!(count, 2);
        assert!(name.starts_with("after-the-rain-all-saves-"), "{name}");

        let to = store("bundle-to");
        // Someone else's save is in page 1, slot 1 already.
        to.0.write(&slot(1, 1).key(), save_text("mine").as_bytes())
            .unwrap();
        let done = import(&to, None, &name, &bytes).expect("imported");
        assert_eq!(done.message, format!("Imported 2 saves from {name}."));
        let read = |s: Slot| String::from_utf8(to.0.read(&s.key()).unwrap().unwrap()).unwrap();
        assert_eq!(read(slot(1, 1)), save_text("mine"), "not written over");
        assert_eq!(read(slot(2, 3)), save_text("two"), "its own slot");
        assert_eq!(read(slot(1, 2)), save_text("one"), "the first empty slot");
        // Again: nothing new.
        let again = import(&to, None, &name, &bytes).expect("imported");
        assert_eq!(
            again.message,
            format!("Nothing new in {name}; 2 already here.")
        );
        assert_eq!(again.first, None);
    }

    #[test]
    fn a_bundle_with_a_bad_save_brings_the_good_ones_and_names_the_bad() {
        let bundle = format!(
            "(after_the_rain_saves: 1, saves: [(slot: \"3-1.ron\", save: {:?}), (slot: \"3-2.ron\", save: \"(version: 9)\")])",
            save_text("good")
        );
        let to = store("bundle-bad");
        let done = import(&to, None, "mixed.ron", bundle.as_bytes()).expect("imported");
        assert!(
            done.message.starts_with("Imported 1 save from mixed.ron; not imported: page 3, slot 2: made by a newer version"),
            "{}",
            done.message
        );
        assert_eq!(done.first, Some(slot(3, 1)));
        // A newer bundle format, or one with no save that loads: nothing changes.
        let newer = "(after_the_rain_saves: 2, saves: [])";
        let error = import(&to, None, "newer.ron", newer.as_bytes()).unwrap_err();
        assert!(
            error.contains("newer.ron") && error.contains("newer version"),
            "{error}"
        );
        let none = "(after_the_rain_saves: 1, saves: [(slot: \"1-1.ron\", save: \"junk\")])";
        let error = import(&to, None, "junk.ron", none.as_bytes()).unwrap_err();
        assert!(error.contains("no save in it can be loaded"), "{error}");
        assert_eq!(to.0.read(&slot(1, 1).key()).unwrap(), None);
    }

    #[test]
    fn a_save_with_no_empty_slot_left_is_refused() {
        let to = store("full");
        for s in Slot::every().filter(|s| matches!(s.page, Page::Number(_))) {
            to.0.write(&s.key(), save_text(&s.key()).as_bytes())
                .unwrap();
        }
        let error = import(&to, None, "extra.ron", save_text("extra").as_bytes()).unwrap_err();
        assert!(error.contains("delete one first"), "{error}");
    }
}
