# Sourced by tools/bench.sh and tools/capture-mix.sh: a display, a sound server and
# data folders of their own under $WORK, so the machine's own are left alone and only
# the game plays into the sink. `headless_cleanup` takes them down.

headless_cleanup() {
	if [ -f "$WORK/runtime/pulse/pid" ]; then
		kill "$(cat "$WORK/runtime/pulse/pid")" 2>/dev/null || true
	fi
	[ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null || true
	wait 2>/dev/null || true
	rm -rf "$WORK"
}

# An Xvfb screen on the first free display number from $1; fails if it does not start.
start_display() {
	DISPLAY_NUMBER=$1
	while [ -e "/tmp/.X$DISPLAY_NUMBER-lock" ] || [ -e "/tmp/.X11-unix/X$DISPLAY_NUMBER" ]; do
		DISPLAY_NUMBER=$((DISPLAY_NUMBER + 1))
	done
	Xvfb ":$DISPLAY_NUMBER" -screen 0 1280x720x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
	XVFB_PID=$!
	export DISPLAY=":$DISPLAY_NUMBER"
	for _ in $(seq 100); do [ -S "/tmp/.X11-unix/X$DISPLAY_NUMBER" ] && return 0; sleep 0.1; done
	return 1
}

# PulseAudio in a private runtime folder with one float null sink named $1, the
# default; fails if it does not start.
start_sound() {
	mkdir -p -m 700 "$WORK/runtime"
	export XDG_RUNTIME_DIR=$WORK/runtime PULSE_RUNTIME_PATH=$WORK/runtime/pulse
	# Said outright: cpal's PulseAudio client reads PULSE_RUNTIME_PATH otherwise than
	# libpulse does and would not find the server.
	export PULSE_SERVER=unix:$WORK/runtime/pulse/native
	pulseaudio -D -n --exit-idle-time=-1 --system=false --disallow-exit \
		--load=module-native-protocol-unix \
		--load="module-null-sink sink_name=$1 format=float32le rate=48000 channels=2" \
		--log-target="file:$WORK/pulse.log" 2>>"$WORK/pulse.log" || return 1
	for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
	pactl set-default-sink "$1" 2>/dev/null
}

# Autosaves, settings and read lines go to folders that go away with $WORK.
private_folders() {
	export AFTER_THE_RAIN_DATA=$WORK/data XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/share
	mkdir -p "$AFTER_THE_RAIN_DATA" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
	export BEVY_ASSET_ROOT=$PWD NO_COLOR=1
}

# What the game logs once it has loaded and shows the title.
export GAME_READY="the title screen is up"
