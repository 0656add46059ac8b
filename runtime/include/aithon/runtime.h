/* The AIthon runtime's C ABI: every symbol compiled programs call.
 *
 * Integers ("aithon_int") are one 64-bit word, tagged by its lowest bit:
 *   - bit 0 == 0: a small int; its value is the word shifted right by one
 *     (arithmetic shift), so the range is [-2**62, 2**62 - 1].  Adding or
 *     subtracting two small words gives the tagged sum directly, which is why
 *     the compiler's inline fast path is a single add plus an overflow check.
 *   - bit 0 == 1: a pointer (8-byte aligned, tag bit set) to an AithonBigInt.
 * Canonical form: a value that fits the small range is ALWAYS small.  So two
 * ints are equal only if their tags match, and no big int is zero.
 *
 * Every slow-path function below accepts any combination of small and big
 * operands, including two small ones whose inline operation overflowed.
 */
#ifndef AITHON_RUNTIME_H
#define AITHON_RUNTIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* "Does not return", spelled so that both C and C++ accept it. */
#if defined(__cplusplus)
#define AITHON_NORETURN [[noreturn]]
#elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 202311L
#define AITHON_NORETURN [[noreturn]]
#elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define AITHON_NORETURN _Noreturn
#elif defined(__GNUC__)
#define AITHON_NORETURN __attribute__((noreturn))
#else
#define AITHON_NORETURN
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef int64_t aithon_int;

/* ---- integers: slow paths (the compiler inlines the small/small case) ---- */
aithon_int aithon_int_add(aithon_int a, aithon_int b);
aithon_int aithon_int_sub(aithon_int a, aithon_int b);
aithon_int aithon_int_mul(aithon_int a, aithon_int b);
aithon_int aithon_int_neg(aithon_int a);
/* Floor division and modulo, rounding toward negative infinity.  Zero divisor
 * raises ZeroDivisionError ("integer division or modulo by zero" /
 * "integer modulo by zero"). */
aithon_int aithon_int_floordiv(aithon_int a, aithon_int b);
aithon_int aithon_int_mod(aithon_int a, aithon_int b);
/* a ** b for b >= 0; a negative b raises AITHON_ERR_NEGATIVE_INT_POW (the
 * compiler gives int ** int an int type, so a float result cannot be
 * represented: refused at run time).  A result too large for GMP (over about
 * 2**36 bits) raises AITHON_ERR_INT_TOO_LARGE. */
aithon_int aithon_int_pow(aithon_int a, aithon_int b);
/* Three-way comparison: -1, 0 or 1. */
int32_t aithon_int_cmp(aithon_int a, aithon_int b);
/* A literal too large for the small range, given in decimal. */
aithon_int aithon_int_from_decimal(const char *digits);
/* Correctly rounded conversion (AITHON_ERR_INT_TOO_LARGE_FOR_FLOAT when out
 * of range). */
double aithon_int_to_float(aithon_int a);
/* Correctly rounded a / b, as CPython's int.__truediv__ (b == 0:
 * AITHON_ERR_DIVISION_BY_ZERO; too large: AITHON_ERR_INT_DIV_TOO_LARGE). */
double aithon_int_truediv(aithon_int a, aithon_int b);
/* Exact comparison of a float with an int, as CPython does: -1, 0, 1, or
 * 2 when the float is NaN (unordered). */
int32_t aithon_float_int_cmp(double a, aithon_int b);

/* ---- floats: Python semantics for the operations C does not match ----
 * Errors: codes 5 and 6 for a zero divisor; ** raises 13, 14 or 15. */
double aithon_float_floordiv(double a, double b);
double aithon_float_mod(double a, double b);
double aithon_float_pow(double a, double b);

/* ---- printing (to stdout, buffered; flushed at exit and before errors) ----
 * Each call writes only the value: separators and the final newline of a
 * print() are separate aithon_print_str calls. */
void aithon_print_int(aithon_int v);
void aithon_print_float(double v);  /* exactly CPython's repr(float) */
void aithon_print_bool(bool v);
void aithon_print_none(void);
void aithon_print_str(const char *bytes, int64_t len); /* UTF-8 */
void aithon_print_pid(uint64_t pid);  /* <Pid slot.generation> */

