#!/bin/sh
# Runs a test that mounts a file system of its own (tmpfs): directly as root, otherwise as root of a
# new user and mount namespace (unshare -rm), where the mount is allowed and seen by nobody else.
if [ "$(id -u)" = 0 ]; then
    exec "$@"
fi
exec unshare --map-root-user --mount "$@"
