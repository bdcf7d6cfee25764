#!/bin/sh
# Relocation Planner's command on Linux (bin/relocation-planner in the app image and the packages): starts the
# bundled Java runtime with the class path, main class and JVM options of lib/app/relocation-planner.cfg, the
# file jpackage writes and the start-up archive (AppCDS) is made for.
#
# It stands in for jpackage's native launcher, which
#  - hands its arguments to the JVM through a pipe read with a single read() (JDK-8380085, fixed in JDK 27
#    only): an argument of about 64 KB made it die with SIGSEGV, exit 139 and no message, and a short read can
#    do the same at any start;
#  - asks the package manager which package owns it (dpkg-query --search) before the JVM starts, about 0.15 s
#    of every start.
set -e
self=$(readlink -f "$0")
root=$(cd "$(dirname "$self")/.." && pwd -P)
app="$root/lib/app"
cfg="$app/relocation-planner.cfg"
if [ ! -r "$cfg" ] || [ ! -x "$root/lib/runtime/bin/java" ]; then
    echo "relocation-planner: the installation is incomplete ($cfg or $root/lib/runtime/bin/java is missing);" \
        "install the app again" >&2
    exit 1
fi
# the user's arguments stay first while the JVM's are appended after them; then they are rotated to the end
given=$#
classpath=
main=
while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
        app.classpath=*)
            entry=${line#app.classpath=}
            entry="$app${entry#\$APPDIR}"
            classpath=${classpath:+$classpath:}$entry ;;
        app.mainclass=*)
            main=${line#app.mainclass=} ;;
        java-options=*)
            option=${line#java-options=}
            while :; do
                case "$option" in
                    *'$APPDIR'*) option="${option%%\$APPDIR*}$app${option#*\$APPDIR}" ;;
                    *) break ;;
                esac
            done
            set -- "$@" "$option" ;;
    esac
done < "$cfg"
set -- "$@" -cp "$classpath" "$main"
while [ "$given" -gt 0 ]; do
    set -- "$@" "$1"
    shift
    given=$((given - 1))
done
# A computer that drew in software at a start in the last 30 days (no graphics driver JavaFX can use: a virtual
# machine, a remote desktop) is not probed again: GTK and JavaFX would each load OpenGL and Mesa's llvmpipe (about
# 44 MB of memory and part of a second) only for JavaFX to refuse it. The app writes or removes the file after its
# first frame (org.relocationplanner.app.SoftwareDrawing); the file says how to undo it.
drawing="${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/relocation-planner/software-drawing"
case "$drawing" in
    /*) ;;
    *) drawing="${HOME:-/nonexistent}/.cache/relocation-planner/software-drawing" ;;
esac
if [ -f "$drawing" ] && [ -n "$(find "$drawing" -mtime -30 2>/dev/null)" ]; then
    export GDK_GL=disable
    set -- -Dprism.order=sw -Drelocationplanner.drawing=remembered-software "$@"
else
    # the app writes the file this script reads, wherever $HOME points
    set -- -Drelocationplanner.drawing=probe "-Drelocationplanner.drawing.file=$drawing" "$@"
fi
# the native launcher ignored JDK_JAVA_OPTIONS: a developer's setting must not change the app's heap, collector or
# class-data archive, nor print "Picked up JDK_JAVA_OPTIONS" before every command's output
unset JDK_JAVA_OPTIONS
exec "$root/lib/runtime/bin/java" "$@"
