#!/usr/bin/env bash
# Cold start of the iep-letters command: a new JVM per run, timed as a whole process from launch
# until it exits with the letter written. Prints the median of N runs for each variant: plain,
# with an application class-data-sharing (AppCDS) archive, with C1 only (-XX:TieredStopAtLevel=1),
# and with both, the variants taking turns run by run. The archive is made afresh on each use by a training run with
# -XX:ArchiveClassesAtExit, because an archive is only valid for the exact jar it was made from.
#
# Build the command's jar with the default build (no bench profile) before measuring.
set -euo pipefail

usage() {
  cat <<'USAGE'
usage: samples/bench/cold-start.sh [options] [JAR] CASE [OUT_DIR]
       samples/bench/cold-start.sh [options] [JAR] -- ARGS...

  JAR       runnable jar (default samples/target/iep-letters.jar)
  CASE      case file given to `generate --case`
  OUT_DIR   where the letters and the archive go (default samples/target/cold-start)

options:
  -n RUNS   runs per variant, 5 or more (default 7)
  -d DATE   letter date for `--date` (default 2026-11-13)
  -l NAME   letter for `--letter` (default demand)
  -j JAVA   java launcher (default $JAVA_HOME/bin/java, else java on the PATH)
  -o DIR    same as OUT_DIR
  -h        this help

After `--`, each run is `java -jar JAR ARGS...` instead of `generate` (to try the script on
another jar, e.g. `-- -l` on samples/target/benchmarks.jar); no letter file is checked then.
USAGE
}

runs=7
letter_date=2026-11-13
letter=demand
out_dir=samples/target/cold-start
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java

while getopts ':n:d:l:j:o:h' option; do
  case $option in
    n) runs=$OPTARG ;;
    d) letter_date=$OPTARG ;;
    l) letter=$OPTARG ;;
    j) java_bin=$OPTARG ;;
    o) out_dir=$OPTARG ;;
    h) usage; exit 0 ;;
    :) echo "cold-start: -$OPTARG needs a value" >&2; usage >&2; exit 2 ;;
    *) echo "cold-start: unknown option -$OPTARG" >&2; usage >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))