/* ---- errors ---- */
/* The Python exceptions compiled code can raise.  Each code has a fixed
 * message matching CPython 3.11's. */
enum aithon_error {
  AITHON_ERR_DIVISION_BY_ZERO = 1,        /* ZeroDivisionError: division by zero */
  AITHON_ERR_INT_FLOORDIV_BY_ZERO = 2,    /* ... integer division or modulo by zero */
  AITHON_ERR_INT_MOD_BY_ZERO = 3,         /* ... integer modulo by zero */
  AITHON_ERR_FLOAT_DIV_BY_ZERO = 4,       /* ... float division by zero */
  AITHON_ERR_FLOAT_FLOORDIV_BY_ZERO = 5,  /* ... float floor division by zero */
  AITHON_ERR_FLOAT_MOD_BY_ZERO = 6,       /* ... float modulo */
  AITHON_ERR_RANGE_STEP_ZERO = 7,         /* ValueError: range() arg 3 must not be zero */
  AITHON_ERR_UNBOUND_GLOBAL = 8,          /* NameError (message built from name) */
  /* AIthon-specific: int ** int has type int, so a float result is refused. */
  AITHON_ERR_NEGATIVE_INT_POW = 9,        /* TypeError: AIthon compiles int ** int to int; ... */
  AITHON_ERR_INT_TOO_LARGE = 10,          /* OverflowError: exponent too large */
  AITHON_ERR_INT_TOO_LARGE_FOR_FLOAT = 11, /* OverflowError: int too large to convert to float */
  AITHON_ERR_INT_DIV_TOO_LARGE = 12,      /* OverflowError: integer division result too large for a float */
  AITHON_ERR_FLOAT_ZERO_NEG_POW = 13,     /* ZeroDivisionError: 0.0 cannot be raised to a negative power */
  /* AIthon-specific: CPython would return a complex number. */
  AITHON_ERR_FLOAT_POW_COMPLEX = 14,      /* TypeError: AIthon does not support complex results of float ** float */
  AITHON_ERR_FLOAT_POW_OVERFLOW = 15,     /* OverflowError: (34, 'Numerical result out of range') */
  /* Also what the runtime reports when the main thread's stack overflows
   * (see "Fatal signals" in docs/runtime-abi.md). */
  AITHON_ERR_RECURSION_DEPTH = 16,        /* RecursionError: maximum recursion depth exceeded */
  /* Compiled `await` could not start an actor (aithon_spawn_opt gave
   * AITHON_NO_PID: no stack slot left, see docs/runtime.md). */
  AITHON_ERR_SPAWN_FAILED = 17,           /* RuntimeError: cannot start an actor: no stack slot left */
  /* A compiled actors.receive() with a timeout and no default got nothing. */
  AITHON_ERR_RECEIVE_TIMEOUT = 18,        /* TimeoutError: receive() timed out */
  /* aithon_child_pid: an index that is negative, big or past the last child. */
  AITHON_ERR_NO_SUCH_CHILD = 19,          /* IndexError: child_pid() index out of range */
  /* aithon_child_pid: a live actor that is not a supervisor. */
  AITHON_ERR_NOT_A_SUPERVISOR = 20,       /* ValueError: child_pid() needs a supervisor's pid */
};
/* Flush stdout, print "<Type>: <message>" to stderr, exit with status 1. */
AITHON_NORETURN void aithon_raise(int32_t code);
/* NameError: name '<name>' is not defined. */
AITHON_NORETURN void aithon_raise_name_error(const char *name);

