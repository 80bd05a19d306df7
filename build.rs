//! Build script: on Windows targets, embeds the icon and version information
//! (packaging/windows/after_the_rain.rc) into after_the_rain.exe. Nothing happens for
//! other targets.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=packaging/windows/after_the_rain.rc");
    println!("cargo:rerun-if-changed=packaging/icon.ico");
    println!("cargo:rerun-if-env-changed=WINDRES");
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    if var("CARGO_CFG_TARGET_OS") != "windows" {
        return;
    }
    if var("CARGO_CFG_TARGET_ENV") != "gnu" {
        // MSVC's rc.exe is not wired up: the release packages are made with MinGW.
        println!(
            "cargo:warning=the icon is only embedded with the x86_64-pc-windows-gnu target (MinGW's windres)"
        );
        return;
    }
    // MinGW's windres: the cross one on Linux, the plain one on Windows (MSYS2).
    let windres = std::env::var("WINDRES").unwrap_or_else(|_| {
        if cfg!(windows) {
            "windres".to_string()
        } else {
            format!("{}-w64-mingw32-windres", var("CARGO_CFG_TARGET_ARCH"))
        }
    });
    let manifest = PathBuf::from(var("CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(var("OUT_DIR")).join("after_the_rain.res");
    let version = var("CARGO_PKG_VERSION");
    let number = |name: &str| {
        let n = var(name);
        if n.is_empty() { "0".to_string() } else { n }
    };
    let status = Command::new(&windres)
        .arg("--input")
        .arg(manifest.join("packaging/windows/after_the_rain.rc"))
        .arg("--include-dir")
        .arg(manifest.join("packaging"))
        .arg(format!(
            "-DVERSION_MAJOR={}",
            number("CARGO_PKG_VERSION_MAJOR")
        ))
        .arg(format!(
            "-DVERSION_MINOR={}",
            number("CARGO_PKG_VERSION_MINOR")
        ))
        .arg(format!(
            "-DVERSION_PATCH={}",
            number("CARGO_PKG_VERSION_PATCH")
        ))
        .arg(format!("-DVERSION_TEXT=\\\"{version}\\\""))
        .args(["--output-format=coff", "--output"])
        .arg(&out)
        .status()
        .unwrap_or_else(|e| {
            panic!("cannot run {windres} (Debian: apt-get install mingw-w64): {e}")
        });
    assert!(status.success(), "{windres} failed on after_the_rain.rc");
    // A COFF object given to the linker directly, so its resources are kept.
    println!("cargo:rustc-link-arg-bin=after_the_rain={}", out.display());
}
