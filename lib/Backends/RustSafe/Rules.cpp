//===- Rules.cpp - The --safe-rules JSON file -----------------------------===//
//
// {
//   "int_returns": "code",                       // default int convention
//   "int_return_patterns": [{"match": "sqlite3_column_.*", "as": "value"}],
//   "strip_prefix": "sqlite3_",                  // method names
//   "functions": {"f": {"returns": "code", "ok_codes": [100],
//                       "ok_type": "u16", "name": "g", "skip": true,
//                       "args": {"4": "rust expression"},
//                       "confirm": ["param.ptr-len"],
//                       "keeps_callback": true,  // or "until_drop"
//                       "frees_receiver": true, "lends_unique": true,
//                       "buffers": {"1": {"size": 2, "count": 3}}}},
//   "confirm": ["param.not-retained"],           // for every function
//   "types": {"T": {"name": "Stmt", "destructor": "f", "get": "g",
//                   "put": "p", "thread_safe": "send+sync"}}
// }
// "confirm" names guessing rules that are true (of one function, or of all):
// their guess no longer makes the wrapper `unsafe fn`. Conventions: errno,
// code, value, bool, err_ptr, nullable. The "match" regexes are compiled as
// --allowlist-* regexes are (kbindgen/Analysis/Regex.h): Rust-regex spellings,
// whole-name matches.
//
//===----------------------------------------------------------------------===//

#include "SafeModel.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

#include <fmt/format.h>

namespace kbindgen::rustsafe {

namespace json = llvm::json;

const char *conventionName(ReturnConvention Convention) {
  switch (Convention) {
  case ReturnConvention::Infer:
    return "infer";
  case ReturnConvention::Errno:
    return "errno";
  case ReturnConvention::Code:
    return "code";
  case ReturnConvention::Value:
    return "value";
  case ReturnConvention::Bool:
    return "bool";
  case ReturnConvention::ErrPtr:
    return "err_ptr";
  case ReturnConvention::Nullable:
    return "nullable";
  }
  return "infer";
}

namespace {

class RulesParser {
public:
  explicit RulesParser(llvm::StringRef FileName) : FileName(FileName) {}

  llvm::Error fail(const std::string &Where, const std::string &What) {
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        fmt::format("{}: {}: {}", FileName.str(), Where, What));
  }

  llvm::Expected<ReturnConvention> convention(const json::Value &V,
                                              const std::string &Where) {
    std::optional<llvm::StringRef> S = V.getAsString();
    if (S)
      for (auto C : {ReturnConvention::Errno, ReturnConvention::Code,
                     ReturnConvention::Value, ReturnConvention::Bool,
                     ReturnConvention::ErrPtr, ReturnConvention::Nullable})
        if (*S == conventionName(C))
          return C;
    return fail(Where, "expected one of errno, code, value, bool, err_ptr, "
                       "nullable");
  }

  llvm::Expected<std::string> string(const json::Value &V,
                                     const std::string &Where) {
    if (std::optional<llvm::StringRef> S = V.getAsString())
      return S->str();
    return fail(Where, "expected a string");
  }

  llvm::Error strings(const json::Value &V, const std::string &Where,
                      std::vector<std::string> &Out) {
    const json::Array *A = V.getAsArray();
    if (!A)
      return fail(Where, "expected an array of rule names");
    for (const json::Value &Item : *A) {
      auto S = string(Item, Where);
      if (!S)
        return S.takeError();
      Out.push_back(*S);
    }
    return llvm::Error::success();
  }

  /// `{"1": {"size": 2, "count": 3}}`: parameter 1 holds size * count bytes.
  llvm::Error buffers(const json::Value &V, const std::string &Where,
                      FunctionRule &Out) {
    const json::Object *O = V.getAsObject();
    if (!O)
      return fail(Where, "expected an object of index: {\"size\": INDEX, "
                         "\"count\": INDEX}");
    for (const auto &[Index, Spec] : *O) {
      std::string At = Where + "." + Index.str();
      unsigned Buffer = 0;
      if (Index.str().empty() ||
          llvm::StringRef(Index).getAsInteger(10, Buffer))
        return fail(Where,
                    "parameter index '" + Index.str() + "' is not a number");
      const json::Object *S = Spec.getAsObject();
      std::optional<int64_t> Size = S ? S->getInteger("size") : std::nullopt;
      std::optional<int64_t> Count = S ? S->getInteger("count") : std::nullopt;
      if (!Size || !Count || S->size() != 2 || *Size < 0 || *Count < 0 ||
          *Size == *Count || *Size == Buffer || *Count == Buffer)
        return fail(At, "expected {\"size\": INDEX, \"count\": INDEX} "
                        "naming two other parameters");
      Out.SizeCountBuffers[Buffer] = {static_cast<unsigned>(*Size),
                                      static_cast<unsigned>(*Count)};
    }
    return llvm::Error::success();
  }

