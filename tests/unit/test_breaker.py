"""The circuit breaker behind a Neo4j outage (issue 13, item 12), on a clock we move by hand."""
import pytest

from graph.stores import StoreUnavailable
from graph.stores.breaker import CircuitBreaker


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_open_fails_at_once_then_one_trial_closes_it():
    clock = Clock()
    breaker = CircuitBreaker(cooldown=5, clock=clock)
    breaker.before()  # closed: callers try
    breaker.failed("cannot reach Neo4j at bolt://x:1: refused")
    with pytest.raises(StoreUnavailable, match="refused"):
        breaker.before()
    clock.now += 5.1
    breaker.before()  # this caller is the trial ...
    with pytest.raises(StoreUnavailable):
        breaker.before()  # ... and others fail at once while it runs
    breaker.succeeded()
    breaker.before()
    breaker.before()
    assert not breaker.is_open


def test_a_failed_trial_opens_it_again_and_a_released_one_lets_the_next_try():
    clock = Clock()
    breaker = CircuitBreaker(cooldown=5, clock=clock)
    breaker.failed("down")
    clock.now += 6
    breaker.before()
    breaker.failed("still down")
    with pytest.raises(StoreUnavailable, match="still down"):
        breaker.before()
    clock.now += 6
    breaker.before()
    breaker.released()  # the trial ended for another reason: the next caller tries
    breaker.before()
