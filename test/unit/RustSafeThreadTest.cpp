//===- RustSafeThreadTest.cpp - Send and Sync only from the rules file ----===//
//
// Whether a C object may be used from several threads is never guessed: a
// handle is !Send and !Sync (transparent ones through a marker) until the
// rules file's "thread_safe" says otherwise, and what it keeps follows.
//
//===----------------------------------------------------------------------===//

#include "RustSafeTestSupport.h"

using namespace kbindgen;
using namespace kbindgen::test;
using namespace kbindgen::rustsafe;

static const char *const PoolHeader =
    "struct p; struct p *p_open(void); void p_close(struct p *pool);\n"
    "void p_add(const struct p *pool, unsigned n);\n"
    "void p_on_add(struct p *pool, void (*cb)(void *user, unsigned n),\n"
    "              void *user);\n"
    "int p_lock(struct p *pool); void p_unlock(struct p *pool);\n";

static const char *const PoolRules = R"({"functions": {
    "p_open": {"confirm": ["owned.ctor-returns-ptr"]},
    "p_on_add": {"keeps_callback": "until_drop"}},
  "confirm": ["owned.dtor-name"],
  "types": {"p": {"thread_safe": "THREADS"}}})";

static std::string poolRules(const std::string &Threads) {
  std::string Rules = PoolRules;
  Rules.replace(Rules.find("THREADS"), 7, Threads);
  return Rules;
}

static bool hasText(const std::string &Text, const std::string &Piece) {
  return Text.find(Piece) != std::string::npos;
}

TEST_CASE("thread_safe: without it no handle is Send or Sync", "[rustsafe]") {
  SafeFixture F(PoolHeader);
  CHECK_FALSE(F.handle("p").Send);
  CHECK_FALSE(F.handle("p").Sync);
  std::string Text = F.text();
  CHECK_FALSE(hasText(Text, "impl Send"));
  CHECK_FALSE(hasText(Text, "impl Sync"));
  // A struct of integers makes its cell Send: the marker takes that back.
  SafeFixture Plain("struct s { unsigned n; };\n"
                    "unsigned s_get(const struct s *stats);\n");
  CHECK(hasText(Plain.text(), "pub struct S(Opaque<raw::s>, "
                              "core::marker::PhantomData<*mut u8>);"));
}

TEST_CASE("thread_safe: send+sync writes both impls with their rule",
          "[rustsafe]") {
  SafeFixture F(PoolHeader, SafeStyle::Std, poolRules("send+sync"));
  CHECK(F.handle("p").Send);
  CHECK(F.handle("p").Sync);
  std::string Text = F.text();
  CHECK(hasText(Text, "/// Rules: handle.rules, owned.dtor-name, "
                      "thread.rules (send+sync).\n"));
  CHECK(hasText(Text, "// (types.p.thread_safe).\nunsafe impl Send for P {}"));
  CHECK(hasText(
      Text, "// at once (types.p.thread_safe).\nunsafe impl Sync for P {}"));
  // The kept closure may run on any thread, several at once.
  CHECK(hasText(Text, "F1: Fn(u32) + Send + Sync + 'static"));
  CHECK(hasText(Text, "let f = unsafe { &*user.cast::<F1>() };"));
  // A guard on a Sync handle must not unlock on another thread.
  CHECK(hasText(Text, "pub struct PGuard<'a>(&'a P, "
                      "core::marker::PhantomData<*mut u8>);"));
}

TEST_CASE("thread_safe: send alone keeps !Sync and needs Send closures",
          "[rustsafe]") {
  SafeFixture F(PoolHeader, SafeStyle::Std, poolRules("send"));
  std::string Text = F.text();
  CHECK(hasText(Text, "unsafe impl Send for P {}"));
  CHECK_FALSE(hasText(Text, "impl Sync"));
  CHECK(hasText(Text, "F1: FnMut(u32) + Send + 'static"));
  CHECK(hasText(Text, "pub struct PGuard<'a>(&'a P);"));
}

TEST_CASE("thread_safe: a refcounted handle is Send only when also Sync",
          "[rustsafe]") {
  const char *Header = "struct r; struct r *r_get(struct r *o);\n"
                       "void r_put(struct r *o); int r_size(struct r *o);\n";
  SafeFixture Send(Header, SafeStyle::Std,
                   R"({"types": {"r": {"thread_safe": "send"}}})");
  CHECK_FALSE(hasText(Send.text(), "impl Send"));
  CHECK(
      hasText(Send.text(), "// Not Send: thread_safe \"send\" is not enough"));
  SafeFixture Both(Header, SafeStyle::Std,
                   R"({"types": {"r": {"thread_safe": "send+sync"}}})");
  CHECK(hasText(Both.text(), "unsafe impl Send for R {}"));
}

TEST_CASE("thread_safe: a value other than send, sync, send+sync fails",
          "[rustsafe]") {
  auto Rules =
      parseSafeRules(R"({"types": {"t": {"thread_safe": "yes"}}})", "r.json");
  REQUIRE_FALSE(static_cast<bool>(Rules));
  CHECK(llvm::toString(Rules.takeError()) ==
        "r.json: types.t.thread_safe: expected \"send\", \"sync\" or "
        "\"send+sync\"");
}
