enum state {
  STATE_DOWN = 0,
  STATE_UP = 2,
};
