int send(int fd, const char *buf, unsigned long len);
