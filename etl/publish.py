"""Publishing a set of tables as one atomic act, and the lock that lets one run at a time do it.

`DIR` is a symbolic link to a complete version folder kept beside it, in `.<name>.versions/`.
A run writes its whole version there (files and folder synced to disk), then points a new link,
made under a temporary name, at it and renames that link over `DIR`: readers of
`DIR/events.parquet` see the old set or the new one, never none and never a mix. The current and
the previous version are kept (a reader may still be reading the previous one); older ones and
the leftovers of killed runs are deleted by the next run.
"""

from __future__ import annotations

import fcntl
import glob
import json
import os
import re
import shutil
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from etl.messages import printable
from etl.workers import stop_requested

PARTIAL = ".partial"
MANIFEST = "manifest.json"
SPACE_FACTOR = 3
SPACE_MARGIN_BYTES = 64 * 1024 * 1024
VERSION_NAME = re.compile(r"^\d{8}T\d{6}\.\d{6}Z-\d+$")


class ArchiveBusy(RuntimeError):
    """Another run holds the lock of this output folder; the message names it."""


class OutputError(RuntimeError):
    """The output folder cannot take the new set (not writable, too little space, a write
    error); the message says which and that the previous set is left as it was."""


def versions_dir(out_dir: Path) -> Path:
    return out_dir.parent / f".{out_dir.name}.versions"


def lock_path(out_dir: Path) -> Path:
    return out_dir.parent / f".{out_dir.name}.lock"


@contextmanager
def run_lock(out_dir: Path, inputs: Sequence[Path | str], wait: bool = False) -> Iterator[None]:
    """Hold `.<name>.lock` beside `out_dir` for a whole run: a second run into the same folder
    refuses at once (ArchiveBusy, naming the run that holds it) or, with `wait`, waits its turn.

    flock is released by the kernel when its holder dies, so a killed run never leaves a stale
    lock; the pid, start time and inputs in the file are only there to name the holder."""
    out_dir = Path(out_dir).absolute()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    path = lock_path(out_dir)
    with path.open("a+", encoding="utf-8") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise ArchiveBusy(_busy_message(out_dir, path)) from None
        holder = {
            "pid": os.getpid(),
            "started": datetime.now(UTC).isoformat(timespec="seconds"),
            "inputs": [str(p) for p in inputs],
        }
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps(holder, ensure_ascii=False))
        fh.flush()
        try:
            yield
        finally:
            fh.seek(0)
            fh.truncate()
            fh.flush()
            fcntl.flock(fh, fcntl.LOCK_UN)


def _busy_message(out_dir: Path, path: Path) -> str:
    try:
        holder = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        holder = {}
    inputs = ", ".join(printable(i) for i in holder.get("inputs", [])) or "unknown inputs"
    return (
        f"{printable(out_dir)} is being rebuilt by another run (pid {holder.get('pid', '?')}, "
        f"started {holder.get('started', '?')}, reading {inputs}); "
        "try again when it has finished, or pass --wait to wait for it"
    )


def check_room(out_dir: Path, input_bytes: int) -> None:
    """Fail before extracting, not after: the folder's parent must be writable and hold about
    three times the input (the text is stored once in `articles`, again in `mentions`' sentences,
    and old and new versions coexist for a moment), plus a margin for the other tables."""
    parent = Path(out_dir).absolute().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"cannot create {printable(parent)}: {error.strerror or error}") from None
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"{printable(parent)} is not writable: the tables cannot be written")
    needed = SPACE_FACTOR * input_bytes + SPACE_MARGIN_BYTES
    free = shutil.disk_usage(parent).free
    if free < needed:
        raise OutputError(
            f"not enough free space in {printable(parent)}: {free / 1_048_576:.0f} MB free, "
            f"about {needed / 1_048_576:.0f} MB needed for {input_bytes / 1_048_576:.1f} MB "
            "of input; nothing was written"
        )


