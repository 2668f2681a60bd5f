//===- DynamicLibraryWriter.cpp - --dynamic-loading NAME ------------------===//
//
// bindgen's dynamic loading API without the libloading crate: a struct NAME
// that opens the library with dlopen and holds one field per function
// (`Result<fn, __BindgenLibraryError>`, or the plain function pointer with
// --dynamic-link-require-all) and one method per function. dlopen, dlsym,
// dlclose and dlerror are declared in the output itself, so the bindings
// need no crate, std or not: only a C library that has them (glibc 2.34 and
// later, musl, bionic, the BSDs, macOS; older glibc also needs -ldl).
//
//===----------------------------------------------------------------------===//

#include "EmitContext.h"

#include "llvm/ADT/StringExtras.h"

#include <fmt/format.h>

namespace kbindgen::rustraw {

using namespace ir;

namespace {

constexpr const char *LibraryType = "__BindgenLibrary";
constexpr const char *ErrorType = "__BindgenLibraryError";
/// The panic message of a call to a function that did not resolve; bindgen's.
constexpr const char *MissingFunction = "Expected function, got error.";

// `EXTERN` stands for the extern block head, `STD_NEW` for the path
// conversion of `new`, `STD_ERROR` for the std::error::Error impl.
const char HelpersText[] =
    R"rust(/// A library opened with dlopen, closed with dlclose when dropped.
pub struct __BindgenLibrary {
    handle: *mut ::core::ffi::c_void,
}
// dlopen handles may be used and closed from any thread.
unsafe impl Send for __BindgenLibrary {}
unsafe impl Sync for __BindgenLibrary {}
/// Why a library did not open or a symbol did not resolve: dlerror's message.
#[derive(Clone, Copy)]
pub struct __BindgenLibraryError {
    message: [u8; 256],
    len: usize,
}
mod __bindgen_dlfcn {
    use ::core::ffi::{c_char, c_int, c_void};
    EXTERN {
        pub fn dlopen(filename: *const c_char, flag: c_int) -> *mut c_void;
        pub fn dlsym(handle: *mut c_void, symbol: *const c_char) -> *mut c_void;
        pub fn dlclose(handle: *mut c_void) -> c_int;
        pub fn dlerror() -> *mut c_char;
    }
    pub const RTLD_LAZY: c_int = 1;
    #[cfg(any(target_os = "macos", target_os = "ios"))]
    pub const RTLD_LOCAL: c_int = 4;
    #[cfg(not(any(target_os = "macos", target_os = "ios")))]
    pub const RTLD_LOCAL: c_int = 0;
}
impl __BindgenLibraryError {
    fn new(message: &str) -> Self {
        let mut error = __BindgenLibraryError {
            message: [0; 256],
            len: 0,
        };
        error.len = message.len().min(error.message.len());
        error.message[..error.len].copy_from_slice(&message.as_bytes()[..error.len]);
        error
    }
    /// dlerror's message, which describes the last failure of this thread.
    unsafe fn last() -> Self {
        let message = unsafe { __bindgen_dlfcn::dlerror() };
        if message.is_null() {
            return Self::new("unknown dynamic loading error");
        }
        let bytes = unsafe { ::core::ffi::CStr::from_ptr(message) }.to_bytes();
        match ::core::str::from_utf8(bytes) {
            Ok(text) => Self::new(text),
            Err(_) => Self::new("dynamic loading error (message not UTF-8)"),
        }
    }
    pub fn as_str(&self) -> &str {
        // A long message may have been cut inside a character.
        let bytes = &self.message[..self.len];
        match ::core::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(error) => ::core::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or(""),
        }
    }
}
impl ::core::fmt::Display for __BindgenLibraryError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::fmt::Debug for __BindgenLibraryError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_tuple("__BindgenLibraryError")
            .field(&self.as_str())
            .finish()
    }
}
STD_ERRORimpl __BindgenLibrary {
STD_NEW    /// Opens the library at path (dlopen with RTLD_LAZY | RTLD_LOCAL).
    pub unsafe fn open(path: &::core::ffi::CStr) -> Result<Self, __BindgenLibraryError> {
        let flags = __bindgen_dlfcn::RTLD_LAZY | __bindgen_dlfcn::RTLD_LOCAL;
        let handle = unsafe { __bindgen_dlfcn::dlopen(path.as_ptr(), flags) };
        if handle.is_null() {
            Err(unsafe { __BindgenLibraryError::last() })
        } else {
            Ok(__BindgenLibrary { handle })
        }
    }
    /// The address of symbol, a NUL-terminated name (`b"name\0"`).
    pub unsafe fn get(
        &self,
        symbol: &[u8],
    ) -> Result<*mut ::core::ffi::c_void, __BindgenLibraryError> {
        if symbol.last() != Some(&0) {
            return Err(__BindgenLibraryError::new("symbol name without a NUL byte"));
        }
        unsafe {
            __bindgen_dlfcn::dlerror();
            let address = __bindgen_dlfcn::dlsym(self.handle, symbol.as_ptr().cast());
            if address.is_null() {
                Err(__BindgenLibraryError::last())
            } else {
                Ok(address)
            }
        }
    }
}
impl Drop for __BindgenLibrary {
    fn drop(&mut self) {
        unsafe {
            __bindgen_dlfcn::dlclose(self.handle);
        }
    }
}
)rust";

