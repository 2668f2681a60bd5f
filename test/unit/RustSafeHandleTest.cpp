//===- RustSafeHandleTest.cpp - Handle and pair inference -----------------===//

#include "RustSafeTestSupport.h"

using namespace kbindgen;
using namespace kbindgen::rustsafe;
using kbindgen::test::SafeFixture;

TEST_CASE("handle.first-param: a record taken by pointer first is a handle",
          "[rustsafe]") {
  SafeFixture F("struct dev; struct other { int x; };\n"
                "int dev_reset(struct dev *d);\n"
                "int takes_second(int x, struct other *o);\n");
  REQUIRE(F.hasHandle("dev"));
  CHECK(F.handle("dev").Why.Rule == "handle.first-param");
  CHECK(F.handle("dev").Kind == HandleKind::Borrowed);
  CHECK(F.handle("dev").RustName == "Dev");
  CHECK_FALSE(F.hasHandle("other"));
}

TEST_CASE("owned.dtor-name: a destructor-named function makes it owned",
          "[rustsafe]") {
  SafeFixture F("typedef struct conn conn;\n"
                "conn *conn_open(const char *host);\n"
                "void conn_close(conn *c);\n"
                "int conn_send(conn *c, int x);\n");
  const Handle &H = F.handle("conn");
  CHECK(H.Kind == HandleKind::Owned);
  CHECK(H.OwnershipWhy.Rule == "owned.dtor-name");
  CHECK(H.OwnershipWhy.IsGuess);
  CHECK(F.M.item(H.Destructor).Name == "conn_close");
  CHECK_FALSE(F.hasMethod("conn_close"));
  const MethodPlan &Open = F.method("conn_open");
  CHECK(Open.IsConstructor);
  CHECK(Open.Return.Kind == ReturnKind::NewOwned);
  CHECK(Open.Return.Why.Rule == "owned.ctor-returns-ptr");
}

TEST_CASE("owned.rules: the rules file names the destructor", "[rustsafe]") {
  SafeFixture F("struct stmt; int stmt_step(struct stmt *s);\n"
                "int stmt_finish(struct stmt *s);\n",
                SafeStyle::Std,
                R"({"types": {"stmt": {"destructor": "stmt_finish",
                    "name": "Statement"}}})");
  const Handle &H = F.handle("stmt");
  CHECK(H.Kind == HandleKind::Owned);
  CHECK(H.OwnershipWhy.Rule == "owned.rules");
  CHECK_FALSE(H.OwnershipWhy.IsGuess);
  CHECK(H.RustName == "Statement");
}

TEST_CASE("refcount.get-put: get and put make a counted handle", "[rustsafe]") {
  SafeFixture F("struct obj; struct obj *obj_new(void);\n"
                "void obj_get(struct obj *o); void obj_put(struct obj *o);\n"
                "unsigned obj_count(const struct obj *o);\n");
  const Handle &H = F.handle("obj");
  CHECK(H.Kind == HandleKind::RefCounted);
  CHECK(H.OwnershipWhy.Rule == "refcount.get-put");
  CHECK(F.M.item(H.Get).Name == "obj_get");
  CHECK(F.M.item(H.Put).Name == "obj_put");
  CHECK_FALSE(F.hasMethod("obj_get"));
  CHECK_FALSE(F.hasMethod("obj_put"));
  // Without a put there is no pair.
  SafeFixture G("struct obj; void obj_get(struct obj *o);\n");
  CHECK(G.handle("obj").Kind == HandleKind::Borrowed);
}

TEST_CASE("handle.embedded: a record held by value stays transparent",
          "[rustsafe]") {
  SafeFixture F("struct lock { int v; }; struct dev { struct lock l; };\n"
                "void lock_destroy(struct lock *l);\n"
                "void lock_lock(struct lock *l);\n"
                "void lock_unlock(struct lock *l);\n");
  const Handle &H = F.handle("lock");
  CHECK(H.Kind == HandleKind::Embedded);
  CHECK(H.OwnershipWhy.Rule == "handle.embedded");
  // An embedded object is never freed by a wrapper: no destructor.
  CHECK_FALSE(H.Destructor.isValid());
  CHECK(F.text().find("#[repr(transparent)]") != std::string::npos);
}