/* ==== actors =============================================================
 * docs/runtime.md explains the model; this is the contract, call by call.
 *
 * An actor is a behaviour (a C function) running on its own stack with its
 * own heap and mailbox.  Actors run on worker threads (one per core, or
 * AITHON_WORKERS); a worker switches between actors by swapping registers.
 * Every call below that is documented as "in an actor" must be made by code
 * running inside an actor (a behaviour or what it calls).
 *
 * Stacks.  Each actor's stack is a slot of 2**AITHON_STACK_SLOT_LOG2 bytes,
 * aligned to its size, with an inaccessible guard region (256 KiB) at its
 * low end.  The actor's control
 * block sits near the top of the slot, at an offset that depends on the slot
 * number (its "colour"), so compiled code finds the current actor from its
 * stack pointer alone (no thread-local lookup, which would go stale when an
 * actor moves to another worker).  The colour keeps the control blocks of
 * different actors out of the same cache sets, where identical offsets in
 * size-aligned slots would put them all.
 */
#define AITHON_STACK_SLOT_LOG2 23                  /* 8 MiB per stack slot */
#define AITHON_STACK_SLOT_SIZE ((uintptr_t)1 << AITHON_STACK_SLOT_LOG2)
/* The control block is AITHON_ACTOR_BLOCK_SIZE bytes; its first field is
 * the reduction budget (int64_t).  It ends (n & 15) * 64 + ((n >> 4) & 63) *
 * 4096 bytes below the slot's top, n being the slot number: the address
 * shifted right by AITHON_STACK_SLOT_LOG2. */
#define AITHON_ACTOR_BLOCK_SIZE 768

/* The address of the control block of the slot holding `address`. */
static inline uintptr_t aithon_actor_block(uintptr_t address) {
  uintptr_t slot = address >> AITHON_STACK_SLOT_LOG2;
  uintptr_t top = (address | (AITHON_STACK_SLOT_SIZE - 1)) + 1;
  return top - (slot & 15) * 64 - ((slot >> 4) & 63) * 4096 - AITHON_ACTOR_BLOCK_SIZE;
}

/* A process identifier: never reused in practice (a slot index and a 32-bit
 * generation).  0 is "no actor".  A pid stays safe to use after its actor
 * ended: sends to it are dropped, links and monitors report AITHON_EXIT_NOPROC. */
typedef uint64_t aithon_pid;
#define AITHON_NO_PID ((aithon_pid)0)

/* A behaviour receives a copy of the spawn argument, in its own heap. */
typedef void (*aithon_behaviour)(void *arg, size_t size);

/* Exit reasons.  Errors raised by compiled code (aithon_raise) end the actor
 * with AITHON_EXIT_ERROR + the aithon_error code; any other value may be
 * passed to aithon_exit as an application-defined reason. */
enum aithon_exit_reason {
  AITHON_EXIT_NORMAL = 0,          /* the behaviour returned */
  AITHON_EXIT_KILL = 1,            /* aithon_exit_pid(p, KILL): cannot be trapped */
  AITHON_EXIT_KILLED = 2,          /* what links and monitors see after a KILL */
  AITHON_EXIT_SHUTDOWN = 3,        /* stopped by its supervisor */
  AITHON_EXIT_NOPROC = 4,          /* linked/monitored/awaited a pid that was gone */
  AITHON_EXIT_STACK_OVERFLOW = 5,  /* ran into its stack's guard region */
  AITHON_EXIT_HEAP_EXHAUSTED = 6,  /* allocated past its heap reservation */
  AITHON_EXIT_RESTART_LIMIT = 7,   /* a supervisor whose children failed too often */
  AITHON_EXIT_ERROR = 256,         /* + enum aithon_error */
};
/* The exit reason of an actor ended by aithon_raise(code). */
#define AITHON_EXIT_FOR_ERROR(code) ((int32_t)AITHON_EXIT_ERROR + (int32_t)(code))

/* A "reason word": an exit reason as one 64-bit value for compiled code.
 * Low 32 bits: the int32_t exit reason (as uint32_t).  High 32 bits: a
 * detail index, 0 for none.  The only detail today is the name a NameError
 * names (aithon_raise_name_error); the runtime interns detail texts in a
 * process-wide table, so equal texts get equal indexes and two words are
 * the same reason exactly when they are equal. */
#define AITHON_REASON_CODE(word) ((int32_t)(uint32_t)(word))
#define AITHON_REASON_DETAIL(word) ((uint32_t)((uint64_t)(word) >> 32))

