"""What a screen reader finds in the game, for tests/screen_reader.rs.

Run inside dbus-run-session and xvfb-run with the game's command line as arguments:
turns accessibility on as Orca does (org.a11y.Status's IsEnabled and
ScreenReaderEnabled), starts the game, gives its window the keyboard, then answers
commands read from stdin, one a line, each answer ending with a line "end":

  tree      the game's accessibility tree as AT-SPI gives it, a node a line:
            depth, role, name and "focused", separated by tabs
  key KEY   presses KEY (an xdotool key name) in the game's window
  quit      stops the game

Lines starting with "#" are notes for the test's log.
"""

import os
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Gio, GLib  # noqa: E402

import pyatspi  # noqa: E402



def say(line):
    print(line.replace("\n", " "), flush=True)


def turn_accessibility_on():
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    for prop in ("IsEnabled", "ScreenReaderEnabled"):
        bus.call_sync(
            "org.a11y.Bus",
            "/org/a11y/bus",
            "org.freedesktop.DBus.Properties",
            "Set",
            GLib.Variant("(ssv)", ("org.a11y.Status", prop, GLib.Variant("b", True))),
            None,
            Gio.DBusCallFlags.NONE,
            5000,
            None,
        )


def find_app(name, deadline):
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == name:
                return app
        time.sleep(0.5)
    return None


def walk(node, depth, out):
    try:
        role = node.getRoleName()
        name = node.name or ""
        focused = node.getState().contains(pyatspi.STATE_FOCUSED)
        children = list(node)
    except GLib.Error as e:  # a node that went away while we looked
        out.append(f"{depth}\tgone\t{e.message}\t")
        return
    out.append(f"{depth}\t{role}\t{name}\t{'focused' if focused else ''}")
    for child in children:
        if child is not None:
            walk(child, depth + 1, out)


def main():
    turn_accessibility_on()
    log = open(os.environ.get("SCREEN_READER_GAME_LOG", os.devnull), "w")
    game = subprocess.Popen(sys.argv[1:], stdout=log, stderr=subprocess.STDOUT)
    # With no window manager nothing gives the window the keyboard (or, for AccessKit,
    # the focus that makes it report focused nodes).
    subprocess.run(["xdotool", "mousemove", "640", "360"], check=False)
    try:
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--name", "After the Rain", "windowfocus"],
            check=False,
            timeout=240,
            stdout=subprocess.DEVNULL,
        ).returncode == 0
    except subprocess.TimeoutExpired:
        found = False
    say(f"# window focused: {found}")
    # AccessKit names the application after the program's file.
    name = os.path.basename(sys.argv[1])
    app = find_app(name, time.monotonic() + 60)
    say(f"# application on the accessibility bus: {app is not None}")
    for command in sys.stdin:
        command = command.strip()
        if command == "tree":
            if game.poll() is not None:
                say(f"# the game exited with {game.returncode}")
            elif app is None:
                app = find_app(name, time.monotonic() + 5)
            if app is not None:
                app.clearCache()
                out = []
                walk(app, 0, out)
                for line in out:
                    say(line)
        elif command.startswith("key "):
            subprocess.run(["xdotool", "key", command[4:]], check=False)
        elif command == "quit":
            break
        say("end")
    game.terminate()
    try:
        game.wait(10)
    except subprocess.TimeoutExpired:
        game.kill()
    say("end")


main()
