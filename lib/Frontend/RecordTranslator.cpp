//===- RecordTranslator.cpp - Structs and unions
//---------------------------===//
//
// A record item is created by its first declaration and completed by its
// definition. Layout numbers come from clang; only the offset of an
// anonymous member, which libclang does not expose, is derived from the
// offsets of a field inside it.
//
//===----------------------------------------------------------------------===//

#include "ModuleBuilder.h"

#include "CXStringRef.h"

using namespace kbindgen;
using namespace kbindgen::frontend;

namespace {

/// The name of some named field reachable through anonymous members of C,
/// or "" when there is none.
std::string firstNamedLeafField(CXCursor Record) {
  std::string Found;
  clang_visitChildren(
      Record,
      [](CXCursor Child, CXCursor, CXClientData Data) {
        auto &Name = *static_cast<std::string *>(Data);
        CXCursorKind Kind = clang_getCursorKind(Child);
        if (Kind == CXCursor_FieldDecl) {
          CXStringRef Spelling(clang_getCursorSpelling(Child));
          if (!Spelling.empty()) {
            Name = Spelling.string();
            return CXChildVisit_Break;
          }
        } else if ((Kind == CXCursor_StructDecl ||
                    Kind == CXCursor_UnionDecl) &&
                   clang_Cursor_isAnonymousRecordDecl(Child)) {
          Name = firstNamedLeafField(Child);
          if (!Name.empty())
            return CXChildVisit_Break;
        }
        return CXChildVisit_Continue;
      },
      &Found);
  return Found;
}

/// `struct ns_tree;` in a record body under -fms-extensions (all of the
/// kernel's C since 6.19): an unnamed member of a tagged type. Its fields are
/// reached as the record's own in C.
bool isTaggedAnonymousMember(CXCursor Field) {
  if (clang_Cursor_isBitField(Field) ||
      !CXStringRef(clang_getCursorSpelling(Field)).empty())
    return false;
  CXType Type = clang_getCanonicalType(clang_getCursorType(Field));
  if (Type.kind != CXType_Record)
    return false;
  return !clang_Cursor_isAnonymousRecordDecl(clang_getTypeDeclaration(Type));
}

class RecordBodyTranslator {
public:
  RecordBodyTranslator(ModuleBuilder &B, CXCursor Definition, ir::ItemId Self)
      : B(B), Definition(Definition), Self(Self),
        RecordType(clang_getCursorType(Definition)) {}

  ir::Record run();

private:
  void visitChild(CXCursor Child);
  void addField(CXCursor FieldCursor);
  void addAnonymousMember(CXCursor Nested, ir::ItemId NestedItem);
  uint64_t anonymousMemberOffset(CXCursor Nested);
  void addTaggedAnonymousMembers();
  void detectPacking();
  /// A tag defined in the body belongs to this record; one merely named
  /// there (`struct b *p;`) is a file-scope type like any other in C.
  ir::ItemId nestedParent(CXCursor Nested) const {
    return clang_isCursorDefinition(Nested) ? Self : ir::ItemId();
  }

