// zlib (Debian zlib1g-dev), which .qdpx entries are deflated with at a level chosen for speed.
#include <zlib.h>