/* ---- runtime ---- */
typedef struct aithon_runtime_options {
  uint32_t workers;        /* 0: AITHON_WORKERS, else one per core */
  uint32_t reductions;     /* per slice; 0: AITHON_REDUCTIONS, else 2000 */
  size_t heap_size;        /* default heap reservation per actor in bytes;
                              0: AITHON_HEAP_SIZE, else 1 MiB */
} aithon_runtime_options;

/* Start the workers (the calling thread becomes worker 0), run `main` as
 * the first actor, and return when it ends: 0 if it returned normally, 1 if
 * it failed (its error is printed on stderr first).  Actors still running
 * then are stopped at their next scheduling point and freed.  options may be
 * NULL.  Not reentrant; may be called again after it returned. */
int aithon_runtime_run(aithon_behaviour main, const void *arg, size_t size,
                       const aithon_runtime_options *options);

/* ---- spawning, in an actor ---- */
enum aithon_spawn_flags {
  AITHON_SPAWN_LINK = 1,     /* link the new actor to the caller */
  AITHON_SPAWN_MONITOR = 2,  /* monitor it; its DOWN message carries its result:
                                this is how aithon_await gets results */
};
typedef struct aithon_spawn_options {
  uint32_t flags;
  size_t heap_size;          /* 0: the runtime's default */
} aithon_spawn_options;

/* Spawn `fn` with a copy of arg[0, size).  Returns the new pid, or
 * AITHON_NO_PID when no stack slot could be had (vm.max_map_count) or the
 * argument does not fit the new actor's heap budget. */
aithon_pid aithon_spawn(aithon_behaviour fn, const void *arg, size_t size);
aithon_pid aithon_spawn_opt(aithon_behaviour fn, const void *arg, size_t size,
                            const aithon_spawn_options *options);
aithon_pid aithon_self(void);

/* Set the value an await on this actor returns (copied now; the last call
 * before the behaviour returns wins). */
void aithon_set_result(const void *data, size_t size);

/* ---- messages ---- */
enum aithon_message_kind {
  AITHON_MSG_USER = 0,  /* from aithon_send: data is the payload */
  AITHON_MSG_EXIT = 1,  /* a linked actor ended, to an actor trapping exits */
  AITHON_MSG_DOWN = 2,  /* a monitored actor ended; data is its result */
};
/* data: USER, the payload.  DOWN, the result of a NORMAL end; for a
 * failure whose error named something (a NameError), the 8 bytes of that
 * name's pointer (const char *); else empty.  EXIT, the same name pointer
 * when the linked actor that ended had one; else empty. */
typedef struct aithon_message {
  uint32_t kind;
  int32_t reason;       /* EXIT, DOWN: the exit reason */
  aithon_pid from;      /* USER: the sender; EXIT, DOWN: the actor that ended */
  uint64_t ref;         /* DOWN: the monitor reference */
  size_t size;
  unsigned char data[]; /* size bytes, 16-byte aligned */
} aithon_message;

/* The reason word of an EXIT or DOWN message: its reason and, if its data
 * carries a NameError's name, that name's detail index.  0 (NORMAL) for a
 * USER message. */
uint64_t aithon_message_reason(const aithon_message *m);
/* Print a reason word's text to stdout (buffered, as aithon_print_str):
 * "normal", "kill", "killed", "shutdown", "noproc", the errors as
 * "<Type>: <message>" (a NameError with its name), "exit reason <n>" for
 * others.  With repr, Python's repr of Reason(text): Reason('normal'). */
void aithon_print_reason(uint64_t reason, bool repr);

/* Copy data[0, size) to `to`'s mailbox.  Never blocks.  Returns false if
 * `to` no longer exists (the message is dropped, as in Erlang); true means
 * delivered to its mailbox, not received.  If memory for the copy cannot be
 * had, a sending actor ends with AITHON_EXIT_HEAP_EXHAUSTED. */
bool aithon_send(aithon_pid to, const void *data, size_t size);

/* In an actor: the oldest message, waiting for one if the mailbox is empty.
 * timeout_ns < 0 waits forever; 0 only looks; NULL on timeout.  The message
 * belongs to the caller until its next aithon_receive or aithon_await. */
