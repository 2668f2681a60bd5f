//===- Naming.cpp - Rust names for items, fields and enumerators ----------===//
//
// The names must be bindgen's, byte for byte: kernel Rust code spells them
// (`phy_state_PHY_DOWN`, `__bindgen_anon_1`, `outer_inner`). The rules below
// were checked against Debian's bindgen 0.60.1; the keyword list is the one
// of current bindgen (0.60.1 missed `await` and `gen`).
//
//===----------------------------------------------------------------------===//

#include "AnalysisPasses.h"

#include "llvm/ADT/StringSet.h"

namespace kbindgen {

static bool isRustKeyword(llvm::StringRef Name) {
  static const llvm::StringSet<> Keywords = {
      "abstract", "alignof",  "as",       "async",    "await", "become",
      "box",      "break",    "const",    "continue", "crate", "do",
      "dyn",      "else",     "enum",     "extern",   "false", "final",
      "fn",       "for",      "gen",      "if",       "impl",  "in",
      "let",      "loop",     "macro",    "match",    "mod",   "move",
      "mut",      "offsetof", "override", "priv",     "proc",  "pub",
      "pure",     "ref",      "return",   "Self",     "self",  "sizeof",
      "static",   "struct",   "super",    "trait",    "true",  "try",
      "type",     "typeof",   "unsafe",   "unsized",  "union", "use",
      "virtual",  "where",    "while",    "yield",    "str",   "bool",
      "f32",      "f64",      "usize",    "isize",    "u128",  "i128",
      "u64",      "i64",      "u32",      "i32",      "u16",   "i16",
      "u8",       "i8",       "_"};
  return Keywords.contains(Name);
}

std::string rustSafeIdentifier(llvm::StringRef CName) {
  std::string Result = CName.str();
  if (isRustKeyword(CName))
    Result += '_';
  return Result;
}

namespace analysis {

using ir::Item;
using ir::ItemId;
using ir::ItemKind;

static bool isRecordOrEnum(const Item &I) {
  return I.kind() == ItemKind::Record || I.kind() == ItemKind::Enum;
}

/// Anonymous records/enums that no typedef names are numbered: per parent
/// record (`P__bindgen_ty_N`) or, at top level, in one global sequence
/// (`_bindgen_ty_N`), in declaration order, from 1.
static std::vector<uint32_t> numberAnonymousTypes(const ir::Module &M) {
  std::vector<uint32_t> Numbers(M.Items.size(), 0);
  std::vector<uint32_t> PerParent(M.Items.size(), 0);
  uint32_t TopLevel = 0;
  for (size_t I = 0; I < M.Items.size(); ++I) {
    const Item &It = M.Items[I];
    if (!isRecordOrEnum(It) || !It.isAnonymous() || It.NamingTypedef.isValid())
      continue;
    if (It.Parent.isValid() && It.Parent.Index < M.Items.size())
      Numbers[I] = ++PerParent[It.Parent.Index];
    else
      Numbers[I] = ++TopLevel;
  }
  return Numbers;
}

namespace {
/// Names items parent first, memoized; the parent chain is short, but a
/// malformed IR with a cycle must not recurse forever.
class ItemNamer {
public:
  ItemNamer(const ir::Module &M, std::vector<std::string> &Names)
      : M(M), Names(Names), State(M.Items.size(), Unnamed),
        AnonNumbers(numberAnonymousTypes(M)) {}

  const std::string &name(uint32_t Index) {
    if (State[Index] == Named)
      return Names[Index];
    if (State[Index] == InProgress) {
      // A parent cycle: fall back to a name that cannot clash.
      Names[Index] = "_bindgen_ty_cycle_" + std::to_string(Index);
      return Names[Index];
    }
    State[Index] = InProgress;
    std::string Result = computeName(Index);
    Names[Index] = std::move(Result);
    State[Index] = Named;
    return Names[Index];
  }

private:
  std::string computeName(uint32_t Index) {
    const Item &It = M.Items[Index];
    bool HasParent = It.Parent.isValid() && It.Parent.Index < M.Items.size();
    if (!isRecordOrEnum(It))
      return rustSafeIdentifier(It.Name);
    if (!It.isAnonymous()) {
      // A named type defined in a record's body: `outer_inner`. A struct
      // only mentioned there (`struct outer { struct never_defined *p; }`)
      // keeps its plain name.
      const ir::Record *R = It.getIf<ir::Record>();
      if (HasParent && (!R || R->IsComplete))
        return rustSafeIdentifier(name(It.Parent.Index) + "_" + It.Name);
      return rustSafeIdentifier(It.Name);
    }
    if (It.NamingTypedef.isValid() && It.NamingTypedef.Index < M.Items.size())
      return rustSafeIdentifier(M.Items[It.NamingTypedef.Index].Name);
    std::string Number = std::to_string(AnonNumbers[Index]);
    if (HasParent)
      return name(It.Parent.Index) + "__bindgen_ty_" + Number;
    return "_bindgen_ty_" + Number;
  }