TEST_CASE("pair.lock-unlock: X_lock and X_unlock make a guard", "[rustsafe]") {
  SafeFixture F("struct mutex { int v; };\n"
                "void mutex_lock(struct mutex *m);\n"
                "void mutex_unlock(struct mutex *m);\n"
                "int mutex_trylock(struct mutex *m);\n"
                "void spin_lock(struct mutex *m);\n");
  const Handle &H = F.handle("mutex");
  REQUIRE(H.Locks.size() == 1);
  CHECK(H.Locks[0].Why.Rule == "pair.lock-unlock");
  CHECK(F.M.item(H.Locks[0].TryLock).Name == "mutex_trylock");
  CHECK_FALSE(F.hasMethod("mutex_lock"));
  CHECK_FALSE(F.hasMethod("mutex_unlock"));
  // spin_lock has no spin_unlock: an ordinary method.
  CHECK(F.hasMethod("spin_lock"));
  std::string Text = F.text();
  CHECK(Text.find("pub struct MutexGuard<'a>(&'a Mutex);") !=
        std::string::npos);
  CHECK(Text.find("unsafe { raw::mutex_unlock(self.0.as_raw()) };") !=
        std::string::npos);
}

TEST_CASE("safe-allowlist limits what gets wrapped", "[rustsafe]") {
  SafeFixture F("struct dev; int dev_a(struct dev *d);\n"
                "int dev_b(struct dev *d); struct x; int x_c(struct x *p);\n",
                SafeStyle::Kernel, "", {"dev_a"});
  CHECK(F.hasMethod("dev_a"));
  CHECK_FALSE(F.hasMethod("dev_b"));
  CHECK_FALSE(F.hasHandle("x"));
}

TEST_CASE("refcount.get-put: kernel helpers, embedded, get returning it",
          "[rustsafe]") {
  SafeFixture F("struct task { int x; }; struct holder { struct task t; };\n"
                "struct task *rust_helper_get_task(struct task *t);\n"
                "void rust_helper_put_task(struct task *t);\n",
                SafeStyle::Kernel);
  const Handle &H = F.handle("task");
  CHECK(H.Kind == HandleKind::RefCounted);
  std::string Text = F.text();
  CHECK(Text.find("unsafe impl AlwaysRefCounted for Task {") !=
        std::string::npos);
  // rust/Makefile's sed renames rust_helper_X to X in the bindings.
  CHECK(Text.find("unsafe { raw::get_task(self.as_raw()) };") !=
        std::string::npos);
  CHECK(Text.find("rust_helper_get_task(") == std::string::npos);
}

TEST_CASE("handle.rules and refcount.rules: the rules file decides",
          "[rustsafe]") {
  SafeFixture F("struct obj; struct thing { int x; };\n"
                "void obj_acquire(struct obj *o);\n"
                "void obj_letgo(struct obj *o);\n",
                SafeStyle::Std,
                R"({"types": {"obj": {"get": "obj_acquire",
                                      "put": "obj_letgo"},
                              "thing": {"name": "Thing2"}}})");
  const Handle &Obj = F.handle("obj");
  CHECK(Obj.Kind == HandleKind::RefCounted);
  CHECK(Obj.OwnershipWhy.Rule == "refcount.rules");
  CHECK_FALSE(Obj.OwnershipWhy.IsGuess);
  // Names alone would not have paired these.
  SafeFixture G("struct obj; void obj_acquire(struct obj *o);\n"
                "void obj_letgo(struct obj *o);\n");
  CHECK(G.handle("obj").Kind == HandleKind::Borrowed);
  const Handle &Thing = F.handle("thing");
  CHECK(Thing.Why.Rule == "handle.rules");
  CHECK(Thing.RustName == "Thing2");
}

TEST_CASE("owned.dtor-name: a word glued to a short prefix (gzclose)",
          "[rustsafe]") {
  CHECK(isDestructorName("gzclose"));
  CHECK(isDestructorName("fclose"));
  CHECK(isDestructorName("sqlite3_backup_finish"));
  CHECK_FALSE(isDestructorName("gzclosely_named_thing"));
  CHECK_FALSE(isDestructorName("gzopen"));
  SafeFixture F("typedef struct gz_s *gzFile;\n"
                "gzFile gzopen(const char *path, const char *mode);\n"
                "int gzclose(gzFile file);\n"
                "int gzclose_r(gzFile file);\n"
                "int gzread(gzFile file, void *buf, unsigned len);\n");
  CHECK(F.handle("gz_s").Kind == HandleKind::Owned);
  // gzopen hands out an owned handle (no &'static borrow), but ownership is
  // a guess: unsafe until the rules confirm it.
  std::string Text = F.text();
  CHECK(Text.find("pub unsafe fn gzopen(path: &core::ffi::CStr, mode: "
                  "&core::ffi::CStr) -> Option<Self> {") != std::string::npos);
  // gzclose_r frees its receiver: Drop would free it again.
  CHECK(F.method("gzclose_r").Assumptions.size() == 1);
  CHECK(F.method("gzclose_r").Assumptions[0].Rule == "param.receiver-freed");
  // The byte count survives (ret.value-guess), not a Result<()>.
  CHECK(Text.find("pub unsafe fn gzread(&mut self, buf: &mut [u8]) -> i32 {") !=
        std::string::npos);
}
