/* Stand-in for bcryptprimitives.dll (Windows 8+), for a Wine 8 test prefix only (see README.md).
   Rust's standard library (cryptography, pydantic-core) takes its random bytes from ProcessPrng;
   here they come from BCryptGenRandom, the system's preferred generator, which Wine has. */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE buffer, SIZE_T length) {
    const SIZE_T chunk_limit = 1u << 30;
    while (length > 0) {
        ULONG chunk = (ULONG)(length < chunk_limit ? length : chunk_limit);
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, buffer, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG)))
            return FALSE;
        buffer += chunk;
        length -= chunk;
    }
    return TRUE;
}