const char StdNewText[] =
    R"rust(    pub unsafe fn new<P>(path: P) -> Result<Self, __BindgenLibraryError>
    where
        P: AsRef<::std::ffi::OsStr>,
    {
        let bytes = ::std::os::unix::ffi::OsStrExt::as_bytes(path.as_ref());
        let Ok(path) = ::std::ffi::CString::new(bytes) else {
            return Err(__BindgenLibraryError::new("library path with a NUL byte"));
        };
        unsafe { Self::open(&path) }
    }
)rust";

const char CoreNewText[] =
    R"rust(    pub unsafe fn new<P>(path: P) -> Result<Self, __BindgenLibraryError>
    where
        P: AsRef<::core::ffi::CStr>,
    {
        unsafe { Self::open(path.as_ref()) }
    }
)rust";

const char StdErrorText[] =
    "impl ::std::error::Error for __BindgenLibraryError {}\n";

void writeHelpers(EmitContext &Ctx, SourceWriter &W) {
  std::string Text = HelpersText;
  auto Replace = [&Text](llvm::StringRef From, llvm::StringRef To) {
    size_t At = Text.find(From.str());
    Text.replace(At, From.size(), To.str());
  };
  Replace("EXTERN", externBlockHead(Ctx));
  // `new` takes what bindgen's takes (an OsStr path) with std; a CStr
  // without it.
  Replace("STD_NEW", Ctx.Opts.UseCore ? CoreNewText : StdNewText);
  Replace("STD_ERROR", Ctx.Opts.UseCore ? "" : StdErrorText);
  W.raw(Text);
}

/// One function reached through the library.
struct LoadedFunction {
  ItemId Id;
  std::string Name;   ///< The Rust name: field and method.
  std::string Symbol; ///< What dlsym looks up.
  RustType Pointer;   ///< `unsafe extern "C" fn(..) -> R`.
  std::vector<RustParam> Params;
  bool Variadic = false;
  std::string ReturnSuffix;
  RustType Return;
};

