#!/bin/sh
# pgo.sh writes cmd/adder/default.pgo, the CPU profile `go build` uses for
# profile-guided optimization of the adder binary: every program of the
# suite at its full size, with the JIT off and on, merged.
# Run from the repository root: sh bench/pgo.sh
set -e
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go build -o "$dir/adder" ./cmd/adder
for f in bench/programs/*.py; do
	name=$(basename "$f" .py)
	size=$(sed -n '1s/.*full=\([^ ]*\).*/\1/p' "$f")
	"$dir/adder" -X jit=off -X cpuprofile="$dir/$name.nojit.prof" "$f" "$size" >/dev/null
	"$dir/adder" -X cpuprofile="$dir/$name.jit.prof" "$f" "$size" >/dev/null
done
go tool pprof -proto "$dir"/*.prof >cmd/adder/default.pgo
echo "wrote cmd/adder/default.pgo"
