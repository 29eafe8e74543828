"""Pure work over a long list, shared among the machine's processors by forked processes.

A scheduled review of a large register is CPU-bound Python, which one process runs on one processor. Forked
children start with the parent's memory (the loaded vectors, the review's context), so nothing is set up twice,
and only their results come back, pickled through a pipe. Pipes and os.fork work in AWS Lambda, where the
semaphores that multiprocessing's pools need do not.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager


def processors() -> int:
    """How many processors this process may run on (a Lambda function's share follows its memory size)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused for work over a long list: each collection walks the objects made since the
    last, and at times every object, which in a forked child copies each page of memory it shares with its parent.
    A review of a register makes no reference cycles (whatever cycles work makes are collected once it is resumed).
    Left as it was found."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def in_parts(work: Callable[[list], list], items: list, parts: int) -> list:
    """work(items), with the list cut into `parts` runs in order: the first in this process, each other in a forked
    child. A child that fails returns nothing, and its run is done here instead, so a real error is raised here
    with its own traceback. Only for work that does no I/O and changes nothing the parent needs back."""
    if parts < 2 or len(items) < 2 or not hasattr(os, "fork"):
        return work(items)
    size = -(-len(items) // parts)
    runs = [items[start:start + size] for start in range(0, len(items), size)]
    children = [_forked(work, run) for run in runs[1:]]
    try:
        results = work(runs[0])
    except BaseException:  # (Ctrl-C too) the children are stopped, not left waiting on their pipes
        for pid, pipe in children:
            os.kill(pid, signal.SIGKILL)
            os.close(pipe)
            os.waitpid(pid, 0)
        raise
    for run, (pid, pipe) in zip(runs[1:], children):
        with os.fdopen(pipe, "rb") as reader:  # read before waiting: a child blocks until its pipe is read
            data = reader.read()
        _, status = os.waitpid(pid, 0)
        results += pickle.loads(data) if status == 0 and data else work(run)
    return results


def _forked(work: Callable[[list], list], run: list) -> tuple[int, int]:
    """A child doing work(run) and writing its pickled result to a pipe; (its process id, the pipe's reading end)."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid:
        os.close(writer)
        return pid, reader
    os.close(reader)
    status = 1
    try:
        data = pickle.dumps(work(run), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(writer, "wb") as out:
            out.write(data)
        status = 0
    finally:  # never return into the parent's code, and skip its exit handlers and buffered output
        os._exit(status)