def publish(out_dir: Path, write: Callable[[Path], None]) -> Path:
    """Write a new version with `write(folder)`, then swap it in atomically; return out_dir.

    A write error (a full disk) removes the half-written version and raises OutputError; the
    previous set stays published."""
    out_dir = Path(out_dir).absolute()
    versions = versions_dir(out_dir)
    versions.mkdir(parents=True, exist_ok=True)
    name = f"{datetime.now(UTC).strftime('%Y%m%dT%H%M%S.%fZ')}-{os.getpid()}"
    staging = versions / f"{name}{PARTIAL}"
    mode = _mode_of(out_dir)
    try:
        staging.mkdir()
        write(staging)
        _sync_tree(staging)
        if mode is not None:
            staging.chmod(mode)
        if stop_requested():
            raise KeyboardInterrupt("stopped before publishing")
        version = staging.rename(versions / name)
        _sync_folder(versions)
        previous = _migrate_folder(out_dir, versions)
        _point(out_dir, version)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise OutputError(
            f"could not write the new tables to {printable(versions)}: "
            f"{error.strerror or error}; the previous set is left as it was"
        ) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _clean(out_dir, keep={version.name, *previous})
    return out_dir


def _mode_of(out_dir: Path) -> int | None:
    """Permissions of the set being replaced; None on a first run (mkdir applies the umask)."""
    try:
        return out_dir.stat().st_mode & 0o7777
    except FileNotFoundError:
        return None


def _migrate_folder(out_dir: Path, versions: Path) -> set[str]:
    """The names of the versions to keep as previous: the one `out_dir` points to, or, for a
    real folder of the old layout, that folder moved in among the versions. Between that move
    and the link `out_dir` is missing for an instant; `current_version` covers it."""
    if out_dir.is_symlink():
        target = Path(os.readlink(out_dir))
        return {target.name}
    if not out_dir.is_dir():
        return set()
    stamp = datetime.fromtimestamp(out_dir.stat().st_mtime, UTC)
    name = f"{stamp.strftime('%Y%m%dT%H%M%S.%fZ')}-0"
    os.rename(out_dir, versions / name)
    return {name}


def _point(out_dir: Path, version: Path) -> None:
    """Rename a fresh link to `version` over `out_dir`: the one atomic act of publishing."""
    link = out_dir.parent / f".{out_dir.name}.link-{os.getpid()}"
    link.unlink(missing_ok=True)
    os.symlink(os.path.relpath(version, out_dir.parent), link)
    os.replace(link, out_dir)
    _sync_folder(out_dir.parent)


def _sync_folder(folder: Path) -> None:
    """fsync every file of a folder, then the folder itself, so that a crash after the rename
    cannot leave a published version with empty files."""
    for path in folder.iterdir():
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                os.fsync(fh.fileno())
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_tree(folder: Path) -> None:
    """`_sync_folder` on a version and every folder in it (a table's hive parts)."""
    for path in folder.iterdir():
        if path.is_dir() and not path.is_symlink():
            _sync_tree(path)
    _sync_folder(folder)


def _clean(out_dir: Path, keep: set[str]) -> None:
    """Delete versions older than the current and the previous one, and the half-written
    versions and temporary links of killed runs (the lock makes this run the only writer)."""
    for path in versions_dir(out_dir).iterdir():
        if path.name not in keep:
            shutil.rmtree(path, ignore_errors=True)
    for link in out_dir.parent.glob(f".{glob.escape(out_dir.name)}.link-*"):
        link.unlink(missing_ok=True)


def current_version(out_dir: Path) -> Path | None:
    """The folder readers should read: `out_dir` itself when it exists, else (a kill between
    moving an old-layout folder aside and linking its successor) the newest complete version."""
    out_dir = Path(out_dir)
    if out_dir.is_dir():
        return out_dir
    versions = versions_dir(out_dir.absolute())
    if not versions.is_dir():
        return None
    complete = sorted(
        p for p in versions.iterdir() if VERSION_NAME.match(p.name) and (p / MANIFEST).exists()
    )
    return complete[-1] if complete else None
