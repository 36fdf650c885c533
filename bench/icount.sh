#!/bin/bash
# usage: icount.sh TREE REVIEW ARGS...  -> instructions (M) of one cmo command, bytecode cached
TREE=$1; REVIEW=$2; shift 2
unset PYTHONDONTWRITEBYTECODE
cd "$REVIEW"
PYTHONPATH=$TREE /work/main/.venv/bin/python -c "import sys; sys.argv=['cmo']+sys.argv[1:]; import cli; cli.main()" "$@" >/dev/null 2>&1  # warm the bytecode
out=$(PYTHONPATH=$TREE valgrind --tool=callgrind --callgrind-out-file=/dev/null /work/main/.venv/bin/python -c "import sys; sys.argv=['cmo']+sys.argv[1:]; import cli; cli.main()" "$@" 2>&1 >/dev/null | grep "Collected")
echo "$out" | awk '{printf "%.0f M\n", $4/1e6}'
