//! The hostile suite in `cargo test`: a few thousand seeded cases of broken scene files
//! and manifests, damaged saves, and story edits resumed from saves taken at its lines
//! (see `hostile_cases/mod.rs`). Each must end in a clear message or a sensible place, with
//! no panic. There is no timing assertion: a case that takes over a minute is a hang.
//! `benches/hostile.rs` runs 20,000 and more and records the worst times.

mod hostile_cases;
use hostile_cases as hostile;

use std::sync::mpsc;
use std::time::Duration;

/// How many cases `cargo test` runs (`HOSTILE_CASES` to change it).
const CASES: u64 = 3_000;
/// A case with no answer after this long has hung.
const HANG: Duration = Duration::from_secs(120);

#[test]
fn hostile_files_and_edits_give_a_clear_message_or_a_sensible_place() {
    let cases = std::env::var("HOSTILE_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(CASES);
    let (done, answers) = mpsc::channel();
    std::thread::spawn(move || {
        let world = hostile::world();
        for seed in 0..cases {
            let result = std::panic::catch_unwind(|| {
                hostile::run_case(&world, seed, hostile::Saves::Sample(8))
            });
            let answer = match result {
                Ok(Ok(outcome)) => Ok(outcome.kind),
                Ok(Err(why)) => Err(why),
                Err(_) => Err("panicked".to_string()),
            };
            if done.send((seed, answer)).is_err() {
                return;
            }
        }
    });
    let mut failures = Vec::new();
    for _ in 0..cases {
        match answers.recv_timeout(HANG) {
            Ok((_, Ok(_))) => {}
            Ok((seed, Err(why))) => failures.push(format!("seed {seed}: {why}")),
            Err(_) => panic!("a case hung (no answer in {HANG:?}); failures so far: {failures:#?}"),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {cases} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