  enum NameState : uint8_t { Unnamed, InProgress, Named };
  const ir::Module &M;
  std::vector<std::string> &Names;
  std::vector<NameState> State;
  std::vector<uint32_t> AnonNumbers;
};
} // namespace

/// Field names: keyword-escaped C names, `__bindgen_anon_N` for anonymous
/// members (numbered per record), "" for unnamed bitfields.
static std::vector<std::string> nameFields(const ir::Record &R) {
  std::vector<std::string> Names;
  Names.reserve(R.Fields.size());
  unsigned AnonymousMembers = 0;
  for (const ir::Field &F : R.Fields) {
    if (!F.Name.empty())
      Names.push_back(rustSafeIdentifier(F.Name));
    else if (F.isBitfield())
      Names.emplace_back();
    else
      Names.push_back("__bindgen_anon_" + std::to_string(++AnonymousMembers));
  }
  return Names;
}

void assignRustNames(const ir::Module &M, Analysis &A) {
  A.RustNames.assign(M.Items.size(), std::string());
  A.MemberNames.assign(M.Items.size(), {});
  ItemNamer Namer(M, A.RustNames);
  for (uint32_t I = 0; I < M.Items.size(); ++I) {
    Namer.name(I);
    if (const ir::Record *R = M.Items[I].getIf<ir::Record>())
      A.MemberNames[I] = nameFields(*R);
  }
}

ItemId foldedTypedefTarget(const ir::Module &M, const Analysis &A,
                           ItemId TypedefId) {
  const ir::Typedef *TD = M.item(TypedefId).getIf<ir::Typedef>();
  if (!TD || !TD->Underlying.isValid() ||
      TD->Underlying.Index >= M.Types.size())
    return ItemId();
  const ir::Type &Underlying = M.type(TD->Underlying);
  if (Underlying.Kind != ir::TypeKind::Named || !Underlying.Item.isValid() ||
      Underlying.Item.Index >= M.Items.size())
    return ItemId();
  const Item &Target = M.item(Underlying.Item);
  if (!isRecordOrEnum(Target))
    return ItemId();
  if (Target.NamingTypedef == TypedefId ||
      A.RustNames[Underlying.Item.Index] == A.RustNames[TypedefId.Index])
    return Underlying.Item;
  return ItemId();
}

/// The prefix of an enum's top-level constants: the enum's own name, or for
/// an anonymous enum in a record body, the record's (`s1_IN_A`); nothing for
/// a top-level anonymous enum.
static std::string enumConstPrefix(const ir::Module &M, const Analysis &A,
                                   const Options &Opts, uint32_t Index) {
  if (!Opts.PrependEnumName)
    return "";
  const Item &It = M.Items[Index];
  if (!It.isAnonymous() || It.NamingTypedef.isValid())
    return A.RustNames[Index] + "_";
  if (It.Parent.isValid() && It.Parent.Index < M.Items.size())
    return A.RustNames[It.Parent.Index] + "_";
  return "";
}

void assignEnumMemberNames(const ir::Module &M, const Options &Opts,
                           Analysis &A) {
  A.EnumConstPrefixes.assign(M.Items.size(), std::string());
  A.AnonymousEnumConstNames.assign(M.Items.size(), {});
  for (uint32_t I = 0; I < M.Items.size(); ++I) {
    const ir::Enum *E = M.Items[I].getIf<ir::Enum>();
    if (!E)
      continue;
    std::string Prefix = enumConstPrefix(M, A, Opts, I);
    // Only the consts style puts the prefix into the constant itself; the
    // others scope the variant inside a module, an enum or an impl.
    bool Prefixed = A.EnumStyles[I] == EnumStyle::Consts;
    std::vector<std::string> &Names = A.MemberNames[I];
    Names.clear();
    Names.reserve(E->Enumerators.size());
    for (const ir::Enumerator &Variant : E->Enumerators)
      Names.push_back(
          rustSafeIdentifier(Prefixed ? Prefix + Variant.Name : Variant.Name));
    if (M.Items[I].isAnonymous())
      for (const ir::Enumerator &Variant : E->Enumerators)
        A.AnonymousEnumConstNames[I].push_back(
            rustSafeIdentifier(Prefix + Variant.Name));
    A.EnumConstPrefixes[I] = std::move(Prefix);
  }
}

} // namespace analysis

/// `#[link_name]` keeps the symbol when the Rust name differs from it: an
/// asm label, or a keyword-escaped C name.
static LinkName externLinkName(const ir::Item &It, llvm::StringRef AsmLabel,
                               const std::string &RustName) {
  std::string Symbol = !AsmLabel.empty() ? AsmLabel.str() : It.Name;
  if (Symbol.empty() || (AsmLabel.empty() && RustName == It.Name))
    return {};
  return {std::move(Symbol), /*Exact=*/true};
}

static std::string staticWrapperName(const ir::Item &Function,
                                     const Options &Opts) {
  if (Opts.WrapStaticFnsKernelNames)
    return "rust_helper_" + Function.Name;
  return Function.Name + Opts.WrapStaticFnsSuffix;
}

/// The kernel's rust/Makefile renames `pub fn rust_helper_X` to `pub fn X`
/// (keeping the symbol), so kernel Rust code calls its helpers by X.
static std::string rawCallName(const ir::Item &Function,
                               const std::string &RustName,
                               const Options &Opts) {
  llvm::StringRef CName = Function.Name;
  if (Opts.SafeWrapperStyle == SafeStyle::Kernel &&
      CName.consume_front("rust_helper_"))
    return rustSafeIdentifier(CName);
  return RustName;
}

std::vector<std::string> rustParamNames(const std::vector<std::string> &CNames,
                                        size_t Count) {
  std::vector<std::string> Names;
  Names.reserve(Count);
  llvm::StringSet<> Used;
  // bindgen numbers the unnamed parameters only: f(int a, int) -> a, arg1.
  unsigned Unnamed = 0;
  for (size_t I = 0; I < Count; ++I) {
    std::string Name = I < CNames.size() && !CNames[I].empty()
                           ? rustSafeIdentifier(CNames[I])
                           : "arg" + std::to_string(++Unnamed);
    while (!Used.insert(Name).second)
      Name += "_";
    Names.push_back(std::move(Name));
  }
  return Names;
}

/// The parameters of a function with a prototype; none otherwise.
static std::vector<std::string> functionParamNames(const ir::Module &M,
                                                   const ir::Function &F) {
  if (!F.Type.isValid() || F.Type.Index >= M.Types.size())
    return {};
  const ir::Type &T = M.type(F.Type);
  if (T.Kind != ir::TypeKind::Function || T.Signature >= M.Signatures.size())
    return {};
  const ir::FunctionSignature &Sig = M.signature(T);
  if (!Sig.HasPrototype)
    return {};
  return rustParamNames(F.ParamNames, Sig.Params.size());
}

void assignSymbolNames(const ir::Module &M, const Options &Opts, Analysis &A) {
  A.LinkNames.assign(M.Items.size(), LinkName());
  A.WrapperNames.assign(M.Items.size(), std::string());
  A.ParamNames.assign(M.Items.size(), {});
  A.RawCallNames.assign(M.Items.size(), std::string());
  for (uint32_t I = 0; I < M.Items.size(); ++I) {
    const ir::Item &It = M.Items[I];
    const std::string &RustName = A.RustNames[I];
    if (const ir::Var *V = It.getIf<ir::Var>()) {
      A.LinkNames[I] = externLinkName(It, V->LinkName, RustName);
      continue;
    }
    const ir::Function *F = It.getIf<ir::Function>();
    if (!F)
      continue;
    A.RawCallNames[I] = rawCallName(It, RustName, Opts);
    A.ParamNames[I] = functionParamNames(M, *F);
    if (!F->IsStatic) {
      A.LinkNames[I] = externLinkName(It, F->LinkName, RustName);
      continue;
    }
    // A static function has no symbol: Rust calls its C wrapper (the
    // analysis emits static functions only with --wrap-static-fns).
    A.WrapperNames[I] = staticWrapperName(It, Opts);
    A.LinkNames[I] = {A.WrapperNames[I], /*Exact=*/false};
  }
}

} // namespace kbindgen
