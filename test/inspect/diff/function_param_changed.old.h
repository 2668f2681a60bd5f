int send(int fd, const char *buf, unsigned int len);
