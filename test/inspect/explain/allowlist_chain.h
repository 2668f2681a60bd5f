// explain: mdio_device bus_type irq_handler_t phy_start 'struct phy_device' unrelated -- --allowlist-function phy_start
typedef int (*irq_handler_t)(int irq, void *data);
struct bus_type {
  const char *name;
};
struct device {
  struct bus_type *bus;
  irq_handler_t handler;
};
struct mdio_device {
  struct device dev;
  int addr;
};
struct phy_device {
  struct mdio_device mdio;
  int speed;
};
struct unrelated {
  int x;
};
int phy_start(struct phy_device *phydev);
