#include "TestSupport.h"

#include "kbindgen/Inspect/Explain.h"

using namespace kbindgen;
using namespace kbindgen::test;

namespace {

const char *const Header = R"(
struct leaf { int v; };
typedef struct leaf leaf_t;
struct mid { leaf_t *l; struct { int q; } anon; };
struct other { int z; };
struct mid *make_mid(struct other *unused_first, struct mid *m);
struct mid;
int make_mid_count(void);
)";

std::vector<std::string> viaOf(const ItemExplanation &E) {
  std::vector<std::string> Vias;
  for (const ChainLink &Link : E.Chain)
    Vias.push_back(Link.Via);
  return Vias;
}

} // namespace

TEST_CASE("explain: the chain names each field, parameter and typedef",
          "[explain]") {
  Options Opts;
  Opts.AllowlistFunctions = {"make_mid"};
  AnalysedModule IR = analyseSource(Header, Opts);
  Explanation E = explainItem(IR, "leaf");
  REQUIRE(E.Items.size() == 1);
  const ItemExplanation &Leaf = E.Items[0];
  REQUIRE(Leaf.Chain.size() == 4);
  CHECK(Leaf.Chain[0].Item == idNamed(IR, "make_mid", ir::ItemKind::Function));
  CHECK(Leaf.Chain[1].Item == idNamed(IR, "mid", ir::ItemKind::Record));
  CHECK(Leaf.Chain[2].Item == idNamed(IR, "leaf_t", ir::ItemKind::Typedef));
  CHECK(Leaf.Chain[3].Item == Leaf.Item);
  // make_mid reaches struct mid through its return type first.
  CHECK(viaOf(Leaf) == std::vector<std::string>{"", "return type", "field l",
                                                "underlying type"});

  Explanation Other = explainItem(IR, "struct other");
  REQUIRE(Other.Items.size() == 1);
  CHECK(viaOf(Other.Items[0]) ==
        std::vector<std::string>{"", "parameter unused_first"});

  std::string Text;
  llvm::raw_string_ostream OS(Text);
  printExplanation(IR, E, OS);
  CHECK(Text.find("    function make_mid (root: matches "
                  "--allowlist-function 'make_mid')\n"
                  "    return type -> struct mid\n"
                  "    field l -> typedef leaf_t\n"
                  "    underlying type -> struct leaf\n") != std::string::npos);
}

TEST_CASE("explain: blocked, opaque and unknown names", "[explain]") {
  Options Opts;
  Opts.AllowlistFunctions = {"make_mid"};
  Opts.BlocklistTypes = {"leaf_t"};
  Opts.OpaqueTypes = {"mid"};
  AnalysedModule IR = analyseSource(Header, Opts);
  ir::ItemId Mid = idNamed(IR, "mid", ir::ItemKind::Record);
  CHECK(IR.Decisions.decision(Mid).Kind == Disposition::Opaque);
  CHECK(IR.Decisions.decision(Mid).Reason ==
        "reached from make_mid; opaque: matches --opaque-type 'mid'");
  // An opaque record does not pull in its fields' types.
  Explanation Leaf = explainItem(IR, "leaf");
  REQUIRE(Leaf.Items.size() == 1);
  CHECK(IR.Decisions.decision(Leaf.Items[0].Item).Kind ==
        Disposition::NotSelected);
  CHECK(Leaf.Items[0].Chain.size() == 1);
  CHECK(explainItem(IR, "no_such_thing").empty());
  // The keyword picks the kind; a bare name finds every kind.
  CHECK(explainItem(IR, "function make_mid").Items.size() == 1);
  CHECK(explainItem(IR, "struct make_mid").Items.empty());
}
