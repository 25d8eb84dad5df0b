#!/usr/bin/env bash
# Takes the README's screenshots (docs/screenshots/*.png) from a RUNNING ClaimDesk with the demo data; starts nothing.
#   scripts/screenshots.sh [base URL, default http://localhost:8080]
# Needs Debian's chromium and chromium-driver, and a JDK 21+ in JAVA_HOME. Signs in as the demo editor.
set -euo pipefail
cd "$(dirname "$0")/.."
url="${1:-http://localhost:8080}"
if ! curl -fsS -o /dev/null "$url/login"; then
  echo "nothing answers at $url/login: start the app first (mvn spring-boot:run)" >&2
  exit 1
fi
mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.claimdesk.tools.Screenshots \
  -Dexec.args="$url docs/screenshots"