std::optional<LoadedFunction> loadedFunction(EmitContext &Ctx, ItemId Id) {
  const Item &It = Ctx.M.item(Id);
  const Function &F = It.as<Function>();
  if (!F.Type.isValid() || Ctx.M.type(F.Type).Kind != TypeKind::Function ||
      Ctx.M.type(F.Type).Signature >= Ctx.M.Signatures.size()) {
    Ctx.warn(Id, "function without a prototype type; skipped");
    return std::nullopt;
  }
  const FunctionSignature &Sig = Ctx.M.signature(Ctx.M.type(F.Type));
  LoadedFunction L;
  L.Id = Id;
  L.Name = Ctx.rustName(Id);
  const LinkName &Link = Ctx.A.linkName(Id);
  L.Symbol = Link.Symbol.empty() ? It.Name : Link.Symbol;
  L.Params = spellParams(Ctx, Sig, Ctx.A.ParamNames[Id.Index], Id);
  L.Variadic = Sig.IsVariadic && Sig.HasPrototype;
  L.ReturnSuffix = returnSuffix(Ctx, Sig.Result, Sig.IsNoReturn, Id);
  if (!Sig.IsNoReturn && Sig.Result.isValid() &&
      Ctx.M.type(Sig.Result).Kind != TypeKind::Void)
    L.Return = spellType(Ctx, Sig.Result, Id);
  if (Id.Index < Ctx.A.FunctionAbis.size() &&
      !Ctx.A.FunctionAbis[Id.Index].Caveat.empty())
    Ctx.warn(Id, Ctx.A.FunctionAbis[Id.Index].Caveat);
  L.Pointer.IsFnPtr = true;
  L.Pointer.FnPrefix = "unsafe extern \"" + Ctx.A.externAbi(Id).str() + "\" fn";
  L.Pointer.Params = L.Params;
  L.Pointer.Variadic = L.Variadic;
  L.Pointer.ReturnSuffix = L.ReturnSuffix;
  L.Pointer.Flat =
      L.Pointer.FnPrefix + flatParams(L.Params, L.Variadic) + L.ReturnSuffix;
  return L;
}

/// `Head Type Tail` where Type is a bare function pointer type, broken the
/// way rustfmt breaks one: parameters one per line.
void writeFnPointer(SourceWriter &W, llvm::StringRef Head,
                    const RustType &Pointer, llvm::StringRef Tail) {
  std::string Flat = (Head + Pointer.Flat + Tail).str();
  if (W.column() + Flat.size() <= SourceWriter::MaxWidth) {
    W.line(Flat);
    return;
  }
  W.line((Head + Pointer.FnPrefix + "(").str());
  W.indent();
  for (const RustParam &P : Pointer.Params)
    W.typed(P.Name + ": ", P.Type, ",", /*BreakAfterColon=*/false);
  if (Pointer.Variadic)
    W.line("...");
  W.dedent();
  W.line(")" + Pointer.ReturnSuffix + Tail.str());
}

void writeField(EmitContext &Ctx, SourceWriter &W, const LoadedFunction &L) {
  std::string Head = "pub " + L.Name + ": ";
  if (Ctx.Opts.DynamicLinkRequireAll) {
    writeFnPointer(W, Head, L.Pointer, ",");
    return;
  }
  std::string Flat =
      Head + "Result<" + L.Pointer.Flat + ", " + ErrorType + ">,";
  if (W.column() + Flat.size() <= SourceWriter::MaxWidth) {
    W.line(Flat);
    return;
  }
  // rustfmt breaks the generic arguments one per line.
  W.line(Head + "Result<");
  W.indent();
  writeFnPointer(W, "", L.Pointer, ",");
  W.line(std::string(ErrorType) + ",");
  W.dedent();
  W.line(">,");
}

/// `function(a, b)`, broken one argument per line as rustfmt does when the
/// arguments are longer than its fn_call_width (60) or the line.
void writeCall(SourceWriter &W, llvm::StringRef Callee,
               const std::vector<std::string> &Args) {
  std::string Joined = llvm::join(Args, ", ");
  std::string Flat = ("unsafe { " + Callee + "(" + Joined + ") }").str();
  if (Joined.size() <= 60 &&
      W.column() + Flat.size() <= SourceWriter::MaxWidth) {
    W.line(Flat);
    return;
  }
  W.open("unsafe");
  W.verticalList((Callee + "(").str(), Args, ")");
  W.close();
}