positional=()
custom_args=()
custom=false
while (($# > 0)); do
  if [[ $1 == -- ]]; then
    shift
    custom=true
    custom_args=("$@")
    break
  fi
  positional+=("$1")
  shift
done

jar=samples/target/iep-letters.jar
case_file=
if $custom; then
  ((${#positional[@]} <= 1)) || { echo "cold-start: with --, give at most the jar before it" >&2; exit 2; }
  ((${#positional[@]} == 1)) && jar=${positional[0]}
else
  case ${#positional[@]} in
    1) case_file=${positional[0]} ;;
    2) if [[ ${positional[0]} == *.jar ]]; then jar=${positional[0]}; case_file=${positional[1]};
       else case_file=${positional[0]}; out_dir=${positional[1]}; fi ;;
    3) jar=${positional[0]}; case_file=${positional[1]}; out_dir=${positional[2]} ;;
    *) echo "cold-start: give a case file" >&2; usage >&2; exit 2 ;;
  esac
  [[ -f $case_file ]] || { echo "cold-start: no case file $case_file" >&2; exit 2; }
fi
[[ $runs =~ ^[0-9]+$ ]] && ((runs >= 5)) || { echo "cold-start: -n must be 5 or more" >&2; exit 2; }
[[ -f $jar ]] || { echo "cold-start: no jar $jar (build it first)" >&2; exit 2; }
command -v "$java_bin" > /dev/null || { echo "cold-start: no java at $java_bin" >&2; exit 2; }

# options from the environment would be measured too, and would have to match the archive
unset JDK_JAVA_OPTIONS JAVA_TOOL_OPTIONS _JAVA_OPTIONS

# the archive records the jar's path: use one absolute path for training and for the runs
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
archive=$out_dir/iep-letters.jsa
rm -f "$archive"

# Runs java once with the given JVM options; the letter goes to a folder of its own.
# Prints the wall time in milliseconds.
run_once() {
  local label=$1; shift
  local run_dir=$out_dir/$label
  rm -rf "$run_dir"
  mkdir -p "$run_dir"
  local args
  if $custom; then
    args=("${custom_args[@]}")
  else
    args=(generate --case "$case_file" --date "$letter_date" --out "$run_dir" --letter "$letter")
  fi
  local start end status=0
  start=$(date +%s%N)
  "$java_bin" "$@" -jar "$jar" "${args[@]}" > "$run_dir.out" 2> "$run_dir.err" || status=$?
  end=$(date +%s%N)
  if ((status != 0)); then
    echo "cold-start: run $label exited $status; its error output:" >&2
    cat "$run_dir.err" >&2
    exit 1
  fi
  if ! $custom && [[ ! -s $run_dir/$letter.docx ]]; then
    echo "cold-start: run $label wrote no $letter.docx" >&2
    exit 1
  fi
  echo $(((end - start) / 1000000))
}

# Prints "median min max" of the numbers given.
summary() {
  printf '%s\n' "$@" | sort -n | awk '
    { v[NR] = $1 }
    END {
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf "%d %d %d\n", m, v[1], v[NR]
    }'
}

java_version=$("$java_bin" -version 2>&1 | head -n 2 | tail -n 1)
cpu=$(grep -m 1 'model name' /proc/cpuinfo 2> /dev/null | cut -d: -f2- | sed 's/^ *//' || true)
echo "date:    $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "machine: $(uname -srm), ${cpu:-unknown CPU}, $(nproc) CPUs"
echo "java:    $java_version"
if $custom; then
  echo "command: java -jar $jar ${custom_args[*]}"
else
  echo "command: java -jar $jar generate --case $case_file --date $letter_date --out DIR --letter $letter"
fi
echo "runs:    $runs per variant, wall time of the whole process in ms"

# One untimed run first, so that every variant finds the jar and the JDK in the page cache.
run_once warm-up > /dev/null

# The training run: the classes it loads go into the archive when it exits.
run_once training -XX:ArchiveClassesAtExit="$archive" > /dev/null
[[ -s $archive ]] || { echo "cold-start: the training run made no archive" >&2; exit 1; }
# A mismatched archive is ignored silently; make sure this one is used.
run_once archive-check -XX:SharedArchiveFile="$archive" -Xlog:class+load=info:file="$out_dir/archive-check.log" > /dev/null
if ! grep -q 'shared objects file (top)' "$out_dir/archive-check.log"; then
  echo "cold-start: the JVM did not use the archive $archive" >&2
  exit 1
fi

# The variants: a name for the table, a key for the run folders, and the JVM options.
variant_names=("plain" "AppCDS" "-XX:TieredStopAtLevel=1" "AppCDS, -XX:TieredStopAtLevel=1")
variant_keys=(plain appcds c1 appcds-c1)
variant_options=("" "-XX:SharedArchiveFile=$archive" "-XX:TieredStopAtLevel=1"
  "-XX:SharedArchiveFile=$archive -XX:TieredStopAtLevel=1")

echo
printf '%-34s %10s %8s %8s   %s\n' variant median min max runs
# Round by round, each variant once a round: load from other processes falls on every variant alike, so the
# variants compare fairly even on a busy machine.
declare -A times
for ((i = 1; i <= runs; i++)); do
  for v in "${!variant_keys[@]}"; do
    # shellcheck disable=SC2086 # the options are words
    times[$v]+="$(run_once "${variant_keys[$v]}-$i" ${variant_options[$v]}) "
  done
done
for v in "${!variant_keys[@]}"; do
  # shellcheck disable=SC2086 # the times are words
  read -r median min max < <(summary ${times[$v]})
  printf '%-34s %10s %8s %8s   %s\n' "${variant_names[$v]}" "$median" "$min" "$max" "${times[$v]% }"
done
