# After the Rain: build, play and test.
#   make run          install what's missing, then play
#   make dev          play, reloading the story when a file changes (ARGS="--scene ID")
#   make test         install what's missing, then run every test
#   make check        look for mistakes in the story (builds no game, takes seconds)
#   make graph        draw the story's shape into docs/story-graph.md and .dot
#   make screenshots  play the story in a real (virtual) window and save PNGs
#   make art / sounds regenerate the PNGs from the SVG sources / the audio from scripts
#   make fonts        subset the fonts from Debian's font packages to the characters used
#   make web          build the browser version into dist/web; make serve-web serves it
#   make test-web     play the browser version in headless Chromium
#   make bench        measure CPU, memory, launch, sound and story check (issue 10's table)
#   make bench-release  the same table for a release build
#   make mix          only the sound: Chapters 1 and 5 recorded, loudness, true peak, clipping, dropouts
#   make dist         the packages for players, into dist/: Linux, Windows and the web
#                     (make dist-linux, dist-windows, dist-web one at a time; dist-macos on a Mac)
#   make test-windows start the Windows package under Wine in Xvfb, as far as the title
#   make icon         render packaging/icon.svg into the packages' icons
#
# Compiled dependencies live outside the checkout and are shared by run and test, so a
# new machine pays for one Bevy build, not two.

export CARGO_TARGET_DIR ?= $(HOME)/.cache/after-the-rain/target
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Linux libraries Bevy and kira link against, and the tools tests and scripts use.
BUILD_PACKAGES := pkg-config libasound2-dev libudev-dev libx11-dev libxkbcommon-dev \
	libwayland-dev libxcursor-dev libxrandr-dev libxi-dev
# (ffmpeg measures the sounds' loudness; make sounds installs its own FluidSynth, SoundFont
# and numpy, which the tests do not need.)
TOOL_PACKAGES := xvfb xauth mesa-vulkan-drivers libvulkan1 sox libsox-fmt-all librsvg2-bin \
	pngquant webp fonttools fonts-ebgaramond-extra fonts-lato ffmpeg zip
# tests/screen_reader.rs: a D-Bus session with the accessibility bus, pyatspi to read the
# game's tree as Orca does, xdotool to press keys in its window.
SCREEN_READER_PACKAGES := dbus-daemon at-spi2-core python3-pyatspi xdotool

# What make bench, bench-release and mix need beside the tools: a sound server of their own.
BENCH_PACKAGES := pulseaudio pulseaudio-utils libasound2-plugins xdotool python3

SHOTS_AT ?= 12,66,79,217,225,326,389,482,617

# The browser build has its own target directory, kept warm like the native one.
WASM_TARGET_DIR ?= $(HOME)/.cache/after-the-rain/wasm-target
WASM := $(WASM_TARGET_DIR)/wasm32-unknown-unknown/web-release/after_the_rain.wasm
# wasm-bindgen's CLI must match the library version in Cargo.lock exactly.
WBG_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/version = "\(.*\)"/\1/p}' Cargo.lock)
WEB_TOOLS := $(HOME)/.cache/after-the-rain/tools
WASM_OPT := $(WEB_TOOLS)/node_modules/.bin/wasm-opt
# -Oz measured smallest (raw and gzipped, after fat LTO; see docs/performance.md), with
# the wasm features Rust's wasm32 target uses by default, so wasm-opt keeps them.
WASM_OPT_FLAGS ?= -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
	--enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue

.PHONY: run check graph dev test setup setup-tools screenshots art sounds fonts lint web serve-web test-web setup-web setup-browser bench bench-release mix \
	dist dist-linux dist-windows dist-web dist-macos setup-windows test-windows icon

run: setup
	cargo run

# A development run: edits to the story, pictures and sounds show while it plays.
# Start somewhere with ARGS, e.g. make dev ARGS="--scene ben" or ARGS="--beat 3.2".
dev: setup
	cargo run -- --dev $(ARGS)

test: setup setup-tools
	cargo test --workspace --all-targets
	cargo run -q -p after_the_rain_core --bin check
	bash tools/check-sounds.sh