void writeMethod(EmitContext &Ctx, SourceWriter &W, const LoadedFunction &L) {
  // A Rust function cannot be variadic: call through the field instead.
  if (L.Variadic)
    return;
  const Item &It = Ctx.M.item(L.Id);
  if (Ctx.Opts.DocComments && !It.Doc.empty())
    W.doc(It.Doc);
  // As bindgen: the method carries what the extern function would.
  if (resultMustBeUsed(Ctx, L.Id))
    W.line("#[must_use]");
  Signature S;
  S.Head = "pub unsafe fn " + L.Name;
  S.Params.push_back({"&self", RustType()});
  S.Params.insert(S.Params.end(), L.Params.begin(), L.Params.end());
  S.Tail = L.ReturnSuffix + " {";
  S.Terminator = " {";
  S.Return = L.Return;
  W.signature(S);
  W.indent();
  std::vector<std::string> Args;
  for (const RustParam &P : L.Params)
    Args.push_back(P.Name);
  if (Ctx.Opts.DynamicLinkRequireAll) {
    writeCall(W, "(self." + L.Name + ")", Args);
  } else {
    std::string Expect = fmt::format("expect(\"{}\")", MissingFunction);
    std::string Chain = "self." + L.Name + ".as_ref()." + Expect;
    // rustfmt's chain_width: a longer chain goes one element per line.
    if (Chain.size() <= 60 &&
        W.column() + Chain.size() + 16 <= SourceWriter::MaxWidth) {
      W.line("let function = " + Chain + ";");
    } else {
      W.line("let function = self");
      W.indent();
      W.line("." + L.Name);
      W.line(".as_ref()");
      W.line("." + Expect + ";");
      W.dedent();
    }
    writeCall(W, "function", Args);
  }
  W.close();
}

} // namespace

void writeDynamicLibrary(EmitContext &Ctx, SourceWriter &W,
                         const std::vector<ItemId> &Functions) {
  std::vector<LoadedFunction> Loaded;
  for (ItemId Id : Functions)
    if (std::optional<LoadedFunction> L = loadedFunction(Ctx, Id))
      Loaded.push_back(std::move(*L));
  const std::string &Name = Ctx.Opts.DynamicLibraryName;
  writeHelpers(Ctx, W);

  W.open("pub struct " + Name);
  W.line(std::string("__library: ") + LibraryType + ",");
  for (const LoadedFunction &L : Loaded)
    writeField(Ctx, W, L);
  W.close();

  W.open("impl " + Name);
  std::string Path =
      Ctx.Opts.UseCore ? "::core::ffi::CStr" : "::std::ffi::OsStr";
  W.line(fmt::format("pub unsafe fn new<P>(path: P) -> Result<Self, {}>",
                     ErrorType));
  W.line("where");
  W.line("    P: AsRef<" + Path + ">,");
  W.line("{");
  W.indent();
  W.line(
      fmt::format("let library = unsafe {{ {}::new(path) }}?;", LibraryType));
  W.line("unsafe { Self::from_library(library) }");
  W.close();
  W.line(fmt::format(
      "pub unsafe fn from_library<L>(library: L) -> Result<Self, {}>",
      ErrorType));
  W.line("where");
  W.line(std::string("    L: Into<") + LibraryType + ">,");
  W.line("{");
  W.indent();
  W.line("let __library = library.into();");
  // A missing symbol fails the load with --dynamic-link-require-all, else
  // it fails the calls of that function only.
  const char *Unwrap = Ctx.Opts.DynamicLinkRequireAll ? "?" : "";
  for (const LoadedFunction &L : Loaded)
    W.continued(
        fmt::format("let {} = unsafe {{ __library.get(b\"{}\\0\") }}", L.Name,
                    L.Symbol),
        fmt::format(".map(|address| unsafe {{ ::core::mem::transmute(address) "
                    "}}){};",
                    Unwrap));
  std::vector<std::string> Fields{"__library"};
  for (const LoadedFunction &L : Loaded)
    Fields.push_back(L.Name);
  // rustfmt's struct_lit_width: a literal whose fields take more than 18
  // columns goes one field per line.
  std::string Joined = llvm::join(Fields, ", ");
  std::string Flat = "Ok(" + Name + " { " + Joined + " })";
  if (Joined.size() <= 18 &&
      W.column() + Flat.size() <= SourceWriter::MaxWidth) {
    W.line(Flat);
  } else {
    W.verticalList("Ok(" + Name + " {", Fields, "})");
  }
  W.close();
  for (const LoadedFunction &L : Loaded)
    writeMethod(Ctx, W, L);
  W.close();
}

} // namespace kbindgen::rustraw
