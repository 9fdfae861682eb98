#include <libxml/xmlversion.h>
// libxml2's encoding.h includes the system ICU headers when it was built with ICU; they clash with the
// ICU copy that Foundation brings. chc only passes encoding handlers around by pointer (no field of the
// ICU part of xmlCharEncodingHandler is read), so the ICU declarations are left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>