# Every mistake in the story at its file, line and column (exit 1 on any error), and
# warnings for what is legal but likely a mistake. Only the story core is built.
check:
	cargo run -q -p after_the_rain_core --bin check

# The story's chapters, scenes, choices and variables as Mermaid and Graphviz DOT.
graph:
	cargo run -q -p after_the_rain_core --bin graph

lint:
	cargo fmt --check
	cargo clippy --workspace --all-targets -- -D warnings

screenshots: setup setup-tools
	cargo build
	mkdir -p docs/screenshots
	BEVY_ASSET_ROOT=$(CURDIR) AFTER_THE_RAIN_DATA=$$(mktemp -d) xvfb-run -a -s "-screen 0 1280x720x24" $(CARGO_TARGET_DIR)/debug/after_the_rain \
		--screenshots docs/screenshots --at $(SHOTS_AT)

art: setup-tools
	bash tools/render-art.sh

sounds: setup-tools
	bash tools/make-sounds.sh

fonts: setup-tools
	bash tools/subset-fonts.sh

web: setup-web
	CARGO_TARGET_DIR=$(WASM_TARGET_DIR) cargo build --profile web-release --target wasm32-unknown-unknown
	rm -rf dist/web && mkdir -p dist/web/assets
	wasm-bindgen --target web --no-typescript --remove-name-section \
		--out-dir dist/web --out-name after_the_rain $(WASM)
	@if [ -x $(WASM_OPT) ]; then \
		echo "wasm-opt $(WASM_OPT_FLAGS)"; \
		$(WASM_OPT) $(WASM_OPT_FLAGS) dist/web/after_the_rain_bg.wasm -o dist/web/after_the_rain_bg.wasm; \
	else echo "warning: wasm-opt is not available; the web build is larger than it need be"; fi
# The page learns the wasm's raw size, to show progress while a gzip-compressed one downloads.
	sed 's/name="wasm-bytes" content="0"/name="wasm-bytes" content="'"$$(stat -c %s dist/web/after_the_rain_bg.wasm)"'"/' \
		web/index.html > dist/web/index.html
	cp -r assets/fonts assets/images assets/audio assets/story dist/web/assets/
# The files before the title, asked for once the wasm is in (<link rel="preload">).
	bash tools/web-preload.sh dist/web
# Installable and offline: the manifest, its icons (from web/icon.svg), and sw.js with
# this build's cache version and file list.
	cp web/manifest.webmanifest web/icon.svg dist/web/
	rsvg-convert -w 192 -h 192 web/icon.svg -o dist/web/icon-192.png
	rsvg-convert -w 512 -h 512 web/icon.svg -o dist/web/icon-512.png
	bash tools/web-offline.sh dist/web
# Brotli and gzip copies beside the big files, for hosts that serve them (README).
	bash tools/web-compress.sh dist/web
	@echo "wasm: $$(stat -c %s dist/web/after_the_rain_bg.wasm) bytes, $$(stat -c %s dist/web/after_the_rain_bg.wasm.gz) gzipped, $$(stat -c %s dist/web/after_the_rain_bg.wasm.br) Brotli"

serve-web:
	@echo "After the Rain is at http://127.0.0.1:8080/ (Ctrl-C stops it)"
	python3 -m http.server 8080 --bind 127.0.0.1 --directory dist/web

test-web: web setup-browser
	cd tests/web && npm ci --no-audit --no-fund && node play.mjs ../../dist/web ../../dist/web-test

# The desktop half of issue 10's table, each figure a median beside an empty Bevy app
# (examples/empty_window.rs), under Xvfb with a PulseAudio null sink of its own; the
# web rows come from make test-web. About 15 minutes; see docs/performance.md.
bench: setup setup-tools
	$(call install_missing,$(BENCH_PACKAGES))
	cargo build
	cargo build --example empty_window
	bash tools/bench.sh

