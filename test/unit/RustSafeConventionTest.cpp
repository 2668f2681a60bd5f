//===- RustSafeConventionTest.cpp - Error conventions of returns ----------===//

#include "RustSafeTestSupport.h"

using namespace kbindgen;
using namespace kbindgen::rustsafe;
using kbindgen::test::SafeFixture;

static const char *const Header = "struct dev; struct name;\n"
                                  "int dev_reset(struct dev *d);\n"
                                  "unsigned dev_flags(struct dev *d);\n"
                                  "int dev_is_ready(struct dev *d);\n"
                                  "_Bool dev_up(struct dev *d);\n"
                                  "double dev_temp(struct dev *d);\n"
                                  "const char *dev_label(struct dev *d);\n"
                                  "struct dev *dev_parent(struct dev *d);\n"
                                  "void dev_touch(struct dev *d);\n"
                                  "struct name *dev_name(struct dev *d);\n";

TEST_CASE("ret: std style keeps a signed int return as a guessed value",
          "[rustsafe]") {
  SafeFixture F(Header);
  // gzread's count, gztell's position and SQLite's positive codes: a -errno
  // reading would drop or misread them.
  const MethodPlan &Reset = F.method("dev_reset");
  CHECK(Reset.Return.Kind == ReturnKind::Value);
  CHECK(Reset.Return.ValueType == "i32");
  CHECK(Reset.Return.Why.Rule == "ret.value-guess");
  CHECK(Reset.Return.Why.IsGuess);
  // A value-only guess keeps the wrapper safe.
  CHECK(Reset.Assumptions.empty());
  CHECK(F.method("dev_flags").Return.Kind == ReturnKind::Value);
  CHECK(F.method("dev_flags").Return.ValueType == "u32");
  CHECK(F.method("dev_is_ready").Return.Kind == ReturnKind::Bool);
  CHECK(F.method("dev_is_ready").Return.Why.Rule == "ret.bool-like-name");
  CHECK(F.method("dev_up").Return.ValueType == "bool");
  CHECK(F.method("dev_temp").Return.ValueType == "f64");
  CHECK(F.method("dev_label").Return.Kind == ReturnKind::CStr);
  CHECK(F.method("dev_parent").Return.Kind == ReturnKind::Nullable);
  CHECK(F.method("dev_parent").Return.Why.Rule == "ret.nullable");
  CHECK(F.method("dev_touch").Return.Kind == ReturnKind::Unit);
  // A pointer to a record that is no handle has no safe shape.
  CHECK_FALSE(F.method("dev_name").NotWrappedReason.empty());
  std::string Text = F.text();
  CHECK(Text.find("// REVIEW: ret.value-guess:") != std::string::npos);
  CHECK(Text.find("pub fn dev_reset(&mut self) -> i32 {") != std::string::npos);
  // Borrowing the string from the receiver is a guess memory rests on.
  CHECK(Text.find("pub unsafe fn dev_label(&mut self) -> "
                  "Option<&core::ffi::CStr> {") != std::string::npos);
  CHECK(Text.find("/// - `ret.cstr`: const char * read as a C string") !=
        std::string::npos);
}

TEST_CASE("ret: the kernel style reads int returns as -errno", "[rustsafe]") {
  SafeFixture F(Header, SafeStyle::Kernel);
  const MethodPlan &Reset = F.method("dev_reset");
  CHECK(Reset.Return.Kind == ReturnKind::Errno);
  CHECK(Reset.Return.Why.Rule == "ret.kernel-errno");
  CHECK_FALSE(Reset.Return.Why.IsGuess);
  std::string Text = F.text();
  CHECK(Text.find("pub fn dev_reset(&mut self) -> Result {") !=
        std::string::npos);
  CHECK(Text.find("to_result(ret as _)?;") != std::string::npos);
}