  llvm::Error function(const std::string &Name, const json::Value &V,
                       FunctionRule &Out) {
    const json::Object *O = V.getAsObject();
    std::string Where = "functions." + Name;
    if (!O)
      return fail(Where, "expected an object");
    for (const auto &[Key, Value] : *O) {
      std::string K = Key.str(), At = Where + "." + K;
      if (K == "returns") {
        auto C = convention(Value, At);
        if (!C)
          return C.takeError();
        Out.Returns = *C;
      } else if (K == "ok_codes") {
        const json::Array *Codes = Value.getAsArray();
        if (!Codes)
          return fail(At, "expected an array of integers");
        for (const json::Value &Code : *Codes) {
          std::optional<int64_t> I = Code.getAsInteger();
          if (!I)
            return fail(At, "expected an array of integers");
          Out.OkCodes.push_back(*I);
        }
      } else if (K == "ok_type" || K == "name") {
        auto S = string(Value, At);
        if (!S)
          return S.takeError();
        (K == "name" ? Out.Name : Out.OkType) = *S;
      } else if (K == "keeps_callback" &&
                 Value.getAsString() ==
                     std::optional<llvm::StringRef>("until_drop")) {
        Out.KeepsCallbackUntilDrop = true;
      } else if (K == "buffers") {
        if (auto E = buffers(Value, At, Out))
          return E;
      } else if (K == "lends_unique") {
        std::optional<bool> B = Value.getAsBoolean();
        if (!B)
          return fail(At, "expected true or false");
        Out.LendsUnique = *B;
      } else if (K == "skip" || K == "keeps_callback" ||
                 K == "frees_receiver") {
        std::optional<bool> B = Value.getAsBoolean();
        if (!B)
          return fail(At, K == "keeps_callback"
                              ? "expected true, false or \"until_drop\""
                              : "expected true or false");
        (K == "skip"             ? Out.Skip
         : K == "keeps_callback" ? Out.KeepsCallback
                                 : Out.FreesReceiver) = *B;
      } else if (K == "confirm") {
        if (auto E = strings(Value, At, Out.Confirms))
          return E;
      } else if (K == "args") {
        const json::Object *Args = Value.getAsObject();
        if (!Args)
          return fail(At, "expected an object of index: expression");
        for (const auto &[Index, Expr] : *Args) {
          unsigned I = 0;
          if (Index.str().empty() || llvm::StringRef(Index).getAsInteger(10, I))
            return fail(At,
                        "argument index '" + Index.str() + "' is not a number");
          auto S = string(Expr, At + "." + Index.str());
          if (!S)
            return S.takeError();
          Out.FixedArgs[I] = *S;
        }
      } else {
        return fail(At, "unknown key");
      }
    }
    return llvm::Error::success();
  }

  llvm::Error type(const std::string &Name, const json::Value &V,
                   TypeRule &Out) {
    const json::Object *O = V.getAsObject();
    std::string Where = "types." + Name;
    if (!O)
      return fail(Where, "expected an object");
    for (const auto &[Key, Value] : *O) {
      std::string K = Key.str(), At = Where + "." + K;
      if (K == "thread_safe") {
        std::optional<llvm::StringRef> S = Value.getAsString();
        if (!S || (*S != "send" && *S != "sync" && *S != "send+sync"))
          return fail(At, "expected \"send\", \"sync\" or \"send+sync\"");
        Out.Send = S->contains("send");
        Out.Sync = S->contains("sync");
        continue;
      }
      std::string *Slot = K == "name"         ? &Out.Name
                          : K == "destructor" ? &Out.Destructor
                          : K == "get"        ? &Out.Get
                          : K == "put"        ? &Out.Put
                                              : nullptr;
      if (!Slot)
        return fail(At, "unknown key");
      auto S = string(Value, At);
      if (!S)
        return S.takeError();
      *Slot = *S;
    }
    return llvm::Error::success();
  }

