//! The Linux package as a player gets it. `tools/dist.sh` packages the build the tests
//! already have (the same script `make dist` runs on the release build), the archive is
//! unpacked into an empty folder and the game started from another working directory
//! under Xvfb, with no `BEVY_ASSET_ROOT` or `CARGO_MANIFEST_DIR` and with folders of its
//! own for saves and settings, until its screenshot tour photographs the title. Then
//! the same program with its `assets` folder taken away says so in plain words (in the
//! log here; `tests/bad_input.rs` checks the words on the loading screen) and does not
//! panic.

use std::io::{BufRead, BufReader};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use image::{GenericImageView, Rgba};

#[test]
fn the_linux_package_runs_from_anywhere_and_says_when_its_files_are_missing() {
    let work = std::env::temp_dir().join(format!("after-the-rain-dist-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    let (packages, unpacked, elsewhere) = (
        work.join("packages"),
        work.join("unpacked"),
        work.join("elsewhere"),
    );
    for dir in [&unpacked, &elsewhere] {
        std::fs::create_dir_all(dir).expect("a temporary folder");
    }

    let started = Instant::now();
    let status = Command::new("bash")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/dist.sh"))
        .arg("--out")
        .arg(&packages)
        .arg(env!("CARGO_BIN_EXE_after_the_rain"))
        // Quick to pack and unpack: this archive is thrown away.
        .env("DIST_GZIP", "-1")
        .status()
        .expect("bash runs");
    assert!(status.success(), "tools/dist.sh failed: {status}");
    let archive = packages.join("after-the-rain-linux-x86_64.tar.gz");
    let status = Command::new("tar")
        .arg("-xzf")
        .arg(&archive)
        .arg("-C")
        .arg(&unpacked)
        .status()
        .expect("tar runs");
    assert!(status.success(), "cannot unpack {}", archive.display());
    println!("packaged and unpacked in {:.1?}", started.elapsed());

    // One folder, with the program, what it loads, and the player's papers.
    let entries: Vec<_> = std::fs::read_dir(&unpacked)
        .expect("unpacked")
        .map(|e| e.expect("an entry").file_name())
        .collect();
    assert_eq!(entries, ["after-the-rain"], "the archive holds one folder");
    let game = unpacked.join("after-the-rain");
    for file in [
        "after_the_rain",
        "README.txt",
        "CREDITS.md",
        "LICENSE.txt",
        "after-the-rain.png",
        "after-the-rain.desktop",
        "assets/story/story.ron",
        "assets/fonts/Lato-LICENSE.txt",
        "assets/images/places/title.webp",
    ] {
        assert!(game.join(file).is_file(), "the package has no {file}");
    }
    assert!(
        !game.join("assets/art").exists(),
        "the art's sources stay in the repository"
    );

    // Started from another folder, it finds its files beside itself and reaches the title.
    let shots = work.join("shots");
    let mut run = Game::start(
        &game.join("after_the_rain"),
        &elsewhere,
        &work.join("user"),
        &shots,
    );
    let title = shots.join("title.png");
    let log = run.until(Duration::from_secs(600), |_| image::open(&title).is_ok());
    run.stop();
    assert!(
        log.contains("the title screen is up"),
        "the packaged game did not reach the title:\n{log}"
    );
    assert!(!log.contains("panicked"), "{log}");
    let picture = image::open(&title).expect("the title's picture");
    assert!(
        colour_count(&picture) > 200,
        "the title screen looks blank: its pictures were not found"
    );
    println!("reached the title in {:.1?}", started.elapsed());

    // Without its assets folder: a plain message naming the folder, and no panic.
    std::fs::remove_dir_all(game.join("assets")).expect("the assets folder removed");
    let mut run = Game::start(
        &game.join("after_the_rain"),
        &elsewhere,
        &work.join("user"),
        &shots,
    );
    let mut said_at: Option<Instant> = None;
    let log = run.until(Duration::from_secs(300), |log| {
        // Once said, a few more seconds on the loading screen show it does not fall over.
        if said_at.is_none() && log.contains("The game's files are missing") {
            said_at = Some(Instant::now());
        }
        said_at.is_some_and(|at| at.elapsed() > Duration::from_secs(3))
    });
    let exited = run.child.try_wait().expect("the game's state");
    run.stop();
    let folder = game.join("assets");
    assert!(
        log.contains(&format!(
            "there is no folder {} beside the program",
            folder.display()
        )),
        "no plain message for the missing folder:\n{log}"
    );
    assert!(!log.contains("panicked"), "{log}");
    assert!(
        exited.is_none(),
        "the game closed instead of showing the message:\n{log}"
    );
    println!("said the files are missing in {:.1?}", started.elapsed());
    let _ = std::fs::remove_dir_all(&work);
}

/// The packaged game running under Xvfb, its log read as it comes.
struct Game {
    child: Child,
    lines: mpsc::Receiver<String>,
}

impl Game {
    fn start(program: &Path, cwd: &Path, user: &Path, shots: &Path) -> Game {
        let mut child = Command::new("xvfb-run")
            .args(["-a", "-s", "-screen 0 1280x720x24"])
            .arg(program)
            .arg("--screenshots")
            .arg(shots)
            .args(["--at", "1"])
            .current_dir(cwd)
            // What a player's machine has not: the paths cargo and the tests set.
            .env_remove("BEVY_ASSET_ROOT")
            .env_remove("CARGO_MANIFEST_DIR")
            // Saves, settings and read lines in folders of the test's own.
            .env("AFTER_THE_RAIN_DATA", user.join("data"))
            .env("XDG_DATA_HOME", user.join("share"))
            .env("XDG_CONFIG_HOME", user.join("config"))
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            // Its own process group, so xvfb-run, Xvfb and the game stop together.
            .process_group(0)
            .spawn()
            .expect("xvfb-run is installed (make test installs it)");
        let (send, lines) = mpsc::channel();
        for out in [
            Box::new(child.stdout.take().expect("stdout")) as Box<dyn std::io::Read + Send>,
            Box::new(child.stderr.take().expect("stderr")),
        ] {
            let send = send.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(out).lines().map_while(Result::ok) {
                    if send.send(line).is_err() {
                        break;
                    }
                }
            });
        }
        Game { child, lines }
    }

    /// The log until `done` says so (asked at each line and every half second), the
    /// game exits, or `limit` passes.
    fn until(&mut self, limit: Duration, mut done: impl FnMut(&str) -> bool) -> String {
        let start = Instant::now();
        let mut log = String::new();
        while start.elapsed() < limit && !done(&log) {
            match self.lines.recv_timeout(Duration::from_millis(500)) {
                Ok(line) => {
                    log.push_str(&line);
                    log.push('\n');
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            }
        }
        log
    }

    fn stop(mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
        let waited = Instant::now();
        while self.child.try_wait().ok().flatten().is_none() {
            if waited.elapsed() > Duration::from_secs(10) {
                let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
                let _ = self.child.wait();
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

/// How many different colours a picture has, coarsely: a blank frame has few.
fn colour_count(picture: &image::DynamicImage) -> usize {
    let mut seen = std::collections::HashSet::new();
    for (_, _, Rgba([r, g, b, _])) in picture.pixels() {
        seen.insert((r >> 3, g >> 3, b >> 3));
    }
    seen.len()
}