TEST_CASE("ret.kernel-err-ptr: kernel constructors return ERR_PTR",
          "[rustsafe]") {
  SafeFixture F("struct fw; struct fw *fw_alloc(int n);\n"
                "void fw_release(struct fw *f);\n",
                SafeStyle::Kernel);
  const MethodPlan &Alloc = F.method("fw_alloc");
  CHECK(Alloc.IsConstructor);
  CHECK(Alloc.Return.Kind == ReturnKind::ErrPtr);
  CHECK(Alloc.Return.Why.Rule == "ret.kernel-err-ptr");
  CHECK(F.text().find("from_err_ptr(ret as *mut raw::fw)?") !=
        std::string::npos);
}

TEST_CASE("ret.rules: per function and by pattern", "[rustsafe]") {
  SafeFixture F(Header, SafeStyle::Std, R"({
    "int_returns": "code",
    "int_return_patterns": [{"match": "dev_is_.*", "as": "value"}],
    "functions": {"dev_parent": {"returns": "err_ptr"},
                  "dev_reset": {"ok_codes": [100, 101]}}})");
  const MethodPlan &Reset = F.method("dev_reset");
  CHECK(Reset.Return.Kind == ReturnKind::Code);
  CHECK(Reset.Return.Why.Rule == "ret.rules-default");
  CHECK(Reset.Return.OkCodes == std::vector<int64_t>{100, 101});
  CHECK(Reset.Return.ValueType == "i32");
  CHECK(Reset.UsedRules);
  CHECK(F.method("dev_is_ready").Return.Kind == ReturnKind::Value);
  CHECK(F.method("dev_is_ready").Return.Why.Rule == "ret.rules-pattern");
  CHECK(F.method("dev_parent").Return.Kind == ReturnKind::ErrPtr);
  CHECK_FALSE(F.method("dev_touch").UsedRules);
  CHECK(F.text().find("code_result(ret as i64, &[100, 101])?;") !=
        std::string::npos);
}

TEST_CASE("ret: errno with an Ok type carries the value", "[rustsafe]") {
  SafeFixture F("struct dev; int dev_read(struct dev *d, int reg);\n",
                SafeStyle::Kernel,
                R"({"functions": {"dev_read": {"ok_type": "u16"}}})");
  CHECK(F.method("dev_read").Return.ValueType == "u16");
  std::string Text = F.text();
  CHECK(Text.find("pub fn dev_read(&mut self, reg: i32) -> Result<u16> {") !=
        std::string::npos);
  CHECK(Text.find("Ok(ret as u16)") != std::string::npos);
}

TEST_CASE("ret.nullable: a method returning an owning type borrows it",
          "[rustsafe]") {
  SafeFixture F("struct db; struct st; int db_close(struct db *d);\n"
                "int st_finalize(struct st *s);\n"
                "struct db *st_db(struct st *s);\n"
                "struct st *st_dup(struct st *s);\n");
  CHECK(F.method("st_db").Return.Kind == ReturnKind::Nullable);
  CHECK(F.method("st_dup").Return.Kind == ReturnKind::NewOwned);
  CHECK(F.text().find("pub unsafe fn st_db(&mut self) -> "
                      "Option<Borrowed<'_, Db>> {") != std::string::npos);
}

TEST_CASE("fn.event-context: a method named about an event is unsafe",
          "[rustsafe]") {
  // sqlite3_vtab_on_conflict indexes a table at -1 outside xUpdate.
  SafeFixture F("struct db; int db_vtab_on_conflict(struct db *d);\n"
                "int db_changes(struct db *d);\n"
                "int db_run_on(struct db *d, int cpu);\n");
  const MethodPlan &P = F.method("db_vtab_on_conflict");
  REQUIRE(P.Assumptions.size() == 1);
  CHECK(P.Assumptions[0].Rule == "fn.event-context");
  CHECK(F.method("db_changes").Assumptions.empty());
  // `on` as the last word names a place (queue_work_on's CPU), not an event.
  CHECK(F.method("db_run_on").Assumptions.empty());
}
