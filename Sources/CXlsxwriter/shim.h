// libxlsxwriter (Debian libxlsxwriter-dev), the C library Sarap writes .xlsx files with.
#include <xlsxwriter.h>