# The same table for a release build, as issue 10 measures launch and memory (its own
# target directory: about 30 minutes from scratch here, a few minutes after a change).
RELEASE_TARGET_DIR ?= $(HOME)/.cache/after-the-rain/release-target
bench-release: setup setup-tools
	$(call install_missing,$(BENCH_PACKAGES))
	CARGO_TARGET_DIR=$(RELEASE_TARGET_DIR) cargo build --release
	CARGO_TARGET_DIR=$(RELEASE_TARGET_DIR) cargo build --release --example empty_window
	BENCH_GAME=$(RELEASE_TARGET_DIR)/release/after_the_rain \
		BENCH_EMPTY=$(RELEASE_TARGET_DIR)/release/examples/empty_window bash tools/bench.sh

# The sound alone (about 25 minutes): tools/capture-mix.sh records Chapter 1's first three
# minutes and all of Chapter 5, then the same again with two busy loops beside the game.
mix: setup setup-tools
	$(call install_missing,$(BENCH_PACKAGES) ffmpeg)
	cargo build
	bash tools/capture-mix.sh
	MIX_BUSY=2 bash tools/capture-mix.sh

# Packages for players (tools/dist.sh; the README's "Packages" says what each holds).
# The Linux build shares bench-release's target directory; Windows has its own.
WINDOWS_TARGET := x86_64-pc-windows-gnu
WINDOWS_TARGET_DIR ?= $(HOME)/.cache/after-the-rain/windows-target
WINDOWS_EXE := $(WINDOWS_TARGET_DIR)/$(WINDOWS_TARGET)/release/after_the_rain.exe
MACOS_TARGETS := x86_64-apple-darwin aarch64-apple-darwin

dist: dist-linux dist-windows dist-web

dist-linux: setup
	CARGO_TARGET_DIR=$(RELEASE_TARGET_DIR) cargo build --release --locked
	bash tools/dist.sh $(RELEASE_TARGET_DIR)/release/after_the_rain

# Cross-compiled with Debian's MinGW-w64; build.rs embeds the icon with its windres.
dist-windows: setup-windows
	CARGO_TARGET_DIR=$(WINDOWS_TARGET_DIR) cargo build --release --locked --target $(WINDOWS_TARGET)
	bash tools/dist.sh $(WINDOWS_EXE)

dist-web: web
	bash tools/dist.sh dist/web

# On a Mac only (Apple's lipo, iconutil, hdiutil): a universal .app in a .dmg.
dist-macos:
	@for t in $(MACOS_TARGETS); do rustup target list --installed | grep -qx $$t || rustup target add $$t; done
	for t in $(MACOS_TARGETS); do cargo build --release --locked --target $$t || exit 1; done
	bash tools/dist-macos.sh $(foreach t,$(MACOS_TARGETS),$(CARGO_TARGET_DIR)/$(t)/release/after_the_rain)

setup-windows:
	$(call install_missing,mingw-w64 zip)
	@rustup target list --installed | grep -qx $(WINDOWS_TARGET) || rustup target add $(WINDOWS_TARGET)

# The Windows package's zip, unpacked and started under Debian's Wine (its Vulkan over
# Mesa's software renderer) in Xvfb, until the game logs that the title is up.
test-windows: setup-tools
	$(call install_missing,wine64 wine mingw-w64 unzip)
	bash tools/test-windows.sh dist/after-the-rain-windows-x86_64.zip

icon: setup-tools
	bash tools/render-icon.sh

# What make web uses beside Rust: Brotli for the precompressed copies, rsvg-convert for
# the icons (Debian packages), wasm-bindgen and wasm-opt.
WEB_PACKAGES := brotli librsvg2-bin

setup-web:
	$(call install_missing,$(WEB_PACKAGES))
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@wasm-bindgen --version 2>/dev/null | grep -qF "$(WBG_VERSION)" || \
		cargo install wasm-bindgen-cli --version $(WBG_VERSION) --force
	@[ -x $(WASM_OPT) ] || npm install --prefix $(WEB_TOOLS) --no-audit --no-fund binaryen@132 || \
		echo "warning: could not install wasm-opt (npm binaryen); the web build will be larger"

setup-browser:
	$(call install_missing,chromium)

# Installs only the Debian packages that are missing (apt-get update only if needed).
define install_missing
	@missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing: $$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
endef

setup:
	$(call install_missing,$(BUILD_PACKAGES))

setup-tools:
	$(call install_missing,$(TOOL_PACKAGES) $(SCREEN_READER_PACKAGES))
