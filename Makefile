# After the Rain: build, play and test.
#   make run          install what's missing, then play
#   make test         install what's missing, then run every test
#   make screenshots  play the story in a real (virtual) window and save PNGs
#   make art / sounds regenerate the PNGs from the SVG sources / the audio from scripts
#
# Compiled dependencies live outside the checkout and are shared by run and test, so a
# new machine pays for one Bevy build, not two.

export CARGO_TARGET_DIR ?= $(HOME)/.cache/after-the-rain/target
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Linux libraries Bevy and kira link against, and the tools tests and scripts use.
BUILD_PACKAGES := pkg-config libasound2-dev libudev-dev libx11-dev libxkbcommon-dev \
	libwayland-dev libxcursor-dev libxrandr-dev libxi-dev
TOOL_PACKAGES := xvfb xauth mesa-vulkan-drivers libvulkan1 sox libsox-fmt-all librsvg2-bin

SHOTS_AT ?= 4,17,33

.PHONY: run test setup setup-tools screenshots art sounds lint

run: setup
	cargo run

test: setup setup-tools
	cargo test --all-targets
	bash tools/check-sounds.sh

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings

screenshots: setup setup-tools
	cargo build
	mkdir -p docs/screenshots
	xvfb-run -a -s "-screen 0 1280x720x24" $(CARGO_TARGET_DIR)/debug/after_the_rain \
		--screenshots docs/screenshots --at $(SHOTS_AT)

art: setup-tools
	bash tools/render-art.sh

sounds: setup-tools
	bash tools/make-sounds.sh

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
	$(call install_missing,$(TOOL_PACKAGES))
