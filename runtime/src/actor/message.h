// Message nodes: what travels through a mailbox.  The sender copies the
// payload into a node it allocates; the receiver owns the node from then on
// and frees it (when it receives its next message, or when it ends).  So no
// memory is ever shared: a node belongs to exactly one actor at a time.
//
// Small nodes are recycled through a per-worker free list, which makes the
// common send/receive pair on one worker free of malloc.  A node freed on
// another worker simply joins that worker's list.
#pragma once

#include <cstddef>
#include <cstdint>

#include "aithon/runtime.h"
#include "mpsc_queue.h"

namespace aithon::rt {

struct MessageNode {
  MpscNode link;            // mailbox link (producers and the receiver)
  MessageNode *saved_next;  // the receiver's list of skipped messages
  MessageNode *saved_prev;  //   (doubly linked: await searches it from both ends)
  uint32_t capacity;        // payload bytes the node has room for
  uint32_t flags;           // kSignal, kLinkSignal: an exit signal not yet handled
  alignas(16) aithon_message msg;  // header, then the payload

  static constexpr uint32_t kSignal = 1;
  // With kSignal: it comes over a link (the linked actor ended), so it only
  // counts while the link exists (aithon_unlink stops it), and ends the link.
  static constexpr uint32_t kLinkSignal = 2;

  static MessageNode *of(aithon_message *m) {
    return reinterpret_cast<MessageNode *>(reinterpret_cast<char *>(m) - offsetof(MessageNode, msg));
  }
};
static_assert(offsetof(MessageNode, msg) % 16 == 0, "payloads are 16-byte aligned");
static_assert(offsetof(aithon_message, data) % 16 == 0, "payloads are 16-byte aligned");

// The layouts compiled code builds and reads directly (the compiler's
// actor-to-llvm pass: slots.py, messaging.py, supervision.py).  Changing one
// means changing the pass too.
static_assert(offsetof(aithon_message, from) == 8, "MESSAGE_FROM_OFFSET");
static_assert(offsetof(aithon_message, data) == 32, "MESSAGE_DATA_OFFSET");
static_assert(sizeof(aithon_spawn_options) == 16 && offsetof(aithon_spawn_options, heap_size) == 8,
              "LowerSpawn's options: {u32 flags; size_t heap_size}");
static_assert(sizeof(aithon_child_spec) == 32 && offsetof(aithon_child_spec, arg) == 8 &&
                  offsetof(aithon_child_spec, size) == 16 && offsetof(aithon_child_spec, restart) == 24,
              "CHILD_SPEC: {fn, arg, size, restart}");
static_assert(offsetof(aithon_supervisor_spec, max_restarts) == 4 &&
                  offsetof(aithon_supervisor_spec, period_seconds) == 8 &&
                  offsetof(aithon_supervisor_spec, child_count) == 16 &&
                  offsetof(aithon_supervisor_spec, children) == 24,
              "LowerSupervisor's spec offsets 0, 4, 8, 16, 24");

// Per-worker cache of small nodes.
class MessageCache {
 public:
  static constexpr std::size_t kSmallPayload = 96;
  MessageNode *allocate(std::size_t payload);  // nullptr if malloc fails
  void free(MessageNode *node);
  void release_all();

 private:
  static constexpr std::size_t kMaxCached = 4096;
  MessageNode *free_ = nullptr;
  std::size_t count_ = 0;
};

// A node holding a copy of data[0, size), with the header filled in.
// cache may be null (a thread that is not a worker).
MessageNode *make_message(MessageCache *cache, uint32_t kind, int32_t reason, aithon_pid from, uint64_t ref,
                          const void *data, std::size_t size);
void free_message(MessageCache *cache, MessageNode *node);

}  // namespace aithon::rt