aithon_message *aithon_receive(int64_t timeout_ns);

/* In an actor: what compiled `actors.receive(T)` does.  The oldest user
 * message whose payload starts with the 8-byte `tag` (the compiler's code
 * for the message type T), waiting for one as aithon_receive does; messages
 * with other tags, and EXIT and DOWN messages, stay in the mailbox, in
 * order.  NULL on timeout. */
aithon_message *aithon_receive_tagged(uint64_t tag, int64_t timeout_ns);
/* In an actor: what compiled `actors.receive(actors.Exit)` and
 * `actors.receive(actors.Down)` do.  The oldest message of `kind` (enum
 * aithon_message_kind), waiting as aithon_receive does; messages of other
 * kinds stay in the mailbox, in order.  NULL on timeout. */
aithon_message *aithon_receive_kind(uint32_t kind, int64_t timeout_ns);
/* In an actor: wait for `pid` to end.  Returns its exit reason; on
 * AITHON_EXIT_NORMAL *result (if result is not NULL) is the DOWN message
 * carrying what it passed to aithon_set_result (size 0 if nothing; valid as
 * for aithon_receive).  Other messages stay in the mailbox, in order.  Spawn with
 * AITHON_SPAWN_MONITOR to be sure of the result: awaiting an actor that
 * ended before it was monitored gives AITHON_EXIT_NOPROC. */
int32_t aithon_await(aithon_pid pid, aithon_message **result);

/* In an actor: what compiled `await` does.  Wait for `pid` to end and
 * return its DOWN message (result as for aithon_await); if it failed, end
 * the caller with the same exit reason (and the same NameError name), so a
 * failure travels up a chain of awaits to whoever watches the top. */
aithon_message *aithon_await_value(aithon_pid pid);

/* ---- preemption ----
 * Every function entry of compiled code spends one reduction, and every 64th
 * iteration of a loop (a back-edge check counts iterations in a register);
 * when the slice's budget is spent the check calls aithon_yield_preserving,
 * which is aithon_yield: it lets other actors run and handles pending exit
 * signals. */
void aithon_yield(void);

/* aithon_yield with clang's preserve_all calling convention (every register
 * kept, vector registers included): what compiled yield checks call, so the
 * rare call does not make a loop spill its registers.  Built with clang only. */
#if defined(__clang__)
__attribute__((preserve_all)) void aithon_yield_preserving(void);
#endif

static inline int64_t *aithon_current_reductions(void) {
  uintptr_t sp;
#if defined(__x86_64__)
  __asm__("mov %%rsp, %0" : "=r"(sp));
#elif defined(__aarch64__)
  __asm__("mov %0, sp" : "=r"(sp));
#else
  sp = (uintptr_t)__builtin_frame_address(0);
#endif
  return (int64_t *)aithon_actor_block(sp);
}

/* The inline check of a function entry, as the compiler emits it (in an
 * actor); compiled code calls aithon_yield_preserving instead. */
static inline void aithon_yield_check(void) {
  if (--*aithon_current_reductions() <= 0) aithon_yield();
}

/* ---- exits, links, monitors ---- */
/* In an actor: end the caller with `reason`. */
AITHON_NORETURN void aithon_exit(int32_t reason);
/* Send an exit signal: `pid` ends with `reason` unless it traps exits (then
 * it gets an EXIT message) or reason is NORMAL (ignored unless trapping).
 * AITHON_EXIT_KILL always ends it, and its links see AITHON_EXIT_KILLED.
 * Works from any thread. */
void aithon_exit_pid(aithon_pid pid, int32_t reason);
/* In an actor: a two-way link.  When one side ends, the other gets an exit
 * signal with its reason (KILL is passed on as KILLED): a NORMAL one only
 * matters to an actor trapping exits, any other ends it unless it traps
 * exits.  The signal carries a NameError's name (EXIT data, see
 * aithon_message), which an actor ending of it keeps as its own.  Linking
 * a pid that is gone sends the caller an exit signal with
 * AITHON_EXIT_NOPROC.  After aithon_unlink returns, the link has no effect,
 * even for a signal already on its way. */
