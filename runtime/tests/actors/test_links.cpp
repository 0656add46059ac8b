// Links, trapped exits and monitors behave as in Erlang.
#include "actor/lifecycle.h"  // white-box: signals and DOWNs "in flight"
#include "actor_test.h"

namespace {

void fails(void *, size_t) { aithon_exit(777); }
void ends_normally(void *, size_t) {}
void waits_forever(void *, size_t) { aithon_receive(-1); }

void kills_itself(void *, size_t) { aithon_exit(AITHON_EXIT_KILL); }

void tells_then_fails(void *arg, size_t) {
  aithon_pid to;
  std::memcpy(&to, arg, sizeof to);
  send_value<int>(to, 5);
  aithon_exit(778);
}

// Links `target`, tells `parent` it has, then waits: dies if the link fires.
struct LinkArg {
  aithon_pid target;
  aithon_pid parent;
};
void links_then_waits(void *arg, size_t) {
  LinkArg a;
  std::memcpy(&a, arg, sizeof a);
  aithon_link(a.target);
  send_value<int>(a.parent, 1);
  aithon_receive(-1);
}

// Waits for any message, then ends normally.
void ends_when_told(void *, size_t) { aithon_receive(-1); }

aithon_pid spawn_monitored(aithon_behaviour fn, const void *arg = nullptr, size_t size = 0, uint32_t flags = 0) {
  aithon_spawn_options opts = {AITHON_SPAWN_MONITOR | flags, 0};
  return aithon_spawn_opt(fn, arg, size, &opts);
}

void links_main(void *, size_t) {
  // A failure propagates over a link: the waiter dies with the same reason.
  {
    aithon_pid target = spawn_monitored(waits_forever);
    LinkArg arg = {target, aithon_self()};
    aithon_pid waiter = spawn_monitored(links_then_waits, &arg, sizeof arg);
    CHECK(receive_value<int>() == 1);  // it has linked
    aithon_exit_pid(target, 777);
    CHECK(aithon_await(target, nullptr) == 777);
    CHECK(aithon_await(waiter, nullptr) == 777);
  }
  // A normal end does not kill linked actors.
  {
    aithon_pid target = spawn_monitored(ends_when_told);
    LinkArg arg = {target, aithon_self()};
    aithon_pid waiter = spawn_monitored(links_then_waits, &arg, sizeof arg);
    CHECK(receive_value<int>() == 1);  // it has linked
    send_value<int>(target, 0);
    CHECK(aithon_await(target, nullptr) == AITHON_EXIT_NORMAL);
    CHECK(aithon_receive(5 * 1000 * 1000) == nullptr);  // some time passes
    aithon_exit_pid(waiter, AITHON_EXIT_KILL);
    CHECK(aithon_await(waiter, nullptr) == AITHON_EXIT_KILLED);
  }
  // Trapping exits: the failure arrives as an EXIT message, and we live on.
  {
    CHECK(aithon_trap_exits(true) == false);
    aithon_spawn_options link = {AITHON_SPAWN_LINK, 0};
    aithon_pid child = aithon_spawn_opt(fails, nullptr, 0, &link);
    aithon_message *m = aithon_receive(-1);
    CHECK(m->kind == AITHON_MSG_EXIT);
    CHECK(m->from == child);
    CHECK(m->reason == 777);
    // Linking a pid that is gone: an EXIT with NOPROC.
    aithon_link(child);
    m = aithon_receive(-1);
    CHECK(m->kind == AITHON_MSG_EXIT && m->from == child && m->reason == AITHON_EXIT_NOPROC);
    // A normal exit of a linked actor arrives too when trapping.
    aithon_pid normal = aithon_spawn_opt(ends_normally, nullptr, 0, &link);
    m = aithon_receive(-1);
    CHECK(m->kind == AITHON_MSG_EXIT && m->from == normal && m->reason == AITHON_EXIT_NORMAL);
    CHECK(aithon_trap_exits(false) == true);
  }
  // Monitors: DOWN with the reference; NOPROC for a pid already gone;
  // demonitor drops a DOWN that already arrived.
  {
    aithon_pid child = aithon_spawn(waits_forever, nullptr, 0);
    uint64_t ref = aithon_monitor(child);
    aithon_exit_pid(child, 31);
    aithon_message *m = aithon_receive(-1);
    CHECK(m->kind == AITHON_MSG_DOWN && m->ref == ref && m->from == child && m->reason == 31);
    uint64_t late = aithon_monitor(child);
    m = aithon_receive(-1);
    CHECK(m->kind == AITHON_MSG_DOWN && m->ref == late && m->reason == AITHON_EXIT_NOPROC);
    // Whether its DOWN is already queued or still on its way, none is
    // received after demonitor.
    aithon_pid self = aithon_self();
    aithon_pid other = aithon_spawn(tells_then_fails, &self, sizeof self);
    uint64_t dropped = aithon_monitor(other);
    CHECK(receive_value<int>() == 5);
    for (int i = 0; i < 100; ++i) aithon_yield();
    aithon_demonitor(dropped);
    CHECK(aithon_receive(5 * 1000 * 1000) == nullptr);
  }
  // After unlink, the link has no effect: the waiter outlives a failing
  // former partner.
  {
    LinkArg arg = {aithon_self(), aithon_self()};
    aithon_pid waiter = spawn_monitored(links_then_waits, &arg, sizeof arg);
    CHECK(receive_value<int>() == 1);  // it has linked to us
    aithon_unlink(waiter);
    aithon_exit_pid(waiter, AITHON_EXIT_KILL);
    CHECK(aithon_await(waiter, nullptr) == AITHON_EXIT_KILLED);  // and we live on
  }
  // An exit signal sent with aithon_exit_pid does not end the link: the
  // linked target's end still comes back over it.  An actor ending with
  // reason KILL by itself is seen as KILLED, which can be trapped.
  {
    aithon_trap_exits(true);
    aithon_spawn_options link = {AITHON_SPAWN_LINK, 0};
    aithon_pid child = aithon_spawn_opt(waits_forever, nullptr, 0, &link);
    aithon_exit_pid(child, 55);
    aithon_message *m = aithon_receive(-1);
    CHECK(m->kind == AITHON_MSG_EXIT && m->from == child && m->reason == 55);
    aithon_pid suicidal = aithon_spawn_opt(kills_itself, nullptr, 0, &link);
    m = aithon_receive(-1);
    CHECK(m->kind == AITHON_MSG_EXIT && m->from == suicidal && m->reason == AITHON_EXIT_KILLED);
    aithon_trap_exits(false);
  }
  // Signals and DOWNs already on their way when unlink / demonitor return
  // do not apply.  The races are forced here by hand, through the runtime's
  // own internals: a link signal already in our mailbox, and a monitored
  // actor that is ending (has taken its watchers) when we demonitor it.
  {
    using namespace aithon::rt;
    Actor *self = current_actor();
    aithon_pid partner = aithon_spawn(waits_forever, nullptr, 0);
    aithon_link(partner);
    send_exit_signal(self->worker, self, partner, 99, /*over_link=*/true, nullptr);  // its end, in flight
    aithon_unlink(partner);
    CHECK(aithon_receive(5 * 1000 * 1000) == nullptr);  // and we did not die of it
    aithon_exit_pid(partner, AITHON_EXIT_KILL);

    aithon_pid watched = aithon_spawn(waits_forever, nullptr, 0);
    uint64_t ref = aithon_monitor(watched);
    Actor *target = acquire_pid(watched);
    CHECK(target != nullptr);
    if (target != nullptr) {
      {
        SpinGuard guard(target->lock);
        target->dead = true;  // "ending right now": its watchers are taken
      }
      aithon_demonitor(ref);
      {
        SpinGuard guard(target->lock);
        target->dead = false;
      }
      release_actor(target);
    }
    aithon_exit_pid(watched, 5);  // now it ends, and its DOWN arrives late
    CHECK(aithon_receive(20 * 1000 * 1000) == nullptr);
  }
  // Selective await: other messages stay queued, in order.
  {
    aithon_pid self = aithon_self();
    aithon_pid child = spawn_monitored(ends_normally);
    send_value<int>(self, 1);
    send_value<int>(self, 2);
    CHECK(aithon_await(child, nullptr) == AITHON_EXIT_NORMAL);
    CHECK(receive_value<int>() == 1);
    CHECK(receive_value<int>() == 2);
  }
}

// ---- aithon_receive_kind: the oldest EXIT or DOWN, others left in order ----

// Tells `parent` something, then tells `target` to end.
struct TwoPids {
  aithon_pid parent;
  aithon_pid target;
};
void tells_both(void *arg, size_t) {
  TwoPids a;
  std::memcpy(&a, arg, sizeof a);
  send_value<int>(a.parent, 4);
  send_value<int>(a.target, 0);
}

void receive_kind_main(void *, size_t) {
  aithon_pid self = aithon_self();
  aithon_pid gone = spawn_monitored(ends_normally);
  CHECK(aithon_await(gone, nullptr) == AITHON_EXIT_NORMAL);
  // Each of these queues its message before it returns, so the mailbox is
  // U1 D1 E1 U2 D2 E2 U3, in that order.
  aithon_trap_exits(true);
  send_value<int>(self, 1);
  uint64_t d1 = aithon_monitor(gone);  // DOWN, NOPROC
  aithon_exit_pid(self, 41);           // EXIT 41, from ourselves
  send_value<int>(self, 2);
  uint64_t d2 = aithon_monitor(gone);
  aithon_link(gone);                   // EXIT, NOPROC
  send_value<int>(self, 3);
  aithon_message *m = aithon_receive_kind(AITHON_MSG_DOWN, 0);
  CHECK(m != nullptr && m->kind == AITHON_MSG_DOWN && m->ref == d1);
  m = aithon_receive_kind(AITHON_MSG_EXIT, 0);
  CHECK(m != nullptr && m->kind == AITHON_MSG_EXIT && m->from == self && m->reason == 41);
  m = aithon_receive_kind(AITHON_MSG_EXIT, 0);
  CHECK(m != nullptr && m->kind == AITHON_MSG_EXIT && m->from == gone && m->reason == AITHON_EXIT_NOPROC);
  m = aithon_receive_kind(AITHON_MSG_DOWN, -1);
  CHECK(m != nullptr && m->kind == AITHON_MSG_DOWN && m->ref == d2);
  CHECK(aithon_receive_kind(AITHON_MSG_DOWN, 0) == nullptr);  // none left: only looks
  CHECK(aithon_receive_kind(AITHON_MSG_EXIT, 5 * 1000 * 1000) == nullptr);  // times out
  aithon_trap_exits(false);
  for (int want : {1, 2, 3}) CHECK(receive_value<int>(0) == want);
  // Parked for a DOWN: a user message arriving first does not end the wait.
  aithon_pid later = spawn_monitored(ends_when_told);
  TwoPids both = {self, later};
  aithon_spawn(tells_both, &both, sizeof both);
  m = aithon_receive_kind(AITHON_MSG_DOWN, -1);
  CHECK(m != nullptr && m->kind == AITHON_MSG_DOWN && m->from == later && m->reason == AITHON_EXIT_NORMAL);
  CHECK(receive_value<int>(0) == 4);
}

// ---- reason words, and NameError names travelling over links ----

const char kUndefined[] = "undefined_x";
const char kChainName[] = "chain_name";

void raises_name_error(void *arg, size_t) {
  const char *name;
  std::memcpy(&name, arg, sizeof name);
  aithon_raise_name_error(name);
}

// The top of a chain of `depth` more linked actors, the last of which
// raises a NameError on kChainName; the others wait, not trapping exits.
void chain_link(void *arg, size_t) {
  int depth;
  std::memcpy(&depth, arg, sizeof depth);
  if (depth == 0) aithon_raise_name_error(kChainName);
  int next = depth - 1;
  aithon_spawn_options link = {AITHON_SPAWN_LINK, 0};
  aithon_spawn_opt(chain_link, &next, sizeof next, &link);
  aithon_receive(-1);
}

void sets_8_byte_result(void *, size_t) {
  int64_t result = 0x1234567;  // a NORMAL DOWN's data: never read as a name
  aithon_set_result(&result, sizeof result);
}

const char *name_in(const aithon_message *m) {
  const char *name = nullptr;
  if (m->size == sizeof name) std::memcpy(&name, m->data, sizeof name);
  return name;
}

// The reason word of the EXIT of a linked actor failing on `name`.
uint64_t linked_name_error_word(const char *name) {
  aithon_spawn_options link = {AITHON_SPAWN_LINK, 0};
  aithon_pid child = aithon_spawn_opt(raises_name_error, &name, sizeof name, &link);
  aithon_message *m = aithon_receive_kind(AITHON_MSG_EXIT, -1);
  CHECK(m != nullptr && m->from == child);
  if (m == nullptr) return 0;
  CHECK(m->reason == AITHON_EXIT_FOR_ERROR(AITHON_ERR_UNBOUND_GLOBAL));
  CHECK(name_in(m) == name);  // the EXIT carries the name
  return aithon_message_reason(m);
}

void reason_words_main(void *, size_t) {
  aithon_trap_exits(true);
  uint64_t word = linked_name_error_word(kUndefined);
  CHECK(AITHON_REASON_CODE(word) == AITHON_EXIT_FOR_ERROR(AITHON_ERR_UNBOUND_GLOBAL));
  CHECK(static_cast<uint32_t>(word) == static_cast<uint32_t>(AITHON_EXIT_FOR_ERROR(AITHON_ERR_UNBOUND_GLOBAL)));
  CHECK(AITHON_REASON_DETAIL(word) != 0);
  // Equal names are one detail, whatever string holds them; others differ.
  static char same[] = "undefined_x";
  CHECK(linked_name_error_word(same) == word);
  uint64_t other = linked_name_error_word("other_name");
  CHECK(other != word && AITHON_REASON_CODE(other) == AITHON_REASON_CODE(word) && AITHON_REASON_DETAIL(other) != 0);
  // aithon_exit_pid sends no detail; a negative reason keeps its 32 bits.
  aithon_exit_pid(aithon_self(), 56);
  aithon_message *m = aithon_receive_kind(AITHON_MSG_EXIT, 0);
  CHECK(m != nullptr && m->size == 0 && aithon_message_reason(m) == 56);
  aithon_exit_pid(aithon_self(), -3);
  m = aithon_receive_kind(AITHON_MSG_EXIT, 0);
  CHECK(m != nullptr && aithon_message_reason(m) == 0xfffffffdu && AITHON_REASON_CODE(aithon_message_reason(m)) == -3);
  aithon_trap_exits(false);
  // A user message's word is 0, and so is a NORMAL DOWN's with 8 bytes of result.
  send_value<int64_t>(aithon_self(), 0x1234567);
  m = aithon_receive(0);
  CHECK(m != nullptr && aithon_message_reason(m) == 0);
  aithon_message *result = nullptr;
  CHECK(aithon_await(spawn_monitored(sets_8_byte_result), &result) == AITHON_EXIT_NORMAL);
  CHECK(result != nullptr && result->size == 8 && aithon_message_reason(result) == 0);
  // A chain of links keeps the name: the last of three fails, the two
  // above end of it over their links, and the top's DOWN still names it.
  int depth = 2;
  aithon_pid top = spawn_monitored(chain_link, &depth, sizeof depth);
  m = aithon_receive_kind(AITHON_MSG_DOWN, -1);
  CHECK(m != nullptr && m->from == top && m->reason == AITHON_EXIT_FOR_ERROR(AITHON_ERR_UNBOUND_GLOBAL));
  if (m != nullptr) CHECK(name_in(m) == kChainName);
}

// ---- two monitors on one actor: each DOWN is delivered once ----
void two_monitors_main(void *, size_t) {
  constexpr int64_t kMs = 1000 * 1000;
  // await takes one DOWN; the other is still there to receive; with both
  // gone, no monitor is left, so await monitors afresh and gets NOPROC.
  aithon_pid child = spawn_monitored(ends_when_told);
  aithon_monitor(child);
  send_value<int>(child, 1);
  CHECK(aithon_await(child, nullptr) == AITHON_EXIT_NORMAL);
  aithon_message *m = aithon_receive_kind(AITHON_MSG_DOWN, 1000 * kMs);
  CHECK(m != nullptr && m->from == child && m->reason == AITHON_EXIT_NORMAL);
  CHECK(aithon_receive(10 * kMs) == nullptr);
  CHECK(aithon_await(child, nullptr) == AITHON_EXIT_NOPROC);
  CHECK(aithon_receive(10 * kMs) == nullptr);

  // Demonitoring one of two after both DOWNs arrived drops its DOWN only;
  // await then finds the other one, whichever was indexed.
  for (bool drop_second : {false, true}) {
    // Three monitors: the spawn's, a and b.
    aithon_pid other = spawn_monitored(ends_when_told);
    uint64_t a = aithon_monitor(other);
    uint64_t b = aithon_monitor(other);
    uint64_t dropped = drop_second ? b : a;
    send_value<int>(other, 1);
    // Let the DOWNs arrive (a receive that times out drains the mailbox).
    CHECK(aithon_receive_kind(AITHON_MSG_USER, 50 * kMs) == nullptr);
    aithon_demonitor(dropped);
    CHECK(aithon_await(other, nullptr) == AITHON_EXIT_NORMAL);
    m = aithon_receive_kind(AITHON_MSG_DOWN, 1000 * kMs);
    CHECK(m != nullptr && m->from == other && m->ref != dropped);
    CHECK(aithon_receive(10 * kMs) == nullptr);
  }
}

// ---- what a failing main actor prints ----

// Ends of a linked NameError: the report names the variable.
void linked_name_error_main(void *, size_t) {
  const char *name = "y";
  aithon_spawn_options link = {AITHON_SPAWN_LINK, 0};
  aithon_spawn_opt(raises_name_error, &name, sizeof name, &link);
  aithon_receive(-1);
}

// Links a pid that is gone: ends with NOPROC.
void links_nobody_main(void *, size_t) { aithon_link(AITHON_NO_PID); }

}  // namespace

int main() {
  // First, while this process has never run a worker thread: ThreadSanitizer
  // loses track of a forked child's memory that other threads touched.
  std::string err;
  CHECK(run_in_child([] { _exit(run_main(linked_name_error_main, 1)); }, &err) == 1);
  CHECK_STR(err, "NameError: name 'y' is not defined\n");
  err.clear();
  CHECK(run_in_child([] { _exit(run_main(links_nobody_main, 1)); }, &err) == 1);
  CHECK_STR(err, "noproc\n");
  for (uint32_t workers : {1u, 2u}) {
    CHECK(run_main(links_main, workers) == 0);
    CHECK(run_main(receive_kind_main, workers) == 0);
    CHECK(run_main(reason_words_main, workers) == 0);
    CHECK(run_main(two_monitors_main, workers) == 0);
  }
  if (check_failures == 0) std::puts("test_links: ok");
  return check_failures == 0 ? 0 : 1;
}
