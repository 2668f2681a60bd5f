//===- Naming.cpp - Rust names for items, fields and enumerators ----------===//
//
// The names must be bindgen's, byte for byte: kernel Rust code spells them
// (`phy_state_PHY_DOWN`, `__bindgen_anon_1`, `outer_inner`). The rules below
// were checked against Debian's bindgen 0.60.1; the keyword list is the one
// of current bindgen (0.60.1 missed `await` and `gen`). Where bindgen's
// names do not compile, ours differ: a non-ASCII name is spelled in ASCII
// (`_u00e9_`), and an escaped name (`type_` for `type`) that another item or
// member has as its C name yields to it and takes one more `_`.
//
//===----------------------------------------------------------------------===//

#include "AnalysisPasses.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/ConvertUTF.h"

#include <fmt/format.h>

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

/// Rust rejects non-ASCII names in `extern` blocks; every name is kept
/// ASCII: each other code point of a C identifier (UTF-8, `\u00e9`) becomes
/// `_u00e9_`, a byte that is not UTF-8 `_xff_`.
static std::string asciiIdentifier(llvm::StringRef CName) {
  std::string Result;
  Result.reserve(CName.size() + 8);
  const auto *Next = reinterpret_cast<const llvm::UTF8 *>(CName.begin());
  const auto *End = reinterpret_cast<const llvm::UTF8 *>(CName.end());
  while (Next != End) {
    if (*Next < 0x80) {
      Result += static_cast<char>(*Next++);
      continue;
    }
    llvm::UTF32 CodePoint = 0;
    const llvm::UTF8 *Start = Next;
    if (llvm::convertUTF8Sequence(&Next, End, &CodePoint,
                                  llvm::strictConversion) ==
        llvm::conversionOK) {
      Result += fmt::format("_u{:04x}_", static_cast<uint32_t>(CodePoint));
      continue;
    }
    Next = Start + 1;
    Result += fmt::format("_x{:02x}_", static_cast<unsigned>(*Start));
  }
  return Result;
}

std::string rustSafeIdentifier(llvm::StringRef CName) {
  if (!llvm::all_of(
          CName, [](char C) { return static_cast<unsigned char>(C) < 0x80; }))
    return asciiIdentifier(CName);
  std::string Result = CName.str();
  if (isRustKeyword(CName))
    Result += '_';
  return Result;
}

namespace analysis {

/// RustNames[I] made unique where it was escaped from CNames[I]; Reserved
/// names are taken by someone else.
static std::vector<std::string>
uniqueEscapedNames(llvm::ArrayRef<std::string> CNames,
                   std::vector<std::string> RustNames,
                   const llvm::StringSet<> &Reserved) {
  // Names that are their C name keep it; an escaped name (`type_` for
  // `type`, `_u00e9_t_u00e9_` for `été`) yields and takes more `_`.
  llvm::StringMap<llvm::StringRef> Owner;
  for (size_t I = 0; I < RustNames.size(); ++I)
    if (!RustNames[I].empty() && RustNames[I] == CNames[I])
      Owner.try_emplace(RustNames[I], CNames[I]);
  for (size_t I = 0; I < RustNames.size(); ++I) {
    if (RustNames[I].empty() || RustNames[I] == CNames[I])
      continue;
    std::string &Name = RustNames[I];
    for (;;) {
      auto Found = Owner.find(Name);
      bool Free = Found == Owner.end() ? !Reserved.contains(Name)
                                       : Found->second == CNames[I];
      if (Free)
        break;
      Name += '_';
    }
    Owner.try_emplace(Name, CNames[I]);
  }
  return RustNames;
}

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
    if (It.Parent.isValid())
      Numbers[I] = ++PerParent[It.Parent.Index];
    else
      Numbers[I] = ++TopLevel;
  }
  return Numbers;
}

namespace {
/// Names items parent first, memoized. The verifier rejects an item nested
/// in itself, so the recursion follows a parent chain that ends.
class ItemNamer {
public:
  ItemNamer(const ir::Module &M, const Options &Opts,
            std::vector<std::string> &Names)
      : M(M), Opts(Opts), Names(Names), IsNamed(M.Items.size(), false),
        AnonNumbers(numberAnonymousTypes(M)), Sources(M.Items.size()),
        Unprefixed(M.Items.size()) {}

  /// What item Index's name was escaped from (a keyword, a non-ASCII
  /// name); the name itself when nothing was escaped.
  const std::string &source(uint32_t Index) const { return Sources[Index]; }

