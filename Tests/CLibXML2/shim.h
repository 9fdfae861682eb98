#include <libxml/xmlversion.h>
/* Foundation brings its own ICU module; libxml2's ICU converter fields are not used by the tests. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
