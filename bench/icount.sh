#!/bin/bash
# Instructions of one cmo command, in millions: callgrind counts the same however busy the machine is.
#   bench/icount.sh TREE REVIEW ARGS...      (TREE: a source tree, e.g. from `git archive`; PYTHON: the interpreter)
# The command runs once first, so both trees are measured with their bytecode cached. For a command that changes the
# review (an import), FRESH=DIR copies DIR over REVIEW before each of the two runs, so both start from the same review.
TREE=$1; REVIEW=$2; shift 2
PY=${PYTHON:-python}
unset PYTHONDONTWRITEBYTECODE
fresh() { if [ -n "$FRESH" ]; then rm -rf "$REVIEW" && cp -r "$FRESH" "$REVIEW"; fi; }
RUN="import sys; sys.argv=['cmo']+sys.argv[1:]; import cli; cli.main()"
fresh; cd "$REVIEW" || exit 2
PYTHONPATH=$TREE "$PY" -c "$RUN" "$@" >/dev/null 2>&1
cd / && fresh && cd "$REVIEW" || exit 2
PYTHONPATH=$TREE valgrind --tool=callgrind --callgrind-out-file=/dev/null "$PY" -c "$RUN" "$@" 2>&1 >/dev/null \
  | awk '/Collected/ {printf "%.0f M\n", $4/1e6}'
