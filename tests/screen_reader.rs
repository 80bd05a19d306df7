//! What Orca would read, on Linux: the real game under Xvfb, in a D-Bus session of its
//! own with the accessibility bus (at-spi2-core) turned on as Orca turns it on, its
//! tree walked through AT-SPI by `tests/screen_reader.py` (pyatspi) while keys are
//! pressed in its window (xdotool): the title's buttons, the story's lines with their
//! speakers, the interface hidden with H, the history, a choice's options, and the focus
//! moving with the arrow keys.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Mutex, MutexGuard, mpsc};
use std::time::{Duration, Instant};

/// One node of the tree as AT-SPI gives it.
#[derive(Debug, Clone, PartialEq)]
struct Node {
    depth: usize,
    role: String,
    name: String,
    focused: bool,
}

fn buttons(tree: &[Node]) -> Vec<&str> {
    tree.iter()
        .filter(|n| n.role == "push button")
        .map(|n| n.name.as_str())
        .collect()
}

fn labels(tree: &[Node]) -> Vec<&str> {
    tree.iter()
        .filter(|n| n.role == "label")
        .map(|n| n.name.as_str())
        .collect()
}

fn focused(tree: &[Node]) -> Option<&Node> {
    tree.iter().find(|n| n.focused)
}

fn show(tree: &[Node]) -> String {
    tree.iter()
        .map(|n| {
            let mark = if n.focused { "  [focused]" } else { "" };
            format!("{}{} \"{}\"{mark}", "  ".repeat(n.depth), n.role, n.name)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The game under a screen reader's eye: `tests/screen_reader.py` inside
/// `dbus-run-session` and `xvfb-run`, taking commands on its stdin.
struct ScreenReader {
    child: Child,
    stdin: ChildStdin,
    lines: mpsc::Receiver<String>,
    work: PathBuf,
    /// Held while the game runs: `xvfb-run -a` picks a display number by looking for a
    /// free one, and two tests starting together would both take the same.
    _alone: MutexGuard<'static, ()>,
}

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

impl ScreenReader {
    fn start(name: &str, args: &[&str]) -> ScreenReader {
        // A test that failed while holding it leaves it poisoned; the next still runs.
        let alone = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
        let work = std::env::temp_dir().join(format!(
            "after-the-rain-screen-reader-{name}-{}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&work);
        std::fs::create_dir_all(&work).expect("a temporary folder");
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/screen_reader.py");
        let mut child = Command::new("timeout")
            .args(["600", "dbus-run-session", "--"])
            // No reset: AT-SPI's client library opens the display to look for the bus
            // and closes it; were it the only client, Xvfb would reset then, and a game
            // connecting at that moment would fail to open the display.
            .args([
                "xvfb-run",
                "-a",
                "-s",
                "-screen 0 1280x720x24 -noreset",
                "-e",
            ])
            .arg(work.join("xvfb.log"))
            // Debian's Python, which has pyatspi (not one a version manager put first).
            .arg("/usr/bin/python3")
            .arg(script)
            .arg(env!("CARGO_BIN_EXE_after_the_rain"))
            .args(args)
            .env("BEVY_ASSET_ROOT", env!("CARGO_MANIFEST_DIR"))
            // Saves, settings and read lines in folders of the test's own: a fresh
            // player, so the title has no Continue.
            .env("AFTER_THE_RAIN_DATA", work.join("data"))
            .env("XDG_DATA_HOME", work.join("share"))
            .env("XDG_CONFIG_HOME", work.join("config"))
            .env("NO_COLOR", "1")
            .env("SCREEN_READER_GAME_LOG", work.join("game.log"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            // Kept for a failure's message: why the script stopped answering.
            .stderr(
                std::fs::File::create(work.join("script.log"))
                    .expect("the test's own folder takes a file"),
            )
            // Its own process group, so the bus, Xvfb and the game stop together.
            .process_group(0)
            .spawn()
            .expect("dbus-run-session and xvfb-run are installed (make test installs them)");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let (send, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        let mut reader = ScreenReader {
            child,
            stdin,
            lines,
            work,
            _alone: alone,
        };
        // The script's notes on the window and the application come first.
        let notes = reader.ask("notes");
        println!("{}", notes.join("\n"));
        assert!(
            notes
                .iter()
                .any(|l| l == "# application on the accessibility bus: True"),
            "the game never showed up on the accessibility bus: {notes:?}\n{}",
            reader.game_log()
        );
        reader
    }

    /// Sends a command; its answer's lines up to "end".
    fn ask(&mut self, command: &str) -> Vec<String> {
        writeln!(self.stdin, "{command}").expect("the script is running");
        self.stdin.flush().expect("the script is running");
        let mut answer = Vec::new();
        loop {
            match self.lines.recv_timeout(Duration::from_secs(120)) {
                Ok(line) if line == "end" => return answer,
                Ok(line) => answer.push(line),
                Err(e) => panic!(
                    "no answer to {command:?} ({e}) after {answer:?}\n{}",
                    self.game_log()
                ),
            }
        }
    }

    fn tree(&mut self) -> Vec<Node> {
        self.ask("tree")
            .iter()
            .filter(|l| !l.starts_with('#'))
            .map(|line| {
                let mut fields = line.split('\t');
                let mut next = || fields.next().unwrap_or_default().to_string();
                Node {
                    depth: next().parse().unwrap_or(0),
                    role: next(),
                    name: next(),
                    focused: next() == "focused",
                }
            })
            .collect()
    }

    fn key(&mut self, key: &str) {
        self.ask(&format!("key {key}"));
    }

    /// Looks at the tree until `done` says so; after `limit`, fails showing it.
    fn wait_for(
        &mut self,
        what: &str,
        limit: Duration,
        done: impl Fn(&[Node]) -> bool,
    ) -> Vec<Node> {
        self.until(what, limit, None, done)
    }

    /// Presses Space between looks (a reader reading on) until `done` says so.
    fn read_on_until(&mut self, what: &str, done: impl Fn(&[Node]) -> bool) -> Vec<Node> {
        self.until(what, Duration::from_secs(90), Some("space"), done)
    }

    fn until(
        &mut self,
        what: &str,
        limit: Duration,
        key: Option<&str>,
        done: impl Fn(&[Node]) -> bool,
    ) -> Vec<Node> {
        let start = Instant::now();
        loop {
            let tree = self.tree();
            // AT-SPI is walked child by child, so a tree that changes during the walk can
            // list a node twice (once, on a loaded machine, the title's last two buttons):
            // take it once a second look agrees, as a screen reader settles on it.
            let done_now = done(&tree);
            if done_now && {
                std::thread::sleep(Duration::from_millis(300));
                self.tree() == tree
            } {
                println!("{what}:\n{}\n", show(&tree));
                return tree;
            }
            if start.elapsed() > limit {
                panic!(
                    "no {what} after {limit:?}; the tree:\n{}\n{}",
                    show(&tree),
                    self.game_log()
                );
            }
            if let (false, Some(key)) = (done_now, key) {
                self.key(key);
            }
            std::thread::sleep(Duration::from_millis(700));
        }
    }

    /// The last lines of the game's log, and Xvfb's.
    fn game_log(&self) -> String {
        let tail = |name: &str| {
            let log = std::fs::read_to_string(self.work.join(name)).unwrap_or_default();
            let last: Vec<_> = log.lines().rev().take(30).collect();
            last.into_iter().rev().collect::<Vec<_>>().join("\n")
        };
        format!(
            "the game's log, last lines:\n{}\nXvfb's:\n{}\nthe screen reader script's:\n{}",
            tail("game.log"),
            tail("xvfb.log"),
            tail("script.log")
        )
    }
}

impl Drop for ScreenReader {
    fn drop(&mut self) {
        let _ = writeln!(self.stdin, "quit");
        let _ = self.stdin.flush();
        let stopped = Instant::now();
        while stopped.elapsed() < Duration::from_secs(15) {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        // Whatever is left of the group (the bus, Xvfb, the game). The "--" matters:
        // procps 4.0's `kill -KILL -14212` reads only "-1", which is every process.
        let group = format!("-{}", self.child.id());
        let signal = |signal: &str| {
            Command::new("kill")
                .args(["-s", signal, "--", &group])
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        };
        signal("KILL");
        let _ = self.child.wait();
        // Until it is gone: an Xvfb still dying on its display number, which the next
        // test's xvfb-run may take again, would take that game's connection with it.
        let killed = Instant::now();
        while signal("0") && killed.elapsed() < Duration::from_secs(10) {
            std::thread::sleep(Duration::from_millis(100));
        }
        if !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.work);
        }
    }
}

fn has_focused_button(tree: &[Node], name: &str) -> bool {
    focused(tree).is_some_and(|n| n.role == "push button" && n.name == name)
}

#[test]
fn a_screen_reader_reads_the_title_s_buttons_and_the_story_s_lines_with_their_speakers() {
    let mut reader = ScreenReader::start("title", &[]);
    let title = reader.wait_for("title menu", Duration::from_secs(300), |tree| {
        has_focused_button(tree, "New Game")
    });
    // In the order they are drawn (a fresh player: nothing to continue or load, no
    // chapters before the credits).
    assert_eq!(
        buttons(&title),
        ["New Game", "Gallery", "Settings", "Quit"],
        "the title's buttons"
    );
    assert_eq!(
        title.iter().filter(|n| n.focused).count(),
        1,
        "one node has the focus:\n{}",
        show(&title)
    );

    // The arrows move the focus down the menu and back, as they light the buttons.
    reader.key("Down");
    reader.wait_for("the focus on Gallery", Duration::from_secs(10), |tree| {
        has_focused_button(tree, "Gallery")
    });
    reader.key("Up");
    reader.wait_for(
        "the focus back on New Game",
        Duration::from_secs(10),
        |tree| has_focused_button(tree, "New Game"),
    );

    // New Game: the first line is read whole (not letter by letter as it appears), and
    // it has the focus, so a screen reader speaks each new line.
    reader.key("Return");
    let story = reader.wait_for("the first line", Duration::from_secs(60), |tree| {
        focused(tree).is_some_and(|n| n.role == "label" && n.name.starts_with("The clearing"))
    });
    let first = focused(&story).unwrap().name.clone();
    assert!(
        first.ends_with("spitting wherever the rain touched them."),
        "the line is read whole: {first:?}"
    );
    // The quick menu's buttons, by their words.
    let quick = buttons(&story);
    for name in ["History", "Save", "Load", "Quick save", "Settings"] {
        assert!(quick.contains(&name), "no {name} button: {quick:?}");
    }
    // The title's menu is gone from the tree with the title.
    assert!(!quick.contains(&"New Game"), "{quick:?}");

    // A spoken line is read with who says it.
    let spoken = reader.read_on_until("Rey's first line", |tree| {
        labels(tree)
            .iter()
            .any(|l| l.starts_with("Rey: You followed me"))
    });
    let line = focused(&spoken).expect("a focused node");
    assert_eq!(
        line.name, "Rey: You followed me all the way out here. So do it. Light it.",
        "the focused line"
    );

    // H hides the interface, and the quick menu goes from the tree with it; any key
    // brings it back.
    reader.key("h");
    reader.wait_for("the quick menu hidden", Duration::from_secs(10), |tree| {
        !buttons(tree).contains(&"History")
    });
    reader.key("h");
    reader.wait_for("the quick menu back", Duration::from_secs(10), |tree| {
        buttons(tree).contains(&"History")
    });

    // The history (L) is read: the lines so far with who said them. What it covers (the
    // line, the quick menu) is not.
    reader.key("l");
    let history = reader.wait_for("the history", Duration::from_secs(10), |tree| {
        labels(tree).contains(&"Rey")
    });
    let said = labels(&history);
    for words in [
        "The clearing was black mud, and the only light in it was Rey’s staff: two blue blades spitting wherever the rain touched them.",
        "You followed me all the way out here. So do it. Light it.",
    ] {
        assert!(
            said.contains(&words),
            "the history has no {words:?}: {said:?}"
        );
    }
    assert!(
        !said.iter().any(|l| l.starts_with("Rey: ")) && !buttons(&history).contains(&"Quick save"),
        "the history covers the line and the quick menu:\n{}",
        show(&history)
    );
    reader.key("Escape");
    reader.wait_for("the line again", Duration::from_secs(10), |tree| {
        focused(tree).is_some_and(|n| n.name.starts_with("Rey: You followed me"))
    });
}

#[test]
fn a_choice_s_options_are_buttons_and_the_arrows_move_the_focus_between_them() {
    // Beat 1.4: one line of narration, then a choice of two.
    let mut reader = ScreenReader::start("choice", &["--beat", "1.4"]);
    reader.wait_for("the beat's first line", Duration::from_secs(300), |tree| {
        focused(tree).is_some_and(|n| n.role == "label" && n.name.starts_with("Her fist"))
    });
    let choice = reader.read_on_until("the choice", |tree| {
        buttons(tree).iter().any(|b| b.starts_with("1."))
    });
    let options: Vec<&str> = buttons(&choice)
        .into_iter()
        .filter(|b| b.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    assert_eq!(options.len(), 2, "two options: {options:?}");
    assert!(
        options[0].starts_with("1.  ")
            && options[1].starts_with("2.  ")
            && options.iter().all(|o| o.len() > 6),
        "each option is a button named by its number and words: {options:?}"
    );
    assert!(
        has_focused_button(&choice, options[0]),
        "the first option has the focus:\n{}",
        show(&choice)
    );
    // The line that led to the choice is still there to be read.
    assert!(
        labels(&choice)
            .iter()
            .any(|l| l.starts_with("He caught himself")),
        "{}",
        show(&choice)
    );
    let second = options[1].to_string();
    reader.key("Down");
    let moved = reader.wait_for(
        "the focus on the second option",
        Duration::from_secs(10),
        |tree| has_focused_button(tree, &second),
    );
    assert_eq!(
        moved.iter().filter(|n| n.focused).count(),
        1,
        "one node has the focus:\n{}",
        show(&moved)
    );
}
