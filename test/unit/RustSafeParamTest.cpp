//===- RustSafeParamTest.cpp - Parameter mapping --------------------------===//

#include "RustSafeTestSupport.h"

using namespace kbindgen;
using namespace kbindgen::rustsafe;
using kbindgen::test::SafeFixture;

static ParamKind kindOf(const MethodPlan &P, size_t Index) {
  REQUIRE(Index < P.Params.size());
  return P.Params[Index].Kind;
}

TEST_CASE("param: receiver, values, C strings, slices", "[rustsafe]") {
  SafeFixture F("#include <stddef.h>\n"
                "struct buf; struct peer;\n"
                "int buf_write(struct buf *b, const void *data, size_t len);\n"
                "int buf_fill(const struct buf *b, char *out, int out_size);\n"
                "int buf_name(struct buf *b, const char *name, long n2);\n"
                "int buf_link(struct buf *b, const struct peer *p);\n"
                "void peer_x(struct peer *p);\n");
  const MethodPlan &Write = F.method("buf_write");
  CHECK(kindOf(Write, 0) == ParamKind::Receiver);
  CHECK(Write.ReceiverMutable);
  CHECK(kindOf(Write, 1) == ParamKind::Slice);
  CHECK_FALSE(Write.Params[1].IsMutable);
  CHECK(Write.Params[1].Why.Rule == "param.ptr-len");
  // Even a length named so is a guess of the unit (gzfread's `size`).
  CHECK(Write.Params[1].Why.IsGuess);
  CHECK(kindOf(Write, 2) == ParamKind::Length);
  const MethodPlan &Fill = F.method("buf_fill");
  CHECK_FALSE(Fill.ReceiverMutable);
  CHECK(kindOf(Fill, 1) == ParamKind::Slice);
  CHECK(Fill.Params[1].IsMutable);
  // `n2` does not read as a length: the string stays a C string.
  const MethodPlan &Name = F.method("buf_name");
  CHECK(kindOf(Name, 1) == ParamKind::CStr);
  CHECK(kindOf(Name, 2) == ParamKind::Value);
  CHECK(Name.Params[2].SafeType == "i64");
  const MethodPlan &Link = F.method("buf_link");
  CHECK(kindOf(Link, 1) == ParamKind::HandleRef);
  CHECK_FALSE(Link.Params[1].IsMutable);
  std::string Text = F.text();
  CHECK(Text.find("pub unsafe fn buf_write(&mut self, data: &[u8]) -> i32 {") !=
        std::string::npos);
  CHECK(Text.find("/// - `param.ptr-len`: `len` is the length of `data` "
                  "counted in `u8` elements.") != std::string::npos);
  CHECK(Text.find("/// - `param.not-retained`: C keeps no pointer to `data` "
                  "after the call returns.") != std::string::npos);
  CHECK(Text.find("pub unsafe fn buf_fill(&self, out: &mut [u8]) -> i32 {") !=
        std::string::npos);
  CHECK(Text.find("pub unsafe fn buf_link(&mut self, p: &Peer) -> i32 {") !=
        std::string::npos);
}

TEST_CASE("confirm: the rules file turns guesses into facts", "[rustsafe]") {
  const char *Header = "#include <stddef.h>\n"
                       "struct buf;\n"
                       "int buf_write(struct buf *b, const void *data, "
                       "size_t len);\n"
                       "int buf_read(struct buf *b, void *data, size_t len);\n";
  SafeFixture F(Header, SafeStyle::Std,
                R"({"confirm": ["param.not-retained"],
                    "functions": {"buf_write": {"confirm": ["param.ptr-len"]}}})");
  const MethodPlan &Write = F.method("buf_write");
  CHECK(Write.Assumptions.empty());
  CHECK(Write.UsedRules);
  const MethodPlan &Read = F.method("buf_read");
  REQUIRE(Read.Assumptions.size() == 1);
  CHECK(Read.Assumptions[0].Rule == "param.ptr-len");
  std::string Text = F.text();
  CHECK(Text.find("pub fn buf_write(&mut self, data: &[u8]) -> i32 {") !=
        std::string::npos);
  CHECK(Text.find("/// Rules: ret.value-guess, param.receiver, param.ptr-len "
                  "(confirmed), param.not-retained (confirmed).") !=
        std::string::npos);
  CHECK(Text.find("pub unsafe fn buf_read(") != std::string::npos);
}

