// libxml2's SAX2 push parser, which the check of a written REFI-QDA document reads it with.
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, whose headers clash with the copy Foundation brings; Sarap
// uses no libxml2 declaration that ICU changes (only the encoding handler's fields, never read).
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
