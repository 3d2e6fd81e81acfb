"""`gc_paused()`: Python's cyclic garbage collector held off while a block allocates many
small objects that hold no cycles (each is freed by its reference count anyway).

Why: every so many allocations set off a collection that walks every object the process
holds, a whole snapshot's included. Building the matcher's organisation table at 50,000
organisations paid seconds of such walks, and writing the bulk import files for 250,000
ties took 7 s instead of 3. Re-enabled after, unless it was already off."""
from __future__ import annotations

import gc
from contextlib import contextmanager

__all__ = ["gc_paused"]


@contextmanager
def gc_paused():
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
