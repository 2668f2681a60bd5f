//===- HandleWriter.cpp - One handle type, its pairs and its methods ------===//
//
// Owned handles (and std's refcounted ones) are an owning NonNull with Drop;
// embedded and borrowed ones (and the kernel's refcounted ones, under ARef)
// are #[repr(transparent)] over a cell, reached by reference. Lock pairs
// become a guard type that unlocks on drop.
//
//===----------------------------------------------------------------------===//

#include "SafeWriter.h"

#include "llvm/ADT/STLExtras.h"

#include <fmt/format.h>

namespace kbindgen::rustsafe {

using namespace ir;

std::string WriteContext::rawName(ItemId Id) const {
  return Raw + "::" + A.rustName(Id);
}

bool WriteContext::isPointerHandle(const Handle &H) const {
  return H.Kind == HandleKind::Owned ||
         (H.Kind == HandleKind::RefCounted && !S.refCountedIsARef());
}

static const char *kindName(HandleKind Kind) {
  switch (Kind) {
  case HandleKind::Owned:
    return "owned";
  case HandleKind::RefCounted:
    return "reference-counted";
  case HandleKind::Embedded:
    return "embedded";
  case HandleKind::Borrowed:
    return "borrowed";
  }
  return "borrowed";
}

/// `Head(A, B);` as rustfmt writes it: one field a line once the fields
/// pass its 60-column call width or the line its 100 columns.
static void writeTupleStruct(SourceWriter &W, const std::string &Head,
                             const std::vector<std::string> &Fields) {
  std::string Flat;
  for (const std::string &F : Fields)
    Flat += (Flat.empty() ? "" : ", ") + F;
  std::string Line = Head + "(" + Flat + ");";
  if (Flat.size() <= 60 && W.column() + Line.size() <= SourceWriter::MaxWidth)
    W.line(Line);
  else
    W.verticalList(Head + "(", Fields, ");");
}

/// Whether a wrapped method lends handle Index uniquely (any handle: -1).
static bool isLentUniquely(const WriteContext &Ctx, int Index) {
  for (const MethodPlan &P : Ctx.Model.Methods)
    if (P.NotWrappedReason.empty() && P.Return.UniqueLend &&
        (Index < 0 || P.Return.HandleIndex == Index))
      return true;
  return false;
}

/// The constructor and `Deref` (to `&T` only) of a lent-handle wrapper
/// (`Borrowed`, `BorrowedMut`): a ManuallyDrop handle and a lifetime marker.
static void writeLentImpls(SourceWriter &W, llvm::StringRef Wrapper) {
  W.open(fmt::format("impl<T> {}<'_, T>", Wrapper));
  W.open("fn new(handle: T) -> Self");
  W.line("let handle = core::mem::ManuallyDrop::new(handle);");
  W.line("Self(handle, core::marker::PhantomData)");
  W.close();
  W.close();
  W.blankLine();
  W.open(fmt::format("impl<T> core::ops::Deref for {}<'_, T>", Wrapper));
  W.line("type Target = T;");
  W.blankLine();
  W.open("fn deref(&self) -> &T");
  W.line("&self.0");
  W.close();
  W.close();
  W.blankLine();
}

static void writeBorrowedMut(SourceWriter &W) {
  W.line("/// An owning handle C keeps, lent for `'a` to the only borrower: "
         "it is never");
  W.line("/// dropped, `&T` is reachable, and the handle's `&mut` methods "
         "are forwarded,");
  W.line("/// but `&mut T` is not (`mem::swap` would free or keep C's "
         "object).");
  writeTupleStruct(
      W, "pub struct BorrowedMut<'a, T>",
      {"core::mem::ManuallyDrop<T>", "core::marker::PhantomData<&'a mut T>"});
  W.blankLine();
  writeLentImpls(W, "BorrowedMut");
}

void writeBorrowedIfUsed(WriteContext &Ctx, SourceWriter &W) {
  bool Used = false;
  for (const MethodPlan &P : Ctx.Model.Methods)
    Used |= P.NotWrappedReason.empty() &&
            P.Return.Kind == ReturnKind::Nullable && !P.Return.UniqueLend &&
            Ctx.isPointerHandle(Ctx.Model.Handles[P.Return.HandleIndex]);
  if (isLentUniquely(Ctx, -1))
    writeBorrowedMut(W);
  if (!Used)
    return;
  // Only `&T` is lent: with `&mut T`, `mem::swap` could hand C's object to
  // safe code as an owned handle, and ManuallyDrop::into_inner would too.
  W.line(
      "/// An owning handle C keeps, lent for `'a`: it is never dropped, and "
      "only");
  W.line("/// `&T` is reachable, so safe code can neither free it nor move it "
         "out.");
  W.line("pub struct Borrowed<'a, T>(core::mem::ManuallyDrop<T>, "
         "core::marker::PhantomData<&'a T>);");
  W.blankLine();
  writeLentImpls(W, "Borrowed");
}

bool handleOwnsClosures(const SafeModel &Model, int Index) {
  for (const MethodPlan &P : Model.Methods)
    if (P.NotWrappedReason.empty() && P.ReceiverHandle == Index)
      for (const ParamPlan &Param : P.Params)
        if (Param.OwnedByReceiver)
          return true;
  return false;
}

static void writePointerHandle(WriteContext &Ctx, SourceWriter &W,
                               const Handle &H, const std::string &CName,
                               bool OwnsClosures) {
  std::string RawT = Ctx.rawName(H.Record);
  W.openItem("pub struct " + H.RustName);
  backends::RustType Pointer;
  Pointer.Flat = "core::ptr::NonNull<" + RawT + ">";
  W.typed("ptr: ", Pointer, ",");
  if (OwnsClosures) {
    // Fields drop after Drop::drop: C is done with them by then.
    W.line("/// Callbacks C keeps until the destructor has run.");
    W.line("closures: Vec<Box<dyn core::any::Any>>,");
  }
  W.close();
  W.blankLine();
  W.openImpl("", H.RustName);
  W.line("/// Takes ownership of `ptr` (None when it is NULL).");
  W.line("///");
  W.line("/// # Safety");
  W.line("///");
  W.line("/// `ptr` is NULL or a valid `" + CName +
         "` whose ownership (one reference) passes to the result.");
  writeFnHead(W, "pub unsafe fn from_raw", {"ptr: *mut " + RawT},
              " -> Option<Self>");
  if (OwnsClosures) {
    W.line("core::ptr::NonNull::new(ptr).map(|ptr| Self {");
    W.line("    ptr,");
    W.line("    closures: Vec::new(),");
    W.line("})");
  } else {
    W.line("core::ptr::NonNull::new(ptr).map(|ptr| Self { ptr })");
  }
  W.close();
  W.blankLine();
  W.line("/// The C object, for calls the skeleton does not wrap.");
  writeFnHead(W, "pub fn as_raw", {"&self"}, " -> *mut " + RawT);
  W.line("self.ptr.as_ptr()");
  W.close();
  W.close();
  W.blankLine();
  if (H.Kind == HandleKind::RefCounted) {
    W.openImpl("Clone", H.RustName);
    W.open("fn clone(&self) -> Self");
    W.line("// SAFETY: `self` holds a reference, so the object is alive; `" +
           Ctx.M.item(H.Get).Name + "` takes another one for the clone.");
    writeUnsafeCall(W, "", Ctx.rawFn(H.Get), {"self.as_raw()"}, ";");
    W.line("Self { ptr: self.ptr }");
    W.close();
    W.close();
    W.blankLine();
  }
  ItemId Release = H.Kind == HandleKind::RefCounted ? H.Put : H.Destructor;
  W.openImpl("Drop", H.RustName);
  W.open("fn drop(&mut self)");
  W.line("// SAFETY: `self` owns " +
         std::string(H.Kind == HandleKind::RefCounted ? "one reference"
                                                      : "the object") +
         " (from_raw's contract) and gives it back exactly once.");
  writeUnsafeCall(W, "", Ctx.rawFn(Release), {"self.as_raw()"}, ";");
  W.close();
  W.close();
  W.blankLine();
}

static void writeTransparentHandle(WriteContext &Ctx, SourceWriter &W,
                                   const Handle &H, const std::string &CName) {
  std::string RawT = Ctx.rawName(H.Record);
  // The cell is Send when the C struct holds only integers; the marker keeps
  // the handle !Send and !Sync unless the rules file says otherwise.
  W.line("#[repr(transparent)]");
  writeTupleStruct(
      W, "pub struct " + H.RustName,
      {Ctx.S.cell() + "<" + RawT + ">", "core::marker::PhantomData<*mut u8>"});
  W.blankLine();
  W.openImpl("", H.RustName);
  W.line("/// The wrapper of the C object at `ptr`.");
  W.line("///");
  W.line("/// # Safety");
  W.line("///");
  W.line("/// `ptr` points to a valid `" + CName +
         "` that lives, and is not moved, for `'a`.");
  writeFnHead(W, "pub unsafe fn from_raw<'a>", {"ptr: *mut " + RawT},
              " -> &'a mut Self");
  W.line("// SAFETY: `Self` is transparent over the C type; the caller "
         "vouches for the pointer.");
  W.line("unsafe { &mut *ptr.cast::<Self>() }");
  W.close();
  W.blankLine();
  W.line("/// The C object, for calls the skeleton does not wrap.");
  writeFnHead(W, "pub fn as_raw", {"&self"}, " -> *mut " + RawT);
  W.line("self.0.get()");
  W.close();
  W.close();
  W.blankLine();
  if (H.Kind == HandleKind::RefCounted) {
    W.line("// SAFETY: `" + Ctx.M.item(H.Get).Name + "` and `" +
           Ctx.M.item(H.Put).Name +
           "` keep the object alive while a reference is held.");
    W.openImpl("AlwaysRefCounted", H.RustName, "unsafe impl");
    W.open("fn inc_ref(&self)");
    W.line("// SAFETY: the existence of `&self` means the count is non-zero.");
    writeUnsafeCall(W, "", Ctx.rawFn(H.Get), {"self.as_raw()"}, ";");
    W.close();
    W.blankLine();
    W.open("unsafe fn dec_ref(obj: core::ptr::NonNull<Self>)");
    W.line("// SAFETY: the caller gives back a reference it owns.");
    writeUnsafeCall(W, "", Ctx.rawFn(H.Put), {"obj.cast().as_ptr()"}, ";");
    W.close();
    W.close();
    W.blankLine();
  }
}

static void writeLock(WriteContext &Ctx, SourceWriter &W, const Handle &H,
                      const LockPair &L, const std::string &Guard) {
  W.line("/// Holds `" + Ctx.M.item(L.Lock).Name + "` on a `" + H.RustName +
         "`; `" + Ctx.M.item(L.Unlock).Name + "` runs on drop.");
  writeReviews(W, {L.Why});
  if (H.Sync) {
    // `&'a T` would make the guard Send: C may require the locking thread
    // to unlock.
    writeTupleStruct(
        W, "pub struct " + Guard + "<'a>",
        {"&'a " + H.RustName, "core::marker::PhantomData<*mut u8>"});
  } else {
    writeTupleStruct(W, "pub struct " + Guard + "<'a>", {"&'a " + H.RustName});
  }
  W.blankLine();
  W.openImpl("Drop", Guard + "<'_>");
  W.open("fn drop(&mut self)");
  W.line("// SAFETY: the guard exists only while the lock is held.");
  writeUnsafeCall(W, "", Ctx.rawFn(L.Unlock), {"self.0.as_raw()"}, ";");
  W.close();
  W.close();
  W.blankLine();
}

/// The guard's fields, built from `self`.
static std::string guardFields(const Handle &H) {
  return H.Sync ? "(self, core::marker::PhantomData)" : "(self)";
}

static std::string threadSafety(const Handle &H) {
  return H.Send && H.Sync ? "send+sync" : H.Send ? "send" : "sync";
}

/// `unsafe impl Send`/`Sync` for what the rules file's thread_safe states;
/// never for a guess.
static void writeThreadSafety(WriteContext &Ctx, SourceWriter &W,
                              const Handle &H, const std::string &CName) {
  bool Send = H.Send;
  if (Send && !H.Sync && H.Kind == HandleKind::RefCounted &&
      Ctx.isPointerHandle(H)) {
    // Clones share the object: moving one to another thread shares it.
    W.line("// Not Send: thread_safe \"send\" is not enough for a "
           "reference-counted");
    W.line("// handle, whose clones share the object (state \"send+sync\").");
    W.blankLine();
    Send = false;
  }
  if (Send) {
    W.line("// SAFETY: the rules file says a `" + CName +
           "` may move to another thread");
    W.line("// (types." + CName + ".thread_safe).");
    W.line("unsafe impl Send for " + H.RustName + " {}");
    W.blankLine();
  }
  if (H.Sync) {
    W.line("// SAFETY: the rules file says a `" + CName +
           "` may be used from several threads");
    W.line("// at once (types." + CName + ".thread_safe).");
    W.line("unsafe impl Sync for " + H.RustName + " {}");
    W.blankLine();
  }
}

static std::string lockMethodName(const WriteContext &Ctx, ItemId Fn) {
  return Ctx.A.rawCallName(Fn);
}

static void writeLockMethods(WriteContext &Ctx, SourceWriter &W,
                             const Handle &H, const LockPair &L,
                             const std::string &Guard) {
  W.line("/// Calls `" + Ctx.M.item(L.Lock).Name + "`; the guard unlocks.");
  // A guessed pair is a contract only the caller can check.
  std::string Fn = L.Why.IsGuess ? "pub unsafe fn " : "pub fn ";
  auto WriteSafety = [&] {
    if (!L.Why.IsGuess)
      return;
    W.line("///");
    W.line("/// # Safety");
    W.line("///");
    W.line("/// - `" + L.Why.Rule + "`: `" + Ctx.M.item(L.Unlock).Name +
           "` releases what this takes (guessed from the names).");
  };
  WriteSafety();
  writeFnHead(W, Fn + lockMethodName(Ctx, L.Lock), {"&self"},
              " -> " + Guard + "<'_>");
  W.line("// SAFETY: `self` wraps a valid `" + Ctx.M.item(H.Record).Name +
         "`; the guard calls `" + Ctx.M.item(L.Unlock).Name + "` once.");
  writeUnsafeCall(W, "", Ctx.rawFn(L.Lock), {"self.as_raw()"}, ";");
  W.line(Guard + guardFields(H));
  W.close();
  if (!L.TryLock.isValid())
    return;
  W.blankLine();
  W.line("/// Calls `" + Ctx.M.item(L.TryLock).Name +
         "`; None when the lock is taken.");
  WriteSafety();
  W.line("// REVIEW: pair.trylock: non-zero read as \"acquired\".");
  writeFnHead(W, Fn + lockMethodName(Ctx, L.TryLock), {"&self"},
              " -> Option<" + Guard + "<'_>>");
  W.line("// SAFETY: `self` wraps a valid `" + Ctx.M.item(H.Record).Name +
         "`.");
  writeUnsafeCall(W, "let ret = ", Ctx.rawFn(L.TryLock), {"self.as_raw()"},
                  ";");
  W.line("(ret != 0).then(|| " + Guard + guardFields(H) + ")");
  W.close();
}

void writeHandle(WriteContext &Ctx, SourceWriter &W, int Index) {
  const Handle &H = Ctx.Model.Handles[Index];
  const std::string &CName = Ctx.M.item(H.Record).Name;
  W.line("/// `" + CName + "` (" + kindName(H.Kind) + " handle).");
  std::string Rules = H.Why.Rule;
  if (!H.OwnershipWhy.Rule.empty())
    Rules += ", " + H.OwnershipWhy.Rule;
  if (H.Send || H.Sync)
    Rules += ", thread.rules (" + threadSafety(H) + ")";
  W.line("/// Rules: " + Rules + ".");
  writeReviews(W, {H.Why, H.OwnershipWhy});
  if (Ctx.isPointerHandle(H))
    writePointerHandle(Ctx, W, H, CName, handleOwnsClosures(Ctx.Model, Index));
  else
    writeTransparentHandle(Ctx, W, H, CName);
  writeThreadSafety(Ctx, W, H, CName);
  std::vector<std::string> Guards;
  for (const LockPair &L : H.Locks) {
    std::string Guard = H.Locks.size() == 1
                            ? H.RustName + "Guard"
                            : H.RustName + camelCase(L.Stem) + "Guard";
    writeLock(Ctx, W, H, L, Guard);
    Guards.push_back(Guard);
  }
  std::vector<const MethodPlan *> Methods;
  for (const MethodPlan &P : Ctx.Model.Methods)
    if (P.NotWrappedReason.empty() && P.ReceiverHandle == Index)
      Methods.push_back(&P);
  if (Methods.empty() && H.Locks.empty())
    return;
  W.openImpl("", H.RustName);
  bool First = true;
  for (size_t I = 0; I < H.Locks.size(); ++I) {
    if (!First)
      W.blankLine();
    writeLockMethods(Ctx, W, H, H.Locks[I], Guards[I]);
    First = false;
  }
  for (const MethodPlan *P : Methods) {
    if (!First)
      W.blankLine();
    writeMethod(Ctx, W, *P);
    First = false;
  }
  W.close();
  W.blankLine();
  if (!isLentUniquely(Ctx, Index) ||
      llvm::none_of(Methods,
                    [](const MethodPlan *P) { return isLentMutMethod(*P); }))
    return;
  // The lender is mutably borrowed while the handle is lent, so no other
  // `&mut` path to the object exists: its `&mut` methods are sound here.
  W.openImpl("", "BorrowedMut<'_, " + H.RustName + ">");
  First = true;
  for (const MethodPlan *P : Methods) {
    if (!isLentMutMethod(*P))
      continue;
    if (!First)
      W.blankLine();
    writeLentMethod(Ctx, W, *P);
    First = false;
  }
  W.close();
  W.blankLine();
}

} // namespace kbindgen::rustsafe
