#!/usr/bin/env bash
# Restores a deploy/backup-h2.sh backup into a new, empty data directory, with H2 from the application's jar
# (org.h2.tools.RunScript, the same as RUNSCRIPT FROM ... COMPRESSION ZIP). Stop the application first, then start
# it with --claimdesk.data-dir=DATA_DIR (or move the directory in place of the old one).
#   deploy/restore-h2.sh FILE DATA_DIR [path/to/claimdesk.jar]
set -euo pipefail
if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: $0 FILE DATA_DIR [claimdesk.jar]" >&2
  exit 2
fi
file=$(realpath "$1")
dir=$2
jar=${3:-target/claimdesk.jar}
if [ -e "$dir/claimdesk.mv.db" ]; then
  echo "restore-h2: $dir/claimdesk.mv.db exists; restore into a new, empty directory" >&2
  exit 1
fi
mkdir -p "$dir"
dir=$(realpath "$dir")
# Spring Boot's PropertiesLauncher runs another main class with the jar's libraries (H2 among them)
java -cp "$jar" -Dloader.main=org.h2.tools.RunScript org.springframework.boot.loader.launch.PropertiesLauncher \
  -url "jdbc:h2:file:$dir/claimdesk" -user sa -password "" -script "$file" -options compression zip
echo "restore-h2: restored $1 into $dir/claimdesk.mv.db"
