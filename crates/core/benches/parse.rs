//! How long the story takes to read and check: `check_folder` on the real `assets/`
//! (reading the files, parsing, every check), timed 200 times; prints the median.
//! `cargo bench -p after_the_rain_core` (run by `make bench`).

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use after_the_rain_core::story::check_folder;

const RUNS: usize = 200;

fn main() {
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets");
    // Warm the file cache and check that the story is clean, so the timing is of a real check.
    let first = check_folder(&assets);
    assert!(
        first.story.is_some() && first.errors.is_empty(),
        "the story has errors; run make check"
    );
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(check_folder(black_box(&assets)));
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let median = times[RUNS / 2];
    println!(
        "story parse + check: median {median:.3} ms over {RUNS} runs (fastest {:.3}, slowest {:.3})",
        times[0],
        times[RUNS - 1]
    );
}
