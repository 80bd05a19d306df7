//! How long the story takes to read and check, timed 200 times each, medians printed:
//! `check` on the story's text already in memory (parse + every check: what the game's
//! loader does once the files have arrived), and `check_folder` on the real `assets/`
//! (the same plus reading the files and looking for missing and unused ones: `make
//! check`). `cargo bench -p after_the_rain_core` (run by `make bench`).

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use after_the_rain_core::story::{check, check_folder, read_folder};

const RUNS: usize = 200;

/// Median, fastest and slowest of `RUNS` timings of `f`, in milliseconds.
fn time(mut f: impl FnMut()) -> (f64, f64, f64) {
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    (times[RUNS / 2], times[0], times[RUNS - 1])
}

fn main() {
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets");
    // Warm the file cache and check that the story is clean, so the timing is of a real check.
    let first = check_folder(&assets);
    assert!(
        first.story.is_some() && first.errors.is_empty(),
        "the story has errors; run make check"
    );
    let (manifest, scenes) = read_folder(&assets).expect("the manifest reads");
    let (median, fastest, slowest) = time(|| {
        black_box(check(black_box(&manifest), black_box(&scenes)));
    });
    println!(
        "story parse + check: median {median:.3} ms over {RUNS} runs (fastest {fastest:.3}, slowest {slowest:.3})"
    );
    let (median, fastest, slowest) = time(|| {
        black_box(check_folder(black_box(&assets)));
    });
    println!(
        "  with reading the files and the folder (make check): median {median:.3} ms (fastest {fastest:.3}, slowest {slowest:.3})"
    );
}
