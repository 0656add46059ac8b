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
    send_exit_signal(self->worker, self, partner, 99, /*over_link=*/true);  // its end, in flight
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

}  // namespace

int main() {
  for (uint32_t workers : {1u, 2u}) CHECK(run_main(links_main, workers) == 0);
  if (check_failures == 0) std::puts("test_links: ok");
  return check_failures == 0 ? 0 : 1;
}