void aithon_link(aithon_pid pid);
void aithon_unlink(aithon_pid pid);
/* In an actor: returns whether exits were trapped before. */
bool aithon_trap_exits(bool on);
/* In an actor: a one-way monitor; when `pid` ends the caller gets a DOWN
 * message with the returned reference (at once, with NOPROC, if it is gone). */
uint64_t aithon_monitor(aithon_pid pid);
void aithon_demonitor(uint64_t ref);

/* ---- supervisors ---- */
enum aithon_strategy { AITHON_ONE_FOR_ONE = 0, AITHON_ONE_FOR_ALL = 1 };
enum aithon_restart {
  AITHON_PERMANENT = 0,  /* always restarted */
  AITHON_TRANSIENT = 1,  /* restarted unless it ended NORMAL or SHUTDOWN */
  AITHON_TEMPORARY = 2,  /* never restarted */
};
typedef struct aithon_child_spec {
  aithon_behaviour fn;
  const void *arg;
  size_t size;
  uint32_t restart;      /* enum aithon_restart */
} aithon_child_spec;
typedef struct aithon_supervisor_spec {
  uint32_t strategy;     /* enum aithon_strategy */
  uint32_t max_restarts; /* at most this many restarts (<= 10000) ... */
  double period_seconds; /* ... in any window this long, else the supervisor
                            ends with AITHON_EXIT_RESTART_LIMIT */
  size_t child_count;
  const aithon_child_spec *children;
} aithon_supervisor_spec;

/* In an actor: spawn a supervisor (linked to the caller) that starts the
 * children in order; the spec is copied.  AITHON_NO_PID for a spec out of
 * range (max_restarts over 10000, a negative period).  one_for_all restarts
 * the children that were running, in order.  When the caller ends, the
 * supervisor stops its children and ends too (SHUTDOWN after a NORMAL end,
 * else the caller's reason). */
aithon_pid aithon_supervisor_start(const aithon_supervisor_spec *spec);
/* In an actor: the current pid of child `index` (AITHON_NO_PID if it is not
 * running, if index is out of range, or if the supervisor is gone), asked of
 * the supervisor by message. */
aithon_pid aithon_supervisor_child(aithon_pid supervisor, size_t index);
/* In an actor: what compiled `actors.child_pid(sup, i)` does; `index` is a
 * tagged aithon_int.  The current pid of child `index`, or its last one if
 * it is not running (AITHON_NO_PID if it never started).  AITHON_NO_PID if
 * the supervisor is gone.  Raises (aithon_raise) AITHON_ERR_NO_SUCH_CHILD
 * for an index that is negative, big or not below the child count, and
 * AITHON_ERR_NOT_A_SUPERVISOR for a live actor that is not a supervisor. */
aithon_pid aithon_child_pid(aithon_pid supervisor, aithon_int index);

/* ---- heap ---- */
/* In an actor: size bytes (16-byte aligned) from the actor's heap, freed
 * when the actor ends.  Past the reservation the actor ends with
 * AITHON_EXIT_HEAP_EXHAUSTED. */
void *aithon_heap_alloc(size_t size);

/* ---- introspection (tests and benchmarks) ---- */
typedef struct aithon_runtime_stats {
  uint64_t spawned;        /* actors spawned since aithon_runtime_run began */
  uint64_t live;           /* actors not yet ended */
  uint64_t steals;         /* successful steals */
  uint64_t slots_mapped;   /* stack slots ever made writable */
  uint64_t timers;         /* receive timeouts pending in the workers' timer
                              heaps (read racily: a hint, exact when quiet) */
} aithon_runtime_stats;
void aithon_runtime_get_stats(aithon_runtime_stats *out);
/* In an actor: the index of the worker running the caller. */
uint32_t aithon_current_worker(void);

/* ---- program entry ---- */
/* Defined by the compiled program: runs the module's top-level statements. */
void aithon_module_main(void);

#ifdef __cplusplus
}
#endif
#endif
