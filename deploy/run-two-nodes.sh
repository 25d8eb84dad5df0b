#!/usr/bin/env bash
# Two ClaimDesk nodes on one PostgreSQL database behind nginx, all on this machine's loopback: the production
# set-up of the README ("Production") to try out. Open http://127.0.0.1:8080 once it says so; Ctrl-C stops all.
#
# Needs: the jar (mvn -DskipTests package), nginx (apt-get install nginx; only its binary is used, the system
# nginx is left alone), and a PostgreSQL database the nodes may use:
#   CLAIMDESK_DB_URL      (default jdbc:postgresql://localhost:5432/claimdesk)
#   CLAIMDESK_DB_USER (default claimdesk) / CLAIMDESK_DB_PASSWORD (required: secrets come only from the environment)
#   CLAIMDESK_ADMIN_PASSWORD  the first admin's password on an empty database (else a random one is printed
#                             in target/two-nodes/node1.log)
# Ports: nginx 8080, node1 8081, node2 8082 (as in deploy/nginx/claimdesk.conf).
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/claimdesk.jar
[ -f "$jar" ] || { echo "no $jar: build it first with  mvn -DskipTests package" >&2; exit 1; }
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx_bin" ] || { echo "nginx is not installed: apt-get install nginx" >&2; exit 1; }
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java

export CLAIMDESK_DB_URL=${CLAIMDESK_DB_URL:-jdbc:postgresql://localhost:5432/claimdesk}
export CLAIMDESK_DB_USER=${CLAIMDESK_DB_USER:-claimdesk}
: "${CLAIMDESK_DB_PASSWORD:?set CLAIMDESK_DB_PASSWORD to the database password}"
export CLAIMDESK_DB_PASSWORD
logs=target/two-nodes
mkdir -p "$logs"

pids=()
stop_all() {
  trap - EXIT INT TERM
  echo "stopping"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all EXIT INT TERM

# the first node alone creates or migrates the schema, then the second joins (two Flyway runs at once would
# wait on each other's lock anyway; this way the log reads in order)
start_node() { # name port
  CLAIMDESK_NODE_NAME=$1 "$java_bin" -jar "$jar" --spring.profiles.active=postgres --server.port="$2" \
    >"$logs/$1.log" 2>&1 &
  pids+=($!)
}
wait_up() { # name port
  for _ in $(seq 1 180); do
    curl -fsS "http://127.0.0.1:$2/actuator/health" 2>/dev/null | grep -q '"UP"' && { echo "$1 is up on :$2"; return; }
    sleep 1
  done
  echo "$1 did not come up; see $logs/$1.log" >&2; exit 1
}
start_node node1 8081
wait_up node1 8081
start_node node2 8082
wait_up node2 8082

# nginx with its own prefix, pid and logs, so it runs beside (not instead of) a system nginx
run=$(mktemp -d /tmp/claimdesk-nginx.XXXXXX)
chmod 755 "$run"
cat >"$run/nginx.conf" <<CONF
worker_processes 1;
pid $run/nginx.pid;
error_log $PWD/$logs/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log $PWD/$logs/nginx-access.log;
    client_body_temp_path $run/body;
    proxy_temp_path $run/proxy;
    fastcgi_temp_path $run/fastcgi;
    uwsgi_temp_path $run/uwsgi;
    scgi_temp_path $run/scgi;
    include $PWD/deploy/nginx/claimdesk.conf;
}
CONF
"$nginx_bin" -t -q -p "$run" -c "$run/nginx.conf"
"$nginx_bin" -p "$run" -c "$run/nginx.conf" -g 'daemon off;' &
pids+=($!)

echo "ClaimDesk on two nodes: open http://127.0.0.1:8080 (logs in $logs; Ctrl-C stops all)"
wait -n "${pids[@]}" || true