  const std::string &name(uint32_t Index) {
    if (IsNamed[Index])
      return Names[Index];
    std::string Source = computeSource(Index);
    Unprefixed[Index] =
        isGenerated(Index) ? Source : rustSafeIdentifier(Source);
    // --c-naming: bindgen puts the tag before the whole name, once; nested
    // names are built from the parents' names without it.
    if (llvm::StringRef Tag = cNamingTag(Index); !Tag.empty()) {
      Source = Tag.str() + "_" + Source;
      Names[Index] = rustSafeIdentifier(Source);
    } else {
      Names[Index] = Unprefixed[Index];
    }
    Sources[Index] = std::move(Source);
    IsNamed[Index] = true;
    return Names[Index];
  }

private:
  llvm::StringRef cNamingTag(uint32_t Index) const {
    if (!Opts.CNaming)
      return "";
    const Item &It = M.Items[Index];
    if (It.kind() == ItemKind::Enum)
      return "enum";
    if (const ir::Record *R = It.getIf<ir::Record>())
      return R->Kind == ir::RecordKind::Union ? "union" : "struct";
    return "";
  }

  /// The parent's part of a nested name: its name without the --c-naming
  /// tag.
  const std::string &parentName(uint32_t Index) {
    name(Index);
    return Unprefixed[Index];
  }

  /// Anonymous types are numbered, not named after C.
  bool isGenerated(uint32_t Index) const {
    const Item &It = M.Items[Index];
    return isRecordOrEnum(It) && It.isAnonymous() &&
           !It.NamingTypedef.isValid();
  }

  /// The name before keywords and non-ASCII characters are escaped.
  std::string computeSource(uint32_t Index) {
    const Item &It = M.Items[Index];
    bool HasParent = It.Parent.isValid();
    if (!isRecordOrEnum(It))
      return It.Name;
    if (!It.isAnonymous()) {
      // A named type defined in a record's body: `outer_inner` (`inner`
      // with --disable-nested-struct-naming). A struct only mentioned there
      // (`struct outer { struct never_defined *p; }`) keeps its plain name.
      const ir::Record *R = It.getIf<ir::Record>();
      if (HasParent && (!R || R->IsComplete) && Opts.NestedStructNaming)
        return parentName(It.Parent.Index) + "_" + It.Name;
      return It.Name;
    }
    if (It.NamingTypedef.isValid())
      return M.Items[It.NamingTypedef.Index].Name;
    std::string Number = std::to_string(AnonNumbers[Index]);
    // Anonymous types are always named after their parent, also with
    // --disable-nested-struct-naming (which then stops at the first named
    // ancestor, as the parent's own name does).
    if (HasParent)
      return parentName(It.Parent.Index) + "__bindgen_ty_" + Number;
    return "_bindgen_ty_" + Number;
  }

  const ir::Module &M;
  const Options &Opts;
  std::vector<std::string> &Names;
  std::vector<bool> IsNamed;
  std::vector<uint32_t> AnonNumbers;
  std::vector<std::string> Sources;
  /// Names without the --c-naming tag (equal to Names without it).
  std::vector<std::string> Unprefixed;
};
} // namespace

/// Field names: keyword-escaped C names, `__bindgen_anon_N` for anonymous
/// members (numbered per record; --anon-fields-prefix replaces
/// `__bindgen_anon_`), "" for unnamed bitfields.
static std::vector<std::string> nameFields(const ir::Record &R,
                                           const Options &Opts) {
  std::vector<std::string> Names, Sources;
  Names.reserve(R.Fields.size());
  unsigned AnonymousMembers = 0;
  for (const ir::Field &F : R.Fields) {
    if (!F.Name.empty()) {
      Names.push_back(rustSafeIdentifier(F.Name));
      Sources.push_back(F.Name);
    } else if (F.isBitfield()) {
      Names.emplace_back();
      Sources.emplace_back();
    } else {
      Names.push_back(Opts.AnonFieldsPrefix +
                      std::to_string(++AnonymousMembers));
      Sources.push_back(Names.back());
    }
  }
  return uniqueEscapedNames(Sources, std::move(Names), {});
}

static bool inValueNamespace(ir::ItemKind Kind) {
  return Kind == ItemKind::Function || Kind == ItemKind::Var ||
         Kind == ItemKind::Constant;
}

/// Within each Rust namespace (types; functions, statics and constants),
/// an escaped item name yields to an item whose C name it is.
static void uniqueItemNames(const ir::Module &M, const ItemNamer &Namer,
                            std::vector<std::string> &Names) {
  for (bool Values : {false, true}) {
    std::vector<uint32_t> Indexes;
    std::vector<std::string> Sources, Current;
    for (uint32_t I = 0; I < M.Items.size(); ++I) {
      if (inValueNamespace(M.Items[I].kind()) != Values)
        continue;
      Indexes.push_back(I);
      Sources.push_back(Namer.source(I));
      Current.push_back(Names[I]);
    }
    std::vector<std::string> Unique =
        uniqueEscapedNames(Sources, std::move(Current), {});
    for (size_t J = 0; J < Indexes.size(); ++J)
      Names[Indexes[J]] = std::move(Unique[J]);
  }
}

