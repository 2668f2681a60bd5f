// Default enum style: `pub type E = c_uint; pub const E_A: E = 0;`.
enum state {
  STATE_IDLE,
  STATE_RUNNING = 5,
  STATE_DONE,
  STATE_ALIAS = STATE_RUNNING,
};

struct uses_state {
  enum state s;
};

void set_state(enum state s);
