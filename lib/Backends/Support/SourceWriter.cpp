//===- SourceWriter.cpp - Indented Rust text ------------------------------===//

#include "SourceWriter.h"

#include "llvm/ADT/SmallVector.h"

namespace kbindgen::backends {

std::string flatParams(const std::vector<RustParam> &Params, bool Variadic) {
  std::string Text = "(";
  for (size_t I = 0; I < Params.size(); ++I) {
    if (I)
      Text += ", ";
    Text += Params[I].Name;
    if (!Params[I].Type.Flat.empty()) // `&self` has no type.
      Text += ": " + Params[I].Type.Flat;
  }
  if (Variadic)
    Text += Params.empty() ? "..." : ", ...";
  return Text + ")";
}

void SourceWriter::line(llvm::StringRef Text) {
  if (!Text.empty())
    Out.append(column(), ' ');
  Out += Text;
  Out += '\n';
}

void SourceWriter::open(llvm::StringRef Text) {
  line((Text + " {").str());
  ++Level;
}

void SourceWriter::openItem(llvm::StringRef Text) {
  if (fits(Text.size() + 2))
    return open(Text);
  line(Text);
  line("{");
  ++Level;
}

void SourceWriter::openImpl(llvm::StringRef Trait, llvm::StringRef SelfType,
                            llvm::StringRef Keyword) {
  std::string Head =
      Trait.empty() ? Keyword.str() : (Keyword + " " + Trait).str();
  std::string Self = ((Trait.empty() ? "" : "for ") + SelfType).str();
  if (fits(Head.size() + 1 + Self.size() + 2))
    return open(Head + " " + Self);
  line(Head);
  ++Level;
  line(Self);
  --Level;
  line("{");
  ++Level;
}

void SourceWriter::close(llvm::StringRef Suffix) {
  dedent();
  line(("}" + Suffix).str());
}

void SourceWriter::typed(llvm::StringRef Head, const RustType &Type,
                         llvm::StringRef Tail, bool BreakAfterColon) {
  std::string Flat = (Head + Type.Flat + Tail).str();
  if (fits(Flat.size())) {
    line(Flat);
    return;
  }
  bool FitsOwnLine = column() + 4 + Type.Flat.size() + Tail.size() <= MaxWidth;
  bool IsGeneric = !Type.IsFnPtr && llvm::StringRef(Type.Flat).ends_with(">");
  if (BreakAfterColon && (FitsOwnLine || (!Type.IsFnPtr && !IsGeneric))) {
    line(Head.rtrim());
    indent();
    line((Type.Flat + Tail).str());
    dedent();
    return;
  }
  if (!Type.IsFnPtr) {
    // A generic wrapper (ManuallyDrop<T>) breaks around its argument.
    llvm::StringRef Text = Type.Flat;
    size_t Open = Text.find('<');
    if (Open != llvm::StringRef::npos && Text.ends_with(">")) {
      line((Head + Text.take_front(Open + 1)).str());
      indent();
      line((Text.slice(Open + 1, Text.size() - 1) + ",").str());
      dedent();
      line((">" + Tail).str());
      return;
    }
    line(Flat);
    return;
  }
  // rustfmt breaks inside the Option<...> generic.
  line((Head + Type.Before + Type.OptionPath + "<").str());
  indent();
  fnPointer(Type, ",");
  dedent();
  line((">" + Type.After + Tail).str());
}

void SourceWriter::fnPointer(const RustType &Type, llvm::StringRef Tail) {
  const std::string &Prefix = Type.FnPrefix;
  std::string Flat = Prefix + flatParams(Type.Params, Type.Variadic) +
                     Type.ReturnSuffix + Tail.str();
  if (fits(Flat.size())) {
    line(Flat);
    return;
  }
  line(Prefix + "(");
  paramList(Type.Params, Type.Variadic);
  line(")" + Type.ReturnSuffix + Tail.str());
}

void SourceWriter::paramList(const std::vector<RustParam> &Params,
                             bool Variadic) {
  indent();
  for (const auto &[Name, Type] : Params) {
    if (Type.Flat.empty())
      line(Name + ",");
    else
      typed(Name + ": ", Type, ",", /*BreakAfterColon=*/false);
  }
  if (Variadic)
    line("...");
  dedent();
}

void SourceWriter::assignment(llvm::StringRef Lhs, const RustType &Rhs) {
  std::string Flat = (Lhs + " = " + Rhs.Flat + ";").str();
  if (fits(Flat.size())) {
    line(Flat);
    return;
  }
  // `pub const NAME: TYPE =` too long itself: rustfmt breaks after the colon.
  size_t Colon = Lhs.find(": ");
  if (Colon != llvm::StringRef::npos && !fits(Lhs.size() + 2)) {
    line(Lhs.take_front(Colon + 1));
    indent();
    line((Lhs.drop_front(Colon + 2) + " = " + Rhs.Flat + ";").str());
    dedent();
    return;
  }
  if (column() + 4 + Rhs.Flat.size() + 1 <= MaxWidth || !Rhs.IsFnPtr) {
    line((Lhs + " =").str());
    indent();
    line(Rhs.Flat + ";");
    dedent();
    return;
  }
  typed((Lhs + " = ").str(), Rhs, ";");
}

void SourceWriter::signature(const Signature &Sig) {
  std::string Params = flatParams(Sig.Params, Sig.Variadic);
  std::string Flat = Sig.Head + Params + Sig.Tail;
  llvm::StringRef Tail = Sig.Tail;
  // rustfmt's quirk for declarations: a return type that overflows by just
  // the `;` moves to its own line; one more character and the parameters go
  // vertical.
  bool Declaration = Tail.ends_with(";") && Tail.starts_with(" -> ");
  if (Declaration && column() + Flat.size() == MaxWidth) {
    line(Sig.Head + Params);
    indent();
    line(Tail.drop_front(1));
    dedent();
    return;
  }
  if (fits(Flat.size())) {
    line(Flat);
    return;
  }
  if (Sig.Params.empty() && !Sig.Variadic && Sig.Return.IsFnPtr) {
    typed(Sig.Head + "() -> ", Sig.Return, Sig.Terminator, false);
    return;
  }
  line(Sig.Head + "(");
  paramList(Sig.Params, Sig.Variadic);
  if (Sig.Return.IsFnPtr && !fits(1 + Sig.Tail.size()))
    typed(") -> ", Sig.Return, Sig.Terminator, false);
  else
    line(")" + Sig.Tail);
}

void SourceWriter::continued(llvm::StringRef First, llvm::StringRef Second) {
  std::string Flat = (First + Second).str();
  if (fits(Flat.size())) {
    line(Flat);
    return;
  }
  line(First);
  indent();
  line(Second);
  dedent();
}

void SourceWriter::verticalList(llvm::StringRef Open,
                                llvm::ArrayRef<std::string> Items,
                                llvm::StringRef Close) {
  line(Open);
  indent();
  for (const std::string &Item : Items)
    line(Item + ",");
  dedent();
  line(Close);
}

void SourceWriter::doc(llvm::StringRef Text) {
  llvm::SmallVector<llvm::StringRef, 8> Lines;
  Text.rtrim().split(Lines, '\n');
  // Leading and trailing blank lines carry nothing.
  while (!Lines.empty() && Lines.front().trim().empty())
    Lines.erase(Lines.begin());
  for (llvm::StringRef L : Lines) {
    L = L.rtrim();
    if (L.empty())
      line("///");
    else if (L.starts_with(" "))
      line(("///" + L).str());
    else
      line(("/// " + L).str());
  }
}

} // namespace kbindgen::backends