void assignRustNames(const ir::Module &M, const Options &Opts, Analysis &A) {
  A.RustNames.assign(M.Items.size(), std::string());
  A.MemberNames.assign(M.Items.size(), {});
  ItemNamer Namer(M, Opts, A.RustNames);
  for (uint32_t I = 0; I < M.Items.size(); ++I) {
    Namer.name(I);
    if (const ir::Record *R = M.Items[I].getIf<ir::Record>())
      A.MemberNames[I] = nameFields(*R, Opts);
  }
  uniqueItemNames(M, Namer, A.RustNames);
}

ItemId foldedTypedefTarget(const ir::Module &M, const Analysis &A,
                           ItemId TypedefId) {
  const ir::Typedef *TD = M.item(TypedefId).getIf<ir::Typedef>();
  if (!TD)
    return ItemId();
  const ir::Type &Underlying = M.type(TD->Underlying);
  if (Underlying.Kind != ir::TypeKind::Named)
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
  if (It.Parent.isValid())
    return A.RustNames[It.Parent.Index] + "_";
  return "";
}

void assignEnumMemberNames(const ir::Module &M, const Options &Opts,
                           Analysis &A) {
  A.EnumConstPrefixes.assign(M.Items.size(), std::string());
  A.AnonymousEnumConstNames.assign(M.Items.size(), {});
  // Enumerators that become top-level constants must not take the name of a
  // function, static or constant that is its C name.
  llvm::StringSet<> ValueNames;
  for (uint32_t I = 0; I < M.Items.size(); ++I)
    if (inValueNamespace(M.Items[I].kind()) &&
        A.RustNames[I] == M.Items[I].Name)
      ValueNames.insert(A.RustNames[I]);
  for (uint32_t I = 0; I < M.Items.size(); ++I) {
    const ir::Enum *E = M.Items[I].getIf<ir::Enum>();
    if (!E)
      continue;
    std::string Prefix = enumConstPrefix(M, A, Opts, I);
    // Only the consts styles put the prefix into the constant itself; the
    // others scope the variant inside a module, an enum or an impl.
    bool Prefixed = A.EnumStyles[I] == EnumStyle::Consts ||
                    A.EnumStyles[I] == EnumStyle::NewTypeGlobal;
    std::vector<std::string> Sources, Names;
    for (const ir::Enumerator &Variant : E->Enumerators) {
      Sources.push_back(Prefixed ? Prefix + Variant.Name : Variant.Name);
      Names.push_back(rustSafeIdentifier(Sources.back()));
    }
    static const llvm::StringSet<> NoNames;
    A.MemberNames[I] = uniqueEscapedNames(Sources, std::move(Names),
                                          Prefixed ? ValueNames : NoNames);
    if (M.Items[I].isAnonymous()) {
      Sources.clear();
      Names.clear();
      for (const ir::Enumerator &Variant : E->Enumerators) {
        Sources.push_back(Prefix + Variant.Name);
        Names.push_back(rustSafeIdentifier(Sources.back()));
      }
      A.AnonymousEnumConstNames[I] =
          uniqueEscapedNames(Sources, std::move(Names), ValueNames);
    }
    A.EnumConstPrefixes[I] = std::move(Prefix);
  }
}

} // namespace analysis

/// `#[link_name]` keeps the symbol when the Rust name differs from it: an
/// asm label, or a keyword-escaped C name. --prefix-link-name links to
/// PREFIX + the C name instead (bindgen's rule: it replaces an asm label).
static LinkName externLinkName(const ir::Item &It, llvm::StringRef AsmLabel,
                               const std::string &RustName,
                               const Options &Opts) {
  if (!Opts.PrefixLinkName.empty() && !It.Name.empty())
    return {Opts.PrefixLinkName + It.Name, /*Exact=*/true};
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
  const ir::FunctionSignature &Sig = M.signature(M.type(F.Type));
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
      A.LinkNames[I] = externLinkName(It, V->LinkName, RustName, Opts);
      continue;
    }
    const ir::Function *F = It.getIf<ir::Function>();
    if (!F)
      continue;
    A.RawCallNames[I] = rawCallName(It, RustName, Opts);
    A.ParamNames[I] = functionParamNames(M, *F);
    if (!F->IsStatic) {
      A.LinkNames[I] = externLinkName(It, F->LinkName, RustName, Opts);
      continue;
    }
    // A static function has no symbol: Rust calls its C wrapper (the
    // analysis emits static functions only with --wrap-static-fns).
    A.WrapperNames[I] = staticWrapperName(It, Opts);
    A.LinkNames[I] = {A.WrapperNames[I], /*Exact=*/false};
  }
}

} // namespace kbindgen
