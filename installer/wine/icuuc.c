/* Stand-in for Windows' system icuuc.dll, for a Wine 8 test prefix only (see README.md).
   Qt6Core imports the ICU converter API for QStringConverter's non-UTF encodings; here every
   converter fails to open, so Qt reports those encodings as unavailable, as it does without ICU. */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)
typedef int UErrorCode;
typedef uint16_t UChar;
typedef int8_t UBool;
typedef struct UConverter UConverter;
enum { U_FILE_ACCESS_ERROR = 4, U_UNSUPPORTED_ERROR = 16 };

static void unsupported(UErrorCode *status) { if (status && *status <= 0) *status = U_UNSUPPORTED_ERROR; }
static void no_callback(const void **action, const void **context) { if (action) *action = NULL; if (context) *context = NULL; }

EXPORT UConverter *ucnv_open(const char *name, UErrorCode *status) { (void)name; if (status && *status <= 0) *status = U_FILE_ACCESS_ERROR; return NULL; }
EXPORT void ucnv_close(UConverter *c) { (void)c; }
EXPORT void ucnv_reset(UConverter *c) { (void)c; }
EXPORT int8_t ucnv_getMaxCharSize(const UConverter *c) { (void)c; return 4; }
EXPORT const char *ucnv_getName(const UConverter *c, UErrorCode *status) { (void)c; unsupported(status); return NULL; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *status) { (void)name; (void)standard; unsupported(status); return NULL; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT int32_t ucnv_toUCountPending(const UConverter *c, UErrorCode *status) { (void)c; unsupported(status); return 0; }
EXPORT int32_t ucnv_fromUCountPending(const UConverter *c, UErrorCode *status) { (void)c; unsupported(status); return 0; }
EXPORT void ucnv_getToUCallBack(const UConverter *c, const void **action, const void **context) { (void)c; no_callback(action, context); }
EXPORT void ucnv_getFromUCallBack(const UConverter *c, const void **action, const void **context) { (void)c; no_callback(action, context); }
EXPORT void ucnv_setToUCallBack(UConverter *c, const void *action, const void *context, const void **old_action, const void **old_context, UErrorCode *status) { (void)c; (void)action; (void)context; no_callback(old_action, old_context); unsupported(status); }
EXPORT void ucnv_setFromUCallBack(UConverter *c, const void *action, const void *context, const void **old_action, const void **old_context, UErrorCode *status) { (void)c; (void)action; (void)context; no_callback(old_action, old_context); unsupported(status); }
EXPORT void ucnv_toUnicode(UConverter *c, UChar **target, const UChar *target_limit, const char **source, const char *source_limit, int32_t *offsets, UBool flush, UErrorCode *status) { (void)c; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush; unsupported(status); }
EXPORT void ucnv_fromUnicode(UConverter *c, char **target, const char *target_limit, const UChar **source, const UChar *source_limit, int32_t *offsets, UBool flush, UErrorCode *status) { (void)c; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush; unsupported(status); }
EXPORT void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length, int32_t offset, UErrorCode *status) { (void)args; (void)source; (void)length; (void)offset; unsupported(status); }
EXPORT void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *source_limit, int32_t offset, UErrorCode *status) { (void)args; (void)source; (void)source_limit; (void)offset; unsupported(status); }
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *units, int32_t length, int reason, UErrorCode *status) { (void)context; (void)args; (void)units; (void)length; (void)reason; unsupported(status); }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const UChar *units, int32_t length, int32_t code_point, int reason, UErrorCode *status) { (void)context; (void)args; (void)units; (void)length; (void)code_point; (void)reason; unsupported(status); }
