// kbindgen-flags: --rust-target 1.68 --use-core --with-derive-default --ctypes-prefix ffi --no-layout-tests --no-debug .* --enable-function-attribute-detection -- -DMODULE -D__KERNEL__
// The kernel's own flag set on a phy_device-like struct: bitfields read as
// _bitfield_1.get(offset, width), consts-style enums with the name prepended.
#ifdef __KERNEL__
enum phy_state {
  PHY_DOWN = 0,
  PHY_READY,
  PHY_HALTED,
  PHY_UP,
};

struct phy_device {
  int phy_id;
  unsigned is_c45 : 1;
  unsigned is_internal : 1;
  unsigned autoneg : 1;
  unsigned link : 1;
  enum phy_state state;
  void *priv;
  int (*read_status)(struct phy_device *phydev);
};

__attribute__((warn_unused_result)) int
phy_start_aneg(struct phy_device *phydev);
#endif
