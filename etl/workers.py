"""Worker processes that die with the command: a kill of the ETL, SIGKILL included, leaves none.

Each worker asks Linux to SIGKILL it when its parent dies (`PR_SET_PDEATHSIG`), and a watchdog
thread in it exits when its parent changes, for systems without that call or a parent that died
before the request. The pool itself is terminated, not drained, when the command is stopped.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import multiprocessing.pool
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

PR_SET_PDEATHSIG = 1
WATCHDOG_SECONDS = 1.0
TEARDOWN_SECONDS = 5.0
_STOP = threading.Event()


def _die_with(parent: int) -> None:
    """Pool initializer: end this worker as soon as `parent` is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), daemon=True).start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCHDOG_SECONDS)
    os._exit(1)


@contextmanager
def workers_pool(workers: int) -> Iterator[multiprocessing.pool.Pool]:
    """A process pool whose workers die with this process and are terminated on any exit from
    the block, an exception or a signal turned into one (`stop_on_signals`)."""
    pool = multiprocessing.get_context("fork").Pool(
        workers, initializer=_die_with, initargs=(os.getpid(),)
    )
    try:
        yield pool
    except BaseException:
        _stop_hard(pool)
        raise
    pool.terminate()
    pool.join()


def _stop_hard(pool: multiprocessing.pool.Pool) -> None:
    """The workers killed at once, then the pool's own teardown given a few seconds: a worker
    killed while it held one of the pool's queue locks would make `terminate` wait forever."""
    for child in multiprocessing.active_children():
        child.kill()
    teardown = threading.Thread(target=pool.terminate, daemon=True)
    teardown.start()
    teardown.join(TEARDOWN_SECONDS)


def stop_on_signals() -> None:
    """SIGTERM and SIGHUP end the command as Ctrl-C does, so that cleanup (the pool, the lock,
    the temporary version) runs instead of the process vanishing mid-write. The request is also
    recorded (`stop_requested`): a library that swallows the interrupt cannot let the run
    publish after it."""

    def stop(signum: int, _frame: object) -> None:
        _STOP.set()
        raise KeyboardInterrupt(signal.Signals(signum).name)

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, stop)


def stop_requested() -> bool:
    """Whether a stop signal reached this process: checked again where a run would publish."""
    return _STOP.is_set()
