/* A small sensor library: the example kbindgen's README runs on. */
#ifndef SENSOR_H
#define SENSOR_H

#include <stdint.h>

#define SENSOR_MAX_CHANNELS 8
#define SENSOR_NAME_LEN 32
#define SENSOR_VERSION "1.2"
#define SENSOR_DEFAULT_GAIN 1.5

/** How a channel converts its raw reading. */
enum sensor_mode {
  SENSOR_MODE_OFF,
  SENSOR_MODE_SINGLE,
  SENSOR_MODE_CONTINUOUS = 4,
};

/** One channel of a sensor. */
struct sensor_channel {
  uint16_t id;
  unsigned enabled : 1;
  unsigned mode : 3;
  unsigned gain_shift : 4;
  int32_t last_reading;
};

/** A sensor device; only the library creates these. */
struct sensor;

typedef void (*sensor_callback)(struct sensor *dev, int channel, int32_t value,
                                void *user_data);

struct sensor_info {
  char name[SENSOR_NAME_LEN];
  uint32_t channel_count;
  struct sensor_channel channels[SENSOR_MAX_CHANNELS];
  union {
    uint64_t serial;
    uint8_t serial_bytes[8];
  };
};

/** Opens the sensor at `path`; returns NULL on failure. */
struct sensor *sensor_open(const char *path);
void sensor_close(struct sensor *dev);
__attribute__((warn_unused_result)) int
sensor_read(struct sensor *dev, int channel, int32_t *value);
int sensor_info(const struct sensor *dev, struct sensor_info *info);
int sensor_subscribe(struct sensor *dev, sensor_callback callback,
                     void *user_data);
int sensor_log(struct sensor *dev, const char *format, ...);

extern const char *sensor_library_version;

#endif
