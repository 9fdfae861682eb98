// poppler's GLib API (libpoppler-glib-dev; include paths from `pkg-config --cflags poppler-glib`).
#include <poppler.h>
#include <dlfcn.h>

// poppler prints syntax errors of broken files to stderr unless an error callback is set, and the GLib
// API has no call for that. The C++ library exports `setErrorCallback(void (*)(ErrorCategory, Goffset,
// const char *))`; it is looked up by its mangled name at run time so that a poppler without it (another
// signature in another version) only keeps its messages instead of failing to link.
static void chc_poppler_ignore_error(int category, long long position, const char *message) {
    (void)category; (void)position; (void)message;
}

// Silences poppler's error printing for the whole process; returns 1 if the callback was installed.
static inline int chc_poppler_silence_errors(void) {
    typedef void (*chc_error_callback)(int, long long, const char *);
    typedef void (*chc_set_error_callback)(chc_error_callback);
    void *symbol = dlsym(RTLD_DEFAULT, "_Z16setErrorCallbackPFv13ErrorCategoryxPKcE");
    if (symbol == NULL) return 0;
    ((chc_set_error_callback)symbol)(chc_poppler_ignore_error);
    return 1;
}
