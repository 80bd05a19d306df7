//! The hostile suite at scale: 20,000 seeded cases (`HOSTILE_CASES` to change it) of
//! broken scene files and manifests, damaged and oversized saves, and story edits each
//! resumed from the saves taken at every line (see `tests/hostile_cases/mod.rs`).
//! Prints the worst load time (checking the story, or reading a save) and the worst
//! resume time (the slowest of one case's resumes), overall and by kind of case, with
//! the seed that gave each; each worst is the fastest of a few timings of its case.
//! `cargo bench -p after_the_rain_core --bench hostile` (run by `make bench`).

#[path = "../tests/hostile_cases/mod.rs"]
mod hostile_cases;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use hostile_cases::{Saves, run_case, world};

const CASES: u64 = 20_000;
/// Cases when run as a test rather than a benchmark.
const SMOKE_CASES: u64 = 100;
/// How often the worst case of each kind is timed again.
const RETIMES: usize = 5;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    // `cargo test --all-targets` (make test) runs benchmarks too, without `--bench`:
    // then a short pass, so the suite stays quick (tests/hostile.rs runs 3,000).
    let full = std::env::args().any(|a| a == "--bench");
    let cases = std::env::var("HOSTILE_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(if full { CASES } else { SMOKE_CASES });
    let start = Instant::now();
    let world = world();
    // Worst (load, seed) and (resume, seed) by kind, and how many of each kind.
    let mut worst: BTreeMap<&str, (Duration, u64, Duration, u64, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    for seed in 0..cases {
        match run_case(&world, seed, Saves::All) {
            Ok(outcome) => {
                let entry =
                    worst
                        .entry(outcome.kind)
                        .or_insert((Duration::ZERO, 0, Duration::ZERO, 0, 0));
                if outcome.load > entry.0 {
                    (entry.0, entry.1) = (outcome.load, seed);
                }
                if outcome.resume > entry.2 {
                    (entry.2, entry.3) = (outcome.resume, seed);
                }
                entry.4 += 1;
            }
            Err(why) => failures.push(format!("seed {seed}: {why}")),
        }
    }
    // One timing on a busy machine can be a pause of the whole process: the worst of
    // each kind is timed again a few times and the fastest of those kept.
    let again = |seed: u64, part: fn(&hostile_cases::Outcome) -> Duration| {
        (0..RETIMES)
            .filter_map(|_| run_case(&world, seed, Saves::All).ok())
            .map(|o| part(&o))
            .min()
            .unwrap_or_default()
    };
    for entry in worst.values_mut() {
        entry.0 = again(entry.1, |o| o.load);
        entry.2 = again(entry.3, |o| o.resume);
    }
    let load = worst.values().map(|w| (w.0, w.1)).max().unwrap_or_default();
    let resume = worst.values().map(|w| (w.2, w.3)).max().unwrap_or_default();
    println!(
        "hostile suite: {cases} cases ({} saves, each edit resumed from all of them) in {:.1} s, {} failed",
        world.saves.len(),
        start.elapsed().as_secs_f64(),
        failures.len()
    );
    println!(
        "  worst load {:.2} ms (seed {}), worst resume {:.3} ms (seed {})",
        ms(load.0),
        load.1,
        ms(resume.0),
        resume.1
    );
    for (kind, (load, load_seed, resume, resume_seed, count)) in &worst {
        println!(
            "  {kind:<28} {count:>6} cases  load {:>8.2} ms (seed {load_seed:>5})  resume {:>7.3} ms (seed {resume_seed:>5})",
            ms(*load),
            ms(*resume)
        );
    }
    for failure in failures.iter().take(20) {
        println!("  FAILED {failure}");
    }
    if !failures.is_empty() {
        std::process::exit(1);
    }
}