TEST_CASE("param.out: out-parameters become the return value", "[rustsafe]") {
  SafeFixture F("struct dev; int dev_size(struct dev *d, int *w, int *h);\n"
                "void dev_id(struct dev *d, unsigned *id);\n");
  const MethodPlan &Size = F.method("dev_size");
  CHECK(kindOf(Size, 1) == ParamKind::OutValue);
  CHECK(Size.Params[1].Why.Rule == "param.out");
  CHECK(Size.Params[1].Why.IsGuess);
  std::string Text = F.text();
  // Beside out-parameters the int is a status (ret.status-guess).
  CHECK(Size.Return.Why.Rule == "ret.status-guess");
  CHECK(
      Text.find("pub unsafe fn dev_size(&mut self) -> Result<(i32, i32)> {") !=
      std::string::npos);
  CHECK(Text.find("pub unsafe fn dev_id(&mut self) -> u32 {") !=
        std::string::npos);
}

TEST_CASE("owned.ctor-out-ptr: T ** makes a constructor", "[rustsafe]") {
  SafeFixture F("struct db; int db_open(const char *path, struct db **out);\n"
                "int db_close(struct db *d);\n");
  const MethodPlan &Open = F.method("db_open");
  CHECK(kindOf(Open, 1) == ParamKind::OutHandle);
  CHECK(Open.Params[1].Why.Rule == "owned.ctor-out-ptr");
  CHECK(Open.IsConstructor);
  CHECK(F.text().find("pub unsafe fn db_open(path: &core::ffi::CStr) -> "
                      "Result<Self> {") != std::string::npos);
  // db_close frees what db_open makes: a guess from its name.
  CHECK(F.text().find("/// - `owned.dtor-name`: db_close frees it.") !=
        std::string::npos);
}

TEST_CASE("param.callback-user-data: callbacks become closures", "[rustsafe]") {
  SafeFixture F("struct list;\n"
                "int list_each(struct list *l, int (*cb)(int v, void *u),\n"
                "              void *u);\n"
                "int list_bad(struct list *l, void (*cb)(int v));\n");
  const MethodPlan &Each = F.method("list_each");
  CHECK(kindOf(Each, 1) == ParamKind::Callback);
  CHECK(kindOf(Each, 2) == ParamKind::UserData);
  CHECK(Each.Params[1].CallbackParams == std::vector<std::string>{"i32", ""});
  // C may keep the closure: borrowing it is a guess.
  CHECK(F.text().find("pub unsafe fn list_each<F1: FnMut(i32) -> i32>(&mut "
                      "self, mut cb: F1) -> i32 {") != std::string::npos);
  CHECK(F.text().find("that C hands it back only during the call is a "
                      "guess") != std::string::npos);
  // No user data: no way to carry a closure.
  CHECK(F.method("list_bad").NotWrappedReason.find("user-data") !=
        std::string::npos);
}

TEST_CASE("keeps_callback: a kept callback gets no borrowed closure",
          "[rustsafe]") {
  SafeFixture F("struct db;\n"
                "int db_on_busy(struct db *d, int (*cb)(void *u, int n),\n"
                "               void *u);\n",
                SafeStyle::Std,
                R"({"functions": {"db_on_busy": {"keeps_callback": true}}})");
  CHECK(F.method("db_on_busy").NotWrappedReason.find("keeps the callback") !=
        std::string::npos);
}

TEST_CASE("param: what has no safe shape is listed, not wrapped",
          "[rustsafe]") {
  SafeFixture F("struct dev; struct other { int x; };\n"
                "int dev_raw(struct dev *d, void *p);\n"
                "int dev_log(struct dev *d, const char *fmt, ...);\n"
                "int dev_cfg(struct dev *d, struct other *o);\n");
  CHECK(F.method("dev_raw").NotWrappedReason.find("untyped pointer") !=
        std::string::npos);
  CHECK(F.method("dev_log").NotWrappedReason == "variadic");
  CHECK_FALSE(F.method("dev_cfg").NotWrappedReason.empty());
  std::string Text = F.text();
  CHECK(Text.find("// - dev_raw: parameter 2 is an untyped pointer") !=
        std::string::npos);
}

TEST_CASE("param.rules-fixed: the rules file supplies an argument",
          "[rustsafe]") {
  SafeFixture F("struct st;\n"
                "int st_text(struct st *s, const char *t, int n,\n"
                "            void (*del)(void *));\n",
                SafeStyle::Std,
                R"({"functions": {"st_text": {"args": {"3": "None"}}}})");
  const MethodPlan &Text = F.method("st_text");
  REQUIRE(Text.NotWrappedReason.empty());
  CHECK(kindOf(Text, 3) == ParamKind::Fixed);
  CHECK(kindOf(Text, 1) == ParamKind::Slice);
  CHECK(Text.UsedRules);
}
