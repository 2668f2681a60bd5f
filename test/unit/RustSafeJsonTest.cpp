//===- RustSafeJsonTest.cpp - The safe inferences as JSON -----------------===//

#include "RustSafeTestSupport.h"

#include "kbindgen/Backends/Backends.h"

using namespace kbindgen;
using kbindgen::test::SafeFixture;

TEST_CASE("safe JSON: every inference with its rule", "[rustsafe]") {
  SafeFixture F("struct db; int db_open(const char *p, struct db **out);\n"
                "void db_close(struct db *d);\n"
                "int db_raw(struct db *d, void *p);\n");
  llvm::Expected<llvm::json::Value> V = safeInferencesJson(F.M, F.A, F.Opts);
  REQUIRE(static_cast<bool>(V));
  const llvm::json::Object *Root = V->getAsObject();
  REQUIRE(Root);
  CHECK(Root->getString("style") == llvm::StringRef("std"));
  const llvm::json::Array *Handles = Root->getArray("handles");
  REQUIRE(Handles);
  REQUIRE(Handles->size() == 1);
  const llvm::json::Object *Db = (*Handles)[0].getAsObject();
  CHECK(Db->getString("kind") == llvm::StringRef("owned"));
  CHECK(Db->getObject("ownership")->getString("rule") ==
        llvm::StringRef("owned.dtor-name"));
  const llvm::json::Array *Functions = Root->getArray("functions");
  REQUIRE(Functions);
  REQUIRE(Functions->size() == 2);
  const llvm::json::Object *Open = (*Functions)[0].getAsObject();
  CHECK(Open->getString("name") == llvm::StringRef("db_open"));
  CHECK(Open->getBoolean("constructor") == true);
  const llvm::json::Array *Params = Open->getArray("params");
  REQUIRE(Params->size() == 2);
  CHECK((*Params)[1].getAsObject()->getObject("inference")->getString("rule") ==
        llvm::StringRef("owned.ctor-out-ptr"));
  const llvm::json::Object *Raw = (*Functions)[1].getAsObject();
  CHECK(Raw->getString("not_wrapped")->contains("untyped pointer"));
  const llvm::json::Array *Paired = Root->getArray("paired");
  REQUIRE(Paired->size() == 1);
  CHECK((*Paired)[0].getAsObject()->getString("role") ==
        llvm::StringRef("destructor of Db"));
}
