// Global arrays, sized and incomplete.
extern int table[16];
extern const char version[8];
extern int unknown_size[];
extern const unsigned char blob[];
extern double grid[2][3];
