//===- RustSafeStatedFactsTest.cpp - Facts only the rules file states -----===//
//
// Buffer units (size × count), callbacks C keeps until the receiver's
// destructor, calls that free their receiver, and handles lent out by a
// method: each is unsafe on a guess and safe once the rules file states it.
//
//===----------------------------------------------------------------------===//

#include "RustSafeTestSupport.h"

using namespace kbindgen;
using namespace kbindgen::test;
using namespace kbindgen::rustsafe;

static const char *const FreadHeader =
    "#include <stddef.h>\n"
    "struct f; struct f *f_open(const char *n); int f_close(struct f *s);\n"
    "size_t f_fread(void *buf, size_t size, size_t nitems, struct f *s);\n";

static bool hasText(const std::string &Text, const std::string &Piece) {
  return Text.find(Piece) != std::string::npos;
}

TEST_CASE("param.size-count: without the rule the size is a guessed length",
          "[rustsafe]") {
  SafeFixture F(FreadHeader);
  const MethodPlan &P = F.method("f_fread");
  REQUIRE(!P.Assumptions.empty());
  CHECK(P.Assumptions[0].Rule == "param.ptr-len");
  CHECK(hasText(F.text(), "pub unsafe fn f_fread(buf: &mut [u8], nitems: "));
}

TEST_CASE("param.size-count: the rule makes count the slice length / size",
          "[rustsafe]") {
  SafeFixture F(FreadHeader, SafeStyle::Std, R"({"functions": {"f_fread":
      {"buffers": {"0": {"size": 1, "count": 2}},
       "confirm": ["param.not-retained"]}}})");
  const MethodPlan &P = F.method("f_fread");
  CHECK(P.Assumptions.empty());
  CHECK(P.Params[1].Kind == ParamKind::ElementSize);
  CHECK(P.Params[2].Kind == ParamKind::ItemCount);
  std::string Text = F.text();
  CHECK(hasText(Text, "pub fn f_fread(buf: &mut [u8], size: u64, s: &mut F) "
                      "-> u64 {"));
  CHECK(hasText(Text, "(buf.len() as u64).checked_div(size as u64)"
                      ".unwrap_or(0) as _"));
}

TEST_CASE("param.size-count: a signed size or a missing parameter is refused",
          "[rustsafe]") {
  SafeFixture Signed(
      "struct f; int f_close(struct f *s);\n"
      "int f_get(struct f *s, void *buf, int size, unsigned n);\n",
      SafeStyle::Std,
      R"({"functions": {"f_get": {"buffers": {"1": {"size": 2, "count": 3}}}}})");
  CHECK(Signed.method("f_get").NotWrappedReason.find("not unsigned") !=
        std::string::npos);
  SafeFixture Missing(FreadHeader, SafeStyle::Std,
                      R"({"functions": {"f_fread":
      {"buffers": {"0": {"size": 1, "count": 7}}}}})");
  CHECK(Missing.method("f_fread").NotWrappedReason.find("does not exist") !=
        std::string::npos);
  auto Bad = parseSafeRules(
      R"({"functions": {"f": {"buffers": {"0": {"size": 0, "count": 1}}}}})",
      "r.json");
  REQUIRE(!Bad);
  CHECK(llvm::toString(Bad.takeError()).find("functions.f.buffers.0") !=
        std::string::npos);
}

static const char *const EventsHeader =
    "struct db; struct db *db_open(const char *n); void db_close(struct db "
    "*d);\n"
    "void db_on_event(struct db *d, void (*cb)(void *u, int e), void *u);\n"
    "int db_finish(struct db *d);\n"
    "struct db *db_next(struct db *d);\n";

TEST_CASE("keeps_callback until_drop: the handle owns a 'static closure",
          "[rustsafe]") {
  SafeFixture F(EventsHeader, SafeStyle::Std, R"({"functions": {
      "db_on_event": {"keeps_callback": "until_drop"}}})");
  CHECK(F.method("db_on_event").Assumptions.empty());
  std::string Text = F.text();
  CHECK(hasText(Text, "closures: Vec<Box<dyn core::any::Any>>,"));
  CHECK(hasText(Text, "pub fn db_on_event<F1: FnMut(i32) + 'static>(&mut "
                      "self, cb: F1) {"));
  CHECK(hasText(Text, "self.closures.push(Box::new(cb));"));
  // The kernel style has no owner for the closure: not wrapped.
  SafeFixture K(EventsHeader, SafeStyle::Kernel, R"({"functions": {
      "db_on_event": {"keeps_callback": "until_drop"}}})");
  CHECK(!K.method("db_on_event").NotWrappedReason.empty());
}

TEST_CASE("frees_receiver: the method consumes self", "[rustsafe]") {
  SafeFixture Guess(EventsHeader);
  CHECK(Guess.method("db_finish").Assumptions.size() == 1);
  SafeFixture F(EventsHeader, SafeStyle::Std, R"({"functions": {
      "db_finish": {"frees_receiver": true}}})");
  CHECK(F.method("db_finish").Assumptions.empty());
  std::string Text = F.text();
  CHECK(hasText(Text, "pub fn db_finish(self) -> i32 {"));
  CHECK(hasText(Text, "let this = core::mem::ManuallyDrop::new(self);"));
}

TEST_CASE("ret.nullable: a lent handle is Borrowed, Deref only", "[rustsafe]") {
  SafeFixture F(EventsHeader, SafeStyle::Std, R"({"functions": {
      "db_next": {"confirm": ["ret.nullable"]}}})");
  std::string Text = F.text();
  CHECK(
      hasText(Text, "pub fn db_next(&mut self) -> Option<Borrowed<'_, Db>> {"));
  CHECK(hasText(Text, "impl<T> core::ops::Deref for Borrowed<'_, T> {"));
  CHECK(!hasText(Text, "DerefMut"));
}

TEST_CASE("lends_unique: a lent handle is BorrowedMut with &mut forwards",
          "[rustsafe]") {
  SafeFixture F(EventsHeader, SafeStyle::Std, R"({"functions": {
      "db_next": {"confirm": ["ret.nullable"], "lends_unique": true},
      "db_finish": {"frees_receiver": true}}})");
  CHECK(F.method("db_next").Return.UniqueLend);
  std::string Text = F.text();
  CHECK(hasText(Text,
                "pub fn db_next(&mut self) -> Option<BorrowedMut<'_, Db>> {"));
  CHECK(hasText(Text, "impl BorrowedMut<'_, Db> {"));
  CHECK(hasText(Text, "        self.0.db_next()\n"));
  // Only `&T` leaves it: `&mut T` would let mem::swap free C's object.
  CHECK(!hasText(Text, "DerefMut"));
  // Consuming methods stay on the handle alone.
  CHECK(!hasText(Text, "self.0.db_finish"));
}
