#!/bin/sh
# Builds the native stand-ins of wlanapi.dll, combase.dll and kernel32.dll as shared libraries in DIR, with the
# same warnings-as-errors flags for each: sh build-standins.sh DIR (run by the Maven build before the tests).
set -eu
src=$(dirname "$0")
out=$1
mkdir -p "$out"
for lib in wlanapi combase kernel32; do
  gcc -shared -fPIC -O2 -Wall -Wextra -Werror -pthread -o "$out/lib$lib.so" "$src/${lib}_standin.c"
done
