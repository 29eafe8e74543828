"""A long register's review shared among processes gives what one process gives, and a failing part is not lost."""

import os

import pytest

from purpose.logic.parallel import in_parts


def squares(run: list[int]) -> list[int]:
    return [n * n for n in run]


@pytest.mark.parametrize("parts", [1, 2, 3, 7])
def test_the_parts_come_back_in_order(parts):
    assert in_parts(squares, list(range(23)), parts) == [n * n for n in range(23)]


def test_a_part_whose_process_fails_is_done_again_here():
    parent = os.getpid()

    def fails_in_a_child(run):
        if os.getpid() != parent:
            os._exit(3)
        return squares(run)

    assert in_parts(fails_in_a_child, list(range(10)), 2) == [n * n for n in range(10)]


def test_an_error_is_raised_here_with_its_own_message():
    def fails(run):
        raise ValueError(f"cannot read item {run[0]}")

    with pytest.raises(ValueError, match="cannot read item 0"):
        in_parts(fails, list(range(10)), 2)


def test_parts_are_done_while_other_threads_run_and_hold_locks():
    """The local runtime serves requests on threads; a child forked beside them uses none of their locks."""
    import threading

    lock, stop = threading.Lock(), threading.Event()

    def busy():
        while not stop.is_set():
            with lock:
                sum(range(1000))

    thread = threading.Thread(target=busy, daemon=True)
    thread.start()
    try:
        assert in_parts(squares, list(range(2000)), 4) == [n * n for n in range(2000)]
    finally:
        stop.set()
        thread.join()


def test_a_register_reviewed_in_parts_is_reviewed_as_in_one():
    from purpose.logic.alignment import ReviewContext, review_register
    from purpose.logic.reference_data import NATIONAL_PRIORITIES
    from tests.unit.test_alignment import HANDOVERS, REGISTER

    items = [{"id": f"W{n}", "title": t, "description": f"{d} Round {n // len(REGISTER)}."}
             for n, (t, d) in enumerate(REGISTER * 5)]
    build = lambda: ReviewContext.build(HANDOVERS, national=NATIONAL_PRIORITIES["2025/26"], cqc_areas=[], themes=[])
    one = review_register(items, build(), parts=1)
    assert review_register(items, build(), parts=3) == one
    assert [r.id for r in one] == [i["id"] for i in items]


def test_the_cycle_collector_is_paused_for_the_work_and_left_as_it_was():
    import gc

    from purpose.logic.parallel import collector_paused

    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        assert not gc.isenabled()
        raise ValueError("the work failed")
    assert gc.isenabled()  # resumed after a failure too
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # paused by the caller, and left so
    finally:
        gc.enable()
