#!/usr/bin/env bash
# Reproduces the screenshots in this folder: every screen in English and Japanese at 1600x900 and 1280x720.
# Needs Xvfb and ImageMagick (see /work/shared/TOOLCHAIN.md). Run from the project root:
#   [WAIT=seconds] [SIZES="1600x900"] [LANGS="en"] docs/screenshots/make.sh [screen ...]   (screens: menu setup tutorial tutorial-orders handoff orders report map timeline debrief
#    facilitator-setup console console-injects projector aar excursion)
# aar writes the after-action report and renders the HTML with wkhtmltoimage (apt-get install wkhtmltopdf).
# map, timeline and debrief are saved as game-<screen>-... (those tabs inside the game window).
# The app runs with --screenshot-mode (opens the screen directly) and a temporary settings directory.
set -eu
cd "$(dirname "$0")/../.."
out=docs/screenshots
screens=${*:-menu setup handoff orders report}
mvn -q -o compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
home=$(mktemp -d)
cp -r target/classes "$home/classes"   # a private copy: a build running meanwhile cannot disturb the app
cp="$home/classes:$(cat target/cp.txt)"
for size in ${SIZES:-1600x900 1280x720}; do
  disp=:$((150 + RANDOM % 100))
  Xvfb $disp -screen 0 ${size}x24 -nolisten tcp >/dev/null 2>&1 & xpid=$!
  sleep 1
  for lang in ${LANGS:-en ja}; do
    for screen in $screens; do
      if [ "$screen" = aar ]; then   # the report is HTML: written by the app, rendered by wkhtmltoimage
        rm -rf "$home/aar"
        DISPLAY=$disp java -Duser.home="$home" -cp "$cp" chokepoint.app.Main --screenshot-mode aar --lang "$lang" --out "$home/aar" >/dev/null 2>&1
        w=${size%x*}; h=${size#*x}
        wkhtmltoimage -q --width "$w" --height "$h" --disable-javascript "$home/aar/after-action-report.html" "$out/aar-$lang-$size.png" \
          && echo "saved $out/aar-$lang-$size.png"
        continue
      fi
      DISPLAY=$disp java -Duser.home="$home" -cp "$cp" chokepoint.app.Main --screenshot-mode "$screen" --lang "$lang" >/dev/null 2>&1 & pid=$!
      for _ in $(seq 40); do
        sleep 1
        DISPLAY=$disp xwininfo -root -children 2>/dev/null | grep -q '"Chokepoint\|"チョークポイント' && break
      done
      case $screen in excursion) sleep "${WAIT:-60}" ;; *) sleep "${WAIT:-15}" ;; esac   # the excursion plays 24 games first
      case $screen in map|timeline|debrief) name=game-$screen ;; *) name=$screen ;; esac   # ui2 owns map-*, timeline-*, debrief-*
      DISPLAY=$disp import -window root "$out/$name-$lang-$size.png" && echo "saved $out/$name-$lang-$size.png"
      kill $pid 2>/dev/null || true
      wait $pid 2>/dev/null || true
    done
  done
  kill $xpid 2>/dev/null || true
done
rm -rf "$home"
