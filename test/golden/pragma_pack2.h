// #pragma pack(2): members aligned to at most 2 -> #[repr(C, packed(2))].
#pragma pack(push, 2)
struct pack2 {
  char a;
  int b;
  char c;
  long long d;
};
#pragma pack(pop)
