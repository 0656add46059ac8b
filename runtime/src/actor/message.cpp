// Message nodes (message.h).
#include "message.h"

#include <cstdlib>
#include <cstring>
#include <new>

namespace aithon::rt {

namespace {
MessageNode *allocate_node(std::size_t payload) {
  void *mem = std::malloc(offsetof(MessageNode, msg) + sizeof(aithon_message) + payload);
  if (mem == nullptr) return nullptr;
  auto *node = new (mem) MessageNode();
  node->capacity = static_cast<uint32_t>(payload);
  return node;
}
}  // namespace

MessageNode *MessageCache::allocate(std::size_t payload) {
  if (payload <= kSmallPayload) {
    if (MessageNode *node = free_) {
      free_ = node->saved_next;
      --count_;
      return node;
    }
    return allocate_node(kSmallPayload);
  }
  return allocate_node(payload);
}

void MessageCache::free(MessageNode *node) {
  if (node->capacity == kSmallPayload && count_ < kMaxCached) {
    node->saved_next = free_;
    free_ = node;
    ++count_;
    return;
  }
  node->~MessageNode();
  std::free(node);
}

void MessageCache::release_all() {
  while (MessageNode *node = free_) {
    free_ = node->saved_next;
    node->~MessageNode();
    std::free(node);
  }
  count_ = 0;
}

MessageNode *make_message(MessageCache *cache, uint32_t kind, int32_t reason, aithon_pid from, uint64_t ref,
                          const void *data, std::size_t size) {
  MessageNode *node = nullptr;
  if (cache != nullptr) {
    node = cache->allocate(size);
  } else {
    node = allocate_node(size <= MessageCache::kSmallPayload ? MessageCache::kSmallPayload : size);
  }
  if (node == nullptr) return nullptr;
  node->saved_next = nullptr;
  node->flags = 0;
  node->msg.kind = kind;
  node->msg.reason = reason;
  node->msg.from = from;
  node->msg.ref = ref;
  node->msg.size = size;
  if (size != 0) std::memcpy(node->msg.data, data, size);
  return node;
}

void free_message(MessageCache *cache, MessageNode *node) {
  if (cache != nullptr) {
    cache->free(node);
  } else {
    node->~MessageNode();
    std::free(node);
  }
}

}  // namespace aithon::rt