  llvm::Error patterns(const json::Value &V, SafeRules &Out) {
    const json::Array *A = V.getAsArray();
    if (!A)
      return fail("int_return_patterns", "expected an array");
    for (size_t I = 0; I < A->size(); ++I) {
      std::string At = fmt::format("int_return_patterns[{}]", I);
      const json::Object *O = (*A)[I].getAsObject();
      const json::Value *Match = O ? O->get("match") : nullptr;
      const json::Value *As = O ? O->get("as") : nullptr;
      if (!Match || !As || O->size() != 2)
        return fail(At, "expected {\"match\": REGEX, \"as\": CONVENTION}");
      auto Pattern = string(*Match, At + ".match");
      if (!Pattern)
        return Pattern.takeError();
      auto Regex = analysis::AnchoredRegex::compile(
          *Pattern, FileName.str() + ": " + At + ".match");
      if (!Regex)
        return Regex.takeError();
      auto C = convention(*As, At + ".as");
      if (!C)
        return C.takeError();
      Out.IntReturnPatterns.push_back({std::move(*Regex), *C});
    }
    return llvm::Error::success();
  }

  llvm::Expected<SafeRules> parse(llvm::StringRef Text) {
    llvm::Expected<json::Value> Root = json::parse(Text);
    if (!Root)
      return fail("JSON", llvm::toString(Root.takeError()));
    const json::Object *O = Root->getAsObject();
    if (!O)
      return fail("top level", "expected an object");
    SafeRules Rules;
    for (const auto &[Key, Value] : *O) {
      std::string K = Key.str();
      if (K == "int_returns") {
        auto C = convention(Value, K);
        if (!C)
          return C.takeError();
        Rules.DefaultIntReturns = *C;
      } else if (K == "int_return_patterns") {
        if (auto E = patterns(Value, Rules))
          return E;
      } else if (K == "strip_prefix") {
        auto S = string(Value, K);
        if (!S)
          return S.takeError();
        Rules.StripPrefix = *S;
      } else if (K == "confirm") {
        if (auto E = strings(Value, K, Rules.Confirms))
          return E;
      } else if (K == "functions" || K == "types") {
        const json::Object *Items = Value.getAsObject();
        if (!Items)
          return fail(K, "expected an object");
        for (const auto &[Name, Rule] : *Items) {
          llvm::Error E =
              K == "functions"
                  ? function(Name.str(), Rule, Rules.Functions[Name.str()])
                  : type(Name.str(), Rule, Rules.Types[Name.str()]);
          if (E)
            return E;
        }
      } else {
        return fail(K, "unknown key");
      }
    }
    return Rules;
  }

private:
  llvm::StringRef FileName;
};

} // namespace

bool SafeRules::confirms(llvm::StringRef FnName,
                         llvm::StringRef RuleName) const {
  if (llvm::is_contained(Confirms, RuleName))
    return true;
  auto Rule = Functions.find(FnName.str());
  return Rule != Functions.end() &&
         llvm::is_contained(Rule->second.Confirms, RuleName);
}

llvm::Expected<SafeRules> parseSafeRules(llvm::StringRef Text,
                                         llvm::StringRef FileName) {
  return RulesParser(FileName).parse(Text);
}

llvm::Expected<SafeRules> loadSafeRules(const Options &Opts) {
  auto Allowlist =
      analysis::RegexSet::compile(Opts.SafeAllowlist, "--safe-allowlist");
  if (!Allowlist)
    return Allowlist.takeError();
  SafeRules Rules;
  if (!Opts.SafeRulesPath.empty()) {
    auto Buffer = llvm::MemoryBuffer::getFile(Opts.SafeRulesPath);
    if (!Buffer)
      return llvm::createStringError(Buffer.getError(), "cannot read %s: %s",
                                     Opts.SafeRulesPath.c_str(),
                                     Buffer.getError().message().c_str());
    auto Parsed = parseSafeRules((*Buffer)->getBuffer(), Opts.SafeRulesPath);
    if (!Parsed)
      return Parsed.takeError();
    Rules = std::move(*Parsed);
  }
  Rules.Allowlist = std::move(*Allowlist);
  return Rules;
}

} // namespace kbindgen::rustsafe
