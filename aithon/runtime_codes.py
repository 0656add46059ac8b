"""Numbers the compiler shares with the runtime (runtime/include/aithon/runtime.h, runtime/src/tagged.h).

Compiled code hands these to the runtime, so each must equal its C
counterpart; test/unit/test_runtime_codes.py reads runtime.h and checks them.
"""

# The range of a small int, held inline in its tagged word (runtime/src/tagged.h,
# docs/integers.md); other ints are pointers to GMP numbers.
SMALL_MIN = -(1 << 62)
SMALL_MAX = (1 << 62) - 1


def is_small(value: int) -> bool:
    return SMALL_MIN <= value <= SMALL_MAX


# enum aithon_error: the codes compiled code passes to aithon_raise.
FLOAT_DIV_BY_ZERO = 4     # AITHON_ERR_FLOAT_DIV_BY_ZERO
RANGE_STEP_ZERO = 7       # AITHON_ERR_RANGE_STEP_ZERO
SPAWN_FAILED = 17         # AITHON_ERR_SPAWN_FAILED
RECEIVE_TIMEOUT = 18      # AITHON_ERR_RECEIVE_TIMEOUT

# enum aithon_exit_reason: the reasons a program can name (actors.NORMAL, ...).
EXIT_REASONS = {"normal": 0, "kill": 1, "killed": 2, "shutdown": 3, "noproc": 4}

# enum aithon_strategy and enum aithon_restart, in the order of their values.
STRATEGIES = ("one_for_one", "one_for_all")
RESTARTS = ("permanent", "transient", "temporary")

# Where compiled yield checks find the control block (aithon_actor_block).
STACK_SLOT_LOG2 = 23      # AITHON_STACK_SLOT_LOG2
ACTOR_BLOCK_SIZE = 768    # AITHON_ACTOR_BLOCK_SIZE
