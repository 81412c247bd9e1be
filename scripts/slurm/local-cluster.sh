#!/usr/bin/env bash
# A real one-node Slurm cluster on this machine, for tests: munged, slurmctld and slurmd run as background
# processes with their state in a private directory, and are stopped by their recorded PIDs.
#
#   scripts/slurm/local-cluster.sh install        # apt-get install slurmctld slurmd slurm-client munge when missing
#   scripts/slurm/local-cluster.sh start DIR      # writes DIR/slurm.conf, starts the daemons, waits for "idle"
#   scripts/slurm/local-cluster.sh stop DIR       # stops the daemons started in DIR
# After `start`, export SLURM_CONF=DIR/slurm.conf for sbatch/squeue/sinfo.
set -euo pipefail
cmd="${1:-}"; dir="${2:-}"

install_slurm() {
  local need=()
  for p in slurmctld slurmd slurm-client munge; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
  if [ ${#need[@]} -gt 0 ]; then
    [ "$(id -u)" -eq 0 ] || { echo "local-cluster: need root to install ${need[*]}" >&2; return 1; }
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
}

# Runs a daemon in the background with only stdin (/dev/null), stdout and stderr (LOG) open: descriptors the
# caller left open must not be inherited (Foundation's Process watches one to see its child end; a daemon holding
# it makes waitUntilExit hang until the daemon stops). Records its PID in PIDFILE.
#   background PIDFILE LOG COMMAND...
background() {
  local pidfile="$1" log="$2"; shift 2
  (
    for fd in $(ls /proc/$BASHPID/fd); do [ "$fd" -gt 2 ] && eval "exec $fd>&-" 2>/dev/null; done
    exec "$@"
  ) </dev/null >"$log" 2>&1 &
  echo $! > "$pidfile"
}

start() {
  [ -n "$dir" ] || { echo "usage: $0 start DIR" >&2; exit 2; }
  mkdir -p "$dir"/{state,spool,log,run}
  dir="$(cd "$dir" && pwd)"
  local host; host="$(hostname -s)"
  cat > "$dir/slurm.conf" <<CONF
ClusterName=renovate-test
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
MpiDefault=none
MailProg=/bin/true
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
SlurmctldPort=$((16817 + RANDOM % 1000))
SlurmdPort=$((17818 + RANDOM % 1000))
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/run/slurmctld.pid
SlurmdPidFile=$dir/run/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) RealMemory=1000 State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
  export SLURM_CONF="$dir/slurm.conf"
  if ! pgrep -x munged >/dev/null; then
    install -d -o munge -g munge -m 755 /run/munge
    background "$dir/run/munged.pid" "$dir/log/munged.log" \
      setpriv --reuid=munge --regid=munge --init-groups /usr/sbin/munged --foreground
    sleep 1
  fi
  background "$dir/run/slurmctld.bg.pid" "$dir/log/slurmctld.out" /usr/sbin/slurmctld -D -c -f "$SLURM_CONF"
  sleep 1
  background "$dir/run/slurmd.bg.pid" "$dir/log/slurmd.out" /usr/sbin/slurmd -D -f "$SLURM_CONF"
  for _ in $(seq 1 60); do
    state="$(sinfo -h -o %T 2>/dev/null | head -1 || true)"
    [ "$state" = "idle" ] && { echo "local-cluster: $host idle (SLURM_CONF=$SLURM_CONF)"; return 0; }
    sleep 0.5
  done
  echo "local-cluster: node did not become idle; logs in $dir/log" >&2
  tail -5 "$dir/log/"*.log "$dir/log/"*.out >&2 || true
  return 1
}

stop() {
  [ -n "$dir" ] || { echo "usage: $0 stop DIR" >&2; exit 2; }
  for f in slurmd.bg slurmctld.bg munged; do
    pidf="$dir/run/$f.pid"
    [ -f "$pidf" ] || continue
    pid="$(cat "$pidf")"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$pidf"
  done
}

case "$cmd" in
  install) install_slurm ;;
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 install | start DIR | stop DIR" >&2; exit 2 ;;
esac
