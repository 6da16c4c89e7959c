/*
 * Stand-in for kernel32.dll's FormatMessageW, built by Maven with gcc and loaded by JNA through jna.library.path,
 * so that the agent's request for Windows' own words about a Win32 code runs through a real native call here.
 *
 * The binary contract (learn.microsoft.com, FormatMessageW): DWORD FormatMessageW(DWORD dwFlags, LPCVOID lpSource,
 * DWORD dwMessageId, DWORD dwLanguageId, LPWSTR lpBuffer, DWORD nSize, va_list *Arguments). With
 * FORMAT_MESSAGE_FROM_SYSTEM and without FORMAT_MESSAGE_ALLOCATE_BUFFER, it writes at most nSize UTF-16 code
 * units including the terminating NUL into lpBuffer and returns the count without the NUL; system messages end in
 * "\r\n". It returns 0 for a code it has no message for (GetLastError: ERROR_MR_MID_NOT_FOUND, 317).
 * Strings are UTF-16 on purpose: Linux's wchar_t has 4 bytes, Windows' 2.
 */
#include <stdint.h>
#include <string.h>

#define EXPORT __attribute__((visibility("default")))
#define FORMAT_MESSAGE_IGNORE_INSERTS 0x00000200u
#define FORMAT_MESSAGE_FROM_SYSTEM 0x00001000u

static const struct { uint32_t id; const char *text; } MESSAGES[] = {
    /* Windows' English texts for two codes the agent does not explain itself. */
    {1167, "The device is not connected.\r\n"},
    {21, "The device is not ready.\r\n"},
};

static uint32_t calls;

EXPORT uint32_t FormatMessageW(uint32_t flags, const void *source, uint32_t id, uint32_t lang, uint16_t *buffer,
                               uint32_t size, void *args)
{
    (void) source; (void) lang; (void) args;
    calls++;
    if (!(flags & FORMAT_MESSAGE_FROM_SYSTEM) || !(flags & FORMAT_MESSAGE_IGNORE_INSERTS) || !buffer) return 0;
    for (size_t i = 0; i < sizeof MESSAGES / sizeof MESSAGES[0]; i++) {
        if (MESSAGES[i].id != id) continue;
        size_t n = strlen(MESSAGES[i].text);
        if (n + 1 > size) return 0; /* ERROR_INSUFFICIENT_BUFFER */
        for (size_t k = 0; k < n; k++) buffer[k] = (uint16_t) (unsigned char) MESSAGES[i].text[k];
        buffer[n] = 0;
        return (uint32_t) n;
    }
    return 0;
}

/* How often the agent asked, for tests. */
EXPORT uint32_t standin_format_calls(void) { return calls; }