  ModuleBuilder &B;
  CXCursor Definition;
  ir::ItemId Self;
  CXType RecordType;
  ir::Record Result;
};

ir::Record RecordBodyTranslator::run() {
  Result.Kind = clang_getCursorKind(Definition) == CXCursor_UnionDecl
                    ? ir::RecordKind::Union
                    : ir::RecordKind::Struct;
  long long Size = clang_Type_getSizeOf(RecordType);
  long long Align = clang_Type_getAlignOf(RecordType);
  Result.IsComplete = Size >= 0;
  Result.SizeBytes = Size > 0 ? static_cast<uint64_t>(Size) : 0;
  Result.AlignBytes = Align > 0 ? static_cast<uint64_t>(Align) : 0;
  clang_visitChildren(
      Definition,
      [](CXCursor Child, CXCursor, CXClientData Data) {
        static_cast<RecordBodyTranslator *>(Data)->visitChild(Child);
        return CXChildVisit_Continue;
      },
      this);
  addTaggedAnonymousMembers();
  detectPacking();
  return std::move(Result);
}

void RecordBodyTranslator::visitChild(CXCursor Child) {
  switch (clang_getCursorKind(Child)) {
  case CXCursor_FieldDecl:
    addField(Child);
    break;
  case CXCursor_StructDecl:
  case CXCursor_UnionDecl: {
    ir::ItemId Nested = translateRecord(B, Child, nestedParent(Child));
    if (Nested.isValid() && clang_Cursor_isAnonymousRecordDecl(Child))
      addAnonymousMember(Child, Nested);
    break;
  }
  case CXCursor_EnumDecl:
    translateEnum(B, Child, nestedParent(Child));
    break;
  case CXCursor_PackedAttr:
    Result.IsPacked = true;
    break;
  default:
    break;
  }
}

void RecordBodyTranslator::addField(CXCursor FieldCursor) {
  ir::Field NewField;
  NewField.Name = CXStringRef(clang_getCursorSpelling(FieldCursor)).string();
  NewField.Type = B.types().translateDeclType(clang_getCursorType(FieldCursor),
                                              FieldCursor);
  long long Offset = clang_Cursor_getOffsetOfField(FieldCursor);
  NewField.OffsetBits = Offset > 0 ? static_cast<uint64_t>(Offset) : 0;
  if (clang_Cursor_isBitField(FieldCursor)) {
    int Width = clang_getFieldDeclBitWidth(FieldCursor);
    NewField.BitWidth = static_cast<uint32_t>(Width > 0 ? Width : 0);
  }
  NewField.Doc = B.docComment(FieldCursor);
  NewField.Loc = B.location(FieldCursor);
  Result.Fields.push_back(std::move(NewField));
}

uint64_t RecordBodyTranslator::anonymousMemberOffset(CXCursor Nested) {
  // offset(member) = offset of a leaf field in the parent - its offset in
  // the member; clang_Type_getOffsetOf looks through anonymous members.
  std::string Leaf = firstNamedLeafField(Nested);
  if (!Leaf.empty()) {
    long long InParent = clang_Type_getOffsetOf(RecordType, Leaf.c_str());
    long long InMember =
        clang_Type_getOffsetOf(clang_getCursorType(Nested), Leaf.c_str());
    if (InParent >= 0 && InMember >= 0 && InParent >= InMember)
      return static_cast<uint64_t>(InParent - InMember);
  }
  // No named field inside (an empty member): it follows the previous field,
  // aligned, or sits at 0 in a union.
  if (Result.Kind == ir::RecordKind::Union || Result.Fields.empty())
    return 0;
  const ir::Field &Previous = Result.Fields.back();
  uint64_t End = Previous.OffsetBits;
  if (Previous.BitWidth)
    End += *Previous.BitWidth;
  else
    End += B.module().type(Previous.Type).SizeBytes * 8;
  long long Align = clang_Type_getAlignOf(clang_getCursorType(Nested));
  uint64_t AlignBits = Align > 0 ? static_cast<uint64_t>(Align) * 8 : 8;
  return (End + AlignBits - 1) / AlignBits * AlignBits;
}

void RecordBodyTranslator::addAnonymousMember(CXCursor Nested,
                                              ir::ItemId NestedItem) {
  if (auto *NestedRecord = B.module().item(NestedItem).getIf<ir::Record>())
    NestedRecord->IsAnonymousMember = true;
  ir::Field Member;
  Member.Type = B.types().translate(clang_getCursorType(Nested));
  Member.OffsetBits = anonymousMemberOffset(Nested);
  Member.Loc = B.location(Nested);
  Result.Fields.push_back(std::move(Member));
}

void RecordBodyTranslator::addTaggedAnonymousMembers() {
  // libclang's children show only the tag reference of such a member; the
  // member itself is an implicit field, which clang_Type_visitFields lists
  // in declaration order among the fields visitChild already added.
  struct Walk {
    std::vector<std::pair<size_t, CXCursor>> Members;
    size_t OtherFields = 0;
  } Found;
  clang_Type_visitFields(
      RecordType,
      [](CXCursor Field, CXClientData Data) {
        auto &W = *static_cast<Walk *>(Data);
        if (isTaggedAnonymousMember(Field))
          W.Members.emplace_back(W.OtherFields, Field);
        else
          ++W.OtherFields;
        return CXVisit_Continue;
      },
      &Found);
  // The positions hold only if both walks saw the same other fields.
  if (Found.Members.empty() || Found.OtherFields != Result.Fields.size())
    return;
  for (auto It = Found.Members.rbegin(); It != Found.Members.rend(); ++It) {
    CXCursor FieldCursor = It->second;
    ir::Field Member;
    Member.Type = B.types().translateDeclType(clang_getCursorType(FieldCursor),
                                              FieldCursor);
    long long Offset = clang_Cursor_getOffsetOfField(FieldCursor);
    Member.OffsetBits = Offset > 0 ? static_cast<uint64_t>(Offset) : 0;
    Member.Loc = B.location(FieldCursor);
    Result.Fields.insert(Result.Fields.begin() + It->first, std::move(Member));
  }
}

void RecordBodyTranslator::detectPacking() {
  if (Result.IsPacked || !Result.IsComplete)
    return;
  // #pragma pack leaves no attribute behind; it shows as a field placed
  // below its type's alignment or a record less aligned than a field.
  uint64_t MaxFieldAlign = 0;
  for (const ir::Field &F : Result.Fields) {
    if (F.BitWidth)
      continue;
    uint64_t FieldAlign = B.module().type(F.Type).AlignBytes;
    if (FieldAlign == 0)
      continue;
    MaxFieldAlign = std::max(MaxFieldAlign, FieldAlign);
    if (F.OffsetBits % (FieldAlign * 8) != 0) {
      Result.IsPacked = true;
      return;
    }
  }
  if (MaxFieldAlign > Result.AlignBytes)
    Result.IsPacked = true;
}

} // namespace

ir::ItemId frontend::declareRecord(ModuleBuilder &B, CXCursor C,
                                   ir::ItemId Parent) {
  ir::ItemId Existing = B.lookup(C);
  if (Existing.isValid())
    return Existing;
  ir::Item NewItem = B.tagItem(C, Parent);
  ir::Record Declared;
  Declared.Kind = clang_getCursorKind(C) == CXCursor_UnionDecl
                      ? ir::RecordKind::Union
                      : ir::RecordKind::Struct;
  NewItem.Data = std::move(Declared);
  return B.createItem(C, std::move(NewItem));
}

ir::ItemId frontend::translateRecord(ModuleBuilder &B, CXCursor C,
                                     ir::ItemId Parent) {
  ir::ItemId Id = declareRecord(B, C, Parent);
  if (!clang_isCursorDefinition(C))
    return Id;
  const void *DefinitionKey = C.data[0];
  if (!B.markDefined(DefinitionKey))
    return Id;
  ir::Record Body = RecordBodyTranslator(B, C, Id).run();
  ir::Item &Item = B.module().item(Id);
  auto *Record = Item.getIf<ir::Record>();
  if (!Record)
    return Id;
  Body.IsAnonymousMember = Record->IsAnonymousMember;
  *Record = std::move(Body);
  if (Item.Doc.empty())
    Item.Doc = B.docComment(C);
  if (!Item.Parent.isValid())
    Item.Parent = Parent;
  return Id;
}
