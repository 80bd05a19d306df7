/* A stand-in for Windows 10's bcryptprimitives.dll, for tools/test-windows.sh only
 * (never shipped): Rust's standard library (1.78 and later) takes its random numbers
 * from ProcessPrng there, and Debian 12's Wine 8.0 has no such DLL (Wine 9 added it),
 * so without this no Rust program starts under it ("Library bcryptprimitives.dll ...
 * not found"). Put beside the program, where Windows looks for DLLs first. */
#include <windows.h>
#include <ntsecapi.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!RtlGenRandom(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
