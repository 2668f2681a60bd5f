//===- CommandLine.cpp - bindgen's command line into Options --------------===//

#include "Driver/CommandLine.h"
#include "Driver/Errors.h"
#include "Driver/OptionTable.h"
#include "Driver/OptionValues.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/Twine.h"

#include <optional>

using llvm::StringRef;

namespace kbindgen::driver {

static llvm::Error usageError(const llvm::Twine &Message) {
  return usageFailure(Message);
}

static llvm::Error unknownOption(StringRef Name, Command For) {
  StringRef Suggestion = suggestOption(Name, For);
  if (!Suggestion.empty())
    return usageError("unknown option '" + Name + "'; did you mean '" +
                      Suggestion + "'?");
  // bindgen has no one-dash options but -o, -h and -V: `-I.`, `-DX` or
  // `--target=` are clang's, given before the `--` that introduces them.
  if (!Name.starts_with("--") || Name.starts_with("--target") ||
      Name.starts_with("--sysroot"))
    return usageError("unknown option '" + Name +
                      "'; clang arguments go after '--'");
  return usageError("unknown option '" + Name + "'");
}

/// Splits an option argument into its name and a value written in the same
/// argument: `--opt=value`, or for a short option taking a value `-oFILE` /
/// `-o=FILE`.
static std::pair<StringRef, std::optional<StringRef>>
splitInlineValue(StringRef Arg, Command For) {
  if (Arg.starts_with("--")) {
    size_t Equals = Arg.find('=');
    if (Equals == StringRef::npos)
      return {Arg, std::nullopt};
    return {Arg.take_front(Equals), Arg.drop_front(Equals + 1)};
  }
  if (Arg.size() > 2) {
    StringRef Short = Arg.take_front(2);
    const OptionSpec *Spec = findOption(Short, For);
    if (Spec && Spec->NumValues == 1) {
      StringRef Rest = Arg.drop_front(2);
      Rest.consume_front("=");
      return {Short, Rest};
    }
  }
  return {Arg, std::nullopt};
}

/// An option whose value may be left out (`--emit-ir [FILE]`) took the next
/// argument as its value. That argument is the header instead when the
/// command line names no other: bindgen's `--emit-ir HEADER`.
struct TentativeValue {
  const OptionSpec *Spec = nullptr;
  std::string Value;
};

llvm::Expected<CommandLine> parseCommandLine(llvm::ArrayRef<std::string> Args,
                                             Command For) {
  CommandLine Result;
  std::optional<TentativeValue> Tentative;
  for (size_t I = 0; I < Args.size(); ++I) {
    StringRef Arg = Args[I];
    if (Arg == "--") {
      for (size_t J = I + 1; J < Args.size(); ++J)
        Result.Opts.ClangArgs.push_back(Args[J]);
      break;
    }
    // A lone `-` is a file name (standard input), as for most tools.
    if (!Arg.starts_with("-") || Arg == "-") {
      Result.Positionals.push_back(Arg.str());
      continue;
    }

    auto [Name, InlineValue] = splitInlineValue(Arg, For);
    const OptionSpec *Spec = findOption(Name, For);
    if (!Spec)
      return unknownOption(Name, For);
    if (Spec->Status == OptionStatus::Unsupported)
      return usageError("option '" + Name +
                        "' is not supported by kbindgen: " + Spec->Help);
    if (Spec->NumValues == 0 && InlineValue)
      return usageError("option '" + Name + "' takes no value (got '" +
                        *InlineValue + "')");

    // Values follow the option even when they start with `-`, as in
    // bindgen; only the end of the arguments or `--` is "missing".
    llvm::SmallVector<StringRef, 2> Values;
    if (InlineValue)
      Values.push_back(*InlineValue);
    // An optional value is taken only when the next argument is not an
    // option (nor `--`); see TentativeValue for the header case.
    if (Spec->valueIsOptional() && !InlineValue) {
      if (I + 1 < Args.size() && !StringRef(Args[I + 1]).starts_with("-")) {
        Values.push_back(Args[++I]);
        Tentative = TentativeValue{Spec, Args[I]};
      }
    }
    while (!Spec->valueIsOptional() && Values.size() < Spec->NumValues) {
      if (I + 1 >= Args.size() || Args[I + 1] == "--")
        return usageError("option '" + Name + "' needs " +
                          (Spec->NumValues == 1 ? "a value" : "two values") +
                          " (" + Spec->ValueName + ")");
      Values.push_back(Args[++I]);
    }

    if (llvm::Error Err = Spec->Apply(Result, Values))
      return usageError("invalid value '" + llvm::join(Values, " ") +
                        "' for option '" + Name +
                        "': " + llvm::toString(std::move(Err)));
  }
  if (Result.Positionals.empty() && Tentative) {
    Result.Positionals.push_back(Tentative->Value);
    if (llvm::Error Err = Tentative->Spec->Apply(Result, {}))
      return std::move(Err);
  }
  if (llvm::Error Err = checkRustEdition(Result.Opts))
    return usageError("option '--rust-edition': " +
                      llvm::toString(std::move(Err)));
  // bindgen applies --no-derive-default after --with-derive-default.
  if (Result.Opts.NoDeriveDefault)
    Result.Opts.DeriveDefault = false;
  if (llvm::Error Err = checkDynamicLoading(Result.Opts))
    return usageError(llvm::toString(std::move(Err)));
  if (llvm::Error Err = checkFlexarrayDst(Result.Opts))
    return usageError(llvm::toString(std::move(Err)));
  if (!Result.Positionals.empty())
    Result.Opts.HeaderPath = Result.Positionals.front();
  return Result;
}

} // namespace kbindgen::driver
